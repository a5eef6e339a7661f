/* test-export-dialog.c — export and print from the window (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stolt-display-util.h"
#include "stolt-export-formats.h"
#include "stolt-print.h"
#include "stolt-project.h"
#include "stolt-report.h"
#include "stolt-storage.h"
#include "stolt-test-util.h"
#include "stolt-window.h"

typedef struct
{
  StoltDocument *document;
  StoltWindow   *window;
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("stolt-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->document = stolt_document_new_from_project (project);
  fixture->window = stolt_test_open_window (fixture->document);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_dir (child);
      else
        g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stolt_test_close_window (fixture->window);
  stolt_document_close_discarding (fixture->document);
  /* Closed, its window gone: nothing but the test holds it */
  g_assert_finalize_object (g_steal_pointer (&fixture->document));
  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

typedef struct
{
  StoltExportDialog *dialog;
  GFile             *exported;
  gboolean           destroyed;
} Run;

static void
exported_cb (StoltExportDialog *dialog,
             GFile             *output,
             Run               *run)
{
  g_set_object (&run->exported, output);
}

static void
destroyed_cb (Run *run)
{
  run->destroyed = TRUE;
}

static gboolean
run_done (gpointer data)
{
  Run *run = data;

  return run->destroyed || !stolt_export_dialog_is_busy (run->dialog);
}

static StoltExportDialog *
open_dialog (Fixture *fixture,
             Run     *run)
{
  StoltExportDialog *dialog = stolt_window_export (fixture->window);

  *run = (Run) { dialog, NULL, FALSE };
  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), run);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (destroyed_cb), run);
  stolt_test_iterate ();
  return dialog;
}

/* Exports to @name in the fixture's folder; the dialog closes when done */
static GFile *
export_to (Fixture    *fixture,
           Run        *run,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) output = g_file_new_for_path (path);

  stolt_export_dialog_export_to (run->dialog, output);
  stolt_test_wait_for (run_done, run);
  g_assert_true (run->destroyed);
  g_assert_nonnull (run->exported);
  g_assert_true (g_file_equal (run->exported, output));
  return g_steal_pointer (&run->exported);
}

static char *
read_text (GFile *file)
{
  char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static char *
pdf_text (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *head = read_text (file);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  char *text = NULL;
  int status;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, text);
}

