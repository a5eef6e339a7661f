/* stolt-project.c — one open Stolt document: its records and its undo stack
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-commands-private.h"
#include "stolt-model-error.h"
#include "stolt-project-private.h"
#include "stolt-record-private.h"

struct _StoltProject
{
  GObject           parent_instance;

  /* Owned references */
  StoltProjectCard *card;
  StoltUndoStack   *undo_stack;
  GHashTable       *index;        /* gint64 id → StoltRecord (borrowed) */
  StoltCommand     *open_group;

  gint64            next_id;
  guint             group_depth;
  /* While a move changes several dates: (record, field name) pairs whose
   * record-changed waits until every date has its new value */
  GArray           *held_changes;
};

typedef struct
{
  StoltRecord *record;
  const char  *field;
} HeldChange;

G_DEFINE_FINAL_TYPE (StoltProject, stolt_project, G_TYPE_OBJECT)

enum {
  RECORD_CHANGED,
  CHILDREN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
stolt_project_dispose (GObject *object)
{
  StoltProject *self = STOLT_PROJECT (object);

  /* Commands hold records; drop them before the records' owners go */
  g_clear_object (&self->open_group);
  if (self->undo_stack != NULL)
    stolt_undo_stack_clear (self->undo_stack);

  G_OBJECT_CLASS (stolt_project_parent_class)->dispose (object);
}

static void
stolt_project_finalize (GObject *object)
{
  StoltProject *self = STOLT_PROJECT (object);

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->card);

  G_OBJECT_CLASS (stolt_project_parent_class)->finalize (object);
}

static void
stolt_project_class_init (StoltProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stolt_project_dispose;
  object_class->finalize = stolt_project_finalize;

  /**
   * StoltProject::record-changed:
   * @record: the record
   * @field: the name of the field that changed
   *
   * After a field changed through an edit, an undo or a redo.
   */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  STOLT_TYPE_RECORD,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * StoltProject::children-changed:
   * @owner: the record whose child list changed
   * @list: which of its child lists
   * @position: @removed, @added: as in GListModel::items-changed
   */
  signals[CHILDREN_CHANGED] =
    g_signal_new ("children-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 5,
                  STOLT_TYPE_RECORD,
                  G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
stolt_project_init (StoltProject *self)
{
  self->undo_stack = stolt_undo_stack_new ();
  self->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->next_id = 1;
}

/* The index */

typedef gboolean (*RecordVisitor) (StoltRecord *record,
                                   gpointer     user_data);

/* Depth first, in list order; stops when @visit returns FALSE */
static gboolean
walk (StoltRecord  *record,
      RecordVisitor visit,
      gpointer      user_data)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  if (!visit (record, user_data))
    return FALSE;

  for (guint i = 0; i < klass->n_children; i++)
    {
      GListModel *children = stolt_record_get_children (record, i);
      guint n = g_list_model_get_n_items (children);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(StoltRecord) child = g_list_model_get_item (children, j);

          if (!walk (child, visit, user_data))
            return FALSE;
        }
    }

  return TRUE;
}

typedef struct
{
  StoltProject *project;
  GError      **error;
} IndexContext;

static gboolean
index_record (StoltRecord *record,
              gpointer     user_data)
{
  IndexContext *context = user_data;
  StoltProject *self = context->project;
  gint64 id = stolt_record_get_id (record);

  if (id == 0)
    {
      id = self->next_id++;
      _stolt_record_set_id (record, id);
    }

  if (id < 0 || g_hash_table_contains (self->index, &id))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      /* The number is printed first: xgettext cannot see into G_GINT64_FORMAT */
      g_set_error (context->error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                   _("Two records share the number %s"), number);
      return FALSE;
    }

  g_hash_table_insert (self->index, g_memdup2 (&id, sizeof id), record);
  self->next_id = MAX (self->next_id, id + 1);
  return TRUE;
}

