/* test-values-page.c — the Values tab's real widgets under Xvfb (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents (add, status, duplicate, delete and undo), values linked to
 * measures and seen from the Plan tab, and section bodies typed and
 * formatted in the rich-text editor, undone a word at a time, saved and
 * read back; values and sections reordered by drag and drop and by keys;
 * a document printed to a file; nested lists kept and moved with Tab.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <adwaita.h>

#include "stolt-display-util.h"
#include "stolt-enums.h"
#include "stolt-markdown.h"
#include "stolt-refs-chooser.h"
#include "stolt-storage.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"

typedef struct
{
  StoltDocument   *document;
  StoltProject    *project;
  StoltWindow     *window;
  StoltValuesPage *page;
} Fixture;

static void
fixture_open (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", &error);

  g_assert_no_error (error);
  fixture->document = stolt_document_new_from_project (project);
  fixture->project = stolt_document_get_project (fixture->document);
  fixture->window = stolt_test_open_window (fixture->document);
  fixture->page = stolt_window_get_values_page (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             "values"));
  stolt_test_iterate ();
}

static void
fixture_close (Fixture *fixture)
{
  stolt_document_close_discarding (fixture->document);
  stolt_test_close_window (fixture->window);
  /* Closed, its window gone: nothing but the test holds it */
  g_assert_finalize_object (g_steal_pointer (&fixture->document));
}

static GtkWidget *
input (Fixture    *fixture,
       const char *editor,
       const char *field)
{
  GtkWidget *widget = stolt_record_editor_get_input (stolt_values_page_get_editor (fixture->page,
                                                                                   editor),
                                                     field);

  g_assert_nonnull (widget);
  return widget;
}

static void
undo (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  stolt_test_iterate ();
}

static StoltRecord *
first_document (Fixture *fixture)
{
  return stolt_test_nth (fixture->project, STOLT_LIST_VALUES_DOCUMENTS, 0);
}

/* Documents: the template's is selected; add, status, duplicate, delete */
static void
test_documents (void)
{
  Fixture fixture;
  StoltRecordTable *documents;
  GListModel *list;
  StoltRecord *document, *added, *copy;
  g_autofree char *status = NULL;

  fixture_open (&fixture);
  list = stolt_project_get_list (fixture.project, STOLT_LIST_VALUES_DOCUMENTS);
  documents = stolt_values_page_get_table (fixture.page, "documents");
  document = first_document (&fixture);
  g_assert_true (stolt_record_table_get_selected (documents) == document);

  /* Adopted by the council on a date: the status line says so */
  adw_combo_row_set_selected (ADW_COMBO_ROW (input (&fixture, "document", "status")),
                              STOLT_VALUES_STATUS_ADOPTED);
  gtk_editable_set_text (GTK_EDITABLE (input (&fixture, "document", "adopted-by")), "Kommunestyret");
  g_assert_true (gtk_widget_activate (input (&fixture, "document", "adopted-by")));
  stolt_test_iterate ();
  g_assert_cmpint (stolt_values_document_get_status (STOLT_VALUES_DOCUMENT (document)), ==,
                   STOLT_VALUES_STATUS_ADOPTED);
  g_assert_cmpstr (stolt_values_document_get_adopted_by (STOLT_VALUES_DOCUMENT (document)), ==,
                   "Kommunestyret");
  status = stolt_values_document_dup_status_text (STOLT_VALUES_DOCUMENT (document));
  g_assert_cmpstr (status, ==, "Adopted by Kommunestyret");

  /* Duplicate: a draft copy after it, with the same values and sections */
  copy = stolt_values_page_duplicate (fixture.page);
  g_assert_nonnull (copy);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_true (stolt_test_nth (fixture.project, STOLT_LIST_VALUES_DOCUMENTS, 1) == copy);
  g_assert_cmpstr (stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (copy)), ==,
                   "Verdigrunnlag for Hamar kommune (copy)");
  g_assert_cmpint (stolt_values_document_get_status (STOLT_VALUES_DOCUMENT (copy)), ==,
                   STOLT_VALUES_STATUS_DRAFT);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpuint (g_list_model_get_n_items (stolt_record_get_children (copy, i)), ==,
                      g_list_model_get_n_items (stolt_record_get_children (document, i)));
  g_assert_true (stolt_record_table_get_selected (documents) == copy);
  /* One step: undo takes the whole copy away */
  undo (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  /* Add, then Delete with the table's action, then undo */
  added = stolt_record_table_add (documents);
  g_assert_nonnull (added);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpstr (stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (added)), ==,
                   "New values document");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (documents), "table.remove", NULL));
  stolt_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  undo (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  fixture_close (&fixture);
}

