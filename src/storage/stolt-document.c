/* stolt-document.c — a project as the user knows it: a file, or not yet
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a document keeps the user's work:
 *
 * - Open reads the whole file into memory and checks and loads it from
 *   there (stolt-storage.c); SQLite never runs on the user's file.
 * - A writable document puts those same bytes (or, after a migration,
 *   the migrated ones) into a working copy in the drafts folder, in WAL
 *   mode.  Every change the project signals is collected and written
 *   there within a second or two, in one transaction.
 * - Save writes a consistent image of the working copy (sqlite3_serialize)
 *   to a new file beside the user's and renames it over the user's file,
 *   unless the file changed on disk since it was opened or last saved.
 * - A lock in the locks folder, keyed by the file's real path, makes a
 *   second open of the same file, in this process or another, read-only.
 *   A read-only document writes nothing at all until Save As.
 * - A lock file beside the user's file (stolt-lock-file.h) does the same
 *   for colleagues on other computers, who have other data folders, and
 *   says who has the file.  A document that finds someone else's lock is
 *   read-only and watches the lock, to say when the file is free; a lock
 *   whose owner is gone is "stale", and only the user removes it.
 */

#define G_LOG_DOMAIN "stolt-document"

#include "config.h"

#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "stolt-db.h"
#include "stolt-document.h"
#include "stolt-drafts.h"
#include "stolt-file.h"
#include "stolt-fs-kind.h"
#include "stolt-lock-file.h"
#include "stolt-lock.h"
#include "stolt-migrate.h"
#include "stolt-schema.h"
#include "stolt-storage-private.h"
#include "stolt-writer.h"

/* How long edits wait before they go to the working copy */
#define FLUSH_DELAY_SECONDS 1

/* How often a read-only document looks at someone else's lock, besides
 * the file monitor (which sees nothing that another computer does to a
 * network share) */
#define LOCK_POLL_SECONDS 5

/* Save compacts the working copy first when this much of it is unused */
#define VACUUM_FREE_FRACTION 4

struct _StoltDocument
{
  GObject         parent_instance;

  /* Owned references */
  StoltProject   *project;
  GFile          *file;
  StoltFileStamp  stamp;            /* of @file when opened or last saved */
  char           *read_only_reason; /* NULL when writable */
  StoltLock      *file_lock;
  StoltLockFile  *shared_lock;      /* the lock file beside @file, when ours */
  StoltLockOwner *holder;           /* who has @file, when HELD or STALE */
  char           *lock_problem;     /* why no lock file, when UNPROTECTED */
  StoltDocumentLockState lock_state;
  GFileMonitor   *lock_monitor;
  guint           lock_source;      /* refreshes our lock, or polls theirs */

  /* The working copy; NULL until the first change (new documents) */
  char           *draft_id;
  StoltLock      *draft_lock;
  StoltDb        *draft_db;
  StoltWriter    *writer;
  StoltChanges   *changes;
  GDateTime      *created;

  guint           flush_source;
  gulong          record_changed_id;
  gulong          children_changed_id;

  gboolean        modified;         /* as last notified */
  gboolean        unsaved_origin;   /* recovered or imported: unsaved until saved */
  gboolean        closed;
};

G_DEFINE_FINAL_TYPE (StoltDocument, stolt_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  PROP_LOCK_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  AUTOSAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void stolt_document_release (StoltDocument *self,
                                    gboolean       keep_draft);

/* GObject */

static void
stolt_document_dispose (GObject *object)
{
  StoltDocument *self = STOLT_DOCUMENT (object);

  if (!self->closed)
    stolt_document_close (self);

  G_OBJECT_CLASS (stolt_document_parent_class)->dispose (object);
}

static void
stolt_document_finalize (GObject *object)
{
  StoltDocument *self = STOLT_DOCUMENT (object);

  g_clear_object (&self->project);
  g_clear_object (&self->file);
  stolt_file_stamp_clear (&self->stamp);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->holder, stolt_lock_owner_free);
  g_clear_pointer (&self->lock_problem, g_free);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_pointer (&self->changes, stolt_changes_free);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (stolt_document_parent_class)->finalize (object);
}

static void
stolt_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StoltDocument *self = STOLT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_take_string (value, stolt_document_dup_title (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, stolt_document_get_modified (self));
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, stolt_document_get_read_only (self));
      break;

    case PROP_LOCK_STATE:
      g_value_set_int (value, self->lock_state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_document_class_init (StoltDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = stolt_document_dispose;
  object_class->finalize = stolt_document_finalize;
  object_class->get_property = stolt_document_get_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, STOLT_TYPE_PROJECT, flags);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, flags);
  /* A StoltDocumentLockState; also notified when the holder changes */
  properties[PROP_LOCK_STATE] =
    g_param_spec_int ("lock-state", NULL, NULL,
                      STOLT_DOCUMENT_LOCK_NONE, STOLT_DOCUMENT_LOCK_FREED,
                      STOLT_DOCUMENT_LOCK_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StoltDocument::autosave-failed:
   * @error: why the working copy could not be written
   *
   * The edits are kept and tried again with the next change; the app
   * should tell the user that their work is not safe on disk right now.
   */
  signals[AUTOSAVE_FAILED] =
    g_signal_new ("autosave-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
stolt_document_init (StoltDocument *self)
{
  self->changes = stolt_changes_new ();
  self->created = g_date_time_new_now_local ();
}

/* State */

static char *
display_name (StoltDocument *self)
{
  if (self->file != NULL)
    return stolt_file_get_display_name (self->file);
  return g_strdup (_("Untitled Project"));
}

static const char *
card_title (StoltDocument *self)
{
  return stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (self->project)));
}

