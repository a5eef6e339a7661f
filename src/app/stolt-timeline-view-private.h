/* stolt-timeline-view-private.h — the timeline's drag steps, for its tests
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view's drag gesture calls these; tests call them to drive a drag
 * step by step with exact offsets.  Nothing else in the application
 * does: it drags through the gesture.
 */

#pragma once

#include "stolt-timeline-view.h"

G_BEGIN_DECLS

void stolt_timeline_view_drag_begin  (StoltTimelineView *self,
                                      double             x,
                                      double             y);
void stolt_timeline_view_drag_update (StoltTimelineView *self,
                                      double             dx,
                                      double             dy);
void stolt_timeline_view_drag_end    (StoltTimelineView *self);
/* The dates shown beside the dragged item, or NULL when none is */
char *stolt_timeline_view_dup_drag_dates (StoltTimelineView *self);

G_END_DECLS
