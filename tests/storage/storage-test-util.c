/* storage-test-util.c — helpers for the storage tests
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-project-builder.h"
#include "storage-test-util.h"
#include "stolt-test-util.h"

/* A canonical dump: every field of every record, generically, children
 * in list order.  Texts are escaped so that control characters show. */

/* One canonical text of a project for all tests: tests/stolt-test-util.c */
char *
storage_test_dump (StoltProject *project)
{
  return stolt_test_dump_project (project);
}

void
storage_test_assert_same (StoltProject *expected,
                          StoltProject *actual)
{
  g_autofree char *a = storage_test_dump (expected);
  g_autofree char *b = storage_test_dump (actual);

  if (strcmp (a, b) != 0)
    {
      /* Show where they part, not two walls of text */
      gsize i = 0;

      while (a[i] != '\0' && a[i] == b[i])
        i++;
      g_test_message ("dumps differ at byte %" G_GSIZE_FORMAT ":\nexpected …%.300s\nactual   …%.300s",
                      i, a + (i > 100 ? i - 100 : 0), b + (i > 100 ? i - 100 : 0));
    }
  g_assert_cmpstr (a, ==, b);
}

/* Texts */

static const char *const nasty[] = {
  "",
  "'); DROP TABLE project;--",
  "\"; DELETE FROM member; --",
  "Robert'); DROP TABLE activity; -- 'quoted' \"double\" `back` \\ backslash",
  "100% _wild_ [cards] * ? % LIKE GLOB",
  "😀🎉👩‍👩‍👧‍👦 🇸🇪🇳🇴 emoji",
  "שלום עולם — مرحبا بالعالم — mixed RTL",
  "\u202eright-to-left override\u202c and \u200f marks \u200e",
  "control \x01\x02\x03\x07\x08\t\n\v\f\r\x1b[31m\x7f chars",
  "Ærlig, øvrig, åpen — Örebro, Ångermanland",
  "line one\nline two\r\nline three\n",
  "\xef\xbb\xbf BOM and \xe2\x80\x8b zero width",
  "NULL",
  "null",
  "0x7fffffffffffffff",
  "SELECT * FROM sqlite_schema; PRAGMA writable_schema=1;",
  "-- comment /* block */",
  "e\xcc\x81 combining (é)",
  "   leading and trailing spaces   ",
};

guint
storage_test_n_nasty_texts (void)
{
  return G_N_ELEMENTS (nasty);
}

char *
storage_test_nasty_text (guint index)
{
  return g_strdup (nasty[index % G_N_ELEMENTS (nasty)]);
}

static gunichar
random_char (GRand *rand)
{
  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      return g_rand_int_range (rand, 1, 0x20); /* control characters, no NUL */
    case 1:
      return g_rand_int_range (rand, 0x1F300, 0x1F650); /* emoji */
    case 2:
      return g_rand_int_range (rand, 0x05D0, 0x05EB); /* Hebrew */
    case 3:
      return g_rand_int_range (rand, 0x0621, 0x064B); /* Arabic */
    case 4:
      return "'\";-%_\\*?[]()"[g_rand_int_range (rand, 0, 14)];
    case 5:
      return g_rand_int_range (rand, 0x00C0, 0x0180); /* Latin-1 and Latin Extended-A */
    default:
      return g_rand_int_range (rand, 0x20, 0x7F);
    }
}

char *
storage_test_random_text (GRand *rand,
                          guint  max_chars)
{
  GString *out = g_string_new (NULL);
  guint n;

  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      g_string_append (out, nasty[g_rand_int_range (rand, 0, G_N_ELEMENTS (nasty))]);
      return g_string_free (out, FALSE);
    }

  n = g_rand_int_range (rand, 0, max_chars + 1);
  for (guint i = 0; i < n; i++)
    g_string_append_unichar (out, random_char (rand));
  return g_string_free (out, FALSE);
}

static char *
long_text (guint chars,
           guint seed)
{
  GString *out = g_string_sized_new (chars * 2);
  static const char *const pieces[] = { "a", "ø", "😀", "\n", "'", "ש", "\x01" };

  for (guint i = 0; i < chars; i++)
    g_string_append (out, pieces[(i * 7 + seed) % G_N_ELEMENTS (pieces)]);
  return g_string_free (out, FALSE);
}

/* Records with random, valid values, made through core's project
 * builder as the loader makes them */

typedef struct
{
  GRand               *rand;
  StoltProjectBuilder *builder;
  GPtrArray           *records; /* borrowed from the builder, in walk order */
} Build;

