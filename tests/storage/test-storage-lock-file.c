/* test-storage-lock-file.c — the lock beside a project, and where files live
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colleagues on other computers are played by child processes with data
 * folders of their own: they share nothing with the test but the folder
 * the project is in, as two workstations share a network drive.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "stolt-document.h"
#include "stolt-drafts.h"
#include "stolt-file.h"
#include "stolt-fs-kind.h"
#include "stolt-lock-file.h"
#include "stolt-storage.h"
#include "storage-test-util.h"

/* The uid and gid a root test runs the read-only-folder child as */
#define NOBODY 65534

static const char *self_exe;

/* The network-path decision */

typedef struct
{
  const char  *scheme;
  const char  *path;
  guint64      fs_type;
  StoltFsKind  expected;
} FsKindCase;

static const FsKindCase fs_kind_cases[] = {
  /* This computer's own disks */
  { "file", "/home/kari/Dokument/plan.stolt", 0xEF53, STOLT_FS_KIND_LOCAL },     /* ext4 */
  { "file", "/home/kari/plan.stolt", 0x9123683E, STOLT_FS_KIND_LOCAL },          /* btrfs */
  { "file", "/tmp/plan.stolt", 0x01021994, STOLT_FS_KIND_LOCAL },                /* tmpfs */
  { "file", "/media/kari/USB/plan.stolt", 0x4D44, STOLT_FS_KIND_LOCAL },         /* FAT */
  { NULL, "/home/kari/plan.stolt", 0, STOLT_FS_KIND_LOCAL },                     /* unknown */
  { "FILE", "/srv/plan.stolt", 0x58465342, STOLT_FS_KIND_LOCAL },                /* XFS */
  /* Kernel network mounts */
  { "file", "/mnt/hr/plan.stolt", 0xFF534D42, STOLT_FS_KIND_NETWORK },           /* CIFS */
  { "file", "/mnt/hr/plan.stolt", 0xFE534D42, STOLT_FS_KIND_NETWORK },           /* SMB2 */
  { "file", "/mnt/hr/plan.stolt", 0x517B, STOLT_FS_KIND_NETWORK },               /* smbfs */
  { "file", "/net/kommun/plan.stolt", 0x6969, STOLT_FS_KIND_NETWORK },           /* NFS */
  { "file", "/afs/kommun/plan.stolt", 0x5346414F, STOLT_FS_KIND_NETWORK },       /* AFS */
  { "file", "/ceph/plan.stolt", 0x00C36400, STOLT_FS_KIND_NETWORK },             /* Ceph */
  { "file", "/mnt/host/plan.stolt", 0x01021997, STOLT_FS_KIND_NETWORK },         /* 9p */
  /* GVfs locations, whatever the rest says */
  { "smb", NULL, 0, STOLT_FS_KIND_NETWORK },
  { "SMB", NULL, 0, STOLT_FS_KIND_NETWORK },
  { "sftp", NULL, 0, STOLT_FS_KIND_NETWORK },
  { "dav", NULL, 0, STOLT_FS_KIND_NETWORK },
  { "davs", NULL, 0, STOLT_FS_KIND_NETWORK },
  { "nfs", NULL, 0, STOLT_FS_KIND_NETWORK },
  { "google-drive", NULL, 0, STOLT_FS_KIND_NETWORK },
  { "smb", "/run/user/1000/gvfs/smb-share:server=hr,share=plan/plan.stolt", 0x65735546,
    STOLT_FS_KIND_NETWORK },
  /* A local scheme without a path is nothing SQLite could open */
  { "file", NULL, 0, STOLT_FS_KIND_NETWORK },
  /* FUSE: gvfsd-fuse by path and by magic, sshfs by magic */
  { "file", "/run/user/1000/gvfs/smb-share:server=hr,share=plan/plan.stolt", 0,
    STOLT_FS_KIND_FUSE },
  { "file", "/run/user/1000/gvfs/smb-share:server=hr,share=plan/plan.stolt", 0x65735546,
    STOLT_FS_KIND_FUSE },
  { "file", "/run/user/1000/gvfs", 0, STOLT_FS_KIND_FUSE },
  { "file", "/home/kari/sshfs/plan.stolt", 0x65735546, STOLT_FS_KIND_FUSE },
  /* The document portal, by path first */
  { "file", "/run/user/1000/doc/8a2f1c3e/plan.stolt", 0x65735546, STOLT_FS_KIND_PORTAL },
  { "file", "/run/user/1000/doc/8a2f1c3e/plan.stolt", 0, STOLT_FS_KIND_PORTAL },
  { "file", "/run/user/42/doc", 0, STOLT_FS_KIND_PORTAL },
  /* Look-alikes that are not */
  { "file", "/run/user/1000/documents/plan.stolt", 0, STOLT_FS_KIND_LOCAL },
  { "file", "/run/user/kari/doc/plan.stolt", 0, STOLT_FS_KIND_LOCAL },
  { "file", "/run/user//doc/plan.stolt", 0, STOLT_FS_KIND_LOCAL },
  { "file", "/home/kari/run/user/1000/doc/plan.stolt", 0, STOLT_FS_KIND_LOCAL },
  { "file", "/run/user/1000/gvfsx/plan.stolt", 0, STOLT_FS_KIND_LOCAL },
};

