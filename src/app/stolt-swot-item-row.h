/* stolt-swot-item-row.h — one item of a SWOT quadrant's list
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"

G_BEGIN_DECLS

/* The room between a row's text, weight, votes and buttons, in px */
#define STOLT_SWOT_ITEM_ROW_SPACING 6

#define STOLT_TYPE_SWOT_ITEM_ROW (stolt_swot_item_row_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotItemRow, stolt_swot_item_row, STOLT, SWOT_ITEM_ROW, GtkWidget)

GtkWidget     *stolt_swot_item_row_new             (void);
void           stolt_swot_item_row_bind            (StoltSwotItemRow *self,
                                                    StoltProject     *project,
                                                    StoltSwotItem    *item);
void           stolt_swot_item_row_unbind          (StoltSwotItemRow *self);
StoltSwotItem *stolt_swot_item_row_get_item        (StoltSwotItemRow *self);
gboolean       stolt_swot_item_row_has_members     (StoltSwotItemRow *self);
/* Shows the item with @grouped, the items grouped under it */
void           stolt_swot_item_row_show            (StoltSwotItemRow *self,
                                                    GPtrArray        *grouped);
/* Shows the item, looking for the items grouped under it */
void           stolt_swot_item_row_update          (StoltSwotItemRow *self);
void           stolt_swot_item_row_start_editing   (StoltSwotItemRow *self);
void           stolt_swot_item_row_measure_buttons (StoltSwotItemRow *self,
                                                    int              *width,
                                                    int              *height);
char          *stolt_swot_item_row_members_text    (GPtrArray        *members);
const char    *stolt_swot_item_row_weight_mark     (int               weight);

G_END_DECLS
