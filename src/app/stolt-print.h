/* stolt-print.h — printing the whole report
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"

G_BEGIN_DECLS

GtkPrintOperation *stolt_print_report_new (StoltProject *project);

G_END_DECLS
