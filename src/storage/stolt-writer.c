/* stolt-writer.c — writing a project, whole or just what changed
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes go to databases Stolt owns: a working copy or a fresh file.
 * A sync compares each changed child list with the rows stored for it,
 * so it needs no memory of what was written before and cannot drift
 * from the database: it deletes what left the list, inserts what joined
 * it (with everything below), renumbers what moved, and rewrites the
 * records whose fields changed.  Links to records written later in the
 * same transaction are fine: those foreign keys are deferred.
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include "stolt-date.h"
#include "stolt-migrate.h"
#include "stolt-schema.h"
#include "stolt-tables.h"
#include "stolt-writer.h"

/* Changes */

struct _StoltChanges
{
  GHashTable *records; /* StoltRecord (owned) → NULL */
  GHashTable *lists;   /* StoltRecord owner (owned) → GUINT_TO_POINTER (bit mask of lists) */
};

StoltChanges *
stolt_changes_new (void)
{
  StoltChanges *self = g_new0 (StoltChanges, 1);

  self->records = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->lists = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  return self;
}

void
stolt_changes_free (StoltChanges *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->records);
  g_hash_table_unref (self->lists);
  g_free (self);
}

void
stolt_changes_add_record (StoltChanges *self,
                          StoltRecord  *record)
{
  if (!g_hash_table_contains (self->records, record))
    g_hash_table_add (self->records, g_object_ref (record));
}

void
stolt_changes_add_list (StoltChanges *self,
                        StoltRecord  *owner,
                        guint         list)
{
  guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (self->lists, owner));

  g_return_if_fail (list < STOLT_RECORD_MAX_CHILDREN);

  if (mask == 0)
    g_object_ref (owner);
  else
    g_hash_table_steal (self->lists, owner);
  g_hash_table_insert (self->lists, owner, GUINT_TO_POINTER (mask | (1u << list)));
}

gboolean
stolt_changes_is_empty (StoltChanges *self)
{
  return g_hash_table_size (self->records) == 0 && g_hash_table_size (self->lists) == 0;
}

void
stolt_changes_clear (StoltChanges *self)
{
  g_hash_table_remove_all (self->records);
  g_hash_table_remove_all (self->lists);
}

/* Statements, prepared once per writer and reused */

typedef struct
{
  sqlite3_stmt  *insert;
  sqlite3_stmt  *update;
  sqlite3_stmt  *move;
  sqlite3_stmt  *delete;
  sqlite3_stmt  *children;
  sqlite3_stmt **link_delete;
  sqlite3_stmt **link_insert;
} Statements;

struct _StoltWriter
{
  StoltDb    *db;         /* borrowed */
  Statements *statements; /* one per table */
  guint       n_tables;
  GHashTable *inserted;   /* during a sync: ids written with their subtree */
};

StoltWriter *
stolt_writer_new (StoltDb *db)
{
  StoltWriter *self = g_new0 (StoltWriter, 1);
  const StoltTable *tables = stolt_tables_get (&self->n_tables);

  self->db = db;
  self->statements = g_new0 (Statements, self->n_tables);
  for (guint i = 0; i < self->n_tables; i++)
    {
      self->statements[i].link_delete = g_new0 (sqlite3_stmt *, MAX (tables[i].n_links, 1));
      self->statements[i].link_insert = g_new0 (sqlite3_stmt *, MAX (tables[i].n_links, 1));
    }
  return self;
}

void
stolt_writer_free (StoltWriter *self)
{
  const StoltTable *tables;

  if (self == NULL)
    return;

  tables = stolt_tables_get (NULL);
  for (guint i = 0; i < self->n_tables; i++)
    {
      Statements *s = &self->statements[i];

      sqlite3_finalize (s->insert);
      sqlite3_finalize (s->update);
      sqlite3_finalize (s->move);
      sqlite3_finalize (s->delete);
      sqlite3_finalize (s->children);
      for (guint j = 0; j < tables[i].n_links; j++)
        {
          sqlite3_finalize (s->link_delete[j]);
          sqlite3_finalize (s->link_insert[j]);
        }
      g_free (s->link_delete);
      g_free (s->link_insert);
    }
  g_free (self->statements);
  g_clear_pointer (&self->inserted, g_hash_table_unref);
  g_free (self);
}

