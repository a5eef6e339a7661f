/* stolt-commands.c — the kinds of undoable change
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-command"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-commands-private.h"
#include "stolt-project-private.h"

/* Edits of one field closer together than this are one undo step: a
 * burst of typing, or the many small moves of one drag. */
#define MERGE_WINDOW_USEC (1500 * G_TIME_SPAN_MILLISECOND)

/* Set a field */

#define STOLT_TYPE_SET_COMMAND (stolt_set_command_get_type ())
G_DECLARE_FINAL_TYPE (StoltSetCommand, stolt_set_command, STOLT, SET_COMMAND, StoltCommand)

struct _StoltSetCommand
{
  StoltCommand      parent_instance;

  StoltProject     *project;  /* borrowed */
  StoltRecord      *record;
  const StoltField *field;
  GValue            old_value;
  GValue            new_value;
};

G_DEFINE_FINAL_TYPE (StoltSetCommand, stolt_set_command, STOLT_TYPE_COMMAND)

static void
stolt_set_command_apply (StoltCommand *command)
{
  StoltSetCommand *self = STOLT_SET_COMMAND (command);

  _stolt_project_apply_value (self->project, self->record, self->field, &self->new_value);
}

static void
stolt_set_command_revert (StoltCommand *command)
{
  StoltSetCommand *self = STOLT_SET_COMMAND (command);

  _stolt_project_apply_value (self->project, self->record, self->field, &self->old_value);
}

static gboolean
stolt_set_command_merge (StoltCommand *command,
                         StoltCommand *next_command)
{
  StoltSetCommand *self = STOLT_SET_COMMAND (command);
  StoltSetCommand *next;

  if (!STOLT_IS_SET_COMMAND (next_command))
    return FALSE;

  next = STOLT_SET_COMMAND (next_command);
  if (next->record != self->record || next->field != self->field)
    return FALSE;

  if (stolt_command_get_time (next_command) - stolt_command_get_time (command) > MERGE_WINDOW_USEC)
    return FALSE;

  g_value_unset (&self->new_value);
  g_value_init (&self->new_value, G_VALUE_TYPE (&next->new_value));
  g_value_copy (&next->new_value, &self->new_value);

  return TRUE;
}

static void
stolt_set_command_finalize (GObject *object)
{
  StoltSetCommand *self = STOLT_SET_COMMAND (object);

  g_clear_object (&self->record);
  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);

  G_OBJECT_CLASS (stolt_set_command_parent_class)->finalize (object);
}

static void
stolt_set_command_class_init (StoltSetCommandClass *klass)
{
  StoltCommandClass *command_class = STOLT_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = stolt_set_command_finalize;
  command_class->apply = stolt_set_command_apply;
  command_class->revert = stolt_set_command_revert;
  command_class->merge = stolt_set_command_merge;
}

static void
stolt_set_command_init (StoltSetCommand *self)
{
}

StoltCommand *
stolt_set_command_new (StoltProject     *project,
                       StoltRecord      *record,
                       const StoltField *field,
                       const GValue     *old_value,
                       const GValue     *new_value)
{
  StoltSetCommand *self = g_object_new (STOLT_TYPE_SET_COMMAND, NULL);
  const char *label = STOLT_RECORD_GET_CLASS (record)->edit_label;

  self->project = project;
  self->record = g_object_ref (record);
  self->field = field;
  g_value_init (&self->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &self->old_value);
  g_value_init (&self->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &self->new_value);

  stolt_command_set_label (STOLT_COMMAND (self), label != NULL ? _(label) : _("Edit"));

  return STOLT_COMMAND (self);
}

/* Insert and remove: one type, two directions */

#define STOLT_TYPE_LIST_COMMAND (stolt_list_command_get_type ())
G_DECLARE_FINAL_TYPE (StoltListCommand, stolt_list_command, STOLT, LIST_COMMAND, StoltCommand)

struct _StoltListCommand
{
  StoltCommand  parent_instance;

  StoltProject *project;  /* borrowed */
  StoltRecord  *owner;
  StoltRecord  *record;
  guint         list;
  guint         position;
  guint         inserts : 1;
};

