/* stolt-timeline-layout.c — what one viewport of the timeline shows, and where
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the rows in the viewport's height are visited, and only the arrows
 * whose rows overlap them (from the index's interval tree), so the cost
 * is that of what shows, at any zoom and in any size of project.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stolt-date.h"
#include "stolt-timeline-layout-private.h"

/* How far past the viewport a clipped bar may reach (see geometry) */
#define CLIP_MARGIN 8.0

static const char *
row_title (const StoltTimelineRow *row)
{
  const char *title = stolt_record_get_title (row->record);

  return title != NULL && *title != '\0' ? title : C_("timeline description", "Untitled");
}

static void
fill_box (StoltTimelineLayout      *self,
          StoltTimelineIndex       *index,
          guint                     row,
          const StoltTimelineRow   *r,
          const StoltTimelineShape *shape,
          gboolean                  dated,
          gboolean                  in_view)
{
  const StoltTimelineStyle *style = &self->style;
  double width = self->viewport.width;
  StoltTimelineFont font = r->kind == STOLT_TIMELINE_ITEM_PHASE ? STOLT_TIMELINE_FONT_PHASE
                                                                 : STOLT_TIMELINE_FONT_LABEL;
  StoltTimelineBox box = { r->id, row, r->kind, 0, r->lane, 0 };
  int progress = stolt_timeline_index_get_progress (index, row);

  box.row_rect = (cairo_rectangle_t) { 0, stolt_timeline_row_to_y (style, &self->viewport, row),
                                       width, style->row_height };
  box.text = g_string_chunk_insert_const (self->strings, row_title (r));
  box.progress = progress > 0 ? progress / 100.0 : 0;
  if (stolt_timeline_index_is_late (index, row, self->viewport.today))
    box.flags |= STOLT_TIMELINE_BOX_LATE;
  if (stolt_timeline_index_is_done (index, row))
    box.flags |= STOLT_TIMELINE_BOX_DONE;

  if (!dated)
    box.flags |= STOLT_TIMELINE_BOX_UNDATED;
  else if (!in_view)
    box.flags |= STOLT_TIMELINE_BOX_OUT_OF_VIEW;
  else
    {
      double x0 = MAX (shape->shape.x, -CLIP_MARGIN);
      double x1 = MIN (shape->shape.x + shape->shape.width, width + CLIP_MARGIN);

      box.start_x = shape->start_x;
      box.end_x = shape->end_x;
      box.shape = (cairo_rectangle_t) { x0, shape->shape.y, x1 - x0, shape->shape.height };
      if (shape->shape.x < 0)
        box.flags |= STOLT_TIMELINE_BOX_OPEN_START;
      if (shape->shape.x + shape->shape.width > width)
        box.flags |= STOLT_TIMELINE_BOX_OPEN_END;
    }

  _stolt_timeline_place_label (&box, stolt_timeline_text_measure (style->text, font, box.text),
                               stolt_timeline_text_get_height (style->text, font), style, width);
  g_array_append_val (self->boxes, box);
}

/* One box for each visible row whose item is in view (or undated) */
static void
lay_out_rows (StoltTimelineLayout *self,
              StoltTimelineIndex  *index)
{
  for (guint row = self->first_row; row < self->first_row + self->n_rows; row++)
    {
      const StoltTimelineRow *r = stolt_timeline_index_get_row (index, row);
      StoltTimelineShape shape;
      gboolean dated = _stolt_timeline_row_shape (r, row, &self->style, &self->viewport, &shape);

      gboolean in_view = dated && shape.shape.x + shape.shape.width >= 0 &&
                         shape.shape.x <= self->viewport.width;

      /* A phase's row heads its group, so it shows even when its band does not */
      if (dated && !in_view && r->kind != STOLT_TIMELINE_ITEM_PHASE)
        continue;
      fill_box (self, index, row, r, &shape, dated, in_view);
    }
}

static void
lay_out_arrows (StoltTimelineLayout *self,
                StoltTimelineIndex  *index)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (guint));

  if (self->n_rows == 0)
    return;

  stolt_timeline_index_query_links (index, self->first_row, self->first_row + self->n_rows - 1,
                                    links);
  for (guint i = 0; i < links->len; i++)
    {
      const StoltTimelineLink *link =
        stolt_timeline_index_get_link (index, g_array_index (links, guint, i));
      StoltTimelineShape from, to;
      StoltTimelineArrow arrow = { link->from_row, link->to_row, 0 };

      if (!_stolt_timeline_row_shape (stolt_timeline_index_get_row (index, link->from_row),
                                      link->from_row, &self->style, &self->viewport, &from) ||
          !_stolt_timeline_row_shape (stolt_timeline_index_get_row (index, link->to_row),
                                      link->to_row, &self->style, &self->viewport, &to))
        continue;
      if (_stolt_timeline_arrow_path (&from, &to, &self->style, &self->body, &arrow))
        g_array_append_val (self->arrows, arrow);
    }
}

