/* stolt-date.c — calendar days as the model stores them
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-date"

#include "config.h"

#include <string.h>

#include "stolt-date.h"

guint32
stolt_date_from_ymd (int year,
                     int month,
                     int day)
{
  GDate date;

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return STOLT_DATE_NONE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static gboolean
julian_to_gdate (guint32  julian,
                 GDate   *date)
{
  g_date_clear (date, 1);
  if (julian == STOLT_DATE_NONE || !g_date_valid_julian (julian))
    return FALSE;

  g_date_set_julian (date, julian);
  return g_date_valid (date);
}

gboolean
stolt_date_to_ymd (guint32  julian,
                   int     *year,
                   int     *month,
                   int     *day)
{
  GDate date;

  if (!julian_to_gdate (julian, &date))
    return FALSE;

  if (year != NULL)
    *year = g_date_get_year (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (day != NULL)
    *day = g_date_get_day (&date);

  return TRUE;
}

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

/**
 * stolt_date_from_iso:
 * @text: exactly "YYYY-MM-DD"
 *
 * Returns: the day, or %STOLT_DATE_NONE if @text is not a real date in
 *   that exact shape (no times, no time zones, no other separators)
 */
guint32
stolt_date_from_iso (const char *text)
{
  int year, month, day;

  /* Length first: the positions below must exist */
  if (text == NULL || strnlen (text, 11) != 10)
    return STOLT_DATE_NONE;

  if (text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    return STOLT_DATE_NONE;

  return stolt_date_from_ymd (year, month, day);
}

char *
stolt_date_to_iso (guint32 julian)
{
  int year, month, day;

  if (!stolt_date_to_ymd (julian, &year, &month, &day))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

guint32
stolt_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return stolt_date_from_ymd (g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now));
}

/* The range a user may type: wide enough for any plan, narrow enough to
 * catch a mistyped year (DESIGN.md, issue #4) */
guint32
stolt_date_min (void)
{
  return stolt_date_from_ymd (1900, 1, 1);
}

guint32
stolt_date_max (void)
{
  return stolt_date_from_ymd (2200, 12, 31);
}

gboolean
stolt_date_in_range (guint32 julian)
{
  return julian >= stolt_date_min () && julian <= stolt_date_max ();
}

/**
 * stolt_date_iso_week:
 * @iso_year: (out) (optional): the ISO week-numbering year, which differs
 *   from the calendar year in the last days of December and the first of
 *   January
 *
 * Returns: the ISO 8601 week number, 1 to 53, or 0 for no date
 */
int
stolt_date_iso_week (guint32  julian,
                     int     *iso_year)
{
  GDate date;
  int week;
  int year;

  if (!julian_to_gdate (julian, &date))
    return 0;

  week = (int) g_date_get_iso8601_week_of_year (&date);
  year = g_date_get_year (&date);

  if (week >= 52 && g_date_get_month (&date) == G_DATE_JANUARY)
    year--;
  else if (week == 1 && g_date_get_month (&date) == G_DATE_DECEMBER)
    year++;

  if (iso_year != NULL)
    *iso_year = year;

  return week;
}

/* Returns 1 (Monday) to 7 (Sunday), or 0 for no date */
int
stolt_date_weekday (guint32 julian)
{
  GDate date;

  if (!julian_to_gdate (julian, &date))
    return 0;

  return (int) g_date_get_weekday (&date);
}

/**
 * stolt_date_format:
 *
 * Returns: (transfer full) (nullable): the day in the user's locale's
 *   short date format, %NULL for no date
 */
char *
stolt_date_format (guint32 julian)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (!stolt_date_to_ymd (julian, &year, &month, &day))
    return NULL;

  date_time = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date_time == NULL)
    return NULL;

  return g_date_time_format (date_time, "%x");
}

/**
 * stolt_date_parse:
 * @text: a date as a user types it
 *
 * Reads ISO 8601 (2026-09-14) or the user's locale's own order
 * (14.09.2026 in Norway, 2026-09-14 in Sweden, 9/14/2026 in the US), as
 * GDate understands it.  Only days in the range Stolt accepts are read.
 *
 * Returns: the day, or %STOLT_DATE_NONE if @text is not a date
 */
guint32
stolt_date_parse (const char *text)
{
  g_autofree char *stripped = NULL;
  guint32 julian;
  GDate date;

  if (text == NULL)
    return STOLT_DATE_NONE;

  stripped = g_strstrip (g_strdup (text));
  julian = stolt_date_from_iso (stripped);
  if (julian != STOLT_DATE_NONE)
    return stolt_date_in_range (julian) ? julian : STOLT_DATE_NONE;

  /* GDate guesses a missing year and reads month names; a typed date
   * needs all three numbers to be unambiguous. */
  if (strlen (stripped) < 6 || !g_ascii_isdigit (stripped[0]))
    return STOLT_DATE_NONE;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, stripped);
  if (!g_date_valid (&date) || g_date_get_year (&date) < 1000)
    return STOLT_DATE_NONE;

  julian = g_date_get_julian (&date);
  return stolt_date_in_range (julian) ? julian : STOLT_DATE_NONE;
}
