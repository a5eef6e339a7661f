/* stolt-file.c — reading and atomically replacing the user's files
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"
#define _GNU_SOURCE  /* O_TMPFILE */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "stolt-file.h"
#include "stolt-fs-kind.h"
#include "stolt-storage-private.h"

#define STAMP_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
  G_FILE_ATTRIBUTE_STANDARD_SIZE "," \
  G_FILE_ATTRIBUTE_TIME_MODIFIED "," \
  G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC "," \
  G_FILE_ATTRIBUTE_ETAG_VALUE "," \
  G_FILE_ATTRIBUTE_UNIX_DEVICE "," \
  G_FILE_ATTRIBUTE_UNIX_INODE

void
stolt_file_stamp_clear (StoltFileStamp *stamp)
{
  g_clear_pointer (&stamp->etag, g_free);
  memset (stamp, 0, sizeof *stamp);
}

void
stolt_file_stamp_copy (StoltFileStamp       *dest,
                       const StoltFileStamp *src)
{
  char *etag = g_strdup (src->etag);

  stolt_file_stamp_clear (dest);
  *dest = *src;
  dest->etag = etag;
}

/* Every part that both stamps know must agree.  A missing etag or inode
 * (a remote file, an old sidecar) is not a difference. */
gboolean
stolt_file_stamp_equal (const StoltFileStamp *a,
                        const StoltFileStamp *b)
{
  if (a->exists != b->exists)
    return FALSE;
  if (!a->exists)
    return TRUE;
  if (a->size != b->size || a->mtime_usec != b->mtime_usec)
    return FALSE;
  if (a->inode != 0 && b->inode != 0 && (a->inode != b->inode || a->device != b->device))
    return FALSE;
  if (a->etag != NULL && b->etag != NULL && strcmp (a->etag, b->etag) != 0)
    return FALSE;
  return TRUE;
}

void
stolt_file_stamp_to_keyfile (const StoltFileStamp *stamp,
                             GKeyFile             *keyfile,
                             const char           *group)
{
  g_key_file_set_boolean (keyfile, group, "Exists", stamp->exists);
  g_key_file_set_int64 (keyfile, group, "Size", stamp->size);
  g_key_file_set_int64 (keyfile, group, "ModifiedUsec", stamp->mtime_usec);
  g_key_file_set_uint64 (keyfile, group, "Device", stamp->device);
  g_key_file_set_uint64 (keyfile, group, "Inode", stamp->inode);
  g_key_file_set_string (keyfile, group, "Etag", stamp->etag != NULL ? stamp->etag : "");
}

void
stolt_file_stamp_from_keyfile (StoltFileStamp *stamp,
                               GKeyFile       *keyfile,
                               const char     *group)
{
  g_autofree char *etag = NULL;

  stolt_file_stamp_clear (stamp);
  stamp->exists = g_key_file_get_boolean (keyfile, group, "Exists", NULL);
  stamp->size = g_key_file_get_int64 (keyfile, group, "Size", NULL);
  stamp->mtime_usec = g_key_file_get_int64 (keyfile, group, "ModifiedUsec", NULL);
  stamp->device = g_key_file_get_uint64 (keyfile, group, "Device", NULL);
  stamp->inode = g_key_file_get_uint64 (keyfile, group, "Inode", NULL);
  etag = g_key_file_get_string (keyfile, group, "Etag", NULL);
  if (etag != NULL && *etag != '\0')
    stamp->etag = g_steal_pointer (&etag);
}

static void
stamp_from_info (StoltFileStamp *stamp,
                 GFileInfo      *info)
{
  stolt_file_stamp_clear (stamp);
  stamp->exists = TRUE;
  stamp->size = g_file_info_get_size (info);
  stamp->mtime_usec =
    (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
    g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  stamp->device = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_DEVICE);
  stamp->inode = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE);
  stamp->etag = g_strdup (g_file_info_get_etag (info));
}

gboolean
stolt_file_query_stamp (GFile           *file,
                        StoltFileStamp  *stamp,
                        GError         **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, STAMP_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      stolt_file_stamp_clear (stamp);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stamp_from_info (stamp, info);
  return TRUE;
}

char *
stolt_file_get_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);
  return g_filename_display_name (basename);
}

/* Files shown to a sandbox through the document portal, GVfs locations
 * and other FUSE mounts have their own rename and locking semantics:
 * write them through GIO only.  A kernel SMB or NFS mount takes the
 * native temporary file and rename(2), which its server makes atomic. */
