/* stolt-timeline-view.h — the Gantt chart widget of the Timeline tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a StoltTimelineLayout (src/render) drawn by the one timeline
 * painter with colours from the style.  Scrolls and zooms (Ctrl+scroll,
 * pinch, Ctrl+plus/minus, Ctrl+0 fits the project); drags a bar to move
 * it, its ends to resize it, a diamond to move a milestone — one undo
 * step each, snapped to days; the same from the keyboard with Shift and
 * Ctrl+Shift+arrows.  The selection is the window's StoltSelection.
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"
#include "stolt-selection.h"
#include "stolt-timeline-layout.h"

G_BEGIN_DECLS

#define STOLT_TYPE_TIMELINE_VIEW (stolt_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (StoltTimelineView, stolt_timeline_view, STOLT, TIMELINE_VIEW, GtkWidget)

GtkWidget *stolt_timeline_view_new             (void);
void       stolt_timeline_view_set_project     (StoltTimelineView  *self,
                                                StoltProject       *project);
void       stolt_timeline_view_set_selection   (StoltTimelineView  *self,
                                                StoltSelection     *selection);
void       stolt_timeline_view_set_editable    (StoltTimelineView  *self,
                                                gboolean            editable);
void       stolt_timeline_view_zoom_by         (StoltTimelineView  *self,
                                                double              factor);
void       stolt_timeline_view_fit             (StoltTimelineView  *self);
void       stolt_timeline_view_go_to_today     (StoltTimelineView  *self);
double     stolt_timeline_view_get_pixels_per_day (StoltTimelineView *self);
gboolean   stolt_timeline_view_get_item_rect   (StoltTimelineView  *self,
                                                gint64              id,
                                                cairo_rectangle_t  *rect);
gint64     stolt_timeline_view_get_selected_id (StoltTimelineView  *self);
StoltTimelineIndex *stolt_timeline_view_get_index (StoltTimelineView *self);

G_END_DECLS
