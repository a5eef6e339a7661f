/* stolt-db.h — opening SQLite databases as untrusted input
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every connection Stolt makes, to a copy of a user's file or to its own
 * working copy, is opened the same hardened way (DESIGN.md, "The project
 * file").  A StoltDb is the connection plus the name of the file the user
 * knows it by, so that every error can name it.
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "STLT", at byte 68 of every project file */
#define STOLT_DB_APPLICATION_ID 1398033492

/* The largest file Stolt reads into memory */
#define STOLT_DB_MAX_FILE_SIZE (256 * 1024 * 1024)

typedef struct
{
  sqlite3 *handle;
  char    *name;    /* display name for messages */
  gboolean own;     /* Stolt's own file: failures are I/O, not damage */
} StoltDb;

typedef enum
{
  STOLT_DB_OPEN_READ_WRITE, /* an existing file Stolt owns (a working copy) */
  STOLT_DB_OPEN_CREATE,     /* a new file Stolt owns; must not exist yet */
} StoltDbOpenMode;

StoltDb  *stolt_db_open_file      (const char       *path,
                                   StoltDbOpenMode   mode,
                                   const char       *display_name,
                                   GError          **error);
StoltDb  *stolt_db_open_bytes     (GBytes           *bytes,
                                   const char       *display_name,
                                   GError          **error);
StoltDb  *stolt_db_open_memory    (const char       *display_name,
                                   GError          **error);
void      stolt_db_close          (StoltDb          *self);

gboolean  stolt_db_check_header   (GBytes           *bytes,
                                   const char       *display_name,
                                   GError          **error);
gboolean  stolt_db_quick_check    (StoltDb          *self,
                                   GError          **error);
GBytes   *stolt_db_serialize      (StoltDb          *self,
                                   GError          **error);

gboolean  stolt_db_get_pragma_int (StoltDb          *self,
                                   const char       *pragma,
                                   int              *value,
                                   GError          **error);
gboolean  stolt_db_exec           (StoltDb          *self,
                                   const char       *sql,
                                   GError          **error);
sqlite3_stmt *stolt_db_prepare    (StoltDb          *self,
                                   const char       *sql,
                                   GError          **error);
gboolean  stolt_db_begin          (StoltDb          *self,
                                   GError          **error);
gboolean  stolt_db_commit         (StoltDb          *self,
                                   GError          **error);
void      stolt_db_rollback       (StoltDb          *self);

/* Turns a failed SQLite call into a storage error: in a user's file,
 * most failures mean it is damaged; in Stolt's own files, I/O trouble. */
void      stolt_db_set_error      (StoltDb          *self,
                                   int               rc,
                                   GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltDb, stolt_db_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
