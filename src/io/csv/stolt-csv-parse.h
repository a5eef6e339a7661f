/* stolt-csv-parse.h — reading the values of one CSV cell
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What people type into spreadsheets in Sweden and Norway (and what
 * Excel writes back): dates as 2026-09-14, 14.09.2026 or 14/9/2026,
 * numbers with a decimal comma or point, and column names, kinds,
 * statuses and yes/no in English, Swedish or Norwegian.
 */

#pragma once

#include <glib.h>

#include "stolt-csv-columns.h"
#include "stolt-enums.h"

G_BEGIN_DECLS

typedef gboolean (*StoltCsvSeparatorFunc) (gunichar c);

char           *stolt_csv_collapse_runs      (const char           *text,
                                              StoltCsvSeparatorFunc is_separator);
char           *stolt_csv_parse_key          (const char  *text);
StoltCsvColumn  stolt_csv_parse_column_name  (const char  *header);
gboolean        stolt_csv_parse_date         (const char  *text,
                                              guint32     *julian);
gboolean        stolt_csv_parse_number       (const char  *text,
                                              double      *number);
gboolean        stolt_csv_parse_percent      (const char  *text,
                                              double      *number);
gboolean        stolt_csv_parse_kind         (const char  *text,
                                              gboolean    *milestone);
gboolean        stolt_csv_parse_status       (const char  *text,
                                              StoltStatus *status);
gboolean        stolt_csv_parse_yes_no       (const char  *text,
                                              gboolean    *yes);

G_END_DECLS
