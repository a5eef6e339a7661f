/* test-csv-import-dialog.c — Import CSV… from the window, under Xvfb
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole way a user goes: the menu's action, the file chooser, the
 * dialog with its columns, bad rows and preview, one mapping changed,
 * Import, and one Undo that takes it all back.  Then the same file
 * again: skipped, updated from, added twice; and the project's own
 * export read back.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "stolt-application.h"
#include "stolt-csv-export.h"
#include "stolt-csv-import-dialog.h"
#include "stolt-templates.h"
#include "stolt-display-util.h"
#include "stolt-test-util.h"
#include "stolt-window.h"

#define app stolt_test_app
#define iterate stolt_test_iterate

/* Swedish Excel: ';', a decimal comma, a BOM; the last column's name is
 * one Stolt does not know, and line 3 has no title */
static const char csv_file[] =
  "\xef\xbb\xbfTyp;Kod;Benämning;Startdatum;Slutdatum;Ansvarig;Timmar;Övrigt\r\n"
  "Aktivitet;C1;Utvärdera arbetet;2016-12-01;2016-12-20;Åsa;12,5;Viktigt att göra\r\n"
  "Aktivitet;C2;;2016-12-01;2016-12-20;;;\r\n"
  "Milstolpe;;Slutrapport;;2016-12-22;Rådmann;;\"Två\r\nrader\"\r\n";

static GtkWindow *
find_toplevel (GType type)
{
  GtkWindow *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static GtkWindow *
wait_for_toplevel (GType type)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWindow *window;

  while ((window = find_toplevel (type)) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (window);
  iterate ();
  return window;
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);
  return found;
}

static gboolean
label_shows (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_drawable (labels->pdata[i]) &&
        strstr (gtk_label_get_label (labels->pdata[i]), text) != NULL)
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_import_button (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "csv-import.import") == 0)
      return buttons->pdata[i];
  g_assert_not_reached ();
}

static GPtrArray *
drawable (GPtrArray *widgets)
{
  for (guint i = widgets->len; i > 0; i--)
    if (!gtk_widget_is_drawable (widgets->pdata[i - 1]))
      g_ptr_array_remove_index (widgets, i - 1);
  return widgets;
}

static AdwPreferencesGroup *
find_matches_group (GtkWidget *root)
{
  g_autoptr(GPtrArray) groups = find_all (root, ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]),
                   "Rows Already in the Plan") == 0)
      return groups->pdata[i];
  g_assert_not_reached ();
}

/* The group's three choices: skip, update, add */
static GtkCheckButton *
match_choice (GtkWidget *dialog,
              guint      i)
{
  g_autoptr(GPtrArray) checks = find_all (GTK_WIDGET (find_matches_group (dialog)),
                                          GTK_TYPE_CHECK_BUTTON);

  g_assert_cmpuint (checks->len, ==, 3);
  return checks->pdata[i];
}

/* Through the file chooser (GTK's own, without a portal) */
static gboolean
chosen (GtkFileChooser *chooser,
        GFile          *file)
{
  g_autoptr(GFile) selected = gtk_file_chooser_get_file (chooser);

  return selected != NULL && g_file_equal (selected, file);
}

