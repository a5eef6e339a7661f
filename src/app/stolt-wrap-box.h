/* stolt-wrap-box.h — a row of buttons that wraps onto more lines when narrow
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STOLT_TYPE_WRAP_BOX (stolt_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (StoltWrapBox, stolt_wrap_box, STOLT, WRAP_BOX, GtkWidget)

GtkWidget *stolt_wrap_box_new         (int           spacing);
void       stolt_wrap_box_append      (StoltWrapBox *self,
                                       GtkWidget    *child);
guint      stolt_wrap_box_get_n_lines (StoltWrapBox *self);

G_END_DECLS
