/* test-plan-page.c — the Plan tab's real widgets under Xvfb (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the tables and forms as a user does — add a row, type into the
 * form, pick from a list, sort, filter, search, delete, undo — and checks
 * the model and the saved file.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-display-util.h"
#include "stolt-enums.h"
#include "stolt-refs-chooser.h"
#include "stolt-storage.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"

typedef struct
{
  StoltDocument *document;
  StoltProject  *project;
  StoltWindow   *window;
  StoltPlanPage *page;
} Fixture;

static void
fixture_open (Fixture    *fixture,
              const char *template_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;

  /* Dated as the seed was, from Monday 12 October 2015: its milestones
   * are in the past whatever day the tests run */
  project = template_id != NULL
            ? stolt_templates_create_from (template_id, stolt_date_from_ymd (2015, 10, 12), &error)
            : stolt_project_new ();
  g_assert_no_error (error);
  fixture->document = stolt_document_new_from_project (project);
  fixture->project = stolt_document_get_project (fixture->document);
  fixture->window = stolt_test_open_window (fixture->document);
  fixture->page = stolt_window_get_plan_page (fixture->window);
}

static void
fixture_close (Fixture *fixture)
{
  stolt_document_close_discarding (fixture->document);
  stolt_test_close_window (fixture->window);
  /* Closed, its window gone: nothing but the test holds it */
  g_assert_finalize_object (g_steal_pointer (&fixture->document));
}

static StoltRecordTable *
show (Fixture    *fixture,
      const char *section)
{
  stolt_plan_page_show_section (fixture->page, section);
  stolt_test_iterate ();
  return stolt_plan_page_get_table (fixture->page, section);
}

static GtkWidget *
input (Fixture    *fixture,
       const char *section,
       const char *field)
{
  GtkWidget *widget = stolt_record_editor_get_input (stolt_plan_page_get_editor (fixture->page,
                                                                                 section),
                                                     field);

  g_assert_nonnull (widget);
  return widget;
}

static void
type_date (GtkWidget  *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "entry-activated");
  stolt_test_iterate ();
}

static guint
n_predecessors (StoltRecord *activity)
{
  guint n_ids;

  stolt_activity_get_predecessors (STOLT_ACTIVITY (activity), &n_ids);
  return n_ids;
}

static void
undo (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  stolt_test_iterate ();
}

/* Create a milestone through the UI, fill it in, undo and redo it, and
 * find it in the saved file. */
