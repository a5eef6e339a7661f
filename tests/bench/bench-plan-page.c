/* bench-plan-page.c — the Plan tab with 20 000 activities (needs a display)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median time to open a window on the project until its first
 * frame is drawn, to show the Activities table, to sort and search it, and
 * to draw a frame after scrolling.  Run under Xvfb:
 *   xvfb-run -a meson test -C build-bench --benchmark bench-plan-page
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "stolt-application.h"
#include "stolt-date.h"
#include "stolt-window.h"

#define N_ACTIVITIES 20000
#define MAX_RUNS 5

static StoltApplication *app;

static StoltRecord *
add (StoltProject *project,
     guint         list,
     GType         type)
{
  g_autoptr(StoltRecord) record = g_object_new (type, NULL);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));

  if (!stolt_project_add (project, card, list, G_MAXUINT, record, NULL))
    g_error ("could not add a record");
  return record;
}

static StoltProject *
make_project (void)
{
  StoltProject *project = stolt_project_new ();
  static const char *const people[] = { "Prosjektleder", "HR-sjef", "Rådmann", "Enhetsleder" };
  guint32 start = stolt_date_from_ymd (2026, 1, 5);
  gint64 phases[4];

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      StoltRecord *phase = add (project, STOLT_LIST_PHASES, STOLT_TYPE_PHASE);
      g_autofree char *title = g_strdup_printf ("Fase %u", i + 1);

      stolt_project_set_text (project, phase, "title", title, NULL);
      phases[i] = stolt_record_get_id (phase);
    }

  for (guint i = 0; i < N_ACTIVITIES; i++)
    {
      StoltRecord *activity = add (project, STOLT_LIST_ACTIVITIES, STOLT_TYPE_ACTIVITY);
      g_autofree char *code = g_strdup_printf ("A%u", i + 1);
      g_autofree char *title = g_strdup_printf ("Samling %u: medarbeiderdialog i enhet %u",
                                                i % 97, (i * 7919) % 1000);

      stolt_project_set_text (project, activity, "code", code, NULL);
      stolt_project_set_text (project, activity, "title", title, NULL);
      stolt_project_set_text (project, activity, "responsible", people[i % 4], NULL);
      stolt_project_set_date (project, activity, "start-date", start + (i * 13) % 1500, NULL);
      stolt_project_set_date (project, activity, "end-date", start + (i * 13) % 1500 + 10, NULL);
      stolt_project_set_double (project, activity, "hours", (i % 40) + 0.5, NULL);
      stolt_project_set_ref (project, activity, "phase", phases[i % 4], NULL);
    }

  stolt_project_reset_history (project);
  return project;
}

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock)
{
  painted = TRUE;
}

/* Runs the main loop until the window has drawn a frame and is idle */
static void
wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *clock;
  gulong handler;

  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (window);
  painted = FALSE;
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  gtk_widget_queue_draw (window);
  while (!painted || g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static void
report (const char *what,
        double     *ms,
        guint       n,
        const char *budget)
{
  g_print ("%-44s %8.1f ms   %s\n", what, median (ms, n), budget);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StoltProject) project = NULL;
  double open_ms[MAX_RUNS], show_ms[MAX_RUNS], sort_ms[MAX_RUNS], search_ms[MAX_RUNS];
  double scroll_ms[MAX_RUNS];
  const char *runs = g_getenv ("STOLT_BENCH_RUNS");
  guint n_runs = runs != NULL ? CLAMP (atoi (runs), 1, MAX_RUNS) : MAX_RUNS;
  gint64 t0;

  gtk_init ();
  adw_init ();
  app = stolt_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_hold (G_APPLICATION (app));

  t0 = g_get_monotonic_time ();
  project = make_project ();
  g_print ("# built %u activities in %.0f ms\n", N_ACTIVITIES,
           (g_get_monotonic_time () - t0) / 1000.0);

  for (guint run = 0; run < n_runs; run++)
    {
      g_autoptr(StoltDocument) document = stolt_document_new_from_project (project);
      StoltWindow *window;
      StoltPlanPage *page;
      StoltRecordTable *table;
      GtkAdjustment *adjustment;

      t0 = g_get_monotonic_time ();
      window = stolt_window_new (app, document);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_frame (GTK_WIDGET (window));
      open_ms[run] = (g_get_monotonic_time () - t0) / 1000.0;

      page = stolt_window_get_plan_page (window);
      table = stolt_plan_page_get_table (page, "activities");
      t0 = g_get_monotonic_time ();
      stolt_plan_page_show_section (page, "activities");
      wait_for_frame (GTK_WIDGET (window));
      show_ms[run] = (g_get_monotonic_time () - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      stolt_record_table_sort_by (table, "title", GTK_SORT_ASCENDING);
      wait_for_frame (GTK_WIDGET (window));
      sort_ms[run] = (g_get_monotonic_time () - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      stolt_record_table_set_search (table, "enhet 42");
      wait_for_frame (GTK_WIDGET (window));
      search_ms[run] = (g_get_monotonic_time () - t0) / 1000.0;
      stolt_record_table_set_search (table, "");
      wait_for_frame (GTK_WIDGET (window));

      adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (stolt_record_table_get_view (table)));
      t0 = g_get_monotonic_time ();
      for (guint step = 1; step <= 20; step++)
        {
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * step / 21.0);
          wait_for_frame (GTK_WIDGET (window));
        }
      scroll_ms[run] = (g_get_monotonic_time () - t0) / 1000.0 / 20;

      stolt_document_close_discarding (document);
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
    }

  g_print ("Plan tab, %u activities, median of %u runs\n", N_ACTIVITIES, n_runs);
  report ("open a window until its first frame", open_ms, n_runs, "(budget: well under 1 s)");
  report ("show the Activities table", show_ms, n_runs, "");
  report ("sort by title", sort_ms, n_runs, "");
  report ("search", search_ms, n_runs, "");
  report ("one frame after a long scroll jump", scroll_ms, n_runs, "(60 Hz: 16.7 ms)");

  g_application_release (G_APPLICATION (app));
  return 0;
}
