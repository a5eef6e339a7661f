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
  STOLT_EXPORT_ERROR_NOTHING,  /* the project has nothing of that kind */
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

G_END_DECLS
