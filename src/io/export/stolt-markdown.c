/* stolt-markdown.c — the Markdown subset of section bodies, parsed once
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cmark does the parsing; this file only walks its tree into rich-text
 * blocks and writes them out again.  Anything outside the subset is kept
 * as what a reader sees: a heading other than "### " is a paragraph, a
 * code block its text, a link to anything but http, https or mailto its
 * text; raw HTML is dropped.
 */

#define G_LOG_DOMAIN "stolt-markdown"

#include "config.h"

#include <cmark.h>
#include <string.h>

#include "stolt-markdown.h"

/* "### " at the start of a line is a sub-heading */
static gboolean
is_subheading_marker (const char *p)
{
  return g_str_has_prefix (p, "###") && (p[3] == ' ' || p[3] == '\t' || p[3] == '\n' ||
                                         p[3] == '\r' || p[3] == '\0');
}

/* Any other "#" at the start of a line would make a heading the subset
 * does not have (the sections' own are above the body), so the line is
 * kept as text by escaping the "#" before cmark sees it. */
static char *
escape_heading_lines (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 16);
  gboolean line_start = TRUE;
  guint spaces = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (line_start && *p == ' ' && spaces < 3)
        spaces++;
      else if (line_start && *p == '#' && !is_subheading_marker (p))
        {
          g_string_append_c (out, '\\');
          line_start = FALSE;
        }
      else
        line_start = FALSE;
      g_string_append_c (out, *p);
      if (*p == '\n')
        {
          line_start = TRUE;
          spaces = 0;
        }
    }
  return g_string_free (out, FALSE);
}

static void
span_clear (gpointer data)
{
  StoltRichSpan *span = data;

  g_free (span->text);
  g_free (span->uri);
}

static void
block_free (gpointer data)
{
  StoltRichBlock *block = data;

  g_array_unref (block->spans);
  g_free (block);
}

static StoltRichBlock *
block_new (StoltRichKind kind,
           guint         number,
           guint         depth)
{
  StoltRichBlock *block = g_new0 (StoltRichBlock, 1);

  block->kind = kind;
  block->number = number;
  block->depth = depth;
  block->spans = g_array_new (FALSE, FALSE, sizeof (StoltRichSpan));
  g_array_set_clear_func (block->spans, span_clear);
  return block;
}

/**
 * stolt_rich_link_is_allowed:
 * @uri: (nullable): an address
 *
 * Returns: whether @uri may be a link in a section body: an http or https
 *   address with a host, or a mailto address, without spaces or control
 *   characters
 */