static char *
insert_sql (const StoltTable *table)
{
  g_autoptr(GString) columns = g_string_new ("\"id\"");
  g_autoptr(GString) values = g_string_new ("?1");
  guint n = 1;

  if (table->parent != NULL)
    {
      g_string_append (columns, ", \"parent_id\", \"position\"");
      g_string_append (values, ", ?2, ?3");
      n = 3;
    }
  for (guint i = 0; i < table->n_columns; i++)
    {
      g_string_append_printf (columns, ", \"%s\"", table->columns[i].name);
      g_string_append_printf (values, ", ?%u", ++n);
    }
  return g_strdup_printf ("INSERT INTO \"%s\" (%s) VALUES (%s)", table->name, columns->str,
                          values->str);
}

static char *
update_sql (const StoltTable *table)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  g_string_append_printf (sql, "UPDATE \"%s\" SET ", table->name);
  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s\"%s\" = ?%u", i > 0 ? ", " : "", table->columns[i].name, i + 2);
  g_string_append (sql, " WHERE \"id\" = ?1");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static sqlite3_stmt *
get_statement (StoltWriter   *self,
               sqlite3_stmt **slot,
               char          *sql,
               GError       **error)
{
  g_autofree char *owned_sql = sql;

  if (*slot == NULL)
    *slot = stolt_db_prepare (self->db, owned_sql, error);
  return *slot;
}

#define STATEMENT(self, table, member, make_sql, error) \
  ((self)->statements[(table)->index].member != NULL \
     ? (self)->statements[(table)->index].member \
     : get_statement ((self), &(self)->statements[(table)->index].member, (make_sql), (error)))

static sqlite3_stmt *
insert_statement (StoltWriter *self, const StoltTable *table, GError **error)
{
  return STATEMENT (self, table, insert, insert_sql (table), error);
}

static sqlite3_stmt *
update_statement (StoltWriter *self, const StoltTable *table, GError **error)
{
  return STATEMENT (self, table, update, update_sql (table), error);
}

static sqlite3_stmt *
move_statement (StoltWriter *self, const StoltTable *table, GError **error)
{
  return STATEMENT (self, table, move,
                    g_strdup_printf ("UPDATE \"%s\" SET \"position\" = ?2 WHERE \"id\" = ?1",
                                     table->name),
                    error);
}

static sqlite3_stmt *
delete_statement (StoltWriter *self, const StoltTable *table, GError **error)
{
  return STATEMENT (self, table, delete,
                    g_strdup_printf ("DELETE FROM \"%s\" WHERE \"id\" = ?1", table->name), error);
}

static sqlite3_stmt *
children_statement (StoltWriter *self, const StoltTable *table, GError **error)
{
  return STATEMENT (self, table, children,
                    g_strdup_printf ("SELECT \"id\", \"position\" FROM \"%s\""
                                     " WHERE \"parent_id\" = ?1", table->name),
                    error);
}

static sqlite3_stmt *
link_statement (StoltWriter      *self,
                const StoltTable *table,
                guint             link,
                gboolean          insert,
                GError          **error)
{
  Statements *s = &self->statements[table->index];
  sqlite3_stmt **slot = insert ? &s->link_insert[link] : &s->link_delete[link];
  const char *name = table->links[link].name;

  if (*slot != NULL)
    return *slot;
  if (insert)
    return get_statement (self, slot,
                          g_strdup_printf ("INSERT INTO \"%s\" (owner_id, target_id, position)"
                                           " VALUES (?1, ?2, ?3)", name),
                          error);
  return get_statement (self, slot,
                        g_strdup_printf ("DELETE FROM \"%s\" WHERE owner_id = ?1", name), error);
}

