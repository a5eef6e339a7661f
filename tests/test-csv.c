/* test-csv.c — the CSV reader and writer, and reading cells
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "stolt-csv.h"
#include "stolt-csv-parse.h"
#include "stolt-date.h"

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

static void
test_writer_quotes (void)
{
  g_autoptr(StoltCsvWriter) writer = stolt_csv_writer_new (';', FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  stolt_csv_writer_add (writer, "plain");
  stolt_csv_writer_add (writer, "a;b");
  stolt_csv_writer_add (writer, "a,b");          /* not the delimiter: no quotes */
  stolt_csv_writer_add (writer, "say \"hei\"");
  stolt_csv_writer_add (writer, "two\nlines");
  stolt_csv_writer_add (writer, " padded ");
  stolt_csv_writer_add (writer, "");
  stolt_csv_writer_end_row (writer);
  stolt_csv_writer_add (writer, "Ærlig øvrig åpen");
  stolt_csv_writer_end_row (writer);

  bytes = stolt_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  text = bytes_to_string (bytes);
  g_assert_cmpstr (text, ==,
                   "plain;\"a;b\";a,b;\"say \"\"hei\"\"\";\"two\nlines\";\" padded \";\r\n"
                   "Ærlig øvrig åpen\r\n");
}

static void
test_writer_bom (void)
{
  g_autoptr(StoltCsvWriter) writer = stolt_csv_writer_new (',', TRUE);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  stolt_csv_writer_add (writer, "x");
  stolt_csv_writer_end_row (writer);
  bytes = stolt_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  text = bytes_to_string (bytes);
  g_assert_cmpstr (text, ==, "\xef\xbb\xbfx\r\n");
}

static StoltCsvRow *
row_at (GPtrArray *rows,
        guint      i)
{
  g_assert_cmpuint (i, <, rows->len);
  return rows->pdata[i];
}

static void
assert_fields (StoltCsvRow *row,
               ...)
{
  va_list args;
  guint i = 0;

  va_start (args, row);
  for (const char *expected = va_arg (args, const char *); expected != NULL;
       expected = va_arg (args, const char *))
    {
      g_assert_nonnull (row->fields[i]);
      g_assert_cmpstr (row->fields[i], ==, expected);
      i++;
    }
  va_end (args);
  g_assert_null (row->fields[i]);
}

static void
test_reader_rfc4180 (void)
{
  const char *text =
    "a,b,c\r\n"
    "\"quoted, comma\",\"say \"\"hi\"\"\",plain\r\n"
    "\"two\r\nlines\",\"three\nmore\rlines\",x\r\n"
    "\r\n"
    "last,,\r\n";
  g_autoptr(GPtrArray) rows = stolt_csv_read (text, ',');

  g_assert_cmpuint (rows->len, ==, 4);
  assert_fields (row_at (rows, 0), "a", "b", "c", NULL);
  g_assert_cmpuint (row_at (rows, 0)->line, ==, 1);
  assert_fields (row_at (rows, 1), "quoted, comma", "say \"hi\"", "plain", NULL);
  g_assert_cmpuint (row_at (rows, 1)->line, ==, 2);
  /* Line breaks inside fields are \n, whatever the file had */
  assert_fields (row_at (rows, 2), "two\nlines", "three\nmore\nlines", "x", NULL);
  g_assert_cmpuint (row_at (rows, 2)->line, ==, 3);
  /* That row took lines 3 … 6 (CR LF, LF and CR each end one); 7 is blank */
  assert_fields (row_at (rows, 3), "last", "", "", NULL);
  g_assert_cmpuint (row_at (rows, 3)->line, ==, 8);
  for (guint i = 0; i < rows->len; i++)
    g_assert_null (row_at (rows, i)->error);
}

