/* stolt-swot-strategies.h — TOWS strategies of a SWOT analysis
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SO, ST, WO and WT strategies, each combining an internal and an
 * external item picked from the matrix, and "Make Measure", which turns
 * one into a measure of the action programme linked to it.
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-enums.h"
#include "stolt-project.h"
#include "stolt-selection.h"

G_BEGIN_DECLS

#define STOLT_TYPE_SWOT_STRATEGIES (stolt_swot_strategies_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotStrategies, stolt_swot_strategies, STOLT, SWOT_STRATEGIES, GtkWidget)

GtkWidget   *stolt_swot_strategies_new           (void);
void         stolt_swot_strategies_set_analysis  (StoltSwotStrategies *self,
                                                  StoltProject        *project,
                                                  StoltSwotAnalysis   *analysis);
void         stolt_swot_strategies_set_selection (StoltSwotStrategies *self,
                                                  StoltSelection      *selection);
void         stolt_swot_strategies_set_editable  (StoltSwotStrategies *self,
                                                  gboolean             editable);
GtkWidget   *stolt_swot_strategies_get_entry     (StoltSwotStrategies *self,
                                                  StoltStrategyKind    kind);
GtkDropDown *stolt_swot_strategies_get_picker    (StoltSwotStrategies *self,
                                                  StoltStrategyKind    kind,
                                                  gboolean             external);
GtkWidget   *stolt_swot_strategies_get_list      (StoltSwotStrategies *self,
                                                  StoltStrategyKind    kind);

G_END_DECLS