static gboolean
compute_modified (StoltDocument *self)
{
  return self->unsaved_origin ||
         stolt_undo_stack_get_modified (stolt_project_get_undo_stack (self->project));
}

static void
update_modified (StoltDocument *self)
{
  gboolean modified = compute_modified (self);

  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

static void
set_read_only (StoltDocument *self,
               const char    *reason)
{
  gboolean was_read_only = self->read_only_reason != NULL;

  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
  if (was_read_only != (reason != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/* The key file beside the working copy */

static gboolean
write_info (StoltDocument  *self,
            GError        **error)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *uri = self->file != NULL ? g_file_get_uri (self->file) : g_strdup ("");
  g_autofree char *created = g_date_time_format_iso8601 (self->created);
  g_autofree char *written = g_date_time_format_iso8601 (now);

  g_key_file_set_integer (info, STOLT_DRAFT_GROUP, "Version", 1);
  g_key_file_set_string (info, STOLT_DRAFT_GROUP, "File", uri);
  g_key_file_set_string (info, STOLT_DRAFT_GROUP, "Title", card_title (self));
  g_key_file_set_string (info, STOLT_DRAFT_GROUP, "Created", created);
  g_key_file_set_string (info, STOLT_DRAFT_GROUP, "Written", written);
  g_key_file_set_boolean (info, STOLT_DRAFT_GROUP, "Modified", compute_modified (self));
  g_key_file_set_uint64 (info, STOLT_DRAFT_GROUP, "Process", (guint64) getpid ());
  stolt_file_stamp_to_keyfile (&self->stamp, info, STOLT_DRAFT_STAMP_GROUP);

  return _stolt_draft_write_info (self->draft_id, info, error);
}

/* The working copy */

static gboolean
prepare_working_copy (StoltDb  *db,
                      GError  **error)
{
  g_autofree char *dir = _stolt_storage_dir ("drafts");

  /* A data folder on a network or FUSE file system (a home folder on
   * NFS): WAL's shared memory does not work there, so a rollback journal
   * with full syncs instead. */
  if (stolt_fs_kind_is_shared (stolt_fs_kind_for_path (dir)))
    return stolt_db_exec (db,
                          "PRAGMA journal_mode = DELETE;"
                          "PRAGMA synchronous = FULL;",
                          error);

  /* WAL with NORMAL sync: a commit is an append, cheap enough to make
   * every second or two, and survives the process being killed at any
   * moment. */
  return stolt_db_exec (db,
                        "PRAGMA journal_mode = WAL;"
                        "PRAGMA synchronous = NORMAL;",
                        error);
}

static gboolean
start_draft (StoltDocument  *self,
             GError        **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *lock_path = _stolt_draft_path (id, ".lock");
  g_autofree char *note = g_strdup_printf ("%d\n", (int) getpid ());
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = display_name (self);

  self->draft_lock = stolt_lock_try (lock_path, note, &local_error);
  if (self->draft_lock == NULL)
    {
      _stolt_storage_error_write (error, name, local_error->message);
      return FALSE;
    }
  self->draft_id = g_steal_pointer (&id);

  if (!write_info (self, &local_error))
    {
      _stolt_storage_error_write (error, name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
drop_draft (StoltDocument *self,
            gboolean       keep_files)
{
  g_clear_pointer (&self->writer, stolt_writer_free);
  g_clear_pointer (&self->draft_db, stolt_db_close);
  if (self->draft_id != NULL && !keep_files)
    _stolt_draft_remove_files (self->draft_id);
  g_clear_pointer (&self->draft_lock, stolt_lock_release_removing);
  g_clear_pointer (&self->draft_id, g_free);
}

/* A working copy from the bytes of a checked file */
static gboolean
create_draft_from_bytes (StoltDocument  *self,
                         GBytes         *bytes,
                         GError        **error)
{
  g_autofree char *name = display_name (self);
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!start_draft (self, error))
    return FALSE;

  path = _stolt_draft_path (self->draft_id, ".stolt");
  if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      _stolt_storage_error_write (error, name, local_error->message);
      drop_draft (self, FALSE);
      return FALSE;
    }

  /* REINDEX rebuilds every index from the rows that were checked: the
   * loader never trusted the file's indexes, and the writer must not
   * either (quick_check does not compare indexes with their tables) */
  self->draft_db = stolt_db_open_file (path, STOLT_DB_OPEN_READ_WRITE, name, error);
  if (self->draft_db == NULL ||
      !prepare_working_copy (self->draft_db, error) ||
      !stolt_db_exec (self->draft_db, "REINDEX;", error))
    {
      drop_draft (self, FALSE);
      return FALSE;
    }

  self->writer = stolt_writer_new (self->draft_db);
  return TRUE;
}

/* A working copy written afresh from the project */
static gboolean
create_draft_from_project (StoltDocument  *self,
                           GError        **error)
{
  g_autofree char *name = display_name (self);
  g_autofree char *path = NULL;

  if (!start_draft (self, error))
    return FALSE;

  path = _stolt_draft_path (self->draft_id, ".stolt");
  self->draft_db = stolt_db_open_file (path, STOLT_DB_OPEN_CREATE, name, error);
  if (self->draft_db == NULL || !prepare_working_copy (self->draft_db, error))
    {
      drop_draft (self, FALSE);
      return FALSE;
    }

  self->writer = stolt_writer_new (self->draft_db);
  if (!stolt_writer_create (self->writer, self->project, error))
    {
      drop_draft (self, FALSE);
      return FALSE;
    }

  /* Everything is in it now */
  stolt_changes_clear (self->changes);
  return TRUE;
}

/* Autosave */

static gboolean
flush_timeout_cb (gpointer user_data)
{
  StoltDocument *self = user_data;
  g_autoptr(GError) error = NULL;

  self->flush_source = 0;
  if (!stolt_document_flush (self, &error))
    {
      g_debug ("Autosave failed: %s", error->message);
      g_signal_emit (self, signals[AUTOSAVE_FAILED], 0, error);
    }
  return G_SOURCE_REMOVE;
}

static void
schedule_flush (StoltDocument *self)
{
  if (self->flush_source == 0 && self->read_only_reason == NULL && !self->closed)
    self->flush_source = g_timeout_add_seconds (FLUSH_DELAY_SECONDS, flush_timeout_cb, self);
}

static void
record_changed_cb (StoltProject  *project,
                   StoltRecord   *record,
                   const char    *field,
                   StoltDocument *self)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  stolt_changes_add_record (self->changes, record);

  if (STOLT_IS_PROJECT_CARD (record) && g_strcmp0 (field, klass->title_field) == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);

  update_modified (self);
  schedule_flush (self);
}

static void
children_changed_cb (StoltProject  *project,
                     StoltRecord   *owner,
                     guint          list,
                     guint          position,
                     guint          removed,
                     guint          added,
                     StoltDocument *self)
{
  stolt_changes_add_list (self->changes, owner, list);
  update_modified (self);
  schedule_flush (self);
}

static void
attach_project (StoltDocument *self,
                StoltProject  *project)
{
  self->project = g_object_ref (project);
  self->record_changed_id =
    g_signal_connect (project, "record-changed", G_CALLBACK (record_changed_cb), self);
  self->children_changed_id =
    g_signal_connect (project, "children-changed", G_CALLBACK (children_changed_cb), self);
  self->modified = compute_modified (self);
}

/**
 * stolt_document_flush:
 *
 * Writes the edits not yet in the working copy now, rather than within
 * the next second or two.  A read-only document, or an untitled one with
 * no edits, has nothing to write.
 */
gboolean
stolt_document_flush (StoltDocument  *self,
                      GError        **error)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->flush_source, g_source_remove);

  if (self->read_only_reason != NULL || self->closed)
    return TRUE;

  if (self->draft_db == NULL)
    {
      if (!compute_modified (self))
        return TRUE;
      if (!create_draft_from_project (self, error))
        return FALSE;
    }
  else
    {
      if (stolt_changes_is_empty (self->changes))
        return TRUE;
      /* Say "unsaved changes" before they are in, never after */
      if (!write_info (self, NULL))
        g_debug ("Could not update the draft's key file");
      if (!stolt_writer_sync (self->writer, self->project, self->changes, error))
        return FALSE;
      stolt_changes_clear (self->changes);
    }

  if (!write_info (self, NULL))
    g_debug ("Could not update the draft's key file");
  return TRUE;
}

/* Making documents */

static StoltDocument *
document_new (StoltProject *project)
{
  StoltDocument *self = g_object_new (STOLT_TYPE_DOCUMENT, NULL);

  attach_project (self, project);
  return self;
}

/**
 * stolt_document_new:
 *
 * An empty, untitled project.  It writes nothing until its first edit.
 */
StoltDocument *
stolt_document_new (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();

  return document_new (project);
}

/**
 * stolt_document_new_from_project:
 * @project: a project made elsewhere, e.g. by an import
 *
 * An untitled document with unsaved changes.
 */
StoltDocument *
stolt_document_new_from_project (StoltProject *project)
{
  StoltDocument *self;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  self = document_new (project);
  self->unsaved_origin = TRUE;
  self->modified = TRUE;
  schedule_flush (self);
  return self;
}

static gboolean
lock_file (StoltDocument  *self,
           GFile          *file,
           StoltLock     **lock,
           GError        **error)
{
  g_autofree char *path = stolt_lock_path_for_file (file);
  g_autofree char *note = g_strdup_printf ("%d\n", (int) getpid ());

  *lock = stolt_lock_try (path, note, error);
  return *lock != NULL;
}

static void
take_file_lock (StoltDocument *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (self);
  g_autofree char *reason = NULL;

  if (lock_file (self, self->file, &self->file_lock, &error))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY))
    reason = g_strdup_printf (_("“%s” is open in another window. This window shows it read-only; "
                                "use Save As to keep your changes in a new file."),
                              name);
  else
    reason = g_strdup_printf (_("“%s” cannot be locked against changes from other windows (%s). "
                                "It is shown read-only; use Save As to keep your changes."),
                              name, error->message);
  set_read_only (self, reason);
}

