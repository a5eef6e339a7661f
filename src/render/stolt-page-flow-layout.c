/* stolt-page-flow-layout.c — measuring blocks and cutting them into pages
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pagination rules: a heading stays with the start of what follows it
 * (never alone at the foot of a page); a paragraph leaves at least two
 * lines on each side of a page end; a table row is never cut, and the
 * header row is repeated on every page the table runs onto; a drawing is
 * never cut.  Spacing between blocks is collapsed (the larger of the two)
 * and dropped at the top of a page.
 */

#define G_LOG_DOMAIN "stolt-page-flow"

#include "config.h"

#include "stolt-format.h"
#include "stolt-page-flow-private.h"

const char *
stolt_page_flow_heading_font (int level)
{
  switch (level)
    {
    case 0:
      return STOLT_FLOW_FONT_TITLE;
    case 1:
      return STOLT_FLOW_FONT_H1;
    case 2:
      return STOLT_FLOW_FONT_H2;
    default:
      return STOLT_FLOW_FONT_H3;
    }
}

PangoLayout *
stolt_page_flow_new_layout (StoltPageFlow *flow,
                            const char    *font,
                            double         width)
{
  PangoLayout *layout = pango_layout_new (flow->context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_font_description_free (description);

  return layout;
}

/* Markup that Pango refuses is shown as its text, never dropped.  Every
 * paragraph, cell and value passes here: control characters and
 * non-characters of the user's text are dropped in this one place
 * (stolt_format_clean_markup ()), so that no export shows them. */
static void
set_markup (PangoLayout *layout,
            const char  *dirty)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *markup = stolt_format_clean_markup (dirty);

  if (!pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error))
    {
      pango_layout_set_text (layout, markup, -1);
      return;
    }
  pango_layout_set_markup (layout, markup, -1);
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) height / PANGO_SCALE;
}

static GArray *
measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (LineInfo));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      LineInfo info;
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      info.top = (double) y0 / PANGO_SCALE;
      info.height = (double) (y1 - y0) / PANGO_SCALE;
      info.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      info.x = (double) logical.x / PANGO_SCALE;
      g_array_append_val (lines, info);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return lines;
}

static void
add_unit (Block  *block,
          double  height)
{
  g_array_append_val (block->units, height);
}

static void
measure_text (StoltPageFlow *flow,
              Block         *block,
              const char    *font,
              double         width)
{
  block->layout = stolt_page_flow_new_layout (flow, font, width);
  if (block->kind == BLOCK_TITLE || block->kind == BLOCK_HEADING)
    pango_layout_set_text (block->layout, block->text, -1);
  else
    set_markup (block->layout, block->text);
  pango_layout_set_line_spacing (block->layout, block->kind == BLOCK_TITLE ? 1.1 : 1.3);
  pango_layout_set_justify (block->layout, block->align == STOLT_FLOW_ALIGN_JUSTIFY);

  block->lines = measure_lines (block->layout);
  for (guint i = 0; i < block->lines->len; i++)
    add_unit (block, g_array_index (block->lines, LineInfo, i).height);
  block->min_first = MIN (block->units->len, 2);
  block->min_last = block->units->len >= 4 ? 2 : 1;
}

static void
measure_heading (StoltPageFlow *flow,
                 Block         *block,
                 double         width)
{
  static const double before[] = { 0, 20, 14, 10 };
  static const double after[] = { 14, 8, 5, 3 };
  int level = block->kind == BLOCK_TITLE ? 0 : block->level;
  double height;

  block->layout = stolt_page_flow_new_layout (flow, stolt_page_flow_heading_font (level), width);
  pango_layout_set_text (block->layout, block->text, -1);
  pango_layout_set_line_spacing (block->layout, 1.1);
  block->lines = measure_lines (block->layout);
  height = layout_height (block->layout);
  /* Level 1 gets a rule under it */
  if (level == 1)
    height += 5;
  add_unit (block, height);
  block->space_before = before[level];
  block->space_after = after[level];
  block->keep_with_next = TRUE;
}

static void
measure_key_value (StoltPageFlow *flow,
                   Block         *block,
                   double         width)
{
  double key_width = width * STOLT_FLOW_KEY_FRACTION;

  block->layout = stolt_page_flow_new_layout (flow, STOLT_FLOW_FONT_SMALL_BOLD,
                                              key_width - 2 * STOLT_FLOW_CELL_PAD_X);
  pango_layout_set_text (block->layout, block->text, -1);
  block->value_layout = stolt_page_flow_new_layout (flow, STOLT_FLOW_FONT_BODY,
                                                    width - key_width - STOLT_FLOW_CELL_PAD_X);
  set_markup (block->value_layout, block->value);
  pango_layout_set_line_spacing (block->value_layout, 1.2);
  add_unit (block, MAX (layout_height (block->layout), layout_height (block->value_layout))
                   + 2 * STOLT_FLOW_CELL_PAD_Y);
}

