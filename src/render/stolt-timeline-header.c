/* stolt-timeline-header.c — the date header above the timeline
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-timeline-header.h"

/* A runaway zoom or width cannot make a header of millions of cells */
#define MAX_CELLS_PER_TIER 4096

/* The smallest zoom, in pixels per day, at which each unit can be the
 * lowest tier: its cells are then wide enough for its shortest label */
static const double lowest_unit_zoom[] = {
  [STOLT_TIMELINE_UNIT_DAY] = 18.0,      /* "14": 18 px a day */
  [STOLT_TIMELINE_UNIT_WEEK] = 50.0 / 7, /* "uke 53": 50 px a week */
  [STOLT_TIMELINE_UNIT_MONTH] = 1.0,     /* "Oct": 30 px a month */
  [STOLT_TIMELINE_UNIT_QUARTER] = 0.5,   /* "3. kv.": 45 px a quarter */
  [STOLT_TIMELINE_UNIT_YEAR] = 0.0,
};

/* The tiers for each lowest unit, top to bottom */
static const struct
{
  guint             n_tiers;
  StoltTimelineUnit units[STOLT_TIMELINE_MAX_TIERS];
  StoltTimelineUnit grid;
} tier_sets[] = {
  [STOLT_TIMELINE_UNIT_DAY] = { 3, { STOLT_TIMELINE_UNIT_MONTH, STOLT_TIMELINE_UNIT_WEEK,
                                     STOLT_TIMELINE_UNIT_DAY }, STOLT_TIMELINE_UNIT_WEEK },
  [STOLT_TIMELINE_UNIT_WEEK] = { 2, { STOLT_TIMELINE_UNIT_MONTH, STOLT_TIMELINE_UNIT_WEEK },
                                 STOLT_TIMELINE_UNIT_WEEK },
  [STOLT_TIMELINE_UNIT_MONTH] = { 3, { STOLT_TIMELINE_UNIT_YEAR, STOLT_TIMELINE_UNIT_QUARTER,
                                       STOLT_TIMELINE_UNIT_MONTH }, STOLT_TIMELINE_UNIT_MONTH },
  [STOLT_TIMELINE_UNIT_QUARTER] = { 2, { STOLT_TIMELINE_UNIT_YEAR, STOLT_TIMELINE_UNIT_QUARTER },
                                    STOLT_TIMELINE_UNIT_QUARTER },
  [STOLT_TIMELINE_UNIT_YEAR] = { 1, { STOLT_TIMELINE_UNIT_YEAR }, STOLT_TIMELINE_UNIT_YEAR },
};

StoltTimelineUnit
stolt_timeline_unit_for_zoom (double pixels_per_day)
{
  for (guint unit = STOLT_TIMELINE_UNIT_DAY; unit < STOLT_TIMELINE_UNIT_YEAR; unit++)
    if (pixels_per_day >= lowest_unit_zoom[unit])
      return unit;
  return STOLT_TIMELINE_UNIT_YEAR;
}

/* The first day of the unit @day is in; weeks start on Monday */
guint32
stolt_timeline_unit_start (StoltTimelineUnit unit,
                           guint32           day)
{
  int year, month;

  if (unit == STOLT_TIMELINE_UNIT_DAY)
    return day;
  if (unit == STOLT_TIMELINE_UNIT_WEEK)
    return day - (guint32) (stolt_date_weekday (day) - 1);
  if (!stolt_date_to_ymd (day, &year, &month, NULL))
    return STOLT_DATE_NONE;
  if (unit == STOLT_TIMELINE_UNIT_MONTH)
    return stolt_date_from_ymd (year, month, 1);
  if (unit == STOLT_TIMELINE_UNIT_QUARTER)
    return stolt_date_from_ymd (year, (month - 1) / 3 * 3 + 1, 1);
  return stolt_date_from_ymd (year, 1, 1);
}

/* The first day of the unit after the one starting on @start */
guint32
stolt_timeline_unit_next (StoltTimelineUnit unit,
                          guint32           start)
{
  int year, month, months;

  if (unit == STOLT_TIMELINE_UNIT_DAY)
    return start + 1;
  if (unit == STOLT_TIMELINE_UNIT_WEEK)
    return start + 7;
  if (!stolt_date_to_ymd (start, &year, &month, NULL))
    return STOLT_DATE_NONE;

  months = unit == STOLT_TIMELINE_UNIT_MONTH ? 1 : unit == STOLT_TIMELINE_UNIT_QUARTER ? 3 : 12;
  month += months - 1;
  return stolt_date_from_ymd (year + month / 12, month % 12 + 1, 1);
}

static char *
format_day (guint32     day,
            const char *format)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, mday;

  if (!stolt_date_to_ymd (day, &year, &month, &mday))
    return NULL;
  date_time = g_date_time_new_utc (year, month, mday, 12, 0, 0);
  return g_date_time_format (date_time, format);
}

