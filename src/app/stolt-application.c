/* stolt-application.c
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "stolt-accessible.h"
#include "stolt-application.h"
#include "stolt-cli.h"
#include "stolt-import-feedback.h"
#include "stolt-preferences-window.h"
#include "stolt-project.h"
#include "stolt-resources.h"
#include "stolt-record-table.h"
#include "stolt-session.h"
#include "stolt-start-window.h"
#include "stolt-window.h"

struct _StoltApplication
{
  AdwApplication         parent_instance;

  GSettings             *settings;
  StoltSession          *session;
  GtkFileChooserNative  *chooser;

  gboolean               offered_recovery;
  GPtrArray             *open_jobs;         /* OpenJob, files being read */
  gboolean               terminating;       /* asked to end by a signal */
  guint                  signal_sources[3];

  /* Points at g_application_run()'s argument vector while the command
   * line is parsed: handle-local-options gets only the options, and the
   * headless commands need the file names that follow them. */
  char                ***arguments;
};

G_DEFINE_FINAL_TYPE (StoltApplication, stolt_application, ADW_TYPE_APPLICATION)

GSettings *
stolt_application_get_settings (StoltApplication *self)
{
  g_return_val_if_fail (STOLT_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  return self->settings;
}

StoltSession *
stolt_application_get_session (StoltApplication *self)
{
  g_return_val_if_fail (STOLT_IS_APPLICATION (self), NULL);

  if (self->session == NULL)
    self->session = stolt_session_new (stolt_application_get_settings (self));

  return self->session;
}

/* Windows and documents */

static StoltWindow *
find_window_for_file (StoltApplication *self,
                      GFile            *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *open_file;

      if (!STOLT_IS_WINDOW (l->data))
        continue;

      open_file = stolt_document_get_file (stolt_window_get_document (l->data));
      if (open_file != NULL && g_file_equal (open_file, file))
        return l->data;
    }

  return NULL;
}

static StoltWindow *
find_pristine_window (StoltApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (STOLT_IS_WINDOW (l->data) && stolt_window_is_pristine (l->data))
      return l->data;

  return NULL;
}

static GtkWindow *
find_start_window (StoltApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (STOLT_IS_START_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* The window a dialog about opening files goes on: the active one, or
 * the start window */
static GtkWindow *
parent_window (StoltApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return window != NULL ? window : find_start_window (self);
}

/* Once a project is open, the start window has done its job */
static void
close_start_window (StoltApplication *self)
{
  GtkWindow *start = find_start_window (self);

  if (start != NULL)
    gtk_window_destroy (start);
}

static void
show_start_window (StoltApplication *self)
{
  GtkWindow *start = find_start_window (self);

  stolt_session_reload_recoverable (stolt_application_get_session (self));
  if (start == NULL)
    start = GTK_WINDOW (stolt_start_window_new (GTK_APPLICATION (self),
                                                stolt_application_get_session (self)));
  gtk_window_present (start);
}

/* The start window lists what can be recovered; a project opened from
 * the command line only says so, once, in a toast that leads there */
static void
offer_recovery (StoltApplication *self,
                StoltWindow      *window)
{
  StoltSession *session = stolt_application_get_session (self);
  GListModel *drafts = stolt_session_get_recoverable (session);
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n_drafts;

  if (self->offered_recovery)
    return;
  self->offered_recovery = TRUE;

  stolt_session_reload_recoverable (session);
  n_drafts = g_list_model_get_n_items (drafts);
  if (n_drafts == 0)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Unsaved changes to %u project can be recovered",
                                        "Unsaved changes to %u projects can be recovered",
                                        n_drafts), n_drafts);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "app.show-start");
  adw_toast_set_timeout (toast, 0);
  stolt_window_add_toast (window, toast);
}

/* Shows @document in the pristine window, if there is one, or a new one */
void
stolt_application_open_document (StoltApplication *self,
                                 StoltDocument    *document)
{
  StoltWindow *window = find_pristine_window (self);

  if (window != NULL)
    stolt_window_set_document (window, document);
  else
    window = stolt_window_new (self, document);

  gtk_window_present (GTK_WINDOW (window));
  close_start_window (self);
  offer_recovery (self, window);
}

