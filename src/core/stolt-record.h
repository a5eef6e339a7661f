/* stolt-record.h — the base of every object a Stolt project holds
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A record is a GObject whose properties are described once, in a table
 * of StoltField.  The same table drives the GObject properties, the
 * storage columns, validation and the generic undo commands, so adding a
 * field to a record is one line in one table (plus a schema migration).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define STOLT_RECORD_MAX_CHILDREN 8

typedef enum
{
  STOLT_FIELD_TEXT,    /* char *, never NULL (empty string when unset) */
  STOLT_FIELD_DATE,    /* guint32 GDate Julian day; 0 = no date */
  STOLT_FIELD_INT,     /* int between min and max */
  STOLT_FIELD_DOUBLE,  /* double between min and max */
  STOLT_FIELD_BOOLEAN, /* gboolean */
  STOLT_FIELD_ENUM,    /* int, a value of enum_type () */
  STOLT_FIELD_REF,     /* gint64 id of a record of ref_table; 0 = none */
  STOLT_FIELD_REFS,    /* GArray of gint64 ids of records of ref_table */
} StoltFieldKind;

typedef enum
{
  STOLT_FIELD_FLAG_NONE     = 0,
  STOLT_FIELD_FLAG_REQUIRED = 1 << 0, /* TEXT: may not be empty or blank */
  STOLT_FIELD_FLAG_MULTILINE = 1 << 1, /* TEXT: may hold newlines */
  /* Kept by Stolt itself, never by the user: no form shows it and
   * stolt_project_set() refuses it (e.g. the project card's uid) */
  STOLT_FIELD_FLAG_INTERNAL = 1 << 2,
} StoltFieldFlags;

typedef struct
{
  const char     *name;      /* property name; the column is the same with '_' for '-' */
  StoltFieldKind  kind;
  gsize           offset;    /* of the value in the instance struct */
  const char     *label;     /* translatable (N_), for the UI and for messages */
  StoltFieldFlags flags;
  double          min;       /* INT, DOUBLE */
  double          max;
  GType         (*enum_type) (void); /* ENUM */
  const char     *ref_table; /* REF, REFS: table of the records referred to */
} StoltField;

#define STOLT_TYPE_RECORD (stolt_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (StoltRecord, stolt_record, STOLT, RECORD, GObject)

struct _StoltRecordClass
{
  GObjectClass parent_class;

  /* Filled in by each subclass's class_init */
  const char       *table;        /* storage table, e.g. "milestone" */
  const StoltField *fields;
  guint             n_fields;
  GType             child_types[STOLT_RECORD_MAX_CHILDREN];
  guint             n_children;
  const char       *title_field;  /* the field that names a record in messages */
  const char       *add_label;    /* N_("Add Milestone") … for undo labels */
  const char       *remove_label;
  const char       *edit_label;
  const char       *move_label;

  /* Cross-field checks, e.g. an end before its start.  @field is about
   * to take @value; return FALSE and set @error to refuse. */
  gboolean (*validate) (StoltRecord      *self,
                        const StoltField *field,
                        const GValue     *value,
                        GError          **error);

  gpointer padding[8];
};

void              stolt_record_class_install_fields (StoltRecordClass *klass,
                                                     const StoltField *fields,
                                                     guint             n_fields);
const StoltField *stolt_record_class_find_field     (StoltRecordClass *klass,
                                                     const char       *name);
const char       *stolt_field_label                 (GType             type,
                                                     const char       *name);

gint64            stolt_record_get_id               (StoltRecord      *self);
StoltRecord      *stolt_record_get_parent           (StoltRecord      *self);
GListModel       *stolt_record_get_children         (StoltRecord      *self,
                                                     guint             index);
int               stolt_record_find_child_list      (StoltRecord      *self,
                                                     GType             child_type);
const char       *stolt_record_get_title            (StoltRecord      *self);
const StoltField *stolt_record_find_field           (StoltRecord      *self,
                                                     const char       *name);

/* Field access by descriptor: the fast path for storage and layouts */
const char       *stolt_record_get_text             (StoltRecord      *self,
                                                     const StoltField *field);
guint32           stolt_record_get_date             (StoltRecord      *self,
                                                     const StoltField *field);
int               stolt_record_get_int              (StoltRecord      *self,
                                                     const StoltField *field);
double            stolt_record_get_double           (StoltRecord      *self,
                                                     const StoltField *field);
gint64            stolt_record_get_ref              (StoltRecord      *self,
                                                     const StoltField *field);
GArray           *stolt_record_get_refs             (StoltRecord      *self,
                                                     const StoltField *field);

void              stolt_record_get_value            (StoltRecord      *self,
                                                     const StoltField *field,
                                                     GValue           *value);
gboolean          stolt_record_check_value          (StoltRecord      *self,
                                                     const StoltField *field,
                                                     const GValue     *value,
                                                     GError          **error);
gboolean          stolt_record_values_equal         (const StoltField *field,
                                                     const GValue     *a,
                                                     const GValue     *b);

G_END_DECLS
