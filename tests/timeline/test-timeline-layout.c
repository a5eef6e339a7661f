/* test-timeline-layout.c — dates to x, the header, labels and hit testing
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "stolt-timeline-header.h"
#include "stolt-timeline-layout.h"
#include "timeline-test-util.h"

#define EPSILON 1e-6

static const StoltTimelineZoom all_zooms[] = {
  STOLT_TIMELINE_ZOOM_DAY, STOLT_TIMELINE_ZOOM_WEEK, STOLT_TIMELINE_ZOOM_MONTH,
  STOLT_TIMELINE_ZOOM_QUARTER, STOLT_TIMELINE_ZOOM_YEAR,
};

typedef struct
{
  StoltProject          *project;
  StoltTimelineIndex    *index;
  StoltTimelineText     *text;
  StoltTimelineStyle     style;
  StoltTimelineViewport  viewport;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->project = data != NULL ? ((StoltProject *(*) (void)) data) () : timeline_test_project ();
  f->index = stolt_timeline_index_new (f->project);
  f->text = timeline_test_text (12);
  stolt_timeline_style_init (&f->style, f->text);
  f->viewport = (StoltTimelineViewport) { { 0, 1 }, 1280, 800, 0, timeline_test_today () };
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 9, 7),
                             stolt_timeline_zoom_get_pixels_per_day (STOLT_TIMELINE_ZOOM_WEEK));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  stolt_timeline_index_unref (f->index);
  stolt_timeline_text_unref (f->text);
  g_object_unref (f->project);
}

static StoltProject *
empty_project (void)
{
  return stolt_project_new ();
}

static const StoltTimelineBox *
find_titled (StoltTimelineLayout *layout,
             const char          *title)
{
  guint n;
  const StoltTimelineBox *boxes = stolt_timeline_layout_get_boxes (layout, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (boxes[i].text, title))
      return &boxes[i];
  return NULL;
}

/* The box of @title, which must be in view */
static const StoltTimelineBox *
box_titled (StoltTimelineLayout *layout,
            StoltTimelineIndex  *index,
            const char          *title)
{
  const StoltTimelineBox *box = find_titled (layout, title);

  if (box == NULL)
    g_error ("“%s” is not in view", title);
  return box;
}

/* Dates to x */

static void
test_day_to_x (void)
{
  guint32 origin = YMD (2026, 1, 1);

  for (guint z = 0; z < G_N_ELEMENTS (all_zooms); z++)
    {
      double ppd = stolt_timeline_zoom_get_pixels_per_day (all_zooms[z]);
      StoltTimelineScale scale;

      stolt_timeline_scale_init (&scale, origin, ppd);
      g_assert_cmpfloat_with_epsilon (stolt_timeline_scale_day_to_x (&scale, origin), 0, EPSILON);
      for (guint n = 0; n < 1200; n += 7)
        {
          double x = stolt_timeline_scale_day_to_x (&scale, origin + n);

          g_assert_cmpfloat_with_epsilon (x, n * ppd, EPSILON);
          /* Any point inside a day maps back to that day */
          g_assert_cmpuint (stolt_timeline_scale_x_to_day (&scale, x), ==, origin + n);
          g_assert_cmpuint (stolt_timeline_scale_x_to_day (&scale, x + ppd * 0.999), ==, origin + n);
          g_assert_cmpuint (stolt_timeline_scale_x_to_day (&scale, x - ppd * 0.001), ==,
                            origin + n - 1);
        }
      /* The named levels keep their names */
      g_assert_cmpint (stolt_timeline_zoom_nearest (ppd), ==, all_zooms[z]);
    }

  /* Known pixels: a milestone on 14 September 2026 at day zoom, origin 1 September */
  {
    StoltTimelineScale scale;

    stolt_timeline_scale_init (&scale, YMD (2026, 9, 1), 32);
    g_assert_cmpfloat (stolt_timeline_scale_day_to_x (&scale, YMD (2026, 9, 14)), ==, 416);
    stolt_timeline_scale_scroll (&scale, 64);
    g_assert_cmpfloat (stolt_timeline_scale_day_to_x (&scale, YMD (2026, 9, 14)), ==, 352);
  }

  /* Zoom is continuous and clamped */
  {
    StoltTimelineScale scale;

    stolt_timeline_scale_init (&scale, 0, 1e9);
    g_assert_cmpfloat (scale.pixels_per_day, ==, STOLT_TIMELINE_MAX_PIXELS_PER_DAY);
    stolt_timeline_scale_init (&scale, 0, 0);
    g_assert_cmpfloat (scale.pixels_per_day, ==, STOLT_TIMELINE_MIN_PIXELS_PER_DAY);
    stolt_timeline_scale_init (&scale, 0, 7.25);
    g_assert_cmpfloat (scale.pixels_per_day, ==, 7.25);
  }
}

/* Ctrl+scroll: the day under the pointer stays under it */
static void
test_zoom_at (void)
{
  StoltTimelineScale scale;
  double before, after;

  stolt_timeline_scale_init (&scale, YMD (2026, 3, 1), 12);
  before = stolt_timeline_scale_x_to_position (&scale, 517.0);
  for (guint i = 0; i < 40; i++)
    {
      stolt_timeline_scale_zoom_at (&scale, scale.pixels_per_day * (i < 20 ? 1.1 : 0.8), 517.0);
      after = stolt_timeline_scale_x_to_position (&scale, 517.0);
      g_assert_cmpfloat_with_epsilon (after, before, 1e-6);
    }
}

/* Daylight saving time begins on 29 March and ends on 25 October 2026 in
 * Europe: the days around it are as wide as any other */
