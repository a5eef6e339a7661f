/* stolt-swot-painter.c — drawing a SWOT layout onto any cairo_t
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws what stolt-swot-layout.c decided, nothing more: the painter
 * measures no text and moves no box.
 */

#define G_LOG_DOMAIN "stolt-swot-painter"

#include "config.h"

#include <math.h>

#include "stolt-swot-painter.h"
#include "stolt-text.h"

#define DOTS_PER_ROW 5
#define MAX_DOTS     10

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
paint_weight (cairo_t            *cr,
              const StoltSwotRow *row,
              double              unit,
              const StoltPalette *palette)
{
  g_autofree char *number = g_strdup_printf ("%d", row->weight);
  PangoLayout *layout;
  double size = 1.35 * unit;

  if (row->weight <= 0)
    return;
  layout = pango_cairo_create_layout (cr);
  stolt_text_layout_set_language (layout);
  pango_layout_set_text (layout, number, -1);
  {
    PangoFontDescription *font = pango_font_description_from_string (STOLT_SWOT_FONT " Bold");

    pango_font_description_set_absolute_size (font, 0.8 * unit * PANGO_SCALE);
    pango_layout_set_font_description (layout, font);
    pango_font_description_free (font);
  }
  stolt_color_set_source (cr, &palette->quadrant_text);
  cairo_set_line_width (cr, MAX (palette->line_width, unit * 0.08));
  rounded_rectangle (cr, row->x, row->y + 0.05 * unit, size, size, size / 2);
  cairo_stroke (cr);
  show (cr, layout, row->x + (size - stolt_text_width (layout)) / 2,
        row->y + 0.05 * unit + (size - stolt_text_height (layout)) / 2);
  g_object_unref (layout);
}

static void
paint_dots (cairo_t            *cr,
            const StoltSwotRow *row,
            double              unit,
            const StoltPalette *palette)
{
  /* Up to ten votes as dots one can count; more as one dot and the
   * number ("● × 11"): five dots and "11" read as sixteen */
  guint n_dots = row->votes > MAX_DOTS ? 1 : (guint) row->votes;
  double step = 0.8 * unit, radius = 0.28 * unit;

  stolt_color_set_source (cr, &palette->selection);
  for (guint i = 0; i < n_dots; i++)
    {
      double cx = row->dots_x + (i % DOTS_PER_ROW) * step + step / 2;
      double cy = row->y + (i / DOTS_PER_ROW) * step + step / 2;

      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
    }
  cairo_fill (cr);

  if (row->votes > MAX_DOTS)
    {
      g_autofree char *count = g_strdup_printf ("× %d", row->votes);
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string (STOLT_SWOT_FONT " Bold");

      stolt_text_layout_set_language (layout);
      pango_font_description_set_absolute_size (font, 0.85 * unit * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, count, -1);
      show (cr, layout, row->dots_x + step + 0.1 * unit,
            row->y + (step - stolt_text_height (layout)) / 2);
      pango_font_description_free (font);
      g_object_unref (layout);
    }
}

static void
paint_box_text (cairo_t            *cr,
                const StoltSwotBox *box,
                double              pad,
                const StoltColor   *text,
                const StoltColor   *dim)
{
  double y = box->y + pad;

  stolt_color_set_source (cr, text);
  show (cr, box->title, box->x + pad, y);
  y += stolt_text_height (box->title);
  if (box->subtitle != NULL)
    {
      stolt_color_set_source (cr, dim);
      show (cr, box->subtitle, box->x + pad, y);
    }
  if (box->more != NULL)
    {
      stolt_color_set_source (cr, dim);
      show (cr, box->more, box->x + pad, box->more_y);
    }
}

static void
paint_quadrant (cairo_t               *cr,
                const StoltSwotLayout *layout,
                int                    quadrant,
                const StoltPalette    *palette)
{
  const StoltSwotBox *box = &layout->quadrants[quadrant];
  double unit = layout->unit * box->scale;

  stolt_color_set_source (cr, &palette->quadrant[quadrant]);
  rounded_rectangle (cr, box->x, box->y, box->width, box->height, 0.6 * layout->unit);
  cairo_fill (cr);
  paint_box_text (cr, box, layout->pad, &palette->quadrant_text, &palette->quadrant_text);

  for (guint i = 0; i < box->rows->len; i++)
    {
      const StoltSwotRow *row = g_ptr_array_index (box->rows, i);

      paint_weight (cr, row, unit, palette);
      stolt_color_set_source (cr, &palette->quadrant_text);
      show (cr, row->text, row->text_x, row->y);
      paint_dots (cr, row, unit, palette);
    }
}

