/* test-swot-page.c — the SWOT tab's real widgets under Xvfb (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the matrix as a facilitator does — quick entry by Enter and by
 * paste, edit in place, reorder, move between quadrants, group and
 * ungroup, dot voting with hidden counts, TOWS strategies that become
 * measures — through the widgets' own entries, rows and actions, and
 * checks the model, what the rows show, and that each step undoes.
 */

#include "config.h"

#include <string.h>

#include "stolt-display-util.h"
#include "stolt-enums.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-page.h"
#include "stolt-swot-quadrant.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"

typedef struct
{
  StoltDocument *document;
  StoltProject  *project;
  StoltWindow   *window;
  StoltSwotPage *page;
} Fixture;

static void
fixture_open (Fixture    *fixture,
              const char *template_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;

  project = template_id != NULL ? stolt_templates_create (template_id, &error)
                                : stolt_project_new ();
  g_assert_no_error (error);
  fixture->document = stolt_document_new_from_project (project);
  fixture->project = stolt_document_get_project (fixture->document);
  fixture->window = stolt_test_open_window (fixture->document);
  fixture->page = stolt_window_get_swot_page (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             "swot"));
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

static void
undo (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  stolt_test_iterate ();
}

static StoltSwotQuadrant *
quadrant (Fixture       *fixture,
          StoltQuadrant  q)
{
  return STOLT_SWOT_QUADRANT (stolt_swot_matrix_get_quadrant (stolt_swot_page_get_matrix (fixture->page),
                                                              q));
}

static guint
n_rows (Fixture       *fixture,
        StoltQuadrant  q)
{
  GtkWidget *list = stolt_swot_quadrant_get_list (quadrant (fixture, q));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list))));
}

/* The item shown at @index of quadrant @q, read from the row widget */
static StoltSwotItem *
shown_item (Fixture       *fixture,
            StoltQuadrant  q,
            guint          index)
{
  g_autoptr(GPtrArray) items = stolt_swot_quadrant_items (stolt_swot_page_get_analysis (fixture->page), q);
  GtkWidget *list = stolt_swot_quadrant_get_list (quadrant (fixture, q));
  GListModel *model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)));
  g_autoptr(StoltSwotItem) shown = g_list_model_get_item (model, index);
  GtkWidget *row;

  g_assert_nonnull (shown);
  g_assert_cmpuint (index, <, items->len);
  /* The list shows the model's order, and a row shows the item */
  g_assert_true (shown == items->pdata[index]);
  stolt_test_iterate ();
  row = stolt_swot_quadrant_get_row (quadrant (fixture, q), items->pdata[index]);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_ancestor (row, list));
  return items->pdata[index];
}

static GtkWidget *
row_of (Fixture       *fixture,
        StoltSwotItem *item)
{
  GtkWidget *row = stolt_swot_quadrant_get_row (quadrant (fixture, stolt_swot_item_get_quadrant (item)),
                                                item);

  g_assert_nonnull (row);
  return row;
}

static void
row_action (Fixture       *fixture,
            StoltSwotItem *item,
            const char    *action)
{
  g_assert_true (gtk_widget_activate_action (row_of (fixture, item), action, NULL));
  stolt_test_iterate ();
}

static gboolean
has_label_cb (GtkWidget  *widget,
              const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL &&
      gtk_widget_get_visible (widget))
    return TRUE;
  if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL &&
      strstr (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) != NULL &&
      gtk_widget_get_visible (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_cb (child, text))
      return TRUE;
  return FALSE;
}

