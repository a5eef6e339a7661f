/* stolt-record-table.h — one list of the project as a sortable table
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over a project list (recycled rows, so 20 000
 * activities scroll smoothly), with a column per field, sorting by any
 * column, a search and filters, and the keyboard commands of a table:
 * Ctrl+N adds a row, Delete removes it (with Undo in a toast), Alt+Up and
 * Alt+Down reorder it (and, where asked for, drag and drop), Enter edits
 * it.
 */

#pragma once

#include <adwaita.h>

#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct
{
  StoltProjectList   list;
  GType              item_type;
  const char        *default_title;  /* N_(), the title of a new row */
  const char        *empty_title;    /* N_(), shown when the list is empty */
  const char *const *columns;        /* field names */
  const char *const *filters;        /* fields with a filter drop-down */
  const char        *sort_column;    /* sorted by this at first; NULL: list order */
  gboolean           orderable;      /* rows can be moved up and down */
} StoltTableSpec;

#define STOLT_TYPE_RECORD_TABLE (stolt_record_table_get_type ())
G_DECLARE_FINAL_TYPE (StoltRecordTable, stolt_record_table, STOLT, RECORD_TABLE, GtkWidget)

GtkWidget     *stolt_record_table_new            (const StoltTableSpec *spec);
void           stolt_record_table_set_project    (StoltRecordTable     *self,
                                                  StoltProject         *project);
void           stolt_record_table_set_owner      (StoltRecordTable     *self,
                                                  StoltProject         *project,
                                                  StoltRecord          *owner,
                                                  guint                 child_list);
void           stolt_record_table_set_editable   (StoltRecordTable     *self,
                                                  gboolean              editable);
void           stolt_record_table_set_drag_reorder (StoltRecordTable   *self,
                                                  gboolean              drag_reorder);
StoltRecord   *stolt_record_table_get_selected   (StoltRecordTable     *self);
gboolean       stolt_record_table_select         (StoltRecordTable     *self,
                                                  StoltRecord          *record);
StoltRecord   *stolt_record_table_add            (StoltRecordTable     *self);
void           stolt_record_table_set_search     (StoltRecordTable     *self,
                                                  const char           *text);
gboolean       stolt_record_table_set_filter     (StoltRecordTable     *self,
                                                  const char           *field,
                                                  const char           *choice);
guint          stolt_record_table_get_n_shown    (StoltRecordTable     *self);
StoltRecord   *stolt_record_table_get_shown      (StoltRecordTable     *self,
                                                  guint                 position);
GtkColumnView *stolt_record_table_get_view       (StoltRecordTable     *self);
gboolean       stolt_record_table_sort_by        (StoltRecordTable     *self,
                                                  const char           *field,
                                                  GtkSortType           direction);

G_END_DECLS
