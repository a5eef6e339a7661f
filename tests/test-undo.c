/* test-undo.c — every kind of change undone and redone restores the state
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-date.h"
#include "stolt-model-error.h"
#include "stolt-project.h"
#include "stolt-test-util.h"

typedef void (*EditFunc) (StoltProject *project);

/* Runs @edit, then checks undo brings back the state before and redo
 * the state after, twice over */
static void
check_round_trip (StoltProject *project,
                  EditFunc      edit,
                  const char   *label)
{
  StoltUndoStack *stack = stolt_project_get_undo_stack (project);
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after = NULL;

  stolt_undo_stack_seal (stack);
  edit (project);
  after = stolt_test_dump_project (project);
  g_assert_cmpstr (before, !=, after);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, label);
  g_assert_true (stolt_undo_stack_get_modified (stack));

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_assert_true (stolt_undo_stack_undo (stack));
      undone = stolt_test_dump_project (project);
      g_assert_cmpstr (undone, ==, before);
      g_assert_true (stolt_project_check (project, NULL));

      g_assert_true (stolt_undo_stack_redo (stack));
      redone = stolt_test_dump_project (project);
      g_assert_cmpstr (redone, ==, after);
      g_assert_true (stolt_project_check (project, NULL));
    }
}

static void
edit_text (StoltProject *project)
{
  g_assert_true (stolt_project_set_text (project, stolt_test_nth (project, STOLT_LIST_MILESTONES, 0),
                                         "title", "Mandat vedtatt i kommunestyret", NULL));
}

static void
edit_date (StoltProject *project)
{
  g_assert_true (stolt_project_set_date (project, stolt_test_nth (project, STOLT_LIST_MILESTONES, 0),
                                         "date", stolt_date_from_ymd (2016, 4, 1), NULL));
}

static void
edit_number (StoltProject *project)
{
  g_assert_true (stolt_project_set_double (project, stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0),
                                           "hours", 150, NULL));
}

static void
edit_enum (StoltProject *project)
{
  g_assert_true (stolt_project_set_int (project, stolt_test_nth (project, STOLT_LIST_MILESTONES, 0),
                                        "status", STOLT_STATUS_DONE, NULL));
}

static void
edit_refs (StoltProject *project)
{
  g_assert_true (stolt_project_set_refs (project, stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1),
                                         "predecessors", NULL, 0, NULL));
}

static void
edit_card (StoltProject *project)
{
  g_assert_true (stolt_project_set_text (project, STOLT_RECORD (stolt_project_get_card (project)),
                                         "mandate", "Kommunestyret ber rådmannen …", NULL));
}

static void
add_milestone (StoltProject *project)
{
  g_autoptr(StoltRecord) milestone = g_object_new (STOLT_TYPE_MILESTONE, NULL);

  g_assert_true (stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                                    STOLT_LIST_MILESTONES, 0, milestone, NULL));
}

static void
add_swot_item (StoltProject *project)
{
  g_autoptr(StoltRecord) item = g_object_new (STOLT_TYPE_SWOT_ITEM, NULL);

  g_assert_true (stolt_project_add (project, stolt_test_nth (project, STOLT_LIST_SWOT_ANALYSES, 0),
                                    0, 1, item, NULL));
}

static void
remove_activity (StoltProject *project)
{
  /* The second activity's predecessor link goes with it */
  stolt_project_remove (project, stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0));
}

static void
remove_values_document (StoltProject *project)
{
  stolt_project_remove (project, stolt_test_nth (project, STOLT_LIST_VALUES_DOCUMENTS, 0));
}

static void
move_activity (StoltProject *project)
{
  stolt_project_move (project, stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0), 1);
}

static void
group_edit (StoltProject *project)
{
  StoltRecord *activity = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0);

  stolt_project_begin_group (project, "Move Activity");
  g_assert_true (stolt_project_set_date (project, activity, "end-date",
                                         stolt_date_from_ymd (2015, 10, 21), NULL));
  g_assert_true (stolt_project_set_date (project, activity, "start-date",
                                         stolt_date_from_ymd (2015, 10, 20), NULL));
  stolt_project_end_group (project);
}

static const struct
{
  const char *name;
  EditFunc    edit;
  const char *label;
} edits[] = {
  { "/undo/set/text", edit_text, "Edit Milestone" },
  { "/undo/set/date", edit_date, "Edit Milestone" },
  { "/undo/set/number", edit_number, "Edit Activity" },
  { "/undo/set/enum", edit_enum, "Edit Milestone" },
  { "/undo/set/refs", edit_refs, "Edit Activity" },
  { "/undo/set/card", edit_card, "Edit Project" },
  { "/undo/add/milestone", add_milestone, "Add Milestone" },
  { "/undo/add/swot-item", add_swot_item, "Add Item" },
  { "/undo/remove/activity", remove_activity, "Remove Activity" },
  { "/undo/remove/values-document", remove_values_document, "Remove Values Document" },
  { "/undo/move/activity", move_activity, "Move Activity" },
  { "/undo/group", group_edit, "Move Activity" },
};

