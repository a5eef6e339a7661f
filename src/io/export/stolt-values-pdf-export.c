/* stolt-values-pdf-export.c — values documents as PDF (values-pdf)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Poured into the page flow; the report (stolt-report.c) uses the same
 * stolt_values_flow_append () for its values chapter, and printing a
 * values document (stolt-print.c) the same stolt_values_flow_new ().
 */

#define G_LOG_DOMAIN "stolt-values-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-export-util.h"
#include "stolt-exporters.h"
#include "stolt-markdown.h"

static void
append_value (StoltPageFlow *flow,
              StoltProject  *project,
              StoltValue    *value,
              int            level)
{
  guint n_ids;
  const gint64 *ids = stolt_value_get_measures (value, &n_ids);
  g_autoptr(GPtrArray) measures = stolt_export_ref_titles (project, ids, n_ids);
  g_auto(GStrv) statement = stolt_plain_paragraphs (stolt_value_get_statement (value));
  const char *practice = stolt_value_get_practice (value);

  stolt_page_flow_add_heading (flow, level, stolt_value_get_name (value));
  /* The statement is the value's promise: set apart in italics */
  for (guint i = 0; statement[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (statement[i], -1);
      g_autofree char *markup = g_strdup_printf ("<i>%s</i>", escaped);

      stolt_page_flow_add_paragraph (flow, markup, STOLT_FLOW_ALIGN_LEFT);
    }
  if (practice[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (practice, -1);
      g_autofree char *label = g_markup_escape_text (_("In everyday practice"), -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s:</b> %s", label, escaped);

      stolt_page_flow_add_paragraph (flow, markup, STOLT_FLOW_ALIGN_LEFT);
    }
  if (measures->len > 0)
    {
      g_autofree char *label = g_markup_escape_text (_("Supporting measures"), -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s:</b>", label);

      stolt_page_flow_add_paragraph (flow, markup, STOLT_FLOW_ALIGN_LEFT);
    }
  for (guint i = 0; i < measures->len; i++)
    {
      g_autofree char *markup = g_markup_escape_text (g_ptr_array_index (measures, i), -1);

      stolt_page_flow_add_list_item (flow, STOLT_FLOW_LIST_BULLET, 0, 0, markup);
    }
}

/**
 * stolt_values_flow_append:
 * @level: the heading level of the document's title (1 or 2); values
 *   and sections come one level below, each value's name two below
 */
void
stolt_values_flow_append (StoltPageFlow *flow,
                          StoltProject  *project,
                          StoltValuesDocument *document,
                          int            level)
{
  GListModel *values = stolt_record_get_children (STOLT_RECORD (document), 0);
  GListModel *sections = stolt_record_get_children (STOLT_RECORD (document), 1);

  g_autofree char *status = stolt_values_document_dup_status_text (document);
  g_autofree char *status_label = g_markup_escape_text (_("Status"), -1);
  g_autofree char *status_text = g_markup_escape_text (status, -1);
  g_autofree char *status_markup = g_strdup_printf ("<b>%s:</b> %s", status_label, status_text);

  stolt_page_flow_add_heading (flow, level, stolt_values_document_get_title (document));
  /* Where the document is on its way to the council, under the title */
  stolt_page_flow_add_paragraph (flow, status_markup, STOLT_FLOW_ALIGN_LEFT);
  stolt_plain_append_to_flow (flow, stolt_values_document_get_introduction (document),
                              STOLT_FLOW_ALIGN_LEFT);
  if (g_list_model_get_n_items (values) > 0)
    stolt_page_flow_add_heading (flow, level + 1, C_("the values inside one values document", "Values"));
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(StoltValue) value = g_list_model_get_item (values, i);

      append_value (flow, project, value, level + 2);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(StoltValuesSection) section = g_list_model_get_item (sections, i);

      stolt_page_flow_add_heading (flow, level + 1, stolt_values_section_get_heading (section));
      stolt_markdown_append_to_flow (flow, stolt_values_section_get_body (section), level + 2);
    }
}

/**
 * stolt_values_flow_new:
 * @documents: (element-type StoltValuesDocument): at least one
 *
 * The pages of values-pdf: each document from a new page, under the
 * project's title.  Printing a values document draws these pages too.
 *
 * Returns: (transfer full): the flow, not yet paginated
 */
StoltPageFlow *
stolt_values_flow_new (StoltProject *project,
                       GPtrArray    *documents,
                       StoltPaper    paper)
{
  StoltProjectCard *card = stolt_project_get_card (project);
  StoltPageFlow *flow = stolt_page_flow_new (paper == STOLT_PAPER_A3 ? STOLT_PAGE_A3 : STOLT_PAGE_A4,
                                             STOLT_PAGE_PORTRAIT);

  stolt_page_flow_set_header (flow, stolt_project_card_get_title (card));
  for (guint i = 0; i < documents->len; i++)
    {
      if (i > 0)
        stolt_page_flow_add_page_break (flow);
      stolt_values_flow_append (flow, project, documents->pdata[i], 1);
    }
  return flow;
}

gboolean
stolt_values_pdf_export (StoltProject              *project,
                         const StoltExportOptions  *options,
                         GFile                     *output,
                         GError                   **error)
{
  g_autoptr(GPtrArray) documents = stolt_export_records (project, STOLT_LIST_VALUES_DOCUMENTS,
                                                        options->record_id,
                                                        _("the project has no values document to export"),
                                                        error);
  g_autoptr(StoltPageFlow) flow = NULL;

  if (documents == NULL)
    return FALSE;

  flow = stolt_values_flow_new (project, documents, options->paper);
  return stolt_export_write_pdf (flow, stolt_values_document_get_title (documents->pdata[0]),
                                 output, error);
}
