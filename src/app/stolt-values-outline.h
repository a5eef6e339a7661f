/* stolt-values-outline.h — the outline of the Values tab's document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-values-page.h"

G_BEGIN_DECLS

GtkWidget  *stolt_values_outline_new      (StoltValuesPage *page);
GtkListBox *stolt_values_outline_get_list (GtkWidget       *outline);

G_END_DECLS
