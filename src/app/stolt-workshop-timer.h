/* stolt-workshop-timer.h — "discuss for 5 minutes"
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  STOLT_TIMER_IDLE,
  STOLT_TIMER_RUNNING,
  STOLT_TIMER_PAUSED,
  STOLT_TIMER_FINISHED,
} StoltTimerState;

#define STOLT_TYPE_WORKSHOP_TIMER (stolt_workshop_timer_get_type ())
G_DECLARE_FINAL_TYPE (StoltWorkshopTimer, stolt_workshop_timer, STOLT, WORKSHOP_TIMER, GObject)

StoltWorkshopTimer *stolt_workshop_timer_new           (void);
void                stolt_workshop_timer_start         (StoltWorkshopTimer *self,
                                                        guint               seconds);
void                stolt_workshop_timer_pause         (StoltWorkshopTimer *self);
void                stolt_workshop_timer_resume        (StoltWorkshopTimer *self);
void                stolt_workshop_timer_extend        (StoltWorkshopTimer *self,
                                                        guint               seconds);
void                stolt_workshop_timer_stop          (StoltWorkshopTimer *self);
StoltTimerState     stolt_workshop_timer_get_state     (StoltWorkshopTimer *self);
guint               stolt_workshop_timer_get_remaining (StoltWorkshopTimer *self);
char               *stolt_workshop_timer_format        (guint               seconds);
char               *stolt_workshop_timer_describe      (StoltWorkshopTimer *self);
gboolean            stolt_workshop_timer_parse         (const char         *text,
                                                        guint              *seconds);

/* For tests: move the clock on by @seconds */
void                _stolt_workshop_timer_advance      (StoltWorkshopTimer *self,
                                                        guint               seconds);

G_END_DECLS
