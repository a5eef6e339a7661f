/* stolt-swot-edit.c — what a SWOT workshop does to an analysis
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An item's place in its quadrant is its place among that quadrant's
 * items in the analysis's list 0, so reordering within a quadrant moves
 * the item in list 0 to the position of its neighbour.  An item grouped
 * under a lead (its cluster field) does not show in the matrix; the lead
 * shows the members' texts and their votes with its own.
 */

#define G_LOG_DOMAIN "stolt-swot"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-record-private.h"
#include "stolt-swot-edit.h"

static GListModel *
analysis_items (StoltSwotAnalysis *analysis)
{
  return stolt_record_get_children (STOLT_RECORD (analysis), 0);
}

static StoltSwotAnalysis *
item_analysis (StoltSwotItem *item)
{
  return STOLT_SWOT_ANALYSIS (stolt_record_get_parent (STOLT_RECORD (item)));
}

GPtrArray *
stolt_swot_quadrant_items (StoltSwotAnalysis *analysis,
                           StoltQuadrant      quadrant)
{
  GListModel *items = analysis_items (analysis);
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      StoltSwotItem *item = g_list_model_get_item (items, i);

      if (stolt_swot_item_get_quadrant (item) == quadrant && stolt_swot_item_get_cluster (item) == 0)
        g_ptr_array_add (shown, item);
      g_object_unref (item);  /* the analysis keeps it */
    }
  return shown;
}

GPtrArray *
stolt_swot_item_members (StoltSwotItem *lead)
{
  GListModel *items = analysis_items (item_analysis (lead));
  gint64 id = stolt_record_get_id (STOLT_RECORD (lead));
  GPtrArray *members = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      StoltSwotItem *item = g_list_model_get_item (items, i);

      if (stolt_swot_item_get_cluster (item) == id)
        g_ptr_array_add (members, item);
      g_object_unref (item);
    }
  return members;
}

int
stolt_swot_item_total_votes (StoltSwotItem *item)
{
  g_autoptr(GPtrArray) members = stolt_swot_item_members (item);
  int votes = stolt_swot_item_get_votes (item);

  for (guint i = 0; i < members->len; i++)
    votes += stolt_swot_item_get_votes (members->pdata[i]);
  return votes;
}

static void
init_value (StoltRecord *record,
            const char  *name,
            const GValue *value)
{
  const StoltField *field = stolt_record_find_field (record, name);

  g_return_if_fail (field != NULL);
  _stolt_record_set_value (record, field, value);
}

static void
init_text (StoltRecord *record,
           const char  *name,
           const char  *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  init_value (record, name, &value);
}

/* An INT or ENUM field */
static void
init_int (StoltRecord *record,
          const char  *name,
          int          number)
{
  const StoltField *field = stolt_record_find_field (record, name);
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->kind == STOLT_FIELD_ENUM)
    {
      g_value_init (&value, field->enum_type ());
      g_value_set_enum (&value, number);
    }
  else
    {
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, number);
    }
  init_value (record, name, &value);
}

/* A new item at the end of @quadrant, as one step "Add Item" */
StoltSwotItem *
stolt_swot_add_item (StoltProject      *project,
                     StoltSwotAnalysis *analysis,
                     StoltQuadrant      quadrant,
                     const char        *text,
                     GError           **error)
{
  g_autoptr(StoltRecord) item = g_object_new (STOLT_TYPE_SWOT_ITEM, NULL);
  const StoltField *field = stolt_record_find_field (item, "text");
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, stripped);
  if (!stolt_record_check_value (item, field, &value, error))
    return NULL;

  init_value (item, "text", &value);
  init_int (item, "quadrant", quadrant);
  if (!stolt_project_add (project, STOLT_RECORD (analysis), 0, G_MAXUINT, item, error))
    return NULL;
  return STOLT_SWOT_ITEM (item);
}

