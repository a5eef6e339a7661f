/* stolt-records.c — the list of record types
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-records.h"

/* Root first, parents before children: the order storage works in */
const GType *
stolt_record_types (guint *n_types)
{
  static gsize initialized = 0;
  static GType types[13];

  if (g_once_init_enter (&initialized))
    {
      types[0] = STOLT_TYPE_PROJECT_CARD;
      types[1] = STOLT_TYPE_MEMBER;
      types[2] = STOLT_TYPE_PHASE;
      types[3] = STOLT_TYPE_MILESTONE;
      types[4] = STOLT_TYPE_ACTIVITY;
      types[5] = STOLT_TYPE_GOAL;
      types[6] = STOLT_TYPE_MEASURE;
      types[7] = STOLT_TYPE_SWOT_ANALYSIS;
      types[8] = STOLT_TYPE_SWOT_ITEM;
      types[9] = STOLT_TYPE_SWOT_STRATEGY;
      types[10] = STOLT_TYPE_VALUES_DOCUMENT;
      types[11] = STOLT_TYPE_VALUE;
      types[12] = STOLT_TYPE_VALUES_SECTION;
      g_once_init_leave (&initialized, 1);
    }

  if (n_types != NULL)
    *n_types = G_N_ELEMENTS (types);

  return types;
}
