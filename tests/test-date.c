/* test-date.c — calendar days, ISO weeks and the date range
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-format.h"
#include "stolt-test-util.h"

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

/* Typed dates in the user's locale (C: ISO, or month first) */
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

#define SV STOLT_DATE_STYLE_SWEDISH
#define NB STOLT_DATE_STYLE_NORWEGIAN
#define OTHER STOLT_DATE_STYLE_OTHER

/* What people type, read on Wednesday 2 December 2026; year 0 is a
 * refusal ("no date"), year -1 one for being out of range */
static const struct
{
  StoltDateStyle style;
  const char    *text;
  int            year, month, day;
} typed[] = {
  /* Swedish */
  { SV, "2026-11-22", 2026, 11, 22 },
  { SV, "22/11 2026", 2026, 11, 22 },
  { SV, "22/11-2026", 2026, 11, 22 },
  { SV, "22/11/2026", 2026, 11, 22 },
  { SV, "22 nov 2026", 2026, 11, 22 },
  { SV, "22 nov. 2026", 2026, 11, 22 },
  { SV, "22 november 2026", 2026, 11, 22 },
  { SV, "22 November 2026", 2026, 11, 22 },
  { SV, "2 maj 2027", 2027, 5, 2 },
  { SV, "26-11-22", 2026, 11, 22 },
  { SV, "261122", 2026, 11, 22 },
  { SV, "20261122", 2026, 11, 22 },
  { SV, "22.11.2026", 2026, 11, 22 },
  { SV, "22/11 26", 2026, 11, 22 },
  { SV, "idag", 2026, 12, 2 },
  { SV, "i dag", 2026, 12, 2 },
  { SV, "i morgon", 2026, 12, 3 },
  { SV, "imorgon", 2026, 12, 3 },
  { SV, "v. 42", 2026, 10, 12 },
  { SV, "v42", 2026, 10, 12 },
  { SV, "vecka 42 2026", 2026, 10, 12 },
  { SV, "vecka 42, 2027", 2027, 10, 18 },
  { SV, "v. 2", 2027, 1, 11 },          /* nearest today: next January */
  { SV, "v. 53", 2026, 12, 28 },
  { SV, "vecka 53 2027", 0, 0, 0 },     /* 2027 has 52 weeks */
  { SV, "v. 0", 0, 0, 0 },
  { SV, "22/11", 0, 0, 0 },             /* no year: not guessed */
  { SV, "22 nov", 0, 0, 0 },
  { SV, "2026-02-30", 0, 0, 0 },
  { SV, "32/1 2026", 0, 0, 0 },
  { SV, "22 foo 2026", 0, 0, 0 },
  { SV, "22 ma 2026", 0, 0, 0 },        /* two letters name no month */
  { SV, "12345", 0, 0, 0 },
  { SV, "2026-11-22 10:00", 0, 0, 0 },
  { SV, "1899-12-31", -1, 0, 0 },
  { SV, "2201-01-01", -1, 0, 0 },
  /* Norwegian */
  { NB, "22.11.2026", 2026, 11, 22 },
  { NB, "2.12.2026", 2026, 12, 2 },
  { NB, "22.11.26", 2026, 11, 22 },
  { NB, "22.11.95", 1995, 11, 22 },
  { NB, "22/11-26", 2026, 11, 22 },
  { NB, "22-11-2026", 2026, 11, 22 },
  { NB, "22-11-26", 2026, 11, 22 },     /* Norwegians put the day first */
  { NB, "221126", 2026, 11, 22 },
  { NB, "2026-11-22", 2026, 11, 22 },
  { NB, "22. november 2026", 2026, 11, 22 },
  { NB, "2. des. 2026", 2026, 12, 2 },
  { NB, "2. DES 2026", 2026, 12, 2 },
  { NB, "17. mai 2027", 2027, 5, 17 },
  { NB, "1. sept. 2027", 2027, 9, 1 },
  { NB, "i dag", 2026, 12, 2 },
  { NB, "i morgen", 2026, 12, 3 },
  { NB, "i går", 2026, 12, 1 },
  { NB, "uke 42", 2026, 10, 12 },
  { NB, "uke 42 2026", 2026, 10, 12 },
  { NB, "Uke 1 2027", 2027, 1, 4 },
  { NB, "22.11.", 0, 0, 0 },
  { NB, "22.13.2026", 0, 0, 0 },
  { NB, "29.02.2027", 0, 0, 0 },
  { NB, "22..2026", 0, 0, 0 },
  { NB, "22.11.2026.11", 0, 0, 0 },
  { NB, "22.11.202", 0, 0, 0 },
  { NB, "uke", 0, 0, 0 },
  { NB, "\xff\xfe", 0, 0, 0 },
  /* Everyone: ISO 8601, ISO weeks, English words */
  { OTHER, "2026-11-22", 2026, 11, 22 },
  { OTHER, "2026-W48", 2026, 11, 23 },
  { OTHER, "week 48", 2026, 11, 23 },
  { OTHER, "Nov 22, 2026", 2026, 11, 22 },
  { OTHER, "tomorrow", 2026, 12, 3 },
  { OTHER, "11/22/2026", 2026, 11, 22 },  /* the C locale's order */
  { OTHER, "22.11.2026.", 0, 0, 0 },
};

