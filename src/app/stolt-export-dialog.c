/* stolt-export-dialog.c — every export format from the window
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The formats and the code that writes them are the command line's
 * (stolt-export-formats.c).  The export runs in a worker thread on a
 * project of its own, loaded from a snapshot of the window's project
 * (the model is not thread-safe), into a hidden file beside the output
 * that replaces it only when everything is written and nobody pressed
 * Cancel.  The choices are remembered per project (by its uid) in
 * export.ini in the user's config folder.
 */

#define G_LOG_DOMAIN "stolt-export-dialog"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "stolt-date.h"
#include "stolt-export-dialog.h"
#include "stolt-export-util.h"
#include "stolt-export-formats.h"
#include "stolt-records.h"
#include "stolt-storage.h"

/* How often the progress bar moves while the worker runs */
#define PULSE_INTERVAL_MS 120

struct _StoltExportDialog
{
  AdwWindow             parent_instance;

  StoltDocument        *document;
  GArray               *swot_ids;     /* gint64 per row of swot_row; 0 = all */
  GArray               *values_ids;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  guint                 pulse_id;
  gboolean              disposed;

  GtkWidget            *format_row;
  GtkWidget            *options_group;
  GtkWidget            *paper_row;
  GtkWidget            *orientation_row;
  GtkWidget            *fit_page_row;
  GtkWidget            *fit_page_switch;
  GtkWidget            *zoom_row;
  GtkWidget            *width_row;
  GtkWidget            *from_row;
  GtkWidget            *to_row;
  GtkWidget            *swot_row;
  GtkWidget            *values_row;
  GtkWidget            *bom_row;
  GtkWidget            *bom_switch;
  GtkWidget            *separator_row;
  GtkWidget            *export_button;
  GtkWidget            *page;
  GtkWidget            *progress_box;
  GtkWidget            *progress_bar;
  GtkWidget            *cancel_button;
  GtkWidget            *error_label;
};

G_DEFINE_FINAL_TYPE (StoltExportDialog, stolt_export_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices of the option rows, in their order */
static const StoltExportZoom zooms[] = {
  STOLT_EXPORT_ZOOM_AUTO, STOLT_EXPORT_ZOOM_DAY, STOLT_EXPORT_ZOOM_WEEK, STOLT_EXPORT_ZOOM_MONTH,
  STOLT_EXPORT_ZOOM_QUARTER, STOLT_EXPORT_ZOOM_YEAR, STOLT_EXPORT_ZOOM_FIT,
};
static const int widths[] = { 0, 1280, 1600, 1920, 2560, 3840 };
static const char separators[] = { 0, ',', ';', '\t' };

static const StoltExportFormat *
selected_format (StoltExportDialog *self)
{
  guint n_formats;
  const StoltExportFormat *formats = stolt_export_formats_get (&n_formats);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->format_row));

  return &formats[MIN (selected, n_formats - 1)];
}

static StoltProject *
get_project (StoltExportDialog *self)
{
  return stolt_document_get_project (self->document);
}

/* Rows */

static GtkWidget *
add_combo_row (StoltExportDialog *self,
               const char        *title,
               const char *const *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->options_group), row);
  return row;
}

static GtkWidget *
add_switch_row (StoltExportDialog  *self,
                const char         *title,
                const char         *subtitle,
                GtkWidget         **switch_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->options_group), row);
  *switch_out = toggle;
  return row;
}

static GtkWidget *
add_date_row (StoltExportDialog *self,
              const char        *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (row), 10);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->options_group), row);
  return row;
}

/* A row "all of them" and one per record of @list; @ids gets their ids */
static GtkWidget *
add_record_row (StoltExportDialog *self,
                const char        *title,
                const char        *all,
                StoltProjectList   list,
                GArray            *ids)
{
  GListModel *records = stolt_project_get_list (get_project (self), list);
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char *const[]) { all, NULL });
  GtkWidget *row = adw_combo_row_new ();
  gint64 none = 0;

  g_array_append_val (ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (records, i);
      const char *name = stolt_record_get_title (record);
      gint64 id = stolt_record_get_id (record);

      gtk_string_list_append (model, name != NULL && *name != '\0' ? name : _("Untitled"));
      g_array_append_val (ids, id);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->options_group), row);
  return row;
}