/* One item per non-blank line (pasted from notes: list marks dropped),
 * all one step; returns how many were added */
guint
stolt_swot_add_lines (StoltProject      *project,
                      StoltSwotAnalysis *analysis,
                      StoltQuadrant      quadrant,
                      const char        *lines)
{
  g_auto(GStrv) split = g_strsplit (lines, "\n", -1);
  guint added = 0;

  stolt_project_begin_group (project, _("Add Items"));
  for (guint i = 0; split[i] != NULL; i++)
    {
      char *line = g_strstrip (split[i]);

      /* "- item", "* item", "• item" as people write lists */
      if (g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "* "))
        line = g_strstrip (line + 2);
      else if (g_str_has_prefix (line, "• "))
        line = g_strstrip (line + strlen ("• "));
      if (*line != '\0' && stolt_swot_add_item (project, analysis, quadrant, line, NULL) != NULL)
        added++;
    }
  stolt_project_end_group (project);
  return added;
}

static guint
list_position (StoltSwotItem *item)
{
  guint position = 0;

  if (!g_list_store_find (G_LIST_STORE (analysis_items (item_analysis (item))), item, &position))
    g_return_val_if_reached (0);
  return position;
}

/* Alt+Up/Down: swap places with the neighbour shown above or below */
gboolean
stolt_swot_step_item (StoltProject  *project,
                      StoltSwotItem *item,
                      int            delta)
{
  g_autoptr(GPtrArray) shown = stolt_swot_quadrant_items (item_analysis (item),
                                                          stolt_swot_item_get_quadrant (item));
  guint index;
  int target;

  if (!g_ptr_array_find (shown, item, &index))
    return FALSE;
  target = (int) index + delta;
  if (target < 0 || target >= (int) shown->len)
    return FALSE;

  stolt_project_move (project, STOLT_RECORD (item), list_position (shown->pdata[target]));
  return TRUE;
}

/* Moves @item into @quadrant before @before (a shown item there), or to
 * the end; one step, and its members go with it */
void
stolt_swot_place_item (StoltProject  *project,
                       StoltSwotItem *item,
                       StoltQuadrant  quadrant,
                       StoltSwotItem *before)
{
  g_autoptr(GPtrArray) members = stolt_swot_item_members (item);
  guint from = list_position (item);
  guint to;

  if (before == item)
    return;

  if (before != NULL)
    {
      to = list_position (before);
      if (from < to)
        to--;  /* the position once the item left its own */
    }
  else
    to = G_MAXUINT;

  stolt_project_begin_group (project, _("Move Item"));
  if (stolt_swot_item_get_quadrant (item) != quadrant)
    {
      stolt_project_set_int (project, STOLT_RECORD (item), "quadrant", quadrant, NULL);
      for (guint i = 0; i < members->len; i++)
        stolt_project_set_int (project, members->pdata[i], "quadrant", quadrant, NULL);
    }
  stolt_project_move (project, STOLT_RECORD (item), to);
  stolt_project_end_group (project);
}

/* Groups @item (and whatever was grouped under it) under @lead */
gboolean
stolt_swot_cluster_items (StoltProject  *project,
                          StoltSwotItem *item,
                          StoltSwotItem *lead)
{
  g_autoptr(GPtrArray) members = NULL;
  gint64 lead_id;

  if (item == lead || stolt_swot_item_get_cluster (lead) != 0 ||
      item_analysis (item) != item_analysis (lead))
    return FALSE;

  members = stolt_swot_item_members (item);
  lead_id = stolt_record_get_id (STOLT_RECORD (lead));
  stolt_project_begin_group (project, _("Group Items"));
  for (guint i = 0; i < members->len; i++)
    stolt_project_set_ref (project, members->pdata[i], "cluster", lead_id, NULL);
  stolt_project_set_ref (project, STOLT_RECORD (item), "cluster", lead_id, NULL);
  if (stolt_swot_item_get_quadrant (item) != stolt_swot_item_get_quadrant (lead))
    stolt_project_set_int (project, STOLT_RECORD (item), "quadrant",
                           stolt_swot_item_get_quadrant (lead), NULL);
  stolt_project_end_group (project);
  return TRUE;
}

