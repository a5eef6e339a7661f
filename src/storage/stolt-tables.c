/* stolt-tables.c — how records map onto tables
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <string.h>

#include "stolt-records.h"
#include "stolt-tables.h"

static StoltTable *tables;
static guint n_tables;

static char *
column_name (const char *field_name)
{
  return g_strdelimit (g_strdup (field_name), "-", '_');
}

static void
find_parent (StoltTable *table)
{
  for (guint i = 0; i < n_tables; i++)
    {
      StoltRecordClass *klass = tables[i].klass;

      for (guint j = 0; j < klass->n_children; j++)
        if (klass->child_types[j] == table->type)
          {
            /* Parents come first in stolt_record_types () */
            g_assert (i < table->index);
            table->parent = &tables[i];
            table->parent_list = j;
            table->depth = tables[i].depth + 1;
            return;
          }
    }
  /* Only the root has no parent */
  g_assert (table->index == 0);
}

static void
fill_table (StoltTable *table,
            GType       type,
            guint       index)
{
  StoltRecordClass *klass = g_type_class_ref (type);

  table->type = type;
  table->klass = klass;
  table->name = klass->table;
  table->index = index;
  table->columns = g_new0 (StoltColumn, klass->n_fields);
  table->links = g_new0 (StoltLink, klass->n_fields);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];

      if (field->kind == STOLT_FIELD_REFS)
        {
          StoltLink *link = &table->links[table->n_links++];
          g_autofree char *column = column_name (field->name);

          link->field = field;
          link->name = g_strdup_printf ("%s_%s", table->name, column);
        }
      else
        {
          StoltColumn *column = &table->columns[table->n_columns++];

          column->field = field;
          column->name = column_name (field->name);
        }
    }
}

static void
init_tables (void)
{
  const GType *types = stolt_record_types (&n_tables);

  tables = g_new0 (StoltTable, n_tables);
  for (guint i = 0; i < n_tables; i++)
    fill_table (&tables[i], types[i], i);

  for (guint i = 0; i < n_tables; i++)
    {
      find_parent (&tables[i]);
      for (guint j = 0; j < tables[i].n_links; j++)
        {
          StoltLink *link = &tables[i].links[j];

          link->target = stolt_tables_for_name (link->field->ref_table);
          g_assert (link->target != NULL);
        }
    }
}

/* The tables in the order of stolt_record_types (): root first, parents
 * before children.  Built once and kept for the life of the process. */
const StoltTable *
stolt_tables_get (guint *n)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      init_tables ();
      g_once_init_leave (&initialized, 1);
    }

  if (n != NULL)
    *n = n_tables;
  return tables;
}

const StoltTable *
stolt_tables_for_type (GType type)
{
  guint n;
  const StoltTable *all = stolt_tables_get (&n);

  for (guint i = 0; i < n; i++)
    if (all[i].type == type)
      return &all[i];
  return NULL;
}

const StoltTable *
stolt_tables_for_record (StoltRecord *record)
{
  return stolt_tables_for_type (G_OBJECT_TYPE (record));
}

const StoltTable *
stolt_tables_for_name (const char *name)
{
  for (guint i = 0; i < n_tables; i++)
    if (strcmp (tables[i].name, name) == 0)
      return &tables[i];
  return NULL;
}
