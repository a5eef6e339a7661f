/* stolt-values-md-export.c — values documents as CommonMark (values-md)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every values document: its title, introduction, each value (name,
 * statement, everyday practice, supporting measures by title), then its
 * sections.  User text is escaped so that it reads back as written;
 * section bodies go through the shared parser and come out as clean
 * CommonMark of the subset.
 */

#define G_LOG_DOMAIN "stolt-values-md"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-export-util.h"
#include "stolt-exporters.h"
#include "stolt-markdown.h"

static void
append_heading (GString    *out,
                int         level,
                const char *text)
{
  g_autofree char *escaped = stolt_markdown_escape (text);
  g_autofree char *hashes = g_strnfill (level, '#');

  g_string_append_printf (out, "%s %s\n\n", hashes, escaped);
}

static void
append_plain (GString    *out,
              const char *text)
{
  g_autofree char *markdown = stolt_markdown_from_plain (text);

  if (markdown[0] == '\0')
    return;
  g_string_append (out, markdown);
  g_string_append_c (out, '\n');
}

/* A label in bold, then the text; the text's first paragraph follows the
 * label on the same line */
static void
append_labelled (GString    *out,
                 const char *label,
                 const char *text)
{
  g_autofree char *escaped = stolt_markdown_escape (label);
  g_autofree char *markdown = stolt_markdown_from_plain (text);

  if (markdown[0] == '\0')
    return;
  g_string_append_printf (out, "**%s:** %s\n", escaped, markdown);
}

static void
append_value (GString      *out,
              StoltProject *project,
              StoltValue   *value)
{
  guint n_ids;
  const gint64 *ids = stolt_value_get_measures (value, &n_ids);
  g_autoptr(GPtrArray) measures = stolt_export_ref_titles (project, ids, n_ids);

  append_heading (out, 3, stolt_value_get_name (value));
  append_plain (out, stolt_value_get_statement (value));
  append_labelled (out, _("In everyday practice"), stolt_value_get_practice (value));
  if (measures->len == 0)
    return;

  {
    g_autofree char *label = stolt_markdown_escape (_("Supporting measures"));

    g_string_append_printf (out, "**%s:**\n\n", label);
  }
  for (guint i = 0; i < measures->len; i++)
    {
      g_autofree char *title = stolt_markdown_escape (g_ptr_array_index (measures, i));

      g_string_append_printf (out, "- %s\n", title);
    }
  g_string_append_c (out, '\n');
}

static void
append_document (GString      *out,
                 StoltProject *project,
                 StoltValuesDocument *document)
{
  GListModel *values = stolt_record_get_children (STOLT_RECORD (document), 0);
  GListModel *sections = stolt_record_get_children (STOLT_RECORD (document), 1);

  g_autofree char *status = stolt_values_document_dup_status_text (document);

  append_heading (out, 1, stolt_values_document_get_title (document));
  append_labelled (out, _("Status"), status);
  g_string_append_c (out, '\n');
  append_plain (out, stolt_values_document_get_introduction (document));

  if (g_list_model_get_n_items (values) > 0)
    /* Translators: heading above the values of a values document;
     * sv "Värderingar", nb "Verdier" */
    append_heading (out, 2, C_("the values inside one values document", "Values"));
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(StoltValue) value = g_list_model_get_item (values, i);

      append_value (out, project, value);
    }

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(StoltValuesSection) section = g_list_model_get_item (sections, i);
      g_autoptr(GPtrArray) blocks = stolt_markdown_parse (stolt_values_section_get_body (section));
      g_autofree char *body = stolt_markdown_from_rich (blocks);

      append_heading (out, 2, stolt_values_section_get_heading (section));
      if (body[0] != '\0')
        {
          g_string_append (out, body);
          g_string_append_c (out, '\n');
        }
    }
}

gboolean
stolt_values_md_export (StoltProject              *project,
                        const StoltExportOptions  *options,
                        GFile                     *output,
                        GError                   **error)
{
  g_autoptr(GPtrArray) documents = stolt_export_records (project, STOLT_LIST_VALUES_DOCUMENTS,
                                                        options->record_id,
                                                        _("the project has no values document to export"),
                                                        error);
  GString *out = g_string_new (NULL);

  if (documents == NULL)
    {
      g_string_free (out, TRUE);
      return FALSE;
    }

  for (guint i = 0; i < documents->len; i++)
    {
      StoltValuesDocument *document = documents->pdata[i];

      append_document (out, project, document);
    }
  /* One newline at the end, not a blank line */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return stolt_export_write_text (output, out, error);
}
