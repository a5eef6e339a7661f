/* stolt-split.c — a list beside its form that folds in a narrow window
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwLeaflet of two children (issue 14).  Wide, they sit side by side
 * with a line between them; when the window is narrower than both need,
 * the start child (a list) fills it, and the end child (the form) comes in
 * over it with a bar holding a back button and the form's title.  Back is
 * the button, Alt+Left, the mouse's back button, a swipe (the leaflet's
 * own) or Escape.
 */

#define G_LOG_DOMAIN "stolt-split"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "stolt-split.h"

struct _StoltSplit
{
  GtkWidget   parent_instance;

  AdwLeaflet *leaflet;
  GtkWidget  *start;
  GtkWidget  *end_box;
  GtkWidget  *back_bar;
  GtkWidget  *back_button;
  GtkWidget  *title;
};

enum {
  PROP_0,
  PROP_FOLDED,
  PROP_END_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (StoltSplit, stolt_split, GTK_TYPE_WIDGET)

static void
folded_cb (StoltSplit *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_bar, folded);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_SHOWN]);
}

static void
visible_child_cb (StoltSplit *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_SHOWN]);
}

static void
back_clicked_cb (StoltSplit *self)
{
  stolt_split_go_back (self);
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   data)
{
  return stolt_split_go_back (STOLT_SPLIT (data));
}

static void
stolt_split_dispose (GObject *object)
{
  StoltSplit *self = STOLT_SPLIT (object);

  g_clear_pointer ((GtkWidget **) &self->leaflet, gtk_widget_unparent);

  G_OBJECT_CLASS (stolt_split_parent_class)->dispose (object);
}

static void
stolt_split_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  StoltSplit *self = STOLT_SPLIT (object);

  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, stolt_split_get_folded (self));
      break;
    case PROP_END_SHOWN:
      g_value_set_boolean (value, stolt_split_get_end_shown (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_split_class_init (StoltSplitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_split_dispose;
  object_class->get_property = stolt_split_get_property;

  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The form is on screen: always when unfolded, after show_end when folded */
  properties[PROP_END_SHOWN] =
    g_param_spec_boolean ("end-shown", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
stolt_split_init (StoltSplit *self)
{
}

/* @back_label names where the back button leads, e.g. "Back to the
 * Parts of the Plan"; it is the button's tooltip and accessible name */
GtkWidget *
stolt_split_new (GtkWidget  *start,
                 GtkWidget  *end,
                 const char *back_label)
{
  StoltSplit *self = g_object_new (STOLT_TYPE_SPLIT, NULL);
  GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  g_return_val_if_fail (GTK_IS_WIDGET (start), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (end), NULL);

  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  adw_leaflet_set_fold_threshold_policy (self->leaflet, ADW_FOLD_THRESHOLD_POLICY_MINIMUM);
  adw_leaflet_set_transition_type (self->leaflet, ADW_LEAFLET_TRANSITION_TYPE_SLIDE);
  gtk_widget_set_parent (GTK_WIDGET (self->leaflet), GTK_WIDGET (self));

  self->start = start;
  gtk_widget_set_hexpand (start, FALSE);
  adw_leaflet_append (self->leaflet, start);
  adw_leaflet_page_set_navigatable (adw_leaflet_append (self->leaflet, separator), FALSE);

  self->end_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (self->end_box, TRUE);
  self->back_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->back_bar, "toolbar");
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, back_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, back_label, -1);
  g_signal_connect_swapped (self->back_button, "clicked", G_CALLBACK (back_clicked_cb), self);
  self->title = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0.0);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_box_append (GTK_BOX (self->back_bar), self->back_button);
  gtk_box_append (GTK_BOX (self->back_bar), self->title);
  gtk_box_append (GTK_BOX (self->end_box), self->back_bar);
  gtk_box_append (GTK_BOX (self->end_box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_widget_set_vexpand (end, TRUE);
  gtk_box_append (GTK_BOX (self->end_box), end);
  adw_leaflet_append (self->leaflet, self->end_box);
  /* The line under the bar goes with it */
  g_object_bind_property (self->back_bar, "visible",
                          gtk_widget_get_next_sibling (self->back_bar), "visible",
                          G_BINDING_SYNC_CREATE);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (escape_cb, self, NULL)));
  gtk_widget_add_controller (self->end_box, shortcuts);

  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (folded_cb), self);
  g_signal_connect_swapped (self->leaflet, "notify::visible-child", G_CALLBACK (visible_child_cb), self);
  folded_cb (self);
  return GTK_WIDGET (self);
}

gboolean
stolt_split_get_folded (StoltSplit *self)
{
  g_return_val_if_fail (STOLT_IS_SPLIT (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet);
}

gboolean
stolt_split_get_end_shown (StoltSplit *self)
{
  g_return_val_if_fail (STOLT_IS_SPLIT (self), FALSE);

  return !adw_leaflet_get_folded (self->leaflet)
         || adw_leaflet_get_visible_child (self->leaflet) == self->end_box;
}

/* Brings the form in when folded; wide, it is there already */
void
stolt_split_show_end (StoltSplit *self)
{
  g_return_if_fail (STOLT_IS_SPLIT (self));

  adw_leaflet_set_visible_child (self->leaflet, self->end_box);
}

/* Back to the list; FALSE when there is nowhere to go back to */
gboolean
stolt_split_go_back (StoltSplit *self)
{
  g_return_val_if_fail (STOLT_IS_SPLIT (self), FALSE);

  if (!adw_leaflet_get_folded (self->leaflet)
      || adw_leaflet_get_visible_child (self->leaflet) != self->end_box)
    return FALSE;

  adw_leaflet_set_visible_child (self->leaflet, self->start);
  gtk_widget_child_focus (self->start, GTK_DIR_TAB_FORWARD);
  return TRUE;
}

void
stolt_split_set_end_title (StoltSplit *self,
                           const char *title)
{
  g_return_if_fail (STOLT_IS_SPLIT (self));

  gtk_label_set_text (GTK_LABEL (self->title), title != NULL ? title : "");
}

GtkWidget *
stolt_split_get_back_button (StoltSplit *self)
{
  g_return_val_if_fail (STOLT_IS_SPLIT (self), NULL);

  return self->back_button;
}
