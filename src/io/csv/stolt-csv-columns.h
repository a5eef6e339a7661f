/* stolt-csv-columns.h — the columns of Stolt's CSV files
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file lists milestones and activities, a row each; the column Type
 * says which.  The export writes the columns in this order under their
 * translated names; the import maps a file's columns onto them.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STOLT_CSV_COLUMN_IGNORE = 0,  /* a column the import leaves out */
  STOLT_CSV_COLUMN_TYPE,
  STOLT_CSV_COLUMN_CODE,
  STOLT_CSV_COLUMN_TITLE,
  STOLT_CSV_COLUMN_START,
  STOLT_CSV_COLUMN_END,         /* an activity's end, a milestone's date */
  STOLT_CSV_COLUMN_RESPONSIBLE,
  STOLT_CSV_COLUMN_HOURS,
  STOLT_CSV_COLUMN_PROGRESS,
  STOLT_CSV_COLUMN_PHASE,
  STOLT_CSV_COLUMN_STATUS,
  STOLT_CSV_COLUMN_DECISION,
  STOLT_CSV_COLUMN_PREDECESSORS,
  STOLT_CSV_COLUMN_ACTIVITIES,  /* a milestone's activities (seed 001, slide 58) */
  STOLT_CSV_COLUMN_NOTES,
  STOLT_N_CSV_COLUMNS
} StoltCsvColumn;

const char *stolt_csv_column_name         (StoltCsvColumn column);
const char *stolt_csv_column_english_name (StoltCsvColumn column);
const char *stolt_csv_kind_name           (gboolean       milestone);

/* Between predecessors in one cell */
#define STOLT_CSV_LIST_SEPARATOR ", "

G_END_DECLS
