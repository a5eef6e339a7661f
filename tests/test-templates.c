/* test-templates.c — the built-in templates build valid projects
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <locale.h>

#include "stolt-date.h"
#include "stolt-export-util.h"
#include "stolt-keyfile-reader.h"
#include "stolt-plan-stats.h"
#include "stolt-report.h"
#include "stolt-test-util.h"
#include "stolt-templates.h"

static guint
count (StoltProject    *project,
       StoltProjectList list)
{
  return g_list_model_get_n_items (stolt_project_get_list (project, list));
}

typedef struct
{
  guint32 earliest;
  guint   n_dates;
} DateWalk;

static void
earliest_date_cb (gpointer data,
                  gpointer user_data)
{
  StoltRecord *record = data;
  DateWalk *walk = user_data;
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      guint32 day;

      if (klass->fields[i].kind != STOLT_FIELD_DATE)
        continue;
      day = stolt_record_get_date (record, &klass->fields[i]);
      if (day == STOLT_DATE_NONE)
        continue;
      walk->n_dates++;
      walk->earliest = MIN (walk->earliest, day);
    }
}

static guint
count_late (StoltProject *project,
            guint32       today)
{
  static const StoltProjectList lists[] = { STOLT_LIST_MILESTONES, STOLT_LIST_MEASURES };
  guint late = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GListModel *list = stolt_project_get_list (project, lists[l]);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(StoltRecord) record = g_list_model_get_item (list, i);
          const char *due = lists[l] == STOLT_LIST_MILESTONES ? "date" : "deadline";

          late += stolt_status_is_late (stolt_record_get_int (record,
                                          stolt_record_find_field (record, "status")),
                                        stolt_record_get_date (record,
                                          stolt_record_find_field (record, due)),
                                        today);
        }
    }
  return late;
}

/* Every template, in both languages, made today: it opens, it is valid,
 * nothing in it lies in the past or is late, and it prints */
static void
test_every_template (void)
{
  guint n;
  const StoltTemplate *templates = stolt_templates_get (&n);
  guint32 today = stolt_date_today ();
  g_autofree char *folder = g_dir_make_tmp ("stolt-templates-XXXXXX", NULL);

  g_assert_cmpuint (n, >=, 10);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StoltProject) project = stolt_templates_create (templates[i].id, &error);
      g_autofree char *path = g_build_filename (folder, "report.pdf", NULL);
      g_autoptr(GFile) pdf = g_file_new_for_path (path);
      StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;
      StoltRecord *card;
      DateWalk walk = { G_MAXUINT32, 0 };
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_test_message ("%s", templates[i].id);
      g_assert_no_error (error);
      g_assert_nonnull (project);
      card = STOLT_RECORD (stolt_project_get_card (project));
      g_assert_true (stolt_project_check (project, NULL));
      g_assert_false (stolt_undo_stack_get_can_undo (stolt_project_get_undo_stack (project)));
      g_assert_false (stolt_undo_stack_get_modified (stolt_project_get_undo_stack (project)));
      g_assert_null (strchr (templates[i].id, ' '));
      g_assert_true (g_str_has_prefix (templates[i].id, templates[i].base));
      g_assert_true (g_str_has_suffix (templates[i].id, templates[i].language));

      /* It starts on the first Monday of next month, all ahead of today */
      earliest_date_cb (card, &walk);
      stolt_project_foreach (project, earliest_date_cb, &walk);
      g_assert_cmpuint (walk.n_dates, >, 0);
      g_assert_cmpuint (walk.earliest, >, today);
      g_assert_cmpuint (stolt_record_get_date (card, stolt_record_find_field (card, "start-date")),
                        ==, stolt_keyfile_origin (today));
      g_assert_cmpuint (count_late (project, today), ==, 0);

      g_assert_true (stolt_report_pdf_export (project, &options, pdf, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (length > 1000 && g_str_has_prefix (contents, "%PDF-"));
      g_unlink (path);
    }
  g_rmdir (folder);
}

