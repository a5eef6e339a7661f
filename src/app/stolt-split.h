/* stolt-split.h — a list beside its form that folds in a narrow window
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STOLT_TYPE_SPLIT (stolt_split_get_type ())
G_DECLARE_FINAL_TYPE (StoltSplit, stolt_split, STOLT, SPLIT, GtkWidget)

GtkWidget  *stolt_split_new            (GtkWidget  *start,
                                        GtkWidget  *end,
                                        const char *back_label);
gboolean    stolt_split_get_folded     (StoltSplit *self);
gboolean    stolt_split_get_end_shown  (StoltSplit *self);
void        stolt_split_show_end       (StoltSplit *self);
gboolean    stolt_split_go_back        (StoltSplit *self);
void        stolt_split_set_end_title  (StoltSplit *self,
                                        const char *title);
GtkWidget  *stolt_split_get_back_button (StoltSplit *self);

G_END_DECLS
