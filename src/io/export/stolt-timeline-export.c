/* stolt-timeline-export.c — the timeline as PDF, SVG and PNG
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each exporter draws into memory through a cairo stream and hands the
 * bytes to stolt_file_replace (), which writes a temporary file beside
 * the output and renames it over: a failure leaves the output as it was.
 */

#define G_LOG_DOMAIN "stolt-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-file.h"
#include "stolt-exporters.h"
#include "stolt-format.h"
#include "stolt-text.h"
#include "stolt-timeline-export.h"
#include "stolt-timeline-pages.h"
#include "stolt-timeline-painter.h"

/* The font of every export: in fonts-dejavu-core, legible when small */
#define EXPORT_FONT STOLT_DOCUMENT_FONT
#define IMAGE_TEXT_SIZE 12.0     /* pixels */
#define PRINT_TEXT_SIZE 8.0      /* points */

/* Paper in points, landscape */
#define PAGE_MARGIN 28.0         /* about 1 cm */
static const double paper_sizes[][2] = {
  [STOLT_PAPER_A4] = { 841.89, 595.28 },
  [STOLT_PAPER_A3] = { 1190.55, 841.89 },
};

#define IMAGE_DEFAULT_WIDTH 1600
/* An image of at most 64 megapixels (256 MiB), and no side over cairo's limit */
#define IMAGE_MAX_PIXELS (64.0 * 1024 * 1024)
#define IMAGE_MAX_SIDE 16384

typedef struct
{
  StoltTimelineIndex *index;
  StoltTimelineText  *text;
  StoltTimelineStyle  style;
  guint32             today;
} Export;

static void
export_init (Export       *self,
             StoltProject *project,
             double        text_size)
{
  self->index = stolt_timeline_index_new_for_export (project);
  self->text = stolt_timeline_text_new (EXPORT_FONT, text_size, NULL);
  stolt_timeline_style_init (&self->style, self->text);
  self->today = stolt_date_today ();
}

