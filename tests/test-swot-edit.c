/* test-swot-edit.c — the SWOT tab's compound edits, without a display
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorting a quadrant keeps the others in order, dots stop at the room's
 * budget, a duplicate's links point to its own copies, the matrix as
 * text; each edit one undo step.
 */

#include "config.h"

#include <string.h>

#include "stolt-model-error.h"
#include "stolt-swot-edit.h"
#include "stolt-test-util.h"

static StoltSwotItem *
add (StoltProject      *project,
     StoltSwotAnalysis *analysis,
     StoltQuadrant      quadrant,
     const char        *text)
{
  g_autoptr(GError) error = NULL;
  StoltSwotItem *item = stolt_swot_add_item (project, analysis, quadrant, text, &error);

  g_assert_no_error (error);
  return item;
}

static void
undo (StoltProject *project)
{
  stolt_undo_stack_undo (stolt_project_get_undo_stack (project));
}

static char *
quadrant_texts (StoltSwotAnalysis *analysis,
                StoltQuadrant      quadrant)
{
  g_autoptr(GPtrArray) shown = stolt_swot_quadrant_items (analysis, quadrant);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < shown->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "", stolt_swot_item_get_text (shown->pdata[i]));
  return g_string_free (out, FALSE);
}

static void
assert_texts (StoltSwotAnalysis *analysis,
              StoltQuadrant      quadrant,
              const char        *expected)
{
  g_autofree char *texts = quadrant_texts (analysis, quadrant);

  g_assert_cmpstr (texts, ==, expected);
}

static void
test_sort_and_step (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltSwotAnalysis *analysis = stolt_swot_add_analysis (project, "A", 0);
  StoltSwotItem *a = add (project, analysis, STOLT_QUADRANT_STRENGTHS, "a");
  StoltSwotItem *b;
  StoltSwotItem *c;

  add (project, analysis, STOLT_QUADRANT_THREATS, "x");
  b = add (project, analysis, STOLT_QUADRANT_STRENGTHS, "b");
  add (project, analysis, STOLT_QUADRANT_THREATS, "y");
  c = add (project, analysis, STOLT_QUADRANT_STRENGTHS, "c");
  stolt_project_set_int (project, STOLT_RECORD (b), "votes", 3, NULL);
  stolt_project_set_int (project, STOLT_RECORD (c), "votes", 5, NULL);
  stolt_project_set_int (project, STOLT_RECORD (a), "weight", 4, NULL);

  stolt_swot_sort_quadrant (project, analysis, STOLT_QUADRANT_STRENGTHS, "votes");
  assert_texts (analysis, STOLT_QUADRANT_STRENGTHS, "c,b,a");
  assert_texts (analysis, STOLT_QUADRANT_THREATS, "x,y");
  undo (project);
  assert_texts (analysis, STOLT_QUADRANT_STRENGTHS, "a,b,c");
  stolt_swot_sort_quadrant (project, analysis, STOLT_QUADRANT_STRENGTHS, "weight");
  assert_texts (analysis, STOLT_QUADRANT_STRENGTHS, "a,b,c");

  g_assert_true (stolt_swot_step_item (project, a, 1));
  assert_texts (analysis, STOLT_QUADRANT_STRENGTHS, "b,a,c");
  g_assert_false (stolt_swot_step_item (project, b, -1));
  stolt_swot_place_item (project, c, STOLT_QUADRANT_THREATS, NULL);
  assert_texts (analysis, STOLT_QUADRANT_THREATS, "x,y,c");
  stolt_swot_place_item (project, c, STOLT_QUADRANT_STRENGTHS, b);
  assert_texts (analysis, STOLT_QUADRANT_STRENGTHS, "c,b,a");
  undo (project);
  assert_texts (analysis, STOLT_QUADRANT_THREATS, "x,y,c");
}

