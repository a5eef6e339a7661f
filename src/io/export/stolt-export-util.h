/* stolt-export-util.h — what every exporter needs: dates, titles, writing
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stolt-page-flow.h"
#include "stolt-project.h"

G_BEGIN_DECLS

char       *stolt_export_format_date (guint32      julian);
char       *stolt_export_format_hours (double      hours);
GPtrArray  *stolt_export_ref_titles (StoltProject *project,
                                     const gint64 *ids,
                                     guint         n_ids);
char       *stolt_export_markup    (const char    *text);

GPtrArray  *stolt_export_records   (StoltProject  *project,
                                    StoltProjectList list,
                                    gint64         record_id,
                                    const char    *nothing,
                                    GError       **error);

gboolean    stolt_export_check_output (GFile      *output,
                                       GFile      *input,
                                       GError    **error);
gboolean    stolt_export_write     (GFile         *output,
                                    GBytes        *contents,
                                    GError       **error);
gboolean    stolt_export_write_text (GFile        *output,
                                     GString      *text,
                                     GError      **error);
gboolean    stolt_export_write_pdf (StoltPageFlow *flow,
                                    const char    *title,
                                    GFile         *output,
                                    GError       **error);

G_END_DECLS
