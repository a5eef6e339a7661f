/* stolt-csv.h — reading and writing RFC 4180 CSV
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer quotes what needs it and ends rows with CR LF.  The reader
 * takes what spreadsheets write: any of CR LF, LF or CR between rows,
 * line breaks and doubled quotes inside quoted fields, and stray quotes
 * in unquoted ones; it tells each row's first physical line.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writing */

typedef struct _StoltCsvWriter StoltCsvWriter;

StoltCsvWriter *stolt_csv_writer_new           (char             delimiter,
                                                gboolean         bom);
void            stolt_csv_writer_set_raw       (StoltCsvWriter  *self,
                                                gboolean         raw);
gboolean        stolt_csv_is_formula_like      (const char      *text);
void            stolt_csv_writer_add           (StoltCsvWriter  *self,
                                                const char      *text);
void            stolt_csv_writer_end_row       (StoltCsvWriter  *self);
GBytes         *stolt_csv_writer_free_to_bytes (StoltCsvWriter  *self);
void            stolt_csv_writer_free          (StoltCsvWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltCsvWriter, stolt_csv_writer_free)

/* Reading */

typedef struct
{
  GStrv  fields;
  guint  n_fields;
  guint  line;   /* the physical line the row starts on, from 1 */
  char  *error;  /* NULL, or why the row is cut short (translated) */
} StoltCsvRow;

char       *stolt_csv_decode      (GBytes       *bytes,
                                   const char  **encoding,
                                   GError      **error);
char        stolt_csv_sniff       (const char   *text);
GPtrArray  *stolt_csv_read        (const char   *text,
                                   char          delimiter);

G_END_DECLS
