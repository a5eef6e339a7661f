/* stolt-plan-records.c — what the Plan tab edits
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Field names are also column names in project files: renaming one needs
 * a schema migration.
 */

#define G_LOG_DOMAIN "stolt-records"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-model-error.h"
#include "stolt-record-fields.h"
#include "stolt-records.h"
#include "stolt-slides.h"

/* A record whose end-date may not come before its start-date */
gboolean
stolt_record_validate_date_order (StoltRecord      *self,
                                  const StoltField *field,
                                  const GValue     *value,
                                  GError          **error)
{
  const StoltField *other;
  guint32 start, end;

  if (strcmp (field->name, "start-date") == 0)
    {
      other = stolt_record_find_field (self, "end-date");
      start = g_value_get_uint (value);
      end = stolt_record_get_date (self, other);
    }
  else if (strcmp (field->name, "end-date") == 0)
    {
      other = stolt_record_find_field (self, "start-date");
      start = stolt_record_get_date (self, other);
      end = g_value_get_uint (value);
    }
  else
    return TRUE;

  if (start != 0 && end != 0 && end < start)
    {
      g_set_error_literal (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_ORDER,
                           _("The end date comes before the start date"));
      return FALSE;
    }

  return TRUE;
}

/* The project card: the root record */

struct _StoltProjectCard
{
  StoltRecord parent_instance;

  char   *title;
  char   *organisation;
  char   *owner;
  char   *leader;
  char   *mandate;
  char   *purpose;
  char   *vision;
  guint32 start_date;
  guint32 end_date;
  int     category_set;
  char   *uid;
  char   *slides;
};

G_DEFINE_FINAL_TYPE (StoltProjectCard, stolt_project_card, STOLT_TYPE_RECORD)

static const StoltField card_fields[] = {
  STOLT_TEXT (StoltProjectCard, title, "title", N_("Title"), 0),
  STOLT_TEXT (StoltProjectCard, organisation, "organisation", N_("Organisation"), 0),
  STOLT_TEXT (StoltProjectCard, owner, "owner", N_("Project owner"), 0),
  STOLT_TEXT (StoltProjectCard, leader, "leader", N_("Project leader"), 0),
  STOLT_TEXT (StoltProjectCard, mandate, "mandate", N_("Mandate"), STOLT_MULTILINE),
  STOLT_TEXT (StoltProjectCard, purpose, "purpose", N_("Purpose"), STOLT_MULTILINE),
  STOLT_TEXT (StoltProjectCard, vision, "vision", N_("Vision"), STOLT_MULTILINE),
  STOLT_DATE (StoltProjectCard, start_date, "start-date", N_("Start date")),
  STOLT_DATE (StoltProjectCard, end_date, "end-date", N_("End date")),
  STOLT_ENUM (StoltProjectCard, category_set, "category-set", N_("Measure categories"),
              stolt_category_set_get_type),
  /* Last: schema version 2 added it as the table's last column */
  STOLT_TEXT (StoltProjectCard, uid, "uid", N_("Identifier"), STOLT_INTERNAL),
  /* Schema version 4 added it after uid.  Changed only by stolt-slides.c */
  STOLT_TEXT (StoltProjectCard, slides, "slides", N_("Slides"), STOLT_INTERNAL),
};

STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, title)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, organisation)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, owner)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, leader)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, mandate)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, purpose)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, vision)
STOLT_DEFINE_DATE_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, start_date)
STOLT_DEFINE_DATE_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, end_date)
STOLT_DEFINE_ENUM_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD,
                          StoltCategorySet, category_set)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, uid)
STOLT_DEFINE_TEXT_GETTER (StoltProjectCard, stolt_project_card, STOLT_IS_PROJECT_CARD, slides)

/* The uid must be a UUID and the slides a list of slide keys: a loaded
 * file may hold anything */
static gboolean
stolt_project_card_validate (StoltRecord      *self,
                             const StoltField *field,
                             const GValue     *value,
                             GError          **error)
{
  if (strcmp (field->name, "slides") == 0)
    return stolt_slides_check_text (g_value_get_string (value), error);
  if (strcmp (field->name, "uid") == 0)
    {
      const char *uid = g_value_get_string (value);

      if (uid == NULL || !g_uuid_string_is_valid (uid))
        {
          g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_TEXT,
                       _("%s is not valid"), _(field->label));
          return FALSE;
        }
      return TRUE;
    }

  return stolt_record_validate_date_order (self, field, value, error);
}

