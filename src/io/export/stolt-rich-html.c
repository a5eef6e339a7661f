/* stolt-rich-html.c — formatted text from other programs, as rich-text blocks
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's forgiving HTML parser (no network, no messages) makes a tree
 * of whatever the clipboard held; one walk over it pours the text into
 * blocks the way a browser lays it out: white space collapsed, a block
 * element starting a new block, inline elements giving their style.
 * Style attributes count for bold and italic only, as office suites and
 * online editors mark emphasis that way ("font-weight: 700").
 */

#define G_LOG_DOMAIN "stolt-rich-html"

#include "config.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#include "stolt-markdown.h"
#include "stolt-rich-html.h"

#define MAX_DEPTH 256  /* deeper nesting is junk: its text is dropped */

typedef struct
{
  gboolean ordered;
  guint    next;     /* the number of the next item */
} List;

typedef struct
{
  GPtrArray      *blocks;
  StoltRichBlock *block;     /* the block text goes to, NULL between blocks */
  gboolean        space;     /* a collapsed space is owed before more text */
  GArray         *lists;     /* List, innermost last */
} Reader;

static gboolean
name_is (const xmlNode *node,
         const char    *name)
{
  return node->name != NULL && g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
name_in (const xmlNode     *node,
         const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (name_is (node, names[i]))
      return TRUE;
  return FALSE;
}

static const char *const dropped[] = {
  "head", "script", "style", "noscript", "template", "iframe", "object", "embed",
  "svg", "math", "canvas", "img", "video", "audio", "select", "button", "input",
  "textarea", NULL,
};

static const char *const block_elements[] = {
  "p", "div", "blockquote", "pre", "section", "article", "header", "footer",
  "address", "aside", "nav", "main", "figure", "figcaption", "dl", "dt", "dd",
  "table", "tr", "caption", "center", "hr", "form", "fieldset", "body", NULL,
};

/* The text of the current block without its trailing spaces; an empty
 * block is dropped */
static void
end_block (Reader *reader)
{
  StoltRichBlock *block = reader->block;

  reader->block = NULL;
  reader->space = FALSE;
  if (block == NULL)
    return;
  while (block->spans->len > 0)
    {
      StoltRichSpan *last = &g_array_index (block->spans, StoltRichSpan, block->spans->len - 1);

      if (g_str_equal (last->text, "\n"))
        {
          g_array_remove_index (block->spans, block->spans->len - 1);
          continue;
        }
      g_strchomp (last->text);
      if (last->text[0] != '\0')
        break;
      g_array_remove_index (block->spans, block->spans->len - 1);
    }
  if (block->spans->len == 0)
    g_ptr_array_remove (reader->blocks, block);
}

static void
start_block (Reader        *reader,
             StoltRichKind  kind,
             guint          number,
             guint          depth)
{
  end_block (reader);
  reader->block = stolt_rich_blocks_append (reader->blocks, kind, number, depth);
}

static void
add_text (Reader         *reader,
          const char     *text,
          StoltRichStyle  style,
          const char     *uri)
{
  GString *collapsed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          reader->space = TRUE;
          continue;
        }
      /* Spaces between words, plain between styles; none at the start
       * of a block */
      if (reader->space && collapsed->len > 0)
        g_string_append_c (collapsed, ' ');
      else if (reader->space && reader->block != NULL && reader->block->spans->len > 0)
        {
          const StoltRichSpan *last = &g_array_index (reader->block->spans, StoltRichSpan,
                                                      reader->block->spans->len - 1);

          /* Inside a link the space is the link's */
          if (uri != NULL && g_strcmp0 (last->uri, uri) == 0)
            stolt_rich_block_add_link (reader->block, " ", STOLT_RICH_PLAIN, uri);
          else
            stolt_rich_block_add_span (reader->block, " ", STOLT_RICH_PLAIN);
        }
      reader->space = FALSE;
      g_string_append_c (collapsed, *p);
    }
  if (collapsed->len > 0)
    {
      if (reader->block == NULL)
        {
          gboolean space = reader->space;  /* owed after this text */

          start_block (reader, STOLT_RICH_PARAGRAPH, 0, 0);
          reader->space = space;
        }
      if (uri != NULL)
        stolt_rich_block_add_link (reader->block, collapsed->str, style, uri);
      else
        stolt_rich_block_add_span (reader->block, collapsed->str, style);
    }
  g_string_free (collapsed, TRUE);
}