static void
build_set (Build            *build,
           StoltRecord      *record,
           const StoltField *field,
           const GValue     *value)
{
  g_autoptr(GError) error = NULL;

  if (!stolt_record_check_value (record, field, value, &error))
    g_error ("test made a bad value for %s: %s", field->name, error->message);
  g_assert_true (stolt_project_builder_set (build->builder, record, field, value, &error));
  g_assert_no_error (error);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
random_value (GRand            *rand,
              StoltRecord      *record,
              const StoltField *field,
              gboolean          long_texts,
              GValue           *value)
{
  /* Stolt's own fields (the project's uid) keep what the record made */
  if ((field->flags & STOLT_FIELD_FLAG_INTERNAL) != 0)
    return FALSE;

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      {
        g_autofree char *text = long_texts ? long_text (100000, g_rand_int (rand) % 97)
                                           : storage_test_random_text (rand, 40);

        if ((field->flags & STOLT_FIELD_FLAG_REQUIRED) != 0 && is_blank (text))
          {
            g_free (text);
            text = g_strdup ("x");
          }
        g_value_init (value, G_TYPE_STRING);
        g_value_set_string (value, text);
      }
      return TRUE;
    case STOLT_FIELD_DATE:
      {
        const StoltField *start = stolt_record_find_field (record, "start-date");
        guint32 date = 0;

        if (g_rand_int_range (rand, 0, 5) != 0)
          date = g_rand_int_range (rand, stolt_date_min (), stolt_date_max () + 1);
        /* An end never before its start */
        if (strcmp (field->name, "end-date") == 0 && start != NULL && date != 0 &&
            date < stolt_record_get_date (record, start))
          date = stolt_record_get_date (record, start);
        g_value_init (value, G_TYPE_UINT);
        g_value_set_uint (value, date);
      }
      return TRUE;
    case STOLT_FIELD_INT:
      g_value_init (value, G_TYPE_INT);
      g_value_set_int (value, g_rand_int_range (rand, (gint32) field->min, (gint32) field->max + 1));
      return TRUE;
    case STOLT_FIELD_DOUBLE:
      {
        double number = g_rand_double_range (rand, field->min, field->max);

        if (g_rand_boolean (rand))
          number = round (number * 4) / 4;
        g_value_init (value, G_TYPE_DOUBLE);
        g_value_set_double (value, CLAMP (number, field->min, field->max));
      }
      return TRUE;
    case STOLT_FIELD_BOOLEAN:
      g_value_init (value, G_TYPE_BOOLEAN);
      g_value_set_boolean (value, g_rand_boolean (rand));
      return TRUE;
    case STOLT_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());

        g_value_init (value, field->enum_type ());
        g_value_set_enum (value, enum_class->values[g_rand_int_range (rand, 0, enum_class->n_values)].value);
      }
      return TRUE;
    case STOLT_FIELD_REF:
    case STOLT_FIELD_REFS:
      return FALSE; /* set once ids exist: randomize_refs () */
    default:
      g_assert_not_reached ();
    }
}

/**
 * storage_test_random_value:
 * @record: whose field; an end date is kept after its start
 * @value: (out caller-allocates): an empty GValue
 *
 * Returns: FALSE, leaving @value empty, for fields nobody sets at random
 *   (Stolt's own, and links, which need ids)
 */
gboolean
storage_test_random_value (GRand            *rand,
                           StoltRecord      *record,
                           const StoltField *field,
                           GValue           *value)
{
  return random_value (rand, record, field, FALSE, value);
}

static StoltRecord *
build_record (Build    *build,
              GType     type,
              gboolean  long_texts)
{
  StoltRecord *record = stolt_project_builder_add (build->builder, type, 0);
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  g_ptr_array_add (build->records, record);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (random_value (build->rand, record, &klass->fields[i], long_texts, &value))
        build_set (build, record, &klass->fields[i], &value);
    }
  return record;
}

/**
 * storage_test_add_random_record:
 * @owner: a record of @project
 * @list: which of @owner's lists
 *
 * Adds a new record of the type @list holds, with random values, as one
 * undoable step through the project.
 *
 * Returns: (transfer none): the record
 */
StoltRecord *
storage_test_add_random_record (GRand        *rand,
                                StoltProject *project,
                                StoltRecord  *owner,
                                guint         list,
                                guint         position)
{
  StoltRecordClass *owner_class = STOLT_RECORD_GET_CLASS (owner);
  g_autoptr(StoltRecord) record = g_object_new (owner_class->child_types[list], NULL);
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);
  g_autoptr(GError) error = NULL;

  stolt_project_begin_group (project, "Add a random record");
  g_assert_true (stolt_project_add (project, owner, list, position, record, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!random_value (rand, record, &klass->fields[i], FALSE, &value))
        continue;
      stolt_project_set (project, record, klass->fields[i].name, &value, &error);
      g_assert_no_error (error);
    }
  stolt_project_end_group (project);
  return record;
}

static void
add_children (Build       *build,
              StoltRecord *record,
              guint        size,
              guint        depth,
              guint        at_least)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_children; i++)
    {
      guint n = size == 0 ? 0 : g_rand_int_range (build->rand, at_least, MAX (size, at_least) + 1);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      for (guint j = 0; j < n; j++)
        {
          StoltRecord *child = build_record (build, klass->child_types[i], FALSE);

          add_children (build, child, depth == 0 ? size : 0, depth + 1, at_least);
          g_ptr_array_add (children, child);
        }
      if (n > 0)
        stolt_project_builder_append (build->builder, record, i, (StoltRecord **) children->pdata, n);
    }
}

