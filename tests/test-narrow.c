/* test-narrow.c — the window down to 360 px (issue 14, display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures the window's minimum width with each tab showing a realistic
 * project, and checks the leaflets fold and unfold and lead back.  With
 * STOLT_TEST_NARROW_REPORT=1 it prints the widgets wider than 360 px, the
 * widest first down the tree, to find what holds a page wide.
 */

#include "config.h"

#include <adwaita.h>

#include "stolt-chain-box.h"
#include "stolt-display-util.h"
#include "stolt-plan-page.h"
#include "stolt-project.h"
#include "stolt-split.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-page.h"
#include "stolt-swot-quadrant.h"
#include "stolt-timeline-tab.h"
#include "stolt-test-util.h"
#include "stolt-values-page-private.h"
#include "stolt-window.h"
#include "stolt-wrap-box.h"

#define NARROW 360

static const char *const tabs[] = { "plan", "timeline", "swot", "values" };

static GType
tab_type (guint i)
{
  const GType types[] = {
    STOLT_TYPE_PLAN_PAGE, STOLT_TYPE_TIMELINE_TAB, STOLT_TYPE_SWOT_PAGE, STOLT_TYPE_VALUES_PAGE,
  };

  return types[i];
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static void
dump (GtkWidget *widget,
      int        depth)
{
  if (!gtk_widget_get_visible (widget))
    return;
  g_printerr ("# %*s%s %d\n", depth, "", G_OBJECT_TYPE_NAME (widget), min_width (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (min_width (child) > 24)
      dump (child, depth + 1);
}

static void
report (GtkWidget *widget,
        int        depth)
{
  if (!gtk_widget_get_visible (widget) || min_width (widget) <= (depth > 6 ? 120 : NARROW) || depth > 40)
    return;
  if (ADW_IS_HEADER_BAR (widget))
    {
      dump (widget, depth);
      return;
    }
  g_printerr ("# %*s%s %d\n", depth, "", G_OBJECT_TYPE_NAME (widget), min_width (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    report (child, depth + 1);
}

/* The button for @action that is on screen, if any */
static GtkWidget *
find_mapped_action (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_ACTIONABLE (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *const timeline_actions[] = {
  "timeline.zoom-out", "timeline.zoom-in", "timeline.fit", "timeline.today", "timeline.print",
};

/* Wide, Fit Project says so in words; narrow, it is an icon */
static gboolean
fit_is_icon (gpointer window)
{
  GtkWidget *timeline = stolt_test_find_child (GTK_WIDGET (window), STOLT_TYPE_TIMELINE_TAB);
  GtkWidget *fit = find_mapped_action (timeline, "timeline.fit");

  return fit != NULL && gtk_button_get_label (GTK_BUTTON (fit)) == NULL;
}

static gboolean
fit_is_labelled (gpointer window)
{
  GtkWidget *timeline = stolt_test_find_child (GTK_WIDGET (window), STOLT_TYPE_TIMELINE_TAB);
  GtkWidget *fit = find_mapped_action (timeline, "timeline.fit");

  return fit != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (fit)), "_Fit Project") == 0;
}

/* Every action of the timeline's toolbar has a button on screen */
static void
assert_timeline_toolbar (StoltWindow *window,
                         gboolean     wide)
{
  GtkWidget *timeline = stolt_test_find_child (GTK_WIDGET (window), STOLT_TYPE_TIMELINE_TAB);

  stolt_test_wait_for (wide ? fit_is_labelled : fit_is_icon, window);
  for (guint i = 0; i < G_N_ELEMENTS (timeline_actions); i++)
    g_assert_nonnull (find_mapped_action (timeline, timeline_actions[i]));
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} SizeWait;

static gboolean
has_width (gpointer data)
{
  SizeWait *wait = data;

  /* Without a window manager GTK keeps a few pixels of the default size
   * for the frame it would draw */
  return ABS (gtk_widget_get_width (wait->widget) - wait->width) <= 10;
}

static void
resize (StoltWindow *window,
        int          width,
        int          height)
{
  SizeWait wait = { GTK_WIDGET (window), width };

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  for (guint i = 0; i < 300 && !has_width (&wait); i++)
    {
      stolt_test_iterate ();
      g_usleep (10000);
    }
  if (!has_width (&wait))
    g_printerr ("# the window is %d px wide, not %d: it needs %d\n",
                gtk_widget_get_width (GTK_WIDGET (window)), width, min_width (GTK_WIDGET (window)));
  g_assert_true (has_width (&wait));
  for (guint i = 0; i < 5; i++)
    stolt_test_iterate ();
}

static StoltWindow *
open_sample (StoltProject **project_out)
{
  StoltProject *project = stolt_test_sample_project ();
  g_autoptr(StoltDocument) document = stolt_document_new_from_project (project);
  StoltWindow *window = stolt_test_open_window (document);

  *project_out = project;
  return window;
}

static GtkWidget *
tab (StoltWindow *window,
     GType        type)
{
  return stolt_test_find_child (GTK_WIDGET (window), type);
}

/* Fills every part that widens a page: each Plan section built with its
 * first row chosen, the goal's chain, a values document and its parts */
static void
fill_tabs (StoltWindow *window)
{
  StoltPlanPage *plan = STOLT_PLAN_PAGE (tab (window, STOLT_TYPE_PLAN_PAGE));
  StoltValuesPage *values = STOLT_VALUES_PAGE (tab (window, STOLT_TYPE_VALUES_PAGE));
  static const char *const parts[] = { "values", "sections" };
  static const char *const sections[] = {
    "organisation", "phases", "milestones", "activities", "measures", "goals",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      StoltRecordTable *table = stolt_plan_page_get_table (plan, sections[i]);
      StoltRecord *first = stolt_record_table_get_shown (table, 0);

      g_assert_nonnull (first);
      stolt_plan_page_show_section (plan, sections[i]);
      stolt_record_table_select (table, first);
      stolt_test_iterate ();
    }

  /* The sample's values document, a value and a section (with the
   * formatting toolbar) chosen */
  g_assert_nonnull (stolt_values_page_get_document (values));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      StoltRecordTable *table = stolt_values_page_get_table (values, parts[i]);
      StoltRecord *first = stolt_record_table_get_shown (table, 0);

      g_assert_nonnull (first);
      stolt_values_page_show_part (values, parts[i]);
      stolt_record_table_select (table, first);
      stolt_test_iterate ();
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (stolt_values_page_get_rich_editor (values))));
}

/* The header bar and every tab fit 360 px with a realistic project */
static void
test_minimum_width (void)
{
  StoltProject *project = NULL;
  StoltWindow *window = open_sample (&project);
  GtkWidget *header = stolt_test_find_child (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *plan = tab (window, STOLT_TYPE_PLAN_PAGE);

  fill_tabs (window);
  if (g_getenv ("STOLT_TEST_NARROW_REPORT") != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
      {
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", tabs[i]);
        stolt_test_iterate ();
        g_printerr ("# %s: the window needs %d px, the tab %d px\n", tabs[i],
                    min_width (GTK_WIDGET (window)), min_width (tab (window, tab_type (i))));
        report (GTK_WIDGET (window), 0);
      }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan");
  /* Wide, the header bar centres the switcher and shows Present */
  resize (window, 1280, 800);
  g_assert_cmpint (adw_header_bar_get_centering_policy (ADW_HEADER_BAR (header)), ==,
                   ADW_CENTERING_POLICY_STRICT);
  g_assert_true (gtk_widget_is_visible (stolt_test_find_action (header, "win.present")));
  g_assert_cmpint (min_width (plan), <=, NARROW);
  g_assert_cmpint (min_width (tab (window, STOLT_TYPE_TIMELINE_TAB)), <=, NARROW);
  g_assert_cmpint (min_width (tab (window, STOLT_TYPE_VALUES_PAGE)), <=, NARROW);
  g_assert_cmpint (min_width (tab (window, STOLT_TYPE_SWOT_PAGE)), <=, NARROW);
  g_assert_cmpint (min_width (header), <, 700);

  /* Narrow, with every tab in it, it gives up the centre and Present
   * (which the menu has) */
  resize (window, 650, 640);
  resize (window, NARROW, 640);
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, NARROW);
  g_assert_cmpint (adw_header_bar_get_centering_policy (ADW_HEADER_BAR (header)), ==,
                   ADW_CENTERING_POLICY_LOOSE);
  g_assert_false (gtk_widget_is_visible (stolt_test_find_action (header, "win.present")));
  g_assert_cmpint (min_width (header), <=, NARROW);
  g_assert_true (stolt_test_menu_has_action (gtk_menu_button_get_menu_model (
                   stolt_test_find_primary_menu (GTK_WIDGET (window))), "win.present"));
  /* The timeline's toolbar keeps every action, as icons */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline");
  stolt_test_iterate ();
  assert_timeline_toolbar (window, FALSE);
  resize (window, 1280, 800);
  assert_timeline_toolbar (window, TRUE);

  stolt_document_close_discarding (stolt_window_get_document (window));
  stolt_test_close_window (window);
  g_object_unref (project);
}

/* One tab alone in a window, to be narrowed without the other tabs */
static GtkWindow *
page_window (GtkWidget *page)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_child (window, page);
  gtk_window_set_default_size (window, NARROW, 640);
  gtk_window_present (window);
  return window;
}

static GtkWindow *
plan_window (StoltProject   *project,
             StoltPlanPage **page_out)
{
  GtkWidget *page = g_object_new (STOLT_TYPE_PLAN_PAGE, NULL);

  stolt_plan_page_set_project (STOLT_PLAN_PAGE (page), project);
  *page_out = STOLT_PLAN_PAGE (page);
  return page_window (page);
}

/* The split around the whole page */
static StoltSplit *
outer_split (gpointer page)
{
  return STOLT_SPLIT (stolt_test_find_child (GTK_WIDGET (page), STOLT_TYPE_SPLIT));
}

/* The split around a table and its form */
static StoltSplit *
table_split (StoltRecordTable *table)
{
  return STOLT_SPLIT (gtk_widget_get_ancestor (GTK_WIDGET (table), STOLT_TYPE_SPLIT));
}

static StoltSplit *
section_split (StoltPlanPage *page,
               const char    *name)
{
  return table_split (stolt_plan_page_get_table (page, name));
}

static gboolean
is_folded (gpointer split)
{
  return stolt_split_get_folded (split);
}

static gboolean
is_unfolded (gpointer split)
{
  return !stolt_split_get_folded (split);
}

static void
test_plan_folds (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltPlanPage *page = NULL;
  GtkWindow *window = plan_window (project, &page);
  StoltSplit *outer = outer_split (page);
  StoltSplit *goals;
  StoltRecordTable *table;
  GtkWidget *back;

  g_assert_nonnull (outer);
  stolt_test_wait_for (is_folded, outer);
  /* Folded, the parts of the plan come first */
  g_assert_false (stolt_split_get_end_shown (outer));
  back = stolt_split_get_back_button (outer);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, "Back to the Parts of the Plan");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (back)));

  /* Choosing a part brings it in, with a back button */
  stolt_plan_page_show_section (page, "goals");
  stolt_test_iterate ();
  g_assert_true (stolt_split_get_end_shown (outer));
  goals = section_split (page, "goals");
  stolt_test_wait_for (is_folded, goals);
  g_assert_false (stolt_split_get_end_shown (goals));

  /* A row opened shows its form; back leads to the list, then the parts */
  table = stolt_plan_page_get_table (page, "goals");
  g_signal_emit_by_name (table, "row-activated", stolt_record_table_get_shown (table, 0));
  stolt_test_iterate ();
  g_assert_true (stolt_split_get_end_shown (goals));
  g_assert_true (stolt_split_go_back (goals));
  g_assert_false (stolt_split_get_end_shown (goals));
  g_assert_false (stolt_split_go_back (goals));
  g_signal_emit_by_name (stolt_split_get_back_button (outer), "clicked");
  g_assert_false (stolt_split_get_end_shown (outer));

  /* The window's width does not grow past 360 px on the way */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW);

  /* Wide, everything shows side by side and back goes nowhere */
  gtk_window_set_default_size (window, 1280, 800);
  stolt_test_wait_for (is_unfolded, outer);
  stolt_test_wait_for (is_unfolded, goals);
  g_assert_true (stolt_split_get_end_shown (outer));
  g_assert_true (stolt_split_get_end_shown (goals));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (back)));
  g_assert_false (stolt_split_go_back (outer));

  gtk_window_destroy (window);
  stolt_test_iterate ();
}

