/* stolt-interval-tree.c — which intervals overlap a range, without walking them all
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The intervals are sorted by start; the array is read as a complete
 * binary tree in in-order layout: leaves at even indices, a node at level
 * k has k trailing one bits, the root is at 2^K - 1.  Each node keeps the
 * largest end below it, so a query skips every subtree that ends before
 * the range, and stops going right once the starts pass it.  After
 * cgranges (Heng Li, MIT licence), rewritten for inclusive intervals.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "stolt-interval-tree.h"

struct _StoltIntervalTree
{
  StoltInterval *nodes;
  guint          n_nodes;
  int            root_level;  /* -1 when empty */
};

static int
compare_intervals (const void *a,
                   const void *b)
{
  const StoltInterval *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->value < y->value ? -1 : x->value > y->value;
}

/* By start only: the tree does not care how ties are ordered.  Starts
 * are days or rows, so a counting sort usually does it in linear time. */
static void
sort_by_start (StoltInterval *a,
               guint          n)
{
  guint32 min = G_MAXUINT32, max = 0;
  g_autofree guint *count = NULL;
  g_autofree StoltInterval *sorted = NULL;
  guint64 range;

  for (guint i = 0; i < n; i++)
    {
      min = MIN (min, a[i].start);
      max = MAX (max, a[i].start);
    }
  range = (guint64) max - min + 1;
  if (range > 4 * (guint64) n + 65536)
    {
      qsort (a, n, sizeof (StoltInterval), compare_intervals);
      return;
    }

  count = g_new0 (guint, range + 1);
  for (guint i = 0; i < n; i++)
    count[a[i].start - min + 1]++;
  for (guint64 k = 1; k <= range; k++)
    count[k] += count[k - 1];
  sorted = g_new (StoltInterval, n);
  for (guint i = 0; i < n; i++)
    sorted[count[a[i].start - min]++] = a[i];
  memcpy (a, sorted, n * sizeof (StoltInterval));
}

/* Fills in every node's max, bottom up; returns the root's level */
static int
index_nodes (StoltInterval *a,
             gint64         n)
{
  gint64 i, last_i = 0;
  guint32 last = 0;
  int k;

  for (i = 0; i < n; i += 2)
    {
      last_i = i;
      last = a[i].max = a[i].end;
    }

  for (k = 1; ((gint64) 1 << k) <= n; k++)
    {
      gint64 x = (gint64) 1 << (k - 1), i0 = (x << 1) - 1, step = x << 2;

      for (i = i0; i < n; i += step)
        {
          guint32 left = a[i - x].max;
          guint32 right = i + x < n ? a[i + x].max : last;

          a[i].max = MAX (a[i].end, MAX (left, right));
        }
      /* The last node at this level, whose right subtree may be cut short */
      last_i = (last_i >> k) & 1 ? last_i - x : last_i + x;
      if (last_i < n && a[last_i].max > last)
        last = a[last_i].max;
    }
  return k - 1;
}

/**
 * stolt_interval_tree_new:
 * @intervals: (transfer none): copied and sorted; their max is ignored
 *
 * Returns: (transfer full): a tree to query
 */
StoltIntervalTree *
stolt_interval_tree_new (StoltInterval *intervals,
                         guint          n_intervals)
{
  return stolt_interval_tree_new_take (g_memdup2 (intervals, sizeof (StoltInterval) * n_intervals),
                                       n_intervals);
}

/**
 * stolt_interval_tree_new_take:
 * @intervals: (transfer full): allocated with g_malloc (); the tree sorts
 *   them in place and frees them with itself
 *
 * Returns: (transfer full): a tree to query
 */
StoltIntervalTree *
stolt_interval_tree_new_take (StoltInterval *intervals,
                              guint          n_intervals)
{
  StoltIntervalTree *self = g_new0 (StoltIntervalTree, 1);

  self->n_nodes = n_intervals;
  self->nodes = intervals;
  self->root_level = -1;
  if (n_intervals > 0)
    {
      sort_by_start (self->nodes, n_intervals);
      self->root_level = index_nodes (self->nodes, n_intervals);
    }
  return self;
}

void
stolt_interval_tree_free (StoltIntervalTree *self)
{
  if (self == NULL)
    return;
  g_free (self->nodes);
  g_free (self);
}

guint
stolt_interval_tree_get_size (const StoltIntervalTree *self)
{
  return self->n_nodes;
}

typedef struct
{
  gint64 x;      /* node index */
  int    level;
  int    left_done;
} Frame;

/* A small subtree is cheaper to scan in order than to descend */
static void
scan (const StoltIntervalTree *self,
      const Frame             *frame,
      guint32                  low,
      guint32                  high,
      GArray                  *values,
      guint                   *n_found)
{
  gint64 n = self->n_nodes;
  gint64 i0 = frame->x >> frame->level << frame->level;
  gint64 i1 = MIN (i0 + ((gint64) 1 << (frame->level + 1)) - 1, n);

  for (gint64 i = i0; i < i1 && self->nodes[i].start <= high; i++)
    if (self->nodes[i].end >= low)
      {
        g_array_append_val (values, self->nodes[i].value);
        (*n_found)++;
      }
}

/**
 * stolt_interval_tree_query:
 * @low: @high: the range, both inclusive
 * @values: the values of the intervals that overlap it are appended here
 *   (in no particular order)
 *
 * Returns: how many were appended
 */
guint
stolt_interval_tree_query (const StoltIntervalTree *self,
                           guint32                  low,
                           guint32                  high,
                           GArray                  *values)
{
  Frame stack[64];
  int top = 0;
  gint64 n = self->n_nodes;
  guint n_found = 0;

  if (self->root_level < 0 || high < low)
    return 0;

  stack[top++] = (Frame) { ((gint64) 1 << self->root_level) - 1, self->root_level, FALSE };
  while (top > 0)
    {
      Frame frame = stack[--top];

      if (frame.level <= 3)
        scan (self, &frame, low, high, values, &n_found);
      else if (!frame.left_done)
        {
          gint64 left = frame.x - ((gint64) 1 << (frame.level - 1));

          stack[top++] = (Frame) { frame.x, frame.level, TRUE };
          /* A left child past the end stands for a cut-short subtree */
          if (left >= n || self->nodes[left].max >= low)
            stack[top++] = (Frame) { left, frame.level - 1, FALSE };
        }
      else if (frame.x < n && self->nodes[frame.x].start <= high)
        {
          if (self->nodes[frame.x].end >= low)
            {
              g_array_append_val (values, self->nodes[frame.x].value);
              n_found++;
            }
          stack[top++] = (Frame) { frame.x + ((gint64) 1 << (frame.level - 1)),
                                   frame.level - 1, FALSE };
        }
    }
  return n_found;
}