/* Shows the rows of the options the chosen format reads, and only those */
static void
update_rows (StoltExportDialog *self)
{
  StoltExportUses uses = selected_format (self)->uses;

  gtk_widget_set_visible (self->paper_row, uses & STOLT_EXPORT_USES_PAPER);
  gtk_widget_set_visible (self->orientation_row, uses & STOLT_EXPORT_USES_ORIENTATION);
  gtk_widget_set_visible (self->fit_page_row, uses & STOLT_EXPORT_USES_FIT_PAGE);
  gtk_widget_set_visible (self->zoom_row, uses & STOLT_EXPORT_USES_ZOOM);
  gtk_widget_set_visible (self->width_row, uses & STOLT_EXPORT_USES_WIDTH);
  gtk_widget_set_visible (self->from_row, uses & STOLT_EXPORT_USES_DATES);
  gtk_widget_set_visible (self->to_row, uses & STOLT_EXPORT_USES_DATES);
  gtk_widget_set_visible (self->swot_row, uses & STOLT_EXPORT_USES_SWOT);
  gtk_widget_set_visible (self->values_row, uses & STOLT_EXPORT_USES_VALUES);
  gtk_widget_set_visible (self->bom_row, uses & STOLT_EXPORT_USES_BOM);
  gtk_widget_set_visible (self->separator_row, uses & STOLT_EXPORT_USES_SEPARATOR);
  gtk_widget_set_visible (self->options_group, uses != 0);
  gtk_widget_set_visible (self->error_label, FALSE);
}

static void
format_selected_cb (StoltExportDialog *self)
{
  update_rows (self);
}

/* A date row's day; 0 if empty.  FALSE if it holds something else. */
static gboolean
read_date (GtkWidget *row,
           guint32   *julian)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  *julian = 0;
  if (text == NULL || *text == '\0')
    return TRUE;
  *julian = stolt_date_parse (text);
  return *julian != STOLT_DATE_NONE;
}

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

/* What the rows say, or FALSE with @error naming the row that is wrong */
static gboolean
read_options (StoltExportDialog   *self,
              StoltExportOptions  *options,
              GError             **error)
{
  const StoltExportFormat *format = selected_format (self);
  guint swot = adw_combo_row_get_selected (ADW_COMBO_ROW (self->swot_row));
  guint values = adw_combo_row_get_selected (ADW_COMBO_ROW (self->values_row));
  guint zoom = adw_combo_row_get_selected (ADW_COMBO_ROW (self->zoom_row));
  guint width = adw_combo_row_get_selected (ADW_COMBO_ROW (self->width_row));
  guint separator = adw_combo_row_get_selected (ADW_COMBO_ROW (self->separator_row));

  *options = (StoltExportOptions) STOLT_EXPORT_OPTIONS_INIT;
  options->paper = adw_combo_row_get_selected (ADW_COMBO_ROW (self->paper_row)) == 1
                   ? STOLT_PAPER_A3 : STOLT_PAPER_A4;
  options->landscape = adw_combo_row_get_selected (ADW_COMBO_ROW (self->orientation_row)) == 1;
  options->fit_page = gtk_switch_get_active (GTK_SWITCH (self->fit_page_switch));
  options->zoom = zooms[MIN (zoom, G_N_ELEMENTS (zooms) - 1)];
  options->width = widths[MIN (width, G_N_ELEMENTS (widths) - 1)];
  options->bom = gtk_switch_get_active (GTK_SWITCH (self->bom_switch));
  options->separator = separators[MIN (separator, G_N_ELEMENTS (separators) - 1)];
  if (format->uses & STOLT_EXPORT_USES_SWOT && swot < self->swot_ids->len)
    options->record_id = g_array_index (self->swot_ids, gint64, swot);
  if (format->uses & STOLT_EXPORT_USES_VALUES && values < self->values_ids->len)
    options->record_id = g_array_index (self->values_ids, gint64, values);

  if (!(format->uses & STOLT_EXPORT_USES_DATES))
    return TRUE;
  if (!read_date (self->from_row, &options->first_day) ||
      !read_date (self->to_row, &options->last_day))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The dates are not dates Stolt can read, such as 2026-03-15."));
      return FALSE;
    }
  /* One end alone: the other is the project's */
  if ((options->first_day == 0) != (options->last_day == 0) ||
      (options->first_day != 0 && options->last_day < options->first_day))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Give both dates, the first before the last, or neither for all of them."));
      return FALSE;
    }
  return TRUE;
}

