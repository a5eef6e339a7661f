/* test-csv-import.c — CSV files in, and Stolt's own CSV out and back
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "stolt-csv-export.h"
#include "stolt-csv-import.h"
#include "stolt-csv-match.h"
#include "stolt-date.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"

static StoltCsvImport *
import_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  StoltCsvImport *import = stolt_csv_import_new (bytes, "test.csv", &error);

  g_assert_no_error (error);
  return import;
}

static guint
count (StoltProject    *project,
       StoltProjectList list)
{
  return g_list_model_get_n_items (stolt_project_get_list (project, list));
}

static const char *
phase_title (StoltProject *project,
             StoltRecord  *record)
{
  gint64 id = STOLT_IS_MILESTONE (record) ? stolt_milestone_get_phase (STOLT_MILESTONE (record))
                                          : stolt_activity_get_phase (STOLT_ACTIVITY (record));

  return id != 0 ? stolt_record_get_title (stolt_project_lookup (project, id)) : "";
}

static char *
predecessor_codes (StoltProject *project,
                   StoltRecord  *activity)
{
  guint n_ids;
  const gint64 *ids = stolt_activity_get_predecessors (STOLT_ACTIVITY (activity), &n_ids);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (out, "%s|",
                            stolt_activity_get_code (STOLT_ACTIVITY (stolt_project_lookup (project, ids[i]))));
  return g_string_free (out, FALSE);
}

/* What CSV carries of a milestone or an activity, as one text */
static char *
describe (StoltProject *project,
          StoltRecord  *record)
{
  g_autofree char *codes = NULL;

  if (STOLT_IS_MILESTONE (record))
    return g_strdup_printf ("M %s|%u|%s|%s|%d|%d|%s|%s", stolt_record_get_title (record),
                            stolt_milestone_get_date (STOLT_MILESTONE (record)), stolt_milestone_get_responsible (STOLT_MILESTONE (record)),
                            stolt_milestone_get_activities (STOLT_MILESTONE (record)), stolt_milestone_get_decision (STOLT_MILESTONE (record)),
                            stolt_milestone_get_status (STOLT_MILESTONE (record)), phase_title (project, record),
                            stolt_milestone_get_notes (STOLT_MILESTONE (record)));

  codes = predecessor_codes (project, record);
  return g_strdup_printf ("A %s|%s|%u|%u|%s|%.6f|%d|%s|%s|%s", stolt_activity_get_code (STOLT_ACTIVITY (record)),
                          stolt_record_get_title (record), stolt_activity_get_start_date (STOLT_ACTIVITY (record)),
                          stolt_activity_get_end_date (STOLT_ACTIVITY (record)), stolt_activity_get_responsible (STOLT_ACTIVITY (record)),
                          stolt_activity_get_hours (STOLT_ACTIVITY (record)),
                          stolt_activity_get_progress (STOLT_ACTIVITY (record)), phase_title (project, record), codes,
                          stolt_activity_get_notes (STOLT_ACTIVITY (record)));
}

static char *
describe_list (StoltProject     *project,
               StoltProjectList  list)
{
  GListModel *records = stolt_project_get_list (project, list);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (records, i);
      g_autofree char *text = describe (project, record);

      g_string_append_printf (out, "%s\n", text);
    }
  return g_string_free (out, FALSE);
}

/* The KS network template, with texts that test quoting */
static StoltProject *
nasty_project (void)
{
  g_autoptr(GError) error = NULL;
  StoltProject *project = stolt_templates_create ("ks-nettverk", &error);
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  StoltRecord *activity = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 2);

  g_assert_no_error (error);
  stolt_test_set_text (project, milestone, "title", "Møte, «åpning»; steg \"1\"");
  stolt_test_set_text (project, milestone, "notes", "Första raden\nAndra raden; med semikolon, och komma\n");
  stolt_test_set_text (project, activity, "responsible", "  Åsa Ödmark, HR  ");
  stolt_test_set_text (project, activity, "notes", "Tab\there \"quoted\"\r\nand CR LF");
  stolt_project_set_double (project, activity, "hours", 16.25, &error);
  g_assert_no_error (error);
  return project;
}

/* What the import makes of @text: every line break in a field is \n,
 * and texts on one line lose their outer spaces */
static char *
as_imported (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  g_autofree char *joined = g_strjoinv ("\n", lines);
  g_auto(GStrv) pieces = g_strsplit (joined, "  Åsa Ödmark, HR  ", -1);

  return g_strjoinv ("Åsa Ödmark, HR", pieces);
}

