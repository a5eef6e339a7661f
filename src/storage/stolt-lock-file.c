/* stolt-lock-file.c — a note beside a project saying who has it open
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "stolt-lock-file.h"

#define LOCK_GROUP "Stolt Lock"

/* A lock file is a few hundred bytes; anything larger is not ours */
#define MAX_LOCK_SIZE 8192

/* Longest text kept from a lock file (names, logins, host names) */
#define MAX_FIELD_CHARS 128

struct _StoltLockFile
{
  GFile          *file;  /* the lock file itself */
  StoltLockOwner *owner;
};

/* The owner */

/* Process ids mean something only within their pid namespace: two
 * sandboxed (Flatpak) Stolts on one computer cannot see each other's
 * processes, so a process is only known to be gone from inside its own
 * namespace. */
const char *
stolt_lock_get_pid_namespace (void)
{
  static char *ns;

  if (g_once_init_enter (&ns))
    {
      char *link = g_file_read_link ("/proc/self/ns/pid", NULL);

      g_once_init_leave (&ns, link != NULL ? link : g_strdup (""));
    }
  return ns;
}

StoltLockOwner *
stolt_lock_owner_new_for_self (void)
{
  StoltLockOwner *owner = g_new0 (StoltLockOwner, 1);
  const char *real_name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name */
  owner->name = g_strdup (g_strcmp0 (real_name, "Unknown") == 0 ? "" : real_name);
  owner->login = g_strdup (g_get_user_name ());
  owner->host = g_strdup (g_get_host_name ());
  owner->pid = getpid ();
  owner->pid_ns = g_strdup (stolt_lock_get_pid_namespace ());
  owner->id = g_uuid_string_random ();
  owner->since = g_date_time_new_now_local ();
  owner->refreshed = g_date_time_ref (owner->since);
  return owner;
}

StoltLockOwner *
stolt_lock_owner_copy (const StoltLockOwner *owner)
{
  StoltLockOwner *copy = g_new0 (StoltLockOwner, 1);

  copy->name = g_strdup (owner->name);
  copy->login = g_strdup (owner->login);
  copy->host = g_strdup (owner->host);
  copy->pid = owner->pid;
  copy->pid_ns = g_strdup (owner->pid_ns);
  copy->id = g_strdup (owner->id);
  copy->since = owner->since != NULL ? g_date_time_ref (owner->since) : NULL;
  copy->refreshed = owner->refreshed != NULL ? g_date_time_ref (owner->refreshed) : NULL;
  return copy;
}

void
stolt_lock_owner_free (StoltLockOwner *owner)
{
  if (owner == NULL)
    return;
  g_free (owner->name);
  g_free (owner->login);
  g_free (owner->host);
  g_free (owner->pid_ns);
  g_free (owner->id);
  g_clear_pointer (&owner->since, g_date_time_unref);
  g_clear_pointer (&owner->refreshed, g_date_time_unref);
  g_free (owner);
}

/* The full name, else the login; "" when the lock says neither */
const char *
stolt_lock_owner_get_display_name (const StoltLockOwner *owner)
{
  g_return_val_if_fail (owner != NULL, "");

  if (owner->name != NULL && *owner->name != '\0')
    return owner->name;
  return owner->login != NULL ? owner->login : "";
}

/* Text from a file anyone could have written: valid UTF-8, one line,
 * no control characters, not too long */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *clean;
  guint chars = 0;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_new (NULL);
  for (const char *p = valid; *p != '\0' && chars < MAX_FIELD_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        c = ' ';
      g_string_append_unichar (clean, c);
      chars++;
    }
  return g_strstrip (g_string_free (clean, FALSE));
}

static GDateTime *
parse_time (GKeyFile   *keyfile,
            const char *key,
            GDateTime  *fallback)
{
  g_autofree char *text = g_key_file_get_string (keyfile, LOCK_GROUP, key, NULL);
  g_autoptr(GDateTime) parsed = NULL;

  if (text != NULL)
    parsed = g_date_time_new_from_iso8601 (text, NULL);
  if (parsed != NULL)
    return g_date_time_to_local (parsed);
  return fallback != NULL ? g_date_time_ref (fallback) : NULL;
}

/**
 * stolt_lock_owner_parse:
 * @data: the lock file's bytes (need not end in a NUL)
 * @fallback_time: (nullable): the times of a lock that does not say them,
 *   e.g. the lock file's modification time
 *
 * Reads what a lock file says.  Whatever is in it, the result is an owner:
 * a lock that cannot be read still says that someone has the file, and
 * it goes stale as any other.
 *
 * Returns: (transfer full): the owner
 */