static gboolean
unindex_record (StoltRecord *record,
                gpointer     user_data)
{
  StoltProject *self = user_data;
  gint64 id = stolt_record_get_id (record);

  g_hash_table_remove (self->index, &id);
  return TRUE;
}

static gboolean
stolt_project_index (StoltProject *self,
                     StoltRecord  *root,
                     GError      **error)
{
  IndexContext context = { self, error };

  return walk (root, index_record, &context);
}

StoltProject *
stolt_project_new (void)
{
  StoltProject *self = g_object_new (STOLT_TYPE_PROJECT, NULL);

  self->card = g_object_new (STOLT_TYPE_PROJECT_CARD, NULL);
  stolt_project_index (self, STOLT_RECORD (self->card), NULL);

  return self;
}

/**
 * stolt_project_new_for_card:
 * @card: a project card with its records below it, e.g. just loaded
 *
 * Returns: (transfer full) (nullable): the project, or %NULL if the
 *   records do not hold together (shared ids, broken links, a cycle)
 */
StoltProject *
stolt_project_new_for_card (StoltProjectCard *card,
                            GError          **error)
{
  g_autoptr(StoltProject) self = NULL;

  g_return_val_if_fail (STOLT_IS_PROJECT_CARD (card), NULL);

  self = g_object_new (STOLT_TYPE_PROJECT, NULL);
  self->card = g_object_ref (card);

  if (!stolt_project_index (self, STOLT_RECORD (card), error) ||
      !stolt_project_check (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

StoltProjectCard *
stolt_project_get_card (StoltProject *self)
{
  g_return_val_if_fail (STOLT_IS_PROJECT (self), NULL);

  return self->card;
}

GListModel *
stolt_project_get_list (StoltProject     *self,
                        StoltProjectList  list)
{
  g_return_val_if_fail (STOLT_IS_PROJECT (self), NULL);
  g_return_val_if_fail (list < STOLT_N_LISTS, NULL);

  return stolt_record_get_children (STOLT_RECORD (self->card), list);
}

StoltUndoStack *
stolt_project_get_undo_stack (StoltProject *self)
{
  g_return_val_if_fail (STOLT_IS_PROJECT (self), NULL);

  return self->undo_stack;
}

/* Returns: (transfer none) (nullable): the record with @id */
StoltRecord *
stolt_project_lookup (StoltProject *self,
                      gint64        id)
{
  g_return_val_if_fail (STOLT_IS_PROJECT (self), NULL);

  return g_hash_table_lookup (self->index, &id);
}

guint
stolt_project_get_n_records (StoltProject *self)
{
  g_return_val_if_fail (STOLT_IS_PROJECT (self), 0);

  return g_hash_table_size (self->index);
}

typedef struct
{
  GFunc    func;
  gpointer user_data;
} ForeachContext;

static gboolean
foreach_visit (StoltRecord *record,
               gpointer     user_data)
{
  ForeachContext *context = user_data;

  context->func (record, context->user_data);
  return TRUE;
}

/* Calls @func for every record, the card first, in list order */
void
stolt_project_foreach (StoltProject *self,
                       GFunc         func,
                       gpointer      user_data)
{
  ForeachContext context = { func, user_data };

  g_return_if_fail (STOLT_IS_PROJECT (self));

  walk (STOLT_RECORD (self->card), foreach_visit, &context);
}

/* Links between records */

static gboolean
check_target (StoltProject     *self,
              const StoltField *field,
              gint64            id,
              GError          **error)
{
  StoltRecord *target;

  if (id == 0)
    return TRUE;

  target = stolt_project_lookup (self, id);
  if (target == NULL || g_strcmp0 (STOLT_RECORD_GET_CLASS (target)->table, field->ref_table) != 0)
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                   _("%s links to something that is not in the project"), _(field->label));
      return FALSE;
    }

  return TRUE;
}

static GArray *
refs_of (StoltProject     *self,
         gint64            id,
         const StoltField *field,
         StoltRecord      *changing,
         GArray           *changing_refs)
{
  StoltRecord *record = stolt_project_lookup (self, id);

  if (record == NULL)
    return NULL;
  if (record == changing)
    return changing_refs;

  return stolt_record_get_refs (record, field);
}

/* Would @record reach itself along @field (e.g. predecessors) if it held
 * @refs?  Iterative, so a long chain cannot overflow the stack. */
static gboolean
check_cycle (StoltProject     *self,
             StoltRecord      *record,
             const StoltField *field,
             GArray           *refs,
             GError          **error)
{
  g_autoptr(GHashTable) visited = NULL;
  g_autoptr(GArray) todo = NULL;
  gint64 id = stolt_record_get_id (record);

  if (refs == NULL || g_strcmp0 (field->ref_table, STOLT_RECORD_GET_CLASS (record)->table) != 0)
    return TRUE;

  visited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  todo = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_vals (todo, refs->data, refs->len);

  while (todo->len > 0)
    {
      gint64 next = g_array_index (todo, gint64, todo->len - 1);
      GArray *next_refs;

      g_array_set_size (todo, todo->len - 1);
      if (next == id)
        {
          g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_CYCLE,
                       _("“%s” would depend on itself through its %s"),
                       stolt_record_get_title (record), _(field->label));
          return FALSE;
        }

      if (!g_hash_table_add (visited, g_memdup2 (&next, sizeof next)))
        continue;

      next_refs = refs_of (self, next, field, record, refs);
      if (next_refs != NULL)
        g_array_append_vals (todo, next_refs->data, next_refs->len);
    }

  return TRUE;
}

