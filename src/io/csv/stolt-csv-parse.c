/* stolt-csv-parse.c — reading the values of one CSV cell
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Swedish and Norwegian words below are data, not interface text:
 * they are what files from other programs and other users' spreadsheets
 * say, whatever language Stolt itself runs in.  The current language's
 * translations of Stolt's own names are taken too.
 */

#define G_LOG_DOMAIN "stolt-csv"

#include "config.h"

#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "stolt-csv-parse.h"
#include "stolt-date.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-format.h"

/**
 * stolt_csv_collapse_runs:
 * @text: UTF-8 text
 * @is_separator: which characters part words
 *
 * Returns: (transfer full): @text with every run of separators one
 *   space, and none at the ends
 */
char *
stolt_csv_collapse_runs (const char          *text,
                         StoltCsvSeparatorFunc is_separator)
{
  GString *collapsed = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_separator (c))
        {
          space = collapsed->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (collapsed, ' ');
      space = FALSE;
      g_string_append_unichar (collapsed, c);
    }
  return g_string_free (collapsed, FALSE);
}

static gboolean
is_not_alphanumeric (gunichar c)
{
  return !g_unichar_isalnum (c);
}

/**
 * stolt_csv_parse_key:
 *
 * Returns: (transfer full): @text as a key to compare words by: case
 *   folded, composed, every run of other characters than letters and
 *   digits one space, none at the ends ("End / Date" → "end date")
 */
char *
stolt_csv_parse_key (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFC);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : "", -1);

  return stolt_csv_collapse_runs (folded, is_not_alphanumeric);
}

