/* stolt-commands-private.h — the kinds of undoable change
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Five kinds cover every edit: set a field, insert, remove or move a
 * record in a list, and a group of these under one label.  Each command
 * holds the project as a borrowed pointer: the project owns its undo
 * stack, so it outlives every command in it.
 */

#pragma once

#include "stolt-command.h"
#include "stolt-project.h"

G_BEGIN_DECLS

StoltCommand *stolt_set_command_new    (StoltProject     *project,
                                        StoltRecord      *record,
                                        const StoltField *field,
                                        const GValue     *old_value,
                                        const GValue     *new_value);
StoltCommand *stolt_insert_command_new (StoltProject     *project,
                                        StoltRecord      *owner,
                                        guint             list,
                                        guint             position,
                                        StoltRecord      *record);
StoltCommand *stolt_remove_command_new (StoltProject     *project,
                                        StoltRecord      *owner,
                                        guint             list,
                                        guint             position);
StoltCommand *stolt_move_command_new   (StoltProject     *project,
                                        StoltRecord      *owner,
                                        guint             list,
                                        guint             from,
                                        guint             to);
StoltCommand *stolt_group_command_new  (const char       *label);
void          stolt_group_command_add  (StoltCommand     *group,
                                        StoltCommand     *command);
guint         stolt_group_command_get_size (StoltCommand *group);

G_END_DECLS
