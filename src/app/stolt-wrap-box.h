/* stolt-wrap-box.h — a row of controls that wraps onto more lines
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A toolbar for narrow windows: its children sit side by side in their
 * order, and what does not fit goes on the next line.  Children that
 * expand share the room left on their line.  Its minimum width is its
 * widest child's, so a toolbar never holds a window wide.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STOLT_TYPE_WRAP_BOX (stolt_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (StoltWrapBox, stolt_wrap_box, STOLT, WRAP_BOX, GtkWidget)

GtkWidget *stolt_wrap_box_new          (int           spacing);
void       stolt_wrap_box_append       (StoltWrapBox *self,
                                        GtkWidget    *child);
guint      stolt_wrap_box_get_n_lines  (StoltWrapBox *self);
void       stolt_wrap_box_set_max_per_line (StoltWrapBox *self,
                                            guint         max,
                                            gboolean      homogeneous);

G_END_DECLS
