/* stolt-display-util.c — helpers for the display suite (real widgets, Xvfb)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-display-util.h"

#include <string.h>

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

/* Destroys the window and checks that nothing kept it alive.  GTK's
 * list of toplevels holds a window's reference, not the test, so this
 * watches with a weak pointer rather than g_assert_finalize_object () */
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

/* The first event controller of @type on @widget (borrowed): a drag
 * source or drop target, to drive as GTK does */
gpointer
stolt_test_find_controller (GtkWidget *widget,
                            GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
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

/* Mnemonics read aloud */

/* The accessible label GTK holds for @widget, or NULL: the test API
 * answers a value that does not match with the one it has */
static char *
accessible_label (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

static gboolean
is_labelled_by (GtkWidget *widget,
                GtkWidget *label)
{
  g_autofree char *mismatch =
    gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL);

  return mismatch == NULL;
}

/* The label a widget is labelled by: its mnemonic label, or a label
 * inside @inside */
static GtkWidget *
find_labelled_by (GtkWidget *widget,
                  GtkWidget *inside,
                  guint      depth)
{
  if (inside == widget)
    {
      GList *mnemonic_labels = gtk_widget_list_mnemonic_labels (widget);

      for (GList *l = mnemonic_labels; l != NULL; l = l->next)
        if (is_labelled_by (widget, l->data))
          {
            GtkWidget *found = l->data;

            g_list_free (mnemonic_labels);
            return found;
          }
      g_list_free (mnemonic_labels);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (inside); child != NULL && depth > 0;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && is_labelled_by (widget, child))
        return child;
      if ((found = find_labelled_by (widget, child, depth - 1)) != NULL)
        return found;
    }
  return NULL;
}

/* The name GTK 4.8 gives @widget (gtk_at_context_get_name): its own
 * label, then those of what it is labelled by; NULL if it has neither */
static char *
accessible_name (GtkWidget *widget)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *own = accessible_label (widget);

  if (own != NULL)
    g_strv_builder_add (parts, own);
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      /* A row's title names the widget that activates it */
      GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
      GtkWidget *label = find_labelled_by (widget, widget, 4);

      if (label == NULL && row != NULL)
        label = find_labelled_by (widget, row, 8);
      g_autofree char *text = label != NULL ? accessible_label (label) : NULL;

      if (text != NULL)
        g_strv_builder_add (parts, text);
    }
  strv = g_strv_builder_end (parts);
  return strv[0] != NULL ? g_strjoinv (" ", strv) : NULL;
}

/* The text of every label with a mnemonic, as written: "_Add" */
static void
collect_mnemonics (GtkWidget  *widget,
                   GPtrArray  *mnemonics)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget))
      && strchr (gtk_label_get_label (GTK_LABEL (widget)), '_') != NULL)
    g_ptr_array_add (mnemonics, (gpointer) gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mnemonics (child, mnemonics);
}

/* "Add Add" */
static gboolean
says_twice (const char *name)
{
  gsize length = strlen (name);

  return length % 2 == 1 && name[length / 2] == ' '
         && strncmp (name, name + length / 2 + 1, length / 2) == 0;
}

static void
collect_mnemonics_read (GtkWidget *widget,
                        GPtrArray *mnemonics,
                        GString   *read,
                        guint     *n_checked)
{
  g_autofree char *name = NULL;

  if (!gtk_widget_get_visible (widget))
    return;

  if ((name = accessible_name (widget)) != NULL)
    {
      gboolean leaks = says_twice (name);

      for (guint i = 0; i < mnemonics->len && !leaks; i++)
        leaks = strstr (name, mnemonics->pdata[i]) != NULL;
      if (leaks)
        g_string_append_printf (read, "\n  %s read as “%s” (in %s)", G_OBJECT_TYPE_NAME (widget),
                                name, G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
      (*n_checked)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mnemonics_read (child, mnemonics, read, n_checked);
}

/* Fails the test if any name in @root reads a mnemonic aloud: GTK 4.8
 * named a button labelled "_Add" "_Add Add".  The name is worked out as
 * GTK 4.8 does (gtk_at_context_get_name): a widget's own accessible
 * label, then those of what it is labelled by, joined by a space; it must
 * contain no mnemonic text of @root as written, nor say the same words
 * twice.  Needs GTK_A11Y=test.  Returns how many widgets have a name, so
 * that a caller can see it looked at some. */
guint
stolt_test_assert_no_mnemonic_read (GtkWidget  *root,
                         const char *where)
{
  g_autoptr(GPtrArray) mnemonics = g_ptr_array_new ();
  g_autoptr(GString) read = g_string_new (NULL);
  guint n_checked = 0;

  collect_mnemonics (root, mnemonics);
  collect_mnemonics_read (root, mnemonics, read, &n_checked);
  if (read->len > 0)
    {
      g_test_message ("Mnemonics read aloud in %s:%s", where, read->str);
      g_test_fail_printf ("mnemonics read aloud in %s", where);
    }
  return n_checked;
}

/* That @widget's accessible name is @label.  Needs GTK_A11Y=test. */
void
stolt_test_assert_accessible_label (GtkWidget  *widget,
                                    const char *label)
{
  g_autofree char *failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                 label);

  if (failure != NULL)
    g_error ("accessible label: %s", failure);
}
