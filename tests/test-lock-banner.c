/* test-lock-banner.c — a file someone else has open, in the window
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kari Nordmann on HR-PC-12 is played by a lock file written by the test,
 * as her Stolt would write it on the shared drive.
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stolt-display-util.h"
#include "stolt-drafts.h"
#include "stolt-lock-banner.h"
#include "stolt-lock-file.h"
#include "stolt-storage.h"
#include "stolt-window.h"

static char *
write_project (const char *name,
               const char *title)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "share", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (stolt_project_set_text (project,
                                         STOLT_RECORD (stolt_project_get_card (project)),
                                         "title", title, &error));
  g_assert_no_error (error);
  g_assert_true (stolt_storage_write (project, file, &error));
  g_assert_no_error (error);
  return path;
}

/* Kari's lock, refreshed @age ago */
static void
write_kari_lock (const char *path,
                 GTimeSpan   age)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) lock = stolt_lock_file_for_document (file);
  g_autoptr(StoltLockOwner) kari = stolt_lock_owner_new_for_self ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GDateTime *refreshed;

  g_free (kari->name);
  kari->name = g_strdup ("Kari Nordmann");
  g_free (kari->host);
  kari->host = g_strdup ("HR-PC-12");
  kari->pid = 4242;
  refreshed = g_date_time_add (kari->refreshed, -age);
  g_date_time_unref (kari->refreshed);
  kari->refreshed = refreshed;
  data = stolt_lock_owner_to_data (kari);
  g_assert_true (g_file_replace_contents (lock, data, strlen (data), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
remove_lock (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) lock = stolt_lock_file_for_document (file);

  g_assert_true (g_file_delete (lock, NULL, NULL));
}

static StoltLockBanner *
find_banner (StoltWindow *window)
{
  return STOLT_LOCK_BANNER (stolt_test_find_child (GTK_WIDGET (window), STOLT_TYPE_LOCK_BANNER));
}

static StoltDocument *
open_document (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  StoltDocument *document = stolt_document_open (file, &error);

  g_assert_no_error (error);
  return document;
}

/* The newest message dialog over @window */
static AdwMessageDialog *
find_dialog (StoltWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) &&
          gtk_window_get_transient_for (GTK_WINDOW (item)) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (item)))
        found = ADW_MESSAGE_DIALOG (item);
    }
  return found;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  stolt_test_iterate ();
}

static gboolean
lock_state_is_freed (gpointer data)
{
  return stolt_document_get_lock_state (data) == STOLT_DOCUMENT_LOCK_FREED;
}

/* The first editable field of the Plan page's forms */
static GtkWidget *
find_field (GtkWidget *root)
{
  if (GTK_IS_TEXT (root) && !GTK_IS_SEARCH_ENTRY (gtk_widget_get_parent (root)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_field (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_held (void)
{
  g_autofree char *path = write_project ("held.stolt", "Arbeidsgiverpolitikk");
  g_autoptr(StoltDocument) document = NULL;
  StoltWindow *window;
  StoltLockBanner *banner;
  g_autofree char *text = NULL;
  GtkWidget *bar;
  GtkWidget *field;
  AdwMessageDialog *dialog;

  write_kari_lock (path, 0);
  document = open_document (path);
  window = stolt_test_open_window (document);
  banner = find_banner (window);
  g_assert_nonnull (banner);

  text = stolt_lock_banner_dup_text (banner);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Open by Kari Nordmann on HR-PC-12 since "));
  g_assert_true (stolt_document_get_read_only (document));

  /* The banner is read: an alert whose label is its text */
  bar = stolt_test_find_child (GTK_WIDGET (banner), GTK_TYPE_INFO_BAR);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (bar)), ==,
                   GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (bar),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  {
    g_autofree char *failed = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
      strtok (text, "\n"));

    g_assert_null (failed);
  }

  /* Fields say that they are not editable */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  stolt_test_iterate ();
  field = find_field (GTK_WIDGET (stolt_window_get_plan_page (window)));
  g_assert_nonnull (field);
  g_assert_false (gtk_widget_is_sensitive (field));
  {
    g_autofree char *failed = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE);

    g_assert_null (failed);
  }

  /* Tell me when it is free: she closes, the window asks to open it again */
  stolt_lock_banner_set_notify_when_free (banner, TRUE);
  remove_lock (path);
  stolt_test_wait_for (lock_state_is_freed, document);
  stolt_test_iterate ();
  {
    GtkWidget *open_again = stolt_test_find_action (GTK_WIDGET (banner), "win.reload-file");

    g_assert_true (gtk_widget_get_visible (open_again));
    g_assert_true (gtk_widget_is_sensitive (open_again));
  }
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "reload"));
  respond (dialog, "reload");

  /* Writable now, with its own lock */
  g_assert_true (stolt_window_get_document (window) != document);
  g_assert_false (stolt_document_get_read_only (stolt_window_get_document (window)));
  g_assert_cmpint (stolt_document_get_lock_state (stolt_window_get_document (window)), ==,
                   STOLT_DOCUMENT_LOCK_OWN);
  g_clear_pointer (&text, g_free);
  text = stolt_lock_banner_dup_text (banner);
  g_assert_null (text);
  /* The page made its forms again for the new document: the field found
   * before is gone (reading it was a use after free) */
  field = find_field (GTK_WIDGET (stolt_window_get_plan_page (window)));
  g_assert_nonnull (field);
  {
    g_autofree char *failed = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_READ_ONLY, FALSE);

    g_assert_null (failed);
  }

  stolt_test_close_window (window);
}