/* A value is linked to a measure on this tab and seen from the Plan tab;
 * a value without measures is pointed out */
static void
test_value_measures (void)
{
  Fixture fixture;
  StoltRecordTable *values, *measures;
  StoltRecord *value, *measure;
  StoltPlanPage *plan;
  g_autofree char *note = NULL;
  g_autofree char *value_note = NULL;
  g_autofree char *served = NULL;
  g_autofree char *after = NULL;

  fixture_open (&fixture);
  stolt_values_page_show_part (fixture.page, "values");
  stolt_test_iterate ();
  values = stolt_values_page_get_table (fixture.page, "values");

  /* The template's "Åpen" has no measure yet */
  note = stolt_values_page_dup_note (fixture.page, "document");
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "Åpen"));
  value = NULL;
  for (guint i = 0; i < stolt_record_table_get_n_shown (values); i++)
    if (g_str_equal (stolt_value_get_name (STOLT_VALUE (stolt_record_table_get_shown (values, i))),
                     "Åpen"))
      value = stolt_record_table_get_shown (values, i);
  g_assert_nonnull (value);
  g_assert_true (stolt_record_table_select (values, value));
  stolt_test_iterate ();
  value_note = stolt_values_page_dup_note (fixture.page, "value");
  g_assert_nonnull (value_note);

  measure = stolt_test_nth (fixture.project, STOLT_LIST_MEASURES, 0);
  g_assert_true (stolt_refs_chooser_toggle (STOLT_REFS_CHOOSER (input (&fixture, "value", "measures")),
                                            stolt_record_get_id (measure)));
  stolt_test_iterate ();
  g_clear_pointer (&note, g_free);
  note = stolt_values_page_dup_note (fixture.page, "document");
  g_assert_null (note);
  g_assert_null (stolt_values_page_dup_note (fixture.page, "value"));

  /* The Plan tab's measure form lists the value it serves */
  plan = stolt_window_get_plan_page (fixture.window);
  measures = stolt_plan_page_get_table (plan, "measures");
  g_assert_true (stolt_record_table_select (measures, measure));
  stolt_test_iterate ();
  served = stolt_plan_page_dup_measure_values (plan);
  g_assert_nonnull (served);
  g_assert_nonnull (strstr (served, "Åpen"));

  /* Undone on either side, gone on both */
  undo (&fixture);
  after = stolt_plan_page_dup_measure_values (plan);
  g_assert_null (strstr (after, "Åpen"));

  fixture_close (&fixture);
}

static StoltRichEditor *
open_section (Fixture      *fixture,
              StoltRecord **section_out)
{
  StoltRecordTable *sections;
  StoltRichEditor *editor = stolt_values_page_get_rich_editor (fixture->page);
  StoltRecord *section;

  stolt_values_page_show_part (fixture->page, "sections");
  stolt_test_iterate ();
  sections = stolt_values_page_get_table (fixture->page, "sections");
  section = stolt_record_table_get_shown (sections, 0);
  g_assert_true (stolt_record_table_select (sections, section));
  stolt_test_iterate ();
  *section_out = section;
  return editor;
}

static GtkTextBuffer *
buffer_of (StoltRichEditor *editor)
{
  return gtk_text_view_get_buffer (stolt_rich_editor_get_view (editor));
}

static void
type (StoltRichEditor *editor,
      const char      *text)
{
  GtkTextBuffer *buffer = buffer_of (editor);

  /* One call a character, as a keyboard gives them */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
}

static char *
buffer_text (StoltRichEditor *editor)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer_of (editor), &start, &end);
  return gtk_text_buffer_get_text (buffer_of (editor), &start, &end, FALSE);
}

static void
clear (StoltRichEditor *editor)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer_of (editor), &start, &end);
  gtk_text_buffer_delete (buffer_of (editor), &start, &end);
  stolt_rich_editor_commit (editor);
}

/* Typing, the toolbar, Markdown-looking text kept as typed, undo by word,
 * save and read back */
