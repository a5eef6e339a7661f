/* stolt-timeline-index-query.c — reading the timeline index
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lookups by id, the project's range, the states the painter shows, the
 * range queries, and the keyboard's order.  Building is in
 * stolt-timeline-index.c.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include "stolt-date.h"
#include "stolt-timeline-index-private.h"

StoltProject *
stolt_timeline_index_get_project (StoltTimelineIndex *self)
{
  return self->project;
}

guint
stolt_timeline_index_get_n_rows (StoltTimelineIndex *self)
{
  return self->rows->len;
}

/**
 * stolt_timeline_index_get_row:
 *
 * Returns: (transfer none): the row, valid until the next rebuild
 */
const StoltTimelineRow *
stolt_timeline_index_get_row (StoltTimelineIndex *self,
                              guint               row)
{
  g_return_val_if_fail (row < self->rows->len, NULL);

  return &g_array_index (self->rows, StoltTimelineRow, row);
}

/* Returns: the row of the item @id, or %STOLT_TIMELINE_NO_ROW */
guint
stolt_timeline_index_find_row (StoltTimelineIndex *self,
                               gint64              id)
{
  guint row;

  if (self->row_of_id != NULL)
    return id >= self->min_id && (guint64) (id - self->min_id) < self->n_ids
           ? self->row_of_id[id - self->min_id] : STOLT_TIMELINE_NO_ROW;

  row = self->by_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, &id)) : 0;
  return row > 0 ? row - 1 : STOLT_TIMELINE_NO_ROW;
}

/**
 * stolt_timeline_index_get_range:
 * @first_day: @last_day: (out): what "fit project" shows: the project
 *   card's dates and every item's, whichever reach further
 *
 * Returns: %FALSE if the project has no dates at all
 */
gboolean
stolt_timeline_index_get_range (StoltTimelineIndex *self,
                                guint32            *first_day,
                                guint32            *last_day)
{
  guint32 first = self->first_day, last = self->last_day;
  guint32 card_first = self->card_start != STOLT_DATE_NONE ? self->card_start : self->card_end;
  guint32 card_last = self->card_end != STOLT_DATE_NONE ? self->card_end : self->card_start;

  if (card_first != STOLT_DATE_NONE)
    {
      first = MIN (first, MIN (card_first, card_last));
      last = MAX (last, MAX (card_first, card_last));
    }
  if (first > last)
    return FALSE;

  if (first_day != NULL)
    *first_day = first;
  if (last_day != NULL)
    *last_day = last;
  return TRUE;
}

/* A milestone is late when its day has passed and it is not done;
 * "late" is never stored (DESIGN.md) */
gboolean
stolt_timeline_index_is_late (StoltTimelineIndex *self,
                              guint               row,
                              guint32             today)
{
  const StoltTimelineRow *r = stolt_timeline_index_get_row (self, row);

  return r != NULL && r->kind == STOLT_TIMELINE_ITEM_MILESTONE &&
         r->start != STOLT_DATE_NONE && today != STOLT_DATE_NONE && r->start < today &&
         !stolt_timeline_index_is_done (self, row);
}

/* A milestone whose status is done, an activity at 100 % */
gboolean
stolt_timeline_index_is_done (StoltTimelineIndex *self,
                              guint               row)
{
  const StoltTimelineRow *r = stolt_timeline_index_get_row (self, row);

  if (r == NULL)
    return FALSE;
  if (r->kind == STOLT_TIMELINE_ITEM_MILESTONE)
    return stolt_record_get_int (r->record, self->fields.milestone_status) == STOLT_STATUS_DONE;
  if (r->kind == STOLT_TIMELINE_ITEM_ACTIVITY)
    return stolt_record_get_int (r->record, self->fields.activity_progress) >= 100;
  return FALSE;
}