static void
test_dst (void)
{
  g_autoptr(StoltTimelineText) text = timeline_test_text (12);
  guint32 changes[] = { YMD (2026, 3, 29), YMD (2026, 10, 25), YMD (2027, 3, 28) };
  const char *const zones[] = { "Europe/Stockholm", "Europe/Oslo", "America/New_York" };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_setenv ("TZ", zones[z], TRUE);
      tzset ();
      for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
        {
          StoltTimelineScale scale;
          g_autoptr(StoltTimelineHeader) header = NULL;
          const StoltTimelineHeaderTier *days;
          int mday;

          stolt_timeline_scale_init (&scale, changes[i] - 3, 32);
          for (int d = -2; d <= 2; d++)
            g_assert_cmpfloat_with_epsilon (stolt_timeline_scale_day_to_x (&scale, changes[i] + d + 1) -
                                            stolt_timeline_scale_day_to_x (&scale, changes[i] + d),
                                            32, EPSILON);

          header = stolt_timeline_header_new (&scale, 320, 66, text, 5);
          days = &header->tiers[header->n_tiers - 1];
          g_assert_cmpint (days->unit, ==, STOLT_TIMELINE_UNIT_DAY);
          for (guint c = 0; c < days->cells->len; c++)
            {
              const StoltTimelineHeaderCell *cell = &g_array_index (days->cells,
                                                                    StoltTimelineHeaderCell, c);
              g_autofree char *label = NULL;

              g_assert_cmpfloat_with_epsilon (cell->x1 - cell->x0, 32, EPSILON);
              g_assert_cmpuint (cell->first_day, ==, changes[i] - 3 + c);
              g_assert_true (stolt_date_to_ymd (cell->first_day, NULL, NULL, &mday));
              label = g_strdup_printf ("%d", mday);
              g_assert_cmpstr (cell->label, ==, label);
            }
        }
    }
  g_unsetenv ("TZ");
  tzset ();
}

/* Fit project */
static void
test_fit (Fixture       *f,
          gconstpointer  data)
{
  guint32 first, last;
  double x0, x1;

  g_assert_true (stolt_timeline_viewport_fit (&f->viewport, f->index));
  g_assert_true (stolt_timeline_index_get_range (f->index, &first, &last));
  x0 = stolt_timeline_scale_day_to_x (&f->viewport.scale, first);
  x1 = stolt_timeline_scale_day_to_x (&f->viewport.scale, last + 1);
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_cmpfloat (x1, <=, f->viewport.width);
  /* and fills it: no more than the margins are left */
  g_assert_cmpfloat (x1 - x0, >=, f->viewport.width - 2 * 24 - EPSILON);
  g_assert_cmpfloat_with_epsilon (x0, f->viewport.width - x1, EPSILON);
}

/* ISO weeks across the turn of 2026/2027: 2026 has a week 53, from Monday
 * 28 December to Sunday 3 January */
static void
test_iso_weeks (void)
{
  g_autoptr(StoltTimelineText) text = timeline_test_text (12);
  StoltTimelineScale scale;
  g_autoptr(StoltTimelineHeader) header = NULL;
  const StoltTimelineHeaderTier *weeks;
  static const struct
  {
    guint32 monday;
    const char *label;
  } expected[] = {
    { 0, "Week 51" }, { 0, "Week 52" }, { 0, "Week 53" }, { 0, "Week 1" }, { 0, "Week 2" },
  };
  guint32 mondays[] = { YMD (2026, 12, 14), YMD (2026, 12, 21), YMD (2026, 12, 28),
                        YMD (2027, 1, 4), YMD (2027, 1, 11) };

  stolt_timeline_scale_init (&scale, YMD (2026, 12, 14), 32);
  header = stolt_timeline_header_new (&scale, 5 * 7 * 32, 66, text, 5);
  g_assert_cmpuint (header->n_tiers, ==, 3);
  g_assert_cmpint (header->tiers[0].unit, ==, STOLT_TIMELINE_UNIT_MONTH);
  weeks = &header->tiers[1];
  g_assert_cmpint (weeks->unit, ==, STOLT_TIMELINE_UNIT_WEEK);
  g_assert_cmpuint (weeks->cells->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const StoltTimelineHeaderCell *cell = &g_array_index (weeks->cells,
                                                            StoltTimelineHeaderCell, i);

      g_assert_cmpuint (cell->first_day, ==, mondays[i]);
      g_assert_cmpint (stolt_date_weekday (cell->first_day), ==, 1);
      g_assert_cmpfloat_with_epsilon (cell->x1 - cell->x0, 7 * 32, EPSILON);
      g_assert_cmpstr (cell->label, ==, expected[i].label);
    }

  /* Short forms, and the weeks around other year ends */
  {
    g_autofree char *w53 = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_WEEK,
                                                      YMD (2026, 12, 28), FALSE, 1);
    g_autofree char *w1 = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_WEEK,
                                                     YMD (2025, 12, 29), FALSE, 1);
    g_autofree char *w52 = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_WEEK,
                                                      YMD (2027, 12, 27), FALSE, 1);
    g_autofree char *bare = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_WEEK,
                                                       YMD (2026, 12, 28), FALSE, 2);

    g_assert_cmpstr (w53, ==, "W53");
    g_assert_cmpstr (w1, ==, "W1");      /* 29 December 2025 is in week 1 of 2026 */
    g_assert_cmpstr (w52, ==, "W52");    /* 2027 has 52 weeks */
    g_assert_null (bare);              /* never a bare number */
  }

  /* A week starts on Monday whatever day it is asked for */
  for (guint32 day = YMD (2026, 12, 28); day < YMD (2027, 1, 4); day++)
    g_assert_cmpuint (stolt_timeline_unit_start (STOLT_TIMELINE_UNIT_WEEK, day), ==,
                      YMD (2026, 12, 28));

  /* Months and years end on the right day */
  g_assert_cmpuint (stolt_timeline_unit_next (STOLT_TIMELINE_UNIT_MONTH, YMD (2026, 12, 1)), ==,
                    YMD (2027, 1, 1));
  g_assert_cmpuint (stolt_timeline_unit_next (STOLT_TIMELINE_UNIT_QUARTER, YMD (2026, 10, 1)), ==,
                    YMD (2027, 1, 1));
  g_assert_cmpuint (stolt_timeline_unit_start (STOLT_TIMELINE_UNIT_QUARTER, YMD (2026, 8, 31)), ==,
                    YMD (2026, 7, 1));
  g_assert_cmpuint (stolt_timeline_unit_next (STOLT_TIMELINE_UNIT_YEAR, YMD (2026, 1, 1)), ==,
                    YMD (2027, 1, 1));
}

