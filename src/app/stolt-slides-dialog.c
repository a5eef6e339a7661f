/* stolt-slides-dialog.c — the order of the presentation's slides
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facilitator puts the slides in the order of the day and hides the
 * ones the room does not need.  One row a slide, in the order the
 * presentation shows them: a check button that shows or hides it, Move
 * Up and Move Down (Alt+Up and Alt+Down anywhere in the row).  Each
 * change is one step on the project's undo stack ("Undo Move Slide"),
 * saved with the project (stolt-slides.h); Ctrl+Z and Ctrl+Shift+Z undo
 * and redo here too.  The list follows the project: an undo in the
 * window, a new analysis, a renamed value.
 */

#define G_LOG_DOMAIN "stolt-slides-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-slides-dialog.h"
#include "stolt-slides.h"

struct _StoltSlidesDialog
{
  AdwWindow        parent_instance;

  StoltProject    *project;
  AdwToastOverlay *toasts;
  GtkListBox      *list;
  gboolean         rebuilding;
};

G_DEFINE_FINAL_TYPE (StoltSlidesDialog, stolt_slides_dialog, ADW_TYPE_WINDOW)

/* Which control of a row had the focus, to give it back after a rebuild */
typedef enum
{
  FOCUS_NONE,
  FOCUS_ROW,
  FOCUS_SHOW,
  FOCUS_UP,
  FOCUS_DOWN,
} FocusPart;

static void rebuild (StoltSlidesDialog *self);

static const char *
row_key (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "stolt-slide-key");
}

static char *
slide_title (StoltSlide *slide)
{
  const char *text;

  switch (slide->kind)
    {
    case STOLT_SLIDE_CARD:
      return g_strdup (_("Project Card"));
    case STOLT_SLIDE_MILESTONES:
      return g_strdup (_("Milestones Ahead"));
    case STOLT_SLIDE_TIMELINE:
      return g_strdup (_("Timeline"));
    case STOLT_SLIDE_SWOT:
      text = stolt_swot_analysis_get_title (STOLT_SWOT_ANALYSIS (slide->record));
      return g_strdup (*text != '\0' ? text : _("Untitled"));
    case STOLT_SLIDE_VALUE:
      text = stolt_value_get_name (STOLT_VALUE (slide->record));
      return g_strdup (*text != '\0' ? text : _("Untitled"));
    default:
      g_assert_not_reached ();
    }
}

static const char *
slide_kind (StoltSlideKind kind)
{
  switch (kind)
    {
    case STOLT_SLIDE_SWOT:
      return _("SWOT Analysis");
    case STOLT_SLIDE_VALUE:
      return _("Value");
    case STOLT_SLIDE_CARD:
    case STOLT_SLIDE_MILESTONES:
    case STOLT_SLIDE_TIMELINE:
    default:
      return NULL;
    }
}

static void
show_error (StoltSlidesDialog *self,
            const GError      *error)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
}

static void
move (StoltSlidesDialog *self,
      const char        *key,
      int                delta)
{
  g_autoptr(GError) error = NULL;
  int from = stolt_slides_find (self->project, key);
  g_autoptr(GPtrArray) slides = stolt_slides_list (self->project);

  if (from < 0 || from + delta < 0 || from + delta >= (int) slides->len)
    return;
  if (!stolt_slides_move (self->project, key, (guint) (from + delta), &error))
    show_error (self, error);
}

static void
up_clicked_cb (GtkButton *button,
               GtkWidget *row)
{
  StoltSlidesDialog *self = STOLT_SLIDES_DIALOG (gtk_widget_get_root (row));
  g_autofree char *key = g_strdup (row_key (row));

  move (self, key, -1);
}

static void
down_clicked_cb (GtkButton *button,
                 GtkWidget *row)
{
  StoltSlidesDialog *self = STOLT_SLIDES_DIALOG (gtk_widget_get_root (row));
  g_autofree char *key = g_strdup (row_key (row));

  move (self, key, 1);
}

