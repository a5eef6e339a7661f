/* test-timeline-index.c — the timeline's rows, links, trees and keyboard order
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-interval-tree.h"
#include "stolt-timeline-index.h"
#include "timeline-test-util.h"

static const char *
row_title (StoltTimelineIndex *index,
           guint               row)
{
  return stolt_record_get_title (stolt_timeline_index_get_row (index, row)->record);
}

static gint64
id_of (StoltTimelineIndex *index,
       const char         *title)
{
  for (guint i = 0; i < stolt_timeline_index_get_n_rows (index); i++)
    if (g_str_equal (row_title (index, i), title))
      return stolt_timeline_index_get_row (index, i)->id;
  g_assert_not_reached ();
}

/* Per phase in phase order: the phase, then its items by date (a
 * milestone first on a shared day), undated last; items without a phase
 * after all phases */
static void
test_row_order (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  static const char *const expected[] = {
    "Startfase", "Kick-off", "Kartlegge kompetansebehov", "Samling 1: visjon og verdier",
    "Planlegging", "Involvere tillitsvalgte", "Politisk mandat på plass",
    "Medarbeiderundersøkelse",
    "Gjennomføring", "Skrive arbeidsgiverpolitikken", "Vedtak i kommunestyret",
    "Evaluering", "Informere alle ledere",
  };
  const StoltTimelineRow *row;

  g_assert_cmpuint (stolt_timeline_index_get_n_rows (index), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (row_title (index, i), ==, expected[i]);
      g_assert_cmpuint (stolt_timeline_index_find_row (index,
                                                       stolt_timeline_index_get_row (index, i)->id),
                        ==, i);
    }

  /* Kinds, phases and lanes */
  row = stolt_timeline_index_get_row (index, 0);
  g_assert_cmpint (row->kind, ==, STOLT_TIMELINE_ITEM_PHASE);
  g_assert_cmpuint (row->phase_row, ==, 0);
  g_assert_cmpint (stolt_timeline_index_get_row (index, 1)->kind, ==,
                   STOLT_TIMELINE_ITEM_MILESTONE);
  g_assert_cmpuint (stolt_timeline_index_get_row (index, 6)->phase_row, ==, 4);
  g_assert_cmpuint (stolt_timeline_index_get_row (index, 6)->lane, ==, 1);
  g_assert_cmpuint (stolt_timeline_index_get_row (index, 11)->phase_row, ==, STOLT_TIMELINE_NO_ROW);
  g_assert_cmpuint (stolt_timeline_index_get_row (index, 11)->lane, ==, 3);

  /* A phase spans its items */
  g_assert_cmpuint (row->start, ==, YMD (2026, 9, 14));
  g_assert_cmpuint (row->end, ==, YMD (2026, 10, 6));
  row = stolt_timeline_index_get_row (index, 8);
  g_assert_cmpuint (row->start, ==, YMD (2026, 11, 30));
  g_assert_cmpuint (row->end, ==, YMD (2027, 1, 28));

  /* Undated */
  row = stolt_timeline_index_get_row (index, 12);
  g_assert_cmpuint (row->start, ==, STOLT_DATE_NONE);
  g_assert_cmpuint (row->end, ==, STOLT_DATE_NONE);

  g_assert_cmpuint (stolt_timeline_index_find_row (index, 999999), ==, STOLT_TIMELINE_NO_ROW);
}

static void
test_half_dated (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(StoltTimelineIndex) index = NULL;
  const StoltTimelineRow *row;

  timeline_test_activity (project, "Only an end", STOLT_DATE_NONE, YMD (2026, 5, 8), NULL, 0);
  timeline_test_activity (project, "Only a start", YMD (2026, 5, 4), STOLT_DATE_NONE, NULL, 0);
  index = stolt_timeline_index_new (project);

  row = stolt_timeline_index_get_row (index, 0);
  g_assert_cmpstr (stolt_record_get_title (row->record), ==, "Only a start");
  g_assert_cmpuint (row->start, ==, YMD (2026, 5, 4));
  g_assert_cmpuint (row->end, ==, YMD (2026, 5, 4));
  row = stolt_timeline_index_get_row (index, 1);
  g_assert_cmpuint (row->start, ==, YMD (2026, 5, 8));
  g_assert_cmpuint (row->end, ==, YMD (2026, 5, 8));
}

