/* stolt-labels.h — the labels painters and reports print for enum values
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words are the model's own (src/core/stolt-enum-labels.c); this adds
 * what only printed matter needs: the "Late" status and the TOWS codes.
 */

#pragma once

#include <glib-object.h>

#include "stolt-enum-labels.h"
#include "stolt-plan-stats.h"

G_BEGIN_DECLS

const char *stolt_label_status               (StoltStatus        status,
                                              gboolean           late);
const char *stolt_label_quadrant             (StoltQuadrant      quadrant);
const char *stolt_label_strategy             (StoltStrategyKind  kind);
const char *stolt_label_strategy_description (StoltStrategyKind  kind);
const char *stolt_label_category             (StoltCategory      category);
const char *stolt_label_category_set         (StoltCategorySet   set);
const char *stolt_label_member_group         (StoltMemberGroup   group);

G_END_DECLS
