/* stolt-preferences-window.h
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STOLT_TYPE_PREFERENCES_WINDOW (stolt_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (StoltPreferencesWindow, stolt_preferences_window, STOLT,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *stolt_preferences_window_new (GtkWindow *parent,
                                         GSettings *settings);

G_END_DECLS