static void
test_rich_text (void)
{
  Fixture fixture;
  StoltRecord *section;
  StoltRichEditor *editor;
  GtkToggleButton *bold, *italic, *bullets, *numbers;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stolt-values-page-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "values.stolt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltProject) saved = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *text = NULL;
  const char *body;
  const char *tricky = "# not a heading *stars* 1. [x](y) \\ _u_ 🙂 שלום";

  g_assert_no_error (error);
  fixture_open (&fixture);
  editor = open_section (&fixture, &section);
  bold = stolt_rich_editor_get_button (editor, "Bold");
  italic = stolt_rich_editor_get_button (editor, "Italic");
  bullets = stolt_rich_editor_get_button (editor, "Bulleted list");
  numbers = stolt_rich_editor_get_button (editor, "Numbered list");

  /* The template's body loads as formatted text, without markup */
  text = buffer_text (editor);
  g_assert_null (strstr (text, "**"));
  g_clear_pointer (&text, g_free);
  clear (editor);

  /* Markdown-looking text is stored escaped and reads back as typed */
  type (editor, tricky);
  stolt_rich_editor_commit (editor);
  body = stolt_values_section_get_body (STOLT_VALUES_SECTION (section));
  blocks = stolt_markdown_parse (body);
  g_assert_cmpuint (blocks->len, ==, 1);
  g_assert_cmpint (((StoltRichBlock *) g_ptr_array_index (blocks, 0))->kind, ==, STOLT_RICH_PARAGRAPH);
  text = stolt_rich_block_to_plain (g_ptr_array_index (blocks, 0));
  g_assert_cmpstr (text, ==, tricky);
  g_clear_pointer (&text, g_free);

  /* Bold and italic through the toolbar, then a bulleted and a numbered list */
  type (editor, "\nPlain ");
  gtk_toggle_button_set_active (bold, TRUE);
  type (editor, "strong");
  gtk_toggle_button_set_active (bold, FALSE);
  type (editor, " and ");
  gtk_toggle_button_set_active (italic, TRUE);
  type (editor, "slanted");
  gtk_toggle_button_set_active (italic, FALSE);
  type (editor, "\n");
  gtk_toggle_button_set_active (bullets, TRUE);
  g_assert_true (gtk_toggle_button_get_active (bullets));
  type (editor, "one\ntwo\n\n");
  g_assert_false (gtk_toggle_button_get_active (bullets));
  gtk_toggle_button_set_active (numbers, TRUE);
  type (editor, "first\nsecond");
  stolt_rich_editor_commit (editor);
  body = stolt_values_section_get_body (STOLT_VALUES_SECTION (section));
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "Plain **strong** and *slanted*\n"));
  g_assert_nonnull (strstr (body, "\n- one\n- two\n"));
  g_assert_nonnull (strstr (body, "\n1. first\n2. second\n"));

  /* The toolbar follows the cursor */
  {
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_line_offset (buffer_of (editor), &iter, 1, 10);
    gtk_text_buffer_place_cursor (buffer_of (editor), &iter);
    g_assert_true (gtk_toggle_button_get_active (bold));
    g_assert_false (gtk_toggle_button_get_active (numbers));
    gtk_text_buffer_get_end_iter (buffer_of (editor), &iter);
    gtk_text_buffer_place_cursor (buffer_of (editor), &iter);
    g_assert_false (gtk_toggle_button_get_active (bold));
    g_assert_true (gtk_toggle_button_get_active (numbers));
  }

  /* Undo takes back a word at a time, through the project's stack */
  type (editor, " more words");
  stolt_rich_editor_commit (editor);
  g_assert_nonnull (strstr (stolt_values_section_get_body (STOLT_VALUES_SECTION (section)),
                            "second more words"));
  undo (&fixture);
  text = g_strchomp (buffer_text (editor));
  g_test_message ("after undo: %s", text);
  g_assert_true (g_str_has_suffix (text, "second more"));
  g_clear_pointer (&text, g_free);
  undo (&fixture);
  text = g_strchomp (buffer_text (editor));
  g_assert_true (g_str_has_suffix (text, "second"));
  g_clear_pointer (&text, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.redo", NULL));
  stolt_test_iterate ();
  text = g_strchomp (buffer_text (editor));
  g_assert_true (g_str_has_suffix (text, "second more"));
  g_clear_pointer (&text, g_free);

  /* Saved and read back: the same body */
  g_assert_true (stolt_document_save_as (fixture.document, file, &error));
  g_assert_no_error (error);
  saved = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  {
    StoltRecord *document = stolt_test_nth (saved, STOLT_LIST_VALUES_DOCUMENTS, 0);
    g_autoptr(StoltRecord) copy = g_list_model_get_item (stolt_record_get_children (document, 1), 0);

    g_assert_cmpstr (stolt_values_section_get_body (STOLT_VALUES_SECTION (copy)), ==,
                     stolt_values_section_get_body (STOLT_VALUES_SECTION (section)));
  }

  fixture_close (&fixture);
  g_unlink (path);
  g_rmdir (dir);
}

