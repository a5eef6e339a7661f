/* stolt-timeline-index.c — the timeline's rows, found by row and by date
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is rebuilt from the project in one pass: reading each
 * phase, milestone and activity once, one sort per phase, two interval
 * trees.  Only the dates are copied; titles, progress and status are read
 * from the records when a viewport is laid out, so editing those needs
 * no rebuild.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <string.h>

#include "stolt-date.h"
#include "stolt-interval-tree.h"
#include "stolt-timeline-index-private.h"

static void
look_up_fields (StoltTimelineFields *fields)
{
  StoltRecordClass *card = g_type_class_ref (STOLT_TYPE_PROJECT_CARD);
  StoltRecordClass *milestone = g_type_class_ref (STOLT_TYPE_MILESTONE);
  StoltRecordClass *activity = g_type_class_ref (STOLT_TYPE_ACTIVITY);

  fields->card_start = stolt_record_class_find_field (card, "start-date");
  fields->card_end = stolt_record_class_find_field (card, "end-date");
  fields->milestone_date = stolt_record_class_find_field (milestone, "date");
  fields->milestone_phase = stolt_record_class_find_field (milestone, "phase");
  fields->milestone_status = stolt_record_class_find_field (milestone, "status");
  fields->activity_start = stolt_record_class_find_field (activity, "start-date");
  fields->activity_end = stolt_record_class_find_field (activity, "end-date");
  fields->activity_phase = stolt_record_class_find_field (activity, "phase");
  fields->activity_progress = stolt_record_class_find_field (activity, "progress");
  fields->activity_predecessors = stolt_record_class_find_field (activity, "predecessors");

  /* The classes live as long as the program: their types are static */
  g_type_class_unref (card);
  g_type_class_unref (milestone);
  g_type_class_unref (activity);
}

/* Building */

typedef struct
{
  StoltRecord          *record;
  StoltTimelineItemKind kind;
  guint32               start, end;
  guint                 position;   /* in its list, for a stable order */
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;

  /* Undated last */
  if ((x->start == STOLT_DATE_NONE) != (y->start == STOLT_DATE_NONE))
    return x->start == STOLT_DATE_NONE ? 1 : -1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind == STOLT_TIMELINE_ITEM_MILESTONE ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

static void
read_activity_dates (StoltTimelineIndex *self,
                     StoltRecord        *record,
                     guint32            *start,
                     guint32            *end)
{
  *start = stolt_record_get_date (record, self->fields.activity_start);
  *end = stolt_record_get_date (record, self->fields.activity_end);

  /* Half a span is a one-day activity on the day that is known */
  if (*start == STOLT_DATE_NONE)
    *start = *end;
  if (*end == STOLT_DATE_NONE || *end < *start)
    *end = *start;
}

/* Sorts the milestones and activities into one group per phase (in phase
 * order) and a last group for those without one */
static GArray **
collect_groups (StoltTimelineIndex *self,
                GListModel         *phases,
                guint              *n_groups)
{
  StoltProject *project = self->project;
  guint n_phases = g_list_model_get_n_items (phases);
  g_autoptr(GHashTable) phase_group = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *phase_ids = g_new (gint64, MAX (n_phases, 1));
  GArray **groups = g_new (GArray *, n_phases + 1);
  const StoltProjectList lists[] = { STOLT_LIST_MILESTONES, STOLT_LIST_ACTIVITIES };

  guint n_items = g_list_model_get_n_items (stolt_project_get_list (project, STOLT_LIST_MILESTONES)) +
                  g_list_model_get_n_items (stolt_project_get_list (project, STOLT_LIST_ACTIVITIES));

  for (guint i = 0; i <= n_phases; i++)
    groups[i] = g_array_sized_new (FALSE, FALSE, sizeof (Entry), n_items / (n_phases + 1) + 16);
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(StoltRecord) phase = g_list_model_get_item (phases, i);

      phase_ids[i] = stolt_record_get_id (phase);
      g_hash_table_insert (phase_group, &phase_ids[i], GUINT_TO_POINTER (i + 1));
    }

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GListModel *model = stolt_project_get_list (project, lists[l]);
      guint n = g_list_model_get_n_items (model);
      gboolean milestones = lists[l] == STOLT_LIST_MILESTONES;

      for (guint i = 0; i < n; i++)
        {
          /* The entry takes the reference, and hands it on to its row */
          StoltRecord *record = g_list_model_get_item (model, i);
          Entry entry = { record, STOLT_TIMELINE_ITEM_ACTIVITY, 0, 0, i };
          gint64 phase;
          guint group;

          if (milestones)
            {
              entry.kind = STOLT_TIMELINE_ITEM_MILESTONE;
              entry.start = entry.end = stolt_record_get_date (record, self->fields.milestone_date);
              phase = stolt_record_get_ref (record, self->fields.milestone_phase);
            }
          else
            {
              read_activity_dates (self, record, &entry.start, &entry.end);
              phase = stolt_record_get_ref (record, self->fields.activity_phase);
            }
          group = GPOINTER_TO_UINT (g_hash_table_lookup (phase_group, &phase));
          group = group > 0 ? group - 1 : n_phases;
          g_array_append_val (groups[group], entry);
        }
    }

  for (guint i = 0; i <= n_phases; i++)
    g_array_sort (groups[i], compare_entries);

  *n_groups = n_phases + 1;
  return groups;
}

