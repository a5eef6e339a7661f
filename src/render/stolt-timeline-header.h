/* stolt-timeline-header.h — the date header above the timeline
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header has up to three tiers of cells: days, ISO weeks (Monday to
 * Sunday, numbered by ISO 8601, so the last days of December may be in
 * week 1 and the first of January in week 52 or 53), months, quarters
 * and years.  Which tiers show depends on the zoom, so that the lowest
 * tier's cells are wide enough for a label:
 *
 *   lowest tier   tiers, top to bottom        pixels per day
 *   day           month, week, day            18 and more
 *   week          month, week                 7.14 to 18
 *   month         year, quarter, month        1 to 7.14
 *   quarter       year, quarter               0.5 to 1
 *   year          year                        below 0.5
 *
 * The zooms suit the screen's text size; with larger text (a projector
 * slide) a lowest tier whose labels no longer fit gives way to the one
 * a unit up.
 *
 * A tier writes all its labels in one form, the longest that fits every
 * cell of the tier ("October 2026", "Oct 2026", "October", "Oct", "O"),
 * at the left of the part of the cell in view: a label slides while its
 * cell scrolls out, and goes when it no longer fits, never cut by an
 * edge.  Weeks and quarters always say what they are ("v. 42", "Q3"),
 * never a bare number.  Month names come
 * from the C library's locale through g_date_time_format (); week and
 * quarter labels are translatable.
 */

#pragma once

#include "stolt-timeline-scale.h"
#include "stolt-timeline-text.h"

G_BEGIN_DECLS

typedef enum
{
  STOLT_TIMELINE_UNIT_DAY,
  STOLT_TIMELINE_UNIT_WEEK,
  STOLT_TIMELINE_UNIT_MONTH,
  STOLT_TIMELINE_UNIT_QUARTER,
  STOLT_TIMELINE_UNIT_YEAR,
} StoltTimelineUnit;

#define STOLT_TIMELINE_MAX_TIERS 3

typedef struct
{
  guint32     first_day;    /* the unit's first day */
  double      x0, x1;       /* its edges; they may lie outside the header */
  const char *label;        /* NULL when no form of it fits */
  double      label_x;
  double      label_width;
  gboolean    weekend;      /* a Saturday or a Sunday (day cells) */
} StoltTimelineHeaderCell;

typedef struct
{
  StoltTimelineUnit unit;
  double            y;
  double            height;
  GArray           *cells;  /* StoltTimelineHeaderCell, left to right */
} StoltTimelineHeaderTier;

typedef struct
{
  StoltTimelineUnit       lowest;   /* the unit of the lowest tier */
  StoltTimelineUnit       grid;     /* the unit of the body's vertical lines */
  guint                   n_tiers;
  StoltTimelineHeaderTier tiers[STOLT_TIMELINE_MAX_TIERS];
  GStringChunk           *strings;
} StoltTimelineHeader;

StoltTimelineUnit    stolt_timeline_unit_for_zoom   (double                    pixels_per_day);
guint32              stolt_timeline_unit_start      (StoltTimelineUnit         unit,
                                                     guint32                   day);
guint32              stolt_timeline_unit_next       (StoltTimelineUnit         unit,
                                                     guint32                   start);
char                *stolt_timeline_unit_label      (StoltTimelineUnit         unit,
                                                     guint32                   start,
                                                     gboolean                  with_year,
                                                     guint                     form);

StoltTimelineHeader *stolt_timeline_header_new      (const StoltTimelineScale *scale,
                                                     double                    width,
                                                     double                    height,
                                                     StoltTimelineText        *text,
                                                     double                    padding);
void                 stolt_timeline_header_free     (StoltTimelineHeader      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltTimelineHeader, stolt_timeline_header_free)

G_END_DECLS
