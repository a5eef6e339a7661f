/* stolt-csv.c — reading and writing RFC 4180 CSV
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-csv.h"
#include "stolt-format.h"

#define UTF8_BOM "\xef\xbb\xbf"

/* Writing */

struct _StoltCsvWriter
{
  GString *out;
  char     delimiter;
  gboolean row_started;
  gboolean raw;          /* write formula-like cells as they are */
};

StoltCsvWriter *
stolt_csv_writer_new (char     delimiter,
                      gboolean bom)
{
  StoltCsvWriter *self = g_new0 (StoltCsvWriter, 1);

  self->out = g_string_new (bom ? UTF8_BOM : NULL);
  self->delimiter = delimiter;
  return self;
}

/**
 * stolt_csv_writer_set_raw:
 * @raw: write every cell as it is, even one a spreadsheet would run as a
 *   formula
 *
 * By default the writer neutralises formulas (see
 * stolt_csv_is_formula_like ()).
 */
void
stolt_csv_writer_set_raw (StoltCsvWriter *self,
                          gboolean        raw)
{
  self->raw = raw;
}

/* "-12", "+3", "-1.5", "-1,5", "-2e-05": harmless to a spreadsheet, and
 * meant to stay a number */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text;

  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1]))
    for (p++; g_ascii_isdigit (*p); p++)
      ;
  if ((*p == 'e' || *p == 'E')
      && (g_ascii_isdigit (p[1]) || ((p[1] == '-' || p[1] == '+') && g_ascii_isdigit (p[2]))))
    for (p += 2; g_ascii_isdigit (*p); p++)
      ;
  return *p == '\0';
}

/**
 * stolt_csv_is_formula_like:
 *
 * Returns: whether a spreadsheet could run @text as a formula: it starts
 *   with '=', '+', '-', '@', a tab or a carriage return (OWASP, "CSV
 *   Injection") and is not simply a number
 */
gboolean
stolt_csv_is_formula_like (const char *text)
{
  if (text == NULL || *text == '\0' || strchr ("=+-@\t\r", *text) == NULL)
    return FALSE;

  return !is_plain_number (text);
}

static gboolean
needs_quotes (const char *text,
              char        delimiter)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p == delimiter || *p == '"' || *p == '\n' || *p == '\r')
      return TRUE;

  /* Spreadsheets may trim unquoted spaces at the ends */
  return *text == ' ' || (*text != '\0' && text[strlen (text) - 1] == ' ');
}

void
stolt_csv_writer_add (StoltCsvWriter *self,
                      const char     *text)
{
  g_autofree char *guarded = NULL;
  g_autofree char *clean = NULL;

  if (text == NULL)
    text = "";
  /* Control characters: the rule of every export */
  if (stolt_format_needs_cleaning (text))
    text = clean = stolt_format_clean_text (text);
  /* A leading apostrophe makes the cell text for Excel and LibreOffice */
  if (!self->raw && stolt_csv_is_formula_like (text))
    text = guarded = g_strconcat ("'", text, NULL);
  if (self->row_started)
    g_string_append_c (self->out, self->delimiter);
  self->row_started = TRUE;

  if (!needs_quotes (text, self->delimiter))
    {
      g_string_append (self->out, text);
      return;
    }

  g_string_append_c (self->out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->out, '"');
      g_string_append_c (self->out, *p);
    }
  g_string_append_c (self->out, '"');
}

void
stolt_csv_writer_end_row (StoltCsvWriter *self)
{
  g_string_append (self->out, "\r\n");
  self->row_started = FALSE;
}

GBytes *
stolt_csv_writer_free_to_bytes (StoltCsvWriter *self)
{
  GBytes *bytes = g_string_free_to_bytes (g_steal_pointer (&self->out));

  g_free (self);
  return bytes;
}

void
stolt_csv_writer_free (StoltCsvWriter *self)
{
  if (self->out != NULL)
    g_string_free (self->out, TRUE);
  g_free (self);
}

/* Decoding */

static gboolean
has_prefix (const guint8 *data,
            gsize         length,
            const char   *prefix,
            gsize         prefix_length)
{
  return length >= prefix_length && memcmp (data, prefix, prefix_length) == 0;
}

/* Excel on Windows writes the ANSI code page unless told otherwise: for
 * Swedish and Norwegian that is Windows-1252.  Its five unused bytes
 * make iconv fail, and then ISO 8859-1 takes every byte. */
static char *
from_legacy (const char  *data,
             gsize        length,
             gsize       *text_length,
             const char **encoding)
{
  char *text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, text_length, NULL);

  *encoding = "Windows-1252";
  if (text == NULL)
    {
      *encoding = "ISO-8859-1";
      text = g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, text_length, NULL);
    }
  return text;
}

static char *
to_utf8 (const char  *data,
         gsize        length,
         gsize       *text_length,
         const char **encoding)
{
  const guint8 *bytes = (const guint8 *) data;

  if (has_prefix (bytes, length, "\xff\xfe", 2))
    {
      *encoding = "UTF-16";
      return g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, text_length, NULL);
    }
  if (has_prefix (bytes, length, "\xfe\xff", 2))
    {
      *encoding = "UTF-16";
      return g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, text_length, NULL);
    }

  if (has_prefix (bytes, length, UTF8_BOM, 3))
    {
      data += 3;
      length -= 3;
    }
  *encoding = "UTF-8";
  if (!g_utf8_validate_len (data, length, NULL))
    return from_legacy (data, length, text_length, encoding);

  *text_length = length;
  return g_strndup (data, length);
}

