/* stolt-record-fields.h — shorthand for field tables
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used only by the stolt-*-records.c files, to keep each table one line a
 * field.  T is the instance struct, m its member.
 */

#pragma once

#include "stolt-record.h"

#define STOLT_TEXT(T, m, n, l, f) \
  { .name = n, .kind = STOLT_FIELD_TEXT, .offset = G_STRUCT_OFFSET (T, m), .label = l, .flags = f }
#define STOLT_DATE(T, m, n, l) \
  { .name = n, .kind = STOLT_FIELD_DATE, .offset = G_STRUCT_OFFSET (T, m), .label = l }
#define STOLT_INT(T, m, n, l, lo, hi) \
  { .name = n, .kind = STOLT_FIELD_INT, .offset = G_STRUCT_OFFSET (T, m), .label = l, \
    .min = lo, .max = hi }
#define STOLT_DOUBLE(T, m, n, l, lo, hi) \
  { .name = n, .kind = STOLT_FIELD_DOUBLE, .offset = G_STRUCT_OFFSET (T, m), .label = l, \
    .min = lo, .max = hi }
#define STOLT_BOOLEAN(T, m, n, l) \
  { .name = n, .kind = STOLT_FIELD_BOOLEAN, .offset = G_STRUCT_OFFSET (T, m), .label = l }
#define STOLT_ENUM(T, m, n, l, get_type) \
  { .name = n, .kind = STOLT_FIELD_ENUM, .offset = G_STRUCT_OFFSET (T, m), .label = l, \
    .enum_type = get_type }
#define STOLT_REF(T, m, n, l, table) \
  { .name = n, .kind = STOLT_FIELD_REF, .offset = G_STRUCT_OFFSET (T, m), .label = l, \
    .ref_table = table }
#define STOLT_REFS(T, m, n, l, table) \
  { .name = n, .kind = STOLT_FIELD_REFS, .offset = G_STRUCT_OFFSET (T, m), .label = l, \
    .ref_table = table }

#define STOLT_REQUIRED STOLT_FIELD_FLAG_REQUIRED
#define STOLT_MULTILINE STOLT_FIELD_FLAG_MULTILINE
#define STOLT_INTERNAL STOLT_FIELD_FLAG_INTERNAL

gboolean stolt_record_validate_date_order (StoltRecord      *self,
                                           const StoltField *field,
                                           const GValue     *value,
                                           GError          **error);

/* Typed getters, one line a field after each table: the public, checked
 * way to read a record (declared in stolt-records.h).  Text is never
 * NULL; a REFS getter returns the ids and their number (NULL and 0 when
 * there are none). */
#define STOLT_DEFINE_PLAIN_GETTER(T, p, IS, R, m, fallback) \
  R                                                          \
  p##_get_##m (T *self)                                      \
  {                                                          \
    g_return_val_if_fail (IS (self), fallback);              \
    return self->m;                                          \
  }
#define STOLT_DEFINE_TEXT_GETTER(T, p, IS, m)                \
  const char *                                               \
  p##_get_##m (T *self)                                      \
  {                                                          \
    g_return_val_if_fail (IS (self), "");                    \
    return self->m != NULL ? self->m : "";                   \
  }
#define STOLT_DEFINE_DATE_GETTER(T, p, IS, m) STOLT_DEFINE_PLAIN_GETTER (T, p, IS, guint32, m, 0)
#define STOLT_DEFINE_INT_GETTER(T, p, IS, m) STOLT_DEFINE_PLAIN_GETTER (T, p, IS, int, m, 0)
#define STOLT_DEFINE_DOUBLE_GETTER(T, p, IS, m) STOLT_DEFINE_PLAIN_GETTER (T, p, IS, double, m, 0.0)
#define STOLT_DEFINE_BOOLEAN_GETTER(T, p, IS, m) \
  STOLT_DEFINE_PLAIN_GETTER (T, p, IS, gboolean, m, FALSE)
#define STOLT_DEFINE_REF_GETTER(T, p, IS, m) STOLT_DEFINE_PLAIN_GETTER (T, p, IS, gint64, m, 0)
#define STOLT_DEFINE_ENUM_GETTER(T, p, IS, E, m) \
  STOLT_DEFINE_PLAIN_GETTER (T, p, IS, E, m, (E) 0)
#define STOLT_DEFINE_REFS_GETTER(T, p, IS, m)                \
  const gint64 *                                             \
  p##_get_##m (T *self,                                      \
               guint *n_ids)                                 \
  {                                                          \
    g_return_val_if_fail (IS (self), NULL);                  \
    g_return_val_if_fail (n_ids != NULL, NULL);              \
    *n_ids = self->m != NULL ? self->m->len : 0;             \
    return *n_ids > 0 ? (const gint64 *) self->m->data : NULL; \
  }
