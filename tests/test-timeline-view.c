/* test-timeline-view.c — the Timeline tab's chart under Xvfb (display suite)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drags a bar, an end and a diamond through the widget's own drag path
 * and checks the model, the undo step and the shared selection.
 */

#include "config.h"

#include <math.h>

#include "stolt-date.h"
#include "stolt-display-util.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"
#include "stolt-timeline-view-private.h"

typedef struct
{
  StoltDocument     *document;
  StoltProject      *project;
  StoltWindow       *window;
  StoltTimelineView *view;
} Fixture;

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
fixture_open (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", &error);

  g_assert_no_error (error);
  fixture->document = stolt_document_new_from_project (project);
  fixture->project = stolt_document_get_project (fixture->document);
  fixture->window = stolt_test_open_window (fixture->document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s",
                                             "timeline"));
  fixture->view = stolt_timeline_tab_get_view (stolt_window_get_timeline_tab (fixture->window));
  /* let it draw once: the first frame fits the project.  On a loaded
   * machine twenty turns of the loop can pass before the first frame */
  stolt_test_wait_for (has_size, fixture->view);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));
  for (int i = 0; i < 20; i++)
    stolt_test_iterate ();
}

static void
fixture_close (Fixture *fixture)
{
  stolt_document_close_discarding (fixture->document);
  stolt_test_close_window (fixture->window);
  g_clear_object (&fixture->document);
}



static void
undo (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  stolt_test_iterate ();
}

/* A drag of a bar by three days moves both dates, as one undo step */
static void
test_drag_bar (void)
{
  Fixture fixture;
  StoltRecord *activity;
  StoltUndoStack *stack;
  cairo_rectangle_t rect;
  guint32 start, end;
  double ppd;

  fixture_open (&fixture);
  stack = stolt_project_get_undo_stack (fixture.project);
  activity = stolt_test_nth (fixture.project, STOLT_LIST_ACTIVITIES, 2);  /* "Skrive prosjektplan" */
  start = stolt_activity_get_start_date (STOLT_ACTIVITY (activity));
  end = stolt_activity_get_end_date (STOLT_ACTIVITY (activity));
  g_assert_cmpuint (end - start, >, 10);

  ppd = stolt_timeline_view_get_pixels_per_day (fixture.view);
  g_assert_cmpfloat (ppd, >, 0);
  g_assert_true (stolt_timeline_view_get_item_rect (fixture.view, stolt_record_get_id (activity), &rect));
  g_assert_cmpfloat (rect.width, >, 10);

  stolt_timeline_view_drag_begin (fixture.view, rect.x + rect.width / 2, rect.y + rect.height / 2);
  g_assert_cmpint (stolt_timeline_view_get_selected_id (fixture.view), ==, stolt_record_get_id (activity));
  /* the window's selection follows: the Plan tab shows the same activity */
  g_assert_true (stolt_selection_get_record (stolt_window_get_selection (fixture.window)) == activity);
  stolt_timeline_view_drag_update (fixture.view, 1.2 * ppd, 0);
  stolt_timeline_view_drag_update (fixture.view, 2.8 * ppd, 3);  /* snaps to 3 days */
  /* The dates show while dragging, as they are now */
  {
    g_autofree char *shown = stolt_timeline_view_dup_drag_dates (fixture.view);
    g_autofree char *first = stolt_date_format (start + 3);
    g_autofree char *last = stolt_date_format (end + 3);
    g_autofree char *expected = g_strdup_printf ("%s – %s", first, last);

    g_assert_cmpstr (shown, ==, expected);
    gtk_widget_queue_draw (GTK_WIDGET (fixture.view));
    stolt_test_iterate ();
  }
  stolt_timeline_view_drag_end (fixture.view);
  g_assert_null (stolt_timeline_view_dup_drag_dates (fixture.view));
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start + 3);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end + 3);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Move Activity");

  undo (&fixture);
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end);

  /* dragging left */
  g_assert_true (stolt_timeline_view_get_item_rect (fixture.view, stolt_record_get_id (activity), &rect));
  stolt_timeline_view_drag_begin (fixture.view, rect.x + rect.width / 2, rect.y + rect.height / 2);
  stolt_timeline_view_drag_update (fixture.view, -7 * ppd, 0);
  stolt_timeline_view_drag_end (fixture.view);
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start - 7);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end - 7);

  fixture_close (&fixture);
}

/* The end edge changes only the end; it cannot pass the start */
static void
test_drag_end (void)
{
  Fixture fixture;
  StoltRecord *activity;
  cairo_rectangle_t rect;
  guint32 start, end;
  double ppd;

  fixture_open (&fixture);
  activity = stolt_test_nth (fixture.project, STOLT_LIST_ACTIVITIES, 2);
  start = stolt_activity_get_start_date (STOLT_ACTIVITY (activity));
  end = stolt_activity_get_end_date (STOLT_ACTIVITY (activity));
  ppd = stolt_timeline_view_get_pixels_per_day (fixture.view);
  g_assert_true (stolt_timeline_view_get_item_rect (fixture.view, stolt_record_get_id (activity), &rect));

  stolt_timeline_view_drag_begin (fixture.view, rect.x + rect.width - 1, rect.y + rect.height / 2);
  stolt_timeline_view_drag_update (fixture.view, 5 * ppd, 0);
  stolt_timeline_view_drag_end (fixture.view);
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end + 5);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stolt_project_get_undo_stack (fixture.project)),
                   ==, "Change Dates");

  /* past the start: refused by the model, the dates stay valid */
  g_assert_true (stolt_timeline_view_get_item_rect (fixture.view, stolt_record_get_id (activity), &rect));
  stolt_timeline_view_drag_begin (fixture.view, rect.x + rect.width - 1, rect.y + rect.height / 2);
  stolt_timeline_view_drag_update (fixture.view, -(double) (end - start + 30) * ppd, 0);
  stolt_timeline_view_drag_end (fixture.view);
  g_assert_cmpuint (stolt_activity_get_start_date (STOLT_ACTIVITY (activity)), ==, start);
  g_assert_cmpuint (stolt_activity_get_end_date (STOLT_ACTIVITY (activity)), ==, end + 5);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stolt_project_get_undo_stack (fixture.project)),
                   ==, "Change Dates");

  fixture_close (&fixture);
}

