/* stolt-export-util.c — what every exporter needs: dates, titles, writing
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exporters build their whole output in memory and hand it to
 * stolt_file_replace (), which writes a temporary file beside OUT and
 * renames it over: OUT is never left half-written, and is untouched when
 * anything fails.
 */

#define G_LOG_DOMAIN "stolt-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-export-util.h"
#include "stolt-exporters.h"
#include "stolt-file.h"

/* Returns: (transfer full): the day in the locale's format, "" for none */
char *
stolt_export_format_date (guint32 julian)
{
  char *text = stolt_date_format (julian);

  return text != NULL ? text : g_strdup ("");
}

/* Returns: (transfer full): "16", "7.5" — at most one decimal */
char *
stolt_export_format_hours (double hours)
{
  if (hours == (double) (gint64) hours)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) hours);
  return g_strdup_printf ("%.1f", hours);
}

/* Returns: (transfer container): the titles of the records @ids name */
GPtrArray *
stolt_export_ref_titles (StoltProject *project,
                         const gint64 *ids,
                         guint         n_ids)
{
  GPtrArray *titles = g_ptr_array_new ();

  for (guint i = 0; i < n_ids; i++)
    {
      StoltRecord *target = stolt_project_lookup (project, ids[i]);

      if (target != NULL)
        g_ptr_array_add (titles, (gpointer) stolt_record_get_title (target));
    }
  return titles;
}

/* Plain text as Pango markup; newlines are kept as line breaks */
char *
stolt_export_markup (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

gboolean
stolt_export_write (GFile   *output,
                    GBytes  *contents,
                    GError **error)
{
  return stolt_file_replace (output, contents, NULL, NULL, error);
}

gboolean
stolt_export_write_pdf (StoltPageFlow *flow,
                        const char    *title,
                        GFile         *output,
                        GError       **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;

  if (!stolt_page_flow_write_pdf (flow, title, stream, error))
    return FALSE;
  if (!g_output_stream_close (stream, NULL, error))
    return FALSE;
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));

  return stolt_export_write (output, bytes, error);
}

G_DEFINE_QUARK (stolt-export-error-quark, stolt_export_error)