/* Steps a statement that returns no rows, and makes it ready for reuse */
static gboolean
run (StoltWriter   *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    stolt_db_set_error (self->db, rc, error);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE;
}

static void
bind_fields (sqlite3_stmt     *stmt,
             int               first,
             const StoltTable *table,
             StoltRecord      *record)
{
  for (guint i = 0; i < table->n_columns; i++)
    {
      const StoltField *field = table->columns[i].field;
      int param = first + (int) i;

      switch (field->kind)
        {
        case STOLT_FIELD_TEXT:
          /* The record keeps the text unchanged until the step is done */
          sqlite3_bind_text (stmt, param, stolt_record_get_text (record, field), -1, SQLITE_STATIC);
          break;

        case STOLT_FIELD_DATE:
          {
            guint32 date = stolt_record_get_date (record, field);
            g_autofree char *iso = date != STOLT_DATE_NONE ? stolt_date_to_iso (date) : NULL;

            if (iso != NULL)
              sqlite3_bind_text (stmt, param, iso, -1, SQLITE_TRANSIENT);
            else
              sqlite3_bind_null (stmt, param);
          }
          break;

        case STOLT_FIELD_INT:
        case STOLT_FIELD_ENUM:
        case STOLT_FIELD_BOOLEAN:
          sqlite3_bind_int (stmt, param, stolt_record_get_int (record, field));
          break;

        case STOLT_FIELD_DOUBLE:
          sqlite3_bind_double (stmt, param, stolt_record_get_double (record, field));
          break;

        case STOLT_FIELD_REF:
          {
            gint64 id = stolt_record_get_ref (record, field);

            if (id != 0)
              sqlite3_bind_int64 (stmt, param, id);
            else
              sqlite3_bind_null (stmt, param);
          }
          break;

        case STOLT_FIELD_REFS:
        default:
          g_assert_not_reached ();
        }
    }
}