static void
stolt_project_card_class_init (StoltProjectCardClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "project";
  record_class->title_field = "title";
  record_class->edit_label = N_("Edit Project");
  record_class->validate = stolt_project_card_validate;
  record_class->child_types[0] = STOLT_TYPE_MEMBER;
  record_class->child_types[1] = STOLT_TYPE_PHASE;
  record_class->child_types[2] = STOLT_TYPE_MILESTONE;
  record_class->child_types[3] = STOLT_TYPE_ACTIVITY;
  record_class->child_types[4] = STOLT_TYPE_GOAL;
  record_class->child_types[5] = STOLT_TYPE_MEASURE;
  record_class->child_types[6] = STOLT_TYPE_SWOT_ANALYSIS;
  record_class->child_types[7] = STOLT_TYPE_VALUES_DOCUMENT;
  record_class->n_children = 8;
  stolt_record_class_install_fields (record_class, card_fields, G_N_ELEMENTS (card_fields));
}

static void
stolt_project_card_init (StoltProjectCard *self)
{
  /* A new project is a new identity; a loader replaces it with the file's */
  self->uid = g_uuid_string_random ();
}

/* Organisation: the people and bodies involved */

struct _StoltMember
{
  StoltRecord parent_instance;

  char *name;
  char *role;
  int   team;
  char *notes;
};

G_DEFINE_FINAL_TYPE (StoltMember, stolt_member, STOLT_TYPE_RECORD)

static const StoltField member_fields[] = {
  STOLT_TEXT (StoltMember, name, "name", N_("Name"), STOLT_REQUIRED),
  STOLT_TEXT (StoltMember, role, "role", N_("Role"), 0),
  STOLT_ENUM (StoltMember, team, "team", N_("Group"), stolt_member_group_get_type),
  STOLT_TEXT (StoltMember, notes, "notes", N_("Notes"), STOLT_MULTILINE),
};

STOLT_DEFINE_TEXT_GETTER (StoltMember, stolt_member, STOLT_IS_MEMBER, name)
STOLT_DEFINE_TEXT_GETTER (StoltMember, stolt_member, STOLT_IS_MEMBER, role)
STOLT_DEFINE_ENUM_GETTER (StoltMember, stolt_member, STOLT_IS_MEMBER, StoltMemberGroup, team)
STOLT_DEFINE_TEXT_GETTER (StoltMember, stolt_member, STOLT_IS_MEMBER, notes)

static void
stolt_member_class_init (StoltMemberClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "member";
  record_class->title_field = "name";
  record_class->add_label = N_("Add Person");
  record_class->remove_label = N_("Remove Person");
  record_class->edit_label = N_("Edit Person");
  record_class->move_label = N_("Move Person");
  stolt_record_class_install_fields (record_class, member_fields, G_N_ELEMENTS (member_fields));
}

static void
stolt_member_init (StoltMember *self)
{
}

/* Phases */

struct _StoltPhase
{
  StoltRecord parent_instance;

  char *title;
  char *description;
};

G_DEFINE_FINAL_TYPE (StoltPhase, stolt_phase, STOLT_TYPE_RECORD)

static const StoltField phase_fields[] = {
  STOLT_TEXT (StoltPhase, title, "title", N_("Title"), STOLT_REQUIRED),
  STOLT_TEXT (StoltPhase, description, "description", N_("Description"), STOLT_MULTILINE),
};

STOLT_DEFINE_TEXT_GETTER (StoltPhase, stolt_phase, STOLT_IS_PHASE, title)
STOLT_DEFINE_TEXT_GETTER (StoltPhase, stolt_phase, STOLT_IS_PHASE, description)

static void
stolt_phase_class_init (StoltPhaseClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "phase";
  record_class->title_field = "title";
  record_class->add_label = N_("Add Phase");
  record_class->remove_label = N_("Remove Phase");
  record_class->edit_label = N_("Edit Phase");
  record_class->move_label = N_("Move Phase");
  stolt_record_class_install_fields (record_class, phase_fields, G_N_ELEMENTS (phase_fields));
}

static void
stolt_phase_init (StoltPhase *self)
{
}

/* Milestones: seed 001 slide 58, "Milepæl | Aktiviteter | Dato | Ansvar" */

struct _StoltMilestone
{
  StoltRecord parent_instance;

  char    *title;
  guint32  date;
  char    *responsible;
  char    *activities;
  gboolean decision;
  int      status;
  gint64   phase;
  char    *notes;
};

G_DEFINE_FINAL_TYPE (StoltMilestone, stolt_milestone, STOLT_TYPE_RECORD)