/**
 * stolt_csv_decode:
 * @encoding: (out) (optional): the encoding the text was in, e.g. "UTF-8"
 *
 * Turns a file's bytes into UTF-8 text without a byte order mark: UTF-8
 * (with or without a BOM), UTF-16 with a BOM (Excel's "Unicode text"),
 * or else Windows-1252.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with
 *   G_IO_ERROR_INVALID_DATA if it is not text (it holds NUL characters)
 */
char *
stolt_csv_decode (GBytes      *bytes,
                  const char **encoding,
                  GError     **error)
{
  gsize length = 0, text_length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *found = NULL;
  g_autofree char *text = to_utf8 (data != NULL ? data : "", length, &text_length, &found);

  /* A NUL would end every C string early: no spreadsheet writes one */
  if (text == NULL || strlen (text) != text_length)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("it is not a text file"));
      return NULL;
    }
  if (encoding != NULL)
    *encoding = found;
  return g_steal_pointer (&text);
}

/* Reading */

static void
stolt_csv_row_free (StoltCsvRow *row)
{
  g_strfreev (row->fields);
  g_free (row->error);
  g_free (row);
}

typedef struct
{
  const char *p;
  char        delimiter;
  guint       line;
} Reader;

/* A line break at @p: its length (2 for CR LF), or 0 */
static guint
line_break (const char *p)
{
  if (p[0] == '\r')
    return p[1] == '\n' ? 2 : 1;
  return p[0] == '\n' ? 1 : 0;
}

/* A quoted field, from just after its opening quote.  FALSE if the file
 * ends inside it. */
static gboolean
read_quoted (Reader  *reader,
             GString *field)
{
  for (;;)
    {
      const char *p = reader->p;
      guint br;

      if (*p == '\0')
        return FALSE;
      if (*p == '"' && p[1] == '"')
        {
          g_string_append_c (field, '"');
          reader->p += 2;
        }
      else if (*p == '"')
        {
          reader->p++;
          return TRUE;
        }
      else if ((br = line_break (p)) > 0)
        {
          /* Line breaks inside a field become the model's \n */
          g_string_append_c (field, '\n');
          reader->line++;
          reader->p += br;
        }
      else
        {
          g_string_append_c (field, *p);
          reader->p++;
        }
    }
}

/* One row; reader->p is left at the start of the next */
static StoltCsvRow *
read_row (Reader *reader)
{
  StoltCsvRow *row = g_new0 (StoltCsvRow, 1);
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);

  row->line = reader->line;
  for (;;)
    {
      const char *p = reader->p;
      guint br;

      if (*p == '"' && field->len == 0)
        {
          reader->p++;
          if (!read_quoted (reader, field))
            {
              row->error = g_strdup (_("A quoted field is not closed before the end of the file"));
              g_strv_builder_add (fields, field->str);
              break;
            }
        }
      else if (*p == reader->delimiter)
        {
          g_strv_builder_add (fields, field->str);
          g_string_truncate (field, 0);
          reader->p++;
        }
      else if (*p == '\0' || (br = line_break (p)) > 0)
        {
          g_strv_builder_add (fields, field->str);
          if (*p != '\0')
            {
              reader->p += br;
              reader->line++;
            }
          break;
        }
      else
        {
          /* Text after a closing quote, or a quote inside an unquoted
           * field, is kept as it stands, as spreadsheets do */
          g_string_append_c (field, *p);
          reader->p++;
        }
    }

  row->fields = g_strv_builder_end (fields);
  row->n_fields = g_strv_length (row->fields);
  return row;
}

/**
 * stolt_csv_read:
 * @text: UTF-8 text, from stolt_csv_decode()
 *
 * Returns: (transfer full) (element-type StoltCsvRow): every row,
 *   blank lines left out (they still count as lines)
 */
GPtrArray *
stolt_csv_read (const char *text,
                char        delimiter)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) stolt_csv_row_free);
  Reader reader = { text, delimiter, 1 };

  while (*reader.p != '\0')
    {
      StoltCsvRow *row = read_row (&reader);

      if (row->error == NULL && row->fields[0] != NULL && row->fields[1] == NULL &&
          *row->fields[0] == '\0')
        stolt_csv_row_free (row);
      else
        g_ptr_array_add (rows, row);
    }
  return rows;
}

/* How many fields the first rows have with @delimiter: the first row's
 * count, and how many of the first rows have that many */
static void
measure (const char *text,
         char        delimiter,
         guint      *first_count,
         guint      *agreeing)
{
  Reader reader = { text, delimiter, 1 };

  *first_count = 0;
  *agreeing = 0;
  for (guint i = 0; i < 20 && *reader.p != '\0'; i++)
    {
      StoltCsvRow *row = read_row (&reader);
      guint count = row->n_fields;

      if (i == 0)
        *first_count = count;
      if (count == *first_count)
        (*agreeing)++;
      stolt_csv_row_free (row);
    }
}

/**
 * stolt_csv_sniff:
 *
 * Guesses the delimiter: the one of ',', ';' and tab that splits the
 * first row into several fields and the most of the first rows into as
 * many; ',' when none does.
 */
char
stolt_csv_sniff (const char *text)
{
  static const char candidates[] = { ';', ',', '\t' };
  char best = ',';
  guint best_agreeing = 0, best_count = 1;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      guint count, agreeing;

      measure (text, candidates[i], &count, &agreeing);
      if (count < 2)
        continue;
      if (agreeing > best_agreeing || (agreeing == best_agreeing && count > best_count))
        {
          best = candidates[i];
          best_agreeing = agreeing;
          best_count = count;
        }
    }
  return best;
}
