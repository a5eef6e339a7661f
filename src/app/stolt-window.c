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
#include "stolt-drafts.h"
#include "stolt-lock-banner.h"
#include "stolt-export-dialog.h"
#include "stolt-print.h"
#include "stolt-plan-page.h"
#include "stolt-timeline-tab.h"
#include "stolt-values-page.h"
#include "stolt-project.h"
#include "stolt-storage-error.h"
#include "stolt-presentation.h"
#include "stolt-slides-dialog.h"
#include "stolt-timer-display.h"
#include "stolt-window.h"

struct _StoltWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwHeaderBar         *header_bar;
  GtkLabel             *document_label;
  AdwViewStack         *stack;
  StoltLockBanner      *lock_banner;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  StoltPlanPage        *plan_page;
  StoltTimelineTab    *timeline_tab;
  StoltSwotPage        *swot_page;
  StoltValuesPage      *values_page;

  /* Owned references */
  StoltDocument        *document;
  GSettings            *settings;
  GSignalGroup         *document_signals;
  GSignalGroup         *undo_signals;
  GtkFileChooserNative *chooser;
  StoltSelection       *selection;
  StoltWorkshopTimer   *timer;
  GtkWidget            *presentation_box;  /* hidden in a narrow window */
  GtkWidget            *timer_display;
  gulong                surface_width_id;

  guint                 mark_source;
  guint                 label_idle_id;
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
static void stolt_window_finish_close (StoltWindow *self);
static void stolt_window_mark_read_only (StoltWindow *self);

/* What the window shows */

static StoltProject *
stolt_window_get_project (StoltWindow *self)
{
  return stolt_document_get_project (self->document);
}

/* At normal width the view switcher takes the title's place and hides
 * the subtitle: the file and whether it is saved go beside Undo/Redo. */
static void
stolt_window_update_document_label (StoltWindow *self)
{
  GFile *file;
  gboolean modified;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (self->document == NULL)
    return;
  file = stolt_document_get_file (self->document);
  modified = stolt_document_get_modified (self->document);
  name = file != NULL ? g_file_get_basename (file) : g_strdup (_("Not saved yet"));
  if (stolt_document_get_read_only (self->document))
    /* Translators: the file name beside Undo/Redo, e.g. "plan.stolt (read-only)" */
    text = g_strdup_printf (_("%s (read-only)"), name);
  else if (modified)
    /* Translators: the file name beside Undo/Redo with a mark for unsaved changes */
    text = g_strdup_printf (_("• %s"), name);
  else
    text = g_strdup (name);
  gtk_label_set_label (self->document_label, text);

  tooltip = file != NULL ? g_file_get_parse_name (file) : g_strdup (name);
  if (modified)
    {
      char *with_mark = g_strdup_printf ("%s\n%s", tooltip, _("Unsaved changes"));

      g_free (tooltip);
      tooltip = with_mark;
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->document_label), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->document_label),
                          !adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static gboolean
update_document_label_idle_cb (gpointer user_data)
{
  StoltWindow *self = user_data;

  self->label_idle_id = 0;
  stolt_window_update_document_label (self);
  return G_SOURCE_REMOVE;
}

/* The switcher title changes its mind while it is allocated: showing or
 * hiding a widget then would change sizes in the middle of allocating */
static void
title_visible_cb (StoltWindow *self)
{
  if (self->label_idle_id == 0)
    self->label_idle_id = g_idle_add (update_document_label_idle_cb, self);
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
  stolt_window_update_document_label (self);
}

static void
stolt_window_update_read_only (StoltWindow *self)
{
  gboolean read_only = stolt_document_get_read_only (self->document);
  StoltDocumentLockState state = stolt_document_get_lock_state (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.arrange-slides", !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload-file",
                                 state == STOLT_DOCUMENT_LOCK_FREED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.remove-stale-lock",
                                 state == STOLT_DOCUMENT_LOCK_STALE);
  stolt_plan_page_set_editable (self->plan_page, !read_only);
  stolt_timeline_tab_set_editable (self->timeline_tab, !read_only);
  stolt_swot_page_set_editable (self->swot_page, !read_only);
  stolt_values_page_set_editable (self->values_page, !read_only);
  stolt_window_mark_read_only (self);
}