static void
test_links (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  static const guint expected[][2] = { { 2, 3 }, { 3, 5 }, { 5, 9 } };

  g_assert_cmpuint (stolt_timeline_index_get_n_links (index), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < stolt_timeline_index_get_n_links (index); j++)
        {
          const StoltTimelineLink *link = stolt_timeline_index_get_link (index, j);

          seen |= link->from_row == expected[i][0] && link->to_row == expected[i][1];
        }
      g_assert_true (seen);
    }

  /* Rows 6 to 8 lie between the ends of 5 → 9 only */
  stolt_timeline_index_query_links (index, 6, 8, found);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpuint (stolt_timeline_index_get_link (index, g_array_index (found, guint, 0))->to_row,
                    ==, 9);
  g_array_set_size (found, 0);
  stolt_timeline_index_query_links (index, 10, 12, found);
  g_assert_cmpuint (found->len, ==, 0);
  stolt_timeline_index_query_links (index, 0, 12, found);
  g_assert_cmpuint (found->len, ==, 3);
}

static int
compare_uints (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The tree finds exactly what a walk through every interval finds */
static void
test_interval_tree (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 40; round++)
    {
      guint n = round == 0 ? 0 : g_rand_int_range (rand, 1, round < 20 ? 40 : 3000);
      g_autofree StoltInterval *intervals = g_new0 (StoltInterval, MAX (n, 1));
      g_autoptr(StoltIntervalTree) tree = NULL;

      /* Every fourth round spreads the starts too far apart for a
       * counting sort */
      guint32 spread = round % 4 == 3 ? 1000003 : 1;

      for (guint i = 0; i < n; i++)
        {
          guint32 start = g_rand_int_range (rand, 1, 1000) * spread;
          guint32 length = (g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 10)
                                                  : g_rand_int_range (rand, 0, 400)) * spread;

          intervals[i] = (StoltInterval) { start, start + length, i, 0 };
        }
      tree = stolt_interval_tree_new (intervals, n);
      g_assert_cmpuint (stolt_interval_tree_get_size (tree), ==, n);

      for (guint q = 0; q < 50; q++)
        {
          guint32 low = g_rand_int_range (rand, 0, 1500) * spread;
          guint32 high = low + g_rand_int_range (rand, 0, 60) * spread;
          g_autoptr(GArray) got = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autoptr(GArray) want = g_array_new (FALSE, FALSE, sizeof (guint));

          g_assert_cmpuint (stolt_interval_tree_query (tree, low, high, got), ==, got->len);
          for (guint i = 0; i < n; i++)
            if (intervals[i].start <= high && intervals[i].end >= low)
              g_array_append_val (want, i);
          g_array_sort (got, compare_uints);
          g_assert_cmpmem (got->data, got->len * sizeof (guint),
                           want->data, want->len * sizeof (guint));
        }
    }
}

