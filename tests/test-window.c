/* test-window.c — the real window under Xvfb (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "stolt-display-util.h"
#include "stolt-project.h"
#include "stolt-storage.h"
#include "stolt-test-util.h"
#include "stolt-window.h"

#define app stolt_test_app
#define iterate stolt_test_iterate
#define open_window stolt_test_open_window
#define close_window stolt_test_close_window
#define find_child stolt_test_find_child
#define find_action_widget stolt_test_find_action

static void
test_pages (void)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltWindow *window = open_window (document);
  AdwViewStack *stack = ADW_VIEW_STACK (find_child (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  static const char *names[] = { "plan", "timeline", "swot", "values" };
  static const char *titles[] = { "Plan", "Timeline", "SWOT", "Values" };
  g_autoptr(GtkSelectionModel) pages = NULL;

  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, names[i]);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, titles[i]);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
      /* Each tab is its own page */
      if (i == 0)
        g_assert_true (STOLT_IS_PLAN_PAGE (child));
      else if (i == 1)
        g_assert_true (STOLT_IS_TIMELINE_TAB (child));
      else if (i == 2)
        g_assert_true (STOLT_IS_SWOT_PAGE (child));
      else
        g_assert_true (STOLT_IS_VALUES_PAGE (child));

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 names[i]));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, names[i]);
    }

  close_window (window);
}

static void
test_menu_actions (void)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltWindow *window = open_window (document);
  GtkMenuButton *button = stolt_test_find_primary_menu (GTK_WIDGET (window));
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  static const char *app_actions[] = { "new", "open", "preferences", "about", "quit" };
  static const char *menu_actions[] = {
    "app.new", "app.open", "win.save", "win.save-as", "win.export", "win.print",
    "app.preferences",
    "win.show-help-overlay", "app.about",
  };

  for (guint i = 0; i < G_N_ELEMENTS (app_actions); i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), app_actions[i]));

  for (guint i = 0; i < G_N_ELEMENTS (menu_actions); i++)
    g_assert_true (stolt_test_menu_has_action (menu, menu_actions[i]));

  /* GtkApplication adds the shortcuts window from gtk/help-overlay.ui */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  close_window (window);
}

static void
test_title_and_undo (void)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltWindow *window = open_window (document);
  StoltProject *project = stolt_document_get_project (document);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  GtkWidget *undo = find_action_widget (GTK_WIDGET (window), "win.undo");

  g_assert_nonnull (undo);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Project — Stolt");
  g_assert_false (gtk_widget_get_sensitive (undo));

  g_assert_true (stolt_project_set_text (project, card, "title", "Arbetsgivarpolitik 2026", NULL));
  iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Arbetsgivarpolitik 2026 — Stolt");
  g_assert_true (gtk_widget_get_sensitive (undo));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Undo Edit Project");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Project — Stolt");
  g_assert_false (gtk_widget_get_sensitive (undo));

  close_window (window);
}

static void
test_window_state (void)
{
  GSettings *settings = stolt_application_get_settings (app);
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  window = open_window (document);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
}

/* A file opens in the untouched window rather than a second one */
static void
test_open_file (void)
{
  g_autoptr(StoltProject) sample = stolt_test_sample_project ();
  g_autofree char *dir = g_dir_make_tmp ("stolt-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ks.stolt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltDocument) empty = stolt_document_new ();
  StoltWindow *window = open_window (empty);
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));

  g_assert_true (stolt_storage_write (sample, file, &error));
  g_assert_no_error (error);

  g_application_open (G_APPLICATION (app), &file, 1, "");
  iterate ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                    n_windows);
  g_assert_true (g_file_equal (stolt_document_get_file (stolt_window_get_document (window)), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Arbeidsgiverpolitikk 2016 — Stolt");

  /* Opening it again presents the same window */
  g_application_open (G_APPLICATION (app), &file, 1, "");
  iterate ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                    n_windows);

  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_preferences_style (void)
{
  GSettings *settings = stolt_application_get_settings (app);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  iterate ();

  g_settings_set_string (settings, "style", "dark");
  iterate ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "style", "default");
  iterate ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_PREFERENCES_WINDOW (l->data))
      gtk_window_destroy (l->data);
}

static GtkWidget *
find_label_with_prefix (GtkWidget  *root,
                        const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (child)), prefix))
        return child;
      if ((found = find_label_with_prefix (child, prefix)) != NULL)
        return found;
    }
  return NULL;
}

/* The label shows exactly when the switcher hides the title */
typedef struct
{
  GtkWidget            *label;
  AdwViewSwitcherTitle *switcher;
} HeaderParts;

static gboolean
label_matches_title (gpointer data)
{
  HeaderParts *parts = data;

  return gtk_widget_get_visible (parts->label) !=
         adw_view_switcher_title_get_title_visible (parts->switcher);
}