static double
measure_row (StoltPageFlow *flow,
             Block         *block,
             guint          row,
             double         width)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  char **cells = g_ptr_array_index (block->rows, row);
  gboolean bold = g_array_index (block->bold_rows, gboolean, row);
  double height = 0;

  for (guint c = 0; c < block->n_columns; c++)
    {
      double cell_width = width * block->widths[c] - 2 * STOLT_FLOW_CELL_PAD_X;
      PangoLayout *layout = stolt_page_flow_new_layout (flow, bold ? STOLT_FLOW_FONT_SMALL_BOLD
                                                                   : STOLT_FLOW_FONT_SMALL,
                                                        cell_width);

      set_markup (layout, cells[c]);
      pango_layout_set_line_spacing (layout, 1.15);
      height = MAX (height, layout_height (layout));
      g_ptr_array_add (layouts, layout);
    }
  g_ptr_array_add (block->cells, layouts);

  return height + 2 * STOLT_FLOW_CELL_PAD_Y;
}

/* The bottom of the last line of @layout that ends above @limit, from
 * the layout's top; 0 if even the first does not */
static double
last_line_bottom_before (PangoLayout *layout,
                         double       limit)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double bottom = 0;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if ((double) y1 / PANGO_SCALE > limit)
        break;
      bottom = (double) y1 / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return bottom;
}

/* A row taller than @room is cut into bands between lines of its
 * tallest cell, each band a unit, so that it runs onto the next pages
 * instead of through the footer */
static void
add_row_units (Block  *block,
               guint   row,
               double  height,
               double  room)
{
  GPtrArray *layouts = g_ptr_array_index (block->cells, row);
  PangoLayout *tallest = NULL;
  double offset = 0;

  for (guint c = 0; c < layouts->len; c++)
    if (tallest == NULL || layout_height (g_ptr_array_index (layouts, c)) > layout_height (tallest))
      tallest = g_ptr_array_index (layouts, c);

  while (height - offset > room)
    {
      /* The text of the band starts STOLT_FLOW_CELL_PAD_Y below the row's
       * top in the first band, at the band's top in the others */
      double pad = offset == 0 ? STOLT_FLOW_CELL_PAD_Y : 0;
      double text_offset = offset == 0 ? 0 : offset - STOLT_FLOW_CELL_PAD_Y;
      /* The first band a third of a page, so that it can follow what
       * is above it (a heading) on its page; the next ones a page each */
      double band = offset == 0 ? room / 3 : room;
      double cut = last_line_bottom_before (tallest, text_offset + band - pad) - text_offset;
      RowPiece piece = { row, offset, FALSE };

      /* A line taller than a page: cut through it rather than loop */
      if (cut <= 0)
        cut = band - pad;
      add_unit (block, pad + cut);
      g_array_append_val (block->pieces, piece);
      offset += pad + cut;
    }

  {
    RowPiece piece = { row, offset, TRUE };

    add_unit (block, height - offset);
    g_array_append_val (block->pieces, piece);
  }
}

/* Tables of up to this many rows are kept on one page when they fit one */
#define SHORT_TABLE 6

static void
measure_table (StoltPageFlow *flow,
               Block         *block,
               double         width)
{
  /* Room for a row under the repeated header on an empty page */
  double room;
  guint n_rows;

  block->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  block->pieces = g_array_new (FALSE, FALSE, sizeof (RowPiece));
  block->extra = measure_row (flow, block, 0, width);
  room = stolt_page_flow_get_content_height (flow) - block->extra - 1;
  for (guint row = 1; row < block->rows->len; row++)
    add_row_units (block, row, measure_row (flow, block, row, width), room);

  /* No row alone at the foot or the head of a page: a short table (the
   * five SMART criteria) moves whole, a longer one keeps two rows
   * together at each end */
  n_rows = block->rows->len - 1;
  if (n_rows <= SHORT_TABLE && block->units->len == n_rows)
    block->min_first = n_rows;
  else if (block->units->len > 0 && !g_array_index (block->pieces, RowPiece, 0).last)
    block->min_first = 1;  /* the first row is cut into bands: its first band opens */
  else
    block->min_first = MIN (block->units->len, 2);
  block->min_last = MIN (block->units->len, 2);
  block->space_before = 6;
  block->space_after = 10;
}

