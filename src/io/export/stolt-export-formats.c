/* stolt-export-formats.c — every export format, for the command line and the window
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-export-formats"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-csv-export.h"
#include "stolt-export-formats.h"
#include "stolt-exporters.h"
#include "stolt-ics-export.h"
#include "stolt-report.h"
#include "stolt-storage.h"
#include "stolt-timeline-export.h"

static gboolean
export_stolt (StoltProject              *project,
              const StoltExportOptions  *options,
              GFile                     *output,
              GError                   **error)
{
  return stolt_storage_write (project, output, error);
}

#define USES_TIMELINE_IMAGE (STOLT_EXPORT_USES_WIDTH | STOLT_EXPORT_USES_ZOOM | \
                             STOLT_EXPORT_USES_DATES)

/* Formats arrive here as their exporters do; none is listed before it works */
static const StoltExportFormat formats[] = {
  { "pdf", N_("Report (PDF)"),
    N_("the whole project as a PDF report for the council"),
    NULL, "pdf", "application/pdf",
    STOLT_EXPORT_USES_PAPER | STOLT_EXPORT_USES_ORIENTATION, stolt_report_pdf_export },
  { "timeline-pdf", N_("Timeline (PDF)"),
    N_("the timeline as PDF pages (--paper, --fit-page, --zoom)"),
    N_("Timeline"), "pdf", "application/pdf",
    STOLT_EXPORT_USES_PAPER | STOLT_EXPORT_USES_FIT_PAGE | STOLT_EXPORT_USES_ZOOM |
    STOLT_EXPORT_USES_DATES, stolt_timeline_export_pdf },
  { "timeline-svg", N_("Timeline (SVG image)"),
    N_("the timeline as an SVG image (--width, --zoom)"),
    N_("Timeline"), "svg", "image/svg+xml", USES_TIMELINE_IMAGE, stolt_timeline_export_svg },
  { "timeline-png", N_("Timeline (PNG image)"),
    N_("the timeline as a PNG image (--width, --zoom)"),
    N_("Timeline"), "png", "image/png", USES_TIMELINE_IMAGE, stolt_timeline_export_png },
  { "swot-pdf", N_("SWOT (PDF)"),
    N_("the SWOT analyses as PDF, one landscape page each"),
    N_("SWOT"), "pdf", "application/pdf",
    STOLT_EXPORT_USES_PAPER | STOLT_EXPORT_USES_SWOT, stolt_swot_pdf_export },
  { "swot-png", N_("SWOT (PNG image)"),
    N_("the SWOT analyses as one PNG image (--width, 1600 pixels by default)"),
    N_("SWOT"), "png", "image/png", STOLT_EXPORT_USES_WIDTH | STOLT_EXPORT_USES_SWOT,
    stolt_swot_png_export },
  { "values-pdf", N_("Values (PDF)"),
    N_("the values documents as PDF"),
    N_("Values"), "pdf", "application/pdf",
    STOLT_EXPORT_USES_PAPER | STOLT_EXPORT_USES_VALUES, stolt_values_pdf_export },
  { "values-fodt", N_("Values (LibreOffice)"),
    N_("the values documents as a flat ODT text document (LibreOffice)"),
    N_("Values"), "fodt", "application/vnd.oasis.opendocument.text-flat-xml",
    STOLT_EXPORT_USES_VALUES, stolt_values_fodt_export },
  { "values-md", N_("Values (Markdown)"),
    N_("the values documents as Markdown"),
    N_("Values"), "md", "text/markdown", STOLT_EXPORT_USES_VALUES, stolt_values_md_export },
  { "ics", N_("Calendar (iCalendar)"),
    N_("iCalendar: milestones and measure deadlines as all-day events"),
    NULL, "ics", "text/calendar", 0, stolt_ics_export },
  { "csv", N_("Spreadsheet (CSV)"),
    N_("CSV: milestones and activities, for spreadsheets (--bom for Excel; cells that look like formulas start with ' unless --csv-raw)"),
    NULL, "csv", "text/csv", STOLT_EXPORT_USES_BOM | STOLT_EXPORT_USES_SEPARATOR, stolt_csv_export },
  { "stolt", N_("Stolt project (copy)"),
    N_("a Stolt project file (a clean copy, or a conversion)"),
    NULL, "stolt", "application/x-stolt-project", 0, export_stolt },
};

/**
 * stolt_export_formats_get:
 *
 * Returns: (array length=n_formats): every format, in the order to offer them
 */
const StoltExportFormat *
stolt_export_formats_get (guint *n_formats)
{
  *n_formats = G_N_ELEMENTS (formats);
  return formats;
}

const StoltExportFormat *
stolt_export_format_find (const char *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].id, id))
      return &formats[i];

  return NULL;
}

/* Options the format does not read are reset, so that a choice left in
 * the dialog for another format (or a stray command-line flag) cannot
 * reach an exporter that reads a member it did not expect to be set. */
static void
keep_used (const StoltExportFormat *format,
           StoltExportOptions      *options)
{
  StoltExportOptions defaults = STOLT_EXPORT_OPTIONS_INIT;

  if (!(format->uses & STOLT_EXPORT_USES_PAPER))
    options->paper = defaults.paper;
  if (!(format->uses & STOLT_EXPORT_USES_ORIENTATION))
    options->landscape = defaults.landscape;
  if (!(format->uses & STOLT_EXPORT_USES_FIT_PAGE))
    options->fit_page = defaults.fit_page;
  if (!(format->uses & STOLT_EXPORT_USES_WIDTH))
    options->width = defaults.width;
  if (!(format->uses & STOLT_EXPORT_USES_ZOOM))
    options->zoom = defaults.zoom;
  if (!(format->uses & STOLT_EXPORT_USES_DATES))
    {
      options->first_day = defaults.first_day;
      options->last_day = defaults.last_day;
    }
  if (!(format->uses & (STOLT_EXPORT_USES_SWOT | STOLT_EXPORT_USES_VALUES)))
    options->record_id = defaults.record_id;
  if (!(format->uses & STOLT_EXPORT_USES_BOM))
    options->bom = defaults.bom;
  if (!(format->uses & STOLT_EXPORT_USES_SEPARATOR))
    options->separator = defaults.separator;
}

/**
 * stolt_export_format_run:
 * @options: (nullable): what the user chose; %NULL for the defaults
 *
 * Writes @project to @output in @format, whole or not at all.  Reads
 * nothing but @project, so a worker thread may run it on a project of
 * its own (the model is not thread-safe: never on the window's project).
 */
gboolean
stolt_export_format_run (const StoltExportFormat   *format,
                         StoltProject              *project,
                         const StoltExportOptions  *options,
                         GFile                     *output,
                         GError                   **error)
{
  StoltExportOptions used = STOLT_EXPORT_OPTIONS_INIT;

  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (STOLT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (output), FALSE);

  if (options != NULL)
    used = *options;
  keep_used (format, &used);
  if (used.first_day != 0 && used.last_day < used.first_day)
    {
      used.first_day = 0;
      used.last_day = 0;
    }

  return format->export (project, &used, output, error);
}
