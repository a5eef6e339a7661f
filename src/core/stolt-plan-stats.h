/* stolt-plan-stats.h — what the Plan tab derives from the plan, never stores
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Late" is a view of a date and a status on a given day; totals and the
 * overview of the action programme are sums over the lists.  All pure.
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct
{
  guint total;
  guint done;
  guint on_track;  /* not done, deadline today or later, or none */
  guint late;      /* not done and the deadline has passed */
} StoltMeasureOverview;

typedef struct
{
  char   *label;   /* phase title or responsible; NULL for "none" */
  gint64  id;      /* the phase's id when grouped by phase, else 0 */
  double  hours;
  guint   n_activities;
} StoltHoursTotal;

gboolean   stolt_status_is_late             (int                   status,
                                             guint32               due,
                                             guint32               today);
gboolean   stolt_record_is_late             (StoltRecord          *record,
                                             guint32               today);
void       stolt_measure_overview           (StoltProject         *project,
                                             guint32               today,
                                             StoltMeasureOverview *overview);
GArray    *stolt_hours_by_phase             (StoltProject         *project);
GArray    *stolt_hours_by_responsible       (StoltProject         *project);
double     stolt_hours_total                (StoltProject         *project);
guint      stolt_missing_member_groups      (StoltProject         *project,
                                             int                  *groups,
                                             guint                 n_groups);
guint      stolt_goal_unanswered_smart      (StoltGoal            *goal,
                                             const char          **fields,
                                             guint                 n_fields);

/* Values (issue 12): "values must show in actions" */
GPtrArray *stolt_measure_dup_values         (StoltProject         *project,
                                             StoltMeasure         *measure);
GPtrArray *stolt_values_without_measures    (StoltValuesDocument  *document);

G_END_DECLS