static GtkToggleButton *
find_toggle (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_TOGGLE_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return GTK_TOGGLE_BUTTON (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkToggleButton *found = find_toggle (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
type_into (GtkWidget  *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  stolt_test_iterate ();
}

static gboolean
has_n_items (gpointer data)
{
  StoltSwotAnalysis *analysis = data;

  return g_list_model_get_n_items (stolt_record_get_children (STOLT_RECORD (analysis), 0)) == 3;
}

/* An empty project: the page offers a first analysis; Enter adds and
 * keeps the focus; Tab goes to the next quadrant; pasting three lines
 * adds three items in one step */
static void
test_quick_entry (void)
{
  Fixture fixture;
  StoltSwotAnalysis *analysis;
  GtkWidget *entry;
  GtkWidget *text;
  StoltSwotItem *item;

  fixture_open (&fixture, NULL);
  g_assert_null (stolt_swot_page_get_analysis (fixture.page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.add", NULL));
  stolt_test_iterate ();
  analysis = stolt_swot_page_get_analysis (fixture.page);
  g_assert_nonnull (analysis);

  entry = stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_STRENGTHS));
  stolt_test_assert_accessible_label (entry, "Add a strength");
  stolt_test_assert_accessible_label (stolt_swot_quadrant_get_list (quadrant (&fixture, STOLT_QUADRANT_STRENGTHS)),
                                      "Strengths");
  gtk_widget_grab_focus (entry);
  type_into (entry, "  Skilled staff who know the region  ");
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, 1);
  item = shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 0);
  g_assert_cmpstr (stolt_swot_item_get_text (item), ==, "Skilled staff who know the region");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (gtk_widget_is_focus (entry) || gtk_widget_get_focus_child (entry) != NULL);

  /* Tab: the next quadrant's entry */
  g_assert_true (stolt_swot_matrix_focus_entry (stolt_swot_page_get_matrix (fixture.page),
                                                STOLT_QUADRANT_WEAKNESSES));
  stolt_test_iterate ();
  entry = stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_WEAKNESSES));
  g_assert_true (gtk_widget_get_focus_child (entry) != NULL || gtk_widget_is_focus (entry));

  undo (&fixture);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, 0);

  /* A pasted list: one item per line, list marks dropped, one step */
  entry = stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_THREATS));
  text = gtk_widget_get_first_child (entry);
  g_assert_true (GTK_IS_TEXT (text));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (text), "Fewer applicants\n- Retirements\n\n• Pay gap\n");
  g_signal_emit_by_name (text, "paste-clipboard");
  stolt_test_wait_for (has_n_items, analysis);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_THREATS), ==, 3);
  g_assert_cmpstr (stolt_swot_item_get_text (shown_item (&fixture, STOLT_QUADRANT_THREATS, 1)), ==,
                   "Retirements");
  g_assert_cmpstr (stolt_swot_item_get_text (shown_item (&fixture, STOLT_QUADRANT_THREATS, 2)), ==,
                   "Pay gap");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  undo (&fixture);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_THREATS), ==, 0);

  fixture_close (&fixture);
}

/* F2 edits in place, Enter keeps, Escape drops; Alt+Down and Alt+Right
 * reorder and move; each undoes */
static void
test_edit_reorder_move (void)
{
  Fixture fixture;
  StoltSwotItem *first, *second;
  GtkWidget *editor;
  guint n_strengths, n_weaknesses;

  fixture_open (&fixture, "ks-nettverk");
  g_assert_nonnull (stolt_swot_page_get_analysis (fixture.page));
  n_strengths = n_rows (&fixture, STOLT_QUADRANT_STRENGTHS);
  n_weaknesses = n_rows (&fixture, STOLT_QUADRANT_WEAKNESSES);
  g_assert_cmpuint (n_strengths, >=, 1);
  first = g_object_ref (shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 0));

  /* Edit */
  row_action (&fixture, first, "item.edit");
  editor = stolt_test_find_child (row_of (&fixture, first), GTK_TYPE_ENTRY);
  g_assert_true (gtk_widget_get_mapped (editor));
  type_into (editor, "Strong professional community");
  g_assert_cmpstr (stolt_swot_item_get_text (first), ==, "Strong professional community");
  g_assert_true (has_label_cb (row_of (&fixture, first), "Strong professional community"));
  undo (&fixture);
  g_assert_cmpstr (stolt_swot_item_get_text (first), !=, "Strong professional community");

  /* Add a second strength, then reorder */
  type_into (stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_STRENGTHS)),
             "Short distances");
  second = g_object_ref (shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, n_strengths));
  g_assert_cmpstr (stolt_swot_item_get_text (second), ==, "Short distances");
  row_action (&fixture, first, "item.down");
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 1) == first);
  g_assert_true (gtk_widget_is_focus (row_of (&fixture, first)));
  undo (&fixture);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 0) == first);

  /* Move to the next quadrant (Alt+Right), and back by the menu */
  row_action (&fixture, second, "item.right");
  g_assert_cmpint (stolt_swot_item_get_quadrant (second), ==, STOLT_QUADRANT_WEAKNESSES);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_WEAKNESSES), ==, n_weaknesses + 1);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, n_strengths);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_WEAKNESSES, n_weaknesses) == second);
  g_assert_true (gtk_widget_is_focus (row_of (&fixture, second)));
  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_quadrant (second), ==, STOLT_QUADRANT_STRENGTHS);
  g_assert_true (gtk_widget_activate_action (row_of (&fixture, second), "item.move-to", "i",
                                             STOLT_QUADRANT_THREATS));
  stolt_test_iterate ();
  g_assert_cmpint (stolt_swot_item_get_quadrant (second), ==, STOLT_QUADRANT_THREATS);
  undo (&fixture);

  /* Delete, and undo */
  row_action (&fixture, second, "item.delete");
  g_assert_null (stolt_record_get_parent (STOLT_RECORD (second)));
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, n_strengths);
  undo (&fixture);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, n_strengths + 1);

  g_object_unref (first);
  g_object_unref (second);
  fixture_close (&fixture);
}

