/* stolt-project-builder.c — a whole project made at once, checked at the end
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-project-builder"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-model-error.h"
#include "stolt-project-builder.h"
#include "stolt-record-private.h"

struct _StoltProjectBuilder
{
  GPtrArray  *records;  /* every record made, in order; the first is the root */
  GHashTable *by_id;    /* gint64 id → StoltRecord, borrowed from @records */
  gint64      next_id;  /* above every id given so far */
  gboolean    finished;
};

/**
 * stolt_project_builder_new:
 *
 * Returns: (transfer full): a builder; add the project card first
 */
StoltProjectBuilder *
stolt_project_builder_new (void)
{
  StoltProjectBuilder *self = g_new0 (StoltProjectBuilder, 1);

  self->records = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->next_id = 1;
  return self;
}

void
stolt_project_builder_free (StoltProjectBuilder *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->records);
  g_free (self);
}

/**
 * stolt_project_builder_add:
 * @type: a record type
 * @id: the record's number, unused so far (check with
 *   stolt_project_builder_lookup ()); 0 for the next free one
 *
 * Makes a record, with every field at its default.  The first record
 * added is the root and must be a project card; every other one must be
 * appended to a list before stolt_project_builder_finish ().
 *
 * Returns: (transfer none): the record, owned by the builder
 */
StoltRecord *
stolt_project_builder_add (StoltProjectBuilder *self,
                           GType                type,
                           gint64               id)
{
  StoltRecord *record;

  g_return_val_if_fail (self != NULL && !self->finished, NULL);
  g_return_val_if_fail (g_type_is_a (type, STOLT_TYPE_RECORD), NULL);
  g_return_val_if_fail (id >= 0, NULL);

  if (id == 0)
    id = self->next_id;
  g_return_val_if_fail (!g_hash_table_contains (self->by_id, &id), NULL);

  record = g_object_new (type, NULL);
  _stolt_record_set_id (record, id);
  g_ptr_array_add (self->records, record);
  g_hash_table_insert (self->by_id, g_memdup2 (&id, sizeof id), record);
  if (id >= self->next_id)
    self->next_id = id < G_MAXINT64 ? id + 1 : id;
  return record;
}

/* Returns: (nullable) (transfer none): the record numbered @id, if made */
StoltRecord *
stolt_project_builder_lookup (StoltProjectBuilder *self,
                              gint64               id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->by_id, &id);
}

/**
 * stolt_project_builder_set:
 * @record: a record the builder made
 * @field: one of its fields
 *
 * Gives @field @value, checked as stolt_project_set () checks it but for
 * one thing: required text may be left empty, as the model holds a
 * record just added and not yet named (a file may hold one too).  Links
 * are checked by stolt_project_builder_finish (), once every record is
 * there.
 *
 * Returns: FALSE with @error set when @value does not fit @field
 */
gboolean
stolt_project_builder_set (StoltProjectBuilder *self,
                           StoltRecord         *record,
                           const StoltField    *field,
                           const GValue        *value,
                           GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL && !self->finished, FALSE);
  g_return_val_if_fail (STOLT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  if (!stolt_record_check_value (record, field, value, &local_error) &&
      !g_error_matches (local_error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REQUIRED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  _stolt_record_init_value (record, field, value);
  return TRUE;
}

/**
 * stolt_project_builder_append:
 * @parent: a record the builder made
 * @list: which of its child lists
 * @children: (array length=n_children): records the builder made, in
 *   none of its lists yet, of the type @list holds
 *
 * Appends @children to @parent's list @list, in their order, at once.
 */
void
stolt_project_builder_append (StoltProjectBuilder *self,
                              StoltRecord         *parent,
                              guint                list,
                              StoltRecord        **children,
                              guint                n_children)
{
  StoltRecordClass *klass;

  g_return_if_fail (self != NULL && !self->finished);
  g_return_if_fail (STOLT_IS_RECORD (parent));

  klass = STOLT_RECORD_GET_CLASS (parent);
  g_return_if_fail (list < klass->n_children);
  for (guint i = 0; i < n_children; i++)
    {
      g_return_if_fail (G_OBJECT_TYPE (children[i]) == klass->child_types[list]);
      g_return_if_fail (stolt_record_get_parent (children[i]) == NULL);
    }

  _stolt_record_append_children (parent, list, children, n_children);
}

/**
 * stolt_project_builder_finish:
 *
 * Checks the whole: a project card first, every other record in a list,
 * every link pointing at a record of the right kind and no circle of
 * predecessors (stolt_project_check ()).  The builder can do nothing
 * more afterwards; free it.
 *
 * Returns: (transfer full) (nullable): the project, or NULL with @error
 */
StoltProject *
stolt_project_builder_finish (StoltProjectBuilder *self,
                              GError             **error)
{
  g_autoptr(StoltProject) project = NULL;
  StoltRecord *root;

  g_return_val_if_fail (self != NULL && !self->finished, NULL);

  self->finished = TRUE;
  root = self->records->len > 0 ? g_ptr_array_index (self->records, 0) : NULL;
  if (!STOLT_IS_PROJECT_CARD (root))
    {
      g_set_error_literal (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                           _("the project card is missing"));
      return NULL;
    }

  project = stolt_project_new_for_card (STOLT_PROJECT_CARD (root), error);
  if (project == NULL)
    return NULL;
  if (stolt_project_get_n_records (project) != self->records->len)
    {
      g_set_error_literal (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                           _("a record belongs nowhere in the project"));
      return NULL;
    }
  return g_steal_pointer (&project);
}