gboolean
stolt_rich_link_is_allowed (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  const char *scheme;

  if (uri == NULL || uri[0] == '\0')
    return FALSE;
  for (const char *p = uri; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == 0x7f)
      return FALSE;
  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (parsed);
  if (g_ascii_strcasecmp (scheme, "mailto") == 0)
    return g_uri_get_path (parsed)[0] != '\0';
  if (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
    return g_uri_get_host (parsed) != NULL && g_uri_get_host (parsed)[0] != '\0';
  return FALSE;
}

/**
 * stolt_rich_link_complete:
 * @typed: (nullable): an address as people type it
 *
 * Returns: (transfer full): @typed without surrounding spaces, and with
 *   what it leaves out: "www.example.com" is a web address
 *   (https://www.example.com), "name@example.com" a mail address
 *   (mailto:name@example.com)
 */
char *
stolt_rich_link_complete (const char *typed)
{
  g_autofree char *address = g_strstrip (g_strdup (typed != NULL ? typed : ""));

  if (address[0] == '\0' || strchr (address, ':') != NULL)
    return g_steal_pointer (&address);
  if (strchr (address, '@') != NULL && strchr (address, '/') == NULL)
    return g_strconcat ("mailto:", address, NULL);
  if (strchr (address, '.') != NULL)
    return g_strconcat ("https://", address, NULL);
  return g_steal_pointer (&address);
}

static void
add_span_full (StoltRichBlock *block,
               const char     *text,
               StoltRichStyle  style,
               const char     *uri)
{
  StoltRichSpan span;

  if (text == NULL || text[0] == '\0')
    return;
  /* A hard break stays a span of its own, so the spans around it keep
   * their style when written out again */
  if (g_str_equal (text, "\n"))
    {
      style = STOLT_RICH_PLAIN;
      uri = NULL;
    }
  else if (block->spans->len > 0)
    {
      StoltRichSpan *last = &g_array_index (block->spans, StoltRichSpan, block->spans->len - 1);

      if (last->style == style && g_strcmp0 (last->uri, uri) == 0 &&
          !g_str_equal (last->text, "\n"))
        {
          char *joined = g_strconcat (last->text, text, NULL);

          g_free (last->text);
          last->text = joined;
          return;
        }
    }
  span.text = g_strdup (text);
  span.style = style;
  span.uri = g_strdup (uri);
  g_array_append_val (block->spans, span);
}

static void
add_span (StoltRichBlock *block,
          const char     *text,
          StoltRichStyle  style)
{
  add_span_full (block, text, style, NULL);
}

static void
walk_inlines (cmark_node     *node,
              StoltRichBlock *block,
              StoltRichStyle  style,
              const char     *uri)
{
  for (cmark_node *child = cmark_node_first_child (node); child != NULL;
       child = cmark_node_next (child))
    {
      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
          add_span_full (block, cmark_node_get_literal (child), style, uri);
          break;
        case CMARK_NODE_SOFTBREAK:
          add_span_full (block, " ", style, uri);
          break;
        case CMARK_NODE_LINEBREAK:
          /* A heading is one line */
          add_span_full (block, block->kind == STOLT_RICH_HEADING ? " " : "\n", style, uri);
          break;
        case CMARK_NODE_EMPH:
          walk_inlines (child, block, style | STOLT_RICH_EMPH, uri);
          break;
        case CMARK_NODE_STRONG:
          walk_inlines (child, block, style | STOLT_RICH_STRONG, uri);
          break;
        case CMARK_NODE_HTML_INLINE:
          break;
        case CMARK_NODE_LINK:
          {
            const char *target = cmark_node_get_url (child);

            /* Links in links do not exist; other schemes keep their text */
            walk_inlines (child, block, style,
                          uri == NULL && stolt_rich_link_is_allowed (target) ? target : uri);
          }
          break;
        default:  /* images, custom: their text */
          walk_inlines (child, block, style, uri);
          break;
        }
    }
}

/* White space at the edge of a styled span is plain: "**fet *og*" has
 * "fet" strong, then a plain space.  This makes the spans a fixed point
 * of parse → write → parse, and changes nothing a reader sees. */
static void
normalise_spans (StoltRichBlock *block)
{
  GArray *old = block->spans;

  block->spans = g_array_new (FALSE, FALSE, sizeof (StoltRichSpan));
  g_array_set_clear_func (block->spans, span_clear);
  for (guint i = 0; i < old->len; i++)
    {
      const StoltRichSpan *span = &g_array_index (old, StoltRichSpan, i);
      gsize len = strlen (span->text);
      gsize lead = strspn (span->text, " ");
      gsize trail = 0;
      g_autofree char *inner = NULL;

      if (span->style == STOLT_RICH_PLAIN || g_str_equal (span->text, "\n"))
        {
          add_span_full (block, span->text, span->style, span->uri);
          continue;
        }
      while (trail < len - lead && span->text[len - 1 - trail] == ' ')
        trail++;
      inner = g_strndup (span->text + lead, len - lead - trail);
      add_span_full (block, lead > 0 ? " " : NULL, STOLT_RICH_PLAIN, span->uri);
      add_span_full (block, inner, span->style, span->uri);
      add_span_full (block, trail > 0 ? " " : NULL, STOLT_RICH_PLAIN, span->uri);
    }
  g_array_unref (old);
}

static void walk_blocks (cmark_node *node, GPtrArray *blocks, guint depth);

/* An item's paragraphs make one block; its nested lists go one deeper */
static void
walk_item (cmark_node    *item,
           GPtrArray     *blocks,
           StoltRichKind  kind,
           guint          number,
           guint          depth)
{
  StoltRichBlock *block = block_new (kind, number, depth);

  g_ptr_array_add (blocks, block);
  for (cmark_node *child = cmark_node_first_child (item); child != NULL;
       child = cmark_node_next (child))
    {
      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
          if (block->spans->len > 0)
            add_span (block, "\n", STOLT_RICH_PLAIN);
          walk_inlines (child, block, STOLT_RICH_PLAIN, NULL);
          break;
        case CMARK_NODE_LIST:
          walk_blocks (child, blocks, depth + 1);
          break;
        default:
          walk_blocks (child, blocks, depth);
          break;
        }
    }
}