/* 29 February 2028 is a day like any other */
static void
test_leap_day (void)
{
  g_autoptr(StoltTimelineText) text = timeline_test_text (12);
  StoltTimelineScale scale;
  g_autoptr(StoltTimelineHeader) header = NULL;
  const StoltTimelineHeaderTier *months, *days;
  guint32 leap = YMD (2028, 2, 29);
  gboolean seen = FALSE;

  g_assert_cmpuint (leap, !=, STOLT_DATE_NONE);
  g_assert_cmpuint (YMD (2027, 2, 29), ==, STOLT_DATE_NONE);
  stolt_timeline_scale_init (&scale, YMD (2028, 2, 20), 32);
  g_assert_cmpfloat_with_epsilon (stolt_timeline_scale_day_to_x (&scale, YMD (2028, 3, 1)) -
                                  stolt_timeline_scale_day_to_x (&scale, YMD (2028, 2, 28)),
                                  64, EPSILON);
  g_assert_cmpuint (stolt_timeline_unit_next (STOLT_TIMELINE_UNIT_MONTH, YMD (2028, 2, 1)) -
                    YMD (2028, 2, 1), ==, 29);

  header = stolt_timeline_header_new (&scale, 20 * 32, 66, text, 5);
  months = &header->tiers[0];
  days = &header->tiers[2];
  g_assert_cmpfloat_with_epsilon (g_array_index (months->cells, StoltTimelineHeaderCell, 0).x1,
                                  10 * 32, EPSILON);
  g_assert_cmpstr (g_array_index (months->cells, StoltTimelineHeaderCell, 0).label, ==,
                   "February 2028");
  g_assert_cmpstr (g_array_index (months->cells, StoltTimelineHeaderCell, 1).label, ==,
                   "March 2028");
  for (guint i = 0; i < days->cells->len; i++)
    {
      const StoltTimelineHeaderCell *cell = &g_array_index (days->cells, StoltTimelineHeaderCell, i);

      if (cell->first_day == leap)
        {
          seen = TRUE;
          g_assert_cmpstr (cell->label, ==, "29");
          g_assert_cmpfloat_with_epsilon (cell->x0, 9 * 32, EPSILON);
          g_assert_cmpuint (g_array_index (days->cells, StoltTimelineHeaderCell, i + 1).first_day,
                            ==, YMD (2028, 3, 1));
        }
    }
  g_assert_true (seen);
}

/* At every zoom, the lowest tier is the zoom's unit (or the one above
 * when its labels do not fit) and every label fits its cell and the
 * header, without touching its neighbours; the named zooms keep their
 * unit */
static void
test_tiers (void)
{
  g_autoptr(StoltTimelineText) text = timeline_test_text (12);
  static const StoltTimelineUnit lowest[] = {
    STOLT_TIMELINE_UNIT_DAY, STOLT_TIMELINE_UNIT_WEEK, STOLT_TIMELINE_UNIT_MONTH,
    STOLT_TIMELINE_UNIT_QUARTER, STOLT_TIMELINE_UNIT_YEAR,
  };
  double zooms[40];

  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    zooms[i] = STOLT_TIMELINE_MIN_PIXELS_PER_DAY * pow (1.25, i);

  for (guint z = 0; z < G_N_ELEMENTS (all_zooms); z++)
    {
      double ppd = stolt_timeline_zoom_get_pixels_per_day (all_zooms[z]);
      StoltTimelineScale scale;
      g_autoptr(StoltTimelineHeader) header = NULL;

      g_assert_cmpint (stolt_timeline_unit_for_zoom (ppd), ==, lowest[z]);
      stolt_timeline_scale_init (&scale, YMD (2026, 8, 19) + 0.4, ppd);
      header = stolt_timeline_header_new (&scale, 1280, 66, text, 5);
      g_assert_cmpint (header->lowest, ==, lowest[z]);
    }

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      StoltTimelineScale scale;
      g_autoptr(StoltTimelineHeader) header = NULL;
      guint labelled = 0;

      /* An origin in the middle of a day, a week and a month */
      stolt_timeline_scale_init (&scale, YMD (2026, 8, 19) + 0.4, zooms[z]);
      header = stolt_timeline_header_new (&scale, 1280, 66, text, 5);
      /* The zoom's unit, or where its labels do not fit, the one above */
      g_assert_cmpint (header->lowest, >=, stolt_timeline_unit_for_zoom (zooms[z]));
      g_assert_cmpint (header->lowest, <=, stolt_timeline_unit_for_zoom (zooms[z]) + 1);
      g_assert_cmpfloat_with_epsilon (header->tiers[header->n_tiers - 1].y +
                                      header->tiers[header->n_tiers - 1].height, 66, EPSILON);

      for (guint t = 0; t < header->n_tiers; t++)
        {
          const StoltTimelineHeaderTier *tier = &header->tiers[t];
          double previous_end = -G_MAXDOUBLE;

          g_assert_cmpuint (tier->cells->len, >, 0);
          if (t > 0)
            g_assert_cmpint (tier->unit, <, header->tiers[t - 1].unit);
          for (guint c = 0; c < tier->cells->len; c++)
            {
              const StoltTimelineHeaderCell *cell = &g_array_index (tier->cells,
                                                                    StoltTimelineHeaderCell, c);

              g_assert_cmpfloat (cell->x0, <, 1280);
              g_assert_cmpfloat (cell->x1, >, 0);
              if (c > 0)
                g_assert_cmpfloat_with_epsilon (cell->x0, g_array_index (tier->cells,
                                                StoltTimelineHeaderCell, c - 1).x1, EPSILON);
              if (cell->label == NULL)
                continue;
              labelled++;
              g_assert_cmpfloat (cell->label_x, >=, cell->x0 + 5 - EPSILON);
              g_assert_cmpfloat (cell->label_x + cell->label_width, <=, cell->x1 - 5 + EPSILON);
              g_assert_cmpfloat (cell->label_x, >=, 5 - EPSILON);
              g_assert_cmpfloat (cell->label_x + cell->label_width, <=, 1280 - 5 + EPSILON);
              g_assert_cmpfloat_with_epsilon (cell->label_width,
                                              stolt_timeline_text_measure (text,
                                                STOLT_TIMELINE_FONT_HEADER, cell->label), EPSILON);
              g_assert_cmpfloat (cell->label_x, >, previous_end);
              previous_end = cell->label_x + cell->label_width;
            }
        }
      /* The lowest tier is labelled at every zoom but the very smallest */
      if (zooms[z] >= 0.1)
        g_assert_cmpuint (labelled, >, 0);
    }
}