/* Ids far apart (other records took the numbers between) are found too */
static void
test_sparse_ids (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  g_autoptr(StoltTimelineIndex) index = NULL;
  StoltRecord *first, *last;

  first = timeline_test_milestone (project, "Oppstart", YMD (2026, 1, 12), NULL,
                                   STOLT_STATUS_PLANNED);
  for (guint i = 0; i < 1500; i++)
    {
      g_autoptr(StoltRecord) goal = g_object_new (STOLT_TYPE_GOAL, NULL);

      g_assert_true (stolt_project_add (project, card, STOLT_LIST_GOALS, G_MAXUINT, goal, NULL));
    }
  last = timeline_test_milestone (project, "Avslutning", YMD (2026, 12, 14), NULL,
                                  STOLT_STATUS_PLANNED);
  g_assert_cmpint (stolt_record_get_id (last) - stolt_record_get_id (first), >, 1500);

  index = stolt_timeline_index_new (project);
  g_assert_cmpuint (stolt_timeline_index_find_row (index, stolt_record_get_id (first)), ==, 0);
  g_assert_cmpuint (stolt_timeline_index_find_row (index, stolt_record_get_id (last)), ==, 1);
  g_assert_cmpuint (stolt_timeline_index_find_row (index, stolt_record_get_id (first) + 1), ==,
                    STOLT_TIMELINE_NO_ROW);
  g_assert_cmpuint (stolt_timeline_index_find_row (index, -5), ==, STOLT_TIMELINE_NO_ROW);
  g_assert_cmpint (stolt_timeline_index_step (index, stolt_record_get_id (first),
                                              STOLT_TIMELINE_STEP_NEXT), ==,
                   stolt_record_get_id (last));
}

static void
test_query_dates (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));

  /* 2026-10-20: Planlegging, Involvere, Politisk mandat */
  stolt_timeline_index_query_dates (index, YMD (2026, 10, 20), YMD (2026, 10, 20), rows);
  g_array_sort (rows, compare_uints);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (g_array_index (rows, guint, 0), ==, 4);
  g_assert_cmpuint (g_array_index (rows, guint, 1), ==, 5);
  g_assert_cmpuint (g_array_index (rows, guint, 2), ==, 6);

  g_array_set_size (rows, 0);
  stolt_timeline_index_query_dates (index, YMD (2030, 1, 1), YMD (2031, 1, 1), rows);
  g_assert_cmpuint (rows->len, ==, 0);
}

static void
test_range (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  guint32 first = 0, last = 0;

  /* The card ends on 29 January; "Evaluering" on 1 March reaches further */
  g_assert_true (stolt_timeline_index_get_range (index, &first, &last));
  g_assert_cmpuint (first, ==, YMD (2026, 9, 14));
  g_assert_cmpuint (last, ==, YMD (2027, 3, 1));

  /* The card alone makes a range too */
  {
    g_autoptr(StoltProject) bare = stolt_project_new ();
    g_autoptr(StoltTimelineIndex) bare_index = NULL;

    timeline_test_card_dates (bare, YMD (2026, 1, 1), YMD (2026, 6, 30));
    bare_index = stolt_timeline_index_new (bare);
    g_assert_true (stolt_timeline_index_get_range (bare_index, &first, &last));
    g_assert_cmpuint (first, ==, YMD (2026, 1, 1));
    g_assert_cmpuint (last, ==, YMD (2026, 6, 30));
  }
}

static void
test_empty (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));

  g_assert_cmpuint (stolt_timeline_index_get_n_rows (index), ==, 0);
  g_assert_cmpuint (stolt_timeline_index_get_n_links (index), ==, 0);
  g_assert_false (stolt_timeline_index_get_range (index, NULL, NULL));
  g_assert_cmpuint (stolt_timeline_index_query_dates (index, 1, G_MAXUINT32, found), ==, 0);
  g_assert_cmpint (stolt_timeline_index_step (index, 0, STOLT_TIMELINE_STEP_NEXT), ==, 0);
  g_assert_cmpint (stolt_timeline_index_step (index, 0, STOLT_TIMELINE_STEP_LAST), ==, 0);
  g_assert_null (stolt_timeline_index_describe (index, 1, YMD (2026, 1, 1)));
}

