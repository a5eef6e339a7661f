/* stolt-fs-kind.h — is a file on this computer's own disk, or shared?
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files on a network share (SMB/CIFS, NFS, a GVfs location such as
 * smb://), on a FUSE mount (gvfsd-fuse, sshfs) or behind the document
 * portal are never worked on by SQLite in place: its locking and
 * shared-memory WAL do not hold there, and renames into a portal folder
 * are refused.  The decision is a pure function of the URI scheme, the
 * path and the file system's statfs(2) magic number, so that a table can
 * test it; stolt_fs_kind_for_file() fills those in for a real file.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  STOLT_FS_KIND_LOCAL,   /* a disk of this computer (ext4, btrfs, tmpfs …) */
  STOLT_FS_KIND_NETWORK, /* SMB/CIFS, NFS and the like, or a GVfs URI */
  STOLT_FS_KIND_FUSE,    /* a user-space file system, gvfsd-fuse among them */
  STOLT_FS_KIND_PORTAL,  /* the document portal, /run/user/UID/doc/ */
} StoltFsKind;

StoltFsKind stolt_fs_kind_classify  (const char *scheme,
                                     const char *path,
                                     guint64     fs_type);
StoltFsKind stolt_fs_kind_for_file  (GFile      *file);
StoltFsKind stolt_fs_kind_for_path  (const char *path);
gboolean    stolt_fs_kind_is_shared (StoltFsKind kind);
const char *stolt_fs_kind_to_string (StoltFsKind kind);

G_END_DECLS