static void
show_toggled_cb (GtkCheckButton *check,
                 GtkWidget      *row)
{
  StoltSlidesDialog *self = STOLT_SLIDES_DIALOG (gtk_widget_get_root (row));
  g_autofree char *key = g_strdup (row_key (row));
  g_autoptr(GError) error = NULL;

  if (self->rebuilding)
    return;
  if (!stolt_slides_set_hidden (self->project, key, !gtk_check_button_get_active (check), &error))
    {
      show_error (self, error);
      rebuild (self);  /* the check shows the slide as it still is */
    }
}

static GtkWidget *
move_button (const char *icon,
             const char *tooltip,
             const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static GtkWidget *
make_row (StoltSlide *slide,
          guint       position,
          guint       n_slides)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = slide_title (slide);
  const char *kind = slide_kind (slide->kind);
  g_autofree char *subtitle = NULL;
  g_autofree char *show_name = NULL;
  g_autofree char *up_name = NULL;
  g_autofree char *down_name = NULL;
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *up, *down;

  if (slide->hidden)
    /* Translators: a slide's kind ("SWOT Analysis") and that it is not shown */
    subtitle = kind != NULL ? g_strdup_printf (_("%s, hidden"), kind) : g_strdup (_("Hidden"));
  else
    subtitle = g_strdup (kind);

  g_object_set_data_full (G_OBJECT (row), "stolt-slide-key", g_strdup (slide->key), g_free);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: the check button that shows a slide in the presentation */
  show_name = g_strdup_printf (_("Show “%s”"), title);
  /* Translators: moves a slide one place earlier in the presentation */
  up_name = g_strdup_printf (_("Move “%s” Up"), title);
  /* Translators: moves a slide one place later in the presentation */
  down_name = g_strdup_printf (_("Move “%s” Down"), title);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !slide->hidden);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Show in the presentation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  show_name, -1);
  gtk_widget_set_name (check, "show");
  g_signal_connect (check, "toggled", G_CALLBACK (show_toggled_cb), row);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  up = move_button ("go-up-symbolic", _("Move Up (Alt+Up)"), up_name);
  gtk_widget_set_name (up, "up");
  gtk_widget_set_sensitive (up, position > 0);
  g_signal_connect (up, "clicked", G_CALLBACK (up_clicked_cb), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);

  down = move_button ("go-down-symbolic", _("Move Down (Alt+Down)"), down_name);
  gtk_widget_set_name (down, "down");
  gtk_widget_set_sensitive (down, position + 1 < n_slides);
  g_signal_connect (down, "clicked", G_CALLBACK (down_clicked_cb), row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);

  return row;
}

/* The row holding the focus, and which of its controls has it */
static GtkWidget *
focused_row (StoltSlidesDialog *self,
             FocusPart         *part)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row;

  *part = FOCUS_NONE;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)))
    return NULL;
  row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL)
    return NULL;

  *part = FOCUS_ROW;
  for (GtkWidget *w = focus; w != NULL && w != row; w = gtk_widget_get_parent (w))
    {
      const char *name = gtk_widget_get_name (w);

      if (g_strcmp0 (name, "show") == 0)
        *part = FOCUS_SHOW;
      else if (g_strcmp0 (name, "up") == 0)
        *part = FOCUS_UP;
      else if (g_strcmp0 (name, "down") == 0)
        *part = FOCUS_DOWN;
    }
  return row;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
restore_focus (GtkWidget *row,
               FocusPart  part)
{
  static const char *const names[] = { NULL, NULL, "show", "up", "down" };
  GtkWidget *target = names[part] != NULL ? find_named (row, names[part]) : NULL;

  /* A slide moved to an end: its button there is off, the other is not */
  if (target != NULL && !gtk_widget_get_sensitive (target))
    target = find_named (row, part == FOCUS_UP ? "down" : "up");
  if (target == NULL || !gtk_widget_get_sensitive (target))
    target = row;
  gtk_widget_grab_focus (target);
}

