/* stolt-planner-links.c — Planner's predecessors as Stolt's dependencies
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In Stolt only activities have predecessors, all finish-to-start.  A
 * Planner dependency is carried over as follows:
 *
 *   - between two tasks that became activities: as it is (a start-to-
 *     start, finish-to-finish or start-to-finish one as finish-to-start,
 *     its lag dropped; both noted);
 *   - from or to a summary task: between the activities below it, as
 *     Planner's scheduler reads it (a summary starts when the first of its
 *     tasks can);
 *   - to a milestone: the predecessors' names go into the milestone's
 *     "Activities" (seed 001 slide 58, Milepæl | Aktiviteter | Dato);
 *   - from a milestone to an activity: not at all, noted.
 *
 * Links to ids not in the file are dropped and noted; so are links that
 * close a circle, found by one depth-first search over the whole graph.
 */

#define G_LOG_DOMAIN "stolt-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-planner-private.h"

/* Beyond this many links for one dependency between two summary tasks,
 * the dependency is left out rather than spelt out */
#define MAX_LINKS_PER_DEPENDENCY 10000

/* All links made from dependencies on summary tasks */
#define MAX_LINKS 2000000

/* A milestone's "Activities" text */
#define MAX_AFTER_BYTES (64 * 1024)

/* A subtree is a range of tasks in document order, so its activities are
 * a range of self->activities: found in constant time */
static void
index_activities (PlannerImport *self)
{
  guint n = self->tasks->len;

  self->activities = g_array_new (FALSE, FALSE, sizeof (guint));
  self->activities_before = g_new (guint, n + 1);
  for (guint i = 0; i < n; i++)
    {
      self->activities_before[i] = self->activities->len;
      if (PLANNER_TASK (self, i)->kind == PLANNER_TASK_ACTIVITY)
        g_array_append_val (self->activities, i);
    }
  self->activities_before[n] = self->activities->len;
}

static void
activity_range (PlannerImport *self,
                guint          task,
                guint         *first,
                guint         *n)
{
  *first = self->activities_before[task];
  *n = self->activities_before[PLANNER_TASK (self, task)->end] - *first;
}

static void
add_link (PlannerImport *self,
          guint          successor,
          guint          predecessor)
{
  PlannerTask *task = PLANNER_TASK (self, successor);
  guint64 key = ((guint64) successor << 32) | predecessor;
  int value = (int) predecessor;

  if (!g_hash_table_add (self->links, g_memdup2 (&key, sizeof key)))
    return;
  if (task->predecessors == NULL)
    task->predecessors = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (task->predecessors, value);
}

/* Every activity in the subtree of @successor after every one in that of
 * @predecessor.  The links one dependency may make, and those all of
 * them together may, are capped: a hostile file could otherwise ask for
 * billions. */
static void
link_subtrees (PlannerImport *self,
               guint          successor,
               guint          predecessor)
{
  guint s_first, s_n, p_first, p_n;
  guint64 n_links;

  activity_range (self, successor, &s_first, &s_n);
  activity_range (self, predecessor, &p_first, &p_n);
  n_links = (guint64) s_n * p_n;
  if (n_links == 0)
    return;
  if (n_links > MAX_LINKS_PER_DEPENDENCY || n_links > self->link_budget)
    {
      _stolt_planner_note (self, PLANNER_NOTE_SUMMARY_DEPENDENCIES,
                           PLANNER_TASK (self, successor)->name);
      return;
    }
  self->link_budget -= n_links;

  for (guint s = s_first; s < s_first + s_n; s++)
    for (guint p = p_first; p < p_first + p_n; p++)
      add_link (self, g_array_index (self->activities, guint, s),
                g_array_index (self->activities, guint, p));
}

static gboolean
subtrees_overlap (PlannerImport *self,
                  guint          a,
                  guint          b)
{
  return (b >= a && b < PLANNER_TASK (self, a)->end) ||
         (a >= b && a < PLANNER_TASK (self, b)->end);
}