static void
test_milestone (void)
{
  Fixture fixture;
  StoltRecordTable *table;
  StoltRecord *milestone;
  StoltRecordEditor *editor;
  GListModel *milestones;
  StoltUndoStack *stack;
  g_autofree char *dir = g_dir_make_tmp ("stolt-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.stolt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltProject) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  guint n_windows;

  fixture_open (&fixture, NULL);
  milestones = stolt_project_get_list (fixture.project, STOLT_LIST_MILESTONES);
  stack = stolt_project_get_undo_stack (fixture.project);
  table = show (&fixture, "milestones");
  editor = stolt_plan_page_get_editor (fixture.page, "milestones");
  g_assert_cmpuint (stolt_record_table_get_n_shown (table), ==, 0);
  g_assert_null (stolt_record_editor_get_record (editor));

  /* Ctrl+N (app.new) with the focus in the table adds a row, not a project */
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (stolt_test_app)));
  gtk_window_present (GTK_WINDOW (fixture.window));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (stolt_record_table_get_view (table))));
  g_action_group_activate_action (G_ACTION_GROUP (stolt_test_app), "new", NULL);
  stolt_test_iterate ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (stolt_test_app))),
                    ==, n_windows);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 1);
  milestone = stolt_test_nth (fixture.project, STOLT_LIST_MILESTONES, 0);
  g_assert_cmpstr (stolt_milestone_get_title (STOLT_MILESTONE (milestone)), ==, "New milestone");
  g_assert_true (stolt_record_table_get_selected (table) == milestone);
  g_assert_true (stolt_record_editor_get_record (editor) == milestone);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Add Milestone");
  /* the new row is ready for typing its title */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture.window)),
                                         input (&fixture, "milestones", "title")));

  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "milestones", "title")),
                         "Styringsgruppen godkjenner planen");
  g_assert_cmpstr (stolt_milestone_get_title (STOLT_MILESTONE (milestone)), ==, "Styringsgruppen godkjenner planen");
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "milestones", "responsible")),
                         "Prosjektleder");
  type_date (input (&fixture, "milestones", "date"), "2026-09-14");
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, stolt_date_from_ymd (2026, 9, 14));
  /* the form shows the date the locale's way */
  expected = stolt_date_format (stolt_date_from_ymd (2026, 9, 14));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (input (&fixture, "milestones", "date"))),
                   ==, expected);
  adw_combo_row_set_selected (ADW_COMBO_ROW (input (&fixture, "milestones", "status")), 1);
  g_assert_cmpint (stolt_milestone_get_status (STOLT_MILESTONE (milestone)),
                   ==, STOLT_STATUS_IN_PROGRESS);
  gtk_switch_set_active (GTK_SWITCH (input (&fixture, "milestones", "decision")), TRUE);
  g_assert_true (stolt_milestone_get_decision (STOLT_MILESTONE (milestone)));

  /* A bad date is explained and not committed */
  type_date (input (&fixture, "milestones", "date"), "2026-13-45");
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, stolt_date_from_ymd (2026, 9, 14));
  g_assert_nonnull (stolt_record_editor_get_error (editor, "date"));
  g_assert_nonnull (strstr (stolt_record_editor_get_error (editor, "date"), "2026-13-45"));
  type_date (input (&fixture, "milestones", "date"), "1850-01-01");
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, stolt_date_from_ymd (2026, 9, 14));
  type_date (input (&fixture, "milestones", "date"), "2026-09-15");
  g_assert_null (stolt_record_editor_get_error (editor, "date"));

  /* An empty title is refused with a reason, the old title kept */
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "milestones", "title")), "  ");
  g_assert_cmpstr (stolt_milestone_get_title (STOLT_MILESTONE (milestone)), ==, "Styringsgruppen godkjenner planen");
  g_assert_nonnull (stolt_record_editor_get_error (editor, "title"));
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "milestones", "title")), "Plan godkjent");
  g_assert_null (stolt_record_editor_get_error (editor, "title"));

  /* Undo walks back through the edits to the empty plan, redo returns */
  undo (&fixture);
  g_assert_cmpstr (stolt_milestone_get_title (STOLT_MILESTONE (milestone)), ==, "Styringsgruppen godkjenner planen");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (input (&fixture, "milestones", "title"))),
                   ==, "Styringsgruppen godkjenner planen");
  undo (&fixture);
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, stolt_date_from_ymd (2026, 9, 14));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (input (&fixture, "milestones", "date"))),
                   ==, expected);
  while (stolt_undo_stack_get_can_undo (stack))
    undo (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 0);
  g_assert_null (stolt_record_editor_get_record (editor));
  while (stolt_undo_stack_get_can_redo (stack))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.redo", NULL));
  stolt_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 1);

  g_assert_true (stolt_document_save_as (fixture.document, file, &error));
  g_assert_no_error (error);
  saved = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  milestone = stolt_test_nth (saved, STOLT_LIST_MILESTONES, 0);
  g_assert_cmpstr (stolt_milestone_get_title (STOLT_MILESTONE (milestone)), ==, "Plan godkjent");
  g_assert_cmpstr (stolt_milestone_get_responsible (STOLT_MILESTONE (milestone)), ==, "Prosjektleder");
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, stolt_date_from_ymd (2026, 9, 15));
  g_assert_cmpint (stolt_milestone_get_status (STOLT_MILESTONE (milestone)),
                   ==, STOLT_STATUS_IN_PROGRESS);

  fixture_close (&fixture);
  g_unlink (path);
  g_rmdir (dir);
}

