/* test-markdown.c — the Markdown subset of section bodies
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the exporters write is read back with cmark itself.
 */

#include "config.h"

#include <cmark.h>
#include <pango/pango.h>
#include <string.h>

#include "stolt-markdown.h"

/* One line per block: kind, number, depth, then the spans as
 * [style:text] so a test can compare whole parses */
static char *
dump (GPtrArray *blocks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const StoltRichBlock *block = g_ptr_array_index (blocks, i);

      g_string_append_printf (out, "%c%u.%u", "PBN"[block->kind], block->number, block->depth);
      for (guint s = 0; s < block->spans->len; s++)
        {
          const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, s);

          g_string_append_printf (out, " [%d:%s]", span->style, span->text);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static char *
parse_dump (const char *text)
{
  g_autoptr(GPtrArray) blocks = stolt_markdown_parse (text);

  return dump (blocks);
}

static void
test_subset (void)
{
  struct { const char *in, *out; } cases[] = {
    { "", "" },
    { "Hei *du* og **deg**.\n\nNy avsnitt\nsamme linje",
      "P0.0 [0:Hei ] [1:du] [0: og ] [2:deg] [0:.]\nP0.0 [0:Ny avsnitt samme linje]\n" },
    { "- a\n- b\n\n1. x\n2. y", "B0.0 [0:a]\nB0.0 [0:b]\nN1.0 [0:x]\nN2.0 [0:y]\n" },
    { "3. tre\n4. fire", "N3.0 [0:tre]\nN4.0 [0:fire]\n" },
    { "- a\n  - b\n- c", "B0.0 [0:a]\nB0.1 [0:b]\nB0.0 [0:c]\n" },
    /* Headings are the sections' own: "#" lines are text */
    { "# Ikke overskrift\n## heller ikke", "P0.0 [0:# Ikke overskrift ## heller ikke]\n" },
    { "Tittel\n======\n\ntekst", "P0.0 [0:Tittel]\nP0.0 [0:tekst]\n" },
    /* Raw HTML is dropped, its text kept */
    { "<b>fet</b> tekst", "P0.0 [0:fet tekst]\n" },
    { "<div>\nblokk\n</div>\n\netter", "P0.0 [0:etter]\n" },
    { "***begge***", "P0.0 [3:begge]\n" },
    { "[lenke](http://example.com) og `kode`", "P0.0 [0:lenke og kode]\n" },
    { "linje\\\nny linje", "P0.0 [0:linje] [0:\n] [0:ny linje]\n" },
    { "75–80 % av budsjettet går til lønn: **kommunens største investering**.",
      "P0.0 [0:75–80 % av budsjettet går til lønn: ] [2:kommunens største investering] [0:.]\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = parse_dump (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

static void
test_pango (void)
{
  g_autoptr(GPtrArray) blocks = stolt_markdown_parse ("Lønn & *ansatte* <3 **alle**");
  g_autofree char *markup = stolt_rich_block_to_pango (g_ptr_array_index (blocks, 0));

  g_assert_cmpstr (markup, ==, "Lønn &amp; <i>ansatte</i> &lt;3 <b>alle</b>");
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
}

/* Plain text, escaped, reads back with cmark as exactly that text */
static char *
cmark_plain_text (const char *markdown)
{
  char *html = cmark_markdown_to_html (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  GString *text = g_string_new (NULL);
  gboolean in_tag = FALSE;

  /* Exactly one paragraph, nothing else: no list, heading, code or HTML */
  g_assert_true (g_str_has_prefix (html, "<p>"));
  g_assert_true (g_str_has_suffix (html, "</p>\n"));
  g_assert_null (strstr (html + 3, "<p>"));
  for (const char *p = html + 3; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>' && in_tag)
        in_tag = FALSE;
      else if (!in_tag)
        g_string_append_c (text, *p);
    }
  free (html);
  return g_string_free (text, FALSE);
}

static void
test_escape (void)
{
  const char *texts[] = {
    "1. ikke en liste", "- ikke en liste", "+ heller ikke", "# ikke overskrift",
    "> ikke sitat", "*ikke* _kursiv_ **fet**", "[ikke](lenke) <b>ikke html</b>",
    "back\\slash `kode` ~~~", "&amp; er ikke en entitet", "2016) årstall", "=====",
    "    innrykket", "Stolt og unik: 75–80 %",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *markdown = stolt_markdown_escape (texts[i]);
      g_autofree char *stripped = g_strstrip (g_strdup (texts[i]));
      g_autofree char *expected = g_markup_escape_text (stripped, -1);
      g_autofree char *plain = cmark_plain_text (markdown);

      g_test_message ("%s → %s", texts[i], markdown);
      /* cmark's HTML escapes & < > " like GMarkup, except for ' */
      g_assert_cmpstr (g_strchomp (plain), ==, g_strstrip (expected));
    }
}

/* Parse → write → parse gives the same blocks */
static void
test_round_trip (void)
{
  const char *texts[] = {
    "Hei *du* og **deg**.\n\nNy avsnitt",
    "- a *b*\n- c\n  1. d\n  2. **e**\n- f\n\nEtter listen.",
    "1. en\n2. to\n\n- punkt\n\n5. fem",
    "# tekst med *stjerne* og 1. tall",
    "linje\\\n**fet\\\nfet**",
    "<i>html</i> *ekte*",
    "***begge*** _under_ **fet *og kursiv* tekst**",
    "10. ti\n11. elleve\n    - under",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) blocks = stolt_markdown_parse (texts[i]);
      g_autofree char *markdown = stolt_markdown_from_rich (blocks);
      g_autofree char *first = dump (blocks);
      g_autofree char *second = parse_dump (markdown);

      g_test_message ("%s\n→\n%s", texts[i], markdown);
      g_assert_cmpstr (second, ==, first);
    }
}

static void
test_flow (void)
{
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);

  stolt_markdown_append_to_flow (flow, "Avsnitt\n\n- a\n- b\n\n1. c");
  g_assert_cmpuint (stolt_page_flow_get_n_blocks (flow), ==, 4);
  stolt_markdown_append_to_flow (flow, NULL);
  g_assert_cmpuint (stolt_page_flow_get_n_blocks (flow), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown/subset", test_subset);
  g_test_add_func ("/markdown/pango", test_pango);
  g_test_add_func ("/markdown/escape", test_escape);
  g_test_add_func ("/markdown/round-trip", test_round_trip);
  g_test_add_func ("/markdown/flow", test_flow);

  return g_test_run ();
}