/* After the pages have made their fields insensitive, and again when a
 * form is rebuilt for another record */
static void
stolt_window_mark_read_only (StoltWindow *self)
{
  stolt_accessible_mark_read_only (GTK_WIDGET (self->stack),
                                   stolt_document_get_read_only (self->document));
}

static gboolean
mark_read_only_idle_cb (gpointer user_data)
{
  StoltWindow *self = user_data;

  self->mark_source = 0;
  if (self->document != NULL)
    stolt_window_mark_read_only (self);
  return G_SOURCE_REMOVE;
}

static void
selection_changed_cb (StoltWindow *self)
{
  if (self->mark_source == 0 && stolt_document_get_read_only (self->document))
    self->mark_source = g_idle_add (mark_read_only_idle_cb, self);
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
  /* Icon-only: without a label a screen reader says "GtkImage" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, undo_tooltip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, redo_tooltip, -1);
}

static void
document_changed_cb (StoltWindow *self)
{
  stolt_window_update_title (self);
  stolt_window_update_read_only (self);
  stolt_window_update_undo (self);
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

/* Opening the file again */

static void
open_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = stolt_document_recover (g_variant_get_string (parameter, NULL), &error);
  if (document == NULL)
    {
      stolt_window_show_error (self, _("Could Not Open the Draft"), error);
      return;
    }
  gtk_window_present (GTK_WINDOW (stolt_window_new (STOLT_APPLICATION (application), document)));
}

/* Closes the document and opens its file again in this window.  A
 * document with unsaved changes keeps them in its working copy, which a
 * toast offers to open. */
static void
stolt_window_reload (StoltWindow *self)
{
  g_autoptr(GFile) file = g_object_ref (stolt_document_get_file (self->document));
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft_id = NULL;
  gboolean kept = stolt_document_get_modified (self->document) &&
                  !stolt_document_get_read_only (self->document);

  if (kept)
    draft_id = g_strdup (stolt_document_get_draft_id (self->document));
  /* First let go of the file, or the new document would find it locked */
  stolt_document_close (self->document);

  document = stolt_document_open (file, &error);
  if (document == NULL && draft_id != NULL)
    document = stolt_document_recover (draft_id, NULL);
  if (document == NULL)
    document = stolt_document_new ();
  stolt_window_set_document (self, document);

  if (error != NULL)
    stolt_window_show_error (self, _("Could Not Open the File Again"), error);
  else if (draft_id != NULL)
    {
      AdwToast *toast = adw_toast_new (_("Your changes are kept in a draft"));

      adw_toast_set_button_label (toast, _("_Open Draft"));
      adw_toast_set_action_name (toast, "win.open-draft");
      adw_toast_set_action_target_value (toast, g_variant_new_string (draft_id));
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
reload_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  stolt_window_reload (STOLT_WINDOW (widget));
}

static void
freed_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   StoltWindow      *self)
{
  if (g_str_equal (response, "reload") &&
      stolt_document_get_lock_state (self->document) == STOLT_DOCUMENT_LOCK_FREED)
    stolt_window_reload (self);
}

/* The user asked to be told */
static void
lock_freed_cb (StoltWindow *self)
{
  g_autofree char *name = g_file_get_basename (stolt_document_get_file (self->document));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Is Free Now"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is a file name */
                                  _("Nobody else has “%s” open any more. Open it again to edit it?"),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "reload", _("Open _Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reload");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (freed_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_lock_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         StoltWindow      *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove") ||
      stolt_document_get_lock_state (self->document) != STOLT_DOCUMENT_LOCK_STALE)
    return;
  if (!stolt_document_remove_stale_lock (self->document, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY))
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("The lock is in use again: the file is "
                                                      "still open there")));
      else
        stolt_window_show_error (self, _("Could Not Remove the Lock"), error);
      return;
    }
  stolt_window_reload (self);
}

