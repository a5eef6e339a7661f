/* stolt-page-flow.c — a paginated document: building it, asking it
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measuring and pagination are in stolt-page-flow-layout.c, drawing in
 * stolt-page-flow-paint.c.
 */

#define G_LOG_DOMAIN "stolt-page-flow"

#include "config.h"

#include "stolt-format.h"
#include "stolt-page-flow-private.h"
#include "stolt-text.h"

static void
block_free (gpointer data)
{
  Block *block = data;

  if (block->destroy != NULL)
    block->destroy (block->user_data);
  g_free (block->text);
  g_free (block->value);
  g_free (block->widths);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->bold_rows, g_array_unref);
  g_clear_object (&block->layout);
  g_clear_object (&block->value_layout);
  g_clear_pointer (&block->lines, g_array_unref);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->toc_targets, g_array_unref);
  g_clear_pointer (&block->uris, g_strfreev);
  g_clear_pointer (&block->units, g_array_unref);
  g_clear_pointer (&block->pieces, g_array_unref);
  g_free (block);
}

StoltPageFlow *
stolt_page_flow_new (StoltPageFormat      format,
                     StoltPageOrientation orientation)
{
  StoltPageFlow *flow = g_new0 (StoltPageFlow, 1);

  flow->format = format;
  flow->orientation = orientation;
  flow->context = stolt_text_context_new ();
  flow->blocks = g_ptr_array_new_with_free_func (block_free);
  flow->fragments = g_array_new (FALSE, FALSE, sizeof (Fragment));
  flow->pages = g_array_new (FALSE, FALSE, sizeof (StoltPageOrientation));

  return flow;
}

void
stolt_page_flow_free (StoltPageFlow *flow)
{
  if (flow == NULL)
    return;

  g_free (flow->header);
  g_clear_object (&flow->context);
  g_ptr_array_unref (flow->blocks);
  g_array_unref (flow->fragments);
  g_array_unref (flow->pages);
  g_free (flow);
}

void
stolt_page_flow_page_size_for (StoltPageFormat      format,
                               StoltPageOrientation orientation,
                               double              *width,
                               double              *height)
{
  /* ISO 216 in points */
  double w = format == STOLT_PAGE_A3 ? 841.89 : 595.28;
  double h = format == STOLT_PAGE_A3 ? 1190.55 : 841.89;

  *width = orientation == STOLT_PAGE_LANDSCAPE ? h : w;
  *height = orientation == STOLT_PAGE_LANDSCAPE ? w : h;
}

void
stolt_page_flow_set_header (StoltPageFlow *flow,
                            const char    *text)
{
  g_free (flow->header);
  flow->header = text != NULL ? stolt_format_clean_text (text) : NULL;
}

void
stolt_page_flow_set_plain_first_page (StoltPageFlow *flow,
                                      gboolean       plain)
{
  flow->plain_first_page = plain;
}

double
stolt_page_flow_get_content_width (StoltPageFlow *flow)
{
  double width, height;

  stolt_page_flow_page_size_for (flow->format, flow->orientation, &width, &height);
  return width - 2 * STOLT_FLOW_MARGIN_SIDE;
}

double
stolt_page_flow_get_content_height (StoltPageFlow *flow)
{
  double width, height;

  stolt_page_flow_page_size_for (flow->format, flow->orientation, &width, &height);
  return height - STOLT_FLOW_MARGIN_TOP - STOLT_FLOW_MARGIN_BOTTOM;
}

static guint
append (StoltPageFlow *flow,
        Block         *block)
{
  g_return_val_if_fail (!flow->paginated, 0);

  g_ptr_array_add (flow->blocks, block);
  return flow->blocks->len - 1;
}

/* Text or markup as every block holds it: without control characters,
 * and with places to break a run no line can hold */
static char *
flow_text (const char *text)
{
  g_autofree char *clean = stolt_format_clean_text (text);

  return stolt_text_break_long_words (clean);
}

static Block *
block_new (BlockKind   kind,
           const char *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  /* Headings also name the PDF's outline entries: cairo refuses
   * non-characters there and fails the whole document */
  block->text = flow_text (text);
  return block;
}

guint
stolt_page_flow_add_title (StoltPageFlow *flow,
                           const char    *text)
{
  return append (flow, block_new (BLOCK_TITLE, text));
}

guint
stolt_page_flow_add_heading (StoltPageFlow *flow,
                             int            level,
                             const char    *text)
{
  Block *block = block_new (BLOCK_HEADING, text);

  block->level = CLAMP (level, 1, 3);
  block->in_toc = TRUE;
  return append (flow, block);
}

guint
stolt_page_flow_add_paragraph (StoltPageFlow  *flow,
                               const char     *markup,
                               StoltFlowAlign  align)
{
  Block *block = block_new (BLOCK_PARAGRAPH, markup);

  block->align = align;
  return append (flow, block);
}