/* Column names, as keys */
static const struct
{
  StoltCsvColumn column;
  const char    *name;
} column_names[] = {
  { STOLT_CSV_COLUMN_TYPE, "type" },
  { STOLT_CSV_COLUMN_TYPE, "kind" },
  { STOLT_CSV_COLUMN_TYPE, "typ" },          /* sv */
  { STOLT_CSV_COLUMN_TYPE, "art" },          /* nb */
  { STOLT_CSV_COLUMN_CODE, "code" },
  { STOLT_CSV_COLUMN_CODE, "id" },
  { STOLT_CSV_COLUMN_CODE, "wbs" },
  { STOLT_CSV_COLUMN_CODE, "no" },
  { STOLT_CSV_COLUMN_CODE, "number" },
  { STOLT_CSV_COLUMN_CODE, "kod" },          /* sv */
  { STOLT_CSV_COLUMN_CODE, "kode" },         /* nb */
  { STOLT_CSV_COLUMN_CODE, "nr" },
  { STOLT_CSV_COLUMN_CODE, "nummer" },
  { STOLT_CSV_COLUMN_TITLE, "title" },
  { STOLT_CSV_COLUMN_TITLE, "name" },
  { STOLT_CSV_COLUMN_TITLE, "task" },
  { STOLT_CSV_COLUMN_TITLE, "task name" },
  { STOLT_CSV_COLUMN_TITLE, "milestone" },
  { STOLT_CSV_COLUMN_TITLE, "activity" },
  { STOLT_CSV_COLUMN_TITLE, "titel" },       /* sv */
  { STOLT_CSV_COLUMN_TITLE, "namn" },
  { STOLT_CSV_COLUMN_TITLE, "benämning" },
  { STOLT_CSV_COLUMN_TITLE, "rubrik" },
  { STOLT_CSV_COLUMN_TITLE, "milstolpe" },
  { STOLT_CSV_COLUMN_TITLE, "aktivitet" },
  { STOLT_CSV_COLUMN_TITLE, "uppgift" },
  { STOLT_CSV_COLUMN_TITLE, "tittel" },      /* nb */
  { STOLT_CSV_COLUMN_TITLE, "navn" },
  { STOLT_CSV_COLUMN_TITLE, "betegnelse" },
  { STOLT_CSV_COLUMN_TITLE, "milepæl" },
  { STOLT_CSV_COLUMN_TITLE, "oppgave" },
  { STOLT_CSV_COLUMN_START, "start" },
  { STOLT_CSV_COLUMN_START, "start date" },
  { STOLT_CSV_COLUMN_START, "begin" },
  { STOLT_CSV_COLUMN_START, "from" },
  { STOLT_CSV_COLUMN_START, "startdatum" },  /* sv */
  { STOLT_CSV_COLUMN_START, "från" },
  { STOLT_CSV_COLUMN_START, "början" },
  { STOLT_CSV_COLUMN_START, "startdato" },   /* nb */
  { STOLT_CSV_COLUMN_START, "fra" },
  { STOLT_CSV_COLUMN_START, "oppstart" },
  { STOLT_CSV_COLUMN_END, "end" },
  { STOLT_CSV_COLUMN_END, "end date" },
  { STOLT_CSV_COLUMN_END, "date" },
  { STOLT_CSV_COLUMN_END, "finish" },
  { STOLT_CSV_COLUMN_END, "due" },
  { STOLT_CSV_COLUMN_END, "due date" },
  { STOLT_CSV_COLUMN_END, "deadline" },
  { STOLT_CSV_COLUMN_END, "to" },
  { STOLT_CSV_COLUMN_END, "slut" },          /* sv */
  { STOLT_CSV_COLUMN_END, "slutdatum" },
  { STOLT_CSV_COLUMN_END, "datum" },
  { STOLT_CSV_COLUMN_END, "slut datum" },
  { STOLT_CSV_COLUMN_END, "till" },
  { STOLT_CSV_COLUMN_END, "slutt" },         /* nb */
  { STOLT_CSV_COLUMN_END, "sluttdato" },
  { STOLT_CSV_COLUMN_END, "slutt dato" },
  { STOLT_CSV_COLUMN_END, "dato" },
  { STOLT_CSV_COLUMN_END, "til" },
  { STOLT_CSV_COLUMN_END, "frist" },
  { STOLT_CSV_COLUMN_RESPONSIBLE, "responsible" },
  { STOLT_CSV_COLUMN_RESPONSIBLE, "owner" },
  { STOLT_CSV_COLUMN_RESPONSIBLE, "assigned to" },
  { STOLT_CSV_COLUMN_RESPONSIBLE, "resource" },
  { STOLT_CSV_COLUMN_RESPONSIBLE, "resources" },
  { STOLT_CSV_COLUMN_RESPONSIBLE, "ansvarig" },   /* sv */
  { STOLT_CSV_COLUMN_RESPONSIBLE, "ansvar" },
  { STOLT_CSV_COLUMN_RESPONSIBLE, "ansvarlig" },  /* nb */
  { STOLT_CSV_COLUMN_HOURS, "hours" },
  { STOLT_CSV_COLUMN_HOURS, "work" },
  { STOLT_CSV_COLUMN_HOURS, "effort" },
  { STOLT_CSV_COLUMN_HOURS, "estimated hours" },
  { STOLT_CSV_COLUMN_HOURS, "timmar" },      /* sv */
  { STOLT_CSV_COLUMN_HOURS, "tid" },
  { STOLT_CSV_COLUMN_HOURS, "timer" },       /* nb */
  { STOLT_CSV_COLUMN_HOURS, "timeverk" },
  { STOLT_CSV_COLUMN_PROGRESS, "progress" },
  { STOLT_CSV_COLUMN_PROGRESS, "complete" },
  { STOLT_CSV_COLUMN_PROGRESS, "percent complete" },
  { STOLT_CSV_COLUMN_PROGRESS, "framsteg" }, /* sv */
  { STOLT_CSV_COLUMN_PROGRESS, "utfört" },
  { STOLT_CSV_COLUMN_PROGRESS, "procent klart" },
  { STOLT_CSV_COLUMN_PROGRESS, "fremdrift" }, /* nb */
  { STOLT_CSV_COLUMN_PROGRESS, "utført" },
  { STOLT_CSV_COLUMN_PROGRESS, "prosent ferdig" },
  { STOLT_CSV_COLUMN_PHASE, "phase" },
  { STOLT_CSV_COLUMN_PHASE, "stage" },
  { STOLT_CSV_COLUMN_PHASE, "fas" },         /* sv */
  { STOLT_CSV_COLUMN_PHASE, "fase" },        /* nb */
  { STOLT_CSV_COLUMN_STATUS, "status" },
  { STOLT_CSV_COLUMN_STATUS, "state" },
  { STOLT_CSV_COLUMN_STATUS, "läge" },       /* sv */
  { STOLT_CSV_COLUMN_DECISION, "decision point" },
  { STOLT_CSV_COLUMN_DECISION, "decision" },
  { STOLT_CSV_COLUMN_DECISION, "beslutspunkt" },     /* sv */
  { STOLT_CSV_COLUMN_DECISION, "beslut" },
  { STOLT_CSV_COLUMN_DECISION, "beslutningspunkt" }, /* nb */
  { STOLT_CSV_COLUMN_DECISION, "beslutning" },
  { STOLT_CSV_COLUMN_DECISION, "vedtak" },
  { STOLT_CSV_COLUMN_PREDECESSORS, "predecessors" },
  { STOLT_CSV_COLUMN_PREDECESSORS, "predecessor" },
  { STOLT_CSV_COLUMN_PREDECESSORS, "depends on" },
  { STOLT_CSV_COLUMN_PREDECESSORS, "föregångare" },  /* sv */
  { STOLT_CSV_COLUMN_PREDECESSORS, "beroende av" },
  { STOLT_CSV_COLUMN_PREDECESSORS, "forgjengere" },  /* nb */
  { STOLT_CSV_COLUMN_PREDECESSORS, "forgjenger" },
  { STOLT_CSV_COLUMN_PREDECESSORS, "avhenger av" },
  /* Seed 001, slide 58: "Milepæl | Aktiviteter | Dato | Ansvar" */
  { STOLT_CSV_COLUMN_ACTIVITIES, "activities" },
  { STOLT_CSV_COLUMN_ACTIVITIES, "aktiviteter" },    /* sv, nb */
  { STOLT_CSV_COLUMN_ACTIVITIES, "milstolpens aktiviteter" },
  { STOLT_CSV_COLUMN_ACTIVITIES, "milepælens aktiviteter" },
  { STOLT_CSV_COLUMN_NOTES, "notes" },
  { STOLT_CSV_COLUMN_NOTES, "note" },
  { STOLT_CSV_COLUMN_NOTES, "comment" },
  { STOLT_CSV_COLUMN_NOTES, "comments" },
  { STOLT_CSV_COLUMN_NOTES, "remarks" },
  { STOLT_CSV_COLUMN_NOTES, "description" },
  { STOLT_CSV_COLUMN_NOTES, "anteckningar" },  /* sv */
  { STOLT_CSV_COLUMN_NOTES, "kommentar" },
  { STOLT_CSV_COLUMN_NOTES, "kommentarer" },
  { STOLT_CSV_COLUMN_NOTES, "anmärkning" },
  { STOLT_CSV_COLUMN_NOTES, "beskrivning" },
  { STOLT_CSV_COLUMN_NOTES, "notater" },       /* nb */
  { STOLT_CSV_COLUMN_NOTES, "merknad" },
  { STOLT_CSV_COLUMN_NOTES, "merknader" },
  { STOLT_CSV_COLUMN_NOTES, "beskrivelse" },
};

