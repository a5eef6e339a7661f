/* stolt-swot-fit.c — the largest text at which a SWOT slide shows every item
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In two columns strengths stand beside weaknesses and opportunities
 * beside threats: the taller of each pair sets its row's height, and the
 * two rows share the lists' height (the matrix gives each row what its
 * items need).  In one column the four lists share it.  Rows are
 * measured one at a time and only until the lists are found too full: a
 * quadrant of 200 items costs the few rows that fill the slide at each
 * size, not 200 measurements a size.
 */

#define G_LOG_DOMAIN "stolt-swot-fit"

#include "config.h"

#include "stolt-swot-fit.h"

/* The height of @quadrant's @n_rows rows with text @size px; once over
 * @limit, measuring stops and the answer is only known to be over it */
int
stolt_swot_fit_rows_height (guint                  quadrant,
                            guint                  n_rows,
                            int                    size,
                            int                    limit,
                            StoltSwotRowHeightFunc row_height,
                            gpointer               user_data)
{
  int used = 0;

  for (guint i = 0; i < n_rows && used <= limit; i++)
    used += row_height (quadrant, i, size, user_data);
  return used;
}

static gboolean
fits (const guint            n_rows[4],
      gboolean               two_columns,
      int                    available,
      int                    size,
      StoltSwotRowHeightFunc row_height,
      gpointer               user_data)
{
  int left = available;

  for (guint q = 0; q < 4 && left >= 0; q += two_columns ? 2 : 1)
    {
      int height = stolt_swot_fit_rows_height (q, n_rows[q], size, left, row_height, user_data);

      if (two_columns && height <= left)
        height = MAX (height, stolt_swot_fit_rows_height (q + 1, n_rows[q + 1], size, left,
                                                          row_height, user_data));
      left -= height;
    }
  return left >= 0;
}

/* The largest size at which every quadrant's rows fit in @available
 * pixels of lists, or the smallest when even that does not */
int
stolt_swot_fit_text_size (const guint            n_rows[4],
                          gboolean               two_columns,
                          int                    available,
                          StoltSwotRowHeightFunc row_height,
                          gpointer               user_data)
{
  g_return_val_if_fail (row_height != NULL, STOLT_SWOT_FIT_SMALLEST);

  for (int size = STOLT_SWOT_FIT_LARGEST; size > STOLT_SWOT_FIT_SMALLEST;
       size -= STOLT_SWOT_FIT_STEP)
    if (fits (n_rows, two_columns, available, size, row_height, user_data))
      return size;
  return STOLT_SWOT_FIT_SMALLEST;
}
