/* test-session.c — the session: opening, the start window, recovery
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "stolt-display-util.h"
#include "stolt-session.h"
#include "stolt-start-window.h"
#include "stolt-storage.h"
#include "stolt-templates.h"

#define CRASHED_TITLE "Kompetensförsörjning 2027"

static char *self_exe;

static GtkWindow *
find_window (GType type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (stolt_test_app)); l != NULL;
       l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;

  return NULL;
}

static guint
count_windows (GType type)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (stolt_test_app)); l != NULL;
       l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      n++;

  return n;
}

static gboolean
has_project_window (gpointer user_data)
{
  return find_window (STOLT_TYPE_WINDOW) != NULL;
}

static void
close_all_windows (void)
{
  GtkWindow *window;

  /* The user chose "Discard": else closing keeps unsaved work to recover */
  while ((window = find_window (GTK_TYPE_WINDOW)) != NULL)
    {
      if (STOLT_IS_WINDOW (window))
        stolt_document_close_discarding (stolt_window_get_document (STOLT_WINDOW (window)));
      gtk_window_destroy (window);
    }
  stolt_test_iterate ();
}

static void
activate (const char *action,
          GVariant   *target)
{
  g_action_group_activate_action (G_ACTION_GROUP (stolt_test_app), action, target);
  stolt_test_iterate ();
}

/* Started without a file: the start window, not an empty project */
static void
test_start_window (void)
{
  guint n_templates;
  const StoltTemplate *templates = stolt_templates_get (&n_templates);
  StoltWindow *window;
  g_autofree char *title = NULL;

  g_application_activate (G_APPLICATION (stolt_test_app));
  stolt_test_iterate ();
  g_assert_nonnull (find_window (STOLT_TYPE_START_WINDOW));
  g_assert_null (find_window (STOLT_TYPE_WINDOW));

  /* Activating again shows the same start window */
  g_application_activate (G_APPLICATION (stolt_test_app));
  stolt_test_iterate ();
  g_assert_cmpuint (count_windows (STOLT_TYPE_START_WINDOW), ==, 1);

  /* Every template is a row that makes the project */
  g_assert_cmpuint (n_templates, >, 0);
  g_assert_nonnull (stolt_test_find_action (GTK_WIDGET (find_window (STOLT_TYPE_START_WINDOW)),
                                            "app.new-from-template"));
  activate ("new-from-template", g_variant_new_string (templates[0].id));
  stolt_test_wait_for (has_project_window, NULL);
  window = STOLT_WINDOW (find_window (STOLT_TYPE_WINDOW));
  title = stolt_document_dup_title (stolt_window_get_document (window));
  g_assert_cmpstr (title, !=, "");

  /* … and the start window has gone */
  g_assert_null (find_window (STOLT_TYPE_START_WINDOW));

  /* A template that does not exist is an error, not a window */
  close_all_windows ();
  g_assert_null (stolt_session_new_from_template (stolt_application_get_session (stolt_test_app),
                                                  "no-such-template", NULL));
}

/* Child: a new project, edited, kept in its working copy; then a crash */
static int
child_crash (void)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltProject *project = stolt_document_get_project (document);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));

  if (!stolt_project_set_text (project, card, "title", CRASHED_TITLE, NULL)
      || !stolt_document_flush (document, NULL))
    {
      g_print ("failed\n");
      return 1;
    }
  g_print ("kept\n");
  for (;;)
    pause ();
  return 0;
}

static void
crash_a_child (void)
{
  const char *argv[] = { self_exe, "--child-crash", NULL };
  g_autoptr(GError) error = NULL;
  char line[16] = { 0 };
  int fd = -1, status = 0;
  GPid pid = 0;

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &fd, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (read (fd, line, 5), ==, 5);
  g_assert_cmpstr (line, ==, "kept\n");
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  close (fd);
}