static void
export_clear (Export *self)
{
  g_clear_pointer (&self->index, stolt_timeline_index_unref);
  g_clear_pointer (&self->text, stolt_timeline_text_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

/* The named zoom levels are for 12 px text; smaller text zooms with it */
static double
zoom_pixels_per_day (StoltExportZoom zoom,
                     double          text_size)
{
  static const StoltTimelineZoom levels[] = {
    [STOLT_EXPORT_ZOOM_DAY] = STOLT_TIMELINE_ZOOM_DAY,
    [STOLT_EXPORT_ZOOM_WEEK] = STOLT_TIMELINE_ZOOM_WEEK,
    [STOLT_EXPORT_ZOOM_MONTH] = STOLT_TIMELINE_ZOOM_MONTH,
    [STOLT_EXPORT_ZOOM_QUARTER] = STOLT_TIMELINE_ZOOM_QUARTER,
    [STOLT_EXPORT_ZOOM_YEAR] = STOLT_TIMELINE_ZOOM_YEAR,
  };

  if (zoom == STOLT_EXPORT_ZOOM_AUTO || zoom == STOLT_EXPORT_ZOOM_FIT || zoom >= G_N_ELEMENTS (levels))
    return 0;
  return stolt_timeline_zoom_get_pixels_per_day (levels[zoom]) * text_size / IMAGE_TEXT_SIZE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo (cairo_status_t   status,
             GFile           *output,
             GError         **error)
{
  g_autofree char *name = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  name = g_file_get_parse_name (output);
  /* Translators: the file, then cairo's (English) reason */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the timeline for “%s”: %s"),
               name, cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_bytes (GByteArray  *bytes,
             GFile       *output,
             GError     **error)
{
  g_autoptr(GBytes) contents = g_byte_array_free_to_bytes (g_byte_array_ref (bytes));

  return stolt_file_replace (output, contents, NULL, NULL, error);
}

/* "14 Sep 2026 – 1 Mar 2027" for the page's title line */
static char *
describe_range (StoltTimelineIndex       *index,
                const StoltExportOptions *options)
{
  g_autofree char *first_text = NULL, *last_text = NULL;
  guint32 first = options->first_day, last = options->last_day;

  if ((first == 0 || last < first) && !stolt_timeline_index_get_range (index, &first, &last))
    return NULL;
  first_text = stolt_date_format (first);
  last_text = stolt_date_format (last);
  /* Translators: the dates a printed timeline covers, first to last */
  return g_strdup_printf (C_("timeline export, date range", "%s – %s"), first_text, last_text);
}

/* cairo refuses a PDF title with a non-character (U+FFFE) and fails the
 * whole document: the title follows the rule of every export */
static char *
project_title (StoltProject *project)
{
  g_autofree char *title =
    stolt_format_clean_text (stolt_project_card_get_title (stolt_project_get_card (project)));

  return *title != '\0' ? g_steal_pointer (&title) : g_strdup (_("Timeline"));
}

/* PDF */

/* --fit-page shrinks the timeline down to STOLT_TIMELINE_PAGES_MIN_SCALE
 * and no further: a timeline that needs more is refused, not cut */
static gboolean
check_fits_page (Export                  *self,
                 const cairo_rectangle_t *chart,
                 GError                 **error)
{
  double header = stolt_timeline_style_get_header_height (&self->style);
  double content = header + stolt_timeline_style_get_content_height (&self->style, self->index);
  double room = chart->height / STOLT_TIMELINE_PAGES_MIN_SCALE;
  guint fit;

  if (content <= room)
    return TRUE;
  fit = (guint) MAX ((room - header) / self->style.row_height, 0);
  g_set_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_TOO_LARGE,
               _("--fit-page: one page holds %u of the timeline's %u rows; export without "
                 "--fit-page to spread them over pages, or use --paper=a3"),
               fit, stolt_timeline_index_get_n_rows (self->index));
  return FALSE;
}

static void
draw_pdf_page (cairo_t                 *cr,
               Export                  *self,
               const StoltTimelinePage *page,
               const cairo_rectangle_t *chart)
{
  g_autoptr(StoltTimelineLayout) layout = NULL;

  layout = stolt_timeline_layout_new (self->index, &self->style, &page->viewport);
  cairo_save (cr);
  cairo_translate (cr, chart->x, chart->y);
  cairo_scale (cr, page->scale, page->scale);
  stolt_timeline_paint (cr, layout, stolt_palette_get (STOLT_PALETTE_PRINT), 0, FALSE);
  cairo_restore (cr);
}

gboolean
stolt_timeline_export_pdf (StoltProject              *project,
                           const StoltExportOptions  *options,
                           GFile                     *output,
                           GError                   **error)
{
  g_auto(Export) self = { 0 };
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GArray) pages = NULL;
  g_autofree char *range = NULL;
  g_autofree char *title = project_title (project);
  double page_width = paper_sizes[options->paper == STOLT_PAPER_A3][0];
  double page_height = paper_sizes[options->paper == STOLT_PAPER_A3][1];
  double line;
  cairo_rectangle_t chart;
  StoltTimelinePageSetup setup;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  export_init (&self, project, PRINT_TEXT_SIZE);
  line = stolt_timeline_text_get_height (self.text, STOLT_TIMELINE_FONT_PHASE);
  chart = (cairo_rectangle_t) { PAGE_MARGIN, PAGE_MARGIN + 2 * line, page_width - 2 * PAGE_MARGIN,
                                page_height - 2 * PAGE_MARGIN - 4 * line };
  setup = (StoltTimelinePageSetup) { chart.width, chart.height,
                                     zoom_pixels_per_day (options->zoom, PRINT_TEXT_SIZE),
                                     options->fit_page, self.today,
                                     options->first_day, options->last_day };
  if (options->fit_page && !check_fits_page (&self, &chart, error))
    return FALSE;
  pages = stolt_timeline_paginate (self.index, &self.style, &setup);
  range = describe_range (self.index, options);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, page_width, page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Stolt " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len; i++)
    {
      draw_pdf_page (cr, &self, &g_array_index (pages, StoltTimelinePage, i), &chart);
      stolt_timeline_paint_page_frame (cr, self.text, stolt_palette_get (STOLT_PALETTE_PRINT),
                                       &chart, title, range, i + 1, pages->len);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_cairo (status, output, error) && write_bytes (bytes, output, error);
}

/* Images: every row, one viewport.  An image never cuts the timeline
 * without saying so: what does not fit is refused, with what would. */

static gboolean
image_viewport (Export                   *self,
                const StoltExportOptions *options,
                StoltTimelineViewport    *result,
                GError                  **error)
{
  double ppd = zoom_pixels_per_day (options->zoom, IMAGE_TEXT_SIZE);
  double margin = 2 * self->style.label_padding;
  double height = stolt_timeline_style_get_header_height (&self->style) +
                  stolt_timeline_style_get_content_height (&self->style, self->index) +
                  self->style.row_height / 2;
  StoltTimelineViewport viewport = { { 0, 1 }, options->width, 0, 0, self->today };
  guint32 first, last;

  if (options->first_day != 0 && options->last_day >= options->first_day)
    {
      first = options->first_day;
      last = options->last_day;
    }
  else if (!stolt_timeline_index_get_range (self->index, &first, &last))
    {
      first = self->today - 7;
      last = self->today + 28;
    }
  if (ppd > 0)
    {
      double natural = ceil ((last - first + 1) * ppd + 2 * margin);

      if (natural > IMAGE_MAX_SIDE)
        {
          g_set_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_TOO_LARGE,
                       _("at this zoom the timeline is %.0f pixels wide, and an image at most "
                         "%d; use a coarser --zoom, or timeline-pdf, which spreads it over pages"),
                       natural, IMAGE_MAX_SIDE);
          return FALSE;
        }
      if (viewport.width > 0 && natural > viewport.width)
        {
          g_set_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_TOO_LARGE,
                       _("at this zoom the timeline is %.0f pixels wide; give --width=%.0f or "
                         "more, or a coarser --zoom"), natural, natural);
          return FALSE;
        }
      if (viewport.width <= 0)
        viewport.width = natural;
    }
  else if (viewport.width <= 0)
    viewport.width = IMAGE_DEFAULT_WIDTH;
  viewport.width = CLAMP (round (viewport.width), STOLT_EXPORT_WIDTH_MIN, IMAGE_MAX_SIDE);
  viewport.height = round (height);
  if (viewport.height > MIN (IMAGE_MAX_SIDE, IMAGE_MAX_PIXELS / viewport.width))
    {
      double room = MIN (IMAGE_MAX_SIDE, floor (IMAGE_MAX_PIXELS / viewport.width));
      guint fit = (guint) MAX ((room - stolt_timeline_style_get_header_height (&self->style)
                                - self->style.row_height / 2) / self->style.row_height, 0);

      g_set_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_TOO_LARGE,
                   _("the timeline has %u rows, and an image %.0f pixels wide holds %u; "
                     "export timeline-pdf, which spreads them over pages"),
                   stolt_timeline_index_get_n_rows (self->index), viewport.width, fit);
      return FALSE;
    }

  if (ppd > 0)
    stolt_timeline_scale_init (&viewport.scale, first - margin / ppd, ppd);
  else
    stolt_timeline_scale_fit (&viewport.scale, first, last, viewport.width, 3 * margin);
  *result = viewport;
  return TRUE;
}

