/* test-page-flow.c — pagination of a document, checked without drawing
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-page-flow.h"
#include "stolt-page-flow-private.h"
#include "stolt-text.h"

static const char *lorem =
  "Arbeidsgiverpolitikkens kjerne er de handlinger, holdninger og verdier som arbeidsgiver "
  "står for og praktiserer overfor medarbeiderne hver dag. Politikken skal være vår paraply "
  "for alt arbeid med ledelse, kompetanse og rekruttering, og den skal være kjent for alle.";

static double
fixed_height_cb (cairo_t  *cr,
                 double    width,
                 double    max_height,
                 gpointer  user_data)
{
  double height = *(double *) user_data;

  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  return height;
}

static void
test_page_sizes (void)
{
  g_autoptr(StoltPageFlow) a4 = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
  g_autoptr(StoltPageFlow) a3 = stolt_page_flow_new (STOLT_PAGE_A3, STOLT_PAGE_LANDSCAPE);
  double width, height;

  stolt_page_flow_add_text (a4, "Hei");
  g_assert_cmpuint (stolt_page_flow_paginate (a4), ==, 1);
  stolt_page_flow_get_page_size (a4, 1, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  g_assert_cmpfloat (stolt_page_flow_get_content_width (a4), <, width - 100);

  stolt_page_flow_get_page_size (a3, 1, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 1190.55, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  /* An empty document still has a page */
  g_assert_cmpuint (stolt_page_flow_get_n_pages (a3), ==, 1);
}

/* Fill a page with paragraphs until the next one would not fit, then
 * add a heading: it must move to the next page with its paragraph. */
static void
test_heading_keeps_with_next (void)
{
  for (guint n_fill = 1; n_fill < 40; n_fill++)
    {
      g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
      guint heading, paragraph, last_fill = 0;

      for (guint i = 0; i < n_fill; i++)
        last_fill = stolt_page_flow_add_text (flow, lorem);
      heading = stolt_page_flow_add_heading (flow, 2, "Verdier");
      paragraph = stolt_page_flow_add_text (flow, lorem);
      stolt_page_flow_paginate (flow);

      g_assert_cmpuint (stolt_page_flow_get_block_page (flow, heading), ==,
                        stolt_page_flow_get_block_page (flow, paragraph));
      g_assert_cmpuint (stolt_page_flow_get_block_page (flow, heading), >=,
                        stolt_page_flow_get_block_last_page (flow, last_fill));
    }
}

static void
test_heading_chain_keeps_together (void)
{
  double tall = 600;
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
  guint h1, h2, table;
  const double widths[] = { 1, 1 };
  const char *headers[] = { "Milepæl", "Dato" };
  const char *row[] = { "Prosjektplan levert", "15.01.2016" };

  stolt_page_flow_add_drawing (flow, fixed_height_cb, &tall, NULL);
  h1 = stolt_page_flow_add_heading (flow, 1, "Plan");
  h2 = stolt_page_flow_add_heading (flow, 2, "Milepæler");
  table = stolt_page_flow_add_table (flow, 2, widths, headers);
  for (guint i = 0; i < 30; i++)
    stolt_page_flow_add_row (flow, table, row);
  stolt_page_flow_paginate (flow);

  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, h1), ==,
                    stolt_page_flow_get_block_page (flow, h2));
  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, h2), ==,
                    stolt_page_flow_get_row_page (flow, table, 0));
}

/* A long table runs over pages, row by row, in order, no row cut */
static void
test_table_runs_over_pages (void)
{
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
  const double widths[] = { 3, 1, 1 };
  const char *headers[] = { "Aktivitet", "Start", "Timer" };
  guint table, previous = 1;

  stolt_page_flow_add_heading (flow, 1, "Aktiviteter");
  table = stolt_page_flow_add_table (flow, 3, widths, headers);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("A%u Dialogmøter i virksomhetene %s", i,
                                                i % 7 == 0 ? lorem : "");
      const char *row[] = { title, "04.04.2016", "120" };

      stolt_page_flow_add_row (flow, table, row);
    }
  stolt_page_flow_paginate (flow);

  g_assert_cmpuint (stolt_page_flow_get_n_pages (flow), >, 3);
  for (guint i = 0; i < 200; i++)
    {
      guint page = stolt_page_flow_get_row_page (flow, table, i);

      g_assert_cmpuint (page, >=, previous);
      g_assert_cmpuint (page, <=, previous + 1);
      previous = page;
    }
  g_assert_cmpuint (stolt_page_flow_get_row_page (flow, table, 200), ==, 0);
  g_assert_cmpuint (stolt_page_flow_get_block_last_page (flow, table), ==,
                    stolt_page_flow_get_n_pages (flow));
}

