/* stolt-swot-quadrant.h — one quadrant of the SWOT matrix
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its title, its items (a list that scrolls by itself) and an entry for
 * quick entry.  Each item is a StoltSwotItemRow (stolt-swot-item-row.h)
 * with its votes, its weight, +/− buttons, a menu and the keys of the
 * SWOT tab (F2, Delete, Alt+arrows, +/−, 1–5, Ctrl+G, Ctrl+Shift+G).
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-enums.h"
#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_TYPE_SWOT_QUADRANT (stolt_swot_quadrant_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotQuadrant, stolt_swot_quadrant, STOLT, SWOT_QUADRANT, GtkWidget)

GtkWidget     *stolt_swot_quadrant_new          (StoltQuadrant      quadrant);
StoltQuadrant  stolt_swot_quadrant_get_quadrant (StoltSwotQuadrant *self);
StoltQuadrant  stolt_swot_quadrant_neighbour    (StoltQuadrant      quadrant,
                                                 int                delta);
void           stolt_swot_quadrant_set_analysis (StoltSwotQuadrant *self,
                                                 StoltProject      *project,
                                                 StoltSwotAnalysis *analysis);
void           stolt_swot_quadrant_sync         (StoltSwotQuadrant *self);
void           stolt_swot_quadrant_update_item  (StoltSwotQuadrant *self,
                                                 StoltSwotItem     *item);
void           stolt_swot_quadrant_update_all   (StoltSwotQuadrant *self);
void           stolt_swot_quadrant_update_leads (StoltSwotQuadrant *self,
                                                 StoltSwotItem     *lead);
gboolean       stolt_swot_quadrant_focus_item   (StoltSwotQuadrant *self,
                                                 StoltSwotItem     *item);
StoltSwotItem *stolt_swot_quadrant_get_item_at  (StoltSwotQuadrant *self,
                                                 int                index);
int            stolt_swot_quadrant_get_position (StoltSwotQuadrant *self,
                                                 StoltSwotItem     *item);
void           stolt_swot_quadrant_set_presenting (StoltSwotQuadrant *self,
                                                   gboolean           presenting);
GtkWidget     *stolt_swot_quadrant_get_entry    (StoltSwotQuadrant *self);
GtkWidget     *stolt_swot_quadrant_get_list     (StoltSwotQuadrant *self);
/* The row bound to @item: NULL while the item is out of view */
GtkWidget     *stolt_swot_quadrant_get_row      (StoltSwotQuadrant *self,
                                                 StoltSwotItem     *item);
gboolean       stolt_swot_quadrant_start_editing (StoltSwotQuadrant *self,
                                                  StoltSwotItem     *item);
guint          stolt_swot_quadrant_get_n_items  (StoltSwotQuadrant *self);
int            stolt_swot_quadrant_get_list_height (StoltSwotQuadrant *self);
gboolean       stolt_swot_quadrant_measure_row  (StoltSwotQuadrant *self,
                                                 PangoLayout       *layout,
                                                 guint              index,
                                                 int                size,
                                                 int               *height);

G_END_DECLS
