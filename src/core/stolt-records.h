/* stolt-records.h — the kinds of record a project holds
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each type's fields are listed in its class_init (stolt-plan-records.c,
 * stolt-swot-records.c, stolt-values-records.c); read them there.
 */

#pragma once

#include "stolt-record.h"
#include "stolt-enums.h"
#include "stolt-enum-types.h"

G_BEGIN_DECLS

/* The Plan tab */
#define STOLT_TYPE_PROJECT_CARD (stolt_project_card_get_type ())
G_DECLARE_FINAL_TYPE (StoltProjectCard, stolt_project_card, STOLT, PROJECT_CARD, StoltRecord)
/* The project's own identity, a random UUID made with the card and kept
 * in the file: what exports (iCalendar UIDs) name the project by */
const char *stolt_project_card_get_uid (StoltProjectCard *self);
#define STOLT_TYPE_MEMBER (stolt_member_get_type ())
G_DECLARE_FINAL_TYPE (StoltMember, stolt_member, STOLT, MEMBER, StoltRecord)
#define STOLT_TYPE_PHASE (stolt_phase_get_type ())
G_DECLARE_FINAL_TYPE (StoltPhase, stolt_phase, STOLT, PHASE, StoltRecord)
#define STOLT_TYPE_MILESTONE (stolt_milestone_get_type ())
G_DECLARE_FINAL_TYPE (StoltMilestone, stolt_milestone, STOLT, MILESTONE, StoltRecord)
#define STOLT_TYPE_ACTIVITY (stolt_activity_get_type ())
G_DECLARE_FINAL_TYPE (StoltActivity, stolt_activity, STOLT, ACTIVITY, StoltRecord)
#define STOLT_TYPE_GOAL (stolt_goal_get_type ())
G_DECLARE_FINAL_TYPE (StoltGoal, stolt_goal, STOLT, GOAL, StoltRecord)
#define STOLT_TYPE_MEASURE (stolt_measure_get_type ())
G_DECLARE_FINAL_TYPE (StoltMeasure, stolt_measure, STOLT, MEASURE, StoltRecord)

/* The SWOT tab; an analysis holds items (list 0) and strategies (list 1) */
#define STOLT_TYPE_SWOT_ANALYSIS (stolt_swot_analysis_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotAnalysis, stolt_swot_analysis, STOLT, SWOT_ANALYSIS, StoltRecord)
#define STOLT_TYPE_SWOT_ITEM (stolt_swot_item_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotItem, stolt_swot_item, STOLT, SWOT_ITEM, StoltRecord)
#define STOLT_TYPE_SWOT_STRATEGY (stolt_swot_strategy_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotStrategy, stolt_swot_strategy, STOLT, SWOT_STRATEGY, StoltRecord)

/* The Values tab; a document holds values (list 0) and sections (list 1) */
#define STOLT_TYPE_VALUES_DOCUMENT (stolt_values_document_get_type ())
G_DECLARE_FINAL_TYPE (StoltValuesDocument, stolt_values_document, STOLT, VALUES_DOCUMENT, StoltRecord)
#define STOLT_TYPE_VALUE (stolt_value_get_type ())
G_DECLARE_FINAL_TYPE (StoltValue, stolt_value, STOLT, VALUE, StoltRecord)
#define STOLT_TYPE_VALUES_SECTION (stolt_values_section_get_type ())
G_DECLARE_FINAL_TYPE (StoltValuesSection, stolt_values_section, STOLT, VALUES_SECTION, StoltRecord)

/* Every record type, root first, parents before children: the order in
 * which storage creates, loads and checks tables. */
const GType *stolt_record_types (guint *n_types);

G_END_DECLS
