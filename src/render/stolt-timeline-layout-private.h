/* stolt-timeline-layout-private.h — the layout's insides, for the render layer
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-timeline-layout.h"

G_BEGIN_DECLS

struct _StoltTimelineLayout
{
  StoltTimelineViewport viewport;
  StoltTimelineStyle    style;       /* its text is referenced */
  cairo_rectangle_t     body;        /* below the header */
  guint                 first_row;   /* the visible rows */
  guint                 n_rows;
  StoltTimelineHeader  *header;
  GArray               *boxes;       /* StoltTimelineBox, by row */
  GArray               *arrows;      /* StoltTimelineArrow */
  GArray               *lanes;       /* StoltTimelineLane */
  GArray               *weekends;    /* double pairs: x0, x1 */
  GArray               *grid;        /* double */
  double                today_x;     /* NAN when not in view */
  GStringChunk         *strings;
};

/* The geometry of one row's item, visible or not (stolt-timeline-geometry.c) */
typedef struct
{
  double start_x, end_x;    /* unclipped */
  double center_y;
  cairo_rectangle_t shape;  /* unclipped */
} StoltTimelineShape;

gboolean _stolt_timeline_row_shape   (const StoltTimelineRow      *row,
                                      guint                        index,
                                      const StoltTimelineStyle    *style,
                                      const StoltTimelineViewport *viewport,
                                      StoltTimelineShape          *shape);
void     _stolt_timeline_place_label (StoltTimelineBox            *box,
                                      double                       text_width,
                                      double                       text_height,
                                      const StoltTimelineStyle    *style,
                                      double                       width);
gboolean _stolt_timeline_arrow_path  (const StoltTimelineShape    *from,
                                      const StoltTimelineShape    *to,
                                      const StoltTimelineStyle    *style,
                                      const cairo_rectangle_t     *clip,
                                      StoltTimelineArrow          *arrow);

G_END_DECLS