static void
assert_round_trip (StoltProject *project)
{
  g_autoptr(GBytes) bytes = stolt_csv_export_to_bytes (project, TRUE);
  g_autoptr(StoltCsvImport) import = NULL;
  g_autoptr(StoltProject) copy = stolt_project_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *milestones = describe_list (project, STOLT_LIST_MILESTONES);
  g_autofree char *activities = describe_list (project, STOLT_LIST_ACTIVITIES);
  g_autofree char *copied_milestones = NULL;
  g_autofree char *copied_activities = NULL;
  g_autofree char *expected = NULL;
  guint n_good = 0, n_imported = 0;

  import = stolt_csv_import_new (bytes, "export.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpint (stolt_csv_import_get_delimiter (import), ==, stolt_csv_locale_delimiter ());
  g_assert_true (stolt_csv_import_get_has_header (import));
  g_assert_cmpuint (stolt_csv_import_get_n_columns (import), ==, STOLT_N_CSV_COLUMNS - 1);
  for (guint i = 0; i < STOLT_N_CSV_COLUMNS - 1; i++)
    g_assert_cmpint (stolt_csv_import_get_mapping (import, i), ==, i + 1);

  problems = stolt_csv_import_check (import, copy, &n_good);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (n_good, ==, count (project, STOLT_LIST_MILESTONES) +
                                count (project, STOLT_LIST_ACTIVITIES));
  g_assert_true (stolt_csv_import_apply (import, copy, &n_imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_imported, ==, n_good);

  copied_milestones = describe_list (copy, STOLT_LIST_MILESTONES);
  copied_activities = describe_list (copy, STOLT_LIST_ACTIVITIES);
  g_assert_cmpstr (copied_milestones, ==, milestones);
  expected = as_imported (activities);
  g_assert_cmpstr (copied_activities, ==, expected);
  g_assert_cmpuint (count (copy, STOLT_LIST_PHASES), ==, 3);
}

static void
test_round_trip (void)
{
  g_autoptr(StoltProject) project = nasty_project ();

  assert_round_trip (project);
}

/* In a locale with a decimal comma: ';', "16,25", and back */
static void
test_round_trip_decimal_comma (void)
{
  const char *locales[] = { "sv_SE.UTF-8", "nb_NO.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autoptr(StoltProject) project = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      tried++;
      project = nasty_project ();
      g_assert_cmpint (stolt_csv_locale_delimiter (), ==, ';');
      bytes = stolt_csv_export_to_bytes (project, FALSE);
      g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      ";16,25;"));
      assert_round_trip (project);
    }
  setlocale (LC_ALL, saved);

  if (tried == 0)
    g_test_skip ("neither sv_SE.UTF-8 nor nb_NO.UTF-8 is installed");
}

/* What Excel writes in Sweden: a BOM, ';', decimal commas, Swedish names */
static void
test_excel_swedish (void)
{
  g_autoptr(StoltCsvImport) import =
    import_text ("\xef\xbb\xbfTyp;Kod;Benämning;Startdatum;Slutdatum;Ansvarig;Timmar;Framsteg;Fas;"
                 "Föregångare;Anteckningar\r\n"
                 "Aktivitet;B1;Kartlägga kompetensbehov;2026-09-14;2026-10-02;Åsa;12,5;40 %;"
                 "Kartläggning;;\"Se bilaga; del 2\"\r\n"
                 "Aktivitet;B2;Workshop med chefer;2026-10-05;2026-10-05;;3,75;0;Kartläggning;B1;\r\n"
                 "Milstolpe;;Beslut i KF;;2026-11-30;Kommunstyrelsen;;;Beslut;;\r\n");
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(GError) error = NULL;
  StoltRecord *first, *second, *milestone;
  guint n = 0;

  g_assert_cmpint (stolt_csv_import_get_delimiter (import), ==, ';');
  g_assert_cmpstr (stolt_csv_import_get_encoding (import), ==, "UTF-8");
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 2), ==, STOLT_CSV_COLUMN_TITLE);
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 7), ==, STOLT_CSV_COLUMN_PROGRESS);
  g_assert_cmpstr (stolt_csv_import_get_column_name (import, 2), ==, "Benämning");

  g_assert_true (stolt_csv_import_apply (import, project, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);

  first = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0);
  second = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1);
  milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  g_assert_cmpstr (stolt_activity_get_code (STOLT_ACTIVITY (first)), ==, "B1");
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (first)), ==, stolt_date_from_ymd (2026, 9, 14));
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (first)), ==, 12.5);
  g_assert_cmpint (stolt_activity_get_progress (STOLT_ACTIVITY (first)), ==, 40);
  g_assert_cmpstr (stolt_activity_get_notes (STOLT_ACTIVITY (first)), ==, "Se bilaga; del 2");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (second)), ==, 3.75);
  {
    g_autofree char *codes = predecessor_codes (project, second);

    g_assert_cmpstr (codes, ==, "B1|");
  }
  /* Two phases named in the file: "Kartläggning" once, "Beslut" once */
  g_assert_cmpuint (count (project, STOLT_LIST_PHASES), ==, 2);
  g_assert_cmpstr (phase_title (project, first), ==, "Kartläggning");
  g_assert_cmpstr (phase_title (project, second), ==, "Kartläggning");
  g_assert_cmpstr (stolt_record_get_title (milestone), ==, "Beslut i KF");
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, stolt_date_from_ymd (2026, 11, 30));
}

/* Seed 001, slide 58, typed into Excel in Norway and saved as ANSI:
 * no Type column (no start, no hours: milestones), dotted dates */