/* Runs of visible rows that belong to one phase */
static void
lay_out_lanes (StoltTimelineLayout *self,
               StoltTimelineIndex  *index)
{
  double bottom = self->body.y + self->body.height;

  for (guint row = self->first_row; row < self->first_row + self->n_rows; row++)
    {
      guint lane = stolt_timeline_index_get_row (index, row)->lane;
      double y = stolt_timeline_row_to_y (&self->style, &self->viewport, row);
      StoltTimelineLane *last = self->lanes->len > 0
        ? &g_array_index (self->lanes, StoltTimelineLane, self->lanes->len - 1) : NULL;

      if (last != NULL && last->lane == lane)
        last->height = y + self->style.row_height - last->y;
      else
        {
          StoltTimelineLane run = { lane, y, self->style.row_height };

          g_array_append_val (self->lanes, run);
        }
    }

  /* Cut to the body */
  for (guint i = 0; i < self->lanes->len; i++)
    {
      StoltTimelineLane *run = &g_array_index (self->lanes, StoltTimelineLane, i);
      double y0 = MAX (run->y, self->body.y), y1 = MIN (run->y + run->height, bottom);

      run->y = y0;
      run->height = MAX (y1 - y0, 0);
    }
}

/* Weekends (only when days have their own header tier), grid lines, today */
static void
lay_out_calendar (StoltTimelineLayout *self)
{
  const StoltTimelineScale *scale = &self->viewport.scale;
  double width = self->viewport.width;
  guint32 first = stolt_timeline_scale_x_to_day (scale, 0);
  guint32 last = stolt_timeline_scale_x_to_day (scale, width);

  if (self->header->lowest == STOLT_TIMELINE_UNIT_DAY)
    for (guint32 day = first; day <= last; day++)
      {
        double x0 = stolt_timeline_scale_day_to_x (scale, day);
        double x1 = x0 + scale->pixels_per_day;
        guint n = self->weekends->len;

        if (x0 >= width)
          break;
        if (stolt_date_weekday (day) < 6)
          continue;
        if (n > 0 && g_array_index (self->weekends, double, n - 1) >= x0 - 0.01)
          g_array_index (self->weekends, double, n - 1) = x1;
        else
          {
            g_array_append_val (self->weekends, x0);
            g_array_append_val (self->weekends, x1);
          }
      }

  for (guint32 day = stolt_timeline_unit_start (self->header->grid, first);
       day != STOLT_DATE_NONE && day <= last;
       day = stolt_timeline_unit_next (self->header->grid, day))
    {
      double x = stolt_timeline_scale_day_to_x (scale, day);

      if (x > 0 && x < width)
        g_array_append_val (self->grid, x);
    }

  self->today_x = NAN;
  if (self->viewport.today != STOLT_DATE_NONE)
    {
      double x = stolt_timeline_scale_day_to_x (scale, self->viewport.today) +
                 scale->pixels_per_day / 2.0;

      if (x >= 0 && x <= width)
        self->today_x = x;
    }
}

static void
find_visible_rows (StoltTimelineLayout *self,
                   StoltTimelineIndex  *index)
{
  guint n_rows = stolt_timeline_index_get_n_rows (index);
  double row_height = self->style.row_height;
  double top = MAX (self->viewport.scroll_y, 0);
  double first = floor (top / row_height);
  double last = ceil ((top + self->body.height) / row_height);

  self->first_row = (guint) MIN (first, (double) n_rows);
  self->n_rows = (guint) MIN (last, (double) n_rows) - self->first_row;
}

/**
 * stolt_timeline_layout_new:
 * @index: the project's rows
 * @style: sizes and the text to measure labels with
 * @viewport: what part, at what zoom, how big
 *
 * Returns: (transfer full): a snapshot of what the viewport shows; it
 *   copies what it needs and stays valid after the index is rebuilt
 */
