/* stolt-export-formats.h — every export format, for the command line and the window
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list: stolt --export=ID and the Export dialog both offer exactly
 * these formats and both write through stolt_export_format_run ().
 * A format is listed only once its exporter works.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-export-options.h"
#include "stolt-project.h"

G_BEGIN_DECLS

/* Which members of StoltExportOptions a format reads */
typedef enum
{
  STOLT_EXPORT_USES_PAPER       = 1 << 0,  /* paper */
  STOLT_EXPORT_USES_ORIENTATION = 1 << 1,  /* landscape */
  STOLT_EXPORT_USES_FIT_PAGE    = 1 << 2,  /* fit_page */
  STOLT_EXPORT_USES_WIDTH       = 1 << 3,  /* width */
  STOLT_EXPORT_USES_ZOOM        = 1 << 4,  /* zoom */
  STOLT_EXPORT_USES_DATES       = 1 << 5,  /* first_day, last_day */
  STOLT_EXPORT_USES_SWOT        = 1 << 6,  /* record_id: a SWOT analysis */
  STOLT_EXPORT_USES_VALUES      = 1 << 7,  /* record_id: a values document */
  STOLT_EXPORT_USES_BOM         = 1 << 8,  /* bom */
  STOLT_EXPORT_USES_SEPARATOR   = 1 << 9,  /* separator */
} StoltExportUses;

typedef gboolean (*StoltExportFunc) (StoltProject              *project,
                                     const StoltExportOptions  *options,
                                     GFile                     *output,
                                     GError                   **error);

typedef struct
{
  const char      *id;           /* --export=ID, and the key the dialog remembers */
  const char      *label;        /* N_(): short, for the dialog's list */
  const char      *description;  /* N_(): for --help-export */
  const char      *name_suffix;  /* N_(): after the title in a suggested file name, or NULL */
  const char      *extension;    /* without the dot */
  const char      *mime_type;
  StoltExportUses  uses;
  StoltExportFunc  export;
} StoltExportFormat;

const StoltExportFormat *stolt_export_formats_get  (guint                     *n_formats);
const StoltExportFormat *stolt_export_format_find  (const char                *id);
gboolean                 stolt_export_format_run   (const StoltExportFormat   *format,
                                                    StoltProject              *project,
                                                    const StoltExportOptions  *options,
                                                    GFile                     *output,
                                                    GError                   **error);

G_END_DECLS