/* An activity: hours, dates, phase and predecessors, and what is refused */
static void
test_activity (void)
{
  Fixture fixture;
  StoltRecordTable *table;
  StoltRecordEditor *editor;
  StoltRecord *first, *second;
  StoltRecord *phase;
  GtkWidget *chooser;

  fixture_open (&fixture, "ks-nettverk");
  table = show (&fixture, "activities");
  editor = stolt_plan_page_get_editor (fixture.page, "activities");
  phase = stolt_test_nth (fixture.project, STOLT_LIST_PHASES, 1);

  first = stolt_record_table_add (table);
  g_assert_nonnull (first);
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "activities", "title")), "Medarbeiderundersøkelse");
  type_date (input (&fixture, "activities", "start-date"), "2026-10-01");
  type_date (input (&fixture, "activities", "end-date"), "2026-10-30");
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "activities", "hours")), "37,5");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (first)),
                     ==, 37.5);

  /* Refused: negative hours, text for hours, an end before the start */
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "activities", "hours")), "-4");
  g_assert_nonnull (stolt_record_editor_get_error (editor, "hours"));
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "activities", "hours")), "mange");
  g_assert_nonnull (stolt_record_editor_get_error (editor, "hours"));
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (first)),
                     ==, 37.5);
  type_date (input (&fixture, "activities", "end-date"), "2026-09-01");
  g_assert_nonnull (stolt_record_editor_get_error (editor, "end-date"));
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (first)), ==, stolt_date_from_ymd (2026, 10, 30));
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "activities", "progress")), "101");
  g_assert_nonnull (stolt_record_editor_get_error (editor, "progress"));
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "activities", "progress")), "50");
  g_assert_null (stolt_record_editor_get_error (editor, "progress"));

  /* The phase combo lists "None" then the phases in order */
  adw_combo_row_set_selected (ADW_COMBO_ROW (input (&fixture, "activities", "phase")), 2);
  g_assert_cmpint (stolt_activity_get_phase (STOLT_ACTIVITY (first)), ==,
                   stolt_record_get_id (phase));

  /* second follows first; making first follow second would be a circle */
  second = stolt_record_table_add (table);
  chooser = input (&fixture, "activities", "predecessors");
  g_assert_true (stolt_refs_chooser_toggle (STOLT_REFS_CHOOSER (chooser), stolt_record_get_id (first)));
  g_assert_cmpuint (n_predecessors (second), ==, 1);
  g_assert_true (stolt_record_table_select (table, first));
  stolt_test_iterate ();
  chooser = input (&fixture, "activities", "predecessors");
  g_assert_false (stolt_refs_chooser_toggle (STOLT_REFS_CHOOSER (chooser), stolt_record_get_id (second)));
  g_assert_nonnull (stolt_record_editor_get_error (editor, "predecessors"));
  g_assert_cmpuint (n_predecessors (first), ==, 0);

  fixture_close (&fixture);
}

static gboolean
table_is_empty (gpointer table)
{
  return stolt_record_table_get_n_shown (table) == 0;
}

/* Sorting by a column, filters, search, and the "late" derived status */
static void
test_sort_filter_search (void)
{
  Fixture fixture;
  StoltRecordTable *table;
  guint n;

  fixture_open (&fixture, "ks-nettverk");
  table = show (&fixture, "milestones");
  n = stolt_record_table_get_n_shown (table);
  g_assert_cmpuint (n, ==, 5);

  /* sorted by date at first */
  for (guint i = 1; i < n; i++)
    g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (stolt_record_table_get_shown (table, i - 1))), <=,
                      stolt_milestone_get_date (STOLT_MILESTONE (stolt_record_table_get_shown (table, i))));

  g_assert_true (stolt_record_table_sort_by (table, "title", GTK_SORT_DESCENDING));
  stolt_test_iterate ();
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (g_utf8_collate (stolt_milestone_get_title (STOLT_MILESTONE (stolt_record_table_get_shown (table, i - 1))),
                                     stolt_milestone_get_title (STOLT_MILESTONE (stolt_record_table_get_shown (table, i)))),
                     >=, 0);

  stolt_record_table_set_search (table, "MANDAT");
  g_assert_cmpuint (stolt_record_table_get_n_shown (table), ==, 1);
  g_assert_cmpstr (stolt_milestone_get_title (STOLT_MILESTONE (stolt_record_table_get_shown (table, 0))), ==,
                   "Politisk mandat på plass");
  stolt_record_table_set_search (table, "");
  g_assert_cmpuint (stolt_record_table_get_n_shown (table), ==, 5);

  /* The project plan and the mandate are done; a template starts
   * with everything planned */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(GValue) done = G_VALUE_INIT;

      g_value_init (&done, stolt_status_get_type ());
      g_value_set_enum (&done, STOLT_STATUS_DONE);
      g_assert_true (stolt_project_set (fixture.project,
                                        stolt_test_nth (fixture.project, STOLT_LIST_MILESTONES, i),
                                        "status", &done, NULL));
    }
  stolt_test_iterate ();
  g_assert_true (stolt_record_table_set_filter (table, "status", "Done"));
  g_assert_cmpuint (stolt_record_table_get_n_shown (table), ==, 2);
  /* the sample's milestones are in 2015–2016: all that are not done are late */
  g_assert_true (stolt_record_table_set_filter (table, "status", "Late"));
  g_assert_cmpuint (stolt_record_table_get_n_shown (table), ==, 3);
  g_assert_true (stolt_record_table_set_filter (table, "status", "Any status"));
  g_assert_true (stolt_record_table_set_filter (table, "responsible", "Rådmann"));
  g_assert_cmpuint (stolt_record_table_get_n_shown (table), ==, 2);
  g_assert_true (stolt_record_table_set_filter (table, "phase", "Startfase"));
  g_assert_cmpuint (stolt_record_table_get_n_shown (table), ==, 1);

  /* An edit that takes a row out of the filter takes it out of the table */
  stolt_project_set_text (fixture.project, stolt_record_table_get_shown (table, 0), "responsible",
                          "Ordfører", NULL);
  stolt_test_wait_for (table_is_empty, table);

  fixture_close (&fixture);
}

