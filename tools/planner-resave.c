/* planner-resave.c — have GNOME Planner's own library load and save a file
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The test files in tests/data/planner/ must be written by the real GNOME
 * Planner, not by Stolt's own idea of the format.  This loads a .planner
 * file with libplanner (Debian's planner package, 0.14.91) and saves it
 * with mrp_project_save_as(), the code behind Planner's File → Save As:
 * Planner re-schedules the tasks, adds its calendars and properties and
 * writes every attribute the way it always does.
 *
 * libplanner ships no headers, so the four functions are declared here.
 * Not part of the build (it needs the planner package):
 *
 *   cc -o planner-resave tools/planner-resave.c $(pkg-config --cflags --libs gobject-2.0) \
 *     /usr/lib/x86_64-linux-gnu/planner/libplanner-1.so.1 \
 *     -Wl,-rpath,/usr/lib/x86_64-linux-gnu/planner
 *   ./planner-resave IN.planner OUT.planner
 *
 * Planner 0.14.91's reader crashes on a project-level <property value=…>,
 * so the inputs avoid that.
 */

#include <stdio.h>

#include <gio/gio.h>

typedef struct _MrpApplication MrpApplication;
typedef struct _MrpProject MrpProject;

MrpApplication *mrp_application_new (void);
MrpProject     *mrp_project_new     (MrpApplication *app);
gboolean        mrp_project_load    (MrpProject *project, const char *uri, GError **error);
gboolean        mrp_project_save_as (MrpProject *project, const char *uri, gboolean force,
                                     GError **error);

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autofree char *in_uri = NULL;
  g_autofree char *out_uri = NULL;
  GError *error = NULL;
  MrpProject *project;

  if (argc != 3)
    {
      fprintf (stderr, "Usage: %s IN.planner OUT.planner\n", argv[0]);
      return 2;
    }

  /* libplanner wants URIs: a plain path crashes its loader */
  in = g_file_new_for_commandline_arg (argv[1]);
  out = g_file_new_for_commandline_arg (argv[2]);
  in_uri = g_file_get_uri (in);
  out_uri = g_file_get_uri (out);

  project = mrp_project_new (mrp_application_new ());
  if (!mrp_project_load (project, in_uri, &error) ||
      !mrp_project_save_as (project, out_uri, TRUE, &error))
    {
      fprintf (stderr, "planner-resave: %s\n", error->message);
      return 1;
    }
  return 0;
}
