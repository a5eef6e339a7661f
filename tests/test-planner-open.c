/* test-planner-open.c — opening a GNOME Planner file in the app (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What `stolt plan.planner` and File → Open do with a Planner file: a
 * new, unsaved window titled after the Planner project, and a dialog that
 * lists what was not carried over; a broken file gets the error dialog.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "stolt-display-util.h"

#define app stolt_test_app
#define iterate stolt_test_iterate
#define wait_for stolt_test_wait_for

static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) &&
          gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
report_shown (gpointer data)
{
  return find_dialog ("Not Everything Was Carried Over") != NULL;
}

static gboolean
error_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)),
                  "is not a GNOME Planner file") != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
close_all (void)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    if (STOLT_IS_WINDOW (l->data))
      stolt_document_close_discarding (stolt_window_get_document (l->data));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  iterate ();
}

static void
test_open_planner (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "planner",
                                                 "ks-nettverk.planner", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *report;
  GtkWidget *list;
  StoltDocument *document;
  StoltWindow *window;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  wait_for (report_shown, NULL);

  report = find_dialog ("Not Everything Was Carried Over");
  window = STOLT_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (report)));
  document = stolt_window_get_document (window);
  list = adw_message_dialog_get_extra_child (report);
  if (GTK_IS_SCROLLED_WINDOW (list))
    list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (list));
  if (GTK_IS_VIEWPORT (list))
    list = gtk_viewport_get_child (GTK_VIEWPORT (list));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (list)), "• 2 working-time calendars"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (report), "ks-nettverk.planner"));

  /* A new project: not the Planner file, unsaved, titled after the plan */
  g_assert_null (stolt_document_get_file (document));
  g_assert_true (stolt_document_get_modified (document));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Arbeidsgiverpolitikk – nettverk samling 1 — Stolt");
  g_assert_cmpuint (g_list_model_get_n_items (stolt_project_get_list (
                      stolt_document_get_project (document), STOLT_LIST_MILESTONES)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (report));
  close_all ();
}

static void
test_open_broken (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stolt-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.planner", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<foo/>\n", -1, NULL));
  g_application_open (G_APPLICATION (app), &file, 1, "");
  wait_for (error_shown, NULL);

  close_all ();
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/planner-open/import", test_open_planner);
  g_test_add_func ("/planner-open/broken", test_open_broken);

  return stolt_test_display_run ();
}
