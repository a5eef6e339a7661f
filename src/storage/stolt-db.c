/* stolt-db.c — opening SQLite databases as untrusted input
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-db.h"
#include "stolt-storage-private.h"

/* The header of every SQLite 3 file, NUL included */
static const char sqlite_magic[16] = "SQLite format 3";

static const struct
{
  int limit;
  int value;
} limits[] = {
  /* One row holds at most a few texts of 1,000,000 characters (up to 4
   * bytes each in UTF-8); a hostile file gets no further. */
  { SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024 },
  { SQLITE_LIMIT_SQL_LENGTH, 100000 },
  { SQLITE_LIMIT_COLUMN, 100 },
  { SQLITE_LIMIT_EXPR_DEPTH, 100 },
  { SQLITE_LIMIT_COMPOUND_SELECT, 10 },
  { SQLITE_LIMIT_VDBE_OP, 100000 },
  { SQLITE_LIMIT_FUNCTION_ARG, 8 },
  /* VACUUM INTO needs one attached database (DESIGN.md, known traps) */
  { SQLITE_LIMIT_ATTACHED, 1 },
  { SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100 },
  { SQLITE_LIMIT_VARIABLE_NUMBER, 250 },
  /* Foreign key actions run as triggers: deleting a SWOT analysis
   * cascades to its items and on to the links to them.  Depth 1 breaks
   * that ("too many levels of trigger recursion"). */
  { SQLITE_LIMIT_TRIGGER_DEPTH, 8 },
  { SQLITE_LIMIT_WORKER_THREADS, 0 },
};