static void
measure_toc (StoltPageFlow *flow,
             Block         *block,
             double         width)
{
  block->cells = g_ptr_array_new_with_free_func (g_object_unref);
  block->toc_targets = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < flow->blocks->len; i++)
    {
      Block *heading = g_ptr_array_index (flow->blocks, i);
      double indent;
      PangoLayout *layout;

      if (heading->kind != BLOCK_HEADING || !heading->in_toc || heading->level > block->level)
        continue;
      indent = (heading->level - 1) * STOLT_FLOW_LIST_INDENT;
      layout = stolt_page_flow_new_layout (flow, heading->level == 1 ? STOLT_FLOW_FONT_SMALL_BOLD
                                                                     : STOLT_FLOW_FONT_SMALL,
                                           width - indent - STOLT_FLOW_TOC_NUMBER - 12);
      pango_layout_set_text (layout, heading->text, -1);
      g_ptr_array_add (block->cells, layout);
      g_array_append_val (block->toc_targets, i);
      add_unit (block, layout_height (layout) + (heading->level == 1 ? 7 : 4));
    }
  block->min_first = MIN (block->units->len, 1);
  block->min_last = MIN (block->units->len, 1);
}

static double
measure_drawing (Block  *block,
                 double  width,
                 double  max_height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double height = block->draw (cr, width, max_height, block->user_data);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return MAX (height, 0);
}

