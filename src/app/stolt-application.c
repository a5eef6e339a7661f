/* stolt-application.c
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-application"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-application.h"
#include "stolt-cli.h"
#include "stolt-drafts.h"
#include "stolt-file.h"
#include "stolt-import.h"
#include "stolt-preferences-window.h"
#include "stolt-project.h"
#include "stolt-resources.h"
#include "stolt-record-table.h"
#include "stolt-window.h"

struct _StoltApplication
{
  AdwApplication         parent_instance;

  GSettings             *settings;
  GtkFileChooserNative  *chooser;

  gboolean               offered_recovery;

  /* Points at g_application_run()'s argument vector while the command
   * line is parsed: handle-local-options gets only the options, and the
   * headless commands need the file names that follow them. */
  char                ***arguments;
};

G_DEFINE_FINAL_TYPE (StoltApplication, stolt_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export FILE in FORMAT without opening a window"), N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The file --export or --new writes"), N_("OUT") },
  { "new", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Create a project from a built-in template"), N_("TEMPLATE") },
  { "list-templates", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the built-in templates"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of PDF exports: a4 (the default) or a3"), N_("SIZE") },
  { "fit-page", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fit the whole timeline on one page"), NULL },
  { "zoom", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Timeline zoom: day, week, month, quarter, year or fit"), N_("ZOOM") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Width of image exports in pixels"), N_("PX") },
  { "bom", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start CSV exports with a byte order mark, for Excel"), NULL },
  { NULL }
};

GSettings *
stolt_application_get_settings (StoltApplication *self)
{
  g_return_val_if_fail (STOLT_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  return self->settings;
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

static StoltWindow *
find_window_for_document (StoltApplication *self,
                          StoltDocument    *document)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (STOLT_IS_WINDOW (l->data) && stolt_window_get_document (l->data) == document)
      return l->data;

  return NULL;
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
}

static StoltDocument *
stolt_application_new_document (StoltApplication *self)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltProject *project = stolt_document_get_project (document);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  g_autofree char *categories = g_settings_get_string (stolt_application_get_settings (self),
                                                       "measure-categories");

  if (g_str_equal (categories, "aruba"))
    {
      stolt_project_set_int (project, card, "category-set", STOLT_CATEGORY_SET_ARUBA, NULL);
      stolt_project_reset_history (project);
    }

  return g_steal_pointer (&document);
}

static void
stolt_application_show_open_error (StoltApplication *self,
                                   const GError     *error)
{
  g_autoptr(StoltDocument) empty = NULL;
  StoltWindow *window = find_pristine_window (self);

  if (window == NULL)
    {
      empty = stolt_application_new_document (self);
      window = stolt_window_new (self, empty);
    }
  gtk_window_present (GTK_WINDOW (window));
  stolt_window_show_error (window, _("Could Not Open the Project"), error);
}

/* Importing GNOME Planner files
 *
 * The import runs in a thread, so that a 20 000-task file does not stop
 * the windows already open; after IMPORT_PROGRESS_DELAY_MS a dialog says
 * what is going on and offers Cancel.  The result is a new, unsaved
 * document, and a dialog lists what of the file has no place in Stolt. */

#define IMPORT_PROGRESS_DELAY_MS 300

typedef struct
{
  StoltApplication *application;
  GFile            *file;
  GCancellable     *cancellable;
  GtkWidget        *progress;
  guint             progress_source;
} ImportJob;

typedef struct
{
  StoltProject *project;
  GPtrArray    *notes;
} ImportResult;

/* The task may be finalised in its thread: only what is safe there.
 * The dialog, the timeout and the hold end in import_done_cb(). */
static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->cancellable);
  g_clear_object (&job->file);
  g_clear_object (&job->application);
  g_free (job);
}

