/* stolt-csv-columns.c — the columns of Stolt's CSV files
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-csv-columns.h"

static const char *const names[STOLT_N_CSV_COLUMNS] = {
  /* Translators: what a CSV column maps to when the import leaves it out */
  [STOLT_CSV_COLUMN_IGNORE] = N_("Ignore"),
  /* Translators: this and the following are column headers of CSV
   * exports; spreadsheets show them, and the CSV import reads them back */
  [STOLT_CSV_COLUMN_TYPE] = N_("Type"),
  [STOLT_CSV_COLUMN_CODE] = N_("Code"),
  [STOLT_CSV_COLUMN_TITLE] = N_("Title"),
  [STOLT_CSV_COLUMN_START] = N_("Start"),
  /* Translators: a CSV column: an activity's end date or a milestone's date */
  [STOLT_CSV_COLUMN_END] = N_("End / Date"),
  [STOLT_CSV_COLUMN_RESPONSIBLE] = N_("Responsible"),
  [STOLT_CSV_COLUMN_HOURS] = N_("Hours"),
  [STOLT_CSV_COLUMN_PROGRESS] = N_("Progress %"),
  [STOLT_CSV_COLUMN_PHASE] = N_("Phase"),
  [STOLT_CSV_COLUMN_STATUS] = N_("Status"),
  [STOLT_CSV_COLUMN_DECISION] = N_("Decision point"),
  [STOLT_CSV_COLUMN_PREDECESSORS] = N_("Predecessors"),
  /* Translators: a CSV column: the activities a milestone lists in its text */
  [STOLT_CSV_COLUMN_ACTIVITIES] = N_("Milestone activities"),
  [STOLT_CSV_COLUMN_NOTES] = N_("Notes"),
};

/* Returns: (transfer none): the translated name, as a header */
const char *
stolt_csv_column_name (StoltCsvColumn column)
{
  g_return_val_if_fail (column < STOLT_N_CSV_COLUMNS, "");

  return _(names[column]);
}

/* Returns: (transfer none): the name in English, whatever the language */
const char *
stolt_csv_column_english_name (StoltCsvColumn column)
{
  g_return_val_if_fail (column < STOLT_N_CSV_COLUMNS, "");

  return names[column];
}

/* Returns: (transfer none): what the column Type says, translated */
const char *
stolt_csv_kind_name (gboolean milestone)
{
  return milestone ? _("Milestone") : _("Activity");
}
