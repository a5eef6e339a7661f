/* test-swot-fit.c — the SWOT slide's text size, without widgets
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-swot-fit.h"

/* Rows of text that wraps: @chars characters of half the size wide each
 * in a list 400 px wide, lines 1.25 times the size, 12 px of padding */
typedef struct
{
  int   chars;
  guint calls;
} Rows;

static int
row_height (guint    quadrant,
            guint    index,
            int      size,
            gpointer user_data)
{
  Rows *rows = user_data;
  int per_line = 400 / (size / 2);
  int lines = (rows->chars + per_line - 1) / per_line;

  rows->calls++;
  return (int) (lines * size * 1.25) + 12;
}

static void
test_short_lists_keep_the_largest (void)
{
  Rows rows = { 32, 0 };
  const guint n[4] = { 4, 3, 3, 2 };
  const int available[4] = { 300, 300, 300, 300 };

  /* 32 characters at 28 px: two lines, 82 px a row; four rows 328 px */
  g_assert_cmpint (row_height (0, 0, 28, &rows), ==, 82);
  g_assert_cmpint (stolt_swot_fit_text_size (n, (const int[4]) { 330, 300, 300, 300 },
                                             row_height, &rows), ==, 28);
  /* 300 px: at 26 px still two lines, 77 px, four rows 308; at 24 one
   * line (33 characters a line), 42 px a row */
  g_assert_cmpint (stolt_swot_fit_text_size (n, available, row_height, &rows), ==, 24);
}

static void
test_empty_lists (void)
{
  Rows rows = { 30, 0 };
  const guint n[4] = { 0, 0, 0, 0 };
  const int available[4] = { 0, 0, 0, 0 };

  g_assert_cmpint (stolt_swot_fit_text_size (n, available, row_height, &rows), ==,
                   STOLT_SWOT_FIT_LARGEST);
  g_assert_cmpuint (rows.calls, ==, 0);
}

/* One full quadrant takes the others down with it: one size for the slide */
static void
test_one_full_quadrant (void)
{
  Rows rows = { 10, 0 };
  const guint n[4] = { 1, 1, 9, 1 };
  const int available[4] = { 360, 360, 360, 360 };

  /* one line a row: 47 px at 28, 44 at 26, 42 at 24, 39 at 22; nine
   * rows 423, 396, 378, 351 */
  g_assert_cmpint (stolt_swot_fit_text_size (n, available, row_height, &rows), ==, 22);
  g_assert_true (stolt_swot_fit_rows (9, 360, 22, 2, row_height, &rows));
  g_assert_false (stolt_swot_fit_rows (9, 360, 24, 2, row_height, &rows));
}

/* Too many for the smallest: the smallest, and the lists scroll; a long
 * list is measured only until it is full, at each size */
static void
test_too_many (void)
{
  Rows rows = { 10, 0 };
  const guint n[4] = { 200, 200, 200, 200 };
  const int available[4] = { 400, 400, 400, 400 };

  g_assert_cmpint (stolt_swot_fit_text_size (n, available, row_height, &rows), ==,
                   STOLT_SWOT_FIT_SMALLEST);
  g_assert_cmpuint (rows.calls, <=, 5 * 12);
  g_assert_false (stolt_swot_fit_rows (200, 400, STOLT_SWOT_FIT_SMALLEST, 0, row_height, &rows));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/swot-fit/short-lists", test_short_lists_keep_the_largest);
  g_test_add_func ("/swot-fit/empty", test_empty_lists);
  g_test_add_func ("/swot-fit/one-full-quadrant", test_one_full_quadrant);
  g_test_add_func ("/swot-fit/too-many", test_too_many);
  return g_test_run ();
}
