/* test-storage-damaged.c — no file, however broken or hostile, gets in
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corpus is made here, from a file Stolt wrote: truncations, bit
 * flips, planted triggers and views, changed tables, foreign files.  Each
 * must fail with its own error code (or, for a flip SQLite cannot see,
 * load), never crash or hang, and never change the file.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include <glib/gstdio.h>

#include "stolt-document.h"
#include "stolt-schema.h"
#include "stolt-storage.h"
#include "storage-test-util.h"

#define NONE -1

typedef struct
{
  GBytes       *good;      /* a valid file */
  StoltProject *project;   /* what it holds */
  guint         page_size;
} Corpus;

static Corpus corpus;

static void
make_corpus (void)
{
  g_autoptr(GError) error = NULL;
  const guint8 *data;

  corpus.project = storage_test_every_field_project (0);
  corpus.good = stolt_storage_serialize (corpus.project, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (corpus.good, NULL);
  corpus.page_size = (data[16] << 8) | data[17];
  if (corpus.page_size == 1)
    corpus.page_size = 65536;
  g_test_message ("corpus file: %" G_GSIZE_FORMAT " bytes, %u-byte pages",
                  g_bytes_get_size (corpus.good), corpus.page_size);
}

/* Writes @bytes to a file, loads it, and checks the outcome: @code, or
 * NONE for success; @alt is a second acceptable code (or NONE).  Success
 * is only acceptable where @may_load. */
static void
check_file (const char *label,
            GBytes     *bytes,
            int         code,
            int         alt,
            gboolean    may_load)
{
  g_autofree char *path = storage_test_tmp_path ("case.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  before = storage_test_checksum (path);

  project = stolt_storage_load (file, &error);
  after = storage_test_checksum (path);
  g_assert_cmpstr (before, ==, after);

  if (project != NULL)
    {
      if (!may_load && code != NONE)
        g_error ("%s: loaded, expected error %d", label, code);
      return;
    }

  g_assert_error (error, STOLT_STORAGE_ERROR, error->code);
  if (error->code != code && error->code != alt)
    g_error ("%s: error %d (%s), expected %d or %d", label, error->code, error->message, code, alt);
  /* Every message names the file */
  g_assert_nonnull (strstr (error->message, "case.stolt"));
}

static GBytes *
patched (GBytes *bytes,
         gsize   offset,
         guint8  xor_mask)
{
  gsize length = g_bytes_get_size (bytes);
  guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), length);

  g_assert_cmpuint (offset, <, length);
  data[offset] ^= xor_mask;
  return g_bytes_new_take (data, length);
}

static GBytes *
with_be32 (GBytes *bytes,
           gsize   offset,
           guint32 value)
{
  gsize length = g_bytes_get_size (bytes);
  guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), length);

  data[offset] = value >> 24;
  data[offset + 1] = value >> 16;
  data[offset + 2] = value >> 8;
  data[offset + 3] = value;
  return g_bytes_new_take (data, length);
}

/* Runs @sql on a copy of the good file through a plain connection, as
 * an attacker or another program would, and returns the result */
static GBytes *
tampered (const char *sql)
{
  g_autofree char *path = storage_test_tmp_path ("tamper.stolt");
  sqlite3 *db = NULL;
  char *message = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_unlink (path);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (corpus.good, NULL),
                                      g_bytes_get_size (corpus.good), NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("tampering failed: %s", message);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
test_empty (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);

  check_file ("empty", bytes, STOLT_STORAGE_ERROR_NOT_PROJECT, NONE, FALSE);
}

static void
test_text_file (void)
{
  static const char text[] = "Milepæl | Aktiviteter | Dato | Ansvar\nOppstart | Møte | 2024-01-10 | Kari\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);

  check_file ("text", bytes, STOLT_STORAGE_ERROR_NOT_PROJECT, NONE, FALSE);
}