static void
test_fs_kind_table (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (fs_kind_cases); i++)
    {
      const FsKindCase *c = &fs_kind_cases[i];
      StoltFsKind kind = stolt_fs_kind_classify (c->scheme, c->path, c->fs_type);

      if (kind != c->expected)
        g_error ("case %" G_GSIZE_FORMAT " (%s, %s, 0x%" G_GINT64_MODIFIER "x): %s, expected %s",
                 i, c->scheme, c->path, c->fs_type, stolt_fs_kind_to_string (kind),
                 stolt_fs_kind_to_string (c->expected));
    }
}

/* The real thing for real files: this test's folder is a local disk, a
 * GVfs URI is not */
static void
test_fs_kind_files (void)
{
  g_autofree char *path = storage_test_tmp_path ("kind.stolt");
  g_autoptr(GFile) local = g_file_new_for_path (path);
  g_autoptr(GFile) not_yet = g_file_new_for_path ("/tmp/no/such/folder/plan.stolt");
  g_autoptr(GFile) remote = g_file_new_for_uri ("smb://hr-server/plan/plan.stolt");
  struct statfs buf;

  g_assert_cmpint (statfs (g_get_user_cache_dir (), &buf), ==, 0);
  if (stolt_fs_kind_is_shared (stolt_fs_kind_classify ("file", path, (guint64) buf.f_type)))
    {
      g_test_skip ("the test folder is itself on a shared file system");
      return;
    }
  g_assert_cmpint (stolt_fs_kind_for_file (local), ==, STOLT_FS_KIND_LOCAL);
  g_assert_cmpint (stolt_fs_kind_for_file (not_yet), ==, STOLT_FS_KIND_LOCAL);
  g_assert_cmpint (stolt_fs_kind_for_file (remote), ==, STOLT_FS_KIND_NETWORK);
  g_assert_false (stolt_file_is_portal_or_remote (local));
  g_assert_true (stolt_file_is_portal_or_remote (remote));
}

/* What a lock file says */

