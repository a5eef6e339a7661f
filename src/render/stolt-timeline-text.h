/* stolt-timeline-text.h — measuring and drawing the timeline's labels
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object measures text for the layout and draws it for the painter,
 * with the same fonts and font options, so a label the layout placed is
 * exactly the size the painter draws.  Sizes are absolute, in user units
 * (pixels on screen and in PNG, points in PDF).  It needs no display:
 * Pango's cairo font map reads fonts through fontconfig.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STOLT_TIMELINE_FONT_LABEL,   /* activities and milestones */
  STOLT_TIMELINE_FONT_PHASE,   /* phase titles: bold */
  STOLT_TIMELINE_FONT_HEADER,  /* header cells: a little smaller */
  STOLT_TIMELINE_N_FONTS,
} StoltTimelineFont;

typedef struct _StoltTimelineText StoltTimelineText;

/* A line of text as drawn, for surfaces that keep text as text (SVG) */
typedef struct
{
  const char *text;        /* what shows: cut text ends in "…" */
  const char *family;      /* as given to stolt_timeline_text_new () */
  double      size;        /* in user units */
  gboolean    bold;
  double      x;           /* the left edge, in user units */
  double      baseline;
} StoltTimelineTextRun;

/* Called instead of drawing the glyphs, with @cr as it would draw them */
typedef void (*StoltTimelineTextSink) (cairo_t                    *cr,
                                       const StoltTimelineTextRun *run,
                                       gpointer                    user_data);

StoltTimelineText *stolt_timeline_text_new          (const char                 *family,
                                                     double                      size,
                                                     const cairo_font_options_t *options);
StoltTimelineText *stolt_timeline_text_ref          (StoltTimelineText          *self);
void               stolt_timeline_text_unref        (StoltTimelineText          *self);

cairo_font_options_t *stolt_timeline_text_stable_font_options (void);

double             stolt_timeline_text_get_size     (StoltTimelineText          *self,
                                                     StoltTimelineFont           font);
double             stolt_timeline_text_get_height   (StoltTimelineText          *self,
                                                     StoltTimelineFont           font);
double             stolt_timeline_text_measure      (StoltTimelineText          *self,
                                                     StoltTimelineFont           font,
                                                     const char                 *text);
void               stolt_timeline_text_set_sink     (StoltTimelineText          *self,
                                                     StoltTimelineTextSink       sink,
                                                     gpointer                    user_data);
void               stolt_timeline_text_begin        (StoltTimelineText          *self,
                                                     cairo_t                    *cr);
void               stolt_timeline_text_draw         (StoltTimelineText          *self,
                                                     cairo_t                    *cr,
                                                     StoltTimelineFont           font,
                                                     const char                 *text,
                                                     double                      x,
                                                     double                      center_y,
                                                     double                      max_width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltTimelineText, stolt_timeline_text_unref)

G_END_DECLS
