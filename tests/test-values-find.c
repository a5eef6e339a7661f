/* test-values-find.c — find, replace, word count and outline of the Values tab (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document of known text: the find bar finds across its fields and
 * section bodies, regardless of case and with Nordic letters, goes to
 * the next and previous match around the end, says "3 of 12", replaces
 * one match and all of them (one undo step, formatting kept); the word
 * count follows typing; the outline takes the keyboard to a section.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "stolt-display-util.h"
#include "stolt-storage.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"
#include "stolt-values-outline.h"
#include "stolt-values-page-private.h"

#define BODY "Vi er **ÅPNE** om alt.\n\n- åpen dør\n"

typedef struct
{
  StoltDocument   *document;
  StoltProject    *project;
  StoltWindow     *window;
  StoltValuesPage *page;
  StoltValuesFind *find;
  StoltRecord     *values_document;
  StoltRecord     *value;
  StoltRecord     *section;
} Fixture;

static StoltRecord *
add (Fixture     *fixture,
     StoltRecord *owner,
     guint        list,
     GType        type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltRecord) record = g_object_new (type, NULL);

  g_assert_true (stolt_project_add (fixture->project, owner, list, G_MAXUINT, record, &error));
  g_assert_no_error (error);
  return record;
}

static void
set (Fixture     *fixture,
     StoltRecord *record,
     const char  *field,
     const char  *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_set_text (fixture->project, record, field, text, &error));
  g_assert_no_error (error);
}

static void
fixture_open (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", &error);
  StoltRecord *document;

  g_assert_no_error (error);
  fixture->document = stolt_document_new_from_project (project);
  fixture->project = stolt_document_get_project (fixture->document);

  /* A document of our own after the template's */
  document = add (fixture, STOLT_RECORD (stolt_project_get_card (fixture->project)),
                  STOLT_LIST_VALUES_DOCUMENTS, STOLT_TYPE_VALUES_DOCUMENT);
  set (fixture, document, "title", "Åpen kommune");
  set (fixture, document, "introduction", "Vi er åpne og ærlige.");
  fixture->value = add (fixture, document, 0, STOLT_TYPE_VALUE);
  set (fixture, fixture->value, "name", "Åpenhet");
  set (fixture, fixture->value, "statement", "Vi deler det vi vet.");
  set (fixture, fixture->value, "practice", "Åpne møter.");
  fixture->section = add (fixture, document, 1, STOLT_TYPE_VALUES_SECTION);
  set (fixture, fixture->section, "heading", "Slik jobber vi");
  set (fixture, fixture->section, "body", BODY);
  fixture->values_document = document;

  fixture->window = stolt_test_open_window (fixture->document);
  fixture->page = stolt_window_get_values_page (fixture->window);
  fixture->find = stolt_values_page_get_find (fixture->page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             "values"));
  stolt_record_table_select (stolt_values_page_get_table (fixture->page, "documents"), document);
  stolt_test_iterate ();
}

static void
fixture_close (Fixture *fixture)
{
  stolt_document_close_discarding (fixture->document);
  stolt_test_close_window (fixture->window);
  g_clear_object (&fixture->document);
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
action (Fixture    *fixture,
        const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), name, NULL));
  stolt_test_iterate ();
}

typedef struct
{
  StoltValuesFind *find;
  const char      *status;
} StatusWait;

static gboolean
status_is (gpointer data)
{
  StatusWait *wait = data;

  return g_strcmp0 (stolt_values_find_get_status (wait->find), wait->status) == 0;
}

/* Types @text into the find entry and waits for the search entry's delay */
static void
search (Fixture    *fixture,
        const char *text,
        const char *status)
{
  StatusWait wait = { fixture->find, status };

  gtk_editable_set_text (stolt_values_find_get_entry (fixture->find, "find"), text);
  for (int i = 0; i < 100 && !status_is (&wait); i++)
    g_main_context_iteration (NULL, FALSE), g_usleep (20000);
  g_assert_cmpstr (stolt_values_find_get_status (fixture->find), ==, status);
}

static void
assert_status (Fixture    *fixture,
               const char *status)
{
  g_assert_cmpstr (stolt_values_find_get_status (fixture->find), ==, status);
}

static char *
editable_selection (GtkWidget *widget)
{
  int start, end;

  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (widget), &start, &end));
  return gtk_editable_get_chars (GTK_EDITABLE (widget), start, end);
}

static char *
view_selection (GtkWidget *view,
                int       *line)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  if (line != NULL)
    *line = gtk_text_iter_get_line (&start);
  return gtk_text_iter_get_slice (&start, &end);
}

