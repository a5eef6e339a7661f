/* stolt-csv-export.h — milestones and activities as CSV for spreadsheets
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stolt-csv-columns.h"
#include "stolt-export-options.h"
#include "stolt-project.h"

G_BEGIN_DECLS

char      stolt_csv_locale_delimiter (void);
GBytes   *stolt_csv_export_to_bytes  (StoltProject              *project,
                                      gboolean                   bom);
GBytes   *stolt_csv_export_options_to_bytes (StoltProject             *project,
                                              const StoltExportOptions *options);
gboolean  stolt_csv_export           (StoltProject              *project,
                                      const StoltExportOptions  *options,
                                      GFile                     *output,
                                      GError                   **error);

G_END_DECLS
