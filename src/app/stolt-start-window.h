/* stolt-start-window.h — where Stolt starts when no project is open
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-session.h"

G_BEGIN_DECLS

#define STOLT_TYPE_START_WINDOW (stolt_start_window_get_type ())
G_DECLARE_FINAL_TYPE (StoltStartWindow, stolt_start_window, STOLT, START_WINDOW, AdwApplicationWindow)

StoltStartWindow *stolt_start_window_new (GtkApplication *application,
                                          StoltSession   *session);

G_END_DECLS