static void
test_excel_norwegian_ansi (void)
{
  g_autoptr(StoltCsvImport) import =
    import_text ("Milep\xe6l;Aktiviteter;Dato;Ansvar\r\n"
                 "Prosjektplan levert;\"Prosjektlederm\xf8te,\r\nprosjektplan\";15.01.2016;Prosjektleder\r\n"
                 "Politisk mandat p\xe5 plass;Sak til kommunestyret;15.3.2016;R\xe5" "dmann\r\n");
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autoptr(GError) error = NULL;
  guint before = count (project, STOLT_LIST_MILESTONES);
  StoltRecord *second;

  g_assert_cmpstr (stolt_csv_import_get_encoding (import), ==, "Windows-1252");
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 0), ==, STOLT_CSV_COLUMN_TITLE);
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 1), ==, STOLT_CSV_COLUMN_ACTIVITIES);
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 2), ==, STOLT_CSV_COLUMN_END);
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 3), ==, STOLT_CSV_COLUMN_RESPONSIBLE);
  g_assert_cmpuint (stolt_csv_import_get_line (import, 1), ==, 4);

  g_assert_true (stolt_csv_import_apply (import, project, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, before + 2);
  second = stolt_test_nth (project, STOLT_LIST_MILESTONES, before + 1);
  g_assert_cmpstr (stolt_record_get_title (second), ==, "Politisk mandat på plass");
  g_assert_cmpstr (stolt_milestone_get_responsible (STOLT_MILESTONE (second)), ==, "Rådmann");
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (second)), ==, stolt_date_from_ymd (2016, 3, 15));
  g_assert_cmpstr (stolt_milestone_get_activities (STOLT_MILESTONE (stolt_test_nth (project, STOLT_LIST_MILESTONES, before))),
                   ==, "Prosjektledermøte,\nprosjektplan");
}

/* Every bad row, with the line it starts on, counting quoted newlines */
static const char bad_file[] =
  "Type,Code,Title,Start,End / Date,Hours,Predecessors,Notes\r\n"    /* 1 */
  "Activity,A1,Good one,2026-01-05,2026-01-09,10,,\"note\r\n"        /* 2 */
  "spanning\r\n"                                                     /* 3 */
  "three lines\"\r\n"                                                /* 4 */
  "Activity,A2,,2026-01-05,2026-01-09,,,\r\n"                        /* 5: no title */
  "Activity,A3,Backwards,2026-02-10,2026-02-01,,,\r\n"               /* 6: end before start */
  "Activity,A4,Bad date,2026-13-01,,,,\r\n"                          /* 7: not a date */
  "Activity,A5,Old,1850-01-01,,,,\r\n"                               /* 8: out of range */
  "Activity,A6,Hours,2026-01-01,,many,,\r\n"                         /* 9: not hours */
  "Milestone,,\"Milestone with \"\"quotes\"\"\n"                     /* 10 */
  "and a newline\",,2026-03-01,,,\r\n"                               /* 11 */
  "Activity,A7,Follows a bad row,,,,A2,\r\n"                         /* 12 */
  "Activity,A8,Unknown predecessor,,,,ZZ,\r\n"                       /* 13 */
  "Goal,,Not a kind,,,,,\r\n"                                        /* 14 */
  "Activity,A9,Circle one,,,,A10,\r\n"                               /* 15 */
  "Activity,A10,Circle two,,,,A9,\r\n"                               /* 16 */
  "Activity,A11,Negative hours,,,-5,,\r\n"                           /* 17 */
  ",,,,,,,\r\n"                                                      /* 18: blank */
  "Activity,A12,Follows a good row,2026-01-12,,\"2,5\",A1,\r\n"      /* 19 */
  "Activity,A13,\"Never closed,,,,,\r\n";                            /* 20 */

static void
test_bad_rows (void)
{
  static const struct
  {
    guint       line;
    const char *words;  /* part of the reason */
  } expected[] = {
    { 5, "Title cannot be empty" },
    { 6, "end date comes before the start date" },
    { 7, "“2026-13-01” is not a date" },
    { 8, "between the years 1900 and 2200" },
    { 9, "“many” is not a number of hours" },
    { 12, "line 5" },
    { 13, "“ZZ”" },
    { 14, "“Goal” is not a milestone or an activity" },
    { 15, "would depend on itself" },
    { 16, "would depend on itself" },
    { 17, "Hours must be between" },
    { 20, "not closed" },
  };
  g_autoptr(StoltCsvImport) import = import_text (bad_file);
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_good = 0, n = 0;
  StoltRecord *last;

  problems = stolt_csv_import_check (import, project, &n_good);
  for (guint i = 0; i < problems->len; i++)
    {
      StoltCsvProblem *problem = problems->pdata[i];

      g_test_message ("line %u: %s", problem->line, problem->reason);
    }
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      StoltCsvProblem *problem = problems->pdata[i];

      g_assert_cmpuint (problem->line, ==, expected[i].line);
      g_assert_nonnull (strstr (problem->reason, expected[i].words));
    }
  g_assert_cmpuint (n_good, ==, 3);

  /* The good rows go in; the bad ones stay out */
  g_assert_true (stolt_csv_import_apply (import, project, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, 2);
  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, 1);
  g_assert_cmpstr (stolt_activity_get_notes (STOLT_ACTIVITY (stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0))), ==,
                   "note\nspanning\nthree lines");
  g_assert_cmpstr (stolt_record_get_title (stolt_test_nth (project, STOLT_LIST_MILESTONES, 0)), ==,
                   "Milestone with \"quotes\"\nand a newline");
  last = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1);
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (last)), ==, 2.5);
  {
    g_autofree char *codes = predecessor_codes (project, last);

    g_assert_cmpstr (codes, ==, "A1|");
  }
}