static void
test_votes_and_clusters (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltSwotAnalysis *analysis = stolt_swot_add_analysis (project, "A", 0);
  StoltSwotItem *lead = add (project, analysis, STOLT_QUADRANT_OPPORTUNITIES, "lead");
  StoltSwotItem *member = add (project, analysis, STOLT_QUADRANT_THREATS, "member");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (stolt_swot_dots_left (analysis), ==, -1);
  stolt_project_set_int (project, STOLT_RECORD (analysis), "participants", 1, NULL);
  stolt_project_set_int (project, STOLT_RECORD (analysis), "dots-per-person", 2, NULL);
  g_assert_true (stolt_swot_vote (project, member, 1));
  g_assert_true (stolt_swot_cluster_items (project, member, lead));
  g_assert_cmpint (stolt_swot_item_get_quadrant (member), ==, STOLT_QUADRANT_OPPORTUNITIES);
  g_assert_false (stolt_swot_cluster_items (project, lead, member));
  g_assert_false (stolt_project_set_ref (project, STOLT_RECORD (lead), "cluster",
                                         stolt_record_get_id (STOLT_RECORD (lead)), &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE);

  /* A vote on a member goes to its lead; the budget holds */
  g_assert_true (stolt_swot_vote (project, member, 1));
  g_assert_cmpint (stolt_swot_item_get_votes (lead), ==, 1);
  g_assert_cmpint (stolt_swot_item_total_votes (lead), ==, 2);
  g_assert_cmpint (stolt_swot_dots_left (analysis), ==, 0);
  g_assert_false (stolt_swot_vote (project, lead, 1));

  /* Removing the lead ungroups its member */
  stolt_project_remove (project, STOLT_RECORD (lead));
  g_assert_cmpint (stolt_swot_item_get_cluster (member), ==, 0);
  undo (project);
  g_assert_cmpint (stolt_swot_item_get_cluster (member), ==, stolt_record_get_id (STOLT_RECORD (lead)));

  stolt_swot_reset_votes (project, analysis);
  g_assert_cmpint (stolt_swot_votes_cast (analysis), ==, 0);
  undo (project);
  g_assert_cmpint (stolt_swot_votes_cast (analysis), ==, 2);
}

static void
test_duplicate_and_text (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltSwotAnalysis *analysis = stolt_swot_add_analysis (project, "Workshop", 0);
  StoltSwotItem *w = add (project, analysis, STOLT_QUADRANT_WEAKNESSES, "Few apprentices");
  StoltSwotItem *o = add (project, analysis, STOLT_QUADRANT_OPPORTUNITIES, "College");
  StoltSwotItem *dup = add (project, analysis, STOLT_QUADRANT_OPPORTUNITIES, "A college");
  StoltSwotStrategy *strategy;
  StoltSwotAnalysis *copy;
  g_autoptr(StoltSwotStrategy) copied = NULL;
  g_autoptr(StoltSwotItem) copied_dup = NULL;
  g_autofree char *text = NULL;
  const gint64 *ids;
  guint n;

  stolt_project_set_text (project, STOLT_RECORD (analysis), "scope", "Jobs in the county", NULL);
  stolt_swot_cluster_items (project, dup, o);
  strategy = stolt_swot_add_strategy (project, analysis, STOLT_STRATEGY_WO, "Apprenticeships", w, o,
                                      NULL);
  g_assert_nonnull (strategy);
  g_assert_nonnull (stolt_swot_make_measure (project, strategy, NULL));

  copy = stolt_swot_duplicate_analysis (project, analysis);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stolt_project_get_undo_stack (project)), ==,
                   "Duplicate Analysis");
  g_assert_cmpstr (stolt_swot_analysis_get_title (copy), ==, "Workshop (copy)");
  copied = g_list_model_get_item (stolt_record_get_children (STOLT_RECORD (copy), 1), 0);
  ids = stolt_swot_strategy_get_items (copied, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (stolt_record_get_parent (stolt_project_lookup (project, ids[0])) == STOLT_RECORD (copy));
  copied_dup = g_list_model_get_item (stolt_record_get_children (STOLT_RECORD (copy), 0), 2);
  g_assert_true (stolt_record_get_parent (stolt_project_lookup (project,
                                                                stolt_swot_item_get_cluster (copied_dup)))
                 == STOLT_RECORD (copy));
  g_assert_null (stolt_swot_strategy_find_measure (project, copied));
  g_object_ref (copy);
  undo (project);
  g_assert_null (stolt_record_get_parent (STOLT_RECORD (copy)));
  g_object_unref (copy);

  text = stolt_swot_to_text (analysis);
  g_assert_cmpstr (text, ==,
                   "Workshop\nJobs in the county\n\nStrengths\n\nWeaknesses\n- Few apprentices\n"
                   "\nOpportunities\n- College\n  - A college\n\nThreats\n"
                   "\nStrategies\n- WO: Apprenticeships\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/swot-edit/sort-and-step", test_sort_and_step);
  g_test_add_func ("/swot-edit/votes-and-clusters", test_votes_and_clusters);
  g_test_add_func ("/swot-edit/duplicate-and-text", test_duplicate_and_text);

  return g_test_run ();
}
