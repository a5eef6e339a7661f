/* stolt-labels.h — what the closed sets of values are called
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The translated label of every value of the model's enums (statuses,
 * quadrants, strategies, categories, member groups), for the exporters
 * and the app alike.  GLib and gettext only.
 */

#pragma once

#include <glib-object.h>

#include "stolt-enums.h"

G_BEGIN_DECLS

const char          *stolt_label_for_enum      (GType              enum_type,
                                                int                value);
const char          *stolt_label_status        (StoltStatus        status,
                                                gboolean           late);
const char          *stolt_label_quadrant      (StoltQuadrant      quadrant);
const char          *stolt_label_strategy      (StoltStrategyKind  kind);
const char          *stolt_label_strategy_description (StoltStrategyKind kind);
const char          *stolt_label_category      (StoltCategory      category);
const char          *stolt_label_category_set  (StoltCategorySet   set);
const char          *stolt_label_member_group  (StoltMemberGroup   group);

const StoltCategory *stolt_categories_for_set  (StoltCategorySet   set,
                                                guint             *n_categories);
gboolean             stolt_status_is_late      (int                status,
                                                guint32            due,
                                                guint32            today);

G_END_DECLS