StoltLockOwner *
stolt_lock_owner_parse (const char *data,
                        gsize       length,
                        GDateTime  *fallback_time)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  StoltLockOwner *owner = g_new0 (StoltLockOwner, 1);
  g_autofree char *name = NULL;
  g_autofree char *login = NULL;
  g_autofree char *host = NULL;
  g_autofree char *id = NULL;
  g_autofree char *pid_ns = NULL;
  gint64 pid;

  if (length <= MAX_LOCK_SIZE && memchr (data, '\0', length) == NULL)
    g_key_file_load_from_data (keyfile, data, length, G_KEY_FILE_NONE, NULL);

  name = g_key_file_get_string (keyfile, LOCK_GROUP, "Name", NULL);
  login = g_key_file_get_string (keyfile, LOCK_GROUP, "Login", NULL);
  host = g_key_file_get_string (keyfile, LOCK_GROUP, "Host", NULL);
  id = g_key_file_get_string (keyfile, LOCK_GROUP, "Id", NULL);
  pid = g_key_file_get_int64 (keyfile, LOCK_GROUP, "Process", NULL);
  pid_ns = g_key_file_get_string (keyfile, LOCK_GROUP, "PidNamespace", NULL);

  owner->name = clean_text (name);
  owner->login = clean_text (login);
  owner->host = clean_text (host);
  owner->id = clean_text (id);
  owner->pid_ns = clean_text (pid_ns);
  owner->pid = pid > 0 && pid <= G_MAXINT32 ? pid : 0;
  owner->since = parse_time (keyfile, "Since", fallback_time);
  owner->refreshed = parse_time (keyfile, "Refreshed", fallback_time);
  if (owner->since == NULL)
    owner->since = g_date_time_new_now_local ();
  if (owner->refreshed == NULL)
    owner->refreshed = g_date_time_ref (owner->since);
  return owner;
}

char *
stolt_lock_owner_to_data (const StoltLockOwner *owner)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *since = g_date_time_format_iso8601 (owner->since);
  g_autofree char *refreshed = g_date_time_format_iso8601 (owner->refreshed);

  g_key_file_set_string (keyfile, LOCK_GROUP, "Name", owner->name);
  g_key_file_set_string (keyfile, LOCK_GROUP, "Login", owner->login);
  g_key_file_set_string (keyfile, LOCK_GROUP, "Host", owner->host);
  g_key_file_set_int64 (keyfile, LOCK_GROUP, "Process", owner->pid);
  g_key_file_set_string (keyfile, LOCK_GROUP, "PidNamespace",
                         owner->pid_ns != NULL ? owner->pid_ns : "");
  g_key_file_set_string (keyfile, LOCK_GROUP, "Id", owner->id);
  g_key_file_set_string (keyfile, LOCK_GROUP, "Since", since);
  g_key_file_set_string (keyfile, LOCK_GROUP, "Refreshed", refreshed);
  return g_key_file_to_data (keyfile, NULL, NULL);
}

/**
 * stolt_lock_owner_get_status:
 * @this_host: this computer's name
 * @now: the time to judge by
 *
 * Is whoever wrote the lock still there?  On this computer, in the same
 * pid namespace, the process says so; otherwise only the lock's refresh
 * time can.  A
 * refresh time in the future (clocks a little apart) counts as alive.
 */
StoltLockOwnerStatus
stolt_lock_owner_get_status (const StoltLockOwner *owner,
                             const char           *this_host,
                             GDateTime            *now)
{
  g_return_val_if_fail (owner != NULL, STOLT_LOCK_OWNER_ALIVE);

  if (owner->pid > 0 && owner->host != NULL && *owner->host != '\0' &&
      this_host != NULL && g_ascii_strcasecmp (owner->host, this_host) == 0 &&
      g_strcmp0 (owner->pid_ns, stolt_lock_get_pid_namespace ()) == 0 &&
      kill ((pid_t) owner->pid, 0) != 0 && errno == ESRCH)
    return STOLT_LOCK_OWNER_GONE;

  if (g_date_time_difference (now, owner->refreshed) >
      (GTimeSpan) STOLT_LOCK_FILE_STALE_SECONDS * G_TIME_SPAN_SECOND)
    return STOLT_LOCK_OWNER_SILENT;

  return STOLT_LOCK_OWNER_ALIVE;
}

/* The lock file */