static void
test_foreign_sqlite (void)
{
  g_autofree char *path = storage_test_tmp_path ("foreign.db");
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  sqlite3 *db = NULL;
  gsize length;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE project (id INTEGER PRIMARY KEY, title TEXT);"
                                     "INSERT INTO project VALUES (1, 'not ours');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  check_file ("foreign", bytes, STOLT_STORAGE_ERROR_NOT_PROJECT, NONE, FALSE);
}

static void
test_identity (void)
{
  g_autoptr(GBytes) wrong_id = with_be32 (corpus.good, 68, 0x12345678);
  g_autoptr(GBytes) future = with_be32 (corpus.good, 60, STOLT_SCHEMA_VERSION + 1);
  g_autoptr(GBytes) far_future = with_be32 (corpus.good, 60, 0x7fffffff);
  g_autoptr(GBytes) no_version = with_be32 (corpus.good, 60, 0);
  g_autoptr(GBytes) negative = with_be32 (corpus.good, 60, 0xffffffff);

  check_file ("application_id", wrong_id, STOLT_STORAGE_ERROR_NOT_PROJECT, NONE, FALSE);
  check_file ("future version", future, STOLT_STORAGE_ERROR_NEWER_VERSION, NONE, FALSE);
  check_file ("far future version", far_future, STOLT_STORAGE_ERROR_NEWER_VERSION, NONE, FALSE);
  check_file ("version 0", no_version, STOLT_STORAGE_ERROR_NOT_PROJECT, NONE, FALSE);
  check_file ("negative version", negative, STOLT_STORAGE_ERROR_DAMAGED, NONE, FALSE);
}

static void
test_newer_message (void)
{
  g_autoptr(GBytes) future = with_be32 (corpus.good, 60, STOLT_SCHEMA_VERSION + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_storage_load_bytes (future, "Plan.stolt", &error);

  g_assert_null (project);
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version of Stolt"));
  g_assert_nonnull (strstr (error->message, "Plan.stolt"));
}

static const struct
{
  const char *label;
  const char *sql;
} tamperings[] = {
  { "trigger", "CREATE TRIGGER t AFTER INSERT ON member BEGIN DELETE FROM phase; END;" },
  { "temp-looking trigger", "CREATE TRIGGER temp_t BEFORE UPDATE ON project BEGIN SELECT 1; END;" },
  { "view", "CREATE VIEW v AS SELECT * FROM project;" },
  { "view over a name", "CREATE VIEW member_view AS SELECT id FROM member;" },
  { "missing table", "PRAGMA foreign_keys = OFF; DROP TABLE swot_item;" },
  { "missing link table", "DROP TABLE activity_predecessors;" },
  { "missing index", "DROP INDEX goal_parent;" },
  { "extra index", "CREATE INDEX extra ON goal (title);" },
  { "extra column", "ALTER TABLE member ADD COLUMN extra TEXT;" },
  { "extra table", "CREATE TABLE extra (id INTEGER) STRICT;" },
  { "not strict", "PRAGMA foreign_keys = OFF;"
                  "CREATE TABLE p2 (id INTEGER PRIMARY KEY, heading TEXT NOT NULL, body TEXT NOT NULL,"
                  " parent_id INTEGER NOT NULL, position INTEGER NOT NULL);"
                  "DROP TABLE values_section; ALTER TABLE p2 RENAME TO values_section;" },
  { "wrong column type", "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;"
                         "ALTER TABLE swot_strategy RENAME TO old;"
                         "CREATE TABLE swot_strategy (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL"
                         " REFERENCES swot_analysis (id) ON DELETE CASCADE, position INTEGER NOT NULL,"
                         " kind TEXT NOT NULL, text TEXT NOT NULL) STRICT;"
                         "INSERT INTO swot_strategy SELECT id, parent_id, position, kind, text FROM old;"
                         "DROP TABLE old;" },
  { "generated column", "ALTER TABLE phase ADD COLUMN g INTEGER GENERATED ALWAYS AS (length(title)) VIRTUAL;" },
};

static void
test_tampered (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (tamperings); i++)
    {
      g_autoptr(GBytes) bytes = tampered (tamperings[i].sql);

      g_test_message ("tampering: %s", tamperings[i].label);
      check_file (tamperings[i].label, bytes, STOLT_STORAGE_ERROR_DAMAGED, NONE, FALSE);
    }
}

