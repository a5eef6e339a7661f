/* stolt-export-util.h — what every exporter needs: fields, dates, writing
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "stolt-page-flow.h"
#include "stolt-project.h"

G_BEGIN_DECLS

const char *stolt_export_text      (gpointer       record,
                                    const char    *field);
guint32     stolt_export_date      (gpointer       record,
                                    const char    *field);
int         stolt_export_int       (gpointer       record,
                                    const char    *field);
double      stolt_export_double    (gpointer       record,
                                    const char    *field);
gint64      stolt_export_ref       (gpointer       record,
                                    const char    *field);
GArray     *stolt_export_refs      (gpointer       record,
                                    const char    *field);
char       *stolt_export_format_date (guint32      julian);
char       *stolt_export_format_hours (double      hours);
GPtrArray  *stolt_export_ref_titles (StoltProject *project,
                                     gpointer      record,
                                     const char   *field);
char       *stolt_export_markup    (const char    *text);

GPtrArray  *stolt_export_records   (StoltProject  *project,
                                    StoltProjectList list,
                                    gint64         record_id,
                                    const char    *nothing,
                                    GError       **error);

gboolean    stolt_export_write     (GFile         *output,
                                    GBytes        *contents,
                                    GError       **error);
gboolean    stolt_export_write_pdf (StoltPageFlow *flow,
                                    const char    *title,
                                    GFile         *output,
                                    GError       **error);

G_END_DECLS
