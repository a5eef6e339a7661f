/* stolt-timeline-geometry.c — rows, shapes, labels and arrows as numbers
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure functions: the same row at the same zoom always lands in the same
 * place, whether it is visible or not (arrows and scroll-to need the
 * places of rows out of view).
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <math.h>

#include "stolt-date.h"
#include "stolt-timeline-layout-private.h"

/* Bars never get thinner than this, so that a one-day activity still
 * shows when a year is a hundred pixels wide */
#define MIN_BAR_WIDTH 3.0

/* How far past the viewport a clipped shape or arrow may reach: enough to
 * hide its rounded ends and outlines, small enough for cairo's fixed point */
#define CLIP_MARGIN 64.0

/**
 * stolt_timeline_style_init:
 * @text: measures and draws the labels; every size follows its size
 *   (at 12 px: rows 28 px, bars 16 px, header tiers 22 px)
 */
void
stolt_timeline_style_init (StoltTimelineStyle *style,
                           StoltTimelineText  *text)
{
  double size;

  g_return_if_fail (style != NULL);
  g_return_if_fail (text != NULL);

  size = stolt_timeline_text_get_size (text, STOLT_TIMELINE_FONT_LABEL);
  style->text = text;
  style->row_height = round (size * 28.0 / 12.0 * 4) / 4;
  style->bar_height = round (size * 16.0 / 12.0 * 4) / 4;
  style->band_height = round (size * 18.0 / 12.0 * 4) / 4;
  style->diamond_size = round (size * 16.0 / 12.0 * 4) / 4;
  style->tier_height = round (size * 22.0 / 12.0 * 4) / 4;
  style->label_gap = size * 8.0 / 12.0;
  style->label_padding = size * 5.0 / 12.0;
  style->edge_grab = MAX (5.0, size * 5.0 / 12.0);
}

/* The header always has room for three tiers, so that it keeps its height
 * while the zoom changes */
double
stolt_timeline_style_get_header_height (const StoltTimelineStyle *style)
{
  return STOLT_TIMELINE_MAX_TIERS * style->tier_height;
}

/* The height of all the rows: what a vertical scrollbar scrolls */
double
stolt_timeline_style_get_content_height (const StoltTimelineStyle *style,
                                         StoltTimelineIndex       *index)
{
  return stolt_timeline_index_get_n_rows (index) * style->row_height;
}

/* The top of @row in the viewport */
double
stolt_timeline_row_to_y (const StoltTimelineStyle    *style,
                         const StoltTimelineViewport *viewport,
                         guint                        row)
{
  return stolt_timeline_style_get_header_height (style) + row * style->row_height -
         viewport->scroll_y;
}

/* Returns: the row under @y, or %STOLT_TIMELINE_NO_ROW in the header or
 * below the last row */
guint
stolt_timeline_y_to_row (const StoltTimelineStyle    *style,
                         const StoltTimelineViewport *viewport,
                         StoltTimelineIndex          *index,
                         double                       y)
{
  double header = stolt_timeline_style_get_header_height (style);
  double row;

  if (y < header)
    return STOLT_TIMELINE_NO_ROW;
  row = floor ((y - header + viewport->scroll_y) / style->row_height);
  if (row < 0 || row >= stolt_timeline_index_get_n_rows (index))
    return STOLT_TIMELINE_NO_ROW;
  return (guint) row;
}

