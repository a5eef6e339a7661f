/* stolt-window.c — one window per open project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-csv-import-dialog.h"
#include "stolt-date.h"
#include "stolt-plan-page.h"
#include "stolt-timeline-tab.h"
#include "stolt-project.h"
#include "stolt-storage-error.h"
#include "stolt-window.h"

struct _StoltWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *stack;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  StoltPlanPage        *plan_page;
  StoltTimelineTab    *timeline_tab;
  StoltSwotPage        *swot_page;
  AdwStatusPage        *values_status;

  /* Owned references */
  StoltDocument        *document;
  GSettings            *settings;
  GSignalGroup         *document_signals;
  GSignalGroup         *project_signals;
  GSignalGroup         *undo_signals;
  GtkFileChooserNative *chooser;
  StoltSelection       *selection;

  gboolean              close_confirmed;
  gboolean              discard_changes;
};

G_DEFINE_FINAL_TYPE (StoltWindow, stolt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void stolt_window_save_as (StoltWindow *self,
                                  gboolean     close_after);

/* What the window shows */

static StoltProject *
stolt_window_get_project (StoltWindow *self)
{
  return stolt_document_get_project (self->document);
}

static guint
list_size (StoltProject     *project,
           StoltProjectList  list)
{
  return g_list_model_get_n_items (stolt_project_get_list (project, list));
}

static guint
count_children (StoltProject     *project,
                StoltProjectList  list,
                guint             child_list)
{
  GListModel *model = stolt_project_get_list (project, list);
  guint n = g_list_model_get_n_items (model);
  guint total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (model, i);

      total += g_list_model_get_n_items (stolt_record_get_children (record, child_list));
    }

  return total;
}

static char *
join_counts (const char *first,
             ...) G_GNUC_NULL_TERMINATED;

static char *
join_counts (const char *first,
             ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_strv_builder_add (builder, part);
  va_end (args);

  parts = g_strv_builder_end (builder);
  /* Translators: separates counts such as "4 milestones · 9 activities" */
  return g_strjoinv (_(" · "), parts);
}

static void
stolt_window_update_values_summary (StoltWindow  *self,
                                    StoltProject *project)
{
  guint documents = list_size (project, STOLT_LIST_VALUES_DOCUMENTS);
  guint values = count_children (project, STOLT_LIST_VALUES_DOCUMENTS, 0);
  g_autofree char *d = g_strdup_printf (ngettext ("%u values document", "%u values documents",
                                                  documents), documents);
  g_autofree char *v = g_strdup_printf (ngettext ("%u value", "%u values", values), values);
  g_autofree char *summary = join_counts (d, v, NULL);

  adw_status_page_set_title (self->values_status, C_("values documents, the tab and the report chapter", "Values"));
  adw_status_page_set_description (self->values_status, summary);
}

static void
stolt_window_update_summaries (StoltWindow *self)
{
  StoltProject *project = stolt_window_get_project (self);

  stolt_window_update_values_summary (self, project);
}

