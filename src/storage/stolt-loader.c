/* stolt-loader.c — reading a whole project from a checked database
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema has been validated (stolt_schema_validate()), but the rows
 * are still untrusted: a file may have been edited by hand, damaged in a
 * way quick_check does not see, or made to attack Stolt.  Every value is
 * checked for its storage class and then by the model itself before it
 * goes into a record; links and cycles are checked by the project.
 * Tables are read in rowid order, without trusting any index.
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-loader.h"
#include "stolt-model-error.h"
#include "stolt-project-builder.h"
#include "stolt-storage-private.h"
#include "stolt-tables.h"

typedef struct
{
  StoltDb             *db;
  StoltProjectBuilder *builder;
} Loader;

typedef struct
{
  StoltRecord *record;
  gint64       parent_id;
  gint64       position;
  gint64       id;
} Row;

static gboolean
damaged_row (Loader      *self,
             const char  *table,
             gint64       id,
             const char  *what,
             GError     **error)
{
  g_autofree char *detail = NULL;
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* Translators: the table name, the record's number, what is wrong */
  detail = g_strdup_printf (_("table “%s”, row %s: %s"), table, row, what);
  _stolt_storage_error_damaged (error, self->db->name, detail);
  return FALSE;
}

static gboolean
read_integer (sqlite3_stmt *stmt,
              int           column,
              gint64        min,
              gint64        max,
              gint64       *out)
{
  if (sqlite3_column_type (stmt, column) != SQLITE_INTEGER)
    return FALSE;
  *out = sqlite3_column_int64 (stmt, column);
  return *out >= min && *out <= max;
}

/* Reads one column into @value, initialised to the field's type.  FALSE
 * if the stored value cannot be one of the field's. */
static gboolean
read_value (sqlite3_stmt     *stmt,
            int               column,
            const StoltField *field,
            GValue           *value)
{
  int type = sqlite3_column_type (stmt, column);
  gint64 number;

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      {
        const char *text;

        g_value_init (value, G_TYPE_STRING);
        if (type != SQLITE_TEXT)
          return FALSE;
        text = (const char *) sqlite3_column_text (stmt, column);
        /* A NUL inside the text would cut it short without a word */
        if (text == NULL || strlen (text) != (gsize) sqlite3_column_bytes (stmt, column))
          return FALSE;
        g_value_set_static_string (value, text);
        return TRUE;
      }

    case STOLT_FIELD_DATE:
      g_value_init (value, G_TYPE_UINT);
      if (type == SQLITE_NULL)
        return TRUE;
      if (type != SQLITE_TEXT)
        return FALSE;
      g_value_set_uint (value, stolt_date_from_iso ((const char *) sqlite3_column_text (stmt, column)));
      return g_value_get_uint (value) != STOLT_DATE_NONE;

    case STOLT_FIELD_INT:
      g_value_init (value, G_TYPE_INT);
      if (!read_integer (stmt, column, G_MININT, G_MAXINT, &number))
        return FALSE;
      g_value_set_int (value, (int) number);
      return TRUE;

    case STOLT_FIELD_ENUM:
      g_value_init (value, field->enum_type ());
      if (!read_integer (stmt, column, G_MININT, G_MAXINT, &number))
        return FALSE;
      g_value_set_enum (value, (int) number);
      return TRUE;

    case STOLT_FIELD_BOOLEAN:
      g_value_init (value, G_TYPE_BOOLEAN);
      if (!read_integer (stmt, column, 0, 1, &number))
        return FALSE;
      g_value_set_boolean (value, number != 0);
      return TRUE;

    case STOLT_FIELD_DOUBLE:
      g_value_init (value, G_TYPE_DOUBLE);
      if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
        return FALSE;
      g_value_set_double (value, sqlite3_column_double (stmt, column));
      return TRUE;

    case STOLT_FIELD_REF:
      g_value_init (value, G_TYPE_INT64);
      if (type == SQLITE_NULL)
        return TRUE;
      if (!read_integer (stmt, column, 1, G_MAXINT64, &number))
        return FALSE;
      g_value_set_int64 (value, number);
      return TRUE;

    case STOLT_FIELD_REFS:
    default:
      g_assert_not_reached ();
    }
}

