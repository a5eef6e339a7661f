/* stolt-accessible.c — accessible names that read as the user sees them
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a button whose label has a mnemonic ("_Add") twice: its
 * own accessible label is the raw text with the underscore, and it is
 * also labelled by the label inside it, whose name is the text without
 * it.  The two are joined, and a screen reader says "underscore Add
 * Add".  A check button only has the raw text, "_First row …".
 *
 * The fix is made in one place for every such control, ours and the
 * ones libadwaita and GTK build (message dialog responses, toast
 * buttons, file chooser buttons): a control is named by the label the
 * user sees, which holds the already translated text with the mnemonic
 * removed by GTK itself.  Each button and check button is seen when it
 * is mapped, and every one in a window when the window is mapped (that
 * reaches the pages of a stack not shown yet); a later change of its
 * label is followed.
 */

#define G_LOG_DOMAIN "stolt-accessible"

#include "config.h"

#include "stolt-accessible.h"

static GQuark watched_quark;

static GtkWidget *
find_label_child (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      return child;
  return NULL;
}

static gboolean
has_mnemonic_label (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_use_underline (GTK_BUTTON (widget))
           && gtk_button_get_label (GTK_BUTTON (widget)) != NULL;
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget))
           && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL;
  return FALSE;
}

/**
 * stolt_accessible_name_from_label:
 * @widget: a button or a check button
 *
 * Names @widget by the label inside it alone, if its label has a
 * mnemonic: the raw text GTK set as its accessible label goes away.
 * Anything else is left as it is.
 */
void
stolt_accessible_name_from_label (GtkWidget *widget)
{
  GtkWidget *label;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!has_mnemonic_label (widget) || (label = find_label_child (widget)) == NULL)
    return;

  gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
}

/* GTK sets the raw text again whenever the label changes ("_Pause" to
 * "_Resume"), before it notifies */
static void
label_changed_cb (GtkWidget *widget)
{
  stolt_accessible_name_from_label (widget);
}

static void
watch (GtkWidget *widget)
{
  if (!GTK_IS_BUTTON (widget) && !GTK_IS_CHECK_BUTTON (widget))
    return;

  if (g_object_get_qdata (G_OBJECT (widget), watched_quark) == NULL)
    {
      g_object_set_qdata (G_OBJECT (widget), watched_quark, GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "notify::label", G_CALLBACK (label_changed_cb), NULL);
      g_signal_connect (widget, "notify::use-underline", G_CALLBACK (label_changed_cb), NULL);
    }
  stolt_accessible_name_from_label (widget);
}

static void
watch_all (GtkWidget *root)
{
  watch (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_all (child);
}

static gboolean
mapped_hook (GSignalInvocationHint *hint,
             guint                  n_params,
             const GValue          *params,
             gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&params[0]);

  if (GTK_IS_ROOT (widget))
    watch_all (widget);
  else
    watch (widget);
  return TRUE;
}

/**
 * stolt_accessible_watch_mnemonics:
 *
 * From now on, every button and check button with a mnemonic in the
 * application is named by the text the user sees.  Called once, when the
 * application starts; calling it again does nothing.
 */
void
stolt_accessible_watch_mnemonics (void)
{
  GTypeClass *widget_class;

  if (watched_quark != 0)
    return;

  watched_quark = g_quark_from_static_string ("stolt-accessible-mnemonic-watched");
  /* The signal exists once the class does */
  widget_class = g_type_class_ref (GTK_TYPE_WIDGET);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, mapped_hook, NULL,
                              NULL);
  g_type_class_unref (widget_class);
}
