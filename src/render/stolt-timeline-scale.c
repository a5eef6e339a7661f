/* stolt-timeline-scale.c — where a day lands on the timeline, at any zoom
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <math.h>

#include "stolt-date.h"
#include "stolt-timeline-scale.h"

/* Chosen so that each level shows its own unit in the header's lowest
 * tier (see stolt-timeline-header.c): a day 32 px, a week 84 px, a month
 * about 90 px, a quarter about 55 px, a year 73 px. */
static const double zoom_pixels_per_day[] = {
  [STOLT_TIMELINE_ZOOM_DAY] = 32.0,
  [STOLT_TIMELINE_ZOOM_WEEK] = 12.0,
  [STOLT_TIMELINE_ZOOM_MONTH] = 3.0,
  [STOLT_TIMELINE_ZOOM_QUARTER] = 0.6,
  [STOLT_TIMELINE_ZOOM_YEAR] = 0.2,
};

double
stolt_timeline_zoom_get_pixels_per_day (StoltTimelineZoom zoom)
{
  g_return_val_if_fail (zoom <= STOLT_TIMELINE_ZOOM_YEAR, zoom_pixels_per_day[0]);

  return zoom_pixels_per_day[zoom];
}

/* The named level closest on a logarithmic scale: what a zoom menu shows
 * as checked after a smooth zoom */
StoltTimelineZoom
stolt_timeline_zoom_nearest (double pixels_per_day)
{
  StoltTimelineZoom best = STOLT_TIMELINE_ZOOM_DAY;
  double best_distance = G_MAXDOUBLE;

  if (!(pixels_per_day > 0))
    return STOLT_TIMELINE_ZOOM_YEAR;

  for (guint zoom = 0; zoom < G_N_ELEMENTS (zoom_pixels_per_day); zoom++)
    {
      double distance = fabs (log (pixels_per_day / zoom_pixels_per_day[zoom]));

      if (distance < best_distance)
        {
          best = zoom;
          best_distance = distance;
        }
    }
  return best;
}

static double
clamp_pixels_per_day (double pixels_per_day)
{
  if (isnan (pixels_per_day))
    return zoom_pixels_per_day[STOLT_TIMELINE_ZOOM_WEEK];
  return CLAMP (pixels_per_day, STOLT_TIMELINE_MIN_PIXELS_PER_DAY,
                STOLT_TIMELINE_MAX_PIXELS_PER_DAY);
}

void
stolt_timeline_scale_init (StoltTimelineScale *scale,
                           double              origin,
                           double              pixels_per_day)
{
  g_return_if_fail (scale != NULL);

  scale->origin = origin;
  scale->pixels_per_day = clamp_pixels_per_day (pixels_per_day);
}

/* The left edge of @day */
double
stolt_timeline_scale_day_to_x (const StoltTimelineScale *scale,
                               guint32                   day)
{
  return ((double) day - scale->origin) * scale->pixels_per_day;
}

/* The day under @x with its fraction: 10.5 is the middle of day 10 */
double
stolt_timeline_scale_x_to_position (const StoltTimelineScale *scale,
                                    double                    x)
{
  return scale->origin + x / scale->pixels_per_day;
}

/* The day under @x, kept within the dates a user may enter */
guint32
stolt_timeline_scale_x_to_day (const StoltTimelineScale *scale,
                               double                    x)
{
  double position = floor (stolt_timeline_scale_x_to_position (scale, x));

  return (guint32) CLAMP (position, (double) stolt_date_min (), (double) stolt_date_max ());
}

void
stolt_timeline_scale_scroll (StoltTimelineScale *scale,
                             double              dx)
{
  scale->origin += dx / scale->pixels_per_day;
}

/* Zooms so that the day under @anchor_x stays under it: the pointer's x
 * for Ctrl+scroll, the gesture's centre for pinch, the middle for keys */
void
stolt_timeline_scale_zoom_at (StoltTimelineScale *scale,
                              double              pixels_per_day,
                              double              anchor_x)
{
  double anchor_day = stolt_timeline_scale_x_to_position (scale, anchor_x);

  scale->pixels_per_day = clamp_pixels_per_day (pixels_per_day);
  scale->origin = anchor_day - anchor_x / scale->pixels_per_day;
}

/**
 * stolt_timeline_scale_fit:
 * @first_day: the first day to show
 * @last_day: the last day to show (inclusive)
 * @width: the width to fit it in
 * @margin: room left free on each side, in the same units
 *
 * Sets a zoom and origin that show @first_day to @last_day in @width.
 * If the range is too long even at the smallest zoom, it starts at the
 * left margin and runs off the right.
 *
 * Returns: %FALSE (and leaves @scale alone) if there is no range to fit
 */
gboolean
stolt_timeline_scale_fit (StoltTimelineScale *scale,
                          guint32             first_day,
                          guint32             last_day,
                          double              width,
                          double              margin)
{
  double days, room;

  g_return_val_if_fail (scale != NULL, FALSE);

  if (first_day == STOLT_DATE_NONE || last_day < first_day || !(width > 0))
    return FALSE;

  days = (double) (last_day - first_day) + 1.0;
  margin = CLAMP (margin, 0.0, width / 4.0);
  room = width - 2.0 * margin;
  scale->pixels_per_day = clamp_pixels_per_day (room / days);
  scale->origin = first_day - margin / scale->pixels_per_day;
  /* Centre a range shorter than the widest zoom allows */
  if (days * scale->pixels_per_day < room)
    scale->origin -= (room - days * scale->pixels_per_day) / 2.0 / scale->pixels_per_day;
  return TRUE;
}
