/* stolt-selection.h — the record selected in a window, shared by its pages
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Selecting a milestone in the Plan tab selects it in the Timeline and the
 * other way round: both pages watch one StoltSelection.
 */

#pragma once

#include "stolt-record.h"

G_BEGIN_DECLS

#define STOLT_TYPE_SELECTION (stolt_selection_get_type ())
G_DECLARE_FINAL_TYPE (StoltSelection, stolt_selection, STOLT, SELECTION, GObject)

StoltSelection *stolt_selection_new        (void);
StoltRecord    *stolt_selection_get_record (StoltSelection *self);
void            stolt_selection_set_record (StoltSelection *self,
                                            StoltRecord    *record);

G_END_DECLS