static void
clear_row (gpointer data)
{
  StoltTimelineRow *row = data;

  g_clear_object (&row->record);
}

/* Takes @record's reference */
static void
append_row (StoltTimelineIndex   *self,
            StoltRecord          *record,
            StoltTimelineItemKind kind,
            guint32               start,
            guint32               end,
            guint                 phase_row,
            guint                 lane)
{
  StoltTimelineRow row = { record, stolt_record_get_id (record), kind,
                           start, end, phase_row, lane };

  g_array_append_val (self->rows, row);
}

/* The phase's row spans its items' dates.  Takes the references of
 * @phase and of the entries' records. */
static void
append_group (StoltTimelineIndex *self,
              StoltRecord        *phase,
              GArray             *group,
              guint               lane)
{
  guint32 first = G_MAXUINT32, last = 0;
  guint phase_row = STOLT_TIMELINE_NO_ROW;

  for (guint i = 0; i < group->len; i++)
    {
      const Entry *entry = &g_array_index (group, Entry, i);

      if (entry->start != STOLT_DATE_NONE)
        {
          first = MIN (first, entry->start);
          last = MAX (last, entry->end);
        }
    }

  /* On paper an empty phase (GNOME Planner files bring several) is only
   * an empty row; on screen it is where the first item goes */
  if (phase != NULL && group->len == 0 && self->skip_empty_phases)
    return;

  if (phase != NULL)
    {
      phase_row = self->rows->len;
      if (first > last)
        first = last = STOLT_DATE_NONE;
      append_row (self, phase, STOLT_TIMELINE_ITEM_PHASE, first, last, phase_row, lane);
    }

  for (guint i = 0; i < group->len; i++)
    {
      const Entry *entry = &g_array_index (group, Entry, i);

      append_row (self, entry->record, entry->kind, entry->start, entry->end, phase_row, lane);
    }
}

static void
build_rows (StoltTimelineIndex *self)
{
  GListModel *phases = stolt_project_get_list (self->project, STOLT_LIST_PHASES);
  guint n_groups, n_rows;
  GArray **groups = collect_groups (self, phases, &n_groups);

  /* The rows' array is kept from one build to the next: no new pages */
  n_rows = n_groups - 1;
  for (guint i = 0; i < n_groups; i++)
    n_rows += groups[i]->len;
  if (self->rows == NULL)
    {
      self->rows = g_array_sized_new (FALSE, FALSE, sizeof (StoltTimelineRow), n_rows);
      g_array_set_clear_func (self->rows, clear_row);
    }

  for (guint i = 0; i + 1 < n_groups; i++)
    append_group (self, g_list_model_get_item (phases, i), groups[i], i);
  append_group (self, NULL, groups[n_groups - 1], n_groups - 1);

  for (guint i = 0; i < n_groups; i++)
    g_array_unref (groups[i]);
  g_free (groups);
}

/* Ids come from one counter per project, so those of the timeline's
 * items are usually close together: then an array maps them to rows,
 * else a hash table */
static void
build_lookup (StoltTimelineIndex *self)
{
  guint n = self->rows->len;
  gint64 min = G_MAXINT64, max = G_MININT64;

  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (self->rows, StoltTimelineRow, i).id;

      min = MIN (min, id);
      max = MAX (max, id);
    }

  if (n > 0 && max - min < 4 * (gint64) n + 1024)
    {
      self->min_id = min;
      self->n_ids = (gsize) (max - min + 1);
      self->row_of_id = g_new (guint, self->n_ids);
      memset (self->row_of_id, 0xff, self->n_ids * sizeof (guint));  /* STOLT_TIMELINE_NO_ROW */
      for (guint i = 0; i < n; i++)
        self->row_of_id[g_array_index (self->rows, StoltTimelineRow, i).id - min] = i;
      return;
    }

  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n; i++)
    {
      StoltTimelineRow *row = &g_array_index (self->rows, StoltTimelineRow, i);

      /* The key points into the rows, which do not move until the next build */
      g_hash_table_insert (self->by_id, &row->id, GUINT_TO_POINTER (i + 1));
    }
}

