/* stolt-session.c — what a user has open, and what they may get back
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session opens files (a Stolt project as it is, a GNOME Planner
 * file imported in a thread), makes new projects, keeps the recent
 * projects and the drafts that can be recovered.  Windows only show
 * documents; the application only starts things (STYLE.md, GNOME Text
 * Editor's EditorSession).
 */

#define G_LOG_DOMAIN "stolt-session"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-file.h"
#include "stolt-import.h"
#include "stolt-project.h"
#include "stolt-session.h"
#include "stolt-templates.h"

#define PROJECT_MIME_TYPE "application/x-stolt-project"
#define MAX_RECENT 12

struct _StoltSession
{
  GObject           parent_instance;

  /* Owned references */
  GSettings        *settings;
  GListStore       *recent;       /* GFile, newest first */
  GListStore       *recoverable;  /* StoltDraft, newest first */

  /* Borrowed references */
  GtkRecentManager *recent_manager;
};

G_DEFINE_FINAL_TYPE (StoltSession, stolt_session, G_TYPE_OBJECT)

/* Recent projects: GTK's list of recently used files, Stolt's own only */

static void
reload_recent (StoltSession *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  GList *items = gtk_recent_manager_get_items (self->recent_manager);

  for (GList *l = items; l != NULL && files->len < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), PROJECT_MIME_TYPE) != 0
          || !gtk_recent_info_exists (info))
        continue;
      g_ptr_array_add (files, g_file_new_for_uri (gtk_recent_info_get_uri (info)));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_list_store_splice (self->recent, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recent)),
                       files->pdata, files->len);
}

static void
add_recent (StoltSession *self,
            GFile        *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) PROJECT_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "stolt %u",
  };

  gtk_recent_manager_add_full (self->recent_manager, uri, &data);
}

static void
document_file_changed_cb (StoltDocument *document,
                          GParamSpec    *pspec,
                          StoltSession  *self)
{
  GFile *file = stolt_document_get_file (document);

  if (file != NULL)
    add_recent (self, file);
}

/**
 * stolt_session_track:
 *
 * Keeps @document's file among the recent projects, now (if it has one)
 * and whenever it is saved under a name.
 */
void
stolt_session_track (StoltSession  *self,
                     StoltDocument *document)
{
  g_return_if_fail (STOLT_IS_SESSION (self));
  g_return_if_fail (STOLT_IS_DOCUMENT (document));

  g_signal_connect_object (document, "notify::file", G_CALLBACK (document_file_changed_cb),
                           self, 0);
  document_file_changed_cb (document, NULL, self);
}

GListModel *
stolt_session_get_recent (StoltSession *self)
{
  g_return_val_if_fail (STOLT_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->recent);
}

/* New projects */

StoltDocument *
stolt_session_new_document (StoltSession *self)
{
  g_autoptr(StoltDocument) document = NULL;
  StoltProject *project;
  StoltRecord *card;
  g_autofree char *categories = NULL;

  g_return_val_if_fail (STOLT_IS_SESSION (self), NULL);

  document = stolt_document_new ();
  project = stolt_document_get_project (document);
  card = STOLT_RECORD (stolt_project_get_card (project));
  categories = g_settings_get_string (self->settings, "measure-categories");
  if (g_str_equal (categories, "aruba"))
    {
      stolt_project_set_int (project, card, "category-set", STOLT_CATEGORY_SET_ARUBA, NULL);
      stolt_project_reset_history (project);
    }

  /* Once saved, it is a recent project */
  stolt_session_track (self, document);
  return g_steal_pointer (&document);
}

StoltDocument *
stolt_session_new_from_template (StoltSession  *self,
                                 const char    *template_id,
                                 GError       **error)
{
  g_autoptr(StoltProject) project = NULL;
  StoltDocument *document;

  g_return_val_if_fail (STOLT_IS_SESSION (self), NULL);

  project = stolt_templates_create (template_id, error);
  if (project == NULL)
    return NULL;

  document = stolt_document_new_from_project (project);
  stolt_session_track (self, document);
  return document;
}

/* Opening files
 *
 * One way in for every file: its first bytes are read once and say what
 * it is.  A Stolt project opens at once, with its working copy; a GNOME
 * Planner file is imported in a thread (a 20 000-task file takes a
 * moment) into a new, unsaved document. */

typedef struct
{
  StoltProject *project;   /* an import's, before it becomes a document */
  StoltDocument *document;
  GPtrArray    *notes;
} OpenResult;

static void
open_result_free (OpenResult *result)
{
  g_clear_object (&result->project);
  g_clear_object (&result->document);
  g_clear_pointer (&result->notes, g_ptr_array_unref);
  g_free (result);
}

static StoltFileKind
sniff_file (GFile *file)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(GBytes) head = NULL;

  if (stream == NULL)
    return STOLT_FILE_KIND_UNKNOWN;
  head = g_input_stream_read_bytes (G_INPUT_STREAM (stream), 512, NULL, NULL);
  return head != NULL ? stolt_io_sniff (head) : STOLT_FILE_KIND_UNKNOWN;
}

