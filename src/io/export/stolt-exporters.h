/* stolt-exporters.h — the document exporters behind --export
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each writes OUT whole or not at all (see stolt-export-util.c).
 */

#pragma once

#include <gio/gio.h>

#include "stolt-export-options.h"
#include "stolt-page-flow.h"
#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_EXPORT_ERROR (stolt_export_error_quark ())

typedef enum
{
  STOLT_EXPORT_ERROR_NOTHING,    /* the project has nothing of that kind */
  STOLT_EXPORT_ERROR_NOT_REGULAR, /* OUT is a directory, a device, a fifo … */
  STOLT_EXPORT_ERROR_IS_INPUT,    /* OUT is the input file (or a link to it) */
  STOLT_EXPORT_ERROR_READ_ONLY,   /* OUT exists and is read-only */
  STOLT_EXPORT_ERROR_TOO_LARGE,   /* the output cannot be that large */
} StoltExportError;

GQuark   stolt_export_error_quark (void);

gboolean stolt_values_md_export   (StoltProject              *project,
                                   const StoltExportOptions  *options,
                                   GFile                     *output,
                                   GError                   **error);
gboolean stolt_values_fodt_export (StoltProject              *project,
                                   const StoltExportOptions  *options,
                                   GFile                     *output,
                                   GError                   **error);
gboolean stolt_values_pdf_export  (StoltProject              *project,
                                   const StoltExportOptions  *options,
                                   GFile                     *output,
                                   GError                   **error);

gboolean stolt_swot_pdf_export    (StoltProject              *project,
                                   const StoltExportOptions  *options,
                                   GFile                     *output,
                                   GError                   **error);
gboolean stolt_swot_png_export    (StoltProject              *project,
                                   const StoltExportOptions  *options,
                                   GFile                     *output,
                                   GError                   **error);

/* For the report: one values document into a flow, its title at @level */
void     stolt_values_flow_append (StoltPageFlow             *flow,
                                   StoltProject              *project,
                                   StoltValuesDocument       *document,
                                   int                        level);
/* values-pdf's pages, for printing */
StoltPageFlow *stolt_values_flow_new (StoltProject           *project,
                                      GPtrArray              *documents,
                                      StoltPaper              paper);

G_END_DECLS