static void
test_reader_lenient (void)
{
  /* LF and lone CR ends, no final line end, stray quotes, a tab file */
  g_autoptr(GPtrArray) rows = stolt_csv_read ("a\tb\nc\"d\t\"e\"f\rg\th", '\t');
  g_autoptr(GPtrArray) open = stolt_csv_read ("x;\"never\nclosed;y\n", ';');

  g_assert_cmpuint (rows->len, ==, 3);
  assert_fields (row_at (rows, 0), "a", "b", NULL);
  assert_fields (row_at (rows, 1), "c\"d", "ef", NULL);
  assert_fields (row_at (rows, 2), "g", "h", NULL);
  g_assert_cmpuint (row_at (rows, 2)->line, ==, 3);

  g_assert_cmpuint (open->len, ==, 1);
  g_assert_nonnull (row_at (open, 0)->error);
  g_assert_cmpuint (row_at (open, 0)->line, ==, 1);
}

static void
test_sniff (void)
{
  g_assert_cmpint (stolt_csv_sniff ("Type;Title;Notes\r\nActivity;A, B and C;x\r\n"), ==, ';');
  g_assert_cmpint (stolt_csv_sniff ("Type,Title,Notes\r\nActivity,\"A; B\",x;y\r\n"), ==, ',');
  g_assert_cmpint (stolt_csv_sniff ("Type\tTitle\r\nActivity\tA, B; C\r\n"), ==, '\t');
  g_assert_cmpint (stolt_csv_sniff ("just one column\r\nand another row\r\n"), ==, ',');
  g_assert_cmpint (stolt_csv_sniff (""), ==, ',');
}

/* @length -1: up to the NUL */
static char *
decode (const char  *data,
        gssize       length,
        const char **encoding)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);
  g_autoptr(GError) error = NULL;
  char *text = stolt_csv_decode (bytes, encoding, &error);

  g_assert_no_error (error);
  return text;
}