/* Where @row's item is drawn, unclipped.  FALSE for an undated item. */
gboolean
_stolt_timeline_row_shape (const StoltTimelineRow      *row,
                           guint                        index,
                           const StoltTimelineStyle    *style,
                           const StoltTimelineViewport *viewport,
                           StoltTimelineShape          *shape)
{
  const StoltTimelineScale *scale = &viewport->scale;
  double top = stolt_timeline_row_to_y (style, viewport, index);
  double height;

  shape->center_y = top + style->row_height / 2.0;
  if (row->start == STOLT_DATE_NONE)
    return FALSE;

  if (row->kind == STOLT_TIMELINE_ITEM_MILESTONE)
    {
      double size = MIN (style->diamond_size, style->row_height);
      double center_x = stolt_timeline_scale_day_to_x (scale, row->start) +
                        scale->pixels_per_day / 2.0;

      shape->start_x = shape->end_x = center_x;
      shape->shape = (cairo_rectangle_t) { center_x - size / 2.0, shape->center_y - size / 2.0,
                                           size, size };
      return TRUE;
    }

  height = row->kind == STOLT_TIMELINE_ITEM_PHASE ? style->band_height : style->bar_height;
  height = MIN (height, style->row_height);
  shape->start_x = stolt_timeline_scale_day_to_x (scale, row->start);
  shape->end_x = stolt_timeline_scale_day_to_x (scale, row->end + 1);
  shape->end_x = MAX (shape->end_x, shape->start_x + MIN_BAR_WIDTH);
  shape->shape = (cairo_rectangle_t) { shape->start_x, shape->center_y - height / 2.0,
                                       shape->end_x - shape->start_x, height };
  return TRUE;
}

/**
 * stolt_timeline_get_item_rect:
 * @rect: (out): the item's bar, band or diamond in viewport coordinates,
 *   unclipped; for an undated item, its row's left end
 *
 * For scrolling an item into view and for drawing focus outside the
 * painter.  Needs no layout: the item may be anywhere.
 *
 * Returns: %FALSE if @id is not on the timeline
 */
gboolean
stolt_timeline_get_item_rect (StoltTimelineIndex          *index,
                              const StoltTimelineStyle    *style,
                              const StoltTimelineViewport *viewport,
                              gint64                       id,
                              cairo_rectangle_t           *rect)
{
  guint row = stolt_timeline_index_find_row (index, id);
  StoltTimelineShape shape;

  g_return_val_if_fail (rect != NULL, FALSE);

  if (row == STOLT_TIMELINE_NO_ROW)
    return FALSE;
  if (_stolt_timeline_row_shape (stolt_timeline_index_get_row (index, row), row, style, viewport,
                                 &shape))
    *rect = shape.shape;
  else
    *rect = (cairo_rectangle_t) { 0, stolt_timeline_row_to_y (style, viewport, row),
                                  style->label_padding, style->row_height };
  return TRUE;
}

/**
 * stolt_timeline_viewport_fit:
 *
 * Sets the viewport's zoom and origin so that the project's dates fill
 * its width ("fit project"), with a little room at each end.
 *
 * Returns: %FALSE (and changes nothing) for a project without dates
 */
gboolean
stolt_timeline_viewport_fit (StoltTimelineViewport *viewport,
                             StoltTimelineIndex    *index)
{
  guint32 first, last;

  if (!stolt_timeline_index_get_range (index, &first, &last))
    return FALSE;
  return stolt_timeline_scale_fit (&viewport->scale, first, last, viewport->width,
                                   MIN (24.0, viewport->width / 40.0));
}

/* Where the label goes: on the bar when it fits there, else beside it
 * (right, then left), else shortened into the largest of those spaces,
 * else nowhere.  Always inside its row and the viewport. */