static void
show_open_error (StoltApplication *self,
                 const char       *heading,
                 const GError     *error)
{
  GtkWindow *parent = parent_window (self);
  GtkWidget *dialog;

  if (STOLT_IS_WINDOW (parent))
    {
      stolt_window_show_error (STOLT_WINDOW (parent), heading, error);
      return;
    }

  dialog = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening files: the session does the work (a GNOME Planner file is
 * imported in a thread); after IMPORT_PROGRESS_DELAY_MS a dialog says
 * what is going on and offers Cancel. */

#define IMPORT_PROGRESS_DELAY_MS 300

typedef struct
{
  StoltApplication *application;
  GFile            *file;
  GCancellable     *cancellable;
  GtkWidget        *progress;
  guint             progress_source;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_clear_handle_id (&job->progress_source, g_source_remove);
  if (job->progress != NULL)
    gtk_window_destroy (GTK_WINDOW (job->progress));
  g_clear_object (&job->cancellable);
  g_clear_object (&job->file);
  g_clear_object (&job->application);
  g_free (job);
}

static gboolean
show_progress_cb (gpointer user_data)
{
  OpenJob *job = user_data;

  job->progress_source = 0;
  job->progress = stolt_import_progress_new (parent_window (job->application), job->file,
                                             job->cancellable);
  g_object_add_weak_pointer (G_OBJECT (job->progress), (gpointer *) &job->progress);
  gtk_window_present (GTK_WINDOW (job->progress));
  return G_SOURCE_REMOVE;
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  OpenJob *job = user_data;
  StoltApplication *self = job->application;
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_remove_fast (self->open_jobs, job);
  document = stolt_session_open_finish (STOLT_SESSION (source), result, &notes, &error);
  if (self->terminating)
    {
      /* Read as the app was asked to end: its lock goes with it */
      if (document != NULL)
        stolt_document_close (document);
      if (self->open_jobs->len == 0)
        g_application_quit (G_APPLICATION (self));
    }
  else if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_open_error (self, _("Could Not Open the Project"), error);
    }
  else
    {
      stolt_application_open_document (self, document);
      if (notes->len > 0)
        stolt_import_show_not_carried_over (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                            job->file, notes);
    }

  /* A window holds the application now, if there is to be one */
  g_application_release (G_APPLICATION (self));
  open_job_free (job);
}

static void
stolt_application_open_file (StoltApplication *self,
                             GFile            *file)
{
  StoltWindow *window = find_window_for_file (self, file);
  OpenJob *job;

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      close_start_window (self);
      return;
    }

  /* No window may be open yet (stolt plan.planner): keep running… */
  g_application_hold (G_APPLICATION (self));

  /* …and an untitled window comes up while the file is read, which then
   * fills it (stolt_application_open_document takes the pristine window):
   * GTK's first frame and an import's thread share the cores instead of
   * taking turns */
  if (gtk_application_get_active_window (GTK_APPLICATION (self)) == NULL)
    {
      g_autoptr(StoltDocument) empty = stolt_session_new_document (stolt_application_get_session (self));

      gtk_window_present (GTK_WINDOW (stolt_window_new (self, empty)));
    }

  job = g_new0 (OpenJob, 1);
  job->application = g_object_ref (self);
  job->file = g_object_ref (file);
  job->cancellable = g_cancellable_new ();
  job->progress_source = g_timeout_add (IMPORT_PROGRESS_DELAY_MS, show_progress_cb, job);
  g_ptr_array_add (self->open_jobs, job);
  stolt_session_open (stolt_application_get_session (self), file, job->cancellable, opened_cb, job);
}

/* Actions */

/* Ctrl+N in a table of the Plan tab adds a row (the issue asks for it);
 * application accelerators come before the widgets' own, so the table's
 * binding alone would never see the key. */
static gboolean
add_row_in_focused_table (StoltApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *focus = window != NULL ? gtk_root_get_focus (GTK_ROOT (window)) : NULL;
  GtkWidget *table = focus != NULL ? gtk_widget_get_ancestor (focus, STOLT_TYPE_RECORD_TABLE) : NULL;

  return table != NULL && gtk_widget_activate_action (table, "table.add", NULL);
}

static StoltWindow *
open_new_window (StoltApplication *self,
                 StoltDocument    *document)
{
  StoltWindow *window = stolt_window_new (self, document);

  gtk_window_present (GTK_WINDOW (window));
  close_start_window (self);
  return window;
}