/* Bold and italic from a style attribute: "font-weight: 700; …" */
static StoltRichStyle
style_from_attribute (xmlNode        *node,
                      StoltRichStyle  style)
{
  g_autofree char *css = (char *) xmlGetProp (node, (const xmlChar *) "style");
  g_auto(GStrv) declarations = NULL;

  if (css == NULL)
    return style;
  declarations = g_strsplit (css, ";", -1);
  for (guint i = 0; declarations[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (declarations[i], ":", 2);
      g_autofree char *property = NULL;
      g_autofree char *value = NULL;

      if (pair[0] == NULL || pair[1] == NULL)
        continue;
      property = g_ascii_strdown (g_strstrip (pair[0]), -1);
      value = g_ascii_strdown (g_strstrip (pair[1]), -1);
      if (g_str_equal (property, "font-weight"))
        {
          if (g_str_equal (value, "bold") || g_str_equal (value, "bolder") ||
              (g_ascii_isdigit (value[0]) && g_ascii_strtoull (value, NULL, 10) >= 600))
            style |= STOLT_RICH_STRONG;
          else
            style &= ~STOLT_RICH_STRONG;
        }
      else if (g_str_equal (property, "font-style"))
        {
          if (g_str_equal (value, "italic") || g_str_equal (value, "oblique"))
            style |= STOLT_RICH_EMPH;
          else if (g_str_equal (value, "normal"))
            style &= ~STOLT_RICH_EMPH;
        }
    }
  return style;
}

static guint
number_attribute (xmlNode    *node,
                  const char *name,
                  guint       fallback)
{
  g_autofree char *text = (char *) xmlGetProp (node, (const xmlChar *) name);
  guint64 number;

  if (text == NULL || !g_ascii_string_to_unsigned (g_strstrip (text), 10, 0, 99999, &number, NULL))
    return fallback;
  return (guint) number;
}

static void walk (Reader *reader, xmlNode *node, StoltRichStyle style, const char *uri,
                  guint depth);

static void
walk_children (Reader         *reader,
               xmlNode        *node,
               StoltRichStyle  style,
               const char     *uri,
               guint           depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    walk (reader, child, style, uri, depth + 1);
}

static void
walk_item (Reader         *reader,
           xmlNode        *node,
           StoltRichStyle  style,
           guint           depth)
{
  List *list = reader->lists->len > 0
               ? &g_array_index (reader->lists, List, reader->lists->len - 1) : NULL;
  gboolean ordered = list != NULL && list->ordered;
  guint number = 0;

  if (ordered)
    {
      number = number_attribute (node, "value", list->next);
      list->next = number + 1;
    }
  start_block (reader, ordered ? STOLT_RICH_NUMBERED : STOLT_RICH_BULLET, number,
               reader->lists->len > 0 ? reader->lists->len - 1 : 0);
  walk_children (reader, node, style, NULL, depth);
  end_block (reader);
}

static void
walk (Reader         *reader,
      xmlNode        *node,
      StoltRichStyle  style,
      const char     *uri,
      guint           depth)
{
  if (depth > MAX_DEPTH)
    return;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        add_text (reader, (const char *) node->content, style, uri);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    {
      if (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE)
        walk_children (reader, node, style, uri, depth);
      return;
    }
  if (name_in (node, dropped))
    return;

  style = style_from_attribute (node, style);
  if (name_is (node, "b") || name_is (node, "strong"))
    style |= STOLT_RICH_STRONG;
  else if (name_is (node, "i") || name_is (node, "em") || name_is (node, "cite"))
    style |= STOLT_RICH_EMPH;

  if (node->name != NULL && strlen ((const char *) node->name) == 2 &&
      g_ascii_tolower (node->name[0]) == 'h' && node->name[1] >= '1' && node->name[1] <= '6')
    {
      /* Bold is what a heading is already */
      start_block (reader, STOLT_RICH_HEADING, 0, 0);
      walk_children (reader, node, style & ~STOLT_RICH_STRONG, NULL, depth);
      end_block (reader);
    }
  else if (name_is (node, "ul") || name_is (node, "ol") || name_is (node, "menu"))
    {
      List list = { name_is (node, "ol"), number_attribute (node, "start", 1) };

      end_block (reader);
      g_array_append_val (reader->lists, list);
      walk_children (reader, node, style, uri, depth);
      g_array_set_size (reader->lists, reader->lists->len - 1);
      end_block (reader);
    }
  else if (name_is (node, "li"))
    walk_item (reader, node, style, depth);
  else if (name_is (node, "br"))
    {
      if (reader->block != NULL && reader->block->kind != STOLT_RICH_HEADING &&
          reader->block->spans->len > 0)
        {
          stolt_rich_block_add_span (reader->block, "\n", STOLT_RICH_PLAIN);
          reader->space = FALSE;
        }
    }
  else if (name_is (node, "a"))
    {
      g_autofree char *href = (char *) xmlGetProp (node, (const xmlChar *) "href");
      g_autofree char *target = href != NULL ? g_strstrip (g_strdup (href)) : NULL;

      /* Links inside links do not exist; other addresses keep their text */
      walk_children (reader, node, style,
                     uri == NULL && stolt_rich_link_is_allowed (target) ? target : uri, depth);
    }
  else if (name_in (node, block_elements))
    {
      /* The first paragraph of a list item is the item itself */
      gboolean in_fresh_item = reader->block != NULL && reader->block->spans->len == 0 &&
                               reader->block->kind != STOLT_RICH_PARAGRAPH;

      if (!in_fresh_item)
        end_block (reader);
      walk_children (reader, node, style, uri, depth);
      end_block (reader);
    }
  else
    {
      /* Table cells of a row stay apart */
      if (name_is (node, "td") || name_is (node, "th"))
        reader->space = TRUE;
      walk_children (reader, node, style, uri, depth);
    }
}

/* Clipboards hand over HTML as UTF-8, some programs as UTF-16: UTF-8 */
static char *
to_utf8 (const char *html,
         gsize       length,
         gsize      *out_length)
{
  const guchar *bytes = (const guchar *) html;
  const char *from = NULL;
  gsize skip = 0;
  char *converted;

  if (length >= 2 && bytes[0] == 0xff && bytes[1] == 0xfe)
    from = "UTF-16LE", skip = 2;
  else if (length >= 2 && bytes[0] == 0xfe && bytes[1] == 0xff)
    from = "UTF-16BE", skip = 2;
  else if (length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
    from = "UTF-16LE";
  else if (length >= 3 && bytes[0] == 0xef && bytes[1] == 0xbb && bytes[2] == 0xbf)
    skip = 3;

  if (from != NULL)
    {
      converted = g_convert (html + skip, (length - skip) & ~(gsize) 1, "UTF-8", from,
                             NULL, out_length, NULL);
      if (converted != NULL)
        return converted;
      *out_length = 0;
      return g_strdup ("");
    }
  /* Invalid bytes are replaced, not a reason to lose the rest */
  converted = g_utf8_make_valid (html + skip, length - skip);
  *out_length = strlen (converted);
  return converted;
}

/**
 * stolt_rich_blocks_from_html:
 * @html: (array length=length): HTML as a clipboard holds it, in any
 *   state of repair
 *
 * Returns: (transfer container) (element-type StoltRichBlock): the blocks
 *   it reads as, possibly none
 */
GPtrArray *
stolt_rich_blocks_from_html (const char *html,
                             gsize       length)
{
  Reader reader = { 0 };
  g_autofree char *text = NULL;
  gsize text_length = 0;
  htmlDocPtr document;

  reader.blocks = stolt_rich_blocks_new ();
  if (html == NULL || length == 0)
    return reader.blocks;

  text = to_utf8 (html, length, &text_length);
  if (text_length == 0 || text_length > G_MAXINT)
    return reader.blocks;
  document = htmlReadMemory (text, (int) text_length, NULL, "UTF-8",
                             HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_RECOVER);
  if (document == NULL)
    return reader.blocks;

  reader.lists = g_array_new (FALSE, FALSE, sizeof (List));
  walk (&reader, (xmlNode *) document, STOLT_RICH_PLAIN, NULL, 0);
  end_block (&reader);
  g_array_unref (reader.lists);
  xmlFreeDoc (document);
  return reader.blocks;
}
