/* stolt-plan-stats.c — what the Plan tab derives from the plan, never stores
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-plan-stats"

#include "config.h"

#include "stolt-enums.h"
#include "stolt-plan-stats.h"

/* Late: the due day has passed and the work is not done.  Derived on
 * the day it is shown, never stored. */
gboolean
stolt_status_is_late (int     status,
                      guint32 due,
                      guint32 today)
{
  return due != 0 && due < today && status != STOLT_STATUS_DONE;
}

/* A milestone (by its date) or a measure (by its deadline) is late when
 * the day has passed and it is not done.  Other records are never late. */
gboolean
stolt_record_is_late (StoltRecord *record,
                      guint32      today)
{
  if (STOLT_IS_MILESTONE (record))
    return stolt_status_is_late (stolt_milestone_get_status (STOLT_MILESTONE (record)),
                                 stolt_milestone_get_date (STOLT_MILESTONE (record)), today);
  if (STOLT_IS_MEASURE (record))
    return stolt_status_is_late (stolt_measure_get_status (STOLT_MEASURE (record)),
                                 stolt_measure_get_deadline (STOLT_MEASURE (record)), today);
  return FALSE;
}

void
stolt_measure_overview (StoltProject         *project,
                        guint32               today,
                        StoltMeasureOverview *overview)
{
  GListModel *measures = stolt_project_get_list (project, STOLT_LIST_MEASURES);
  guint n = g_list_model_get_n_items (measures);

  *overview = (StoltMeasureOverview) { .total = n };
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltMeasure) measure = g_list_model_get_item (measures, i);

      if (stolt_measure_get_status (measure) == STOLT_STATUS_DONE)
        overview->done++;
      else if (stolt_record_is_late (STOLT_RECORD (measure), today))
        overview->late++;
      else
        overview->on_track++;
    }
}

static void
clear_total (gpointer data)
{
  StoltHoursTotal *total = data;

  g_clear_pointer (&total->label, g_free);
}

static StoltHoursTotal *
find_or_add (GArray      *totals,
             GHashTable  *index,
             const char  *key,
             const char  *label,
             gint64       id)
{
  gpointer position;
  StoltHoursTotal fresh = { g_strdup (label), id, 0.0, 0 };

  if (g_hash_table_lookup_extended (index, key, NULL, &position))
    return &g_array_index (totals, StoltHoursTotal, GPOINTER_TO_UINT (position));

  g_hash_table_insert (index, g_strdup (key), GUINT_TO_POINTER (totals->len));
  g_array_append_val (totals, fresh);
  return &g_array_index (totals, StoltHoursTotal, totals->len - 1);
}

/* Groups activities by phase (in phase order, then "no phase") or by
 * responsible (in order of first appearance, then "nobody"). */
static GArray *
hours_grouped (StoltProject *project,
               gboolean      by_phase)
{
  GListModel *activities = stolt_project_get_list (project, STOLT_LIST_ACTIVITIES);
  GListModel *phases = stolt_project_get_list (project, STOLT_LIST_PHASES);
  GArray *totals = g_array_new (FALSE, TRUE, sizeof (StoltHoursTotal));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  StoltHoursTotal none = { NULL, 0, 0.0, 0 };

  g_array_set_clear_func (totals, clear_total);
  if (by_phase)
    for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
      {
        g_autoptr(StoltRecord) phase = g_list_model_get_item (phases, i);
        g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, stolt_record_get_id (phase));

        find_or_add (totals, index, key, stolt_record_get_title (phase), stolt_record_get_id (phase));
      }

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(StoltActivity) activity = g_list_model_get_item (activities, i);
      double hours = stolt_activity_get_hours (activity);
      StoltHoursTotal *total = &none;

      if (by_phase)
        {
          gint64 phase = stolt_activity_get_phase (activity);
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, phase);

          if (phase != 0 && g_hash_table_contains (index, key))
            total = find_or_add (totals, index, key, NULL, phase);
        }
      else
        {
          g_autofree char *key = g_strstrip (g_strdup (stolt_activity_get_responsible (activity)));

          if (*key != '\0')
            total = find_or_add (totals, index, key, key, 0);
        }

      total->hours += hours;
      total->n_activities++;
    }

  if (none.n_activities > 0)
    g_array_append_val (totals, none);

  return totals;
}