static void
test_parse (void)
{
  g_autoptr(StoltLockOwner) self = stolt_lock_owner_new_for_self ();
  g_autofree char *data = stolt_lock_owner_to_data (self);
  g_autoptr(StoltLockOwner) back = stolt_lock_owner_parse (data, strlen (data), NULL);
  g_autoptr(GDateTime) fallback = g_date_time_new_local (2026, 12, 2, 9, 14, 0);
  g_autoptr(StoltLockOwner) garbage = NULL;
  g_autoptr(StoltLockOwner) nasty = NULL;
  g_autoptr(StoltLockOwner) huge_owner = NULL;
  g_autofree char *huge = NULL;
  static const char nasty_data[] =
    "[Stolt Lock]\nName=Kari\\nNordmann\\t\xe2\x80\xae\nHost=HR-PC-12\nProcess=-5\n"
    "Since=yesterday\n";

  g_assert_cmpstr (back->name, ==, self->name);
  g_assert_cmpstr (back->login, ==, g_get_user_name ());
  g_assert_cmpstr (back->host, ==, g_get_host_name ());
  g_assert_cmpint (back->pid, ==, getpid ());
  g_assert_cmpstr (back->pid_ns, ==, stolt_lock_get_pid_namespace ());
  g_assert_cmpstr (back->id, ==, self->id);
  g_assert_cmpint (g_date_time_to_unix (back->since), ==, g_date_time_to_unix (self->since));

  /* Anything at all still says "someone has it", from the file's time */
  garbage = stolt_lock_owner_parse ("\x00\x01garbage", 9, fallback);
  g_assert_cmpstr (garbage->name, ==, "");
  g_assert_cmpstr (garbage->host, ==, "");
  g_assert_cmpint (garbage->pid, ==, 0);
  g_assert_true (g_date_time_equal (garbage->since, fallback));
  g_assert_true (g_date_time_equal (garbage->refreshed, fallback));
  g_assert_cmpstr (stolt_lock_owner_get_display_name (garbage), ==, "");

  /* Control and direction characters go, bad UTF-8 is mended */
  nasty = stolt_lock_owner_parse (nasty_data, strlen (nasty_data), fallback);
  g_assert_true (g_utf8_validate (nasty->name, -1, NULL));
  g_assert_null (strchr (nasty->name, '\n'));
  g_assert_null (strchr (nasty->name, '\t'));
  g_assert_null (strstr (nasty->name, "\xe2\x80\xae"));
  g_assert_true (g_str_has_prefix (nasty->name, "Kari Nordmann"));
  g_assert_cmpint (nasty->pid, ==, 0);
  g_assert_true (g_date_time_equal (nasty->since, fallback));

  /* Bad UTF-8 makes the whole lock unreadable, which is still a lock */
  {
    static const char bad[] = "[Stolt Lock]\nName=Kari \xff\nHost=HR-PC-12\n";
    g_autoptr(StoltLockOwner) owner = stolt_lock_owner_parse (bad, strlen (bad), fallback);

    g_assert_true (g_utf8_validate (owner->name, -1, NULL));
    g_assert_true (g_date_time_equal (owner->since, fallback));
  }

  /* A long name is cut */
  {
    g_autofree char *xs = g_strnfill (4000, 'x');

    huge = g_strconcat ("[Stolt Lock]\nName=", xs, "\n", NULL);
  }
  huge_owner = stolt_lock_owner_parse (huge, strlen (huge), fallback);
  g_assert_cmpuint (g_utf8_strlen (huge_owner->name, -1), <=, 128);
}

static StoltLockOwner *
make_owner (const char *host,
            gint64      pid,
            GTimeSpan   age)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  StoltLockOwner *owner = g_new0 (StoltLockOwner, 1);

  owner->name = g_strdup ("Kari Nordmann");
  owner->login = g_strdup ("kari");
  owner->host = g_strdup (host);
  owner->pid = pid;
  owner->pid_ns = g_strdup (stolt_lock_get_pid_namespace ());
  owner->id = g_uuid_string_random ();
  owner->since = g_date_time_add (now, -age - G_TIME_SPAN_HOUR);
  owner->refreshed = g_date_time_add (now, -age);
  return owner;
}

