/* stolt-swot-matrix.h — the 2×2 SWOT matrix
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The four quadrants with the internal/external and helpful/harmful axes
 * and the dots the room has left.  It edits the analysis it is given
 * through the project (one undo step a change) and can be embedded
 * without the page around it: with :presenting it hides the editing
 * chrome and sets the type large for a projector, keeping quick entry and
 * voting.
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-enums.h"
#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_TYPE_SWOT_MATRIX (stolt_swot_matrix_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotMatrix, stolt_swot_matrix, STOLT, SWOT_MATRIX, GtkWidget)

GtkWidget         *stolt_swot_matrix_new            (void);
void               stolt_swot_matrix_set_analysis   (StoltSwotMatrix   *self,
                                                     StoltProject      *project,
                                                     StoltSwotAnalysis *analysis);
StoltSwotAnalysis *stolt_swot_matrix_get_analysis   (StoltSwotMatrix   *self);
gboolean           stolt_swot_matrix_get_presenting (StoltSwotMatrix   *self);
void               stolt_swot_matrix_set_presenting (StoltSwotMatrix   *self,
                                                     gboolean           presenting);
gboolean           stolt_swot_matrix_get_editable   (StoltSwotMatrix   *self);
void               stolt_swot_matrix_set_editable   (StoltSwotMatrix   *self,
                                                     gboolean           editable);
GtkWidget         *stolt_swot_matrix_get_quadrant   (StoltSwotMatrix   *self,
                                                     StoltQuadrant      quadrant);
gboolean           stolt_swot_matrix_focus_entry    (StoltSwotMatrix   *self,
                                                     StoltQuadrant      quadrant);
gboolean           stolt_swot_matrix_focus_item     (StoltSwotMatrix   *self,
                                                     StoltSwotItem     *item);
gboolean           stolt_swot_matrix_cluster        (StoltSwotMatrix   *self,
                                                     StoltSwotItem     *item,
                                                     StoltSwotItem     *lead);
void               stolt_swot_matrix_place          (StoltSwotMatrix   *self,
                                                     StoltSwotItem     *item,
                                                     StoltQuadrant      quadrant,
                                                     StoltSwotItem     *before);

gboolean           stolt_swot_matrix_get_two_columns (StoltSwotMatrix  *self);
int                stolt_swot_matrix_get_text_size  (StoltSwotMatrix  *self);

G_END_DECLS