static char *
select_sql (const StoltTable *table)
{
  GString *sql = g_string_new ("SELECT \"id\"");

  if (table->parent != NULL)
    g_string_append (sql, ", \"parent_id\", \"position\"");
  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (sql, ", \"%s\"", table->columns[i].name);
  g_string_append_printf (sql, " FROM \"%s\"", table->name);
  return g_string_free (sql, FALSE);
}

static gboolean
read_fields (Loader            *self,
             const StoltTable  *table,
             sqlite3_stmt      *stmt,
             int                first_column,
             StoltRecord       *record,
             gint64             id,
             GError           **error)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      const StoltField *field = table->columns[i].field;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) local_error = NULL;

      if (!read_value (stmt, first_column + (int) i, field, &value))
        {
          g_autofree char *what = g_strdup_printf (_("“%s” has a wrong value"),
                                                   table->columns[i].name);

          return damaged_row (self, table->name, id, what, error);
        }
      if (!stolt_project_builder_set (self->builder, record, field, &value, &local_error))
        return damaged_row (self, table->name, id, local_error->message, error);
    }
  return TRUE;
}

static gboolean
read_row (Loader            *self,
          const StoltTable  *table,
          sqlite3_stmt      *stmt,
          GArray            *rows,
          GError           **error)
{
  Row row = { 0 };
  int first_column = table->parent != NULL ? 3 : 1;

  if (!read_integer (stmt, 0, 1, G_MAXINT64, &row.id))
    return damaged_row (self, table->name, sqlite3_column_int64 (stmt, 0),
                        _("the record number is not valid"), error);
  if (table->parent != NULL &&
      (!read_integer (stmt, 1, 1, G_MAXINT64, &row.parent_id) ||
       !read_integer (stmt, 2, 0, G_MAXINT64, &row.position)))
    return damaged_row (self, table->name, row.id, _("its place in the project is not valid"),
                        error);

  if (stolt_project_builder_lookup (self->builder, row.id) != NULL)
    return damaged_row (self, table->name, row.id, _("two records have the same number"), error);

  row.record = stolt_project_builder_add (self->builder, table->type, row.id);

  if (!read_fields (self, table, stmt, first_column, row.record, row.id, error))
    return FALSE;

  g_array_append_val (rows, row);
  return TRUE;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *row_a = a;
  const Row *row_b = b;

  if (row_a->parent_id != row_b->parent_id)
    return row_a->parent_id < row_b->parent_id ? -1 : 1;
  if (row_a->position != row_b->position)
    return row_a->position < row_b->position ? -1 : 1;
  if (row_a->id != row_b->id)
    return row_a->id < row_b->id ? -1 : 1;
  return 0;
}

/* Hands the rows to their parents, each parent's in position order and
 * in one splice per parent. */
static gboolean
attach_rows (Loader            *self,
             const StoltTable  *table,
             GArray            *rows,
             GError           **error)
{
  g_autofree StoltRecord **children = g_new (StoltRecord *, MAX (rows->len, 1));
  guint start = 0;

  g_array_sort (rows, compare_rows);

  while (start < rows->len)
    {
      gint64 parent_id = g_array_index (rows, Row, start).parent_id;
      StoltRecord *parent = stolt_project_builder_lookup (self->builder, parent_id);
      guint end = start;

      if (parent == NULL || G_OBJECT_TYPE (parent) != table->parent->type)
        return damaged_row (self, table->name, g_array_index (rows, Row, start).id,
                            _("it belongs to a record that is not there"), error);

      for (; end < rows->len && g_array_index (rows, Row, end).parent_id == parent_id; end++)
        children[end - start] = g_array_index (rows, Row, end).record;

      stolt_project_builder_append (self->builder, parent, table->parent_list, children,
                                    end - start);
      start = end;
    }

  return TRUE;
}

static gboolean
load_table (Loader            *self,
            const StoltTable  *table,
            GError           **error)
{
  g_autofree char *sql = select_sql (table);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  int rc;

  stmt = stolt_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!read_row (self, table, stmt, rows, error))
      return FALSE;

  if (rc != SQLITE_DONE)
    {
      stolt_db_set_error (self->db, rc, error);
      return FALSE;
    }

  if (table->parent == NULL)
    {
      if (rows->len != 1)
        return damaged_row (self, table->name, 1, _("there must be exactly one project"), error);
      return TRUE;
    }

  return attach_rows (self, table, rows, error);
}

