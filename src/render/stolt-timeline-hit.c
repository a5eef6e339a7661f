/* stolt-timeline-hit.c — what is under the pointer
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget asks on every motion event (for the cursor: move or resize)
 * and on every press, so this looks at one row only.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <math.h>

#include "stolt-timeline-layout-private.h"

static gboolean
in_rect (const cairo_rectangle_t *rect,
         double                   x,
         double                   y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

/* A bar: its edges resize it, the rest moves it.  A wide bar has its
 * edge zones inside; a narrow one keeps all of itself for moving and has
 * them just outside.  The whole row height counts, so thin bars are easy
 * to catch. */
static StoltTimelinePart
hit_bar (const StoltTimelineBox *box,
         double                  grab,
         double                  x)
{
  gboolean has_start = !(box->flags & STOLT_TIMELINE_BOX_OPEN_START);
  gboolean has_end = !(box->flags & STOLT_TIMELINE_BOX_OPEN_END);
  double x0 = box->start_x, x1 = box->end_x;

  if (x1 - x0 >= 3 * grab)
    {
      if (has_start && x >= x0 - grab / 2 && x < x0 + grab)
        return STOLT_TIMELINE_PART_START;
      if (has_end && x >= x1 - grab && x < x1 + grab / 2)
        return STOLT_TIMELINE_PART_END;
    }
  else
    {
      if (has_end && x >= x1 && x < x1 + grab)
        return STOLT_TIMELINE_PART_END;
      if (has_start && x >= x0 - grab && x < x0)
        return STOLT_TIMELINE_PART_START;
    }
  return x >= x0 && x < x1 ? STOLT_TIMELINE_PART_BODY : STOLT_TIMELINE_PART_NONE;
}

static StoltTimelinePart
hit_box (const StoltTimelineBox   *box,
         const StoltTimelineStyle *style,
         double                    x,
         double                    y)
{
  StoltTimelinePart part = STOLT_TIMELINE_PART_NONE;

  if (!(box->flags & (STOLT_TIMELINE_BOX_UNDATED | STOLT_TIMELINE_BOX_OUT_OF_VIEW)))
    switch (box->kind)
      {
      case STOLT_TIMELINE_ITEM_MILESTONE:
        {
          double half = box->shape.width / 2.0 + 2.0;
          double cx = box->shape.x + box->shape.width / 2.0;
          double cy = box->shape.y + box->shape.height / 2.0;

          if (fabs (x - cx) + fabs (y - cy) <= half)
            part = STOLT_TIMELINE_PART_DIAMOND;
        }
        break;
      case STOLT_TIMELINE_ITEM_ACTIVITY:
        part = hit_bar (box, style->edge_grab, x);
        break;
      case STOLT_TIMELINE_ITEM_PHASE:
      default:
        if (x >= box->start_x && x < box->end_x)
          part = STOLT_TIMELINE_PART_BODY;
        break;
      }

  if (part == STOLT_TIMELINE_PART_NONE && box->label.width > 0 && in_rect (&box->label, x, y))
    part = STOLT_TIMELINE_PART_LABEL;
  return part;
}

/**
 * stolt_timeline_layout_hit_test:
 * @x: @y: a point in viewport coordinates
 * @id: (out) (optional): the item there, or 0
 *
 * Returns: which part of which item is at (@x, @y): a bar's body or one
 *   of its edges, a diamond, a phase band, a label, or nothing
 */
StoltTimelinePart
stolt_timeline_layout_hit_test (StoltTimelineLayout *self,
                                double               x,
                                double               y,
                                gint64              *id)
{
  if (id != NULL)
    *id = 0;
  if (!in_rect (&self->body, x, y))
    return STOLT_TIMELINE_PART_NONE;

  for (guint i = 0; i < self->boxes->len; i++)
    {
      const StoltTimelineBox *box = &g_array_index (self->boxes, StoltTimelineBox, i);
      StoltTimelinePart part;

      if (!in_rect (&box->row_rect, x, y))
        continue;
      part = hit_box (box, &self->style, x, y);
      if (part != STOLT_TIMELINE_PART_NONE && id != NULL)
        *id = box->id;
      return part;
    }
  return STOLT_TIMELINE_PART_NONE;
}
