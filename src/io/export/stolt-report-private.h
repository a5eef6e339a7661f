/* stolt-report-private.h — the sections of the report, and their helpers
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-report.h"

G_BEGIN_DECLS

/* stolt-report.c */
void  stolt_report_title_page    (StoltReport *report);
void  stolt_report_contents      (StoltReport *report);
void  stolt_report_project_card  (StoltReport *report);
void  stolt_report_organisation  (StoltReport *report);

/* stolt-report-plan.c */
void  stolt_report_milestones    (StoltReport *report);
void  stolt_report_timeline      (StoltReport *report);
void  stolt_report_activities    (StoltReport *report);
void  stolt_report_swot          (StoltReport *report);
void  stolt_report_goals         (StoltReport *report);
void  stolt_report_measures      (StoltReport *report);
void  stolt_report_values        (StoltReport *report);

/* Helpers */
void  stolt_report_none          (StoltReport *report,
                                  const char  *text);
char *stolt_report_cell          (const char  *text);
char *stolt_report_status        (StoltReport *report,
                                  int          status,
                                  guint32      due);

G_END_DECLS