/* A diamond moves its milestone; selecting in the Plan selects here */
static void
test_drag_milestone (void)
{
  Fixture fixture;
  StoltRecord *milestone;
  cairo_rectangle_t rect;
  guint32 date;
  double ppd;

  fixture_open (&fixture);
  milestone = stolt_test_nth (fixture.project, STOLT_LIST_MILESTONES, 1);
  date = stolt_milestone_get_date (STOLT_MILESTONE (milestone));
  ppd = stolt_timeline_view_get_pixels_per_day (fixture.view);

  stolt_selection_set_record (stolt_window_get_selection (fixture.window), milestone);
  g_assert_cmpint (stolt_timeline_view_get_selected_id (fixture.view), ==, stolt_record_get_id (milestone));

  g_assert_true (stolt_timeline_view_get_item_rect (fixture.view, stolt_record_get_id (milestone), &rect));
  stolt_timeline_view_drag_begin (fixture.view, rect.x + rect.width / 2, rect.y + rect.height / 2);
  stolt_timeline_view_drag_update (fixture.view, 10 * ppd, 0);
  stolt_timeline_view_drag_end (fixture.view);
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, date + 10);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stolt_project_get_undo_stack (fixture.project)),
                   ==, "Move Milestone");
  undo (&fixture);
  g_assert_cmpuint (stolt_milestone_get_date (STOLT_MILESTONE (milestone)), ==, date);

  fixture_close (&fixture);
}

/* Zoom in and out from the tab's actions; fit returns to the project */
static void
test_zoom (void)
{
  Fixture fixture;
  double fitted, zoomed;

  fixture_open (&fixture);
  fitted = stolt_timeline_view_get_pixels_per_day (fixture.view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "timeline.zoom-in", NULL));
  zoomed = stolt_timeline_view_get_pixels_per_day (fixture.view);
  g_assert_cmpfloat (zoomed, >, fitted);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "timeline.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "timeline.zoom-out", NULL));
  g_assert_cmpfloat (stolt_timeline_view_get_pixels_per_day (fixture.view), <, fitted);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "timeline.fit", NULL));
  g_assert_cmpfloat_with_epsilon (stolt_timeline_view_get_pixels_per_day (fixture.view), fitted,
                                  fitted * 0.01);

  fixture_close (&fixture);
}

/* Keyboard zoom keeps the selected item in the middle, after Fit too */
static void
test_zoom_on_selection (void)
{
  Fixture fixture;
  StoltRecord *milestone;
  cairo_rectangle_t rect;
  double middle;

  fixture_open (&fixture);
  milestone = stolt_test_nth (fixture.project, STOLT_LIST_MILESTONES, 1);
  stolt_selection_set_record (stolt_window_get_selection (fixture.window), milestone);
  stolt_test_iterate ();
  g_assert_cmpint (stolt_timeline_view_get_selected_id (fixture.view), ==,
                   stolt_record_get_id (milestone));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "timeline.fit", NULL));
  for (int i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.view), "timeline.zoom-in",
                                               NULL));
  stolt_test_iterate ();
  g_assert_true (stolt_timeline_view_get_item_rect (fixture.view, stolt_record_get_id (milestone),
                                                    &rect));
  /* The diamond is in the middle of the chart (the view less its scrollbar) */
  middle = gtk_widget_get_width (GTK_WIDGET (fixture.view)) / 2.0;
  g_assert_cmpfloat (fabs (rect.x + rect.width / 2 - middle), <=,
                     stolt_timeline_view_get_pixels_per_day (fixture.view) + 16);

  fixture_close (&fixture);
}

/* On first open the rows below the view can be scrolled to */
static void
test_first_open_scrolls (void)
{
  Fixture fixture;
  GtkScrollbar *scrollbar;
  GtkAdjustment *adjustment;

  fixture_open (&fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 900, 420);
  for (int i = 0; i < 20; i++)
    stolt_test_iterate ();
  scrollbar = GTK_SCROLLBAR (stolt_test_find_child (GTK_WIDGET (fixture.view), GTK_TYPE_SCROLLBAR));
  adjustment = gtk_scrollbar_get_adjustment (scrollbar);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >,
                     gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/timeline/drag-bar", test_drag_bar);
  g_test_add_func ("/timeline/drag-end", test_drag_end);
  g_test_add_func ("/timeline/drag-milestone", test_drag_milestone);
  g_test_add_func ("/timeline/zoom", test_zoom);
  g_test_add_func ("/timeline/zoom-on-selection", test_zoom_on_selection);
  g_test_add_func ("/timeline/first-open-scrolls", test_first_open_scrolls);

  return stolt_test_display_run ();
}
