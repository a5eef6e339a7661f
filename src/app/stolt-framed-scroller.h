/* stolt-framed-scroller.h — a form's scrolled, clamped column
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *stolt_framed_scroller_new (GtkWidget *child);

G_END_DECLS
