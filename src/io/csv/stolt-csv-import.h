/* stolt-csv-import.h — milestones and activities from a CSV file
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a file guesses its encoding, its delimiter, whether its first
 * row names the columns, and what each column holds.  The caller may
 * change the last two, check the rows (each bad one is reported with its
 * line in the file and why), and apply the good rows to a project as one
 * undoable step.
 *
 * A row may already be in the project: a milestone or an activity of
 * the same title (case, width and spaces aside) and the same date, as
 * when a file exported from the project comes back from a spreadsheet.
 * Such rows are left out, update the record they match, or are added
 * anyway, as the match mode says.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-csv-columns.h"
#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct _StoltCsvImport StoltCsvImport;

typedef enum
{
  STOLT_CSV_MATCH_SKIP = 0,  /* rows already in the project are left out */
  STOLT_CSV_MATCH_UPDATE,    /* they set what differs on the record they match */
  STOLT_CSV_MATCH_ADD,       /* they are added again, as new records */
} StoltCsvMatchMode;

typedef enum
{
  STOLT_CSV_ROW_NEW = 0,    /* no record of the project matches the row */
  STOLT_CSV_ROW_IDENTICAL,  /* one does, and the row would change nothing */
  STOLT_CSV_ROW_CHANGED,    /* one does, and some of the row's values differ */
} StoltCsvRowState;

typedef struct
{
  guint            line;   /* where the row starts in the file */
  StoltCsvRowState state;
  gint64           id;     /* the record it matches; 0 for a new row */
} StoltCsvMatch;

typedef struct
{
  guint n_new;
  guint n_matched;   /* identical and changed */
  guint n_changed;
} StoltCsvMatchCounts;

typedef struct
{
  guint  line;    /* the physical line the row starts on; 0: the whole file */
  char  *reason;  /* translated */
} StoltCsvProblem;

StoltCsvImport *stolt_csv_import_new             (GBytes          *bytes,
                                                  const char      *display_name,
                                                  GError         **error);
StoltCsvImport *stolt_csv_import_new_for_file    (GFile           *file,
                                                  GError         **error);
void            stolt_csv_import_free            (StoltCsvImport  *self);

const char     *stolt_csv_import_get_display_name (StoltCsvImport *self);
char            stolt_csv_import_get_delimiter   (StoltCsvImport  *self);
const char     *stolt_csv_import_get_encoding    (StoltCsvImport  *self);

gboolean        stolt_csv_import_get_has_header  (StoltCsvImport  *self);
void            stolt_csv_import_set_has_header  (StoltCsvImport  *self,
                                                  gboolean         has_header);
guint           stolt_csv_import_get_n_columns   (StoltCsvImport  *self);
const char     *stolt_csv_import_get_column_name (StoltCsvImport  *self,
                                                  guint            column);
StoltCsvColumn  stolt_csv_import_get_mapping     (StoltCsvImport  *self,
                                                  guint            column);
void            stolt_csv_import_set_mapping     (StoltCsvImport  *self,
                                                  guint            column,
                                                  StoltCsvColumn   target);

guint           stolt_csv_import_get_n_rows      (StoltCsvImport  *self);
const char     *stolt_csv_import_get_cell        (StoltCsvImport  *self,
                                                  guint            row,
                                                  guint            column);
guint           stolt_csv_import_get_line        (StoltCsvImport  *self,
                                                  guint            row);

GPtrArray      *stolt_csv_import_check           (StoltCsvImport  *self,
                                                  StoltProject    *project,
                                                  guint           *n_good);
GArray         *stolt_csv_import_match           (StoltCsvImport      *self,
                                                  StoltProject        *project,
                                                  StoltCsvMatchCounts *counts);
StoltCsvMatchMode stolt_csv_import_get_match_mode (StoltCsvImport  *self);
void            stolt_csv_import_set_match_mode  (StoltCsvImport    *self,
                                                  StoltCsvMatchMode  mode);
gboolean        stolt_csv_import_apply           (StoltCsvImport  *self,
                                                  StoltProject    *project,
                                                  guint           *n_imported,
                                                  GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltCsvImport, stolt_csv_import_free)

G_END_DECLS