static void
remove_stale_lock_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);
  const StoltLockOwner *holder = stolt_document_get_lock_holder (self->document);
  g_autofree char *who = NULL;
  GtkWidget *dialog;

  if (holder == NULL)
    return;
  who = stolt_format_lock_who (holder);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Remove the Lock?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is e.g. "Kari Nordmann on HR-PC-12" */
                                  _("Remove the lock only if %s is not working on the file. "
                                    "If they are, and both of you save, one of you loses "
                                    "changes."),
                                  who);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove Lock"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_lock_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving over a file that changed on disk */

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       StoltWindow      *self)
{
  g_autoptr(GError) error = NULL;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "close-after"));

  if (!g_str_equal (response, "overwrite"))
    return;
  if (!stolt_document_save_overwriting (self->document, &error))
    stolt_window_show_error (self, _("Could Not Save"), error);
  else if (close_after)
    stolt_window_finish_close (self);
}

/* "Kari Nordmann on HR-PC-12 at 10:02", or what is known of it */
static char *
describe_change (StoltLockOwner *changer,
                 GDateTime      *modified)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *who = changer != NULL ? stolt_format_lock_who (changer) : NULL;
  g_autofree char *when = modified != NULL ? stolt_format_lock_time (modified, now) : NULL;

  if (who != NULL && when != NULL)
    /* Translators: e.g. "Kari Nordmann on HR-PC-12 saved it at 10:02" */
    return g_strdup_printf (_("%s saved it at %s"), who, when);
  if (when != NULL)
    /* Translators: %s is a time, e.g. "10:02" */
    return g_strdup_printf (_("Someone else saved it at %s"), when);
  return g_strdup (_("Someone else moved or deleted it"));
}

static void
stolt_window_confirm_overwrite (StoltWindow *self,
                                gboolean     close_after)
{
  g_autoptr(StoltLockOwner) changer = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *change = NULL;
  GtkWidget *dialog;

  stolt_document_query_disk_change (self->document, &changer, &modified, NULL);
  change = describe_change (changer, modified);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Overwrite Their Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is e.g. "Kari Nordmann on HR-PC-12 saved it at 10:02" */
                                  _("%s. Their version is replaced by yours, and what they "
                                    "changed is lost."),
                                  change);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (dialog, "response", G_CALLBACK (overwrite_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             StoltWindow      *self)
{
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "close-after"));

  if (g_str_equal (response, "overwrite"))
    stolt_window_confirm_overwrite (self, close_after);
  else if (g_str_equal (response, "reload"))
    stolt_window_reload (self);
  else if (g_str_equal (response, "save-as"))
    stolt_window_save_as (self, close_after);
}

