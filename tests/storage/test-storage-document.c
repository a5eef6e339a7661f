/* test-storage-document.c — working copy, save, locks and recovery
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "stolt-db.h"
#include "stolt-document.h"
#include "stolt-drafts.h"
#include "stolt-storage.h"
#include "stolt-storage-private.h"
#include "storage-test-util.h"

static const char *self_exe;

/* Helpers */

static char *
write_project_file (const char   *name,
                    StoltProject *project)
{
  char *path = storage_test_tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_storage_write (project, file, &error));
  g_assert_no_error (error);
  return path;
}

static StoltProject *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  StoltProject *project = stolt_storage_load (file, &error);

  g_assert_no_error (error);
  return project;
}

/* What the working copy holds now, read through a connection of its own */
static StoltProject *
load_draft (const char *draft_id)
{
  g_autofree char *path = _stolt_draft_path (draft_id, ".stolt");
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDb) db = stolt_db_open_file (path, STOLT_DB_OPEN_READ_WRITE, "draft", &error);
  StoltProject *project;
  int version;

  g_assert_no_error (error);
  project = _stolt_storage_read_db (db, &version, &error);
  g_assert_no_error (error);
  return project;
}

static guint
count_files (const char *what)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), APP_ID, what, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
set_title (StoltProject *project,
           const char   *title)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_set_text (project, STOLT_RECORD (stolt_project_get_card (project)),
                                         "title", title, &error));
  g_assert_no_error (error);
}

/* One undoable step, as the Plan tab's "Add" and a name typed in */
static void
add_member (StoltProject *project,
            const char   *name)
{
  g_autoptr(StoltRecord) member = g_object_new (STOLT_TYPE_MEMBER, NULL);
  g_autoptr(GError) error = NULL;

  stolt_project_begin_group (project, NULL);
  g_assert_true (stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                                    STOLT_LIST_MEMBERS, G_MAXUINT, member, &error));
  g_assert_no_error (error);
  g_assert_true (stolt_project_set_text (project, member, "name", name, &error));
  g_assert_no_error (error);
  stolt_project_end_group (project);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *counter)
{
  (*counter)++;
}

/* Untitled: nothing on disk until the first edit */

static void
test_untitled (void)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltProject *project = stolt_document_get_project (document);
  g_autofree char *title = stolt_document_dup_title (document);
  g_autofree char *path = storage_test_tmp_path ("untitled.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltProject) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint modified_notifies = 0, title_notifies = 0;

  g_assert_cmpstr (title, ==, "Untitled Project");
  g_assert_null (stolt_document_get_file (document));
  g_assert_false (stolt_document_get_modified (document));
  g_assert_false (stolt_document_get_read_only (document));
  g_assert_true (stolt_document_flush (document, &error));
  g_assert_cmpuint (count_files ("drafts"), ==, 0);

  g_signal_connect (document, "notify::modified", G_CALLBACK (count_notify_cb), &modified_notifies);
  g_signal_connect (document, "notify::title", G_CALLBACK (count_notify_cb), &title_notifies);
  set_title (project, "Stolt og unikk");
  add_member (project, "Kari");
  g_assert_cmpuint (modified_notifies, ==, 1);
  g_assert_cmpuint (title_notifies, ==, 1);
  g_assert_true (stolt_document_get_modified (document));

  g_assert_true (stolt_document_flush (document, &error));
  g_assert_no_error (error);
  g_assert_nonnull (stolt_document_get_draft_id (document));
  {
    g_autoptr(StoltProject) draft = load_draft (stolt_document_get_draft_id (document));

    storage_test_assert_same (project, draft);
  }

  g_assert_true (stolt_document_save_as (document, file, &error));
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_modified (document));
  g_assert_cmpuint (modified_notifies, ==, 2);
  g_assert_true (g_file_equal (stolt_document_get_file (document), file));
  saved = load_path (path);
  storage_test_assert_same (project, saved);

  stolt_document_close (document);
  g_assert_cmpuint (count_files ("drafts"), ==, 0);
  g_assert_cmpuint (count_files ("locks"), ==, 0);
}