static const StoltField milestone_fields[] = {
  STOLT_TEXT (StoltMilestone, title, "title", N_("Title"), STOLT_REQUIRED),
  STOLT_DATE (StoltMilestone, date, "date", N_("Date")),
  STOLT_TEXT (StoltMilestone, responsible, "responsible", N_("Responsible"), 0),
  STOLT_TEXT (StoltMilestone, activities, "activities", N_("Activities"), STOLT_MULTILINE),
  STOLT_BOOLEAN (StoltMilestone, decision, "decision", N_("Decision point")),
  STOLT_ENUM (StoltMilestone, status, "status", N_("Status"), stolt_status_get_type),
  STOLT_REF (StoltMilestone, phase, "phase", N_("Phase"), "phase"),
  STOLT_TEXT (StoltMilestone, notes, "notes", N_("Notes"), STOLT_MULTILINE),
};

STOLT_DEFINE_TEXT_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, title)
STOLT_DEFINE_DATE_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, date)
STOLT_DEFINE_TEXT_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, responsible)
STOLT_DEFINE_TEXT_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, activities)
STOLT_DEFINE_BOOLEAN_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, decision)
STOLT_DEFINE_ENUM_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, StoltStatus, status)
STOLT_DEFINE_REF_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, phase)
STOLT_DEFINE_TEXT_GETTER (StoltMilestone, stolt_milestone, STOLT_IS_MILESTONE, notes)

static void
stolt_milestone_class_init (StoltMilestoneClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "milestone";
  record_class->title_field = "title";
  record_class->add_label = N_("Add Milestone");
  record_class->remove_label = N_("Remove Milestone");
  record_class->edit_label = N_("Edit Milestone");
  record_class->move_label = N_("Move Milestone");
  stolt_record_class_install_fields (record_class, milestone_fields,
                                     G_N_ELEMENTS (milestone_fields));
}

static void
stolt_milestone_init (StoltMilestone *self)
{
}

/* Activities: seed 002 plans each one in hours (A1 … A9, B1 … B7) */

struct _StoltActivity
{
  StoltRecord parent_instance;

  char    *code;
  char    *title;
  guint32  start_date;
  guint32  end_date;
  char    *responsible;
  double   hours;
  int      progress;
  gint64   phase;
  GArray  *predecessors;
  char    *notes;
};

G_DEFINE_FINAL_TYPE (StoltActivity, stolt_activity, STOLT_TYPE_RECORD)

static const StoltField activity_fields[] = {
  STOLT_TEXT (StoltActivity, code, "code", N_("Code"), 0),
  STOLT_TEXT (StoltActivity, title, "title", N_("Title"), STOLT_REQUIRED),
  STOLT_DATE (StoltActivity, start_date, "start-date", N_("Start date")),
  STOLT_DATE (StoltActivity, end_date, "end-date", N_("End date")),
  STOLT_TEXT (StoltActivity, responsible, "responsible", N_("Responsible"), 0),
  STOLT_DOUBLE (StoltActivity, hours, "hours", N_("Hours"), 0.0, 1000000.0),
  STOLT_INT (StoltActivity, progress, "progress", N_("Progress"), 0, 100),
  STOLT_REF (StoltActivity, phase, "phase", N_("Phase"), "phase"),
  STOLT_REFS (StoltActivity, predecessors, "predecessors", N_("Predecessors"), "activity"),
  STOLT_TEXT (StoltActivity, notes, "notes", N_("Notes"), STOLT_MULTILINE),
};

STOLT_DEFINE_TEXT_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, code)
STOLT_DEFINE_TEXT_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, title)
STOLT_DEFINE_DATE_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, start_date)
STOLT_DEFINE_DATE_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, end_date)
STOLT_DEFINE_TEXT_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, responsible)
STOLT_DEFINE_DOUBLE_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, hours)
STOLT_DEFINE_INT_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, progress)
STOLT_DEFINE_REF_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, phase)
STOLT_DEFINE_REFS_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, predecessors)
STOLT_DEFINE_TEXT_GETTER (StoltActivity, stolt_activity, STOLT_IS_ACTIVITY, notes)

static void
stolt_activity_class_init (StoltActivityClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "activity";
  record_class->title_field = "title";
  record_class->add_label = N_("Add Activity");
  record_class->remove_label = N_("Remove Activity");
  record_class->edit_label = N_("Edit Activity");
  record_class->move_label = N_("Move Activity");
  record_class->validate = stolt_record_validate_date_order;
  stolt_record_class_install_fields (record_class, activity_fields,
                                     G_N_ELEMENTS (activity_fields));
}

static void
stolt_activity_init (StoltActivity *self)
{
}