static GtkWidget *
body_view (Fixture *fixture)
{
  return GTK_WIDGET (stolt_rich_editor_get_view (stolt_values_page_get_rich_editor (fixture->page)));
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Presses @accel as the document's shortcut controller sees it: the
 * shortcut whose trigger matches, activated on the widget with the keys */
static void
press (Fixture    *fixture,
       const char *accel)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (fixture->find));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (box);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      /* Before the tables' own Ctrl+F */
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *triggers = gtk_shortcut_trigger_to_string (trigger);
          g_autofree char *one = gtk_shortcut_trigger_to_string (wanted);
          g_auto(GStrv) alternatives = g_strsplit (triggers, "|", -1);

          if (!g_strv_contains ((const char *const *) alternatives, one))
            continue;
          g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                       box, NULL));
          found = TRUE;
        }
    }
  g_assert_true (found);
  stolt_test_iterate ();
}

/* Across the document's fields and a section's body, next and previous
 * around the ends, "N of M" */
static void
test_find (void)
{
  Fixture fixture;
  g_autofree char *text = NULL;
  int line = -1;

  fixture_open (&fixture);
  g_assert_false (stolt_values_find_is_open (fixture.find));

  press (&fixture, "<Control>f");
  g_assert_true (stolt_values_find_is_open (fixture.find));
  g_assert_true (has_focus_within (GTK_WIDGET (stolt_values_find_get_entry (fixture.find, "find"))));

  /* Lower case finds upper case, with å */
  search (&fixture, "åp", "1 of 6");
  g_assert_cmpuint (stolt_values_find_get_n_matches (fixture.find), ==, 6);
  text = editable_selection (input (&fixture, "document", "title"));
  g_assert_cmpstr (text, ==, "Åp");
  g_clear_pointer (&text, g_free);
  /* The keys stay in the find entry */
  g_assert_true (has_focus_within (GTK_WIDGET (stolt_values_find_get_entry (fixture.find, "find"))));

  action (&fixture, "values.find-next");
  assert_status (&fixture, "2 of 6");
  action (&fixture, "values.find-next");
  assert_status (&fixture, "3 of 6");
  g_assert_true (stolt_record_table_get_selected (stolt_values_page_get_table (fixture.page, "values"))
                 == fixture.value);
  text = editable_selection (input (&fixture, "value", "name"));
  g_assert_cmpstr (text, ==, "Åp");
  g_clear_pointer (&text, g_free);

  action (&fixture, "values.find-next");
  text = view_selection (input (&fixture, "value", "practice"), NULL);
  g_assert_cmpstr (text, ==, "Åp");
  g_clear_pointer (&text, g_free);

  /* In the body: the text as shown, in its line, without markup */
  stolt_values_find_move (fixture.find, 1);
  assert_status (&fixture, "5 of 6");
  g_assert_true (stolt_record_table_get_selected (stolt_values_page_get_table (fixture.page, "sections"))
                 == fixture.section);
  text = view_selection (body_view (&fixture), &line);
  g_assert_cmpstr (text, ==, "ÅP");
  g_assert_cmpint (line, ==, 0);
  g_clear_pointer (&text, g_free);
  stolt_values_find_move (fixture.find, 1);
  assert_status (&fixture, "6 of 6");
  text = view_selection (body_view (&fixture), &line);
  g_assert_cmpstr (text, ==, "åp");
  g_assert_cmpint (line, ==, 1);
  g_clear_pointer (&text, g_free);
  /* The match stands out while the keys are in the bar */
  g_assert_true (gtk_widget_has_css_class (body_view (&fixture), "find-match"));

  /* Around the end and back, with the keys */
  press (&fixture, "<Control>g");
  assert_status (&fixture, "1 of 6");
  press (&fixture, "<Control><Shift>g");
  assert_status (&fixture, "6 of 6");
  press (&fixture, "F3");
  assert_status (&fixture, "1 of 6");
  press (&fixture, "<Shift>F3");
  assert_status (&fixture, "6 of 6");

  /* Nordic letters in upper case; nothing found */
  search (&fixture, "ÆRLIGE", "1 of 1");
  text = view_selection (input (&fixture, "document", "introduction"), NULL);
  g_assert_cmpstr (text, ==, "ærlige");
  g_clear_pointer (&text, g_free);
  search (&fixture, "ØRE", "No matches");
  g_assert_cmpuint (stolt_values_find_get_n_matches (fixture.find), ==, 0);

  /* Escape: closed, the keys on the match */
  search (&fixture, "møter", "1 of 1");
  stolt_values_find_close (fixture.find);
  stolt_test_iterate ();
  g_assert_false (stolt_values_find_is_open (fixture.find));
  g_assert_true (has_focus_within (input (&fixture, "value", "practice")));
  /* Focused, its selection is the usual one; the body no longer stands out */
  g_assert_false (gtk_widget_has_css_class (input (&fixture, "value", "practice"), "find-match"));
  g_assert_false (gtk_widget_has_css_class (body_view (&fixture), "find-match"));
  text = view_selection (input (&fixture, "value", "practice"), NULL);
  g_assert_cmpstr (text, ==, "møter");
  g_clear_pointer (&text, g_free);

  /* Open again: the text found last, and its match */
  action (&fixture, "values.find");
  g_assert_cmpstr (gtk_editable_get_text (stolt_values_find_get_entry (fixture.find, "find")), ==, "møter");
  assert_status (&fixture, "1 of 1");

  fixture_close (&fixture);
}