static void
walk_list (cmark_node *list,
           GPtrArray  *blocks,
           guint       depth)
{
  gboolean ordered = cmark_node_get_list_type (list) == CMARK_ORDERED_LIST;
  guint number = ordered ? (guint) MAX (cmark_node_get_list_start (list), 0) : 0;

  for (cmark_node *item = cmark_node_first_child (list); item != NULL;
       item = cmark_node_next (item))
    walk_item (item, blocks, ordered ? STOLT_RICH_NUMBERED : STOLT_RICH_BULLET,
               ordered ? number++ : 0, depth);
}

static void
add_literal_paragraph (GPtrArray  *blocks,
                       const char *literal)
{
  g_autofree char *text = g_strchomp (g_strdup (literal != NULL ? literal : ""));
  StoltRichBlock *block;

  if (text[0] == '\0')
    return;
  block = block_new (STOLT_RICH_PARAGRAPH, 0, 0);
  add_span (block, text, STOLT_RICH_PLAIN);
  g_ptr_array_add (blocks, block);
}

static void
walk_blocks (cmark_node *node,
             GPtrArray  *blocks,
             guint       depth)
{
  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      {
        /* Only "### " is left a heading by escape_heading_lines(); a
         * setext heading ("Title\n===") is a paragraph */
        gboolean heading = cmark_node_get_type (node) == CMARK_NODE_HEADING &&
                           cmark_node_get_heading_level (node) == 3 && depth == 0;
        StoltRichBlock *block = block_new (heading ? STOLT_RICH_HEADING : STOLT_RICH_PARAGRAPH,
                                           0, 0);

        walk_inlines (node, block, STOLT_RICH_PLAIN, NULL);
        if (block->spans->len > 0)
          g_ptr_array_add (blocks, block);
        else
          block_free (block);
      }
      break;
    case CMARK_NODE_LIST:
      walk_list (node, blocks, depth);
      break;
    case CMARK_NODE_CODE_BLOCK:
      add_literal_paragraph (blocks, cmark_node_get_literal (node));
      break;
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
      break;
    default:  /* the document, block quotes */
      for (cmark_node *child = cmark_node_first_child (node); child != NULL;
           child = cmark_node_next (child))
        walk_blocks (child, blocks, depth);
      break;
    }
}

/**
 * stolt_markdown_parse:
 * @text: (nullable): a section body
 *
 * Returns: (transfer container) (element-type StoltRichBlock): the blocks
 */
GPtrArray *
stolt_markdown_parse (const char *text)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);
  g_autofree char *escaped = NULL;
  cmark_node *document;

  if (text == NULL || text[0] == '\0')
    return blocks;

  escaped = escape_heading_lines (text);
  document = cmark_parse_document (escaped, strlen (escaped), CMARK_OPT_DEFAULT);
  if (document != NULL)
    {
      walk_blocks (document, blocks, 0);
      cmark_node_free (document);
      for (guint i = 0; i < blocks->len; i++)
        normalise_spans (g_ptr_array_index (blocks, i));
    }
  return blocks;
}

char *
stolt_rich_block_to_pango (const StoltRichBlock *block)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < block->spans->len; i++)
    {
      const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, i);
      g_autofree char *escaped = g_markup_escape_text (span->text, -1);

      const char *previous_uri = i > 0 ? g_array_index (block->spans, StoltRichSpan, i - 1).uri
                                       : NULL;
      const char *next_uri = i + 1 < block->spans->len
                             ? g_array_index (block->spans, StoltRichSpan, i + 1).uri : NULL;

      /* A link is set as readers know one; the page flow finds it by
       * this span to make it clickable in the PDF */
      if (span->uri != NULL && g_strcmp0 (previous_uri, span->uri) != 0)
        g_string_append (markup, STOLT_FLOW_LINK_SPAN);
      if (span->style & STOLT_RICH_STRONG)
        g_string_append (markup, "<b>");
      if (span->style & STOLT_RICH_EMPH)
        g_string_append (markup, "<i>");
      g_string_append (markup, escaped);
      if (span->style & STOLT_RICH_EMPH)
        g_string_append (markup, "</i>");
      if (span->style & STOLT_RICH_STRONG)
        g_string_append (markup, "</b>");
      if (span->uri != NULL && g_strcmp0 (next_uri, span->uri) != 0)
        g_string_append (markup, "</span>");
    }
  return g_string_free (markup, FALSE);
}

