/* stolt-swot-fit.h — the largest text at which a SWOT slide shows every item
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry, no widgets: the presentation's live SWOT matrix asks
 * for the item text size, from STOLT_SWOT_FIT_LARGEST down to
 * STOLT_SWOT_FIT_SMALLEST in steps of STOLT_SWOT_FIT_STEP pixels, at which
 * the rows of every quadrant fit the height its lists share.  Below the
 * smallest a room cannot read the text: there the lists scroll instead.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STOLT_SWOT_FIT_LARGEST  28
#define STOLT_SWOT_FIT_SMALLEST 18
#define STOLT_SWOT_FIT_STEP      2

/* The height in pixels of row @index of @quadrant's list with text @size px */
typedef int (*StoltSwotRowHeightFunc) (guint    quadrant,
                                       guint    index,
                                       int      size,
                                       gpointer user_data);

int stolt_swot_fit_rows_height (guint                  quadrant,
                                guint                  n_rows,
                                int                    size,
                                int                    limit,
                                StoltSwotRowHeightFunc row_height,
                                gpointer               user_data);
int stolt_swot_fit_text_size   (const guint            n_rows[4],
                                gboolean               two_columns,
                                int                    available,
                                StoltSwotRowHeightFunc row_height,
                                gpointer               user_data);

G_END_DECLS