/* Ctrl+G groups an item under the one above: it leaves the list and its
 * text shows under the lead, whose votes count it; ungroup brings it back */
static void
test_cluster (void)
{
  Fixture fixture;
  StoltSwotAnalysis *analysis;
  StoltSwotItem *lead, *duplicate;
  GtkWidget *entry;

  fixture_open (&fixture, NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.add", NULL);
  stolt_test_iterate ();
  analysis = stolt_swot_page_get_analysis (fixture.page);
  entry = stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_OPPORTUNITIES));
  type_into (entry, "New regional college");
  type_into (entry, "A college opens in 2027");
  lead = shown_item (&fixture, STOLT_QUADRANT_OPPORTUNITIES, 0);
  duplicate = shown_item (&fixture, STOLT_QUADRANT_OPPORTUNITIES, 1);
  stolt_project_set_int (fixture.project, STOLT_RECORD (duplicate), "votes", 2, NULL);

  row_action (&fixture, duplicate, "item.group");
  g_assert_cmpint (stolt_swot_item_get_cluster (duplicate), ==, stolt_record_get_id (STOLT_RECORD (lead)));
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_OPPORTUNITIES), ==, 1);
  g_assert_true (has_label_cb (row_of (&fixture, lead), "A college opens in 2027"));
  g_assert_cmpint (stolt_swot_item_total_votes (lead), ==, 2);

  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_cluster (duplicate), ==, 0);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_OPPORTUNITIES), ==, 2);

  /* Drag and drop ends in the same call: onto the middle of a row */
  g_assert_true (stolt_swot_matrix_cluster (stolt_swot_page_get_matrix (fixture.page), duplicate, lead));
  stolt_test_iterate ();
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_OPPORTUNITIES), ==, 1);
  row_action (&fixture, lead, "item.ungroup");
  g_assert_cmpint (stolt_swot_item_get_cluster (duplicate), ==, 0);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_OPPORTUNITIES), ==, 2);
  g_assert_false (has_label_cb (row_of (&fixture, lead), "A college opens in 2027"));
  undo (&fixture);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_OPPORTUNITIES), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (stolt_record_get_children (STOLT_RECORD (analysis), 0)),
                    ==, 2);
  fixture_close (&fixture);
}

/* What the row's drag source gives when a drag starts on it, as the
 * drop target receives it */
static void
drag_value (GtkWidget *row,
            GValue    *value)
{
  GtkEventController *source = stolt_test_find_controller (row, GTK_TYPE_DRAG_SOURCE);
  g_autoptr(GdkContentProvider) content = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (source);
  g_signal_emit_by_name (source, "prepare", 10.0, 10.0, &content);
  g_assert_nonnull (content);
  g_value_init (value, STOLT_TYPE_SWOT_ITEM);
  g_assert_true (gdk_content_provider_get_value (content, value, &error));
  g_assert_no_error (error);
}

static gboolean
is_laid_out (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_height (widget) > 0;
}

/* Drops @item at @fraction of @target's height (a row, or a list's
 * scroller below the rows); returns whether the drop was taken */
