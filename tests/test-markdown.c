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

      g_string_append_printf (out, "%c%u.%u", "PBNH"[block->kind], block->number, block->depth);
      for (guint s = 0; s < block->spans->len; s++)
        {
          const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, s);

          g_string_append_printf (out, " [%d:%s]", span->style, span->text);
          if (span->uri != NULL)
            g_string_append_printf (out, "<%s>", span->uri);
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
    /* The sections' headings are their own: "#" lines are text, but
     * "### " is a sub-heading */
    { "# Ikke overskrift\n## heller ikke", "P0.0 [0:# Ikke overskrift ## heller ikke]\n" },
    { "### Mål\n\ntekst\n### *Neste* mål ###\n#### ikke",
      "H0.0 [0:Mål]\nP0.0 [0:tekst]\nH0.0 [1:Neste] [0: mål]\nP0.0 [0:#### ikke]\n" },
    { "- ### i en liste", "B0.0 [0:i en liste]\n" },
    /* Links to the web and to mail addresses; anything else is text */
    { "Se [kommunen](https://example.com/a?b=1&c) og [**oss**](mailto:post@example.com).",
      "P0.0 [0:Se ] [0:kommunen]<https://example.com/a?b=1&c> [0: og ] "
      "[2:oss]<mailto:post@example.com> [0:.]\n" },
    { "[farlig](javascript:alert(1)) [fil](file:///etc/passwd) [rel](../x)",
      "P0.0 [0:farlig fil rel]\n" },
    { "[a *b*](http://x.example)", "P0.0 [0:a ]<http://x.example> [1:b]<http://x.example>\n" },
    { "Tittel\n======\n\ntekst", "P0.0 [0:Tittel]\nP0.0 [0:tekst]\n" },
    /* Raw HTML is dropped, its text kept */
    { "<b>fet</b> tekst", "P0.0 [0:fet tekst]\n" },
    { "<div>\nblokk\n</div>\n\netter", "P0.0 [0:etter]\n" },
    { "***begge***", "P0.0 [3:begge]\n" },
    { "[lenke](http://example.com) og `kode`", "P0.0 [0:lenke]<http://example.com> [0: og kode]\n" },
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
    "### Overskrift med *kursiv*\ntekst under\n\n- punkt\n### Ny",
    "[lenke](https://example.com/a_(b)?q=\\<x\\>) og [**fet *lenke***](mailto:a@b.example) etter",
    "- [punkt](http://example.com/%20x)\n1. [tall](https://example.com)",
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

/* What a user types is kept as typed, however much it looks like the
 * subset: the editor's blocks hold it as plain text */
static void
test_look_alikes (void)
{
  const char *texts[] = {
    "### not a heading", "[x](y)", "[x](https://example.com)", "a ](b) [c", "### ",
    "#hashtag", "\\[escaped\\]", "<https://example.com>", "https://example.com",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) blocks = stolt_rich_blocks_new ();
      g_autoptr(GPtrArray) back = NULL;
      g_autofree char *markdown = NULL;
      g_autofree char *plain = NULL;
      g_autofree char *expected = g_strstrip (g_strdup (texts[i]));
      const StoltRichBlock *block;

      stolt_rich_block_add_span (stolt_rich_blocks_append (blocks, STOLT_RICH_PARAGRAPH, 0, 0),
                                 texts[i], STOLT_RICH_PLAIN);
      markdown = stolt_markdown_from_rich (blocks);
      back = stolt_markdown_parse (markdown);
      g_test_message ("%s → %s", texts[i], markdown);
      g_assert_cmpuint (back->len, ==, 1);
      block = g_ptr_array_index (back, 0);
      g_assert_cmpint (block->kind, ==, STOLT_RICH_PARAGRAPH);
      g_assert_cmpuint (block->spans->len, ==, 1);
      g_assert_null (g_array_index (block->spans, StoltRichSpan, 0).uri);
      plain = stolt_rich_block_to_plain (block);
      g_assert_cmpstr (plain, ==, expected);
    }
}