static gboolean
insert_links (StoltWriter       *self,
              const StoltTable  *table,
              StoltRecord       *record,
              GError           **error)
{
  gint64 id = stolt_record_get_id (record);

  for (guint i = 0; i < table->n_links; i++)
    {
      GArray *refs = stolt_record_get_refs (record, table->links[i].field);
      sqlite3_stmt *stmt;

      if (refs == NULL || refs->len == 0)
        continue;
      stmt = link_statement (self, table, i, TRUE, error);
      if (stmt == NULL)
        return FALSE;

      for (guint j = 0; j < refs->len; j++)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 2, g_array_index (refs, gint64, j));
          sqlite3_bind_int64 (stmt, 3, j);
          if (!run (self, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
delete_links (StoltWriter       *self,
              const StoltTable  *table,
              StoltRecord       *record,
              GError           **error)
{
  for (guint i = 0; i < table->n_links; i++)
    {
      sqlite3_stmt *stmt = link_statement (self, table, i, FALSE, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, stolt_record_get_id (record));
      if (!run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes @record and everything below it */
static gboolean
insert_tree (StoltWriter  *self,
             StoltRecord  *record,
             gint64        parent_id,
             guint         position,
             GError      **error)
{
  const StoltTable *table = stolt_tables_for_record (record);
  StoltRecordClass *klass = table->klass;
  gint64 id = stolt_record_get_id (record);
  sqlite3_stmt *stmt = insert_statement (self, table, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (table->parent != NULL)
    {
      sqlite3_bind_int64 (stmt, 2, parent_id);
      sqlite3_bind_int64 (stmt, 3, position);
    }
  bind_fields (stmt, table->parent != NULL ? 4 : 2, table, record);
  if (!run (self, stmt, error) || !insert_links (self, table, record, error))
    return FALSE;

  if (self->inserted != NULL)
    g_hash_table_add (self->inserted, record);

  for (guint i = 0; i < klass->n_children; i++)
    {
      GListModel *children = stolt_record_get_children (record, i);
      guint n = g_list_model_get_n_items (children);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(StoltRecord) child = g_list_model_get_item (children, j);

          if (!insert_tree (self, child, id, j, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * stolt_writer_create:
 * @self: a writer on an empty database
 *
 * Creates the schema and writes every record, in one transaction.
 */
gboolean
stolt_writer_create (StoltWriter   *self,
                     StoltProject  *project,
                     GError       **error)
{
  const StoltMigration *steps;
  guint n_steps;

  steps = stolt_migrations_get (&n_steps);
  if (!stolt_db_begin (self->db, error))
    return FALSE;

  if (!stolt_migrate_steps (self->db, steps, n_steps, 0, STOLT_SCHEMA_VERSION, error) ||
      !insert_tree (self, STOLT_RECORD (stolt_project_get_card (project)), 0, 0, error))
    {
      stolt_db_rollback (self->db);
      return FALSE;
    }

  return stolt_db_commit (self->db, error);
}

/* Syncing */

typedef struct
{
  gint64 id;
  gint64 position;
} Stored;

/* The rows stored under @owner in @table: id → position.  The keys point
 * into @rows, which must outlive the table. */
static GHashTable *
read_stored (StoltWriter       *self,
             const StoltTable  *table,
             StoltRecord       *owner,
             GArray            *rows,
             GError           **error)
{
  sqlite3_stmt *stmt = children_statement (self, table, error);
  GHashTable *stored;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, stolt_record_get_id (owner));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Stored row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      stolt_db_set_error (self->db, rc, error);
      return NULL;
    }

  stored = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_insert (stored, &g_array_index (rows, Stored, i).id,
                         &g_array_index (rows, Stored, i));
  return stored;
}

static const StoltTable *
list_table (StoltRecord *owner,
            guint        list)
{
  return stolt_tables_for_type (STOLT_RECORD_GET_CLASS (owner)->child_types[list]);
}

/* Deletes the rows of records that are no longer in the list; the
 * foreign keys take everything below them along. */
static gboolean
delete_departed (StoltWriter  *self,
                 StoltRecord  *owner,
                 guint         list,
                 GError      **error)
{
  const StoltTable *table = list_table (owner, list);
  GListModel *children = stolt_record_get_children (owner, list);
  guint n = g_list_model_get_n_items (children);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Stored));
  g_autoptr(GHashTable) stored = NULL;
  sqlite3_stmt *stmt;

  stored = read_stored (self, table, owner, rows, error);
  if (stored == NULL)
    return FALSE;

  /* Whatever is still in the list stays */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) child = g_list_model_get_item (children, i);
      gint64 id = stolt_record_get_id (child);

      g_hash_table_remove (stored, &id);
    }
  if (g_hash_table_size (stored) == 0)
    return TRUE;

  stmt = delete_statement (self, table, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      Stored *row = &g_array_index (rows, Stored, i);

      if (!g_hash_table_contains (stored, &row->id))
        continue;
      sqlite3_bind_int64 (stmt, 1, row->id);
      if (!run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Inserts the records new to the list and renumbers those that moved */
static gboolean
write_arrivals (StoltWriter  *self,
                StoltRecord  *owner,
                guint         list,
                GError      **error)
{
  const StoltTable *table = list_table (owner, list);
  GListModel *children = stolt_record_get_children (owner, list);
  guint n = g_list_model_get_n_items (children);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Stored));
  g_autoptr(GHashTable) stored = NULL;
  gint64 owner_id = stolt_record_get_id (owner);

  stored = read_stored (self, table, owner, rows, error);
  if (stored == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) child = g_list_model_get_item (children, i);
      gint64 id = stolt_record_get_id (child);
      Stored *row = g_hash_table_lookup (stored, &id);
      sqlite3_stmt *stmt;

      if (row == NULL)
        {
          if (!insert_tree (self, child, owner_id, i, error))
            return FALSE;
          continue;
        }
      if (row->position == i)
        continue;

      stmt = move_statement (self, table, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, i);
      if (!run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
update_record (StoltWriter  *self,
               StoltRecord  *record,
               GError      **error)
{
  const StoltTable *table = stolt_tables_for_record (record);
  sqlite3_stmt *stmt = update_statement (self, table, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, stolt_record_get_id (record));
  bind_fields (stmt, 2, table, record);
  if (!run (self, stmt, error))
    return FALSE;

  if (table->n_links == 0)
    return TRUE;
  return delete_links (self, table, record, error) && insert_links (self, table, record, error);
}

static gboolean
in_project (StoltProject *project,
            StoltRecord  *record)
{
  return stolt_project_lookup (project, stolt_record_get_id (record)) == record;
}

typedef struct
{
  StoltRecord *owner;
  guint        list;
  guint        depth;
} ListWork;

static int
compare_depth (gconstpointer a,
               gconstpointer b)
{
  const ListWork *work_a = a;
  const ListWork *work_b = b;

  return (int) work_a->depth - (int) work_b->depth;
}

/* The changed lists of records still in the project, shallowest first:
 * a record's row must exist before its children's rows do. */
static GArray *
collect_lists (StoltProject *project,
               StoltChanges *changes)
{
  GArray *work = g_array_new (FALSE, FALSE, sizeof (ListWork));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, changes->lists);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      StoltRecord *owner = key;
      guint mask = GPOINTER_TO_UINT (value);

      if (!in_project (project, owner))
        continue;
      for (guint list = 0; list < STOLT_RECORD_MAX_CHILDREN; list++)
        if (mask & (1u << list))
          {
            ListWork item = { owner, list, stolt_tables_for_record (owner)->depth };

            g_array_append_val (work, item);
          }
    }

  g_array_sort (work, compare_depth);
  return work;
}

static gboolean
sync_changes (StoltWriter   *self,
              StoltProject  *project,
              StoltChanges  *changes,
              GError       **error)
{
  g_autoptr(GArray) work = collect_lists (project, changes);
  GHashTableIter iter;
  gpointer key;

  /* Deletions first, so that a record moved to another list can be
   * written there afresh */
  for (guint i = 0; i < work->len; i++)
    {
      ListWork *item = &g_array_index (work, ListWork, i);

      if (!delete_departed (self, item->owner, item->list, error))
        return FALSE;
    }

  for (guint i = 0; i < work->len; i++)
    {
      ListWork *item = &g_array_index (work, ListWork, i);

      /* A record written in this sync was written with all below it */
      if (g_hash_table_contains (self->inserted, item->owner))
        continue;
      if (!write_arrivals (self, item->owner, item->list, error))
        return FALSE;
    }

  g_hash_table_iter_init (&iter, changes->records);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      StoltRecord *record = key;

      if (!in_project (project, record) || g_hash_table_contains (self->inserted, record))
        continue;
      if (!update_record (self, record, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * stolt_writer_sync:
 * @changes: what changed since the database last matched @project
 *
 * Writes just those changes, in one transaction.  On failure nothing is
 * written and @changes can be tried again.
 */
gboolean
stolt_writer_sync (StoltWriter   *self,
                   StoltProject  *project,
                   StoltChanges  *changes,
                   GError       **error)
{
  gboolean ok;

  if (stolt_changes_is_empty (changes))
    return TRUE;

  if (!stolt_db_begin (self->db, error))
    return FALSE;

  self->inserted = g_hash_table_new (NULL, NULL);
  ok = sync_changes (self, project, changes, error);
  g_clear_pointer (&self->inserted, g_hash_table_unref);

  if (!ok)
    {
      stolt_db_rollback (self->db);
      return FALSE;
    }
  return stolt_db_commit (self->db, error);
}
