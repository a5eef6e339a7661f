/* test-storage-migrate.c — the migration framework
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Version 1 is the first file format, so no real older file exists yet.
 * What is tested: version 1 itself is made by the framework from an
 * empty database (step 0 → 1); and a real version-1 file written by
 * Stolt is migrated by test-only steps to a "version 2" and beyond —
 * data kept, one transaction, nothing half done when a step fails, the
 * backup of the original kept first.
 */

#include "config.h"

#include <string.h>

#include "stolt-db.h"
#include "stolt-migrate.h"
#include "stolt-schema.h"
#include "stolt-storage.h"
#include "storage-test-util.h"

static GBytes *
version_1_file (StoltProject **project_out)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(StoltProject) project = storage_test_random_project (rand, 6);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = stolt_storage_serialize (project, &error);

  g_assert_no_error (error);
  if (project_out != NULL)
    *project_out = g_steal_pointer (&project);
  return bytes;
}

static int
scalar (StoltDb    *db,
        const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = stolt_db_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

/* A made-up version 2: members get an e-mail address, and a new table */
static gboolean
to_version_2 (StoltDb  *db,
              GError  **error)
{
  return stolt_db_exec (db,
                        "ALTER TABLE member ADD COLUMN email TEXT NOT NULL DEFAULT '';"
                        "UPDATE member SET email = 'm' || id || '@example.org';"
                        "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;"
                        "INSERT INTO note (text) SELECT title FROM goal;",
                        error);
}

/* A step that does part of its work, then fails */
static gboolean
to_version_3_failing (StoltDb  *db,
                      GError  **error)
{
  if (!stolt_db_exec (db, "CREATE TABLE half (id INTEGER) STRICT;", error))
    return FALSE;
  return stolt_db_exec (db, "INSERT INTO no_such_table VALUES (1);", error);
}

static StoltMigration *
test_steps (StoltMigrationFunc third, guint *n)
{
  guint n_builtin;
  const StoltMigration *builtin = stolt_migrations_get (&n_builtin);
  StoltMigration *steps = g_new0 (StoltMigration, n_builtin + 2);

  memcpy (steps, builtin, n_builtin * sizeof *steps);
  steps[n_builtin] = (StoltMigration) { 1, to_version_2 };
  *n = n_builtin + 1;
  if (third != NULL)
    steps[(*n)++] = (StoltMigration) { 2, third };
  return steps;
}

static void
test_version_1_from_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_memory ("empty", &error);
  const StoltMigration *steps;
  guint n;
  int version = 0;

  steps = stolt_migrations_get (&n);
  g_assert_true (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  g_assert_true (stolt_schema_validate (db, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, STOLT_SCHEMA_VERSION);
  g_assert_cmpint (scalar (db, "PRAGMA application_id"), ==, STOLT_DB_APPLICATION_ID);
}

static void
test_real_file_to_version_2 (void)
{
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GBytes) bytes = version_1_file (&project);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  g_autofree StoltMigration *steps = NULL;
  int members, goals;
  guint n;

  g_assert_no_error (error);
  members = scalar (db, "SELECT count(*) FROM member");
  goals = scalar (db, "SELECT count(*) FROM goal");

  steps = test_steps (NULL, &n);
  g_assert_true (stolt_migrate (db, steps, n, 2, &error));
  g_assert_no_error (error);

  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM member"), ==, members);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM member WHERE email LIKE 'm%@example.org'"), ==, members);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM note"), ==, goals);
  g_assert_cmpint (scalar (db, "PRAGMA quick_check = 1") , ==, 0); /* "ok" reads as 0 */

  /* Migrating again is nothing to do */
  g_assert_true (stolt_migrate (db, steps, n, 2, &error));
  g_assert_no_error (error);
}

static void
test_failing_step_changes_nothing (void)
{
  g_autoptr(GBytes) bytes = version_1_file (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  g_autoptr(StoltProject) loaded = NULL;
  g_autoptr(StoltProject) original = NULL;
  g_autofree StoltMigration *steps = NULL;
  int tables;
  guint n;

  g_assert_no_error (error);
  tables = scalar (db, "SELECT count(*) FROM sqlite_schema");
  steps = test_steps (to_version_3_failing, &n);

  /* 1 → 2 succeeds, 2 → 3 fails: the whole migration is rolled back */
  g_assert_false (stolt_migrate (db, steps, n, 3, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM sqlite_schema"), ==, tables);

  /* No step at all for 3 → 4 */
  g_clear_pointer (&steps, g_free);
  steps = test_steps (NULL, &n);
  g_assert_false (stolt_migrate (db, steps, n, 4, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, 1);

  /* And what is left still loads as the project it was */
  original = stolt_storage_load_bytes (bytes, "old.stolt", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) now = stolt_db_serialize (db, &error);

    g_assert_no_error (error);
    loaded = stolt_storage_load_bytes (now, "old.stolt", &error);
    g_assert_no_error (error);
  }
  storage_test_assert_same (original, loaded);
}

static void
test_newer_refused (void)
{
  g_autoptr(GBytes) bytes = version_1_file (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "new.stolt", &error);
  const StoltMigration *steps;
  guint n;

  steps = stolt_migrations_get (&n);
  g_assert_true (stolt_db_exec (db, "PRAGMA user_version = 7", &error));
  g_assert_false (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_NEWER_VERSION);
}

static void
test_backup (void)
{
  g_autoptr(GBytes) bytes = version_1_file (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) backup = stolt_migrate_keep_backup (bytes, "Plan 2025.stolt", 1, &error);
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), APP_ID, "backups", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  path = g_file_get_path (backup);
  basename = g_path_get_basename (path);
  g_assert_true (g_str_has_prefix (path, dir));
  g_assert_true (g_str_has_prefix (basename, "Plan 2025-format1-"));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/storage/migrate/version-1-from-empty", test_version_1_from_empty);
  g_test_add_func ("/storage/migrate/real-file-to-version-2", test_real_file_to_version_2);
  g_test_add_func ("/storage/migrate/failing-step", test_failing_step_changes_nothing);
  g_test_add_func ("/storage/migrate/newer-refused", test_newer_refused);
  g_test_add_func ("/storage/migrate/backup", test_backup);

  return g_test_run ();
}
