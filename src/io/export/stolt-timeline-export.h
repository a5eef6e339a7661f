/* stolt-timeline-export.h — the timeline as PDF, SVG and PNG
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --export=timeline-pdf: A4 or A3 landscape (--paper), as many pages as
 *   the zoom needs with the header on each, or one page (--fit-page);
 *   the print palette; title and page numbers.  --zoom defaults to fitting
 *   the dates in the page's width, so pages only run down.
 * --export=timeline-svg, timeline-png: one image of every row, --width
 *   pixels wide (by default as wide as the zoom needs, or 1600 px to fit
 *   the dates), in the light palette.  An image is at most 16 384 px on
 *   a side and 64 megapixels: rows past that are left out (use the PDF).
 * All three draw with the timeline painter (src/render), and replace the
 * output file only once everything has been drawn.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "stolt-export-options.h"
#include "stolt-project.h"

G_BEGIN_DECLS

gboolean stolt_timeline_export_pdf (StoltProject              *project,
                                    const StoltExportOptions  *options,
                                    GFile                     *output,
                                    GError                   **error);
gboolean stolt_timeline_export_svg (StoltProject              *project,
                                    const StoltExportOptions  *options,
                                    GFile                     *output,
                                    GError                   **error);
gboolean stolt_timeline_export_png (StoltProject              *project,
                                    const StoltExportOptions  *options,
                                    GFile                     *output,
                                    GError                   **error);

double   stolt_timeline_draw_fitted (cairo_t                   *cr,
                                    StoltProject              *project,
                                    double                     width,
                                    double                     max_height);

G_END_DECLS
