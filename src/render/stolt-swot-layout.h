/* stolt-swot-layout.h — where everything of a SWOT analysis goes
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry, measured with Pango and tested without drawing: the
 * analysis title, the 2×2 matrix (strengths, weaknesses / opportunities,
 * threats) with each quadrant's items by weight and votes, and below it
 * the TOWS strategies (SO, ST, WO, WT) with the items they combine.
 * Text never leaves its box: a crowded quadrant first gets smaller text,
 * then shows "+N more".  stolt-swot-painter.c draws the result.
 */

#pragma once

#include <pango/pangocairo.h>

#include "stolt-records.h"
#include "stolt-text.h"

G_BEGIN_DECLS

#define STOLT_SWOT_FONT STOLT_DOCUMENT_FONT

typedef enum
{
  STOLT_SWOT_LAYOUT_DEFAULT  = 0,
  STOLT_SWOT_LAYOUT_NO_TITLE = 1 << 0,  /* under a heading that names it */
} StoltSwotLayoutFlags;

typedef struct
{
  gint64       id;
  int          weight;       /* items: 0 … 10; strategies: unused */
  int          votes;
  PangoLayout *text;
  PangoLayout *detail;       /* strategies: the items they combine; or NULL */
  double       x, y;         /* the row's top left, in the layout's units */
  double       width, height;
  double       text_x;       /* where the text starts */
  double       dots_x;       /* where the vote dots start */
} StoltSwotRow;

typedef struct
{
  double       x, y, width, height;
  PangoLayout *title;
  PangoLayout *subtitle;     /* strategies: what the kind means */
  GPtrArray   *rows;         /* StoltSwotRow, the ones shown, in order */
  guint        n_hidden;
  PangoLayout *more;         /* "+N more", NULL when every row is shown */
  double       more_y;
  double       scale;        /* text size used, as a share of the unit */
} StoltSwotBox;

typedef struct
{
  double       width, height;
  double       unit;          /* the base text size */
  double       pad;
  PangoLayout *title;         /* the analysis's title and date; NULL without */
  PangoLayout *legend;        /* what the circled numbers and dots mean; NULL without */
  StoltSwotBox quadrants[4];  /* by StoltQuadrant */
  gboolean     has_weights;   /* some item has a weight: rows show it */
  gboolean     has_strategies;
  PangoLayout *strategies_title;
  double       strategies_y;
  StoltSwotBox strategies[4]; /* by StoltStrategyKind */
} StoltSwotLayout;

StoltSwotLayout *stolt_swot_layout_new  (StoltSwotAnalysis *analysis,
                                         PangoContext      *context,
                                         double             width,
                                         double             height,
                                         StoltSwotLayoutFlags flags);
void             stolt_swot_layout_free (StoltSwotLayout   *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltSwotLayout, stolt_swot_layout_free)

G_END_DECLS