/* The lock file beside the user's file */

static void
set_lock_state (StoltDocument          *self,
                StoltDocumentLockState  state)
{
  self->lock_state = state;
  /* Also when the state stays: the holder or the problem changed */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCK_STATE]);
}

static void
stop_lock_watch (StoltDocument *self)
{
  g_clear_handle_id (&self->lock_source, g_source_remove);
  if (self->lock_monitor != NULL)
    {
      g_file_monitor_cancel (self->lock_monitor);
      g_signal_handlers_disconnect_by_data (self->lock_monitor, self);
      g_clear_object (&self->lock_monitor);
    }
}

static void
release_shared_lock (StoltDocument *self)
{
  stop_lock_watch (self);
  g_clear_pointer (&self->shared_lock, stolt_lock_file_release);
}

static char *
held_reason (StoltDocument        *self,
             const StoltLockOwner *holder,
             gboolean              stale)
{
  g_autofree char *name = display_name (self);
  const char *who = stolt_lock_owner_get_display_name (holder);
  const char *host = holder->host;

  if (*who == '\0')
    who = _("someone");
  if (*host == '\0')
    host = _("an unknown computer");

  if (stale)
    return g_strdup_printf (_("“%s” has a lock from %s on %s, who no longer seems to have it "
                              "open. This window shows it read-only until the lock is removed."),
                            name, who, host);
  return g_strdup_printf (_("“%s” is open by %s on %s. This window shows it read-only; use "
                            "Save As to keep your changes in a new file."),
                          name, who, host);
}

