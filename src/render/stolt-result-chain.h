/* stolt-result-chain.h — a goal's result chain as a row of boxes
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Input → activities → outputs → effects → vision (seed 001, slide 40
 * "Resultatkjeden"): five boxes joined by arrows, each with its label
 * and the goal's text for that link.
 */

#pragma once

#include <cairo.h>

#include "stolt-palette.h"

G_BEGIN_DECLS

#define STOLT_RESULT_CHAIN_LINKS 5

double stolt_result_chain_paint (cairo_t            *cr,
                                 const char *const  *labels,
                                 const char *const  *texts,
                                 double              width,
                                 const StoltPalette *palette);

G_END_DECLS
