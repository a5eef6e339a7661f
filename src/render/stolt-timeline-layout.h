/* stolt-timeline-layout.h — what one viewport of the timeline shows, and where
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure function of an index, a viewport and a style: no display, no
 * drawing.  The layout lists what is visible with its rectangles: phase
 * bands, activity bars with their progress, milestone diamonds, arrows,
 * labels placed so that they never overlap each other nor leave their
 * row or the viewport, the header's cells, weekends, grid lines and the
 * today line.  The painter (stolt-timeline-painter.h) draws it; the
 * widget hit-tests it.  Its cost grows with what is visible, not with the
 * size of the project.
 *
 * Coordinates are the viewport's, in user units: (0, 0) is its top left
 * corner; the header takes the top header_height (stolt_timeline_style_
 * get_header_height ()); row r starts at
 *   y = header_height + r × row_height − scroll_y.
 * A day starts at x = (day − origin) × pixels_per_day (see
 * stolt-timeline-scale.h); a milestone sits in the middle of its day.
 */

#pragma once

#include <cairo.h>

#include "stolt-timeline-header.h"
#include "stolt-timeline-index.h"
#include "stolt-timeline-scale.h"
#include "stolt-timeline-text.h"

G_BEGIN_DECLS

/* Sizes, in user units.  stolt_timeline_style_init () derives them all
 * from the text's size; a caller may change any of them afterwards. */
typedef struct
{
  StoltTimelineText *text;           /* measures and draws labels (borrowed) */
  double             row_height;
  double             bar_height;      /* activity bars */
  double             band_height;     /* phase bands */
  double             diamond_size;    /* milestones: the diamond's width and height */
  double             tier_height;     /* one header tier; the header is three tall */
  double             label_gap;       /* between an item and a label beside it */
  double             label_padding;   /* inside bars and header cells */
  double             edge_grab;       /* how near a bar's end counts as its edge */
} StoltTimelineStyle;

typedef struct
{
  StoltTimelineScale scale;
  double             width;     /* the whole drawing, header included */
  double             height;
  double             scroll_y;  /* how far the rows are scrolled up; >= 0 */
  guint32            today;     /* the today line, and what is late; NONE for neither */
} StoltTimelineViewport;

typedef enum
{
  STOLT_TIMELINE_PART_NONE,
  STOLT_TIMELINE_PART_BODY,     /* an activity bar (move it) or a phase band */
  STOLT_TIMELINE_PART_START,    /* an activity's start edge (resize) */
  STOLT_TIMELINE_PART_END,      /* an activity's end edge (resize) */
  STOLT_TIMELINE_PART_DIAMOND,  /* a milestone (move it) */
  STOLT_TIMELINE_PART_LABEL,    /* the label beside or on an item */
} StoltTimelinePart;

typedef enum
{
  STOLT_TIMELINE_BOX_LATE         = 1 << 0,  /* a milestone past its date, not done */
  STOLT_TIMELINE_BOX_DONE         = 1 << 1,  /* a done milestone, a finished activity */
  STOLT_TIMELINE_BOX_UNDATED      = 1 << 2,  /* no dates: only its label shows */
  STOLT_TIMELINE_BOX_LABEL_INSIDE = 1 << 3,  /* the label is on the bar or band */
  STOLT_TIMELINE_BOX_OPEN_START   = 1 << 4,  /* begins left of the viewport */
  STOLT_TIMELINE_BOX_OPEN_END     = 1 << 5,  /* ends right of the viewport */
  STOLT_TIMELINE_BOX_OUT_OF_VIEW  = 1 << 6,  /* a phase whose band is left or right of
                                              * the viewport: its row still shows, with
                                              * its title at the left */
} StoltTimelineBoxFlags;

/* One visible item: its shape is in view, or it has no dates (its label
 * shows at the left), or it is a phase (its row always shows) */
typedef struct
{
  gint64                id;
  guint                 row;
  StoltTimelineItemKind kind;
  StoltTimelineBoxFlags flags;
  guint                 lane;
  double                progress;   /* 0 to 1: the done part of an activity */
  double                start_x;    /* where it really starts and ends, even off view */
  double                end_x;
  cairo_rectangle_t     row_rect;   /* its row, across the viewport */
  cairo_rectangle_t     shape;      /* bar, band or the diamond's square, cut to the view */
  cairo_rectangle_t     label;      /* its label; width 0 when there is none */
  const char           *text;       /* the label's text (owned by the layout) */
} StoltTimelineBox;

