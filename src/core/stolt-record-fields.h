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
