/* stolt-storage.c — reading and writing project files without a document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include "stolt-db.h"
#include "stolt-file.h"
#include "stolt-loader.h"
#include "stolt-migrate.h"
#include "stolt-schema.h"
#include "stolt-storage.h"
#include "stolt-storage-private.h"
#include "stolt-writer.h"

/* Checks, migrates if needed, and loads an open database */
StoltProject *
_stolt_storage_read_db (StoltDb  *db,
                        int      *version,
                        GError  **error)
{
  const StoltMigration *steps;
  guint n_steps;

  if (!stolt_db_quick_check (db, error) ||
      !stolt_schema_validate (db, version, error))
    return NULL;

  if (*version < STOLT_SCHEMA_VERSION)
    {
      steps = stolt_migrations_get (&n_steps);
      if (!stolt_migrate (db, steps, n_steps, STOLT_SCHEMA_VERSION, error) ||
          !stolt_schema_check_tables (db, STOLT_SCHEMA_VERSION, error))
        return NULL;
    }

  return stolt_loader_load (db, error);
}

StoltProject *
_stolt_storage_read (GBytes      *bytes,
                     const char  *display_name,
                     StoltDb    **db_out,
                     int         *version,
                     GError     **error)
{
  g_autoptr(StoltDb) db = NULL;
  StoltProject *project;
  int file_version = 0;

  if (!stolt_db_check_header (bytes, display_name, error))
    return NULL;

  db = stolt_db_open_bytes (bytes, display_name, error);
  if (db == NULL)
    return NULL;

  project = _stolt_storage_read_db (db, &file_version, error);
  if (project == NULL)
    return NULL;

  if (version != NULL)
    *version = file_version;
  if (db_out != NULL)
    *db_out = g_steal_pointer (&db);
  return project;
}

StoltProject *
stolt_storage_load_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  return _stolt_storage_read (bytes, display_name, NULL, NULL, error);
}

/**
 * stolt_storage_load:
 *
 * Reads @file into memory and loads it from there: the file is never
 * opened by SQLite and never changed.
 */
StoltProject *
stolt_storage_load (GFile   *file,
                    GError **error)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  g_autoptr(GBytes) bytes = stolt_file_load (file, STOLT_DB_MAX_FILE_SIZE, NULL, error);

  if (bytes == NULL)
    return NULL;
  return stolt_storage_load_bytes (bytes, name, error);
}

static GBytes *
serialize_named (StoltProject  *project,
                 const char    *name,
                 GError       **error)
{
  g_autoptr(StoltDb) db = stolt_db_open_memory (name, error);
  g_autoptr(StoltWriter) writer = NULL;

  if (db == NULL)
    return NULL;

  writer = stolt_writer_new (db);
  if (!stolt_writer_create (writer, project, error))
    return NULL;
  g_clear_pointer (&writer, stolt_writer_free);

  return stolt_db_serialize (db, error);
}

/* A fresh file image of @project, written in memory */
GBytes *
stolt_storage_serialize (StoltProject  *project,
                         GError       **error)
{
  return serialize_named (project, stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (project))), error);
}

/**
 * stolt_storage_write:
 *
 * Writes @project as a fresh file and puts it in place of @file
 * atomically: a crash leaves either the old file or the new one.
 */
gboolean
stolt_storage_write (StoltProject  *project,
                     GFile         *file,
                     GError       **error)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  g_autoptr(GBytes) bytes = serialize_named (project, name, error);

  if (bytes == NULL)
    return FALSE;
  return stolt_file_replace (file, bytes, NULL, NULL, error);
}
