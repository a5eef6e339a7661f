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
const char *stolt_project_card_get_title (StoltProjectCard *self);
const char *stolt_project_card_get_organisation (StoltProjectCard *self);
const char *stolt_project_card_get_owner (StoltProjectCard *self);
const char *stolt_project_card_get_leader (StoltProjectCard *self);
const char *stolt_project_card_get_mandate (StoltProjectCard *self);
const char *stolt_project_card_get_purpose (StoltProjectCard *self);
const char *stolt_project_card_get_vision (StoltProjectCard *self);
guint32 stolt_project_card_get_start_date (StoltProjectCard *self);
guint32 stolt_project_card_get_end_date (StoltProjectCard *self);
StoltCategorySet stolt_project_card_get_category_set (StoltProjectCard *self);
/* The project's own identity, a random UUID made with the card and kept
 * in the file: what exports (iCalendar UIDs) name the project by */
const char *stolt_project_card_get_uid (StoltProjectCard *self);
const char *stolt_project_card_get_slides (StoltProjectCard *self);

#define STOLT_TYPE_MEMBER (stolt_member_get_type ())
G_DECLARE_FINAL_TYPE (StoltMember, stolt_member, STOLT, MEMBER, StoltRecord)
const char *stolt_member_get_name (StoltMember *self);
const char *stolt_member_get_role (StoltMember *self);
StoltMemberGroup stolt_member_get_team (StoltMember *self);
const char *stolt_member_get_notes (StoltMember *self);

#define STOLT_TYPE_PHASE (stolt_phase_get_type ())
G_DECLARE_FINAL_TYPE (StoltPhase, stolt_phase, STOLT, PHASE, StoltRecord)
const char *stolt_phase_get_title (StoltPhase *self);
const char *stolt_phase_get_description (StoltPhase *self);

#define STOLT_TYPE_MILESTONE (stolt_milestone_get_type ())
G_DECLARE_FINAL_TYPE (StoltMilestone, stolt_milestone, STOLT, MILESTONE, StoltRecord)
const char *stolt_milestone_get_title (StoltMilestone *self);
guint32 stolt_milestone_get_date (StoltMilestone *self);
const char *stolt_milestone_get_responsible (StoltMilestone *self);
const char *stolt_milestone_get_activities (StoltMilestone *self);
gboolean stolt_milestone_get_decision (StoltMilestone *self);
StoltStatus stolt_milestone_get_status (StoltMilestone *self);
gint64 stolt_milestone_get_phase (StoltMilestone *self);
const char *stolt_milestone_get_notes (StoltMilestone *self);

#define STOLT_TYPE_ACTIVITY (stolt_activity_get_type ())
G_DECLARE_FINAL_TYPE (StoltActivity, stolt_activity, STOLT, ACTIVITY, StoltRecord)
const char *stolt_activity_get_code (StoltActivity *self);
const char *stolt_activity_get_title (StoltActivity *self);
guint32 stolt_activity_get_start_date (StoltActivity *self);
guint32 stolt_activity_get_end_date (StoltActivity *self);
const char *stolt_activity_get_responsible (StoltActivity *self);
double stolt_activity_get_hours (StoltActivity *self);
int stolt_activity_get_progress (StoltActivity *self);
gint64 stolt_activity_get_phase (StoltActivity *self);
const gint64 *stolt_activity_get_predecessors (StoltActivity *self,
                                               guint *n_ids);
const char *stolt_activity_get_notes (StoltActivity *self);

#define STOLT_TYPE_GOAL (stolt_goal_get_type ())
G_DECLARE_FINAL_TYPE (StoltGoal, stolt_goal, STOLT, GOAL, StoltRecord)
const char *stolt_goal_get_title (StoltGoal *self);
const char *stolt_goal_get_input (StoltGoal *self);
const char *stolt_goal_get_activities (StoltGoal *self);
const char *stolt_goal_get_outputs (StoltGoal *self);
const char *stolt_goal_get_effects (StoltGoal *self);
const char *stolt_goal_get_vision (StoltGoal *self);
const char *stolt_goal_get_specific (StoltGoal *self);
const char *stolt_goal_get_measurable (StoltGoal *self);
const char *stolt_goal_get_accepted (StoltGoal *self);
const char *stolt_goal_get_realistic (StoltGoal *self);
const char *stolt_goal_get_time_bound (StoltGoal *self);