static gboolean
drop_on (Fixture       *fixture,
         StoltSwotItem *item,
         GtkWidget     *target,
         double         fraction)
{
  GtkEventController *drop = stolt_test_find_controller (target, GTK_TYPE_DROP_TARGET);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean taken = FALSE;

  g_assert_nonnull (drop);
  /* Where it lands depends on the target's height: a row just added is
   * given one at the next frame */
  stolt_test_wait_for (is_laid_out, target);
  drag_value (row_of (fixture, item), &value);
  g_signal_emit_by_name (drop, "drop", &value, 10.0,
                         gtk_widget_get_height (target) * fraction, &taken);
  stolt_test_iterate ();
  return taken;
}

/* Dragging an item: onto the middle of another it is grouped under it,
 * onto a row's top or bottom edge of another quadrant it moves there,
 * before or after that row, and below the rows it goes to the end;
 * each is one undo step */
static void
test_drag_and_drop (void)
{
  Fixture fixture;
  StoltSwotItem *a, *b, *c, *d;
  GtkWidget *entry, *scroller;

  fixture_open (&fixture, NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.add", NULL);
  stolt_test_iterate ();
  entry = stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_STRENGTHS));
  type_into (entry, "Skilled staff");
  type_into (entry, "Staff with long experience");
  entry = stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_THREATS));
  type_into (entry, "Retirements");
  type_into (entry, "Competition from the capital");
  a = shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 0);
  b = shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 1);
  c = shown_item (&fixture, STOLT_QUADRANT_THREATS, 0);
  d = shown_item (&fixture, STOLT_QUADRANT_THREATS, 1);

  /* Onto the middle of another item: a cluster, b's text under a */
  g_assert_true (drop_on (&fixture, b, row_of (&fixture, a), 0.5));
  g_assert_cmpint (stolt_swot_item_get_cluster (b), ==, stolt_record_get_id (STOLT_RECORD (a)));
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, 1);
  g_assert_true (has_label_cb (row_of (&fixture, a), "Staff with long experience"));
  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_cluster (b), ==, 0);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, 2);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 1) == b);

  /* Onto an item's own row: nothing */
  g_assert_false (drop_on (&fixture, a, row_of (&fixture, a), 0.5));
  g_assert_cmpint (stolt_swot_item_get_cluster (a), ==, 0);

  /* Onto the top edge of a row in another quadrant: before it */
  g_assert_true (drop_on (&fixture, a, row_of (&fixture, d), 0.1));
  g_assert_cmpint (stolt_swot_item_get_quadrant (a), ==, STOLT_QUADRANT_THREATS);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_THREATS, 0) == c);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_THREATS, 1) == a);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_THREATS, 2) == d);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_STRENGTHS), ==, 1);
  g_assert_true (gtk_widget_is_focus (row_of (&fixture, a)));
  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_quadrant (a), ==, STOLT_QUADRANT_STRENGTHS);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 0) == a);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_THREATS), ==, 2);

  /* Onto the bottom edge of the first row: after it */
  g_assert_true (drop_on (&fixture, b, row_of (&fixture, c), 0.9));
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_THREATS, 1) == b);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_THREATS, 2) == d);
  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_quadrant (b), ==, STOLT_QUADRANT_STRENGTHS);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 1) == b);

  /* Below the rows of an empty quadrant: to its end */
  scroller = gtk_widget_get_ancestor (stolt_swot_quadrant_get_list (quadrant (&fixture,
                                                                              STOLT_QUADRANT_OPPORTUNITIES)),
                                      GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (drop_on (&fixture, c, scroller, 0.8));
  g_assert_cmpint (stolt_swot_item_get_quadrant (c), ==, STOLT_QUADRANT_OPPORTUNITIES);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_OPPORTUNITIES, 0) == c);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_THREATS), ==, 1);
  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_quadrant (c), ==, STOLT_QUADRANT_THREATS);
  g_assert_cmpuint (n_rows (&fixture, STOLT_QUADRANT_OPPORTUNITIES), ==, 0);
  g_assert_true (shown_item (&fixture, STOLT_QUADRANT_THREATS, 0) == c);

  /* A read-only file starts no drag */
  stolt_swot_matrix_set_editable (stolt_swot_page_get_matrix (fixture.page), FALSE);
  {
    GtkEventController *source = stolt_test_find_controller (row_of (&fixture, a), GTK_TYPE_DRAG_SOURCE);
    g_autoptr(GdkContentProvider) content = NULL;

    g_signal_emit_by_name (source, "prepare", 10.0, 10.0, &content);
    g_assert_null (content);
  }
  stolt_swot_matrix_set_editable (stolt_swot_page_get_matrix (fixture.page), TRUE);

  fixture_close (&fixture);
}