/* The remembered choices, per project */

static char *
choices_path (void)
{
  return g_build_filename (g_get_user_config_dir (), APP_ID, "export.ini", NULL);
}

static const char *
project_key (StoltExportDialog *self)
{
  return stolt_project_card_get_uid (stolt_project_get_card (get_project (self)));
}

static GKeyFile *
load_choices (void)
{
  g_autofree char *path = choices_path ();
  GKeyFile *file = g_key_file_new ();

  /* Missing or broken: the defaults */
  g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL);
  return file;
}

static guint
get_choice (GKeyFile   *file,
            const char *group,
            const char *key,
            guint       n_choices)
{
  int value = g_key_file_get_integer (file, group, key, NULL);

  return value >= 0 && (guint) value < n_choices ? (guint) value : 0;
}

static guint
n_items (GtkWidget *combo)
{
  return g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (combo)));
}

static void
restore_choices (StoltExportDialog *self)
{
  g_autoptr(GKeyFile) file = load_choices ();
  const char *group = project_key (self);
  g_autofree char *format = NULL, *first = NULL, *last = NULL;

  if (group == NULL || !g_key_file_has_group (file, group))
    return;

  format = g_key_file_get_string (file, group, "format", NULL);
  stolt_export_dialog_set_format (self, format);
#define RESTORE(row, key) \
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->row), \
                              get_choice (file, group, key, n_items (self->row)))
  RESTORE (paper_row, "paper");
  RESTORE (orientation_row, "orientation");
  RESTORE (zoom_row, "zoom");
  RESTORE (width_row, "width");
  RESTORE (separator_row, "separator");
#undef RESTORE
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->swot_row),
                              index_of_id (self->swot_ids,
                                           g_key_file_get_int64 (file, group, "swot", NULL)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->values_row),
                              index_of_id (self->values_ids,
                                           g_key_file_get_int64 (file, group, "values", NULL)));
  gtk_switch_set_active (GTK_SWITCH (self->fit_page_switch),
                         g_key_file_get_boolean (file, group, "fit-page", NULL));
  gtk_switch_set_active (GTK_SWITCH (self->bom_switch),
                         g_key_file_get_boolean (file, group, "bom", NULL));
  first = g_key_file_get_string (file, group, "from", NULL);
  last = g_key_file_get_string (file, group, "to", NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), first != NULL ? first : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), last != NULL ? last : "");
}

static void
store_choices (StoltExportDialog *self,
               GFile             *output)
{
  g_autoptr(GKeyFile) file = load_choices ();
  g_autofree char *path = choices_path ();
  g_autofree char *folder_path = g_path_get_dirname (path);
  g_autofree char *folder = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (output);
  g_autoptr(GError) error = NULL;
  const char *group = project_key (self);

  if (group == NULL)
    return;

  g_key_file_set_string (file, group, "format", selected_format (self)->id);
#define STORE(row, key) \
  g_key_file_set_integer (file, group, key, \
                          adw_combo_row_get_selected (ADW_COMBO_ROW (self->row)))
  STORE (paper_row, "paper");
  STORE (orientation_row, "orientation");
  STORE (zoom_row, "zoom");
  STORE (width_row, "width");
  STORE (separator_row, "separator");
#undef STORE
  g_key_file_set_int64 (file, group, "swot",
                        g_array_index (self->swot_ids, gint64,
                                       adw_combo_row_get_selected (ADW_COMBO_ROW (self->swot_row))));
  g_key_file_set_int64 (file, group, "values",
                        g_array_index (self->values_ids, gint64,
                                       adw_combo_row_get_selected (ADW_COMBO_ROW (self->values_row))));
  g_key_file_set_boolean (file, group, "fit-page",
                          gtk_switch_get_active (GTK_SWITCH (self->fit_page_switch)));
  g_key_file_set_boolean (file, group, "bom", gtk_switch_get_active (GTK_SWITCH (self->bom_switch)));
  g_key_file_set_string (file, group, "from", gtk_editable_get_text (GTK_EDITABLE (self->from_row)));
  g_key_file_set_string (file, group, "to", gtk_editable_get_text (GTK_EDITABLE (self->to_row)));
  if (parent != NULL && (folder = g_file_get_uri (parent)) != NULL)
    g_key_file_set_string (file, group, "folder", folder);

  /* Forgetting the choices is no reason to fail the export */
  if (g_mkdir_with_parents (folder_path, 0700) != 0 ||
      !g_key_file_save_to_file (file, path, &error))
    g_debug ("Could not remember the export choices: %s",
             error != NULL ? error->message : g_strerror (errno));
}

