/* stolt-labels.c — the labels painters and reports print for enum values
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-enum-types.h"
#include "stolt-labels.h"

static const char *
label (GType type,
       int   value)
{
  const char *text = stolt_enum_get_label (type, value);

  return text != NULL ? text : "";
}

const char *
stolt_label_status (StoltStatus status,
                    gboolean    late)
{
  if (late)
    /* Translators: the status of a milestone or measure whose date has passed */
    return _("Late");
  return label (STOLT_TYPE_STATUS, status);
}

const char *
stolt_label_quadrant (StoltQuadrant quadrant)
{
  return label (STOLT_TYPE_QUADRANT, quadrant);
}

/* The TOWS codes are the same in every language */
const char *
stolt_label_strategy (StoltStrategyKind kind)
{
  static const char *const codes[] = { "SO", "ST", "WO", "WT" };

  return (guint) kind < G_N_ELEMENTS (codes) ? codes[kind] : "";
}

const char *
stolt_label_strategy_description (StoltStrategyKind kind)
{
  return label (STOLT_TYPE_STRATEGY_KIND, kind);
}

const char *
stolt_label_category (StoltCategory category)
{
  return label (STOLT_TYPE_CATEGORY, category);
}

const char *
stolt_label_category_set (StoltCategorySet set)
{
  return label (STOLT_TYPE_CATEGORY_SET, set);
}

const char *
stolt_label_member_group (StoltMemberGroup group)
{
  return label (STOLT_TYPE_MEMBER_GROUP, group);
}