static void
import_result_free (ImportResult *result)
{
  g_clear_object (&result->project);
  g_clear_pointer (&result->notes, g_ptr_array_unref);
  g_free (result);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  ImportResult *result = g_new0 (ImportResult, 1);
  GError *error = NULL;

  result->project = stolt_io_load_project (job->file, cancellable, &result->notes, &error);
  if (result->project == NULL)
    {
      import_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) import_result_free);
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ImportJob        *job)
{
  g_cancellable_cancel (job->cancellable);
  job->progress = NULL;  /* it closes itself */
}

static gboolean
show_progress_cb (gpointer user_data)
{
  ImportJob *job = user_data;
  g_autofree char *name = stolt_file_get_display_name (job->file);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (job->application));
  GtkWidget *spinner = gtk_spinner_new ();

  job->progress_source = 0;
  job->progress = adw_message_dialog_new (parent, _("Importing the GNOME Planner File"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (job->progress),
                                  _("Reading “%s” into a new project…"), name);
  gtk_spinner_start (GTK_SPINNER (spinner));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (job->progress), spinner);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (job->progress), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (job->progress), "cancel");
  g_signal_connect (job->progress, "response", G_CALLBACK (progress_response_cb), job);
  gtk_window_present (GTK_WINDOW (job->progress));
  return G_SOURCE_REMOVE;
}

/* The list: left-aligned, selectable (to paste into a mail), and
 * scrolled when it is long */
#define SHORT_LIST 5

static GtkWidget *
not_carried_over_list (GPtrArray *notes)
{
  GString *text = g_string_new (NULL);
  GtkWidget *label, *scrolled;

  for (guint i = 0; i < notes->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (notes, i));

  label = gtk_label_new (text->str);
  g_string_free (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  /* A wrapped label's natural height is measured wider than the dialog
   * lets it be, so a short list goes in as it is, and a long one in a
   * scrolled window of a fixed height */
  if (notes->len <= SHORT_LIST)
    return label;

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  return scrolled;
}

static void
show_not_carried_over (StoltWindow *window,
                       GFile       *file,
                       GPtrArray   *notes)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Not Everything Was Carried Over"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” is open as a new project that is not saved yet. "
                                    "These parts of the GNOME Planner file have no place in "
                                    "Stolt and were left out:"), name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), not_carried_over_list (notes));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_import_result (StoltApplication *self,
                    GFile            *file,
                    ImportResult     *imported,
                    const GError     *error)
{
  g_autoptr(StoltDocument) document = NULL;
  StoltWindow *window;

  if (imported == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        stolt_application_show_open_error (self, error);
      return;
    }

  document = stolt_document_new_from_project (imported->project);
  stolt_application_open_document (self, document);
  window = find_window_for_document (self, document);
  if (imported->notes->len > 0 && window != NULL)
    show_not_carried_over (window, file, imported->notes);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  StoltApplication *self = STOLT_APPLICATION (source);
  GTask *task = G_TASK (result);
  ImportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  ImportResult *imported;

  imported = g_task_propagate_pointer (task, &error);
  g_clear_handle_id (&job->progress_source, g_source_remove);
  if (job->progress != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (job->progress));
      job->progress = NULL;
    }

  show_import_result (self, job->file, imported, error);
  if (imported != NULL)
    import_result_free (imported);

  /* A window holds the application now, if there is to be one */
  g_application_release (G_APPLICATION (self));
}

static void
stolt_application_import_file (StoltApplication *self,
                               GFile            *file)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job = g_new0 (ImportJob, 1);

  /* No window may be open yet (stolt plan.planner): keep running */
  g_application_hold (G_APPLICATION (self));
  job->application = g_object_ref (self);
  job->file = g_object_ref (file);
  job->cancellable = g_cancellable_new ();
  job->progress_source = g_timeout_add (IMPORT_PROGRESS_DELAY_MS, show_progress_cb, job);

  task = g_task_new (self, job->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, stolt_application_import_file);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/* Whether @file starts as XML: only a few bytes are read here, the rest
 * by the import's thread */
