/* stolt-undo-stack.h — one undo history per project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stolt-command.h"

G_BEGIN_DECLS

#define STOLT_TYPE_UNDO_STACK (stolt_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (StoltUndoStack, stolt_undo_stack, STOLT, UNDO_STACK, GObject)

StoltUndoStack *stolt_undo_stack_new          (void);
void            stolt_undo_stack_push         (StoltUndoStack *self,
                                               StoltCommand   *command);
gboolean        stolt_undo_stack_undo         (StoltUndoStack *self);
gboolean        stolt_undo_stack_redo         (StoltUndoStack *self);
gboolean        stolt_undo_stack_get_can_undo (StoltUndoStack *self);
gboolean        stolt_undo_stack_get_can_redo (StoltUndoStack *self);
const char     *stolt_undo_stack_get_undo_label (StoltUndoStack *self);
const char     *stolt_undo_stack_get_redo_label (StoltUndoStack *self);
gboolean        stolt_undo_stack_get_modified (StoltUndoStack *self);
void            stolt_undo_stack_mark_saved   (StoltUndoStack *self);
void            stolt_undo_stack_seal         (StoltUndoStack *self);
void            stolt_undo_stack_clear        (StoltUndoStack *self);

G_END_DECLS