/* Delete removes the row and undo brings it back where it was */
static void
test_delete_and_undo (void)
{
  Fixture fixture;
  StoltRecordTable *table;
  StoltRecord *second;
  g_autoptr(StoltRecord) removed = NULL;
  GListModel *phases;

  fixture_open (&fixture, "ks-nettverk");
  phases = stolt_project_get_list (fixture.project, STOLT_LIST_PHASES);
  table = show (&fixture, "phases");
  second = stolt_test_nth (fixture.project, STOLT_LIST_PHASES, 1);
  removed = g_object_ref (second);

  g_assert_true (stolt_record_table_select (table, second));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.remove", NULL));
  stolt_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 3);
  g_assert_nonnull (stolt_record_table_get_selected (table));

  undo (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 4);
  g_assert_true (stolt_test_nth (fixture.project, STOLT_LIST_PHASES, 1) == removed);

  /* Alt+Down's action moves the phase one down, undoably */
  g_assert_true (stolt_record_table_select (table, removed));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.move-down", NULL));
  g_assert_true (stolt_test_nth (fixture.project, STOLT_LIST_PHASES, 2) == removed);
  undo (&fixture);
  g_assert_true (stolt_test_nth (fixture.project, STOLT_LIST_PHASES, 1) == removed);

  fixture_close (&fixture);
}

/* The derived lines: hours per phase, groups not involved, overview, SMART */
static void
test_derived (void)
{
  Fixture fixture;
  g_autofree char *hours = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *overview = NULL;
  g_autofree char *smart = NULL;
  StoltRecordTable *goals;

  fixture_open (&fixture, "ks-nettverk");
  hours = stolt_plan_page_dup_summary (fixture.page, "activities");
  g_assert_true (g_str_has_prefix (hours, "In all "));
  missing = stolt_plan_page_dup_summary (fixture.page, "organisation");
  g_assert_nonnull (missing);
  overview = stolt_plan_page_dup_summary (fixture.page, "measures");
  g_assert_nonnull (strstr (overview, "measures: "));

  goals = show (&fixture, "goals");
  g_assert_true (stolt_record_table_select (goals, stolt_test_nth (fixture.project, STOLT_LIST_GOALS, 0)));
  stolt_test_iterate ();
  smart = stolt_plan_page_dup_summary (fixture.page, "goals");
  g_assert_nonnull (smart);
  g_assert_true (g_str_has_prefix (smart, "Not answered yet") || g_str_has_prefix (smart, "All five"));

  fixture_close (&fixture);
}

/* Selecting a record elsewhere (the Timeline) selects it in its table */
static void
test_shared_selection (void)
{
  Fixture fixture;
  StoltRecord *milestone;
  StoltSelection *selection;

  fixture_open (&fixture, "ks-nettverk");
  selection = stolt_window_get_selection (fixture.window);
  milestone = stolt_test_nth (fixture.project, STOLT_LIST_MILESTONES, 3);

  stolt_selection_set_record (selection, milestone);
  stolt_test_iterate ();
  g_assert_cmpstr (stolt_plan_page_get_section (fixture.page), ==, "milestones");
  g_assert_true (stolt_record_table_get_selected (stolt_plan_page_get_table (fixture.page, "milestones"))
                 == milestone);

  /* and the other way round */
  g_assert_true (stolt_record_table_select (stolt_plan_page_get_table (fixture.page, "activities"),
                                            stolt_test_nth (fixture.project, STOLT_LIST_ACTIVITIES, 0)));
  g_assert_true (stolt_selection_get_record (selection)
                 == stolt_test_nth (fixture.project, STOLT_LIST_ACTIVITIES, 0));

  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/plan/milestone", test_milestone);
  g_test_add_func ("/plan/activity", test_activity);
  g_test_add_func ("/plan/sort-filter-search", test_sort_filter_search);
  g_test_add_func ("/plan/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/plan/derived", test_derived);
  g_test_add_func ("/plan/shared-selection", test_shared_selection);

  return stolt_test_display_run ();
}