/* Rows by start date, rows of the same day in row order, undated last: a
 * stable counting sort over the project's days */
static void
sort_by_date (StoltTimelineIndex *self)
{
  guint n = self->rows->len, placed = 0;
  guint32 span = self->first_day <= self->last_day ? self->last_day - self->first_day + 1 : 0;
  g_autofree guint *count = g_new0 (guint, (gsize) span + 1);

  for (guint i = 0; i < n; i++)
    {
      guint32 start = g_array_index (self->rows, StoltTimelineRow, i).start;

      if (start != STOLT_DATE_NONE)
        count[start - self->first_day + 1]++;
    }
  for (guint32 k = 1; k <= span; k++)
    count[k] += count[k - 1];
  placed = count[span];

  for (guint i = 0; i < n; i++)
    {
      guint32 start = g_array_index (self->rows, StoltTimelineRow, i).start;

      if (start != STOLT_DATE_NONE)
        self->date_order[count[start - self->first_day]++] = i;
      else
        self->date_order[placed++] = i;
    }
}

/* Dates: the keyboard's chronological order, the range, and a tree */
static void
build_dates (StoltTimelineIndex *self)
{
  guint n = self->rows->len, n_dated = 0;
  StoltInterval *intervals = g_new (StoltInterval, MAX (n, 1));

  self->date_order = g_new (guint, MAX (n, 1));
  self->date_rank = g_new (guint, MAX (n, 1));
  self->first_day = G_MAXUINT32;
  self->last_day = 0;

  for (guint i = 0; i < n; i++)
    {
      const StoltTimelineRow *row = &g_array_index (self->rows, StoltTimelineRow, i);

      if (row->start == STOLT_DATE_NONE)
        continue;
      intervals[n_dated++] = (StoltInterval) { row->start, row->end, i, 0 };
      self->first_day = MIN (self->first_day, row->start);
      self->last_day = MAX (self->last_day, row->end);
    }

  sort_by_date (self);
  for (guint i = 0; i < n; i++)
    self->date_rank[self->date_order[i]] = i;
  self->dates = stolt_interval_tree_new_take (intervals, n_dated);
}

static void
build_links (StoltTimelineIndex *self)
{
  /* Most activities have one predecessor or none */
  guint n_guess = self->rows->len + 16;
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (StoltInterval), n_guess);
  guint n_spans;

  self->links = g_array_sized_new (FALSE, FALSE, sizeof (StoltTimelineLink), n_guess);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const StoltTimelineRow *row = &g_array_index (self->rows, StoltTimelineRow, i);
      GArray *predecessors;

      if (row->kind != STOLT_TIMELINE_ITEM_ACTIVITY)
        continue;
      predecessors = stolt_record_get_refs (row->record, self->fields.activity_predecessors);
      for (guint j = 0; predecessors != NULL && j < predecessors->len; j++)
        {
          guint from = stolt_timeline_index_find_row (self, g_array_index (predecessors, gint64, j));
          StoltTimelineLink link = { from, i };
          StoltInterval span = { MIN (from, i), MAX (from, i), self->links->len, 0 };

          if (from == STOLT_TIMELINE_NO_ROW || from == i)
            continue;
          g_array_append_val (self->links, link);
          g_array_append_val (spans, span);
        }
    }
  n_spans = spans->len;
  self->link_spans = stolt_interval_tree_new_take (
    (StoltInterval *) (void *) g_array_free (spans, FALSE), n_spans);
}

static void
clear (StoltTimelineIndex *self)
{
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->row_of_id, g_free);
  self->n_ids = 0;
  g_clear_pointer (&self->date_order, g_free);
  g_clear_pointer (&self->date_rank, g_free);
  g_clear_pointer (&self->dates, stolt_interval_tree_free);
  g_clear_pointer (&self->link_spans, stolt_interval_tree_free);
  g_clear_pointer (&self->links, g_array_unref);
  if (self->rows != NULL)
    g_array_set_size (self->rows, 0);
}

static void
read_card_range (StoltTimelineIndex *self)
{
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (self->project));

  self->card_start = stolt_record_get_date (card, self->fields.card_start);
  self->card_end = stolt_record_get_date (card, self->fields.card_end);
}

/**
 * stolt_timeline_index_rebuild:
 *
 * Reads the project again.  Rows, links and their pointers from before
 * are no longer valid; layouts made before stay usable (they copy what
 * they show).
 */