/* Edits reach the working copy, and only Save reaches the file */
static void
test_save (void)
{
  g_autoptr(StoltProject) original = storage_test_every_field_project (0);
  g_autofree char *path = write_project_file ("plan.stolt", original);
  g_autofree char *checksum = storage_test_checksum (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(StoltProject) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after_edit = NULL;
  StoltProject *project;

  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  project = stolt_document_get_project (document);
  storage_test_assert_same (original, project);
  g_assert_false (stolt_document_get_modified (document));

  set_title (project, "Ny tittel");
  add_member (project, "Ola");
  {
    g_autoptr(StoltRecord) goal = g_list_model_get_item (stolt_project_get_list (project, STOLT_LIST_GOALS), 0);

    stolt_project_remove (project, goal);
  }
  g_assert_true (stolt_document_flush (document, &error));
  {
    g_autoptr(StoltProject) draft = load_draft (stolt_document_get_draft_id (document));

    storage_test_assert_same (project, draft);
  }

  after_edit = storage_test_checksum (path);
  g_assert_cmpstr (checksum, ==, after_edit);

  g_assert_true (stolt_document_save (document, &error));
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_modified (document));
  saved = load_path (path);
  storage_test_assert_same (project, saved);

  /* And again, after more edits: the stamp of the last save counts */
  set_title (project, "Tredje tittel");
  g_assert_true (stolt_document_save (document, &error));
  g_assert_no_error (error);
  g_clear_object (&saved);
  saved = load_path (path);
  storage_test_assert_same (project, saved);
}

static void
test_changed_on_disk (void)
{
  g_autoptr(StoltProject) original = storage_test_every_field_project (0);
  g_autofree char *path = write_project_file ("shared.stolt", original);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(StoltProject) other = stolt_project_new ();
  g_autoptr(StoltProject) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *still_theirs = NULL;
  struct utimbuf times = { 1000000000, 1000000000 };

  document = stolt_document_open (file, &error);
  g_assert_no_error (error);

  /* Someone else saves the file meanwhile */
  g_assert_true (stolt_storage_write (other, file, &error));
  g_assert_cmpint (utime (path, &times), ==, 0);
  theirs = storage_test_checksum (path);

  set_title (stolt_document_get_project (document), "Mine");
  g_assert_false (stolt_document_save (document, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "shared.stolt"));
  g_clear_error (&error);
  still_theirs = storage_test_checksum (path);
  g_assert_cmpstr (theirs, ==, still_theirs);
  g_assert_true (stolt_document_get_modified (document));

  /* The user chose to overwrite */
  g_assert_true (stolt_document_save_overwriting (document, &error));
  g_assert_no_error (error);
  saved = load_path (path);
  storage_test_assert_same (stolt_document_get_project (document), saved);
}

static void
test_second_open_read_only (void)
{
  g_autoptr(StoltProject) original = storage_test_every_field_project (0);
  g_autofree char *path = write_project_file ("twice.stolt", original);
  g_autofree char *link_path = storage_test_tmp_path ("link.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(StoltDocument) first = NULL;
  g_autoptr(StoltDocument) second = NULL;
  g_autoptr(StoltDocument) via_link = NULL;
  g_autoptr(StoltDocument) third = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum = storage_test_checksum (path);
  g_autofree char *copy_path = storage_test_tmp_path ("copy.stolt");
  guint drafts;

  g_assert_cmpint (symlink (path, link_path), ==, 0);

  first = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (first));
  drafts = count_files ("drafts");

  second = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (stolt_document_get_read_only (second));
  g_assert_nonnull (strstr (stolt_document_get_read_only_reason (second), "twice.stolt"));
  via_link = stolt_document_open (link, &error);
  g_assert_no_error (error);
  g_assert_true (stolt_document_get_read_only (via_link));

  /* A read-only document writes nothing */
  set_title (stolt_document_get_project (second), "Not here");
  g_assert_true (stolt_document_flush (second, &error));
  g_assert_cmpuint (count_files ("drafts"), ==, drafts);
  g_assert_false (stolt_document_save (second, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_LOCKED);
  g_clear_error (&error);
  {
    g_autofree char *now = storage_test_checksum (path);

    g_assert_cmpstr (checksum, ==, now);
  }

  /* Save As onto the file open elsewhere is refused; elsewhere it works */
  g_assert_false (stolt_document_save_as (second, file, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_LOCKED);
  g_clear_error (&error);
  copy = g_file_new_for_path (copy_path);
  g_assert_true (stolt_document_save_as (second, copy, &error));
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (second));

  /* When the first closes, the file is free again */
  stolt_document_close (first);
  third = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (third));
}

