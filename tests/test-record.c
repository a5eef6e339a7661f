/* test-record.c — records, validation and links in a project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stolt-date.h"
#include "stolt-model-error.h"
#include "stolt-project.h"
#include "stolt-project-builder.h"
#include "stolt-test-util.h"

static void
test_types (void)
{
  guint n_types;
  const GType *types = stolt_record_types (&n_types);
  g_autoptr(GHashTable) tables = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n_types, ==, 13);
  g_assert_true (types[0] == STOLT_TYPE_PROJECT_CARD);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(StoltRecordClass) klass = g_type_class_ref (types[i]);

      g_assert_nonnull (klass->table);
      g_assert_true (g_hash_table_add (tables, (gpointer) klass->table));
      g_assert_cmpuint (klass->n_fields, >, 0);
      g_assert_nonnull (stolt_record_class_find_field (klass, klass->title_field));
      for (guint j = 0; j < klass->n_fields; j++)
        g_assert_nonnull (g_object_class_find_property (G_OBJECT_CLASS (klass),
                                                        klass->fields[j].name));
    }
}

static void
test_new_project (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));

  g_assert_cmpint (stolt_record_get_id (card), ==, 1);
  g_assert_cmpuint (stolt_project_get_n_records (project), ==, 1);
  for (guint i = 0; i < STOLT_N_LISTS; i++)
    g_assert_cmpuint (g_list_model_get_n_items (stolt_project_get_list (project, i)), ==, 0);
  g_assert_false (stolt_undo_stack_get_modified (stolt_project_get_undo_stack (project)));
}

static void
assert_refused (StoltProject *project,
                StoltRecord  *record,
                gboolean      result,
                GError       *error,
                int           code,
                const char   *before)
{
  g_autofree char *after = stolt_test_dump_project (project);

  g_assert_false (result);
  g_assert_error (error, STOLT_MODEL_ERROR, code);
  g_assert_cmpstr (before, ==, after);
}

static void
test_validation (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  g_autofree char *before = stolt_test_dump_project (project);
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  StoltRecord *first = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0);
  StoltRecord *second = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1);
  StoltRecord *goal = stolt_test_nth (project, STOLT_LIST_GOALS, 0);
  gint64 ids[2];
  gboolean ok;

#define REFUSED(call, code) \
  G_STMT_START { \
    g_autoptr(GError) error = NULL; \
    ok = call; \
    assert_refused (project, milestone, ok, error, code, before); \
  } G_STMT_END

  REFUSED (stolt_project_set_text (project, milestone, "title", "", &error),
           STOLT_MODEL_ERROR_REQUIRED);
  REFUSED (stolt_project_set_text (project, milestone, "title", " \t\n ", &error),
           STOLT_MODEL_ERROR_REQUIRED);
  REFUSED (stolt_project_set_text (project, milestone, "title", "\xff\xfe", &error),
           STOLT_MODEL_ERROR_TEXT);
  REFUSED (stolt_project_set_date (project, milestone, "date",
                                   stolt_date_from_ymd (1899, 12, 31), &error),
           STOLT_MODEL_ERROR_RANGE);
  REFUSED (stolt_project_set_date (project, milestone, "date",
                                   stolt_date_from_ymd (2201, 1, 1), &error),
           STOLT_MODEL_ERROR_RANGE);
  REFUSED (stolt_project_set_date (project, first, "end-date",
                                   stolt_date_from_ymd (2015, 10, 12), &error),
           STOLT_MODEL_ERROR_ORDER);
  REFUSED (stolt_project_set_date (project, first, "start-date",
                                   stolt_date_from_ymd (2015, 10, 15), &error),
           STOLT_MODEL_ERROR_ORDER);
  REFUSED (stolt_project_set_double (project, first, "hours", -1.0, &error),
           STOLT_MODEL_ERROR_RANGE);
  REFUSED (stolt_project_set_double (project, first, "hours", NAN, &error),
           STOLT_MODEL_ERROR_RANGE);
  REFUSED (stolt_project_set_int (project, first, "progress", 101, &error),
           STOLT_MODEL_ERROR_RANGE);
  REFUSED (stolt_project_set_int (project, milestone, "status", 7, &error),
           STOLT_MODEL_ERROR_RANGE);
  REFUSED (stolt_project_set_ref (project, milestone, "phase", 9999, &error),
           STOLT_MODEL_ERROR_REFERENCE);
  /* A goal is not a phase */
  REFUSED (stolt_project_set_ref (project, milestone, "phase", stolt_record_get_id (goal), &error),
           STOLT_MODEL_ERROR_REFERENCE);

  /* second already follows first: first may not follow second, nor itself */
  ids[0] = stolt_record_get_id (second);
  REFUSED (stolt_project_set_refs (project, first, "predecessors", ids, 1, &error),
           STOLT_MODEL_ERROR_CYCLE);
  ids[0] = stolt_record_get_id (first);
  REFUSED (stolt_project_set_refs (project, first, "predecessors", ids, 1, &error),
           STOLT_MODEL_ERROR_CYCLE);
  ids[1] = ids[0];
  REFUSED (stolt_project_set_refs (project, second, "predecessors", ids, 2, &error),
           STOLT_MODEL_ERROR_REFERENCE);