/* A dependency arrow: a polyline ending in a head pointing right */
#define STOLT_TIMELINE_ARROW_MAX_POINTS 6
typedef struct
{
  guint  from_row, to_row;
  guint  n_points;
  double x[STOLT_TIMELINE_ARROW_MAX_POINTS];
  double y[STOLT_TIMELINE_ARROW_MAX_POINTS];
} StoltTimelineArrow;

/* A band of consecutive rows of one phase (or of the items without one) */
typedef struct
{
  guint  lane;
  double y, height;
} StoltTimelineLane;

typedef struct _StoltTimelineLayout StoltTimelineLayout;

void     stolt_timeline_style_init              (StoltTimelineStyle          *style,
                                                 StoltTimelineText           *text);
double   stolt_timeline_style_get_header_height (const StoltTimelineStyle    *style);
double   stolt_timeline_style_get_content_height (const StoltTimelineStyle   *style,
                                                  StoltTimelineIndex         *index);

double   stolt_timeline_row_to_y                (const StoltTimelineStyle    *style,
                                                 const StoltTimelineViewport *viewport,
                                                 guint                        row);
guint    stolt_timeline_y_to_row                (const StoltTimelineStyle    *style,
                                                 const StoltTimelineViewport *viewport,
                                                 StoltTimelineIndex          *index,
                                                 double                       y);
gboolean stolt_timeline_get_item_rect           (StoltTimelineIndex          *index,
                                                 const StoltTimelineStyle    *style,
                                                 const StoltTimelineViewport *viewport,
                                                 gint64                       id,
                                                 cairo_rectangle_t           *rect);
gboolean stolt_timeline_viewport_fit            (StoltTimelineViewport       *viewport,
                                                 StoltTimelineIndex          *index);

StoltTimelineLayout     *stolt_timeline_layout_new        (StoltTimelineIndex          *index,
                                                           const StoltTimelineStyle    *style,
                                                           const StoltTimelineViewport *viewport);
void                     stolt_timeline_layout_free       (StoltTimelineLayout         *self);

const StoltTimelineViewport *stolt_timeline_layout_get_viewport (StoltTimelineLayout   *self);
const StoltTimelineStyle *stolt_timeline_layout_get_style (StoltTimelineLayout         *self);
const StoltTimelineHeader *stolt_timeline_layout_get_header (StoltTimelineLayout       *self);
const StoltTimelineBox  *stolt_timeline_layout_get_boxes  (StoltTimelineLayout         *self,
                                                           guint                       *n_boxes);
const StoltTimelineBox  *stolt_timeline_layout_find_box   (StoltTimelineLayout         *self,
                                                           gint64                       id);
const StoltTimelineArrow *stolt_timeline_layout_get_arrows (StoltTimelineLayout        *self,
                                                            guint                      *n_arrows);
const StoltTimelineLane *stolt_timeline_layout_get_lanes  (StoltTimelineLayout         *self,
                                                           guint                       *n_lanes);
const double            *stolt_timeline_layout_get_weekends (StoltTimelineLayout       *self,
                                                             guint                     *n_weekends);
const double            *stolt_timeline_layout_get_grid   (StoltTimelineLayout         *self,
                                                           guint                       *n_lines);
double                   stolt_timeline_layout_get_today_x (StoltTimelineLayout        *self);
void                     stolt_timeline_layout_get_body   (StoltTimelineLayout         *self,
                                                           cairo_rectangle_t           *body);
void                     stolt_timeline_layout_get_visible_rows (StoltTimelineLayout   *self,
                                                                 guint                 *first,
                                                                 guint                 *n_rows);
StoltTimelinePart        stolt_timeline_layout_hit_test   (StoltTimelineLayout         *self,
                                                           double                       x,
                                                           double                       y,
                                                           gint64                      *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltTimelineLayout, stolt_timeline_layout_free)

G_END_DECLS