static void
check_file (const char *id,
            GFile      *file)
{
  g_autofree char *text = NULL;

  if (g_str_has_suffix (id, "pdf"))
    {
      g_autofree char *pdf = pdf_text (file);

      if (g_str_equal (id, "pdf"))
        assert_contains (pdf, "Arbeidsgiverpolitikk 2016");
      else if (g_str_equal (id, "timeline-pdf"))
        assert_contains (pdf, "Politisk mandat");
      else if (g_str_equal (id, "swot-pdf"))
        assert_contains (pdf, "Engasjerte ledere");
      else
        assert_contains (pdf, "Innledning");
    }
  else if (g_str_has_suffix (id, "png"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_file (file, &error);

      g_assert_no_error (error);
      g_assert_cmpint (gdk_texture_get_width (texture), >=, 320);
      g_assert_cmpint (gdk_texture_get_height (texture), >, 0);
    }
  else if (g_str_equal (id, "stolt"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StoltProject) copy = stolt_storage_load (file, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (stolt_project_card_get_title (stolt_project_get_card (copy)), ==,
                       "Arbeidsgiverpolitikk 2016");
      g_assert_cmpuint (g_list_model_get_n_items (stolt_project_get_list (copy,
                                                                          STOLT_LIST_ACTIVITIES)),
                        ==, 2);
    }
  else
    {
      text = read_text (file);
      if (g_str_equal (id, "timeline-svg"))
        {
          assert_contains (text, "<svg");
          assert_contains (text, "</svg>");
        }
      else if (g_str_equal (id, "ics"))
        {
          assert_contains (text, "BEGIN:VCALENDAR");
          assert_contains (text, "Politisk mandat på plass");
        }
      else if (g_str_equal (id, "csv"))
        assert_contains (text, "Politisk mandat på plass");
      else if (g_str_equal (id, "values-md"))
        assert_contains (text, "Innledning");
      else if (g_str_equal (id, "values-fodt"))
        assert_contains (text, "Verdidokument");
      else
        g_error ("no check for the format “%s”", id);
    }
}

/* Every format the build has, through the dialog, read back */
static void
test_every_format (Fixture       *fixture,
                   gconstpointer  data)
{
  guint n_formats;
  const StoltExportFormat *formats = stolt_export_formats_get (&n_formats);

  g_assert_cmpuint (n_formats, >=, 12);
  for (guint i = 0; i < n_formats; i++)
    {
      Run run;
      StoltExportDialog *dialog = open_dialog (fixture, &run);
      g_autofree char *name = NULL;
      g_autoptr(GFile) file = NULL;

      g_test_message ("%s", formats[i].id);
      g_assert_true (stolt_export_dialog_set_format (dialog, formats[i].id));
      name = stolt_export_dialog_suggest_name (dialog);
      g_assert_true (g_str_has_prefix (name, "Arbeidsgiverpolitikk 2016"));
      g_assert_true (g_str_has_suffix (name, formats[i].extension));
      file = export_to (fixture, &run, name);
      check_file (formats[i].id, file);
    }
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
row_visible (GtkWidget *dialog,
             const char *title)
{
  GtkWidget *row = find_row (dialog, title);

  g_assert_nonnull (row);
  return gtk_widget_get_visible (row);
}

/* Each format shows its own options; the choices come back per project */
static void
test_options_remembered (Fixture       *fixture,
                         gconstpointer  data)
{
  Run run;
  StoltExportDialog *dialog = open_dialog (fixture, &run);
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  GtkWidget *separator, *bom;

  g_assert_true (stolt_export_dialog_set_format (dialog, "csv"));
  g_assert_true (row_visible (GTK_WIDGET (dialog), "_Separator"));
  g_assert_false (row_visible (GTK_WIDGET (dialog), "_Paper"));
  g_assert_true (stolt_export_dialog_set_format (dialog, "timeline-pdf"));
  g_assert_true (row_visible (GTK_WIDGET (dialog), "_Paper"));
  g_assert_true (row_visible (GTK_WIDGET (dialog), "_Zoom"));
  g_assert_false (row_visible (GTK_WIDGET (dialog), "_Separator"));

  g_assert_true (stolt_export_dialog_set_format (dialog, "csv"));
  separator = find_row (GTK_WIDGET (dialog), "_Separator");
  adw_combo_row_set_selected (ADW_COMBO_ROW (separator), 3);  /* tab */
  bom = stolt_test_find_child (find_row (GTK_WIDGET (dialog), "For _Excel"), GTK_TYPE_SWITCH);
  gtk_switch_set_active (GTK_SWITCH (bom), TRUE);
  file = export_to (fixture, &run, "plan.csv");
  text = read_text (file);
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_nonnull (strchr (text, '\t'));

  dialog = open_dialog (fixture, &run);
  g_assert_cmpstr (stolt_export_dialog_get_format (dialog), ==, "csv");
  separator = find_row (GTK_WIDGET (dialog), "_Separator");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (separator)), ==, 3);
  bom = stolt_test_find_child (find_row (GTK_WIDGET (dialog), "For _Excel"), GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (bom)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  stolt_test_iterate ();
}

/* Dates that are not dates are said in the dialog, and nothing is written */
static void
test_wrong_dates (Fixture       *fixture,
                  gconstpointer  data)
{
  Run run;
  StoltExportDialog *dialog = open_dialog (fixture, &run);
  g_autofree char *path = g_build_filename (fixture->dir, "timeline.png", NULL);
  g_autoptr(GFile) output = g_file_new_for_path (path);
  GtkWidget *from;

  g_assert_true (stolt_export_dialog_set_format (dialog, "timeline-png"));
  from = find_row (GTK_WIDGET (dialog), "F_rom (empty: the first date)");
  gtk_editable_set_text (GTK_EDITABLE (from), "not a date");
  stolt_export_dialog_export_to (dialog, output);
  g_assert_false (stolt_export_dialog_is_busy (dialog));
  g_assert_false (g_file_query_exists (output, NULL));
  g_assert_false (run.destroyed);

  /* A range of the project's dates draws */
  gtk_editable_set_text (GTK_EDITABLE (from), "2016-01-01");
  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog),
                                                 "_To (empty: the last date)")), "2016-06-30");
  g_clear_object (&output);
  output = export_to (fixture, &run, "timeline.png");
  check_file ("timeline-png", output);
}