/* Projector text (28 px) at a week zoom: week labels do not fit a week,
 * so months become the lowest tier, and every one of them is labelled;
 * at screen size the same zoom keeps its weeks */
static void
test_large_text (void)
{
  g_autoptr(StoltTimelineText) large = timeline_test_text (28);
  g_autoptr(StoltTimelineText) normal = timeline_test_text (12);
  g_autoptr(StoltTimelineHeader) header = NULL;
  g_autoptr(StoltTimelineHeader) screen = NULL;
  StoltTimelineScale scale;
  const StoltTimelineHeaderTier *lowest;

  stolt_timeline_scale_init (&scale, YMD (2026, 11, 1), 7.5);
  g_assert_cmpint (stolt_timeline_unit_for_zoom (7.5), ==, STOLT_TIMELINE_UNIT_WEEK);
  screen = stolt_timeline_header_new (&scale, 1126, 3 * 51, normal, 5);
  g_assert_cmpint (screen->lowest, ==, STOLT_TIMELINE_UNIT_WEEK);

  header = stolt_timeline_header_new (&scale, 1126, 3 * 51, large, 5);
  g_assert_cmpint (header->lowest, ==, STOLT_TIMELINE_UNIT_MONTH);
  g_assert_cmpint (header->grid, ==, STOLT_TIMELINE_UNIT_MONTH);
  lowest = &header->tiers[header->n_tiers - 1];
  g_assert_cmpint (lowest->unit, ==, STOLT_TIMELINE_UNIT_MONTH);
  for (guint c = 0; c < lowest->cells->len; c++)
    {
      const StoltTimelineHeaderCell *cell = &g_array_index (lowest->cells,
                                                            StoltTimelineHeaderCell, c);

      /* All but a month cut by the right edge say which they are */
      if (cell->x1 <= 1126)
        g_assert_nonnull (cell->label);
    }
}

/* Every labelled cell of a tier uses the same form ("Oct Nov Dec", never
 * "Oct Nov December"), weeks and quarters never a bare number */
static void
test_one_form_per_tier (void)
{
  g_autoptr(StoltTimelineText) text = timeline_test_text (12);

  for (double zoom = STOLT_TIMELINE_MIN_PIXELS_PER_DAY; zoom < 40; zoom *= 1.1)
    {
      StoltTimelineScale scale;
      g_autoptr(StoltTimelineHeader) header = NULL;

      stolt_timeline_scale_init (&scale, YMD (2026, 8, 19) + 0.4, zoom);
      header = stolt_timeline_header_new (&scale, 1280, 66, text, 5);
      for (guint t = 0; t < header->n_tiers; t++)
        {
          const StoltTimelineHeaderTier *tier = &header->tiers[t];
          gboolean with_year = header->tiers[0].unit != STOLT_TIMELINE_UNIT_YEAR;
          int form = -1;

          for (guint c = 0; c < tier->cells->len; c++)
            {
              const StoltTimelineHeaderCell *cell = &g_array_index (tier->cells,
                                                                    StoltTimelineHeaderCell, c);

              if (cell->label == NULL)
                continue;
              g_assert_false (g_ascii_isdigit (cell->label[0]) &&
                              (tier->unit == STOLT_TIMELINE_UNIT_WEEK ||
                               tier->unit == STOLT_TIMELINE_UNIT_QUARTER));
              for (guint f = 0; form < 0 && f < 8; f++)
                {
                  g_autofree char *label = stolt_timeline_unit_label (tier->unit, cell->first_day,
                                                                      with_year, f);

                  if (g_strcmp0 (label, cell->label) == 0)
                    form = (int) f;
                }
              g_assert_cmpint (form, >=, 0);
              {
                g_autofree char *expected = stolt_timeline_unit_label (tier->unit,
                                                                       cell->first_day,
                                                                       with_year, (guint) form);
                g_assert_cmpstr (cell->label, ==, expected);
              }
            }
        }
    }
}

/* Month names follow the locale (the stand-alone, nominative form) */
static void
test_month_names (void)
{
  g_autofree char *english = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_MONTH,
                                                        YMD (2026, 10, 1), TRUE, 0);
  g_autofree char *short_english = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_MONTH,
                                                              YMD (2026, 10, 1), FALSE, 1);
  g_autofree char *initial = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_MONTH,
                                                        YMD (2026, 10, 1), FALSE, 2);
  g_autofree char *quarter = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_QUARTER,
                                                        YMD (2026, 10, 1), TRUE, 0);
  g_autofree char *year = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_YEAR,
                                                     YMD (2026, 10, 1), FALSE, 0);
  g_autofree char *none = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_YEAR,
                                                     YMD (2026, 10, 1), FALSE, 1);
  static const struct
  {
    const char *locale;
    const char *october;
  } locales[] = {
    { "sv_SE.UTF-8", "oktober 2026" },
    { "nb_NO.UTF-8", "oktober 2026" },
  };

  g_assert_cmpstr (english, ==, "October 2026");
  g_assert_cmpstr (short_english, ==, "Oct");
  g_assert_cmpstr (initial, ==, "O");
  g_assert_cmpstr (quarter, ==, "Q4 2026");
  g_assert_cmpstr (year, ==, "2026");
  g_assert_null (none);

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));
      g_autofree char *label = NULL;

      if (setlocale (LC_TIME, locales[i].locale) == NULL)
        {
          g_test_message ("locale %s is not installed; skipped", locales[i].locale);
          continue;
        }
      label = stolt_timeline_unit_label (STOLT_TIMELINE_UNIT_MONTH, YMD (2026, 10, 1), TRUE, 0);
      setlocale (LC_TIME, saved);
      g_assert_cmpstr (label, ==, locales[i].october);
    }
}

