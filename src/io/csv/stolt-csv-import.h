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
 */

#pragma once

#include <gio/gio.h>

#include "stolt-csv-columns.h"
#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct _StoltCsvImport StoltCsvImport;

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
gboolean        stolt_csv_import_apply           (StoltCsvImport  *self,
                                                  StoltProject    *project,
                                                  guint           *n_imported,
                                                  GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltCsvImport, stolt_csv_import_free)

G_END_DECLS
