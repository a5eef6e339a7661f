/* stolt-print.h — printing the whole report, or one values document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"
#include "stolt-records.h"

G_BEGIN_DECLS

GtkPrintOperation *stolt_print_report_new (StoltProject        *project);
GtkPrintOperation *stolt_print_values_new (StoltProject        *project,
                                           StoltValuesDocument *document);

G_END_DECLS