char *
stolt_rich_block_to_plain (const StoltRichBlock *block)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < block->spans->len; i++)
    g_string_append (text, g_array_index (block->spans, StoltRichSpan, i).text);
  return g_string_free (text, FALSE);
}

/* Characters that could start Markdown syntax anywhere in a line */
static gboolean
needs_escape (char c)
{
  return strchr ("\\`*_[]<>&#~", c) != NULL;
}

/* At the start of a line, these would make a list, a quote or a rule */
static gboolean
needs_escape_at_line_start (const char *p)
{
  if (strchr ("-+=>", *p) != NULL)
    return TRUE;
  return FALSE;
}

static void
append_escaped (GString    *out,
                const char *text,
                const char *continuation)
{
  gboolean line_start = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          /* A hard line break; the next line keeps its list indent */
          g_string_append (out, "\\\n");
          g_string_append (out, continuation);
          line_start = TRUE;
          continue;
        }
      if (*p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (line_start && *p == ' ')
        continue;
      if (needs_escape (*p) || (line_start && needs_escape_at_line_start (p)))
        g_string_append_c (out, '\\');
      else if (line_start && g_ascii_isdigit (*p))
        {
          /* "2016." would open a numbered list: escape its dot */
          const char *q = p;

          while (g_ascii_isdigit (*q))
            q++;
          if (*q == '.' || *q == ')')
            {
              g_string_append_len (out, p, q - p);
              g_string_append_c (out, '\\');
              p = q;
            }
        }
      g_string_append_c (out, *p);
      line_start = FALSE;
    }
}

/**
 * stolt_markdown_escape:
 *
 * Returns: (transfer full): @text as CommonMark that reads back as
 *   exactly that text, on one line
 */
char *
stolt_markdown_escape (const char *text)
{
  GString *out = g_string_new (NULL);
  g_autofree char *flat = g_strdup (text != NULL ? text : "");

  g_strdelimit (flat, "\r\n", ' ');
  append_escaped (out, g_strstrip (flat), "");
  return g_string_free (out, FALSE);
}

/* Emphasis markers must touch the text: white space goes outside them */
static void
append_span (GString             *out,
             const StoltRichSpan *span,
             const char          *continuation,
             gboolean             at_start)
{
  const char *marker = (span->style & STOLT_RICH_STRONG) && (span->style & STOLT_RICH_EMPH)
                       ? "***" : (span->style & STOLT_RICH_STRONG) ? "**"
                       : (span->style & STOLT_RICH_EMPH) ? "*" : "";
  g_autofree char *inner = g_strdup (span->text);
  gsize len = strlen (inner);
  gsize lead = strspn (inner, " ");
  gsize trail = 0;

  while (trail < len - lead && inner[len - 1 - trail] == ' ')
    trail++;
  if (marker[0] == '\0' || lead == len || strchr (inner, '\n') != NULL)
    marker = "";

  if (!at_start)
    g_string_append_len (out, inner, lead);
  inner[len - trail] = '\0';
  g_string_append (out, marker);
  append_escaped (out, inner + lead, continuation);
  g_string_append (out, marker);
  for (gsize i = 0; i < trail; i++)
    g_string_append_c (out, ' ');
}

/* A link's address as a CommonMark link destination: nothing in it may
 * end the destination early */
