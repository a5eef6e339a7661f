/* test-storage-migrate.c — the migration framework and its real steps
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 0 → 1 makes version 1 from an empty database; step 1 → 2 gives the
 * project its uid.  A real version-1 file, written by the Stolt of that
 * time (tests/data/ks-nettverk-v1.stolt, kept unchanged), is migrated:
 * every row kept, the uid made once and kept by save, Save As and a
 * reload, the original kept as a backup first.  The framework itself is
 * tested with test-only steps to a "version 3" and beyond: one
 * transaction, nothing half done when a step fails.  Later steps are
 * tested on real files of their version too: 2 → 3 (values status,
 * SWOT) and 3 → 4 (the slide order, tests/data/ks-nettverk-v3.stolt).
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "stolt-db.h"
#include "stolt-document.h"
#include "stolt-migrate.h"
#include "stolt-model-error.h"
#include "stolt-schema.h"
#include "stolt-slides.h"
#include "stolt-storage.h"
#include "storage-test-util.h"

static GBytes *
current_file (StoltProject **project_out)
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

/* A made-up next version: members get an e-mail address, and a new table */
static gboolean
to_next_version (StoltDb  *db,
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
to_after_next_failing (StoltDb  *db,
                      GError  **error)
{
  if (!stolt_db_exec (db, "CREATE TABLE half (id INTEGER) STRICT;", error))
    return FALSE;
  return stolt_db_exec (db, "INSERT INTO no_such_table VALUES (1);", error);
}

static StoltMigration *
test_steps (StoltMigrationFunc fourth, guint *n)
{
  guint n_builtin;
  const StoltMigration *builtin = stolt_migrations_get (&n_builtin);
  StoltMigration *steps = g_new0 (StoltMigration, n_builtin + 2);

  g_assert_cmpuint (n_builtin, ==, STOLT_SCHEMA_VERSION);
  memcpy (steps, builtin, n_builtin * sizeof *steps);
  steps[n_builtin] = (StoltMigration) { STOLT_SCHEMA_VERSION, to_next_version };
  *n = n_builtin + 1;
  if (fourth != NULL)
    steps[(*n)++] = (StoltMigration) { STOLT_SCHEMA_VERSION + 1, fourth };
  return steps;
}

static void
test_current_from_empty (void)
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
test_real_file_to_next_version (void)
{
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GBytes) bytes = current_file (&project);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  g_autofree StoltMigration *steps = NULL;
  int members, goals;
  guint n;

  g_assert_no_error (error);
  members = scalar (db, "SELECT count(*) FROM member");
  goals = scalar (db, "SELECT count(*) FROM goal");

  steps = test_steps (NULL, &n);
  g_assert_true (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION + 1, &error));
  g_assert_no_error (error);

  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, STOLT_SCHEMA_VERSION + 1);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM member"), ==, members);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM member WHERE email LIKE 'm%@example.org'"), ==, members);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM note"), ==, goals);
  g_assert_cmpint (scalar (db, "PRAGMA quick_check = 1") , ==, 0); /* "ok" reads as 0 */

  /* Migrating again is nothing to do */
  g_assert_true (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION + 1, &error));
  g_assert_no_error (error);
}