void
stolt_page_flow_measure_block (StoltPageFlow *flow,
                               guint          index)
{
  Block *block = g_ptr_array_index (flow->blocks, index);
  double width = stolt_page_flow_get_content_width (flow);
  double indent = (block->depth + 1) * STOLT_FLOW_LIST_INDENT;

  block->units = g_array_new (FALSE, FALSE, sizeof (double));
  block->min_first = 1;
  block->min_last = 1;
  switch (block->kind)
    {
    case BLOCK_TITLE:
    case BLOCK_HEADING:
      measure_heading (flow, block, width);
      break;
    case BLOCK_PARAGRAPH:
      measure_text (flow, block, STOLT_FLOW_FONT_BODY, width);
      block->space_before = block->space_after = 8;
      break;
    case BLOCK_LIST_ITEM:
      measure_text (flow, block, STOLT_FLOW_FONT_BODY, width - indent);
      block->space_before = block->space_after = 2;
      break;
    case BLOCK_KEY_VALUE:
      measure_key_value (flow, block, width);
      break;
    case BLOCK_TABLE:
      measure_table (flow, block, width);
      break;
    case BLOCK_TOC:
      measure_toc (flow, block, width);
      break;
    case BLOCK_DRAWING:
      add_unit (block, measure_drawing (block, width, stolt_page_flow_get_content_height (flow)));
      block->space_before = block->space_after = 8;
      break;
    case BLOCK_PAGE_DRAWING:
    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

/* Pagination proper */

typedef struct
{
  StoltPageFlow *flow;
  guint          page;       /* 0-based, the current page */
  double         y;
  double         top;
  double         bottom;
  gboolean       empty;      /* nothing placed on the current page yet */
  gboolean       full;       /* a page drawing took it */
} Cursor;

static void
cursor_new_page (Cursor               *cursor,
                 StoltPageOrientation  orientation)
{
  double width, height;

  stolt_page_flow_page_size_for (cursor->flow->format, orientation, &width, &height);
  g_array_append_val (cursor->flow->pages, orientation);
  cursor->page = cursor->flow->pages->len - 1;
  cursor->top = STOLT_FLOW_MARGIN_TOP;
  cursor->bottom = height - STOLT_FLOW_MARGIN_BOTTOM;
  cursor->y = cursor->top;
  cursor->empty = TRUE;
  cursor->full = FALSE;
}

static void
place (Cursor *cursor,
       guint   block,
       double  y,
       guint   first,
       guint   n)
{
  Fragment fragment = { block, cursor->page, y, first, n };

  g_array_append_val (cursor->flow->fragments, fragment);
  cursor->empty = FALSE;
}

static Block *
block_at (StoltPageFlow *flow,
          guint          index)
{
  return index < flow->blocks->len ? g_ptr_array_index (flow->blocks, index) : NULL;
}

static double
sum_units (const Block *block,
           guint        first,
           guint        n)
{
  double sum = 0;

  for (guint i = first; i < first + n && i < block->units->len; i++)
    sum += g_array_index (block->units, double, i);
  return sum;
}

/* The room a block needs at the top of where it is placed: its opening
 * units and, for a heading, the opening of what follows */
static double
lead_height (StoltPageFlow *flow,
             guint          index,
             guint          depth)
{
  Block *block = block_at (flow, index);
  Block *next = block_at (flow, index + 1);
  double height;

  if (block == NULL)
    return 0;
  height = block->extra + sum_units (block, 0, block->min_first);
  if (block->keep_with_next && next != NULL && depth < 4 &&
      next->kind != BLOCK_PAGE_BREAK && next->kind != BLOCK_PAGE_DRAWING)
    height += MAX (block->space_after, next->space_before) + lead_height (flow, index + 1, depth + 1);

  return height;
}

/* How many units from @first fit in @room, keeping the orphan and widow
 * rules; 0 means "start on the next page" */
static guint
units_that_fit (const Block *block,
                guint        first,
                double       room)
{
  guint n_units = block->units->len;
  guint k = 0;
  double used = 0;

  while (first + k < n_units && used + g_array_index (block->units, double, first + k) <= room)
    used += g_array_index (block->units, double, first + k++);

  if (first + k < n_units)
    {
      guint left = n_units - first - k;

      if (left < block->min_last)
        k = k > block->min_last - left ? k - (block->min_last - left) : 0;
      if (first == 0 && k < block->min_first)
        k = 0;
    }
  return k;
}

static void
place_page_drawing (Cursor *cursor,
                    guint   index)
{
  Block *block = g_ptr_array_index (cursor->flow->blocks, index);

  if (!cursor->empty || cursor->flow->pages->len == 0 ||
      g_array_index (cursor->flow->pages, StoltPageOrientation, cursor->page) != block->orientation)
    cursor_new_page (cursor, block->orientation);
  place (cursor, index, cursor->top, 0, 0);
  cursor->full = TRUE;
}

static void
place_units (Cursor *cursor,
             guint   index,
             double  gap)
{
  Block *block = g_ptr_array_index (cursor->flow->blocks, index);
  guint n_units = block->units->len;
  guint first = 0;

  if (!cursor->empty && cursor->y + gap + lead_height (cursor->flow, index, 0) > cursor->bottom)
    {
      cursor_new_page (cursor, cursor->flow->orientation);
      gap = 0;
    }

  do
    {
      double room = cursor->bottom - cursor->y - gap - block->extra;
      guint k = units_that_fit (block, first, room);

      if (k == 0 && first < n_units)
        {
          if (!cursor->empty)
            {
              cursor_new_page (cursor, cursor->flow->orientation);
              gap = 0;
              continue;
            }
          /* Taller than a page: it gets a page of its own, cut at the foot */
          k = 1;
        }
      place (cursor, index, cursor->y + gap, first, k);
      cursor->y += gap + block->extra + sum_units (block, first, k);
      gap = 0;
      first += k;
      if (first < n_units)
        cursor_new_page (cursor, cursor->flow->orientation);
    }
  while (first < n_units);
}

static void
paginate_block (Cursor *cursor,
                guint   index,
                double *space_after)
{
  Block *block = g_ptr_array_index (cursor->flow->blocks, index);
  double gap;

  if (block->kind == BLOCK_PAGE_DRAWING)
    {
      place_page_drawing (cursor, index);
      *space_after = 0;
      return;
    }
  if (cursor->full || block->kind == BLOCK_PAGE_BREAK)
    {
      if (!cursor->empty || cursor->full)
        cursor_new_page (cursor, cursor->flow->orientation);
      *space_after = 0;
      if (block->kind == BLOCK_PAGE_BREAK)
        return;
    }
  /* Asked for explicitly, so kept even at the top of a page (a cover) */
  if (block->kind == BLOCK_SPACE)
    {
      cursor->y = MIN (cursor->y + block->space, cursor->bottom);
      place (cursor, index, cursor->y, 0, 0);
      return;
    }

  gap = cursor->empty ? 0 : MAX (*space_after, block->space_before);
  place_units (cursor, index, gap);
  *space_after = block->space_after;
}

/**
 * stolt_page_flow_paginate:
 *
 * Measures every block and decides which page each piece of it lands
 * on.  Done once; later calls return the same count.
 *
 * Returns: the number of pages (at least 1)
 */
guint
stolt_page_flow_paginate (StoltPageFlow *flow)
{
  Cursor cursor = { flow };
  double space_after = 0;

  if (flow->paginated)
    return flow->pages->len;
  flow->paginated = TRUE;

  for (guint i = 0; i < flow->blocks->len; i++)
    stolt_page_flow_measure_block (flow, i);

  cursor_new_page (&cursor, flow->orientation);
  for (guint i = 0; i < flow->blocks->len; i++)
    paginate_block (&cursor, i, &space_after);

  return flow->pages->len;
}