/* The members show again, each after the lead */
gboolean
stolt_swot_ungroup_item (StoltProject  *project,
                         StoltSwotItem *lead)
{
  g_autoptr(GPtrArray) members = stolt_swot_item_members (lead);

  if (members->len == 0)
    return FALSE;

  stolt_project_begin_group (project, _("Ungroup Items"));
  for (guint i = 0; i < members->len; i++)
    stolt_project_set_ref (project, members->pdata[i], "cluster", 0, NULL);
  stolt_project_end_group (project);
  return TRUE;
}

static int
compare_by_field (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  StoltSwotItem *x = *(StoltSwotItem **) a;
  StoltSwotItem *y = *(StoltSwotItem **) b;

  if (g_str_equal (user_data, "weight"))
    return stolt_swot_item_get_weight (y) - stolt_swot_item_get_weight (x);
  return stolt_swot_item_total_votes (y) - stolt_swot_item_total_votes (x);
}

/* Orders the quadrant by "votes" or "weight", most first, ties keeping
 * their order; one step */
void
stolt_swot_sort_quadrant (StoltProject      *project,
                          StoltSwotAnalysis *analysis,
                          StoltQuadrant      quadrant,
                          const char        *field)
{
  g_autoptr(GPtrArray) shown = stolt_swot_quadrant_items (analysis, quadrant);
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (shown, NULL, NULL);

  if (shown->len < 2)
    return;

  /* g_ptr_array_sort is not stable; g_qsort_with_data is */
  g_qsort_with_data (sorted->pdata, sorted->len, sizeof (gpointer), compare_by_field,
                     (gpointer) field);

  /* Each item in turn right after the one before it, the first where the
   * quadrant's first item was; the other quadrants keep their order */
  stolt_project_begin_group (project, g_str_equal (field, "weight") ? _("Sort by Weight")
                                                                    : _("Sort by Votes"));
  for (guint i = 0; i < sorted->len; i++)
    {
      guint from = list_position (sorted->pdata[i]);
      guint to = i == 0 ? list_position (shown->pdata[0]) : list_position (sorted->pdata[i - 1]);

      if (i > 0 && from > to)
        to++;
      stolt_project_move (project, sorted->pdata[i], to);
    }
  stolt_project_end_group (project);
}

int
stolt_swot_votes_cast (StoltSwotAnalysis *analysis)
{
  GListModel *items = analysis_items (analysis);
  int votes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(StoltSwotItem) item = g_list_model_get_item (items, i);

      votes += stolt_swot_item_get_votes (item);
    }
  return votes;
}

int
stolt_swot_dots_left (StoltSwotAnalysis *analysis)
{
  int budget = stolt_swot_analysis_get_participants (analysis) *
               stolt_swot_analysis_get_dots_per_person (analysis);

  if (budget == 0)
    return -1;
  return MAX (0, budget - stolt_swot_votes_cast (analysis));
}

/* One dot more or less on @item (on its lead when it is grouped); FALSE
 * when the room has no dots left or the item none to take */
gboolean
stolt_swot_vote (StoltProject  *project,
                 StoltSwotItem *item,
                 int            delta)
{
  StoltSwotAnalysis *analysis = item_analysis (item);
  gint64 lead = stolt_swot_item_get_cluster (item);
  int votes;

  if (lead != 0)
    item = STOLT_SWOT_ITEM (stolt_project_lookup (project, lead));
  votes = stolt_swot_item_get_votes (item);
  if (delta > 0 && stolt_swot_dots_left (analysis) == 0)
    return FALSE;
  if (votes + delta < 0)
    return FALSE;

  return stolt_project_set_int (project, STOLT_RECORD (item), "votes", votes + delta, NULL);
}

