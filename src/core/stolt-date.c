/* stolt-date.c — calendar days as the model stores them
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-model-error.h"

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
 * stolt_date_style_for_locale:
 * @locale: a locale name such as "sv_SE.UTF-8", or %NULL
 *
 * Returns: how people of that locale write dates
 */
StoltDateStyle
stolt_date_style_for_locale (const char *locale)
{
  if (locale == NULL)
    return STOLT_DATE_STYLE_OTHER;
  if (g_str_has_prefix (locale, "sv"))
    return STOLT_DATE_STYLE_SWEDISH;
  /* Nynorsk and the old "no" write dates as Bokmål does */
  if (g_str_has_prefix (locale, "nb") || g_str_has_prefix (locale, "nn") ||
      g_str_has_prefix (locale, "no"))
    return STOLT_DATE_STYLE_NORWEGIAN;
  return STOLT_DATE_STYLE_OTHER;
}

/* The C library's time locale decides, as it does for the calendar */
StoltDateStyle
stolt_date_style_default (void)
{
  return stolt_date_style_for_locale (setlocale (LC_TIME, NULL));
}

static const char *const swedish_months[] = {
  "januari", "februari", "mars", "april", "maj", "juni",
  "juli", "augusti", "september", "oktober", "november", "december",
};

static const char *const norwegian_months[] = {
  "januar", "februar", "mars", "april", "mai", "juni",
  "juli", "august", "september", "oktober", "november", "desember",
};

static const char *const english_months[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

/* Short forms as the language councils write them: no dot where the
 * name is short already */
static const char *const swedish_short_months[] = {
  "jan.", "feb.", "mars", "apr.", "maj", "juni",
  "juli", "aug.", "sep.", "okt.", "nov.", "dec.",
};

static const char *const norwegian_short_months[] = {
  "jan.", "feb.", "mars", "apr.", "mai", "juni",
  "juli", "aug.", "sep.", "okt.", "nov.", "des.",
};

/* A month name in Swedish, Norwegian or English, whole or cut after at
 * least three letters ("sept", "des", "okt"); no prefix of one
 * language's name means another month in the others.  Returns 1 to 12,
 * or 0. */
static int
month_from_word (const char *word)
{
  const char *const *tables[] = { swedish_months, norwegian_months, english_months };
  size_t length = strlen (word);

  if (length < 3)
    return 0;

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (int m = 0; m < 12; m++)
      if (strncmp (tables[t][m], word, length) == 0)
        return m + 1;

  return 0;
}

typedef struct
{
  gboolean    number;
  char       *text;       /* digits, or a word in lower case */
  char        separator;  /* the first mark before it: '.', '-', '/', ' ', or '\0' */
} Token;

#define MAX_TOKENS 6

typedef struct
{
  Token tokens[MAX_TOKENS];
  guint n;
} Tokens;

static void
tokens_clear (Tokens *tokens)
{
  for (guint i = 0; i < tokens->n; i++)
    g_free (tokens->tokens[i].text);
  tokens->n = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tokens, tokens_clear)

/* Splits @text (lower case, valid UTF-8) into numbers and words.
 * Returns FALSE for anything else: other marks, too many parts, or a
 * number too long to be part of a date. */
static gboolean
tokenize (const char *text,
          Tokens     *tokens)
{
  const char *p = text;
  char separator = '\0';

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;
      Token *token;

      if (c == '.' || c == '-' || c == '/' || c == ',' || g_unichar_isspace (c))
        {
          if (separator == '\0' || separator == ' ')
            separator = g_unichar_isspace (c) || c == ',' ? ' ' : (char) c;
          p = g_utf8_next_char (p);
          continue;
        }

      if (tokens->n == MAX_TOKENS)
        return FALSE;
      token = &tokens->tokens[tokens->n];

      if (g_ascii_isdigit (*p))
        {
          while (g_ascii_isdigit (*p))
            p++;
          token->number = TRUE;
        }
      else if (g_unichar_isalpha (c))
        {
          while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          token->number = FALSE;
        }
      else
        return FALSE;

      if (p - start > 9)
        return FALSE;
      token->text = g_strndup (start, p - start);
      token->separator = separator;
      tokens->n++;
      separator = '\0';
    }

  return tokens->n > 0;
}

static int
token_value (const Token *token)
{
  return atoi (token->text);
}

static size_t
token_digits (const Token *token)
{
  return token->number ? strlen (token->text) : 0;
}

/* "26" is the year of that name nearest @today's, so 26 is 2026 and 95
 * is 1995 in 2026 */