/* Whether opening @file is an import (that takes a moment) */
gboolean
stolt_session_is_import (StoltSession *self,
                         GFile        *file)
{
  g_return_val_if_fail (STOLT_IS_SESSION (self), FALSE);

  return sniff_file (file) == STOLT_FILE_KIND_PLANNER;
}

/* The model is made in the thread and handed over whole: nothing else
 * holds it until stolt_session_open_finish() makes it a document */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *file = task_data;
  OpenResult *result = g_new0 (OpenResult, 1);
  GError *error = NULL;

  result->project = stolt_io_load_project (file, cancellable, &result->notes, &error);
  if (result->project == NULL)
    {
      open_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) open_result_free);
}

/**
 * stolt_session_open:
 *
 * Opens @file, whatever it holds.  The callback runs in the calling
 * thread's main context, never before this returns.
 */
void
stolt_session_open (StoltSession        *self,
                    GFile               *file,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  OpenResult *result;

  g_return_if_fail (STOLT_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, stolt_session_open);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  if (sniff_file (file) == STOLT_FILE_KIND_PLANNER)
    {
      g_task_run_in_thread (task, import_thread);
      return;
    }

  /* A Stolt project, or something the storage layer explains as not one */
  result = g_new0 (OpenResult, 1);
  result->document = stolt_document_open (file, &error);
  if (result->document == NULL)
    {
      open_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  result->notes = g_ptr_array_new_with_free_func (g_free);
  g_task_return_pointer (task, result, (GDestroyNotify) open_result_free);
}

/**
 * stolt_session_open_finish:
 * @notes: (out) (optional) (transfer full): what of an imported file had
 *   no place in Stolt, one translated line each
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with an
 *   error (%G_IO_ERROR_CANCELLED when cancelled)
 */
StoltDocument *
stolt_session_open_finish (StoltSession  *self,
                           GAsyncResult  *result,
                           GPtrArray    **notes,
                           GError       **error)
{
  OpenResult *opened;
  StoltDocument *document;

  g_return_val_if_fail (STOLT_IS_SESSION (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  opened = g_task_propagate_pointer (G_TASK (result), error);
  if (opened == NULL)
    return NULL;

  if (opened->document != NULL)
    document = g_steal_pointer (&opened->document);
  else
    document = stolt_document_new_from_project (opened->project);
  stolt_session_track (self, document);

  if (notes != NULL)
    *notes = g_steal_pointer (&opened->notes);
  open_result_free (opened);
  return document;
}

/* Recovery */

GListModel *
stolt_session_get_recoverable (StoltSession *self)
{
  g_return_val_if_fail (STOLT_IS_SESSION (self), NULL);

  return G_LIST_MODEL (self->recoverable);
}

/* Lists the drafts again: another Stolt may have closed, or crashed */
void
stolt_session_reload_recoverable (StoltSession *self)
{
  g_autoptr(GPtrArray) drafts = NULL;

  g_return_if_fail (STOLT_IS_SESSION (self));

  drafts = stolt_drafts_list_recoverable ();
  g_list_store_splice (self->recoverable, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->recoverable)),
                       drafts->pdata, drafts->len);
}

static void
forget_draft (StoltSession *self,
              StoltDraft   *draft)
{
  guint position;

  if (g_list_store_find (self->recoverable, draft, &position))
    g_list_store_remove (self->recoverable, position);
}

StoltDocument *
stolt_session_recover (StoltSession  *self,
                       StoltDraft    *draft,
                       GError       **error)
{
  g_autoptr(StoltDraft) hold = NULL;
  StoltDocument *document;

  g_return_val_if_fail (STOLT_IS_SESSION (self), NULL);
  g_return_val_if_fail (STOLT_IS_DRAFT (draft), NULL);

  hold = g_object_ref (draft);
  document = stolt_document_recover (stolt_draft_get_id (draft), error);
  if (document == NULL)
    return NULL;

  forget_draft (self, draft);
  stolt_session_track (self, document);
  return document;
}

void
stolt_session_discard (StoltSession *self,
                       StoltDraft   *draft)
{
  g_autoptr(StoltDraft) hold = NULL;

  g_return_if_fail (STOLT_IS_SESSION (self));
  g_return_if_fail (STOLT_IS_DRAFT (draft));

  hold = g_object_ref (draft);
  stolt_drafts_discard (stolt_draft_get_id (draft));
  forget_draft (self, draft);
}

/* GObject */

static void
stolt_session_finalize (GObject *object)
{
  StoltSession *self = STOLT_SESSION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->recent);
  g_clear_object (&self->recoverable);

  G_OBJECT_CLASS (stolt_session_parent_class)->finalize (object);
}

static void
stolt_session_class_init (StoltSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = stolt_session_finalize;
}

static void
stolt_session_init (StoltSession *self)
{
  self->recent = g_list_store_new (G_TYPE_FILE);
  self->recoverable = g_list_store_new (STOLT_TYPE_DRAFT);
}

StoltSession *
stolt_session_new (GSettings *settings)
{
  StoltSession *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (STOLT_TYPE_SESSION, NULL);
  self->settings = g_object_ref (settings);
  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent_manager, "changed", G_CALLBACK (reload_recent), self,
                           G_CONNECT_SWAPPED);
  reload_recent (self);
  return self;
}
