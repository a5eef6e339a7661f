/* stolt-text.h — Pango set up the same way for every layout and painter
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Metrics independent of any device (no hinting, no rounding, 72 units
 * an inch), so that what a layout measures is what a PDF, a PNG or a
 * widget shows, and tests get the same numbers everywhere.
 */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The one family of every document Stolt writes (the PDF report and its
 * drawings: timeline, SWOT, result chain; the timeline exports): chosen
 * here once, pinned to Debian's fonts-dejavu-core, which has every
 * letter of Swedish and Norwegian and the symbols the drawings use, so
 * that Pango never falls back to a second family.  cairo embeds it. */
#define STOLT_DOCUMENT_FONT "DejaVu Sans"

PangoLanguage *stolt_text_language            (void);
void           stolt_text_layout_set_language (PangoLayout  *layout);
PangoContext  *stolt_text_context_new         (void);
PangoLayout  *stolt_text_layout_new  (PangoContext *context,
                                      const char   *family,
                                      gboolean      bold,
                                      double        size,
                                      double        width);
double        stolt_text_height      (PangoLayout  *layout);
double        stolt_text_width       (PangoLayout  *layout);
char         *stolt_text_break_long_words (const char *text);

G_END_DECLS