/* Values that pass SQLite (no CHECK can see them, or the constraint was
 * dropped) but not the model: each is refused with the table named */
static const char *const bad_rows[] = {
  "UPDATE activity SET end_date = '1901-01-01', start_date = '2100-01-01' WHERE id = (SELECT min(id) FROM activity);",
  "UPDATE milestone SET date = '2024-02-30' WHERE id = (SELECT min(id) FROM milestone);",
  "UPDATE milestone SET phase = 1 WHERE id = (SELECT min(id) FROM milestone);",
  "UPDATE member SET parent_id = 999999 WHERE id = (SELECT min(id) FROM member);",
  "UPDATE swot_item SET text = CAST(x'c328' AS TEXT) WHERE id = (SELECT min(id) FROM swot_item);",
  "UPDATE swot_item SET text = 'a' || char(0) || 'b' WHERE id = (SELECT min(id) FROM swot_item);",
  "UPDATE phase SET id = (SELECT min(id) FROM member) WHERE id = (SELECT min(id) FROM phase);",
  "INSERT INTO activity_predecessors VALUES ((SELECT min(id) FROM activity), (SELECT min(id) FROM activity), 99);",
  "INSERT INTO project (id, title, organisation, owner, leader, mandate, purpose, vision,"
  " category_set) VALUES (2, '', '', '', '', '', '', '', 0);",
  "DELETE FROM project;",
};

static void
test_bad_rows (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_autofree char *sql = g_strconcat ("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;",
                                          bad_rows[i], NULL);
      g_autoptr(GBytes) bytes = tampered (sql);

      g_test_message ("bad row: %s", bad_rows[i]);
      check_file (bad_rows[i], bytes, STOLT_STORAGE_ERROR_DAMAGED, NONE, FALSE);
    }
}

static void
test_truncated (void)
{
  gsize length = g_bytes_get_size (corpus.good);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  static const gsize odd[] = { 1, 7, 15, 16, 17, 50, 99, 100, 101, 511, 513, 1023, 4095 };

  /* Every page boundary, then odd places */
  for (gsize offset = corpus.page_size; offset < length; offset += corpus.page_size)
    g_array_append_val (offsets, offset);
  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    if (odd[i] < length)
      g_array_append_val (offsets, odd[i]);
  for (guint i = 0; i < 20; i++)
    {
      gsize offset = g_rand_int_range (rand, 1, length);

      g_array_append_val (offsets, offset);
    }

  for (guint i = 0; i < offsets->len; i++)
    {
      gsize offset = g_array_index (offsets, gsize, i);
      g_autoptr(GBytes) bytes = g_bytes_new_from_bytes (corpus.good, 0, offset);
      g_autofree char *label = g_strdup_printf ("truncated at %" G_GSIZE_FORMAT, offset);

      check_file (label, bytes, STOLT_STORAGE_ERROR_DAMAGED, NONE, FALSE);
    }
}

/* Which outcomes a flipped bit in the 100-byte header may have */
static void
expected_for_header_byte (gsize  offset,
                          int   *code,
                          int   *alt,
                          gboolean *may_load)
{
  *alt = NONE;
  *may_load = FALSE;

  if (offset < 16 || (offset >= 68 && offset < 72))
    *code = STOLT_STORAGE_ERROR_NOT_PROJECT;         /* magic, application_id */
  else if (offset >= 60 && offset < 64)
    {
      *code = STOLT_STORAGE_ERROR_NEWER_VERSION;     /* user_version */
      *alt = STOLT_STORAGE_ERROR_NOT_PROJECT;
      if (offset == 60)
        *alt = STOLT_STORAGE_ERROR_DAMAGED;          /* negative */
    }
  else
    {
      /* Counters, hints and reserved bytes SQLite does not check */
      *code = STOLT_STORAGE_ERROR_DAMAGED;
      *may_load = TRUE;
    }
}