void
stolt_timeline_index_rebuild (StoltTimelineIndex *self)
{
  g_return_if_fail (self != NULL);

  clear (self);
  build_rows (self);
  build_lookup (self);
  build_dates (self);
  build_links (self);
  read_card_range (self);
}

static StoltTimelineIndex *
index_new (StoltProject *project,
           gboolean      skip_empty_phases)
{
  StoltTimelineIndex *self;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  self = g_new0 (StoltTimelineIndex, 1);
  g_ref_count_init (&self->ref_count);
  self->project = g_object_ref (project);
  self->skip_empty_phases = skip_empty_phases;
  look_up_fields (&self->fields);
  stolt_timeline_index_rebuild (self);
  return self;
}

StoltTimelineIndex *
stolt_timeline_index_new (StoltProject *project)
{
  return index_new (project, FALSE);
}

/**
 * stolt_timeline_index_new_for_export:
 *
 * Like stolt_timeline_index_new (), without a row for a phase that has
 * no milestone or activity: printed, it would be an empty row.
 */
StoltTimelineIndex *
stolt_timeline_index_new_for_export (StoltProject *project)
{
  return index_new (project, TRUE);
}

StoltTimelineIndex *
stolt_timeline_index_ref (StoltTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
stolt_timeline_index_unref (StoltTimelineIndex *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;
  clear (self);
  g_clear_pointer (&self->rows, g_array_unref);
  g_object_unref (self->project);
  g_free (self);
}

/* Keeping up with edits */

static gboolean
is_one_of (const char        *field,
           const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (field, names[i]))
      return TRUE;
  return FALSE;
}

/* Whether the index already holds @record's dates: a move changes two
 * dates before it tells anyone (stolt_project_move_dates ()), so the
 * first change rebuilds the index for both and the second finds it up to
 * date */
static gboolean
dates_indexed (StoltTimelineIndex *self,
               StoltRecord        *record)
{
  guint row = stolt_timeline_index_find_row (self, stolt_record_get_id (record));
  const StoltTimelineRow *indexed = stolt_timeline_index_get_row (self, row);
  guint32 start, end;

  if (STOLT_IS_MILESTONE (record))
    start = end = stolt_record_get_date (record, self->fields.milestone_date);
  else if (STOLT_IS_ACTIVITY (record))
    read_activity_dates (self, record, &start, &end);
  else
    return FALSE;
  return indexed->start == start && indexed->end == end;
}

/**
 * stolt_timeline_index_update:
 * @record: @field: as given by StoltProject::record-changed
 *
 * Brings the index up to date after a change to one field: a rebuild
 * when dates, phases or dependencies changed (unless an earlier rebuild
 * already read the new dates), nothing when only what is drawn (a title,
 * progress, a status) changed.
 *
 * Returns: whether the timeline looks different and must be laid out and
 *   drawn again
 */
gboolean
stolt_timeline_index_update (StoltTimelineIndex *self,
                             StoltRecord        *record,
                             const char         *field)
{
  static const char *const moving[] = { "date", "start-date", "end-date", "phase",
                                        "predecessors", NULL };
  static const char *const drawn[] = { "title", "progress", "status", NULL };
  static const char *const dates[] = { "date", "start-date", "end-date", NULL };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (STOLT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  if (STOLT_IS_PROJECT_CARD (record))
    {
      read_card_range (self);
      return is_one_of (field, moving);
    }
  if (stolt_timeline_index_find_row (self, stolt_record_get_id (record)) == STOLT_TIMELINE_NO_ROW)
    return FALSE;
  if (is_one_of (field, dates) && dates_indexed (self, record))
    return TRUE;
  if (is_one_of (field, moving))
    {
      stolt_timeline_index_rebuild (self);
      return TRUE;
    }
  return is_one_of (field, drawn);
}

/**
 * stolt_timeline_index_children_changed:
 * @owner: @list: as given by StoltProject::children-changed
 *
 * Returns: whether the change concerned the timeline (phases, milestones
 *   or activities were added, removed or moved), which rebuilt the index
 */
gboolean
stolt_timeline_index_children_changed (StoltTimelineIndex *self,
                                       StoltRecord        *owner,
                                       guint               list)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!STOLT_IS_PROJECT_CARD (owner) ||
      (list != STOLT_LIST_PHASES && list != STOLT_LIST_MILESTONES &&
       list != STOLT_LIST_ACTIVITIES))
    return FALSE;

  stolt_timeline_index_rebuild (self);
  return TRUE;
}