void
_stolt_timeline_place_label (StoltTimelineBox         *box,
                             double                    text_width,
                             double                    text_height,
                             const StoltTimelineStyle *style,
                             double                    width)
{
  double pad = style->label_padding, gap = style->label_gap;
  double height = MIN (text_height, box->row_rect.height);
  double y = box->row_rect.y + (box->row_rect.height - height) / 2.0;
  double min_room = 3.0 * stolt_timeline_text_get_size (style->text, STOLT_TIMELINE_FONT_LABEL);
  double left_edge, right_edge, inside = 0, inside_x = 0, right, left, best;

  box->label = (cairo_rectangle_t) { 0, y, 0, height };
  if (box->flags & (STOLT_TIMELINE_BOX_UNDATED | STOLT_TIMELINE_BOX_OUT_OF_VIEW))
    {
      box->label.x = pad;
      box->label.width = MIN (text_width, width - 2 * pad);
      if (box->label.width < min_room && box->label.width < text_width)
        box->label.width = 0;
      return;
    }

  left_edge = box->kind == STOLT_TIMELINE_ITEM_MILESTONE ? box->shape.x : box->start_x;
  right_edge = box->kind == STOLT_TIMELINE_ITEM_MILESTONE ? box->shape.x + box->shape.width
                                                          : box->end_x;
  if (box->kind != STOLT_TIMELINE_ITEM_MILESTONE)
    {
      inside_x = MAX (left_edge, 0) + pad;
      inside = MIN (right_edge, width) - pad - inside_x;
    }
  right = width - pad - (right_edge + gap);
  left = left_edge - gap - pad;

  if (text_width <= inside)
    {
      box->label.x = inside_x;
      box->label.width = text_width;
      box->flags |= STOLT_TIMELINE_BOX_LABEL_INSIDE;
      return;
    }
  if (text_width <= right)
    {
      box->label.x = right_edge + gap;
      box->label.width = text_width;
      return;
    }
  if (text_width <= left)
    {
      box->label.x = left_edge - gap - text_width;
      box->label.width = text_width;
      return;
    }

  best = MAX (inside, MAX (right, left));
  if (best < min_room)
    return;
  box->label.width = best;
  if (best == inside)
    {
      box->label.x = inside_x;
      box->flags |= STOLT_TIMELINE_BOX_LABEL_INSIDE;
    }
  else
    box->label.x = best == right ? right_edge + gap : left_edge - gap - best;
}

static gboolean
rects_intersect (double                   x0,
                 double                   y0,
                 double                   x1,
                 double                   y1,
                 const cairo_rectangle_t *clip)
{
  return x1 >= clip->x && x0 <= clip->x + clip->width &&
         y1 >= clip->y && y0 <= clip->y + clip->height;
}

/* A finish-to-start arrow: out of the predecessor's end, down (or up) to
 * the successor's row, into its start from the left.  When the successor
 * starts before the predecessor ends, the arrow runs back along the edge
 * of the successor's row.  FALSE if no part of it is inside @clip. */
gboolean
_stolt_timeline_arrow_path (const StoltTimelineShape *from,
                            const StoltTimelineShape *to,
                            const StoltTimelineStyle *style,
                            const cairo_rectangle_t  *clip,
                            StoltTimelineArrow       *arrow)
{
  /* Shorter than the gap before a label beside the bar, so that the
   * arrow never runs through it */
  double stub = style->label_gap / 2.0;
  double px = from->end_x, py = from->center_y, sx = to->start_x, sy = to->center_y;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint n = 0;

  arrow->x[n] = px, arrow->y[n++] = py;
  arrow->x[n] = px + stub, arrow->y[n++] = py;
  if (sx >= px + 2 * stub)
    arrow->x[n] = px + stub, arrow->y[n++] = sy;
  else
    {
      double edge = sy + (sy > py ? -1 : 1) * style->row_height / 2.0;

      arrow->x[n] = px + stub, arrow->y[n++] = edge;
      arrow->x[n] = sx - stub, arrow->y[n++] = edge;
      arrow->x[n] = sx - stub, arrow->y[n++] = sy;
    }
  arrow->x[n] = sx, arrow->y[n++] = sy;
  arrow->n_points = n;

  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, arrow->x[i]), x1 = MAX (x1, arrow->x[i]);
      y0 = MIN (y0, arrow->y[i]), y1 = MAX (y1, arrow->y[i]);
    }
  if (!rects_intersect (x0, y0, x1, y1, clip))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      arrow->x[i] = CLAMP (arrow->x[i], clip->x - CLIP_MARGIN, clip->x + clip->width + CLIP_MARGIN);
      arrow->y[i] = CLAMP (arrow->y[i], clip->y - CLIP_MARGIN,
                           clip->y + clip->height + CLIP_MARGIN);
    }
  return TRUE;
}