/* The first letter of the month's name, for the narrowest cells */
static char *
month_initial (guint32 start)
{
  g_autofree char *name = format_day (start, "%OB");
  g_autofree char *first = NULL;

  if (name == NULL || *name == '\0')
    return NULL;
  first = g_strndup (name, g_utf8_next_char (name) - name);
  return g_utf8_strup (first, -1);
}

static char *
month_label (guint32  start,
             gboolean with_year,
             guint    form)
{
  /* The stand-alone forms (%OB, %Ob): a header names the month on its own */
  static const char *const with_year_forms[] = { "%OB %Y", "%Ob %Y", "%OB", "%Ob" };
  static const char *const forms[] = { "%OB", "%Ob" };

  if (with_year)
    return form < G_N_ELEMENTS (with_year_forms) ? format_day (start, with_year_forms[form])
                                                 : form == G_N_ELEMENTS (with_year_forms)
                                                   ? month_initial (start) : NULL;
  return form < G_N_ELEMENTS (forms) ? format_day (start, forms[form])
                                     : form == G_N_ELEMENTS (forms) ? month_initial (start) : NULL;
}

static char *
week_label (guint32 start,
            guint   form)
{
  int week = stolt_date_iso_week (start, NULL);

  switch (form)
    {
    case 0:
      /* Translators: a timeline header cell for an ISO week, when there is
       * room: "Week 42"; Swedish "Vecka 42", Norwegian "Uke 42" */
      return g_strdup_printf (C_("timeline header, ISO week, long", "Week %d"), week);
    case 1:
      /* Translators: a narrow timeline header cell for an ISO week: "W42";
       * Swedish "v. 42", Norwegian "uke 42" */
      return g_strdup_printf (C_("timeline header, ISO week", "W%d"), week);
    default:
      /* No bare number: "42" alone does not say it is a week */
      return NULL;
    }
}

static char *
quarter_label (guint32  start,
               gboolean with_year,
               guint    form)
{
  int year, month, quarter;

  if (!stolt_date_to_ymd (start, &year, &month, NULL))
    return NULL;
  quarter = (month - 1) / 3 + 1;
  if (with_year && form == 0)
    /* Translators: a timeline header cell for a quarter and its year:
     * "Q3 2026"; use %1$d for the quarter and %2$d for the year to
     * reorder them, e.g. Swedish "kv. %1$d %2$d" */
    return g_strdup_printf (C_("timeline header, quarter with year", "Q%d %d"), quarter, year);
  if (form == (with_year ? 1u : 0u))
    /* Translators: a timeline header cell for a quarter: "Q3" */
    return g_strdup_printf (C_("timeline header, quarter", "Q%d"), quarter);
  /* No bare number: "4" alone does not say it is a quarter */
  return NULL;
}

/**
 * stolt_timeline_unit_label:
 * @start: the unit's first day
 * @with_year: whether a month or quarter label must say its year (no
 *   tier above it does)
 * @form: 0 for the longest form, then shorter ones
 *
 * Returns: (transfer full) (nullable): the label, %NULL when there is no
 *   form that short
 */
char *
stolt_timeline_unit_label (StoltTimelineUnit unit,
                           guint32           start,
                           gboolean          with_year,
                           guint             form)
{
  int year;

  switch (unit)
    {
    case STOLT_TIMELINE_UNIT_DAY:
      return form == 0 ? format_day (start, "%a %-d") : form == 1 ? format_day (start, "%-d") : NULL;
    case STOLT_TIMELINE_UNIT_WEEK:
      return week_label (start, form);
    case STOLT_TIMELINE_UNIT_MONTH:
      return month_label (start, with_year, form);
    case STOLT_TIMELINE_UNIT_QUARTER:
      return quarter_label (start, with_year, form);
    case STOLT_TIMELINE_UNIT_YEAR:
    default:
      if (form > 0 || !stolt_date_to_ymd (start, &year, NULL, NULL))
        return NULL;
      return g_strdup_printf ("%d", year);
    }
}

/* One form for the whole tier ("Oct Nov Dec", never "Oct Nov December"):
 * the longest that fits every cell of the tier, whole cells measured.
 * Returns G_MAXUINT when no form fits them all. */
static guint
tier_form (StoltTimelineHeaderTier *tier,
           gboolean                 with_year,
           StoltTimelineText       *text,
           double                   padding)
{
  for (guint form = 0;; form++)
    {
      gboolean all_fit = TRUE;

      for (guint i = 0; i < tier->cells->len && all_fit; i++)
        {
          StoltTimelineHeaderCell *cell = &g_array_index (tier->cells, StoltTimelineHeaderCell, i);
          g_autofree char *label = stolt_timeline_unit_label (tier->unit, cell->first_day,
                                                              with_year, form);

          if (label == NULL)
            return G_MAXUINT;
          all_fit = stolt_timeline_text_measure (text, STOLT_TIMELINE_FONT_HEADER, label) <=
                    cell->x1 - cell->x0 - 2 * padding;
        }

      if (all_fit)
        return form;
    }
}

/* The tier's form of the label, at the left of the part of the cell in
 * view: while a cell scrolls out its label slides along, and goes when
 * it no longer fits, never cut by the edge */