static gboolean
is_import (GFile *file)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  g_autoptr(GBytes) head = NULL;

  if (stream == NULL)
    return FALSE;
  head = g_input_stream_read_bytes (G_INPUT_STREAM (stream), 512, NULL, NULL);
  return head != NULL && stolt_io_sniff (head) == STOLT_FILE_KIND_PLANNER;
}

static void
stolt_application_open_file (StoltApplication *self,
                             GFile            *file)
{
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  StoltWindow *window = find_window_for_file (self, file);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  if (is_import (file))
    {
      stolt_application_import_file (self, file);
      return;
    }

  document = stolt_document_open (file, &error);
  if (document == NULL)
    {
      stolt_application_show_open_error (self, error);
      return;
    }

  stolt_application_open_document (self, document);
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

static void
new_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  StoltApplication *self = user_data;
  g_autoptr(StoltDocument) document = NULL;

  if (add_row_in_focused_table (self))
    return;

  document = stolt_application_new_document (self);

  gtk_window_present (GTK_WINDOW (stolt_window_new (self, document)));
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

  self->chooser = gtk_file_chooser_native_new (_("Open Project"),
                                               gtk_application_get_active_window (GTK_APPLICATION (self)),
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

static const GActionEntry app_actions[] = {
  { "new", new_action_cb },
  { "open", open_action_cb },
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

static gboolean
read_export_options (GVariantDict       *options,
                     StoltExportOptions *export_options)
{
  const char *paper = NULL;
  const char *zoom = NULL;

  if (g_variant_dict_lookup (options, "paper", "&s", &paper)
      && !stolt_export_paper_from_string (paper, &export_options->paper))
    {
      g_printerr (_("stolt: “%s” is not a paper size; use a4 or a3\n"), paper);
      return FALSE;
    }

  if (g_variant_dict_lookup (options, "zoom", "&s", &zoom)
      && !stolt_export_zoom_from_string (zoom, &export_options->zoom))
    {
      g_printerr (_("stolt: “%s” is not a zoom; use day, week, month, quarter, year or fit\n"),
                  zoom);
      return FALSE;
    }

  if (g_variant_dict_lookup (options, "width", "i", &export_options->width)
      && (export_options->width < STOLT_EXPORT_WIDTH_MIN
          || export_options->width > STOLT_EXPORT_WIDTH_MAX))
    {
      g_printerr (_("stolt: --width must be between %d and %d pixels\n"),
                  STOLT_EXPORT_WIDTH_MIN, STOLT_EXPORT_WIDTH_MAX);
      return FALSE;
    }

  export_options->fit_page = g_variant_dict_contains (options, "fit-page");
  export_options->bom = g_variant_dict_contains (options, "bom");

  return TRUE;
}

static int
stolt_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  StoltApplication *self = STOLT_APPLICATION (application);
  const char *format = NULL;
  const char *template_id = NULL;
  const char *output = NULL;
  StoltExportOptions export_options = STOLT_EXPORT_OPTIONS_INIT;
  char **files = self->arguments != NULL ? *self->arguments + 1 : NULL;
  guint n_files = files != NULL ? g_strv_length (files) : 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("stolt %s\n", PACKAGE_VERSION);
      return STOLT_EXIT_OK;
    }

  if (g_variant_dict_contains (options, "list-templates"))
    return stolt_cli_list_templates ();

  g_variant_dict_lookup (options, "export", "&s", &format);
  g_variant_dict_lookup (options, "new", "&s", &template_id);
  g_variant_dict_lookup (options, "output", "^&ay", &output);

  if (format == NULL && template_id == NULL)
    {
      if (output != NULL)
        {
          g_printerr (_("stolt: --output goes with --export or --new\n"));
          return STOLT_EXIT_USAGE;
        }
      return -1;  /* go on: open a window */
    }

  if (format != NULL && template_id != NULL)
    {
      g_printerr (_("stolt: use either --export or --new, not both\n"));
      return STOLT_EXIT_USAGE;
    }

  if (output == NULL)
    {
      g_printerr (_("stolt: --output=OUT is needed to say where to write\n"));
      return STOLT_EXIT_USAGE;
    }

  if (template_id != NULL)
    {
      if (n_files > 0)
        {
          g_printerr (_("stolt: --new takes no input file\n"));
          return STOLT_EXIT_USAGE;
        }
      return stolt_cli_new (template_id, output);
    }

  if (n_files != 1)
    {
      g_printerr (_("stolt: --export needs exactly one input file\n"));
      return STOLT_EXIT_USAGE;
    }

  if (!read_export_options (options, &export_options))
    return STOLT_EXIT_USAGE;

  return stolt_cli_export (format, files[0], output, &export_options);
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
}

/* Recovery: work left in a working copy by a Stolt that did not close */

static void
recover_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     StoltApplication *self)
{
  StoltDraft *draft = g_object_get_data (G_OBJECT (dialog), "draft");
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_str_equal (response, "discard"))
    {
      stolt_drafts_discard (stolt_draft_get_id (draft));
      return;
    }

  if (!g_str_equal (response, "recover"))
    return;  /* Later: the draft stays, and is offered at the next start */

  document = stolt_document_recover (stolt_draft_get_id (draft), &error);
  if (document == NULL)
    {
      if (STOLT_IS_WINDOW (parent))
        stolt_window_show_error (STOLT_WINDOW (parent), _("Could Not Recover the Changes"), error);
      return;
    }

  stolt_application_open_document (self, document);
}

