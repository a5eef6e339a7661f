/* stolt-project-private.h — what commands do to a project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

void _stolt_project_apply_value (StoltProject     *self,
                                 StoltRecord      *record,
                                 const StoltField *field,
                                 const GValue     *value);
void _stolt_project_insert      (StoltProject     *self,
                                 StoltRecord      *owner,
                                 guint             list,
                                 guint             position,
                                 StoltRecord      *record);
void _stolt_project_remove_at   (StoltProject     *self,
                                 StoltRecord      *owner,
                                 guint             list,
                                 guint             position);
gboolean _stolt_project_set_internal (StoltProject *self,
                                      StoltRecord  *record,
                                      const char   *field,
                                      const GValue *value,
                                      GError      **error);
void _stolt_project_move        (StoltProject     *self,
                                 StoltRecord      *owner,
                                 guint             list,
                                 guint             from,
                                 guint             to);

G_END_DECLS