static GPid
dead_pid (void)
{
  const char *argv[] = { "/bin/true", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;
  int status;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  return pid;
}

static void
test_status (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *here = g_get_host_name ();
  struct { const char *host; gint64 pid; GTimeSpan age; StoltLockOwnerStatus expected; } cases[] = {
    { here, getpid (), 0, STOLT_LOCK_OWNER_ALIVE },
    { here, dead_pid (), 0, STOLT_LOCK_OWNER_GONE },
    /* The same pid on another computer says nothing */
    { "HR-PC-12", dead_pid (), 0, STOLT_LOCK_OWNER_ALIVE },
    { "HR-PC-12", 4242, 9 * 60 * G_TIME_SPAN_SECOND, STOLT_LOCK_OWNER_ALIVE },
    { "HR-PC-12", 4242, 11 * 60 * G_TIME_SPAN_SECOND, STOLT_LOCK_OWNER_SILENT },
    { here, getpid (), 11 * 60 * G_TIME_SPAN_SECOND, STOLT_LOCK_OWNER_SILENT },
    /* A clock ahead of ours */
    { "HR-PC-12", 4242, -5 * 60 * G_TIME_SPAN_SECOND, STOLT_LOCK_OWNER_ALIVE },
    { "", 0, 0, STOLT_LOCK_OWNER_ALIVE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StoltLockOwner) owner = make_owner (cases[i].host, cases[i].pid, cases[i].age);

      g_assert_cmpint (stolt_lock_owner_get_status (owner, here, now), ==, cases[i].expected);
    }

  /* A dead pid in another pid namespace (another sandbox) says nothing */
  {
    g_autoptr(StoltLockOwner) sandboxed = make_owner (here, dead_pid (), 0);

    g_free (sandboxed->pid_ns);
    sandboxed->pid_ns = g_strdup ("pid:[1]");
    g_assert_cmpint (stolt_lock_owner_get_status (sandboxed, here, now), ==,
                     STOLT_LOCK_OWNER_ALIVE);
  }
}

/* Helpers */

static char *
write_project (const char *dir,
               const char *name,
               const char *title)
{
  g_autoptr(StoltProject) project = storage_test_every_field_project (0);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (stolt_project_set_text (project,
                                         STOLT_RECORD (stolt_project_get_card (project)),
                                         "title", title, &error));
  g_assert_no_error (error);
  g_assert_true (stolt_storage_write (project, file, &error));
  g_assert_no_error (error);
  return path;
}

static char *
project_folder (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "share", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return g_steal_pointer (&dir);
}

static char *
lock_path_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) lock = stolt_lock_file_for_document (file);

  return g_file_get_path (lock);
}

static void
write_lock (const char     *path,
            StoltLockOwner *owner)
{
  g_autofree char *lock = lock_path_of (path);
  g_autofree char *data = stolt_lock_owner_to_data (owner);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (lock, data, -1, &error));
  g_assert_no_error (error);
}

/* A colleague on another computer: this program again, with a data
 * folder of its own, talking over a pipe */
typedef struct
{
  GPid pid;
  int  to_child;
  int  from_child;
} Colleague;

static void
colleague_start (Colleague  *colleague,
                 const char *role,
                 const char *path,
                 const char *data_home)
{
  const char *argv[] = { self_exe, role, path, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (data_home, 0755), ==, 0);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "G_DEBUG", "", TRUE);
  g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &colleague->pid, &colleague->to_child, &colleague->from_child, NULL,
                            &error);
  g_assert_no_error (error);
}

static char *
colleague_read_line (Colleague *colleague)
{
  GString *line = g_string_new (NULL);
  char c;

  while (read (colleague->from_child, &c, 1) == 1 && c != '\n')
    g_string_append_c (line, c);
  return g_string_free (line, FALSE);
}

static int
colleague_wait (Colleague *colleague)
{
  int status = 0;

  waitpid (colleague->pid, &status, 0);
  g_spawn_close_pid (colleague->pid);
  close (colleague->to_child);
  close (colleague->from_child);
  return status;
}

static void
colleague_kill (Colleague *colleague)
{
  kill (colleague->pid, SIGKILL);
  colleague_wait (colleague);
}

static char *
other_data_home (const char *who)
{
  return g_build_filename (g_get_user_cache_dir (), "computers", who, NULL);
}

