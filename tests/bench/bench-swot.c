/* bench-swot.c — the SWOT matrix with 4 × 200 items (needs a display)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the time to open the matrix in a window that is already up
 * (the quadrants' lists made, then to its first frame), the median time
 * to add an item (model, undo step and the quadrant's list in step) and
 * to cast a vote, and the work of the frames drawn after each (from
 * before-paint to after-paint: layout and drawing of the 1280×720
 * window, and the layout alone), and of scrolling a quadrant a page,
 * beside their budgets.  The quadrants
 * are one-column grid views: GTK 4.8 makes a row for at most about 30
 * items a quadrant, and recycles them as the list scrolls (its list view
 * would make 200 a list).
 * Run under Xvfb:
 *   xvfb-run -a meson test -C build-bench --benchmark bench-swot
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "stolt-swot-edit.h"
#include "stolt-swot-matrix.h"
#include "stolt-swot-quadrant.h"

#define N_PER_QUADRANT 200
#define N_RUNS 21

static gint64 frame_start;
static double frame_ms, layout_ms;
static gboolean painted;

static void
before_paint_cb (GdkFrameClock *clock)
{
  frame_start = g_get_monotonic_time ();
}

/* Connected after the window's own handler: the layout is done */
static void
layout_cb (GdkFrameClock *clock)
{
  layout_ms += (g_get_monotonic_time () - frame_start) / 1000.0;
}

static void
after_paint_cb (GdkFrameClock *clock)
{
  frame_ms += (g_get_monotonic_time () - frame_start) / 1000.0;
  painted = TRUE;
}

/* Runs the main loop until the window has drawn a frame and is idle;
 * returns the work of the frames drawn meanwhile in ms, and of their
 * layout in @layout (a change queued in one frame may be laid out in
 * the next: both count) */
static double
wait_for_frame (GtkWidget *window,
                double    *layout)
{
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  painted = FALSE;
  frame_ms = layout_ms = 0;
  gtk_widget_queue_draw (window);
  while (!painted || g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);
  if (layout != NULL)
    *layout = layout_ms;
  return frame_ms;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double     *ms,
        guint       n)
{
  qsort (ms, n, sizeof (double), compare_doubles);
  g_print ("%-48s %7.2f ms   (budget: well under a frame (16 ms))\n", what, ms[n / 2]);
}