gboolean
stolt_file_is_portal_or_remote (GFile *file)
{
  switch (stolt_fs_kind_for_file (file))
    {
    case STOLT_FS_KIND_LOCAL:
      return FALSE;
    case STOLT_FS_KIND_NETWORK:
      return !g_file_is_native (file);
    case STOLT_FS_KIND_FUSE:
    case STOLT_FS_KIND_PORTAL:
    default:
      return TRUE;
    }
}

/* Read at most @max_size bytes; one more means the file is too large. */
static GBytes *
read_stream (GInputStream  *stream,
             gsize          max_size,
             GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[64 * 1024];

  for (;;)
    {
      gsize n_read = 0;

      if (!g_input_stream_read_all (stream, chunk, sizeof chunk, &n_read, NULL, error))
        return NULL;
      g_byte_array_append (buffer, chunk, n_read);
      if (buffer->len > max_size)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("the file is too large"));
          return NULL;
        }
      if (n_read < sizeof chunk)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

GBytes *
stolt_file_load (GFile           *file,
                 gsize            max_size,
                 StoltFileStamp  *stamp,
                 GError         **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = stolt_file_get_display_name (file);
  GBytes *bytes;

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    goto failed;

  /* Stamp the very file we read (an fstat for local files), so that a
   * replacement between the stat and the read cannot go unnoticed. */
  info = g_file_input_stream_query_info (stream, STAMP_ATTRIBUTES, NULL, &local_error);
  if (info == NULL)
    goto failed;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("not a regular file"));
      goto failed;
    }

  bytes = read_stream (G_INPUT_STREAM (stream), max_size, &local_error);
  if (bytes == NULL)
    goto failed;

  if (stamp != NULL)
    stamp_from_info (stamp, info);
  return bytes;

failed:
  _stolt_storage_error_read (error, name, local_error->message);
  return NULL;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
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

/* After a rename the new directory entry is only durable once the
 * directory itself is synced. */
static void
sync_directory (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* The name of a temporary for @basename: ".NAME.8HEX.tmp".  Nothing else
 * may match is_our_temporary (), which decides what may be removed. */
static char *
temporary_name (const char *basename)
{
  return g_strdup_printf (".%s.%08x.tmp", basename, g_random_int ());
}

static gboolean
is_our_temporary (const char *name,
                  const char *basename)
{
  gsize base_len = strlen (basename);
  const char *hex;

  /* "." basename "." 8 hex ".tmp" */
  if (strlen (name) != 1 + base_len + 1 + 8 + 4
      || name[0] != '.'
      || strncmp (name + 1, basename, base_len) != 0
      || name[1 + base_len] != '.')
    return FALSE;
  hex = name + 1 + base_len + 1;
  for (guint i = 0; i < 8; i++)
    if (!g_ascii_isxdigit (hex[i]) || g_ascii_isupper (hex[i]))
      return FALSE;
  return strcmp (hex + 8, ".tmp") == 0;
}

/* A temporary this old was left by a write that was killed: no write
 * of ours takes a quarter of an hour between creating and renaming it. */
#define STALE_TEMPORARY_SECONDS (15 * 60)

/* Remove what killed writes of @basename left in @dir: only regular files
 * of our exact naming, owned by us and not touched for a while, so that a
 * write under way in another process keeps its temporary. */
static void
remove_stale_temporaries (const char *dir,
                          const char *basename)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!is_our_temporary (name, basename))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (lstat (path, &st) != 0
          || !S_ISREG (st.st_mode)
          || st.st_uid != getuid ()
          || now - (gint64) st.st_mtime < STALE_TEMPORARY_SECONDS)
        continue;
      if (g_unlink (path) != 0)
        g_debug ("Could not remove the stale temporary %s: %s", path, g_strerror (errno));
    }
}

static int
create_temporary (const char  *dir,
                  const char  *basename,
                  char       **tmp_path)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = temporary_name (basename);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      /* 0666 so that the umask decides, like for any new document */
      int fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);

      if (fd >= 0 || errno != EEXIST)
        {
          *tmp_path = g_steal_pointer (&path);
          return fd;
        }
    }
  errno = EEXIST;
  return -1;
}

#ifdef O_TMPFILE
/* Give the unnamed file @fd a temporary name in @dir, just before the
 * rename: until then a killed write leaves nothing behind. */
static gboolean
link_unnamed (int          fd,
              const char  *dir,
              const char  *basename,
              char       **tmp_path)
{
  g_autofree char *proc_path = g_strdup_printf ("/proc/self/fd/%d", fd);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = temporary_name (basename);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (linkat (AT_FDCWD, proc_path, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0)
        {
          *tmp_path = g_steal_pointer (&path);
          return TRUE;
        }
      if (errno != EEXIST)
        return FALSE;
    }
  errno = EEXIST;
  return FALSE;
}
#endif