/* A heading and a link built as the editor builds them */
static void
test_build (void)
{
  g_autoptr(GPtrArray) blocks = stolt_rich_blocks_new ();
  g_autofree char *markdown = NULL;
  g_autofree char *dumped = NULL;
  StoltRichBlock *block;

  block = stolt_rich_blocks_append (blocks, STOLT_RICH_HEADING, 0, 0);
  stolt_rich_block_add_span (block, "Mål [1]", STOLT_RICH_PLAIN);
  block = stolt_rich_blocks_append (blocks, STOLT_RICH_PARAGRAPH, 0, 0);
  stolt_rich_block_add_span (block, "Les ", STOLT_RICH_PLAIN);
  stolt_rich_block_add_link (block, "planen", STOLT_RICH_STRONG, "https://example.com/plan_(2)");
  stolt_rich_block_add_link (block, " her", STOLT_RICH_PLAIN, "javascript:alert(1)");
  markdown = stolt_markdown_from_rich (blocks);
  g_assert_cmpstr (markdown, ==, "### Mål \\[1\\]\n\nLes [**planen**](https://example.com/plan_\\(2\\)) her\n");
  dumped = parse_dump (markdown);
  g_assert_cmpstr (dumped, ==, "H0.0 [0:Mål [1]]\nP0.0 [0:Les ] [2:planen]<https://example.com/plan_(2)> [0: her]\n");
}

static void
test_links_allowed (void)
{
  g_assert_true (stolt_rich_link_is_allowed ("https://example.com"));
  g_assert_true (stolt_rich_link_is_allowed ("HTTP://example.com/a?b#c"));
  g_assert_true (stolt_rich_link_is_allowed ("mailto:post@example.com"));
  g_assert_false (stolt_rich_link_is_allowed (NULL));
  g_assert_false (stolt_rich_link_is_allowed (""));
  g_assert_false (stolt_rich_link_is_allowed ("javascript:alert(1)"));
  g_assert_false (stolt_rich_link_is_allowed ("file:///etc/passwd"));
  g_assert_false (stolt_rich_link_is_allowed ("example.com"));
  g_assert_false (stolt_rich_link_is_allowed ("https://"));
  g_assert_false (stolt_rich_link_is_allowed ("https://exa mple.com"));
  g_assert_false (stolt_rich_link_is_allowed ("mailto:"));
}

static void
test_links_complete (void)
{
  struct { const char *typed, *address; } cases[] = {
    { " www.example.com/plan ", "https://www.example.com/plan" },
    { "post@example.com", "mailto:post@example.com" },
    { "https://example.com", "https://example.com" },
    { "javascript:alert(1)", "javascript:alert(1)" },
    { "plan", "plan" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *address = stolt_rich_link_complete (cases[i].typed);

      g_assert_cmpstr (address, ==, cases[i].address);
    }
}

static void
test_flow (void)
{
  g_autoptr(StoltPageFlow) flow = stolt_page_flow_new (STOLT_PAGE_A4, STOLT_PAGE_PORTRAIT);

  stolt_markdown_append_to_flow (flow, "Avsnitt\n\n- a\n- b\n\n1. c", 3);
  g_assert_cmpuint (stolt_page_flow_get_n_blocks (flow), ==, 4);
  stolt_markdown_append_to_flow (flow, NULL, 3);
  g_assert_cmpuint (stolt_page_flow_get_n_blocks (flow), ==, 4);
  stolt_markdown_append_to_flow (flow, "### Under\n\n[lenke](https://example.com)", 3);
  g_assert_cmpuint (stolt_page_flow_get_n_blocks (flow), ==, 6);
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
  g_test_add_func ("/markdown/look-alikes", test_look_alikes);
  g_test_add_func ("/markdown/build", test_build);
  g_test_add_func ("/markdown/links-allowed", test_links_allowed);
  g_test_add_func ("/markdown/links-complete", test_links_complete);

  return g_test_run ();
}