/* Goals: a result chain (seed 001 slide 40) and a SMART check (slide 43) */

struct _StoltGoal
{
  StoltRecord parent_instance;

  char *title;
  char *input;
  char *activities;
  char *outputs;
  char *effects;
  char *vision;
  char *specific;
  char *measurable;
  char *accepted;
  char *realistic;
  char *time_bound;
};

G_DEFINE_FINAL_TYPE (StoltGoal, stolt_goal, STOLT_TYPE_RECORD)

static const StoltField goal_fields[] = {
  STOLT_TEXT (StoltGoal, title, "title", N_("Title"), STOLT_REQUIRED),
  STOLT_TEXT (StoltGoal, input, "input", N_("Input"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, activities, "activities", N_("Activities"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, outputs, "outputs", N_("Outputs"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, effects, "effects", N_("Effects"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, vision, "vision", N_("Vision"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, specific, "specific", N_("Specific"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, measurable, "measurable", N_("Measurable"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, accepted, "accepted", N_("Accepted"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, realistic, "realistic", N_("Realistic"), STOLT_MULTILINE),
  STOLT_TEXT (StoltGoal, time_bound, "time-bound", N_("Time-bound"), STOLT_MULTILINE),
};

STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, title)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, input)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, activities)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, outputs)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, effects)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, vision)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, specific)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, measurable)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, accepted)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, realistic)
STOLT_DEFINE_TEXT_GETTER (StoltGoal, stolt_goal, STOLT_IS_GOAL, time_bound)

static void
stolt_goal_class_init (StoltGoalClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "goal";
  record_class->title_field = "title";
  record_class->add_label = N_("Add Goal");
  record_class->remove_label = N_("Remove Goal");
  record_class->edit_label = N_("Edit Goal");
  record_class->move_label = N_("Move Goal");
  stolt_record_class_install_fields (record_class, goal_fields, G_N_ELEMENTS (goal_fields));
}

static void
stolt_goal_init (StoltGoal *self)
{
}

/* Measures: the action programme (seed 004, "tidsatta och mätbara") */

struct _StoltMeasure
{
  StoltRecord parent_instance;

  char    *title;
  int      category;
  char    *responsible;
  guint32  deadline;
  char    *indicator;
  int      status;
  GArray  *goals;
  GArray  *strategies;
  char    *notes;
};

G_DEFINE_FINAL_TYPE (StoltMeasure, stolt_measure, STOLT_TYPE_RECORD)

static const StoltField measure_fields[] = {
  STOLT_TEXT (StoltMeasure, title, "title", N_("Title"), STOLT_REQUIRED),
  STOLT_ENUM (StoltMeasure, category, "category", N_("Category"), stolt_category_get_type),
  STOLT_TEXT (StoltMeasure, responsible, "responsible", N_("Responsible"), 0),
  STOLT_DATE (StoltMeasure, deadline, "deadline", N_("Deadline")),
  STOLT_TEXT (StoltMeasure, indicator, "indicator", N_("Indicator"), STOLT_MULTILINE),
  STOLT_ENUM (StoltMeasure, status, "status", N_("Status"), stolt_status_get_type),
  STOLT_REFS (StoltMeasure, goals, "goals", N_("Goals"), "goal"),
  STOLT_REFS (StoltMeasure, strategies, "strategies", N_("Strategies"), "swot_strategy"),
  STOLT_TEXT (StoltMeasure, notes, "notes", N_("Notes"), STOLT_MULTILINE),
};

STOLT_DEFINE_TEXT_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, title)
STOLT_DEFINE_ENUM_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, StoltCategory, category)
STOLT_DEFINE_TEXT_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, responsible)
STOLT_DEFINE_DATE_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, deadline)
STOLT_DEFINE_TEXT_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, indicator)
STOLT_DEFINE_ENUM_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, StoltStatus, status)
STOLT_DEFINE_REFS_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, goals)
STOLT_DEFINE_REFS_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, strategies)
STOLT_DEFINE_TEXT_GETTER (StoltMeasure, stolt_measure, STOLT_IS_MEASURE, notes)

static void
stolt_measure_class_init (StoltMeasureClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "measure";
  record_class->title_field = "title";
  record_class->add_label = N_("Add Measure");
  record_class->remove_label = N_("Remove Measure");
  record_class->edit_label = N_("Edit Measure");
  record_class->move_label = N_("Move Measure");
  stolt_record_class_install_fields (record_class, measure_fields,
                                     G_N_ELEMENTS (measure_fields));
}

static void
stolt_measure_init (StoltMeasure *self)
{
}