static void
test_edit (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(StoltProject) project = stolt_test_sample_project ();

  check_round_trip (project, edits[i].edit, edits[i].label);
}

/* A burst of typing in one field is one step; a seal or another field
 * starts the next */
static void
test_merge (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltUndoStack *stack = stolt_project_get_undo_stack (project);
  StoltRecord *goal = stolt_test_nth (project, STOLT_LIST_GOALS, 0);
  const StoltField *title = stolt_record_find_field (goal, "title");

  stolt_project_set_text (project, goal, "title", "A", NULL);
  stolt_project_set_text (project, goal, "title", "At", NULL);
  stolt_project_set_text (project, goal, "title", "Att", NULL);
  stolt_project_set_text (project, goal, "effects", "Lavere sykefravær", NULL);
  stolt_undo_stack_seal (stack);
  stolt_project_set_text (project, goal, "effects", "Lavere sykefravær i 2017", NULL);

  g_assert_true (stolt_undo_stack_undo (stack));
  g_assert_true (stolt_undo_stack_undo (stack));
  g_assert_cmpstr (stolt_record_get_text (goal, title), ==, "Att");
  g_assert_true (stolt_undo_stack_undo (stack));
  g_assert_cmpstr (stolt_record_get_text (goal, title), ==, "Attraktiv arbeidsgiver");
  g_assert_false (stolt_undo_stack_get_can_undo (stack));
}

/* Modified is derived from the history: undoing to the saved state makes
 * the project unmodified; a new edit after undoing past it never can */
static void
test_modified (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltUndoStack *stack = stolt_project_get_undo_stack (project);
  StoltRecord *goal = stolt_test_nth (project, STOLT_LIST_GOALS, 0);

  g_assert_false (stolt_undo_stack_get_modified (stack));
  stolt_project_set_text (project, goal, "title", "Mål 1", NULL);
  g_assert_true (stolt_undo_stack_get_modified (stack));
  stolt_undo_stack_mark_saved (stack);
  g_assert_false (stolt_undo_stack_get_modified (stack));

  stolt_project_set_text (project, goal, "title", "Mål 2", NULL);
  g_assert_true (stolt_undo_stack_get_modified (stack));
  stolt_undo_stack_undo (stack);
  g_assert_false (stolt_undo_stack_get_modified (stack));
  stolt_undo_stack_undo (stack);
  g_assert_true (stolt_undo_stack_get_modified (stack));
  stolt_project_set_text (project, goal, "effects", "Ny", NULL);
  g_assert_true (stolt_undo_stack_get_modified (stack));
  stolt_undo_stack_undo (stack);
  g_assert_true (stolt_undo_stack_get_modified (stack));
}

