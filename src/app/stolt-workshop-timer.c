/* stolt-workshop-timer.c — "discuss for 5 minutes"
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A countdown a facilitator starts in front of the room (seed 001: groups
 * discuss at stations for a few minutes, then report back).  It belongs
 * to a project window, so it keeps running when presentation mode ends.
 * The remaining time is counted from a deadline on the monotonic clock,
 * not by adding up ticks, so a busy main loop never makes it slow.
 */

#define G_LOG_DOMAIN "stolt-workshop-timer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "stolt-workshop-timer.h"

#define MAX_SECONDS (24 * 60 * 60)

struct _StoltWorkshopTimer
{
  GObject         parent_instance;

  StoltTimerState state;
  gint64          deadline;   /* monotonic µs, while running */
  guint           remaining;  /* seconds, while paused or idle */
  gint64          offset;     /* µs added by _stolt_workshop_timer_advance () */
  guint           tick_source;
};

enum
{
  PROP_0,
  PROP_STATE,
  PROP_REMAINING,
  N_PROPS
};

enum
{
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (StoltWorkshopTimer, stolt_workshop_timer, G_TYPE_OBJECT)

static gint64
now (StoltWorkshopTimer *self)
{
  return g_get_monotonic_time () + self->offset;
}

static guint
compute_remaining (StoltWorkshopTimer *self)
{
  gint64 left;

  if (self->state != STOLT_TIMER_RUNNING)
    return self->remaining;

  left = self->deadline - now (self);
  /* Round up: "0:01" shows until the last second has passed */
  return left <= 0 ? 0 : (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static void
set_state (StoltWorkshopTimer *self,
           StoltTimerState     state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
finish (StoltWorkshopTimer *self)
{
  self->remaining = 0;
  set_state (self, STOLT_TIMER_FINISHED);
  g_signal_emit (self, signals[FINISHED], 0);
}

static gboolean
tick_cb (gpointer user_data)
{
  StoltWorkshopTimer *self = user_data;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
  if (compute_remaining (self) > 0)
    return G_SOURCE_CONTINUE;

  self->tick_source = 0;
  finish (self);
  return G_SOURCE_REMOVE;
}

static void
run_from (StoltWorkshopTimer *self,
          guint               seconds)
{
  g_clear_handle_id (&self->tick_source, g_source_remove);
  self->deadline = now (self) + (gint64) seconds * G_USEC_PER_SEC;
  set_state (self, STOLT_TIMER_RUNNING);
  /* Four ticks a second, so the shown second changes on time */
  self->tick_source = g_timeout_add (250, tick_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

void
stolt_workshop_timer_start (StoltWorkshopTimer *self,
                            guint               seconds)
{
  g_return_if_fail (STOLT_IS_WORKSHOP_TIMER (self));
  g_return_if_fail (seconds > 0 && seconds <= MAX_SECONDS);

  run_from (self, seconds);
}

void
stolt_workshop_timer_pause (StoltWorkshopTimer *self)
{
  g_return_if_fail (STOLT_IS_WORKSHOP_TIMER (self));

  if (self->state != STOLT_TIMER_RUNNING)
    return;
  self->remaining = compute_remaining (self);
  g_clear_handle_id (&self->tick_source, g_source_remove);
  set_state (self, STOLT_TIMER_PAUSED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

void
stolt_workshop_timer_resume (StoltWorkshopTimer *self)
{
  g_return_if_fail (STOLT_IS_WORKSHOP_TIMER (self));

  if (self->state == STOLT_TIMER_PAUSED && self->remaining > 0)
    run_from (self, self->remaining);
}

/* More time: while it runs or is paused, or again after it finished */
void
stolt_workshop_timer_extend (StoltWorkshopTimer *self,
                             guint               seconds)
{
  guint total;

  g_return_if_fail (STOLT_IS_WORKSHOP_TIMER (self));

  total = MIN (compute_remaining (self) + seconds, MAX_SECONDS);
  switch (self->state)
    {
    case STOLT_TIMER_RUNNING:
    case STOLT_TIMER_FINISHED:
      run_from (self, total);
      break;
    case STOLT_TIMER_PAUSED:
      self->remaining = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
      break;
    case STOLT_TIMER_IDLE:
    default:
      break;
    }
}

void
stolt_workshop_timer_stop (StoltWorkshopTimer *self)
{
  g_return_if_fail (STOLT_IS_WORKSHOP_TIMER (self));

  g_clear_handle_id (&self->tick_source, g_source_remove);
  self->remaining = 0;
  set_state (self, STOLT_TIMER_IDLE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

StoltTimerState
stolt_workshop_timer_get_state (StoltWorkshopTimer *self)
{
  g_return_val_if_fail (STOLT_IS_WORKSHOP_TIMER (self), STOLT_TIMER_IDLE);

  return self->state;
}

guint
stolt_workshop_timer_get_remaining (StoltWorkshopTimer *self)
{
  g_return_val_if_fail (STOLT_IS_WORKSHOP_TIMER (self), 0);

  return compute_remaining (self);
}

/* "4:05", or "1:02:03" past an hour: digits read the same in every language */
char *
stolt_workshop_timer_format (guint seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

/* What a screen reader says: "4 minutes 5 seconds left" */
char *
stolt_workshop_timer_describe (StoltWorkshopTimer *self)
{
  guint left = stolt_workshop_timer_get_remaining (self);
  g_autofree char *minutes = NULL;
  g_autofree char *seconds = NULL;

  switch (self->state)
    {
    case STOLT_TIMER_IDLE:
      return g_strdup (_("Not started"));
    case STOLT_TIMER_FINISHED:
      return g_strdup (_("Time is up"));
    case STOLT_TIMER_RUNNING:
    case STOLT_TIMER_PAUSED:
    default:
      break;
    }

  minutes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", left / 60),
                             left / 60);
  seconds = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", left % 60),
                             left % 60);
  if (self->state == STOLT_TIMER_PAUSED)
    /* Translators: the minutes, then the seconds of a paused workshop timer */
    return g_strdup_printf (_("%s %s left, paused"), minutes, seconds);
  /* Translators: the minutes, then the seconds a workshop timer has left */
  return g_strdup_printf (_("%s %s left"), minutes, seconds);
}

/* A typed duration: "5" (minutes), "5:30", "90s", "2m", "1h" */
gboolean
stolt_workshop_timer_parse (const char *text,
                            guint      *seconds)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *colon = strchr (clean, ':');
  char *end = NULL;
  guint64 value, total;

  if (*clean == '\0' || !g_ascii_isdigit (*clean))
    return FALSE;

  value = g_ascii_strtoull (clean, &end, 10);
  if (colon != NULL)
    {
      guint64 secs;

      if (end != colon || !g_ascii_isdigit (colon[1]))
        return FALSE;
      secs = g_ascii_strtoull (colon + 1, &end, 10);
      if (*end != '\0' || secs >= 60 || end - colon != 3)
        return FALSE;
      total = value * 60 + secs;
    }
  else if (*end == '\0' || g_ascii_strcasecmp (end, "m") == 0 || g_ascii_strcasecmp (end, "min") == 0)
    total = value * 60;
  else if (g_ascii_strcasecmp (end, "s") == 0)
    total = value;
  else if (g_ascii_strcasecmp (end, "h") == 0 || g_ascii_strcasecmp (end, "t") == 0)
    total = value * 3600;
  else
    return FALSE;

  if (total == 0 || total > MAX_SECONDS || value > MAX_SECONDS)
    return FALSE;
  *seconds = (guint) total;
  return TRUE;
}

void
_stolt_workshop_timer_advance (StoltWorkshopTimer *self,
                               guint               seconds)
{
  self->offset += (gint64) seconds * G_USEC_PER_SEC;
  if (self->state != STOLT_TIMER_RUNNING)
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
  if (compute_remaining (self) == 0)
    {
      g_clear_handle_id (&self->tick_source, g_source_remove);
      finish (self);
    }
}

static void
stolt_workshop_timer_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  StoltWorkshopTimer *self = STOLT_WORKSHOP_TIMER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, compute_remaining (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_workshop_timer_finalize (GObject *object)
{
  StoltWorkshopTimer *self = STOLT_WORKSHOP_TIMER (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);

  G_OBJECT_CLASS (stolt_workshop_timer_parent_class)->finalize (object);
}

static void
stolt_workshop_timer_class_init (StoltWorkshopTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = stolt_workshop_timer_get_property;
  object_class->finalize = stolt_workshop_timer_finalize;

  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, STOLT_TIMER_IDLE,
                                             STOLT_TIMER_FINISHED, STOLT_TIMER_IDLE, flags);
  properties[PROP_REMAINING] = g_param_spec_uint ("remaining", NULL, NULL, 0, MAX_SECONDS, 0,
                                                  flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
stolt_workshop_timer_init (StoltWorkshopTimer *self)
{
}

StoltWorkshopTimer *
stolt_workshop_timer_new (void)
{
  return g_object_new (STOLT_TYPE_WORKSHOP_TIMER, NULL);
}
