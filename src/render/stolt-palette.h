/* stolt-palette.h — the colours every painter draws with
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Painters never pick colours themselves: they take a StoltPalette.  The
 * widget builds one from its style (light, dark, high contrast, accent),
 * the printer and the exporters use the print palette.
 */

#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} StoltColor;

typedef enum
{
  STOLT_PALETTE_LIGHT,
  STOLT_PALETTE_DARK,
  STOLT_PALETTE_HIGH_CONTRAST,
  STOLT_PALETTE_PRINT,
  STOLT_PALETTE_HIGH_CONTRAST_DARK,
} StoltPaletteKind;

typedef enum
{
  STOLT_QUADRANT_COLOR_STRENGTHS,
  STOLT_QUADRANT_COLOR_WEAKNESSES,
  STOLT_QUADRANT_COLOR_OPPORTUNITIES,
  STOLT_QUADRANT_COLOR_THREATS,
  STOLT_N_QUADRANT_COLORS,
} StoltQuadrantColor;

typedef struct
{
  StoltColor background;
  StoltColor foreground;
  StoltColor dim_foreground;     /* secondary text: dates, header minor cells */
  StoltColor grid;               /* header and column separators */
  StoltColor header_background;
  StoltColor weekend;            /* shading of Saturdays and Sundays */
  StoltColor band;               /* phase bands */
  StoltColor band_text;
  StoltColor bar;                /* activity bars */
  StoltColor bar_progress;       /* the done part of a bar */
  StoltColor bar_text;           /* text drawn on a bar */
  StoltColor milestone;
  StoltColor milestone_done;
  StoltColor late;               /* late milestones and measures */
  StoltColor arrow;              /* finish-to-start dependencies */
  StoltColor today;
  StoltColor selection;          /* outline of the selected item */
  StoltColor focus;              /* keyboard focus ring */
  StoltColor quadrant[STOLT_N_QUADRANT_COLORS];
  StoltColor quadrant_text;
  double     line_width;         /* thin lines, in user units (points or px) */
  double     outline_width;      /* outlines around bars and diamonds */
} StoltPalette;

const StoltPalette *stolt_palette_get        (StoltPaletteKind   kind);
void                stolt_palette_with_accent (StoltPalette      *palette,
                                               const StoltColor  *accent);
void                stolt_color_set_source    (cairo_t           *cr,
                                               const StoltColor  *color);
double              stolt_color_luminance     (const StoltColor  *color);
double              stolt_color_contrast      (const StoltColor  *a,
                                               const StoltColor  *b);

G_END_DECLS