static StoltSwotAnalysis *
make_analysis (StoltProject *project)
{
  StoltSwotAnalysis *analysis = stolt_swot_add_analysis (project, "Workshop", 0);

  for (int q = 0; q < 4; q++)
    for (guint i = 0; i < N_PER_QUADRANT; i++)
      {
        g_autofree char *text = g_strdup_printf ("Innspill %u fra gruppe %u: kompetanse og rekruttering "
                                                 "i kommunen", i, i % 7);

        stolt_swot_add_item (project, analysis, q, text, NULL);
      }
  stolt_project_reset_history (project);
  return analysis;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StoltProject) project = NULL;
  StoltSwotAnalysis *analysis;
  GtkWidget *window, *matrix;
  GdkFrameClock *clock;
  double add_ms[N_RUNS], add_frame_ms[N_RUNS], add_layout_ms[N_RUNS];
  double vote_ms[N_RUNS], vote_frame_ms[N_RUNS], vote_layout_ms[N_RUNS];
  double dots_frame_ms[N_RUNS], dots_layout_ms[N_RUNS];
  double scroll_frame_ms[N_RUNS], scroll_layout_ms[N_RUNS];
  double open_rows_ms, open_ms;
  gint64 t0;

  gtk_init ();
  adw_init ();

  project = stolt_project_new ();
  t0 = g_get_monotonic_time ();
  analysis = make_analysis (project);
  g_print ("# built 4 × %u items in %.0f ms\n", N_PER_QUADRANT,
           (g_get_monotonic_time () - t0) / 1000.0);
  stolt_project_set_int (project, STOLT_RECORD (analysis), "participants", 40, NULL);
  stolt_project_set_int (project, STOLT_RECORD (analysis), "dots-per-person", 5, NULL);
  stolt_project_set_boolean (project, STOLT_RECORD (analysis), "votes-revealed", TRUE, NULL);

  /* The window is up and has drawn the empty matrix, as when a user
   * opens the SWOT tab: its start-up (GL, fonts, icons) is not counted */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  matrix = stolt_swot_matrix_new ();
  gtk_window_set_child (GTK_WINDOW (window), matrix);
  t0 = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  wait_for_frame (window, NULL);
  g_print ("# the window's first frame, empty matrix: %.0f ms; renderer %s\n",
           (g_get_monotonic_time () - t0) / 1000.0,
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  t0 = g_get_monotonic_time ();
  stolt_swot_matrix_set_analysis (STOLT_SWOT_MATRIX (matrix), project, analysis);
  open_rows_ms = (g_get_monotonic_time () - t0) / 1000.0;
  wait_for_frame (window, NULL);
  open_ms = (g_get_monotonic_time () - t0) / 1000.0;

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) shown = NULL;
      g_autofree char *text = g_strdup_printf ("Nytt innspill %u", run);

      t0 = g_get_monotonic_time ();
      stolt_swot_add_item (project, analysis, run % 4, text, NULL);
      add_ms[run] = (g_get_monotonic_time () - t0) / 1000.0;
      add_frame_ms[run] = wait_for_frame (window, &add_layout_ms[run]);

      shown = stolt_swot_quadrant_items (analysis, run % 4);
      t0 = g_get_monotonic_time ();
      /* A row in view, so that the frame really draws the change */
      stolt_swot_vote (project, shown->pdata[run % 3], 1);
      vote_ms[run] = (g_get_monotonic_time () - t0) / 1000.0;
      vote_frame_ms[run] = wait_for_frame (window, &vote_layout_ms[run]);

      /* Only the room's "dots left" changes */
      stolt_project_set_int (project, STOLT_RECORD (analysis), "participants", 40 + run % 2, NULL);
      dots_frame_ms[run] = wait_for_frame (window, &dots_layout_ms[run]);
    }

  /* Scrolling a quadrant a page down binds its rows to other items */
  for (guint run = 0; run < N_RUNS; run++)
    {
      GtkWidget *list = stolt_swot_quadrant_get_list (STOLT_SWOT_QUADRANT (
                          stolt_swot_matrix_get_quadrant (STOLT_SWOT_MATRIX (matrix), run % 4)));
      GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                            gtk_adjustment_get_page_size (adjustment));
      scroll_frame_ms[run] = wait_for_frame (window, &scroll_layout_ms[run]);
    }

  g_print ("SWOT matrix, 4 × %u items, 1280×720, median of %u runs\n", N_PER_QUADRANT, N_RUNS);
  g_print ("%-48s %7.2f ms   (budget: 100 ms, the blink of an eye)\n",
           "open the matrix: the quadrants' lists", open_rows_ms);
  g_print ("%-48s %7.2f ms   (budget: 100 ms, the blink of an eye)\n",
           "open the matrix: to its first frame", open_ms);
  report ("add an item (model, undo step, list)", add_ms, N_RUNS);
  report ("  the frame after it", add_frame_ms, N_RUNS);
  report ("    of which layout", add_layout_ms, N_RUNS);
  report ("cast a vote (model, undo step, row, dots left)", vote_ms, N_RUNS);
  report ("  the frame after it", vote_frame_ms, N_RUNS);
  report ("    of which layout", vote_layout_ms, N_RUNS);
  report ("the frame after \"dots left\" changes", dots_frame_ms, N_RUNS);
  report ("    of which layout", dots_layout_ms, N_RUNS);
  report ("scroll a quadrant a page: the frame", scroll_frame_ms, N_RUNS);
  report ("    of which layout", scroll_layout_ms, N_RUNS);
  g_print ("# a frame's drawing is the renderer's: under Xvfb the GL renderer is Mesa's\n"
           "# software rasteriser, which redraws the whole window for any change\n"
           "# (compare GSK_RENDERER=cairo)\n");

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  return 0;
}