static GFile *
remembered_folder (StoltExportDialog *self)
{
  g_autoptr(GKeyFile) file = load_choices ();
  const char *group = project_key (self);
  g_autofree char *uri = NULL;
  GFile *document_file = stolt_document_get_file (self->document);

  if (group != NULL && (uri = g_key_file_get_string (file, group, "folder", NULL)) != NULL)
    return g_file_new_for_uri (uri);
  return document_file != NULL ? g_file_get_parent (document_file) : NULL;
}

/* The export */

typedef struct
{
  const StoltExportFormat *format;
  GBytes                  *snapshot;
  StoltExportOptions       options;
  GFile                   *output;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_bytes_unref (job->snapshot);
  g_object_unref (job->output);
  g_free (job);
}

/* Beside the output, so that moving it over the output is a rename */
static GFile *
partial_file_for (GFile *output)
{
  g_autoptr(GFile) parent = g_file_get_parent (output);
  g_autofree char *basename = g_file_get_basename (output);
  g_autofree char *name = g_strdup_printf (".%s-%08x.part", basename, g_random_int ());

  return g_file_get_child (parent, name);
}

static void
export_thread_cb (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GFile) partial = NULL;
  GError *error = NULL;

  project = stolt_storage_load_bytes (job->snapshot, NULL, &error);
  if (project == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  partial = partial_file_for (job->output);
  if (!stolt_export_format_run (job->format, project, &job->options, partial, &error) ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !g_file_move (partial, job->output,
                    G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    NULL, NULL, NULL, &error))
    {
      g_file_delete (partial, NULL, NULL);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static gboolean
pulse_cb (gpointer user_data)
{
  StoltExportDialog *self = user_data;

  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress_bar));
  return G_SOURCE_CONTINUE;
}

static void
set_busy (StoltExportDialog *self,
          gboolean           busy)
{
  gtk_widget_set_sensitive (self->page, !busy);
  gtk_widget_set_sensitive (self->export_button, !busy);
  gtk_widget_set_visible (self->progress_box, busy);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (busy)
    self->pulse_id = g_timeout_add (PULSE_INTERVAL_MS, pulse_cb, self);
}

static void
show_error (StoltExportDialog *self,
            const char        *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(StoltExportDialog) self = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Closed while the worker ran: nothing left to show it in */
  if (self->disposed)
    return;
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }

  store_choices (self, job->output);
  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, job->output);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * stolt_export_dialog_export_to:
 * @output: where to write, as chosen in the file chooser
 *
 * Exports the project in the chosen format with the chosen options;
 * emits "exported" and closes when done, or shows why not.
 */
void
stolt_export_dialog_export_to (StoltExportDialog *self,
                               GFile             *output)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  g_return_if_fail (STOLT_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (output));
  g_return_if_fail (self->cancellable == NULL);

  job = g_new0 (ExportJob, 1);
  job->format = selected_format (self);
  job->output = g_object_ref (output);
  if (!read_options (self, &job->options, &error) ||
      !stolt_export_check_output (output, stolt_document_get_file (self->document), &error) ||
      (job->snapshot = stolt_storage_serialize (get_project (self), &error)) == NULL)
    {
      show_error (self, error->message);
      export_job_free (job);
      return;
    }

  gtk_widget_set_visible (self->error_label, FALSE);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  task = g_task_new (NULL, self->cancellable, export_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, stolt_export_dialog_export_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread_cb);
}

