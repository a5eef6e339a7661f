/* stolt-labels.c — the words exports use for the model's closed sets
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-labels.h"

static const char *const status_labels[] = {
  [STOLT_STATUS_PLANNED] = N_("Planned"),
  [STOLT_STATUS_IN_PROGRESS] = N_("In progress"),
  [STOLT_STATUS_DONE] = N_("Done"),
};

static const char *const category_labels[] = {
  [STOLT_CATEGORY_NONE] = "",
  [STOLT_CATEGORY_MOBILISE] = N_("Mobilise"),
  [STOLT_CATEGORY_ATTRACT] = N_("Attract"),
  [STOLT_CATEGORY_RECRUIT] = N_("Recruit"),
  [STOLT_CATEGORY_DEVELOP] = N_("Develop"),
  [STOLT_CATEGORY_RETAIN] = N_("Retain"),
  [STOLT_CATEGORY_PHASE_OUT] = N_("Phase out"),
};

/* Returns: (transfer none): the translated name, "" for none */
const char *
stolt_labels_status (StoltStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_labels))
    return "";
  return _(status_labels[status]);
}

const char *
stolt_labels_category (StoltCategory category)
{
  if ((guint) category >= G_N_ELEMENTS (category_labels) || category == STOLT_CATEGORY_NONE)
    return "";
  return _(category_labels[category]);
}

const char *
stolt_labels_yes_no (gboolean yes)
{
  return yes ? _("Yes") : _("No");
}