static int
full_year (const Token *token,
           int          today_year)
{
  int year = token_value (token);
  int best = year;

  if (token_digits (token) == 4)
    return year;
  if (token_digits (token) != 2)
    return -1;

  best = (today_year / 100 - 1) * 100 + year;
  for (int century = today_year / 100; century <= today_year / 100 + 1; century++)
    {
      int candidate = century * 100 + year;

      if (ABS (candidate - today_year) <= ABS (best - today_year))
        best = candidate;
    }
  return best;
}

static int
small_number (const Token *token)
{
  size_t digits = token_digits (token);

  return digits >= 1 && digits <= 2 ? token_value (token) : -1;
}

/* The Monday of ISO week @week of @iso_year, or STOLT_DATE_NONE when
 * that year has no such week */
guint32
stolt_date_from_iso_week (int iso_year,
                          int week)
{
  guint32 january_4 = stolt_date_from_ymd (iso_year, 1, 4);
  guint32 monday;
  int found_year;

  if (january_4 == STOLT_DATE_NONE || week < 1 || week > 53)
    return STOLT_DATE_NONE;

  monday = january_4 - (guint32) (stolt_date_weekday (january_4) - 1) + 7 * (guint32) (week - 1);
  if (stolt_date_iso_week (monday, &found_year) != week || found_year != iso_year)
    return STOLT_DATE_NONE;
  return monday;
}

static gboolean
is_week_word (const char *word)
{
  static const char *const words[] = {
    "v", "vecka", "veckan", "vn", "uke", "uka", "veke", "w", "wk", "week",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      return TRUE;
  return FALSE;
}

/* "v. 42", "vecka 42 2026", "uke 42", "2026-W42": the week's Monday.
 * Without a year, the week of that number nearest @today. */
static guint32
parse_week (const Tokens *tokens,
            int           today_year,
            guint32       today)
{
  const Token *t = tokens->tokens;
  int week = -1;
  int year = 0;

  if (tokens->n >= 2 && !t[0].number && is_week_word (t[0].text))
    {
      week = small_number (&t[1]);
      if (tokens->n == 3)
        year = full_year (&t[2], today_year);
      else if (tokens->n != 2)
        return STOLT_DATE_NONE;
    }
  else if (tokens->n == 3 && token_digits (&t[0]) == 4 && g_str_equal (t[1].text, "w"))
    {
      year = token_value (&t[0]);
      week = small_number (&t[2]);
    }

  if (week < 1 || year < 0)
    return STOLT_DATE_NONE;
  if (year > 0)
    return stolt_date_from_iso_week (year, week);

  {
    guint32 best = STOLT_DATE_NONE;

    for (int y = today_year - 1; y <= today_year + 1; y++)
      {
        guint32 monday = stolt_date_from_iso_week (y, week);

        if (monday != STOLT_DATE_NONE &&
            (best == STOLT_DATE_NONE ||
             ABS ((gint64) monday - (gint64) today) < ABS ((gint64) best - (gint64) today)))
          best = monday;
      }
    return best;
  }
}

static guint32
parse_relative (const char *text,
                guint32     today)
{
  static const struct { const char *word; int days; } words[] = {
    { "idag", 0 }, { "today", 0 },
    { "imorgon", 1 }, { "imorgen", 1 }, { "tomorrow", 1 },
    { "igår", -1 }, { "igar", -1 }, { "yesterday", -1 },
  };
  g_autoptr(GString) compact = g_string_new (NULL);

  /* "i dag" and "idag" are both written */
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (compact, *p);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (compact->str, words[i].word))
      return today + (guint32) words[i].days;

  return STOLT_DATE_NONE;
}

/* Three numbers: the year is the one with four digits, and Swedes and
 * Norwegians put the day before the month; with two-digit years, a
 * Swede writing dashes means 26-11-22 (year first), everyone else day
 * first. */
static guint32
parse_numbers (const Tokens   *tokens,
               StoltDateStyle  style,
               int             today_year)
{
  const Token *t = tokens->tokens;
  size_t first = token_digits (&t[0]);
  size_t last = token_digits (&t[2]);

  if (first == 4)
    return stolt_date_from_ymd (token_value (&t[0]), small_number (&t[1]), small_number (&t[2]));

  if (style == STOLT_DATE_STYLE_OTHER)
    return STOLT_DATE_NONE;

  if (last == 4)
    return stolt_date_from_ymd (token_value (&t[2]), small_number (&t[1]), small_number (&t[0]));

  if (first != 2 && first != 1)
    return STOLT_DATE_NONE;

  if (style == STOLT_DATE_STYLE_SWEDISH && first == 2 &&
      t[1].separator == '-' && t[2].separator == '-')
    return stolt_date_from_ymd (full_year (&t[0], today_year),
                                small_number (&t[1]), small_number (&t[2]));

  return stolt_date_from_ymd (full_year (&t[2], today_year),
                              small_number (&t[1]), small_number (&t[0]));
}