/* Random edits, then all undone and all redone, state checked each step */
static void
test_random_history (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltUndoStack *stack = stolt_project_get_undo_stack (project);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_test_message ("seed %u", seed);
  g_ptr_array_add (states, stolt_test_dump_project (project));

  for (guint step = 0; step < 200; step++)
    {
      GListModel *activities = stolt_project_get_list (project, STOLT_LIST_ACTIVITIES);
      guint n = g_list_model_get_n_items (activities);
      guint choice = g_rand_int_range (rand, 0, 4);
      g_autofree char *title = g_strdup_printf ("A%u", step);

      stolt_undo_stack_seal (stack);
      if (choice == 0 || n < 2)
        {
          g_autoptr(StoltRecord) activity = g_object_new (STOLT_TYPE_ACTIVITY, NULL);

          stolt_project_begin_group (project, NULL);
          stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                             STOLT_LIST_ACTIVITIES, g_rand_int_range (rand, 0, n + 1),
                             activity, NULL);
          stolt_project_set_text (project, activity, "title", title, NULL);
          stolt_project_end_group (project);
        }
      else if (choice == 1)
        stolt_project_remove (project, stolt_test_nth (project, STOLT_LIST_ACTIVITIES,
                                                       g_rand_int_range (rand, 0, n)));
      else if (choice == 2)
        stolt_project_move (project, stolt_test_nth (project, STOLT_LIST_ACTIVITIES,
                                                     g_rand_int_range (rand, 0, n)),
                            g_rand_int_range (rand, 0, n));
      else
        {
          StoltRecord *a = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, g_rand_int_range (rand, 0, n));
          gint64 id = stolt_record_get_id (stolt_test_nth (project, STOLT_LIST_ACTIVITIES,
                                                           g_rand_int_range (rand, 0, n)));

          /* May be refused as a cycle; then nothing happens */
          stolt_project_set_refs (project, a, "predecessors", &id, 1, NULL);
        }

      /* A step the model refused or that changed nothing (a cycle, a
       * move to where it was) leaves no undo step, so no state either */
      {
        char *now = stolt_test_dump_project (project);

        if (g_str_equal (now, g_ptr_array_index (states, states->len - 1)))
          g_free (now);
        else
          g_ptr_array_add (states, now);
      }
    }

  /* Walk back: each undo restores exactly the state before its step */
  for (guint i = states->len - 1; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (stolt_undo_stack_undo (stack));
      now = stolt_test_dump_project (project);
      g_assert_cmpstr (g_ptr_array_index (states, i - 1), ==, now);
    }
  g_assert_false (stolt_undo_stack_get_can_undo (stack));
  {
    g_autofree char *first = stolt_test_dump_project (project);
    g_autofree char *last = NULL;

    g_assert_cmpstr (g_ptr_array_index (states, 0), ==, first);
    while (stolt_undo_stack_redo (stack))
      ;
    last = stolt_test_dump_project (project);
    g_assert_cmpstr (g_ptr_array_index (states, states->len - 1), ==, last);
  }
  g_assert_true (stolt_project_check (project, NULL));
}

/* A move is one step that moves both dates, the end first when later
 * and the start first when earlier; a resize past the other end changes
 * nothing; listeners hear of each date once both have their new value */
static void
dates_changed_cb (StoltProject *project,
                  StoltRecord  *record,
                  const char   *field,
                  gpointer      user_data)
{
  GString *heard = user_data;

  g_string_append_printf (heard, "%s %u %u;", field,
                          stolt_activity_get_start_date (STOLT_ACTIVITY (record)),
                          stolt_activity_get_end_date (STOLT_ACTIVITY (record)));
}

static void
test_move_dates (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltUndoStack *stack = stolt_project_get_undo_stack (project);
  StoltRecord *activity = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0);
  guint32 start = stolt_activity_get_start_date (STOLT_ACTIVITY (activity));
  guint32 end = stolt_activity_get_end_date (STOLT_ACTIVITY (activity));
  guint32 span = end - start;
  g_autoptr(GString) heard = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (start, !=, 0);
  g_assert_cmpuint (span, >, 0);
  stolt_undo_stack_seal (stack);
  g_signal_connect (project, "record-changed", G_CALLBACK (dates_changed_cb), heard);

  /* Later by more than the span: the start alone would pass the end */
  g_assert_true (stolt_project_move_dates (project, activity, span + 3, STOLT_DATE_EDGE_BOTH,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start + span + 3);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end + span + 3);
  expected = g_strdup_printf ("end-date %u %u;start-date %u %u;", start + span + 3, end + span + 3,
                              start + span + 3, end + span + 3);
  g_assert_cmpstr (heard->str, ==, expected);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Move Activity");

  /* One undo restores both */
  g_assert_true (stolt_undo_stack_undo (stack));
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end);
  g_assert_false (stolt_undo_stack_get_can_undo (stack));

  /* Earlier: the start first */
  g_assert_true (stolt_project_move_dates (project, activity, -(int) span - 3,
                                           STOLT_DATE_EDGE_BOTH, NULL));
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start - span - 3);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end - span - 3);
  g_assert_true (stolt_undo_stack_undo (stack));

  /* A resize moves one end; past the other it is refused and changes nothing */
  g_assert_true (stolt_project_move_dates (project, activity, 2, STOLT_DATE_EDGE_END, NULL));
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end + 2);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Change Dates");
  g_assert_false (stolt_project_move_dates (project, activity, span + 5, STOLT_DATE_EDGE_START,
                                            &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_ORDER);
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end + 2);
  g_assert_true (stolt_undo_stack_undo (stack));
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end);
  g_assert_false (stolt_undo_stack_get_can_undo (stack));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    g_test_add_data_func (edits[i].name, GUINT_TO_POINTER (i), test_edit);
  g_test_add_func ("/undo/merge", test_merge);
  g_test_add_func ("/undo/modified", test_modified);
  g_test_add_func ("/undo/random-history", test_random_history);
  g_test_add_func ("/undo/move-dates", test_move_dates);

  return g_test_run ();
}