/* Child processes: this test program run again with a role */

static GPid
spawn_child (const char *role,
             const char *argument,
             int        *stdout_fd)
{
  const char *argv[] = { self_exe, role, argument, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "G_DEBUG", "", TRUE);
  g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, stdout_fd, NULL, &error);
  g_assert_no_error (error);
  return pid;
}

static char *
read_line (int fd)
{
  GString *line = g_string_new (NULL);
  char c;

  while (read (fd, &c, 1) == 1 && c != '\n')
    g_string_append_c (line, c);
  return g_string_free (line, FALSE);
}

static void
kill_child (GPid pid)
{
  int status = 0;

  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
}

/* Child: open @path, say so, wait to be killed */
static int
child_hold (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = stolt_document_open (file, NULL);

  g_print ("%s\n", document != NULL && !stolt_document_get_read_only (document) ? "open" : "failed");
  for (;;)
    pause ();
  return 0;
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* Child: open @path, edit, let the autosave timer write, say so, wait to
 * be killed */
static int
child_edit (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = stolt_document_open (file, NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  StoltProject *project;

  if (document == NULL)
    {
      g_print ("failed\n");
      return 1;
    }
  project = stolt_document_get_project (document);
  set_title (project, "Unsaved title");
  add_member (project, "Written before the crash");

  /* No explicit flush: the document's own timer must do it */
  g_timeout_add (2500, quit_cb, loop);
  g_main_loop_run (loop);
  g_print ("edited\n");
  for (;;)
    pause ();
  return 0;
}

/* Child: write alternately two projects over @path, forever */
static int
child_save_loop (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(StoltProject) project = storage_test_random_project (rand, 8);

  g_print ("saving\n");
  for (guint i = 0;; i++)
    {
      set_title (project, i % 2 == 0 ? "new" : "newer");
      if (!stolt_storage_write (project, file, NULL))
        return 1;
    }
  return 0;
}

static void
test_other_process (void)
{
  g_autoptr(StoltProject) original = storage_test_every_field_project (0);
  g_autofree char *path = write_project_file ("elsewhere.stolt", original);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) read_only = NULL;
  g_autoptr(StoltDocument) writable = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  int fd = -1;
  GPid pid;

  pid = spawn_child ("--child-hold", path, &fd);
  line = read_line (fd);
  g_assert_cmpstr (line, ==, "open");

  read_only = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (stolt_document_get_read_only (read_only));

  /* A crash: the kernel drops the flock, but the lock file beside the
   * project stays, and is known to be stale; once removed, the file is
   * free */
  kill_child (pid);
  close (fd);
  g_clear_object (&read_only);
  read_only = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stolt_document_get_lock_state (read_only), ==, STOLT_DOCUMENT_LOCK_STALE);
  g_assert_true (stolt_document_remove_stale_lock (read_only, &error));
  g_assert_no_error (error);
  writable = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (writable));
}

static void
test_recover_after_kill (void)
{
  g_autoptr(StoltProject) original = storage_test_every_field_project (0);
  g_autofree char *path = write_project_file ("crash.stolt", original);
  g_autofree char *checksum = storage_test_checksum (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(StoltProject) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  StoltDraft *draft;
  StoltProject *project;
  GListModel *members;
  int fd = -1;
  GPid pid;

  pid = spawn_child ("--child-edit", path, &fd);
  line = read_line (fd);
  g_assert_cmpstr (line, ==, "edited");
  kill_child (pid);
  close (fd);

  /* The user's file is as it was */
  {
    g_autofree char *now = storage_test_checksum (path);

    g_assert_cmpstr (checksum, ==, now);
  }

  drafts = stolt_drafts_list_recoverable ();
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (stolt_draft_get_title (draft), ==, "Unsaved title");
  g_assert_true (g_file_equal (stolt_draft_get_file (draft), file));
  g_assert_nonnull (stolt_draft_get_written (draft));

  document = stolt_document_recover (stolt_draft_get_id (draft), &error);
  g_assert_no_error (error);
  g_assert_true (stolt_document_get_modified (document));
  g_assert_true (g_file_equal (stolt_document_get_file (document), file));
  project = stolt_document_get_project (document);
  g_assert_cmpstr (stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (project))), ==,
                   "Unsaved title");
  members = stolt_project_get_list (project, STOLT_LIST_MEMBERS);
  {
    g_autoptr(StoltRecord) last = g_list_model_get_item (members, g_list_model_get_n_items (members) - 1);

    g_assert_cmpstr (stolt_member_get_name (STOLT_MEMBER (last)), ==,
                     "Written before the crash");
  }

  /* While it is open again, it is not offered a second time */
  none = stolt_drafts_list_recoverable ();
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_true (stolt_document_save (document, &error));
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_modified (document));
  saved = load_path (path);
  storage_test_assert_same (project, saved);

  stolt_document_close (document);
  g_assert_cmpuint (count_files ("drafts"), ==, 0);
}

