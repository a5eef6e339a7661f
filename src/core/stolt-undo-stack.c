/* stolt-undo-stack.c — one undo history per project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Commands arrive already applied.  The stack remembers how deep it was
 * when the project was last saved, so "modified" is derived, not kept:
 * undoing back to the saved state makes the project unmodified again.
 */

#define G_LOG_DOMAIN "stolt-undo-stack"

#include "config.h"

#include "stolt-undo-stack.h"

/* Saved at a depth no longer reachable (history rewritten since) */
#define SAVED_UNREACHABLE G_MAXUINT

struct _StoltUndoStack
{
  GObject    parent_instance;

  GPtrArray *undo;   /* oldest first */
  GPtrArray *redo;   /* next to redo last */
  guint      saved_depth;
  gboolean   sealed;
};

G_DEFINE_FINAL_TYPE (StoltUndoStack, stolt_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stolt_undo_stack_finalize (GObject *object)
{
  StoltUndoStack *self = STOLT_UNDO_STACK (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (stolt_undo_stack_parent_class)->finalize (object);
}

static void
stolt_undo_stack_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StoltUndoStack *self = STOLT_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, stolt_undo_stack_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, stolt_undo_stack_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, stolt_undo_stack_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, stolt_undo_stack_get_redo_label (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, stolt_undo_stack_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_undo_stack_class_init (StoltUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = stolt_undo_stack_finalize;
  object_class->get_property = stolt_undo_stack_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stolt_undo_stack_init (StoltUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo = g_ptr_array_new_with_free_func (g_object_unref);
}

StoltUndoStack *
stolt_undo_stack_new (void)
{
  return g_object_new (STOLT_TYPE_UNDO_STACK, NULL);
}

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
  gpointer undo_top;
  gpointer redo_top;
} State;

static State
stolt_undo_stack_state (StoltUndoStack *self)
{
  State state = {
    stolt_undo_stack_get_can_undo (self),
    stolt_undo_stack_get_can_redo (self),
    stolt_undo_stack_get_modified (self),
    self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL,
    self->redo->len > 0 ? g_ptr_array_index (self->redo, self->redo->len - 1) : NULL,
  };

  return state;
}

/* Notify what changed between @before and now, and only that */
static void
stolt_undo_stack_notify (StoltUndoStack *self,
                         const State    *before,
                         gboolean        top_changed)
{
  State after = stolt_undo_stack_state (self);

  if (before->can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (top_changed || before->undo_top != after.undo_top)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (before->redo_top != after.redo_top)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  if (before->modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/**
 * stolt_undo_stack_push:
 * @command: (transfer full): a command that has just been applied
 *
 * Folds @command into the top command when they are one gesture, else
 * puts it on top.  Either way the redo history is gone.
 */
void
stolt_undo_stack_push (StoltUndoStack *self,
                       StoltCommand   *command)
{
  State before;
  StoltCommand *top;
  gboolean merged = FALSE;

  g_return_if_fail (STOLT_IS_UNDO_STACK (self));
  g_return_if_fail (STOLT_IS_COMMAND (command));

  before = stolt_undo_stack_state (self);
  top = self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;

  if (self->saved_depth > self->undo->len && self->saved_depth != SAVED_UNREACHABLE)
    self->saved_depth = SAVED_UNREACHABLE;
  g_ptr_array_set_size (self->redo, 0);

  if (top != NULL && !self->sealed && stolt_command_merge (top, command))
    {
      /* The saved state was the one before the merge: gone now */
      if (self->saved_depth == self->undo->len)
        self->saved_depth = SAVED_UNREACHABLE;
      g_object_unref (command);
      merged = TRUE;
    }
  else
    g_ptr_array_add (self->undo, command);

  self->sealed = FALSE;
  stolt_undo_stack_notify (self, &before, merged);
}

gboolean
stolt_undo_stack_undo (StoltUndoStack *self)
{
  State before;
  StoltCommand *command;

  g_return_val_if_fail (STOLT_IS_UNDO_STACK (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;

  before = stolt_undo_stack_state (self);
  command = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  stolt_command_revert (command);
  g_ptr_array_add (self->redo, command);
  self->sealed = TRUE;

  stolt_undo_stack_notify (self, &before, FALSE);
  return TRUE;
}

gboolean
stolt_undo_stack_redo (StoltUndoStack *self)
{
  State before;
  StoltCommand *command;

  g_return_val_if_fail (STOLT_IS_UNDO_STACK (self), FALSE);

  if (self->redo->len == 0)
    return FALSE;

  before = stolt_undo_stack_state (self);
  command = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  stolt_command_apply (command);
  g_ptr_array_add (self->undo, command);
  self->sealed = TRUE;

  stolt_undo_stack_notify (self, &before, FALSE);
  return TRUE;
}

gboolean
stolt_undo_stack_get_can_undo (StoltUndoStack *self)
{
  g_return_val_if_fail (STOLT_IS_UNDO_STACK (self), FALSE);

  return self->undo->len > 0;
}

gboolean
stolt_undo_stack_get_can_redo (StoltUndoStack *self)
{
  g_return_val_if_fail (STOLT_IS_UNDO_STACK (self), FALSE);

  return self->redo->len > 0;
}

/* Returns: (nullable): what Undo would take back, e.g. "Move Milestone" */
const char *
stolt_undo_stack_get_undo_label (StoltUndoStack *self)
{
  g_return_val_if_fail (STOLT_IS_UNDO_STACK (self), NULL);

  if (self->undo->len == 0)
    return NULL;

  return stolt_command_get_label (g_ptr_array_index (self->undo, self->undo->len - 1));
}

const char *
stolt_undo_stack_get_redo_label (StoltUndoStack *self)
{
  g_return_val_if_fail (STOLT_IS_UNDO_STACK (self), NULL);

  if (self->redo->len == 0)
    return NULL;

  return stolt_command_get_label (g_ptr_array_index (self->redo, self->redo->len - 1));
}

gboolean
stolt_undo_stack_get_modified (StoltUndoStack *self)
{
  g_return_val_if_fail (STOLT_IS_UNDO_STACK (self), FALSE);

  return self->saved_depth != self->undo->len;
}

void
stolt_undo_stack_mark_saved (StoltUndoStack *self)
{
  State before;

  g_return_if_fail (STOLT_IS_UNDO_STACK (self));

  before = stolt_undo_stack_state (self);
  self->saved_depth = self->undo->len;
  self->sealed = TRUE;
  stolt_undo_stack_notify (self, &before, FALSE);
}

/* The next command starts a new step, however soon it comes */
void
stolt_undo_stack_seal (StoltUndoStack *self)
{
  g_return_if_fail (STOLT_IS_UNDO_STACK (self));

  self->sealed = TRUE;
}

void
stolt_undo_stack_clear (StoltUndoStack *self)
{
  State before;

  g_return_if_fail (STOLT_IS_UNDO_STACK (self));

  before = stolt_undo_stack_state (self);
  if (self->saved_depth != self->undo->len)
    self->saved_depth = SAVED_UNREACHABLE;
  else
    self->saved_depth = 0;
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  stolt_undo_stack_notify (self, &before, FALSE);
}