static gboolean
fill_temporary (int                fd,
                GBytes            *contents,
                const struct stat *old)
{
  const guint8 *data;
  gsize length;

  /* Keep the permissions of the file being replaced */
  if (old != NULL)
    fchmod (fd, old->st_mode & 07777);

  data = g_bytes_get_data (contents, &length);
  return write_all (fd, data, length) && fsync (fd) == 0;
}

/* A temporary beside the target holding @contents, synced and named
 * (*tmp_path): written unnamed (O_TMPFILE) and linked only once complete
 * where the file system allows, so that a killed write leaves nothing;
 * else created under its name.  Returns the open descriptor, or -1. */
static int
write_temporary (const char         *dir,
                 const char         *basename,
                 GBytes             *contents,
                 const struct stat  *old,
                 char              **tmp_path)
{
  int fd;

#ifdef O_TMPFILE
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd >= 0)
    {
      if (fill_temporary (fd, contents, old) && link_unnamed (fd, dir, basename, tmp_path))
        return fd;
      /* No /proc to link through, or a failed write: try the plain way,
       * which says why it fails if it does */
      close (fd);
    }
#endif

  fd = create_temporary (dir, basename, tmp_path);
  if (fd < 0)
    return -1;
  if (!fill_temporary (fd, contents, old))
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (*tmp_path);
      g_clear_pointer (tmp_path, g_free);
      errno = saved_errno;
      return -1;
    }
  return fd;
}

/* Write a fresh file beside the target, sync it and rename it over the
 * target: a crash at any moment leaves either the old or the new file.
 * Only a regular file is ever replaced: renaming over a device or a
 * fifo would put a plain file in its place. */
static gboolean
replace_native (const char  *target,
                GBytes      *contents,
                const char  *name,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *basename = g_path_get_basename (target);
  g_autofree char *tmp_path = NULL;
  struct stat old;
  gboolean has_old;
  int fd;
  int saved_errno;

  has_old = stat (target, &old) == 0;
  if (has_old && !S_ISREG (old.st_mode))
    {
      _stolt_storage_error_write (error, name, _("not a regular file"));
      return FALSE;
    }

  remove_stale_temporaries (dir, basename);

  fd = write_temporary (dir, basename, contents, has_old ? &old : NULL, &tmp_path);
  if (fd < 0)
    goto failed;

  if (close (fd) != 0)
    {
      fd = -1;
      goto failed;
    }
  fd = -1;
  if (rename (tmp_path, target) != 0)
    goto failed;

  sync_directory (dir);
  return TRUE;

failed:
  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  if (tmp_path != NULL)
    g_unlink (tmp_path);
  _stolt_storage_error_write (error, name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
replace_with_gio (GFile                *file,
                  GBytes               *contents,
                  const StoltFileStamp *expected,
                  const char           *name,
                  GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *etag = expected != NULL && expected->exists ? expected->etag : NULL;

  if (!g_file_replace_contents (file,
                                g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                                etag, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        _stolt_storage_error_changed_on_disk (error, name);
      else
        _stolt_storage_error_write (error, name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* The real file behind a symbolic link, so that saving through a link
 * replaces the file and keeps the link. */
static char *
resolve_target (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  char *real = realpath (path, NULL);

  if (real == NULL)
    return g_steal_pointer (&path);
  {
    char *result = g_strdup (real);
    free (real);
    return result;
  }
}

gboolean
stolt_file_replace (GFile                *file,
                    GBytes               *contents,
                    const StoltFileStamp *expected,
                    StoltFileStamp       *new_stamp,
                    GError              **error)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  g_autoptr(GError) local_error = NULL;
  StoltFileStamp now = { 0 };

  if (expected != NULL)
    {
      if (!stolt_file_query_stamp (file, &now, &local_error))
        {
          _stolt_storage_error_write (error, name, local_error->message);
          return FALSE;
        }
      /* A file that is gone has nothing left to lose: write it again */
      if (now.exists && !stolt_file_stamp_equal (expected, &now))
        {
          stolt_file_stamp_clear (&now);
          _stolt_storage_error_changed_on_disk (error, name);
          return FALSE;
        }
      stolt_file_stamp_clear (&now);
    }

  if (stolt_file_is_portal_or_remote (file))
    {
      if (!replace_with_gio (file, contents, expected, name, error))
        return FALSE;
    }
  else
    {
      g_autofree char *target = resolve_target (file);

      if (!replace_native (target, contents, name, error))
        return FALSE;
    }

  if (new_stamp != NULL && !stolt_file_query_stamp (file, new_stamp, &local_error))
    {
      _stolt_storage_error_write (error, name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
