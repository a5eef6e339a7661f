/* stolt-report.h — the whole project as a report for the council (pdf)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is a list of sections (stolt-report.c, report_sections[]);
 * each appends its blocks to one page flow.  A new section — e.g. the
 * timeline, as a StoltFlowDrawFunc on a landscape page — is one line in
 * that list.
 */

#pragma once

#include "stolt-export-options.h"
#include "stolt-page-flow.h"
#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct
{
  StoltProject  *project;
  StoltPageFlow *flow;
  guint32        today;     /* for "late", which is never stored */
} StoltReport;

/* Appends one section of the report to report->flow */
typedef void (*StoltReportSectionFunc) (StoltReport *report);

StoltPageFlow *stolt_report_build      (StoltProject              *project,
                                        const StoltExportOptions  *options,
                                        guint32                    today);
gboolean       stolt_report_pdf_export (StoltProject              *project,
                                        const StoltExportOptions  *options,
                                        GFile                     *output,
                                        GError                   **error);

G_END_DECLS
