/* stolt-timeline-scale.h — where a day lands on the timeline, at any zoom
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scale maps days to x: x = (day - origin) × pixels_per_day, in the
 * user units of whatever is drawn on (pixels in the widget and in PNG,
 * points in PDF).  Days are the model's Julian day numbers, so there are
 * no time zones and no daylight-saving jumps: every day is exactly
 * pixels_per_day wide.  A day occupies [x (day), x (day + 1)).
 *
 * Zoom is continuous (a double), so Ctrl+scroll and pinch can zoom
 * smoothly; the named levels are presets.  Scrolling sideways changes the
 * origin.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STOLT_TIMELINE_ZOOM_DAY,
  STOLT_TIMELINE_ZOOM_WEEK,
  STOLT_TIMELINE_ZOOM_MONTH,
  STOLT_TIMELINE_ZOOM_QUARTER,
  STOLT_TIMELINE_ZOOM_YEAR,
} StoltTimelineZoom;

/* The limits of pixels_per_day: a day 0.05 px wide (a year in 18 px) to a
 * day 400 px wide */
#define STOLT_TIMELINE_MIN_PIXELS_PER_DAY 0.05
#define STOLT_TIMELINE_MAX_PIXELS_PER_DAY 400.0

typedef struct
{
  double origin;          /* the day at x = 0, with a fraction */
  double pixels_per_day;
} StoltTimelineScale;

double            stolt_timeline_zoom_get_pixels_per_day (StoltTimelineZoom  zoom);
StoltTimelineZoom stolt_timeline_zoom_nearest            (double             pixels_per_day);

void     stolt_timeline_scale_init        (StoltTimelineScale       *scale,
                                           double                    origin,
                                           double                    pixels_per_day);
double   stolt_timeline_scale_day_to_x    (const StoltTimelineScale *scale,
                                           guint32                   day);
double   stolt_timeline_scale_x_to_position (const StoltTimelineScale *scale,
                                             double                    x);
guint32  stolt_timeline_scale_x_to_day    (const StoltTimelineScale *scale,
                                           double                    x);
void     stolt_timeline_scale_scroll      (StoltTimelineScale       *scale,
                                           double                    dx);
void     stolt_timeline_scale_zoom_at     (StoltTimelineScale       *scale,
                                           double                    pixels_per_day,
                                           double                    anchor_x);
gboolean stolt_timeline_scale_fit         (StoltTimelineScale       *scale,
                                           guint32                   first_day,
                                           guint32                   last_day,
                                           double                    width,
                                           double                    margin);

G_END_DECLS