G_DEFINE_FINAL_TYPE (StoltListCommand, stolt_list_command, STOLT_TYPE_COMMAND)

static void
stolt_list_command_insert (StoltListCommand *self)
{
  _stolt_project_insert (self->project, self->owner, self->list, self->position, self->record);
}

static void
stolt_list_command_remove (StoltListCommand *self)
{
  _stolt_project_remove_at (self->project, self->owner, self->list, self->position);
}

static void
stolt_list_command_apply (StoltCommand *command)
{
  StoltListCommand *self = STOLT_LIST_COMMAND (command);

  if (self->inserts)
    stolt_list_command_insert (self);
  else
    stolt_list_command_remove (self);
}

static void
stolt_list_command_revert (StoltCommand *command)
{
  StoltListCommand *self = STOLT_LIST_COMMAND (command);

  if (self->inserts)
    stolt_list_command_remove (self);
  else
    stolt_list_command_insert (self);
}

static void
stolt_list_command_finalize (GObject *object)
{
  StoltListCommand *self = STOLT_LIST_COMMAND (object);

  g_clear_object (&self->owner);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (stolt_list_command_parent_class)->finalize (object);
}

static void
stolt_list_command_class_init (StoltListCommandClass *klass)
{
  StoltCommandClass *command_class = STOLT_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = stolt_list_command_finalize;
  command_class->apply = stolt_list_command_apply;
  command_class->revert = stolt_list_command_revert;
}

static void
stolt_list_command_init (StoltListCommand *self)
{
}

static StoltCommand *
stolt_list_command_new (StoltProject *project,
                        StoltRecord  *owner,
                        guint         list,
                        guint         position,
                        StoltRecord  *record,
                        gboolean      inserts)
{
  StoltListCommand *self = g_object_new (STOLT_TYPE_LIST_COMMAND, NULL);
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);
  const char *label = inserts ? klass->add_label : klass->remove_label;

  self->project = project;
  self->owner = g_object_ref (owner);
  self->record = g_object_ref (record);
  self->list = list;
  self->position = position;
  self->inserts = inserts != FALSE;

  if (label != NULL)
    stolt_command_set_label (STOLT_COMMAND (self), _(label));

  return STOLT_COMMAND (self);
}

StoltCommand *
stolt_insert_command_new (StoltProject *project,
                          StoltRecord  *owner,
                          guint         list,
                          guint         position,
                          StoltRecord  *record)
{
  return stolt_list_command_new (project, owner, list, position, record, TRUE);
}

StoltCommand *
stolt_remove_command_new (StoltProject *project,
                          StoltRecord  *owner,
                          guint         list,
                          guint         position)
{
  g_autoptr(StoltRecord) record = NULL;

  record = g_list_model_get_item (stolt_record_get_children (owner, list), position);
  g_return_val_if_fail (record != NULL, NULL);

  return stolt_list_command_new (project, owner, list, position, record, FALSE);
}

/* Move within a list: reordering */

#define STOLT_TYPE_MOVE_COMMAND (stolt_move_command_get_type ())
G_DECLARE_FINAL_TYPE (StoltMoveCommand, stolt_move_command, STOLT, MOVE_COMMAND, StoltCommand)

struct _StoltMoveCommand
{
  StoltCommand  parent_instance;

  StoltProject *project;  /* borrowed */
  StoltRecord  *owner;
  guint         list;
  guint         from;
  guint         to;
};

G_DEFINE_FINAL_TYPE (StoltMoveCommand, stolt_move_command, STOLT_TYPE_COMMAND)

static void
stolt_move_command_apply (StoltCommand *command)
{
  StoltMoveCommand *self = STOLT_MOVE_COMMAND (command);

  _stolt_project_move (self->project, self->owner, self->list, self->from, self->to);
}

static void
stolt_move_command_revert (StoltCommand *command)
{
  StoltMoveCommand *self = STOLT_MOVE_COMMAND (command);

  _stolt_project_move (self->project, self->owner, self->list, self->to, self->from);
}

