/* stolt-csv-match.c — rows of a CSV import already in the project
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row is a record of the project when both are milestones or both
 * activities, their titles are the same as keys (stolt_csv_match_key ())
 * and so are their dates: a milestone's date; an activity's start, or
 * its end when it has no start (a row whose file has neither date column
 * matches on the title alone).  Each record is matched by one row at
 * most, the first in the file; of several records alike, rows take them
 * in the project's order, so that twins come back as twins.
 *
 * Comparing is written once for both jobs: without phases it only says
 * whether the row differs from its record; with them it also sets what
 * differs.  Only the columns the file has are compared, in the form the
 * export writes and the import reads them (text without control
 * characters, one kind of line break, one-line texts without spaces at
 * the ends; hours to ten digits), so that a file exported from the
 * project matches it exactly.
 */

#define G_LOG_DOMAIN "stolt-csv-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "stolt-csv-match.h"
#include "stolt-csv-parse.h"
#include "stolt-date.h"
#include "stolt-format.h"

/**
 * stolt_csv_match_key:
 *
 * Returns: (transfer full): @title as a key to find a record by: without
 *   the characters an export drops, compatibility-composed (NFKC), case
 *   folded, each run of white space one space, none at the ends
 */
static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

char *
stolt_csv_match_key (const char *title)
{
  g_autofree char *clean = stolt_format_clean_text (title);
  g_autofree char *composed = g_utf8_normalize (clean, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (composed, -1);
  /* Folding may undo the composition ("ǰ" folds to j and a combining caron) */
  g_autofree char *normal = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);

  return stolt_csv_collapse_runs (normal, is_space);
}

/* Finding */

static char *
kind_key (gboolean    milestone,
          const char *title)
{
  g_autofree char *key = stolt_csv_match_key (title);

  return g_strconcat (milestone ? "M " : "A ", key, NULL);
}

/* A milestone's date; an activity's start, or its end without one */
static guint32
record_date (StoltRecord *record)
{
  guint32 start;

  if (STOLT_IS_MILESTONE (record))
    return stolt_milestone_get_date (STOLT_MILESTONE (record));
  start = stolt_activity_get_start_date (STOLT_ACTIVITY (record));
  return start != STOLT_DATE_NONE ? start : stolt_activity_get_end_date (STOLT_ACTIVITY (record));
}

static guint32
item_date (StoltCsvItem *item)
{
  /* A milestone's one date is read into end (stolt-csv-rows.c) */
  if (item->milestone)
    return item->end;
  return item->start != STOLT_DATE_NONE ? item->start : item->end;
}

static gboolean
item_has_dates (StoltCsvItem *item)
{
  return item->cells[STOLT_CSV_COLUMN_START] != NULL || item->cells[STOLT_CSV_COLUMN_END] != NULL;
}

/* Key → GPtrArray of the project's records of that kind and title */
static void
add_candidates (GHashTable       *candidates,
                StoltProject     *project,
                StoltProjectList  list)
{
  GListModel *records = stolt_project_get_list (project, list);
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (records, i);
      g_autofree char *key = kind_key (list == STOLT_LIST_MILESTONES, stolt_record_get_title (record));
      GPtrArray *alike = g_hash_table_lookup (candidates, key);

      if (alike == NULL)
        {
          alike = g_ptr_array_new ();
          g_hash_table_insert (candidates, g_steal_pointer (&key), alike);
        }
      /* Borrowed: the project keeps it */
      g_ptr_array_add (alike, record);
    }
}

static StoltRecord *
find_match (StoltCsvItem *item,
            GHashTable   *candidates,
            GHashTable   *taken)
{
  g_autofree char *key = kind_key (item->milestone, stolt_csv_item_cell (item, STOLT_CSV_COLUMN_TITLE));
  GPtrArray *alike = g_hash_table_lookup (candidates, key);

  for (guint i = 0; alike != NULL && i < alike->len; i++)
    {
      StoltRecord *record = alike->pdata[i];

      if (g_hash_table_contains (taken, record))
        continue;
      if (!item_has_dates (item) || item_date (item) == record_date (record))
        {
          g_hash_table_add (taken, record);
          return record;
        }
    }
  return NULL;
}