static void
test_failing_step_changes_nothing (void)
{
  g_autoptr(GBytes) bytes = current_file (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  g_autoptr(StoltProject) loaded = NULL;
  g_autoptr(StoltProject) original = NULL;
  g_autofree StoltMigration *steps = NULL;
  int tables;
  guint n;

  g_assert_no_error (error);
  tables = scalar (db, "SELECT count(*) FROM sqlite_schema");
  steps = test_steps (to_after_next_failing, &n);

  /* The next step succeeds, the one after fails: the whole migration is
   * rolled back */
  g_assert_false (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION + 2, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, STOLT_SCHEMA_VERSION);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM sqlite_schema"), ==, tables);

  /* No step at all to the version after the next */
  g_clear_pointer (&steps, g_free);
  steps = test_steps (NULL, &n);
  g_assert_false (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION + 2, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, STOLT_SCHEMA_VERSION);

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
  g_autoptr(GBytes) bytes = current_file (NULL);
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
  g_autoptr(GBytes) bytes = current_file (NULL);
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

/* The real files of earlier versions (tests/data/ks-nettverk-vN.stolt) */

static char *
fixture_path_version (int version)
{
  const char *root = g_getenv ("STOLT_SOURCE_ROOT");
  g_autofree char *name = g_strdup_printf ("ks-nettverk-v%d.stolt", version);

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "data", name, NULL);
}

static GBytes *
fixture_bytes_version (int version)
{
  g_autofree char *path = fixture_path_version (version);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &error);

  g_assert_no_error (error);
  return g_mapped_file_get_bytes (mapped);
}

static GBytes *
fixture_bytes (void)
{
  return fixture_bytes_version (1);
}

static int
header_version (GBytes *bytes)
{
  const guint8 *data = g_bytes_get_data (bytes, NULL);

  g_assert_cmpuint (g_bytes_get_size (bytes), >=, 100);
  return (data[60] << 24) | (data[61] << 16) | (data[62] << 8) | data[63];
}

/* Is @column one of the columns a later version added? */
static gboolean
is_added_column (const char *table,
                 const char *column)
{
  static const char *const added[] = {
    "project.uid",
    /* Values (issue 12), version 3 */
    "values_document.status", "values_document.adopted_by", "values_document.adopted_date",
    /* SWOT (issue 11), version 3 */
    "swot_analysis.scope", "swot_analysis.participants", "swot_analysis.dots_per_person",
    "swot_analysis.votes_revealed", "swot_item.cluster",
    /* Presentation (issue 13), version 4 */
    "project.slides",
    NULL
  };
  g_autofree char *name = g_strdup_printf ("%s.%s", table, column);

  return g_strv_contains (added, name);
}

/* Every row of @table as text, in rowid order, without the columns later
 * versions added */
static char *
table_rows (StoltDb    *db,
            const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid", table);
  g_autoptr(sqlite3_stmt) stmt = stolt_db_prepare (db, sql, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        if (!is_added_column (table, sqlite3_column_name (stmt, i)))
          g_string_append_printf (out, "%d:%s|", sqlite3_column_type (stmt, i),
                                  (const char *) sqlite3_column_text (stmt, i));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static GPtrArray *
table_names (StoltDb *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt =
    stolt_db_prepare (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return names;
}

/* Every table of @before holds the same rows in @after (the columns
 * later versions added aside) */
static void
assert_rows_kept (StoltDb *before,
                  StoltDb *after)
{
  g_autoptr(GPtrArray) tables = table_names (before);

  g_assert_cmpuint (tables->len, >, 10);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *rows_before = table_rows (before, tables->pdata[i]);
      g_autofree char *rows_after = table_rows (after, tables->pdata[i]);

      g_test_message ("table %s", (const char *) tables->pdata[i]);
      g_assert_cmpstr (rows_before, ==, rows_after);
    }
}

static const char *
project_uid (StoltProject *project)
{
  return stolt_project_card_get_uid (stolt_project_get_card (project));
}

/* 1 → 2 keeps every row of every table and adds a valid uid */
static void
test_fixture_rows_kept (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) old_db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  const StoltMigration *steps;
  int version = 0;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (header_version (bytes), ==, 1);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM milestone"), >, 0);

  steps = stolt_migrations_get (&n);
  g_assert_true (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, STOLT_SCHEMA_VERSION);
  g_assert_cmpint (scalar (db, "PRAGMA quick_check = 1"), ==, 0);
  /* The structural check of a current file takes it */
  g_assert_true (stolt_schema_validate (db, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, STOLT_SCHEMA_VERSION);

  assert_rows_kept (old_db, db);

  {
    g_autoptr(sqlite3_stmt) stmt = stolt_db_prepare (db, "SELECT uid FROM project", &error);

    g_assert_no_error (error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_true (g_uuid_string_is_valid ((const char *) sqlite3_column_text (stmt, 0)));
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), !=,
                     "00000000-0000-0000-0000-000000000000");
  }
}

/* The same old file, read twice without saving, names the project the
 * same: exports of it do not double the user's calendar */
static void
test_fixture_uid_stable_unsaved (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) first = stolt_storage_load_bytes (bytes, "old.stolt", &error);
  g_autoptr(StoltProject) second = NULL;
  g_autoptr(StoltProject) fresh = NULL;

  g_assert_no_error (error);
  second = stolt_storage_load_bytes (bytes, "old.stolt", &error);
  g_assert_no_error (error);

  g_assert_true (g_uuid_string_is_valid (project_uid (first)));
  g_assert_cmpstr (project_uid (first), ==, project_uid (second));
  storage_test_assert_same (first, second);

  /* A new project has an identity of its own */
  fresh = stolt_project_new ();
  g_assert_true (g_uuid_string_is_valid (project_uid (fresh)));
  g_assert_cmpstr (project_uid (fresh), !=, project_uid (first));
}