static gboolean
key_is (const char *key,
        const char *name)
{
  g_autofree char *other = stolt_csv_parse_key (name);

  return *key != '\0' && strcmp (key, other) == 0;
}

/**
 * stolt_csv_parse_column_name:
 *
 * Returns: what a column named @header holds, by Stolt's names (in
 *   English and in the current language) and the usual Swedish and
 *   Norwegian ones; %STOLT_CSV_COLUMN_IGNORE when it is none of them
 */
StoltCsvColumn
stolt_csv_parse_column_name (const char *header)
{
  g_autofree char *key = stolt_csv_parse_key (header);

  for (guint column = STOLT_CSV_COLUMN_TYPE; column < STOLT_N_CSV_COLUMNS; column++)
    if (key_is (key, stolt_csv_column_name (column)) ||
        key_is (key, stolt_csv_column_english_name (column)))
      return column;

  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (key_is (key, column_names[i].name))
      return column_names[i].column;

  return STOLT_CSV_COLUMN_IGNORE;
}

/* Dates */

/* 1 to 4 digits */
static gboolean
read_number (const char **p,
             int         *value,
             int         *digits)
{
  *value = 0;
  *digits = 0;
  while (g_ascii_isdigit (**p))
    {
      if (++(*digits) > 4)
        return FALSE;
      *value = *value * 10 + (**p - '0');
      (*p)++;
    }
  return *digits > 0;
}

