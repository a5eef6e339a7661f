/* stolt-interval-tree.h — which intervals overlap a range, without walking them all
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A static interval tree laid out in one sorted array (the implicit
 * augmented tree of Heng Li's cgranges): built once in O(n log n), a
 * query costs O(log n + hits).  The timeline keeps one over the items'
 * dates and one over the rows each dependency arrow spans.  Render
 * internal: not for the widget.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint32 start;  /* inclusive */
  guint32 end;    /* inclusive, >= start */
  guint   value;  /* what the caller wants back, e.g. a row */
  guint32 max;    /* the largest end in this node's subtree (built) */
} StoltInterval;

typedef struct _StoltIntervalTree StoltIntervalTree;

StoltIntervalTree *stolt_interval_tree_new   (StoltInterval           *intervals,
                                              guint                    n_intervals);
StoltIntervalTree *stolt_interval_tree_new_take (StoltInterval         *intervals,
                                                 guint                  n_intervals);
void               stolt_interval_tree_free  (StoltIntervalTree       *self);
guint              stolt_interval_tree_get_size (const StoltIntervalTree *self);
guint              stolt_interval_tree_query (const StoltIntervalTree *self,
                                              guint32                  low,
                                              guint32                  high,
                                              GArray                  *values);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltIntervalTree, stolt_interval_tree_free)

G_END_DECLS