/* A new round: every count back to 0 and hidden again */
void
stolt_swot_reset_votes (StoltProject      *project,
                        StoltSwotAnalysis *analysis)
{
  GListModel *items = analysis_items (analysis);

  stolt_project_begin_group (project, _("Reset Votes"));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(StoltRecord) item = g_list_model_get_item (items, i);

      if (stolt_swot_item_get_votes (STOLT_SWOT_ITEM (item)) != 0)
        stolt_project_set_int (project, item, "votes", 0, NULL);
    }
  stolt_project_set_boolean (project, STOLT_RECORD (analysis), "votes-revealed", FALSE, NULL);
  stolt_project_end_group (project);
}

StoltSwotAnalysis *
stolt_swot_add_analysis (StoltProject *project,
                         const char   *title,
                         guint32       date)
{
  g_autoptr(StoltRecord) analysis = g_object_new (STOLT_TYPE_SWOT_ANALYSIS, NULL);
  g_auto(GValue) value = G_VALUE_INIT;

  init_text (analysis, "title", title);
  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, date);
  init_value (analysis, "date", &value);
  if (!stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                          STOLT_LIST_SWOT_ANALYSES, G_MAXUINT, analysis, NULL))
    return NULL;
  return STOLT_SWOT_ANALYSIS (analysis);
}

/* A fresh record of @source's type with its values, links left out */
static StoltRecord *
copy_values (StoltRecord *source)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (source);
  StoltRecord *copy = g_object_new (G_OBJECT_TYPE (source), NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (field->kind == STOLT_FIELD_REF || field->kind == STOLT_FIELD_REFS)
        continue;
      stolt_record_get_value (source, field, &value);
      _stolt_record_set_value (copy, field, &value);
    }
  return copy;
}

static gint64
mapped_id (GHashTable *ids,
           gint64      id)
{
  gpointer copy = g_hash_table_lookup (ids, &id);

  return copy != NULL ? stolt_record_get_id (copy) : 0;
}

static void
copy_children (StoltProject *project,
               StoltRecord  *source,
               StoltRecord  *copy,
               guint         list,
               GHashTable   *ids)
{
  GListModel *children = stolt_record_get_children (source, list);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(StoltRecord) child = g_list_model_get_item (children, i);
      g_autoptr(StoltRecord) child_copy = copy_values (child);
      gint64 *key = g_new (gint64, 1);

      stolt_project_add (project, copy, list, G_MAXUINT, child_copy, NULL);
      *key = stolt_record_get_id (child);
      g_hash_table_insert (ids, key, child_copy);
    }
}

/* Links inside the copy point to the copies: items' clusters, the
 * strategies' items (measures stay with the original's strategies) */
static void
relink_copies (StoltProject *project,
               StoltRecord  *source,
               GHashTable   *ids)
{
  GListModel *items = stolt_record_get_children (source, 0);
  GListModel *strategies = stolt_record_get_children (source, 1);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(StoltSwotItem) item = g_list_model_get_item (items, i);
      gint64 cluster = stolt_swot_item_get_cluster (item);
      gint64 id = stolt_record_get_id (STOLT_RECORD (item));

      if (cluster != 0)
        stolt_project_set_ref (project, g_hash_table_lookup (ids, &id), "cluster",
                               mapped_id (ids, cluster), NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(StoltSwotStrategy) strategy = g_list_model_get_item (strategies, i);
      gint64 id = stolt_record_get_id (STOLT_RECORD (strategy));
      g_autoptr(GArray) mapped = g_array_new (FALSE, FALSE, sizeof (gint64));
      const gint64 *refs;
      guint n;

      refs = stolt_swot_strategy_get_items (strategy, &n);
      for (guint k = 0; k < n; k++)
        {
          gint64 target = mapped_id (ids, refs[k]);

          if (target != 0)
            g_array_append_val (mapped, target);
        }
      if (mapped->len > 0)
        stolt_project_set_refs (project, g_hash_table_lookup (ids, &id), "items",
                                (gint64 *) mapped->data, mapped->len, NULL);
    }
}

