/* bench-planner.c — how long a big GNOME Planner file takes to import
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes Planner files of 20 000 and 2 000 tasks in the shape Planner
 * 0.14 writes them (summary tasks, milestones, finish-to-start chains,
 * resources and allocations, every attribute Planner writes) and prints,
 * for each, the median of several runs of:
 *
 *   - the import (stolt_io_load_project: read, parse, map, check), and
 *   - the whole open as the app does it: the import, then the document
 *     with its working copy written (stolt_document_new_from_project and
 *     stolt_document_flush); the first open of the process is printed on
 *     its own, as it pays for the process's memory,
 *
 * and the peak memory of a process that did only that.  Each size is
 * measured in a child process (this program again, with --measure), so
 * that the peak is that of opening the file, not of writing it.  The
 * budgets of DESIGN.md are printed beside the numbers; the exit status
 * does not depend on them.
 *
 *   bench-planner [--runs=N]
 *   bench-planner --tasks=N --generate=FILE   (only write a Planner file)
 */

#define G_LOG_DOMAIN "bench-planner"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stolt-document.h"
#include "stolt-import.h"

#define OPEN_BUDGET_MS 1000.0
#define MEMORY_BUDGET_MIB 200.0

/* Planner's tasks are 8-hour days; one a working day */
#define DAY_SECONDS (24 * 3600)

static const char *const verbs[] = {
  "Kartlegge", "Planlegge", "Gjennomføre", "Evaluere", "Forankre", "Informere om",
  "Utarbeide", "Kartlägga", "Genomföra", "Utvärdera", "Förankra", "Ta fram",
};

static const char *const objects[] = {
  "kompetansebehov i hjemmetjenesten", "rekrutteringsplan for sykepleiere",
  "medarbeidersamtaler", "lederopplæring", "heltidskultur", "seniorpolitikk",
  "lærlingordningen", "turnus i omsorgssektoren", "kompetensförsörjning inom äldreomsorgen",
  "introduktion för nyanställda", "arbetsmiljöenkät", "chefsutveckling",
};

static const char *const people[] = {
  "Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Sigrid Haugen", "Per Olsen",
  "Anders Johansson", "Maria Lindqvist", "Erik Nilsson", "Lars Pettersson", "Åsa Ek",
};

#define PICK(array, i) ((array)[(guint) (i) % G_N_ELEMENTS (array)])

/* Planner writes non-ASCII as character references */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && c != '&' && c != '<' && c != '"')
        g_string_append_c (out, (char) c);
      else
        g_string_append_printf (out, "&#x%X;", c);
    }
}

static void
append_time (GString *out,
             GDate   *day,
             int      hour)
{
  g_string_append_printf (out, "%04d%02d%02dT%02d0000Z", g_date_get_year (day),
                          g_date_get_month (day), g_date_get_day (day), hour);
}

static void
append_task (GString *out,
             guint    id,
             GDate   *day,
             gboolean milestone,
             gboolean chained)
{
  g_autofree char *name = g_strdup_printf ("%s %s %u", PICK (verbs, id), PICK (objects, id / 7),
                                           id);

  g_string_append_printf (out, "      <task id=\"%u\" name=\"", id);
  append_escaped (out, name);
  g_string_append_printf (out, "\" note=\"\" work=\"%d\" duration=\"%d\" start=\"",
                          milestone ? 0 : 28800, milestone ? 0 : 28800);
  append_time (out, day, 0);
  g_string_append (out, "\" end=\"");
  append_time (out, day, 17);
  g_string_append (out, "\" work-start=\"");
  append_time (out, day, 8);
  g_string_append_printf (out, "\" percent-complete=\"%u\" priority=\"0\" type=\"%s\" "
                          "scheduling=\"fixed-work\"", id % 3 == 0 ? 100 : 0,
                          milestone ? "milestone" : "normal");
  if (chained)
    g_string_append_printf (out, ">\n        <predecessors>\n          <predecessor id=\"1\" "
                                 "predecessor-id=\"%u\" type=\"FS\"/>\n        </predecessors>\n"
                                 "      </task>\n", id - 1);
  else
    g_string_append (out, "/>\n");
}

static void
next_working_day (GDate *day)
{
  do
    g_date_add_days (day, 1);
  while (g_date_get_weekday (day) >= G_DATE_SATURDAY);
}