/* What may follow a date: nothing, or a time of day as spreadsheets
 * add it ("2026-09-14 00:00:00", "2026-09-14T00:00") */
static gboolean
is_time_or_nothing (const char *p)
{
  if (*p == ' ' || *p == 'T')
    p++;
  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != ':' && *p != '.' && *p != ' ')
      return FALSE;
  return TRUE;
}

/* Does the locale write the month before the day (the US: 9/14/2026)? */
static gboolean
locale_month_first (void)
{
  const char *format = nl_langinfo (D_FMT);
  const char *month = format != NULL ? strstr (format, "%m") : NULL;
  const char *day = format != NULL ? strstr (format, "%d") : NULL;

  return month != NULL && day != NULL && month < day;
}

/**
 * stolt_csv_parse_date:
 *
 * Reads ISO 8601 (2026-09-14, also 2026/09/14 and 2026.09.14), day
 * first with dots or dashes (14.09.2026, 14.9.2026), and with slashes
 * in the order of the locale, the other order when that cannot be a
 * date (14/9/2026 under a US locale).  Years have four digits.
 */
gboolean
stolt_csv_parse_date (const char *text,
                      guint32    *julian)
{
  const char *p = text;
  int a, b, c, na, nb, nc, year, month, day;
  char separator;

  while (*p == ' ')
    p++;
  if (!read_number (&p, &a, &na))
    return FALSE;
  separator = *p;
  if (separator != '-' && separator != '.' && separator != '/')
    return FALSE;
  p++;
  if (!read_number (&p, &b, &nb) || *p++ != separator || !read_number (&p, &c, &nc) ||
      !is_time_or_nothing (p))
    return FALSE;

  if (na == 4 && nb <= 2 && nc <= 2)
    {
      year = a;
      month = b;
      day = c;
    }
  else if (nc == 4 && na <= 2 && nb <= 2)
    {
      gboolean month_first = separator == '/' && locale_month_first ();

      year = c;
      month = month_first ? a : b;
      day = month_first ? b : a;
      if (separator == '/' && month > 12 && day <= 12)
        {
          int swap = month;

          month = day;
          day = swap;
        }
    }
  else
    return FALSE;

  *julian = stolt_date_from_ymd (year, month, day);
  return *julian != STOLT_DATE_NONE;
}

/* Numbers */

/**
 * stolt_csv_parse_number:
 *
 * A decimal comma or point; spaces, no-break spaces and, when both marks
 * appear, the earlier one group thousands ("1 234,5", "1.234,5",
 * "1,234.5").  One comma alone is a decimal comma: "1,5" is 1.5.
 */