/* A copy after the original with its items and strategies, titled
 * "… (copy)", as one step */
StoltSwotAnalysis *
stolt_swot_duplicate_analysis (StoltProject      *project,
                               StoltSwotAnalysis *analysis)
{
  g_autoptr(StoltRecord) copy = copy_values (STOLT_RECORD (analysis));
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *analyses = stolt_project_get_list (project, STOLT_LIST_SWOT_ANALYSES);
  g_autofree char *title = NULL;
  guint position = 0;

  /* Translators: the title of a duplicated SWOT analysis */
  title = g_strdup_printf (_("%s (copy)"), stolt_swot_analysis_get_title (analysis));
  init_text (copy, "title", title);
  g_list_store_find (G_LIST_STORE (analyses), analysis, &position);

  stolt_project_begin_group (project, _("Duplicate Analysis"));
  stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                     STOLT_LIST_SWOT_ANALYSES, position + 1, copy, NULL);
  copy_children (project, STOLT_RECORD (analysis), copy, 0, ids);
  copy_children (project, STOLT_RECORD (analysis), copy, 1, ids);
  relink_copies (project, STOLT_RECORD (analysis), ids);
  stolt_project_end_group (project);

  return STOLT_SWOT_ANALYSIS (copy);
}

/* SO: strengths with opportunities, ST: strengths against threats, WO:
 * weaknesses helped by opportunities, WT: weaknesses and threats */
void
stolt_strategy_kind_quadrants (StoltStrategyKind  kind,
                               StoltQuadrant     *internal,
                               StoltQuadrant     *external)
{
  *internal = kind == STOLT_STRATEGY_SO || kind == STOLT_STRATEGY_ST ? STOLT_QUADRANT_STRENGTHS
                                                                      : STOLT_QUADRANT_WEAKNESSES;
  *external = kind == STOLT_STRATEGY_SO || kind == STOLT_STRATEGY_WO ? STOLT_QUADRANT_OPPORTUNITIES
                                                                      : STOLT_QUADRANT_THREATS;
}

StoltSwotStrategy *
stolt_swot_add_strategy (StoltProject       *project,
                         StoltSwotAnalysis  *analysis,
                         StoltStrategyKind   kind,
                         const char         *text,
                         StoltSwotItem      *internal,
                         StoltSwotItem      *external,
                         GError            **error)
{
  g_autoptr(StoltRecord) strategy = g_object_new (STOLT_TYPE_SWOT_STRATEGY, NULL);
  const StoltField *field = stolt_record_find_field (strategy, "text");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean added;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, stripped);
  if (!stolt_record_check_value (strategy, field, &value, error))
    return NULL;
  init_value (strategy, "text", &value);
  init_int (strategy, "kind", kind);

  for (guint i = 0; i < 2; i++)
    {
      StoltSwotItem *item = i == 0 ? internal : external;
      gint64 id = item != NULL ? stolt_record_get_id (STOLT_RECORD (item)) : 0;

      if (id != 0)
        g_array_append_val (ids, id);
    }

  stolt_project_begin_group (project, _("Add Strategy"));
  added = stolt_project_add (project, STOLT_RECORD (analysis), 1, G_MAXUINT, strategy, error);
  if (added && ids->len > 0)
    added = stolt_project_set_refs (project, strategy, "items", (gint64 *) ids->data, ids->len,
                                    error);
  stolt_project_end_group (project);

  return added ? STOLT_SWOT_STRATEGY (strategy) : NULL;
}