static const struct
{
  int option;
  int value;
} configs[] = {
  { SQLITE_DBCONFIG_DEFENSIVE, 1 },
  { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
  { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
  { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
  { SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0 },
  { SQLITE_DBCONFIG_ENABLE_FKEY, 1 },
  /* Double-quoted strings are identifiers only: no silent string literals */
  { SQLITE_DBCONFIG_DQS_DML, 0 },
  { SQLITE_DBCONFIG_DQS_DDL, 0 },
};

static StoltDb *
db_new (sqlite3    *handle,
        const char *display_name,
        gboolean    own)
{
  StoltDb *self = g_new0 (StoltDb, 1);

  self->handle = handle;
  self->name = g_strdup (display_name);
  self->own = own;
  return self;
}

void
stolt_db_close (StoltDb *self)
{
  if (self == NULL)
    return;
  /* _v2 so that a statement someone forgot cannot keep the file open */
  sqlite3_close_v2 (self->handle);
  g_free (self->name);
  g_free (self);
}

void
stolt_db_set_error (StoltDb  *self,
                    int       rc,
                    GError  **error)
{
  const char *detail = self->handle != NULL ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    /* Whether a file is Stolt's at all was settled by its header
     * (stolt_db_check_header()); past that, "not a database" is damage */
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
    case SQLITE_MISMATCH:
    case SQLITE_SCHEMA:
    case SQLITE_CONSTRAINT:
    case SQLITE_ERROR:
      if (self->own && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
        _stolt_storage_error_write (error, self->name, detail);
      else
        _stolt_storage_error_damaged (error, self->name, detail);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      _stolt_storage_error_locked (error, self->name);
      break;

    default:
      if (self->own)
        _stolt_storage_error_write (error, self->name, detail);
      else
        _stolt_storage_error_read (error, self->name, detail);
      break;
    }
}

static gboolean
harden (StoltDb  *self,
        GError  **error)
{
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (configs); i++)
    {
      rc = sqlite3_db_config (self->handle, configs[i].option, configs[i].value, NULL);
      if (rc != SQLITE_OK)
        {
          stolt_db_set_error (self, rc, error);
          return FALSE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    sqlite3_limit (self->handle, limits[i].limit, limits[i].value);

  sqlite3_busy_timeout (self->handle, 2000);
  sqlite3_extended_result_codes (self->handle, TRUE);

  /* None of these read the schema, so they are safe before validation */
  return stolt_db_exec (self,
                        "PRAGMA cell_size_check = ON;"
                        "PRAGMA foreign_keys = ON;"
                        "PRAGMA mmap_size = 0;"
                        "PRAGMA trusted_schema = OFF;",
                        error);
}

StoltDb *
stolt_db_open_file (const char       *path,
                    StoltDbOpenMode   mode,
                    const char       *display_name,
                    GError          **error)
{
  g_autoptr(StoltDb) self = NULL;
  sqlite3 *handle = NULL;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX |
              SQLITE_OPEN_EXRESCODE;
  int rc;

  /* Stolt only names files by absolute path; with the flag left out and
   * the path absolute, "file:" URIs are never interpreted. */
  g_return_val_if_fail (g_path_is_absolute (path), NULL);

  if (mode == STOLT_DB_OPEN_CREATE)
    {
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          _stolt_storage_error_write (error, display_name, g_strerror (EEXIST));
          return NULL;
        }
      flags |= SQLITE_OPEN_CREATE;
    }

  rc = sqlite3_open_v2 (path, &handle, flags, NULL);
  self = db_new (handle, display_name, TRUE);
  if (rc != SQLITE_OK)
    {
      stolt_db_set_error (self, rc, error);
      return NULL;
    }

  if (!harden (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

StoltDb *
stolt_db_open_memory (const char  *display_name,
                      GError     **error)
{
  g_autoptr(StoltDb) self = NULL;
  sqlite3 *handle = NULL;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX |
                        SQLITE_OPEN_EXRESCODE,
                        NULL);
  self = db_new (handle, display_name, TRUE);
  if (rc != SQLITE_OK)
    {
      stolt_db_set_error (self, rc, error);
      return NULL;
    }

  if (!harden (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Sorts "not ours at all" from "ours, but broken" before SQLite looks:
 * a Stolt file starts with the SQLite magic and has our application_id
 * at byte 68.  A file cut off inside its header cannot be identified;
 * if what is left begins like SQLite, it is called damaged. */
gboolean
stolt_db_check_header (GBytes      *bytes,
                       const char  *display_name,
                       GError     **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  if (length == 0 || memcmp (data, sqlite_magic, MIN (length, sizeof sqlite_magic)) != 0)
    {
      _stolt_storage_error_not_project (error, display_name);
      return FALSE;
    }
  if (length < 100)
    {
      _stolt_storage_error_damaged (error, display_name, _("the file is cut short"));
      return FALSE;
    }
  if (read_be32 (data + 68) != STOLT_DB_APPLICATION_ID)
    {
      _stolt_storage_error_not_project (error, display_name);
      return FALSE;
    }
  return TRUE;
}

/* An in-memory copy of @bytes: Stolt never runs SQLite on the user's
 * file, so reading it can neither change it nor leave -journal, -wal or
 * -shm files beside it. */
StoltDb *
stolt_db_open_bytes (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(StoltDb) self = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  guint8 *copy;
  int rc;

  self = stolt_db_open_memory (display_name, error);
  if (self == NULL)
    return NULL;
  self->own = FALSE;

  copy = sqlite3_malloc64 (MAX (length, 1));
  if (copy == NULL)
    {
      stolt_db_set_error (self, SQLITE_NOMEM, error);
      return NULL;
    }
  memcpy (copy, data, length);

  /* A file saved in WAL mode says so at bytes 18 and 19; the in-memory
   * copy has no WAL and must be read as a rollback-journal database. */
  if (length >= 20 && copy[18] == 2 && copy[19] == 2)
    copy[18] = copy[19] = 1;

  rc = sqlite3_deserialize (self->handle, "main", copy, length, length,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
  if (rc != SQLITE_OK)
    {
      stolt_db_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

gboolean
stolt_db_quick_check (StoltDb  *self,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result;
  int rc;

  stmt = stolt_db_prepare (self, "PRAGMA quick_check (1)", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      stolt_db_set_error (self, rc, error);
      return FALSE;
    }

  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      _stolt_storage_error_damaged (error, self->name, result);
      return FALSE;
    }
  return TRUE;
}

static void
free_sqlite_memory (gpointer data)
{
  sqlite3_free (data);
}

/* A consistent image of the whole database, as a file would hold it.
 * The image is marked as a rollback-journal database even when the
 * source uses WAL, so that the saved file needs no -wal beside it. */
GBytes *
stolt_db_serialize (StoltDb  *self,
                    GError  **error)
{
  sqlite3_int64 size = 0;
  unsigned char *data;

  data = sqlite3_serialize (self->handle, "main", &size, 0);
  if (data == NULL)
    {
      stolt_db_set_error (self, sqlite3_errcode (self->handle), error);
      return NULL;
    }

  if (size >= 20 && data[18] == 2 && data[19] == 2)
    data[18] = data[19] = 1;

  return g_bytes_new_with_free_func (data, (gsize) size, free_sqlite_memory, data);
}

gboolean
stolt_db_get_pragma_int (StoltDb     *self,
                         const char  *pragma,
                         int         *value,
                         GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  g_autoptr(sqlite3_stmt) stmt = stolt_db_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      stolt_db_set_error (self, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, error);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

gboolean
stolt_db_exec (StoltDb     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      stolt_db_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
stolt_db_prepare (StoltDb     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      stolt_db_set_error (self, rc, error);
      return NULL;
    }
  return stmt;
}

gboolean
stolt_db_begin (StoltDb  *self,
                GError  **error)
{
  return stolt_db_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
stolt_db_commit (StoltDb  *self,
                 GError  **error)
{
  if (!stolt_db_exec (self, "COMMIT", error))
    {
      stolt_db_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
stolt_db_rollback (StoltDb *self)
{
  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}