static void
draw_image (cairo_t                     *cr,
            Export                      *self,
            const StoltTimelineViewport *viewport)
{
  g_autoptr(StoltTimelineLayout) layout = stolt_timeline_layout_new (self->index, &self->style,
                                                                     viewport);

  stolt_timeline_paint (cr, layout, stolt_palette_get (STOLT_PALETTE_LIGHT), 0, FALSE);
}

/* The labels as SVG `<text>`: searchable, read aloud, editable.  Numbers
 * in the C locale, whatever the user's language. */
static void
svg_text_sink (cairo_t                    *cr,
               const StoltTimelineTextRun *run,
               gpointer                    user_data)
{
  GString *texts = user_data;
  double x = run->x, y = run->baseline, size = run->size, unused = 0;
  double red = 0, green = 0, blue = 0, alpha = 1;
  char number[4][G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *family = g_markup_escape_text (run->family, -1);
  g_autofree char *text = g_markup_escape_text (run->text, -1);

  cairo_user_to_device (cr, &x, &y);
  cairo_user_to_device_distance (cr, &size, &unused);
  if (cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha) !=
      CAIRO_STATUS_SUCCESS)
    red = green = blue = 0, alpha = 1;

  g_string_append_printf (texts,
                          "<text x=\"%s\" y=\"%s\" font-family=\"%s\" font-size=\"%s\"%s "
                          "fill=\"#%02x%02x%02x\" fill-opacity=\"%s\" xml:space=\"preserve\">"
                          "%s</text>\n",
                          g_ascii_formatd (number[0], sizeof number[0], "%.2f", x),
                          g_ascii_formatd (number[1], sizeof number[1], "%.2f", y),
                          family,
                          g_ascii_formatd (number[2], sizeof number[2], "%.2f", size),
                          run->bold ? " font-weight=\"bold\"" : "",
                          (int) round (red * 255), (int) round (green * 255),
                          (int) round (blue * 255),
                          g_ascii_formatd (number[3], sizeof number[3], "%.3f", alpha),
                          text);
}

