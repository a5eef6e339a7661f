/* test-accessible-names.c — every control says what it is
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A screen reader reads a control by its accessible name.  An icon-only
 * button without one is read as "GtkImage" or "GtkMenuButton".  This
 * walks every page of a window holding a whole project, the start
 * window, the Export dialog, the preferences, the presentation and its
 * Slides dialog, and
 * fails on any button, menu button, toggle, switch, entry, drop-down or
 * check button that has no name: no text of its own, no label property,
 * and no labelled-by relation.
 *
 * It also fails on any name that reads a mnemonic aloud.  GTK 4.8 names
 * a control by its accessible label and the labels it is labelled by,
 * joined by a space; for a button labelled "_Add" that was "_Add Add".
 * The name is worked out here the same way, and must contain no raw
 * mnemonic text of the window nor say the same words twice.  Besides the
 * pages, that is checked in every dialog the app opens: the start window,
 * the Export dialog, the preferences, the CSV import dialog, the
 * presentation with its timer, the message dialogs and a toast.  Runs
 * with GTK_A11Y=test.
 */

#include "config.h"

#include "stolt-display-util.h"
#include "stolt-csv-import-dialog.h"
#include "stolt-export-dialog.h"
#include "stolt-preferences-window.h"
#include "stolt-presentation.h"
#include "stolt-slides-dialog.h"
#include "stolt-start-window.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"

/* Controls GTK and libadwaita make and name themselves */
static gboolean
is_toolkit_internal (GtkWidget *widget)
{
  static const char *const owners[] = {
    "GtkWindowControls", "GtkSpinButton", "GtkDropDown", "GtkSearchEntry", "GtkPasswordEntry",
    "GtkCalendar", "GtkPopoverMenu", "GtkColumnViewTitle", "AdwExpanderRow", "AdwTabBar",
    "GtkFileChooserWidget", "AdwSplitButton", "GtkPopoverMenuBar", "GtkShortcutsWindow",
  };

  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
      if (g_str_equal (G_OBJECT_TYPE_NAME (w), owners[i]))
        return TRUE;
  return FALSE;
}

static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_POPOVER (child) && has_text (child))
      return TRUE;
  return FALSE;
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_SWITCH (widget)
         || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_DROP_DOWN (widget)
         || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_TEXT_VIEW (widget);
}

/* A control inside a row of a preferences list takes the row's title */
static gboolean
in_titled_row (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL && adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == widget;
}

static gboolean
is_named (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL)
      || gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY)
      || in_titled_row (widget))
    return TRUE;

  /* Text of its own: a button's label, a check button's, a menu button's */
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL;
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    return has_text (widget);
  return FALSE;
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *unnamed)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (is_control (widget) && !is_toolkit_internal (widget) && !is_named (widget))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      g_string_append_printf (unnamed, "\n  %s (tooltip “%s”, in %s)", G_OBJECT_TYPE_NAME (widget),
                              tooltip != NULL ? tooltip : "",
                              G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
    }

  /* Text views and entries own their insides */
  if (GTK_IS_TEXT_VIEW (widget) || GTK_IS_ENTRY (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

static void
assert_all_named (GtkWidget  *root,
                  const char *where)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  collect_unnamed (root, unnamed);
  if (unnamed->len > 0)
    {
      g_test_message ("Controls without an accessible name in %s:%s", where, unnamed->str);
      g_test_fail_printf ("controls without an accessible name in %s", where);
    }
}

/* Both checks on one window */
static void
assert_names (GtkWidget  *root,
              const char *where)
{
  assert_all_named (root, where);
  g_assert_cmpuint (stolt_test_assert_no_mnemonic_read (root, where), >, 0);
}

static StoltDocument *
template_document (void)
{
  guint n_templates;
  const StoltTemplate *templates = stolt_templates_get (&n_templates);
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GError) error = NULL;

  /* The richest: a plan, a SWOT analysis and a values document */
  for (guint i = 0; i < n_templates && project == NULL; i++)
    if (g_str_has_prefix (templates[i].id, "values-workshop"))
      project = stolt_templates_create (templates[i].id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
  return stolt_document_new_from_project (project);
}

static void
test_pages (void)
{
  static const char *const pages[] = { "plan", "timeline", "swot", "values" };
  g_autoptr(StoltDocument) document = template_document ();
  StoltWindow *window = stolt_test_open_window (document);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i]));
      stolt_test_iterate ();
      assert_names (GTK_WIDGET (window), pages[i]);
    }

  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

