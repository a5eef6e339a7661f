/* bench-values.c — a 100-page policy in the Values tab's section editor
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One section body of about 40 000 words (paragraphs with bold and
 * italic, bulleted and numbered lists), then the median of several runs
 * of what the editor does: loading it into the text buffer, reading the
 * buffer back as Markdown, and typing one word and committing it (the
 * cost of each word boundary, one undo step).  Then the same editor in
 * a 1000×800 window, timed to the frame on screen: opening the section
 * (load, layout, first frame), scrolling through it a screen at a time
 * to the end, and typing a letter in its middle (the work done: the
 * change, then the frame's layout and drawing); and the word count the tab shows,
 * made again after each pause in the typing.  Budgets are printed
 * beside the numbers; they never fail the run.
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
#include "stolt-values-text.h"

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

/* Painting: runs the main loop until @widget's frame clock has painted
 * a frame after now, and returns how long that frame's work took (from
 * its before-paint to its after-paint, in ms).  The time until then
 * also holds the wait for the frame clock's next tick, up to 16.7 ms
 * at 60 Hz, which is no work of ours. */

typedef struct
{
  gint64   began;
  gint64   ended;
} Frame;

static void
before_paint_cb (GdkFrameClock *clock,
                 Frame         *frame)
{
  frame->began = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->began != 0)
    frame->ended = g_get_monotonic_time ();
}

static double
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Frame frame = { 0, 0 };
  gulong before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &frame);
  gulong after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);

  gtk_widget_queue_draw (widget);
  while (frame.ended == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);
  return (frame.ended - frame.began) / 1000.0;
}

static gboolean
window_shown (GtkWidget *window)
{
  return gtk_widget_get_mapped (window) && gtk_widget_get_frame_clock (window) != NULL;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (double *values,
           int     n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static double
median (double *values)
{
  return median_of (values, n_runs);
}

/* The editor on screen: open, scroll a screen at a time, type */
static void
time_on_screen (StoltProject       *project,
                StoltValuesDocument *document,
                StoltValuesSection *section)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = stolt_rich_editor_new ();
  GtkTextView *view = stolt_rich_editor_get_view (STOLT_RICH_EDITOR (editor));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree double *open_ms = g_new0 (double, n_runs);
  g_autofree double *key_ms = g_new0 (double, n_runs);
  g_autofree double *count_ms = g_new0 (double, n_runs);
  g_autoptr(GArray) scroll_ms = g_array_new (FALSE, FALSE, sizeof (double));
  double scroll_max = 0, scroll_total = 0;
  int n_screens = 0;

  /* A blinking cursor and fading scrollbars would paint frames of their own */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE,
                "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  while (!window_shown (window))
    g_main_context_iteration (NULL, TRUE);
  wait_for_frame (window);

  for (int run = 0; run < n_runs; run++)
    {
      GtkAdjustment *adjustment;
      gint64 start = g_get_monotonic_time ();
      GtkTextIter middle;

      stolt_rich_editor_set_section (STOLT_RICH_EDITOR (editor), project, section);
      wait_for_frame (window);
      /* Here the wait for the tick counts: it is how long the user waits */
      open_ms[run] = (g_get_monotonic_time () - start) / 1000.0;

      /* Once, on the last run: the text has been laid out all the way
       * down only after the first pass */
      adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
      if (run == n_runs - 1)
        for (double value = 0;;)
          {
            double ms;

            start = g_get_monotonic_time ();
            gtk_adjustment_set_value (adjustment, value + gtk_adjustment_get_page_size (adjustment));
            ms = (g_get_monotonic_time () - start) / 1000.0 + wait_for_frame (window);
            /* The text view lays out the rest as it goes: the end is
             * where a screen down moves no more */
            if (gtk_adjustment_get_value (adjustment) <= value)
              break;
            value = gtk_adjustment_get_value (adjustment);
            g_array_append_val (scroll_ms, ms);
            scroll_max = MAX (scroll_max, ms);
            scroll_total += ms;
            n_screens++;
          }

      /* A letter in the middle of the policy, where the cursor is shown */
      gtk_text_buffer_get_iter_at_line (buffer, &middle, gtk_text_buffer_get_line_count (buffer) / 2);
      gtk_text_iter_forward_to_line_end (&middle);
      gtk_text_buffer_place_cursor (buffer, &middle);
      gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (buffer));
      wait_for_frame (window);
      start = g_get_monotonic_time ();
      gtk_text_buffer_insert_interactive_at_cursor (buffer, "o", -1, TRUE);
      key_ms[run] = (g_get_monotonic_time () - start) / 1000.0 + wait_for_frame (window);

      start = g_get_monotonic_time ();
      stolt_values_text_count_words (document);
      count_ms[run] = (g_get_monotonic_time () - start) / 1000.0;

      stolt_rich_editor_set_section (STOLT_RICH_EDITOR (editor), NULL, NULL);
    }

  printf ("on screen, 1000×800, median of %d runs\n", n_runs);
  printf ("  open: load, lay out, draw %8.1f ms   (budget 1000 ms)\n", median (open_ms));
  printf ("  scroll a screen (%d)      %8.1f ms   median, %.1f ms worst, %.0f ms in all"
          "   (budget 16 ms: one frame)\n", n_screens,
          scroll_ms->len > 0 ? median_of ((double *) (void *) scroll_ms->data, scroll_ms->len) : 0.0,
          scroll_max, scroll_total);
  printf ("  type a letter, drawn      %8.1f ms   (budget 16 ms: one frame)\n", median (key_ms));
  printf ("  (scrolling and typing: the work, without the wait for the frame clock's tick)\n");
  printf ("  word count of the document %7.1f ms   (budget 50 ms, after a pause)\n", median (count_ms));
  gtk_window_destroy (GTK_WINDOW (window));
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

  time_on_screen (project, document, section);
  return 0;
}
