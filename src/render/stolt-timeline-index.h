/* stolt-timeline-index.h — the timeline's rows, found by row and by date
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index is built once per project and rebuilt after an edit that
 * moves something (about 10 ms for 20 000 items; see bench-timeline).
 * It holds every row of the chart, the dependency arrows between rows,
 * and two interval trees, so that a viewport, a date range or the arrows
 * crossing a band of rows are found without walking the whole project.
 *
 * Row order, top to bottom:
 *   - for each phase, in the order of the project's phase list: one row
 *     for the phase itself (its band, spanning its items' dates), then
 *     its milestones and activities sorted by start date (a milestone's
 *     start is its date; on the same day milestones come first, then
 *     the list order), then its undated items in list order;
 *   - then, in the same order, the milestones and activities without a
 *     phase (or whose phase is gone).
 * Each row holds exactly one item, so a row's y says which item it is.
 *
 * An activity with only one of its dates set is a one-day activity on
 * that date.  A phase's dates are those of its items; a phase without
 * dated items, like any undated item, has STOLT_DATE_NONE for both.
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

typedef enum
{
  STOLT_TIMELINE_ITEM_PHASE,
  STOLT_TIMELINE_ITEM_MILESTONE,
  STOLT_TIMELINE_ITEM_ACTIVITY,
} StoltTimelineItemKind;

#define STOLT_TIMELINE_NO_ROW G_MAXUINT

typedef struct
{
  StoltRecord          *record;     /* the phase, milestone or activity */
  gint64                id;
  StoltTimelineItemKind kind;
  guint32               start;      /* first day, or STOLT_DATE_NONE */
  guint32               end;        /* last day, inclusive; a milestone's is its date */
  guint                 phase_row;  /* the row of its phase; its own for a phase;
                                     * STOLT_TIMELINE_NO_ROW without a phase */
  guint                 lane;       /* 0, 1, 2 … one per phase, then one for the rest */
} StoltTimelineRow;

/* A finish-to-start dependency: from the end of one row to the start of another */
typedef struct
{
  guint from_row;  /* the predecessor */
  guint to_row;    /* the successor */
} StoltTimelineLink;

/* Keyboard order: NEXT and PREVIOUS go by date (left and right keys),
 * BELOW and ABOVE by row (down and up keys), FIRST and LAST by date
 * (Home and End) */
typedef enum
{
  STOLT_TIMELINE_STEP_NEXT,
  STOLT_TIMELINE_STEP_PREVIOUS,
  STOLT_TIMELINE_STEP_BELOW,
  STOLT_TIMELINE_STEP_ABOVE,
  STOLT_TIMELINE_STEP_FIRST,
  STOLT_TIMELINE_STEP_LAST,
} StoltTimelineStep;

typedef struct _StoltTimelineIndex StoltTimelineIndex;

StoltTimelineIndex     *stolt_timeline_index_new         (StoltProject       *project);
StoltTimelineIndex     *stolt_timeline_index_new_for_export (StoltProject    *project);
StoltTimelineIndex     *stolt_timeline_index_ref         (StoltTimelineIndex *self);
void                    stolt_timeline_index_unref       (StoltTimelineIndex *self);
void                    stolt_timeline_index_rebuild     (StoltTimelineIndex *self);
gboolean                stolt_timeline_index_update      (StoltTimelineIndex *self,
                                                          StoltRecord        *record,
                                                          const char         *field);
gboolean                stolt_timeline_index_children_changed (StoltTimelineIndex *self,
                                                               StoltRecord        *owner,
                                                               guint               list);

StoltProject           *stolt_timeline_index_get_project (StoltTimelineIndex *self);
guint                   stolt_timeline_index_get_n_rows  (StoltTimelineIndex *self);
const StoltTimelineRow *stolt_timeline_index_get_row     (StoltTimelineIndex *self,
                                                          guint               row);
guint                   stolt_timeline_index_find_row    (StoltTimelineIndex *self,
                                                          gint64              id);
gboolean                stolt_timeline_index_get_range   (StoltTimelineIndex *self,
                                                          guint32            *first_day,
                                                          guint32            *last_day);
gboolean                stolt_timeline_index_is_late     (StoltTimelineIndex *self,
                                                          guint               row,
                                                          guint32             today);
gboolean                stolt_timeline_index_is_done     (StoltTimelineIndex *self,
                                                          guint               row);
int                     stolt_timeline_index_get_progress (StoltTimelineIndex *self,
                                                           guint               row);

guint                   stolt_timeline_index_query_dates (StoltTimelineIndex *self,
                                                          guint32             first_day,
                                                          guint32             last_day,
                                                          GArray             *rows);
guint                   stolt_timeline_index_get_n_links (StoltTimelineIndex *self);
const StoltTimelineLink *stolt_timeline_index_get_link   (StoltTimelineIndex *self,
                                                          guint               link);
guint                   stolt_timeline_index_query_links (StoltTimelineIndex *self,
                                                          guint               first_row,
                                                          guint               last_row,
                                                          GArray             *links);

gint64                  stolt_timeline_index_step        (StoltTimelineIndex *self,
                                                          gint64              id,
                                                          StoltTimelineStep   step);
char                   *stolt_timeline_index_describe    (StoltTimelineIndex *self,
                                                          gint64              id,
                                                          guint32             today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltTimelineIndex, stolt_timeline_index_unref)

G_END_DECLS
