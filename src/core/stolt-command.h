/* stolt-command.h — one undoable change
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define STOLT_TYPE_COMMAND (stolt_command_get_type ())
G_DECLARE_DERIVABLE_TYPE (StoltCommand, stolt_command, STOLT, COMMAND, GObject)

struct _StoltCommandClass
{
  GObjectClass parent_class;

  void     (*apply)  (StoltCommand *self);
  void     (*revert) (StoltCommand *self);
  /* Fold @next into @self (a typing burst, a drag); TRUE if it did */
  gboolean (*merge)  (StoltCommand *self,
                      StoltCommand *next);

  gpointer padding[8];
};

void        stolt_command_apply     (StoltCommand *self);
void        stolt_command_revert    (StoltCommand *self);
gboolean    stolt_command_merge     (StoltCommand *self,
                                     StoltCommand *next);
const char *stolt_command_get_label (StoltCommand *self);
void        stolt_command_set_label (StoltCommand *self,
                                     const char   *label);
gint64      stolt_command_get_time  (StoltCommand *self);

G_END_DECLS
