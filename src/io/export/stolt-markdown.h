/* stolt-markdown.h — the Markdown subset of section bodies, parsed once
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Section bodies of values documents hold a small subset of CommonMark
 * (HACKING.md): paragraphs, "### " sub-headings, *emphasis*, **strong**,
 * [links](https://…) (http, https and mailto only), "-" and "1." lists.
 * cmark parses the text into a flat list of rich-text blocks that every
 * exporter renders its own way: Pango markup for the PDFs, text spans for
 * flat ODT, and clean CommonMark again for the Markdown export.  Raw HTML
 * is dropped (CMARK_OPT_SAFE semantics) and "#" lines other than "### "
 * stay plain text.
 */

#pragma once

#include <glib.h>

#include "stolt-page-flow.h"

G_BEGIN_DECLS

typedef enum
{
  STOLT_RICH_PARAGRAPH,
  STOLT_RICH_BULLET,    /* an item of a "-" list */
  STOLT_RICH_NUMBERED,  /* an item of a "1." list */
  STOLT_RICH_HEADING,   /* a sub-heading, "### " */
} StoltRichKind;

typedef enum
{
  STOLT_RICH_PLAIN  = 0,
  STOLT_RICH_EMPH   = 1 << 0,
  STOLT_RICH_STRONG = 1 << 1,
} StoltRichStyle;

typedef struct
{
  char           *text;   /* plain text; "\n" is a hard line break */
  StoltRichStyle  style;
  char           *uri;    /* the link's address, NULL for no link */
} StoltRichSpan;

typedef struct
{
  StoltRichKind  kind;
  guint          number;  /* numbered items: the number shown */
  guint          depth;   /* list nesting, 0 for the outermost */
  GArray        *spans;   /* StoltRichSpan */
} StoltRichBlock;

GPtrArray *stolt_markdown_parse          (const char           *text);
char      *stolt_rich_block_to_pango     (const StoltRichBlock *block);
char      *stolt_rich_block_to_plain     (const StoltRichBlock *block);
char      *stolt_markdown_escape         (const char           *text);
char      *stolt_markdown_from_rich      (GPtrArray            *blocks);
void       stolt_markdown_append_to_flow (StoltPageFlow        *flow,
                                          const char           *text,
                                          int                   heading_level);

GPtrArray      *stolt_rich_blocks_new      (void);
StoltRichBlock *stolt_rich_blocks_append   (GPtrArray      *blocks,
                                            StoltRichKind   kind,
                                            guint           number,
                                            guint           depth);
void            stolt_rich_block_add_span  (StoltRichBlock *block,
                                            const char     *text,
                                            StoltRichStyle  style);
void            stolt_rich_block_add_link  (StoltRichBlock *block,
                                            const char     *text,
                                            StoltRichStyle  style,
                                            const char     *uri);
gboolean        stolt_rich_link_is_allowed (const char     *uri);
char           *stolt_rich_link_complete   (const char     *typed);

/* Plain text fields (introduction, statement …), not Markdown */
char     **stolt_plain_paragraphs        (const char           *text);
char      *stolt_markdown_from_plain     (const char           *text);
void       stolt_plain_append_to_flow    (StoltPageFlow        *flow,
                                          const char           *text,
                                          StoltFlowAlign        align);

G_END_DECLS
