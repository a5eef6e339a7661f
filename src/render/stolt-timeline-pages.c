/* stolt-timeline-pages.c — the timeline cut into pages, for print and PDF
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stolt-date.h"
#include "stolt-timeline-pages.h"

/* Room left at each end of the dates, in page units */
#define DATE_MARGIN 12.0

/* What to show of a project without any dates: the month around today */
static void
get_range (StoltTimelineIndex *index,
           guint32             today,
           guint32            *first,
           guint32            *last)
{
  if (stolt_timeline_index_get_range (index, first, last))
    return;
  if (today == STOLT_DATE_NONE)
    today = stolt_date_today ();
  *first = today - 7;
  *last = today + 28;
}

static void
one_page (StoltTimelineIndex           *index,
          const StoltTimelineStyle     *style,
          const StoltTimelinePageSetup *setup,
          guint32                       first,
          guint32                       last,
          GArray                       *pages)
{
  double content = stolt_timeline_style_get_header_height (style) +
                   stolt_timeline_style_get_content_height (style, index);
  StoltTimelinePage page = { { { 0, 1 }, 0, 0, 0, setup->today }, 1.0, 0, 0 };

  page.scale = CLAMP (setup->height / content, STOLT_TIMELINE_PAGES_MIN_SCALE, 1.0);
  page.viewport.width = setup->width / page.scale;
  page.viewport.height = setup->height / page.scale;
  stolt_timeline_scale_fit (&page.viewport.scale, first, last, page.viewport.width,
                            DATE_MARGIN / page.scale);
  g_array_append_val (pages, page);
}

/**
 * stolt_timeline_paginate:
 * @style: the sizes the pages are laid out with
 * @setup: the page's chart area and the zoom
 *
 * Returns: (transfer full) (element-type StoltTimelinePage): the pages,
 *   at least one, in print order
 */
GArray *
stolt_timeline_paginate (StoltTimelineIndex           *index,
                         const StoltTimelineStyle     *style,
                         const StoltTimelinePageSetup *setup)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (StoltTimelinePage));
  double header = stolt_timeline_style_get_header_height (style);
  guint n_rows = stolt_timeline_index_get_n_rows (index);
  guint rows_per_page, n_row_pages, n_columns;
  double ppd, origin, page_days, body;
  guint32 first, last;

  g_return_val_if_fail (setup->width > 0 && setup->height > 0, pages);

  get_range (index, setup->today, &first, &last);
  if (setup->first_day != 0 && setup->last_day >= setup->first_day)
    {
      first = setup->first_day;
      last = setup->last_day;
    }
  if (setup->one_page)
    {
      one_page (index, style, setup, first, last, pages);
      return pages;
    }

  body = MAX (setup->height - header, style->row_height);
  rows_per_page = MAX (1, (guint) floor (body / style->row_height));
  n_row_pages = MAX (1, (n_rows + rows_per_page - 1) / rows_per_page);

  if (setup->pixels_per_day > 0)
    {
      StoltTimelineScale scale;

      stolt_timeline_scale_init (&scale, 0, setup->pixels_per_day);
      ppd = scale.pixels_per_day;
      /* Whole days on each page when a day is wide enough to matter */
      page_days = ppd >= 1 ? MAX (1.0, floor (setup->width / ppd)) : setup->width / ppd;
      origin = ppd >= 1 ? first - ceil (DATE_MARGIN / ppd) : first - DATE_MARGIN / ppd;
      n_columns = (guint) MAX (1.0, ceil ((last + 1 + DATE_MARGIN / ppd - origin) / page_days));
    }
  else
    {
      StoltTimelineScale scale;

      stolt_timeline_scale_fit (&scale, first, last, setup->width, DATE_MARGIN);
      ppd = scale.pixels_per_day;
      origin = scale.origin;
      page_days = setup->width / ppd;
      n_columns = 1;
    }

  for (guint column = 0; column < n_columns; column++)
    for (guint row = 0; row < n_row_pages; row++)
      {
        StoltTimelinePage page = { { { origin + column * page_days, ppd },
                                     setup->width, header + rows_per_page * style->row_height,
                                     row * rows_per_page * style->row_height, setup->today },
                                   1.0, column, row };

        g_array_append_val (pages, page);
      }
  return pages;
}

/**
 * stolt_timeline_paint_page_frame:
 * @chart: the chart area; the title goes above it, the page number below
 * @title: the project's title
 * @subtitle: (nullable): e.g. its dates, at the right of the title
 * @page: counted from 1
 *
 * Draws the title line and "Page 3 of 12" around the chart.
 */
void
stolt_timeline_paint_page_frame (cairo_t                 *cr,
                                 StoltTimelineText       *text,
                                 const StoltPalette      *palette,
                                 const cairo_rectangle_t *chart,
                                 const char              *title,
                                 const char              *subtitle,
                                 guint                    page,
                                 guint                    n_pages)
{
  double size = stolt_timeline_text_get_size (text, STOLT_TIMELINE_FONT_PHASE);
  double line = stolt_timeline_text_get_height (text, STOLT_TIMELINE_FONT_PHASE);
  double title_y = chart->y - line * 0.9;
  double footer_y = chart->y + chart->height + line * 0.9;
  g_autofree char *number = NULL;
  double width;

  stolt_timeline_text_begin (text, cr);
  stolt_color_set_source (cr, &palette->foreground);
  stolt_timeline_text_draw (text, cr, STOLT_TIMELINE_FONT_PHASE, title, chart->x, title_y,
                            chart->width * 0.65);
  if (subtitle != NULL)
    {
      width = stolt_timeline_text_measure (text, STOLT_TIMELINE_FONT_LABEL, subtitle);
      stolt_color_set_source (cr, &palette->dim_foreground);
      stolt_timeline_text_draw (text, cr, STOLT_TIMELINE_FONT_LABEL, subtitle,
                                chart->x + chart->width - MIN (width, chart->width * 0.33),
                                title_y, chart->width * 0.33);
    }

  /* Translators: at the foot of each page of a printed timeline */
  number = g_strdup_printf (_("Page %u of %u"), page, n_pages);
  width = stolt_timeline_text_measure (text, STOLT_TIMELINE_FONT_HEADER, number);
  stolt_color_set_source (cr, &palette->dim_foreground);
  stolt_timeline_text_draw (text, cr, STOLT_TIMELINE_FONT_HEADER, number,
                            chart->x + (chart->width - width) / 2, footer_y, width + size);
}
