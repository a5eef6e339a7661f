/* stolt-record-private.h — record internals for core and storage
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only the model's commands and the storage loader change records
 * directly; everyone else goes through StoltProject so that every change
 * is undoable and reaches the working copy.
 */

#pragma once

#include "stolt-record.h"

G_BEGIN_DECLS

void     _stolt_record_set_id        (StoltRecord      *self,
                                      gint64            id);
gboolean _stolt_record_set_value     (StoltRecord      *self,
                                      const StoltField *field,
                                      const GValue     *value);
/* Like _stolt_record_set_value () but without notify: for a loader
 * filling a record nobody watches yet.  Check the value first. */
void     _stolt_record_init_value    (StoltRecord      *self,
                                      const StoltField *field,
                                      const GValue     *value);
void     _stolt_record_insert_child  (StoltRecord      *self,
                                      guint             index,
                                      guint             position,
                                      StoltRecord      *child);
void     _stolt_record_append_children (StoltRecord    *self,
                                      guint             index,
                                      StoltRecord     **children,
                                      guint             n_children);
void     _stolt_record_remove_child  (StoltRecord      *self,
                                      guint             index,
                                      guint             position);

G_END_DECLS
