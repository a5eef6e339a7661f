/* bench-values.c — a 100-page policy in the Values tab's section editor
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One section body of about 40 000 words (paragraphs with bold and
 * italic, bulleted and numbered lists), then the median of several runs
 * of what the editor does: loading it into the text buffer, reading the
 * buffer back as Markdown, and typing one word and committing it (the
 * cost of each word boundary, one undo step).  Budgets are printed
 * beside the numbers; they never fail the run.  Layout and drawing are
 * GTK's and are not timed here.
 *
 *   xvfb-run -a bench-values [--runs=N] [--words=N]
 */

#define G_LOG_DOMAIN "bench-values"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "stolt-rich-editor.h"

static int n_runs = 5;
static int n_words = 40000;

static const GOptionEntry options[] = {
  { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs per figure", "N" },
  { "words", 0, 0, G_OPTION_ARG_INT, &n_words, "Words in the section", "N" },
  { NULL }
};

static char *
make_body (int words)
{
  static const char *const vocabulary[] = {
    "arbeidsgiver", "medarbeidere", "lederutvikling", "kompetanse", "rekruttering",
    "heltidskultur", "tillitsvalgte", "medbestemmelse", "nærvær", "likestilling",
  };
  GString *out = g_string_new (NULL);
  int written = 0;

  for (int block = 0; written < words; block++)
    {
      if (block % 5 == 3)
        for (int item = 0; item < 4; item++, written += 6)
          g_string_append_printf (out, "- punkt %d om %s og %s\n", item,
                                  vocabulary[item % 10], vocabulary[(block + item) % 10]);
      else if (block % 5 == 4)
        for (int item = 0; item < 3; item++, written += 5)
          g_string_append_printf (out, "%d. steg med %s nå\n", item + 1, vocabulary[block % 10]);
      else
        for (int word = 0; word < 80; word++, written++)
          g_string_append_printf (out, word == 10 ? "**%s** " : word == 30 ? "*%s* " : "%s ",
                                  vocabulary[(block * 7 + word) % 10]);
      g_string_append (out, "\n\n");
    }
  return g_string_free (out, FALSE);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, n_runs, sizeof (double), compare_doubles);
  return values[n_runs / 2];
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree double *load_ms = NULL, *read_ms = NULL, *word_ms = NULL, *key_ms = NULL;
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(StoltValuesDocument) document = NULL;
  g_autoptr(StoltValuesSection) section = NULL;
  GtkWidget *editor;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_runs < 1 || n_words < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs and --words must be positive");
      return 2;
    }
  gtk_init ();
  adw_init ();

  body = make_body (n_words);
  project = stolt_project_new ();
  document = g_object_new (STOLT_TYPE_VALUES_DOCUMENT, NULL);
  section = g_object_new (STOLT_TYPE_VALUES_SECTION, NULL);
  if (!stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                          STOLT_LIST_VALUES_DOCUMENTS, 0, STOLT_RECORD (document), &error) ||
      !stolt_project_set_text (project, STOLT_RECORD (document), "title", "Policy", &error) ||
      !stolt_project_add (project, STOLT_RECORD (document), 1, 0, STOLT_RECORD (section), &error) ||
      !stolt_project_set_text (project, STOLT_RECORD (section), "heading", "Policy", &error) ||
      !stolt_project_set_text (project, STOLT_RECORD (section), "body", body, &error))
    g_error ("%s", error->message);

  editor = g_object_ref_sink (stolt_rich_editor_new ());
  load_ms = g_new0 (double, n_runs);
  read_ms = g_new0 (double, n_runs);
  word_ms = g_new0 (double, n_runs);
  key_ms = g_new0 (double, n_runs);
  for (int run = 0; run < n_runs; run++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (stolt_rich_editor_get_view (STOLT_RICH_EDITOR (editor)));
      gint64 start = g_get_monotonic_time ();
      g_autofree char *markdown = NULL;

      stolt_rich_editor_set_section (STOLT_RICH_EDITOR (editor), project, section);
      load_ms[run] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      markdown = stolt_rich_editor_dup_markdown (STOLT_RICH_EDITOR (editor));
      read_ms[run] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      gtk_text_buffer_insert_interactive_at_cursor (buffer, "o", -1, TRUE);
      key_ms[run] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      gtk_text_buffer_insert_interactive_at_cursor (buffer, " ", -1, TRUE);
      word_ms[run] = (g_get_monotonic_time () - start) / 1000.0;

      stolt_rich_editor_set_section (STOLT_RICH_EDITOR (editor), NULL, NULL);
    }

  printf ("section of %d words, %zu bytes, median of %d runs\n", n_words, strlen (body), n_runs);
  printf ("  load into the editor   %8.1f ms   (budget 500 ms)\n", median (load_ms));
  printf ("  read back as Markdown  %8.1f ms   (budget 100 ms)\n", median (read_ms));
  printf ("  type a letter          %8.1f ms   (budget 16 ms: one frame)\n", median (key_ms));
  printf ("  end a word: commit     %8.1f ms   (budget 16 ms: one frame)\n", median (word_ms));
  g_object_unref (editor);
  return 0;
}
