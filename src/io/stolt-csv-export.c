/* stolt-csv-export.c — milestones and activities as CSV for spreadsheets
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written for Excel and LibreOffice as the user's locale sets them up:
 * where the decimal separator is a comma (Swedish, Norwegian, German …)
 * Excel expects ';' between fields and reads "16,5" as a number, so the
 * file does the same; elsewhere ',' and "16.5".  Dates are ISO 8601,
 * which Excel reads as dates in every locale.  Headers are in the user's
 * language.  The text is UTF-8, with a BOM when asked (--bom): Excel on
 * Windows needs one to read UTF-8 at all.
 */

#define G_LOG_DOMAIN "stolt-csv-export"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-csv.h"
#include "stolt-csv-export.h"
#include "stolt-date.h"
#include "stolt-file.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-format.h"

/**
 * stolt_csv_locale_delimiter:
 *
 * Returns: ';' where the current LC_NUMERIC writes a decimal comma,
 *   otherwise ','
 */
char
stolt_csv_locale_delimiter (void)
{
  const char *point = localeconv ()->decimal_point;

  return point != NULL && strcmp (point, ",") == 0 ? ';' : ',';
}

typedef struct
{
  StoltProject *project;
  const char   *cells[STOLT_N_CSV_COLUMNS];
  GPtrArray    *owned;  /* texts made for this row */
} Row;

static const char *
text_of (StoltRecord *record,
         const char  *field)
{
  return stolt_record_get_text (record, stolt_record_find_field (record, field));
}

static int
int_of (StoltRecord *record,
        const char  *field)
{
  return stolt_record_get_int (record, stolt_record_find_field (record, field));
}

static const char *
keep (Row  *row,
      char *text)
{
  g_ptr_array_add (row->owned, text);
  return text;
}

static const char *
date_of (Row         *row,
         StoltRecord *record,
         const char  *field)
{
  guint32 date = stolt_record_get_date (record, stolt_record_find_field (record, field));

  return date != STOLT_DATE_NONE ? keep (row, stolt_date_to_iso (date)) : "";
}

static const char *
phase_of (Row         *row,
          StoltRecord *record)
{
  gint64 id = stolt_record_get_ref (record, stolt_record_find_field (record, "phase"));
  StoltRecord *phase = id != 0 ? stolt_project_lookup (row->project, id) : NULL;

  return phase != NULL ? stolt_record_get_title (phase) : "";
}

/* An activity is named by its code, or by its title when it has none */
static const char *
predecessors_of (Row         *row,
                 StoltRecord *activity)
{
  const StoltField *field = stolt_record_find_field (activity, "predecessors");
  GArray *refs = stolt_record_get_refs (activity, field);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; refs != NULL && i < refs->len; i++)
    {
      StoltRecord *target = stolt_project_lookup (row->project, g_array_index (refs, gint64, i));
      const char *code;

      if (target == NULL)
        continue;
      code = text_of (target, "code");
      g_strv_builder_add (names, *code != '\0' ? code : stolt_record_get_title (target));
    }
  joined = g_strv_builder_end (names);
  return keep (row, g_strjoinv (STOLT_CSV_LIST_SEPARATOR, joined));
}

static void
fill_milestone (Row         *row,
                StoltRecord *milestone)
{
  row->cells[STOLT_CSV_COLUMN_TYPE] = stolt_csv_kind_name (TRUE);
  row->cells[STOLT_CSV_COLUMN_TITLE] = stolt_record_get_title (milestone);
  row->cells[STOLT_CSV_COLUMN_END] = date_of (row, milestone, "date");
  row->cells[STOLT_CSV_COLUMN_RESPONSIBLE] = text_of (milestone, "responsible");
  row->cells[STOLT_CSV_COLUMN_PHASE] = phase_of (row, milestone);
  row->cells[STOLT_CSV_COLUMN_STATUS] = stolt_enum_get_label (STOLT_TYPE_STATUS,
                                                              int_of (milestone, "status"));
  row->cells[STOLT_CSV_COLUMN_DECISION] = stolt_format_yes_no (int_of (milestone, "decision"));
  row->cells[STOLT_CSV_COLUMN_ACTIVITIES] = text_of (milestone, "activities");
  row->cells[STOLT_CSV_COLUMN_NOTES] = text_of (milestone, "notes");
}