static void
stolt_window_update_title (StoltWindow *self)
{
  g_autofree char *title = stolt_document_dup_title (self->document);
  g_autofree char *window_title = NULL;
  GFile *file = stolt_document_get_file (self->document);
  g_autofree char *subtitle = NULL;

  /* Translators: the window title, e.g. "Arbetsgivarpolitik 2026 — Stolt" */
  window_title = g_strdup_printf (_("%s — Stolt"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  adw_view_switcher_title_set_title (self->switcher_title, title);

  if (stolt_document_get_read_only (self->document))
    subtitle = g_strdup (_("Read-only"));
  else if (stolt_document_get_modified (self->document))
    subtitle = g_strdup (_("Unsaved changes"));
  else if (file != NULL)
    subtitle = g_file_get_parse_name (file);

  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle != NULL ? subtitle : "");
}

static void
stolt_window_update_read_only (StoltWindow *self)
{
  gboolean read_only = stolt_document_get_read_only (self->document);
  const char *reason = stolt_document_get_read_only_reason (self->document);

  gtk_label_set_label (self->read_only_label, reason != NULL ? reason : "");
  gtk_info_bar_set_revealed (self->read_only_bar, read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", !read_only);
  stolt_plan_page_set_editable (self->plan_page, !read_only);
  stolt_timeline_tab_set_editable (self->timeline_tab, !read_only);
  stolt_swot_page_set_editable (self->swot_page, !read_only);
}

static void
stolt_window_update_undo (StoltWindow *self)
{
  StoltUndoStack *stack = stolt_project_get_undo_stack (stolt_window_get_project (self));
  gboolean read_only = stolt_document_get_read_only (self->document);
  const char *undo = stolt_undo_stack_get_undo_label (stack);
  const char *redo = stolt_undo_stack_get_redo_label (stack);
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 !read_only && stolt_undo_stack_get_can_undo (stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 !read_only && stolt_undo_stack_get_can_redo (stack));

  /* Translators: a tooltip, e.g. "Undo Move Milestone" */
  undo_tooltip = undo != NULL ? g_strdup_printf (_("Undo %s"), undo) : g_strdup (_("Undo"));
  /* Translators: a tooltip, e.g. "Redo Move Milestone" */
  redo_tooltip = redo != NULL ? g_strdup_printf (_("Redo %s"), redo) : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tooltip);
}

static void
document_changed_cb (StoltWindow *self)
{
  stolt_window_update_title (self);
  stolt_window_update_read_only (self);
  stolt_window_update_undo (self);
}

static void
project_changed_cb (StoltWindow *self)
{
  stolt_window_update_summaries (self);
}

/* Errors and dialogs */

void
stolt_window_show_error (StoltWindow  *self,
                         const char   *heading,
                         const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (STOLT_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stolt_window_finish_close (StoltWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             StoltWindow      *self)
{
  g_autoptr(GError) error = NULL;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "close-after"));

  if (g_str_equal (response, "overwrite"))
    {
      if (!stolt_document_save_overwriting (self->document, &error))
        stolt_window_show_error (self, _("Could Not Save"), error);
      else if (close_after)
        stolt_window_finish_close (self);
    }
  else if (g_str_equal (response, "save-as"))
    stolt_window_save_as (self, close_after);
}

/* Returns TRUE if the document is saved now */
static gboolean
stolt_window_save (StoltWindow *self,
                   gboolean     close_after)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (stolt_document_get_file (self->document) == NULL)
    {
      stolt_window_save_as (self, close_after);
      return FALSE;
    }

  if (stolt_document_save (self->document, &error))
    return TRUE;

  if (!g_error_matches (error, STOLT_STORAGE_ERROR, STOLT_STORAGE_ERROR_CHANGED_ON_DISK))
    {
      stolt_window_show_error (self, _("Could Not Save"), error);
      return FALSE;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"),
                                   error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

static GFile *
with_stolt_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *with_suffix = NULL;

  if (g_str_has_suffix (basename, ".stolt"))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  with_suffix = g_strconcat (basename, ".stolt", NULL);
  return g_file_get_child (parent, with_suffix);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     StoltWindow     *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "close-after"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      file = with_stolt_suffix (chosen);

      if (!stolt_document_save_as (self->document, file, &error))
        stolt_window_show_error (self, _("Could Not Save"), error);
      else if (close_after)
        stolt_window_finish_close (self);
    }

  g_clear_object (&self->chooser);
}

static void
stolt_window_save_as (StoltWindow *self,
                      gboolean     close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = stolt_document_dup_title (self->document);
  g_autofree char *name = g_strconcat (title, ".stolt", NULL);
  GFile *file = stolt_document_get_file (self->document);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Stolt projects"));
  gtk_file_filter_add_mime_type (filter, "application/x-stolt-project");
  gtk_file_filter_add_suffix (filter, "stolt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_object_set_data (G_OBJECT (self->chooser), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   StoltWindow      *self)
{
  if (g_str_equal (response, "discard"))
    {
      /* Else the working copy would be offered for recovery next time */
      self->discard_changes = TRUE;
      stolt_window_finish_close (self);
    }
  else if (g_str_equal (response, "save") && stolt_window_save (self, TRUE))
    stolt_window_finish_close (self);
}

static void
stolt_window_ask_to_save (StoltWindow *self)
{
  g_autofree char *title = stolt_document_dup_title (self->document);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes you do not save are lost."),
                                  title);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Window state */

static void
stolt_window_save_state (StoltWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
stolt_window_restore_state (StoltWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
stolt_window_close_request (GtkWindow *window)
{
  StoltWindow *self = STOLT_WINDOW (window);

  if (!self->close_confirmed &&
      !stolt_document_get_read_only (self->document) &&
      stolt_document_get_modified (self->document))
    {
      stolt_window_ask_to_save (self);
      return TRUE;
    }

  stolt_window_save_state (self);
  if (self->discard_changes)
    stolt_document_close_discarding (self->document);
  else
    stolt_document_close (self->document);

  return GTK_WINDOW_CLASS (stolt_window_parent_class)->close_request (window);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  stolt_window_save (STOLT_WINDOW (widget), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  stolt_window_save_as (STOLT_WINDOW (widget), FALSE);
}

static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);

  stolt_csv_import_dialog_choose (GTK_WINDOW (self), self->document);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);

  stolt_undo_stack_undo (stolt_project_get_undo_stack (stolt_window_get_project (self)));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);

  stolt_undo_stack_redo (stolt_project_get_undo_stack (stolt_window_get_project (self)));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

/* The document */

void
stolt_window_set_document (StoltWindow   *self,
                           StoltDocument *document)
{
  StoltProject *project;

  g_return_if_fail (STOLT_IS_WINDOW (self));
  g_return_if_fail (STOLT_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    stolt_document_close (self->document);
  g_set_object (&self->document, document);

  project = stolt_document_get_project (document);
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->project_signals, project);
  g_signal_group_set_target (self->undo_signals, stolt_project_get_undo_stack (project));

  stolt_selection_set_record (self->selection, NULL);
  stolt_plan_page_set_project (self->plan_page, project);
  stolt_timeline_tab_set_project (self->timeline_tab, project);
  stolt_swot_page_set_project (self->swot_page, project);
  document_changed_cb (self);
  stolt_window_update_summaries (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

StoltDocument *
stolt_window_get_document (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), NULL);

  return self->document;
}

/* An untitled project nobody has touched: opening a file may replace it */
gboolean
stolt_window_is_pristine (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), FALSE);

  return stolt_document_get_file (self->document) == NULL &&
         !stolt_document_get_modified (self->document) &&
         !stolt_undo_stack_get_can_undo (stolt_project_get_undo_stack (stolt_window_get_project (self)));
}