/* Both languages of a template hold the same plan, written each
 * country's way */
static void
test_languages (void)
{
  guint n;
  const StoltTemplate *templates = stolt_templates_get (&n);

  for (guint i = 0; i + 1 < n; i += 2)
    {
      g_autoptr(StoltProject) sv = stolt_templates_create (templates[i].id, NULL);
      g_autoptr(StoltProject) nb = stolt_templates_create (templates[i + 1].id, NULL);
      g_autofree char *sv_dump = stolt_test_dump_project (sv);
      g_autofree char *nb_dump = stolt_test_dump_project (nb);

      g_assert_cmpstr (templates[i].base, ==, templates[i + 1].base);
      g_assert_cmpstr (templates[i].language, ==, "sv");
      g_assert_cmpstr (templates[i + 1].language, ==, "nb");
      g_assert_cmpstr (sv_dump, !=, nb_dump);
      for (guint l = 0; l < STOLT_N_LISTS; l++)
        g_assert_cmpuint (count (sv, l) > 0, ==, count (nb, l) > 0);
    }
}

static void
collect_text_cb (gpointer data,
                 gpointer user_data)
{
  StoltRecord *record = data;
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == STOLT_FIELD_TEXT)
      {
        g_string_append (user_data, stolt_record_get_text (record, &klass->fields[i]));
        g_string_append_c (user_data, '\n');
      }
}

/* The words each country's municipalities use (GLOSSARY.md) */
static void
test_words (void)
{
  static const struct { const char *id; const char *words[3]; } cases[] = {
    { "employer-policy-sv", { "facklig", "kommunfullmäktige", NULL } },
    { "employer-policy-nb", { "tillitsvalgte", "kommunestyret", NULL } },
    { "competence-supply-sv", { "handlingsprogram", "facklig", "kommunfullmäktige" } },
    { "competence-supply-nb", { "handlingsplan", "tillitsvalgte", "kommunestyret" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StoltProject) project = stolt_templates_create (cases[i].id, NULL);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *lower = NULL;

      collect_text_cb (stolt_project_get_card (project), text);
      stolt_project_foreach (project, collect_text_cb, text);
      lower = g_utf8_strdown (text->str, -1);

      for (guint w = 0; w < G_N_ELEMENTS (cases[i].words) && cases[i].words[w] != NULL; w++)
        {
          g_test_message ("%s: %s", cases[i].id, cases[i].words[w]);
          g_assert_nonnull (strstr (lower, cases[i].words[w]));
        }
    }
}

/* ARUBA in Swedish, KS's categories in Norwegian */
static void
test_category_sets (void)
{
  g_autoptr(StoltProject) sv = stolt_templates_create ("attractive-employer-sv", NULL);
  g_autoptr(StoltProject) nb = stolt_templates_create ("attractive-employer-nb", NULL);
  StoltRecord *sv_card = STOLT_RECORD (stolt_project_get_card (sv));
  StoltRecord *nb_card = STOLT_RECORD (stolt_project_get_card (nb));

  g_assert_cmpint (stolt_record_get_int (sv_card, stolt_record_find_field (sv_card, "category-set")),
                   ==, STOLT_CATEGORY_SET_ARUBA);
  g_assert_cmpint (stolt_record_get_int (nb_card, stolt_record_find_field (nb_card, "category-set")),
                   ==, STOLT_CATEGORY_SET_KS);
  g_assert_cmpuint (count (sv, STOLT_LIST_MEASURES), >=, 5);
  g_assert_cmpuint (count (nb, STOLT_LIST_MEASURES), >=, 4);
}

static void
test_ks_network (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("employer-policy-nb", NULL);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  g_autoptr(StoltRecord) milestone = g_list_model_get_item (stolt_project_get_list (project,
                                                            STOLT_LIST_MILESTONES), 1);
  g_autoptr(StoltRecord) phase = g_list_model_get_item (stolt_project_get_list (project,
                                                        STOLT_LIST_PHASES), 0);

  g_assert_cmpstr (stolt_record_get_title (card), ==, "Ny arbeidsgiverpolitikk for Hamar kommune");
  g_assert_cmpint (stolt_project_card_get_category_set (STOLT_PROJECT_CARD (card)), ==,
                   STOLT_CATEGORY_SET_KS);
  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, 5);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, 8);
  g_assert_cmpstr (stolt_record_get_title (milestone), ==, "Politisk mandat på plass");
  g_assert_cmpint (stolt_milestone_get_phase (STOLT_MILESTONE (milestone)),
                   ==, stolt_record_get_id (phase));
}

