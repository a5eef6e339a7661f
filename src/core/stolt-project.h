/* stolt-project.h — one open Stolt document: its records and its undo stack
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project card is the root record; every other record hangs below it
 * in a child list (see StoltProjectList).  Views read the lists and the
 * records' properties; they change them only through the functions below,
 * each of which is one step on the undo stack.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-record.h"
#include "stolt-records.h"
#include "stolt-undo-stack.h"

G_BEGIN_DECLS

/* The child lists of the project card, in this order */
typedef enum
{
  STOLT_LIST_MEMBERS = 0,
  STOLT_LIST_PHASES,
  STOLT_LIST_MILESTONES,
  STOLT_LIST_ACTIVITIES,
  STOLT_LIST_GOALS,
  STOLT_LIST_MEASURES,
  STOLT_LIST_SWOT_ANALYSES,
  STOLT_LIST_VALUES_DOCUMENTS,
  STOLT_N_LISTS
} StoltProjectList;

#define STOLT_TYPE_PROJECT (stolt_project_get_type ())
G_DECLARE_FINAL_TYPE (StoltProject, stolt_project, STOLT, PROJECT, GObject)

StoltProject     *stolt_project_new            (void);
StoltProject     *stolt_project_new_for_card   (StoltProjectCard *card,
                                                GError          **error);

StoltProjectCard *stolt_project_get_card       (StoltProject     *self);
GListModel       *stolt_project_get_list       (StoltProject     *self,
                                                StoltProjectList  list);
StoltUndoStack   *stolt_project_get_undo_stack (StoltProject     *self);
StoltRecord      *stolt_project_lookup         (StoltProject     *self,
                                                gint64            id);
guint             stolt_project_get_n_records  (StoltProject     *self);
void              stolt_project_foreach        (StoltProject     *self,
                                                GFunc             func,
                                                gpointer          user_data);

/* Editing: each call is one undoable step (or part of an open group) */
gboolean          stolt_project_set            (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                const GValue     *value,
                                                GError          **error);
gboolean          stolt_project_set_text       (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                const char       *text,
                                                GError          **error);
gboolean          stolt_project_set_date       (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                guint32           julian,
                                                GError          **error);
gboolean          stolt_project_set_int        (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                int               number,
                                                GError          **error);
gboolean          stolt_project_set_double     (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                double            number,
                                                GError          **error);
gboolean          stolt_project_set_boolean    (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                gboolean          flag,
                                                GError          **error);
gboolean          stolt_project_set_ref        (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                gint64            id,
                                                GError          **error);
gboolean          stolt_project_set_refs       (StoltProject     *self,
                                                StoltRecord      *record,
                                                const char       *field,
                                                const gint64     *ids,
                                                guint             n_ids,
                                                GError          **error);

gboolean          stolt_project_add            (StoltProject     *self,
                                                StoltRecord      *owner,
                                                guint             list,
                                                guint             position,
                                                StoltRecord      *record,
                                                GError          **error);
void              stolt_project_remove         (StoltProject     *self,
                                                StoltRecord      *record);
void              stolt_project_move           (StoltProject     *self,
                                                StoltRecord      *record,
                                                guint             position);

/* What moving an item's dates moves: both ends, or one (a resize) */
typedef enum
{
  STOLT_DATE_EDGE_BOTH,
  STOLT_DATE_EDGE_START,
  STOLT_DATE_EDGE_END,
} StoltDateEdge;

gboolean          stolt_project_move_dates     (StoltProject     *self,
                                                StoltRecord      *record,
                                                int               days,
                                                StoltDateEdge     edge,
                                                GError          **error);

void              stolt_project_begin_group    (StoltProject     *self,
                                                const char       *label);
void              stolt_project_end_group      (StoltProject     *self);

gboolean          stolt_project_check          (StoltProject     *self,
                                                GError          **error);
void              stolt_project_reset_history  (StoltProject     *self);

G_END_DECLS
