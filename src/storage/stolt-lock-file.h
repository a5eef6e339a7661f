/* stolt-lock-file.h — a note beside a project saying who has it open
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The flock in Stolt's own data folder (stolt-lock.h) protects a file
 * from a second window of the same user on the same computer.  A project
 * on a shared drive is opened by colleagues on other computers, who have
 * other data folders; for them Stolt writes a small hidden file beside
 * the project, named as LibreOffice names its own (".~lock.NAME.stolt#"),
 * with the full name, login, computer, process and time of whoever has
 * it open.  The owner rewrites it every minute, so a lock nobody
 * refreshes any more, or one from this computer whose process is gone,
 * is known to be stale.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The owner rewrites its lock this often … */
#define STOLT_LOCK_FILE_REFRESH_SECONDS 60
/* … and a lock not rewritten for this long belongs to nobody */
#define STOLT_LOCK_FILE_STALE_SECONDS   (10 * 60)

typedef struct
{
  char      *name;      /* full name, "" when unknown */
  char      *login;     /* "" when unknown */
  char      *host;      /* "" when unknown */
  gint64     pid;       /* 0 when unknown */
  char      *pid_ns;    /* the pid's namespace ("pid:[4026531836]"), "" when unknown */
  char      *id;        /* random, tells one lock from another */
  GDateTime *since;     /* when it was opened */
  GDateTime *refreshed; /* when the owner last rewrote the lock */
} StoltLockOwner;

typedef enum
{
  STOLT_LOCK_OWNER_ALIVE, /* someone has the file open */
  STOLT_LOCK_OWNER_GONE,  /* same computer, and the process is gone */
  STOLT_LOCK_OWNER_SILENT, /* not refreshed for STOLT_LOCK_FILE_STALE_SECONDS */
} StoltLockOwnerStatus;

StoltLockOwner      *stolt_lock_owner_new_for_self    (void);
StoltLockOwner      *stolt_lock_owner_copy            (const StoltLockOwner *owner);
void                 stolt_lock_owner_free            (StoltLockOwner       *owner);
const char          *stolt_lock_owner_get_display_name (const StoltLockOwner *owner);
StoltLockOwner      *stolt_lock_owner_parse           (const char           *data,
                                                       gsize                 length,
                                                       GDateTime            *fallback_time);
char                *stolt_lock_owner_to_data         (const StoltLockOwner *owner);
StoltLockOwnerStatus stolt_lock_owner_get_status      (const StoltLockOwner *owner,
                                                       const char           *this_host,
                                                       GDateTime            *now);
const char          *stolt_lock_get_pid_namespace     (void);

typedef struct _StoltLockFile StoltLockFile;

GFile          *stolt_lock_file_for_document (GFile                *document);
StoltLockOwner *stolt_lock_file_read         (GFile                *document,
                                              GError              **error);
StoltLockFile  *stolt_lock_file_acquire      (GFile                *document,
                                              StoltLockOwner      **holder,
                                              GError              **error);
gboolean        stolt_lock_file_refresh      (StoltLockFile        *self,
                                              GError              **error);
const StoltLockOwner *stolt_lock_file_get_owner (StoltLockFile     *self);
void            stolt_lock_file_release      (StoltLockFile        *self);
gboolean        stolt_lock_file_break        (GFile                *document,
                                              const StoltLockOwner *expected,
                                              GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltLockOwner, stolt_lock_owner_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltLockFile, stolt_lock_file_release)

G_END_DECLS