static gboolean
check_targets (StoltProject     *self,
               const StoltField *field,
               const GValue     *value,
               GError          **error)
{
  if (field->kind == STOLT_FIELD_REF)
    return check_target (self, field, g_value_get_int64 (value), error);

  if (field->kind == STOLT_FIELD_REFS)
    {
      GArray *refs = g_value_get_boxed (value);

      for (guint i = 0; refs != NULL && i < refs->len; i++)
        if (!check_target (self, field, g_array_index (refs, gint64, i), error))
          return FALSE;
    }

  return TRUE;
}

/* For one edit: the targets, and that the new links close no circle */
static gboolean
check_links (StoltProject     *self,
             StoltRecord      *record,
             const StoltField *field,
             const GValue     *value,
             GError          **error)
{
  if (!check_targets (self, field, value, error))
    return FALSE;

  if (field->kind == STOLT_FIELD_REFS)
    return check_cycle (self, record, field, g_value_get_boxed (value), error);

  return TRUE;
}

typedef struct
{
  StoltProject *project;
  GError      **error;
} CheckContext;

static gboolean
check_record (StoltRecord *record,
              gpointer     user_data)
{
  CheckContext *context = user_data;
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (field->kind != STOLT_FIELD_REF && field->kind != STOLT_FIELD_REFS)
        continue;

      stolt_record_get_value (record, field, &value);
      if (!check_targets (context->project, field, &value, context->error))
        return FALSE;
    }

  return TRUE;
}

/**
 * stolt_project_check:
 *
 * Checks what no single record can: that every link points at a record
 * of the right kind in this project, and that no chain of predecessors
 * goes round in a circle.
 */
typedef struct
{
  StoltRecord *record;
  guint        next;   /* the next link to follow */
} Frame;

enum { WHITE, GREY, BLACK };

/* One depth-first search over every record of @type along @field, which
 * links records of the same type (predecessors): linear in the records
 * and links, where checking each record on its own would be quadratic.
 * A link back to a record still on the path is a circle. */