static void
read_predecessor (PlannerImport *self,
                  guint          successor,
                  StoltXmlNode       *node)
{
  PlannerTask *task = PLANNER_TASK (self, successor);
  const char *type = _stolt_planner_attr (node, "type");
  const char *lag = _stolt_planner_attr (node, "lag");
  const char *id = _stolt_planner_attr (node, "predecessor-id");
  int predecessor = _stolt_planner_find_task (self, id);

  if (predecessor < 0)
    {
      _stolt_planner_note (self, PLANNER_NOTE_DANGLING, task->name);
      return;
    }
  if (type != NULL && strcmp (type, "FS") != 0)
    _stolt_planner_note (self, PLANNER_NOTE_DEPENDENCY_TYPES, task->name);
  if (lag != NULL && strcmp (lag, "0") != 0 && *lag != '\0')
    _stolt_planner_note (self, PLANNER_NOTE_LAGS, task->name);

  if (subtrees_overlap (self, successor, (guint) predecessor))
    {
      /* A task after itself or after its own summary: Planner refuses it */
      _stolt_planner_note (self, PLANNER_NOTE_CYCLES, task->name);
      return;
    }

  if (task->kind == PLANNER_TASK_MILESTONE)
    {
      /* A list for people to read: a hostile file's thousands of
       * predecessors stop at a length the model takes */
      if (task->after == NULL)
        task->after = g_string_new (NULL);
      else if (task->after->len < MAX_AFTER_BYTES)
        g_string_append_c (task->after, '\n');
      if (task->after->len < MAX_AFTER_BYTES)
        g_string_append (task->after, PLANNER_TASK (self, predecessor)->name);
      return;
    }

  if (PLANNER_TASK (self, predecessor)->kind == PLANNER_TASK_MILESTONE)
    {
      _stolt_planner_note (self, PLANNER_NOTE_MILESTONE_DEPENDENCIES, task->name);
      return;
    }

  link_subtrees (self, successor, (guint) predecessor);
}

void
_stolt_planner_read_links (PlannerImport *self)
{
  index_activities (self);
  self->link_budget = MAX_LINKS;

  for (guint t = 0; t < self->tasks->len; t++)
    for (StoltXmlNode *list = PLANNER_TASK (self, t)->node->children; list != NULL; list = list->next)
      if (_stolt_planner_is_element (list, "predecessors"))
        for (StoltXmlNode *node = list->children; node != NULL; node = node->next)
          if (_stolt_planner_is_element (node, "predecessor"))
            read_predecessor (self, t, node);
}

/* Cycles */

typedef struct
{
  guint task;
  guint next;  /* the next predecessor to follow */
} Frame;

enum { WHITE, GREY, BLACK };

/* Drops every link that leads back to a task still on the path of one
 * depth-first search: what is left has no circle, in linear time. */
static void
break_cycles (PlannerImport *self)
{
  g_autofree guint8 *colour = g_new0 (guint8, self->tasks->len);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));

  for (guint start = 0; start < self->tasks->len; start++)
    {
      Frame first = { start, 0 };

      if (colour[start] != WHITE)
        continue;
      colour[start] = GREY;
      g_array_append_val (stack, first);

      while (stack->len > 0)
        {
          Frame *top = &g_array_index (stack, Frame, stack->len - 1);
          GArray *links = PLANNER_TASK (self, top->task)->predecessors;
          int *next;

          if (links == NULL || top->next >= links->len)
            {
              colour[top->task] = BLACK;
              g_array_set_size (stack, stack->len - 1);
              continue;
            }

          next = &g_array_index (links, int, top->next++);
          if (colour[*next] == GREY)
            {
              _stolt_planner_note (self, PLANNER_NOTE_CYCLES, PLANNER_TASK (self, top->task)->name);
              *next = -1;
            }
          else if (colour[*next] == WHITE)
            {
              Frame frame = { (guint) *next, 0 };

              colour[*next] = GREY;
              g_array_append_val (stack, frame);
            }
        }
    }
}

static gboolean
set_predecessors (PlannerImport  *self,
                  PlannerTask    *task,
                  GError        **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                             task->predecessors->len);
  const StoltField *field = stolt_record_find_field (task->record, "predecessors");
  g_auto(GValue) value = G_VALUE_INIT;

  for (guint i = 0; i < task->predecessors->len; i++)
    {
      int p = g_array_index (task->predecessors, int, i);
      gint64 id;

      if (p < 0)
        continue;
      id = stolt_record_get_id (PLANNER_TASK (self, p)->record);
      g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    return TRUE;

  g_value_init (&value, G_TYPE_ARRAY);
  g_value_set_boxed (&value, ids);
  return stolt_project_builder_set (self->builder, task->record, field, &value, error);
}

static gboolean
set_milestone_activities (PlannerImport  *self,
                          PlannerTask    *task,
                          GError        **error)
{
  const StoltField *field = stolt_record_find_field (task->record, "activities");
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_static_string (&value, task->after->str);
  return stolt_project_builder_set (self->builder, task->record, field, &value, error);
}

gboolean
_stolt_planner_apply_links (PlannerImport  *self,
                            GError        **error)
{
  break_cycles (self);

  for (guint t = 0; t < self->tasks->len; t++)
    {
      PlannerTask *task = PLANNER_TASK (self, t);

      if (task->predecessors != NULL && !set_predecessors (self, task, error))
        return FALSE;
      if (task->after != NULL && !set_milestone_activities (self, task, error))
        return FALSE;
    }

  return TRUE;
}