static void
stolt_window_ask_about_change (StoltWindow *self,
                               gboolean     close_after)
{
  g_autoptr(StoltLockOwner) changer = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autofree char *change = NULL;
  g_autofree char *name = g_file_get_basename (stolt_document_get_file (self->document));
  GtkWidget *dialog;

  stolt_document_query_disk_change (self->document, &changer, &modified, NULL);
  change = describe_change (changer, modified);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed Since You Opened It"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: the first %s is e.g. "Kari Nordmann on HR-PC-12 saved it at 10:02", the second a file name */
                                  _("%s, after you opened “%s”. Save your version as a new file, "
                                    "open theirs (your changes stay in a draft you can open), "
                                    "or overwrite theirs."),
                                  change, name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Overwrite…"),
                                    "reload", _("Open _Theirs"),
                                    "save-as", _("Save as _New File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Returns TRUE if the document is saved now */
static gboolean
stolt_window_save (StoltWindow *self,
                   gboolean     close_after)
{
  g_autoptr(GError) error = NULL;

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

  stolt_window_ask_about_change (self, close_after);
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
open_export_cb (AdwToast *toast,
                gpointer  user_data)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (user_data));
  const char *uri = g_object_get_data (G_OBJECT (toast), "stolt-uri");

  /* The OpenURI portal when sandboxed, else the default application */
  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
exported_cb (StoltExportDialog *dialog,
             GFile             *output,
             StoltWindow       *self)
{
  g_autofree char *name = g_file_get_basename (output);
  /* Translators: a toast after exporting, with the file's name */
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "stolt-uri", g_file_get_uri (output), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_export_cb),
                           self->toast_overlay, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * stolt_window_export:
 *
 * Returns: (transfer none): the Export dialog, shown
 */
StoltExportDialog *
stolt_window_export (StoltWindow *self)
{
  StoltExportDialog *dialog = stolt_export_dialog_new (GTK_WINDOW (self), self->document);

  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  stolt_window_export (STOLT_WINDOW (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = stolt_print_report_new (stolt_window_get_project (self));
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    stolt_window_show_error (self, _("Could Not Print"), error);
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
  g_signal_group_set_target (self->undo_signals, stolt_project_get_undo_stack (project));

  stolt_lock_banner_set_document (self->lock_banner, document);
  stolt_selection_set_record (self->selection, NULL);
  stolt_plan_page_set_project (self->plan_page, project);
  stolt_timeline_tab_set_project (self->timeline_tab, project);
  stolt_swot_page_set_project (self->swot_page, project);
  stolt_values_page_set_project (self->values_page, project);
  document_changed_cb (self);

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

/* Presentation mode (F5) and the workshop timer, which belongs to the
 * window so that it keeps running when the presentation ends */

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);
  StoltPresentation *presentation;

  presentation = stolt_presentation_new (GTK_WINDOW (self),
                                         stolt_document_get_project (self->document),
                                         self->timer,
                                         !stolt_document_get_read_only (self->document));
  gtk_window_present (GTK_WINDOW (presentation));
}

/* The order of the slides and which are shown, saved with the project */
static void
arrange_slides_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  StoltWindow *self = STOLT_WINDOW (widget);
  StoltSlidesDialog *dialog;

  dialog = stolt_slides_dialog_new (GTK_WINDOW (self),
                                    stolt_document_get_project (self->document));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Present, with the slides' order a click away on the arrow beside it.
 * Two named buttons in a linked box rather than an AdwSplitButton, whose
 * inner buttons a screen reader finds without names (GTK 4.8) */
static void
add_presentation_controls (StoltWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *button = gtk_button_new_from_icon_name ("x-office-presentation-symbolic");
  GtkWidget *arrow = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  self->timer = stolt_workshop_timer_new ();
  gtk_widget_set_tooltip_text (button, _("Present (F5)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Present"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.present");

  g_menu_append (menu, _("Presentation Sli_des…"), "win.arrange-slides");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (arrow), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (arrow), "pan-down-symbolic");
  gtk_widget_set_tooltip_text (arrow, _("Slides"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Slides"), -1);

  gtk_widget_add_css_class (box, "linked");
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), arrow);
  self->timer_display = GTK_WIDGET (stolt_timer_display_new (self->timer, FALSE));
  self->presentation_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self->presentation_box), self->timer_display);
  gtk_box_append (GTK_BOX (self->presentation_box), box);
  adw_header_bar_pack_end (self->header_bar, self->presentation_box);
}

/* Below this width the header bar keeps Undo, Redo, the switcher's title
 * and the main menu (issue 14): Present and the slides are in the menu
 * too, and the timer shows in the presentation.  Wider, the bar with
 * everything and strict centring needs about 620 px, so the switch never
 * holds the window wide. */
#define NARROW_HEADER_WIDTH 700

static void
surface_width_cb (StoltWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  gboolean narrow = surface != NULL && gdk_surface_get_width (surface) < NARROW_HEADER_WIDTH;

  gtk_widget_set_visible (self->presentation_box, !narrow);
  /* Strict centering needs both sides as wide as the wider one */
  adw_header_bar_set_centering_policy (self->header_bar, narrow ? ADW_CENTERING_POLICY_LOOSE
                                                                : ADW_CENTERING_POLICY_STRICT);
}

static void
stolt_window_realize (GtkWidget *widget)
{
  StoltWindow *self = STOLT_WINDOW (widget);

  GTK_WIDGET_CLASS (stolt_window_parent_class)->realize (widget);
  self->surface_width_id = g_signal_connect_swapped (gtk_native_get_surface (GTK_NATIVE (self)),
                                                     "notify::width",
                                                     G_CALLBACK (surface_width_cb), self);
  surface_width_cb (self);
}

static void
stolt_window_unrealize (GtkWidget *widget)
{
  StoltWindow *self = STOLT_WINDOW (widget);

  g_clear_signal_handler (&self->surface_width_id, gtk_native_get_surface (GTK_NATIVE (self)));
  GTK_WIDGET_CLASS (stolt_window_parent_class)->unrealize (widget);
}

StoltWorkshopTimer *
stolt_window_get_timer (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), NULL);

  return self->timer;
}