/* "+12w+3d" counts from the origin; the origin is the first Monday of
 * next month, in December too */
static void
test_relative_dates (void)
{
  static const struct { int y, m, d, oy, om, od; } origins[] = {
    { 2026, 12, 2, 2027, 1, 4 },
    { 2026, 11, 30, 2026, 12, 7 },
    { 2027, 1, 31, 2027, 2, 1 },
    { 2028, 2, 29, 2028, 3, 6 },
  };
  guint32 origin = stolt_date_from_ymd (2027, 1, 4);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(StoltProject) project = NULL;
  StoltRecord *card;

  for (guint i = 0; i < G_N_ELEMENTS (origins); i++)
    g_assert_cmpuint (stolt_keyfile_origin (stolt_date_from_ymd (origins[i].y, origins[i].m,
                                                                 origins[i].d)), ==,
                      stolt_date_from_ymd (origins[i].oy, origins[i].om, origins[i].od));

  g_assert_true (g_key_file_load_from_data (keyfile,
                 "[project]\ntitle=x\nstart-date=+0w\nend-date=+12w+3d\n", -1, 0, NULL));
  project = stolt_keyfile_read_from (keyfile, origin, NULL);
  card = STOLT_RECORD (stolt_project_get_card (project));
  g_assert_cmpuint (stolt_record_get_date (card, stolt_record_find_field (card, "start-date")),
                    ==, origin);
  g_assert_cmpuint (stolt_record_get_date (card, stolt_record_find_field (card, "end-date")),
                    ==, stolt_date_from_ymd (2027, 3, 29) + 3);
}

/* Printed hours as the app shows them, under the user's locale */
static void
test_report_hours (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *c_hours = stolt_export_format_hours (1200.5);

  g_assert_cmpstr (c_hours, ==, "1200.5");
  if (!stolt_test_set_locale ("nb_NO.UTF-8"))
    {
      g_test_skip ("nb_NO.UTF-8 is not installed and localedef could not make it");
      return;
    }

  {
    g_autofree char *hours = stolt_export_format_hours (1200.5);
    g_autofree char *whole = stolt_export_format_hours (16);

    setlocale (LC_ALL, saved);
    g_assert_cmpstr (hours, ==, "1\u00a0200,5");
    g_assert_cmpstr (whole, ==, "16");
  }
}

/* An id without its language is the user's language; the old ids stay */
static void
test_language_pick (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  static const struct { const char *env; const char *title; } cases[] = {
    { "sv", "Nytt projekt" }, { "nb", "Nytt prosjekt" }, { "nn:sv", "Nytt prosjekt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StoltProject) project = NULL;

      g_setenv ("LANGUAGE", cases[i].env, TRUE);
      project = stolt_templates_create ("empty", NULL);
      g_assert_cmpstr (stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (project))),
                       ==, cases[i].title);
    }
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  {
    g_autoptr(StoltProject) old = stolt_templates_create ("ks-nettverk", NULL);
    g_autoptr(StoltProject) sv = stolt_templates_create ("handlingsprogram", NULL);

    g_assert_nonnull (old);
    g_assert_nonnull (sv);
  }
}

static void
test_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_templates_create ("no-such-template", &error);

  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "employer-policy-nb"));
}

