/* stolt-timeline-describe.c — what a screen reader says about a timeline item
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Kick-off, milestone, 14 September 2026, late": the title, what it is,
 * its dates in words, then its state.  Each part is translated on its
 * own and joined with the list separator, so translators never have to
 * combine states.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-timeline-index.h"

/* The day written out in the user's locale */
static char *
format_long_date (guint32 day)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, mday;

  if (!stolt_date_to_ymd (day, &year, &month, &mday))
    return NULL;
  date_time = g_date_time_new_utc (year, month, mday, 12, 0, 0);
  /* Translators: a date read out by a screen reader on the timeline, in
   * g_date_time_format () notation: "%-d %B %Y" is "14 September 2026" */
  return g_date_time_format (date_time, C_("timeline description, date", "%-d %B %Y"));
}

static const char *
kind_word (StoltTimelineItemKind kind)
{
  switch (kind)
    {
    case STOLT_TIMELINE_ITEM_PHASE:
      return C_("timeline description, kind of item", "phase");
    case STOLT_TIMELINE_ITEM_MILESTONE:
      return C_("timeline description, kind of item", "milestone");
    case STOLT_TIMELINE_ITEM_ACTIVITY:
    default:
      return C_("timeline description, kind of item", "activity");
    }
}

static char *
describe_dates (const StoltTimelineRow *row)
{
  g_autofree char *start = NULL, *end = NULL;

  if (row->start == STOLT_DATE_NONE)
    return g_strdup (row->kind == STOLT_TIMELINE_ITEM_MILESTONE
                     ? C_("timeline description", "no date")
                     : C_("timeline description", "no dates"));

  start = format_long_date (row->start);
  if (row->end == row->start)
    return g_steal_pointer (&start);

  end = format_long_date (row->end);
  /* Translators: the dates of an activity or a phase, read by a screen
   * reader: "1 March 2026 to 15 April 2026" */
  return g_strdup_printf (C_("timeline description", "%s to %s"), start, end);
}

static void
add_state (StoltTimelineIndex *self,
           guint               row,
           guint32             today,
           GPtrArray          *parts)
{
  const StoltTimelineRow *r = stolt_timeline_index_get_row (self, row);
  int progress = stolt_timeline_index_get_progress (self, row);

  if (stolt_timeline_index_is_late (self, row, today))
    g_ptr_array_add (parts, g_strdup (C_("timeline description, state", "late")));
  else if (r->kind == STOLT_TIMELINE_ITEM_MILESTONE && stolt_timeline_index_is_done (self, row))
    g_ptr_array_add (parts, g_strdup (C_("timeline description, state", "done")));

  if (progress >= 0)
    /* Translators: an activity's progress, read by a screen reader: "40% done" */
    g_ptr_array_add (parts, g_strdup_printf (C_("timeline description, state", "%d%% done"),
                                             progress));
}

/**
 * stolt_timeline_index_describe:
 * @id: an item on the timeline
 * @today: the day that decides whether a milestone is late
 *
 * Returns: (transfer full) (nullable): a sentence for screen readers,
 *   e.g. "Kick-off, milestone, 14 September 2026, late"; %NULL if @id is
 *   not on the timeline
 */
char *
stolt_timeline_index_describe (StoltTimelineIndex *self,
                               gint64              id,
                               guint32             today)
{
  guint row = stolt_timeline_index_find_row (self, id);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const StoltTimelineRow *r;
  const char *title;

  if (row == STOLT_TIMELINE_NO_ROW)
    return NULL;

  r = stolt_timeline_index_get_row (self, row);
  title = stolt_record_get_title (r->record);
  if (title == NULL || *title == '\0')
    title = C_("timeline description", "Untitled");

  g_ptr_array_add (parts, g_strdup (title));
  g_ptr_array_add (parts, g_strdup (kind_word (r->kind)));
  g_ptr_array_add (parts, describe_dates (r));
  add_state (self, row, today, parts);
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates the parts of a timeline item's description */
  return g_strjoinv (C_("timeline description, separator", ", "), (char **) parts->pdata);
}
