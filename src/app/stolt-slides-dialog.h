/* stolt-slides-dialog.h — the order of the presentation's slides
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_TYPE_SLIDES_DIALOG (stolt_slides_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StoltSlidesDialog, stolt_slides_dialog, STOLT, SLIDES_DIALOG, AdwWindow)

StoltSlidesDialog *stolt_slides_dialog_new       (GtkWindow         *parent,
                                                  StoltProject      *project);
/* The row of @key, or NULL: for tests */
GtkWidget         *stolt_slides_dialog_get_row   (StoltSlidesDialog *self,
                                                  const char        *key);
GtkListBox        *stolt_slides_dialog_get_list  (StoltSlidesDialog *self);

G_END_DECLS