gboolean
stolt_export_dialog_is_busy (StoltExportDialog *self)
{
  g_return_val_if_fail (STOLT_IS_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

void
stolt_export_dialog_cancel (StoltExportDialog *self)
{
  g_return_if_fail (STOLT_IS_EXPORT_DIALOG (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* The file name, from the project's title */

/**
 * stolt_export_dialog_suggest_name:
 *
 * Returns: (transfer full): e.g. "Arbetsgivarpolitik 2026 – Timeline.pdf",
 *   without characters that file systems refuse
 */
char *
stolt_export_dialog_suggest_name (StoltExportDialog *self)
{
  const StoltExportFormat *format = selected_format (self);
  g_autofree char *title = stolt_document_dup_title (self->document);
  g_autoptr(GString) name = g_string_new (NULL);

  g_strstrip (title);
  g_string_append (name, *title != '\0' ? title : _("Untitled Project"));
  if (format->name_suffix != NULL)
    /* Translators: a file name: the project's title, then what of it, e.g. "Timeline" */
    g_string_append_printf (name, _(" – %s"), _(format->name_suffix));
  g_string_append_printf (name, ".%s", format->extension);
  /* Slashes, and what Windows file systems (USB sticks) refuse */
  for (char *p = name->str; *p != '\0'; p++)
    if (strchr ("/\\:*?\"<>|", *p) != NULL || g_ascii_iscntrl (*p))
      *p = '_';
  if (name->str[0] == '.')
    name->str[0] = '_';
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
chooser_response_cb (GtkNativeDialog   *chooser,
                     int                response,
                     StoltExportDialog *self)
{
  g_autoptr(GFile) output = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    output = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (output != NULL)
    stolt_export_dialog_export_to (self, output);
}

static void
export_clicked_cb (StoltExportDialog *self)
{
  const StoltExportFormat *format = selected_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = stolt_export_dialog_suggest_name (self);
  g_autofree char *pattern = g_strconcat ("*.", format->extension, NULL);
  g_autoptr(GFile) folder = remembered_folder (self);
  StoltExportOptions options;
  g_autoptr(GError) error = NULL;

  /* Wrong dates are said before the user picks a file, not after */
  if (!read_options (self, &options, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _(format->label));
  gtk_file_filter_add_mime_type (filter, format->mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

gboolean
stolt_export_dialog_set_format (StoltExportDialog *self,
                                const char        *id)
{
  guint n_formats;
  const StoltExportFormat *formats = stolt_export_formats_get (&n_formats);
  const StoltExportFormat *found = stolt_export_format_find (id);

  g_return_val_if_fail (STOLT_IS_EXPORT_DIALOG (self), FALSE);

  if (found == NULL)
    return FALSE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->format_row), found - formats);
  return TRUE;
}

const char *
stolt_export_dialog_get_format (StoltExportDialog *self)
{
  g_return_val_if_fail (STOLT_IS_EXPORT_DIALOG (self), NULL);

  return selected_format (self)->id;
}

/* Building */

static void
build_option_rows (StoltExportDialog *self)
{
  self->paper_row = add_combo_row (self, _("_Paper"),
                                   (const char *const[]) { _("A4"), _("A3"), NULL });
  self->orientation_row = add_combo_row (self, _("_Orientation"),
                                         (const char *const[]) { _("Portrait"), _("Landscape"),
                                                                 NULL });
  self->fit_page_row = add_switch_row (self, _("_Fit on One Page"),
                                       _("Shrinks the timeline to a single page"),
                                       &self->fit_page_switch);
  self->zoom_row = add_combo_row (self, _("_Zoom"),
                                  (const char *const[]) {
                                    C_("export zoom", "Automatic"), C_("export zoom", "Days"),
                                    C_("export zoom", "Weeks"), C_("export zoom", "Months"),
                                    C_("export zoom", "Quarters"), C_("export zoom", "Years"),
                                    C_("export zoom", "Whole project"), NULL });
  self->width_row = add_combo_row (self, _("Image _Width"),
                                   (const char *const[]) {
                                     C_("export width", "Automatic"), "1280 px", "1600 px",
                                     "1920 px", "2560 px", "3840 px", NULL });
  self->from_row = add_date_row (self, _("F_rom (empty: the first date)"));
  self->to_row = add_date_row (self, _("_To (empty: the last date)"));
  self->swot_row = add_record_row (self, _("_Analysis"), _("All analyses"),
                                   STOLT_LIST_SWOT_ANALYSES, self->swot_ids);
  self->values_row = add_record_row (self, _("_Document"), _("All documents"),
                                     STOLT_LIST_VALUES_DOCUMENTS, self->values_ids);
  self->separator_row = add_combo_row (self, _("_Separator"),
                                       (const char *const[]) {
                                         C_("CSV separator", "As the language expects"),
                                         C_("CSV separator", "Comma"),
                                         C_("CSV separator", "Semicolon"),
                                         C_("CSV separator", "Tab"), NULL });
  self->bom_row = add_switch_row (self, _("For _Excel"),
                                  _("Starts the file with a byte order mark"),
                                  &self->bom_switch);
}

static GtkWidget *
build_format_row (StoltExportDialog *self)
{
  guint n_formats;
  const StoltExportFormat *formats = stolt_export_formats_get (&n_formats);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < n_formats; i++)
    gtk_string_list_append (labels, _(formats[i].label));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Format"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  return row;
}

static GtkWidget *
build_progress (StoltExportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_("Exporting…"));

  self->progress_bar = gtk_progress_bar_new ();
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_hexpand (self->progress_bar, TRUE);
  gtk_widget_set_valign (self->progress_bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->progress_bar);
  gtk_box_append (GTK_BOX (box), self->cancel_button);
  g_signal_connect_swapped (self->cancel_button, "clicked",
                            G_CALLBACK (stolt_export_dialog_cancel), self);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_visible (box, FALSE);
  return box;
}

static void
build (StoltExportDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *format_group = adw_preferences_group_new ();

  self->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (self->export_button, "suggested-action");
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->export_button);
  gtk_box_append (GTK_BOX (content), header);

  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);
  self->format_row = build_format_row (self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (format_group), self->format_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page),
                            ADW_PREFERENCES_GROUP (format_group));
  self->options_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->options_group), _("Options"));
  build_option_rows (self);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page),
                            ADW_PREFERENCES_GROUP (self->options_group));
  gtk_box_append (GTK_BOX (content), self->page);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_margin_start (self->error_label, 12);
  gtk_widget_set_margin_end (self->error_label, 12);
  gtk_widget_set_margin_bottom (self->error_label, 12);
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (content), self->error_label);
  self->progress_box = build_progress (self);
  gtk_box_append (GTK_BOX (content), self->progress_box);

  adw_window_set_content (ADW_WINDOW (self), content);
}