static void
stolt_window_dispose (GObject *object)
{
  StoltWindow *self = STOLT_WINDOW (object);

  g_clear_handle_id (&self->mark_source, g_source_remove);
  g_clear_handle_id (&self->label_idle_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
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
  g_clear_object (&self->undo_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->timer);

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

  widget_class->realize = stolt_window_realize;
  widget_class->unrealize = stolt_window_unrealize;

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

  g_type_ensure (STOLT_TYPE_LOCK_BANNER);
  g_type_ensure (STOLT_TYPE_PLAN_PAGE);
  g_type_ensure (STOLT_TYPE_TIMELINE_TAB);
  g_type_ensure (STOLT_TYPE_SWOT_PAGE);
  g_type_ensure (STOLT_TYPE_VALUES_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, document_label);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, lock_banner);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, timeline_tab);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, swot_page);
  gtk_widget_class_bind_template_child (widget_class, StoltWindow, values_page);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.reload-file", NULL, reload_file_action);
  gtk_widget_class_install_action (widget_class, "win.remove-stale-lock", NULL,
                                   remove_stale_lock_action);
  gtk_widget_class_install_action (widget_class, "win.open-draft", "s", open_draft_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.arrange-slides", NULL,
                                   arrange_slides_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);

  /* Bindings, not application accels: a page's own key for the same
   * combination (none today) would win over these */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
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
  add_presentation_controls (self);

  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (title_visible_cb), self);

  self->selection = stolt_selection_new ();
  g_signal_connect_object (self->selection, "notify::record",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lock_banner, "freed",
                           G_CALLBACK (lock_freed_cb), self, G_CONNECT_SWAPPED);
  stolt_plan_page_set_selection (self->plan_page, self->selection);
  stolt_timeline_tab_set_selection (self->timeline_tab, self->selection);
  stolt_swot_page_set_selection (self->swot_page, self->selection);
  stolt_values_page_set_selection (self->values_page, self->selection);

  self->document_signals = g_signal_group_new (STOLT_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::title",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::file",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::modified",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::read-only",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::lock-state",
                                  G_CALLBACK (document_changed_cb), self);


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

/* Takes @toast (floating, as adw_toast_new() returns it) */
void
stolt_window_add_toast (StoltWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (STOLT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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

StoltValuesPage *
stolt_window_get_values_page (StoltWindow *self)
{
  g_return_val_if_fail (STOLT_IS_WINDOW (self), NULL);

  return self->values_page;
}
