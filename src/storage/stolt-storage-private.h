/* stolt-storage-private.h — helpers shared inside src/storage
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stolt-lock-file.h"
#include "stolt-storage-error.h"

G_BEGIN_DECLS

/* The user-facing messages.  Each names the file and says what the user
 * can do; @detail (may be NULL) says what exactly is wrong, for the
 * curious and for bug reports. */
void _stolt_storage_error_not_project     (GError     **error,
                                           const char  *display_name);
void _stolt_storage_error_damaged         (GError     **error,
                                           const char  *display_name,
                                           const char  *detail);
void _stolt_storage_error_newer_version   (GError     **error,
                                           const char  *display_name,
                                           int          version);
void _stolt_storage_error_locked          (GError     **error,
                                           const char  *display_name);
void _stolt_storage_error_locked_by       (GError     **error,
                                           const char  *display_name,
                                           const StoltLockOwner *holder);
void _stolt_storage_error_read            (GError     **error,
                                           const char  *display_name,
                                           const char  *detail);
void _stolt_storage_error_write           (GError     **error,
                                           const char  *display_name,
                                           const char  *detail);
void _stolt_storage_error_changed_on_disk (GError     **error,
                                           const char  *display_name);

/* Where Stolt keeps its own files: $XDG_DATA_HOME/<app-id>/<what> */
char *_stolt_storage_dir                  (const char  *what);

G_END_DECLS

/* The reading pipeline shared by documents and stolt_storage_load_bytes():
 * header, quick_check, schema, migration (in memory), rows.  @db (out,
 * optional) keeps the in-memory database; @migrated tells whether it was
 * brought up from an older version. */
#include "stolt-db.h"
#include "stolt-project.h"

StoltProject *_stolt_storage_read (GBytes      *bytes,
                                   const char  *display_name,
                                   StoltDb    **db,
                                   int         *version,
                                   GError     **error);
StoltProject *_stolt_storage_read_db (StoltDb   *db,
                                      int       *version,
                                      GError   **error);

/* Drafts (stolt-drafts.c): file names and the key file */
#define STOLT_DRAFT_GROUP "Draft"
#define STOLT_DRAFT_STAMP_GROUP "File"

char     *_stolt_draft_path         (const char  *draft_id,
                                     const char  *extension);
void      _stolt_draft_remove_files (const char  *draft_id);
GKeyFile *_stolt_draft_read_info    (const char  *draft_id,
                                     GError     **error);
gboolean  _stolt_draft_write_info   (const char  *draft_id,
                                     GKeyFile    *info,
                                     GError     **error);
