/* stolt-preferences-window.c
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row stands for a string key with a fixed list of choices; the row's
 * position in its list maps to the choice at the same position.
 */

#define G_LOG_DOMAIN "stolt-preferences"

#include "config.h"

#include "stolt-preferences-window.h"

struct _StoltPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwComboRow         *style_row;
  AdwComboRow         *categories_row;
};

G_DEFINE_FINAL_TYPE (StoltPreferencesWindow, stolt_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static const char *const style_choices[] = { "default", "light", "dark", NULL };
static const char *const category_choices[] = { "ks", "aruba", NULL };

static gboolean
choice_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
position_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char *const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;

  return g_variant_new_string (choices[position]);
}

static void
bind_choice (GSettings         *settings,
             const char        *key,
             AdwComboRow       *row,
             const char *const *choices)
{
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer) choices, NULL);
}

static void
stolt_preferences_window_class_init (StoltPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, StoltPreferencesWindow, categories_row);
}

static void
stolt_preferences_window_init (StoltPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
stolt_preferences_window_new (GtkWindow *parent,
                              GSettings *settings)
{
  StoltPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (STOLT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  bind_choice (settings, "style", self->style_row, style_choices);
  bind_choice (settings, "measure-categories", self->categories_row, category_choices);

  return GTK_WIDGET (self);
}
