/* stolt-planner-private.h — what the parts of the Planner import share
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * stolt-planner-import.c reads the file and makes the records,
 * stolt-planner-links.c turns predecessors into dependencies, and
 * stolt-planner-notes.c words what was not carried over.
 */

#pragma once

#include "stolt-safe-xml.h"

#include "stolt-project.h"
#include "stolt-project-builder.h"

G_BEGIN_DECLS

/* Things of a Planner file that have no place in Stolt, counted as the
 * import meets them; each becomes one line of the report */
typedef enum
{
  PLANNER_NOTE_CALENDARS,
  PLANNER_NOTE_CURRENT_PHASE,
  PLANNER_NOTE_PROPERTIES,
  PLANNER_NOTE_NESTED_SUMMARIES,
  PLANNER_NOTE_SUMMARY_ALLOCATIONS,
  PLANNER_NOTE_DEPENDENCY_TYPES,
  PLANNER_NOTE_LAGS,
  PLANNER_NOTE_MILESTONE_DEPENDENCIES,
  PLANNER_NOTE_SUMMARY_DEPENDENCIES,
  PLANNER_NOTE_DANGLING,
  PLANNER_NOTE_CYCLES,
  PLANNER_NOTE_DATES,
  PLANNER_NOTE_CAPPED,
  PLANNER_NOTE_CONSTRAINTS,
  PLANNER_NOTE_FIXED_DURATION,
  PLANNER_NOTE_PRIORITY,
  PLANNER_NOTE_COSTS,
  PLANNER_NOTE_MATERIAL,
  PLANNER_NOTE_UNITS,
  PLANNER_NOTE_GROUPS,
  PLANNER_NOTE_SHORT_NAMES,
  PLANNER_N_NOTES
} PlannerNoteKind;

typedef struct
{
  guint  count;
  char  *example;  /* the first thing counted, e.g. a task's name */
} PlannerNote;

typedef enum
{
  PLANNER_TASK_ACTIVITY,
  PLANNER_TASK_MILESTONE,
  PLANNER_TASK_PHASE,   /* a top-level task with children */
  PLANNER_TASK_GROUP,   /* a task with children below the top level */
} PlannerTaskKind;

typedef struct
{
  StoltXmlNode         *node;
  const char      *name;
  guint            planner_id;
  int              parent;     /* index in the task array, -1 at the top */
  guint            end;        /* one past the last of its descendants */
  guint            n_children;
  PlannerTaskKind  kind;
  StoltRecord     *record;     /* its activity, milestone or phase, if any */
  GString         *responsible;
  GString         *after;      /* a milestone's predecessors, one a line */
  GArray          *predecessors; /* task indices (int); -1 for a dropped link */
} PlannerTask;

typedef struct
{
  const char   *display_name;
  GCancellable *cancellable;
  StoltProjectBuilder *builder; /* every record made, until the project is whole */
  GArray       *tasks;       /* PlannerTask, in document order */
  GHashTable   *task_ids;    /* Planner id + 1 → task index + 1 */
  GHashTable   *links;       /* (successor << 32 | predecessor) of links made */
  GArray       *activities;  /* task indices (guint) of the activities, in order */
  guint        *activities_before; /* [i]: how many of tasks 0 … i - 1 are activities */
  guint64       link_budget; /* links that summary dependencies may still spell out */
  PlannerNote   notes[PLANNER_N_NOTES];
} PlannerImport;

#define PLANNER_TASK(self, i) (&g_array_index ((self)->tasks, PlannerTask, (i)))

void       _stolt_planner_note        (PlannerImport   *self,
                                       PlannerNoteKind  kind,
                                       const char      *example);
GPtrArray *_stolt_planner_notes_lines (PlannerImport   *self);
void       _stolt_planner_notes_clear (PlannerImport   *self);

gboolean   _stolt_planner_is_element  (StoltXmlNode         *node,
                                       const char      *name);
const char *_stolt_planner_attr       (StoltXmlNode         *node,
                                       const char      *name);
int        _stolt_planner_find_task   (PlannerImport   *self,
                                       const char      *id);

void       _stolt_planner_read_links  (PlannerImport   *self);
gboolean   _stolt_planner_apply_links (PlannerImport   *self,
                                       GError         **error);

G_END_DECLS