static guint
count_backups (GBytes *expected)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), APP_ID, "backups", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_str_has_prefix (name, "plan-format1-"));
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL),
                       g_bytes_get_size (expected));
      n++;
    }
  return n;
}

/* Opened as a document: backup first, the file untouched until Save,
 * then the uid kept by Save, by Save As and by --export=stolt */
static void
test_fixture_document (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ();
  g_autofree char *path = storage_test_tmp_path ("plan.stolt");
  g_autofree char *other_path = storage_test_tmp_path ("plan copy.stolt");
  g_autofree char *export_path = storage_test_tmp_path ("export.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GFile) exported = g_file_new_for_path (export_path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(StoltProject) reloaded = NULL;
  g_autoptr(StoltProject) copy = NULL;
  g_autoptr(StoltProject) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  before = storage_test_checksum (path);

  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  uid = g_strdup (project_uid (stolt_document_get_project (document)));
  g_assert_true (g_uuid_string_is_valid (uid));
  g_assert_cmpuint (count_backups (bytes), ==, 1);
  after = storage_test_checksum (path);
  g_assert_cmpstr (before, ==, after);

  /* Save writes version 2 with the uid */
  g_assert_true (stolt_document_save (document, &error));
  g_assert_no_error (error);
  saved = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (header_version (saved), ==, STOLT_SCHEMA_VERSION);
  reloaded = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (project_uid (reloaded), ==, uid);
  storage_test_assert_same (stolt_document_get_project (document), reloaded);

  /* Save As, and the command line's clean copy, keep it too */
  g_assert_true (stolt_document_save_as (document, other, &error));
  g_assert_no_error (error);
  copy = stolt_storage_load (other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (project_uid (copy), ==, uid);

  g_assert_true (stolt_storage_write (reloaded, exported, &error));
  g_assert_no_error (error);
  again = stolt_storage_load (exported, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (project_uid (again), ==, uid);

  /* A version-2 file needs no migration and leaves no further backup */
  stolt_document_close (document);
  g_clear_object (&document);
  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (project_uid (stolt_document_get_project (document)), ==, uid);
  g_assert_cmpuint (count_backups (bytes), ==, 1);
  stolt_document_close (document);
}

/* SWOT (issue 11): a real version-2 file (tests/data/ks-nettverk-v2.stolt,
 * written by the Stolt of that time, kept unchanged) goes to version 3
 * with every row kept, and its analyses get an empty scope, no voting
 * round and no clusters */
static void
test_v2_fixture_to_version_3 (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes_version (2);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) old_db = NULL;
  g_autoptr(StoltDb) db = NULL;
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(StoltSwotAnalysis) analysis = NULL;
  GListModel *items;
  const StoltMigration *steps;
  guint n;

  g_assert_cmpint (header_version (bytes), ==, 2);
  old_db = stolt_db_open_bytes (bytes, "v2.stolt", &error);
  g_assert_no_error (error);
  db = stolt_db_open_bytes (bytes, "v2.stolt", &error);
  g_assert_no_error (error);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM swot_item"), >, 0);

  steps = stolt_migrations_get (&n);
  g_assert_true (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, STOLT_SCHEMA_VERSION);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM swot_item WHERE cluster IS NOT NULL"), ==, 0);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM swot_analysis WHERE scope != '' "
                               "OR participants != 0 OR votes_revealed != 0"), ==, 0);

  assert_rows_kept (old_db, db);

  project = stolt_storage_load_bytes (bytes, "v2.stolt", &error);
  g_assert_no_error (error);
  analysis = g_list_model_get_item (stolt_project_get_list (project, STOLT_LIST_SWOT_ANALYSES), 0);
  g_assert_cmpstr (stolt_swot_analysis_get_scope (analysis), ==, "");
  g_assert_cmpint (stolt_swot_analysis_get_participants (analysis), ==, 0);
  g_assert_false (stolt_swot_analysis_get_votes_revealed (analysis));
  items = stolt_record_get_children (STOLT_RECORD (analysis), 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(StoltSwotItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (stolt_swot_item_get_cluster (item), ==, 0);
    }
}

/* The uid is the file's, not the user's: no edit, no template sets it */
static void
test_uid_not_editable (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  const StoltField *field = stolt_record_find_field (card, "uid");
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (field);
  g_assert_true ((field->flags & STOLT_FIELD_FLAG_INTERNAL) != 0);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "not a uuid");
  g_assert_false (stolt_record_check_value (card, field, &value, &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_TEXT);
  g_clear_error (&error);

  g_test_expect_message ("stolt-project", G_LOG_LEVEL_CRITICAL, "*INTERNAL*");
  g_assert_false (stolt_project_set_text (project, card, "uid",
                                          "6f1c2f4e-6a53-4a8b-9d62-1b1f5e0d2c11", NULL));
  g_test_assert_expected_messages ();
  g_assert_false (stolt_undo_stack_get_can_undo (stolt_project_get_undo_stack (project)));
}

/* Values (issue 12): 2 → 3 keeps every row and makes each values
 * document a draft that nobody has adopted */
static void
test_v2_fixture_values_status (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes_version (2);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) old_db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "old.stolt", &error);
  g_autoptr(StoltProject) project = NULL;
  const StoltMigration *steps;
  GListModel *documents;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (header_version (bytes), ==, 2);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM values_document"), >, 0);

  steps = stolt_migrations_get (&n);
  g_assert_true (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, STOLT_SCHEMA_VERSION);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM values_document WHERE status = 0 AND "
                               "adopted_by = '' AND adopted_date IS NULL"), ==,
                   scalar (db, "SELECT count(*) FROM values_document"));

  assert_rows_kept (old_db, db);

  project = stolt_storage_load_bytes (bytes, "old.stolt", &error);
  g_assert_no_error (error);
  documents = stolt_project_get_list (project, STOLT_LIST_VALUES_DOCUMENTS);
  g_assert_cmpuint (g_list_model_get_n_items (documents), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(StoltValuesDocument) document = g_list_model_get_item (documents, i);

      g_assert_cmpint (stolt_values_document_get_status (document), ==,
                       STOLT_VALUES_STATUS_DRAFT);
      g_assert_cmpstr (stolt_values_document_get_adopted_by (document), ==, "");
      g_assert_cmpuint (stolt_values_document_get_adopted_date (document), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (stolt_record_get_children (STOLT_RECORD (document), 0)),
                        >, 0);
    }
}