/* One run of digits: 20261122 everywhere, and six digits the way each
 * country writes them without marks (Swedish 261122, Norwegian 221126) */
static guint32
parse_compact (const Token    *token,
               StoltDateStyle  style,
               int             today_year)
{
  const char *d = token->text;
  Token year = { TRUE, NULL, '\0' };
  char part[5] = { 0 };
  int a, b;

  if (token_digits (token) == 8)
    {
      memcpy (part, d, 4);
      a = atoi (part);
      memset (part, 0, sizeof part);
      memcpy (part, d + 4, 2);
      b = atoi (part);
      return stolt_date_from_ymd (a, b, atoi (d + 6));
    }

  if (token_digits (token) != 6 || style == STOLT_DATE_STYLE_OTHER)
    return STOLT_DATE_NONE;

  memcpy (part, style == STOLT_DATE_STYLE_SWEDISH ? d : d + 4, 2);
  year.text = part;
  a = full_year (&year, today_year);
  memset (part, 0, sizeof part);
  memcpy (part, d + 2, 2);
  b = atoi (part);
  memset (part, 0, sizeof part);
  memcpy (part, style == STOLT_DATE_STYLE_SWEDISH ? d + 4 : d, 2);
  return stolt_date_from_ymd (a, b, atoi (part));
}

/* "22 nov 2026", "22. november 2026", "2. des. 26"; and English
 * "Nov 22, 2026" */
static guint32
parse_month_name (const Tokens *tokens,
                  int           today_year)
{
  const Token *t = tokens->tokens;

  if (tokens->n != 3)
    return STOLT_DATE_NONE;
  if (t[0].number && !t[1].number && t[2].number && month_from_word (t[1].text) > 0)
    return stolt_date_from_ymd (full_year (&t[2], today_year), month_from_word (t[1].text),
                                small_number (&t[0]));
  if (!t[0].number && t[1].number && t[2].number && month_from_word (t[0].text) > 0)
    return stolt_date_from_ymd (full_year (&t[2], today_year), month_from_word (t[0].text),
                                small_number (&t[1]));
  return STOLT_DATE_NONE;
}

/* What the C library's locale reads, for languages Stolt has no rules
 * for: the US order, 9/14/2026, among others.  All three numbers must
 * be there: GDate would guess a missing year. */
static guint32
parse_other (const char *text)
{
  GDate date;

  if (strlen (text) < 6 || !g_ascii_isdigit (text[0]))
    return STOLT_DATE_NONE;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  if (!g_date_valid (&date) || g_date_get_year (&date) < 1000)
    return STOLT_DATE_NONE;
  return g_date_get_julian (&date);
}

static guint32
parse_any (const char     *text,
           StoltDateStyle  style,
           guint32         today)
{
  g_auto(Tokens) tokens = { 0 };
  int today_year = 2000;
  guint32 julian;

  stolt_date_to_ymd (today, &today_year, NULL, NULL);

  julian = parse_relative (text, today);
  if (julian != STOLT_DATE_NONE || !tokenize (text, &tokens))
    return julian;

  julian = parse_week (&tokens, today_year, today);
  if (julian == STOLT_DATE_NONE)
    julian = parse_month_name (&tokens, today_year);
  if (julian == STOLT_DATE_NONE && tokens.n == 1 && tokens.tokens[0].number)
    julian = parse_compact (&tokens.tokens[0], style, today_year);
  if (julian == STOLT_DATE_NONE && tokens.n == 3 &&
      tokens.tokens[0].number && tokens.tokens[1].number && tokens.tokens[2].number)
    julian = parse_numbers (&tokens, style, today_year);
  if (julian == STOLT_DATE_NONE && style == STOLT_DATE_STYLE_OTHER)
    julian = parse_other (text);

  return julian;
}

/* An example of the form @style writes, for messages */
static char *
example (StoltDateStyle style,
         guint32        today)
{
  int week = stolt_date_iso_week (today, NULL);
  g_autofree char *date = stolt_date_format_style (today, style);

  switch (style)
    {
    case STOLT_DATE_STYLE_SWEDISH:
      return g_strdup_printf ("%s, %s %d", date, "v.", week);
    case STOLT_DATE_STYLE_NORWEGIAN:
      return g_strdup_printf ("%s, %s %d", date, "uke", week);
    case STOLT_DATE_STYLE_OTHER:
    default:
      return g_strdup_printf ("%s, %s %d", date, "week", week);
    }
}