static void
append_destination (GString    *out,
                    const char *uri)
{
  for (const char *p = uri; *p != '\0'; p++)
    {
      if ((guchar) *p <= ' ' || *p == 0x7f)
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        {
          if (strchr ("()<>\\", *p) != NULL)
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
    }
}

static void
append_block (GString              *out,
              const StoltRichBlock *block,
              guint                *indents)
{
  guint depth = MIN (block->depth, 7);
  guint indent = depth > 0 ? indents[depth - 1] : 0;
  g_autofree char *prefix = g_strnfill (indent, ' ');
  g_autofree char *marker = NULL;
  g_autofree char *continuation = NULL;

  if (block->kind == STOLT_RICH_BULLET)
    marker = g_strdup ("- ");
  else if (block->kind == STOLT_RICH_NUMBERED)
    marker = g_strdup_printf ("%u. ", block->number);
  else if (block->kind == STOLT_RICH_HEADING)
    marker = g_strdup ("### ");
  else
    marker = g_strdup ("");
  indents[depth] = indent + strlen (marker);
  continuation = g_strnfill (block->kind == STOLT_RICH_BULLET ||
                             block->kind == STOLT_RICH_NUMBERED ? indents[depth] : 0, ' ');

  g_string_append (out, prefix);
  g_string_append (out, marker);
  for (guint i = 0; i < block->spans->len; i++)
    {
      StoltRichSpan span = g_array_index (block->spans, StoltRichSpan, i);
      const char *previous_uri = i > 0 ? g_array_index (block->spans, StoltRichSpan, i - 1).uri
                                       : NULL;
      const char *next_uri = i + 1 < block->spans->len
                             ? g_array_index (block->spans, StoltRichSpan, i + 1).uri : NULL;
      g_autofree char *flat = NULL;

      /* A heading is one line */
      if (block->kind == STOLT_RICH_HEADING && strchr (span.text, '\n') != NULL)
        {
          flat = g_strdup (span.text);
          g_strdelimit (flat, "\n", ' ');
          span.text = flat;
        }
      /* A run of spans with one address is one link */
      if (span.uri != NULL && g_strcmp0 (previous_uri, span.uri) != 0)
        g_string_append_c (out, '[');
      append_span (out, &span, continuation, i == 0);
      if (span.uri != NULL && g_strcmp0 (next_uri, span.uri) != 0)
        {
          g_string_append (out, "](");
          append_destination (out, span.uri);
          g_string_append_c (out, ')');
        }
    }
  g_string_append_c (out, '\n');
}

/**
 * stolt_markdown_from_rich:
 *
 * Returns: (transfer full): @blocks as CommonMark, ending in a newline
 *   (an empty string for no blocks)
 */
char *
stolt_markdown_from_rich (GPtrArray *blocks)
{
  GString *out = g_string_new (NULL);
  guint indents[8] = { 0 };

  for (guint i = 0; i < blocks->len; i++)
    {
      const StoltRichBlock *block = g_ptr_array_index (blocks, i);
      const StoltRichBlock *previous = i > 0 ? g_ptr_array_index (blocks, i - 1) : NULL;

      /* Items of one list are tight; anything else is a new paragraph */
      if (previous != NULL &&
          (block->kind == STOLT_RICH_PARAGRAPH || previous->kind == STOLT_RICH_PARAGRAPH ||
           block->kind == STOLT_RICH_HEADING || previous->kind == STOLT_RICH_HEADING ||
           (block->depth == previous->depth && block->kind != previous->kind)))
        g_string_append_c (out, '\n');
      append_block (out, block, indents);
    }
  return g_string_free (out, FALSE);
}

/**
 * stolt_markdown_append_to_flow:
 * @heading_level: the level of the body's sub-headings (one below the
 *   section's heading)
 *
 * Pours a section body into a page flow: paragraphs ragged right (as
 * municipal documents are set), list items as lists, sub-headings as
 * headings.
 */
void
stolt_markdown_append_to_flow (StoltPageFlow *flow,
                               const char    *text,
                               int            heading_level)
{
  g_autoptr(GPtrArray) blocks = stolt_markdown_parse (text);

  for (guint i = 0; i < blocks->len; i++)
    {
      const StoltRichBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *markup = stolt_rich_block_to_pango (block);
      g_autoptr(GStrvBuilder) uris = g_strv_builder_new ();
      g_auto(GStrv) links = NULL;
      guint index;

      /* One address per link, in the order of their spans in the markup */
      for (guint s = 0; s < block->spans->len; s++)
        {
          const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, s);
          const char *previous_uri = s > 0 ? g_array_index (block->spans, StoltRichSpan, s - 1).uri
                                           : NULL;

          if (span->uri != NULL && g_strcmp0 (previous_uri, span->uri) != 0)
            g_strv_builder_add (uris, span->uri);
        }
      links = g_strv_builder_end (uris);

      switch (block->kind)
        {
        case STOLT_RICH_HEADING:
          {
            g_autofree char *plain = stolt_rich_block_to_plain (block);

            stolt_page_flow_add_heading (flow, heading_level, plain);
          }
          continue;
        case STOLT_RICH_BULLET:
          index = stolt_page_flow_add_list_item (flow, STOLT_FLOW_LIST_BULLET, 0, block->depth,
                                                 markup);
          break;
        case STOLT_RICH_NUMBERED:
          index = stolt_page_flow_add_list_item (flow, STOLT_FLOW_LIST_NUMBERED, block->number,
                                                 block->depth, markup);
          break;
        case STOLT_RICH_PARAGRAPH:
        default:
          index = stolt_page_flow_add_paragraph (flow, markup, STOLT_FLOW_ALIGN_LEFT);
          break;
        }
      if (block->kind != STOLT_RICH_HEADING && links[0] != NULL)
        stolt_page_flow_set_links (flow, index, (const char *const *) links);
    }
}