static void
test_drawings_and_breaks (void)
{
  double tall = 500, small = 100;
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
  guint first, second, third, brk, after_break, page, after_page;

  first = stolt_page_flow_add_drawing (flow, fixed_height_cb, &tall, NULL);
  second = stolt_page_flow_add_drawing (flow, fixed_height_cb, &tall, NULL);
  third = stolt_page_flow_add_drawing (flow, fixed_height_cb, &small, NULL);
  brk = stolt_page_flow_add_page_break (flow);
  after_break = stolt_page_flow_add_text (flow, "Etter sideskiftet");
  page = stolt_page_flow_add_page_drawing (flow, STOLT_PAGE_LANDSCAPE, fixed_height_cb, &small,
                                           NULL);
  after_page = stolt_page_flow_add_text (flow, "Tilbake til stående");
  stolt_page_flow_paginate (flow);

  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, first), ==, 1);
  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, second), ==, 2);
  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, third), ==, 2);
  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, brk), ==, 0);
  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, after_break), ==, 3);
  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, page), ==, 4);
  g_assert_true (stolt_page_flow_is_landscape (flow, 4));
  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, after_page), ==, 5);
  g_assert_false (stolt_page_flow_is_landscape (flow, 5));
  g_assert_cmpuint (stolt_page_flow_get_n_pages (flow), ==, 5);
}

/* A paragraph longer than a page is cut, and runs onto the next one */
static void
test_long_paragraph_splits (void)
{
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
  g_autoptr(GString) text = g_string_new (NULL);
  guint block;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (text, "%s ", lorem);
  stolt_page_flow_add_text (flow, "Innledning");
  block = stolt_page_flow_add_paragraph (flow, text->str, STOLT_FLOW_ALIGN_JUSTIFY);
  stolt_page_flow_paginate (flow);

  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, block), ==, 1);
  g_assert_cmpuint (stolt_page_flow_get_block_last_page (flow, block), >=, 2);
}

/* Every fragment of every block ends above the footer */
static void
assert_inside_pages (StoltPageFlow *flow)
{
  double page_width, page_height;

  stolt_page_flow_get_page_size (flow, 1, &page_width, &page_height);
  for (guint i = 0; i < flow->fragments->len; i++)
    {
      const Fragment *fragment = &g_array_index (flow->fragments, Fragment, i);
      const Block *block = g_ptr_array_index (flow->blocks, fragment->block);
      double bottom = fragment->y + block->extra;

      for (guint u = fragment->first; u < fragment->first + fragment->n; u++)
        bottom += g_array_index (block->units, double, u);
      g_assert_cmpfloat (bottom, <=, page_height - STOLT_FLOW_MARGIN_BOTTOM + 0.01);
    }
}

/* A 100 000-letter word, in a paragraph and in a table cell, breaks
 * across pages and never runs through the footer */
static void
test_long_word (void)
{
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
  g_autofree char *word = g_strnfill (100000, 'k');
  const double widths[] = { 1, 4, 1 };
  const char *headers[] = { "Kod", "Aktivitet", "Timmar" };
  const char *long_row[] = { "A1", word, "16" };
  const char *short_row[] = { "A2", "Kort", "8" };
  guint paragraph, table;

  stolt_page_flow_add_heading (flow, 1, "Aktiviteter");
  paragraph = stolt_page_flow_add_text (flow, word);
  table = stolt_page_flow_add_table (flow, 3, widths, headers);
  stolt_page_flow_add_row (flow, table, long_row);
  stolt_page_flow_add_row (flow, table, short_row);
  stolt_page_flow_paginate (flow);

  g_assert_cmpuint (stolt_page_flow_get_block_last_page (flow, paragraph), >,
                    stolt_page_flow_get_block_page (flow, paragraph) + 5);
  /* The row starts where the paragraph ends (or on the next page, when
   * not even a band fits there) and runs over pages */
  g_assert_cmpuint (stolt_page_flow_get_row_page (flow, table, 0), <=,
                    stolt_page_flow_get_block_last_page (flow, paragraph) + 1);
  g_assert_cmpuint (stolt_page_flow_get_row_page (flow, table, 1), >,
                    stolt_page_flow_get_row_page (flow, table, 0) + 5);
  assert_inside_pages (flow);
}

/* The five SMART criteria are never split, leaving a row alone */
static void
test_short_table_kept_together (void)
{
  const double widths[] = { 1, 3 };
  const char *headers[] = { "Kriterium", "Beskrivning" };
  const char *criteria[] = { "Specifik", "Mätbar", "Accepterad", "Realistisk", "Tidsatt" };

  /* Push the table down the page a little further each time, so that
   * some run would split it anywhere */
  for (double fill = 560; fill <= 700; fill += 7)
    {
      g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
      guint table;

      stolt_page_flow_add_drawing (flow, fixed_height_cb, &fill, NULL);
      table = stolt_page_flow_add_table (flow, 2, widths, headers);
      for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
        {
          const char *row[] = { criteria[i], lorem };

          stolt_page_flow_add_row (flow, table, row);
        }
      stolt_page_flow_paginate (flow);

      g_assert_cmpuint (stolt_page_flow_get_row_page (flow, table, 0), ==,
                        stolt_page_flow_get_row_page (flow, table, 4));
      assert_inside_pages (flow);
    }
}