static gboolean
check_acyclic (StoltProject     *self,
               GType             type,
               const StoltField *field,
               GError          **error)
{
  g_autoptr(GHashTable) colour = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  GHashTableIter iter;
  StoltRecord *start;

  g_hash_table_iter_init (&iter, self->index);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &start))
    {
      Frame first = { start, 0 };

      if (G_OBJECT_TYPE (start) != type || g_hash_table_contains (colour, start))
        continue;

      g_hash_table_insert (colour, start, GINT_TO_POINTER (GREY));
      g_array_append_val (stack, first);

      while (stack->len > 0)
        {
          Frame *top = &g_array_index (stack, Frame, stack->len - 1);
          GArray *refs = stolt_record_get_refs (top->record, field);
          StoltRecord *next;

          if (refs == NULL || top->next >= refs->len)
            {
              g_hash_table_insert (colour, top->record, GINT_TO_POINTER (BLACK));
              g_array_set_size (stack, stack->len - 1);
              continue;
            }

          next = stolt_project_lookup (self, g_array_index (refs, gint64, top->next++));
          if (next == NULL)
            continue;  /* a broken link: check_targets () reports it */

          switch (GPOINTER_TO_INT (g_hash_table_lookup (colour, next)))
            {
            case GREY:
              g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_CYCLE,
                           _("“%s” would depend on itself through its %s"),
                           stolt_record_get_title (next), _(field->label));
              return FALSE;
            case WHITE:
              {
                Frame frame = { next, 0 };

                g_hash_table_insert (colour, next, GINT_TO_POINTER (GREY));
                g_array_append_val (stack, frame);
              }
              break;
            default:
              break;
            }
        }
    }

  return TRUE;
}