static void
collect_ids (Build      *build,
             GHashTable *by_table)
{
  for (guint i = 0; i < build->records->len; i++)
    {
      StoltRecord *record = g_ptr_array_index (build->records, i);
      const char *table = STOLT_RECORD_GET_CLASS (record)->table;
      GArray *ids = g_hash_table_lookup (by_table, table);
      gint64 id = stolt_record_get_id (record);

      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (by_table, (gpointer) table, ids);
        }
      g_array_append_val (ids, id);
    }
}

static void
random_refs (Build       *build,
             GHashTable  *by_table,
             StoltRecord *record)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);
  gint64 self_id = stolt_record_get_id (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];
      GArray *ids;
      g_auto(GValue) value = G_VALUE_INIT;

      if (field->kind != STOLT_FIELD_REF && field->kind != STOLT_FIELD_REFS)
        continue;
      ids = g_hash_table_lookup (by_table, field->ref_table);

      if (field->kind == STOLT_FIELD_REF)
        {
          gint64 id = 0;

          if (ids != NULL && g_rand_boolean (build->rand))
            id = g_array_index (ids, gint64, g_rand_int_range (build->rand, 0, ids->len));
          /* A link to the same table (a SWOT item's cluster) points backwards */
          if (g_strcmp0 (field->ref_table, klass->table) == 0 && id >= self_id)
            id = 0;
          g_value_init (&value, G_TYPE_INT64);
          g_value_set_int64 (&value, id);
        }
      else
        {
          g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
          guint n = ids != NULL ? g_rand_int_range (build->rand, 0, MIN (ids->len, 4) + 1) : 0;

          for (guint j = 0; j < n; j++)
            {
              gint64 *id = &g_array_index (ids, gint64, g_rand_int_range (build->rand, 0, ids->len));

              /* Links to the same table only point backwards: no cycles */
              if (g_strcmp0 (field->ref_table, klass->table) == 0 && *id >= self_id)
                continue;
              if (g_hash_table_add (seen, id))
                g_array_append_val (refs, *id);
            }
          g_value_init (&value, G_TYPE_ARRAY);
          g_value_set_boxed (&value, refs->len > 0 ? refs : NULL);
        }
      build_set (build, record, field, &value);
    }
}

static void
randomize_refs (Build *build)
{
  g_autoptr(GHashTable) by_table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);

  collect_ids (build, by_table);
  for (guint i = 0; i < build->records->len; i++)
    random_refs (build, by_table, g_ptr_array_index (build->records, i));
}

static void
build_init (Build *build,
            GRand *rand)
{
  build->rand = rand;
  build->builder = stolt_project_builder_new ();
  build->records = g_ptr_array_new ();
}

/* Checks the whole (links too) and frees @build */
static StoltProject *
build_finish (Build *build)
{
  g_autoptr(GError) error = NULL;
  StoltProject *project = stolt_project_builder_finish (build->builder, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  g_clear_pointer (&build->builder, stolt_project_builder_free);
  g_clear_pointer (&build->records, g_ptr_array_unref);
  return project;
}

StoltProject *
storage_test_random_project (GRand *rand,
                             guint  size)
{
  Build build;
  StoltRecord *card;

  build_init (&build, rand);
  card = build_record (&build, STOLT_TYPE_PROJECT_CARD, FALSE);
  add_children (&build, card, size, 0, 0);
  randomize_refs (&build);
  return build_finish (&build);
}

static void
set_every_text (Build       *build,
                StoltRecord *record,
                guint       *counter,
                guint        text_chars)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      if (field->kind != STOLT_FIELD_TEXT || (field->flags & STOLT_FIELD_FLAG_INTERNAL) != 0)
        continue;
      text = text_chars > 0 ? long_text (text_chars, *counter) : storage_test_nasty_text (*counter);
      (*counter)++;
      while (is_blank (text) && (field->flags & STOLT_FIELD_FLAG_REQUIRED) != 0)
        {
          g_free (text);
          text = storage_test_nasty_text ((*counter)++);
        }
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, text);
      build_set (build, record, field, &value);
    }
}

/* Two of every record type, every text field set to a nasty text (or
 * to a long one of @text_chars characters) */
StoltProject *
storage_test_every_field_project (guint text_chars)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  Build build;
  StoltRecord *card;
  guint counter = 0;

  build_init (&build, rand);
  card = build_record (&build, STOLT_TYPE_PROJECT_CARD, FALSE);
  add_children (&build, card, 2, 0, 2);
  randomize_refs (&build);
  for (guint i = 0; i < build.records->len; i++)
    set_every_text (&build, g_ptr_array_index (build.records, i), &counter, text_chars);
  return build_finish (&build);
}

/* Files */

char *
storage_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("missing");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* A path in the test case's own folder: with G_TEST_OPTION_ISOLATE_DIRS
 * the cache folder is a fresh one per test case */
char *
storage_test_tmp_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "files", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}
