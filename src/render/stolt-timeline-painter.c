/* stolt-timeline-painter.c — draws a timeline layout onto any cairo_t
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Back to front: the body's calendar (weekends, grid, phase rows), the
 * today line, arrows, bands, bars and diamonds, labels, the selection;
 * then the header over it all.  Nothing here decides where anything goes:
 * that is the layout's job, so what the widget hit-tests is what is drawn.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <math.h>

#include "stolt-timeline-painter.h"

/* Thin lines land on pixel centres on screen; in print it makes no odds */
static double
snap (double x)
{
  return floor (x) + 0.5;
}

static void
rounded_rect (cairo_t                 *cr,
              const cairo_rectangle_t *r,
              double                   radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
diamond (cairo_t                 *cr,
         const cairo_rectangle_t *r,
         double                   grow)
{
  double cx = r->x + r->width / 2, cy = r->y + r->height / 2;
  double half = r->width / 2 + grow;

  cairo_move_to (cr, cx, cy - half);
  cairo_line_to (cr, cx + half, cy);
  cairo_line_to (cr, cx, cy + half);
  cairo_line_to (cr, cx - half, cy);
  cairo_close_path (cr);
}

static cairo_rectangle_t
grown (const cairo_rectangle_t *r,
       double                   by)
{
  return (cairo_rectangle_t) { r->x - by, r->y - by, r->width + 2 * by, r->height + 2 * by };
}

/* The body's background: phase rows, weekends, grid lines */

static void
paint_calendar (cairo_t             *cr,
                StoltTimelineLayout *layout,
                const StoltPalette  *palette,
                const cairo_rectangle_t *body)
{
  guint n;
  const double *weekends = stolt_timeline_layout_get_weekends (layout, &n);
  const double *grid;
  const StoltTimelineBox *boxes;
  const StoltTimelineLane *lanes;

  stolt_color_set_source (cr, &palette->weekend);
  for (guint i = 0; i < n; i++)
    cairo_rectangle (cr, weekends[2 * i], body->y, weekends[2 * i + 1] - weekends[2 * i],
                     body->height);
  cairo_fill (cr);

  /* A phase's row is a band across the chart, with a line above it */
  boxes = stolt_timeline_layout_get_boxes (layout, &n);
  stolt_color_set_source (cr, &palette->band);
  for (guint i = 0; i < n; i++)
    if (boxes[i].kind == STOLT_TIMELINE_ITEM_PHASE)
      cairo_rectangle (cr, body->x, boxes[i].row_rect.y, body->width, boxes[i].row_rect.height);
  cairo_fill (cr);

  cairo_set_line_width (cr, palette->line_width);
  stolt_color_set_source (cr, &palette->grid);
  grid = stolt_timeline_layout_get_grid (layout, &n);
  for (guint i = 0; i < n; i++)
    {
      cairo_move_to (cr, snap (grid[i]), body->y);
      cairo_line_to (cr, snap (grid[i]), body->y + body->height);
    }
  boxes = stolt_timeline_layout_get_boxes (layout, &n);
  for (guint i = 0; i < n; i++)
    if (boxes[i].kind == STOLT_TIMELINE_ITEM_PHASE && boxes[i].row > 0)
      {
        cairo_move_to (cr, body->x, snap (boxes[i].row_rect.y));
        cairo_line_to (cr, body->x + body->width, snap (boxes[i].row_rect.y));
      }
  /* … and a line wherever one phase's rows end and the next begin, so
   * that the items without a phase, which have no row of their own,
   * do not read as the last phase's */
  lanes = stolt_timeline_layout_get_lanes (layout, &n);
  for (guint i = 1; i < n; i++)
    {
      cairo_move_to (cr, body->x, snap (lanes[i].y));
      cairo_line_to (cr, body->x + body->width, snap (lanes[i].y));
    }
  cairo_stroke (cr);
}

static void
paint_today (cairo_t                 *cr,
             StoltTimelineLayout     *layout,
             const StoltPalette      *palette,
             const cairo_rectangle_t *body)
{
  double x = stolt_timeline_layout_get_today_x (layout);

  if (isnan (x))
    return;
  stolt_color_set_source (cr, &palette->today);
  cairo_set_line_width (cr, 2 * palette->line_width);
  cairo_move_to (cr, x, body->y);
  cairo_line_to (cr, x, body->y + body->height);
  cairo_stroke (cr);
}

static void
paint_arrows (cairo_t             *cr,
              StoltTimelineLayout *layout,
              const StoltPalette  *palette)
{
  const StoltTimelineStyle *style = stolt_timeline_layout_get_style (layout);
  double head = style->row_height * 0.18;
  guint n;
  const StoltTimelineArrow *arrows = stolt_timeline_layout_get_arrows (layout, &n);

  stolt_color_set_source (cr, &palette->arrow);
  cairo_set_line_width (cr, 1.25 * palette->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const StoltTimelineArrow *a = &arrows[i];
      double tip_x = a->x[a->n_points - 1], tip_y = a->y[a->n_points - 1];

      cairo_move_to (cr, a->x[0], a->y[0]);
      for (guint p = 1; p + 1 < a->n_points; p++)
        cairo_line_to (cr, a->x[p], a->y[p]);
      cairo_line_to (cr, tip_x - head, tip_y);
      cairo_stroke (cr);

      cairo_move_to (cr, tip_x, tip_y);
      cairo_line_to (cr, tip_x - head * 1.2, tip_y - head * 0.7);
      cairo_line_to (cr, tip_x - head * 1.2, tip_y + head * 0.7);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

/* Items */

static void
paint_band (cairo_t                *cr,
            const StoltTimelineBox *box,
            const StoltPalette     *palette)
{
  double radius = box->shape.height / 2.0;

  rounded_rect (cr, &box->shape, radius);
  stolt_color_set_source (cr, &palette->band);
  cairo_fill_preserve (cr);
  cairo_fill_preserve (cr);
  stolt_color_set_source (cr, &palette->band_text);
  cairo_set_line_width (cr, palette->outline_width);
  cairo_stroke (cr);
}

/* The bar, and its progress as a strip along its foot, so that a label
 * on the bar keeps the bar's contrast */
static void
paint_bar (cairo_t                *cr,
           const StoltTimelineBox *box,
           const StoltPalette     *palette)
{
  const cairo_rectangle_t *r = &box->shape;
  double radius = MIN (3.0, r->height / 4.0);

  rounded_rect (cr, r, radius);
  stolt_color_set_source (cr, &palette->bar);
  cairo_fill_preserve (cr);

  if (box->progress > 0)
    {
      double strip = MAX (r->height * 0.22, 2.0);
      double done = (box->end_x - box->start_x) * box->progress;

      cairo_save (cr);
      cairo_clip (cr);
      stolt_color_set_source (cr, &palette->bar_progress);
      cairo_rectangle (cr, box->start_x, r->y + r->height - strip,
                       MIN (done, r->x + r->width - box->start_x), strip);
      cairo_fill (cr);
      cairo_restore (cr);
      rounded_rect (cr, r, radius);
    }

  stolt_color_set_source (cr, &palette->bar_progress);
  cairo_set_line_width (cr, palette->outline_width);
  cairo_stroke (cr);
}

static void
paint_diamond (cairo_t                *cr,
               const StoltTimelineBox *box,
               const StoltPalette     *palette)
{
  const StoltColor *fill = &palette->milestone;

  if (box->flags & STOLT_TIMELINE_BOX_LATE)
    fill = &palette->late;
  else if (box->flags & STOLT_TIMELINE_BOX_DONE)
    fill = &palette->milestone_done;

  diamond (cr, &box->shape, 0);
  stolt_color_set_source (cr, fill);
  cairo_fill_preserve (cr);
  stolt_color_set_source (cr, &palette->foreground);
  cairo_set_line_width (cr, palette->outline_width);
  cairo_stroke (cr);
}

/* A label beside its item sits on a wash of the background, so that
 * grid lines, arrows and the today line do not run through its letters.
 * A phase's band is translucent: under its label the wash is opaque and
 * the band is laid over it again, so the band keeps its colour there. */
static void
paint_label_wash (cairo_t                *cr,
                  const StoltTimelineBox *box,
                  const StoltPalette     *palette)
{
  cairo_rectangle_t halo = box->label;
  StoltColor wash = palette->background;
  gboolean phase = box->kind == STOLT_TIMELINE_ITEM_PHASE;

  wash.alpha = phase ? 1.0 : 0.85;
  halo.x -= 2.0;
  halo.width += 4.0;
  stolt_color_set_source (cr, &wash);
  rounded_rect (cr, &halo, 2.0);
  if (!phase)
    {
      cairo_fill (cr);
      return;
    }

  cairo_save (cr);
  cairo_clip (cr);
  cairo_paint (cr);
  rounded_rect (cr, &box->shape, box->shape.height / 2.0);
  cairo_clip (cr);
  /* As paint_band() fills it: twice */
  stolt_color_set_source (cr, &palette->band);
  cairo_paint (cr);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
paint_label (cairo_t                *cr,
             StoltTimelineLayout    *layout,
             const StoltTimelineBox *box,
             const StoltPalette     *palette)
{
  StoltTimelineText *text = stolt_timeline_layout_get_style (layout)->text;
  gboolean inside = (box->flags & STOLT_TIMELINE_BOX_LABEL_INSIDE) != 0;
  StoltTimelineFont font = STOLT_TIMELINE_FONT_LABEL;
  const StoltColor *color = &palette->foreground;

  if (box->label.width <= 0)
    return;
  if (box->kind == STOLT_TIMELINE_ITEM_PHASE)
    {
      font = STOLT_TIMELINE_FONT_PHASE;
      color = &palette->band_text;
    }
  else if (box->flags & STOLT_TIMELINE_BOX_UNDATED)
    color = &palette->dim_foreground;
  else if (inside)
    color = &palette->bar_text;

  if (!inside || box->kind == STOLT_TIMELINE_ITEM_PHASE)
    paint_label_wash (cr, box, palette);

  stolt_color_set_source (cr, color);
  stolt_timeline_text_draw (text, cr, font, box->text, box->label.x,
                            box->label.y + box->label.height / 2.0, box->label.width);
}

static void
paint_items (cairo_t             *cr,
             StoltTimelineLayout *layout,
             const StoltPalette  *palette)
{
  guint n;
  const StoltTimelineBox *boxes = stolt_timeline_layout_get_boxes (layout, &n);

  for (guint i = 0; i < n; i++)
    {
      const StoltTimelineBox *box = &boxes[i];

      if (box->flags & (STOLT_TIMELINE_BOX_UNDATED | STOLT_TIMELINE_BOX_OUT_OF_VIEW))
        continue;
      if (box->kind == STOLT_TIMELINE_ITEM_PHASE)
        paint_band (cr, box, palette);
      else if (box->kind == STOLT_TIMELINE_ITEM_MILESTONE)
        paint_diamond (cr, box, palette);
      else
        paint_bar (cr, box, palette);
    }
  for (guint i = 0; i < n; i++)
    paint_label (cr, layout, &boxes[i], palette);
}

/* The selected item gets an outline; with keyboard focus, a focus ring
 * around that */
static void
paint_selection (cairo_t             *cr,
                 StoltTimelineLayout *layout,
                 const StoltPalette  *palette,
                 gint64               selected_id,
                 gboolean             focus_visible)
{
  const StoltTimelineBox *box;
  cairo_rectangle_t r;
  gboolean is_diamond, shapeless;

  if (selected_id == 0 || (box = stolt_timeline_layout_find_box (layout, selected_id)) == NULL)
    return;

  shapeless = (box->flags & (STOLT_TIMELINE_BOX_UNDATED | STOLT_TIMELINE_BOX_OUT_OF_VIEW)) != 0;
  is_diamond = box->kind == STOLT_TIMELINE_ITEM_MILESTONE && !shapeless;
  r = shapeless ? box->label : box->shape;
  cairo_set_line_width (cr, 2.0 * palette->outline_width);
  stolt_color_set_source (cr, &palette->selection);
  if (is_diamond)
    diamond (cr, &r, 3.0);
  else
    {
      r = grown (&r, 2.0);
      rounded_rect (cr, &r, 4.0);
    }
  cairo_stroke (cr);

  if (!focus_visible)
    return;
  stolt_color_set_source (cr, &palette->focus);
  cairo_set_line_width (cr, 2.0);
  if (is_diamond)
    diamond (cr, &box->shape, 6.5);
  else
    {
      r = grown (&r, 3.0);
      rounded_rect (cr, &r, 6.0);
    }
  cairo_stroke (cr);
}

/* The header */

static void
paint_tier (cairo_t                       *cr,
            StoltTimelineLayout           *layout,
            const StoltTimelineHeaderTier *tier,
            gboolean                       lowest,
            const StoltPalette            *palette)
{
  StoltTimelineText *text = stolt_timeline_layout_get_style (layout)->text;
  double center_y = tier->y + tier->height / 2.0;

  stolt_color_set_source (cr, &palette->weekend);
  for (guint i = 0; i < tier->cells->len; i++)
    {
      const StoltTimelineHeaderCell *cell = &g_array_index (tier->cells,
                                                            StoltTimelineHeaderCell, i);

      if (cell->weekend)
        cairo_rectangle (cr, cell->x0, tier->y, cell->x1 - cell->x0, tier->height);
    }
  cairo_fill (cr);

  stolt_color_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, palette->line_width);
  for (guint i = 0; i < tier->cells->len; i++)
    {
      double x = g_array_index (tier->cells, StoltTimelineHeaderCell, i).x0;

      if (x > 0)
        {
          cairo_move_to (cr, snap (x), tier->y);
          cairo_line_to (cr, snap (x), tier->y + tier->height);
        }
    }
  cairo_move_to (cr, 0, snap (tier->y + tier->height) - 1);
  cairo_rel_line_to (cr, stolt_timeline_layout_get_viewport (layout)->width, 0);
  cairo_stroke (cr);

  stolt_color_set_source (cr, lowest ? &palette->dim_foreground : &palette->foreground);
  for (guint i = 0; i < tier->cells->len; i++)
    {
      const StoltTimelineHeaderCell *cell = &g_array_index (tier->cells,
                                                            StoltTimelineHeaderCell, i);

      if (cell->label != NULL)
        stolt_timeline_text_draw (text, cr, STOLT_TIMELINE_FONT_HEADER, cell->label,
                                  cell->label_x, center_y, cell->label_width + 1);
    }
}

static void
paint_header (cairo_t             *cr,
              StoltTimelineLayout *layout,
              const StoltPalette  *palette,
              const cairo_rectangle_t *body)
{
  const StoltTimelineHeader *header = stolt_timeline_layout_get_header (layout);
  double width = stolt_timeline_layout_get_viewport (layout)->width;
  double today = stolt_timeline_layout_get_today_x (layout);

  stolt_color_set_source (cr, &palette->header_background);
  cairo_rectangle (cr, 0, 0, width, body->y);
  cairo_fill (cr);

  for (guint i = 0; i < header->n_tiers; i++)
    paint_tier (cr, layout, &header->tiers[i], i + 1 == header->n_tiers, palette);

  /* Where today is, at the foot of the header */
  if (!isnan (today))
    {
      double size = stolt_timeline_layout_get_style (layout)->tier_height * 0.3;

      stolt_color_set_source (cr, &palette->today);
      cairo_move_to (cr, today, body->y);
      cairo_line_to (cr, today - size, body->y - size);
      cairo_line_to (cr, today + size, body->y - size);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

/**
 * stolt_timeline_paint:
 * @cr: where to draw; the layout's (0, 0) is @cr's current origin
 * @layout: what to draw
 * @palette: the colours (stolt_palette_get (), or the widget's own)
 * @selected_id: the selected item, outlined; 0 for none
 * @focus_visible: whether to draw the keyboard focus ring around it
 */
void
stolt_timeline_paint (cairo_t             *cr,
                      StoltTimelineLayout *layout,
                      const StoltPalette  *palette,
                      gint64               selected_id,
                      gboolean             focus_visible)
{
  const StoltTimelineViewport *viewport;
  cairo_rectangle_t body;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (palette != NULL);

  viewport = stolt_timeline_layout_get_viewport (layout);
  stolt_timeline_layout_get_body (layout, &body);
  stolt_timeline_text_begin (stolt_timeline_layout_get_style (layout)->text, cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, viewport->width, viewport->height);
  cairo_clip (cr);
  stolt_color_set_source (cr, &palette->background);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_rectangle (cr, body.x, body.y, body.width, body.height);
  cairo_clip (cr);
  paint_calendar (cr, layout, palette, &body);
  paint_today (cr, layout, palette, &body);
  paint_arrows (cr, layout, palette);
  paint_items (cr, layout, palette);
  paint_selection (cr, layout, palette, selected_id, focus_visible);
  cairo_restore (cr);

  paint_header (cr, layout, palette, &body);
  cairo_restore (cr);
}
