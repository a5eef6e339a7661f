/* stolt-timeline-tab.h — the Timeline tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart with its zoom, fit, today and print commands.
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"
#include "stolt-selection.h"
#include "stolt-timeline-view.h"

G_BEGIN_DECLS

#define STOLT_TYPE_TIMELINE_TAB (stolt_timeline_tab_get_type ())
G_DECLARE_FINAL_TYPE (StoltTimelineTab, stolt_timeline_tab, STOLT, TIMELINE_TAB, GtkWidget)

void               stolt_timeline_tab_set_project   (StoltTimelineTab *self,
                                                      StoltProject      *project);
void               stolt_timeline_tab_set_selection (StoltTimelineTab *self,
                                                      StoltSelection    *selection);
void               stolt_timeline_tab_set_editable  (StoltTimelineTab *self,
                                                      gboolean           editable);
StoltTimelineView *stolt_timeline_tab_get_view      (StoltTimelineTab *self);
GtkPrintOperation *stolt_timeline_tab_new_print     (StoltTimelineTab *self);

G_END_DECLS
