/* stolt-export-util.c — what every exporter needs: fields, dates, writing
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
#include "stolt-format.h"

static const StoltField *
field_of (gpointer    record,
          const char *name)
{
  const StoltField *field = stolt_record_find_field (STOLT_RECORD (record), name);

  g_return_val_if_fail (field != NULL, NULL);
  return field;
}

const char *
stolt_export_text (gpointer    record,
                   const char *name)
{
  const StoltField *field = field_of (record, name);

  return field != NULL ? stolt_record_get_text (record, field) : "";
}

guint32
stolt_export_date (gpointer    record,
                   const char *name)
{
  const StoltField *field = field_of (record, name);

  return field != NULL ? stolt_record_get_date (record, field) : 0;
}

int
stolt_export_int (gpointer    record,
                  const char *name)
{
  const StoltField *field = field_of (record, name);

  return field != NULL ? stolt_record_get_int (record, field) : 0;
}

double
stolt_export_double (gpointer    record,
                     const char *name)
{
  const StoltField *field = field_of (record, name);

  return field != NULL ? stolt_record_get_double (record, field) : 0;
}

gint64
stolt_export_ref (gpointer    record,
                  const char *name)
{
  const StoltField *field = field_of (record, name);

  return field != NULL ? stolt_record_get_ref (record, field) : 0;
}

/* Returns: (nullable) (transfer none): the ids, or NULL for none */
GArray *
stolt_export_refs (gpointer    record,
                   const char *name)
{
  const StoltField *field = field_of (record, name);

  return field != NULL ? stolt_record_get_refs (record, field) : NULL;
}

/* Returns: (transfer full): the day in the locale's format, "" for none */
char *
stolt_export_format_date (guint32 julian)
{
  char *text = stolt_date_format (julian);

  return text != NULL ? text : g_strdup ("");
}

/* Returns: (transfer full): "16", "7,5", "1 200" — at most one decimal, in
 * the user's locale: a report is read by people */
char *
stolt_export_format_hours (double hours)
{
  return stolt_format_number (hours, 1);
}

/* Returns: (transfer container): the titles of the records @field refers to */
GPtrArray *
stolt_export_ref_titles (StoltProject *project,
                         gpointer      record,
                         const char   *field)
{
  GPtrArray *titles = g_ptr_array_new ();
  GArray *ids = stolt_export_refs (record, field);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      StoltRecord *target = stolt_project_lookup (project, g_array_index (ids, gint64, i));

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
