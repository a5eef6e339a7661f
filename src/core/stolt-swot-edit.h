/* stolt-swot-edit.h — what a SWOT workshop does to an analysis
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compound edits of the SWOT tab, each one step on the project's
 * undo stack: quick entry, reordering within a quadrant, moving between
 * quadrants, clustering duplicates, dot voting, TOWS strategies that
 * become measures, and the matrix as text.  The widgets and the
 * benchmark call these; the model knows nothing of how they are shown.
 */

#pragma once

#include "stolt-enums.h"
#include "stolt-project.h"

G_BEGIN_DECLS

/* Items of @analysis in @quadrant that show in the matrix (not grouped
 * under another), in order; (transfer container) */
GPtrArray        *stolt_swot_quadrant_items        (StoltSwotAnalysis *analysis,
                                                    StoltQuadrant      quadrant);
/* Items grouped under @lead, in order; (transfer container) */
GPtrArray        *stolt_swot_item_members          (StoltSwotItem     *lead);
/* The votes an item shows: its own and its members' */
int               stolt_swot_item_total_votes      (StoltSwotItem     *item);

StoltSwotItem    *stolt_swot_add_item              (StoltProject      *project,
                                                    StoltSwotAnalysis *analysis,
                                                    StoltQuadrant      quadrant,
                                                    const char        *text,
                                                    GError           **error);
guint             stolt_swot_add_lines             (StoltProject      *project,
                                                    StoltSwotAnalysis *analysis,
                                                    StoltQuadrant      quadrant,
                                                    const char        *lines);
gboolean          stolt_swot_step_item             (StoltProject      *project,
                                                    StoltSwotItem     *item,
                                                    int                delta);
void              stolt_swot_place_item            (StoltProject      *project,
                                                    StoltSwotItem     *item,
                                                    StoltQuadrant      quadrant,
                                                    StoltSwotItem     *before);
gboolean          stolt_swot_cluster_items         (StoltProject      *project,
                                                    StoltSwotItem     *item,
                                                    StoltSwotItem     *lead);
gboolean          stolt_swot_ungroup_item          (StoltProject      *project,
                                                    StoltSwotItem     *lead);
void              stolt_swot_sort_quadrant         (StoltProject      *project,
                                                    StoltSwotAnalysis *analysis,
                                                    StoltQuadrant      quadrant,
                                                    const char        *field);

/* Dot voting: the room's budget is participants × dots per person; 0
 * participants or dots means no budget (-1 from dots_left) */
int               stolt_swot_votes_cast            (StoltSwotAnalysis *analysis);
int               stolt_swot_dots_left             (StoltSwotAnalysis *analysis);
gboolean          stolt_swot_vote                  (StoltProject      *project,
                                                    StoltSwotItem     *item,
                                                    int                delta);
void              stolt_swot_reset_votes           (StoltProject      *project,
                                                    StoltSwotAnalysis *analysis);

StoltSwotAnalysis *stolt_swot_add_analysis         (StoltProject      *project,
                                                    const char        *title,
                                                    guint32            date);
StoltSwotAnalysis *stolt_swot_duplicate_analysis   (StoltProject      *project,
                                                    StoltSwotAnalysis *analysis);

StoltSwotStrategy *stolt_swot_add_strategy         (StoltProject      *project,
                                                    StoltSwotAnalysis *analysis,
                                                    StoltStrategyKind  kind,
                                                    const char        *text,
                                                    StoltSwotItem     *internal,
                                                    StoltSwotItem     *external,
                                                    GError           **error);
StoltMeasure     *stolt_swot_strategy_find_measure (StoltProject      *project,
                                                    StoltSwotStrategy *strategy);
StoltMeasure     *stolt_swot_make_measure          (StoltProject      *project,
                                                    StoltSwotStrategy *strategy,
                                                    GError           **error);
void              stolt_strategy_kind_quadrants    (StoltStrategyKind  kind,
                                                    StoltQuadrant     *internal,
                                                    StoltQuadrant     *external);

char             *stolt_swot_to_text               (StoltSwotAnalysis *analysis);

G_END_DECLS
