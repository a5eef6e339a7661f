/* test-rich-html.c — formatted text pasted from other programs
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The samples are written the way LibreOffice Writer, Firefox/Chromium
 * and online editors put HTML on the clipboard.
 */

#include "config.h"

#include <string.h>

#include "stolt-markdown.h"
#include "stolt-rich-html.h"

/* As in test-markdown.c: one line per block, spans as [style:text]<uri> */
static char *
convert (const char *html,
         gssize      length)
{
  g_autoptr(GPtrArray) blocks = stolt_rich_blocks_from_html (html, length < 0 ? strlen (html)
                                                                              : (gsize) length);
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

static void
check (const char *html,
       const char *expected)
{
  g_autofree char *got = convert (html, -1);

  g_assert_cmpstr (got, ==, expected);
}

static void
test_libreoffice (void)
{
  check ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n"
         "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/>"
         "<title></title><meta name=\"generator\" content=\"LibreOffice 7.4\"/>"
         "<style type=\"text/css\">@page { size: 21cm 29.7cm } p { line-height: 115% }</style>"
         "</head><body lang=\"nb-NO\" dir=\"ltr\">\n"
         "<h2 class=\"western\">Vårt mål</h2>\n"
         "<p style=\"margin-bottom: 0cm\">Vi <b>skal</b> gi <i>alle</i>\n"
         "   innbyggere   gode tjenester.</p>\n"
         "<ul>\n\t<li><p style=\"margin-bottom: 0cm\">Åpenhet</p></li>\n"
         "\t<li><p style=\"margin-bottom: 0cm\">Respekt\n\t<ul><li><p>for alle</p></li></ul></li>\n"
         "</ul>\n"
         "<ol start=\"3\"><li><p>Tre</p></li><li><p>Fire</p></li></ol>\n"
         "<p>Les <a href=\"https://example.com/plan\">planen</a>.</p>\n"
         "</body></html>",
         "H0.0 [0:Vårt mål]\n"
         "P0.0 [0:Vi ] [2:skal] [0: gi ] [1:alle] [0: innbyggere gode tjenester.]\n"
         "B0.0 [0:Åpenhet]\n"
         "B0.0 [0:Respekt]\n"
         "B0.1 [0:for alle]\n"
         "N3.0 [0:Tre]\n"
         "N4.0 [0:Fire]\n"
         "P0.0 [0:Les ] [0:planen]<https://example.com/plan> [0:.]\n");
}

static void
test_browser (void)
{
  /* Chromium wraps a selection in a <meta charset> and fragment comments */
  check ("<meta charset='utf-8'><!--StartFragment--><h1 style=\"color: red\">Tittel "
         "<em>her</em></h1><div>Første<br>andre linje</div>"
         "<script>alert('bort')</script><noscript>bort</noscript>"
         "<p>Se <a href=\"javascript:alert(1)\">ikke lenke</a> og "
         "<a href=\"mailto:post@example.com\"><strong>e-post</strong></a></p>"
         "<img src=\"x.png\" alt=\"bilde\"><table><tr><td>A</td><td>B</td></tr></table>"
         "<!--EndFragment-->",
         "H0.0 [0:Tittel ] [1:her]\n"
         "P0.0 [0:Første] [0:\n] [0:andre linje]\n"
         "P0.0 [0:Se ikke lenke og ] [2:e-post]<mailto:post@example.com>\n"
         "P0.0 [0:A B]\n");
}

static void
test_online_editor (void)
{
  /* Google Docs: bold by style, the whole fragment in a non-bold <b> */
  check ("<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">"
         "<p dir=\"ltr\"><span style=\"font-weight:700;\">Fet</span>"
         "<span style=\"font-weight:400;\"> og </span>"
         "<span style=\"font-style:italic;font-weight:400\">kursiv</span></p>"
         "<ol><li style=\"list-style-type:decimal\"><p>en</p></li>"
         "<li><p>to</p></li></ol></b>",
         "P0.0 [2:Fet] [0: og ] [1:kursiv]\n"
         "N1.0 [0:en]\n"
         "N2.0 [0:to]\n");
}

static void
test_junk (void)
{
  g_autofree char *deep = NULL;
  g_autoptr(GString) nested = g_string_new (NULL);
  /* UTF-16 with a byte order mark, as some programs hand it over */
  static const char utf16[] = "\xff\xfe<\0p\0>\0h\0\xe5\0<\0/\0p\0>\0";
  g_autofree char *converted = convert (utf16, sizeof utf16 - 1);

  check ("", "");
  check ("   \n\t ", "");
  check ("<p></p><ul><li></li></ul><h3> </h3>", "");
  check ("just text & <b>bold", "P0.0 [0:just text & ] [2:bold]\n");
  check ("<p>unclosed <i>italic<p>next", "P0.0 [0:unclosed ] [1:italic]\nP0.0 [0:next]\n");
  check ("<style>p{}</style><p>a</p><script>x</script>", "P0.0 [0:a]\n");
  check ("<p>a<a href=\"https://a.example\">b<a href=\"https://c.example\">c</a></a></p>",
         "P0.0 [0:a] [0:b]<https://a.example> [0:c]<https://c.example>\n");
  check ("<li>no list</li><li>two</li>", "B0.0 [0:no list]\nB0.0 [0:two]\n");
  check ("bad \xff bytes", "P0.0 [0:bad \xef\xbf\xbd bytes]\n");
  g_assert_cmpstr (converted, ==, "P0.0 [0:hå]\n");

  /* Nesting deeper than any document: no crash, the text near the top kept */
  g_string_append (nested, "<p>top</p>");
  for (guint i = 0; i < 5000; i++)
    g_string_append (nested, "<div>");
  g_string_append (nested, "bottom");
  deep = convert (nested->str, -1);
  g_assert_true (g_str_has_prefix (deep, "P0.0 [0:top]\n"));
}

/* The blocks are the subset's: written as Markdown they read back the same */
static void
test_to_markdown (void)
{
  const char *html = "<h2>Mål</h2><p>Tekst med *stjerner* og [klammer](x)</p>"
                     "<ul><li>a<ul><li>b</li></ul></li></ul>"
                     "<p><a href=\"https://example.com/a_(b)\"><b>fet</b> lenke</a></p>";
  g_autoptr(GPtrArray) blocks = stolt_rich_blocks_from_html (html, strlen (html));
  g_autofree char *markdown = stolt_markdown_from_rich (blocks);

  g_assert_cmpstr (markdown, ==,
                   "### Mål\n\n"
                   "Tekst med \\*stjerner\\* og \\[klammer\\](x)\n\n"
                   "- a\n  - b\n\n"
                   "[**fet** lenke](https://example.com/a_\\(b\\))\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rich-html/libreoffice", test_libreoffice);
  g_test_add_func ("/rich-html/browser", test_browser);
  g_test_add_func ("/rich-html/online-editor", test_online_editor);
  g_test_add_func ("/rich-html/junk", test_junk);
  g_test_add_func ("/rich-html/to-markdown", test_to_markdown);

  return g_test_run ();
}
