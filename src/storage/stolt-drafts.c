/* stolt-drafts.c — working copies left behind by a crash
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "stolt-drafts.h"
#include "stolt-lock.h"
#include "stolt-storage-private.h"

struct _StoltDraft
{
  GObject    parent_instance;

  char      *id;
  char      *title;
  GFile     *file;
  GDateTime *written;
  goffset    size;
};

G_DEFINE_FINAL_TYPE (StoltDraft, stolt_draft, G_TYPE_OBJECT)

static void
stolt_draft_finalize (GObject *object)
{
  StoltDraft *self = STOLT_DRAFT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->written, g_date_time_unref);

  G_OBJECT_CLASS (stolt_draft_parent_class)->finalize (object);
}

static void
stolt_draft_class_init (StoltDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stolt_draft_finalize;
}

static void
stolt_draft_init (StoltDraft *self)
{
}

const char *
stolt_draft_get_id (StoltDraft *self)
{
  g_return_val_if_fail (STOLT_IS_DRAFT (self), NULL);
  return self->id;
}

/* The project's title when last written; may be empty */
const char *
stolt_draft_get_title (StoltDraft *self)
{
  g_return_val_if_fail (STOLT_IS_DRAFT (self), NULL);
  return self->title;
}

/* Returns: (transfer none) (nullable): the file it was opened from */
GFile *
stolt_draft_get_file (StoltDraft *self)
{
  g_return_val_if_fail (STOLT_IS_DRAFT (self), NULL);
  return self->file;
}

GDateTime *
stolt_draft_get_written (StoltDraft *self)
{
  g_return_val_if_fail (STOLT_IS_DRAFT (self), NULL);
  return self->written;
}

/* The size of the working copy in bytes, when it was listed */
goffset
stolt_draft_get_size (StoltDraft *self)
{
  g_return_val_if_fail (STOLT_IS_DRAFT (self), 0);

  return self->size;
}

/* Files */

char *
_stolt_draft_path (const char *draft_id,
                   const char *extension)
{
  g_autofree char *dir = _stolt_storage_dir ("drafts");
  g_autofree char *name = g_strconcat (draft_id, extension, NULL);

  return g_build_filename (dir, name, NULL);
}

void
_stolt_draft_remove_files (const char *draft_id)
{
  static const char *const extensions[] = { ".stolt", ".stolt-wal", ".stolt-shm",
                                            ".stolt-journal", ".draft" };

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *path = _stolt_draft_path (draft_id, extensions[i]);

      g_unlink (path);
    }
}

GKeyFile *
_stolt_draft_read_info (const char  *draft_id,
                        GError     **error)
{
  g_autofree char *path = _stolt_draft_path (draft_id, ".draft");
  g_autoptr(GKeyFile) info = g_key_file_new ();

  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, error))
    return NULL;
  return g_steal_pointer (&info);
}

gboolean
_stolt_draft_write_info (const char  *draft_id,
                         GKeyFile    *info,
                         GError     **error)
{
  g_autofree char *path = _stolt_draft_path (draft_id, ".draft");
  g_autofree char *data = NULL;
  gsize length;

  data = g_key_file_to_data (info, &length, NULL);
  /* Consistent (write and rename) but not durable: it is rewritten every
   * few seconds, and the working copy beside it is what matters. */
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                   error);
}

/* Listing */

static StoltDraft *
draft_from_info (const char *draft_id,
                 GKeyFile   *info)
{
  StoltDraft *self = g_object_new (STOLT_TYPE_DRAFT, NULL);
  g_autofree char *uri = g_key_file_get_string (info, STOLT_DRAFT_GROUP, "File", NULL);
  g_autofree char *written = g_key_file_get_string (info, STOLT_DRAFT_GROUP, "Written", NULL);

  self->id = g_strdup (draft_id);
  self->title = g_key_file_get_string (info, STOLT_DRAFT_GROUP, "Title", NULL);
  if (self->title == NULL)
    self->title = g_strdup ("");
  if (uri != NULL && *uri != '\0')
    self->file = g_file_new_for_uri (uri);
  if (written != NULL)
    self->written = g_date_time_new_from_iso8601 (written, NULL);
  if (self->written == NULL)
    self->written = g_date_time_new_now_local ();
  return self;
}

static gboolean
is_draft_id (const char *id)
{
  return g_uuid_string_is_valid (id);
}

/* Removes the files of a draft nobody holds; FALSE if someone does */
static gboolean
remove_unheld (const char *draft_id)
{
  g_autofree char *lock_path = _stolt_draft_path (draft_id, ".lock");
  StoltLock *lock = stolt_lock_try (lock_path, NULL, NULL);

  if (lock == NULL)
    return FALSE;
  _stolt_draft_remove_files (draft_id);
  stolt_lock_release (lock, TRUE);
  return TRUE;
}

static void
consider_draft (const char *draft_id,
                GPtrArray  *found)
{
  g_autofree char *lock_path = _stolt_draft_path (draft_id, ".lock");
  g_autofree char *db_path = _stolt_draft_path (draft_id, ".stolt");
  g_autoptr(GKeyFile) info = NULL;

  if (stolt_lock_is_held (lock_path))
    return;

  info = _stolt_draft_read_info (draft_id, NULL);
  if (info != NULL && g_file_test (db_path, G_FILE_TEST_IS_REGULAR) &&
      g_key_file_get_boolean (info, STOLT_DRAFT_GROUP, "Modified", NULL))
    {
      StoltDraft *draft = draft_from_info (draft_id, info);
      GStatBuf buf;

      if (g_stat (db_path, &buf) == 0)
        draft->size = buf.st_size;
      g_ptr_array_add (found, draft);
      return;
    }

  /* Its owner is gone and it holds nothing unsaved (or too little to
   * open): clean it up */
  remove_unheld (draft_id);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  StoltDraft *draft_a = *(StoltDraft **) a;
  StoltDraft *draft_b = *(StoltDraft **) b;

  return g_date_time_compare (draft_b->written, draft_a->written);
}

/**
 * stolt_drafts_list_recoverable:
 *
 * Drafts whose process is gone and that hold unsaved changes, newest
 * first.  Drafts of gone processes with nothing unsaved are removed.
 *
 * Returns: (transfer full) (element-type StoltDraft): the drafts
 */
GPtrArray *
stolt_drafts_list_recoverable (void)
{
  g_autofree char *dir_path = _stolt_storage_dir ("drafts");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key;
  const char *name;

  if (dir == NULL)
    return found;

  /* Every id with any file: a crash may leave a working copy without
   * its key file, or the other way round */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      const char *dot = strchr (name, '.');
      g_autofree char *id = dot != NULL ? g_strndup (name, dot - name) : NULL;

      if (id != NULL && is_draft_id (id))
        g_hash_table_add (ids, g_steal_pointer (&id));
    }

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    consider_draft (key, found);

  g_ptr_array_sort (found, compare_newest_first);
  return found;
}

/**
 * stolt_drafts_discard:
 *
 * Deletes a draft for good.
 *
 * Returns: %FALSE if the draft is open somewhere
 */
gboolean
stolt_drafts_discard (const char *draft_id)
{
  g_return_val_if_fail (draft_id != NULL, FALSE);

  if (!is_draft_id (draft_id))
    return FALSE;
  return remove_unheld (draft_id);
}
