/* stolt-tables.h — how records map onto tables
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Derived once from the records' field tables, so that the loader and
 * the writer never name a field: a record type is a table, a field is a
 * column (its name with '_' for '-'), except REFS fields, which are link
 * tables "<table>_<column>" of (owner_id, target_id, position).  Every
 * table but the root's has parent_id and position: the record's place in
 * its parent's child list.  The schema (stolt-schema.c) spells the same
 * tables out by hand; a test checks that the two agree.
 */

#pragma once

#include "stolt-record.h"

G_BEGIN_DECLS

typedef struct _StoltTable StoltTable;

typedef struct
{
  const StoltField *field;
  char             *name;   /* column name */
} StoltColumn;

typedef struct
{
  const StoltField *field;
  char             *name;   /* link table name */
  const StoltTable *target; /* the table the links point into */
} StoltLink;

struct _StoltTable
{
  GType             type;
  StoltRecordClass *klass;
  const char       *name;
  guint             index;       /* in stolt_tables_get () */
  const StoltTable *parent;      /* NULL for the root */
  guint             parent_list; /* which child list of the parent holds these */
  guint             depth;       /* 0 for the root */
  StoltColumn      *columns;
  guint             n_columns;
  StoltLink        *links;
  guint             n_links;
};

const StoltTable *stolt_tables_get        (guint       *n_tables);
const StoltTable *stolt_tables_for_type   (GType        type);
const StoltTable *stolt_tables_for_record (StoltRecord *record);
const StoltTable *stolt_tables_for_name   (const char  *name);

G_END_DECLS