static void
stolt_move_command_finalize (GObject *object)
{
  g_clear_object (&STOLT_MOVE_COMMAND (object)->owner);

  G_OBJECT_CLASS (stolt_move_command_parent_class)->finalize (object);
}

static void
stolt_move_command_class_init (StoltMoveCommandClass *klass)
{
  StoltCommandClass *command_class = STOLT_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = stolt_move_command_finalize;
  command_class->apply = stolt_move_command_apply;
  command_class->revert = stolt_move_command_revert;
}

static void
stolt_move_command_init (StoltMoveCommand *self)
{
}

StoltCommand *
stolt_move_command_new (StoltProject *project,
                        StoltRecord  *owner,
                        guint         list,
                        guint         from,
                        guint         to)
{
  StoltMoveCommand *self = g_object_new (STOLT_TYPE_MOVE_COMMAND, NULL);
  g_autoptr(StoltRecord) record = g_list_model_get_item (stolt_record_get_children (owner, list),
                                                         from);
  const char *label = record != NULL ? STOLT_RECORD_GET_CLASS (record)->move_label : NULL;

  self->project = project;
  self->owner = g_object_ref (owner);
  self->list = list;
  self->from = from;
  self->to = to;

  if (label != NULL)
    stolt_command_set_label (STOLT_COMMAND (self), _(label));

  return STOLT_COMMAND (self);
}

/* A group: several changes, one step */

#define STOLT_TYPE_GROUP_COMMAND (stolt_group_command_get_type ())
G_DECLARE_FINAL_TYPE (StoltGroupCommand, stolt_group_command, STOLT, GROUP_COMMAND, StoltCommand)

struct _StoltGroupCommand
{
  StoltCommand  parent_instance;

  GPtrArray    *commands;
};

G_DEFINE_FINAL_TYPE (StoltGroupCommand, stolt_group_command, STOLT_TYPE_COMMAND)

static void
stolt_group_command_apply (StoltCommand *command)
{
  StoltGroupCommand *self = STOLT_GROUP_COMMAND (command);

  for (guint i = 0; i < self->commands->len; i++)
    stolt_command_apply (g_ptr_array_index (self->commands, i));
}

static void
stolt_group_command_revert (StoltCommand *command)
{
  StoltGroupCommand *self = STOLT_GROUP_COMMAND (command);

  for (guint i = self->commands->len; i > 0; i--)
    stolt_command_revert (g_ptr_array_index (self->commands, i - 1));
}

static void
stolt_group_command_finalize (GObject *object)
{
  g_clear_pointer (&STOLT_GROUP_COMMAND (object)->commands, g_ptr_array_unref);

  G_OBJECT_CLASS (stolt_group_command_parent_class)->finalize (object);
}

static void
stolt_group_command_class_init (StoltGroupCommandClass *klass)
{
  StoltCommandClass *command_class = STOLT_COMMAND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = stolt_group_command_finalize;
  command_class->apply = stolt_group_command_apply;
  command_class->revert = stolt_group_command_revert;
}

static void
stolt_group_command_init (StoltGroupCommand *self)
{
  self->commands = g_ptr_array_new_with_free_func (g_object_unref);
}

StoltCommand *
stolt_group_command_new (const char *label)
{
  StoltCommand *self = g_object_new (STOLT_TYPE_GROUP_COMMAND, NULL);

  stolt_command_set_label (self, label);
  return self;
}

/* Adds an applied @command to @group, taking ownership */
void
stolt_group_command_add (StoltCommand *group,
                         StoltCommand *command)
{
  g_return_if_fail (STOLT_IS_GROUP_COMMAND (group));

  if (*stolt_command_get_label (group) == '\0')
    stolt_command_set_label (group, stolt_command_get_label (command));

  g_ptr_array_add (STOLT_GROUP_COMMAND (group)->commands, command);
}

guint
stolt_group_command_get_size (StoltCommand *group)
{
  g_return_val_if_fail (STOLT_IS_GROUP_COMMAND (group), 0);

  return STOLT_GROUP_COMMAND (group)->commands->len;
}