static void
test_close_keeps_unsaved (void)
{
  g_autoptr(StoltDocument) clean = stolt_document_new ();
  g_autoptr(StoltDocument) undone = stolt_document_new ();
  g_autoptr(StoltDocument) unsaved = stolt_document_new ();
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  stolt_document_close (clean);

  set_title (stolt_document_get_project (undone), "Undone");
  g_assert_true (stolt_document_flush (undone, &error));
  stolt_undo_stack_undo (stolt_project_get_undo_stack (stolt_document_get_project (undone)));
  g_assert_false (stolt_document_get_modified (undone));
  stolt_document_close (undone);
  g_assert_cmpuint (count_files ("drafts"), ==, 0);

  set_title (stolt_document_get_project (unsaved), "Kept");
  stolt_document_close (unsaved);
  drafts = stolt_drafts_list_recoverable ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (stolt_draft_get_title (g_ptr_array_index (drafts, 0)), ==, "Kept");
  g_assert_null (stolt_draft_get_file (g_ptr_array_index (drafts, 0)));

  g_assert_true (stolt_drafts_discard (stolt_draft_get_id (g_ptr_array_index (drafts, 0))));
  after = stolt_drafts_list_recoverable ();
  g_assert_cmpuint (after->len, ==, 0);
  g_assert_cmpuint (count_files ("drafts"), ==, 0);
}

static void
test_autosave_timer (void)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltProject *project = stolt_document_get_project (document);
  gint64 start = g_get_monotonic_time ();

  set_title (project, "Autosaved");
  while (stolt_document_get_draft_id (document) == NULL &&
         g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (stolt_document_get_draft_id (document));

  add_member (project, "Second");
  start = g_get_monotonic_time ();
  for (;;)
    {
      g_autoptr(StoltProject) draft = load_draft (stolt_document_get_draft_id (document));
      g_autofree char *a = storage_test_dump (project);
      g_autofree char *b = storage_test_dump (draft);

      if (g_str_equal (a, b))
        break;
      g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
      g_main_context_iteration (NULL, TRUE);
    }
  g_test_message ("written %.2f s after the edit",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  stolt_document_close_discarding (document);
}

/* A saving process killed at any moment leaves the old file or a new one */
static void
test_kill_while_saving (void)
{
  g_autoptr(StoltProject) original = storage_test_every_field_project (0);
  g_autofree char *path = write_project_file ("saving.stolt", original);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(StoltProject) loaded = NULL;
      g_autofree char *line = NULL;
      const char *title;
      int fd = -1;
      GPid pid;

      pid = spawn_child ("--child-save-loop", path, &fd);
      line = read_line (fd);
      g_assert_cmpstr (line, ==, "saving");
      g_usleep (g_rand_int_range (rand, 0, 30000));
      kill_child (pid);
      close (fd);

      loaded = load_path (path);
      title = stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (loaded)));
      if (!g_str_equal (title, "new") && !g_str_equal (title, "newer"))
        storage_test_assert_same (original, loaded);
    }
}

/* Random edits, autosaved in random batches: the working copy always
 * equals the project, whatever the mix of adds, removes, moves, undo */

static void
collect_cb (gpointer item,
            gpointer user_data)
{
  g_ptr_array_add (user_data, item);
}

