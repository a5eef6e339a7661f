/* stolt-ics-export.h — milestones and measure deadlines as iCalendar
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stolt-export-options.h"
#include "stolt-project.h"

G_BEGIN_DECLS

char     *stolt_ics_export_to_string (StoltProject              *project,
                                      GDateTime                 *stamp);
gboolean  stolt_ics_export           (StoltProject              *project,
                                      const StoltExportOptions  *options,
                                      GFile                     *output,
                                      GError                   **error);

G_END_DECLS
