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
 * Windows needs one to read UTF-8 at all.  A cell a spreadsheet would run
 * as a formula ("=HYPERLINK(…)", "@SUM(…)") starts with an apostrophe,
 * as OWASP recommends against CSV injection, unless --csv-raw asks for
 * the values as they are; numbers stay numbers either way.
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
keep (Row  *row,
      char *text)
{
  g_ptr_array_add (row->owned, text);
  return text;
}

static const char *
date_cell (Row     *row,
           guint32  date)
{
  return date != STOLT_DATE_NONE ? keep (row, stolt_date_to_iso (date)) : "";
}

static const char *
phase_cell (Row    *row,
            gint64  id)
{
  StoltRecord *phase = id != 0 ? stolt_project_lookup (row->project, id) : NULL;

  return phase != NULL ? stolt_record_get_title (phase) : "";
}

/* An activity is named by its code, or by its title when it has none */
static const char *
predecessors_cell (Row           *row,
                   StoltActivity *activity)
{
  guint n_ids;
  const gint64 *ids = stolt_activity_get_predecessors (activity, &n_ids);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; i < n_ids; i++)
    {
      StoltRecord *target = stolt_project_lookup (row->project, ids[i]);
      const char *code;

      if (!STOLT_IS_ACTIVITY (target))
        continue;
      code = stolt_activity_get_code (STOLT_ACTIVITY (target));
      g_strv_builder_add (names, *code != '\0' ? code : stolt_record_get_title (target));
    }
  joined = g_strv_builder_end (names);
  return keep (row, g_strjoinv (STOLT_CSV_LIST_SEPARATOR, joined));
}

static void
fill_milestone (Row            *row,
                StoltMilestone *milestone)
{
  StoltStatus status = stolt_milestone_get_status (milestone);

  row->cells[STOLT_CSV_COLUMN_TYPE] = stolt_csv_kind_name (TRUE);
  row->cells[STOLT_CSV_COLUMN_TITLE] = stolt_milestone_get_title (milestone);
  row->cells[STOLT_CSV_COLUMN_END] = date_cell (row, stolt_milestone_get_date (milestone));
  row->cells[STOLT_CSV_COLUMN_RESPONSIBLE] = stolt_milestone_get_responsible (milestone);
  row->cells[STOLT_CSV_COLUMN_PHASE] = phase_cell (row, stolt_milestone_get_phase (milestone));
  row->cells[STOLT_CSV_COLUMN_STATUS] = stolt_enum_get_label (STOLT_TYPE_STATUS, status);
  row->cells[STOLT_CSV_COLUMN_DECISION] =
    stolt_format_yes_no (stolt_milestone_get_decision (milestone));
  row->cells[STOLT_CSV_COLUMN_ACTIVITIES] = stolt_milestone_get_activities (milestone);
  row->cells[STOLT_CSV_COLUMN_NOTES] = stolt_milestone_get_notes (milestone);
}

static void
fill_activity (Row           *row,
               StoltActivity *activity)
{
  double hours = stolt_activity_get_hours (activity);
  int progress = stolt_activity_get_progress (activity);

  row->cells[STOLT_CSV_COLUMN_TYPE] = stolt_csv_kind_name (FALSE);
  row->cells[STOLT_CSV_COLUMN_CODE] = stolt_activity_get_code (activity);
  row->cells[STOLT_CSV_COLUMN_TITLE] = stolt_activity_get_title (activity);
  row->cells[STOLT_CSV_COLUMN_START] = date_cell (row, stolt_activity_get_start_date (activity));
  row->cells[STOLT_CSV_COLUMN_END] = date_cell (row, stolt_activity_get_end_date (activity));
  row->cells[STOLT_CSV_COLUMN_RESPONSIBLE] = stolt_activity_get_responsible (activity);
  /* printf, not g_ascii_dtostr: the locale's decimal separator, for Excel */
  row->cells[STOLT_CSV_COLUMN_HOURS] = keep (row, g_strdup_printf ("%.10g", hours));
  row->cells[STOLT_CSV_COLUMN_PROGRESS] = keep (row, g_strdup_printf ("%d", progress));
  row->cells[STOLT_CSV_COLUMN_PHASE] = phase_cell (row, stolt_activity_get_phase (activity));
  row->cells[STOLT_CSV_COLUMN_PREDECESSORS] = predecessors_cell (row, activity);
  row->cells[STOLT_CSV_COLUMN_NOTES] = stolt_activity_get_notes (activity);
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
        fill_milestone (&row, STOLT_MILESTONE (record));
      else
        fill_activity (&row, STOLT_ACTIVITY (record));

      for (guint column = STOLT_CSV_COLUMN_TYPE; column < STOLT_N_CSV_COLUMNS; column++)
        stolt_csv_writer_add (writer, row.cells[column]);
      stolt_csv_writer_end_row (writer);
    }
}

/**
 * stolt_csv_export_options_to_bytes:
 * @options: (nullable): reads bom (a UTF-8 byte order mark first),
 *   csv_raw (formula-like cells not neutralised) and separator (0: the
 *   locale's)
 *
 * Returns: (transfer full): a header row, then the milestones and the
 *   activities in the project's order
 */
GBytes *
stolt_csv_export_options_to_bytes (StoltProject             *project,
                                   const StoltExportOptions *options)
{
  gboolean bom = options != NULL && options->bom;
  char delimiter = options != NULL && options->separator != 0 ? options->separator
                                                              : stolt_csv_locale_delimiter ();
  g_autoptr(StoltCsvWriter) writer = NULL;

  /* Anything else would not read back (stolt-csv-parse.c guesses among these) */
  g_return_val_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t', NULL);
  writer = stolt_csv_writer_new (delimiter, bom);

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  stolt_csv_writer_set_raw (writer, options != NULL && options->csv_raw);

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
 * Returns: (transfer full): stolt_csv_export_options_to_bytes () with
 *   formulas neutralised
 */
GBytes *
stolt_csv_export_to_bytes (StoltProject *project,
                           gboolean      bom)
{
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;

  options.bom = bom;
  return stolt_csv_export_options_to_bytes (project, &options);
}

gboolean
stolt_csv_export (StoltProject              *project,
                  const StoltExportOptions  *options,
                  GFile                     *output,
                  GError                   **error)
{
  g_autoptr(GBytes) bytes = stolt_csv_export_options_to_bytes (project, options);

  /* A temporary file beside OUT, renamed over it */
  return stolt_file_replace (output, bytes, NULL, NULL, error);
}