/* Returns an array of StoltHoursTotal; every phase appears, even with no
 * activities, and activities without a phase come last (label NULL). */
GArray *
stolt_hours_by_phase (StoltProject *project)
{
  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  return hours_grouped (project, TRUE);
}

GArray *
stolt_hours_by_responsible (StoltProject *project)
{
  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  return hours_grouped (project, FALSE);
}

double
stolt_hours_total (StoltProject *project)
{
  GListModel *activities = stolt_project_get_list (project, STOLT_LIST_ACTIVITIES);
  double sum = 0.0;

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(StoltActivity) activity = g_list_model_get_item (activities, i);

      sum += stolt_activity_get_hours (activity);
    }

  return sum;
}

/* The groups DESIGN.md names that nobody in the organisation belongs to
 * yet ("Other" is never missing).  Returns how many; fills @groups. */
guint
stolt_missing_member_groups (StoltProject *project,
                             int          *groups,
                             guint         n_groups)
{
  GListModel *members = stolt_project_get_list (project, STOLT_LIST_MEMBERS);
  gboolean present[STOLT_MEMBER_GROUP_OTHER + 1] = { FALSE, };
  guint n_missing = 0;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(StoltMember) member = g_list_model_get_item (members, i);
      int team = stolt_member_get_team (member);

      if (team >= 0 && team <= STOLT_MEMBER_GROUP_OTHER)
        present[team] = TRUE;
    }

  for (int team = 0; team < STOLT_MEMBER_GROUP_OTHER; team++)
    if (!present[team])
      {
        if (n_missing < n_groups)
          groups[n_missing] = team;
        n_missing++;
      }

  return n_missing;
}

/* The SMART questions of a goal not answered yet, as field names in the
 * order specific, measurable, accepted, realistic, time-bound. */
guint
stolt_goal_unanswered_smart (StoltGoal   *goal,
                             const char **fields,
                             guint        n_fields)
{
  static const char *const smart[] = { "specific", "measurable", "accepted", "realistic",
                                       "time-bound" };
  const char *texts[G_N_ELEMENTS (smart)] = {
    stolt_goal_get_specific (goal),
    stolt_goal_get_measurable (goal),
    stolt_goal_get_accepted (goal),
    stolt_goal_get_realistic (goal),
    stolt_goal_get_time_bound (goal),
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (smart); i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (texts[i]));

      if (*stripped != '\0')
        continue;
      if (n < n_fields)
        fields[n] = smart[i];
      n++;
    }

  return n;
}

/* Values (issue 12) */

/**
 * stolt_measure_dup_values:
 *
 * The values, in every values document, that name @measure among their
 * supporting measures: the other side of the value's link, for the Plan
 * tab's measure form.
 *
 * Returns: (transfer container) (element-type StoltValue): the values in
 *   document order
 */
GPtrArray *
stolt_measure_dup_values (StoltProject *project,
                          StoltMeasure *measure)
{
  GListModel *documents = stolt_project_get_list (project, STOLT_LIST_VALUES_DOCUMENTS);
  gint64 id = stolt_record_get_id (STOLT_RECORD (measure));
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(StoltRecord) document = g_list_model_get_item (documents, i);
      GListModel *values = stolt_record_get_children (document, 0);

      for (guint j = 0; j < g_list_model_get_n_items (values); j++)
        {
          g_autoptr(StoltValue) value = g_list_model_get_item (values, j);
          guint n_ids;
          const gint64 *ids = stolt_value_get_measures (value, &n_ids);

          for (guint k = 0; k < n_ids; k++)
            if (ids[k] == id)
              {
                g_ptr_array_add (found, g_object_ref (value));
                break;
              }
        }
    }

  return found;
}

/**
 * stolt_values_without_measures:
 *
 * The values of @document that no measure supports yet: a value that
 * shows in no action is only words (Grue's strategy, seed 001).
 *
 * Returns: (transfer container) (element-type StoltValue): in order
 */
GPtrArray *
stolt_values_without_measures (StoltValuesDocument *document)
{
  GListModel *values = stolt_record_get_children (STOLT_RECORD (document), 0);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(StoltValue) value = g_list_model_get_item (values, i);
      guint n_ids;

      stolt_value_get_measures (value, &n_ids);
      if (n_ids == 0)
        g_ptr_array_add (found, g_object_ref (value));
    }

  return found;
}