static gboolean
set_links (Loader            *self,
           const StoltTable  *table,
           const StoltLink   *link,
           gint64             owner_id,
           GArray            *targets,
           GError           **error)
{
  StoltRecord *owner = stolt_project_builder_lookup (self->builder, owner_id);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) local_error = NULL;

  if (owner == NULL || G_OBJECT_TYPE (owner) != table->type)
    return damaged_row (self, link->name, owner_id,
                        _("it belongs to a record that is not there"), error);

  g_value_init (&value, G_TYPE_ARRAY);
  g_value_set_boxed (&value, targets);
  if (!stolt_project_builder_set (self->builder, owner, link->field, &value, &local_error))
    return damaged_row (self, link->name, owner_id, local_error->message, error);
  return TRUE;
}

typedef struct
{
  gint64 owner;
  gint64 position;
  gint64 target;
} LinkRow;

static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  const LinkRow *link_a = a;
  const LinkRow *link_b = b;

  if (link_a->owner != link_b->owner)
    return link_a->owner < link_b->owner ? -1 : 1;
  if (link_a->position != link_b->position)
    return link_a->position < link_b->position ? -1 : 1;
  return 0;
}

/* Reads a link table in rowid order and sorts it here, by owner and
 * position, rather than trusting its index */
static GArray *
read_links (Loader           *self,
            const StoltLink  *link,
            GError          **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (LinkRow));
  int rc;

  sql = g_strdup_printf ("SELECT owner_id, target_id, position FROM \"%s\"", link->name);
  stmt = stolt_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LinkRow row;

      if (!read_integer (stmt, 0, 1, G_MAXINT64, &row.owner) ||
          !read_integer (stmt, 1, 1, G_MAXINT64, &row.target) ||
          !read_integer (stmt, 2, 0, G_MAXINT64, &row.position))
        {
          damaged_row (self, link->name, sqlite3_column_int64 (stmt, 0),
                       _("a link is not valid"), error);
          return NULL;
        }
      g_array_append_val (rows, row);
    }

  if (rc != SQLITE_DONE)
    {
      stolt_db_set_error (self->db, rc, error);
      return NULL;
    }

  g_array_sort (rows, compare_links);
  return g_steal_pointer (&rows);
}

static gboolean
load_links (Loader            *self,
            const StoltTable  *table,
            const StoltLink   *link,
            GError           **error)
{
  g_autoptr(GArray) rows = read_links (self, link, error);
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 owner_id = 0;

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      LinkRow *row = &g_array_index (rows, LinkRow, i);

      if (row->owner != owner_id && targets->len > 0)
        {
          if (!set_links (self, table, link, owner_id, targets, error))
            return FALSE;
          g_array_set_size (targets, 0);
        }
      owner_id = row->owner;
      g_array_append_val (targets, row->target);
    }

  return targets->len == 0 || set_links (self, table, link, owner_id, targets, error);
}

/**
 * stolt_loader_load:
 * @db: a database whose schema stolt_schema_validate() accepted, at the
 *   current version
 *
 * Returns: (transfer full): the project, or %NULL with a
 *   %STOLT_STORAGE_ERROR_DAMAGED error naming the table and row
 */
StoltProject *
stolt_loader_load (StoltDb  *db,
                   GError  **error)
{
  g_autoptr(StoltProjectBuilder) builder = stolt_project_builder_new ();
  g_autoptr(GError) local_error = NULL;
  Loader self = { db, builder };
  const StoltTable *tables;
  StoltProject *project;
  guint n_tables;

  tables = stolt_tables_get (&n_tables);

  /* A read transaction: one consistent snapshot across all tables */
  if (!stolt_db_exec (db, "BEGIN", error))
    return NULL;

  for (guint i = 0; i < n_tables; i++)
    if (!load_table (&self, &tables[i], error))
      goto failed;

  for (guint i = 0; i < n_tables; i++)
    for (guint j = 0; j < tables[i].n_links; j++)
      if (!load_links (&self, &tables[i], &tables[i].links[j], error))
        goto failed;

  stolt_db_rollback (db);

  project = stolt_project_builder_finish (builder, &local_error);
  if (project == NULL)
    {
      _stolt_storage_error_damaged (error, db->name, local_error->message);
      return NULL;
    }
  return project;

failed:
  stolt_db_rollback (db);
  return NULL;
}