/* The layout */

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(StoltTimelineLayout) layout = NULL;
  guint n;
  gint64 id = 1;

  g_assert_false (stolt_timeline_viewport_fit (&f->viewport, f->index));
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  stolt_timeline_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, 0);
  stolt_timeline_layout_get_arrows (layout, &n);
  g_assert_cmpuint (n, ==, 0);
  stolt_timeline_layout_get_lanes (layout, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (stolt_timeline_layout_get_header (layout)->n_tiers, >, 0);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 400, 400, &id), ==,
                   STOLT_TIMELINE_PART_NONE);
  g_assert_cmpint (id, ==, 0);
  g_assert_cmpuint (stolt_timeline_y_to_row (&f->style, &f->viewport, f->index, 400), ==,
                    STOLT_TIMELINE_NO_ROW);
}

static StoltProject *
one_day_project (void)
{
  StoltProject *project = stolt_project_new ();

  timeline_test_activity (project, "Samling", YMD (2026, 10, 5), YMD (2026, 10, 5), NULL, 0);
  return project;
}

/* Fitting one day zooms in as far as it goes, and centres the day */
static void
test_one_day (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(StoltTimelineLayout) layout = NULL;
  const StoltTimelineBox *box;
  guint n;

  g_assert_true (stolt_timeline_viewport_fit (&f->viewport, f->index));
  g_assert_cmpfloat (f->viewport.scale.pixels_per_day, ==, STOLT_TIMELINE_MAX_PIXELS_PER_DAY);
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  box = stolt_timeline_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat_with_epsilon (box->start_x, (1280 - 400) / 2.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (box->end_x, (1280 + 400) / 2.0, EPSILON);
  g_assert_true (box->flags & STOLT_TIMELINE_BOX_LABEL_INSIDE);
  g_assert_cmpint (stolt_timeline_layout_get_header (layout)->lowest, ==, STOLT_TIMELINE_UNIT_DAY);
}

static StoltProject *
outside_project (void)
{
  StoltProject *project = stolt_project_new ();

  timeline_test_card_dates (project, YMD (2026, 3, 1), YMD (2026, 6, 30));
  timeline_test_milestone (project, "Forstudie ferdig", YMD (2025, 11, 20), NULL,
                           STOLT_STATUS_DONE);
  timeline_test_activity (project, "Innenfor", YMD (2026, 4, 1), YMD (2026, 4, 30), NULL, 0);
  timeline_test_activity (project, "Oppfølging etterpå", YMD (2026, 9, 1), YMD (2026, 10, 31),
                          NULL, 0);
  return project;
}

/* Items before and after the project's own dates are in the range, are
 * shown by "fit project", and drop out of a viewport that ends before them */
static void
test_outside_range (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(StoltTimelineLayout) layout = NULL;
  const StoltTimelineBox *boxes;
  guint32 first, last;
  guint n;

  g_assert_true (stolt_timeline_index_get_range (f->index, &first, &last));
  g_assert_cmpuint (first, ==, YMD (2025, 11, 20));
  g_assert_cmpuint (last, ==, YMD (2026, 10, 31));

  g_assert_true (stolt_timeline_viewport_fit (&f->viewport, f->index));
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  boxes = stolt_timeline_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (boxes[i].shape.x, >=, 0);
      g_assert_cmpfloat (boxes[i].shape.x + boxes[i].shape.width, <=, f->viewport.width);
      g_assert_cmpuint (boxes[i].flags & (STOLT_TIMELINE_BOX_OPEN_START |
                                          STOLT_TIMELINE_BOX_OPEN_END), ==, 0);
    }
  g_clear_pointer (&layout, stolt_timeline_layout_free);

  /* Week zoom on the project's start: the first two are out of view, left and right */
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 3, 1), 12);
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  boxes = stolt_timeline_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (boxes[0].text, ==, "Innenfor");
}

/* Labels stay in their row and in the viewport, never on another label,
 * never on their own item unless inside a bar */
static void
check_labels (StoltTimelineLayout *layout,
              double               width)
{
  guint n;
  const StoltTimelineBox *boxes = stolt_timeline_layout_get_boxes (layout, &n);

  for (guint i = 0; i < n; i++)
    {
      const StoltTimelineBox *box = &boxes[i];
      const cairo_rectangle_t *label = &box->label;

      if (label->width == 0)
        continue;
      g_assert_cmpfloat (label->x, >=, 0);
      g_assert_cmpfloat (label->x + label->width, <=, width + EPSILON);
      g_assert_cmpfloat (label->y, >=, box->row_rect.y);
      g_assert_cmpfloat (label->y + label->height, <=, box->row_rect.y + box->row_rect.height);
      if (box->flags & STOLT_TIMELINE_BOX_LABEL_INSIDE)
        {
          g_assert_cmpfloat (label->x, >=, MAX (box->start_x, 0));
          g_assert_cmpfloat (label->x + label->width, <=, MIN (box->end_x, width) + EPSILON);
        }
      else if (!(box->flags & STOLT_TIMELINE_BOX_UNDATED))
        g_assert_true (label->x >= box->shape.x + box->shape.width ||
                       label->x + label->width <= box->shape.x);
      for (guint j = 0; j < i; j++)
        if (boxes[j].label.width > 0)
          g_assert_true (boxes[j].label.y + boxes[j].label.height <= label->y ||
                         label->y + label->height <= boxes[j].label.y ||
                         boxes[j].label.x + boxes[j].label.width <= label->x ||
                         label->x + label->width <= boxes[j].label.x);
    }
}

