/* stolt-display-util.c — helpers for the display suite (real widgets, Xvfb)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-display-util.h"

StoltApplication *stolt_test_app;

/* A registered, held application without windows of its own */
void
stolt_test_display_init (int    *argc,
                         char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();

  stolt_test_app = stolt_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_set_inactivity_timeout (G_APPLICATION (stolt_test_app), 0);
  g_assert_true (g_application_register (G_APPLICATION (stolt_test_app), NULL, NULL));
  g_application_hold (G_APPLICATION (stolt_test_app));
}

int
stolt_test_display_run (void)
{
  int status = g_test_run ();

  g_application_release (G_APPLICATION (stolt_test_app));
  g_clear_object (&stolt_test_app);
  return status;
}

void
stolt_test_iterate (void)
{
  for (guint i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

void
stolt_test_wait_for (gboolean (*done) (gpointer),
                     gpointer   data)
{
  /* Generous: the first frames of a fresh test home compile GL shaders */
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (done (data));
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

StoltWindow *
stolt_test_open_window (StoltDocument *document)
{
  StoltWindow *window = stolt_window_new (stolt_test_app, document);

  gtk_window_present (GTK_WINDOW (window));
  stolt_test_wait_for (is_mapped, window);
  return window;
}

/* Destroys the window and checks that nothing kept it alive */
void
stolt_test_close_window (StoltWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  stolt_test_iterate ();
  g_assert_null (window);
}

GtkWidget *
stolt_test_find_child (GtkWidget *root,
                       GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = stolt_test_find_child (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
stolt_test_find_action (GtkWidget  *root,
                        const char *action)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = stolt_test_find_action (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The header bar's primary menu (the workshop timer has a menu button too) */
GtkMenuButton *
stolt_test_find_primary_menu (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = stolt_test_find_primary_menu (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether @menu or one of its sections has an item for @action */
gboolean
stolt_test_menu_has_action (GMenuModel *menu,
                            const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;

      section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      if (section != NULL && stolt_test_menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}
