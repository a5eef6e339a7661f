/* stolt-record.c — the base of every object a Stolt project holds
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-record"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-model-error.h"
#include "stolt-record-private.h"

/* Longest text a field may hold, in bytes: a long policy section is a few
 * tens of kilobytes; this only stops a hostile file from eating memory. */
#define STOLT_TEXT_MAX_BYTES 1000000

typedef struct
{
  gint64       id;
  StoltRecord *parent;                               /* borrowed */
  GListStore  *children[STOLT_RECORD_MAX_CHILDREN];  /* owned */
} StoltRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StoltRecord, stolt_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FIELD_PTR(self, field) ((gpointer) (((guint8 *) (self)) + (field)->offset))

static void
stolt_record_free_fields (StoltRecord *self)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];

      if (field->kind == STOLT_FIELD_TEXT)
        g_clear_pointer ((char **) FIELD_PTR (self, field), g_free);
      else if (field->kind == STOLT_FIELD_REFS)
        g_clear_pointer ((GArray **) FIELD_PTR (self, field), g_array_unref);
    }
}

static void
stolt_record_dispose (GObject *object)
{
  StoltRecord *self = STOLT_RECORD (object);
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);

  for (guint i = 0; i < STOLT_RECORD_MAX_CHILDREN; i++)
    g_clear_object (&priv->children[i]);

  G_OBJECT_CLASS (stolt_record_parent_class)->dispose (object);
}

static void
stolt_record_finalize (GObject *object)
{
  stolt_record_free_fields (STOLT_RECORD (object));

  G_OBJECT_CLASS (stolt_record_parent_class)->finalize (object);
}

static void
stolt_record_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StoltRecord *self = STOLT_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, stolt_record_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_record_constructed (GObject *object)
{
  StoltRecord *self = STOLT_RECORD (object);
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (self);

  G_OBJECT_CLASS (stolt_record_parent_class)->constructed (object);

  for (guint i = 0; i < klass->n_children; i++)
    priv->children[i] = g_list_store_new (klass->child_types[i]);
}

static void
stolt_record_class_init (StoltRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = stolt_record_constructed;
  object_class->dispose = stolt_record_dispose;
  object_class->finalize = stolt_record_finalize;
  object_class->get_property = stolt_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stolt_record_init (StoltRecord *self)
{
}

/* Field properties: one generic getter for every subclass */
static void
stolt_record_get_field_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StoltRecord *self = STOLT_RECORD (object);
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (self);
  g_auto(GValue) field_value = G_VALUE_INIT;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  stolt_record_get_value (self, &klass->fields[prop_id - 1], &field_value);
  g_value_copy (&field_value, value);
}

static GParamSpec *
stolt_field_param_spec (const StoltField *field)
{
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      return g_param_spec_string (field->name, NULL, NULL, "", flags);
    case STOLT_FIELD_DATE:
      return g_param_spec_uint (field->name, NULL, NULL, 0, G_MAXUINT32, 0, flags);
    case STOLT_FIELD_INT:
      return g_param_spec_int (field->name, NULL, NULL,
                               (int) field->min, (int) field->max,
                               CLAMP (0, (int) field->min, (int) field->max), flags);
    case STOLT_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, NULL,
                                  field->min, field->max,
                                  CLAMP (0.0, field->min, field->max), flags);
    case STOLT_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
    case STOLT_FIELD_ENUM:
      {
        GType enum_type = field->enum_type ();
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

        return g_param_spec_enum (field->name, NULL, NULL, enum_type,
                                  enum_class->values[0].value, flags);
      }
    case STOLT_FIELD_REF:
      return g_param_spec_int64 (field->name, NULL, NULL, 0, G_MAXINT64, 0, flags);
    case STOLT_FIELD_REFS:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_ARRAY, flags);
    default:
      g_assert_not_reached ();
    }
}