static void
test_labels (Fixture       *f,
             gconstpointer  data)
{
  const StoltTimelineBox *box;
  double widths[] = { 1280, 700, 400, 200, 120 };

  /* Day zoom on 12 October: Involvere's bar is long, its label on it */
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 10, 12), 32);
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);

    box = box_titled (layout, f->index, "Involvere tillitsvalgte");
    g_assert_nonnull (box);
    g_assert_true (box->flags & STOLT_TIMELINE_BOX_LABEL_INSIDE);
    g_assert_cmpfloat_with_epsilon (box->label.x, box->start_x + f->style.label_padding, EPSILON);
    /* A milestone's label is beside its diamond */
    box = box_titled (layout, f->index, "Politisk mandat på plass");
    g_assert_false (box->flags & STOLT_TIMELINE_BOX_LABEL_INSIDE);
    g_assert_cmpfloat_with_epsilon (box->label.x, box->shape.x + box->shape.width +
                                    f->style.label_gap, EPSILON);
    /* The undated item's label sits at the left */
    box = box_titled (layout, f->index, "Informere alle ledere");
    g_assert_true (box->flags & STOLT_TIMELINE_BOX_UNDATED);
    g_assert_cmpfloat (box->label.x, ==, f->style.label_padding);
    check_labels (layout, f->viewport.width);
  }

  /* Scrolled into the bar: the label slides along to stay in view */
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 10, 20), 32);
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);

    box = box_titled (layout, f->index, "Involvere tillitsvalgte");
    g_assert_true (box->flags & STOLT_TIMELINE_BOX_OPEN_START);
    g_assert_true (box->flags & STOLT_TIMELINE_BOX_LABEL_INSIDE);
    g_assert_cmpfloat_with_epsilon (box->label.x, f->style.label_padding, EPSILON);
    check_labels (layout, f->viewport.width);
  }

  /* Narrower and narrower: labels move beside, get shorter, then go */
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint z = 0; z < G_N_ELEMENTS (all_zooms); z++)
      {
        g_autoptr(StoltTimelineLayout) layout = NULL;

        f->viewport.width = widths[w];
        stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 10, 1),
                                   stolt_timeline_zoom_get_pixels_per_day (all_zooms[z]));
        layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
        check_labels (layout, f->viewport.width);
        if (widths[w] == 120)
          {
            box = find_titled (layout, "Skrive arbeidsgiverpolitikken");
            if (box != NULL && box->label.width > 0)
              g_assert_cmpfloat (box->label.width, <,
                                 stolt_timeline_text_measure (f->text, STOLT_TIMELINE_FONT_LABEL,
                                                              box->text));
          }
      }

  /* At fit, too */
  f->viewport.width = 1280;
  g_assert_true (stolt_timeline_viewport_fit (&f->viewport, f->index));
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);
    check_labels (layout, f->viewport.width);
  }
}

static void
test_hit (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(StoltTimelineLayout) layout = NULL;
  const StoltTimelineBox *bar, *diamond, *band, *small;
  double cy;
  gint64 id = 0;

  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 9, 7), 32);
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  bar = box_titled (layout, f->index, "Kartlegge kompetansebehov");
  diamond = box_titled (layout, f->index, "Kick-off");
  band = box_titled (layout, f->index, "Startfase");
  small = box_titled (layout, f->index, "Samling 1: visjon og verdier");
  g_assert_nonnull (bar);
  g_assert_nonnull (diamond);
  g_assert_nonnull (band);
  g_assert_nonnull (small);

  /* Kartlegge: 14 September to 2 October, at day zoom from 7 September */
  g_assert_cmpfloat_with_epsilon (bar->start_x, 7 * 32, EPSILON);
  g_assert_cmpfloat_with_epsilon (bar->end_x, 26 * 32, EPSILON);
  cy = bar->row_rect.y + bar->row_rect.height / 2;
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 500, cy, &id), ==,
                   STOLT_TIMELINE_PART_BODY);
  g_assert_cmpint (id, ==, bar->id);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, bar->start_x + 1, cy, &id), ==,
                   STOLT_TIMELINE_PART_START);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, bar->start_x - 2, cy, &id), ==,
                   STOLT_TIMELINE_PART_START);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, bar->end_x - 1, cy, &id), ==,
                   STOLT_TIMELINE_PART_END);
  /* The top of the row still counts: bars are easy to catch */
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 500, bar->row_rect.y + 1, &id), ==,
                   STOLT_TIMELINE_PART_BODY);
  /* Past the end of the bar and its label: nothing */
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 1200, cy, &id), ==,
                   STOLT_TIMELINE_PART_NONE);
  g_assert_cmpint (id, ==, 0);

  /* Kick-off: the middle of 14 September */
  cy = diamond->row_rect.y + diamond->row_rect.height / 2;
  g_assert_cmpfloat_with_epsilon (diamond->shape.x + diamond->shape.width / 2, 7.5 * 32, EPSILON);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 7.5 * 32, cy, &id), ==,
                   STOLT_TIMELINE_PART_DIAMOND);
  g_assert_cmpint (id, ==, diamond->id);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 7.5 * 32 + 6, cy - 6, &id), ==,
                   STOLT_TIMELINE_PART_NONE);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, diamond->label.x + 2, cy, &id), ==,
                   STOLT_TIMELINE_PART_LABEL);
  g_assert_cmpint (id, ==, diamond->id);

  /* The phase band */
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, band->start_x + 40,
                                                   band->row_rect.y + 14, &id), ==,
                   STOLT_TIMELINE_PART_BODY);
  g_assert_cmpint (id, ==, band->id);

  /* A two-day bar is 64 px wide: room for its edges inside it */
  cy = small->row_rect.y + small->row_rect.height / 2;
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, small->start_x + 2, cy, &id), ==,
                   STOLT_TIMELINE_PART_START);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, small->start_x + 32, cy, &id), ==,
                   STOLT_TIMELINE_PART_BODY);

  /* The header and below the last row */
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 500, 10, &id), ==,
                   STOLT_TIMELINE_PART_NONE);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 500, 790, &id), ==,
                   STOLT_TIMELINE_PART_NONE);

  /* At 3 px a day it is 6 px wide: all of it moves it, its edges are
   * just outside */
  g_clear_pointer (&layout, stolt_timeline_layout_free);
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 9, 7), 3);
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  small = box_titled (layout, f->index, "Samling 1: visjon og verdier");
  cy = small->row_rect.y + small->row_rect.height / 2;
  g_assert_cmpfloat_with_epsilon (small->end_x - small->start_x, 6, EPSILON);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, small->start_x + 1, cy, &id), ==,
                   STOLT_TIMELINE_PART_BODY);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, small->end_x - 1, cy, &id), ==,
                   STOLT_TIMELINE_PART_BODY);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, small->end_x + 2, cy, &id), ==,
                   STOLT_TIMELINE_PART_END);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, small->start_x - 2, cy, &id), ==,
                   STOLT_TIMELINE_PART_START);
  g_assert_cmpint (id, ==, small->id);
}

