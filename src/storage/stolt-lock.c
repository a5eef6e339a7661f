/* stolt-lock.c — "this is mine while I live" between windows and processes
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "stolt-lock.h"
#include "stolt-storage-private.h"

struct _StoltLock
{
  int   fd;
  char *path;
};

/* Is @fd still the file at @path?  Someone releasing a lock removes its
 * file; whoever locked the removed file must try again on the new one. */
static gboolean
still_linked (int         fd,
              const char *path)
{
  struct stat by_fd, by_path;

  return fstat (fd, &by_fd) == 0 && stat (path, &by_path) == 0 &&
         by_fd.st_dev == by_path.st_dev && by_fd.st_ino == by_path.st_ino;
}

/**
 * stolt_lock_try:
 * @note: (nullable): written into the lock file, for people looking
 *
 * Returns: (transfer full) (nullable): the lock, or %NULL with
 *   %G_IO_ERROR_BUSY if someone holds it, or another error
 */
StoltLock *
stolt_lock_try (const char  *path,
                const char  *note,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return NULL;
    }

  for (guint attempt = 0; attempt < 10; attempt++)
    {
      int fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
      StoltLock *self;

      if (fd < 0)
        {
          int saved_errno = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
          return NULL;
        }

      if (flock (fd, LOCK_EX | LOCK_NB) != 0)
        {
          int saved_errno = errno;

          close (fd);
          if (saved_errno == EWOULDBLOCK)
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "locked");
          else
            g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                 g_strerror (saved_errno));
          return NULL;
        }

      if (!still_linked (fd, path))
        {
          close (fd);
          continue;
        }

      if (note != NULL && ftruncate (fd, 0) == 0)
        {
          gsize length = strlen (note);

          if (write (fd, note, length) != (ssize_t) length)
            g_debug ("Could not write a note into %s", path);
        }

      self = g_new0 (StoltLock, 1);
      self->fd = fd;
      self->path = g_strdup (path);
      return self;
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "locked");
  return NULL;
}

/* @remove: delete the lock file too (while still holding the lock, so
 * that nobody can take a lock on a file that is about to go) */
void
stolt_lock_release (StoltLock *self,
                    gboolean   remove)
{
  if (self == NULL)
    return;
  if (remove)
    g_unlink (self->path);
  close (self->fd);
  g_free (self->path);
  g_free (self);
}

/* Does anyone hold the lock at @path right now? */
gboolean
stolt_lock_is_held (const char *path)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  gboolean held;

  if (fd < 0)
    return FALSE;
  held = flock (fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);
  return held;
}

/* The lock for a user's file: keyed by the file's real path (symbolic
 * links resolved), or its URI when it has none. */
char *
stolt_lock_path_for_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = _stolt_storage_dir ("locks");

  if (path != NULL)
    {
      char *real = realpath (path, NULL);

      key = g_strdup (real != NULL ? real : path);
      free (real);
    }
  else
    key = g_file_get_uri (file);

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  name = g_strconcat (hash, ".lock", NULL);
  return g_build_filename (dir, name, NULL);
}

/* For g_clear_pointer and g_autoptr: release and remove the file */
void
stolt_lock_release_removing (StoltLock *self)
{
  stolt_lock_release (self, TRUE);
}