static void
fill_activity (Row         *row,
               StoltRecord *activity)
{
  double hours = stolt_record_get_double (activity, stolt_record_find_field (activity, "hours"));
  int progress = int_of (activity, "progress");

  row->cells[STOLT_CSV_COLUMN_TYPE] = stolt_csv_kind_name (FALSE);
  row->cells[STOLT_CSV_COLUMN_CODE] = text_of (activity, "code");
  row->cells[STOLT_CSV_COLUMN_TITLE] = stolt_record_get_title (activity);
  row->cells[STOLT_CSV_COLUMN_START] = date_of (row, activity, "start-date");
  row->cells[STOLT_CSV_COLUMN_END] = date_of (row, activity, "end-date");
  row->cells[STOLT_CSV_COLUMN_RESPONSIBLE] = text_of (activity, "responsible");
  /* printf, not g_ascii_dtostr: the locale's decimal separator, for Excel */
  row->cells[STOLT_CSV_COLUMN_HOURS] = keep (row, g_strdup_printf ("%.10g", hours));
  row->cells[STOLT_CSV_COLUMN_PROGRESS] = keep (row, g_strdup_printf ("%d", progress));
  row->cells[STOLT_CSV_COLUMN_PHASE] = phase_of (row, activity);
  row->cells[STOLT_CSV_COLUMN_PREDECESSORS] = predecessors_of (row, activity);
  row->cells[STOLT_CSV_COLUMN_NOTES] = text_of (activity, "notes");
}

static void
write_records (StoltCsvWriter   *writer,
               StoltProject     *project,
               StoltProjectList  list)
{
  GListModel *records = stolt_project_get_list (project, list);
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (records, i);
      g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
      Row row = { project, { NULL }, owned };

      if (list == STOLT_LIST_MILESTONES)
        fill_milestone (&row, record);
      else
        fill_activity (&row, record);

      for (guint column = STOLT_CSV_COLUMN_TYPE; column < STOLT_N_CSV_COLUMNS; column++)
        stolt_csv_writer_add (writer, row.cells[column]);
      stolt_csv_writer_end_row (writer);
    }
}

static GBytes *
export_to_bytes (StoltProject *project,
                 char          delimiter,
                 gboolean      bom)
{
  g_autoptr(StoltCsvWriter) writer = stolt_csv_writer_new (delimiter, bom);

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  for (guint column = STOLT_CSV_COLUMN_TYPE; column < STOLT_N_CSV_COLUMNS; column++)
    stolt_csv_writer_add (writer, stolt_csv_column_name (column));
  stolt_csv_writer_end_row (writer);

  write_records (writer, project, STOLT_LIST_MILESTONES);
  write_records (writer, project, STOLT_LIST_ACTIVITIES);

  return stolt_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

/**
 * stolt_csv_export_to_bytes:
 * @bom: start with a UTF-8 byte order mark
 *
 * Returns: (transfer full): a header row, then the milestones and the
 *   activities in the project's order, separated as the locale's
 *   spreadsheets expect
 */
GBytes *
stolt_csv_export_to_bytes (StoltProject *project,
                           gboolean      bom)
{
  return export_to_bytes (project, stolt_csv_locale_delimiter (), bom);
}

gboolean
stolt_csv_export (StoltProject              *project,
                  const StoltExportOptions  *options,
                  GFile                     *output,
                  GError                   **error)
{
  char delimiter = options != NULL && options->separator != 0 ? options->separator
                                                              : stolt_csv_locale_delimiter ();
  g_autoptr(GBytes) bytes = NULL;

  /* Anything else would not read back (stolt-csv-parse.c guesses among these) */
  g_return_val_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t', FALSE);
  bytes = export_to_bytes (project, delimiter, options != NULL && options->bom);

  /* A temporary file beside OUT, renamed over it */
  return stolt_file_replace (output, bytes, NULL, NULL, error);
}