/**
 * stolt_csv_match_items:
 * @items: (element-type StoltCsvItem): the rows, read and their links
 *   checked (stolt_csv_items_check_links ())
 *
 * Sets the match of each good row that is a record of @project, and
 * whether the row differs from it.  Changes nothing in @project.
 */
void
stolt_csv_match_items (GPtrArray    *items,
                       StoltProject *project)
{
  g_autoptr(GHashTable) candidates =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

  add_candidates (candidates, project, STOLT_LIST_MILESTONES);
  add_candidates (candidates, project, STOLT_LIST_ACTIVITIES);

  for (guint i = 0; i < items->len; i++)
    {
      StoltCsvItem *item = items->pdata[i];
      StoltRecord *record;

      g_clear_object (&item->match);
      item->changed = FALSE;
      if (item->error != NULL)
        continue;
      record = find_match (item, candidates, taken);
      if (record != NULL)
        item->match = g_object_ref (record);
    }

  /* After all the matches: a predecessor may be a row further down */
  for (guint i = 0; i < items->len; i++)
    {
      StoltCsvItem *item = items->pdata[i];
      gboolean fields = FALSE, links = FALSE;

      if (item->match == NULL)
        continue;
      stolt_csv_item_sync_fields (project, item, NULL, &fields, NULL);
      stolt_csv_item_sync_links (project, item, FALSE, &links, NULL);
      item->changed = fields || links;
    }
}

/* Phases, by their titles as keys (stolt_csv_parse_key ()) */

/* Returns: (transfer full): key → the project's first phase of that title */
GHashTable *
stolt_csv_phases_new (StoltProject *project)
{
  GHashTable *phases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list = stolt_project_get_list (project, STOLT_LIST_PHASES);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) phase = g_list_model_get_item (list, i);
      g_autofree char *key = stolt_csv_parse_key (stolt_record_get_title (phase));

      /* The first phase of a title, as for predecessors */
      if (*key != '\0' && !g_hash_table_contains (phases, key))
        g_hash_table_insert (phases, g_steal_pointer (&key), phase);
    }
  return phases;
}

/* Returns: the id of the phase titled @title, made and added to @phases
 *   if the project has none; 0 for no title; -1 on error */
gint64
stolt_csv_phase_for (StoltProject  *project,
                     GHashTable    *phases,
                     const char    *title,
                     GError       **error)
{
  g_autofree char *key = stolt_csv_parse_key (title);
  g_autoptr(StoltRecord) phase = NULL;
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));

  if (*key == '\0')
    return 0;
  if (g_hash_table_lookup (phases, key) != NULL)
    return stolt_record_get_id (g_hash_table_lookup (phases, key));

  phase = g_object_new (STOLT_TYPE_PHASE, NULL);
  if (!stolt_project_add (project, card, STOLT_LIST_PHASES, G_MAXUINT, phase, error) ||
      !stolt_project_set_text (project, phase, "title", title, error))
    return -1;
  g_hash_table_insert (phases, g_steal_pointer (&key), phase);
  return stolt_record_get_id (phase);
}

/* Comparing, and setting */

typedef struct
{
  StoltProject  *project;
  StoltCsvItem  *item;
  StoltRecord   *record;
  GHashTable    *phases;   /* NULL: compare only */
  gboolean       changed;
  GError       **error;
} Sync;

static gboolean
in_file (Sync           *sync,
         StoltCsvColumn  column)
{
  return sync->item->cells[column] != NULL;
}

/* What the export writes of @text and the import reads back */
static char *
comparable_text (const char *text,
                 gboolean    keeps_spaces)
{
  g_autofree char *clean = stolt_format_clean_text (text);
  GString *out = g_string_sized_new (strlen (clean));

  for (const char *p = clean; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n')
        continue;
      g_string_append_c (out, *p == '\r' ? '\n' : *p);
    }
  if (!keeps_spaces)
    g_strstrip (out->str);
  return g_string_free (out, FALSE);
}

static void
differs (Sync *sync)
{
  sync->changed = TRUE;
}

static gboolean
sync_text (Sync           *sync,
           const char     *name,
           StoltCsvColumn  column)
{
  const StoltField *field = stolt_record_find_field (sync->record, name);
  gboolean keeps_spaces = column == STOLT_CSV_COLUMN_NOTES || column == STOLT_CSV_COLUMN_ACTIVITIES;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;

  if (!in_file (sync, column))
    return TRUE;
  ours = comparable_text (sync->item->cells[column], keeps_spaces);
  theirs = comparable_text (stolt_record_get_text (sync->record, field), keeps_spaces);
  if (strcmp (ours, theirs) == 0)
    return TRUE;

  differs (sync);
  return sync->phases == NULL ||
         stolt_project_set_text (sync->project, sync->record, name, sync->item->cells[column],
                                 sync->error);
}