static gboolean
is_laid_out (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* Whether each child of @parent lies inside its window */
static gboolean
children_on_screen (gpointer parent)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (parent));

  for (GtkWidget *child = gtk_widget_get_first_child (parent); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (child, window, &bounds) || bounds.origin.x < 0 ||
          bounds.origin.x + bounds.size.width > gtk_widget_get_width (window))
        return FALSE;
    }
  return TRUE;
}

static void
test_values_folds (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltValuesPage *page = g_object_new (STOLT_TYPE_VALUES_PAGE, NULL);
  GtkWindow *window;
  StoltSplit *outer, *values;
  StoltRecordTable *table;
  StoltRecord *section;
  GtkWidget *back, *toolbar;

  stolt_values_page_set_project (page, project);
  window = page_window (GTK_WIDGET (page));
  outer = outer_split (page);
  g_assert_nonnull (outer);
  stolt_test_wait_for (is_folded, outer);
  /* Folded, the documents come first, though the first is chosen */
  g_assert_nonnull (stolt_values_page_get_document (page));
  g_assert_false (stolt_split_get_end_shown (outer));
  back = stolt_split_get_back_button (outer);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, "Back to the Values Documents");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (back)));

  /* Opening a document brings it in, its parts with it */
  table = stolt_values_page_get_table (page, "documents");
  g_signal_emit_by_name (table, "row-activated", stolt_record_table_get_shown (table, 0));
  stolt_test_iterate ();
  g_assert_true (stolt_split_get_end_shown (outer));

  /* Its values fold too: the list, then a value's form, and back */
  stolt_values_page_show_part (page, "values");
  table = stolt_values_page_get_table (page, "values");
  values = table_split (table);
  g_assert_true (values != outer);
  stolt_test_wait_for (is_folded, values);
  g_assert_false (stolt_split_get_end_shown (values));
  g_signal_emit_by_name (table, "row-activated", stolt_record_table_get_shown (table, 0));
  stolt_test_iterate ();
  g_assert_true (stolt_split_get_end_shown (values));
  g_assert_true (stolt_split_go_back (values));
  g_assert_false (stolt_split_get_end_shown (values));
  g_assert_false (stolt_split_go_back (values));
  g_signal_emit_by_name (back, "clicked");
  g_assert_false (stolt_split_get_end_shown (outer));

  /* A section shown from elsewhere (the outline, find) comes in with its
   * form, the formatting toolbar in reach */
  table = stolt_values_page_get_table (page, "sections");
  section = stolt_record_table_get_shown (table, 0);
  g_assert_nonnull (section);
  g_assert_true (stolt_values_page_reveal (page, section, "body")
                 == GTK_WIDGET (stolt_rich_editor_get_view (stolt_values_page_get_rich_editor (page))));
  stolt_test_iterate ();
  g_assert_true (stolt_split_get_end_shown (outer));
  g_assert_true (stolt_split_get_end_shown (table_split (table)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (stolt_values_page_get_rich_editor (page))));
  toolbar = stolt_test_find_child (GTK_WIDGET (stolt_values_page_get_rich_editor (page)), STOLT_TYPE_WRAP_BOX);
  g_assert_nonnull (toolbar);
  /* Every formatting button on screen (once the form has slid in),
   * wrapped onto a second line */
  stolt_test_wait_for (children_on_screen, toolbar);
  for (GtkWidget *button = gtk_widget_get_first_child (toolbar); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpuint (stolt_wrap_box_get_n_lines (STOLT_WRAP_BOX (toolbar)), ==, 2);

  /* The window's width does not grow past 360 px on the way */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW);

  /* Wide, everything shows side by side and back goes nowhere */
  gtk_window_set_default_size (window, 1280, 800);
  stolt_values_page_show_part (page, "values");
  stolt_test_wait_for (is_unfolded, outer);
  stolt_test_wait_for (is_unfolded, values);
  g_assert_true (stolt_split_get_end_shown (outer));
  g_assert_true (stolt_split_get_end_shown (values));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (back)));
  g_assert_false (stolt_split_go_back (outer));
  /* The two lists keep to their least width, whatever the titles in
   * them, so that the section being written keeps the rest (at their
   * natural width they took 408 px each) */
  g_assert_true (stolt_project_set_text (project, STOLT_RECORD (stolt_values_page_get_document (page)),
                                         "title",
                                         "Arbetsgivarpolitiskt program med värdegrund för "
                                         "Västerås stads förvaltningar 2026–2029", NULL));
  g_assert_true (stolt_project_set_text (project, stolt_record_table_get_shown (
                                           stolt_values_page_get_table (page, "sections"), 0),
                                         "heading",
                                         "Varför en arbetsgivarpolitik för alla våra "
                                         "förvaltningar och bolag?", NULL));
  stolt_values_page_show_part (page, "sections");
  stolt_test_wait_for (is_unfolded, table_split (stolt_values_page_get_table (page, "sections")));
  stolt_test_wait_for (is_laid_out, GTK_WIDGET (stolt_values_page_get_rich_editor (page)));
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *list = GTK_WIDGET (stolt_values_page_get_table (page, i == 0 ? "documents" : "sections"));
      int least = 0;

      gtk_widget_measure (list, GTK_ORIENTATION_HORIZONTAL, -1, &least, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (list), <=, MAX (least, 340));
    }

  gtk_window_destroy (window);
  stolt_test_iterate ();
}

