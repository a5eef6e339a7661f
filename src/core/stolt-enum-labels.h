/* stolt-enum-labels.h — what users call the values of the model's enums
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the field labels of the record tables, these are the model's own
 * words, translated; views and exporters show them, nobody parses them.
 */

#pragma once

#include <glib-object.h>

#include "stolt-enums.h"

G_BEGIN_DECLS

const char *stolt_enum_get_label      (GType             enum_type,
                                       int               value);
gboolean    stolt_category_in_set     (StoltCategorySet  set,
                                       StoltCategory     category);
guint       stolt_category_set_list   (StoltCategorySet  set,
                                       StoltCategory    *categories,
                                       guint             n_categories);

G_END_DECLS
