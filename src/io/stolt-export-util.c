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

/* Returns: (transfer full): "16", "7.5" — at most one decimal */
char *
stolt_export_format_hours (double hours)
{
  if (hours == (double) (gint64) hours)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) hours);
  return g_strdup_printf ("%.1f", hours);
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

/**
 * stolt_export_records:
 * @record_id: the one record wanted, or 0 for every record of @list
 * @nothing: the error message when there is none
 *
 * Returns: (transfer container) (element-type StoltRecord): the records
 *   to export, at least one; or %NULL with STOLT_EXPORT_ERROR_NOTHING
 */
GPtrArray *
stolt_export_records (StoltProject      *project,
                      StoltProjectList   list,
                      gint64             record_id,
                      const char        *nothing,
                      GError           **error)
{
  GListModel *records = stolt_project_get_list (project, list);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (records, i);

      if (record_id == 0 || stolt_record_get_id (record) == record_id)
        g_ptr_array_add (found, g_steal_pointer (&record));
    }

  if (found->len == 0)
    {
      g_set_error_literal (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_NOTHING, nothing);
      return NULL;
    }
  return g_steal_pointer (&found);
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
