/* stolt-csv-match.h — rows of a CSV import already in the project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For stolt-csv-import.c: which record of the project each checked row
 * is, if any, and whether the row would change it.
 */

#pragma once

#include "stolt-csv-rows.h"
#include "stolt-project.h"

G_BEGIN_DECLS

char       *stolt_csv_match_key         (const char    *title);
void        stolt_csv_match_items       (GPtrArray     *items,
                                         StoltProject  *project);

GHashTable *stolt_csv_phases_new        (StoltProject  *project);
gint64      stolt_csv_phase_for         (StoltProject  *project,
                                         GHashTable    *phases,
                                         const char    *title,
                                         GError       **error);

gboolean    stolt_csv_item_sync_fields  (StoltProject  *project,
                                         StoltCsvItem  *item,
                                         GHashTable    *phases,
                                         gboolean      *changed,
                                         GError       **error);
gboolean    stolt_csv_item_sync_links   (StoltProject  *project,
                                         StoltCsvItem  *item,
                                         gboolean       apply,
                                         gboolean      *changed,
                                         GError       **error);

G_END_DECLS