static gboolean
sync_date (Sync       *sync,
           const char *name,
           gboolean    given,
           guint32     date)
{
  const StoltField *field = stolt_record_find_field (sync->record, name);

  if (!given || stolt_record_get_date (sync->record, field) == date)
    return TRUE;

  differs (sync);
  return sync->phases == NULL ||
         stolt_project_set_date (sync->project, sync->record, name, date, sync->error);
}

static gboolean
sync_int (Sync           *sync,
          const char     *name,
          StoltCsvColumn  column,
          int             value)
{
  const StoltField *field = stolt_record_find_field (sync->record, name);

  if (!in_file (sync, column) || stolt_record_get_int (sync->record, field) == value)
    return TRUE;

  differs (sync);
  return sync->phases == NULL ||
         stolt_project_set_int (sync->project, sync->record, name, value, sync->error);
}

static gboolean
sync_decision (Sync *sync)
{
  StoltMilestone *milestone = STOLT_MILESTONE (sync->record);

  if (!in_file (sync, STOLT_CSV_COLUMN_DECISION) ||
      (!stolt_milestone_get_decision (milestone)) == (!sync->item->decision))
    return TRUE;

  differs (sync);
  return sync->phases == NULL ||
         stolt_project_set_boolean (sync->project, sync->record, "decision",
                                    sync->item->decision, sync->error);
}

/* The export writes hours with ten significant digits */
static gboolean
sync_hours (Sync *sync)
{
  double hours = stolt_activity_get_hours (STOLT_ACTIVITY (sync->record));

  if (!in_file (sync, STOLT_CSV_COLUMN_HOURS) ||
      fabs (hours - sync->item->hours) <= 1e-9 * MAX (1.0, fabs (hours)))
    return TRUE;

  differs (sync);
  return sync->phases == NULL ||
         stolt_project_set_double (sync->project, sync->record, "hours", sync->item->hours,
                                   sync->error);
}

static gboolean
sync_phase (Sync *sync)
{
  const char *title = stolt_csv_item_cell (sync->item, STOLT_CSV_COLUMN_PHASE);
  const StoltField *field = stolt_record_find_field (sync->record, "phase");
  gint64 id = stolt_record_get_ref (sync->record, field);
  StoltRecord *phase = id != 0 ? stolt_project_lookup (sync->project, id) : NULL;
  g_autofree char *ours = stolt_csv_parse_key (title);
  g_autofree char *theirs = stolt_csv_parse_key (phase != NULL ? stolt_record_get_title (phase) : "");

  if (!in_file (sync, STOLT_CSV_COLUMN_PHASE) || strcmp (ours, theirs) == 0)
    return TRUE;

  differs (sync);
  if (sync->phases == NULL)
    return TRUE;
  id = stolt_csv_phase_for (sync->project, sync->phases, title, sync->error);
  return id >= 0 && stolt_project_set_ref (sync->project, sync->record, "phase", id, sync->error);
}

/* Start and end in an order the model takes: never an end before the start */
static gboolean
sync_activity_dates (Sync *sync)
{
  StoltActivity *activity = STOLT_ACTIVITY (sync->record);
  gboolean start = in_file (sync, STOLT_CSV_COLUMN_START);
  gboolean end = in_file (sync, STOLT_CSV_COLUMN_END);
  guint32 old_end = stolt_activity_get_end_date (activity);

  if (sync->item->start != STOLT_DATE_NONE && old_end != STOLT_DATE_NONE &&
      sync->item->start > old_end)
    return sync_date (sync, "end-date", end, sync->item->end) &&
           sync_date (sync, "start-date", start, sync->item->start);
  return sync_date (sync, "start-date", start, sync->item->start) &&
         sync_date (sync, "end-date", end, sync->item->end);
}

