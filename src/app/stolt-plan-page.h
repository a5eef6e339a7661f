/* stolt-plan-page.h — the Plan tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project card and mandate, the organisation, phases, milestones,
 * activities, goals with their result chains and SMART check, and the
 * action programme: a table and a form for each, chosen from a sidebar.
 */

#pragma once

#include <adwaita.h>

#include "stolt-project.h"
#include "stolt-record-editor.h"
#include "stolt-record-table.h"
#include "stolt-selection.h"

G_BEGIN_DECLS

#define STOLT_TYPE_PLAN_PAGE (stolt_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (StoltPlanPage, stolt_plan_page, STOLT, PLAN_PAGE, GtkWidget)

void               stolt_plan_page_set_project   (StoltPlanPage    *self,
                                                  StoltProject     *project);
void               stolt_plan_page_set_selection (StoltPlanPage    *self,
                                                  StoltSelection   *selection);
void               stolt_plan_page_set_editable  (StoltPlanPage    *self,
                                                  gboolean          editable);
void               stolt_plan_page_show_section  (StoltPlanPage    *self,
                                                  const char       *name);
const char        *stolt_plan_page_get_section   (StoltPlanPage    *self);
StoltRecordTable  *stolt_plan_page_get_table     (StoltPlanPage    *self,
                                                  const char       *section);
StoltRecordEditor *stolt_plan_page_get_editor    (StoltPlanPage    *self,
                                                  const char       *section);
char              *stolt_plan_page_dup_summary   (StoltPlanPage    *self,
                                                  const char       *section);

char              *stolt_plan_page_dup_measure_values (StoltPlanPage *self);

G_END_DECLS