/* One undo takes the whole import back; redo brings it again */
static void
test_one_undo_step (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autoptr(StoltCsvImport) import =
    import_text ("Type,Code,Title,Start,End / Date,Phase,Predecessors\n"
                 "Activity,C1,Evaluere,2016-12-01,2016-12-20,Oppfølging,A8\n"
                 "Activity,C2,Rapportere,2016-12-21,2016-12-22,Ny fase,C1\n"
                 "Milestone,,Sluttrapport,,2016-12-22,Ny fase,\n");
  StoltUndoStack *undo = stolt_project_get_undo_stack (project);
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GError) error = NULL;
  guint phases = count (project, STOLT_LIST_PHASES);
  StoltRecord *evaluate;

  g_assert_true (stolt_csv_import_apply (import, project, NULL, &error));
  g_assert_no_error (error);
  after = stolt_test_dump_project (project);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Import CSV");

  /* Existing phase reused, one new phase made; a link into the project */
  g_assert_cmpuint (count (project, STOLT_LIST_PHASES), ==, phases + 1);
  evaluate = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 8);
  g_assert_cmpstr (phase_title (project, evaluate), ==, "Oppfølging");
  {
    g_autofree char *codes = predecessor_codes (project, evaluate);

    g_assert_cmpstr (codes, ==, "A8|");
  }

  g_assert_true (stolt_undo_stack_undo (undo));
  again = stolt_test_dump_project (project);
  g_assert_cmpstr (again, ==, before);
  g_assert_false (stolt_undo_stack_get_can_undo (undo));

  g_assert_true (stolt_undo_stack_redo (undo));
  redone = stolt_test_dump_project (project);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_mapping_and_header (void)
{
  g_autoptr(StoltCsvImport) import = import_text ("Title,Notes,Colour\nFirst,kept?,red\n");
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *unchanged = NULL;
  guint n_good = 0;

  g_assert_cmpint (stolt_csv_import_get_mapping (import, 2), ==, STOLT_CSV_COLUMN_IGNORE);

  /* One column per target: choosing Title for Notes lets the first go */
  stolt_csv_import_set_mapping (import, 1, STOLT_CSV_COLUMN_TITLE);
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 0), ==, STOLT_CSV_COLUMN_IGNORE);
  problems = stolt_csv_import_check (import, project, &n_good);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (n_good, ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Without titles, nothing can go in */
  stolt_csv_import_set_mapping (import, 1, STOLT_CSV_COLUMN_IGNORE);
  problems = stolt_csv_import_check (import, project, &n_good);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpuint (((StoltCsvProblem *) problems->pdata[0])->line, ==, 0);
  g_assert_cmpuint (n_good, ==, 0);
  g_assert_false (stolt_csv_import_apply (import, project, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "test.csv"));
  g_clear_error (&error);
  unchanged = stolt_test_dump_project (project);
  g_assert_cmpstr (unchanged, ==, before);
  g_assert_false (stolt_undo_stack_get_can_undo (stolt_project_get_undo_stack (project)));

  /* The first row as data: "Title" becomes a milestone of that name */
  stolt_csv_import_set_mapping (import, 0, STOLT_CSV_COLUMN_TITLE);
  stolt_csv_import_set_has_header (import, FALSE);
  g_assert_cmpuint (stolt_csv_import_get_n_rows (import), ==, 2);
  g_assert_cmpstr (stolt_csv_import_get_column_name (import, 0), ==, "Column 1");
  g_assert_true (stolt_csv_import_apply (import, project, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (stolt_record_get_title (stolt_test_nth (project, STOLT_LIST_MILESTONES, 0)), ==,
                   "Title");
}

/* A hostile file: a chain of 50 000 rows, each after the next one, the
 * last one bad.  Checking it neither recurses that deep nor goes round
 * the rows once per row. */
static void
test_long_chain (void)
{
  const guint n = 50000;
  g_autoptr(GString) text = g_string_new ("Code,Title,Predecessors\n");
  g_autoptr(StoltCsvImport) import = NULL;
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(GPtrArray) problems = NULL;
  guint n_good = 1;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "C%u,%s,C%u\n", i, i + 1 < n ? "Step" : "", i + 1);
  import = import_text (text->str);
  problems = stolt_csv_import_check (import, project, &n_good);

  g_assert_cmpuint (n_good, ==, 0);
  g_assert_cmpuint (problems->len, ==, n);
  /* The last row has no title and names no row; every other follows it */
  g_assert_cmpuint (((StoltCsvProblem *) problems->pdata[n - 1])->line, ==, n + 1);
  g_assert_nonnull (strstr (((StoltCsvProblem *) problems->pdata[0])->reason, "comes after line 3"));
}

/* A row of a million commas is 256 columns, the rest left out */
static void
test_many_columns (void)
{
  g_autofree char *commas = g_strnfill (1000000, ',');
  g_autofree char *text = g_strconcat ("Title", commas, "\nOne", commas, "\n", NULL);
  g_autoptr(StoltCsvImport) import = import_text (text);

  g_assert_cmpuint (stolt_csv_import_get_n_columns (import), ==, 256);
  g_assert_cmpint (stolt_csv_import_get_mapping (import, 0), ==, STOLT_CSV_COLUMN_TITLE);
  g_assert_cmpstr (stolt_csv_import_get_cell (import, 0, 0), ==, "One");
}

static void
test_not_csv (void)
{
  g_autoptr(GBytes) empty = g_bytes_new ("\xef\xbb\xbf\r\n\r\n", 7);
  g_autoptr(GBytes) binary = g_bytes_new ("PK\3\4\0\0\0", 7);
  g_autoptr(GError) error = NULL;

  g_assert_null (stolt_csv_import_new (empty, "empty.csv", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "empty.csv"));
  g_clear_error (&error);

  g_assert_null (stolt_csv_import_new (binary, "archive.csv", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "archive.csv"));
}

/* Re-importing: rows already in the project */

static guint
n_records (StoltProject *project)
{
  return count (project, STOLT_LIST_MILESTONES) + count (project, STOLT_LIST_ACTIVITIES);
}

/* Titles and dates an export writes differently from the model: spaces
 * at the ends, formulas guarded, control characters dropped, line
 * breaks, a third of an hour, no dates or one, twins */
static StoltProject *
tricky_project (void)
{
  g_autoptr(GError) error = NULL;
  StoltProject *project = stolt_test_sample_project ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  static const struct
  {
    gboolean    milestone;
    const char *title;
    guint32     start;  /* day of 2016, 0 for none */
    guint32     end;
  } rows[] = {
    { FALSE, "  Spaces at the ends  ", 10, 12 },
    { FALSE, "=SUM(A1:A3)", 11, 11 },
    { FALSE, "-Kick-off", 0, 20 },
    { FALSE, "Bell\a in the title", 5, 0 },
    { FALSE, "Two\r\nlines", 0, 0 },
    { FALSE, "Twin", 30, 31 },
    { FALSE, "Twin", 30, 31 },
    { TRUE, "@Milestone", 0, 40 },
    { TRUE, "Milestone without a date", 0, 0 },
    { TRUE, "Twin", 0, 30 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(StoltRecord) record =
        g_object_new (rows[i].milestone ? STOLT_TYPE_MILESTONE : STOLT_TYPE_ACTIVITY, NULL);
      guint32 first = stolt_date_from_ymd (2016, 1, 1) - 1;

      g_assert_true (stolt_project_add (project, card, rows[i].milestone ? STOLT_LIST_MILESTONES
                                                                         : STOLT_LIST_ACTIVITIES,
                                        G_MAXUINT, record, &error));
      g_assert_no_error (error);
      stolt_test_set_text (project, record, "title", rows[i].title);
      if (rows[i].milestone)
        {
          if (rows[i].end != 0)
            g_assert_true (stolt_project_set_date (project, record, "date", first + rows[i].end, NULL));
          continue;
        }
      if (rows[i].start != 0)
        g_assert_true (stolt_project_set_date (project, record, "start-date", first + rows[i].start, NULL));
      if (rows[i].end != 0)
        g_assert_true (stolt_project_set_date (project, record, "end-date", first + rows[i].end, NULL));
      g_assert_true (stolt_project_set_double (project, record, "hours", 1.0 / 3, NULL));
      stolt_test_set_text (project, record, "responsible", " Kari ");
      stolt_test_set_text (project, record, "notes", "Line one\r\nline two\rline three\a");
    }
  return project;
}

/* Stolt's own export, read back into the project it came from: every
 * row is the record it was written from, and nothing changes */
static void
assert_all_present (StoltProject             *project,
                    const StoltExportOptions *options)
{
  g_autoptr(GBytes) bytes = stolt_csv_export_options_to_bytes (project, options);
  g_autoptr(StoltCsvImport) import = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after = NULL;
  StoltUndoStack *undo = stolt_project_get_undo_stack (project);
  g_autofree char *undo_label = g_strdup (stolt_undo_stack_get_undo_label (undo));
  StoltCsvMatchCounts counts = { 99, 99, 99 };
  guint n = n_records (project);
  guint n_imported = 99;
  gboolean ok;

  import = stolt_csv_import_new (bytes, "export.csv", &error);
  g_assert_no_error (error);
  matches = stolt_csv_import_match (import, project, &counts);

  for (guint i = 0; i < matches->len; i++)
    {
      StoltCsvMatch *match = &g_array_index (matches, StoltCsvMatch, i);

      if (match->state != STOLT_CSV_ROW_IDENTICAL)
        g_test_message ("line %u: state %d", match->line, match->state);
    }
  g_assert_cmpuint (matches->len, ==, n);
  g_assert_cmpuint (counts.n_new, ==, 0);
  g_assert_cmpuint (counts.n_matched, ==, n);
  g_assert_cmpuint (counts.n_changed, ==, 0);

  /* Each row is the record it was written from: milestones, then
   * activities, in the project's order (twins one each) */
  for (guint i = 0; i < n; i++)
    {
      StoltCsvMatch *match = &g_array_index (matches, StoltCsvMatch, i);
      guint n_milestones = count (project, STOLT_LIST_MILESTONES);
      StoltRecord *record = i < n_milestones
                              ? stolt_test_nth (project, STOLT_LIST_MILESTONES, i)
                              : stolt_test_nth (project, STOLT_LIST_ACTIVITIES, i - n_milestones);

      g_assert_cmpint (match->state, ==, STOLT_CSV_ROW_IDENTICAL);
      g_assert_cmpint (match->id, ==, stolt_record_get_id (record));
    }

  /* An empty project's export has no rows to import (the empty templates) */
  if (n == 0)
    return;

  /* Skipping them, the default, leaves the project as it was */
  g_assert_cmpint (stolt_csv_import_get_match_mode (import), ==, STOLT_CSV_MATCH_SKIP);
  ok = stolt_csv_import_apply (import, project, &n_imported, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (n_imported, ==, 0);
  after = stolt_test_dump_project (project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, undo_label);

  /* Updating them changes nothing either: nothing differs */
  stolt_csv_import_set_match_mode (import, STOLT_CSV_MATCH_UPDATE);
  g_assert_true (stolt_csv_import_apply (import, project, &n_imported, &error));
  g_assert_cmpuint (n_imported, ==, 0);
  g_clear_pointer (&after, g_free);
  after = stolt_test_dump_project (project);
  g_assert_cmpstr (after, ==, before);
}

static void
assert_all_present_every_way (StoltProject *project)
{
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;

  assert_all_present (project, &options);
  options.bom = TRUE;
  options.separator = '\t';
  assert_all_present (project, &options);
  options.csv_raw = TRUE;
  options.separator = ';';
  assert_all_present (project, &options);
}

static void
test_reimport_own_export (void)
{
  g_autoptr(StoltProject) sample = stolt_test_sample_project ();
  g_autoptr(StoltProject) nasty = nasty_project ();
  g_autoptr(StoltProject) tricky = tricky_project ();
  const StoltTemplate *templates;
  guint n_templates = 0;

  assert_all_present_every_way (sample);
  assert_all_present_every_way (nasty);
  assert_all_present_every_way (tricky);

  templates = stolt_templates_get (&n_templates);
  g_assert_cmpuint (n_templates, >, 0);
  for (guint i = 0; i < n_templates; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StoltProject) project = stolt_templates_create (templates[i].id, &error);

      g_assert_no_error (error);
      g_test_message ("template %s", templates[i].id);
      assert_all_present_every_way (project);
    }
}

/* In Swedish and Norwegian: ';', decimal commas, and back */
static void
test_reimport_own_export_locales (void)
{
  const char *locales[] = { "sv_SE.UTF-8", "nb_NO.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autoptr(StoltProject) tricky = NULL;
      g_autoptr(StoltProject) nasty = NULL;

      if (!stolt_test_set_locale (locales[i]))
        continue;
      tried++;
      g_assert_cmpint (stolt_csv_locale_delimiter (), ==, ';');
      tricky = tricky_project ();
      nasty = nasty_project ();
      assert_all_present_every_way (tricky);
      assert_all_present_every_way (nasty);
    }
  setlocale (LC_ALL, saved);

  if (tried == 0)
    g_test_skip ("neither sv_SE.UTF-8 nor nb_NO.UTF-8 can be made");
}

static StoltCsvRowState
state_at (GArray *matches,
          guint   i)
{
  g_assert_cmpuint (i, <, matches->len);
  return g_array_index (matches, StoltCsvMatch, i).state;
}

static gint64
id_at (GArray *matches,
       guint   i)
{
  return g_array_index (matches, StoltCsvMatch, i).id;
}

/* As a user types it into a Swedish spreadsheet: other case, more
 * spaces, dates with dots; one row changed, one new */
static const char swedish_sheet[] =
  "Typ;Benämning;Startdatum;Slutdatum;Timmar;Ansvarig\r\n"
  "aktivitet;\"  SAMLING 1:   utfordringer,  visjoner og verdier \";13.10.2015;14.10.2015;16,5;\r\n"
  "Aktivitet;involvere\u00a0TILLITSVALGTE;;;;Tillitsvalgte\r\n"
  "Milstolpe;politisk mandat på plass;;15.3.2016;;\r\n"
  "Aktivitet;Ny aktivitet;2016-01-04;2016-01-05;3;\r\n"
  "Aktivitet;Samling 1: utfordringer, visjoner og verdier;14.10.2015;14.10.2015;;\r\n";

static void
test_spreadsheet_rows (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  g_autoptr(StoltCsvImport) import = import_text (swedish_sheet);
  g_autoptr(GArray) matches = NULL;
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  StoltRecord *first = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0);
  StoltRecord *second = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1);
  StoltCsvMatchCounts counts = { 0 };

  matches = stolt_csv_import_match (import, project, &counts);
  g_assert_cmpuint (matches->len, ==, 5);
  /* Same title, same dates and hours; Responsible is empty in both */
  g_assert_cmpint (state_at (matches, 0), ==, STOLT_CSV_ROW_IDENTICAL);
  g_assert_cmpint (id_at (matches, 0), ==, stolt_record_get_id (first));
  /* No dates in either; a responsible the record lacks */
  g_assert_cmpint (state_at (matches, 1), ==, STOLT_CSV_ROW_CHANGED);
  g_assert_cmpint (id_at (matches, 1), ==, stolt_record_get_id (second));
  g_assert_cmpuint (g_array_index (matches, StoltCsvMatch, 1).line, ==, 3);
  /* The milestone's date in the End column, day first without zeros */
  g_assert_cmpint (state_at (matches, 2), ==, STOLT_CSV_ROW_IDENTICAL);
  g_assert_cmpint (id_at (matches, 2), ==, stolt_record_get_id (milestone));
  g_assert_cmpint (state_at (matches, 3), ==, STOLT_CSV_ROW_NEW);
  g_assert_cmpint (id_at (matches, 3), ==, 0);
  /* The same title on another start date is another activity */
  g_assert_cmpint (state_at (matches, 4), ==, STOLT_CSV_ROW_NEW);
  g_assert_cmpuint (counts.n_new, ==, 2);
  g_assert_cmpuint (counts.n_matched, ==, 3);
  g_assert_cmpuint (counts.n_changed, ==, 1);
}

