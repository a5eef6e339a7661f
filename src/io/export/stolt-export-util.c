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
#include "stolt-format.h"

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

/* Plain text as Pango markup; newlines are kept as line breaks.  Control
 * characters go first: escaped, Pango would refuse the whole paragraph */
char *
stolt_export_markup (const char *text)
{
  g_autofree char *clean = stolt_format_clean_text (text);

  return g_markup_escape_text (clean, -1);
}

/**
 * stolt_export_write_text:
 * @text: (transfer full): a whole text document (Markdown, flat ODT)
 *
 * Writes @text to @output after dropping the control characters and
 * non-characters of the user's text (stolt_format_clean_text ()), the
 * one rule of every export; a text document of ours has none of its own.
 */
gboolean
stolt_export_write_text (GFile    *output,
                         GString  *text,
                         GError  **error)
{
  g_autoptr(GString) owned = text;
  g_autoptr(GBytes) bytes = NULL;

  if (stolt_format_needs_cleaning (owned->str))
    {
      g_autofree char *clean = stolt_format_clean_text (owned->str);

      g_string_assign (owned, clean);
    }
  bytes = g_string_free_to_bytes (g_steal_pointer (&owned));
  return stolt_export_write (output, bytes, error);
}

#define CHECK_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
  G_FILE_ATTRIBUTE_UNIX_DEVICE "," \
  G_FILE_ATTRIBUTE_UNIX_INODE "," \
  G_FILE_ATTRIBUTE_UNIX_MODE "," \
  G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE

/* Symbolic links followed: what a write to @file would reach */
static GFileInfo *
query_target (GFile *file)
{
  return g_file_query_info (file, CHECK_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, NULL);
}

static gboolean
same_file (GFileInfo *a,
           GFileInfo *b)
{
  if (!g_file_info_has_attribute (a, G_FILE_ATTRIBUTE_UNIX_INODE)
      || !g_file_info_has_attribute (b, G_FILE_ATTRIBUTE_UNIX_INODE))
    return FALSE;

  return g_file_info_get_attribute_uint32 (a, G_FILE_ATTRIBUTE_UNIX_DEVICE)
         == g_file_info_get_attribute_uint32 (b, G_FILE_ATTRIBUTE_UNIX_DEVICE)
         && g_file_info_get_attribute_uint64 (a, G_FILE_ATTRIBUTE_UNIX_INODE)
         == g_file_info_get_attribute_uint64 (b, G_FILE_ATTRIBUTE_UNIX_INODE);
}

/* Read-only by its mode too: root may write anything, but a file the
 * user made read-only (chmod 444) is one they meant to keep. */
static gboolean
is_read_only (GFileInfo *info)
{
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE)
      && (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0222) == 0)
    return TRUE;

  return g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE)
         && !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

/**
 * stolt_export_check_output:
 * @output: the file an export is about to replace
 * @input: (nullable): the file the project was read from
 *
 * Refuses an @output an export must never replace: one that is not a
 * regular file (a directory, a device such as /dev/full, a fifo), the
 * input itself (by device and inode, so also through a symbolic or hard
 * link), or a read-only file.  Symbolic links are followed: a link to a
 * regular file is fine, and the export replaces the file it points to.
 * A file that does not exist yet is fine.  The command line and the
 * export dialog both call this before exporting.
 *
 * Returns: %TRUE if @output may be written; else @error says why, in one
 *   line naming @output
 */
gboolean
stolt_export_check_output (GFile   *output,
                           GFile   *input,
                           GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (output), FALSE);
  g_return_val_if_fail (input == NULL || G_IS_FILE (input), FALSE);

  info = query_target (output);
  if (info == NULL)
    return TRUE;  /* nothing there yet, or a dangling link: the write says */

  name = g_file_get_parse_name (output);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_NOT_REGULAR,
                   /* Translators: an export's output is a folder, a device … */
                   _("“%s” is not a regular file; export to a file name"), name);
      return FALSE;
    }

  if (input != NULL)
    {
      g_autoptr(GFileInfo) input_info = query_target (input);

      if (g_file_equal (input, output)
          || (input_info != NULL && same_file (info, input_info)))
        {
          g_set_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_IS_INPUT,
                       _("“%s” is the file being exported; export to another file"), name);
          return FALSE;
        }
    }

  if (is_read_only (info))
    {
      g_set_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_READ_ONLY,
                   _("“%s” is read-only; export to another file or make it writable"), name);
      return FALSE;
    }

  return TRUE;
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