/**
 * stolt_record_class_install_fields:
 * @klass: a record class, from its class_init
 * @fields: (array length=n_fields): static field descriptions
 * @n_fields: how many
 *
 * Installs a read-only property per field.  Fields change only through
 * StoltProject, so that each change is undoable and saved.
 */
void
stolt_record_class_install_fields (StoltRecordClass *klass,
                                   const StoltField *fields,
                                   guint             n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->fields = fields;
  klass->n_fields = n_fields;
  object_class->get_property = stolt_record_get_field_property;

  for (guint i = 0; i < n_fields; i++)
    g_object_class_install_property (object_class, i + 1, stolt_field_param_spec (&fields[i]));
}

const StoltField *
stolt_record_class_find_field (StoltRecordClass *klass,
                               const char       *name)
{
  g_return_val_if_fail (STOLT_IS_RECORD_CLASS (klass), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    if (strcmp (klass->fields[i].name, name) == 0)
      return &klass->fields[i];

  return NULL;
}

const StoltField *
stolt_record_find_field (StoltRecord *self,
                         const char  *name)
{
  g_return_val_if_fail (STOLT_IS_RECORD (self), NULL);

  return stolt_record_class_find_field (STOLT_RECORD_GET_CLASS (self), name);
}

/**
 * stolt_field_label:
 * @type: a record type
 * @name: one of its fields
 *
 * Returns: the label forms give the field, in the user's language: what
 *   exports name a value by, so they say what the editor says
 */
const char *
stolt_field_label (GType       type,
                   const char *name)
{
  g_autoptr(StoltRecordClass) klass = NULL;
  const StoltField *field;

  g_return_val_if_fail (g_type_is_a (type, STOLT_TYPE_RECORD), "");

  klass = g_type_class_ref (type);
  field = stolt_record_class_find_field (klass, name);
  g_return_val_if_fail (field != NULL, "");
  return _(field->label);
}

gint64
stolt_record_get_id (StoltRecord *self)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);

  g_return_val_if_fail (STOLT_IS_RECORD (self), 0);

  return priv->id;
}

void
_stolt_record_set_id (StoltRecord *self,
                      gint64       id)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);

  g_return_if_fail (STOLT_IS_RECORD (self));

  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

StoltRecord *
stolt_record_get_parent (StoltRecord *self)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);

  g_return_val_if_fail (STOLT_IS_RECORD (self), NULL);

  return priv->parent;
}

/**
 * stolt_record_get_children:
 * @self: a record
 * @index: which child list (e.g. a StoltProjectList for the project card)
 *
 * Returns: (transfer none): the list, or %NULL if the record has no such list
 */
GListModel *
stolt_record_get_children (StoltRecord *self,
                           guint        index)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);

  g_return_val_if_fail (STOLT_IS_RECORD (self), NULL);

  if (index >= STOLT_RECORD_MAX_CHILDREN)
    return NULL;

  return G_LIST_MODEL (priv->children[index]);
}

/* Returns the index of @self's child list holding @child_type, or -1 */
int
stolt_record_find_child_list (StoltRecord *self,
                              GType        child_type)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->n_children; i++)
    if (klass->child_types[i] == child_type)
      return (int) i;

  return -1;
}

const char *
stolt_record_get_title (StoltRecord *self)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (self);
  const StoltField *field;

  if (klass->title_field == NULL)
    return "";

  field = stolt_record_class_find_field (klass, klass->title_field);
  g_return_val_if_fail (field != NULL, "");

  return stolt_record_get_text (self, field);
}

static void
stolt_record_set_parent (StoltRecord *self,
                         StoltRecord *parent)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);

  priv->parent = parent;
}

void
_stolt_record_insert_child (StoltRecord *self,
                            guint        index,
                            guint        position,
                            StoltRecord *child)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);

  g_return_if_fail (index < STOLT_RECORD_MAX_CHILDREN && priv->children[index] != NULL);
  g_return_if_fail (stolt_record_get_parent (child) == NULL);

  stolt_record_set_parent (child, self);
  g_list_store_insert (priv->children[index], position, child);
}

