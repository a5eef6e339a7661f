/* stolt-csv-rows.h — the rows of a CSV import, read and checked
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For stolt-csv-import.c only: a row's cells, by what they map to, and
 * what the model makes of them, or why it cannot go in.
 */

#pragma once

#include "stolt-csv-columns.h"
#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct _StoltCsvItem StoltCsvItem;

typedef struct
{
  StoltCsvItem *item;  /* a row of the file, or */
  gint64        id;    /* an activity of the project */
} StoltCsvTarget;

struct _StoltCsvItem
{
  guint        line;
  gboolean     milestone;
  char        *cells[STOLT_N_CSV_COLUMNS];  /* NULL for a column not in the file */
  guint32      start;
  guint32      end;
  double       hours;
  int          progress;
  StoltStatus  status;
  gboolean     decision;
  GArray      *predecessors;  /* StoltCsvTarget */
  char        *error;         /* NULL for a good row */
  StoltRecord *record;        /* once applied: added, or the one matched */
  StoltRecord *match;         /* the project's record it is, or NULL */
  gboolean     changed;       /* it differs from @match */
};

StoltCsvItem *stolt_csv_item_new         (guint          line,
                                          char         **cells,
                                          const char    *read_error);
void          stolt_csv_item_free        (StoltCsvItem  *item);
const char   *stolt_csv_item_cell        (StoltCsvItem  *item,
                                          StoltCsvColumn column);
void          stolt_csv_items_check_links (GPtrArray    *items,
                                           StoltProject *project);

G_END_DECLS
