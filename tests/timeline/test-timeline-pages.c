/* test-timeline-pages.c — cutting the timeline into pages
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "stolt-timeline-pages.h"
#include "timeline-test-util.h"

#define EPSILON 1e-6

typedef struct
{
  StoltProject       *project;
  StoltTimelineIndex *index;
  StoltTimelineText  *text;
  StoltTimelineStyle  style;
} Fixture;

static StoltProject *
long_project (void)
{
  StoltProject *project = timeline_test_project ();

  /* 60 more rows, so that pages run down as well as across */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Oppfølging %u", i + 1);

      timeline_test_activity (project, title, YMD (2026, 9, 14) + 2 * i,
                              YMD (2026, 9, 14) + 2 * i + 3, NULL, 0);
    }
  return project;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->project = data != NULL ? ((StoltProject *(*) (void)) data) () : timeline_test_project ();
  f->index = stolt_timeline_index_new (f->project);
  f->text = timeline_test_text (8);
  stolt_timeline_style_init (&f->style, f->text);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  stolt_timeline_index_unref (f->index);
  stolt_timeline_text_unref (f->text);
  g_object_unref (f->project);
}

/* Fitting the width: one column of pages, as many rows of pages as the
 * rows need, each row on exactly one page, the header on every page */
static void
test_fit_width (Fixture       *f,
                gconstpointer  data)
{
  StoltTimelinePageSetup setup = { 786, 480, 0, FALSE, timeline_test_today () };
  g_autoptr(GArray) pages = stolt_timeline_paginate (f->index, &f->style, &setup);
  guint n_rows = stolt_timeline_index_get_n_rows (f->index);
  g_autofree guint *seen = g_new0 (guint, n_rows);
  guint32 first, last;

  g_assert_cmpuint (pages->len, >, 1);
  g_assert_true (stolt_timeline_index_get_range (f->index, &first, &last));
  for (guint i = 0; i < pages->len; i++)
    {
      StoltTimelinePage *page = &g_array_index (pages, StoltTimelinePage, i);
      g_autoptr(StoltTimelineLayout) layout = NULL;
      guint row0, n;

      g_assert_cmpuint (page->column, ==, 0);
      g_assert_cmpuint (page->row, ==, i);
      g_assert_cmpfloat (page->scale, ==, 1.0);
      g_assert_cmpfloat (page->viewport.width, ==, setup.width);
      g_assert_cmpfloat (page->viewport.height, <=, setup.height);
      g_assert_cmpfloat (stolt_timeline_scale_day_to_x (&page->viewport.scale, first), >=, 0);
      g_assert_cmpfloat (stolt_timeline_scale_day_to_x (&page->viewport.scale, last + 1), <=,
                         setup.width);

      layout = stolt_timeline_layout_new (f->index, &f->style, &page->viewport);
      g_assert_cmpuint (stolt_timeline_layout_get_header (layout)->n_tiers, >, 0);
      stolt_timeline_layout_get_visible_rows (layout, &row0, &n);
      for (guint r = row0; r < row0 + n; r++)
        seen[r]++;
    }
  for (guint r = 0; r < n_rows; r++)
    g_assert_cmpuint (seen[r], ==, 1);
}

/* At day zoom: pages across, whole days on each, together covering every
 * date of the project; down, then across */
