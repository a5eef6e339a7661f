/* stolt-timer-display.h — the workshop timer, shown and worked
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-workshop-timer.h"

G_BEGIN_DECLS

#define STOLT_TYPE_TIMER_DISPLAY (stolt_timer_display_get_type ())
G_DECLARE_FINAL_TYPE (StoltTimerDisplay, stolt_timer_display, STOLT, TIMER_DISPLAY, GtkWidget)

StoltTimerDisplay *stolt_timer_display_new        (StoltWorkshopTimer *timer,
                                                   gboolean            large);
const char        *stolt_timer_display_get_text   (StoltTimerDisplay  *self);

G_END_DECLS