static GtkWindow *
choose_file (StoltWindow *window,
             GFile       *file)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-csv", NULL));
  chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  /* The chooser selects the file once it has read the folder */
  while (!chosen (GTK_FILE_CHOOSER (chooser), file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  return wait_for_toplevel (STOLT_TYPE_CSV_IMPORT_DIALOG);
}

static void
test_import_through_menu (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autoptr(StoltDocument) document = stolt_document_new_from_project (project);
  g_autofree char *dir = g_dir_make_tmp ("stolt-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan från Excel.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after_undo = NULL;
  g_autoptr(GPtrArray) drop_downs = NULL;
  guint activities = g_list_model_get_n_items (stolt_project_get_list (project, STOLT_LIST_ACTIVITIES));
  guint milestones = g_list_model_get_n_items (stolt_project_get_list (project, STOLT_LIST_MILESTONES));
  GtkMenuButton *menu_button;
  StoltWindow *window;
  GtkWindow *dialog;
  StoltRecord *activity, *milestone;
  GtkDropDown *last;

  g_assert_true (g_file_set_contents (path, csv_file, sizeof csv_file - 1, NULL));
  window = stolt_window_new (app, document);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  /* "Import CSV…" is in the primary menu */
  menu_button = stolt_test_find_primary_menu (GTK_WIDGET (window));
  g_assert_true (stolt_test_menu_has_action (gtk_menu_button_get_menu_model (menu_button), "win.import-csv"));

  dialog = choose_file (window, file);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));

  /* The file as read: a drop-down per column, the bad row and its line */
  drop_downs = find_all (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (drop_downs->len, ==, 8);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_downs->pdata[2]), ==, STOLT_CSV_COLUMN_TITLE);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_downs->pdata[6]), ==, STOLT_CSV_COLUMN_HOURS);
  last = drop_downs->pdata[7];
  g_assert_cmpuint (gtk_drop_down_get_selected (last), ==, STOLT_CSV_COLUMN_IGNORE);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (last)) ||
                 gtk_widget_get_first_child (GTK_WIDGET (last)) != NULL);
  g_assert_true (label_shows (GTK_WIDGET (dialog), "Line 3"));
  g_assert_true (label_shows (GTK_WIDGET (dialog), "Title cannot be empty"));
  g_assert_true (label_shows (GTK_WIDGET (dialog), "2 of 3 rows can be imported"));
  g_assert_true (label_shows (GTK_WIDGET (dialog), "semicolons"));
  g_assert_true (label_shows (GTK_WIDGET (dialog), "Övrigt"));
  g_assert_true (gtk_widget_is_sensitive (find_import_button (GTK_WIDGET (dialog))));
  {
    char *failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (last),
                                                        GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                        "What column “Övrigt” holds");

    g_assert_null (failure);
  }

  /* The user says the unknown column holds the notes */
  gtk_drop_down_set_selected (last, STOLT_CSV_COLUMN_NOTES);
  iterate ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "csv-import.import", NULL));
  iterate ();
  g_assert_null (find_toplevel (STOLT_TYPE_CSV_IMPORT_DIALOG));

  g_assert_cmpuint (g_list_model_get_n_items (stolt_project_get_list (project, STOLT_LIST_ACTIVITIES)),
                    ==, activities + 1);
  g_assert_cmpuint (g_list_model_get_n_items (stolt_project_get_list (project, STOLT_LIST_MILESTONES)),
                    ==, milestones + 1);
  activity = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, activities);
  milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, milestones);
  g_assert_cmpstr (stolt_record_get_title (activity), ==, "Utvärdera arbetet");
  g_assert_cmpstr (stolt_activity_get_notes (STOLT_ACTIVITY (activity)),
                   ==, "Viktigt att göra");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (activity)),
                     ==, 12.5);
  g_assert_cmpstr (stolt_milestone_get_notes (STOLT_MILESTONE (milestone)),
                   ==, "Två\nrader");

  /* One Undo, from the window, takes the whole import back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  after_undo = stolt_test_dump_project (project);
  g_assert_cmpstr (after_undo, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

/* The first row as data, then Cancel: nothing changes */
static void
test_header_and_cancel (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv_file, sizeof csv_file - 1);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  StoltCsvImport *import = stolt_csv_import_new (bytes, "plan.csv", &error);
  StoltCsvImportDialog *dialog;
  GtkCheckButton *header;

  g_assert_no_error (error);
  dialog = stolt_csv_import_dialog_new (NULL, project, import);
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();
  g_assert_true (label_shows (GTK_WIDGET (dialog), "2 of 3 rows"));

  /* The only one shown: the choices for rows in the plan are hidden */
  checks = drawable (find_all (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON));
  g_assert_cmpuint (checks->len, ==, 1);
  header = checks->pdata[0];
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_matches_group (GTK_WIDGET (dialog)))));
  g_assert_true (gtk_check_button_get_active (header));

  /* "Typ" is then a row of its own, on line 1, and no kind of record */
  gtk_check_button_set_active (header, FALSE);
  iterate ();
  g_assert_true (label_shows (GTK_WIDGET (dialog), "2 of 4 rows"));
  g_assert_true (label_shows (GTK_WIDGET (dialog), "Line 1"));
  g_assert_true (label_shows (GTK_WIDGET (dialog), "Column 8"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  iterate ();
  g_assert_null (find_toplevel (STOLT_TYPE_CSV_IMPORT_DIALOG));

  after = stolt_test_dump_project (project);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (stolt_undo_stack_get_can_undo (stolt_project_get_undo_stack (project)));
}

static guint
count (StoltProject    *project,
       StoltProjectList list)
{
  return g_list_model_get_n_items (stolt_project_get_list (project, list));
}

static void
import_now (GtkWindow *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "csv-import.import", NULL));
  iterate ();
  g_assert_null (find_toplevel (STOLT_TYPE_CSV_IMPORT_DIALOG));
}

static const char first_file[] =
  "Typ;Benämning;Startdatum;Slutdatum;Timmar\r\n"
  "Aktivitet;Utvärdera arbetet;2016-12-01;2016-12-20;12,5\r\n"
  "Milstolpe;Slutrapport;;22.12.2016;\r\n";

/* The same rows from a spreadsheet: other case and spaces, other hours */
static const char second_file[] =
  "Typ;Benämning;Startdatum;Slutdatum;Timmar\r\n"
  "Aktivitet;\"  utvärdera ARBETET \";1.12.2016;20.12.2016;20\r\n"
  "Milstolpe;SLUTRAPPORT;;2016-12-22;\r\n"
  "Aktivitet;Rapportera;2016-12-21;2016-12-22;2\r\n";

