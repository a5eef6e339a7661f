/* stolt-planner-notes.c — what of a Planner file was not carried over
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import counts each kind of thing it cannot carry over and keeps
 * the first example; the report is one line per kind, so that a file
 * with 20 000 tasks gives a short list rather than 20 000 lines.
 */

#define G_LOG_DOMAIN "stolt-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-planner-private.h"

/* Long names are cut in the report: it names things, it does not quote them */
#define EXAMPLE_MAX_CHARS 60

void
_stolt_planner_note (PlannerImport   *self,
                     PlannerNoteKind  kind,
                     const char      *example)
{
  PlannerNote *note = &self->notes[kind];

  note->count++;
  if (note->example == NULL && example != NULL)
    {
      if (g_utf8_strlen (example, -1) > EXAMPLE_MAX_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (example, 0, EXAMPLE_MAX_CHARS);

          note->example = g_strconcat (cut, "…", NULL);
        }
      else
        note->example = g_strdup (example);
    }
}

void
_stolt_planner_notes_clear (PlannerImport *self)
{
  for (guint i = 0; i < PLANNER_N_NOTES; i++)
    g_clear_pointer (&self->notes[i].example, g_free);
}

static char *
word (const PlannerNote *note,
      PlannerNoteKind    kind)
{
  guint n = note->count;
  const char *e = note->example != NULL ? note->example : "";

  switch (kind)
    {
    case PLANNER_NOTE_CALENDARS:
      return g_strdup_printf (ngettext ("%u working-time calendar (Stolt plans in whole days)",
                                        "%u working-time calendars (Stolt plans in whole days)",
                                        n), n);
    case PLANNER_NOTE_CURRENT_PHASE:
      return g_strdup_printf (_("the project’s current phase, “%s” (Stolt marks no phase as "
                                "current)"), e);
    case PLANNER_NOTE_PROPERTIES:
      return g_strdup_printf (ngettext ("%u custom property, e.g. “%s”",
                                        "%u custom properties, e.g. “%s”", n), n, e);
    case PLANNER_NOTE_NESTED_SUMMARIES:
      return g_strdup_printf (ngettext ("%u summary task below the top level, e.g. “%s”: its "
                                        "tasks went into the phase of the top-level task",
                                        "%u summary tasks below the top level, e.g. “%s”: "
                                        "their tasks went into the phase of the top-level task",
                                        n), n, e);
    case PLANNER_NOTE_SUMMARY_ALLOCATIONS:
      return g_strdup_printf (ngettext ("%u resource allocated to a summary task, e.g. “%s”",
                                        "%u resources allocated to summary tasks, e.g. “%s”",
                                        n), n, e);
    case PLANNER_NOTE_DEPENDENCY_TYPES:
      return g_strdup_printf (ngettext ("%u start-to-start, finish-to-finish or start-to-finish "
                                        "dependency, e.g. of “%s”: kept as finish-to-start",
                                        "%u start-to-start, finish-to-finish or start-to-finish "
                                        "dependencies, e.g. of “%s”: kept as finish-to-start",
                                        n), n, e);
    case PLANNER_NOTE_LAGS:
      return g_strdup_printf (ngettext ("the lag of %u dependency, e.g. of “%s”",
                                        "the lags of %u dependencies, e.g. of “%s”", n), n, e);
    case PLANNER_NOTE_MILESTONE_DEPENDENCIES:
      return g_strdup_printf (ngettext ("%u dependency on a milestone, e.g. of “%s” (in Stolt "
                                        "only activities have predecessors)",
                                        "%u dependencies on milestones, e.g. of “%s” (in Stolt "
                                        "only activities have predecessors)", n), n, e);
    case PLANNER_NOTE_SUMMARY_DEPENDENCIES:
      return g_strdup_printf (ngettext ("%u dependency between summary tasks too large to "
                                        "spell out between their activities, e.g. of “%s”",
                                        "%u dependencies between summary tasks too large to "
                                        "spell out between their activities, e.g. of “%s”",
                                        n), n, e);
    case PLANNER_NOTE_DANGLING:
      return g_strdup_printf (ngettext ("%u link to a task or resource that is not in the file, "
                                        "e.g. “%s”",
                                        "%u links to tasks or resources that are not in the "
                                        "file, e.g. “%s”", n), n, e);
    case PLANNER_NOTE_CYCLES:
      return g_strdup_printf (ngettext ("%u dependency that closed a circle, e.g. of “%s”",
                                        "%u dependencies that closed a circle, e.g. of “%s”",
                                        n), n, e);
    case PLANNER_NOTE_DATES:
      return g_strdup_printf (ngettext ("%u date outside the years 1900–2200 or before its "
                                        "start, e.g. of “%s”",
                                        "%u dates outside the years 1900–2200 or before their "
                                        "start, e.g. of “%s”", n), n, e);
    case PLANNER_NOTE_CAPPED:
      return g_strdup_printf (ngettext ("%u number of hours or percent complete outside Stolt’s "
                                        "range, e.g. of “%s”: made to fit",
                                        "%u numbers of hours or percent complete outside "
                                        "Stolt’s range, e.g. of “%s”: made to fit", n), n, e);
    case PLANNER_NOTE_CONSTRAINTS:
      return g_strdup_printf (ngettext ("%u scheduling constraint (must start on, start no "
                                        "earlier than …), e.g. of “%s”",
                                        "%u scheduling constraints (must start on, start no "
                                        "earlier than …), e.g. of “%s”", n), n, e);
    case PLANNER_NOTE_FIXED_DURATION:
      return g_strdup_printf (ngettext ("fixed-duration scheduling of %u task, e.g. “%s”",
                                        "fixed-duration scheduling of %u tasks, e.g. “%s”",
                                        n), n, e);
    case PLANNER_NOTE_PRIORITY:
      return g_strdup_printf (ngettext ("the priority of %u task, e.g. “%s”",
                                        "the priorities of %u tasks, e.g. “%s”", n), n, e);
    case PLANNER_NOTE_COSTS:
      return g_strdup_printf (ngettext ("the cost rates of %u resource, e.g. “%s”",
                                        "the cost rates of %u resources, e.g. “%s”", n), n, e);
    case PLANNER_NOTE_MATERIAL:
      return g_strdup_printf (ngettext ("%u material resource, e.g. “%s”: named as responsible "
                                        "but not added to the organisation",
                                        "%u material resources, e.g. “%s”: named as "
                                        "responsible but not added to the organisation", n),
                              n, e);
    case PLANNER_NOTE_UNITS:
      return g_strdup_printf (ngettext ("%u allocation of less or more than a whole person, "
                                        "e.g. on “%s”",
                                        "%u allocations of less or more than a whole person, "
                                        "e.g. on “%s”", n), n, e);
    case PLANNER_NOTE_GROUPS:
      return g_strdup_printf (ngettext ("%u resource group, e.g. “%s” (its name is kept in the "
                                        "notes of its people)",
                                        "%u resource groups, e.g. “%s” (their names are kept in "
                                        "the notes of their people)", n), n, e);
    case PLANNER_NOTE_SHORT_NAMES:
      return g_strdup_printf (ngettext ("the short name of %u resource, e.g. “%s”",
                                        "the short names of %u resources, e.g. “%s”", n), n, e);
    case PLANNER_N_NOTES:
    default:
      g_assert_not_reached ();
    }
}

/* Returns: (transfer full): one translated line per kind of thing left out */
GPtrArray *
_stolt_planner_notes_lines (PlannerImport *self)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < PLANNER_N_NOTES; i++)
    if (self->notes[i].count > 0)
      g_ptr_array_add (lines, word (&self->notes[i], i));

  return lines;
}
