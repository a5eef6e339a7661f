/* stolt-swot-export.c — SWOT analyses as PDF (swot-pdf) and PNG (swot-png)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * swot-pdf: one landscape page per analysis, in the print palette.
 * swot-png: every analysis stacked in one image for the projector,
 * --width pixels wide (1600 by default), in the light palette.
 */

#define G_LOG_DOMAIN "stolt-swot-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stolt-export-util.h"
#include "stolt-exporters.h"
#include "stolt-swot-painter.h"
#include "stolt-text.h"

#define PNG_DEFAULT_WIDTH 1600

/* The analyses asked for (options->record_id), at least one */
static GPtrArray *
find_analyses (StoltProject              *project,
               const StoltExportOptions  *options,
               GError                   **error)
{
  return stolt_export_records (project, STOLT_LIST_SWOT_ANALYSES, options->record_id,
                               _("the project has no SWOT analysis to export"), error);
}

static double
draw_page_cb (cairo_t  *cr,
              double    width,
              double    max_height,
              gpointer  user_data)
{
  PangoContext *context = stolt_text_context_new ();
  StoltSwotLayout *layout = stolt_swot_layout_new (user_data, context, width, max_height,
                                                     STOLT_SWOT_LAYOUT_DEFAULT);
  double height = layout->height;

  stolt_swot_paint (cr, layout, stolt_palette_get (STOLT_PALETTE_PRINT));
  stolt_swot_layout_free (layout);
  g_object_unref (context);
  return height;
}

gboolean
stolt_swot_pdf_export (StoltProject              *project,
                       const StoltExportOptions  *options,
                       GFile                     *output,
                       GError                   **error)
{
  StoltProjectCard *card = stolt_project_get_card (project);
  g_autoptr(GPtrArray) analyses = find_analyses (project, options, error);
  g_autoptr(StoltPageFlow) flow = NULL;

  if (analyses == NULL)
    return FALSE;

  flow = stolt_page_flow_new (options->paper == STOLT_PAPER_A3 ? STOLT_PAGE_A3 : STOLT_PAGE_A4,
                              STOLT_PAGE_LANDSCAPE);
  stolt_page_flow_set_header (flow, stolt_project_card_get_title (card));
  for (guint i = 0; i < analyses->len; i++)
    stolt_page_flow_add_page_drawing (flow, STOLT_PAGE_LANDSCAPE, draw_page_cb,
                                      g_object_ref (analyses->pdata[i]), g_object_unref);

  return stolt_export_write_pdf (flow, stolt_project_card_get_title (card), output, error);
}

static cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
stolt_swot_png_export (StoltProject              *project,
                       const StoltExportOptions  *options,
                       GFile                     *output,
                       GError                   **error)
{
  g_autoptr(GPtrArray) analyses = NULL;
  int width = options->width > 0 ? options->width : PNG_DEFAULT_WIDTH;
  g_autoptr(GObject) context = G_OBJECT (stolt_text_context_new ());
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) stolt_swot_layout_free);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  const StoltPalette *palette = stolt_palette_get (STOLT_PALETTE_LIGHT);
  double margin = CLAMP (width / 40.0, 8, 80), height = margin;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  analyses = find_analyses (project, options, error);
  if (analyses == NULL)
    return FALSE;

  for (guint i = 0; i < analyses->len; i++)
    {
      StoltSwotAnalysis *analysis = analyses->pdata[i];
      StoltSwotLayout *layout = stolt_swot_layout_new (analysis, PANGO_CONTEXT (context),
                                                       width - 2 * margin, 0,
                                                       STOLT_SWOT_LAYOUT_DEFAULT);

      g_ptr_array_add (layouts, layout);
      height += layout->height + 2 * margin;
    }
  height -= margin;
  /* cairo's image surfaces stop at 32767 pixels */
  height = MIN (height, 32767);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, (int) ceil (height));
  cr = cairo_create (surface);
  stolt_color_set_source (cr, &palette->background);
  cairo_paint (cr);
  cairo_translate (cr, margin, margin);
  for (guint i = 0; i < layouts->len; i++)
    {
      StoltSwotLayout *layout = g_ptr_array_index (layouts, i);

      if (i > 0)
        {
          /* A rule between analyses */
          stolt_color_set_source (cr, &palette->grid);
          cairo_rectangle (cr, 0, -margin - 1, width - 2 * margin, 2);
          cairo_fill (cr);
        }
      stolt_swot_paint (cr, layout, palette);
      cairo_translate (cr, 0, layout->height + 2 * margin);
    }
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, append_png_cb, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is cairo's reason, in English */
                   _("Could not draw the image: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));
  return stolt_export_write (output, bytes, error);
}