/**
 * stolt_plain_paragraphs:
 *
 * Splits plain text (not Markdown) at blank lines.
 *
 * Returns: (transfer full): the paragraphs, stripped, none empty
 */
char **
stolt_plain_paragraphs (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\n[ \\t\\r]*\\n", text != NULL ? text : "", 0, 0);
  GPtrArray *paragraphs = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *paragraph = g_strstrip (g_strdup (parts[i]));

      if (paragraph[0] != '\0')
        g_ptr_array_add (paragraphs, paragraph);
      else
        g_free (paragraph);
    }
  g_ptr_array_add (paragraphs, NULL);
  return (char **) g_ptr_array_free (paragraphs, FALSE);
}

/**
 * stolt_markdown_from_plain:
 *
 * Returns: (transfer full): plain text as CommonMark paragraphs that read
 *   back as the same text, line breaks kept as hard breaks
 */
char *
stolt_markdown_from_plain (const char *text)
{
  g_auto(GStrv) paragraphs = stolt_plain_paragraphs (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (paragraphs[i], "\n", -1);

      if (i > 0)
        g_string_append_c (out, '\n');
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_autofree char *line = stolt_markdown_escape (lines[l]);

          if (line[0] == '\0')
            continue;
          if (l > 0)
            g_string_append (out, "\\\n");
          g_string_append (out, line);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* Plain text into a flow: a paragraph per blank-line-separated part */
void
stolt_plain_append_to_flow (StoltPageFlow  *flow,
                            const char     *text,
                            StoltFlowAlign  align)
{
  g_auto(GStrv) paragraphs = stolt_plain_paragraphs (text);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *markup = g_markup_escape_text (paragraphs[i], -1);

      stolt_page_flow_add_paragraph (flow, markup, align);
    }
}

/* Building blocks from elsewhere (the app's rich-text editor), so that
 * what it stores is written by stolt_markdown_from_rich() like the rest */

/**
 * stolt_rich_blocks_new:
 *
 * Returns: (transfer full): an empty array of StoltRichBlock that frees
 *   its blocks
 */
GPtrArray *
stolt_rich_blocks_new (void)
{
  return g_ptr_array_new_with_free_func (block_free);
}

/* Appends a new, empty block to @blocks and returns it */
StoltRichBlock *
stolt_rich_blocks_append (GPtrArray     *blocks,
                          StoltRichKind  kind,
                          guint          number,
                          guint          depth)
{
  StoltRichBlock *block = block_new (kind, number, depth);

  g_ptr_array_add (blocks, block);
  return block;
}

void
stolt_rich_block_add_span (StoltRichBlock *block,
                           const char     *text,
                           StoltRichStyle  style)
{
  add_span (block, text, style);
}

/* A span that links to @uri; an address stolt_rich_link_is_allowed()
 * refuses leaves the text without a link */
void
stolt_rich_block_add_link (StoltRichBlock *block,
                           const char     *text,
                           StoltRichStyle  style,
                           const char     *uri)
{
  add_span_full (block, text, style, stolt_rich_link_is_allowed (uri) ? uri : NULL);
}