/* At normal width the header says which file and whether it is saved */
static void
test_document_label (void)
{
  g_autoptr(StoltDocument) document = stolt_document_new ();
  StoltWindow *window = open_window (document);
  StoltProject *project = stolt_document_get_project (document);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  AdwViewSwitcherTitle *switcher =
    ADW_VIEW_SWITCHER_TITLE (find_child (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_autofree char *dir = g_dir_make_tmp ("stolt-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.stolt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *label = find_label_with_prefix (GTK_WIDGET (window), "Not saved yet");
  HeaderParts parts = { label, switcher };

  g_assert_nonnull (label);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  stolt_test_wait_for (label_matches_title, &parts);
  /* Wide: the switcher hides the title and its subtitle, the label shows */
  g_assert_false (adw_view_switcher_title_get_title_visible (switcher));
  g_assert_true (gtk_widget_get_visible (label));

  g_assert_true (stolt_project_set_text (project, card, "title", "Plan", NULL));
  iterate ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "• Not saved yet");

  g_assert_true (stolt_document_save_as (document, file, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "plan.stolt");
  g_assert_true (stolt_project_set_text (project, card, "title", "Plan 2", NULL));
  iterate ();
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "• plan.stolt");
  g_assert_true (g_str_has_suffix (gtk_widget_get_tooltip_text (label), "Unsaved changes"));

  /* Narrow (360 px, every tab folds): the title and subtitle say it,
   * the label goes */
  gtk_window_set_default_size (GTK_WINDOW (window), 650, 600);
  for (guint i = 0; i < 20; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  stolt_test_wait_for ((gboolean (*) (gpointer)) adw_view_switcher_title_get_title_visible,
                       switcher);
  stolt_test_wait_for (label_matches_title, &parts);
  g_assert_false (gtk_widget_get_visible (label));

  stolt_document_close_discarding (document);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The sections only: the window's search page holds copies */
static void
collect_shortcuts (GtkWidget *root,
                   gboolean   in_section,
                   GPtrArray *shortcuts)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean inside = in_section || GTK_IS_SHORTCUTS_SECTION (child);

      if (inside && GTK_IS_SHORTCUTS_SHORTCUT (child))
        g_ptr_array_add (shortcuts, child);
      collect_shortcuts (child, inside, shortcuts);
    }
}

/* Every accelerator of the Shortcuts window, normalised */
static GHashTable *
listed_keys (StoltWindow *window)
{
  GtkWindow *overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  collect_shortcuts (GTK_WIDGET (overlay), FALSE, shortcuts);
  g_assert_cmpuint (shortcuts->len, >, 20);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      g_autofree char *accelerator = NULL, *action = NULL, *title = NULL;
      g_auto(GStrv) accels = NULL;

      g_object_get (shortcuts->pdata[i], "accelerator", &accelerator, "action-name", &action,
                    "title", &title, NULL);
      if (action != NULL)
        accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);
      else
        accels = g_strsplit (accelerator, " ", -1);
      g_assert_nonnull (accels);
      g_assert_nonnull (accels[0]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key;
          GdkModifierType mods;
          char *name;

          g_assert_true (gtk_accelerator_parse (accels[j], &key, &mods));
          name = gtk_accelerator_name (key, mods);
          if (g_hash_table_contains (keys, name))
            g_error ("%s is listed twice: for “%s” and “%s”", name,
                     (char *) g_hash_table_lookup (keys, name), title);
          g_hash_table_insert (keys, name, g_strdup (title));
        }
    }
  return keys;
}

/* The Shortcuts window lists every key once; Ctrl+N is the Plan tab's */
static void
test_key_map (void)
{
  g_autoptr(StoltProject) sample = stolt_test_sample_project ();
  g_autoptr(StoltDocument) document = stolt_document_new_from_project (sample);
  StoltWindow *window = open_window (document);
  g_autoptr(GHashTable) keys = listed_keys (window);
  static const char *expected[] = {
    "<Control>e", "<Control>p", "<Shift><Control>n", "<Control>n", "<Control>plus",
    "<Control>minus", "<Control>0", "<Control>t", "<Shift><Control>p", "<Shift>Left",
    "<Shift><Control>Right", "Home", "<Alt>1",
  };
  g_auto(GStrv) on_ctrl_n = gtk_application_get_actions_for_accel (GTK_APPLICATION (app),
                                                                    "<Control>n");
  StoltPlanPage *plan = stolt_window_get_plan_page (window);
  GListModel *milestones = stolt_project_get_list (stolt_document_get_project (document),
                                                   STOLT_LIST_MILESTONES);
  guint before = g_list_model_get_n_items (milestones);
  GtkWidget *sidebar = find_child (GTK_WIDGET (plan), GTK_TYPE_STACK_SIDEBAR);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (!g_hash_table_contains (keys, expected[i]))
      g_error ("%s is not in the Shortcuts window", expected[i]);

  /* No application key takes Ctrl+N from the Plan tab */
  g_assert_cmpuint (g_strv_length (on_ctrl_n), ==, 0);
  /* … which adds a row with the focus in its sidebar */
  stolt_plan_page_show_section (plan, "milestones");
  g_assert_nonnull (sidebar);
  g_assert_true (gtk_widget_activate_action (sidebar, "plan.add-row", NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, before + 1);

  stolt_document_close_discarding (document);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/window/pages", test_pages);
  g_test_add_func ("/window/menu-actions", test_menu_actions);
  g_test_add_func ("/window/title-and-undo", test_title_and_undo);
  g_test_add_func ("/window/state", test_window_state);
  g_test_add_func ("/window/open-file", test_open_file);
  g_test_add_func ("/window/preferences-style", test_preferences_style);
  g_test_add_func ("/window/document-label", test_document_label);
  g_test_add_func ("/window/key-map", test_key_map);

  return stolt_test_display_run ();
}