static GFile *
write_project (const char *name)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  stolt_project_set_text (project, STOLT_RECORD (stolt_project_get_card (project)), "title",
                          "Opened on purpose", NULL);
  g_assert_true (stolt_storage_write (project, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static gboolean
no_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return FALSE;
    }
  return TRUE;
}

/* Work a crash left behind is offered in the start window, never in a
 * dialog in front of the file the user asked for */
static void
test_recovery (void)
{
  StoltSession *session = stolt_application_get_session (stolt_test_app);
  GListModel *drafts = stolt_session_get_recoverable (session);
  g_autoptr(GFile) file = NULL;
  g_autoptr(StoltDraft) draft = NULL;
  g_autofree char *title = NULL;
  StoltWindow *window;

  crash_a_child ();

  /* The file the user asked for opens, and nothing stands in front of it */
  file = write_project ("asked-for.stolt");
  g_application_open (G_APPLICATION (stolt_test_app), &file, 1, "");
  stolt_test_wait_for (has_project_window, NULL);
  stolt_test_iterate ();
  g_assert_true (no_message_dialog ());
  window = STOLT_WINDOW (find_window (STOLT_TYPE_WINDOW));
  title = stolt_document_dup_title (stolt_window_get_document (window));
  g_assert_cmpstr (title, ==, "Opened on purpose");

  /* The draft is listed, with its title, time and size */
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 1);
  draft = g_list_model_get_item (drafts, 0);
  g_assert_cmpstr (stolt_draft_get_title (draft), ==, CRASHED_TITLE);
  g_assert_cmpint (stolt_draft_get_size (draft), >, 0);

  /* The start window shows it; Recover opens it and it leaves the list */
  activate ("show-start", NULL);
  g_assert_nonnull (find_window (STOLT_TYPE_START_WINDOW));
  g_assert_nonnull (stolt_test_find_action (GTK_WIDGET (find_window (STOLT_TYPE_START_WINDOW)),
                                            "app.recover"));
  /* Read as "Recover", not "_Recover Recover" */
  stolt_test_iterate ();
  g_assert_cmpuint (stolt_test_assert_no_mnemonic_read (GTK_WIDGET (find_window (STOLT_TYPE_START_WINDOW)),
                                                        "the start window with a draft"), >, 0);
  activate ("recover", g_variant_new_string (stolt_draft_get_id (draft)));
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 0);
  g_assert_cmpuint (count_windows (STOLT_TYPE_WINDOW), ==, 2);
  g_assert_null (find_window (STOLT_TYPE_START_WINDOW));
  g_assert_true (no_message_dialog ());

  close_all_windows ();
}

/* Discard removes the draft for good */
static void
test_discard (void)
{
  StoltSession *session = stolt_application_get_session (stolt_test_app);
  GListModel *drafts = stolt_session_get_recoverable (session);
  g_autoptr(StoltDraft) draft = NULL;

  crash_a_child ();
  stolt_session_reload_recoverable (session);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 1);
  draft = g_list_model_get_item (drafts, 0);
  activate ("discard-draft", g_variant_new_string (stolt_draft_get_id (draft)));
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 0);

  stolt_session_reload_recoverable (session);
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 0);
}

typedef struct
{
  StoltDocument *document;
  GPtrArray     *notes;
  GError        *error;
  gboolean       done;
} OpenResult;

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  OpenResult *opened = user_data;

  opened->document = stolt_session_open_finish (STOLT_SESSION (source), result, &opened->notes,
                                                &opened->error);
  opened->done = TRUE;
}

static gboolean
is_done (gpointer user_data)
{
  OpenResult *opened = user_data;

  return opened->done;
}