static void
test_day_zoom (Fixture       *f,
               gconstpointer  data)
{
  StoltTimelinePageSetup setup = { 786, 480, 21.5, FALSE, timeline_test_today () };
  g_autoptr(GArray) pages = stolt_timeline_paginate (f->index, &f->style, &setup);
  guint32 first, last;
  double days_per_page = floor (786 / 21.5);
  guint n_columns = 0, n_row_pages = 0;
  StoltTimelinePage *last_page;

  g_assert_true (stolt_timeline_index_get_range (f->index, &first, &last));
  for (guint i = 0; i < pages->len; i++)
    {
      StoltTimelinePage *page = &g_array_index (pages, StoltTimelinePage, i);

      n_columns = MAX (n_columns, page->column + 1);
      n_row_pages = MAX (n_row_pages, page->row + 1);
      /* Each page starts on a day boundary, where the one before stopped */
      g_assert_cmpfloat_with_epsilon (page->viewport.scale.origin,
                                      floor (page->viewport.scale.origin), EPSILON);
      if (i > 0)
        {
          StoltTimelinePage *previous = &g_array_index (pages, StoltTimelinePage, i - 1);

          if (previous->column == page->column)
            g_assert_cmpuint (page->row, ==, previous->row + 1);
          else
            {
              g_assert_cmpuint (page->row, ==, 0);
              g_assert_cmpfloat_with_epsilon (page->viewport.scale.origin -
                                              previous->viewport.scale.origin,
                                              days_per_page, EPSILON);
            }
        }
    }
  g_assert_cmpuint (n_columns, >, 3);
  g_assert_cmpuint (n_row_pages, ==, 1);
  g_assert_cmpuint (pages->len, ==, n_columns * n_row_pages);

  g_assert_cmpfloat (g_array_index (pages, StoltTimelinePage, 0).viewport.scale.origin, <=, first);
  last_page = &g_array_index (pages, StoltTimelinePage, pages->len - 1);
  g_assert_cmpfloat (last_page->viewport.scale.origin + days_per_page, >=, last + 1);
  g_assert_cmpfloat (last_page->viewport.scale.origin, <=, last);
}

/* One page: everything shrunk to fit */
static void
test_one_page (Fixture       *f,
               gconstpointer  data)
{
  StoltTimelinePageSetup setup = { 786, 300, 21.5, TRUE, timeline_test_today () };
  g_autoptr(GArray) pages = stolt_timeline_paginate (f->index, &f->style, &setup);
  StoltTimelinePage *page;
  double content = stolt_timeline_style_get_header_height (&f->style) +
                   stolt_timeline_style_get_content_height (&f->style, f->index);
  guint32 first, last;

  g_assert_cmpuint (pages->len, ==, 1);
  page = &g_array_index (pages, StoltTimelinePage, 0);
  g_assert_cmpfloat (page->scale, <, 1.0);
  g_assert_cmpfloat_with_epsilon (page->scale, 300 / content, EPSILON);
  g_assert_cmpfloat_with_epsilon (page->viewport.width * page->scale, 786, EPSILON);
  g_assert_cmpfloat (page->viewport.height, >=, content - EPSILON);
  g_assert_true (stolt_timeline_index_get_range (f->index, &first, &last));
  g_assert_cmpfloat (stolt_timeline_scale_day_to_x (&page->viewport.scale, first), >=, 0);
  g_assert_cmpfloat (stolt_timeline_scale_day_to_x (&page->viewport.scale, last + 1), <=,
                     page->viewport.width);
}

static StoltProject *
empty_project (void)
{
  return stolt_project_new ();
}

/* A project without dates still prints: one page, the month around today */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  StoltTimelinePageSetup setup = { 786, 480, 0, FALSE, YMD (2026, 6, 15) };
  g_autoptr(GArray) pages = stolt_timeline_paginate (f->index, &f->style, &setup);
  StoltTimelinePage *page;

  g_assert_cmpuint (pages->len, ==, 1);
  page = &g_array_index (pages, StoltTimelinePage, 0);
  g_assert_cmpuint (stolt_timeline_scale_x_to_day (&page->viewport.scale, 400), >=,
                    YMD (2026, 6, 8));
  g_assert_cmpuint (stolt_timeline_scale_x_to_day (&page->viewport.scale, 400), <=,
                    YMD (2026, 7, 13));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func, project) \
  g_test_add (path, Fixture, project, fixture_set_up, func, fixture_tear_down)
  ADD ("/timeline/pages/fit-width", test_fit_width, long_project);
  ADD ("/timeline/pages/day-zoom", test_day_zoom, NULL);
  ADD ("/timeline/pages/one-page", test_one_page, long_project);
  ADD ("/timeline/pages/empty", test_empty, empty_project);
#undef ADD
  return g_test_run ();
}
