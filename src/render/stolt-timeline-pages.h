/* stolt-timeline-pages.h — the timeline cut into pages, for print and PDF
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure function: the chart area of a page and a zoom give a grid of
 * pages, each a viewport (with the header, so it repeats on every page)
 * over a slice of the days and a slice of the rows.  Pages run down the
 * rows first, then on to the next slice of days ("down, then across").
 * At a day zoom no day is split between two pages.
 *
 * For one page (--fit-page), the dates are fitted into the width and
 * everything is shrunk by page->scale until the rows fit the height, but
 * never below STOLT_TIMELINE_PAGES_MIN_SCALE: rows past that are cut.
 *
 * stolt_timeline_paint_page_frame () draws what goes around the chart on
 * each page: the title above it, the page number below.  GtkPrintOperation
 * and the PDF exporter both use these.
 */

#pragma once

#include "stolt-palette.h"
#include "stolt-timeline-layout.h"

G_BEGIN_DECLS

#define STOLT_TIMELINE_PAGES_MIN_SCALE 0.05

typedef struct
{
  double   width;            /* the chart area of a page, in the page's units */
  double   height;
  double   pixels_per_day;   /* in the same units; 0 or less fits the dates in the width */
  gboolean one_page;         /* everything on one page */
  guint32  today;
  guint32  first_day;        /* the dates to show; 0 = the project's */
  guint32  last_day;
} StoltTimelinePageSetup;

typedef struct
{
  StoltTimelineViewport viewport;  /* what the page shows, in layout units */
  double                scale;     /* page units per layout unit; 1 unless one_page */
  guint                 column;    /* which slice of the days */
  guint                 row;       /* which slice of the rows */
} StoltTimelinePage;

GArray *stolt_timeline_paginate          (StoltTimelineIndex           *index,
                                          const StoltTimelineStyle     *style,
                                          const StoltTimelinePageSetup *setup);

void    stolt_timeline_paint_page_frame  (cairo_t                      *cr,
                                          StoltTimelineText            *text,
                                          const StoltPalette           *palette,
                                          const cairo_rectangle_t      *chart,
                                          const char                   *title,
                                          const char                   *subtitle,
                                          guint                         page,
                                          guint                         n_pages);

G_END_DECLS