/* An edge scrolled out of view cannot be grabbed */
static void
test_hit_open_edge (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(StoltTimelineLayout) layout = NULL;
  const StoltTimelineBox *bar;
  gint64 id;

  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 10, 20), 32);
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  bar = box_titled (layout, f->index, "Involvere tillitsvalgte");
  g_assert_true (bar->flags & STOLT_TIMELINE_BOX_OPEN_START);
  g_assert_cmpint (stolt_timeline_layout_hit_test (layout, 1, bar->row_rect.y + 14, &id), !=,
                   STOLT_TIMELINE_PART_START);
}

/* Rows and y; the item rectangle without a layout matches the layout */
static void
test_rows_and_rects (Fixture       *f,
                     gconstpointer  data)
{
  double header = stolt_timeline_style_get_header_height (&f->style);
  guint n;
  const StoltTimelineBox *boxes;
  g_autoptr(StoltTimelineLayout) layout = NULL;
  cairo_rectangle_t rect;

  g_assert_cmpfloat (header, ==, 66);
  g_assert_cmpfloat (f->style.row_height, ==, 28);
  f->viewport.scroll_y = 40;
  g_assert_cmpfloat (stolt_timeline_row_to_y (&f->style, &f->viewport, 3), ==, 66 + 84 - 40);
  g_assert_cmpuint (stolt_timeline_y_to_row (&f->style, &f->viewport, f->index, 66 + 84 - 40),
                    ==, 3);
  g_assert_cmpuint (stolt_timeline_y_to_row (&f->style, &f->viewport, f->index, 66 + 84 - 41),
                    ==, 2);
  g_assert_cmpuint (stolt_timeline_y_to_row (&f->style, &f->viewport, f->index, 65), ==,
                    STOLT_TIMELINE_NO_ROW);
  g_assert_cmpfloat (stolt_timeline_style_get_content_height (&f->style, f->index), ==, 13 * 28);

  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  boxes = stolt_timeline_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, >, 5);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (stolt_timeline_get_item_rect (f->index, &f->style, &f->viewport, boxes[i].id,
                                                   &rect));
      if (boxes[i].flags & (STOLT_TIMELINE_BOX_UNDATED | STOLT_TIMELINE_BOX_OPEN_START |
                            STOLT_TIMELINE_BOX_OPEN_END))
        continue;
      g_assert_cmpfloat_with_epsilon (rect.x, boxes[i].shape.x, EPSILON);
      g_assert_cmpfloat_with_epsilon (rect.y, boxes[i].shape.y, EPSILON);
      g_assert_cmpfloat_with_epsilon (rect.width, boxes[i].shape.width, EPSILON);
      g_assert_cmpfloat_with_epsilon (rect.height, boxes[i].shape.height, EPSILON);
      g_assert_true (stolt_timeline_layout_find_box (layout, boxes[i].id) == &boxes[i]);
    }
  g_assert_false (stolt_timeline_get_item_rect (f->index, &f->style, &f->viewport, 777777, &rect));
}

/* Arrows run from the predecessor's end to the successor's start, and show
 * while the viewport is between two rows far apart */
static void
test_arrows (Fixture       *f,
             gconstpointer  data)
{
  const StoltTimelineArrow *arrows;
  const StoltTimelineBox *from, *to;
  guint n;

  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 9, 7), 12);
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);

    arrows = stolt_timeline_layout_get_arrows (layout, &n);
    g_assert_cmpuint (n, ==, 3);
    from = box_titled (layout, f->index, "Kartlegge kompetansebehov");
    to = box_titled (layout, f->index, "Samling 1: visjon og verdier");
    for (guint i = 0; i < n; i++)
      {
        if (arrows[i].to_row != to->row)
          continue;
        g_assert_cmpuint (arrows[i].from_row, ==, from->row);
        g_assert_cmpfloat_with_epsilon (arrows[i].x[0], from->end_x, EPSILON);
        g_assert_cmpfloat_with_epsilon (arrows[i].y[0], from->row_rect.y + 14, EPSILON);
        g_assert_cmpfloat_with_epsilon (arrows[i].x[arrows[i].n_points - 1], to->start_x, EPSILON);
        g_assert_cmpfloat_with_epsilon (arrows[i].y[arrows[i].n_points - 1], to->row_rect.y + 14,
                                        EPSILON);
        /* The last segment points right, into the start */
        g_assert_cmpfloat (arrows[i].x[arrows[i].n_points - 2], <, to->start_x);
      }
  }

  /* A viewport showing only rows 6 to 8 still shows the arrow 5 → 9 */
  f->viewport.height = 66 + 3 * 28;
  f->viewport.scroll_y = 6 * 28;
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);
    guint first, rows;

    stolt_timeline_layout_get_visible_rows (layout, &first, &rows);
    g_assert_cmpuint (first, ==, 6);
    g_assert_cmpuint (rows, ==, 3);
    arrows = stolt_timeline_layout_get_arrows (layout, &n);
    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpuint (arrows[0].from_row, ==, 5);
    g_assert_cmpuint (arrows[0].to_row, ==, 9);
  }
}