static gboolean
check_no_cycles (StoltProject *self,
                 GError      **error)
{
  guint n_types;
  const GType *types = stolt_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(StoltRecordClass) klass = g_type_class_ref (types[i]);

      for (guint j = 0; j < klass->n_fields; j++)
        {
          const StoltField *field = &klass->fields[j];

          if (field->kind == STOLT_FIELD_REFS && g_strcmp0 (field->ref_table, klass->table) == 0 &&
              !check_acyclic (self, types[i], field, error))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
stolt_project_check (StoltProject *self,
                     GError      **error)
{
  CheckContext context = { self, error };

  g_return_val_if_fail (STOLT_IS_PROJECT (self), FALSE);

  return walk (STOLT_RECORD (self->card), check_record, &context) &&
         check_no_cycles (self, error);
}

/* Applying commands: only commands call these */

void
_stolt_project_apply_value (StoltProject     *self,
                            StoltRecord      *record,
                            const StoltField *field,
                            const GValue     *value)
{
  if (!_stolt_record_set_value (record, field, value))
    return;
  if (self->held_changes != NULL)
    {
      HeldChange change = { g_object_ref (record), field->name };

      g_array_append_val (self->held_changes, change);
      return;
    }
  g_signal_emit (self, signals[RECORD_CHANGED], 0, record, field->name);
}

void
_stolt_project_insert (StoltProject *self,
                       StoltRecord  *owner,
                       guint         list,
                       guint         position,
                       StoltRecord  *record)
{
  g_autoptr(GError) error = NULL;

  if (!stolt_project_index (self, record, &error))
    g_critical ("Cannot insert record: %s", error->message);

  _stolt_record_insert_child (owner, list, position, record);
  g_signal_emit (self, signals[CHILDREN_CHANGED], 0, owner, list, position, 0, 1);
}

void
_stolt_project_remove_at (StoltProject *self,
                          StoltRecord  *owner,
                          guint         list,
                          guint         position)
{
  g_autoptr(StoltRecord) record = g_list_model_get_item (stolt_record_get_children (owner, list),
                                                         position);

  g_return_if_fail (record != NULL);

  walk (record, unindex_record, self);
  _stolt_record_remove_child (owner, list, position);
  g_signal_emit (self, signals[CHILDREN_CHANGED], 0, owner, list, position, 1, 0);
}

void
_stolt_project_move (StoltProject *self,
                     StoltRecord  *owner,
                     guint         list,
                     guint         from,
                     guint         to)
{
  g_autoptr(StoltRecord) record = g_list_model_get_item (stolt_record_get_children (owner, list),
                                                         from);

  g_return_if_fail (record != NULL);

  _stolt_record_remove_child (owner, list, from);
  _stolt_record_insert_child (owner, list, to, record);
  g_signal_emit (self, signals[CHILDREN_CHANGED], 0, owner, list,
                 MIN (from, to), (from > to ? from - to : to - from) + 1,
                 (from > to ? from - to : to - from) + 1);
}

/* Editing */

static void
stolt_project_record (StoltProject *self,
                      StoltCommand *command)
{
  if (self->open_group != NULL)
    stolt_group_command_add (self->open_group, command);
  else
    stolt_undo_stack_push (self->undo_stack, command);
}

static gboolean
stolt_project_owns (StoltProject *self,
                    StoltRecord  *record)
{
  return record != NULL && stolt_project_lookup (self, stolt_record_get_id (record)) == record;
}

static gboolean set_field (StoltProject     *self,
                           StoltRecord      *record,
                           const StoltField *field,
                           const GValue     *value,
                           GError          **error);

static gboolean
set_named_field (StoltProject *self,
                 StoltRecord  *record,
                 const char   *field_name,
                 const GValue *value,
                 gboolean      internal_allowed,
                 GError      **error)
{
  const StoltField *field;

  g_return_val_if_fail (STOLT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (stolt_project_owns (self, record), FALSE);

  field = stolt_record_find_field (record, field_name);
  g_return_val_if_fail (field != NULL, FALSE);
  /* Stolt's own fields (the project's uid) are no edit of the user's */
  g_return_val_if_fail (internal_allowed || (field->flags & STOLT_FIELD_FLAG_INTERNAL) == 0, FALSE);

  return set_field (self, record, field, value, error);
}

/**
 * stolt_project_set:
 * @value: the new value, of the field's type (see StoltFieldKind)
 *
 * Returns: %FALSE, with @error set and nothing changed, if the value is
 *   refused: an empty title, an end before its start, a broken link …
 */
gboolean
stolt_project_set (StoltProject *self,
                   StoltRecord  *record,
                   const char   *field_name,
                   const GValue *value,
                   GError      **error)
{
  return set_named_field (self, record, field_name, value, FALSE, error);
}

/* For core's own functions that keep an internal field (the slide
 * order, stolt-slides.c): one undoable set like any other */
gboolean
_stolt_project_set_internal (StoltProject *self,
                             StoltRecord  *record,
                             const char   *field_name,
                             const GValue *value,
                             GError      **error)
{
  return set_named_field (self, record, field_name, value, TRUE, error);
}

static gboolean
set_field (StoltProject     *self,
           StoltRecord      *record,
           const StoltField *field,
           const GValue     *value,
           GError          **error)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  StoltCommand *command;

  if (!stolt_record_check_value (record, field, value, error) ||
      !check_links (self, record, field, value, error))
    return FALSE;

  stolt_record_get_value (record, field, &old_value);
  if (stolt_record_values_equal (field, &old_value, value))
    return TRUE;

  command = stolt_set_command_new (self, record, field, &old_value, value);
  stolt_command_apply (command);
  stolt_project_record (self, command);

  return TRUE;
}

gboolean
stolt_project_set_text (StoltProject *self,
                        StoltRecord  *record,
                        const char   *field,
                        const char   *text,
                        GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return stolt_project_set (self, record, field, &value, error);
}

gboolean
stolt_project_set_date (StoltProject *self,
                        StoltRecord  *record,
                        const char   *field,
                        guint32       julian,
                        GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, julian);
  return stolt_project_set (self, record, field, &value, error);
}

gboolean
stolt_project_set_int (StoltProject *self,
                       StoltRecord  *record,
                       const char   *field_name,
                       int           number,
                       GError      **error)
{
  const StoltField *field = stolt_record_find_field (record, field_name);
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (field != NULL, FALSE);

  if (field->kind == STOLT_FIELD_ENUM)
    {
      g_value_init (&value, field->enum_type ());
      g_value_set_enum (&value, number);
    }
  else
    {
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, number);
    }

  return stolt_project_set (self, record, field_name, &value, error);
}