/* ".~lock.NAME.stolt#" in the project's folder */
GFile *
stolt_lock_file_for_document (GFile *document)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (document), NULL);

  parent = g_file_get_parent (document);
  basename = g_file_get_basename (document);
  if (parent == NULL || basename == NULL)
    return NULL;
  name = g_strconcat (".~lock.", basename, "#", NULL);
  return g_file_get_child (parent, name);
}

static GDateTime *
modification_time (GFileInfo *info)
{
  if (!g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
    return NULL;
  return g_date_time_new_from_unix_local (
    (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
}

static StoltLockOwner *
read_lock (GFile   *lock,
           GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) mtime = NULL;
  char buffer[MAX_LOCK_SIZE + 1];
  gsize n_read = 0;

  stream = g_file_read (lock, NULL, error);
  if (stream == NULL)
    return NULL;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_TIME_MODIFIED, NULL, NULL);
  if (info != NULL)
    mtime = modification_time (info);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, sizeof buffer, &n_read,
                                NULL, error))
    return NULL;
  return stolt_lock_owner_parse (buffer, n_read, mtime);
}

/**
 * stolt_lock_file_read:
 *
 * Returns: (transfer full) (nullable): who has @document open, or %NULL
 *   with %G_IO_ERROR_NOT_FOUND when nobody has
 */
StoltLockOwner *
stolt_lock_file_read (GFile   *document,
                      GError **error)
{
  g_autoptr(GFile) lock = stolt_lock_file_for_document (document);

  if (lock == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no folder");
      return NULL;
    }
  return read_lock (lock, error);
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      ssize_t n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

/* A complete temporary file beside @path, so that the lock appears whole
 * or not at all */
static char *
write_temporary (const char  *path,
                 const char  *data,
                 GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0644);
  int saved_errno;

  if (fd < 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }
  if (!write_all (fd, data, strlen (data)) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      set_errno_error (error, saved_errno);
      return NULL;
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      set_errno_error (error, saved_errno);
      return NULL;
    }
  return g_steal_pointer (&tmp_path);
}

/* Where hard links are not supported (some FUSE and SMB mounts), an
 * exclusive create is the next best: a reader may see it half written for
 * a moment, and takes it for a lock of unknown owner. */
static gboolean
create_exclusive_native (const char  *path,
                         const char  *data,
                         GError     **error)
{
  int fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
  int saved_errno;

  if (fd < 0)
    {
      set_errno_error (error, errno);
      return FALSE;
    }
  if (!write_all (fd, data, strlen (data)) || close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (path);
      set_errno_error (error, saved_errno);
      return FALSE;
    }
  return TRUE;
}

/* link(2) creates the name only if it does not exist, and with the whole
 * content at once: exclusive and atomic together */
static gboolean
create_native (const char  *path,
               const char  *data,
               GError     **error)
{
  g_autofree char *tmp_path = write_temporary (path, data, error);
  int saved_errno;

  if (tmp_path == NULL)
    return FALSE;
  if (link (tmp_path, path) == 0)
    {
      g_unlink (tmp_path);
      return TRUE;
    }
  saved_errno = errno;
  g_unlink (tmp_path);
  if (saved_errno == EPERM || saved_errno == ENOTSUP || saved_errno == ENOSYS ||
      saved_errno == EMLINK || saved_errno == EOPNOTSUPP)
    return create_exclusive_native (path, data, error);
  set_errno_error (error, saved_errno);
  return FALSE;
}

