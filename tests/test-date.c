/* test-date.c — calendar days, ISO weeks and the date range
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-date.h"

static void
test_iso_round_trip (void)
{
  static const char *dates[] = { "1900-01-01", "2016-02-29", "2026-12-31", "2200-12-31" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      guint32 day = stolt_date_from_iso (dates[i]);
      g_autofree char *back = stolt_date_to_iso (day);

      g_assert_cmpuint (day, !=, STOLT_DATE_NONE);
      g_assert_cmpstr (back, ==, dates[i]);
    }
}

static void
test_iso_rejects (void)
{
  static const char *bad[] = {
    "", "2016-2-29", "2015-02-29", "2016-13-01", "2016-00-10", "2016-01-32",
    "20160101", "2016-01-01T00:00", "2016/01/01", "-016-01-01", "２０１６-01-01", "2016-01-0",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_cmpuint (stolt_date_from_iso (bad[i]), ==, STOLT_DATE_NONE);

  g_assert_cmpuint (stolt_date_from_iso (NULL), ==, STOLT_DATE_NONE);
}

static void
test_range (void)
{
  g_assert_true (stolt_date_in_range (stolt_date_from_ymd (1900, 1, 1)));
  g_assert_true (stolt_date_in_range (stolt_date_from_ymd (2200, 12, 31)));
  g_assert_false (stolt_date_in_range (stolt_date_from_ymd (1899, 12, 31)));
  g_assert_false (stolt_date_in_range (stolt_date_from_ymd (2201, 1, 1)));
  g_assert_false (stolt_date_in_range (STOLT_DATE_NONE));
}

/* ISO 8601 weeks: 2026 has a week 53; 2027 starts on a Friday */
static void
test_iso_week (void)
{
  static const struct { int y, m, d, week, year; } cases[] = {
    { 2026, 12, 28, 53, 2026 },
    { 2026, 12, 31, 53, 2026 },
    { 2027, 1, 1, 53, 2026 },
    { 2027, 1, 3, 53, 2026 },
    { 2027, 1, 4, 1, 2027 },
    { 2024, 12, 30, 1, 2025 },
    { 2015, 10, 13, 42, 2015 },
    { 2016, 2, 29, 9, 2016 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int iso_year = 0;
      int week = stolt_date_iso_week (stolt_date_from_ymd (cases[i].y, cases[i].m, cases[i].d),
                                      &iso_year);

      g_assert_cmpint (week, ==, cases[i].week);
      g_assert_cmpint (iso_year, ==, cases[i].year);
    }

  g_assert_cmpint (stolt_date_iso_week (STOLT_DATE_NONE, NULL), ==, 0);
}

static void
test_weekday (void)
{
  g_assert_cmpint (stolt_date_weekday (stolt_date_from_ymd (2026, 11, 23)), ==, 1);
  g_assert_cmpint (stolt_date_weekday (stolt_date_from_ymd (2026, 11, 22)), ==, 7);
}

/* Typed dates: ISO 8601 always, else the locale's order (C: month first) */
static void
test_parse (void)
{
  g_assert_cmpuint (stolt_date_parse ("2026-09-14"), ==, stolt_date_from_ymd (2026, 9, 14));
  g_assert_cmpuint (stolt_date_parse ("  2026-09-14 "), ==, stolt_date_from_ymd (2026, 9, 14));
  g_assert_cmpuint (stolt_date_parse ("09/14/2026"), ==, stolt_date_from_ymd (2026, 9, 14));
  g_assert_cmpuint (stolt_date_parse ("2028-02-29"), ==, stolt_date_from_ymd (2028, 2, 29));
  g_assert_cmpuint (stolt_date_parse ("2026-02-29"), ==, STOLT_DATE_NONE);
  g_assert_cmpuint (stolt_date_parse ("2300-01-01"), ==, STOLT_DATE_NONE);
  g_assert_cmpuint (stolt_date_parse ("1899-12-31"), ==, STOLT_DATE_NONE);
  g_assert_cmpuint (stolt_date_parse ("September"), ==, STOLT_DATE_NONE);
  g_assert_cmpuint (stolt_date_parse ("14"), ==, STOLT_DATE_NONE);
  g_assert_cmpuint (stolt_date_parse (""), ==, STOLT_DATE_NONE);
  g_assert_cmpuint (stolt_date_parse (NULL), ==, STOLT_DATE_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/iso/round-trip", test_iso_round_trip);
  g_test_add_func ("/date/iso/rejects", test_iso_rejects);
  g_test_add_func ("/date/range", test_range);
  g_test_add_func ("/date/iso-week", test_iso_week);
  g_test_add_func ("/date/weekday", test_weekday);
  g_test_add_func ("/date/parse", test_parse);

  return g_test_run ();
}