/* Someone else's lock as it is now: alive, stale or gone */
static void
judge_holder (StoltDocument  *self,
              StoltLockOwner *holder)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *reason = NULL;
  g_autofree char *name = display_name (self);
  g_autoptr(StoltLockOwner) previous = g_steal_pointer (&self->holder);
  StoltDocumentLockState state;
  gboolean stale, same;

  if (holder == NULL)
    {
      stop_lock_watch (self);
      reason = g_strdup_printf (_("“%s” is free now. Open it again to edit it."), name);
      set_read_only (self, reason);
      set_lock_state (self, STOLT_DOCUMENT_LOCK_FREED);
      return;
    }

  stale = stolt_lock_owner_get_status (holder, g_get_host_name (), now) != STOLT_LOCK_OWNER_ALIVE;
  state = stale ? STOLT_DOCUMENT_LOCK_STALE : STOLT_DOCUMENT_LOCK_HELD;
  same = state == self->lock_state && previous != NULL &&
         g_strcmp0 (previous->id, holder->id) == 0 &&
         g_strcmp0 (previous->host, holder->host) == 0 && previous->pid == holder->pid;
  self->holder = holder;
  /* The owner's refreshes every minute are no news */
  if (same)
    return;
  reason = held_reason (self, holder, stale);
  set_read_only (self, reason);
  set_lock_state (self, state);
}

/**
 * stolt_document_check_lock:
 *
 * Looks again at someone else's lock on a read-only document: is it
 * still held, stale now, or gone?  Done by itself every few seconds and
 * whenever the lock file changes.
 *
 * Returns: %TRUE if the document watches a lock
 */
gboolean
stolt_document_check_lock (StoltDocument *self)
{
  g_autoptr(GError) error = NULL;
  StoltLockOwner *current;

  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);

  if (self->lock_state != STOLT_DOCUMENT_LOCK_HELD &&
      self->lock_state != STOLT_DOCUMENT_LOCK_STALE)
    return FALSE;

  current = stolt_lock_file_read (self->file, &error);
  if (current == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_debug ("Could not read the lock: %s", error->message);
      return TRUE;
    }
  judge_holder (self, current);
  return TRUE;
}