/**
 * stolt_page_flow_set_links:
 * @block: a paragraph or list item
 * @uris: (array zero-terminated=1): an address per link
 *
 * Makes the links of @block's markup clickable in the PDF: each span
 * with an underline_color attribute (STOLT_FLOW_LINK_SPAN) is a link,
 * the first to @uris[0], the next to @uris[1] …
 */
void
stolt_page_flow_set_links (StoltPageFlow     *flow,
                           guint              block,
                           const char *const *uris)
{
  Block *target;

  g_return_if_fail (block < flow->blocks->len);

  target = g_ptr_array_index (flow->blocks, block);
  g_return_if_fail (target->kind == BLOCK_PARAGRAPH || target->kind == BLOCK_LIST_ITEM);
  g_strfreev (target->uris);
  target->uris = g_strdupv ((char **) uris);
}

guint
stolt_page_flow_add_text (StoltPageFlow *flow,
                          const char    *text)
{
  g_autofree char *markup = g_markup_escape_text (text != NULL ? text : "", -1);

  return stolt_page_flow_add_paragraph (flow, markup, STOLT_FLOW_ALIGN_LEFT);
}

guint
stolt_page_flow_add_list_item (StoltPageFlow     *flow,
                               StoltFlowListKind  kind,
                               guint              number,
                               guint              depth,
                               const char        *markup)
{
  Block *block = block_new (BLOCK_LIST_ITEM, markup);

  block->list_kind = kind;
  block->number = number;
  block->depth = MIN (depth, 4);
  return append (flow, block);
}

guint
stolt_page_flow_add_key_value (StoltPageFlow *flow,
                               const char    *key,
                               const char    *markup)
{
  Block *block = block_new (BLOCK_KEY_VALUE, key);

  block->value = flow_text (markup);
  return append (flow, block);
}

/**
 * stolt_page_flow_add_table:
 * @widths: (array length=n_columns): each column's share of the width;
 *   they are scaled to add up to the content width
 * @headers: (array length=n_columns): plain text, repeated on every page
 *   the table runs onto
 */
guint
stolt_page_flow_add_table (StoltPageFlow     *flow,
                           guint              n_columns,
                           const double      *widths,
                           const char *const *headers)
{
  Block *block = block_new (BLOCK_TABLE, NULL);
  double sum = 0;
  char **header_markup = g_new0 (char *, n_columns + 1);
  gboolean bold = TRUE;

  g_return_val_if_fail (n_columns > 0, 0);

  for (guint i = 0; i < n_columns; i++)
    sum += widths[i];
  block->n_columns = n_columns;
  block->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      block->widths[i] = sum > 0 ? widths[i] / sum : 1.0 / n_columns;
      g_autofree char *escaped = g_markup_escape_text (headers[i] != NULL ? headers[i] : "", -1);

      header_markup[i] = flow_text (escaped);
    }
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  block->bold_rows = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_ptr_array_add (block->rows, header_markup);
  g_array_append_val (block->bold_rows, bold);

  return append (flow, block);
}

/**
 * stolt_page_flow_add_row:
 * @markup: (array): one cell per column, Pango markup
 */
void
stolt_page_flow_add_row (StoltPageFlow     *flow,
                         guint              table,
                         const char *const *markup)
{
  Block *block;
  char **cells;
  gboolean bold = FALSE;

  g_return_if_fail (table < flow->blocks->len && !flow->paginated);
  block = g_ptr_array_index (flow->blocks, table);
  g_return_if_fail (block->kind == BLOCK_TABLE);

  cells = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    cells[i] = flow_text (markup[i]);
  g_ptr_array_add (block->rows, cells);
  g_array_append_val (block->bold_rows, bold);
}

/* For a row of totals; @row counts from 0, the header row not included */
void
stolt_page_flow_set_row_bold (StoltPageFlow *flow,
                              guint          table,
                              guint          row)
{
  Block *block;

  g_return_if_fail (table < flow->blocks->len && !flow->paginated);
  block = g_ptr_array_index (flow->blocks, table);
  g_return_if_fail (block->kind == BLOCK_TABLE && row + 1 < block->rows->len);

  g_array_index (block->bold_rows, gboolean, row + 1) = TRUE;
}

guint
stolt_page_flow_add_drawing (StoltPageFlow     *flow,
                             StoltFlowDrawFunc  draw,
                             gpointer           user_data,
                             GDestroyNotify     destroy)
{
  Block *block = block_new (BLOCK_DRAWING, NULL);

  block->draw = draw;
  block->user_data = user_data;
  block->destroy = destroy;
  return append (flow, block);
}

/* A page of its own (portrait or landscape) given whole to @draw, inside
 * the margins, with the running header and footer around it */