/* The first measure of the action programme that names @strategy */
StoltMeasure *
stolt_swot_strategy_find_measure (StoltProject      *project,
                                  StoltSwotStrategy *strategy)
{
  GListModel *measures = stolt_project_get_list (project, STOLT_LIST_MEASURES);
  gint64 id = stolt_record_get_id (STOLT_RECORD (strategy));

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(StoltMeasure) measure = g_list_model_get_item (measures, i);
      const gint64 *refs;
      guint n;

      refs = stolt_measure_get_strategies (measure, &n);
      for (guint k = 0; k < n; k++)
        if (refs[k] == id)
          return measure;
    }
  return NULL;
}

/* A measure titled as the strategy, linked to it, at the end of the
 * action programme: one step "Make Measure" */
StoltMeasure *
stolt_swot_make_measure (StoltProject       *project,
                         StoltSwotStrategy  *strategy,
                         GError            **error)
{
  g_autoptr(StoltRecord) measure = g_object_new (STOLT_TYPE_MEASURE, NULL);
  gint64 id = stolt_record_get_id (STOLT_RECORD (strategy));
  gboolean added;

  init_text (measure, "title", stolt_swot_strategy_get_text (strategy));
  stolt_project_begin_group (project, _("Make Measure"));
  added = stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                             STOLT_LIST_MEASURES, G_MAXUINT, measure, error) &&
          stolt_project_set_refs (project, measure, "strategies", &id, 1, error);
  stolt_project_end_group (project);

  return added ? STOLT_MEASURE (measure) : NULL;
}

static void
append_quadrant (GString           *out,
                 StoltSwotAnalysis *analysis,
                 StoltQuadrant      quadrant)
{
  g_autoptr(GPtrArray) shown = stolt_swot_quadrant_items (analysis, quadrant);
  gboolean revealed = stolt_swot_analysis_get_votes_revealed (analysis);

  g_string_append_printf (out, "\n%s\n", stolt_enum_get_label (STOLT_TYPE_QUADRANT, quadrant));
  for (guint i = 0; i < shown->len; i++)
    {
      g_autoptr(GPtrArray) members = stolt_swot_item_members (shown->pdata[i]);
      int votes = stolt_swot_item_total_votes (shown->pdata[i]);

      g_string_append_printf (out, "- %s", stolt_swot_item_get_text (shown->pdata[i]));
      if (revealed && votes > 0)
        /* Translators: after an item in the copied SWOT matrix */
        g_string_append_printf (out, ngettext (" (%d vote)", " (%d votes)", votes), votes);
      g_string_append_c (out, '\n');
      for (guint k = 0; k < members->len; k++)
        g_string_append_printf (out, "  - %s\n", stolt_swot_item_get_text (members->pdata[k]));
    }
}

/* The matrix as plain text for an e-mail: title, scope, the quadrants
 * as lists (grouped items indented), then the strategies */
char *
stolt_swot_to_text (StoltSwotAnalysis *analysis)
{
  GListModel *strategies = stolt_record_get_children (STOLT_RECORD (analysis), 1);
  GString *out = g_string_new (stolt_swot_analysis_get_title (analysis));
  const char *scope = stolt_swot_analysis_get_scope (analysis);

  g_string_append_c (out, '\n');
  if (*scope != '\0')
    g_string_append_printf (out, "%s\n", scope);
  for (int q = STOLT_QUADRANT_STRENGTHS; q <= STOLT_QUADRANT_THREATS; q++)
    append_quadrant (out, analysis, q);

  if (g_list_model_get_n_items (strategies) > 0)
    g_string_append_printf (out, "\n%s\n", _("Strategies"));
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(StoltSwotStrategy) strategy = g_list_model_get_item (strategies, i);

      /* The TOWS codes are the same in every language */
      static const char *const codes[] = { "SO", "ST", "WO", "WT" };

      g_string_append_printf (out, "- %s: %s\n", codes[stolt_swot_strategy_get_kind (strategy) & 3],
                              stolt_swot_strategy_get_text (strategy));
    }
  return g_string_free (out, FALSE);
}