static void
place_label (StoltTimelineHeader     *self,
             StoltTimelineHeaderCell *cell,
             StoltTimelineUnit        unit,
             gboolean                 with_year,
             guint                    form,
             double                   width,
             StoltTimelineText       *text,
             double                   padding)
{
  double room = MIN (cell->x1, width) - MAX (cell->x0, 0) - 2 * padding;
  g_autofree char *label = NULL;
  double label_width;

  if (form == G_MAXUINT || room <= 0)
    return;
  label = stolt_timeline_unit_label (unit, cell->first_day, with_year, form);
  if (label == NULL)
    return;
  label_width = stolt_timeline_text_measure (text, STOLT_TIMELINE_FONT_HEADER, label);
  if (label_width > room)
    return;

  cell->label = g_string_chunk_insert_const (self->strings, label);
  cell->label_width = label_width;
  cell->label_x = MAX (cell->x0, 0) + padding;
}

/* Returns whether one form of the label fits every cell of the tier */
static gboolean
fill_tier (StoltTimelineHeader      *self,
           StoltTimelineHeaderTier  *tier,
           gboolean                  with_year,
           const StoltTimelineScale *scale,
           double                    width,
           StoltTimelineText        *text,
           double                    padding)
{
  guint32 day = stolt_timeline_unit_start (tier->unit, stolt_timeline_scale_x_to_day (scale, 0));
  guint form;

  while (day != STOLT_DATE_NONE && tier->cells->len < MAX_CELLS_PER_TIER)
    {
      guint32 next = stolt_timeline_unit_next (tier->unit, day);
      StoltTimelineHeaderCell cell = { day, stolt_timeline_scale_day_to_x (scale, day), 0 };
      int weekday = stolt_date_weekday (day);

      if (cell.x0 >= width || next == STOLT_DATE_NONE)
        break;
      cell.x1 = stolt_timeline_scale_day_to_x (scale, next);
      cell.weekend = tier->unit == STOLT_TIMELINE_UNIT_DAY && weekday >= 6;
      g_array_append_val (tier->cells, cell);
      day = next;
    }

  form = tier_form (tier, with_year, text, padding);
  for (guint i = 0; i < tier->cells->len; i++)
    place_label (self, &g_array_index (tier->cells, StoltTimelineHeaderCell, i),
                 tier->unit, with_year, form, width, text, padding);
  return form != G_MAXUINT;
}

static StoltTimelineHeader *
header_new (const StoltTimelineScale *scale,
            StoltTimelineUnit         lowest,
            double                    width,
            double                    height,
            StoltTimelineText        *text,
            double                    padding,
            gboolean                 *lowest_fits)
{
  StoltTimelineHeader *self = g_new0 (StoltTimelineHeader, 1);
  double tier_height;

  self->lowest = lowest;
  self->grid = tier_sets[lowest].grid;
  self->n_tiers = tier_sets[lowest].n_tiers;
  self->strings = g_string_chunk_new (512);
  tier_height = height / self->n_tiers;

  for (guint i = 0; i < self->n_tiers; i++)
    {
      StoltTimelineHeaderTier *tier = &self->tiers[i];
      /* A month or quarter names its year unless the year has a tier */
      gboolean with_year = tier_sets[lowest].units[0] != STOLT_TIMELINE_UNIT_YEAR;

      tier->unit = tier_sets[lowest].units[i];
      tier->y = i * tier_height;
      tier->height = tier_height;
      tier->cells = g_array_new (FALSE, FALSE, sizeof (StoltTimelineHeaderCell));
      /* Only the lowest tier must fit: a long month in a week-lowest
       * header may still lose its label, as it scrolls out */
      *lowest_fits = fill_tier (self, tier, with_year, scale, width, text, padding);
    }
  return self;
}

/**
 * stolt_timeline_header_new:
 * @scale: the zoom and origin
 * @width: @height: the header's size; it starts at y = 0
 * @text: measures the labels
 * @padding: room kept free on each side of a label
 *
 * Returns: (transfer full): the cells the header shows
 */
StoltTimelineHeader *
stolt_timeline_header_new (const StoltTimelineScale *scale,
                           double                    width,
                           double                    height,
                           StoltTimelineText        *text,
                           double                    padding)
{
  StoltTimelineUnit lowest = stolt_timeline_unit_for_zoom (scale->pixels_per_day);
  gboolean fits = FALSE;
  StoltTimelineHeader *self = header_new (scale, lowest, width, height, text, padding, &fits);

  /* The zoom's lowest unit assumes the screen's text size: with larger
   * text (a projector slide) its labels may not fit, a unit up's do */
  while (!fits && lowest < STOLT_TIMELINE_UNIT_YEAR)
    {
      lowest++;
      stolt_timeline_header_free (self);
      self = header_new (scale, lowest, width, height, text, padding, &fits);
    }
  return self;
}

void
stolt_timeline_header_free (StoltTimelineHeader *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_tiers; i++)
    g_clear_pointer (&self->tiers[i].cells, g_array_unref);
  g_string_chunk_free (self->strings);
  g_free (self);
}