static gboolean
is_vertical (gpointer chain)
{
  return gtk_widget_get_width (chain) < 400 && stolt_chain_box_get_vertical (chain);
}

static gboolean
is_row (gpointer chain)
{
  return gtk_widget_get_width (chain) > 1000 && !stolt_chain_box_get_vertical (chain);
}

static graphene_rect_t
bounds_in (GtkWidget *child,
           GtkWidget *chain)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (child, chain, &bounds));
  return bounds;
}

/* The goal's result chain: a row with room for 200 px a box, a column
 * of full-width boxes otherwise, never wider than its window */
static void
test_result_chain (void)
{
  static const char *const names[] = { "Input", "Activities", "Outputs", "Effects", "Vision" };
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltPlanPage *page = NULL;
  GtkWindow *window = plan_window (project, &page);
  StoltRecordTable *goals;
  GtkWidget *chain, *boxes[G_N_ELEMENTS (names)];

  /* In the Plan tab at 360 px the goal's chain stands in a column */
  stolt_plan_page_show_section (page, "goals");
  goals = stolt_plan_page_get_table (page, "goals");
  chain = stolt_test_find_child (GTK_WIDGET (page), STOLT_TYPE_CHAIN_BOX);
  g_assert_nonnull (chain);
  /* No goal chosen, no chain: not a heading over four lone arrows */
  g_assert_false (gtk_widget_get_visible (chain));
  g_signal_emit_by_name (goals, "row-activated", stolt_record_table_get_shown (goals, 0));
  g_assert_true (gtk_widget_get_visible (chain));
  stolt_test_wait_for (is_vertical, chain);
  gtk_window_destroy (window);
  stolt_test_iterate ();

  /* Alone, five boxes in a window wide and narrow */
  chain = stolt_chain_box_new (200);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      boxes[i] = gtk_label_new (names[i]);
      stolt_chain_box_append (STOLT_CHAIN_BOX (chain), boxes[i]);
    }
  window = page_window (chain);
  g_assert_cmpint (min_width (chain), <, NARROW);
  gtk_window_set_default_size (window, 1200, 400);
  stolt_test_wait_for (is_row, chain);
  for (guint i = 1; i < G_N_ELEMENTS (names); i++)
    {
      graphene_rect_t before = bounds_in (boxes[i - 1], chain), box = bounds_in (boxes[i], chain);

      /* Side by side, an arrow between */
      g_assert_cmpfloat (box.size.width, >=, 200);
      g_assert_cmpfloat (box.origin.y, ==, before.origin.y);
      g_assert_cmpfloat (box.origin.x, >, before.origin.x + before.size.width + 16);
    }

  gtk_window_set_default_size (window, NARROW, 640);
  stolt_test_wait_for (is_vertical, chain);
  for (guint i = 1; i < G_N_ELEMENTS (names); i++)
    {
      graphene_rect_t before = bounds_in (boxes[i - 1], chain), box = bounds_in (boxes[i], chain);

      /* One under the other at the full width, an arrow between */
      g_assert_cmpfloat (box.size.width, ==, gtk_widget_get_width (chain));
      g_assert_cmpfloat (box.origin.x, ==, 0);
      g_assert_cmpfloat (box.origin.y, >, before.origin.y + before.size.height + 16);
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW);

  gtk_window_destroy (window);
  stolt_test_iterate ();
}