void
_stolt_record_append_children (StoltRecord  *self,
                               guint         index,
                               StoltRecord **children,
                               guint         n_children)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);
  guint n_items;

  g_return_if_fail (index < STOLT_RECORD_MAX_CHILDREN && priv->children[index] != NULL);

  for (guint i = 0; i < n_children; i++)
    stolt_record_set_parent (children[i], self);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (priv->children[index]));
  g_list_store_splice (priv->children[index], n_items, 0, (gpointer *) children, n_children);
}

void
_stolt_record_remove_child (StoltRecord *self,
                            guint        index,
                            guint        position)
{
  StoltRecordPrivate *priv = stolt_record_get_instance_private (self);
  g_autoptr(StoltRecord) child = NULL;

  g_return_if_fail (index < STOLT_RECORD_MAX_CHILDREN && priv->children[index] != NULL);

  child = g_list_model_get_item (G_LIST_MODEL (priv->children[index]), position);
  g_return_if_fail (child != NULL);

  stolt_record_set_parent (child, NULL);
  g_list_store_remove (priv->children[index], position);
}

/* Typed access */

const char *
stolt_record_get_text (StoltRecord      *self,
                       const StoltField *field)
{
  const char *text;

  g_return_val_if_fail (field->kind == STOLT_FIELD_TEXT, "");

  text = *(const char **) FIELD_PTR (self, field);
  return text != NULL ? text : "";
}

guint32
stolt_record_get_date (StoltRecord      *self,
                       const StoltField *field)
{
  g_return_val_if_fail (field->kind == STOLT_FIELD_DATE, 0);

  return *(guint32 *) FIELD_PTR (self, field);
}

int
stolt_record_get_int (StoltRecord      *self,
                      const StoltField *field)
{
  g_return_val_if_fail (field->kind == STOLT_FIELD_INT ||
                        field->kind == STOLT_FIELD_ENUM ||
                        field->kind == STOLT_FIELD_BOOLEAN, 0);

  return *(int *) FIELD_PTR (self, field);
}

double
stolt_record_get_double (StoltRecord      *self,
                         const StoltField *field)
{
  g_return_val_if_fail (field->kind == STOLT_FIELD_DOUBLE, 0.0);

  return *(double *) FIELD_PTR (self, field);
}

gint64
stolt_record_get_ref (StoltRecord      *self,
                      const StoltField *field)
{
  g_return_val_if_fail (field->kind == STOLT_FIELD_REF, 0);

  return *(gint64 *) FIELD_PTR (self, field);
}

/**
 * stolt_record_get_refs:
 *
 * Returns: (transfer none) (nullable): the ids, %NULL when there are none.
 *   Never change the array: it may be shared with undo history.
 */
GArray *
stolt_record_get_refs (StoltRecord      *self,
                       const StoltField *field)
{
  g_return_val_if_fail (field->kind == STOLT_FIELD_REFS, NULL);

  return *(GArray **) FIELD_PTR (self, field);
}

static GType
stolt_field_value_type (const StoltField *field)
{
  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:    return G_TYPE_STRING;
    case STOLT_FIELD_DATE:    return G_TYPE_UINT;
    case STOLT_FIELD_INT:     return G_TYPE_INT;
    case STOLT_FIELD_DOUBLE:  return G_TYPE_DOUBLE;
    case STOLT_FIELD_BOOLEAN: return G_TYPE_BOOLEAN;
    case STOLT_FIELD_ENUM:    return field->enum_type ();
    case STOLT_FIELD_REF:     return G_TYPE_INT64;
    case STOLT_FIELD_REFS:    return G_TYPE_ARRAY;
    default:                  g_assert_not_reached ();
    }
}

/**
 * stolt_record_get_value:
 * @value: an uninitialised GValue; it is initialised to the field's type
 */