/* Closing while the worker runs cancels it; its file is never written */
static gboolean
stolt_export_dialog_close_request (GtkWindow *window)
{
  stolt_export_dialog_cancel (STOLT_EXPORT_DIALOG (window));
  return GTK_WINDOW_CLASS (stolt_export_dialog_parent_class)->close_request (window);
}

static void
stolt_export_dialog_dispose (GObject *object)
{
  StoltExportDialog *self = STOLT_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  stolt_export_dialog_cancel (self);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (stolt_export_dialog_parent_class)->dispose (object);
}

static void
stolt_export_dialog_finalize (GObject *object)
{
  StoltExportDialog *self = STOLT_EXPORT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->swot_ids, g_array_unref);
  g_clear_pointer (&self->values_ids, g_array_unref);

  G_OBJECT_CLASS (stolt_export_dialog_parent_class)->finalize (object);
}

static void
stolt_export_dialog_class_init (StoltExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = stolt_export_dialog_dispose;
  object_class->finalize = stolt_export_dialog_finalize;
  window_class->close_request = stolt_export_dialog_close_request;

  /**
   * StoltExportDialog::exported:
   * @output: the file written
   */
  signals[SIGNAL_EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stolt_export_dialog_init (StoltExportDialog *self)
{
  self->swot_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->values_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

StoltExportDialog *
stolt_export_dialog_new (GtkWindow     *parent,
                         StoltDocument *document)
{
  StoltExportDialog *self;

  g_return_val_if_fail (STOLT_IS_DOCUMENT (document), NULL);

  self = g_object_new (STOLT_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Export"),
                       "default-width", 480,
                       "default-height", 620,
                       "width-request", 360,
                       "height-request", 294,
                       NULL);
  self->document = g_object_ref (document);
  build (self);
  g_signal_connect_swapped (self->format_row, "notify::selected",
                            G_CALLBACK (format_selected_cb), self);
  restore_choices (self);
  update_rows (self);
  return self;
}
