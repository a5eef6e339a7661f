/* bench-floor-window.c — an empty GTK 4 + libadwaita window: the floor
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `make bench` starts this program the same way as GNOME Planner and
 * Stolt, and measures it the same way from outside: what is left of a
 * program's start-up once this is subtracted is its own work.  The
 * window is what any libadwaita application shows at the least: a
 * header bar with a title over an empty status page, at Stolt's default
 * size.  It takes (and ignores) a file argument, so that the benchmark
 * can start all three programs with the same command line.
 *
 *   bench-floor-window [FILE]
 */

#define G_LOG_DOMAIN "bench-floor-window"

#include <adwaita.h>

#define WIDTH 1100
#define HEIGHT 760

static void
activate_cb (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *status = adw_status_page_new ();

  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Floor");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_cb (GApplication  *application,
         GFile        **files,
         int            n_files,
         const char    *hint)
{
  activate_cb (GTK_APPLICATION (application));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  /* Not unique: several rounds must never hand a file to a running one */
  application = adw_application_new ("io.github.stoltplan.BenchFloor",
                                     G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  g_signal_connect (application, "open", G_CALLBACK (open_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