/* Two participants with one dot each: two votes, then no more; counts
 * hidden until revealed; a new round sets them back; each undoes */
static void
test_voting (void)
{
  Fixture fixture;
  StoltSwotAnalysis *analysis;
  StoltSwotItem *item;
  GtkSpinButton *spin;
  GtkWidget *bar;

  fixture_open (&fixture, NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.add", NULL);
  stolt_test_iterate ();
  analysis = stolt_swot_page_get_analysis (fixture.page);
  type_into (stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_WEAKNESSES)),
             "Few apprenticeships");
  item = shown_item (&fixture, STOLT_QUADRANT_WEAKNESSES, 0);

  bar = stolt_test_find_child (GTK_WIDGET (fixture.page), GTK_TYPE_SPIN_BUTTON);
  spin = GTK_SPIN_BUTTON (bar);
  gtk_spin_button_set_value (spin, 2);
  /* The dots each: the spin button of the next group in the voting bar */
  spin = GTK_SPIN_BUTTON (gtk_widget_get_last_child (
    gtk_widget_get_next_sibling (gtk_widget_get_parent (bar))));
  gtk_spin_button_set_value (spin, 1);
  stolt_test_iterate ();
  g_assert_cmpint (stolt_swot_analysis_get_participants (analysis), ==, 2);
  g_assert_cmpint (stolt_swot_analysis_get_dots_per_person (analysis), ==, 1);
  g_assert_cmpint (stolt_swot_dots_left (analysis), ==, 2);

  row_action (&fixture, item, "item.vote-add");
  row_action (&fixture, item, "item.vote-add");
  row_action (&fixture, item, "item.vote-add");
  g_assert_cmpint (stolt_swot_item_get_votes (item), ==, 2);
  g_assert_cmpint (stolt_swot_dots_left (analysis), ==, 0);
  g_assert_true (has_label_cb (GTK_WIDGET (stolt_swot_page_get_matrix (fixture.page)), "0 dots left"));

  /* Hidden: the row shows no count, and says so */
  g_assert_false (stolt_swot_analysis_get_votes_revealed (analysis));
  g_assert_true (has_label_cb (row_of (&fixture, item), "?"));
  stolt_test_assert_accessible_label (row_of (&fixture, item), "Few apprenticeships, no weight, votes hidden");

  g_assert_true (gtk_widget_activate_action (row_of (&fixture, item), "item.weight", "i", 4));
  stolt_test_iterate ();
  g_assert_cmpint (stolt_swot_item_get_weight (item), ==, 4);

  gtk_toggle_button_set_active (find_toggle (GTK_WIDGET (fixture.page), "_Reveal Votes"), TRUE);
  stolt_test_iterate ();
  g_assert_true (stolt_swot_analysis_get_votes_revealed (analysis));
  stolt_test_assert_accessible_label (row_of (&fixture, item), "Few apprenticeships, weight 4, 2 votes");
  undo (&fixture);
  g_assert_false (stolt_swot_analysis_get_votes_revealed (analysis));

  row_action (&fixture, item, "item.vote-remove");
  g_assert_cmpint (stolt_swot_item_get_votes (item), ==, 1);
  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_votes (item), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.reset-votes", NULL));
  stolt_test_iterate ();
  g_assert_cmpint (stolt_swot_item_get_votes (item), ==, 0);
  undo (&fixture);
  g_assert_cmpint (stolt_swot_item_get_votes (item), ==, 2);

  fixture_close (&fixture);
}

/* A WO strategy from a weakness and an opportunity picked in the
 * pickers; Make Measure adds one linked measure in one step, the
 * strategy shows it and its status, and the Plan tab's form the strategy */