static void
test_parse_typed (void)
{
  guint32 today = stolt_date_from_ymd (2026, 12, 2);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GError) error = NULL;
      guint32 day = stolt_date_parse_full (typed[i].text, typed[i].style, today, &error);
      guint32 expected = typed[i].year > 0
                         ? stolt_date_from_ymd (typed[i].year, typed[i].month, typed[i].day)
                         : STOLT_DATE_NONE;

      g_test_message ("case %u", i);
      g_assert_cmpuint (day, ==, expected);
      if (expected != STOLT_DATE_NONE)
        g_assert_no_error (error);
      else
        {
          g_assert_nonnull (error);
          /* The refusal says which: out of range, or how to write it */
          g_assert_true ((strstr (error->message, "1900") != NULL) == (typed[i].year == -1));
        }
    }
}

static void
test_format_styles (void)
{
  guint32 day = stolt_date_from_ymd (2026, 12, 2);
  g_autofree char *sv = stolt_date_format_style (day, SV);
  g_autofree char *nb = stolt_date_format_style (day, NB);
  g_autofree char *sv_text = stolt_date_format_text_style (day, SV);
  g_autofree char *nb_text = stolt_date_format_text_style (day, NB);
  g_autofree char *nb_may = stolt_date_format_text_style (stolt_date_from_ymd (2027, 5, 17), NB);

  g_assert_cmpstr (sv, ==, "2026-12-02");
  g_assert_cmpstr (nb, ==, "02.12.2026");
  g_assert_cmpstr (sv_text, ==, "2 dec. 2026");
  g_assert_cmpstr (nb_text, ==, "2. des. 2026");
  g_assert_cmpstr (nb_may, ==, "17. mai 2027");
  g_assert_null (stolt_date_format_style (STOLT_DATE_NONE, SV));

  /* What is shown reads back as the same day */
  g_assert_cmpuint (stolt_date_parse_full (sv, SV, day, NULL), ==, day);
  g_assert_cmpuint (stolt_date_parse_full (nb, NB, day, NULL), ==, day);
  g_assert_cmpuint (stolt_date_parse_full (sv_text, SV, day, NULL), ==, day);
  g_assert_cmpuint (stolt_date_parse_full (nb_text, NB, day, NULL), ==, day);
}

static void
test_style_for_locale (void)
{
  g_assert_cmpint (stolt_date_style_for_locale ("sv_SE.UTF-8"), ==, SV);
  g_assert_cmpint (stolt_date_style_for_locale ("sv_FI.UTF-8"), ==, SV);
  g_assert_cmpint (stolt_date_style_for_locale ("nb_NO.UTF-8"), ==, NB);
  g_assert_cmpint (stolt_date_style_for_locale ("nn_NO.UTF-8"), ==, NB);
  g_assert_cmpint (stolt_date_style_for_locale ("C.UTF-8"), ==, OTHER);
  g_assert_cmpint (stolt_date_style_for_locale (NULL), ==, OTHER);
}

/* The real locales: the default style, the shown form, numbers with a
 * decimal comma and no-break spaces between thousands */
static void
test_locale (gconstpointer data)
{
  const char *name = data;
  gboolean swedish = g_str_has_prefix (name, "sv");
  g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));
  guint32 day = stolt_date_from_ymd (2026, 11, 22);
  g_autofree char *shown = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *small = NULL;
  double value = 0;

  if (!stolt_test_set_locale (name))
    {
      g_test_skip ("the locale is not installed and localedef could not make it");
      return;
    }

  g_assert_cmpint (stolt_date_style_default (), ==, swedish ? SV : NB);
  shown = stolt_date_format (day);
  g_assert_cmpstr (shown, ==, swedish ? "2026-11-22" : "22.11.2026");
  g_assert_cmpuint (stolt_date_parse (swedish ? "22/11 2026" : "22.11.2026"), ==, day);
  g_assert_cmpuint (stolt_date_parse ("2026-11-22"), ==, day);

  hours = stolt_format_number (12345.5, 1);
  small = stolt_format_number (16.25, 1);
  g_assert_cmpstr (hours, ==, "12\u00a0345,5");
  g_assert_cmpstr (small, ==, "16,2");
  g_assert_true (stolt_parse_number (hours, &value));
  g_assert_cmpfloat (value, ==, 12345.5);
  g_assert_true (stolt_parse_number ("1 200,5", &value));
  g_assert_cmpfloat (value, ==, 1200.5);
  g_assert_true (stolt_parse_number ("1\u202f200", &value));
  g_assert_cmpfloat (value, ==, 1200.0);
  g_assert_false (stolt_parse_number ("1 20", &value));
  g_assert_false (stolt_parse_number ("1200 5", &value));

  setlocale (LC_ALL, old);
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
  g_test_add_func ("/date/parse/typed", test_parse_typed);
  g_test_add_func ("/date/format/styles", test_format_styles);
  g_test_add_func ("/date/style-for-locale", test_style_for_locale);
  g_test_add_data_func ("/date/locale/sv_SE", "sv_SE.UTF-8", test_locale);
  g_test_add_data_func ("/date/locale/nb_NO", "nb_NO.UTF-8", test_locale);

  return g_test_run ();
}
