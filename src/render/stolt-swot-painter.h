/* stolt-swot-painter.h — drawing a SWOT layout onto any cairo_t
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "stolt-palette.h"
#include "stolt-swot-layout.h"

G_BEGIN_DECLS

void   stolt_swot_paint       (cairo_t                *cr,
                               const StoltSwotLayout  *layout,
                               const StoltPalette     *palette);
double stolt_swot_draw_figure (cairo_t                *cr,
                               StoltSwotAnalysis      *analysis,
                               double                  width,
                               double                  max_height,
                               gboolean                with_title,
                               const StoltPalette     *palette);

G_END_DECLS