guint
stolt_page_flow_add_page_drawing (StoltPageFlow        *flow,
                                  StoltPageOrientation  orientation,
                                  StoltFlowDrawFunc     draw,
                                  gpointer              user_data,
                                  GDestroyNotify        destroy)
{
  Block *block = block_new (BLOCK_PAGE_DRAWING, NULL);

  block->orientation = orientation;
  block->draw = draw;
  block->user_data = user_data;
  block->destroy = destroy;
  return append (flow, block);
}

/* A heading (itself not listed) and the list of the headings of levels 1
 * to @max_level with their page numbers */
guint
stolt_page_flow_add_toc (StoltPageFlow *flow,
                         const char    *title,
                         int            max_level)
{
  guint heading = stolt_page_flow_add_heading (flow, 1, title);
  Block *block = block_new (BLOCK_TOC, NULL);

  ((Block *) g_ptr_array_index (flow->blocks, heading))->in_toc = FALSE;
  block->level = CLAMP (max_level, 1, 3);
  return append (flow, block);
}

guint
stolt_page_flow_add_space (StoltPageFlow *flow,
                           double         points)
{
  Block *block = block_new (BLOCK_SPACE, NULL);

  block->space = MAX (points, 0);
  return append (flow, block);
}

guint
stolt_page_flow_add_page_break (StoltPageFlow *flow)
{
  return append (flow, block_new (BLOCK_PAGE_BREAK, NULL));
}

guint
stolt_page_flow_get_n_blocks (StoltPageFlow *flow)
{
  return flow->blocks->len;
}

/* Queries after pagination */

guint
stolt_page_flow_get_n_pages (StoltPageFlow *flow)
{
  stolt_page_flow_paginate (flow);
  return flow->pages->len;
}

static const Fragment *
find_fragment (StoltPageFlow *flow,
               guint          block,
               gboolean       last)
{
  const Fragment *found = NULL;

  stolt_page_flow_paginate (flow);
  for (guint i = 0; i < flow->fragments->len; i++)
    {
      const Fragment *fragment = &g_array_index (flow->fragments, Fragment, i);

      if (fragment->block != block)
        continue;
      found = fragment;
      if (!last)
        break;
    }
  return found;
}

/* Returns: the 1-based page the block starts on; 0 for a block that takes
 * no room (a page break) */
guint
stolt_page_flow_get_block_page (StoltPageFlow *flow,
                                guint          block)
{
  const Fragment *fragment = find_fragment (flow, block, FALSE);

  return fragment != NULL ? fragment->page + 1 : 0;
}

guint
stolt_page_flow_get_block_last_page (StoltPageFlow *flow,
                                     guint          block)
{
  const Fragment *fragment = find_fragment (flow, block, TRUE);

  return fragment != NULL ? fragment->page + 1 : 0;
}

/* Returns: the 1-based page of a table's row (counted from 0 without the
 * header row), 0 if there is no such row */
guint
stolt_page_flow_get_row_page (StoltPageFlow *flow,
                              guint          table,
                              guint          row)
{
  Block *block;
  guint unit = G_MAXUINT;

  stolt_page_flow_paginate (flow);
  g_return_val_if_fail (table < flow->blocks->len, 0);
  block = g_ptr_array_index (flow->blocks, table);
  g_return_val_if_fail (block->kind == BLOCK_TABLE, 0);

  /* A row cut into bands starts with its first band */
  for (guint u = 0; u < block->pieces->len; u++)
    if (g_array_index (block->pieces, RowPiece, u).row == row + 1)
      {
        unit = u;
        break;
      }
  for (guint i = 0; unit != G_MAXUINT && i < flow->fragments->len; i++)
    {
      const Fragment *fragment = &g_array_index (flow->fragments, Fragment, i);

      if (fragment->block == table && unit >= fragment->first && unit < fragment->first + fragment->n)
        return fragment->page + 1;
    }
  return 0;
}

gboolean
stolt_page_flow_is_landscape (StoltPageFlow *flow,
                              guint          page)
{
  stolt_page_flow_paginate (flow);
  g_return_val_if_fail (page >= 1 && page <= flow->pages->len, FALSE);

  return g_array_index (flow->pages, StoltPageOrientation, page - 1) == STOLT_PAGE_LANDSCAPE;
}

void
stolt_page_flow_get_page_size (StoltPageFlow *flow,
                               guint          page,
                               double        *width,
                               double        *height)
{
  StoltPageOrientation orientation = flow->orientation;

  stolt_page_flow_paginate (flow);
  if (page >= 1 && page <= flow->pages->len)
    orientation = g_array_index (flow->pages, StoltPageOrientation, page - 1);
  stolt_page_flow_page_size_for (flow->format, orientation, width, height);
}
