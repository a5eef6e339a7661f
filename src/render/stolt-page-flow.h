/* stolt-page-flow.h — a paginated document: blocks poured onto pages
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF exporters describe a document as a list of blocks (headings,
 * paragraphs, list items, tables, key–value rows, drawings, whole-page
 * drawings); the flow measures them with Pango and cuts them into pages.
 * Pagination is a pure computation: stolt_page_flow_paginate () tells
 * which block lands on which page without drawing anything, and the
 * painter then draws any page onto any cairo_t, or the whole document
 * into a PDF stream.
 *
 * Units are PostScript points (1/72 inch).  Text given as "markup" is
 * Pango markup (escape user text with g_markup_escape_text); headings,
 * keys and table headers are plain text.
 */

#pragma once

#include <gio/gio.h>
#include <cairo.h>

G_BEGIN_DECLS

typedef enum
{
  STOLT_PAGE_A4,
  STOLT_PAGE_A3,
} StoltPageFormat;

typedef enum
{
  STOLT_PAGE_PORTRAIT,
  STOLT_PAGE_LANDSCAPE,
} StoltPageOrientation;

typedef enum
{
  STOLT_FLOW_ALIGN_LEFT,
  STOLT_FLOW_ALIGN_JUSTIFY,
} StoltFlowAlign;

typedef enum
{
  STOLT_FLOW_LIST_BULLET,
  STOLT_FLOW_LIST_NUMBERED,
} StoltFlowListKind;

/* Draws a figure with its top left corner at (0, 0), at most @width wide
 * and, if it can, at most @max_height high; returns the height it used.
 * The flow calls it once on a measuring context (whose output is thrown
 * away) to learn the height, and again on each page it is drawn on. */
typedef double (*StoltFlowDrawFunc) (cairo_t  *cr,
                                     double    width,
                                     double    max_height,
                                     gpointer  user_data);

typedef struct _StoltPageFlow StoltPageFlow;

StoltPageFlow *stolt_page_flow_new            (StoltPageFormat       format,
                                               StoltPageOrientation  orientation);
void           stolt_page_flow_free           (StoltPageFlow        *flow);

/* The running header (e.g. the project title) and whether the first page
 * (a title page) goes without header and footer.  Footers say "Page X of Y". */
void           stolt_page_flow_set_header     (StoltPageFlow        *flow,
                                               const char           *text);
void           stolt_page_flow_set_plain_first_page (StoltPageFlow  *flow,
                                                     gboolean        plain);

double         stolt_page_flow_get_content_width  (StoltPageFlow    *flow);
double         stolt_page_flow_get_content_height (StoltPageFlow    *flow);

/* Adding blocks; each returns the block's index, for the queries below */
guint          stolt_page_flow_add_title      (StoltPageFlow        *flow,
                                               const char           *text);
guint          stolt_page_flow_add_heading    (StoltPageFlow        *flow,
                                               int                   level,
                                               const char           *text);
guint          stolt_page_flow_add_paragraph  (StoltPageFlow        *flow,
                                               const char           *markup,
                                               StoltFlowAlign        align);
guint          stolt_page_flow_add_text       (StoltPageFlow        *flow,
                                               const char           *text);
guint          stolt_page_flow_add_list_item  (StoltPageFlow        *flow,
                                               StoltFlowListKind     kind,
                                               guint                 number,
                                               guint                 depth,
                                               const char           *markup);
/* How a link is marked in a paragraph's or list item's markup: this
 * opening tag, then the link's text, then </span> */
#define STOLT_FLOW_LINK_SPAN "<span underline=\"single\" underline_color=\"#1a5fb4\"" \
                             " foreground=\"#1a5fb4\">"
void           stolt_page_flow_set_links      (StoltPageFlow        *flow,
                                               guint                 block,
                                               const char *const    *uris);
guint          stolt_page_flow_add_key_value  (StoltPageFlow        *flow,
                                               const char           *key,
                                               const char           *markup);
guint          stolt_page_flow_add_table      (StoltPageFlow        *flow,
                                               guint                 n_columns,
                                               const double         *widths,
                                               const char *const    *headers);
void           stolt_page_flow_add_row        (StoltPageFlow        *flow,
                                               guint                 table,
                                               const char *const    *markup);
void           stolt_page_flow_set_row_bold   (StoltPageFlow        *flow,
                                               guint                 table,
                                               guint                 row);
guint          stolt_page_flow_add_drawing    (StoltPageFlow        *flow,
                                               StoltFlowDrawFunc     draw,
                                               gpointer              user_data,
                                               GDestroyNotify        destroy);
guint          stolt_page_flow_add_page_drawing (StoltPageFlow      *flow,
                                                 StoltPageOrientation orientation,
                                                 StoltFlowDrawFunc   draw,
                                                 gpointer            user_data,
                                                 GDestroyNotify      destroy);
guint          stolt_page_flow_add_toc        (StoltPageFlow        *flow,
                                               const char           *title,
                                               int                   max_level);
guint          stolt_page_flow_add_space      (StoltPageFlow        *flow,
                                               double                points);
guint          stolt_page_flow_add_page_break (StoltPageFlow        *flow);
guint          stolt_page_flow_get_n_blocks   (StoltPageFlow        *flow);

/* Pagination: a pure computation, done once; no block may be added after.
 * Page numbers are 1-based, as printed in the footer. */
guint          stolt_page_flow_paginate       (StoltPageFlow        *flow);
guint          stolt_page_flow_get_n_pages    (StoltPageFlow        *flow);
guint          stolt_page_flow_get_block_page (StoltPageFlow        *flow,
                                               guint                 block);
guint          stolt_page_flow_get_block_last_page (StoltPageFlow   *flow,
                                                    guint            block);
guint          stolt_page_flow_get_row_page   (StoltPageFlow        *flow,
                                               guint                 table,
                                               guint                 row);
gboolean       stolt_page_flow_is_landscape   (StoltPageFlow        *flow,
                                               guint                 page);
void           stolt_page_flow_get_page_size  (StoltPageFlow        *flow,
                                               guint                 page,
                                               double               *width,
                                               double               *height);

/* Painting (paginates first if needed) */
void           stolt_page_flow_draw_page      (StoltPageFlow        *flow,
                                               cairo_t              *cr,
                                               guint                 page);
gboolean       stolt_page_flow_write_pdf      (StoltPageFlow        *flow,
                                               const char           *title,
                                               GOutputStream        *stream,
                                               GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltPageFlow, stolt_page_flow_free)

G_END_DECLS
