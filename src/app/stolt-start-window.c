/* stolt-start-window.c — where Stolt starts when no project is open
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * New, new from a template, open, import; the recent projects; and the
 * unsaved changes a Stolt that did not close left behind, each with
 * Recover and Discard.  Recovery is offered here, in one place, never in
 * a dialog in front of the file the user asked for.  The rows activate
 * the application's actions (app.new, app.open, app.new-from-template,
 * app.open-recent, app.recover, app.discard-draft), so a row and the
 * command behind it cannot drift apart.
 */

#define G_LOG_DOMAIN "stolt-start-window"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-start-window.h"
#include "stolt-templates.h"

struct _StoltStartWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *recover_group;
  GtkListBox          *recover_list;
  AdwExpanderRow      *template_row;
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;

  /* Owned references */
  StoltSession        *session;
};

G_DEFINE_FINAL_TYPE (StoltStartWindow, stolt_start_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

/* "Kompetensförsörjning, last kept 2 December 14:05 · 1.2 MB" */
static GtkWidget *
create_recover_row (gpointer item,
                    gpointer user_data)
{
  StoltDraft *draft = item;
  const char *title = stolt_draft_get_title (draft);
  g_autofree char *when = g_date_time_format (stolt_draft_get_written (draft), "%c");
  g_autofree char *size = g_format_size (stolt_draft_get_size (draft));
  g_autofree char *subtitle = NULL;
  GVariant *id = g_variant_new_string (stolt_draft_get_id (draft));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *recover = gtk_button_new_with_mnemonic (_("_Recover"));

  /* Translators: when the unsaved changes were last kept, and their size */
  subtitle = g_strdup_printf (_("Last kept %s · %s"), when, size);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *title != '\0' ? title : _("Untitled Project"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (recover, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (recover, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (recover), "app.recover");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (recover), id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), recover);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", _("Discard the Changes"),
                                          "app.discard-draft", id));
  return row;
}

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  GFile *file = item;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *where = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (where != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-recent");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (uri));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
add_template_row (StoltStartWindow    *self,
                  const StoltTemplate *template)
{
  g_autofree char *title = stolt_template_get_display_title (template);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.new-from-template");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_string (template->id));
  adw_expander_row_add_row (self->template_row, row);
}

/* Every template, those in the user's language first */
static void
add_template_rows (StoltStartWindow *self)
{
  const char *language = stolt_templates_default_language ();
  guint n_templates;
  const StoltTemplate *templates = stolt_templates_get (&n_templates);

  for (guint i = 0; i < n_templates; i++)
    if (g_str_equal (templates[i].language, language))
      add_template_row (self, &templates[i]);
  for (guint i = 0; i < n_templates; i++)
    if (!g_str_equal (templates[i].language, language))
      add_template_row (self, &templates[i]);
}

/* A group shows only when it has something to show */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GtkWidget  *group)
{
  gtk_widget_set_visible (group, g_list_model_get_n_items (model) > 0);
}

static void
bind_list (GtkListBox                 *list,
           GtkWidget                  *group,
           GListModel                 *model,
           GtkListBoxCreateWidgetFunc  create)
{
  gtk_list_box_bind_model (list, model, create, NULL, NULL);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), group, 0);
  items_changed_cb (model, 0, 0, 0, group);
}

static void
stolt_start_window_dispose (GObject *object)
{
  StoltStartWindow *self = STOLT_START_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STOLT_TYPE_START_WINDOW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (stolt_start_window_parent_class)->dispose (object);
}

static void
stolt_start_window_class_init (StoltStartWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_start_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-start-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltStartWindow, recover_group);
  gtk_widget_class_bind_template_child (widget_class, StoltStartWindow, recover_list);
  gtk_widget_class_bind_template_child (widget_class, StoltStartWindow, template_row);
  gtk_widget_class_bind_template_child (widget_class, StoltStartWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, StoltStartWindow, recent_list);
}

static void
stolt_start_window_init (StoltStartWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_template_rows (self);
}

StoltStartWindow *
stolt_start_window_new (GtkApplication *application,
                        StoltSession   *session)
{
  StoltStartWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (STOLT_IS_SESSION (session), NULL);

  self = g_object_new (STOLT_TYPE_START_WINDOW, "application", application, NULL);
  self->session = g_object_ref (session);
  bind_list (self->recover_list, GTK_WIDGET (self->recover_group),
             stolt_session_get_recoverable (session), create_recover_row);
  bind_list (self->recent_list, GTK_WIDGET (self->recent_group),
             stolt_session_get_recent (session), create_recent_row);
  return self;
}
