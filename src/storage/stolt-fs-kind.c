/* stolt-fs-kind.c — is a file on this computer's own disk, or shared?
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <string.h>
#include <sys/vfs.h>

#include "stolt-fs-kind.h"

/* statfs(2) f_type values (linux/magic.h and the kernel's file systems;
 * not all of them are in the installed headers, so they are spelled out) */
static const struct
{
  guint64     magic;
  StoltFsKind kind;
} fs_magics[] = {
  { 0x6969,     STOLT_FS_KIND_NETWORK }, /* NFS */
  { 0x517B,     STOLT_FS_KIND_NETWORK }, /* SMB (smbfs) */
  { 0xFF534D42, STOLT_FS_KIND_NETWORK }, /* CIFS */
  { 0xFE534D42, STOLT_FS_KIND_NETWORK }, /* SMB2/SMB3 (cifs.ko, newer kernels) */
  { 0x564C,     STOLT_FS_KIND_NETWORK }, /* NCP (NetWare) */
  { 0x73757245, STOLT_FS_KIND_NETWORK }, /* Coda */
  { 0x5346414F, STOLT_FS_KIND_NETWORK }, /* AFS (kAFS) */
  { 0x6B414653, STOLT_FS_KIND_NETWORK }, /* AFS (OpenAFS) */
  { 0x00C36400, STOLT_FS_KIND_NETWORK }, /* Ceph */
  { 0x01021997, STOLT_FS_KIND_NETWORK }, /* 9P (v9fs) */
  { 0x7461636F, STOLT_FS_KIND_NETWORK }, /* OCFS2 */
  { 0x01161970, STOLT_FS_KIND_NETWORK }, /* GFS2 */
  { 0x65735546, STOLT_FS_KIND_FUSE },    /* FUSE: gvfsd-fuse, sshfs, the portal … */
};

/* /run/user/<uid>/<what>/… */
static gboolean
is_run_user_path (const char *path,
                  const char *what)
{
  const char *p;
  gsize what_length = strlen (what);

  if (!g_str_has_prefix (path, "/run/user/"))
    return FALSE;
  p = path + strlen ("/run/user/");
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '/' && strncmp (p + 1, what, what_length) == 0 &&
         (p[1 + what_length] == '/' || p[1 + what_length] == '\0');
}

/**
 * stolt_fs_kind_classify:
 * @scheme: (nullable): the URI scheme, %NULL or "file" for a local path
 * @path: (nullable): the local path, if there is one
 * @fs_type: statfs(2)'s f_type for @path, 0 when unknown
 *
 * A pure function: the same arguments always give the same answer.  A
 * URI scheme other than "file" is a GVfs location (smb://, sftp://,
 * dav:// …) even when GVfs also shows it under a FUSE path.  The portal
 * and gvfsd-fuse are recognised by their path as well as by their FUSE
 * magic, so that an unknown f_type still finds them.
 */
StoltFsKind
stolt_fs_kind_classify (const char *scheme,
                        const char *path,
                        guint64     fs_type)
{
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0)
    return STOLT_FS_KIND_NETWORK;
  if (path == NULL)
    return STOLT_FS_KIND_NETWORK;

  if (is_run_user_path (path, "doc"))
    return STOLT_FS_KIND_PORTAL;
  if (is_run_user_path (path, "gvfs"))
    return STOLT_FS_KIND_FUSE;

  for (gsize i = 0; i < G_N_ELEMENTS (fs_magics); i++)
    if (fs_magics[i].magic == fs_type)
      return fs_magics[i].kind;

  return STOLT_FS_KIND_LOCAL;
}

/* statfs of @path, or of the nearest folder above it that exists (a file
 * about to be created by Save As lives on its folder's file system) */
static guint64
query_fs_type (const char *path)
{
  g_autofree char *probe = g_strdup (path);

  for (guint depth = 0; depth < 64; depth++)
    {
      struct statfs buf;
      char *parent;

      if (statfs (probe, &buf) == 0)
        return (guint64) (gulong) buf.f_type;
      parent = g_path_get_dirname (probe);
      if (g_str_equal (parent, probe))
        {
          g_free (parent);
          break;
        }
      g_free (probe);
      probe = parent;
    }
  return 0;
}

StoltFsKind
stolt_fs_kind_for_path (const char *path)
{
  g_return_val_if_fail (path != NULL, STOLT_FS_KIND_LOCAL);

  return stolt_fs_kind_classify ("file", path, query_fs_type (path));
}

/* Where @file lives, asking the kernel for local paths */
StoltFsKind
stolt_fs_kind_for_file (GFile *file)
{
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), STOLT_FS_KIND_NETWORK);

  scheme = g_file_get_uri_scheme (file);
  /* A GVfs location also has a gvfsd-fuse path: the scheme decides */
  if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") != 0)
    return stolt_fs_kind_classify (scheme, NULL, 0);

  path = g_file_get_path (file);
  if (path == NULL)
    return STOLT_FS_KIND_NETWORK;
  return stolt_fs_kind_for_path (path);
}

/* Anything but a disk of this computer */
gboolean
stolt_fs_kind_is_shared (StoltFsKind kind)
{
  return kind != STOLT_FS_KIND_LOCAL;
}

/* For debug messages and tests */
const char *
stolt_fs_kind_to_string (StoltFsKind kind)
{
  switch (kind)
    {
    case STOLT_FS_KIND_LOCAL:
      return "local";
    case STOLT_FS_KIND_NETWORK:
      return "network";
    case STOLT_FS_KIND_FUSE:
      return "fuse";
    case STOLT_FS_KIND_PORTAL:
      return "portal";
    default:
      return "unknown";
    }
}