static void
test_today_and_late (Fixture       *f,
                     gconstpointer  data)
{
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 9, 7), 7.5);
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);

    g_assert_cmpfloat_with_epsilon (stolt_timeline_layout_get_today_x (layout),
                                    (YMD (2026, 11, 18) - YMD (2026, 9, 7) + 0.5) * 7.5, EPSILON);
    g_assert_true (box_titled (layout, f->index, "Politisk mandat på plass")->flags &
                   STOLT_TIMELINE_BOX_LATE);
    g_assert_false (box_titled (layout, f->index, "Kick-off")->flags & STOLT_TIMELINE_BOX_LATE);
    g_assert_true (box_titled (layout, f->index, "Kick-off")->flags & STOLT_TIMELINE_BOX_DONE);
    g_assert_false (box_titled (layout, f->index, "Vedtak i kommunestyret")->flags &
                    STOLT_TIMELINE_BOX_LATE);
    g_assert_cmpfloat_with_epsilon (box_titled (layout, f->index,
                                                "Involvere tillitsvalgte")->progress, 0.3, EPSILON);
  }

  /* No today: no line, nothing late */
  f->viewport.today = STOLT_DATE_NONE;
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);

    g_assert_true (isnan (stolt_timeline_layout_get_today_x (layout)));
    g_assert_false (box_titled (layout, f->index, "Politisk mandat på plass")->flags &
                    STOLT_TIMELINE_BOX_LATE);
  }
}

static void
test_weekends_and_grid (Fixture       *f,
                        gconstpointer  data)
{
  const double *weekends, *grid;
  guint n, n_grid;

  /* Monday 7 September 2026 at day zoom: weekends start on day 5, 12 … */
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 9, 7), 32);
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);

    weekends = stolt_timeline_layout_get_weekends (layout, &n);
    g_assert_cmpuint (n, ==, 5);  /* 1280 px = 40 days, from a Monday */
    for (guint i = 0; i < n; i++)
      {
        g_assert_cmpfloat_with_epsilon (weekends[2 * i], (5 + 7 * i) * 32, EPSILON);
        g_assert_cmpfloat_with_epsilon (weekends[2 * i + 1], (7 + 7 * i) * 32, EPSILON);
      }
    grid = stolt_timeline_layout_get_grid (layout, &n_grid);
    g_assert_cmpuint (n_grid, ==, 5);
    g_assert_cmpfloat_with_epsilon (grid[0], 7 * 32, EPSILON);
  }

  /* Week zoom: no weekends */
  stolt_timeline_scale_init (&f->viewport.scale, YMD (2026, 9, 7), 12);
  {
    g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (f->index, &f->style,
                                                                       &f->viewport);

    stolt_timeline_layout_get_weekends (layout, &n);
    g_assert_cmpuint (n, ==, 0);
  }
}

static StoltProject *
many_rows_project (void)
{
  StoltProject *project = stolt_project_new ();

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Aktivitet %u", i + 1);

      timeline_test_activity (project, title, YMD (2026, 1, 5) + i, YMD (2026, 1, 5) + i + 5,
                              NULL, 0);
    }
  return project;
}

/* Only the rows in the viewport's height are laid out */
static void
test_visible_only (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(StoltTimelineLayout) layout = NULL;
  const StoltTimelineBox *boxes;
  guint first, rows, n;

  g_assert_true (stolt_timeline_viewport_fit (&f->viewport, f->index));
  f->viewport.scroll_y = 1000 * 28 + 10;
  layout = stolt_timeline_layout_new (f->index, &f->style, &f->viewport);
  stolt_timeline_layout_get_visible_rows (layout, &first, &rows);
  g_assert_cmpuint (first, ==, 1000);
  g_assert_cmpuint (rows, ==, (guint) ceil ((800 - 66 + 10) / 28.0));
  boxes = stolt_timeline_layout_get_boxes (layout, &n);
  g_assert_cmpuint (n, ==, rows);
  g_assert_cmpstr (boxes[0].text, ==, "Aktivitet 1001");
  g_assert_cmpfloat_with_epsilon (boxes[0].row_rect.y, 66 - 10, EPSILON);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/scale/day-to-x", test_day_to_x);
  g_test_add_func ("/timeline/scale/zoom-at", test_zoom_at);
  g_test_add_func ("/timeline/scale/dst", test_dst);
  g_test_add_func ("/timeline/header/iso-weeks", test_iso_weeks);
  g_test_add_func ("/timeline/header/leap-day", test_leap_day);
  g_test_add_func ("/timeline/header/tiers", test_tiers);
  g_test_add_func ("/timeline/header/one-form-per-tier", test_one_form_per_tier);
  g_test_add_func ("/timeline/header/large-text", test_large_text);
  g_test_add_func ("/timeline/header/month-names", test_month_names);
#define ADD(path, func, project) \
  g_test_add (path, Fixture, project, fixture_set_up, func, fixture_tear_down)
  ADD ("/timeline/scale/fit", test_fit, NULL);
  ADD ("/timeline/layout/empty", test_empty, empty_project);
  ADD ("/timeline/layout/one-day", test_one_day, one_day_project);
  ADD ("/timeline/layout/outside-range", test_outside_range, outside_project);
  ADD ("/timeline/layout/labels", test_labels, NULL);
  ADD ("/timeline/layout/hit-test", test_hit, NULL);
  ADD ("/timeline/layout/hit-test-open-edge", test_hit_open_edge, NULL);
  ADD ("/timeline/layout/rows-and-rects", test_rows_and_rects, NULL);
  ADD ("/timeline/layout/arrows", test_arrows, NULL);
  ADD ("/timeline/layout/today-and-late", test_today_and_late, NULL);
  ADD ("/timeline/layout/weekends-and-grid", test_weekends_and_grid, NULL);
  ADD ("/timeline/layout/visible-only", test_visible_only, many_rows_project);
#undef ADD
  return g_test_run ();
}