static void
test_windows (void)
{
  g_autoptr(StoltDocument) document = template_document ();
  StoltWindow *window = stolt_test_open_window (document);
  StoltStartWindow *start;
  StoltPresentation *presentation;
  StoltExportDialog *dialog;
  StoltSlidesDialog *slides;

  start = stolt_start_window_new (GTK_APPLICATION (stolt_test_app),
                                  stolt_application_get_session (stolt_test_app));
  gtk_window_present (GTK_WINDOW (start));
  stolt_test_iterate ();
  assert_names (GTK_WIDGET (start), "the start window");
  gtk_window_destroy (GTK_WINDOW (start));

  dialog = stolt_window_export (window);
  stolt_test_iterate ();
  assert_names (GTK_WIDGET (dialog), "the Export dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));

  presentation = stolt_presentation_new (GTK_WINDOW (window),
                                         stolt_document_get_project (document),
                                         stolt_window_get_timer (window), TRUE);
  gtk_window_present (GTK_WINDOW (presentation));
  stolt_test_iterate ();
  assert_names (GTK_WIDGET (presentation), "the presentation");

  /* "_Pause" becomes "_Resume": GTK names the button anew */
  stolt_workshop_timer_start (stolt_window_get_timer (window), 300);
  stolt_workshop_timer_pause (stolt_window_get_timer (window));
  stolt_test_iterate ();
  assert_names (GTK_WIDGET (presentation), "the presentation with its timer paused");
  gtk_window_destroy (GTK_WINDOW (presentation));

  slides = stolt_slides_dialog_new (GTK_WINDOW (window), stolt_document_get_project (document));
  gtk_window_present (GTK_WINDOW (slides));
  stolt_test_iterate ();
  g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (stolt_slides_dialog_get_list (slides))));
  assert_all_named (GTK_WIDGET (slides), "the Slides dialog");
  gtk_window_destroy (GTK_WINDOW (slides));

  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

static GtkWindow *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item))
          && gtk_window_get_transient_for (GTK_WINDOW (item)) == parent)
        found = GTK_WINDOW (item);
    }
  g_assert_nonnull (found);
  return found;
}

static const char csv_file[] = "Typ;Titel;Start\nfas;Kartläggning;2026-01-12\n";

static void
test_dialogs (void)
{
  g_autoptr(StoltDocument) document = template_document ();
  StoltWindow *window = stolt_test_open_window (document);
  StoltProject *project = stolt_document_get_project (document);
  GListModel *milestones = stolt_project_get_list (project, STOLT_LIST_MILESTONES);
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "No room");
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv_file, sizeof csv_file - 1);
  StoltCsvImport *import;
  StoltRecordTable *table;
  GtkWidget *preferences;
  GtkWindow *dialog;

  preferences = stolt_preferences_window_new (GTK_WINDOW (window),
                                              stolt_application_get_settings (stolt_test_app));
  gtk_window_present (GTK_WINDOW (preferences));
  stolt_test_iterate ();
  assert_names (preferences, "the preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));

  import = stolt_csv_import_new (bytes, "plan.csv", &error);
  g_assert_nonnull (import);
  dialog = GTK_WINDOW (stolt_csv_import_dialog_new (GTK_WINDOW (window), project, import));
  gtk_window_present (dialog);
  stolt_test_iterate ();
  assert_names (GTK_WIDGET (dialog), "the CSV import dialog");
  gtk_window_destroy (dialog);

  /* A toast with "_Undo", after a delete */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan"));
  stolt_plan_page_show_section (stolt_window_get_plan_page (window), "milestones");
  stolt_test_iterate ();
  table = stolt_plan_page_get_table (stolt_window_get_plan_page (window), "milestones");
  g_assert_cmpuint (g_list_model_get_n_items (milestones), >, 0);
  g_assert_true (stolt_record_table_select (table, stolt_test_nth (project,
                                                                   STOLT_LIST_MILESTONES, 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.remove", NULL));
  stolt_test_iterate ();
  g_assert_nonnull (stolt_test_find_child (GTK_WIDGET (window), g_type_from_name ("AdwToastWidget")));
  assert_names (GTK_WIDGET (window), "the window with a toast");

  /* An error, and the question before closing a changed project */
  stolt_window_show_error (window, "Could not save", error);
  stolt_test_iterate ();
  dialog = find_message_dialog (GTK_WINDOW (window));
  assert_names (GTK_WIDGET (dialog), "an error message");
  gtk_window_destroy (dialog);

  gtk_window_close (GTK_WINDOW (window));
  stolt_test_iterate ();
  dialog = find_message_dialog (GTK_WINDOW (window));
  assert_names (GTK_WIDGET (dialog), "the question whether to save");
  gtk_window_destroy (dialog);

  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/accessible/names/pages", test_pages);
  g_test_add_func ("/accessible/names/windows", test_windows);
  g_test_add_func ("/accessible/names/dialogs", test_dialogs);

  return stolt_test_display_run ();
}