#undef REFUSED

  g_assert_false (stolt_undo_stack_get_modified (stolt_project_get_undo_stack (project)));
}

typedef struct
{
  guint records;
  guint lists;
  char *last_field;
} Signals;

static void
record_changed_cb (StoltProject *project,
                   StoltRecord  *record,
                   const char   *field,
                   Signals      *signals)
{
  signals->records++;
  g_free (signals->last_field);
  signals->last_field = g_strdup (field);
}

static void
children_changed_cb (StoltProject *project,
                     StoltRecord  *owner,
                     guint         list,
                     guint         position,
                     guint         removed,
                     guint         added,
                     Signals      *signals)
{
  signals->lists++;
}

static void
test_signals (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  g_autoptr(StoltRecord) phase = g_object_new (STOLT_TYPE_PHASE, NULL);
  Signals signals = { 0 };

  g_signal_connect (project, "record-changed", G_CALLBACK (record_changed_cb), &signals);
  g_signal_connect (project, "children-changed", G_CALLBACK (children_changed_cb), &signals);

  g_assert_true (stolt_project_set_text (project, milestone, "responsible", "Rådmann", NULL));
  g_assert_cmpuint (signals.records, ==, 1);
  g_assert_cmpstr (signals.last_field, ==, "responsible");

  /* Setting the same value again changes nothing and says nothing */
  g_assert_true (stolt_project_set_text (project, milestone, "responsible", "Rådmann", NULL));
  g_assert_cmpuint (signals.records, ==, 1);

  g_assert_true (stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                                    STOLT_LIST_PHASES, 0, phase, NULL));
  g_assert_cmpuint (signals.lists, ==, 1);
  g_assert_cmpint (stolt_record_get_id (phase), >, 0);
  g_assert_true (stolt_project_lookup (project, stolt_record_get_id (phase)) == phase);

  stolt_undo_stack_undo (stolt_project_get_undo_stack (project));
  g_assert_cmpuint (signals.lists, ==, 2);
  g_assert_null (stolt_project_lookup (project, stolt_record_get_id (phase)));

  g_free (signals.last_field);
}

/* Removing a record takes the links to it (and to its children) along */
static void
test_remove_unlinks (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltUndoStack *stack = stolt_project_get_undo_stack (project);
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  StoltRecord *phase = stolt_test_nth (project, STOLT_LIST_PHASES, 0);
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  StoltRecord *analysis = stolt_test_nth (project, STOLT_LIST_SWOT_ANALYSES, 0);
  StoltRecord *measure = stolt_test_nth (project, STOLT_LIST_MEASURES, 0);
  const StoltField *phase_field = stolt_record_find_field (milestone, "phase");
  const StoltField *strategies = stolt_record_find_field (measure, "strategies");

  stolt_project_remove (project, phase);
  g_assert_cmpint (stolt_record_get_ref (milestone, phase_field), ==, 0);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Remove Phase");

  /* The analysis's strategy goes with it, and so does the measure's link */
  stolt_project_remove (project, analysis);
  g_assert_null (stolt_record_get_refs (measure, strategies));
  g_assert_true (stolt_project_check (project, NULL));
  after = stolt_test_dump_project (project);

  stolt_undo_stack_undo (stack);
  stolt_undo_stack_undo (stack);
  undone = stolt_test_dump_project (project);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (stolt_project_check (project, NULL));
}

static void
test_check_loaded (void)
{
  g_autoptr(StoltProjectCard) card = g_object_new (STOLT_TYPE_PROJECT_CARD, NULL);
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = stolt_project_new_for_card (card, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
  g_assert_cmpint (stolt_record_get_id (STOLT_RECORD (card)), ==, 1);
}

/* A project as a loader builds it: @n activities, each after the one
 * before; with @close_circle the first also follows the last */
static StoltProjectBuilder *
chained_builder (guint    n,
                 gboolean close_circle)
{
  StoltProjectBuilder *builder = stolt_project_builder_new ();
  StoltRecord *card = stolt_project_builder_add (builder, STOLT_TYPE_PROJECT_CARD, 0);
  g_autoptr(GPtrArray) activities = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      StoltRecord *activity = stolt_project_builder_add (builder, STOLT_TYPE_ACTIVITY, i + 2);
      const StoltField *predecessors = stolt_record_find_field (activity, "predecessors");
      g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) error = NULL;
      gint64 before = i > 0 ? i + 1 : (close_circle ? n + 1 : 0);

      if (before != 0)
        g_array_append_val (refs, before);
      g_value_init (&value, G_TYPE_ARRAY);
      g_value_set_boxed (&value, refs);
      g_assert_true (stolt_project_builder_set (builder, activity, predecessors, &value, &error));
      g_assert_no_error (error);
      g_ptr_array_add (activities, activity);
    }

  stolt_project_builder_append (builder, card, STOLT_LIST_ACTIVITIES,
                                (StoltRecord **) activities->pdata, activities->len);
  return builder;
}

