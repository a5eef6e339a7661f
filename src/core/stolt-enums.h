/* stolt-enums.h — the closed sets of values in a project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The numbers are stored in project files: never renumber, only add.
 * GTypes come from glib-mkenums (stolt-enum-types.h).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which measure categories a project offers (DESIGN.md) */
typedef enum
{
  STOLT_CATEGORY_SET_KS = 0,    /* mobilisere, utvikle, rekruttere, avvikle */
  STOLT_CATEGORY_SET_ARUBA = 1, /* attrahera, rekrytera, utveckla, behålla, avveckla */
} StoltCategorySet;

/* One list of categories for both sets: they share recruit, develop and
 * phase out, so switching a project's set keeps what the measures say. */
typedef enum
{
  STOLT_CATEGORY_NONE = 0,
  STOLT_CATEGORY_MOBILISE = 1,
  STOLT_CATEGORY_ATTRACT = 2,
  STOLT_CATEGORY_RECRUIT = 3,
  STOLT_CATEGORY_DEVELOP = 4,
  STOLT_CATEGORY_RETAIN = 5,
  STOLT_CATEGORY_PHASE_OUT = 6,
} StoltCategory;

typedef enum
{
  STOLT_MEMBER_GROUP_PROJECT_GROUP = 0,
  STOLT_MEMBER_GROUP_STEERING_GROUP = 1,
  STOLT_MEMBER_GROUP_UNION = 2,
  STOLT_MEMBER_GROUP_POLITICIANS = 3,
  STOLT_MEMBER_GROUP_MANAGERS = 4,
  STOLT_MEMBER_GROUP_EMPLOYEES = 5,
  STOLT_MEMBER_GROUP_SAFETY = 6,
  STOLT_MEMBER_GROUP_OTHER = 7,
} StoltMemberGroup;

/* "Late" is never stored: it is derived from the date (DESIGN.md) */
typedef enum
{
  STOLT_STATUS_PLANNED = 0,
  STOLT_STATUS_IN_PROGRESS = 1,
  STOLT_STATUS_DONE = 2,
} StoltStatus;

typedef enum
{
  STOLT_QUADRANT_STRENGTHS = 0,
  STOLT_QUADRANT_WEAKNESSES = 1,
  STOLT_QUADRANT_OPPORTUNITIES = 2,
  STOLT_QUADRANT_THREATS = 3,
} StoltQuadrant;

typedef enum
{
  STOLT_STRATEGY_SO = 0,
  STOLT_STRATEGY_ST = 1,
  STOLT_STRATEGY_WO = 2,
  STOLT_STRATEGY_WT = 3,
} StoltStrategyKind;

/* Where a values document is in the process that takes it to the council */
typedef enum
{
  STOLT_VALUES_STATUS_DRAFT = 0,
  STOLT_VALUES_STATUS_CONSULTATION = 1,
  STOLT_VALUES_STATUS_ADOPTED = 2,
} StoltValuesStatus;

G_END_DECLS