#define STOLT_TYPE_MEASURE (stolt_measure_get_type ())
G_DECLARE_FINAL_TYPE (StoltMeasure, stolt_measure, STOLT, MEASURE, StoltRecord)
const char *stolt_measure_get_title (StoltMeasure *self);
StoltCategory stolt_measure_get_category (StoltMeasure *self);
const char *stolt_measure_get_responsible (StoltMeasure *self);
guint32 stolt_measure_get_deadline (StoltMeasure *self);
const char *stolt_measure_get_indicator (StoltMeasure *self);
StoltStatus stolt_measure_get_status (StoltMeasure *self);
const gint64 *stolt_measure_get_goals (StoltMeasure *self,
                                       guint *n_ids);
const gint64 *stolt_measure_get_strategies (StoltMeasure *self,
                                            guint *n_ids);
const char *stolt_measure_get_notes (StoltMeasure *self);

/* The SWOT tab; an analysis holds items (list 0) and strategies (list 1) */

#define STOLT_TYPE_SWOT_ANALYSIS (stolt_swot_analysis_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotAnalysis, stolt_swot_analysis, STOLT, SWOT_ANALYSIS, StoltRecord)
const char *stolt_swot_analysis_get_title (StoltSwotAnalysis *self);
guint32 stolt_swot_analysis_get_date (StoltSwotAnalysis *self);
const char *stolt_swot_analysis_get_notes (StoltSwotAnalysis *self);
const char *stolt_swot_analysis_get_scope (StoltSwotAnalysis *self);
int stolt_swot_analysis_get_participants (StoltSwotAnalysis *self);
int stolt_swot_analysis_get_dots_per_person (StoltSwotAnalysis *self);
gboolean stolt_swot_analysis_get_votes_revealed (StoltSwotAnalysis *self);

#define STOLT_TYPE_SWOT_ITEM (stolt_swot_item_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotItem, stolt_swot_item, STOLT, SWOT_ITEM, StoltRecord)
StoltQuadrant stolt_swot_item_get_quadrant (StoltSwotItem *self);
const char *stolt_swot_item_get_text (StoltSwotItem *self);
int stolt_swot_item_get_weight (StoltSwotItem *self);
int stolt_swot_item_get_votes (StoltSwotItem *self);
gint64 stolt_swot_item_get_cluster (StoltSwotItem *self);

#define STOLT_TYPE_SWOT_STRATEGY (stolt_swot_strategy_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotStrategy, stolt_swot_strategy, STOLT, SWOT_STRATEGY, StoltRecord)
StoltStrategyKind stolt_swot_strategy_get_kind (StoltSwotStrategy *self);
const char *stolt_swot_strategy_get_text (StoltSwotStrategy *self);
const gint64 *stolt_swot_strategy_get_items (StoltSwotStrategy *self,
                                             guint *n_ids);

/* The Values tab; a document holds values (list 0) and sections (list 1) */

#define STOLT_TYPE_VALUES_DOCUMENT (stolt_values_document_get_type ())
G_DECLARE_FINAL_TYPE (StoltValuesDocument, stolt_values_document, STOLT, VALUES_DOCUMENT, StoltRecord)
const char *stolt_values_document_get_title (StoltValuesDocument *self);
const char *stolt_values_document_get_introduction (StoltValuesDocument *self);
StoltValuesStatus stolt_values_document_get_status (StoltValuesDocument *self);
const char *stolt_values_document_get_adopted_by (StoltValuesDocument *self);
guint32 stolt_values_document_get_adopted_date (StoltValuesDocument *self);
char *stolt_values_document_dup_status_text (StoltValuesDocument *self);

#define STOLT_TYPE_VALUE (stolt_value_get_type ())
G_DECLARE_FINAL_TYPE (StoltValue, stolt_value, STOLT, VALUE, StoltRecord)
const char *stolt_value_get_name (StoltValue *self);
const char *stolt_value_get_statement (StoltValue *self);
const char *stolt_value_get_practice (StoltValue *self);
const gint64 *stolt_value_get_measures (StoltValue *self,
                                        guint *n_ids);

#define STOLT_TYPE_VALUES_SECTION (stolt_values_section_get_type ())
G_DECLARE_FINAL_TYPE (StoltValuesSection, stolt_values_section, STOLT, VALUES_SECTION, StoltRecord)
const char *stolt_values_section_get_heading (StoltValuesSection *self);
const char *stolt_values_section_get_body (StoltValuesSection *self);

/* Every record type, root first, parents before children: the order in
 * which storage creates, loads and checks tables. */
const GType *stolt_record_types (guint *n_types);

G_END_DECLS