static void
test_check_cycles (void)
{
  g_autoptr(StoltProjectBuilder) chain = chained_builder (5000, FALSE);
  g_autoptr(StoltProjectBuilder) circle = chained_builder (5000, TRUE);
  g_autoptr(StoltProject) good = NULL;
  g_autoptr(StoltProject) bad = NULL;
  g_autoptr(GError) error = NULL;

  /* A long chain is no circle (and no deep recursion either) */
  good = stolt_project_builder_finish (chain, &error);
  g_assert_no_error (error);
  g_assert_nonnull (good);

  /* Closing the circle by an edit is refused too, however long the chain */
  {
    g_autoptr(GError) edit_error = NULL;
    StoltRecord *first = stolt_test_nth (good, STOLT_LIST_ACTIVITIES, 0);
    StoltRecord *last = stolt_test_nth (good, STOLT_LIST_ACTIVITIES, 4999);
    gint64 id = stolt_record_get_id (last);

    g_assert_false (stolt_project_set_refs (good, first, "predecessors", &id, 1, &edit_error));
    g_assert_error (edit_error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_CYCLE);
  }

  bad = stolt_project_builder_finish (circle, &error);
  g_assert_null (bad);
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_CYCLE);
}

/* The builder refuses a value that does not fit, a link to a record that
 * is not there and a record that belongs nowhere; it lets an empty title
 * through, as a file may hold a record not yet named */
static void
test_builder_checks (void)
{
  g_autoptr(StoltProjectBuilder) builder = stolt_project_builder_new ();
  g_autoptr(StoltProjectBuilder) orphans = stolt_project_builder_new ();
  g_autoptr(StoltProjectBuilder) empty = stolt_project_builder_new ();
  StoltRecord *card = stolt_project_builder_add (builder, STOLT_TYPE_PROJECT_CARD, 0);
  StoltRecord *activity = stolt_project_builder_add (builder, STOLT_TYPE_ACTIVITY, 0);
  g_auto(GValue) progress = G_VALUE_INIT;
  g_auto(GValue) title = G_VALUE_INIT;
  g_auto(GValue) phase = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;

  g_assert_cmpint (stolt_record_get_id (card), ==, 1);
  g_assert_cmpint (stolt_record_get_id (activity), ==, 2);
  g_assert_true (stolt_project_builder_lookup (builder, 2) == activity);
  g_assert_null (stolt_project_builder_lookup (builder, 3));

  g_value_init (&progress, G_TYPE_INT);
  g_value_set_int (&progress, 101);
  g_assert_false (stolt_project_builder_set (builder, activity,
                                             stolt_record_find_field (activity, "progress"),
                                             &progress, &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (stolt_activity_get_progress (STOLT_ACTIVITY (activity)), ==, 0);

  g_value_init (&title, G_TYPE_STRING);
  g_value_set_static_string (&title, "");
  g_assert_true (stolt_project_builder_set (builder, activity,
                                            stolt_record_find_field (activity, "title"),
                                            &title, &error));
  g_assert_no_error (error);

  g_value_init (&phase, G_TYPE_INT64);
  g_value_set_int64 (&phase, 7);
  g_assert_true (stolt_project_builder_set (builder, activity,
                                            stolt_record_find_field (activity, "phase"),
                                            &phase, &error));
  stolt_project_builder_append (builder, card, STOLT_LIST_ACTIVITIES, &activity, 1);
  project = stolt_project_builder_finish (builder, &error);
  g_assert_null (project);
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE);
  g_clear_error (&error);

  stolt_project_builder_add (orphans, STOLT_TYPE_PROJECT_CARD, 0);
  stolt_project_builder_add (orphans, STOLT_TYPE_MEMBER, 5);
  g_assert_null (stolt_project_builder_finish (orphans, &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE);
  g_clear_error (&error);

  g_assert_null (stolt_project_builder_finish (empty, &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/types", test_types);
  g_test_add_func ("/project/new", test_new_project);
  g_test_add_func ("/project/validation", test_validation);
  g_test_add_func ("/project/signals", test_signals);
  g_test_add_func ("/project/remove-unlinks", test_remove_unlinks);
  g_test_add_func ("/project/check-loaded", test_check_loaded);
  g_test_add_func ("/project/check-cycles", test_check_cycles);
  g_test_add_func ("/project/builder-checks", test_builder_checks);

  return g_test_run ();
}
