/* stolt-project-builder.h — a whole project made at once, checked at the end
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For whoever reads a project from elsewhere (the storage loader, the
 * importers, the templates): records are made, filled and hung in their lists without
 * the undo stack or any signal, and stolt_project_builder_finish ()
 * checks the whole before anyone sees it.  Everyone else changes a
 * project through StoltProject, one undoable step at a time.
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct _StoltProjectBuilder StoltProjectBuilder;

StoltProjectBuilder *stolt_project_builder_new      (void);
void                 stolt_project_builder_free     (StoltProjectBuilder *self);

StoltRecord         *stolt_project_builder_add      (StoltProjectBuilder *self,
                                                     GType                type,
                                                     gint64               id);
StoltRecord         *stolt_project_builder_lookup   (StoltProjectBuilder *self,
                                                     gint64               id);
gboolean             stolt_project_builder_set      (StoltProjectBuilder *self,
                                                     StoltRecord         *record,
                                                     const StoltField    *field,
                                                     const GValue        *value,
                                                     GError             **error);
void                 stolt_project_builder_append   (StoltProjectBuilder *self,
                                                     StoltRecord         *parent,
                                                     guint                list,
                                                     StoltRecord        **children,
                                                     guint                n_children);
StoltProject        *stolt_project_builder_finish   (StoltProjectBuilder *self,
                                                     GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltProjectBuilder, stolt_project_builder_free)

G_END_DECLS