/* A Planner file of @n_tasks tasks: summaries of 100 tasks each (one
 * task in ten a milestone), each task after the one before it */
static char *
generate (guint n_tasks)
{
  GString *out = g_string_new ("<?xml version=\"1.0\"?>\n");
  GDate *day = g_date_new_dmy (5, G_DATE_JANUARY, 2026);
  guint id = 1, n_resources = G_N_ELEMENTS (people);

  g_string_append (out, "<project name=\"Arbeidsgiverpolitikk &#x2013; stor kommune\" "
                        "company=\"Kommune\" manager=\"Kari Nordmann\" phase=\"\" "
                        "project-start=\"20260105T000000Z\" mrproject-version=\"2\" "
                        "calendar=\"1\">\n  <properties/>\n  <phases/>\n"
                        "  <calendars>\n    <day-types>\n"
                        "      <day-type id=\"0\" name=\"Working\" description=\"A default "
                        "working day\"/>\n"
                        "      <day-type id=\"1\" name=\"Nonworking\" description=\"A default "
                        "non working day\"/>\n"
                        "      <day-type id=\"2\" name=\"Use base\" description=\"Use day from "
                        "base calendar\"/>\n"
                        "    </day-types>\n    <calendar id=\"1\" name=\"Default\">\n"
                        "      <default-week mon=\"0\" tue=\"0\" wed=\"0\" thu=\"0\" fri=\"0\" "
                        "sat=\"1\" sun=\"1\"/>\n      <overridden-day-types>\n"
                        "        <overridden-day-type id=\"0\">\n"
                        "          <interval start=\"0800\" end=\"1200\"/>\n"
                        "          <interval start=\"1300\" end=\"1700\"/>\n"
                        "        </overridden-day-type>\n      </overridden-day-types>\n"
                        "      <days/>\n    </calendar>\n"
                        "  </calendars>\n  <tasks>\n");

  while (id <= n_tasks)
    {
      guint summary = id++;

      g_string_append_printf (out, "    <task id=\"%u\" name=\"Fase %u\" note=\"\" work=\"0\" "
                                   "start=\"20260105T000000Z\" end=\"20260105T170000Z\" "
                                   "percent-complete=\"0\" priority=\"0\" type=\"normal\" "
                                   "scheduling=\"fixed-work\">\n", summary, summary);
      for (guint i = 0; i < 99 && id <= n_tasks; i++, id++)
        {
          append_task (out, id, day, i % 10 == 9, i > 0);
          next_working_day (day);
        }
      g_string_append (out, "    </task>\n");
    }

  g_string_append (out, "  </tasks>\n  <resource-groups/>\n  <resources>\n");
  for (guint r = 0; r < n_resources; r++)
    {
      g_string_append_printf (out, "    <resource id=\"%u\" name=\"", r + 1);
      append_escaped (out, people[r]);
      g_string_append (out, "\" short-name=\"\" type=\"1\" units=\"0\" email=\"\" note=\"\" "
                            "std-rate=\"0\"/>\n");
    }
  g_string_append (out, "  </resources>\n  <allocations>\n");
  for (guint t = 2; t <= n_tasks; t++)
    if (t % 100 != 1)
      g_string_append_printf (out, "    <allocation task-id=\"%u\" resource-id=\"%u\" "
                                   "units=\"100\"/>\n", t, t % n_resources + 1);
  g_string_append (out, "  </allocations>\n</project>\n");

  g_date_free (day);
  return g_string_free (out, FALSE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *samples,
        int     n)
{
  qsort (samples, (size_t) n, sizeof (double), compare_doubles);
  return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Wall-clock milliseconds; CPU milliseconds of the whole process (the
 * import's thread included) in @cpu, which a busy machine disturbs less */
static double
import_ms (GFile    *file,
           gboolean  with_document,
           double   *cpu)
{
  double cpu_start = cpu_ms ();
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  project = stolt_io_load_project (file, NULL, NULL, &error);
  if (project == NULL)
    g_error ("import failed: %s", error->message);
  if (with_document)
    {
      document = stolt_document_new_from_project (project);
      if (!stolt_document_flush (document, &error))
        g_error ("the working copy failed: %s", error->message);
    }
  start = g_get_monotonic_time () - start;
  *cpu = cpu_ms () - cpu_start;

  if (document != NULL)
    stolt_document_close_discarding (document);
  return start / 1000.0;
}

/* In the child: time the runs and print them with the peak memory */
static int
measure (const char *path,
         int         runs)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree double *imports = g_new (double, runs);
  g_autofree double *opens = g_new (double, runs);
  g_autofree double *import_cpu = g_new (double, runs);
  g_autofree double *open_cpu = g_new (double, runs);
  struct rusage usage;
  double first, first_cpu;

  /* The first open of a fresh process pays for its memory (page faults):
   * that is what a user starting Stolt on the file waits for */
  first = import_ms (file, TRUE, &first_cpu);

  for (int i = 0; i < runs; i++)
    {
      imports[i] = import_ms (file, FALSE, &import_cpu[i]);
      opens[i] = import_ms (file, TRUE, &open_cpu[i]);
    }

  getrusage (RUSAGE_SELF, &usage);
  printf ("  import (read, parse, map, check): %.1f ms (CPU %.1f ms)\n", median (imports, runs),
          median (import_cpu, runs));
  printf ("  first open in a fresh process: %.1f ms (CPU %.1f ms) (budget %.0f ms, %s)\n", first,
          first_cpu, OPEN_BUDGET_MS, first <= OPEN_BUDGET_MS ? "within" : "OVER");
  printf ("  open (import, document and working copy): %.1f ms (CPU %.1f ms) "
          "(budget %.0f ms, %s)\n", median (opens, runs), median (open_cpu, runs), OPEN_BUDGET_MS,
          median (opens, runs) <= OPEN_BUDGET_MS ? "within" : "OVER");
  printf ("  peak memory (ru_maxrss of a process that only opened it): %.1f MiB "
          "(budget %.0f MiB, %s)\n", usage.ru_maxrss / 1024.0, MEMORY_BUDGET_MIB,
          usage.ru_maxrss / 1024.0 <= MEMORY_BUDGET_MIB ? "within" : "OVER");
  return 0;
}

static void
bench_size (const char *self_path,
            const char *dir,
            guint       n_tasks,
            int         runs)
{
  g_autofree char *name = g_strdup_printf ("plan-%u.planner", n_tasks);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *xml = generate (n_tasks);
  g_autofree char *runs_arg = g_strdup_printf ("--runs=%d", runs);
  g_autofree char *measure_arg = g_strdup_printf ("--measure=%s", path);
  const char *argv[] = { self_path, runs_arg, measure_arg, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_set_contents (path, xml, -1, &error))
    g_error ("%s", error->message);

  printf ("%u tasks (%.2f MiB of Planner XML), median of %d runs:\n", n_tasks,
          strlen (xml) / (1024.0 * 1024.0), runs);
  fflush (stdout);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     NULL, NULL, &status, &error))
    g_error ("%s", error->message);
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *generate_path = NULL;
  g_autofree char *measure_path = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *data = NULL;
  int runs = 7, tasks = 20000;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (median)", "N" },
    { "tasks", 0, 0, G_OPTION_ARG_INT, &tasks, "Tasks in the file --generate writes", "N" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Only write a Planner file",
      "FILE" },
    { "measure", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &measure_path, NULL, NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || tasks < 1)
    {
      g_printerr ("bench-planner: %s\n", error != NULL ? error->message : "bad --runs or --tasks");
      return 2;
    }

  if (measure_path != NULL)
    return measure (measure_path, runs);

  if (generate_path != NULL)
    {
      g_autofree char *xml = generate ((guint) tasks);

      if (!g_file_set_contents (generate_path, xml, -1, &error))
        {
          g_printerr ("bench-planner: %s\n", error->message);
          return 1;
        }
      return 0;
    }

  /* Working copies go to a temporary XDG_DATA_HOME, never the user's */
  tmp = g_dir_make_tmp ("bench-planner-XXXXXX", &error);
  if (tmp == NULL)
    {
      g_printerr ("bench-planner: %s\n", error->message);
      return 1;
    }
  data = g_build_filename (tmp, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);

  {
    /* This program again, by a path that does not depend on the cwd */
    g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

    bench_size (self_path != NULL ? self_path : argv[0], tmp, 20000, runs);
    bench_size (self_path != NULL ? self_path : argv[0], tmp, 2000, runs);
  }

  {
    g_autofree char *command = g_strdup_printf ("rm -rf '%s'", tmp);

    if (system (command) != 0)
      g_printerr ("bench-planner: could not remove %s\n", tmp);
  }
  return 0;
}