static gboolean
lock_poll_cb (gpointer user_data)
{
  StoltDocument *self = user_data;

  if (!stolt_document_check_lock (self))
    {
      self->lock_source = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
lock_monitor_changed_cb (GFileMonitor      *monitor,
                         GFile             *file,
                         GFile             *other_file,
                         GFileMonitorEvent  event,
                         StoltDocument     *self)
{
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT ||
      event == G_FILE_MONITOR_EVENT_DELETED ||
      event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_MOVED_IN ||
      event == G_FILE_MONITOR_EVENT_MOVED_OUT ||
      event == G_FILE_MONITOR_EVENT_RENAMED)
    stolt_document_check_lock (self);
}

static void
watch_lock (StoltDocument *self)
{
  g_autoptr(GFile) lock = stolt_lock_file_for_document (self->file);

  stop_lock_watch (self);
  if (lock != NULL)
    {
      self->lock_monitor = g_file_monitor_file (lock, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (self->lock_monitor != NULL)
        g_signal_connect (self->lock_monitor, "changed",
                          G_CALLBACK (lock_monitor_changed_cb), self);
    }
  self->lock_source = g_timeout_add_seconds (LOCK_POLL_SECONDS, lock_poll_cb, self);
}

static gboolean
lock_refresh_cb (gpointer user_data)
{
  StoltDocument *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->shared_lock != NULL && !stolt_lock_file_refresh (self->shared_lock, &error))
    g_debug ("Could not refresh the lock: %s", error->message);
  return G_SOURCE_CONTINUE;
}

static void
keep_shared_lock (StoltDocument *self,
                  StoltLockFile *lock)
{
  release_shared_lock (self);
  g_clear_pointer (&self->holder, stolt_lock_owner_free);
  g_clear_pointer (&self->lock_problem, g_free);
  self->shared_lock = lock;
  self->lock_source = g_timeout_add_seconds (STOLT_LOCK_FILE_REFRESH_SECONDS,
                                             lock_refresh_cb, self);
  set_lock_state (self, STOLT_DOCUMENT_LOCK_OWN);
}

static void
note_lock_problem (StoltDocument *self,
                   GFile         *file,
                   const GError  *error)
{
  g_autofree char *name = stolt_file_get_display_name (file);

  release_shared_lock (self);
  g_clear_pointer (&self->holder, stolt_lock_owner_free);
  g_free (self->lock_problem);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    self->lock_problem =
      g_strdup_printf (_("The folder of “%s” cannot be written to, so Stolt cannot tell others "
                         "that you have it open, and cannot save it there. Use Save As to "
                         "keep your changes somewhere else."),
                       name);
  else
    self->lock_problem =
      g_strdup_printf (_("Stolt cannot put a lock file beside “%s” (%s), so others who open "
                         "it are not told that you have it open."),
                       name, error->message);
  set_lock_state (self, STOLT_DOCUMENT_LOCK_UNPROTECTED);
}

/* After the flock: the lock beside the file, for other computers */
static void
take_shared_lock (StoltDocument *self)
{
  g_autoptr(GError) error = NULL;
  StoltLockOwner *holder = NULL;
  StoltLockFile *lock;

  lock = stolt_lock_file_acquire (self->file, &holder, &error);
  if (lock != NULL)
    {
      keep_shared_lock (self, lock);
      return;
    }
  if (holder == NULL)
    {
      note_lock_problem (self, self->file, error);
      return;
    }

  /* Read-only, and holding nothing */
  g_clear_pointer (&self->file_lock, stolt_lock_release_removing);
  judge_holder (self, holder);
  watch_lock (self);
}

static void
take_locks (StoltDocument *self)
{
  take_file_lock (self);
  if (self->read_only_reason == NULL)
    {
      take_shared_lock (self);
      return;
    }

  /* Another window of this user here: its lock file says more, and says
   * when it is closed */
  self->holder = stolt_lock_file_read (self->file, NULL);
  if (self->holder != NULL)
    {
      set_lock_state (self, STOLT_DOCUMENT_LOCK_HELD);
      watch_lock (self);
    }
}

/**
 * stolt_document_remove_stale_lock:
 *
 * The user agreed that the lock of a STALE document belongs to nobody:
 * remove it.  The document is then FREED, to be opened again.  A lock
 * refreshed or taken since the user was asked stays (%G_IO_ERROR_BUSY).
 */
gboolean
stolt_document_remove_stale_lock (StoltDocument  *self,
                                  GError        **error)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->lock_state == STOLT_DOCUMENT_LOCK_STALE, FALSE);

  if (!stolt_lock_file_break (self->file, self->holder, error))
    {
      stolt_document_check_lock (self);
      return FALSE;
    }
  stolt_document_check_lock (self);
  return TRUE;
}

/**
 * stolt_document_query_disk_change:
 * @changer: (out) (transfer full) (nullable): who changed the file, as far
 *   as can be told: whoever has a lock on it now, else the file's owner
 *   when that is another login; %NULL when unknown
 * @modified: (out) (transfer full) (nullable): when, %NULL if the file is gone
 *
 * For a save that failed with %STOLT_STORAGE_ERROR_CHANGED_ON_DISK: the
 * user decides better knowing who and when.
 */