static void
paint_strategy (cairo_t               *cr,
                const StoltSwotLayout *layout,
                int                    kind,
                const StoltPalette    *palette)
{
  const StoltSwotBox *box = &layout->strategies[kind];

  stolt_color_set_source (cr, &palette->header_background);
  rounded_rectangle (cr, box->x, box->y, box->width, box->height, 0.6 * layout->unit);
  cairo_fill (cr);
  paint_box_text (cr, box, layout->pad, &palette->foreground, &palette->dim_foreground);

  for (guint i = 0; i < box->rows->len; i++)
    {
      const StoltSwotRow *row = g_ptr_array_index (box->rows, i);

      stolt_color_set_source (cr, &palette->foreground);
      show (cr, row->text, row->text_x, row->y);
      if (row->detail != NULL)
        {
          stolt_color_set_source (cr, &palette->dim_foreground);
          show (cr, row->detail, row->text_x,
                row->y + stolt_text_height (row->text) + 0.2 * layout->unit * box->scale);
        }
    }
}

/**
 * stolt_swot_paint:
 *
 * Draws @layout with its top left corner at the origin of @cr.
 */
void
stolt_swot_paint (cairo_t               *cr,
                  const StoltSwotLayout *layout,
                  const StoltPalette    *palette)
{
  cairo_save (cr);
  stolt_color_set_source (cr, &palette->foreground);
  if (layout->title != NULL)
    show (cr, layout->title, 0, 0);
  if (layout->legend != NULL && layout->title != NULL)
    {
      /* Level with the foot of the title's first line */
      PangoLayoutIter *iter = pango_layout_get_iter (layout->title);
      double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      PangoLayoutIter *legend_iter = pango_layout_get_iter (layout->legend);
      double legend_baseline = (double) pango_layout_iter_get_baseline (legend_iter) / PANGO_SCALE;

      pango_layout_iter_free (iter);
      pango_layout_iter_free (legend_iter);
      stolt_color_set_source (cr, &palette->dim_foreground);
      show (cr, layout->legend, 0.65 * layout->width, baseline - legend_baseline);
    }
  else if (layout->legend != NULL)
    {
      stolt_color_set_source (cr, &palette->dim_foreground);
      show (cr, layout->legend, 0, 0);
    }
  for (int q = 0; q < 4; q++)
    paint_quadrant (cr, layout, q, palette);
  if (layout->has_strategies)
    {
      stolt_color_set_source (cr, &palette->foreground);
      show (cr, layout->strategies_title, 0, layout->strategies_y);
      for (int k = 0; k < 4; k++)
        paint_strategy (cr, layout, k, palette);
    }
  cairo_restore (cr);
}

/**
 * stolt_swot_draw_figure:
 *
 * Lays out and draws an analysis as a figure @width wide, as high as it
 * needs but no higher than @max_height (0 for no limit); usable as a
 * StoltFlowDrawFunc body.  Without @with_title, for a figure under a
 * heading that already names the analysis.
 *
 * Returns: the height drawn
 */
double
stolt_swot_draw_figure (cairo_t            *cr,
                        StoltSwotAnalysis  *analysis,
                        double              width,
                        double              max_height,
                        gboolean            with_title,
                        const StoltPalette *palette)
{
  PangoContext *context = stolt_text_context_new ();
  StoltSwotLayoutFlags flags = with_title ? STOLT_SWOT_LAYOUT_DEFAULT : STOLT_SWOT_LAYOUT_NO_TITLE;
  g_autoptr(StoltSwotLayout) layout = stolt_swot_layout_new (analysis, context, width, 0, flags);
  double height;

  if (max_height > 0 && layout->height > max_height)
    {
      g_clear_pointer (&layout, stolt_swot_layout_free);
      layout = stolt_swot_layout_new (analysis, context, width, max_height, flags);
    }
  stolt_swot_paint (cr, layout, palette);
  height = layout->height;
  g_clear_pointer (&layout, stolt_swot_layout_free);
  g_object_unref (context);

  return height;
}