/* Left and right go by date, up and down by row */
static void
test_step (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  gint64 startfase = id_of (index, "Startfase"), kickoff = id_of (index, "Kick-off");
  gint64 survey = id_of (index, "Kartlegge kompetansebehov");
  gint64 unions = id_of (index, "Involvere tillitsvalgte");
  gint64 planning = id_of (index, "Planlegging");
  gint64 mandate = id_of (index, "Politisk mandat på plass");
  gint64 undated = id_of (index, "Informere alle ledere");
  gint64 evaluation = id_of (index, "Evaluering");

  /* By date: on 14 September the phase row, the milestone, the activity */
  g_assert_cmpint (stolt_timeline_index_step (index, 0, STOLT_TIMELINE_STEP_NEXT), ==, startfase);
  g_assert_cmpint (stolt_timeline_index_step (index, 0, STOLT_TIMELINE_STEP_FIRST), ==, startfase);
  g_assert_cmpint (stolt_timeline_index_step (index, startfase, STOLT_TIMELINE_STEP_NEXT), ==,
                   kickoff);
  g_assert_cmpint (stolt_timeline_index_step (index, kickoff, STOLT_TIMELINE_STEP_NEXT), ==, survey);
  g_assert_cmpint (stolt_timeline_index_step (index, survey, STOLT_TIMELINE_STEP_PREVIOUS), ==,
                   kickoff);
  /* 12 October: the phase Planlegging, then Involvere; 20 October the mandate */
  g_assert_cmpint (stolt_timeline_index_step (index, planning, STOLT_TIMELINE_STEP_NEXT), ==, unions);
  g_assert_cmpint (stolt_timeline_index_step (index, unions, STOLT_TIMELINE_STEP_NEXT), ==, mandate);
  /* The undated come last; nothing after them */
  g_assert_cmpint (stolt_timeline_index_step (index, 0, STOLT_TIMELINE_STEP_LAST), ==, undated);
  g_assert_cmpint (stolt_timeline_index_step (index, undated, STOLT_TIMELINE_STEP_PREVIOUS), ==,
                   evaluation);
  g_assert_cmpint (stolt_timeline_index_step (index, undated, STOLT_TIMELINE_STEP_NEXT), ==, 0);
  g_assert_cmpint (stolt_timeline_index_step (index, startfase, STOLT_TIMELINE_STEP_PREVIOUS), ==, 0);

  /* By row */
  g_assert_cmpint (stolt_timeline_index_step (index, unions, STOLT_TIMELINE_STEP_ABOVE), ==,
                   planning);
  g_assert_cmpint (stolt_timeline_index_step (index, unions, STOLT_TIMELINE_STEP_BELOW), ==,
                   mandate);
  g_assert_cmpint (stolt_timeline_index_step (index, startfase, STOLT_TIMELINE_STEP_ABOVE), ==, 0);
  g_assert_cmpint (stolt_timeline_index_step (index, undated, STOLT_TIMELINE_STEP_BELOW), ==, 0);
  g_assert_cmpint (stolt_timeline_index_step (index, 0, STOLT_TIMELINE_STEP_BELOW), ==, startfase);
  g_assert_cmpint (stolt_timeline_index_step (index, 0, STOLT_TIMELINE_STEP_ABOVE), ==, undated);
  /* An id that is not on the timeline counts as none */
  g_assert_cmpint (stolt_timeline_index_step (index, 424242, STOLT_TIMELINE_STEP_BELOW), ==,
                   startfase);
}