/* The SWOT tab alone in a window, with an analysis of a real workshop's size */
static gboolean
is_one_column (gpointer matrix)
{
  return !stolt_swot_matrix_get_two_columns (matrix);
}

static gboolean
is_two_columns (gpointer matrix)
{
  return stolt_swot_matrix_get_two_columns (matrix);
}

/* Whether @widget lies inside @window's width */
static gboolean
within_width (GtkWidget *widget,
              GtkWidget *window)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;
  return bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (window);
}

static gboolean
is_unfocused (gpointer widget)
{
  return !gtk_widget_has_focus (widget) && gtk_widget_get_focus_child (widget) == NULL;
}

/* How far down the page the matrix starts, as a share of the page */
static double
matrix_top (GtkWidget *page)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (stolt_swot_page_get_matrix (STOLT_SWOT_PAGE (page))),
                                            page, &bounds));
  return bounds.origin.y / gtk_widget_get_height (page);
}

/* Narrow, the tools above the matrix take at most its top third (they
 * took two thirds, nine lines, before they folded) */
static gboolean
tools_folded (gpointer page)
{
  return is_laid_out (page) && matrix_top (page) < 1.0 / 3;
}

/* Wide, the title entry stands in the first toolbar again, the voting
 * controls on one line of the second */
static gboolean
tools_unfolded (gpointer page)
{
  GtkWidget *title = stolt_test_find_child (page, GTK_TYPE_ENTRY);
  GtkWidget *spin = stolt_test_find_child (page, GTK_TYPE_SPIN_BUTTON);
  GtkWidget *voting_bar = gtk_widget_get_parent (gtk_widget_get_parent (spin));

  return gtk_widget_get_mapped (title) && STOLT_IS_WRAP_BOX (gtk_widget_get_parent (title)) &&
         gtk_widget_get_mapped (spin) && STOLT_IS_WRAP_BOX (voting_bar) &&
         stolt_wrap_box_get_n_lines (STOLT_WRAP_BOX (voting_bar)) == 1;
}