/* Returns: an activity's progress, 0 to 100; -1 for other rows */
int
stolt_timeline_index_get_progress (StoltTimelineIndex *self,
                                   guint               row)
{
  const StoltTimelineRow *r = stolt_timeline_index_get_row (self, row);

  if (r == NULL || r->kind != STOLT_TIMELINE_ITEM_ACTIVITY)
    return -1;
  return CLAMP (stolt_record_get_int (r->record, self->fields.activity_progress), 0, 100);
}

/**
 * stolt_timeline_index_query_dates:
 * @first_day: @last_day: a range of days, inclusive
 * @rows: the rows of the items that overlap the range are appended here
 *   (guint, in no particular order); undated items never are
 *
 * Returns: how many were appended
 */
guint
stolt_timeline_index_query_dates (StoltTimelineIndex *self,
                                  guint32             first_day,
                                  guint32             last_day,
                                  GArray             *rows)
{
  g_return_val_if_fail (rows != NULL, 0);

  return stolt_interval_tree_query (self->dates, first_day, last_day, rows);
}

guint
stolt_timeline_index_get_n_links (StoltTimelineIndex *self)
{
  return self->links->len;
}

const StoltTimelineLink *
stolt_timeline_index_get_link (StoltTimelineIndex *self,
                               guint               link)
{
  g_return_val_if_fail (link < self->links->len, NULL);

  return &g_array_index (self->links, StoltTimelineLink, link);
}

/**
 * stolt_timeline_index_query_links:
 * @first_row: @last_row: a band of rows, inclusive
 * @links: the links whose arrows cross or touch the band are appended
 *   (guint indices for stolt_timeline_index_get_link ())
 *
 * Returns: how many were appended
 */
guint
stolt_timeline_index_query_links (StoltTimelineIndex *self,
                                  guint               first_row,
                                  guint               last_row,
                                  GArray             *links)
{
  g_return_val_if_fail (links != NULL, 0);

  return stolt_interval_tree_query (self->link_spans, first_row, last_row, links);
}

/**
 * stolt_timeline_index_step:
 * @id: the item the keyboard is on, or 0 for none
 * @step: where to go
 *
 * Returns: the item to go to, or 0 if there is none that way (the caller
 *   stays where it is).  From no item, NEXT and BELOW go to the first,
 *   PREVIOUS and ABOVE to the last.
 */
gint64
stolt_timeline_index_step (StoltTimelineIndex *self,
                           gint64              id,
                           StoltTimelineStep   step)
{
  guint n = self->rows->len;
  guint row = id != 0 ? stolt_timeline_index_find_row (self, id) : STOLT_TIMELINE_NO_ROW;
  guint target = STOLT_TIMELINE_NO_ROW;
  guint rank;

  if (n == 0)
    return 0;

  if (step == STOLT_TIMELINE_STEP_FIRST)
    target = self->date_order[0];
  else if (step == STOLT_TIMELINE_STEP_LAST)
    target = self->date_order[n - 1];
  else if (row == STOLT_TIMELINE_NO_ROW)
    {
      if (step == STOLT_TIMELINE_STEP_NEXT)
        target = self->date_order[0];
      else if (step == STOLT_TIMELINE_STEP_PREVIOUS)
        target = self->date_order[n - 1];
      else
        target = step == STOLT_TIMELINE_STEP_BELOW ? 0 : n - 1;
    }
  else
    {
      rank = self->date_rank[row];
      if (step == STOLT_TIMELINE_STEP_NEXT && rank + 1 < n)
        target = self->date_order[rank + 1];
      else if (step == STOLT_TIMELINE_STEP_PREVIOUS && rank > 0)
        target = self->date_order[rank - 1];
      else if (step == STOLT_TIMELINE_STEP_BELOW && row + 1 < n)
        target = row + 1;
      else if (step == STOLT_TIMELINE_STEP_ABOVE && row > 0)
        target = row - 1;
    }

  if (target == STOLT_TIMELINE_NO_ROW)
    return 0;
  return g_array_index (self->rows, StoltTimelineRow, target).id;
}