/* Replace one, then all as one undo step; the body keeps its formatting */
static void
test_replace (void)
{
  Fixture fixture;
  StoltUndoStack *stack;
  g_autofree char *text = NULL;
  const char *body;

  fixture_open (&fixture);
  stack = stolt_project_get_undo_stack (fixture.project);

  press (&fixture, "<Control>h");
  g_assert_true (stolt_values_find_is_open (fixture.find));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (stolt_values_find_get_entry (fixture.find, "replace")))));
  search (&fixture, "åp", "1 of 6");
  gtk_editable_set_text (stolt_values_find_get_entry (fixture.find, "replace"), "ap");

  /* One: the match shown, then the next is shown */
  g_assert_true (stolt_values_find_replace (fixture.find));
  stolt_test_iterate ();
  g_assert_cmpstr (stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (fixture.values_document)),
                   ==, "apen kommune");
  g_assert_cmpstr (stolt_values_document_get_introduction (STOLT_VALUES_DOCUMENT (fixture.values_document)),
                   ==, "Vi er åpne og ærlige.");
  assert_status (&fixture, "1 of 5");
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Replace");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (input (&fixture, "document", "title"))), ==,
                   "apen kommune");

  /* All: every field and the body, formatting kept, markup typed stays typed */
  gtk_editable_set_text (stolt_values_find_get_entry (fixture.find, "replace"), "*Ap*");
  g_assert_cmpuint (stolt_values_find_replace_all (fixture.find), ==, 5);
  stolt_test_iterate ();
  assert_status (&fixture, "5 replaced");
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Replace All");
  g_assert_cmpstr (stolt_value_get_name (STOLT_VALUE (fixture.value)), ==, "*Ap*enhet");
  g_assert_cmpstr (stolt_value_get_practice (STOLT_VALUE (fixture.value)), ==, "*Ap*ne møter.");
  body = stolt_values_section_get_body (STOLT_VALUES_SECTION (fixture.section));
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "**\\*Ap\\*NE**"));
  g_assert_nonnull (strstr (body, "- \\*Ap\\*en dør"));
  /* The editor shows the new body */
  stolt_values_page_reveal (fixture.page, fixture.section, "body");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (body_view (&fixture)));
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_nonnull (strstr (text, "Vi er *Ap*NE om alt."));
    g_clear_pointer (&text, g_free);
  }

  /* One undo takes all of it back; the single replace before stays */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  stolt_test_iterate ();
  g_assert_cmpstr (stolt_value_get_name (STOLT_VALUE (fixture.value)), ==, "Åpenhet");
  g_assert_cmpstr (stolt_value_get_practice (STOLT_VALUE (fixture.value)), ==, "Åpne møter.");
  g_assert_cmpstr (stolt_values_document_get_introduction (STOLT_VALUES_DOCUMENT (fixture.values_document)),
                   ==, "Vi er åpne og ærlige.");
  g_assert_cmpstr (stolt_values_section_get_body (STOLT_VALUES_SECTION (fixture.section)), ==, BODY);
  g_assert_cmpstr (stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (fixture.values_document)),
                   ==, "apen kommune");
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Replace");
  g_assert_cmpuint (stolt_values_find_get_n_matches (fixture.find), ==, 5);

  /* A name may not become empty: refused, said, nothing changed */
  search (&fixture, "åpenhet", "1 of 1");
  gtk_editable_set_text (stolt_values_find_get_entry (fixture.find, "replace"), "");
  g_assert_cmpuint (stolt_values_find_replace_all (fixture.find), ==, 0);
  g_assert_true (g_str_has_prefix (stolt_values_find_get_status (fixture.find), "Could not replace: "));
  g_assert_cmpstr (stolt_value_get_name (STOLT_VALUE (fixture.value)), ==, "Åpenhet");

  fixture_close (&fixture);
}

