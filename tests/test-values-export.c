/* test-values-export.c — values-md read back with cmark
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names and texts full of Markdown syntax must come back as the same
 * text: headings stay headings, nothing turns into a list, a link or HTML.
 * (values-fodt and values-pdf are read by xmllint, LibreOffice and
 * poppler in test-export-docs.sh.)
 */

#include "config.h"

#include <cmark.h>
#include <glib/gstdio.h>
#include <string.h>

#include "stolt-exporters.h"
#include "stolt-templates.h"

static const char *tricky_name = "#1 *Stolt* <b>og</b> [unik] & _glad_";
static const char *tricky_statement = "1. Ikke en liste\n- heller ikke\n\n> ikke sitat";

static StoltProject *
tricky_project (void)
{
  g_autoptr(GError) error = NULL;
  StoltProject *project = stolt_templates_create ("ks-nettverk", &error);
  GListModel *documents;
  g_autoptr(StoltRecord) document = NULL;
  g_autoptr(StoltRecord) value = NULL;
  g_autoptr(StoltRecord) section = NULL;

  g_assert_no_error (error);
  documents = stolt_project_get_list (project, STOLT_LIST_VALUES_DOCUMENTS);
  document = g_list_model_get_item (documents, 0);
  value = g_list_model_get_item (stolt_record_get_children (document, 0), 0);
  section = g_list_model_get_item (stolt_record_get_children (document, 1), 0);

  g_assert_true (stolt_project_set_text (project, value, "name", tricky_name, &error));
  g_assert_true (stolt_project_set_text (project, value, "statement", tricky_statement, &error));
  g_assert_true (stolt_project_set_text (project, section, "body",
                                         "# ikke overskrift\n\nTekst med *kursiv* og "
                                         "<script>x</script> **fet**.\n\n- en\n  1. to\n- tre",
                                         &error));
  g_assert_no_error (error);
  return project;
}

static char *
node_text (cmark_node *node)
{
  GString *text = g_string_new (NULL);
  cmark_iter *iter = cmark_iter_new (node);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *current = cmark_iter_get_node (iter);

      if (event != CMARK_EVENT_ENTER)
        continue;
      if (cmark_node_get_type (current) == CMARK_NODE_TEXT)
        g_string_append (text, cmark_node_get_literal (current));
      else if (cmark_node_get_type (current) == CMARK_NODE_SOFTBREAK)
        g_string_append_c (text, ' ');
      else if (cmark_node_get_type (current) == CMARK_NODE_LINEBREAK)
        g_string_append_c (text, '\n');
      g_assert_cmpint (cmark_node_get_type (current), !=, CMARK_NODE_HTML_INLINE);
      g_assert_cmpint (cmark_node_get_type (current), !=, CMARK_NODE_HTML_BLOCK);
      g_assert_cmpint (cmark_node_get_type (current), !=, CMARK_NODE_LINK);
      g_assert_cmpint (cmark_node_get_type (current), !=, CMARK_NODE_BLOCK_QUOTE);
    }
  cmark_iter_free (iter);
  return g_string_free (text, FALSE);
}

static char *
export_md (StoltProject *project)
{
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stolt-values-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "values.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (stolt_values_md_export (project, &options, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_remove (path);
  g_rmdir (dir);
  return contents;
}

static void
test_md_reads_back (void)
{
  g_autoptr(StoltProject) project = tricky_project ();
  g_autofree char *markdown = export_md (project);
  cmark_node *document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *all = node_text (document);
  guint n_lists = 0;

  g_test_message ("%s", markdown);
  for (cmark_node *node = cmark_node_first_child (document); node != NULL;
       node = cmark_node_next (node))
    {
      if (cmark_node_get_type (node) == CMARK_NODE_HEADING)
        {
          g_autofree char *text = node_text (node);

          g_ptr_array_add (headings, g_strdup_printf ("%d %s", cmark_node_get_heading_level (node),
                                                      text));
        }
      if (cmark_node_get_type (node) == CMARK_NODE_LIST)
        n_lists++;
    }

  /* Title, "Values", three values, one section: in order, at their level */
  g_assert_cmpuint (headings->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (headings, 0), ==, "1 Verdigrunnlag for Hamar kommune");
  g_assert_cmpstr (g_ptr_array_index (headings, 1), ==, "2 Values");
  g_assert_true (g_str_has_suffix (g_ptr_array_index (headings, 2), tricky_name));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (headings, 2), "3 "));
  g_assert_cmpstr (g_ptr_array_index (headings, 3), ==, "3 Åpen");
  g_assert_cmpstr (g_ptr_array_index (headings, 5), ==, "2 Hvorfor en arbeidsgiverpolitikk?");

  /* The statement stays text; the section body keeps its lists */
  g_assert_nonnull (strstr (all, "1. Ikke en liste\n- heller ikke"));
  g_assert_nonnull (strstr (all, "> ikke sitat"));
  g_assert_nonnull (strstr (all, "# ikke overskrift"));
  g_assert_null (strstr (all, "script"));
  g_assert_nonnull (strstr (all, "Lederutviklingsprogram for alle enhetsledere"));
  /* Two supporting-measure lists and the body's list */
  g_assert_cmpuint (n_lists, ==, 3);
  g_assert_true (g_str_has_suffix (markdown, "- tre\n"));

  cmark_node_free (document);
}

static void
test_nothing_to_export (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/never-written.md");
  g_autoptr(GError) error = NULL;

  g_assert_false (stolt_values_md_export (project, &options, file, &error));
  g_assert_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_NOTHING);
  g_clear_error (&error);
  g_assert_false (stolt_values_fodt_export (project, &options, file, &error));
  g_assert_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_NOTHING);
  g_clear_error (&error);
  g_assert_false (stolt_values_pdf_export (project, &options, file, &error));
  g_assert_error (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_NOTHING);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/values-export/md-reads-back", test_md_reads_back);
  g_test_add_func ("/values-export/nothing-to-export", test_nothing_to_export);

  return g_test_run ();
}