/* Cancel: the worker's file never replaces the output */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  Run run;
  StoltExportDialog *dialog = open_dialog (fixture, &run);
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(GFile) output = g_file_new_for_path (path);
  g_autoptr(GDir) dir = NULL;

  g_assert_true (stolt_export_dialog_set_format (dialog, "pdf"));
  stolt_export_dialog_export_to (dialog, output);
  g_assert_true (stolt_export_dialog_is_busy (dialog));
  stolt_export_dialog_cancel (dialog);
  stolt_test_wait_for (run_done, &run);
  g_assert_false (run.destroyed);
  g_assert_null (run.exported);
  g_assert_false (g_file_query_exists (output, NULL));
  /* No partial file left beside it */
  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  gtk_window_destroy (GTK_WINDOW (dialog));
  stolt_test_iterate ();
}

/* The project's own file is never the output */
static void
test_refuses_input (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.stolt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Run run;
  StoltExportDialog *dialog;
  g_autofree char *before = NULL, *after = NULL;

  g_assert_true (stolt_document_save_as (fixture->document, file, &error));
  g_assert_no_error (error);
  before = read_text (file);
  dialog = open_dialog (fixture, &run);
  g_assert_true (stolt_export_dialog_set_format (dialog, "csv"));
  stolt_export_dialog_export_to (dialog, file);
  g_assert_false (stolt_export_dialog_is_busy (dialog));
  after = read_text (file);
  g_assert_true (memcmp (before, after, 16) == 0);
  g_assert_false (run.destroyed);
  gtk_window_destroy (GTK_WINDOW (dialog));
  stolt_test_iterate ();
}

/* Names from any title are names a file system takes */
static void
test_suggested_name (Fixture       *fixture,
                     gconstpointer  data)
{
  StoltProject *project = stolt_document_get_project (fixture->document);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  Run run;
  StoltExportDialog *dialog;
  g_autofree char *name = NULL;

  g_assert_true (stolt_project_set_text (project, card, "title", ".Plan/2026: \"ny\"?", NULL));
  dialog = open_dialog (fixture, &run);
  g_assert_true (stolt_export_dialog_set_format (dialog, "timeline-pdf"));
  name = stolt_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "_Plan_2026_ _ny__ – Timeline.pdf");
  gtk_window_destroy (GTK_WINDOW (dialog));
  stolt_test_iterate ();
}

static guint
count_pdf_pages (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = NULL;
  const char *pages;
  int status;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &info, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (info, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* The whole report, printed to a file: as many pages as the PDF export */
static void
test_print_report (Fixture       *fixture,
                   gconstpointer  data)
{
  StoltProject *project = stolt_document_get_project (fixture->document);
  g_autoptr(GtkPrintOperation) operation = stolt_print_report_new (project);
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;
  g_autoptr(StoltPageFlow) flow = stolt_report_build (project, &options, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (fixture->window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (file), ==, stolt_page_flow_paginate (flow));
  g_assert_cmpuint (count_pdf_pages (file), >, 1);
  text = pdf_text (file);
  assert_contains (text, "Arbeidsgiverpolitikk 2016");
  assert_contains (text, "Politisk mandat på plass");
  assert_contains (text, "Verdidokument");
}

/* The paper and orientation of the print dialog reach the flow */
static void
test_print_report_landscape_a3 (Fixture       *fixture,
                                gconstpointer  data)
{
  StoltProject *project = stolt_document_get_project (fixture->document);
  g_autoptr(GtkPrintOperation) operation = stolt_print_report_new (project);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a3 = gtk_paper_size_new (GTK_PAPER_NAME_A3);
  g_autofree char *path = g_build_filename (fixture->dir, "printed-a3.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;
  g_autoptr(StoltPageFlow) flow = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;

  gtk_page_setup_set_paper_size (setup, a3);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (fixture->window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  options.paper = STOLT_PAPER_A3;
  options.landscape = TRUE;
  flow = stolt_report_build (project, &options, 0);
  g_assert_cmpuint (count_pdf_pages (file), ==, stolt_page_flow_paginate (flow));
  stolt_page_flow_get_page_size (flow, 1, &width, &height);
  g_assert_cmpfloat (width, >, height);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("stolt-export-home-XXXXXX", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  /* Remembered choices and drafts go here, never into the user's folders */
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  stolt_test_display_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/export-dialog/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("every-format", test_every_format);
  ADD ("options-remembered", test_options_remembered);
  ADD ("wrong-dates", test_wrong_dates);
  ADD ("cancel", test_cancel);
  ADD ("refuses-input", test_refuses_input);
  ADD ("suggested-name", test_suggested_name);
  ADD ("print-report", test_print_report);
  ADD ("print-report-landscape-a3", test_print_report_landscape_a3);
#undef ADD

  status = stolt_test_display_run ();
  remove_dir (home);
  return status;
}