static void
test_stale (void)
{
  g_autofree char *path = write_project ("stale.stolt", "Plan");
  g_autoptr(StoltDocument) document = NULL;
  StoltWindow *window;
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;

  write_kari_lock (path, 2 * G_TIME_SPAN_HOUR);
  document = open_document (path);
  window = stolt_test_open_window (document);
  text = stolt_lock_banner_dup_text (find_banner (window));
  g_assert_true (g_str_has_prefix (text, "Left open by Kari Nordmann on HR-PC-12 since "));
  g_assert_nonnull (strstr (text, "has not been heard from since"));

  /* Removing asks first, naming her */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-stale-lock", NULL));
  stolt_test_iterate ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Kari Nordmann on HR-PC-12"));
  respond (dialog, "remove");
  g_assert_false (stolt_document_get_read_only (stolt_window_get_document (window)));

  stolt_test_close_window (window);
}

static void
set_title (StoltDocument *document,
           const char    *title)
{
  StoltProject *project = stolt_document_get_project (document);
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_set_text (project, STOLT_RECORD (stolt_project_get_card (project)),
                                         "title", title, &error));
  g_assert_no_error (error);
}

static char *
title_on_disk (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_storage_load (file, &error);

  g_assert_no_error (error);
  return g_strdup (stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (project))));
}

/* Someone changed the file since it was opened: Save offers three ways */
static StoltWindow *
save_after_change (const char        *path,
                   AdwMessageDialog **dialog)
{
  g_autoptr(StoltDocument) document = open_document (path);
  StoltWindow *window = stolt_test_open_window (document);

  set_title (document, "Mine");
  g_free (write_project (strrchr (path, '/') + 1, "Theirs"));
  write_kari_lock (path, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  stolt_test_iterate ();
  *dialog = find_dialog (window);
  g_assert_nonnull (*dialog);
  g_assert_true (adw_message_dialog_has_response (*dialog, "save-as"));
  g_assert_true (adw_message_dialog_has_response (*dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (*dialog, "overwrite"));
  g_assert_true (adw_message_dialog_has_response (*dialog, "cancel"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (*dialog),
                            "Kari Nordmann on HR-PC-12 saved it at"));
  return window;
}

static void
test_changed_overwrite (void)
{
  g_autofree char *path = write_project ("overwrite.stolt", "Original");
  AdwMessageDialog *dialog = NULL;
  StoltWindow *window = save_after_change (path, &dialog);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  respond (dialog, "overwrite");
  /* Not yet: a confirmation that names who and when */
  before = title_on_disk (path);
  g_assert_cmpstr (before, ==, "Theirs");
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "Kari Nordmann on HR-PC-12 saved it at"));
  respond (dialog, "overwrite");
  after = title_on_disk (path);
  g_assert_cmpstr (after, ==, "Mine");

  remove_lock (path);
  stolt_test_close_window (window);
}

static void
test_changed_reload (void)
{
  g_autofree char *path = write_project ("reload.stolt", "Original");
  AdwMessageDialog *dialog = NULL;
  StoltWindow *window = save_after_change (path, &dialog);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *title = NULL;
  g_autoptr(StoltDocument) draft = NULL;
  g_autoptr(GError) error = NULL;

  respond (dialog, "reload");
  title = stolt_document_dup_title (stolt_window_get_document (window));
  g_assert_cmpstr (title, ==, "Theirs");
  /* Read-only: Kari has it */
  g_assert_true (stolt_document_get_read_only (stolt_window_get_document (window)));

  /* Nothing lost: the edits are a draft that opens again */
  drafts = stolt_drafts_list_recoverable ();
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = stolt_document_recover (stolt_draft_get_id (g_ptr_array_index (drafts, 0)), &error);
  g_assert_no_error (error);
  g_clear_pointer (&title, g_free);
  title = stolt_document_dup_title (draft);
  g_assert_cmpstr (title, ==, "Mine");
  stolt_document_close_discarding (draft);

  remove_lock (path);
  stolt_test_close_window (window);
}

static void
test_changed_cancel (void)
{
  g_autofree char *path = write_project ("cancel.stolt", "Original");
  AdwMessageDialog *dialog = NULL;
  StoltWindow *window = save_after_change (path, &dialog);
  g_autofree char *title = NULL;

  respond (dialog, "cancel");
  title = title_on_disk (path);
  g_assert_cmpstr (title, ==, "Theirs");
  g_assert_true (stolt_document_get_modified (stolt_window_get_document (window)));

  remove_lock (path);
  stolt_document_close_discarding (stolt_window_get_document (window));
  stolt_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("stolt-lock-banner-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);
  int status;

  /* Drafts and the shared folder stay in the test's own folders */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  /* The suite turns accessibility off; this test reads what it says */
  g_setenv ("GTK_A11Y", "test", TRUE);
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/lock-banner/held", test_held);
  g_test_add_func ("/lock-banner/stale", test_stale);
  g_test_add_func ("/lock-banner/changed-overwrite", test_changed_overwrite);
  g_test_add_func ("/lock-banner/changed-reload", test_changed_reload);
  g_test_add_func ("/lock-banner/changed-cancel", test_changed_cancel);

  status = stolt_test_display_run ();
  {
    const char *rm[] = { "rm", "-rf", home, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                  NULL);
  }
  return status;
}
