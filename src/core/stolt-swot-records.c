/* stolt-swot-records.c — what the SWOT tab edits
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An analysis holds its items (child list 0) and its TOWS strategies
 * (child list 1).  An item's place in its quadrant is its place among
 * the items of that quadrant in list 0.
 */

#define G_LOG_DOMAIN "stolt-records"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-model-error.h"
#include "stolt-record-fields.h"
#include "stolt-records.h"

struct _StoltSwotAnalysis
{
  StoltRecord parent_instance;

  char    *title;
  guint32  date;
  char    *notes;
  /* SWOT (issue 11): the workshop's scope line and its dot-voting round */
  char    *scope;
  int      participants;
  int      dots_per_person;
  gboolean votes_revealed;
};

G_DEFINE_FINAL_TYPE (StoltSwotAnalysis, stolt_swot_analysis, STOLT_TYPE_RECORD)

static const StoltField analysis_fields[] = {
  STOLT_TEXT (StoltSwotAnalysis, title, "title", N_("Title"), STOLT_REQUIRED),
  STOLT_DATE (StoltSwotAnalysis, date, "date", N_("Date")),
  STOLT_TEXT (StoltSwotAnalysis, notes, "notes", N_("Notes"), STOLT_MULTILINE),
  STOLT_TEXT (StoltSwotAnalysis, scope, "scope", N_("Scope"), 0),
  STOLT_INT (StoltSwotAnalysis, participants, "participants", N_("Participants"), 0, 1000),
  STOLT_INT (StoltSwotAnalysis, dots_per_person, "dots-per-person", N_("Dots per person"), 0, 100),
  STOLT_BOOLEAN (StoltSwotAnalysis, votes_revealed, "votes-revealed", N_("Votes revealed")),
};

STOLT_DEFINE_TEXT_GETTER (StoltSwotAnalysis, stolt_swot_analysis, STOLT_IS_SWOT_ANALYSIS, title)
STOLT_DEFINE_DATE_GETTER (StoltSwotAnalysis, stolt_swot_analysis, STOLT_IS_SWOT_ANALYSIS, date)
STOLT_DEFINE_TEXT_GETTER (StoltSwotAnalysis, stolt_swot_analysis, STOLT_IS_SWOT_ANALYSIS, notes)
STOLT_DEFINE_TEXT_GETTER (StoltSwotAnalysis, stolt_swot_analysis, STOLT_IS_SWOT_ANALYSIS, scope)
STOLT_DEFINE_INT_GETTER (StoltSwotAnalysis, stolt_swot_analysis, STOLT_IS_SWOT_ANALYSIS,
                         participants)
STOLT_DEFINE_INT_GETTER (StoltSwotAnalysis, stolt_swot_analysis, STOLT_IS_SWOT_ANALYSIS,
                         dots_per_person)
STOLT_DEFINE_BOOLEAN_GETTER (StoltSwotAnalysis, stolt_swot_analysis, STOLT_IS_SWOT_ANALYSIS,
                             votes_revealed)

static void
stolt_swot_analysis_class_init (StoltSwotAnalysisClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "swot_analysis";
  record_class->title_field = "title";
  record_class->add_label = N_("Add Analysis");
  record_class->remove_label = N_("Remove Analysis");
  record_class->edit_label = N_("Edit Analysis");
  record_class->move_label = N_("Move Analysis");
  record_class->child_types[0] = STOLT_TYPE_SWOT_ITEM;
  record_class->child_types[1] = STOLT_TYPE_SWOT_STRATEGY;
  record_class->n_children = 2;
  stolt_record_class_install_fields (record_class, analysis_fields,
                                     G_N_ELEMENTS (analysis_fields));
}

static void
stolt_swot_analysis_init (StoltSwotAnalysis *self)
{
}

struct _StoltSwotItem
{
  StoltRecord parent_instance;

  int   quadrant;
  char *text;
  int   weight;
  int   votes;
  /* SWOT (issue 11): the lead item this one is grouped under, or 0 */
  gint64 cluster;
};

G_DEFINE_FINAL_TYPE (StoltSwotItem, stolt_swot_item, STOLT_TYPE_RECORD)