static StoltRecord *
random_record (GRand        *rand,
               StoltProject *project)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  stolt_project_foreach (project, collect_cb, all);
  return g_ptr_array_index (all, g_rand_int_range (rand, 0, all->len));
}

static void
random_edit (GRand        *rand,
             StoltProject *project)
{
  StoltRecord *record = random_record (rand, project);
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);
  StoltUndoStack *undo = stolt_project_get_undo_stack (project);

  switch (g_rand_int_range (rand, 0, 7))
    {
    case 0: /* add a child, with children of its own */
      if (klass->n_children > 0)
        {
          guint list = g_rand_int_range (rand, 0, klass->n_children);
          GListModel *children = stolt_record_get_children (record, list);

          storage_test_add_random_record (rand, project, record, list,
                                          g_rand_int_range (rand, 0, g_list_model_get_n_items (children) + 1));
        }
      break;
    case 1:
      if (stolt_record_get_parent (record) != NULL)
        stolt_project_remove (project, record);
      break;
    case 2:
      if (stolt_record_get_parent (record) != NULL)
        stolt_project_move (project, record, g_rand_int_range (rand, 0, 50));
      break;
    case 3:
      stolt_undo_stack_undo (undo);
      break;
    case 4:
      stolt_undo_stack_redo (undo);
      break;
    default: /* change a field, through the project */
      {
        const StoltField *field = &klass->fields[g_rand_int_range (rand, 0, klass->n_fields)];
        g_auto(GValue) value = G_VALUE_INIT;

        /* Nobody edits Stolt's own fields (the project's uid) */
        if ((field->flags & STOLT_FIELD_FLAG_INTERNAL) != 0)
          break;
        if (field->kind == STOLT_FIELD_REF || field->kind == STOLT_FIELD_REFS)
          {
            /* Links to a random record of the right table, if any */
            StoltRecord *target = random_record (rand, project);

            if (g_strcmp0 (STOLT_RECORD_GET_CLASS (target)->table, field->ref_table) != 0)
              break;
            if (field->kind == STOLT_FIELD_REF)
              stolt_project_set_ref (project, record, field->name, stolt_record_get_id (target), NULL);
            else
              {
                gint64 id = stolt_record_get_id (target);

                stolt_project_set_refs (project, record, field->name, &id, 1, NULL);
              }
            break;
          }
        if (storage_test_random_value (rand, record, field, &value))
          stolt_project_set (project, record, field->name, &value, NULL);
      }
      break;
    }
}

static void
test_sync_random (void)
{
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(StoltProject) start = storage_test_random_project (rand, 4);
  g_autofree char *path = write_project_file ("sync.stolt", start);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  StoltProject *project;

  g_test_message ("seed %u", seed);
  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  project = stolt_document_get_project (document);

  for (guint round = 0; round < 60; round++)
    {
      guint n = g_rand_int_range (rand, 1, 12);
      g_autoptr(StoltProject) draft = NULL;

      for (guint i = 0; i < n; i++)
        random_edit (rand, project);
      stolt_document_flush (document, &error);
      g_assert_no_error (error);

      draft = load_draft (stolt_document_get_draft_id (document));
      storage_test_assert_same (project, draft);
    }

  g_assert_true (stolt_document_save_overwriting (document, &error));
  g_assert_no_error (error);
  {
    g_autoptr(StoltProject) saved = load_path (path);

    storage_test_assert_same (project, saved);
  }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child-hold"))
    return child_hold (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--child-edit"))
    return child_edit (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--child-save-loop"))
    return child_save_loop (argv[2]);

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/storage/document/untitled", test_untitled);
  g_test_add_func ("/storage/document/save", test_save);
  g_test_add_func ("/storage/document/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/storage/document/second-open-read-only", test_second_open_read_only);
  g_test_add_func ("/storage/document/other-process", test_other_process);
  g_test_add_func ("/storage/document/recover-after-kill", test_recover_after_kill);
  g_test_add_func ("/storage/document/close-keeps-unsaved", test_close_keeps_unsaved);
  g_test_add_func ("/storage/document/autosave-timer", test_autosave_timer);
  g_test_add_func ("/storage/document/kill-while-saving", test_kill_while_saving);
  g_test_add_func ("/storage/document/sync-random", test_sync_random);

  return g_test_run ();
}