gboolean
stolt_document_query_disk_change (StoltDocument   *self,
                                  StoltLockOwner **changer,
                                  GDateTime      **modified,
                                  GError         **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(StoltLockOwner) holder = NULL;
  const char *file_owner;

  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  *changer = NULL;
  *modified = NULL;
  info = g_file_query_info (self->file,
                            G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_OWNER_USER,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
    *modified = g_date_time_new_from_unix_local (
      (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));

  holder = stolt_lock_file_read (self->file, NULL);
  if (holder != NULL &&
      (self->shared_lock == NULL ||
       g_strcmp0 (holder->id, stolt_lock_file_get_owner (self->shared_lock)->id) != 0))
    {
      *changer = g_steal_pointer (&holder);
      return TRUE;
    }

  /* A file replaced by rename belongs to whoever wrote it */
  file_owner = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_OWNER_USER);
  if (file_owner != NULL && g_strcmp0 (file_owner, g_get_user_name ()) != 0)
    {
      StoltLockOwner *owner = g_new0 (StoltLockOwner, 1);

      owner->name = g_strdup ("");
      owner->login = g_utf8_make_valid (file_owner, -1);
      owner->host = g_strdup ("");
      owner->id = g_strdup ("");
      owner->since = *modified != NULL ? g_date_time_ref (*modified) : g_date_time_new_now_local ();
      owner->refreshed = g_date_time_ref (owner->since);
      *changer = owner;
    }
  return TRUE;
}

StoltDocumentLockState
stolt_document_get_lock_state (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), STOLT_DOCUMENT_LOCK_NONE);
  return self->lock_state;
}

/* Returns: (nullable): who has the file, when HELD or STALE */
const StoltLockOwner *
stolt_document_get_lock_holder (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), NULL);
  return self->holder;
}

/* Returns: (nullable): why the file is not protected, when UNPROTECTED */
const char *
stolt_document_get_lock_problem (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), NULL);
  return self->lock_problem;
}

/**
 * stolt_document_open:
 *
 * Opens @file.  If it is already open in another window (of this or
 * another Stolt), the document is read-only and says why.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with a
 *   %STOLT_STORAGE_ERROR
 */