/* One way in: a Stolt project and a GNOME Planner file alike */
static void
test_open_any (void)
{
  StoltSession *session = stolt_application_get_session (stolt_test_app);
  g_autofree char *planner_path = g_build_filename (g_getenv ("STOLT_SOURCE_ROOT"), "tests",
                                                    "data", "planner", "ks-nettverk.planner",
                                                    NULL);
  g_autoptr(GFile) planner = g_file_new_for_path (planner_path);
  g_autoptr(GFile) project = write_project ("any.stolt");
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/missing.stolt");
  OpenResult first = { 0 }, second = { 0 }, third = { 0 };

  g_assert_true (stolt_session_is_import (session, planner));
  g_assert_false (stolt_session_is_import (session, project));

  stolt_session_open (session, planner, NULL, opened_cb, &first);
  g_assert_false (first.done);  /* never before stolt_session_open() returns */
  stolt_test_wait_for (is_done, &first);
  g_assert_no_error (first.error);
  g_assert_nonnull (first.document);
  g_assert_nonnull (first.notes);
  g_assert_null (stolt_document_get_file (first.document));  /* a new, unsaved project */
  g_assert_cmpuint (g_list_model_get_n_items (stolt_project_get_list (
                      stolt_document_get_project (first.document), STOLT_LIST_MILESTONES)), >, 0);

  stolt_session_open (session, project, NULL, opened_cb, &second);
  g_assert_false (second.done);
  stolt_test_wait_for (is_done, &second);
  g_assert_no_error (second.error);
  g_assert_true (g_file_equal (stolt_document_get_file (second.document), project));
  g_assert_cmpuint (second.notes->len, ==, 0);

  stolt_session_open (session, missing, NULL, opened_cb, &third);
  stolt_test_wait_for (is_done, &third);
  g_assert_null (third.document);
  g_assert_nonnull (third.error);

  stolt_document_close_discarding (first.document);
  stolt_document_close (second.document);
  g_assert_finalize_object (g_steal_pointer (&first.document));
  g_assert_finalize_object (g_steal_pointer (&second.document));
  g_clear_pointer (&first.notes, g_ptr_array_unref);
  g_clear_pointer (&second.notes, g_ptr_array_unref);
  g_clear_error (&third.error);
}

static gboolean
is_recent (gpointer user_data)
{
  GListModel *recent = stolt_session_get_recent (stolt_application_get_session (stolt_test_app));

  for (guint i = 0; i < g_list_model_get_n_items (recent); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (recent, i);

      if (g_file_equal (file, user_data))
        return TRUE;
    }
  return FALSE;
}

/* A project opened or saved is a recent project, in the test's own data
 * folder */
static void
test_recent (void)
{
  g_autoptr(GFile) file = write_project ("recent.stolt");
  g_autofree char *xbel = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);

  g_autofree char *saved_path = g_build_filename (g_get_user_data_dir (), "saved.stolt", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_application_open (G_APPLICATION (stolt_test_app), &file, 1, "");
  stolt_test_wait_for (has_project_window, NULL);
  stolt_test_wait_for (is_recent, file);
  g_assert_true (g_file_test (xbel, G_FILE_TEST_IS_REGULAR));
  close_all_windows ();

  /* A new project becomes one when it is first saved */
  document = stolt_session_new_document (stolt_application_get_session (stolt_test_app));
  g_assert_false (is_recent (saved));
  g_assert_true (stolt_document_save_as (document, saved, &error));
  g_assert_no_error (error);
  stolt_test_wait_for (is_recent, saved);
  stolt_document_close (document);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  if (argc == 2 && g_str_equal (argv[1], "--child-crash"))
    return child_crash ();

  /* A data folder of its own, empty, so the drafts counted are this run's */
  data_home = g_dir_make_tmp ("stolt-test-session-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/session/start-window", test_start_window);
  g_test_add_func ("/session/recovery", test_recovery);
  g_test_add_func ("/session/discard", test_discard);
  g_test_add_func ("/session/open-any", test_open_any);
  g_test_add_func ("/session/recent", test_recent);

  status = stolt_test_display_run ();
  remove_tree (data_home);
  return status;
}