static void
stolt_application_offer_recovery (StoltApplication *self,
                                  GtkWindow        *parent)
{
  g_autoptr(GPtrArray) drafts = NULL;

  if (self->offered_recovery)
    return;
  self->offered_recovery = TRUE;

  drafts = stolt_drafts_list_recoverable ();
  for (guint i = 0; drafts != NULL && i < drafts->len; i++)
    {
      StoltDraft *draft = g_ptr_array_index (drafts, i);
      g_autofree char *when = g_date_time_format (stolt_draft_get_written (draft), "%c");
      const char *title = stolt_draft_get_title (draft);
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (parent, _("Recover Unsaved Changes?"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("Stolt closed before the changes to “%s” were saved. "
                                        "They were last kept at %s."),
                                      title != NULL && *title != '\0' ? title : _("Untitled Project"),
                                      when);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "later", _("_Later"),
                                        "discard", _("_Discard"),
                                        "recover", _("_Recover"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
      g_object_set_data_full (G_OBJECT (dialog), "draft", g_object_ref (draft), g_object_unref);
      g_signal_connect (dialog, "response", G_CALLBACK (recover_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
stolt_application_activate (GApplication *application)
{
  StoltApplication *self = STOLT_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      g_autoptr(StoltDocument) document = stolt_application_new_document (self);

      window = GTK_WINDOW (stolt_window_new (self, document));
    }

  gtk_window_present (window);
  stolt_application_offer_recovery (self, window);
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

  stolt_application_offer_recovery (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
stolt_application_dispose (GObject *object)
{
  StoltApplication *self = STOLT_APPLICATION (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);

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

static char *
describe_formats (void)
{
  const char *const *formats = stolt_cli_export_formats ();
  GString *text = g_string_new (_("Export formats:"));

  for (guint i = 0; formats[i] != NULL; i++)
    g_string_append_printf (text, "\n  %-14s %s", formats[i], stolt_cli_describe_format (formats[i]));

  return g_string_free (text, FALSE);
}

static void
stolt_application_init (StoltApplication *self)
{
  g_autofree char *formats = describe_formats ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan employer-policy work: open project files, "
                                              "or export and create them without a window."));
  g_application_set_option_context_description (G_APPLICATION (self), formats);
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