StoltDocument *
stolt_document_open (GFile   *file,
                     GError **error)
{
  g_autoptr(StoltDocument) self = NULL;
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(StoltDb) db = NULL;
  g_autofree char *name = NULL;
  StoltFileStamp stamp = { 0 };
  int version = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = stolt_file_get_display_name (file);
  bytes = stolt_file_load (file, STOLT_DB_MAX_FILE_SIZE, &stamp, error);
  if (bytes == NULL)
    return NULL;

  project = _stolt_storage_read (bytes, name, &db, &version, error);
  if (project == NULL)
    {
      stolt_file_stamp_clear (&stamp);
      return NULL;
    }

  self = document_new (project);
  self->file = g_object_ref (file);
  self->stamp = stamp;

  take_locks (self);
  if (self->read_only_reason != NULL)
    return g_steal_pointer (&self);

  if (version < STOLT_SCHEMA_VERSION)
    {
      g_autoptr(GFile) backup = NULL;
      g_autofree char *basename = g_file_get_basename (file);

      /* The original is kept before the migrated copy can be saved over it */
      backup = stolt_migrate_keep_backup (bytes, basename, version, error);
      if (backup == NULL)
        return NULL;
      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = stolt_db_serialize (db, error);
      if (bytes == NULL)
        return NULL;
    }

  if (!create_draft_from_bytes (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* The lock file left beside the file by the very process that crashed
 * with this draft is the draft's own: recovering takes it back */
static void
reclaim_crashed_lock (GFile    *file,
                      GKeyFile *info)
{
  g_autoptr(StoltLockOwner) holder = stolt_lock_file_read (file, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint64 pid = g_key_file_get_uint64 (info, STOLT_DRAFT_GROUP, "Process", NULL);

  if (holder != NULL && pid != 0 && (guint64) holder->pid == pid &&
      stolt_lock_owner_get_status (holder, g_get_host_name (), now) == STOLT_LOCK_OWNER_GONE &&
      !stolt_lock_file_break (file, holder, NULL))
    g_debug ("Could not take back the lock of a crashed process");
}

/**
 * stolt_document_recover:
 * @draft_id: from stolt_draft_get_id()
 *
 * Opens a draft left behind by a crash, with its unsaved changes.  If
 * its file is open in another window meanwhile, the recovered document
 * is untitled, to be kept with Save As.
 */
StoltDocument *
stolt_document_recover (const char  *draft_id,
                        GError     **error)
{
  g_autoptr(StoltDocument) self = NULL;
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(StoltLock) lock = NULL;
  g_autoptr(GKeyFile) info = NULL;
  g_autoptr(StoltDb) db = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *lock_path = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  const char *name;
  int version = 0;

  g_return_val_if_fail (draft_id != NULL, NULL);

  if (!g_uuid_string_is_valid (draft_id))
    {
      _stolt_storage_error_read (error, draft_id, NULL);
      return NULL;
    }

  lock_path = _stolt_draft_path (draft_id, ".lock");
  lock = stolt_lock_try (lock_path, NULL, &local_error);
  info = _stolt_draft_read_info (draft_id, NULL);
  title = info != NULL ? g_key_file_get_string (info, STOLT_DRAFT_GROUP, "Title", NULL) : NULL;
  name = title != NULL && *title != '\0' ? title : _("Untitled Project");
  if (lock == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_BUSY))
        _stolt_storage_error_locked (error, name);
      else
        _stolt_storage_error_read (error, name, local_error->message);
      return NULL;
    }
  if (info == NULL)
    {
      _stolt_storage_error_damaged (error, name, NULL);
      return NULL;
    }

  db_path = _stolt_draft_path (draft_id, ".stolt");
  if (!g_file_test (db_path, G_FILE_TEST_IS_REGULAR))
    {
      _stolt_storage_error_damaged (error, name, NULL);
      return NULL;
    }
  db = stolt_db_open_file (db_path, STOLT_DB_OPEN_READ_WRITE, name, error);
  if (db == NULL)
    return NULL;
  /* Read as untrusted: a crash may have left anything */
  db->own = FALSE;
  project = _stolt_storage_read_db (db, &version, error);
  if (project == NULL)
    return NULL;
  db->own = TRUE;
  if (!prepare_working_copy (db, error))
    return NULL;

  self = document_new (project);
  self->unsaved_origin = TRUE;
  self->modified = TRUE;
  self->draft_id = g_strdup (draft_id);
  self->draft_lock = g_steal_pointer (&lock);
  self->draft_db = g_steal_pointer (&db);
  self->writer = stolt_writer_new (self->draft_db);
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = g_date_time_new_now_local ();

  uri = g_key_file_get_string (info, STOLT_DRAFT_GROUP, "File", NULL);
  if (uri != NULL && *uri != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);

      if (lock_file (self, file, &self->file_lock, NULL))
        {
          self->file = g_steal_pointer (&file);
          stolt_file_stamp_from_keyfile (&self->stamp, info, STOLT_DRAFT_STAMP_GROUP);
          reclaim_crashed_lock (self->file, info);
          /* Someone else has it now: keep the recovered edits untitled */
          take_shared_lock (self);
          if (self->read_only_reason != NULL)
            {
              set_read_only (self, NULL);
              stop_lock_watch (self);
              g_clear_pointer (&self->holder, stolt_lock_owner_free);
              g_clear_object (&self->file);
              stolt_file_stamp_clear (&self->stamp);
              set_lock_state (self, STOLT_DOCUMENT_LOCK_NONE);
            }
        }
    }

  if (!write_info (self, NULL))
    g_debug ("Could not update the draft's key file");
  return g_steal_pointer (&self);
}

/* Saving */

/* Compacts a working copy that has grown holes, so that the saved file
 * does not carry them */
static void
maybe_vacuum (StoltDocument *self)
{
  int free_pages = 0, pages = 0;

  if (!stolt_db_get_pragma_int (self->draft_db, "freelist_count", &free_pages, NULL) ||
      !stolt_db_get_pragma_int (self->draft_db, "page_count", &pages, NULL))
    return;
  if (free_pages > 16 && free_pages * VACUUM_FREE_FRACTION > pages)
    stolt_db_exec (self->draft_db, "VACUUM;", NULL);
}

static gboolean
write_file (StoltDocument         *self,
            GFile                 *file,
            const StoltFileStamp  *expected,
            GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  StoltFileStamp stamp = { 0 };

  if (self->draft_db == NULL && !create_draft_from_project (self, error))
    return FALSE;
  if (!stolt_document_flush (self, error))
    return FALSE;

  maybe_vacuum (self);
  bytes = stolt_db_serialize (self->draft_db, error);
  if (bytes == NULL)
    return FALSE;

  if (!stolt_file_replace (file, bytes, expected, &stamp, error))
    return FALSE;

  stolt_file_stamp_clear (&self->stamp);
  self->stamp = stamp;
  return TRUE;
}

static void
mark_saved (StoltDocument *self)
{
  stolt_undo_stack_mark_saved (stolt_project_get_undo_stack (self->project));
  self->unsaved_origin = FALSE;
  update_modified (self);
  if (!write_info (self, NULL))
    g_debug ("Could not update the draft's key file");
}

static gboolean
refuse_read_only (StoltDocument  *self,
                  GError        **error)
{
  g_autofree char *name = display_name (self);

  if (self->read_only_reason == NULL && !self->closed)
    return FALSE;
  _stolt_storage_error_locked (error, name);
  return TRUE;
}

/**
 * stolt_document_save:
 *
 * Saves to the document's file, refusing with
 * %STOLT_STORAGE_ERROR_CHANGED_ON_DISK if someone else changed it since
 * it was opened or last saved (see stolt_document_save_overwriting()).
 */
gboolean
stolt_document_save (StoltDocument  *self,
                     GError        **error)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  if (refuse_read_only (self, error) || !write_file (self, self->file, &self->stamp, error))
    return FALSE;

  mark_saved (self);
  return TRUE;
}

