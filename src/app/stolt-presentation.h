/* stolt-presentation.h — the project on a projector, for a workshop
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-project.h"
#include "stolt-workshop-timer.h"

G_BEGIN_DECLS

#define STOLT_TYPE_PRESENTATION (stolt_presentation_get_type ())
G_DECLARE_FINAL_TYPE (StoltPresentation, stolt_presentation, STOLT, PRESENTATION, AdwWindow)

StoltPresentation *stolt_presentation_new            (GtkWindow          *parent,
                                                      StoltProject       *project,
                                                      StoltWorkshopTimer *timer,
                                                      gboolean            editable);
guint              stolt_presentation_get_n_slides   (StoltPresentation  *self);
guint              stolt_presentation_get_position   (StoltPresentation  *self);
const char        *stolt_presentation_get_slide_name (StoltPresentation  *self);
void               stolt_presentation_go_to          (StoltPresentation  *self,
                                                      guint               position);
void               stolt_presentation_set_high_contrast (StoltPresentation *self,
                                                         gboolean           high_contrast);

G_END_DECLS