static void
lock_state_notified_cb (StoltDocument *document,
                        GParamSpec    *pspec,
                        GMainLoop     *loop)
{
  if (stolt_document_get_lock_state (document) == STOLT_DOCUMENT_LOCK_FREED)
    g_main_loop_quit (loop);
}

/* Two computers, one file */

static void
test_two_computers (void)
{
  g_autofree char *dir = project_folder ();
  g_autofree char *path = write_project (dir, "plan.stolt", "Arbeidsgiverpolitikk");
  g_autofree char *lock_path = lock_path_of (path);
  g_autofree char *first_home = other_data_home ("first");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) second = NULL;
  g_autoptr(StoltDocument) third = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *closed = NULL;
  const StoltLockOwner *holder;
  Colleague first = { 0 };

  colleague_start (&first, "--child-hold", path, first_home);
  line = colleague_read_line (&first);
  g_assert_cmpstr (line, ==, "open");
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_IS_REGULAR));

  /* The second is read-only and names the first user and computer */
  second = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (stolt_document_get_read_only (second));
  g_assert_cmpint (stolt_document_get_lock_state (second), ==, STOLT_DOCUMENT_LOCK_HELD);
  holder = stolt_document_get_lock_holder (second);
  g_assert_nonnull (holder);
  g_assert_cmpstr (holder->login, ==, g_get_user_name ());
  g_assert_cmpstr (holder->host, ==, g_get_host_name ());
  g_assert_cmpint (holder->pid, ==, first.pid);
  g_assert_nonnull (strstr (stolt_document_get_read_only_reason (second), g_get_host_name ()));
  /* Read-only writes nothing: no working copy */
  g_assert_null (stolt_document_get_draft_id (second));

  /* Closing the first frees it, and the second is told */
  g_signal_connect (second, "notify::lock-state", G_CALLBACK (lock_state_notified_cb), loop);
  g_assert_cmpint (write (first.to_child, "close\n", 6), ==, 6);
  closed = colleague_read_line (&first);
  g_assert_cmpstr (closed, ==, "closed");
  g_assert_cmpint (colleague_wait (&first), ==, 0);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  g_main_loop_run (loop);
  g_assert_cmpint (stolt_document_get_lock_state (second), ==, STOLT_DOCUMENT_LOCK_FREED);
  g_assert_true (stolt_document_get_read_only (second));

  /* Opened again, it is writable, and its own lock names this process */
  third = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (third));
  g_assert_cmpint (stolt_document_get_lock_state (third), ==, STOLT_DOCUMENT_LOCK_OWN);
  {
    g_autoptr(StoltLockOwner) mine = stolt_lock_file_read (file, &error);

    g_assert_no_error (error);
    g_assert_cmpint (mine->pid, ==, getpid ());
  }
  stolt_document_close (third);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
}

/* A killed first process leaves a stale lock; the second recognises it
 * and, asked to, removes it */
static void
test_killed_owner (void)
{
  g_autofree char *dir = project_folder ();
  g_autofree char *path = write_project (dir, "killed.stolt", "Plan");
  g_autofree char *lock_path = lock_path_of (path);
  g_autofree char *first_home = other_data_home ("killed");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) second = NULL;
  g_autoptr(StoltDocument) third = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  Colleague first = { 0 };

  colleague_start (&first, "--child-hold", path, first_home);
  line = colleague_read_line (&first);
  g_assert_cmpstr (line, ==, "open");
  colleague_kill (&first);
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_IS_REGULAR));

  second = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (stolt_document_get_read_only (second));
  g_assert_cmpint (stolt_document_get_lock_state (second), ==, STOLT_DOCUMENT_LOCK_STALE);
  g_assert_cmpint (stolt_document_get_lock_holder (second)->pid, ==, first.pid);

  g_assert_true (stolt_document_remove_stale_lock (second, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (stolt_document_get_lock_state (second), ==, STOLT_DOCUMENT_LOCK_FREED);

  third = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (third));
}

/* From another computer: alive while refreshed, stale when silent; a
 * stale lock refreshed meanwhile is not removed */
