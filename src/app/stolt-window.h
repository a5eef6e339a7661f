/* stolt-window.h — one window per open project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-application.h"
#include "stolt-document.h"
#include "stolt-export-dialog.h"
#include "stolt-plan-page.h"
#include "stolt-selection.h"
#include "stolt-swot-page.h"
#include "stolt-timeline-tab.h"
#include "stolt-workshop-timer.h"
#include "stolt-values-page.h"

G_BEGIN_DECLS

#define STOLT_TYPE_WINDOW (stolt_window_get_type ())
G_DECLARE_FINAL_TYPE (StoltWindow, stolt_window, STOLT, WINDOW, AdwApplicationWindow)

StoltWindow   *stolt_window_new           (StoltApplication *application,
                                           StoltDocument    *document);
StoltDocument *stolt_window_get_document  (StoltWindow      *self);
gboolean       stolt_window_is_pristine   (StoltWindow      *self);
void           stolt_window_set_document  (StoltWindow      *self,
                                           StoltDocument    *document);
void           stolt_window_show_error    (StoltWindow      *self,
                                           const char       *heading,
                                           const GError     *error);
StoltSelection *stolt_window_get_selection (StoltWindow     *self);
void           stolt_window_add_toast     (StoltWindow      *self,
                                           AdwToast         *toast);
StoltPlanPage  *stolt_window_get_plan_page (StoltWindow     *self);
StoltTimelineTab *stolt_window_get_timeline_tab (StoltWindow *self);
StoltWorkshopTimer *stolt_window_get_timer (StoltWindow     *self);
StoltExportDialog *stolt_window_export      (StoltWindow      *self);
StoltValuesPage  *stolt_window_get_values_page  (StoltWindow *self);
StoltSwotPage  *stolt_window_get_swot_page (StoltWindow     *self);

G_END_DECLS