/* The three modes on one file; each one undo step */
static const char norwegian_sheet[] =
  "Type;Tittel;Start;Slutt;Timer;Fremdrift;Fase;Forgjengere\n"
  "Aktivitet;Samling 1: utfordringer, visjoner og verdier;13.10.2015;16.10.2015;20,5;50;Startfase;\n"
  "Aktivitet;Involvere tillitsvalgte;;;;;Ny fase;Samling 1: utfordringer, visjoner og verdier\n"
  "Aktivitet;Evaluere;01.02.2016;02.02.2016;4;;;Involvere tillitsvalgte\n"
  "Milepæl;Politisk mandat på plass;;15.03.2016;;;Startfase;\n";

static void
test_modes (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltUndoStack *undo = stolt_project_get_undo_stack (project);
  g_autofree char *before = stolt_test_dump_project (project);
  StoltRecord *first = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0);
  StoltRecord *second = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1);
  guint milestones = count (project, STOLT_LIST_MILESTONES);
  guint activities = count (project, STOLT_LIST_ACTIVITIES);
  guint phases = count (project, STOLT_LIST_PHASES);
  g_autoptr(GError) error = NULL;
  StoltCsvMatchCounts counts = { 0 };
  guint n = 0;

  /* Skip: only the new activity, after an activity already there */
  {
    g_autoptr(StoltCsvImport) import = import_text (norwegian_sheet);
    g_autoptr(GArray) matches = stolt_csv_import_match (import, project, &counts);
    g_autofree char *after_undo = NULL;
    StoltRecord *added;

    g_assert_cmpuint (counts.n_new, ==, 1);
    g_assert_cmpuint (counts.n_matched, ==, 3);
    /* Hours, end, progress; phase and predecessor; the milestone is the same */
    g_assert_cmpuint (counts.n_changed, ==, 2);
    g_assert_cmpint (state_at (matches, 3), ==, STOLT_CSV_ROW_IDENTICAL);

    g_assert_true (stolt_csv_import_apply (import, project, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, activities + 1);
    g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, milestones);
    g_assert_cmpuint (count (project, STOLT_LIST_PHASES), ==, phases);
    g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (first)), ==, 16.5);
    added = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, activities);
    g_assert_cmpstr (stolt_record_get_title (added), ==, "Evaluere");
    {
      guint n_ids = 0;
      const gint64 *ids = stolt_activity_get_predecessors (STOLT_ACTIVITY (added), &n_ids);

      g_assert_cmpuint (n_ids, ==, 1);
      g_assert_cmpint (ids[0], ==, stolt_record_get_id (second));
    }
    g_assert_true (stolt_undo_stack_undo (undo));
    after_undo = stolt_test_dump_project (project);
    g_assert_cmpstr (after_undo, ==, before);
  }

  /* Update: the changed values on the records there, the new row added */
  {
    g_autoptr(StoltCsvImport) import = import_text (norwegian_sheet);
    g_autofree char *after_undo = NULL;
    g_autofree char *codes = NULL;

    stolt_csv_import_set_match_mode (import, STOLT_CSV_MATCH_UPDATE);
    g_assert_true (stolt_csv_import_apply (import, project, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, activities + 1);
    g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, milestones);
    g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (first)), ==, 20.5);
    g_assert_cmpint (stolt_activity_get_progress (STOLT_ACTIVITY (first)), ==, 50);
    g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (first)), ==, stolt_date_from_ymd (2015, 10, 13));
    g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (first)), ==, stolt_date_from_ymd (2015, 10, 16));
    g_assert_cmpstr (phase_title (project, first), ==, "Startfase");
    g_assert_cmpstr (phase_title (project, second), ==, "Ny fase");
    g_assert_cmpuint (count (project, STOLT_LIST_PHASES), ==, phases + 1);
    {
      guint n_ids = 0;
      const gint64 *ids = stolt_activity_get_predecessors (STOLT_ACTIVITY (second), &n_ids);

      g_assert_cmpuint (n_ids, ==, 1);
      g_assert_cmpint (ids[0], ==, stolt_record_get_id (first));
    }
    g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Import CSV");

    /* Importing the same file again finds nothing to change */
    {
      g_autoptr(StoltCsvImport) again = import_text (norwegian_sheet);
      g_autoptr(GArray) matches = stolt_csv_import_match (again, project, &counts);

      g_assert_cmpuint (counts.n_new, ==, 0);
      g_assert_cmpuint (counts.n_matched, ==, 4);
      g_assert_cmpuint (counts.n_changed, ==, 0);
    }

    g_assert_true (stolt_undo_stack_undo (undo));
    after_undo = stolt_test_dump_project (project);
    g_assert_cmpstr (after_undo, ==, before);
  }

  /* Add: every row again, as before there was any matching */
  {
    g_autoptr(StoltCsvImport) import = import_text (norwegian_sheet);
    g_autofree char *after_undo = NULL;

    stolt_csv_import_set_match_mode (import, STOLT_CSV_MATCH_ADD);
    g_assert_true (stolt_csv_import_apply (import, project, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 4);
    g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, activities + 3);
    g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, milestones + 1);
    g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (first)), ==, 16.5);
    g_assert_true (stolt_undo_stack_undo (undo));
    after_undo = stolt_test_dump_project (project);
    g_assert_cmpstr (after_undo, ==, before);
  }
}