static gboolean
create_with_gio (GFile       *lock,
                 const char  *data,
                 GError     **error)
{
  g_autoptr(GFileOutputStream) stream = g_file_create (lock, G_FILE_CREATE_NONE, NULL, error);

  if (stream == NULL)
    return FALSE;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, strlen (data), NULL, NULL,
                                  error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    {
      g_file_delete (lock, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* Creates @lock with @data unless it exists (G_IO_ERROR_EXISTS) */
static gboolean
create_lock (GFile       *lock,
             const char  *data,
             GError     **error)
{
  g_autofree char *path = g_file_get_path (lock);

  if (path != NULL && g_file_is_native (lock))
    return create_native (path, data, error);
  return create_with_gio (lock, data, error);
}

/* Replaces @lock with @data in one step */
static gboolean
replace_lock (GFile       *lock,
              const char  *data,
              GError     **error)
{
  g_autofree char *path = g_file_get_path (lock);
  g_autofree char *tmp_path = NULL;

  if (path == NULL || !g_file_is_native (lock))
    return g_file_replace_contents (lock, data, strlen (data), NULL, FALSE,
                                    G_FILE_CREATE_NONE, NULL, NULL, error);

  tmp_path = write_temporary (path, data, error);
  if (tmp_path == NULL)
    return FALSE;
  if (rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      set_errno_error (error, saved_errno);
      return FALSE;
    }
  return TRUE;
}

/**
 * stolt_lock_file_acquire:
 * @document: the project file
 * @holder: (out) (optional) (transfer full): who has it, when busy
 *
 * Writes the lock beside @document.
 *
 * Returns: (transfer full) (nullable): the lock; or %NULL with
 *   %G_IO_ERROR_BUSY and @holder set when someone has the file open
 *   (perhaps someone long gone: see stolt_lock_owner_get_status()), or
 *   with another error when no lock can be written there (a read-only
 *   folder, a portal that shows one file only)
 */
StoltLockFile *
stolt_lock_file_acquire (GFile           *document,
                         StoltLockOwner **holder,
                         GError         **error)
{
  g_autoptr(GFile) lock = NULL;
  g_autoptr(StoltLockOwner) owner = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (G_IS_FILE (document), NULL);

  lock = stolt_lock_file_for_document (document);
  if (lock == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "no folder");
      return NULL;
    }
  owner = stolt_lock_owner_new_for_self ();
  data = stolt_lock_owner_to_data (owner);

  /* The lock may go away between a failed create and the read */
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(StoltLockOwner) other = NULL;
      StoltLockFile *self;

      if (create_lock (lock, data, &local_error))
        {
          self = g_new0 (StoltLockFile, 1);
          self->file = g_steal_pointer (&lock);
          self->owner = g_steal_pointer (&owner);
          return self;
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      g_clear_error (&local_error);
      other = read_lock (lock, &local_error);
      if (other != NULL)
        {
          if (holder != NULL)
            *holder = g_steal_pointer (&other);
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "locked");
          return NULL;
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "locked");
  return NULL;
}

/* The id is random: the same id is the same lock */
static gboolean
same_lock (const StoltLockOwner *a,
           const StoltLockOwner *b)
{
  return g_strcmp0 (a->id, b->id) == 0 && g_strcmp0 (a->host, b->host) == 0 &&
         a->pid == b->pid;
}

/**
 * stolt_lock_file_refresh:
 *
 * Tells others that the owner is still there.  A lock that someone else
 * took meanwhile (having found it stale) is left alone: %G_IO_ERROR_BUSY.
 */
gboolean
stolt_lock_file_refresh (StoltLockFile  *self,
                         GError        **error)
{
  g_autoptr(StoltLockOwner) current = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  current = read_lock (self->file, &local_error);
  if (current == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (current != NULL && !same_lock (current, self->owner))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "taken by someone else");
      return FALSE;
    }

  g_clear_pointer (&self->owner->refreshed, g_date_time_unref);
  self->owner->refreshed = g_date_time_new_now_local ();
  data = stolt_lock_owner_to_data (self->owner);
  return replace_lock (self->file, data, error);
}

const StoltLockOwner *
stolt_lock_file_get_owner (StoltLockFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->owner;
}

/* Removes the lock if it is still this one */
void
stolt_lock_file_release (StoltLockFile *self)
{
  g_autoptr(StoltLockOwner) current = NULL;

  if (self == NULL)
    return;

  current = read_lock (self->file, NULL);
  if (current != NULL && same_lock (current, self->owner))
    g_file_delete (self->file, NULL, NULL);

  g_clear_object (&self->file);
  stolt_lock_owner_free (self->owner);
  g_free (self);
}

/**
 * stolt_lock_file_break:
 * @expected: the stale lock the user agreed to remove
 *
 * Removes the lock beside @document if it is still @expected: a lock that
 * its owner refreshed, or someone else took, since the user was asked
 * stays.  Then %G_IO_ERROR_BUSY.  A lock that is gone already is fine.
 */
gboolean
stolt_lock_file_break (GFile                *document,
                       const StoltLockOwner *expected,
                       GError              **error)
{
  g_autoptr(GFile) lock = NULL;
  g_autoptr(StoltLockOwner) current = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (document), FALSE);
  g_return_val_if_fail (expected != NULL, FALSE);

  lock = stolt_lock_file_for_document (document);
  if (lock == NULL)
    return TRUE;
  current = read_lock (lock, &local_error);
  if (current == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!same_lock (current, expected) ||
      !g_date_time_equal (current->refreshed, expected->refreshed))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "in use again");
      return FALSE;
    }
  if (!g_file_delete (lock, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