static void
rebuild (StoltSlidesDialog *self)
{
  g_autoptr(GPtrArray) slides = stolt_slides_list (self->project);
  g_autofree char *focus_key = NULL;
  GtkWidget *child;
  FocusPart part;
  GtkWidget *row = focused_row (self, &part);

  if (row != NULL)
    focus_key = g_strdup (row_key (row));

  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < slides->len; i++)
    gtk_list_box_append (self->list, make_row (g_ptr_array_index (slides, i), i, slides->len));
  self->rebuilding = FALSE;

  if (focus_key != NULL && (row = stolt_slides_dialog_get_row (self, focus_key)) != NULL)
    restore_focus (row, part);
}

static void
record_changed_cb (StoltSlidesDialog *self,
                   StoltRecord       *record,
                   const char        *field)
{
  if (STOLT_IS_PROJECT_CARD (record) || STOLT_IS_SWOT_ANALYSIS (record) || STOLT_IS_VALUE (record))
    rebuild (self);
}

static void
children_changed_cb (StoltSlidesDialog *self)
{
  rebuild (self);
}

/* Alt+Up, Alt+Down: the slide whose row has the focus */
static void
move_focused (StoltSlidesDialog *self,
              int                delta)
{
  FocusPart part;
  GtkWidget *row = focused_row (self, &part);
  g_autofree char *key = NULL;

  if (row == NULL)
    return;
  key = g_strdup (row_key (row));
  move (self, key, delta);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_focused (STOLT_SLIDES_DIALOG (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_focused (STOLT_SLIDES_DIALOG (widget), 1);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltSlidesDialog *self = STOLT_SLIDES_DIALOG (widget);

  stolt_undo_stack_undo (stolt_project_get_undo_stack (self->project));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltSlidesDialog *self = STOLT_SLIDES_DIALOG (widget);

  stolt_undo_stack_redo (stolt_project_get_undo_stack (self->project));
}

GtkWidget *
stolt_slides_dialog_get_row (StoltSlidesDialog *self,
                             const char        *key)
{
  g_return_val_if_fail (STOLT_IS_SLIDES_DIALOG (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (row_key (row), key) == 0)
      return row;
  return NULL;
}

GtkListBox *
stolt_slides_dialog_get_list (StoltSlidesDialog *self)
{
  g_return_val_if_fail (STOLT_IS_SLIDES_DIALOG (self), NULL);

  return self->list;
}

static void
stolt_slides_dialog_dispose (GObject *object)
{
  StoltSlidesDialog *self = STOLT_SLIDES_DIALOG (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (stolt_slides_dialog_parent_class)->dispose (object);
}

static void
stolt_slides_dialog_class_init (StoltSlidesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_slides_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "slides.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "slides.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "slides.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "slides.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "slides.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "slides.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "slides.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "slides.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stolt_slides_dialog_init (StoltSlidesDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (_("The presentation shows the slides in this order. "
                                      "Alt+Up and Alt+Down move the slide whose row has "
                                      "the focus."));

  gtk_window_set_title (GTK_WINDOW (self), _("Slides"));
  gtk_window_set_default_size (GTK_WINDOW (self), 480, 600);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0.0);
  gtk_widget_add_css_class (intro, "dim-label");

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Slides"), -1);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scrolled);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), content);
}

/**
 * stolt_slides_dialog_new:
 * @parent: the project window
 * @project: the project whose slides are arranged
 */
StoltSlidesDialog *
stolt_slides_dialog_new (GtkWindow    *parent,
                         StoltProject *project)
{
  StoltSlidesDialog *self;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  self = g_object_new (STOLT_TYPE_SLIDES_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_swapped (project, "record-changed", G_CALLBACK (record_changed_cb), self);
  g_signal_connect_swapped (project, "children-changed", G_CALLBACK (children_changed_cb), self);
  rebuild (self);
  return self;
}