/* An update may not make an activity depend on itself through links the
 * file does not show: the import is refused, and nothing changes.
 * Without date columns, titles alone match. */
static void
test_update_circle (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  g_autoptr(StoltCsvImport) import =
    import_text ("Type,Title,Predecessors\n"
                 "Activity,\"Samling 1: utfordringer, visjoner og verdier\",Involvere tillitsvalgte\n");
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  StoltCsvMatchCounts counts = { 0 };

  matches = stolt_csv_import_match (import, project, &counts);
  g_assert_cmpuint (counts.n_matched, ==, 1);
  g_assert_cmpuint (counts.n_changed, ==, 1);
  g_assert_cmpint (id_at (matches, 0), ==,
                   stolt_record_get_id (stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0)));

  stolt_csv_import_set_match_mode (import, STOLT_CSV_MATCH_UPDATE);
  g_assert_false (stolt_csv_import_apply (import, project, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "would depend on itself"));
  after = stolt_test_dump_project (project);
  g_assert_cmpstr (after, ==, before);
}

/* Titles as keys: NFKC, case folded, runs of white space one space */
static void
test_title_key (void)
{
  static const struct
  {
    const char *a;
    const char *b;
    gboolean    same;
  } pairs[] = {
    { "Samling 1", "  SAMLING\t 1 ", TRUE },
    { "Samling 1", "Ｓａｍｌｉｎｇ　１", TRUE },                 /* full width */
    { "Budget\u00a02026", "budget 2026", TRUE },                /* no-break space */
    { "Two\r\nlines", "two lines", TRUE },
    { "ﬁnal report", "Final Report", TRUE },                   /* ligature */
    { "Straße", "STRASSE", TRUE },
    { "Ma\xcc\x8a" "l", "Mål", TRUE },                          /* decomposed */
    { "Bell\a here", "bell here", TRUE },                       /* dropped on export */
    { "Samling 1", "Samling 2", FALSE },
    { "Samling 1:", "Samling 1", FALSE },
    { "Mål", "Mal", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *a = stolt_csv_match_key (pairs[i].a);
      g_autofree char *b = stolt_csv_match_key (pairs[i].b);

      g_test_message ("“%s” “%s”", a, b);
      g_assert_cmpint (strcmp (a, b) == 0, ==, pairs[i].same);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-import/round-trip", test_round_trip);
  g_test_add_func ("/csv-import/round-trip-decimal-comma", test_round_trip_decimal_comma);
  g_test_add_func ("/csv-import/excel-swedish", test_excel_swedish);
  g_test_add_func ("/csv-import/excel-norwegian-ansi", test_excel_norwegian_ansi);
  g_test_add_func ("/csv-import/bad-rows", test_bad_rows);
  g_test_add_func ("/csv-import/one-undo-step", test_one_undo_step);
  g_test_add_func ("/csv-import/mapping-and-header", test_mapping_and_header);
  g_test_add_func ("/csv-import/long-chain", test_long_chain);
  g_test_add_func ("/csv-import/many-columns", test_many_columns);
  g_test_add_func ("/csv-import/not-csv", test_not_csv);
  g_test_add_func ("/csv-import/match/title-key", test_title_key);
  g_test_add_func ("/csv-import/match/own-export", test_reimport_own_export);
  g_test_add_func ("/csv-import/match/own-export-locales", test_reimport_own_export_locales);
  g_test_add_func ("/csv-import/match/spreadsheet-rows", test_spreadsheet_rows);
  g_test_add_func ("/csv-import/match/modes", test_modes);
  g_test_add_func ("/csv-import/match/update-circle", test_update_circle);

  return g_test_run ();
}