static void
new_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(StoltDocument) document = NULL;

  if (add_row_in_focused_table (self))
    return;

  document = stolt_session_new_document (stolt_application_get_session (self));
  open_new_window (self, document);
}

static void
new_from_template_action_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = stolt_session_new_from_template (stolt_application_get_session (self),
                                              g_variant_get_string (parameter, NULL), &error);
  if (document == NULL)
    {
      show_open_error (self, _("Could Not Create the Project"), error);
      return;
    }
  open_new_window (self, document);
}

/* A CSV file goes into a project: from the start window, a new one */
static void
import_csv_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(StoltDocument) document = NULL;
  StoltWindow *window;

  document = stolt_session_new_document (stolt_application_get_session (self));
  window = open_new_window (self, document);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-csv", NULL);
}

static void
open_recent_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  stolt_application_open_file (self, file);
}

static StoltDraft *
find_draft (StoltApplication *self,
            const char       *id)
{
  GListModel *drafts = stolt_session_get_recoverable (stolt_application_get_session (self));

  for (guint i = 0; i < g_list_model_get_n_items (drafts); i++)
    {
      g_autoptr(StoltDraft) draft = g_list_model_get_item (drafts, i);

      if (g_str_equal (stolt_draft_get_id (draft), id))
        return g_steal_pointer (&draft);
    }

  return NULL;
}

static void
recover_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(StoltDraft) draft = find_draft (self, g_variant_get_string (parameter, NULL));
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (draft == NULL)
    return;  /* recovered or discarded meanwhile */

  document = stolt_session_recover (stolt_application_get_session (self), draft, &error);
  if (document == NULL)
    {
      show_open_error (self, _("Could Not Recover the Changes"), error);
      return;
    }

  stolt_application_open_document (self, document);
}

static void
discard_draft_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(StoltDraft) draft = find_draft (self, g_variant_get_string (parameter, NULL));

  if (draft != NULL)
    stolt_session_discard (stolt_application_get_session (self), draft);
}

static void
show_start_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  show_start_window (user_data);
}

static void
open_response_cb (GtkNativeDialog  *chooser,
                  int               response,
                  StoltApplication *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          stolt_application_open_file (self, file);
        }
    }

  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooserNative *chooser,
            const char           *name,
            gboolean              stolt,
            gboolean              planner)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (stolt)
    {
      gtk_file_filter_add_mime_type (filter, "application/x-stolt-project");
      gtk_file_filter_add_suffix (filter, "stolt");
    }
  if (planner)
    {
      gtk_file_filter_add_mime_type (filter, "application/x-planner");
      gtk_file_filter_add_suffix (filter, "planner");
      gtk_file_filter_add_suffix (filter, "mrproject");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
}

static void
open_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  StoltApplication *self = user_data;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Project"), parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  add_filter (self->chooser, _("All projects"), TRUE, TRUE);
  add_filter (self->chooser, _("Stolt projects"), TRUE, FALSE);
  add_filter (self->chooser, _("GNOME Planner files"), FALSE, TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  StoltApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (stolt_preferences_window_new (parent,
                                                                stolt_application_get_settings (self))));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  StoltApplication *self = user_data;
  static const char *developers[] = { "The Stolt developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APP_ID,
                        "application-name", _("Stolt"),
                        "developer-name", _("The Stolt developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Plan employer-policy work in Swedish and Norwegian "
                                      "municipalities: the project plan, the timeline, SWOT "
                                      "workshops and values documents."),
                        "website", "https://github.com/stoltplan/stolt",
                        "issue-url", "https://github.com/stoltplan/stolt/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Stolt developers",
                        "developers", developers,
                        /* Translators: put your name here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window asks about its own unsaved changes */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

/* Asked to end from outside (logging out, `kill`, Ctrl+C in a terminal):
 * nobody can answer a question now, so each project closes as after a
 * crash, but tidily — its unsaved changes stay in the working copy for
 * recovery, and its lock beside the file goes, so that colleagues are
 * not told it is still open */
static gboolean
terminate_cb (gpointer user_data)
{
  StoltApplication *self = user_data;
  GList *windows = NULL;

  g_debug ("Asked to end: unsaved changes stay for recovery");
  /* Held: destroying a window destroys the dialogs it carries */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    windows = g_list_prepend (windows, g_object_ref (l->data));
  self->terminating = TRUE;
  for (GList *l = windows; l != NULL; l = l->next)
    if (STOLT_IS_WINDOW (l->data) && stolt_window_get_document (l->data) != NULL)
      stolt_document_close (stolt_window_get_document (l->data));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free_full (windows, g_object_unref);
  /* A file being read may hold its lock already: the app ends once
   * each has come back (cancelled) and let it go */
  for (guint i = 0; i < self->open_jobs->len; i++)
    g_cancellable_cancel (((OpenJob *) g_ptr_array_index (self->open_jobs, i))->cancellable);
  if (self->open_jobs->len == 0)
    g_application_quit (G_APPLICATION (self));
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "new", new_action_cb },
  { "new-from-template", new_from_template_action_cb, "s" },
  { "open", open_action_cb },
  { "open-recent", open_recent_action_cb, "s" },
  { "import-csv", import_csv_action_cb },
  { "recover", recover_action_cb, "s" },
  { "discard-draft", discard_draft_action_cb, "s" },
  { "show-start", show_start_action_cb },
  { "preferences", preferences_action_cb },
  { "about", about_action_cb },
  { "quit", quit_action_cb },
};

