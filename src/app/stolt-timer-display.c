/* stolt-timer-display.c — the workshop timer, shown and worked
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The remaining time in large digits and a menu to start ("discuss for
 * 5 minutes": presets or a typed duration), pause, give more time and
 * stop.  Assistive technology finds it as a timer named "Workshop timer"
 * whose description is the time left.  When time is up it says so softly:
 * the digits pulse, and the desktop's bell sounds if the user has it on.
 */

#define G_LOG_DOMAIN "stolt-timer-display"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-timer-display.h"

struct _StoltTimerDisplay
{
  GtkWidget           parent_instance;

  /* Owned references */
  StoltWorkshopTimer *timer;

  /* Widgets */
  GtkWidget          *box;
  GtkLabel           *digits;
  GtkMenuButton      *menu_button;
  GtkEntry           *entry;
  GtkButton          *pause_button;
};

G_DEFINE_FINAL_TYPE (StoltTimerDisplay, stolt_timer_display, GTK_TYPE_WIDGET)

static const guint presets[] = { 3, 5, 10, 15, 20 };

static void
update (StoltTimerDisplay *self)
{
  StoltTimerState state = stolt_workshop_timer_get_state (self->timer);
  g_autofree char *digits = stolt_workshop_timer_format (stolt_workshop_timer_get_remaining (self->timer));
  g_autofree char *description = stolt_workshop_timer_describe (self->timer);

  gtk_label_set_text (self->digits, digits);
  gtk_widget_set_visible (GTK_WIDGET (self->digits), state != STOLT_TIMER_IDLE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);

  if (state == STOLT_TIMER_FINISHED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "finished");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "finished");
  if (state == STOLT_TIMER_PAUSED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "paused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "paused");

  gtk_button_set_label (self->pause_button, state == STOLT_TIMER_PAUSED ? _("_Resume") : _("_Pause"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.pause",
                                 state == STOLT_TIMER_RUNNING || state == STOLT_TIMER_PAUSED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.extend", state != STOLT_TIMER_IDLE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.stop", state != STOLT_TIMER_IDLE);
}

static void
finished_cb (StoltTimerDisplay *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

const char *
stolt_timer_display_get_text (StoltTimerDisplay *self)
{
  g_return_val_if_fail (STOLT_IS_TIMER_DISPLAY (self), NULL);

  return gtk_label_get_text (self->digits);
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StoltTimerDisplay *self = STOLT_TIMER_DISPLAY (widget);

  stolt_workshop_timer_start (self->timer, g_variant_get_uint32 (parameter));
  gtk_menu_button_popdown (self->menu_button);
}

static void
start_typed_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StoltTimerDisplay *self = STOLT_TIMER_DISPLAY (widget);
  guint seconds;

  if (!stolt_workshop_timer_parse (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &seconds))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  stolt_workshop_timer_start (self->timer, seconds);
  gtk_menu_button_popdown (self->menu_button);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StoltTimerDisplay *self = STOLT_TIMER_DISPLAY (widget);

  if (stolt_workshop_timer_get_state (self->timer) == STOLT_TIMER_PAUSED)
    stolt_workshop_timer_resume (self->timer);
  else
    stolt_workshop_timer_pause (self->timer);
}

static void
extend_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  stolt_workshop_timer_extend (STOLT_TIMER_DISPLAY (widget)->timer, 60);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltTimerDisplay *self = STOLT_TIMER_DISPLAY (widget);

  stolt_workshop_timer_stop (self->timer);
  gtk_menu_button_popdown (self->menu_button);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltTimerDisplay *self = STOLT_TIMER_DISPLAY (widget);

  gtk_menu_button_popup (self->menu_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* The menu: presets, a typed duration, pause, more time, stop */

static GtkWidget *
action_button (const char *label,
               const char *action,
               GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
build_menu (StoltTimerDisplay *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *typed = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_label_new (_("Discuss for"));

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      /* Translators: a preset of the workshop timer, in minutes */
      g_autofree char *label = g_strdup_printf (_("%u min"), presets[i]);

      gtk_box_append (GTK_BOX (row), action_button (label, "timer.start",
                                                    g_variant_new_uint32 (presets[i] * 60)));
    }
  gtk_box_append (GTK_BOX (box), row);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->entry, _("Minutes, or 5:30"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Duration in minutes"), -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), TRUE);
  gtk_box_append (GTK_BOX (typed), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (typed), action_button (_("_Start"), "timer.start-typed", NULL));
  gtk_box_append (GTK_BOX (box), typed);

  self->pause_button = GTK_BUTTON (action_button (_("_Pause"), "timer.pause", NULL));
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->pause_button));
  gtk_box_append (GTK_BOX (controls), action_button (_("_One More Minute"), "timer.extend", NULL));
  gtk_box_append (GTK_BOX (controls), action_button (_("S_top"), "timer.stop", NULL));
  gtk_box_append (GTK_BOX (box), controls);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

static void
entry_activated_cb (GtkEntry          *entry,
                    StoltTimerDisplay *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "timer.start-typed", NULL);
}

static void
stolt_timer_display_dispose (GObject *object)
{
  StoltTimerDisplay *self = STOLT_TIMER_DISPLAY (object);

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->timer);

  G_OBJECT_CLASS (stolt_timer_display_parent_class)->dispose (object);
}

static void
stolt_timer_display_class_init (StoltTimerDisplayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_timer_display_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
  gtk_widget_class_set_css_name (widget_class, "workshoptimer");

  gtk_widget_class_install_action (widget_class, "timer.start", "u", start_action);
  gtk_widget_class_install_action (widget_class, "timer.start-typed", NULL, start_typed_action);
  gtk_widget_class_install_action (widget_class, "timer.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "timer.extend", NULL, extend_action);
  gtk_widget_class_install_action (widget_class, "timer.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "timer.menu", NULL, menu_action);
}

static void
stolt_timer_display_init (StoltTimerDisplay *self)
{
}

/**
 * stolt_timer_display_new:
 * @large: for the projector: digits to read from the back of the room
 */
StoltTimerDisplay *
stolt_timer_display_new (StoltWorkshopTimer *timer,
                         gboolean            large)
{
  StoltTimerDisplay *self;

  g_return_val_if_fail (STOLT_IS_WORKSHOP_TIMER (timer), NULL);

  self = g_object_new (STOLT_TYPE_TIMER_DISPLAY, NULL);
  self->timer = g_object_ref (timer);
  gtk_widget_add_css_class (GTK_WIDGET (self), large ? "large" : "small");

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->digits = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->digits), "digits");
  gtk_widget_add_css_class (GTK_WIDGET (self->digits), "numeric");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->digits));

  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->menu_button, "alarm-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Workshop Timer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Workshop Timer"), -1);
  gtk_widget_set_valign (GTK_WIDGET (self->menu_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "flat");
  gtk_menu_button_set_popover (self->menu_button, build_menu (self));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->menu_button));
  g_signal_connect (self->entry, "activate", G_CALLBACK (entry_activated_cb), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Workshop timer"), -1);
  g_signal_connect_swapped (timer, "notify::remaining", G_CALLBACK (update), self);
  g_signal_connect_swapped (timer, "notify::state", G_CALLBACK (update), self);
  g_signal_connect_swapped (timer, "finished", G_CALLBACK (finished_cb), self);
  update (self);
  return self;
}