gboolean
stolt_project_set_double (StoltProject *self,
                          StoltRecord  *record,
                          const char   *field,
                          double        number,
                          GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DOUBLE);
  g_value_set_double (&value, number);
  return stolt_project_set (self, record, field, &value, error);
}

gboolean
stolt_project_set_boolean (StoltProject *self,
                           StoltRecord  *record,
                           const char   *field,
                           gboolean      flag,
                           GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, flag);
  return stolt_project_set (self, record, field, &value, error);
}

gboolean
stolt_project_set_ref (StoltProject *self,
                       StoltRecord  *record,
                       const char   *field,
                       gint64        id,
                       GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, id);
  return stolt_project_set (self, record, field, &value, error);
}

gboolean
stolt_project_set_refs (StoltProject *self,
                        StoltRecord  *record,
                        const char   *field,
                        const gint64 *ids,
                        guint         n_ids,
                        GError      **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GArray) refs = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);

  g_array_append_vals (refs, ids, n_ids);
  g_value_init (&value, G_TYPE_ARRAY);
  g_value_set_boxed (&value, n_ids > 0 ? refs : NULL);
  return stolt_project_set (self, record, field, &value, error);
}

static gboolean
check_new_record (StoltRecord *record,
                  gpointer     user_data)
{
  CheckContext *context = user_data;

  if (stolt_record_get_parent (record) != NULL && stolt_record_get_id (record) != 0 &&
      stolt_project_owns (context->project, record))
    {
      g_set_error_literal (context->error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                           _("The record is already in the project"));
      return FALSE;
    }

  return check_record (record, user_data);
}

/**
 * stolt_project_add:
 * @owner: the record whose child list takes @record (the card, an
 *   analysis, a values document)
 * @list: which child list (a StoltProjectList for the card)
 * @position: where; G_MAXUINT or past the end appends
 * @record: a new record, not in any project; its links must point into
 *   this project
 */
gboolean
stolt_project_add (StoltProject *self,
                   StoltRecord  *owner,
                   guint         list,
                   guint         position,
                   StoltRecord  *record,
                   GError      **error)
{
  CheckContext context = { self, error };
  StoltRecordClass *owner_class;
  GListModel *children;
  StoltCommand *command;

  g_return_val_if_fail (STOLT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (stolt_project_owns (self, owner), FALSE);
  g_return_val_if_fail (STOLT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (stolt_record_get_parent (record) == NULL, FALSE);

  owner_class = STOLT_RECORD_GET_CLASS (owner);
  g_return_val_if_fail (list < owner_class->n_children, FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (record, owner_class->child_types[list]), FALSE);

  if (!walk (record, check_new_record, &context))
    return FALSE;

  children = stolt_record_get_children (owner, list);
  position = MIN (position, g_list_model_get_n_items (children));

  command = stolt_insert_command_new (self, owner, list, position, record);
  stolt_command_apply (command);
  stolt_project_record (self, command);

  return TRUE;
}

typedef struct
{
  StoltProject *project;
  GHashTable   *removed;  /* ids going away */
} UnlinkContext;

static gboolean
collect_id (StoltRecord *record,
            gpointer     user_data)
{
  GHashTable *ids = user_data;
  gint64 id = stolt_record_get_id (record);

  g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
  return TRUE;
}

static void
unlink_field (StoltProject     *self,
              StoltRecord      *record,
              const StoltField *field,
              GHashTable       *removed)
{
  if (field->kind == STOLT_FIELD_REF)
    {
      gint64 id = stolt_record_get_ref (record, field);

      if (id != 0 && g_hash_table_contains (removed, &id))
        stolt_project_set_ref (self, record, field->name, 0, NULL);
    }
  else if (field->kind == STOLT_FIELD_REFS)
    {
      GArray *refs = stolt_record_get_refs (record, field);
      g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; refs != NULL && i < refs->len; i++)
        if (!g_hash_table_contains (removed, &g_array_index (refs, gint64, i)))
          g_array_append_val (kept, g_array_index (refs, gint64, i));

      if (refs != NULL && kept->len != refs->len)
        stolt_project_set_refs (self, record, field->name,
                                (gint64 *) kept->data, kept->len, NULL);
    }
}

static gboolean
unlink_record (StoltRecord *record,
               gpointer     user_data)
{
  UnlinkContext *context = user_data;
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);
  gint64 id = stolt_record_get_id (record);

  if (g_hash_table_contains (context->removed, &id))
    return TRUE;

  for (guint i = 0; i < klass->n_fields; i++)
    unlink_field (context->project, record, &klass->fields[i], context->removed);

  return TRUE;
}