gboolean
stolt_csv_parse_number (const char *text,
                        double     *number)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *last_comma = strrchr (text, ',');
  const char *last_point = strrchr (text, '.');
  const char *decimal;
  char mark;
  guint n_marks = 0;
  char *end = NULL;

  if (last_comma == NULL || last_point == NULL)
    decimal = last_comma != NULL ? last_comma : last_point;
  else
    decimal = last_comma > last_point ? last_comma : last_point;
  mark = decimal != NULL ? *decimal : '\0';

  for (const char *p = text; *p != '\0'; p++)
    if (*p == mark)
      n_marks++;
  /* "1.234.567": grouping only */
  if (n_marks > 1 && (last_comma == NULL || last_point == NULL))
    decimal = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == 0x00A0 || c == 0x202F || c == '\'')
        continue;
      if (c == ',' || c == '.')
        {
          if (p == decimal)
            g_string_append_c (clean, '.');
          continue;
        }
      g_string_append_unichar (clean, c);
    }

  if (clean->len == 0)
    return FALSE;
  *number = g_ascii_strtod (clean->str, &end);
  return end != NULL && *end == '\0' && isfinite (*number);
}

/* "40", "40 %", "40%", "40,5 %" */
gboolean
stolt_csv_parse_percent (const char *text,
                         double     *number)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize length = strlen (copy);

  if (length > 0 && copy[length - 1] == '%')
    copy[length - 1] = '\0';
  return stolt_csv_parse_number (copy, number);
}

/* Words */

static gboolean
key_in (const char        *key,
        const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (key_is (key, words[i]))
      return TRUE;
  return FALSE;
}

gboolean
stolt_csv_parse_kind (const char *text,
                      gboolean   *milestone)
{
  static const char *const milestones[] = {
    "milestone", "milstolpe", "milepæl", "milepel", NULL,
  };
  static const char *const activities[] = {
    "activity", "task", "aktivitet", "uppgift", "oppgave", NULL,
  };
  g_autofree char *key = stolt_csv_parse_key (text);

  if (key_in (key, milestones) || key_is (key, stolt_csv_kind_name (TRUE)))
    *milestone = TRUE;
  else if (key_in (key, activities) || key_is (key, stolt_csv_kind_name (FALSE)))
    *milestone = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* "Late" is never stored (DESIGN.md): a late milestone is still planned */
gboolean
stolt_csv_parse_status (const char  *text,
                        StoltStatus *status)
{
  static const char *const words[][24] = {
    [STOLT_STATUS_PLANNED] = {
      "0", "planned", "not started", "late", "overdue",
      "planerad", "planerat", "ej påbörjad", "inte påbörjad", "försenad",
      "planlagt", "ikke startet", "ikke påbegynt", "forsinket", NULL,
    },
    [STOLT_STATUS_IN_PROGRESS] = {
      "1", "in progress", "ongoing", "started", "active",
      "pågår", "pågående", "påbörjad", "påbörjat",
      "startet", "i gang", "under arbeid", NULL,
    },
    [STOLT_STATUS_DONE] = {
      "2", "done", "complete", "completed", "finished",
      "klar", "klart", "avklarad", "genomförd", "genomfört", "färdig", "slutförd",
      "ferdig", "fullført", "gjennomført", "utført", NULL,
    },
  };
  g_autofree char *key = stolt_csv_parse_key (text);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (key_in (key, words[i]) || key_is (key, stolt_enum_get_label (STOLT_TYPE_STATUS, i)))
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

/* An empty cell is no */
gboolean
stolt_csv_parse_yes_no (const char *text,
                        gboolean   *yes)
{
  static const char *const yes_words[] = { "yes", "y", "true", "1", "x", "ja", "j", NULL };
  static const char *const no_words[] = { "no", "n", "false", "0", "nej", "nei", NULL };
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *key = stolt_csv_parse_key (stripped);

  if (*stripped == '\0')
    *yes = FALSE;
  else if (strcmp (stripped, "✓") == 0 || strcmp (stripped, "✔") == 0 ||
           key_in (key, yes_words) || key_is (key, stolt_format_yes_no (TRUE)))
    *yes = TRUE;
  else if (key_in (key, no_words) || key_is (key, stolt_format_yes_no (FALSE)))
    *yes = FALSE;
  else
    return FALSE;
  return TRUE;
}