void
stolt_record_get_value (StoltRecord      *self,
                        const StoltField *field,
                        GValue           *value)
{
  g_return_if_fail (STOLT_IS_RECORD (self));

  g_value_init (value, stolt_field_value_type (field));

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      g_value_set_string (value, stolt_record_get_text (self, field));
      break;
    case STOLT_FIELD_DATE:
      g_value_set_uint (value, stolt_record_get_date (self, field));
      break;
    case STOLT_FIELD_INT:
      g_value_set_int (value, stolt_record_get_int (self, field));
      break;
    case STOLT_FIELD_DOUBLE:
      g_value_set_double (value, stolt_record_get_double (self, field));
      break;
    case STOLT_FIELD_BOOLEAN:
      g_value_set_boolean (value, stolt_record_get_int (self, field) != 0);
      break;
    case STOLT_FIELD_ENUM:
      g_value_set_enum (value, stolt_record_get_int (self, field));
      break;
    case STOLT_FIELD_REF:
      g_value_set_int64 (value, stolt_record_get_ref (self, field));
      break;
    case STOLT_FIELD_REFS:
      g_value_set_boxed (value, stolt_record_get_refs (self, field));
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
refs_equal (GArray *a,
            GArray *b)
{
  guint len_a = a != NULL ? a->len : 0;
  guint len_b = b != NULL ? b->len : 0;

  if (len_a != len_b)
    return FALSE;
  if (len_a == 0)
    return TRUE;

  return memcmp (a->data, b->data, len_a * sizeof (gint64)) == 0;
}

gboolean
stolt_record_values_equal (const StoltField *field,
                           const GValue     *a,
                           const GValue     *b)
{
  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      return g_strcmp0 (g_value_get_string (a) ? g_value_get_string (a) : "",
                        g_value_get_string (b) ? g_value_get_string (b) : "") == 0;
    case STOLT_FIELD_DATE:
      return g_value_get_uint (a) == g_value_get_uint (b);
    case STOLT_FIELD_INT:
      return g_value_get_int (a) == g_value_get_int (b);
    case STOLT_FIELD_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    case STOLT_FIELD_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case STOLT_FIELD_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    case STOLT_FIELD_REF:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case STOLT_FIELD_REFS:
      return refs_equal (g_value_get_boxed (a), g_value_get_boxed (b));
    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_text (const StoltField *field,
            const char       *text,
            GError          **error)
{
  gsize len = text != NULL ? strlen (text) : 0;

  if (len > STOLT_TEXT_MAX_BYTES)
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_TEXT,
                   _("%s is too long: at most a million characters fit"), _(field->label));
      return FALSE;
    }

  if (text != NULL && !g_utf8_validate (text, len, NULL))
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_TEXT,
                   _("%s is not valid text"), _(field->label));
      return FALSE;
    }

  if ((field->flags & STOLT_FIELD_FLAG_REQUIRED) != 0)
    {
      const char *p = text != NULL ? text : "";

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (*p == '\0')
        {
          g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REQUIRED,
                       _("%s cannot be empty"), _(field->label));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_refs (const StoltField *field,
            GArray           *refs,
            GError          **error)
{
  g_autoptr(GHashTable) seen = NULL;

  if (refs == NULL)
    return TRUE;

  seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < refs->len; i++)
    {
      gint64 *id = &g_array_index (refs, gint64, i);

      if (*id <= 0 || !g_hash_table_add (seen, id))
        {
          g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                       _("%s lists a link that is not valid"), _(field->label));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_number (const StoltField *field,
              double            number,
              GError          **error)
{
  if (!isfinite (number) || number < field->min || number > field->max)
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE,
                   _("%s must be between %g and %g"), _(field->label), field->min, field->max);
      return FALSE;
    }

  return TRUE;
}

/**
 * stolt_record_check_value:
 *
 * Checks that @value may go into @field of @self: the field's own range
 * and the record's cross-field rules.  References to other records are
 * checked by StoltProject, which knows them.
 */