/* GObject */

static void
stolt_window_dispose (GObject *object)
{
  StoltWindow *self = STOLT_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  if (self->undo_signals != NULL)
    g_signal_group_set_target (self->undo_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), STOLT_TYPE_WINDOW);

  G_OBJECT_CLASS (stolt_window_parent_class)->dispose (object);
}

static void
stolt_window_finalize (GObject *object)
{
  StoltWindow *self = STOLT_WINDOW (object);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->undo_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (stolt_window_parent_class)->finalize (object);
}

static void
stolt_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StoltWindow *self = STOLT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StoltWindow *self = STOLT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      stolt_window_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_window_class_init (StoltWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = stolt_window_dispose;
  object_class->finalize = stolt_window_finalize;
  object_class->get_property = stolt_window_get_property;
  object_class->set_property = stolt_window_set_property;
  window_class->close_request = stolt_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         STOLT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STOLT_TYPE_PLAN_PAGE);
  g_type_ensure (STOLT_TYPE_TIMELINE_TAB);
  g_type_ensure (STOLT_TYPE_SWOT_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, timeline_tab);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, swot_page);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, values_status);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "plan");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "swot");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-page", "s", "values");
}

static void
stolt_window_init (StoltWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = stolt_selection_new ();
  stolt_plan_page_set_selection (self->plan_page, self->selection);
  stolt_timeline_tab_set_selection (self->timeline_tab, self->selection);
  stolt_swot_page_set_selection (self->swot_page, self->selection);

  self->document_signals = g_signal_group_new (STOLT_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::title",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::read-only",
                                  G_CALLBACK (document_changed_cb), self);

  self->project_signals = g_signal_group_new (STOLT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "children-changed",
                                  G_CALLBACK (project_changed_cb), self);
  g_signal_group_connect_swapped (self->project_signals, "record-changed",
                                  G_CALLBACK (project_changed_cb), self);

  self->undo_signals = g_signal_group_new (STOLT_TYPE_UNDO_STACK);
  g_signal_group_connect_swapped (self->undo_signals, "notify",
                                  G_CALLBACK (document_changed_cb), self);
}

StoltWindow *
stolt_window_new (StoltApplication *application,
                  StoltDocument    *document)
{
  StoltWindow *self;

  g_return_val_if_fail (STOLT_IS_APPLICATION (application), NULL);

  self = g_object_new (STOLT_TYPE_WINDOW,
                       "application", application,
                       "document", document,
                       NULL);
  self->settings = g_object_ref (stolt_application_get_settings (application));
  stolt_window_restore_state (self);

  return self;
}

/* The record selected in this window, shared by its pages */
StoltSelection *
stolt_window_get_selection (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), NULL);

  return self->selection;
}

StoltPlanPage *
stolt_window_get_plan_page (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), NULL);

  return self->plan_page;
}

StoltTimelineTab *
stolt_window_get_timeline_tab (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), NULL);

  return self->timeline_tab;
}

StoltSwotPage *
stolt_window_get_swot_page (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), NULL);

  return self->swot_page;
}
