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

/* The realistic workshop: 4, 3, 3 and 2 items of 32 characters */
static void
test_short_lists (void)
{
  Rows rows = { 32, 0 };
  const guint n[4] = { 4, 3, 3, 2 };

  /* 32 characters at 28 px: two lines, 82 px a row; at 26 still two
   * lines, 77 px; at 24 one line (33 characters a line), 42 px */
  g_assert_cmpint (row_height (0, 0, 28, &rows), ==, 82);
  g_assert_cmpint (row_height (0, 0, 26, &rows), ==, 77);
  g_assert_cmpint (row_height (0, 0, 24, &rows), ==, 42);

  /* Two columns: the rows of four strengths and of three opportunities,
   * 328 + 246 px at 28, 308 + 231 at 26, 168 + 126 at 24 */
  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 574, row_height, &rows), ==, 28);
  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 573, row_height, &rows), ==, 26);
  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 538, row_height, &rows), ==, 24);
  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 294, row_height, &rows), ==, 24);
  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 293, row_height, &rows), <, 24);

  /* One column: all twelve, 984 px at 28, 924 at 26, 504 at 24 */
  g_assert_cmpint (stolt_swot_fit_text_size (n, FALSE, 984, row_height, &rows), ==, 28);
  g_assert_cmpint (stolt_swot_fit_text_size (n, FALSE, 950, row_height, &rows), ==, 26);
  g_assert_cmpint (stolt_swot_fit_text_size (n, FALSE, 600, row_height, &rows), ==, 24);
}

static void
test_empty_lists (void)
{
  Rows rows = { 30, 0 };
  const guint n[4] = { 0, 0, 0, 0 };

  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 0, row_height, &rows), ==,
                   STOLT_SWOT_FIT_LARGEST);
  g_assert_cmpint (stolt_swot_fit_text_size (n, FALSE, 0, row_height, &rows), ==,
                   STOLT_SWOT_FIT_LARGEST);
  g_assert_cmpuint (rows.calls, ==, 0);
}

/* One full quadrant takes the others down with it: one size for the slide */
static void
test_one_full_quadrant (void)
{
  Rows rows = { 10, 0 };
  const guint n[4] = { 1, 1, 9, 1 };

  /* one line a row: 47 px at 28, 44 at 26, 42 at 24, 39 at 22; the top
   * row one of them, the bottom nine */
  g_assert_cmpint (stolt_swot_fit_rows_height (2, 9, 24, 1000, row_height, &rows), ==, 378);
  g_assert_cmpint (stolt_swot_fit_rows_height (2, 9, 22, 1000, row_height, &rows), ==, 351);
  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 400, row_height, &rows), ==, 22);
  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 420, row_height, &rows), ==, 24);
}

/* Too many for the smallest: the smallest, and the lists scroll; a long
 * list is measured only until it is full, at each size */
static void
test_too_many (void)
{
  Rows rows = { 10, 0 };
  const guint n[4] = { 200, 200, 200, 200 };

  g_assert_cmpint (stolt_swot_fit_text_size (n, TRUE, 800, row_height, &rows), ==,
                   STOLT_SWOT_FIT_SMALLEST);
  /* at most 800 / 34 + 1 rows of one quadrant, at five sizes */
  g_test_message ("%u rows measured", rows.calls);
  g_assert_cmpuint (rows.calls, <=, 5 * 25);
  rows.calls = 0;
  g_assert_cmpint (stolt_swot_fit_rows_height (0, 200, STOLT_SWOT_FIT_SMALLEST, 100, row_height,
                                               &rows), >, 100);
  g_assert_cmpuint (rows.calls, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/swot-fit/short-lists", test_short_lists);
  g_test_add_func ("/swot-fit/empty", test_empty_lists);
  g_test_add_func ("/swot-fit/one-full-quadrant", test_one_full_quadrant);
  g_test_add_func ("/swot-fit/too-many", test_too_many);
  return g_test_run ();
}
