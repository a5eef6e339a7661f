/* stolt-writer.h — writing a project, whole or just what changed
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-db.h"
#include "stolt-project.h"

G_BEGIN_DECLS

/* What changed since the last write: records whose fields changed and
 * child lists that gained, lost or reordered records.  Collected from the
 * project's record-changed and children-changed signals. */
typedef struct _StoltChanges StoltChanges;

StoltChanges *stolt_changes_new          (void);
void          stolt_changes_free         (StoltChanges *self);
void          stolt_changes_add_record   (StoltChanges *self,
                                          StoltRecord  *record);
void          stolt_changes_add_list     (StoltChanges *self,
                                          StoltRecord  *owner,
                                          guint         list);
gboolean      stolt_changes_is_empty     (StoltChanges *self);
void          stolt_changes_clear        (StoltChanges *self);

typedef struct _StoltWriter StoltWriter;

StoltWriter  *stolt_writer_new           (StoltDb      *db);
void          stolt_writer_free          (StoltWriter  *self);
gboolean      stolt_writer_create        (StoltWriter  *self,
                                          StoltProject *project,
                                          GError      **error);
gboolean      stolt_writer_sync          (StoltWriter  *self,
                                          StoltProject *project,
                                          StoltChanges *changes,
                                          GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltChanges, stolt_changes_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltWriter, stolt_writer_free)

G_END_DECLS