/**
 * stolt_date_parse_full:
 * @text: a date as a user types it
 * @style: whose way of writing to read it by
 * @today: the day "today" and "tomorrow" are counted from, and two-digit
 *   years and weeks without a year are put nearest to
 * @error: a message for the user when @text is not a date in range
 *
 * Reads ISO 8601 (2026-11-22) always; the weeks "v. 42", "vecka 42 2026",
 * "uke 42", "week 42" and "2026-W42" as their Monday; "idag", "i dag",
 * "i morgon", "i morgen", "today", "tomorrow"; month names in Swedish,
 * Norwegian or English ("22 nov 2026", "2. des. 2026"); and numbers as
 * @style writes them: Swedish 22/11 2026, 26-11-22, 20261122; Norwegian
 * 22.11.2026, 22.11.26, 22/11-26.  Nothing is guessed: a date without a
 * year is refused.
 *
 * Returns: the day, or %STOLT_DATE_NONE with @error set
 */
guint32
stolt_date_parse_full (const char      *text,
                       StoltDateStyle   style,
                       guint32          today,
                       GError         **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *hint = NULL;
  guint32 julian;

  g_return_val_if_fail (text != NULL, STOLT_DATE_NONE);

  if (!g_utf8_validate (text, -1, NULL) || strlen (text) > 64)
    julian = STOLT_DATE_NONE;
  else
    {
      stripped = g_strstrip (g_strdup (text));
      lower = g_utf8_strdown (stripped, -1);
      julian = parse_any (lower, style, today);
    }

  if (julian != STOLT_DATE_NONE && stolt_date_in_range (julian))
    return julian;

  if (julian != STOLT_DATE_NONE)
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE,
                   _("“%s” is outside the years %d to %d"), stripped, 1900, 2200);
      return STOLT_DATE_NONE;
    }

  hint = example (style, today);
  g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE,
               /* Translators: the second %s gives a date and a week the
                * way the user writes them, e.g. "2026-11-22, v. 48" */
               _("“%s” is not a date; type it as %s"),
               stripped != NULL ? stripped : "", hint);
  return STOLT_DATE_NONE;
}

/**
 * stolt_date_parse:
 * @text: a date as a user types it
 *
 * stolt_date_parse_full() in the user's locale, counted from today.
 *
 * Returns: the day, or %STOLT_DATE_NONE if @text is not a date
 */
guint32
stolt_date_parse (const char *text)
{
  if (text == NULL)
    return STOLT_DATE_NONE;

  return stolt_date_parse_full (text, stolt_date_style_default (), stolt_date_today (), NULL);
}

/**
 * stolt_date_format_style:
 *
 * Returns: (transfer full) (nullable): the day in the short numeric form
 *   @style writes: Swedish 2026-11-22, Norwegian 22.11.2026, else the
 *   C library's %x; %NULL for no date
 */
char *
stolt_date_format_style (guint32        julian,
                         StoltDateStyle style)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (!stolt_date_to_ymd (julian, &year, &month, &day))
    return NULL;

  switch (style)
    {
    case STOLT_DATE_STYLE_SWEDISH:
      return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    case STOLT_DATE_STYLE_NORWEGIAN:
      return g_strdup_printf ("%02d.%02d.%04d", day, month, year);
    case STOLT_DATE_STYLE_OTHER:
    default:
      date_time = g_date_time_new_local (year, month, day, 12, 0, 0);
      return date_time != NULL ? g_date_time_format (date_time, "%x") : NULL;
    }
}

/**
 * stolt_date_format:
 *
 * Returns: (transfer full) (nullable): the day the way the user's locale
 *   writes it in short (stolt_date_format_style()), %NULL for no date
 */
char *
stolt_date_format (guint32 julian)
{
  return stolt_date_format_style (julian, stolt_date_style_default ());
}

/**
 * stolt_date_format_text_style:
 *
 * Returns: (transfer full) (nullable): the day with its month's name and
 *   no leading zero, for headings: Swedish "2 dec. 2026", Norwegian
 *   "2. des. 2026", else the C library's "%e %b %Y"
 */
char *
stolt_date_format_text_style (guint32        julian,
                              StoltDateStyle style)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (!stolt_date_to_ymd (julian, &year, &month, &day))
    return NULL;

  switch (style)
    {
    case STOLT_DATE_STYLE_SWEDISH:
      return g_strdup_printf ("%d %s %d", day, swedish_short_months[month - 1], year);
    case STOLT_DATE_STYLE_NORWEGIAN:
      return g_strdup_printf ("%d. %s %d", day, norwegian_short_months[month - 1], year);
    case STOLT_DATE_STYLE_OTHER:
    default:
      date_time = g_date_time_new_local (year, month, day, 12, 0, 0);
      return date_time != NULL ? g_date_time_format (date_time, "%-d %b %Y") : NULL;
    }
}

char *
stolt_date_format_text (guint32 julian)
{
  return stolt_date_format_text_style (julian, stolt_date_style_default ());
}