/* The editor's own shortcut for @trigger, as the key press would run it */
static void
press_shortcut (StoltRichEditor *editor,
                const char      *trigger)
{
  GtkWidget *view = GTK_WIDGET (stolt_rich_editor_get_view (editor));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *have = gtk_shortcut_get_trigger (shortcut);

          if (gtk_shortcut_trigger_equal (have, wanted) ||
              (GTK_IS_ALTERNATIVE_TRIGGER (have) &&
               gtk_shortcut_trigger_equal (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (have)),
                                           wanted)))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, view,
                                                           gtk_shortcut_get_arguments (shortcut)));
              stolt_test_iterate ();
              return;
            }
        }
    }
  g_error ("no shortcut %s", trigger);
}

static const char *
body_of (StoltRecord *section)
{
  return stolt_values_section_get_body (STOLT_VALUES_SECTION (section));
}

static void
select_text (StoltRichEditor *editor,
             const char      *text)
{
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer_of (editor), &start);
  g_assert_true (gtk_text_iter_forward_search (&start, text, 0, &match_start, &match_end, NULL));
  gtk_text_buffer_select_range (buffer_of (editor), &match_start, &match_end);
}

static GtkWindow *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      /* The list of toplevels keeps the window alive */
      GtkWindow *window = g_list_model_get_item (toplevels, i);

      g_object_unref (window);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

typedef struct
{
  StoltRecord *section;
  const char  *needle;
} BodyWait;

static gboolean
body_has (gpointer data)
{
  BodyWait *wait = data;

  return strstr (body_of (wait->section), wait->needle) != NULL;
}

static void
copy_to_clipboard (StoltRichEditor *editor,
                   const char      *html,
                   const char      *plain)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (stolt_rich_editor_get_view (editor)));
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autoptr(GBytes) plain_bytes = g_bytes_new (plain, strlen (plain));

  if (html != NULL)
    {
      g_autoptr(GBytes) html_bytes = g_bytes_new (html, strlen (html));
      GdkContentProvider *providers[] = {
        gdk_content_provider_new_for_bytes ("text/html", html_bytes),
        gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", plain_bytes),
      };

      provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
    }
  else
    provider = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", plain_bytes);
  g_assert_true (gdk_clipboard_set_content (clipboard, provider));
}

/* Sub-headings and links from the toolbar and the keys, formatted text
 * pasted from the clipboard, each one undo step */