typedef struct
{
  StoltValuesPage *page;
  const char      *expected;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return g_strcmp0 (stolt_values_page_get_word_count (wait->page), wait->expected) == 0;
}

/* The count follows typing in a section body, and groups digits as the locale does */
static void
test_word_count (void)
{
  Fixture fixture;
  CountWait wait;
  StoltRichEditor *editor;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  g_autoptr(GString) many = g_string_new (NULL);

  fixture_open (&fixture);
  wait.page = fixture.page;
  /* 2 + 5 + 1 + 5 + 2 + 3 + 7 */
  wait.expected = "25 words";
  stolt_test_wait_for (count_is, &wait);

  stolt_values_page_reveal (fixture.page, fixture.section, "body");
  editor = stolt_values_page_get_rich_editor (fixture.page);
  buffer = gtk_text_view_get_buffer (stolt_rich_editor_get_view (editor));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  for (const char *p = " tre nye ord "; *p != '\0'; p++)
    gtk_text_buffer_insert_interactive_at_cursor (buffer, p, 1, TRUE);
  wait.expected = "28 words";
  stolt_test_wait_for (count_is, &wait);

  /* One word */
  set (&fixture, fixture.values_document, "introduction", "");
  set (&fixture, fixture.value, "statement", "");
  set (&fixture, fixture.value, "practice", "");
  set (&fixture, fixture.section, "body", "");
  set (&fixture, fixture.section, "heading", "Ett");
  set (&fixture, fixture.value, "name", "-");
  set (&fixture, fixture.values_document, "title", "?");
  wait.expected = "1 word";
  stolt_test_wait_for (count_is, &wait);

  /* 1 234 words in Norwegian Bokmål: the digits grouped */
  for (guint i = 0; i < 1233; i++)
    g_string_append (many, "ord ");
  set (&fixture, fixture.section, "body", many->str);
  wait.expected = "1234 words";
  stolt_test_wait_for (count_is, &wait);
  if (setlocale (LC_NUMERIC, "nb_NO.UTF-8") != NULL)
    {
      const char *label;

      set (&fixture, fixture.section, "heading", "Ett to");
      while (g_str_equal (stolt_values_page_get_word_count (fixture.page), "1234 words"))
        g_main_context_iteration (NULL, TRUE);
      label = stolt_values_page_get_word_count (fixture.page);
      g_test_message ("%s", label);
      g_assert_true (g_str_has_prefix (label, "1"));
      g_assert_true (g_str_has_suffix (label, "235 words"));
      g_assert_cmpstr (label, !=, "1235 words");
      setlocale (LC_NUMERIC, "C.UTF-8");
    }
  else
    g_test_message ("nb_NO.UTF-8 is not installed: digit grouping not checked");

  fixture_close (&fixture);
}

/* The outline lists the document, its values and sections; an entry
 * takes the keyboard there */
static void
test_outline (void)
{
  Fixture fixture;
  GtkWidget *outline;
  GtkListBox *list;
  GtkListBoxRow *row;
  guint n = 0;

  fixture_open (&fixture);
  outline = stolt_values_page_get_outline (fixture.page);
  press (&fixture, "<Control><Alt>o");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (outline)))));
  list = stolt_values_outline_get_list (outline);
  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (has_focus_within (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));

  /* The section: shown, selected, its heading focused */
  row = gtk_list_box_get_row_at_index (list, 2);
  g_signal_emit_by_name (list, "row-activated", row);
  stolt_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (outline)))));
  g_assert_true (stolt_record_table_get_selected (stolt_values_page_get_table (fixture.page, "sections"))
                 == fixture.section);
  g_assert_true (has_focus_within (input (&fixture, "section", "heading")));

  /* The value */
  action (&fixture, "values.outline");
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 1));
  stolt_test_iterate ();
  g_assert_true (stolt_record_table_get_selected (stolt_values_page_get_table (fixture.page, "values"))
                 == fixture.value);
  g_assert_true (has_focus_within (input (&fixture, "value", "name")));

  fixture_close (&fixture);
}

int
main (int    argc,
      char **argv)
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/values-find/find", test_find);
  g_test_add_func ("/values-find/replace", test_replace);
  g_test_add_func ("/values-find/word-count", test_word_count);
  g_test_add_func ("/values-find/outline", test_outline);

  return stolt_test_display_run ();
}