static void
test_strategy_measure (void)
{
  Fixture fixture;
  StoltSwotAnalysis *analysis;
  StoltSwotStrategies *strategies;
  g_autoptr(StoltSwotStrategy) strategy = NULL;
  StoltMeasure *measure;
  GListModel *measures;
  guint n_measures;
  const gint64 *ids;
  guint n;
  StoltPlanPage *plan;

  fixture_open (&fixture, NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.add", NULL);
  stolt_test_iterate ();
  analysis = stolt_swot_page_get_analysis (fixture.page);
  type_into (stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_WEAKNESSES)),
             "Few apprenticeships");
  type_into (stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_OPPORTUNITIES)),
             "New regional college");

  stolt_swot_page_show_view (fixture.page, "strategies");
  strategies = stolt_swot_page_get_strategies (fixture.page);
  gtk_drop_down_set_selected (stolt_swot_strategies_get_picker (strategies, STOLT_STRATEGY_WO, FALSE), 1);
  gtk_drop_down_set_selected (stolt_swot_strategies_get_picker (strategies, STOLT_STRATEGY_WO, TRUE), 1);
  type_into (stolt_swot_strategies_get_entry (strategies, STOLT_STRATEGY_WO),
             "Apprenticeships with the college");
  g_assert_cmpuint (g_list_model_get_n_items (stolt_record_get_children (STOLT_RECORD (analysis), 1)),
                    ==, 1);
  strategy = g_list_model_get_item (stolt_record_get_children (STOLT_RECORD (analysis), 1), 0);
  g_assert_cmpint (stolt_swot_strategy_get_kind (strategy), ==, STOLT_STRATEGY_WO);
  stolt_swot_strategy_get_items (strategy, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (has_label_cb (stolt_swot_strategies_get_list (strategies, STOLT_STRATEGY_WO),
                               "New regional college"));

  measures = stolt_project_get_list (fixture.project, STOLT_LIST_MEASURES);
  n_measures = g_list_model_get_n_items (measures);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (strategies), "tows.make-measure", "x",
                                             stolt_record_get_id (STOLT_RECORD (strategy))));
  stolt_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, n_measures + 1);
  measure = stolt_swot_strategy_find_measure (fixture.project, strategy);
  g_assert_nonnull (measure);
  g_assert_cmpstr (stolt_measure_get_title (measure), ==, "Apprenticeships with the college");
  ids = stolt_measure_get_strategies (measure, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ids[0], ==, stolt_record_get_id (STOLT_RECORD (strategy)));
  g_assert_true (has_label_cb (stolt_swot_strategies_get_list (strategies, STOLT_STRATEGY_WO),
                               "Measure: Apprenticeships with the college (Planned)"));

  /* The measure's status shows at the strategy */
  stolt_project_set_int (fixture.project, STOLT_RECORD (measure), "status", STOLT_STATUS_IN_PROGRESS, NULL);
  stolt_test_iterate ();
  g_assert_true (has_label_cb (stolt_swot_strategies_get_list (strategies, STOLT_STRATEGY_WO),
                               "(In progress)"));
  undo (&fixture);

  /* Show in Plan: the Plan tab selects the measure; its form names the
   * strategy (the measure renamed, so that its own title cannot match) */
  stolt_project_set_text (fixture.project, STOLT_RECORD (measure), "title", "Mentor scheme", NULL);
  stolt_test_iterate ();
  g_assert_true (has_label_cb (stolt_swot_strategies_get_list (strategies, STOLT_STRATEGY_WO),
                               "Measure: Mentor scheme"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (strategies), "tows.show-measure", "x",
                                             stolt_record_get_id (STOLT_RECORD (measure))));
  stolt_test_iterate ();
  plan = stolt_window_get_plan_page (fixture.window);
  g_assert_cmpstr (stolt_plan_page_get_section (plan), ==, "measures");
  g_assert_true (stolt_record_table_get_selected (stolt_plan_page_get_table (plan, "measures")) ==
                 STOLT_RECORD (measure));
  g_assert_true (has_label_cb (GTK_WIDGET (stolt_plan_page_get_editor (plan, "measures")),
                               "Apprenticeships with the college"));

  /* One step: undo (the rename, then) takes the measure and its link */
  undo (&fixture);
  undo (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, n_measures);
  g_assert_null (stolt_swot_strategy_find_measure (fixture.project, strategy));

  fixture_close (&fixture);
}