/* Appearance */

static void
style_changed_cb (StoltApplication *self)
{
  g_autofree char *style = g_settings_get_string (stolt_application_get_settings (self), "style");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

/* GApplication */

static gboolean
stolt_application_local_command_line (GApplication   *application,
                                      char         ***arguments,
                                      int            *exit_status)
{
  StoltApplication *self = STOLT_APPLICATION (application);
  gboolean handled;

  self->arguments = arguments;
  handled = G_APPLICATION_CLASS (stolt_application_parent_class)->local_command_line (application,
                                                                                      arguments,
                                                                                      exit_status);
  self->arguments = NULL;

  return handled;
}

static int
stolt_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  StoltApplication *self = STOLT_APPLICATION (application);
  char **files = self->arguments != NULL ? *self->arguments + 1 : NULL;

  return stolt_cli_handle_options (options, files);
}

static void
stolt_application_startup (GApplication *application)
{
  StoltApplication *self = STOLT_APPLICATION (application);
  /* Ctrl+N adds a row in the Plan tab */
  static const char *new_accels[] = { "<Control><Shift>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *save_accels[] = { "<Control>s", NULL };
  static const char *save_as_accels[] = { "<Control><Shift>s", NULL };
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *redo_accels[] = { "<Control><Shift>z", "<Control>y", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (stolt_application_parent_class)->startup (application);

  /* GTK 4.8 reads "_Add" as "underscore Add Add" */
  stolt_accessible_watch_mnemonics ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save", save_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save-as", save_as_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.redo", redo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);

  g_signal_connect_object (stolt_application_get_settings (self), "changed::style",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  style_changed_cb (self);

  self->signal_sources[0] = g_unix_signal_add (SIGTERM, terminate_cb, self);
  self->signal_sources[1] = g_unix_signal_add (SIGHUP, terminate_cb, self);
  self->signal_sources[2] = g_unix_signal_add (SIGINT, terminate_cb, self);
}

static void
stolt_application_activate (GApplication *application)
{
  StoltApplication *self = STOLT_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    gtk_window_present (window);
  else
    show_start_window (self);
}

static void
stolt_application_open (GApplication  *application,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  StoltApplication *self = STOLT_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    stolt_application_open_file (self, files[i]);
}

static void
stolt_application_dispose (GObject *object)
{
  StoltApplication *self = STOLT_APPLICATION (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->open_jobs, g_ptr_array_unref);

  G_OBJECT_CLASS (stolt_application_parent_class)->dispose (object);
}

static void
stolt_application_class_init (StoltApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  /* Registered by hand: the resource lives in a static library, where a
   * constructor that registers it could be dropped by the linker */
  stolt_register_resource ();

  object_class->dispose = stolt_application_dispose;
  application_class->local_command_line = stolt_application_local_command_line;
  application_class->handle_local_options = stolt_application_handle_local_options;
  application_class->startup = stolt_application_startup;
  application_class->activate = stolt_application_activate;
  application_class->open = stolt_application_open;
}

static void
stolt_application_init (StoltApplication *self)
{
  self->open_jobs = g_ptr_array_new ();
  stolt_cli_add_options (G_APPLICATION (self));
}

StoltApplication *
stolt_application_new (GApplicationFlags flags)
{
  return g_object_new (STOLT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/stoltplan/Stolt",
                       NULL);
}