/* The reader holds templates to the model's rules */
static void
test_reader_refuses (void)
{
  static const char *bad[] = {
    "[milestone m]\ntitle=\n",                              /* required title empty */
    "[milestone m]\ndate=2016-13-01\ntitle=x\n",             /* no such date */
    "[milestone m]\ntitle=x\nstatus=late\n",                 /* late is never stored */
    "[milestone m]\ntitle=x\nphase=nowhere\n",               /* dangling link */
    "[activity a]\ntitle=a\npredecessors=a\n",               /* a cycle */
    "[activity a]\ntitle=a\npredecessors=b\n[activity b]\ntitle=b\npredecessors=a\n",
    "[activity a]\ntitle=a\n[milestone m]\ntitle=x\nphase=a\n",   /* a link to the wrong kind */
    "[phase p]\ntitle=p\n[phase q]\ntitle=q\n[milestone m]\ntitle=x\nphase=p;q;\n",
    "[activity a]\ntitle=a\nstart-date=2016-02-01\nend-date=2016-01-01\n",
    "[swot_item i]\ntext=x\n",                               /* an item needs its analysis */
    "[nonsense n]\ntitle=x\n",
    "[milestone m]\ntitle=x\n[activity m]\ntitle=y\n",      /* one key, two records */
    "[project]\nuid=6f1c2f4e-6a53-4a8b-9d62-1b1f5e0d2c11\n",  /* only Stolt sets the uid */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(StoltProject) project = NULL;

      if (!g_key_file_load_from_data (keyfile, bad[i], -1, G_KEY_FILE_NONE, NULL))
        continue;  /* GKeyFile itself refused it: fine too */

      project = stolt_keyfile_read (keyfile, &error);
      if (project != NULL)
        g_test_message ("accepted: %s", bad[i]);
      g_assert_null (project);
      g_assert_nonnull (error);
    }
}

/* The project each template builds, field by field, is the one recorded
 * in tests/data/templates/<id>.dump: changing how templates are read
 * must not change what they make.  The uid is new each time and left out.
 * With STOLT_WRITE_GOLDEN=1 in the environment the dumps are written
 * instead (into the source tree), after a change meant to alter them. */
static char *
dump_without_uid (StoltProject *project)
{
  g_autofree char *dump = stolt_test_dump_project (project);
  g_autoptr(GRegex) uid = g_regex_new (" uid=\"[^\"]*\"", 0, 0, NULL);

  return g_regex_replace_literal (uid, dump, -1, 0, " uid=\"…\"", 0, NULL);
}

static void
test_golden (void)
{
  guint n;
  const StoltTemplate *templates = stolt_templates_get (&n);
  guint32 origin = stolt_date_from_ymd (2027, 1, 4);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StoltProject) project = stolt_templates_create_from (templates[i].id, origin, &error);
      g_autofree char *name = g_strconcat (templates[i].id, ".dump", NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "templates", name, NULL);
      g_autofree char *dump = NULL;
      g_autofree char *golden = NULL;

      g_assert_no_error (error);
      dump = dump_without_uid (project);
      g_assert_nonnull (strstr (dump, " uid=\"…\""));
      if (g_strcmp0 (g_getenv ("STOLT_WRITE_GOLDEN"), "1") == 0)
        {
          g_assert_true (g_file_set_contents (path, dump, -1, &error));
          g_assert_no_error (error);
        }
      g_assert_true (g_file_get_contents (path, &golden, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (dump, ==, golden);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/every", test_every_template);
  g_test_add_func ("/templates/languages", test_languages);
  g_test_add_func ("/templates/words", test_words);
  g_test_add_func ("/templates/category-sets", test_category_sets);
  g_test_add_func ("/templates/relative-dates", test_relative_dates);
  g_test_add_func ("/templates/language-pick", test_language_pick);
  g_test_add_func ("/templates/ks-network", test_ks_network);
  g_test_add_func ("/templates/report-hours", test_report_hours);
  g_test_add_func ("/templates/unknown", test_unknown);
  g_test_add_func ("/templates/reader-refuses", test_reader_refuses);
  g_test_add_func ("/templates/golden", test_golden);

  return g_test_run ();
}
