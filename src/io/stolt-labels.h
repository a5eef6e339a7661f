/* stolt-labels.h — the words exports use for the model's closed sets
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Translated names of statuses, measure categories, record kinds and
 * yes/no, as CSV and iCalendar exports write them and the CSV import
 * reads them back.
 */

#pragma once

#include <glib.h>

#include "stolt-enums.h"

G_BEGIN_DECLS

const char *stolt_labels_status       (StoltStatus    status);
const char *stolt_labels_category     (StoltCategory  category);
const char *stolt_labels_yes_no       (gboolean       yes);

G_END_DECLS
