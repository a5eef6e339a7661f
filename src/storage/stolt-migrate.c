/* stolt-migrate.c — bringing older project files up to date
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stolt-migrate.h"
#include "stolt-schema.h"
#include "stolt-storage-private.h"

static gboolean
create_version_1 (StoltDb  *db,
                  GError  **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;", STOLT_DB_APPLICATION_ID);

  return stolt_db_exec (db, stolt_schema_v1, error) && stolt_db_exec (db, sql, error);
}

/* Stolt's namespace for name-based (version 5) UUIDs, RFC 4122 4.3 */
static const guint8 uid_namespace[16] = {
  0xe3, 0x07, 0xbc, 0xd9, 0xc2, 0x81, 0x4b, 0x0f,
  0xbc, 0x0e, 0xcb, 0x1d, 0x65, 0x7b, 0x82, 0xcb,
};

/* The UUID a version-1 file gets: made from the file's bytes rather than
 * at random, so that the same old file, read again and again without
 * being saved (stolt --export=ics old.stolt), names the project the same
 * each time, and calendars update their events instead of doubling
 * them.  Once saved, the file keeps it whatever changes later. */
static char *
uid_for_file (StoltDb  *db,
              GError  **error)
{
  g_autoptr(GBytes) image = stolt_db_serialize (db, error);
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  if (image == NULL)
    return NULL;

  g_checksum_update (sha1, uid_namespace, sizeof uid_namespace);
  g_checksum_update (sha1, g_bytes_get_data (image, NULL), g_bytes_get_size (image));
  g_checksum_get_digest (sha1, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;  /* version 5 */
  digest[8] = (digest[8] & 0x3f) | 0x80;  /* the RFC 4122 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static gboolean
add_version_2 (StoltDb  *db,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uid = NULL;
  int rc;

  /* Hashed before the column changes the bytes; a new file has no row */
  uid = uid_for_file (db, error);
  if (uid == NULL || !stolt_db_exec (db, stolt_schema_v2, error))
    return FALSE;

  stmt = stolt_db_prepare (db, "UPDATE project SET uid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      stolt_db_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Version 3.  Values (issue 12): documents get a status, adopted-by and
 * adopted-date; the column defaults make every existing document a draft.
 * SWOT (issue 11): existing analyses get an empty scope and no voting
 * round, existing items no cluster (the columns' defaults). */
static gboolean
add_version_3 (StoltDb  *db,
               GError  **error)
{
  return stolt_db_exec (db, stolt_schema_v3, error)
         && stolt_db_exec (db, stolt_schema_v3_swot, error);
}

/* Version 4.  Presentation (issue 13): the project card gets the slide
 * order, empty (the column's default) for an existing project: its
 * slides come in the default order, none hidden. */
static gboolean
add_version_4 (StoltDb  *db,
               GError  **error)
{
  return stolt_db_exec (db, stolt_schema_v4, error);
}

/* Add a step for each new schema version; never change an old one. */
static const StoltMigration migrations[] = {
  { 0, create_version_1 },
  { 1, add_version_2 },
  { 2, add_version_3 },  /* Values (issue 12), SWOT (issue 11) */
  { 3, add_version_4 },  /* Presentation (issue 13): the slide order */
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == STOLT_SCHEMA_VERSION);

const StoltMigration *
stolt_migrations_get (guint *n_steps)
{
  *n_steps = G_N_ELEMENTS (migrations);
  return migrations;
}

static const StoltMigration *
find_step (const StoltMigration *steps,
           guint                 n_steps,
           int                   from_version)
{
  for (guint i = 0; i < n_steps; i++)
    if (steps[i].from_version == from_version)
      return &steps[i];
  return NULL;
}

/* Runs inside the caller's transaction, so that a new file can be
 * created and filled in one. */
gboolean
stolt_migrate_steps (StoltDb               *db,
                     const StoltMigration  *steps,
                     guint                  n_steps,
                     int                    from_version,
                     int                    to_version,
                     GError               **error)
{
  for (int version = from_version; version < to_version; version++)
    {
      const StoltMigration *step = find_step (steps, n_steps, version);
      g_autofree char *sql = NULL;

      if (step == NULL)
        {
          g_autofree char *detail = g_strdup_printf (_("no way to update file format %d"), version);

          _stolt_storage_error_damaged (error, db->name, detail);
          return FALSE;
        }

      if (!step->func (db, error))
        return FALSE;

      sql = g_strdup_printf ("PRAGMA user_version = %d;", version + 1);
      if (!stolt_db_exec (db, sql, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_foreign_keys (StoltDb  *db,
                    GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = stolt_db_prepare (db, "PRAGMA foreign_key_check", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *detail = g_strdup_printf (_("a broken link in table “%s”"),
                                                 sqlite3_column_text (stmt, 0));

      _stolt_storage_error_damaged (error, db->name, detail);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      stolt_db_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* All steps from the database's version to @to_version, or none */
gboolean
stolt_migrate (StoltDb               *db,
               const StoltMigration  *steps,
               guint                  n_steps,
               int                    to_version,
               GError               **error)
{
  int version = 0;

  if (!stolt_db_get_pragma_int (db, "user_version", &version, error))
    return FALSE;
  if (version == to_version)
    return TRUE;
  if (version > to_version)
    {
      _stolt_storage_error_newer_version (error, db->name, version);
      return FALSE;
    }

  if (!stolt_db_begin (db, error))
    return FALSE;

  if (!stolt_migrate_steps (db, steps, n_steps, version, to_version, error))
    {
      stolt_db_rollback (db);
      return FALSE;
    }

  /* The result must hold together before it is kept */
  if (!check_foreign_keys (db, error))
    {
      stolt_db_rollback (db);
      return FALSE;
    }

  return stolt_db_commit (db, error);
}

/**
 * stolt_migrate_keep_backup:
 * @original: the file as it was read, before any migration
 * @basename: the file's name, to name the backup after
 * @version: its schema version
 *
 * Keeps the original under $XDG_DATA_HOME/io.github.stoltplan.Stolt/backups/
 * — always writable, unlike the folder of the file (a read-only share, a
 * portal), and out of the user's way.
 *
 * Returns: (transfer full): the backup file
 */
GFile *
stolt_migrate_keep_backup (GBytes      *original,
                           const char  *basename,
                           int          version,
                           GError     **error)
{
  g_autofree char *dir = _stolt_storage_dir ("backups");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *dot;

  dot = strrchr (basename, '.');
  stem = dot != NULL && dot != basename ? g_strndup (basename, dot - basename) : g_strdup (basename);
  name = g_strdup_printf ("%s-format%d-%s-%04x.stolt", stem, version, stamp, g_random_int () & 0xffff);
  path = g_build_filename (dir, name, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, g_bytes_get_data (original, NULL),
                                 g_bytes_get_size (original),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      _stolt_storage_error_write (error, name,
                                  local_error != NULL ? local_error->message : g_strerror (errno));
      return NULL;
    }

  return g_file_new_for_path (path);
}