/* Presentation (issue 13): a real version-3 file
 * (tests/data/ks-nettverk-v3.stolt, written by the Stolt of that time,
 * kept unchanged) goes to version 4 with every row kept; the project
 * gets an empty slide order, so its slides come in the default order */
static void
test_v3_fixture_to_version_4 (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes_version (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) old_db = stolt_db_open_bytes (bytes, "v3.stolt", &error);
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "v3.stolt", &error);
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  const StoltMigration *steps;
  int version = 0;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (header_version (bytes), ==, 3);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM swot_analysis"), >, 0);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM value"), >, 0);

  steps = stolt_migrations_get (&n);
  g_assert_true (stolt_migrate (db, steps, n, STOLT_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  g_assert_cmpint (scalar (db, "PRAGMA user_version"), ==, 4);
  g_assert_cmpint (scalar (db, "SELECT count(*) FROM project WHERE slides = ''"), ==, 1);
  g_assert_cmpint (scalar (db, "PRAGMA quick_check = 1"), ==, 0);
  /* The structural check of a current file takes it */
  g_assert_true (stolt_schema_validate (db, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 4);

  assert_rows_kept (old_db, db);

  project = stolt_storage_load_bytes (bytes, "v3.stolt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stolt_project_card_get_slides (stolt_project_get_card (project)), ==, "");
  slides = stolt_slides_list (project);
  g_assert_cmpuint (slides->len, ==, 3 + scalar (db, "SELECT count(*) FROM swot_analysis")
                                     + scalar (db, "SELECT count(*) FROM value"));
  g_assert_cmpstr (((StoltSlide *) slides->pdata[0])->key, ==, "card");
  g_assert_cmpstr (((StoltSlide *) slides->pdata[1])->key, ==, "milestones");
  g_assert_cmpstr (((StoltSlide *) slides->pdata[2])->key, ==, "timeline");
  g_assert_cmpint (((StoltSlide *) slides->pdata[3])->kind, ==, STOLT_SLIDE_SWOT);
  for (guint i = 0; i < slides->len; i++)
    g_assert_false (((StoltSlide *) slides->pdata[i])->hidden);
}

/* The order a facilitator sets is saved, read back, and survives Save
 * As; a key of a record deleted outside Stolt is ignored on reading */
static void
test_v3_fixture_order_saved (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes_version (3);
  g_autofree char *path = storage_test_tmp_path ("workshop.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(StoltProject) reloaded = NULL;
  g_autoptr(StoltProject) edited = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) tampered = NULL;
  g_autoptr(StoltDb) db = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *swot_key = NULL;
  g_autofree char *text = NULL;
  StoltProject *project;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  project = stolt_document_get_project (document);

  slides = stolt_slides_list (project);
  swot_key = g_strdup (((StoltSlide *) slides->pdata[3])->key);
  g_assert_true (stolt_slides_move (project, swot_key, 0, &error));
  g_assert_true (stolt_slides_set_hidden (project, "timeline", TRUE, &error));
  g_assert_no_error (error);
  text = g_strdup (stolt_project_card_get_slides (stolt_project_get_card (project)));
  g_assert_true (g_str_has_prefix (text, swot_key));
  g_assert_nonnull (strstr (text, " -timeline"));
  g_assert_true (stolt_document_save (document, &error));
  g_assert_no_error (error);
  stolt_document_close (document);

  saved = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (header_version (saved), ==, STOLT_SCHEMA_VERSION);
  reloaded = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stolt_project_card_get_slides (stolt_project_get_card (reloaded)), ==, text);
  g_clear_pointer (&slides, g_ptr_array_unref);
  slides = stolt_slides_list (reloaded);
  g_assert_cmpstr (((StoltSlide *) slides->pdata[0])->key, ==, swot_key);
  g_assert_cmpstr (((StoltSlide *) slides->pdata[3])->key, ==, "timeline");
  g_assert_true (((StoltSlide *) slides->pdata[3])->hidden);

  /* Saved by another program after the analysis was deleted there: the
   * key names nothing, the slides are the others in their saved order */
  db = stolt_db_open_bytes (saved, "workshop.stolt", &error);
  g_assert_no_error (error);
  g_assert_true (stolt_db_exec (db, "DELETE FROM swot_analysis", &error));
  g_assert_no_error (error);
  tampered = stolt_db_serialize (db, &error);
  g_assert_no_error (error);
  edited = stolt_storage_load_bytes (tampered, "workshop.stolt", &error);
  g_assert_no_error (error);
  g_assert_cmpint (stolt_slides_find (edited, swot_key), ==, -1);
  g_clear_pointer (&slides, g_ptr_array_unref);
  slides = stolt_slides_list (edited);
  g_assert_cmpstr (((StoltSlide *) slides->pdata[0])->key, ==, "card");
  g_assert_cmpstr (((StoltSlide *) slides->pdata[2])->key, ==, "timeline");
  g_assert_true (((StoltSlide *) slides->pdata[2])->hidden);
}

/* Hardening: a file that says version 4 without the column, or with a
 * slide order that is not a list of keys, is refused as damaged */
static void
test_v4_damaged (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes_version (3);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_bytes (bytes, "v3.stolt", &error);
  g_autoptr(GBytes) lying = NULL;
  g_autoptr(GBytes) current = NULL;
  g_autoptr(GBytes) bad_text = NULL;
  g_autoptr(StoltDb) current_db = NULL;
  g_autoptr(StoltProject) project = NULL;
  const StoltMigration *steps;
  guint n;

  g_assert_no_error (error);
  g_assert_true (stolt_db_exec (db, "PRAGMA user_version = 4", &error));
  lying = stolt_db_serialize (db, &error);
  g_assert_no_error (error);
  project = stolt_storage_load_bytes (lying, "v4.stolt", &error);
  g_assert_null (project);
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "project"));
  g_clear_error (&error);

  current_db = stolt_db_open_bytes (bytes, "v3.stolt", &error);
  g_assert_no_error (error);
  steps = stolt_migrations_get (&n);
  g_assert_true (stolt_migrate (current_db, steps, n, STOLT_SCHEMA_VERSION, &error));
  g_assert_no_error (error);
  current = stolt_db_serialize (current_db, &error);
  g_assert_no_error (error);
  project = stolt_storage_load_bytes (current, "v4.stolt", &error);
  g_assert_no_error (error);
  g_clear_object (&project);

  g_assert_true (stolt_db_exec (current_db, "UPDATE project SET slides = 'card timeline; x'",
                                &error));
  g_assert_no_error (error);
  bad_text = stolt_db_serialize (current_db, &error);
  g_assert_no_error (error);
  project = stolt_storage_load_bytes (bad_text, "v4.stolt", &error);
  g_assert_null (project);
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_DAMAGED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/storage/migrate/current-from-empty", test_current_from_empty);
  g_test_add_func ("/storage/migrate/real-file-to-next-version", test_real_file_to_next_version);
  g_test_add_func ("/storage/migrate/failing-step", test_failing_step_changes_nothing);
  g_test_add_func ("/storage/migrate/newer-refused", test_newer_refused);
  g_test_add_func ("/storage/migrate/backup", test_backup);
  g_test_add_func ("/storage/migrate/v1-fixture/rows-kept", test_fixture_rows_kept);
  g_test_add_func ("/storage/migrate/v1-fixture/uid-stable-unsaved", test_fixture_uid_stable_unsaved);
  g_test_add_func ("/storage/migrate/v1-fixture/document", test_fixture_document);
  g_test_add_func ("/storage/migrate/uid-not-editable", test_uid_not_editable);
  g_test_add_func ("/storage/migrate/v2-fixture/values-status", test_v2_fixture_values_status);
  g_test_add_func ("/storage/migrate/v2-fixture/to-version-3", test_v2_fixture_to_version_3);
  g_test_add_func ("/storage/migrate/v3-fixture/to-version-4", test_v3_fixture_to_version_4);
  g_test_add_func ("/storage/migrate/v3-fixture/order-saved", test_v3_fixture_order_saved);
  g_test_add_func ("/storage/migrate/v4-damaged", test_v4_damaged);

  return g_test_run ();
}