static void
test_describe (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  guint32 today = timeline_test_today ();
  struct
  {
    const char *title;
    const char *expected;
  } cases[] = {
    { "Kick-off", "Kick-off, milestone, 14 September 2026, done" },
    { "Politisk mandat på plass", "Politisk mandat på plass, milestone, 20 October 2026, late" },
    { "Vedtak i kommunestyret", "Vedtak i kommunestyret, milestone, 28 January 2027" },
    { "Involvere tillitsvalgte",
      "Involvere tillitsvalgte, activity, 12 October 2026 to 13 November 2026, 30% done" },
    { "Startfase", "Startfase, phase, 14 September 2026 to 6 October 2026" },
    { "Informere alle ledere", "Informere alle ledere, activity, no dates, 0% done" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = stolt_timeline_index_describe (index, id_of (index, cases[i].title),
                                                             today);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  /* Not late before its day, nor on it */
  {
    gint64 id = id_of (index, "Politisk mandat på plass");
    g_autofree char *before = stolt_timeline_index_describe (index, id, YMD (2026, 10, 1));
    g_autofree char *on = stolt_timeline_index_describe (index, id, YMD (2026, 10, 20));
    g_autofree char *after = stolt_timeline_index_describe (index, id, YMD (2026, 10, 21));

    g_assert_null (strstr (before, "late"));
    g_assert_null (strstr (on, "late"));
    g_assert_nonnull (strstr (after, "late"));
  }
}

/* What an edit does to the index */
static void
test_update (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  guint row = stolt_timeline_index_find_row (index, id_of (index, "Medarbeiderundersøkelse"));
  StoltRecord *record = stolt_timeline_index_get_row (index, row)->record;
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  g_autoptr(StoltRecord) added = NULL;
  g_autoptr(GError) error = NULL;
  guint32 last;

  /* A title is read when drawn: redraw, no rebuild */
  g_assert_true (stolt_project_set_text (project, record, "title", "Medarbeidersamtaler", NULL));
  g_assert_true (stolt_timeline_index_update (index, record, "title"));
  g_assert_cmpuint (stolt_timeline_index_find_row (index, stolt_record_get_id (record)), ==, row);
  g_assert_cmpstr (row_title (index, row), ==, "Medarbeidersamtaler");

  /* Notes are not drawn */
  g_assert_true (stolt_project_set_text (project, record, "notes", "Med HR", NULL));
  g_assert_false (stolt_timeline_index_update (index, record, "notes"));

  /* A new start date moves it to the top of its phase */
  g_assert_true (stolt_project_set_date (project, record, "start-date", YMD (2026, 10, 1), NULL));
  g_assert_true (stolt_timeline_index_update (index, record, "start-date"));
  g_assert_cmpuint (stolt_timeline_index_find_row (index, stolt_record_get_id (record)), ==, 5);
  g_assert_cmpuint (stolt_timeline_index_get_row (index, 4)->start, ==, YMD (2026, 10, 1));

  /* The card's dates change the range */
  g_assert_true (stolt_project_set_date (project, card, "end-date", YMD (2027, 6, 30), NULL));
  g_assert_true (stolt_timeline_index_update (index, card, "end-date"));
  g_assert_true (stolt_timeline_index_get_range (index, NULL, &last));
  g_assert_cmpuint (last, ==, YMD (2027, 6, 30));
  g_assert_false (stolt_timeline_index_update (index, card, "purpose"));

  /* Adding and removing rebuild it */
  added = g_object_new (STOLT_TYPE_MILESTONE, NULL);
  g_assert_true (stolt_project_add (project, card, STOLT_LIST_MILESTONES, 0, added, &error));
  g_assert_no_error (error);
  g_assert_true (stolt_timeline_index_children_changed (index, card, STOLT_LIST_MILESTONES));
  g_assert_cmpuint (stolt_timeline_index_get_n_rows (index), ==, 14);
  stolt_project_remove (project, record);
  g_assert_true (stolt_timeline_index_children_changed (index, card, STOLT_LIST_ACTIVITIES));
  g_assert_cmpuint (stolt_timeline_index_get_n_rows (index), ==, 13);
  g_assert_cmpuint (stolt_timeline_index_find_row (index, stolt_record_get_id (record)), ==,
                    STOLT_TIMELINE_NO_ROW);
  g_assert_false (stolt_timeline_index_children_changed (index, card, STOLT_LIST_GOALS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timeline/index/row-order", test_row_order);
  g_test_add_func ("/timeline/index/half-dated", test_half_dated);
  g_test_add_func ("/timeline/index/links", test_links);
  g_test_add_func ("/timeline/index/interval-tree", test_interval_tree);
  g_test_add_func ("/timeline/index/sparse-ids", test_sparse_ids);
  g_test_add_func ("/timeline/index/query-dates", test_query_dates);
  g_test_add_func ("/timeline/index/range", test_range);
  g_test_add_func ("/timeline/index/empty", test_empty);
  g_test_add_func ("/timeline/index/step", test_step);
  g_test_add_func ("/timeline/index/describe", test_describe);
  g_test_add_func ("/timeline/index/update", test_update);
  return g_test_run ();
}