StoltTimelineLayout *
stolt_timeline_layout_new (StoltTimelineIndex          *index,
                           const StoltTimelineStyle    *style,
                           const StoltTimelineViewport *viewport)
{
  StoltTimelineLayout *self;
  double header_height;

  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (style != NULL && style->text != NULL, NULL);
  g_return_val_if_fail (viewport != NULL, NULL);
  g_return_val_if_fail (viewport->scale.pixels_per_day > 0, NULL);

  self = g_new0 (StoltTimelineLayout, 1);
  self->viewport = *viewport;
  self->viewport.width = MAX (self->viewport.width, 0);
  self->viewport.height = MAX (self->viewport.height, 0);
  self->style = *style;
  stolt_timeline_text_ref (self->style.text);
  self->strings = g_string_chunk_new (1024);
  self->boxes = g_array_new (FALSE, FALSE, sizeof (StoltTimelineBox));
  self->arrows = g_array_new (FALSE, FALSE, sizeof (StoltTimelineArrow));
  self->lanes = g_array_new (FALSE, FALSE, sizeof (StoltTimelineLane));
  self->weekends = g_array_new (FALSE, FALSE, sizeof (double));
  self->grid = g_array_new (FALSE, FALSE, sizeof (double));

  header_height = MIN (stolt_timeline_style_get_header_height (style), self->viewport.height);
  self->body = (cairo_rectangle_t) { 0, header_height, self->viewport.width,
                                     self->viewport.height - header_height };
  self->header = stolt_timeline_header_new (&self->viewport.scale, self->viewport.width,
                                            header_height, style->text, style->label_padding);

  find_visible_rows (self, index);
  lay_out_rows (self, index);
  lay_out_arrows (self, index);
  lay_out_lanes (self, index);
  lay_out_calendar (self);
  return self;
}

void
stolt_timeline_layout_free (StoltTimelineLayout *self)
{
  if (self == NULL)
    return;
  stolt_timeline_header_free (self->header);
  g_array_unref (self->boxes);
  g_array_unref (self->arrows);
  g_array_unref (self->lanes);
  g_array_unref (self->weekends);
  g_array_unref (self->grid);
  g_string_chunk_free (self->strings);
  stolt_timeline_text_unref (self->style.text);
  g_free (self);
}

const StoltTimelineViewport *
stolt_timeline_layout_get_viewport (StoltTimelineLayout *self)
{
  return &self->viewport;
}

const StoltTimelineStyle *
stolt_timeline_layout_get_style (StoltTimelineLayout *self)
{
  return &self->style;
}

const StoltTimelineHeader *
stolt_timeline_layout_get_header (StoltTimelineLayout *self)
{
  return self->header;
}

/* Returns: (array length=n_boxes): the visible items, top to bottom */
const StoltTimelineBox *
stolt_timeline_layout_get_boxes (StoltTimelineLayout *self,
                                 guint               *n_boxes)
{
  *n_boxes = self->boxes->len;
  return (const StoltTimelineBox *) (void *) self->boxes->data;
}

/* Returns: (nullable): the box of @id if it is visible */
const StoltTimelineBox *
stolt_timeline_layout_find_box (StoltTimelineLayout *self,
                                gint64               id)
{
  for (guint i = 0; i < self->boxes->len; i++)
    if (g_array_index (self->boxes, StoltTimelineBox, i).id == id)
      return &g_array_index (self->boxes, StoltTimelineBox, i);
  return NULL;
}

const StoltTimelineArrow *
stolt_timeline_layout_get_arrows (StoltTimelineLayout *self,
                                  guint               *n_arrows)
{
  *n_arrows = self->arrows->len;
  return (const StoltTimelineArrow *) (void *) self->arrows->data;
}

const StoltTimelineLane *
stolt_timeline_layout_get_lanes (StoltTimelineLayout *self,
                                 guint               *n_lanes)
{
  *n_lanes = self->lanes->len;
  return (const StoltTimelineLane *) (void *) self->lanes->data;
}

/* Returns: (array length=n_weekends): pairs x0, x1 of shaded weekends;
 * *n_weekends counts the pairs */
const double *
stolt_timeline_layout_get_weekends (StoltTimelineLayout *self,
                                    guint               *n_weekends)
{
  *n_weekends = self->weekends->len / 2;
  return (const double *) (void *) self->weekends->data;
}

const double *
stolt_timeline_layout_get_grid (StoltTimelineLayout *self,
                                guint               *n_lines)
{
  *n_lines = self->grid->len;
  return (const double *) (void *) self->grid->data;
}

/* Returns: the x of the today line, or NAN when today is not in view */
double
stolt_timeline_layout_get_today_x (StoltTimelineLayout *self)
{
  return self->today_x;
}

void
stolt_timeline_layout_get_body (StoltTimelineLayout *self,
                                cairo_rectangle_t   *body)
{
  *body = self->body;
}

void
stolt_timeline_layout_get_visible_rows (StoltTimelineLayout *self,
                                        guint               *first,
                                        guint               *n_rows)
{
  if (first != NULL)
    *first = self->first_row;
  if (n_rows != NULL)
    *n_rows = self->n_rows;
}