/* When the user chose to replace a file that changed on disk */
gboolean
stolt_document_save_overwriting (StoltDocument  *self,
                                 GError        **error)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);

  if (refuse_read_only (self, error) || !write_file (self, self->file, NULL, error))
    return FALSE;

  mark_saved (self);
  return TRUE;
}

/**
 * stolt_document_save_as:
 * @file: where; the user has already agreed to replace it if it exists
 *
 * Also makes a read-only document writable, as the owner of @file.
 * Refuses with %STOLT_STORAGE_ERROR_LOCKED if @file is open in another
 * window.
 */
gboolean
stolt_document_save_as (StoltDocument  *self,
                        GFile          *file,
                        GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(StoltLockOwner) holder = NULL;
  StoltLockFile *shared = NULL;
  StoltLock *lock = NULL;

  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->closed)
    return !refuse_read_only (self, error);

  if (self->file != NULL && self->read_only_reason == NULL && g_file_equal (file, self->file))
    return stolt_document_save_overwriting (self, error);

  if (!lock_file (self, file, &lock, &local_error))
    {
      g_autofree char *name = stolt_file_get_display_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_BUSY))
        _stolt_storage_error_locked (error, name);
      else
        _stolt_storage_error_write (error, name, local_error->message);
      return FALSE;
    }

  /* Someone on another computer may have it open */
  shared = stolt_lock_file_acquire (file, &holder, &local_error);
  if (shared == NULL && holder != NULL)
    {
      g_autofree char *name = stolt_file_get_display_name (file);

      _stolt_storage_error_locked_by (error, name, holder);
      stolt_lock_release (lock, FALSE);
      return FALSE;
    }

  if (!write_file (self, file, NULL, error))
    {
      stolt_lock_file_release (shared);
      stolt_lock_release (lock, FALSE);
      return FALSE;
    }

  stolt_lock_release (g_steal_pointer (&self->file_lock), TRUE);
  self->file_lock = lock;
  g_set_object (&self->file, file);
  set_read_only (self, NULL);
  if (shared != NULL)
    keep_shared_lock (self, shared);
  else
    note_lock_problem (self, file, local_error);
  mark_saved (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  return TRUE;
}

/* Closing */

static void
stolt_document_release (StoltDocument *self,
                        gboolean       keep_draft)
{
  g_clear_handle_id (&self->flush_source, g_source_remove);
  g_clear_signal_handler (&self->record_changed_id, self->project);
  g_clear_signal_handler (&self->children_changed_id, self->project);

  drop_draft (self, keep_draft);
  release_shared_lock (self);
  g_clear_pointer (&self->file_lock, stolt_lock_release_removing);
  self->closed = TRUE;
}

/**
 * stolt_document_close:
 *
 * Writes what is pending and lets go of the file.  The working copy is
 * deleted if it holds no unsaved changes; otherwise it stays, and
 * stolt_drafts_list_recoverable() offers it the next time.  Also done
 * when the last reference goes.
 */
void
stolt_document_close (StoltDocument *self)
{
  g_autoptr(GError) error = NULL;
  gboolean keep;

  g_return_if_fail (STOLT_IS_DOCUMENT (self));

  if (self->closed)
    return;

  if (!stolt_document_flush (self, &error))
    g_warning ("Could not write the last changes of “%s”: %s",
               card_title (self), error->message);
  keep = self->draft_id != NULL && compute_modified (self);
  stolt_document_release (self, keep);
}

/* Closes and deletes the working copy: the user chose to discard */
void
stolt_document_close_discarding (StoltDocument *self)
{
  g_return_if_fail (STOLT_IS_DOCUMENT (self));

  if (!self->closed)
    stolt_document_release (self, FALSE);
}

/* Getters */

StoltProject *
stolt_document_get_project (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), NULL);
  return self->project;
}

/* Returns: (transfer none) (nullable): the file, %NULL when untitled */
GFile *
stolt_document_get_file (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), NULL);
  return self->file;
}

/* The project card's title, else the file's name, else "Untitled Project" */
char *
stolt_document_dup_title (StoltDocument *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), NULL);

  title = g_strstrip (g_strdup (card_title (self)));
  if (*title != '\0')
    return g_steal_pointer (&title);
  return display_name (self);
}

gboolean
stolt_document_get_modified (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);
  return compute_modified (self);
}

gboolean
stolt_document_get_read_only (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), FALSE);
  return self->read_only_reason != NULL;
}

/* Returns: (nullable): why the document is read-only, for the user */
const char *
stolt_document_get_read_only_reason (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), NULL);
  return self->read_only_reason;
}

/* Returns: (nullable): the working copy's id, %NULL before the first edit */
const char *
stolt_document_get_draft_id (StoltDocument *self)
{
  g_return_val_if_fail (STOLT_IS_DOCUMENT (self), NULL);
  return self->draft_id;
}