/* One file imported, then again: skipped, updated from, added twice */
static void
test_same_file_twice (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autoptr(StoltDocument) document = stolt_document_new_from_project (project);
  g_autofree char *dir = g_dir_make_tmp ("stolt-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *imported = NULL;
  g_autofree char *skipped = NULL;
  g_autofree char *undone = NULL;
  guint activities = count (project, STOLT_LIST_ACTIVITIES);
  guint milestones = count (project, STOLT_LIST_MILESTONES);
  StoltUndoStack *undo = stolt_project_get_undo_stack (project);
  StoltWindow *window;
  GtkWindow *dialog;
  StoltRecord *activity;

  window = stolt_window_new (app, document);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  /* First: nothing is in the plan yet, and nothing asks about it */
  g_assert_true (g_file_set_contents (path, first_file, -1, NULL));
  dialog = choose_file (window, file);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_matches_group (GTK_WIDGET (dialog)))));
  import_now (dialog);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, activities + 1);
  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, milestones + 1);
  activity = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, activities);
  imported = stolt_test_dump_project (project);

  /* Again: both rows are in the plan, unchanged; skipping changes nothing */
  dialog = choose_file (window, file);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (find_matches_group (GTK_WIDGET (dialog)))));
  g_assert_true (label_shows (GTK_WIDGET (dialog), "0 new rows, 2 already in the plan, 0 of them changed."));
  g_assert_true (gtk_check_button_get_active (match_choice (GTK_WIDGET (dialog), 0)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (match_choice (GTK_WIDGET (dialog), 1))));
  import_now (dialog);
  g_assert_true (label_shows (GTK_WIDGET (window), "Nothing imported: every row is already in the plan"));
  skipped = stolt_test_dump_project (project);
  g_assert_cmpstr (skipped, ==, imported);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Import CSV");

  /* From a spreadsheet, changed: update, then undo it in one step */
  g_assert_true (g_file_set_contents (path, second_file, -1, NULL));
  dialog = choose_file (window, file);
  g_assert_true (label_shows (GTK_WIDGET (dialog), "1 new row, 2 already in the plan, 1 of them changed."));
  {
    GtkCheckButton *update = match_choice (GTK_WIDGET (dialog), 1);

    stolt_test_assert_accessible_label (GTK_WIDGET (match_choice (GTK_WIDGET (dialog), 0)), "Skip Them");
    stolt_test_assert_accessible_label (GTK_WIDGET (update), "Update Them");
    stolt_test_assert_accessible_label (GTK_WIDGET (match_choice (GTK_WIDGET (dialog), 2)), "Add Them Again");
    g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (update)));
    g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (update)));
    /* As Space on the focused choice does */
    g_assert_true (gtk_widget_activate (GTK_WIDGET (update)));
    iterate ();
    g_assert_true (gtk_check_button_get_active (update));
    g_assert_false (gtk_check_button_get_active (match_choice (GTK_WIDGET (dialog), 0)));
  }
  import_now (dialog);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, activities + 2);
  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, milestones + 1);
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (activity)), ==, 20);
  /* The title as the plan has it */
  g_assert_cmpstr (stolt_record_get_title (activity), ==, "Utvärdera arbetet");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  undone = stolt_test_dump_project (project);
  g_assert_cmpstr (undone, ==, imported);

  /* Added again: every row a second time */
  dialog = choose_file (window, file);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (match_choice (GTK_WIDGET (dialog), 2))));
  iterate ();
  import_now (dialog);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, activities + 3);
  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, milestones + 2);
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (activity)), ==, 12.5);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

/* The project exported with the real exporter, in the user's language,
 * and read back into it: every row is in the plan, and Import, which
 * skips them, changes nothing */
static void
test_own_export_back (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autoptr(StoltDocument) document = stolt_document_new_from_project (project);
  g_autofree char *dir = g_dir_make_tmp ("stolt-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = stolt_test_dump_project (project);
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;
  guint n = count (project, STOLT_LIST_ACTIVITIES) + count (project, STOLT_LIST_MILESTONES);
  StoltWindow *window;
  GtkWindow *dialog;

  options.bom = TRUE;
  g_assert_true (stolt_csv_export (project, &options, file, &error));
  g_assert_no_error (error);

  window = stolt_window_new (app, document);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  dialog = choose_file (window, file);
  expected = g_strdup_printf ("0 new rows, %u already in the plan, 0 of them changed.", n);
  g_assert_true (label_shows (GTK_WIDGET (dialog), expected));
  import_now (dialog);
  after = stolt_test_dump_project (project);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (stolt_undo_stack_get_can_undo (stolt_project_get_undo_stack (project)));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/csv-import-dialog/through-menu", test_import_through_menu);
  g_test_add_func ("/csv-import-dialog/header-and-cancel", test_header_and_cancel);
  g_test_add_func ("/csv-import-dialog/same-file-twice", test_same_file_twice);
  g_test_add_func ("/csv-import-dialog/own-export-back", test_own_export_back);

  return stolt_test_display_run ();
}
