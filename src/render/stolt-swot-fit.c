/* stolt-swot-fit.c — the largest text at which a SWOT slide shows every item
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are measured one at a time and only until a quadrant is found
 * too full: a quadrant of 200 items costs the few rows that fill its
 * list at each size, not 200 measurements a size.
 */

#define G_LOG_DOMAIN "stolt-swot-fit"

#include "config.h"

#include "stolt-swot-fit.h"

/* Whether @n_rows rows of @quadrant with text @size px fit in @available px */
gboolean
stolt_swot_fit_rows (guint                  n_rows,
                     int                    available,
                     int                    size,
                     guint                  quadrant,
                     StoltSwotRowHeightFunc row_height,
                     gpointer               user_data)
{
  int used = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      used += row_height (quadrant, i, size, user_data);
      if (used > available)
        return FALSE;
    }
  return TRUE;
}

/* The largest size at which every quadrant's rows fit its list, or the
 * smallest when even that does not */
int
stolt_swot_fit_text_size (const guint            n_rows[4],
                          const int              available[4],
                          StoltSwotRowHeightFunc row_height,
                          gpointer               user_data)
{
  g_return_val_if_fail (row_height != NULL, STOLT_SWOT_FIT_SMALLEST);

  for (int size = STOLT_SWOT_FIT_LARGEST; size > STOLT_SWOT_FIT_SMALLEST;
       size -= STOLT_SWOT_FIT_STEP)
    {
      gboolean fits = TRUE;

      for (guint q = 0; q < 4 && fits; q++)
        fits = stolt_swot_fit_rows (n_rows[q], available[q], size, q, row_height, user_data);
      if (fits)
        return size;
    }
  return STOLT_SWOT_FIT_SMALLEST;
}