gboolean
stolt_record_check_value (StoltRecord      *self,
                          const StoltField *field,
                          const GValue     *value,
                          GError          **error)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (self);

  g_return_val_if_fail (G_VALUE_HOLDS (value, stolt_field_value_type (field)), FALSE);

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      if (!check_text (field, g_value_get_string (value), error))
        return FALSE;
      break;

    case STOLT_FIELD_DATE:
      if (g_value_get_uint (value) != STOLT_DATE_NONE && !stolt_date_in_range (g_value_get_uint (value)))
        {
          g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE,
                       _("%s must be a date between the years 1900 and 2200"), _(field->label));
          return FALSE;
        }
      break;

    case STOLT_FIELD_INT:
      if (!check_number (field, g_value_get_int (value), error))
        return FALSE;
      break;

    case STOLT_FIELD_DOUBLE:
      if (!check_number (field, g_value_get_double (value), error))
        return FALSE;
      break;

    case STOLT_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());

        if (g_enum_get_value (enum_class, g_value_get_enum (value)) == NULL)
          {
            g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE,
                         _("%s has a value Stolt does not know"), _(field->label));
            return FALSE;
          }
      }
      break;

    case STOLT_FIELD_REF:
      if (g_value_get_int64 (value) < 0)
        {
          g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                       _("%s is not a valid link"), _(field->label));
          return FALSE;
        }
      break;

    case STOLT_FIELD_REFS:
      if (!check_refs (field, g_value_get_boxed (value), error))
        return FALSE;
      break;

    case STOLT_FIELD_BOOLEAN:
      break;

    default:
      g_assert_not_reached ();
    }

  if (klass->validate != NULL)
    return klass->validate (self, field, value, error);

  return TRUE;
}

static GArray *
copy_refs (GArray *refs)
{
  GArray *copy;

  if (refs == NULL || refs->len == 0)
    return NULL;

  copy = g_array_sized_new (FALSE, FALSE, sizeof (gint64), refs->len);
  g_array_append_vals (copy, refs->data, refs->len);
  return copy;
}

void
_stolt_record_init_value (StoltRecord      *self,
                          const StoltField *field,
                          const GValue     *value)
{
  gpointer slot = FIELD_PTR (self, field);

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      {
        const char *text = g_value_get_string (value);

        g_free (*(char **) slot);
        *(char **) slot = (text != NULL && *text != '\0') ? g_strdup (text) : NULL;
      }
      break;
    case STOLT_FIELD_DATE:
      *(guint32 *) slot = g_value_get_uint (value);
      break;
    case STOLT_FIELD_INT:
      *(int *) slot = g_value_get_int (value);
      break;
    case STOLT_FIELD_DOUBLE:
      *(double *) slot = g_value_get_double (value);
      break;
    case STOLT_FIELD_BOOLEAN:
      *(int *) slot = g_value_get_boolean (value) ? 1 : 0;
      break;
    case STOLT_FIELD_ENUM:
      *(int *) slot = g_value_get_enum (value);
      break;
    case STOLT_FIELD_REF:
      *(gint64 *) slot = g_value_get_int64 (value);
      break;
    case STOLT_FIELD_REFS:
      g_clear_pointer ((GArray **) slot, g_array_unref);
      *(GArray **) slot = copy_refs (g_value_get_boxed (value));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Returns TRUE if the value changed (and notify was emitted) */
gboolean
_stolt_record_set_value (StoltRecord      *self,
                         const StoltField *field,
                         const GValue     *value)
{
  g_auto(GValue) old_value = G_VALUE_INIT;

  stolt_record_get_value (self, field, &old_value);
  if (stolt_record_values_equal (field, &old_value, value))
    return FALSE;

  _stolt_record_init_value (self, field, value);
  g_object_notify (G_OBJECT (self), field->name);

  return TRUE;
}