static void
test_decode (void)
{
  const char *encoding = NULL;
  g_autofree char *utf8 = decode ("\xef\xbb\xbfTitel;Ansvarig\r\nMöte;Åsa\r\n", -1, &encoding);
  g_autofree char *ansi = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *undefined = NULL;
  g_autoptr(GBytes) binary = g_bytes_new ("SQLite format 3\0\0\0", 18);
  g_autoptr(GError) error = NULL;

  /* The BOM is gone */
  g_assert_cmpstr (encoding, ==, "UTF-8");
  g_assert_cmpstr (utf8, ==, "Titel;Ansvarig\r\nMöte;Åsa\r\n");

  /* Excel's ANSI: Windows-1252, with its € and curly quotes */
  ansi = decode ("M\xf6te;\xc5sa;\x80 \x93x\x94\r\n", -1, &encoding);
  g_assert_cmpstr (encoding, ==, "Windows-1252");
  g_assert_cmpstr (ansi, ==, "Möte;Åsa;€ “x”\r\n");

  /* 0x81 is not in Windows-1252 */
  undefined = decode ("a\x81" "b", -1, &encoding);
  g_assert_cmpstr (encoding, ==, "ISO-8859-1");
  g_assert_cmpstr (undefined, ==, "a\xc2\x81" "b");

  /* Excel's "Unicode text" */
  utf16 = decode ("\xff\xfeT\0i\0t\0e\0l\0\t\0\xe5\0\r\0\n\0", 20, &encoding);
  g_assert_cmpstr (encoding, ==, "UTF-16");
  g_assert_cmpstr (utf16, ==, "Titel\tå\r\n");

  g_assert_null (stolt_csv_decode (binary, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_dates (void)
{
  static const struct
  {
    const char *text;
    int         year, month, day;  /* 0: not a date */
  } cases[] = {
    { "2026-09-14", 2026, 9, 14 },
    { " 2026-9-4 ", 2026, 9, 4 },
    { "2026/09/14", 2026, 9, 14 },
    { "14.09.2026", 2026, 9, 14 },
    { "14.9.2026", 2026, 9, 14 },
    { "14/9/2026", 2026, 9, 14 },      /* day first under C, which writes 9/14 */
    { "9/14/2026", 2026, 9, 14 },
    { "2026-09-14 00:00:00", 2026, 9, 14 },
    { "2026-09-14T08:30", 2026, 9, 14 },
    { "1899-12-31", 1899, 12, 31 },    /* a date; the range is the model's */
    { "2026-02-30", 0, 0, 0 },
    { "14.09.26", 0, 0, 0 },
    { "2026-09", 0, 0, 0 },
    { "14-09/2026", 0, 0, 0 },
    { "tomorrow", 0, 0, 0 },
    { "2026-09-14 and more", 0, 0, 0 },
    { "", 0, 0, 0 },
    { "20260-01-01", 0, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint32 julian = 0;
      gboolean ok = stolt_csv_parse_date (cases[i].text, &julian);

      g_test_message ("%s", cases[i].text);
      if (cases[i].year == 0)
        g_assert_false (ok);
      else
        {
          g_assert_true (ok);
          g_assert_cmpuint (julian, ==, stolt_date_from_ymd (cases[i].year, cases[i].month,
                                                            cases[i].day));
        }
    }
}

static void
test_numbers (void)
{
  static const struct
  {
    const char *text;
    double      value;
    gboolean    ok;
  } cases[] = {
    { "16", 16, TRUE },
    { "16,5", 16.5, TRUE },
    { "16.5", 16.5, TRUE },
    { " 1 234,5 ", 1234.5, TRUE },
    { "1\xc2\xa0" "234,5", 1234.5, TRUE },
    { "1.234,5", 1234.5, TRUE },
    { "1,234.5", 1234.5, TRUE },
    { "1.234.567", 1234567, TRUE },
    { "-3", -3, TRUE },
    { "", 0, FALSE },
    { "12 h", 0, FALSE },
    { "abc", 0, FALSE },
    { "inf", 0, FALSE },
    { "nan", 0, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (stolt_csv_parse_number (cases[i].text, &value), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-9);
    }

  {
    double value = 0;

    g_assert_true (stolt_csv_parse_percent ("40 %", &value));
    g_assert_cmpfloat (value, ==, 40);
    g_assert_true (stolt_csv_parse_percent ("12,5%", &value));
    g_assert_cmpfloat (value, ==, 12.5);
    g_assert_false (stolt_csv_parse_percent ("%", &value));
  }
}

static void
test_column_names (void)
{
  static const struct
  {
    const char     *header;
    StoltCsvColumn  column;
  } cases[] = {
    { "Type", STOLT_CSV_COLUMN_TYPE },
    { "TYP", STOLT_CSV_COLUMN_TYPE },
    { "Code", STOLT_CSV_COLUMN_CODE },
    { "Kod", STOLT_CSV_COLUMN_CODE },
    { "Title", STOLT_CSV_COLUMN_TITLE },
    { "Tittel", STOLT_CSV_COLUMN_TITLE },
    { "Milepæl", STOLT_CSV_COLUMN_TITLE },
    { "MILSTOLPE", STOLT_CSV_COLUMN_TITLE },
    { "Benämning", STOLT_CSV_COLUMN_TITLE },
    { "Startdatum", STOLT_CSV_COLUMN_START },
    { "Startdato", STOLT_CSV_COLUMN_START },
    { "End / Date", STOLT_CSV_COLUMN_END },
    { "Dato", STOLT_CSV_COLUMN_END },
    { "Slutdatum", STOLT_CSV_COLUMN_END },
    { "Frist", STOLT_CSV_COLUMN_END },
    { "Ansvar", STOLT_CSV_COLUMN_RESPONSIBLE },
    { "ansvarlig", STOLT_CSV_COLUMN_RESPONSIBLE },
    { "Timmar", STOLT_CSV_COLUMN_HOURS },
    { "Timer", STOLT_CSV_COLUMN_HOURS },
    { "Progress %", STOLT_CSV_COLUMN_PROGRESS },
    { "% Complete", STOLT_CSV_COLUMN_PROGRESS },
    { "Fremdrift", STOLT_CSV_COLUMN_PROGRESS },
    { "Fas", STOLT_CSV_COLUMN_PHASE },
    { "Fase", STOLT_CSV_COLUMN_PHASE },
    { "Status", STOLT_CSV_COLUMN_STATUS },
    { "Beslutspunkt", STOLT_CSV_COLUMN_DECISION },
    { "Beslutningspunkt", STOLT_CSV_COLUMN_DECISION },
    { "Föregångare", STOLT_CSV_COLUMN_PREDECESSORS },
    { "Forgjengere", STOLT_CSV_COLUMN_PREDECESSORS },
    { "Aktiviteter", STOLT_CSV_COLUMN_ACTIVITIES },
    { "Milestone activities", STOLT_CSV_COLUMN_ACTIVITIES },
    { "Anteckningar", STOLT_CSV_COLUMN_NOTES },
    { "Merknader", STOLT_CSV_COLUMN_NOTES },
    { "Colour", STOLT_CSV_COLUMN_IGNORE },
    { "", STOLT_CSV_COLUMN_IGNORE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].header);
      g_assert_cmpint (stolt_csv_parse_column_name (cases[i].header), ==, cases[i].column);
    }
}

static void
test_words (void)
{
  gboolean flag = FALSE;
  StoltStatus status = STOLT_STATUS_PLANNED;

  g_assert_true (stolt_csv_parse_kind ("Milstolpe", &flag) && flag);
  g_assert_true (stolt_csv_parse_kind ("MILEPÆL", &flag) && flag);
  g_assert_true (stolt_csv_parse_kind ("Aktivitet", &flag) && !flag);
  g_assert_true (stolt_csv_parse_kind ("activity", &flag) && !flag);
  g_assert_false (stolt_csv_parse_kind ("Goal", &flag));

  g_assert_true (stolt_csv_parse_status ("Pågår", &status));
  g_assert_cmpint (status, ==, STOLT_STATUS_IN_PROGRESS);
  g_assert_true (stolt_csv_parse_status ("ferdig", &status));
  g_assert_cmpint (status, ==, STOLT_STATUS_DONE);
  g_assert_true (stolt_csv_parse_status ("Klar", &status));
  g_assert_cmpint (status, ==, STOLT_STATUS_DONE);
  g_assert_true (stolt_csv_parse_status ("Planned", &status));
  g_assert_cmpint (status, ==, STOLT_STATUS_PLANNED);
  g_assert_true (stolt_csv_parse_status ("In progress", &status));
  g_assert_cmpint (status, ==, STOLT_STATUS_IN_PROGRESS);
  g_assert_false (stolt_csv_parse_status ("maybe", &status));

  g_assert_true (stolt_csv_parse_yes_no ("Ja", &flag) && flag);
  g_assert_true (stolt_csv_parse_yes_no ("x", &flag) && flag);
  g_assert_true (stolt_csv_parse_yes_no ("Nei", &flag) && !flag);
  g_assert_true (stolt_csv_parse_yes_no ("nej", &flag) && !flag);
  g_assert_true (stolt_csv_parse_yes_no ("", &flag) && !flag);
  g_assert_false (stolt_csv_parse_yes_no ("perhaps", &flag));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/writer/quotes", test_writer_quotes);
  g_test_add_func ("/csv/writer/bom", test_writer_bom);
  g_test_add_func ("/csv/reader/rfc4180", test_reader_rfc4180);
  g_test_add_func ("/csv/reader/lenient", test_reader_lenient);
  g_test_add_func ("/csv/sniff", test_sniff);
  g_test_add_func ("/csv/decode", test_decode);
  g_test_add_func ("/csv/parse/dates", test_dates);
  g_test_add_func ("/csv/parse/numbers", test_numbers);
  g_test_add_func ("/csv/parse/column-names", test_column_names);
  g_test_add_func ("/csv/parse/words", test_words);

  return g_test_run ();
}