static void
text_read_cb (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* Presentation mode's matrix: no sort or item menus; Copy Matrix as Text
 * puts the quadrants on the clipboard */
static void
test_presenting_and_copy (void)
{
  Fixture fixture;
  StoltSwotMatrix *matrix;
  StoltSwotItem *item;
  GtkWidget *menu;
  g_autofree char *text = NULL;

  fixture_open (&fixture, NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.add", NULL);
  stolt_test_iterate ();
  type_into (stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_STRENGTHS)),
             "Skilled staff");
  item = shown_item (&fixture, STOLT_QUADRANT_STRENGTHS, 0);
  matrix = stolt_swot_page_get_matrix (fixture.page);
  menu = stolt_test_find_child (row_of (&fixture, item), GTK_TYPE_MENU_BUTTON);
  g_assert_true (gtk_widget_get_visible (menu));

  g_object_set (matrix, "presenting", TRUE, NULL);
  stolt_test_iterate ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (matrix), "presenting"));
  g_assert_false (gtk_widget_get_visible (menu));
  /* Quick entry and voting stay */
  g_assert_true (gtk_widget_get_visible (stolt_swot_quadrant_get_entry (quadrant (&fixture, STOLT_QUADRANT_STRENGTHS))));
  row_action (&fixture, item, "item.vote-add");
  g_assert_cmpint (stolt_swot_item_get_votes (item), ==, 1);
  g_object_set (matrix, "presenting", FALSE, NULL);
  stolt_test_iterate ();
  g_assert_true (gtk_widget_get_visible (menu));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.copy-text", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture.page)), NULL,
                                 text_read_cb, &text);
  stolt_test_wait_for (is_set, &text);
  g_assert_nonnull (strstr (text, "Strengths\n- Skilled staff\n"));

  fixture_close (&fixture);
}

/* Rename, scope, duplicate (items and strategies copied, links to the
 * copies), delete with undo */
static void
test_analyses (void)
{
  Fixture fixture;
  StoltSwotAnalysis *original, *copy;
  GListModel *analyses;
  GtkWidget *title;
  guint n_items;

  fixture_open (&fixture, "ks-nettverk");
  analyses = stolt_project_get_list (fixture.project, STOLT_LIST_SWOT_ANALYSES);
  g_assert_cmpuint (g_list_model_get_n_items (analyses), ==, 1);
  original = stolt_swot_page_get_analysis (fixture.page);
  n_items = g_list_model_get_n_items (stolt_record_get_children (STOLT_RECORD (original), 0));

  title = stolt_test_find_child (GTK_WIDGET (fixture.page), GTK_TYPE_ENTRY);
  type_into (title, "Jobs in the region");
  g_assert_cmpstr (stolt_swot_analysis_get_title (original), ==, "Jobs in the region");
  stolt_project_set_text (fixture.project, STOLT_RECORD (original), "scope", "Jobb i Västmanland", NULL);
  stolt_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_next_sibling (title))), ==,
                   "Jobb i Västmanland");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.duplicate", NULL));
  stolt_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (analyses), ==, 2);
  copy = stolt_swot_page_get_analysis (fixture.page);
  g_assert_true (copy != original);
  g_assert_cmpstr (stolt_swot_analysis_get_title (copy), ==, "Jobs in the region (copy)");
  g_assert_cmpstr (stolt_swot_analysis_get_scope (copy), ==, "Jobb i Västmanland");
  g_assert_cmpuint (g_list_model_get_n_items (stolt_record_get_children (STOLT_RECORD (copy), 0)), ==,
                    n_items);
  undo (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (analyses), ==, 1);
  g_assert_true (stolt_swot_page_get_analysis (fixture.page) == original);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "swot.delete", NULL));
  stolt_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (analyses), ==, 0);
  g_assert_null (stolt_swot_page_get_analysis (fixture.page));
  undo (&fixture);
  g_assert_cmpuint (g_list_model_get_n_items (analyses), ==, 1);
  g_assert_true (stolt_swot_page_get_analysis (fixture.page) == original);

  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/swot/quick-entry", test_quick_entry);
  g_test_add_func ("/swot/edit-reorder-move", test_edit_reorder_move);
  g_test_add_func ("/swot/cluster", test_cluster);
  g_test_add_func ("/swot/drag-and-drop", test_drag_and_drop);
  g_test_add_func ("/swot/voting", test_voting);
  g_test_add_func ("/swot/strategy-measure", test_strategy_measure);
  g_test_add_func ("/swot/analyses", test_analyses);
  g_test_add_func ("/swot/presenting-and-copy", test_presenting_and_copy);

  return stolt_test_display_run ();
}