/* Puts @texts last in the SVG cairo wrote: above every shape */
static gboolean
insert_svg_texts (GByteArray *bytes,
                  GString    *texts)
{
  const char *svg = (const char *) bytes->data;
  const char *end = g_strrstr_len (svg, bytes->len, "</svg>");

  if (end == NULL)
    return FALSE;
  g_byte_array_remove_range (bytes, end - svg, bytes->len - (end - svg));
  g_byte_array_append (bytes, (const guint8 *) texts->str, texts->len);
  g_byte_array_append (bytes, (const guint8 *) "</svg>\n", strlen ("</svg>\n"));
  return TRUE;
}

gboolean
stolt_timeline_export_svg (StoltProject              *project,
                           const StoltExportOptions  *options,
                           GFile                     *output,
                           GError                   **error)
{
  g_auto(Export) self = { 0 };
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GString) texts = g_string_new (NULL);
  StoltTimelineViewport viewport;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  export_init (&self, project, IMAGE_TEXT_SIZE);
  if (!image_viewport (&self, options, &viewport, error))
    return FALSE;

  surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, viewport.width,
                                                 viewport.height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  stolt_timeline_text_set_sink (self.text, svg_text_sink, texts);
  draw_image (cr, &self, &viewport);
  stolt_timeline_text_set_sink (self.text, NULL, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS && !insert_svg_texts (bytes, texts))
    status = CAIRO_STATUS_WRITE_ERROR;

  return check_cairo (status, output, error) && write_bytes (bytes, output, error);
}

gboolean
stolt_timeline_export_png (StoltProject              *project,
                           const StoltExportOptions  *options,
                           GFile                     *output,
                           GError                   **error)
{
  g_auto(Export) self = { 0 };
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  StoltTimelineViewport viewport;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  export_init (&self, project, IMAGE_TEXT_SIZE);
  if (!image_viewport (&self, options, &viewport, error))
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) viewport.width,
                                        (int) viewport.height);
  cr = cairo_create (surface);
  draw_image (cr, &self, &viewport);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_destroy (surface);

  return check_cairo (status, output, error) && write_bytes (bytes, output, error);
}

/* Figures: the whole timeline scaled into a rectangle, for the report */

/**
 * stolt_timeline_draw_fitted:
 *
 * Draws every row of @project's timeline, its dates fitted to @width and
 * the whole scaled down to fit @max_height if need be, with the print
 * palette, at (0, 0) of @cr.
 *
 * Returns: the height used, 0 if nothing in the plan has dates
 */
double
stolt_timeline_draw_fitted (cairo_t      *cr,
                            StoltProject *project,
                            double        width,
                            double        max_height)
{
  g_auto(Export) self = { 0 };
  g_autoptr(GArray) pages = NULL;
  StoltTimelinePageSetup setup;
  const StoltTimelinePage *page;
  cairo_rectangle_t chart = { 0, 0, width, max_height };

  double natural;

  export_init (&self, project, PRINT_TEXT_SIZE);
  /* As tall as its rows need with the dates fitted to the width; a plan
   * too long for the page is scaled down rather than cut */
  natural = stolt_timeline_style_get_header_height (&self.style)
            + stolt_timeline_style_get_content_height (&self.style, self.index);
  chart.height = MIN (natural, max_height);
  setup = (StoltTimelinePageSetup) { width, chart.height, 0, TRUE, self.today };
  pages = stolt_timeline_paginate (self.index, &self.style, &setup);
  if (pages->len == 0)
    return 0;

  page = &g_array_index (pages, StoltTimelinePage, 0);
  draw_pdf_page (cr, &self, page, &chart);
  return MIN (chart.height, page->viewport.height * page->scale);
}