static void
test_headings_links_paste (void)
{
  Fixture fixture;
  StoltRecord *section;
  StoltRichEditor *editor;
  GtkToggleButton *heading;
  GtkWindow *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  BodyWait wait;

  fixture_open (&fixture);
  editor = open_section (&fixture, &section);
  heading = stolt_rich_editor_get_button (editor, "Sub-heading");
  g_assert_nonnull (heading);
  clear (editor);

  /* Ctrl+Alt+2 makes the line a sub-heading; Enter goes back to text */
  type (editor, "Goals");
  stolt_rich_editor_commit (editor);
  stolt_undo_stack_seal (stolt_project_get_undo_stack (fixture.project));
  press_shortcut (editor, "<Control><Alt>2");
  g_assert_true (gtk_toggle_button_get_active (heading));
  g_assert_cmpstr (body_of (section), ==, "### Goals\n");
  undo (&fixture);
  g_assert_cmpstr (body_of (section), ==, "Goals\n");
  g_assert_false (gtk_toggle_button_get_active (heading));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.redo", NULL));
  stolt_test_iterate ();
  g_assert_cmpstr (body_of (section), ==, "### Goals\n");
  g_assert_true (gtk_toggle_button_get_active (heading));
  {
    GtkTextIter iter;

    gtk_text_buffer_get_end_iter (buffer_of (editor), &iter);
    gtk_text_buffer_place_cursor (buffer_of (editor), &iter);
  }
  type (editor, "\nRead the plan, ");
  g_assert_false (gtk_toggle_button_get_active (heading));
  type (editor, "### not a heading [x](y)");
  stolt_rich_editor_commit (editor);
  g_assert_cmpstr (body_of (section), ==,
                   "### Goals\n\nRead the plan, \\#\\#\\# not a heading \\[x\\](y)\n");
  /* The toolbar follows the cursor onto the heading */
  {
    GtkTextIter iter;

    gtk_text_buffer_get_start_iter (buffer_of (editor), &iter);
    gtk_text_buffer_place_cursor (buffer_of (editor), &iter);
    g_assert_true (gtk_toggle_button_get_active (heading));
  }

  /* A link over the selection; an address that cannot be one is refused */
  select_text (editor, "the plan");
  g_assert_false (stolt_rich_editor_set_link (editor, NULL, "javascript:alert(1)", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (stolt_rich_editor_set_link (editor, NULL, "www.example.com/plan", &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (body_of (section), "Read [the plan](https://www.example.com/plan), "));
  undo (&fixture);
  g_assert_null (strstr (body_of (section), "](https://"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.redo", NULL));
  stolt_test_iterate ();
  g_assert_nonnull (strstr (body_of (section), "[the plan](https://www.example.com/plan)"));

  /* Ctrl+K in the link edits it: a bad address cannot be saved */
  select_text (editor, "plan");
  {
    GtkTextIter iter;

    gtk_text_buffer_get_selection_bounds (buffer_of (editor), &iter, NULL);
    gtk_text_buffer_place_cursor (buffer_of (editor), &iter);
  }
  press_shortcut (editor, "<Control>k");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  {
    GtkWidget *entries[2] = { NULL, NULL };
    guint n = 0;

    for (GtkWidget *child = stolt_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
         child != NULL && n < 2; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_ENTRY (child))
        entries[n++] = child;
    g_assert_cmpuint (n, ==, 2);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries[0])), ==, "the plan");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries[1])), ==,
                     "https://www.example.com/plan");
    gtk_editable_set_text (GTK_EDITABLE (entries[1]), "file:///etc/passwd");
    g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
    gtk_editable_set_text (GTK_EDITABLE (entries[0]), "our plan");
    gtk_editable_set_text (GTK_EDITABLE (entries[1]), "mailto:plan@example.com");
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
    /* As the Save button does, which then closes the dialog */
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
    gtk_window_destroy (dialog);
    stolt_test_iterate ();
  }
  g_assert_nonnull (strstr (body_of (section), "Read [our plan](mailto:plan@example.com), "));

  /* The buffer reads the stored body back exactly */
  stolt_rich_editor_set_section (editor, NULL, NULL);
  stolt_rich_editor_set_section (editor, fixture.project, STOLT_VALUES_SECTION (section));
  markdown = stolt_rich_editor_dup_markdown (editor);
  g_assert_cmpstr (markdown, ==, body_of (section));

  /* Formatted text from the clipboard keeps what the subset has, a
   * nested list too */
  {
    GtkTextIter iter;

    gtk_text_buffer_get_end_iter (buffer_of (editor), &iter);
    gtk_text_buffer_place_cursor (buffer_of (editor), &iter);
  }
  type (editor, "\n");
  copy_to_clipboard (editor,
                     "<meta charset=\"utf-8\"><h1>Pasted heading</h1><p>Some <b>bold</b> and "
                     "<a href=\"https://example.org/\">a link</a><script>evil()</script></p>"
                     "<ul><li>one</li><li>two<ul><li>deeper</li></ul></li></ul><style>p{}</style>",
                     "Pasted heading");
  g_signal_emit_by_name (stolt_rich_editor_get_view (editor), "paste-clipboard");
  wait = (BodyWait) { section, "deeper" };
  stolt_test_wait_for (body_has, &wait);
  g_test_message ("%s", body_of (section));
  g_assert_nonnull (strstr (body_of (section),
                            "\n### Pasted heading\n\nSome **bold** and [a link](https://example.org/)\n\n"
                            "- one\n- two\n  - deeper\n"));
  g_assert_null (strstr (body_of (section), "evil"));
  undo (&fixture);
  g_assert_null (strstr (body_of (section), "Pasted heading"));
  g_assert_nonnull (strstr (body_of (section), "[our plan]"));

  /* Plain text pastes as typed */
  copy_to_clipboard (editor, NULL, "plain *text*");
  g_signal_emit_by_name (stolt_rich_editor_get_view (editor), "paste-clipboard");
  wait = (BodyWait) { section, "plain" };
  stolt_test_wait_for (body_has, &wait);
  g_assert_nonnull (strstr (body_of (section), "plain \\*text\\*"));

  fixture_close (&fixture);
}