/**
 * stolt_project_remove:
 *
 * Removes @record and everything below it, and the links to them from
 * the rest of the project, as one undoable step.
 */
void
stolt_project_remove (StoltProject *self,
                      StoltRecord  *record)
{
  g_autoptr(GHashTable) removed = NULL;
  UnlinkContext context;
  StoltRecord *owner;
  StoltCommand *command;
  guint list, position;
  const char *label;

  g_return_if_fail (STOLT_IS_PROJECT (self));
  g_return_if_fail (stolt_project_owns (self, record));

  owner = stolt_record_get_parent (record);
  g_return_if_fail (owner != NULL);

  list = (guint) stolt_record_find_child_list (owner, G_OBJECT_TYPE (record));
  if (!g_list_store_find (G_LIST_STORE (stolt_record_get_children (owner, list)), record,
                          &position))
    g_return_if_reached ();

  removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  walk (record, collect_id, removed);
  context.project = self;
  context.removed = removed;

  label = STOLT_RECORD_GET_CLASS (record)->remove_label;
  stolt_project_begin_group (self, label != NULL ? _(label) : NULL);
  walk (STOLT_RECORD (self->card), unlink_record, &context);
  command = stolt_remove_command_new (self, owner, list, position);
  stolt_command_apply (command);
  stolt_project_record (self, command);
  stolt_project_end_group (self);
}

void
stolt_project_move (StoltProject *self,
                    StoltRecord  *record,
                    guint         position)
{
  StoltRecord *owner;
  GListModel *children;
  guint list, from;
  StoltCommand *command;

  g_return_if_fail (STOLT_IS_PROJECT (self));
  g_return_if_fail (stolt_project_owns (self, record));

  owner = stolt_record_get_parent (record);
  g_return_if_fail (owner != NULL);

  list = (guint) stolt_record_find_child_list (owner, G_OBJECT_TYPE (record));
  children = stolt_record_get_children (owner, list);
  if (!g_list_store_find (G_LIST_STORE (children), record, &from))
    g_return_if_reached ();

  position = MIN (position, g_list_model_get_n_items (children) - 1);
  if (position == from)
    return;

  command = stolt_move_command_new (self, owner, list, from, position);
  stolt_command_apply (command);
  stolt_project_record (self, command);
}

/**
 * stolt_project_begin_group:
 * @label: (nullable): the undo label, e.g. "Move Milestone"; %NULL takes
 *   the label of the first change
 *
 * Until the matching stolt_project_end_group(), changes are one step.
 * Groups nest; the outermost label wins.
 */
/* The fields a move changes, in the order that keeps the start on or
 * before the end at every step: moving later, the end first; moving
 * earlier, the start first.  A milestone has one date for every edge. */
static guint
moving_fields (StoltRecord       *record,
               int                days,
               StoltDateEdge      edge,
               const char       **fields)
{
  if (STOLT_IS_MILESTONE (record))
    {
      fields[0] = "date";
      return 1;
    }
  if (edge == STOLT_DATE_EDGE_START || edge == STOLT_DATE_EDGE_END)
    {
      fields[0] = edge == STOLT_DATE_EDGE_START ? "start-date" : "end-date";
      return 1;
    }
  fields[0] = days > 0 ? "end-date" : "start-date";
  fields[1] = days > 0 ? "start-date" : "end-date";
  return 2;
}

