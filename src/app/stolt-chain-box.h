/* stolt-chain-box.h — boxes in a row with arrows between, a column when narrow
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STOLT_TYPE_CHAIN_BOX (stolt_chain_box_get_type ())
G_DECLARE_FINAL_TYPE (StoltChainBox, stolt_chain_box, STOLT, CHAIN_BOX, GtkWidget)

GtkWidget *stolt_chain_box_new          (int            box_width);
void       stolt_chain_box_append       (StoltChainBox *self,
                                         GtkWidget     *child);
gboolean   stolt_chain_box_get_vertical (StoltChainBox *self);

G_END_DECLS
