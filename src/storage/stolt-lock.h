/* stolt-lock.h — "this is mine while I live" between windows and processes
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lock is an flock(2) on a small file in Stolt's own data folder.
 * flock locks belong to an open file description, so a second open in
 * the same process conflicts just as one in another process does, and
 * the kernel drops them when the process dies: a crash never leaves a
 * stale lock behind, and no process ids need checking.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _StoltLock StoltLock;

StoltLock *stolt_lock_try          (const char  *path,
                                    const char  *note,
                                    GError     **error);
void       stolt_lock_release      (StoltLock   *self,
                                    gboolean     remove);
gboolean   stolt_lock_is_held      (const char  *path);
char      *stolt_lock_path_for_file (GFile      *file);
void       stolt_lock_release_removing (StoltLock *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltLock, stolt_lock_release_removing)

G_END_DECLS