static const char *
move_label (StoltRecord   *record,
            StoltDateEdge  edge)
{
  if (STOLT_IS_MILESTONE (record))
    return _("Move Milestone");
  if (edge != STOLT_DATE_EDGE_BOTH)
    return _("Change Dates");
  return _("Move Activity");
}

static void
release_changes (StoltProject *self)
{
  g_autoptr(GArray) changes = g_steal_pointer (&self->held_changes);

  for (guint i = 0; i < changes->len; i++)
    {
      HeldChange *change = &g_array_index (changes, HeldChange, i);

      g_signal_emit (self, signals[RECORD_CHANGED], 0, change->record, change->field);
      g_object_unref (change->record);
    }
}

/**
 * stolt_project_move_dates:
 * @record: a milestone or an activity
 * @days: how far, later when positive
 * @edge: both ends (a move) or one (a resize); a milestone's one date
 *   moves whatever the edge
 *
 * Moves an item's dates by @days as one undoable step (or part of an
 * open group).  A date not set stays unset.  Every date gets its new
 * value before anyone hears of the change, so that a view rebuilds what
 * depends on the dates once, not once a date.
 *
 * Since the start never passes the end in the model, the first date to
 * move is refused whenever the second would be (a resize past the other
 * end, a year outside the calendar): a refusal changes nothing.
 *
 * Returns: FALSE with @error set when the model refuses the new dates
 */
gboolean
stolt_project_move_dates (StoltProject   *self,
                          StoltRecord    *record,
                          int             days,
                          StoltDateEdge   edge,
                          GError        **error)
{
  const char *fields[2];
  guint n_fields;
  gboolean ok = TRUE;

  g_return_val_if_fail (STOLT_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (STOLT_IS_MILESTONE (record) || STOLT_IS_ACTIVITY (record), FALSE);
  g_return_val_if_fail (self->held_changes == NULL, FALSE);

  if (days == 0)
    return TRUE;

  n_fields = moving_fields (record, days, edge, fields);
  self->held_changes = g_array_new (FALSE, FALSE, sizeof (HeldChange));
  stolt_project_begin_group (self, move_label (record, edge));
  for (guint i = 0; i < n_fields && ok; i++)
    {
      const StoltField *field = stolt_record_find_field (record, fields[i]);
      guint32 day = stolt_record_get_date (record, field);

      if (day != 0)
        ok = stolt_project_set_date (self, record, fields[i], day + days, error);
    }
  stolt_project_end_group (self);
  release_changes (self);
  return ok;
}

void
stolt_project_begin_group (StoltProject *self,
                           const char   *label)
{
  g_return_if_fail (STOLT_IS_PROJECT (self));

  if (self->group_depth++ == 0)
    self->open_group = stolt_group_command_new (label);
}

void
stolt_project_end_group (StoltProject *self)
{
  StoltCommand *group;

  g_return_if_fail (STOLT_IS_PROJECT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->open_group);
  if (stolt_group_command_get_size (group) == 0)
    {
      g_object_unref (group);
      return;
    }

  stolt_undo_stack_seal (self->undo_stack);
  stolt_undo_stack_push (self->undo_stack, group);
  stolt_undo_stack_seal (self->undo_stack);
}

/**
 * stolt_project_reset_history:
 *
 * Forgets the undo history and takes the project as it is now for
 * unmodified: for a project just made from a template or preferences,
 * which has nothing of the user's to undo.
 */
void
stolt_project_reset_history (StoltProject *self)
{
  g_return_if_fail (STOLT_IS_PROJECT (self));
  g_return_if_fail (self->group_depth == 0);

  stolt_undo_stack_mark_saved (self->undo_stack);
  stolt_undo_stack_clear (self->undo_stack);
}