/* The menu button on @root whose label or tooltip is @text */
static GtkMenuButton *
find_menu_button (GtkWidget  *root,
                  const char *text)
{
  if (GTK_IS_MENU_BUTTON (root) &&
      (g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (root)), text) == 0 ||
       g_strcmp0 (gtk_widget_get_tooltip_text (root), text) == 0))
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @button's popover open, with @child on screen in it */
static void
open_popover (GtkMenuButton *button,
              GtkWidget     *child)
{
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
  gtk_menu_button_popup (button);
  stolt_test_wait_for (is_laid_out, child);
  g_assert_true (gtk_widget_is_ancestor (child, GTK_WIDGET (gtk_menu_button_get_popover (button))));
}

static void
test_swot_narrow (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltSwotAnalysis *analysis = stolt_swot_add_analysis (project, "Jobb i Västmanland", 0);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = g_object_new (STOLT_TYPE_SWOT_PAGE, NULL);
  StoltSwotMatrix *matrix;
  GtkWidget *entry, *bar, *spin, *title;
  GtkMenuButton *voting, *details;
  g_autoptr(GPtrArray) threats = NULL;
  int least_height = 0;

  for (int q = 0; q < 4; q++)
    for (int i = 0; i < 12; i++)
      {
        g_autofree char *text = g_strdup_printf ("Innspill %d fra gruppe %d om kompetanse og "
                                                 "rekruttering i kommunen", i, q);

        stolt_swot_add_item (project, analysis, q, text, NULL);
      }
  stolt_project_set_text (project, STOLT_RECORD (analysis), "scope",
                          "Kompetensförsörjning i länets kommuner", NULL);
  stolt_project_set_int (project, STOLT_RECORD (analysis), "participants", 40, NULL);
  stolt_project_set_int (project, STOLT_RECORD (analysis), "dots-per-person", 5, NULL);
  stolt_swot_page_set_project (STOLT_SWOT_PAGE (page), project);
  stolt_swot_page_show_analysis (STOLT_SWOT_PAGE (page), analysis);
  gtk_window_set_child (window, page);
  gtk_window_set_default_size (window, NARROW, 640);
  gtk_window_present (window);
  matrix = stolt_swot_page_get_matrix (STOLT_SWOT_PAGE (page));

  if (g_getenv ("STOLT_TEST_NARROW_REPORT") != NULL)
    report (page, 0);
  /* Narrow, the page fits 360 px: the quadrants stand in one column and
   * the toolbars take more lines */
  g_assert_cmpint (min_width (page), <=, NARROW);
  stolt_test_wait_for (is_one_column, matrix);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW);
  bar = stolt_test_find_child (page, STOLT_TYPE_WRAP_BOX);
  /* The tools fold into three lines: the analysis, its details and
   * menu; the views; Voting */
  stolt_test_wait_for (tools_folded, page);
  g_assert_cmpint (min_width (page), <=, NARROW);
  g_assert_cmpuint (stolt_wrap_box_get_n_lines (STOLT_WRAP_BOX (bar)), >, 1);
  g_assert_cmpuint (stolt_wrap_box_get_n_lines (STOLT_WRAP_BOX (bar)), <=, 3);
  g_printerr ("# narrow, the matrix starts %.0f %% down the page\n", 100 * matrix_top (page));

  /* Everything is there: the last quadrant's entry, the menus, voting */
  entry = stolt_swot_quadrant_get_entry (STOLT_SWOT_QUADRANT (
    stolt_swot_matrix_get_quadrant (matrix, STOLT_QUADRANT_THREATS)));
  g_assert_true (gtk_widget_get_mapped (entry));
  g_assert_true (within_width (entry, GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_mapped (stolt_test_find_action (bar, "swot.add")));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (stolt_test_find_child (page, GTK_TYPE_STACK_SWITCHER))));

  /* Voting, in its popover: the same spin buttons, ranges and undo */
  voting = find_menu_button (page, "_Voting");
  g_assert_nonnull (voting);
  stolt_test_assert_accessible_label (GTK_WIDGET (voting), "Voting");
  g_assert_true (within_width (GTK_WIDGET (voting), GTK_WIDGET (window)));
  spin = stolt_test_find_child (page, GTK_TYPE_SPIN_BUTTON);
  g_assert_false (gtk_widget_get_mapped (spin));
  open_popover (voting, spin);
  g_assert_true (gtk_widget_get_mapped (stolt_test_find_action (page, "swot.reset-votes")));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin))), ==, 1000);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 40);
  g_assert_true (gtk_widget_grab_focus (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 12);
  stolt_test_iterate ();
  g_assert_cmpint (stolt_swot_analysis_get_participants (analysis), ==, 12);
  g_assert_true (stolt_undo_stack_undo (stolt_project_get_undo_stack (project)));
  stolt_test_iterate ();
  g_assert_cmpint (stolt_swot_analysis_get_participants (analysis), ==, 40);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 40);
  gtk_menu_button_popdown (voting);
  stolt_test_iterate ();

  /* The title, scope and date, in theirs */
  details = find_menu_button (page, "Title, Scope and Date");
  g_assert_nonnull (details);
  stolt_test_assert_accessible_label (GTK_WIDGET (details), "Title, Scope and Date");
  title = stolt_test_find_child (page, GTK_TYPE_ENTRY);
  g_assert_false (gtk_widget_get_mapped (title));
  open_popover (details, title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Jobb i Västmanland");
  g_assert_true (gtk_widget_grab_focus (title));
  gtk_editable_set_text (GTK_EDITABLE (title), "Jobb i länet");
  g_signal_emit_by_name (title, "activate");
  stolt_test_iterate ();
  g_assert_cmpstr (stolt_swot_analysis_get_title (analysis), ==, "Jobb i länet");
  gtk_menu_button_popdown (details);
  stolt_test_iterate ();
  /* Closed, the popover gives the focus back (the entry commits, as
   * it does when left) */
  stolt_test_wait_for (is_unfocused, title);
  g_assert_true (stolt_undo_stack_undo (stolt_project_get_undo_stack (project)));
  stolt_test_iterate ();
  g_assert_cmpstr (stolt_swot_analysis_get_title (analysis), ==, "Jobb i Västmanland");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Jobb i Västmanland");

  /* A read-only file: the folded controls refuse edits too */
  stolt_swot_page_set_editable (STOLT_SWOT_PAGE (page), FALSE);
  g_assert_false (gtk_widget_is_sensitive (title));
  g_assert_false (gtk_widget_is_sensitive (spin));
  stolt_swot_page_set_editable (STOLT_SWOT_PAGE (page), TRUE);

  /* A new analysis opens its details, the title ready to be typed over */
  g_assert_true (gtk_widget_activate_action (page, "swot.add", NULL));
  stolt_test_wait_for (is_laid_out, title);
  g_assert_true (stolt_swot_page_get_analysis (STOLT_SWOT_PAGE (page)) != analysis);
  g_assert_true (gtk_widget_has_focus (title) || gtk_widget_get_focus_child (title) != NULL);
  gtk_menu_button_popdown (details);
  stolt_test_wait_for (is_unfocused, title);
  g_assert_true (stolt_undo_stack_undo (stolt_project_get_undo_stack (project)));
  stolt_test_iterate ();
  g_assert_true (stolt_swot_page_get_analysis (STOLT_SWOT_PAGE (page)) == analysis);
  g_assert_true (gtk_widget_grab_focus (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Fewer young people in the county");
  g_signal_emit_by_name (entry, "activate");
  stolt_test_iterate ();
  threats = stolt_swot_quadrant_items (analysis, STOLT_QUADRANT_THREATS);
  g_assert_cmpuint (threats->len, ==, 13);
  g_assert_cmpstr (stolt_swot_item_get_text (threats->pdata[12]), ==, "Fewer young people in the county");
  g_assert_true (gtk_widget_is_focus (entry) || gtk_widget_get_focus_child (entry) != NULL);

  /* Wide again, two columns under the two toolbars as they were: the
   * fields in the first, the voting controls in the second */
  gtk_window_set_default_size (window, 1280, 800);
  stolt_test_wait_for (is_two_columns, matrix);
  stolt_test_wait_for (tools_unfolded, page);
  stolt_test_iterate ();
  g_assert_cmpuint (stolt_wrap_box_get_n_lines (STOLT_WRAP_BOX (bar)), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (voting)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (details)));
  g_assert_true (gtk_widget_get_parent (title) == bar);
  g_assert_true (gtk_widget_get_mapped (spin));
  g_assert_true (STOLT_IS_WRAP_BOX (gtk_widget_get_parent (gtk_widget_get_parent (spin))));
  g_assert_true (gtk_widget_get_parent (gtk_widget_get_parent (gtk_widget_get_parent (spin)))
                 == gtk_widget_get_parent (bar));
  g_assert_cmpint (gtk_widget_get_halign (gtk_widget_get_parent (gtk_widget_get_parent (spin))), ==, GTK_ALIGN_END);
  g_assert_true (gtk_widget_get_mapped (stolt_test_find_action (page, "swot.reset-votes")));

  /* The window's least height is the page's at its least width: in one
   * column the matrix scrolls, so a 1280×720 or 360×640 window can be */
  gtk_widget_measure (page, GTK_ORIENTATION_VERTICAL, -1, &least_height, NULL, NULL, NULL);
  g_printerr ("# the SWOT page needs %d px in height\n", least_height);
  g_assert_cmpint (least_height, <=, 560);

  gtk_window_destroy (window);
  stolt_test_iterate ();
}

int
main (int    argc,
      char **argv)
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/narrow/minimum-width", test_minimum_width);
  g_test_add_func ("/narrow/plan-folds", test_plan_folds);
  g_test_add_func ("/narrow/values-folds", test_values_folds);
  g_test_add_func ("/narrow/result-chain", test_result_chain);
  g_test_add_func ("/narrow/swot", test_swot_narrow);

  return stolt_test_display_run ();
}