static const StoltField item_fields[] = {
  STOLT_ENUM (StoltSwotItem, quadrant, "quadrant", N_("Quadrant"), stolt_quadrant_get_type),
  STOLT_TEXT (StoltSwotItem, text, "text", N_("Text"), STOLT_REQUIRED | STOLT_MULTILINE),
  STOLT_INT (StoltSwotItem, weight, "weight", N_("Weight"), 0, 10),
  STOLT_INT (StoltSwotItem, votes, "votes", N_("Votes"), 0, 100000),
  STOLT_REF (StoltSwotItem, cluster, "cluster", N_("Grouped under"), "swot_item"),
};

STOLT_DEFINE_ENUM_GETTER (StoltSwotItem, stolt_swot_item, STOLT_IS_SWOT_ITEM, StoltQuadrant,
                          quadrant)
STOLT_DEFINE_TEXT_GETTER (StoltSwotItem, stolt_swot_item, STOLT_IS_SWOT_ITEM, text)
STOLT_DEFINE_INT_GETTER (StoltSwotItem, stolt_swot_item, STOLT_IS_SWOT_ITEM, weight)
STOLT_DEFINE_INT_GETTER (StoltSwotItem, stolt_swot_item, STOLT_IS_SWOT_ITEM, votes)
STOLT_DEFINE_REF_GETTER (StoltSwotItem, stolt_swot_item, STOLT_IS_SWOT_ITEM, cluster)

/* An item is never grouped under itself */
static gboolean
stolt_swot_item_validate (StoltRecord      *self,
                          const StoltField *field,
                          const GValue     *value,
                          GError          **error)
{
  if (g_str_equal (field->name, "cluster") && g_value_get_int64 (value) != 0 &&
      g_value_get_int64 (value) == stolt_record_get_id (self))
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                   _("An item cannot be grouped under itself"));
      return FALSE;
    }
  return TRUE;
}

static void
stolt_swot_item_class_init (StoltSwotItemClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "swot_item";
  record_class->title_field = "text";
  record_class->add_label = N_("Add Item");
  record_class->remove_label = N_("Remove Item");
  record_class->edit_label = N_("Edit Item");
  record_class->move_label = N_("Move Item");
  record_class->validate = stolt_swot_item_validate;
  stolt_record_class_install_fields (record_class, item_fields, G_N_ELEMENTS (item_fields));
}

static void
stolt_swot_item_init (StoltSwotItem *self)
{
}

/* TOWS: a strategy combines items of two quadrants (SO, ST, WO, WT) */

struct _StoltSwotStrategy
{
  StoltRecord parent_instance;

  int     kind;
  char   *text;
  GArray *items;
};

G_DEFINE_FINAL_TYPE (StoltSwotStrategy, stolt_swot_strategy, STOLT_TYPE_RECORD)

static const StoltField strategy_fields[] = {
  STOLT_ENUM (StoltSwotStrategy, kind, "kind", N_("Kind"), stolt_strategy_kind_get_type),
  STOLT_TEXT (StoltSwotStrategy, text, "text", N_("Text"), STOLT_REQUIRED | STOLT_MULTILINE),
  STOLT_REFS (StoltSwotStrategy, items, "items", N_("Items"), "swot_item"),
};

STOLT_DEFINE_ENUM_GETTER (StoltSwotStrategy, stolt_swot_strategy, STOLT_IS_SWOT_STRATEGY,
                          StoltStrategyKind, kind)
STOLT_DEFINE_TEXT_GETTER (StoltSwotStrategy, stolt_swot_strategy, STOLT_IS_SWOT_STRATEGY, text)
STOLT_DEFINE_REFS_GETTER (StoltSwotStrategy, stolt_swot_strategy, STOLT_IS_SWOT_STRATEGY, items)

static void
stolt_swot_strategy_class_init (StoltSwotStrategyClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "swot_strategy";
  record_class->title_field = "text";
  record_class->add_label = N_("Add Strategy");
  record_class->remove_label = N_("Remove Strategy");
  record_class->edit_label = N_("Edit Strategy");
  record_class->move_label = N_("Move Strategy");
  stolt_record_class_install_fields (record_class, strategy_fields,
                                     G_N_ELEMENTS (strategy_fields));
}

static void
stolt_swot_strategy_init (StoltSwotStrategy *self)
{
}
