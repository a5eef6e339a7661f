/* stolt-accessible.h — accessible names that read as the user sees them
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void stolt_accessible_watch_mnemonics (void);
void stolt_accessible_name_from_label (GtkWidget *widget);

G_END_DECLS
