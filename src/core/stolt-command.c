/* stolt-command.c — one undoable change
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-command"

#include "config.h"

#include "stolt-command.h"

typedef struct
{
  char  *label;
  gint64 time;   /* monotonic µs of the last change folded in */
} StoltCommandPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StoltCommand, stolt_command, G_TYPE_OBJECT)

static void
stolt_command_finalize (GObject *object)
{
  StoltCommandPrivate *priv = stolt_command_get_instance_private (STOLT_COMMAND (object));

  g_clear_pointer (&priv->label, g_free);

  G_OBJECT_CLASS (stolt_command_parent_class)->finalize (object);
}

static gboolean
stolt_command_real_merge (StoltCommand *self,
                          StoltCommand *next)
{
  return FALSE;
}

static void
stolt_command_class_init (StoltCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stolt_command_finalize;
  klass->merge = stolt_command_real_merge;
}

static void
stolt_command_init (StoltCommand *self)
{
  StoltCommandPrivate *priv = stolt_command_get_instance_private (self);

  priv->time = g_get_monotonic_time ();
}

void
stolt_command_apply (StoltCommand *self)
{
  g_return_if_fail (STOLT_IS_COMMAND (self));

  STOLT_COMMAND_GET_CLASS (self)->apply (self);
}

void
stolt_command_revert (StoltCommand *self)
{
  g_return_if_fail (STOLT_IS_COMMAND (self));

  STOLT_COMMAND_GET_CLASS (self)->revert (self);
}

/**
 * stolt_command_merge:
 * @self: the command on top of the stack
 * @next: a command just applied after it
 *
 * Returns: %TRUE if @self now also stands for @next, so that one undo
 *   takes back both (a typing burst, a drag)
 */
gboolean
stolt_command_merge (StoltCommand *self,
                     StoltCommand *next)
{
  StoltCommandPrivate *priv = stolt_command_get_instance_private (self);

  g_return_val_if_fail (STOLT_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (STOLT_IS_COMMAND (next), FALSE);

  if (!STOLT_COMMAND_GET_CLASS (self)->merge (self, next))
    return FALSE;

  priv->time = stolt_command_get_time (next);
  return TRUE;
}

const char *
stolt_command_get_label (StoltCommand *self)
{
  StoltCommandPrivate *priv = stolt_command_get_instance_private (self);

  g_return_val_if_fail (STOLT_IS_COMMAND (self), NULL);

  return priv->label != NULL ? priv->label : "";
}

void
stolt_command_set_label (StoltCommand *self,
                         const char   *label)
{
  StoltCommandPrivate *priv = stolt_command_get_instance_private (self);

  g_return_if_fail (STOLT_IS_COMMAND (self));

  g_free (priv->label);
  priv->label = g_strdup (label);
}

gint64
stolt_command_get_time (StoltCommand *self)
{
  StoltCommandPrivate *priv = stolt_command_get_instance_private (self);

  g_return_val_if_fail (STOLT_IS_COMMAND (self), 0);

  return priv->time;
}