/* A long table keeps two rows together at each end of a page */
static void
test_table_widows (void)
{
  const double widths[] = { 3, 1 };
  const char *headers[] = { "Aktivitet", "Timer" };

  for (guint n = 20; n < 60; n++)
    {
      g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
      guint table = stolt_page_flow_add_table (flow, 2, widths, headers);
      guint last;

      for (guint i = 0; i < n; i++)
        {
          const char *row[] = { lorem, "16" };

          stolt_page_flow_add_row (flow, table, row);
        }
      stolt_page_flow_paginate (flow);

      last = stolt_page_flow_get_row_page (flow, table, n - 1);
      g_assert_cmpuint (stolt_page_flow_get_row_page (flow, table, n - 2), ==, last);
      g_assert_cmpuint (stolt_page_flow_get_row_page (flow, table, 0), ==,
                        stolt_page_flow_get_row_page (flow, table, 1));
    }
}

static void
test_toc_and_pdf (void)
{
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  guint toc, chapter[3];
  const char *data;

  stolt_page_flow_set_header (flow, "Ny arbeidsgiverpolitikk");
  stolt_page_flow_set_plain_first_page (flow, TRUE);
  stolt_page_flow_add_title (flow, "Prosjektplan");
  stolt_page_flow_add_key_value (flow, "Prosjekteier", "Rådmannen &amp; ledergruppen");
  stolt_page_flow_add_page_break (flow);
  toc = stolt_page_flow_add_toc (flow, "Innhold", 2);
  for (guint i = 0; i < 3; i++)
    {
      stolt_page_flow_add_page_break (flow);
      chapter[i] = stolt_page_flow_add_heading (flow, 1, "Kapittel");
      stolt_page_flow_add_heading (flow, 2, "Underkapittel");
      stolt_page_flow_add_list_item (flow, STOLT_FLOW_LIST_NUMBERED, 1, 0, "<b>ett</b>");
      stolt_page_flow_add_list_item (flow, STOLT_FLOW_LIST_BULLET, 0, 1, "to");
      /* Markup Pango refuses is shown as text */
      stolt_page_flow_add_paragraph (flow, "<b>open", STOLT_FLOW_ALIGN_LEFT);
    }
  stolt_page_flow_paginate (flow);

  g_assert_cmpuint (stolt_page_flow_get_block_page (flow, toc), ==, 2);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (stolt_page_flow_get_block_page (flow, chapter[i]), ==, 3 + i);

  g_assert_true (stolt_page_flow_write_pdf (flow, "Prosjektplan", stream, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), >,
                    1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
}

/* Every layout breaks lines by the rules of the language the user reads
 * the interface in, not the C library's character locale */
static void
test_language_follows_ui (void)
{
  static const struct { const char *env; const char *tag; } cases[] = {
    { "nb:sv", "nb" }, { "sv_SE.UTF-8", "sv-se" }, { "C", "en" },
  };
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GObject) context = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      g_setenv ("LANGUAGE", cases[i].env, TRUE);
      context = G_OBJECT (stolt_text_context_new ());
      layout = stolt_text_layout_new (PANGO_CONTEXT (context), "DejaVu Sans", FALSE, 10, 100);
      g_assert_cmpstr (pango_language_to_string (stolt_text_language ()), ==, cases[i].tag);
      g_assert_true (pango_context_get_language (pango_layout_get_context (layout)) ==
                     pango_language_from_string (cases[i].tag));
    }

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-flow/page-sizes", test_page_sizes);
  g_test_add_func ("/page-flow/heading-keeps-with-next", test_heading_keeps_with_next);
  g_test_add_func ("/page-flow/heading-chain", test_heading_chain_keeps_together);
  g_test_add_func ("/page-flow/table-runs-over-pages", test_table_runs_over_pages);
  g_test_add_func ("/page-flow/long-word", test_long_word);
  g_test_add_func ("/page-flow/short-table-kept-together", test_short_table_kept_together);
  g_test_add_func ("/page-flow/table-widows", test_table_widows);
  g_test_add_func ("/page-flow/drawings-and-breaks", test_drawings_and_breaks);
  g_test_add_func ("/page-flow/long-paragraph", test_long_paragraph_splits);
  g_test_add_func ("/page-flow/toc-and-pdf", test_toc_and_pdf);
  g_test_add_func ("/page-flow/language-follows-ui", test_language_follows_ui);

  return g_test_run ();
}
