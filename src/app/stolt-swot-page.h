/* stolt-swot-page.h — the SWOT tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project's SWOT analyses: choose, add, rename, duplicate, delete;
 * scope and date; the dot-voting round; the matrix and the TOWS
 * strategies; export and copy as text.
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"
#include "stolt-selection.h"
#include "stolt-swot-matrix.h"
#include "stolt-swot-strategies.h"

G_BEGIN_DECLS

#define STOLT_TYPE_SWOT_PAGE (stolt_swot_page_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotPage, stolt_swot_page, STOLT, SWOT_PAGE, GtkWidget)

void                 stolt_swot_page_set_project    (StoltSwotPage     *self,
                                                     StoltProject      *project);
void                 stolt_swot_page_set_selection  (StoltSwotPage     *self,
                                                     StoltSelection    *selection);
void                 stolt_swot_page_set_editable   (StoltSwotPage     *self,
                                                     gboolean           editable);
StoltSwotAnalysis   *stolt_swot_page_get_analysis   (StoltSwotPage     *self);
void                 stolt_swot_page_show_analysis  (StoltSwotPage     *self,
                                                     StoltSwotAnalysis *analysis);
StoltSwotMatrix     *stolt_swot_page_get_matrix     (StoltSwotPage     *self);
StoltSwotStrategies *stolt_swot_page_get_strategies (StoltSwotPage     *self);
void                 stolt_swot_page_show_view      (StoltSwotPage     *self,
                                                     const char        *name);

G_END_DECLS
