/* stolt-timeline-index-private.h — the index's insides, for the render layer
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-interval-tree.h"
#include "stolt-timeline-index.h"

G_BEGIN_DECLS

/* Looked up once, read for every item */
typedef struct
{
  const StoltField *card_start, *card_end;
  const StoltField *milestone_date, *milestone_phase, *milestone_status;
  const StoltField *activity_start, *activity_end, *activity_phase;
  const StoltField *activity_progress, *activity_predecessors;
} StoltTimelineFields;

struct _StoltTimelineIndex
{
  grefcount           ref_count;
  StoltProject       *project;
  StoltTimelineFields fields;

  GArray             *rows;        /* StoltTimelineRow, in row order */
  guint              *row_of_id;   /* id − min_id → row, when the ids are dense … */
  gint64              min_id;
  gsize               n_ids;
  GHashTable         *by_id;       /* … else &row.id → row + 1 */
  guint              *date_order;  /* rows by start date, undated last */
  guint              *date_rank;   /* row → its place in date_order */
  StoltIntervalTree  *dates;       /* [start, end] → row, dated rows only */
  GArray             *links;       /* StoltTimelineLink */
  StoltIntervalTree  *link_spans;  /* rows an arrow spans → link */
  guint32             first_day;   /* of the items; G_MAXUINT32 when none */
  guint32             last_day;
  guint32             card_start;
  guint32             card_end;
  gboolean            skip_empty_phases;  /* exports: no row for a phase with nothing in it */
};

G_END_DECLS