static void
test_other_computer (void)
{
  g_autofree char *dir = project_folder ();
  g_autofree char *path = write_project (dir, "hr.stolt", "Plan");
  g_autofree char *lock_path = lock_path_of (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltLockOwner) kari = make_owner ("HR-PC-12", 4242, 0);
  g_autoptr(StoltLockOwner) silent = make_owner ("HR-PC-12", 4242, 2 * G_TIME_SPAN_HOUR);
  g_autoptr(StoltDocument) held = NULL;
  g_autoptr(StoltDocument) stale = NULL;
  g_autoptr(StoltDocument) copy = NULL;
  g_autofree char *copy_path = g_build_filename (dir, "hr-copy.stolt", NULL);
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy_path);
  g_autoptr(GError) error = NULL;

  write_lock (path, kari);
  held = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stolt_document_get_lock_state (held), ==, STOLT_DOCUMENT_LOCK_HELD);
  g_assert_cmpstr (stolt_document_get_lock_holder (held)->name, ==, "Kari Nordmann");
  g_assert_cmpstr (stolt_document_get_lock_holder (held)->host, ==, "HR-PC-12");
  g_assert_nonnull (strstr (stolt_document_get_read_only_reason (held), "Kari Nordmann"));

  /* Save As elsewhere makes it writable, with a lock of its own */
  g_assert_true (stolt_document_save_as (held, copy_file, &error));
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (held));
  g_assert_cmpint (stolt_document_get_lock_state (held), ==, STOLT_DOCUMENT_LOCK_OWN);
  g_clear_object (&held);

  /* Save As onto her file is refused, naming her */
  copy = stolt_document_open (copy_file, &error);
  g_assert_no_error (error);
  g_assert_false (stolt_document_save_as (copy, file, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "Kari Nordmann"));
  g_clear_error (&error);
  g_clear_object (&copy);

  write_lock (path, silent);
  stale = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stolt_document_get_lock_state (stale), ==, STOLT_DOCUMENT_LOCK_STALE);

  /* Her computer wakes up and refreshes before the user agrees */
  write_lock (path, kari);
  g_assert_false (stolt_document_remove_stale_lock (stale, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (stolt_document_get_lock_state (stale), ==, STOLT_DOCUMENT_LOCK_HELD);
}

/* The owner refreshes; a lock someone else took is left alone */
static void
test_refresh (void)
{
  g_autofree char *dir = project_folder ();
  g_autofree char *path = write_project (dir, "refresh.stolt", "Plan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltLockFile) lock = NULL;
  g_autoptr(StoltLockOwner) before = NULL;
  g_autoptr(StoltLockOwner) after = NULL;
  g_autoptr(StoltLockOwner) busy = NULL;
  g_autoptr(StoltLockOwner) kari = make_owner ("HR-PC-12", 4242, 0);
  g_autoptr(StoltLockFile) none = NULL;
  g_autoptr(GError) error = NULL;

  lock = stolt_lock_file_acquire (file, NULL, &error);
  g_assert_no_error (error);
  none = stolt_lock_file_acquire (file, &busy, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_cmpstr (busy->id, ==, stolt_lock_file_get_owner (lock)->id);
  g_clear_error (&error);

  before = stolt_lock_file_read (file, &error);
  g_assert_no_error (error);
  g_usleep (G_USEC_PER_SEC / 50);
  g_assert_true (stolt_lock_file_refresh (lock, &error));
  g_assert_no_error (error);
  after = stolt_lock_file_read (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->id, ==, before->id);
  g_assert_true (g_date_time_compare (after->refreshed, before->refreshed) > 0);
  g_assert_true (g_date_time_equal (after->since, before->since));

  /* Taken over: not refreshed, and not removed on release */
  write_lock (path, kari);
  g_assert_false (stolt_lock_file_refresh (lock, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_pointer (&lock, stolt_lock_file_release);
  g_clear_pointer (&after, stolt_lock_owner_free);
  after = stolt_lock_file_read (file, NULL);
  g_assert_nonnull (after);
  g_assert_cmpstr (after->id, ==, kari->id);
}

/* Where no lock can be written, the file still opens, and says why */

static int
child_state (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;

  /* Root writes anywhere: be someone who cannot */
  if (geteuid () == 0 && (setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
    return 2;
  document = stolt_document_open (file, NULL);
  if (document == NULL)
    {
      g_print ("failed\n");
      return 1;
    }
  g_print ("%s %d %s\n", stolt_document_get_read_only (document) ? "read-only" : "writable",
           stolt_document_get_lock_state (document),
           stolt_document_get_lock_problem (document) != NULL ? "problem" : "none");
  return 0;
}

static void
test_read_only_folder (void)
{
  g_autofree char *top = g_dir_make_tmp ("stolt-ro-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (top, "readonly", NULL);
  g_autofree char *path = NULL;
  g_autofree char *home = g_build_filename (top, "home", NULL);
  g_autofree char *line = NULL;
  g_autofree char *expected = g_strdup_printf ("writable %d problem",
                                               STOLT_DOCUMENT_LOCK_UNPROTECTED);
  Colleague colleague = { 0 };

  g_assert_nonnull (top);
  g_assert_cmpint (g_chmod (top, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  path = write_project (dir, "locked.stolt", "Plan");
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_cmpint (g_mkdir (home, 0755), ==, 0);
  if (geteuid () == 0)
    g_assert_cmpint (chown (home, NOBODY, NOBODY), ==, 0);

  colleague_start (&colleague, "--child-state", path, home);
  line = colleague_read_line (&colleague);
  g_assert_cmpint (colleague_wait (&colleague), ==, 0);
  g_assert_cmpstr (line, ==, expected);
  {
    g_autofree char *lock_path = lock_path_of (path);

    g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  }

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
  {
    const char *argv[] = { "rm", "-rf", top, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, NULL, NULL));
  }
}

/* Something in the way of the lock file (here a folder of its name) */
static void
test_lock_in_the_way (void)
{
  g_autofree char *dir = project_folder ();
  g_autofree char *path = write_project (dir, "blocked.stolt", "Plan");
  g_autofree char *lock_path = lock_path_of (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (lock_path, 0755), ==, 0);
  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  g_assert_false (stolt_document_get_read_only (document));
  g_assert_cmpint (stolt_document_get_lock_state (document), ==, STOLT_DOCUMENT_LOCK_UNPROTECTED);
  g_assert_nonnull (strstr (stolt_document_get_lock_problem (document), "blocked.stolt"));
  stolt_document_close (document);
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_IS_DIR));
}

/* Changed on disk since opening: caught at save; who and when; reload
 * keeps the edits in a draft; overwrite */

static void
set_title (StoltProject *project,
           const char   *title)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_set_text (project, STOLT_RECORD (stolt_project_get_card (project)),
                                         "title", title, &error));
  g_assert_no_error (error);
}

static void
test_changed_since_open (void)
{
  g_autofree char *dir = project_folder ();
  g_autofree char *path = write_project (dir, "changed.stolt", "Original");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(StoltDocument) reloaded = NULL;
  g_autoptr(StoltDocument) recovered = NULL;
  g_autoptr(StoltLockOwner) changer = NULL;
  g_autoptr(StoltLockOwner) kari = make_owner ("HR-PC-12", 4242, 0);
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(StoltProject) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft_id = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *title = NULL;
  struct stat st;

  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  set_title (stolt_document_get_project (document), "Mine");
  g_assert_true (stolt_document_flush (document, &error));
  g_assert_no_error (error);

  /* Kari found the lock stale, took the file and saved it */
  g_free (write_project (dir, "changed.stolt", "Theirs"));
  write_lock (path, kari);
  theirs = storage_test_checksum (path);

  g_assert_false (stolt_document_save (document, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  g_assert_true (stolt_document_query_disk_change (document, &changer, &modified, &error));
  g_assert_no_error (error);
  g_assert_nonnull (changer);
  g_assert_cmpstr (changer->name, ==, "Kari Nordmann");
  g_assert_cmpstr (changer->host, ==, "HR-PC-12");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (g_date_time_to_unix (modified), ==, st.st_mtime);
  {
    g_autofree char *still = storage_test_checksum (path);

    g_assert_cmpstr (still, ==, theirs);
  }

  /* Reload: the edits stay in a draft that can be opened again */
  draft_id = g_strdup (stolt_document_get_draft_id (document));
  g_assert_nonnull (draft_id);
  stolt_document_close (document);
  g_clear_object (&document);
  reloaded = stolt_document_open (file, &error);
  g_assert_no_error (error);
  title = stolt_document_dup_title (reloaded);
  g_assert_cmpstr (title, ==, "Theirs");
  drafts = stolt_drafts_list_recoverable ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (stolt_draft_get_id (g_ptr_array_index (drafts, 0)), ==, draft_id);
  recovered = stolt_document_recover (draft_id, &error);
  g_assert_no_error (error);
  g_clear_pointer (&title, g_free);
  title = stolt_document_dup_title (recovered);
  g_assert_cmpstr (title, ==, "Mine");

  /* Overwrite: the recovered edits replace theirs */
  g_clear_object (&reloaded);
  g_assert_true (stolt_document_save_as (recovered, file, &error) ||
                 g_error_matches (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_LOCKED));
  g_clear_error (&error);
  {
    g_autofree char *lock_path = lock_path_of (path);

    g_unlink (lock_path);
  }
  g_assert_true (stolt_document_save_as (recovered, file, &error));
  g_assert_no_error (error);
  on_disk = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (on_disk))), ==,
                   "Mine");
}

static void
test_overwrite_after_change (void)
{
  g_autofree char *dir = project_folder ();
  g_autofree char *path = write_project (dir, "overwrite.stolt", "Original");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(StoltProject) on_disk = NULL;
  g_autoptr(GError) error = NULL;

  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  set_title (stolt_document_get_project (document), "Mine");
  g_free (write_project (dir, "overwrite.stolt", "Theirs"));

  g_assert_false (stolt_document_save (document, &error));
  g_assert_error (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  g_assert_true (stolt_document_save_overwriting (document, &error));
  g_assert_no_error (error);
  on_disk = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (on_disk))), ==,
                   "Mine");
  /* And the lock is still this document's */
  g_assert_cmpint (stolt_document_get_lock_state (document), ==, STOLT_DOCUMENT_LOCK_OWN);
}

/* Child: open @path, say so, close when told, say so */
static int
child_hold (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltDocument) document = stolt_document_open (file, NULL);
  char command[16] = { 0 };

  g_print ("%s\n", document != NULL && !stolt_document_get_read_only (document) ? "open" : "failed");
  if (read (STDIN_FILENO, command, sizeof command - 1) <= 0)
    return 1;
  stolt_document_close (document);
  g_print ("closed\n");
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child-hold"))
    return child_hold (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--child-state"))
    return child_state (argv[2]);

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/storage/fs-kind/table", test_fs_kind_table);
  g_test_add_func ("/storage/fs-kind/files", test_fs_kind_files);
  g_test_add_func ("/storage/lock-file/parse", test_parse);
  g_test_add_func ("/storage/lock-file/status", test_status);
  g_test_add_func ("/storage/lock-file/refresh", test_refresh);
  g_test_add_func ("/storage/lock-file/two-computers", test_two_computers);
  g_test_add_func ("/storage/lock-file/killed-owner", test_killed_owner);
  g_test_add_func ("/storage/lock-file/other-computer", test_other_computer);
  g_test_add_func ("/storage/lock-file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/storage/lock-file/in-the-way", test_lock_in_the_way);
  g_test_add_func ("/storage/lock-file/changed-since-open", test_changed_since_open);
  g_test_add_func ("/storage/lock-file/overwrite-after-change", test_overwrite_after_change);

  return g_test_run ();
}
