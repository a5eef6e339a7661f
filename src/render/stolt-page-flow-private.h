/* stolt-page-flow-private.h — the blocks, their measures and the pages
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by stolt-page-flow.c (building and pagination) and
 * stolt-page-flow-paint.c (drawing).  Every block is measured into
 * "units", the pieces that may not be cut by a page end: the lines of a
 * paragraph, the rows of a table, the entries of a contents list; a
 * heading, a key–value row or a drawing is a single unit.
 */

#pragma once

#include <pango/pangocairo.h>

#include "stolt-page-flow.h"
#include "stolt-text.h"

G_BEGIN_DECLS

/* Page furniture, in points */
#define STOLT_FLOW_MARGIN_SIDE    56.7   /* 20 mm */
#define STOLT_FLOW_MARGIN_TOP     70.9   /* 25 mm, the running header inside it */
#define STOLT_FLOW_MARGIN_BOTTOM  70.9
#define STOLT_FLOW_HEADER_Y       36.0   /* baseline region of header and footer */
#define STOLT_FLOW_CELL_PAD_X      4.0
#define STOLT_FLOW_CELL_PAD_Y      3.0
#define STOLT_FLOW_LIST_INDENT    16.0
#define STOLT_FLOW_TOC_NUMBER     32.0   /* width kept for page numbers */
#define STOLT_FLOW_KEY_FRACTION    0.30  /* of the content width */

/* One family for the whole document (STOLT_DOCUMENT_FONT, stolt-text.h):
 * headings differ by weight and size only */
#define STOLT_FLOW_FONT_TITLE     STOLT_DOCUMENT_FONT " Bold 24"
#define STOLT_FLOW_FONT_H1        STOLT_DOCUMENT_FONT " Bold 16"
#define STOLT_FLOW_FONT_H2        STOLT_DOCUMENT_FONT " Bold 12.5"
#define STOLT_FLOW_FONT_H3        STOLT_DOCUMENT_FONT " Bold 10.5"
#define STOLT_FLOW_FONT_BODY      STOLT_DOCUMENT_FONT " 9"
#define STOLT_FLOW_FONT_SMALL     STOLT_DOCUMENT_FONT " 8"
#define STOLT_FLOW_FONT_SMALL_BOLD STOLT_DOCUMENT_FONT " Bold 8"
#define STOLT_FLOW_FONT_FURNITURE STOLT_DOCUMENT_FONT " 7.5"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_LIST_ITEM,
  BLOCK_KEY_VALUE,
  BLOCK_TABLE,
  BLOCK_DRAWING,
  BLOCK_PAGE_DRAWING,
  BLOCK_TOC,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
} BlockKind;

/* One line of a text layout, from the layout's top */
typedef struct
{
  double top;
  double height;
  double baseline;
  double x;
} LineInfo;

typedef struct
{
  BlockKind            kind;
  int                  level;        /* headings */
  gboolean             in_toc;
  StoltFlowListKind    list_kind;
  guint                number;
  guint                depth;
  StoltFlowAlign       align;
  char                *text;         /* markup, or plain for headings and keys */
  char                *value;        /* key–value: the value's markup */
  double               space;        /* BLOCK_SPACE */
  guint                n_columns;    /* tables */
  double              *widths;
  GPtrArray           *rows;         /* char ** per row; row 0 holds the headers */
  GArray              *bold_rows;    /* gboolean per row */
  StoltFlowDrawFunc    draw;
  gpointer             user_data;
  GDestroyNotify       destroy;
  StoltPageOrientation orientation;  /* page drawings */

  /* Measures, filled by measure_block () */
  PangoLayout         *layout;       /* text; the key of a key–value row */
  PangoLayout         *value_layout;
  GArray              *lines;        /* LineInfo of layout */
  GPtrArray           *cells;        /* tables: a GPtrArray of layouts per row;
                                        the TOC: one layout per entry */
  GArray              *toc_targets;  /* guint block index per entry */
  GStrv                uris;         /* paragraphs and list items: the links'
                                        addresses, stolt_page_flow_set_links () */
  GArray              *units;        /* double heights */
  GArray              *pieces;       /* tables: a RowPiece per unit */
  double               extra;        /* height repeated on each fragment: table header */
  double               space_before;
  double               space_after;
  guint                min_first;    /* units that must open a fragment together */
  guint                min_last;     /* units that must end one together */
  gboolean             keep_with_next;
} Block;

/* What of a table row one unit holds: the whole row, or, for a row
 * taller than a page, the band from @offset of it, @height high */
typedef struct
{
  guint  row;      /* in block->rows, 1 for the first body row */
  double offset;
  gboolean last;   /* the row ends in this piece */
} RowPiece;

/* A block's piece on one page */
typedef struct
{
  guint  block;
  guint  page;    /* 0-based */
  double y;       /* top, from the page's top edge */
  guint  first;   /* units */
  guint  n;
} Fragment;

struct _StoltPageFlow
{
  StoltPageFormat       format;
  StoltPageOrientation  orientation;
  char                 *header;
  gboolean              plain_first_page;
  PangoContext         *context;
  GPtrArray            *blocks;      /* Block */
  GArray               *fragments;   /* Fragment, in page order */
  GArray               *pages;       /* StoltPageOrientation per page */
  gboolean              paginated;
};

void   stolt_page_flow_page_size_for (StoltPageFormat      format,
                                      StoltPageOrientation orientation,
                                      double              *width,
                                      double              *height);
PangoLayout *stolt_page_flow_new_layout (StoltPageFlow    *flow,
                                         const char       *font,
                                         double            width);
void   stolt_page_flow_measure_block (StoltPageFlow        *flow,
                                      guint                 index);
const char *stolt_page_flow_heading_font (int               level);

G_END_DECLS