static void
test_header_flips (void)
{
  /* Every byte, a different bit each */
  for (gsize offset = 0; offset < 100; offset++)
    for (guint bit = offset % 8; bit < 8; bit += 8)
      {
        g_autoptr(GBytes) bytes = patched (corpus.good, offset, 1u << bit);
        g_autofree char *label = g_strdup_printf ("header byte %" G_GSIZE_FORMAT " bit %u", offset, bit);
        int code, alt;
        gboolean may_load;

        expected_for_header_byte (offset, &code, &alt, &may_load);
        check_file (label, bytes, code, alt, may_load);
      }
}

static void
test_page_flips (void)
{
  gsize length = g_bytes_get_size (corpus.good);
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);

  /* Page headers, cell pointers and cells of every page; a flip in a
   * value SQLite cannot see may load (changed), anything else is damage */
  for (gsize page = 0; page * corpus.page_size < length; page++)
    for (guint i = 0; i < 4; i++)
      {
        gsize base = page * corpus.page_size + (page == 0 ? 100 : 0);
        gsize offset = i < 2 ? base + i * 3 : base + g_rand_int_range (rand, 0, corpus.page_size - (base % corpus.page_size));
        g_autoptr(GBytes) bytes = NULL;
        g_autofree char *label = NULL;

        if (offset >= length)
          continue;
        bytes = patched (corpus.good, offset, 1u << g_rand_int_range (rand, 0, 8));
        label = g_strdup_printf ("page %" G_GSIZE_FORMAT " byte %" G_GSIZE_FORMAT, page + 1, offset);
        check_file (label, bytes, STOLT_STORAGE_ERROR_DAMAGED, NONE, TRUE);
      }
}

/* Opening as a document: the same refusal, and nothing left behind */
static void
test_document_leaves_nothing (void)
{
  g_autofree char *path = storage_test_tmp_path ("doc.stolt");
  g_autofree char *drafts = g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) trigger = tampered (tamperings[0].sql);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (corpus.good, 0, corpus.page_size * 2);
  GBytes *cases[] = { trigger, truncated };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StoltDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GDir) dir = NULL;

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (cases[i], NULL),
                                          g_bytes_get_size (cases[i]), NULL));
      before = storage_test_checksum (path);
      document = stolt_document_open (file, &error);
      g_assert_null (document);
      g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_DAMAGED);
      after = storage_test_checksum (path);
      g_assert_cmpstr (before, ==, after);

      dir = g_dir_open (drafts, 0, NULL);
      g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
    }
}

static void
test_missing_file (void)
{
  g_autofree char *path = storage_test_tmp_path ("not-there.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_storage_load (file, &error);

  g_assert_null (project);
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "not-there.stolt"));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  make_corpus ();

  g_test_add_func ("/storage/damaged/empty", test_empty);
  g_test_add_func ("/storage/damaged/text-file", test_text_file);
  g_test_add_func ("/storage/damaged/foreign-sqlite", test_foreign_sqlite);
  g_test_add_func ("/storage/damaged/identity", test_identity);
  g_test_add_func ("/storage/damaged/newer-message", test_newer_message);
  g_test_add_func ("/storage/damaged/tampered", test_tampered);
  g_test_add_func ("/storage/damaged/bad-rows", test_bad_rows);
  g_test_add_func ("/storage/damaged/truncated", test_truncated);
  g_test_add_func ("/storage/damaged/header-flips", test_header_flips);
  g_test_add_func ("/storage/damaged/page-flips", test_page_flips);
  g_test_add_func ("/storage/damaged/document", test_document_leaves_nothing);
  g_test_add_func ("/storage/damaged/missing", test_missing_file);

  result = g_test_run ();

  g_clear_object (&corpus.project);
  g_clear_pointer (&corpus.good, g_bytes_unref);
  return result;
}