/* Export from the tab goes through the command line's exporters */
static void
test_export (void)
{
  Fixture fixture;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stolt-values-export-XXXXXX", &error);
  const char *formats[] = { "values-pdf", "values-fodt", "values-md" };

  g_assert_no_error (error);
  fixture_open (&fixture);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, formats[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (stolt_values_page_export (fixture.page, formats[i], file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 100);
      g_unlink (path);
    }
  fixture_close (&fixture);
  g_rmdir (dir);
}

/* Reordering by drag and drop: the cell showing @text in @table */
static GtkWidget *
find_cell (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_INSCRIPTION (widget)
      && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cell (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_height (gpointer widget)
{
  return gtk_widget_get_height (widget) > 0;
}

/* Drags the row titled @from onto the upper (@below FALSE) or lower half
 * of the row titled @onto: what the drag source's "prepare" gives is what
 * the drop target's "drop" gets, as in a drag with the pointer */
static gboolean
drag_row (StoltRecordTable *table,
          const char       *from,
          const char       *onto,
          gboolean          below)
{
  GtkWidget *view = GTK_WIDGET (stolt_record_table_get_view (table));
  GtkWidget *source_cell = find_cell (view, from);
  GtkWidget *target_cell = find_cell (view, onto);
  GtkDragSource *source;
  GtkDropTarget *target;
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  gboolean dropped = FALSE;

  g_assert_nonnull (source_cell);
  g_assert_nonnull (target_cell);
  source = stolt_test_find_controller (source_cell, GTK_TYPE_DRAG_SOURCE);
  target = stolt_test_find_controller (target_cell, GTK_TYPE_DROP_TARGET);
  g_assert_nonnull (source);
  g_assert_nonnull (target);
  /* Where on the row it lands needs the row laid out */
  stolt_test_wait_for (has_height, target_cell);

  g_signal_emit_by_name (source, "prepare", 4.0, 4.0, &content);
  if (content == NULL)
    return FALSE;
  g_value_init (&value, gtk_drop_target_get_gtypes (target, NULL)[0]);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (target, "drop", &value, 4.0,
                         below ? gtk_widget_get_height (target_cell) - 2.0 : 2.0, &dropped);
  stolt_test_iterate ();
  return dropped;
}

static char *
names_in_order (StoltRecord *document,
                guint        list)
{
  GListModel *children = stolt_record_get_children (document, list);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(StoltRecord) child = g_list_model_get_item (children, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", stolt_record_get_title (child));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Values and sections move by drag and drop and by Alt+Up/Down, one undo
 * step a move; a sorted table keeps its order */
static void
test_reorder (void)
{
  Fixture fixture;
  StoltRecord *document;
  StoltRecordTable *values, *sections;
  g_autofree char *before = NULL;
  g_autofree char *sections_before = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) headings = NULL;
  char *after;

  fixture_open (&fixture);
  document = first_document (&fixture);
  stolt_values_page_show_part (fixture.page, "values");
  stolt_test_iterate ();
  values = stolt_values_page_get_table (fixture.page, "values");
  before = names_in_order (document, 0);
  names = g_strsplit (before, "|", -1);
  g_assert_cmpuint (g_strv_length (names), >=, 3);

  /* The first value dropped on the lower half of the third: after it */
  g_assert_true (drag_row (values, names[0], names[2], TRUE));
  after = names_in_order (document, 0);
  g_assert_true (g_str_has_prefix (after, names[1]));
  g_assert_true (strstr (after, names[2]) < strstr (after, names[0]));
  g_assert_cmpstr (stolt_record_get_title (stolt_record_table_get_selected (values)), ==, names[0]);
  g_free (after);
  undo (&fixture);
  after = names_in_order (document, 0);
  g_assert_cmpstr (after, ==, before);
  g_free (after);

  /* The third dropped on the upper half of the first: first */
  g_assert_true (drag_row (values, names[2], names[0], FALSE));
  after = names_in_order (document, 0);
  g_assert_true (g_str_has_prefix (after, names[2]));
  g_free (after);
  undo (&fixture);

  /* A row dropped on itself stays where it was */
  g_assert_true (drag_row (values, names[1], names[1], TRUE));
  after = names_in_order (document, 0);
  g_assert_cmpstr (after, ==, before);
  g_free (after);

  /* By keys: Alt+Down on the first value, then undo */
  g_assert_true (stolt_record_table_select (values, stolt_record_table_get_shown (values, 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (values), "table.move-down", NULL));
  stolt_test_iterate ();
  after = names_in_order (document, 0);
  g_assert_true (g_str_has_prefix (after, names[1]));
  g_free (after);
  undo (&fixture);
  after = names_in_order (document, 0);
  g_assert_cmpstr (after, ==, before);
  g_free (after);

  /* Sorted by a column, the list's own order is not shown: no drag */
  g_assert_true (stolt_record_table_sort_by (values, "name", GTK_SORT_DESCENDING));
  stolt_test_iterate ();
  g_assert_false (drag_row (values, names[0], names[2], TRUE));
  after = names_in_order (document, 0);
  g_assert_cmpstr (after, ==, before);
  g_free (after);

  /* Sections the same way */
  stolt_values_page_show_part (fixture.page, "sections");
  stolt_test_iterate ();
  sections = stolt_values_page_get_table (fixture.page, "sections");
  g_assert_nonnull (stolt_record_table_add (sections));
  stolt_test_iterate ();
  sections_before = names_in_order (document, 1);
  headings = g_strsplit (sections_before, "|", -1);
  g_assert_cmpuint (g_strv_length (headings), >=, 2);
  g_assert_true (drag_row (sections, headings[1], headings[0], FALSE));
  after = names_in_order (document, 1);
  g_assert_true (g_str_has_prefix (after, headings[1]));
  g_free (after);
  undo (&fixture);
  after = names_in_order (document, 1);
  g_assert_cmpstr (after, ==, sections_before);
  g_free (after);

  fixture_close (&fixture);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* Shift+Ctrl+P prints the document shown as values-pdf draws it: printed
 * to a file, every heading, value and list item is there, in order */
static void
test_print (void)
{
  Fixture fixture;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stolt-values-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  StoltRecord *document, *section;
  GListModel *values;
  const char *expected[] = { "Mål for arbeidet", "Første punkt", "Andre punkt",
                             "Et punkt under", "Nummerert én", "Nummerert to" };
  const char *last = NULL;

  g_assert_no_error (error);
  fixture_open (&fixture);
  document = first_document (&fixture);
  section = g_list_model_get_item (stolt_record_get_children (document, 1), 0);
  g_object_unref (section);
  g_assert_true (stolt_project_set_text (fixture.project, section, "body",
                                         "## Mål for arbeidet\n\n"
                                         "- Første punkt\n"
                                         "- Andre punkt\n"
                                         "  - Et punkt under\n\n"
                                         "1. Nummerert én\n"
                                         "2. Nummerert to\n", &error));
  g_assert_no_error (error);
  stolt_test_iterate ();

  operation = stolt_values_page_new_print (fixture.page);
  g_assert_nonnull (operation);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (fixture.window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  text = pdf_text (path);
  /* pdftotext breaks long lines where the page did */
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (flat, stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (document))));
  values = stolt_record_get_children (document, 0);
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(StoltRecord) value = g_list_model_get_item (values, i);
      const char *name = stolt_value_get_name (STOLT_VALUE (value));
      const char *found = strstr (flat, name);

      if (found == NULL)
        g_error ("“%s” not printed:\n%s", name, text);
      g_assert_true (last == NULL || found > last);
      last = found;
    }
  for (guint i = 0; i < g_list_model_get_n_items (stolt_record_get_children (document, 1)); i++)
    {
      g_autoptr(StoltRecord) other = g_list_model_get_item (stolt_record_get_children (document, 1), i);

      if (strstr (flat, stolt_values_section_get_heading (STOLT_VALUES_SECTION (other))) == NULL)
        g_error ("section “%s” not printed:\n%s",
                 stolt_values_section_get_heading (STOLT_VALUES_SECTION (other)), text);
    }
  last = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *found = strstr (flat, expected[i]);

      if (found == NULL || (last != NULL && found < last))
        g_error ("“%s” not printed in order:\n%s", expected[i], text);
      last = found;
    }

  g_unlink (path);
  fixture_close (&fixture);
  g_rmdir (dir);
}

static void
cursor_to_line_end (StoltRichEditor *editor,
                    int              line)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (buffer_of (editor), &iter, line);
  gtk_text_iter_forward_to_line_end (&iter);
  gtk_text_buffer_place_cursor (buffer_of (editor), &iter);
}

/* A list inside a list item stays nested through load, edit and save;
 * Tab and Shift+Tab nest an item deeper or bring it out, one undo step */
static void
test_nested_lists (void)
{
  Fixture fixture;
  StoltRecord *section;
  StoltRichEditor *editor;
  const char *nested = "- Én\n  - To\n    1. Tre\n    2. Fire\n- Fem\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *indented = NULL;
  g_autofree char *typed = NULL;

  fixture_open (&fixture);
  editor = open_section (&fixture, &section);
  g_assert_true (stolt_project_set_text (fixture.project, section, "body", nested, &error));
  g_assert_no_error (error);
  /* A step of its own, not merged with the first edit below */
  stolt_undo_stack_seal (stolt_project_get_undo_stack (fixture.project));
  stolt_test_iterate ();

  /* Loaded nested: the inner items are drawn further in, with their own
   * markers and numbers, and written back as they were */
  text = buffer_text (editor);
  g_assert_cmpstr (text, ==, "• Én\n◦ To\n1. Tre\n2. Fire\n• Fem");
  indented = stolt_rich_editor_dup_markdown (editor);
  g_assert_cmpstr (indented, ==, nested);
  g_clear_pointer (&indented, g_free);

  /* Tab on "Fem" nests it under "Én", after "To" */
  cursor_to_line_end (editor, 4);
  press_shortcut (editor, "Tab");
  g_assert_cmpstr (body_of (section), ==, "- Én\n  - To\n    1. Tre\n    2. Fire\n  - Fem\n");
  /* No deeper than one below the item above ("Fire") */
  press_shortcut (editor, "Tab");
  press_shortcut (editor, "Tab");
  press_shortcut (editor, "Tab");
  g_assert_cmpstr (body_of (section), ==, "- Én\n  - To\n    1. Tre\n    2. Fire\n       - Fem\n");
  /* Out again: a bulleted list beside the numbered one, under "To" */
  press_shortcut (editor, "<Shift>Tab");
  g_assert_cmpstr (body_of (section), ==, "- Én\n  - To\n    1. Tre\n    2. Fire\n\n    - Fem\n");
  /* Each move was one step */
  undo (&fixture);
  g_assert_cmpstr (body_of (section), ==, "- Én\n  - To\n    1. Tre\n    2. Fire\n       - Fem\n");
  undo (&fixture);
  undo (&fixture);
  undo (&fixture);
  g_assert_cmpstr (body_of (section), ==, nested);
  g_free (text);
  text = buffer_text (editor);
  g_assert_cmpstr (text, ==, "• Én\n◦ To\n1. Tre\n2. Fire\n• Fem");

  /* Shift+Tab on "To" brings it out with the numbered items under it */
  cursor_to_line_end (editor, 1);
  press_shortcut (editor, "<Shift>Tab");
  g_assert_cmpstr (body_of (section), ==, "- Én\n- To\n  1. Tre\n  2. Fire\n- Fem\n");
  undo (&fixture);
  g_assert_cmpstr (body_of (section), ==, nested);

  /* Enter after a nested item starts the next at the same depth */
  cursor_to_line_end (editor, 3);
  type (editor, "\nSeks");
  stolt_rich_editor_commit (editor);
  g_assert_cmpstr (body_of (section), ==, "- Én\n  - To\n    1. Tre\n    2. Fire\n    3. Seks\n- Fem\n");

  /* Enter on the empty item that makes moves it out a level, into the
   * bulleted list of "To"; again, out to the outermost; there, Enter
   * ends the list */
  type (editor, "\n\nSju");
  stolt_rich_editor_commit (editor);
  g_assert_cmpstr (body_of (section), ==,
                   "- Én\n  - To\n    1. Tre\n    2. Fire\n    3. Seks\n  - Sju\n- Fem\n");
  type (editor, "\n\nÅtte");
  stolt_rich_editor_commit (editor);
  g_assert_cmpstr (body_of (section), ==,
                   "- Én\n  - To\n    1. Tre\n    2. Fire\n    3. Seks\n  - Sju\n- Åtte\n- Fem\n");
  type (editor, "\n\nNi");
  stolt_rich_editor_commit (editor);
  g_assert_cmpstr (body_of (section), ==,
                   "- Én\n  - To\n    1. Tre\n    2. Fire\n    3. Seks\n  - Sju\n- Åtte\n\nNi\n\n- Fem\n");

  /* Tab outside a list is the text view's own */
  g_assert_true (stolt_project_set_text (fixture.project, section, "body", "Bare tekst\n", &error));
  g_assert_no_error (error);
  stolt_test_iterate ();
  cursor_to_line_end (editor, 0);
  g_assert_false (stolt_rich_editor_indent (editor, 1));

  /* Saved and read again: still nested */
  g_assert_true (stolt_project_set_text (fixture.project, section, "body", nested, &error));
  stolt_rich_editor_set_section (editor, NULL, NULL);
  stolt_rich_editor_set_section (editor, fixture.project, STOLT_VALUES_SECTION (section));
  typed = buffer_text (editor);
  g_assert_cmpstr (typed, ==, "• Én\n◦ To\n1. Tre\n2. Fire\n• Fem");

  fixture_close (&fixture);
}

int
main (int    argc,
      char **argv)
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/values-page/documents", test_documents);
  g_test_add_func ("/values-page/value-measures", test_value_measures);
  g_test_add_func ("/values-page/rich-text", test_rich_text);
  g_test_add_func ("/values-page/headings-links-paste", test_headings_links_paste);
  g_test_add_func ("/values-page/export", test_export);
  g_test_add_func ("/values-page/reorder", test_reorder);
  g_test_add_func ("/values-page/print", test_print);
  g_test_add_func ("/values-page/nested-lists", test_nested_lists);

  return stolt_test_display_run ();
}