/**
 * stolt_csv_item_sync_fields:
 * @item: a row with a match
 * @phases: (nullable): from stolt_csv_phases_new (), to set what
 *   differs on the match; %NULL to compare only
 * @changed: (out): whether a value of the row differs from its match
 *
 * Everything but the title (the same as a key) and the predecessors
 * (stolt_csv_item_sync_links ()).
 *
 * Returns: %FALSE if the model refused a value
 */
gboolean
stolt_csv_item_sync_fields (StoltProject  *project,
                            StoltCsvItem  *item,
                            GHashTable    *phases,
                            gboolean      *changed,
                            GError       **error)
{
  Sync sync = { project, item, item->match, phases, FALSE, error };
  gboolean ok;

  g_return_val_if_fail (item->match != NULL, FALSE);

  if (item->milestone)
    ok = sync_date (&sync, "date", item_has_dates (item), item->end) &&
         sync_text (&sync, "responsible", STOLT_CSV_COLUMN_RESPONSIBLE) &&
         sync_text (&sync, "activities", STOLT_CSV_COLUMN_ACTIVITIES) &&
         sync_decision (&sync) &&
         sync_int (&sync, "status", STOLT_CSV_COLUMN_STATUS, item->status) &&
         sync_text (&sync, "notes", STOLT_CSV_COLUMN_NOTES) &&
         sync_phase (&sync);
  else
    ok = sync_text (&sync, "code", STOLT_CSV_COLUMN_CODE) &&
         sync_activity_dates (&sync) &&
         sync_text (&sync, "responsible", STOLT_CSV_COLUMN_RESPONSIBLE) &&
         sync_hours (&sync) &&
         sync_int (&sync, "progress", STOLT_CSV_COLUMN_PROGRESS, item->progress) &&
         sync_text (&sync, "notes", STOLT_CSV_COLUMN_NOTES) &&
         sync_phase (&sync);

  *changed = sync.changed;
  return ok;
}

/* The record a row names as a predecessor is: the one made for it, the
 * one it matches, or 0 while it is only a new row */
static gint64
target_id (StoltCsvTarget *target)
{
  if (target->item == NULL)
    return target->id;
  if (target->item->record != NULL)
    return stolt_record_get_id (target->item->record);
  return target->item->match != NULL ? stolt_record_get_id (target->item->match) : 0;
}

/* The row's predecessors, each once, in the order of the cell */
static GArray *
wanted_ids (StoltCsvItem *item)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < item->predecessors->len; i++)
    {
      gint64 id = target_id (&g_array_index (item->predecessors, StoltCsvTarget, i));
      gboolean seen = FALSE;

      for (guint j = 0; j < ids->len; j++)
        seen |= g_array_index (ids, gint64, j) == id;
      if (!seen)
        g_array_append_val (ids, id);
    }
  return ids;
}

static gboolean
same_ids (GArray       *wanted,
          const gint64 *ids,
          guint         n_ids)
{
  if (wanted->len != n_ids)
    return FALSE;
  for (guint i = 0; i < wanted->len; i++)
    {
      gint64 id = g_array_index (wanted, gint64, i);
      gboolean found = FALSE;

      for (guint j = 0; j < n_ids && !found; j++)
        found = ids[j] == id;
      if (id == 0 || !found)
        return FALSE;
    }
  return TRUE;
}

/**
 * stolt_csv_item_sync_links:
 * @item: a row with a match, the rows it follows added (when @apply)
 * @apply: set the predecessors when they differ
 * @changed: (out): whether they differ
 *
 * Returns: %FALSE if the model refused them (a circle through the
 *   project's own links)
 */
gboolean
stolt_csv_item_sync_links (StoltProject  *project,
                           StoltCsvItem  *item,
                           gboolean       apply,
                           gboolean      *changed,
                           GError       **error)
{
  g_autoptr(GArray) wanted = NULL;
  const gint64 *ids;
  guint n_ids = 0;

  g_return_val_if_fail (item->match != NULL, FALSE);

  *changed = FALSE;
  if (item->milestone || item->cells[STOLT_CSV_COLUMN_PREDECESSORS] == NULL)
    return TRUE;

  wanted = wanted_ids (item);
  ids = stolt_activity_get_predecessors (STOLT_ACTIVITY (item->match), &n_ids);
  if (same_ids (wanted, ids, n_ids))
    return TRUE;

  *changed = TRUE;
  return !apply || stolt_project_set_refs (project, item->match, "predecessors",
                                           (const gint64 *) wanted->data, wanted->len, error);
}
