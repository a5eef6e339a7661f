/* timeline-test-util.c — small projects for the timeline's tests
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "timeline-test-util.h"

static StoltRecord *
add (StoltProject    *project,
     StoltProjectList list,
     GType            type,
     const char      *title)
{
  g_autoptr(StoltRecord) record = g_object_new (type, NULL);
  g_autoptr(GError) error = NULL;
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));

  g_assert_true (stolt_project_add (project, card, list, G_MAXUINT, record, &error));
  g_assert_no_error (error);
  g_assert_true (stolt_project_set_text (project, record, "title", title, &error));
  g_assert_no_error (error);
  return record; /* borrowed: the project holds it */
}

static void
set_date (StoltProject *project,
          StoltRecord  *record,
          const char   *field,
          guint32       date)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_set_date (project, record, field, date, &error));
  g_assert_no_error (error);
}

StoltRecord *
timeline_test_phase (StoltProject *project,
                     const char   *title)
{
  return add (project, STOLT_LIST_PHASES, STOLT_TYPE_PHASE, title);
}

StoltRecord *
timeline_test_milestone (StoltProject *project,
                         const char   *title,
                         guint32       date,
                         StoltRecord  *phase,
                         StoltStatus   status)
{
  StoltRecord *milestone = add (project, STOLT_LIST_MILESTONES, STOLT_TYPE_MILESTONE, title);

  set_date (project, milestone, "date", date);
  if (phase != NULL)
    g_assert_true (stolt_project_set_ref (project, milestone, "phase",
                                          stolt_record_get_id (phase), NULL));
  g_assert_true (stolt_project_set_int (project, milestone, "status", status, NULL));
  return milestone;
}

StoltRecord *
timeline_test_activity (StoltProject *project,
                        const char   *title,
                        guint32       start,
                        guint32       end,
                        StoltRecord  *phase,
                        int           progress)
{
  StoltRecord *activity = add (project, STOLT_LIST_ACTIVITIES, STOLT_TYPE_ACTIVITY, title);

  set_date (project, activity, "start-date", start);
  set_date (project, activity, "end-date", end);
  if (phase != NULL)
    g_assert_true (stolt_project_set_ref (project, activity, "phase",
                                          stolt_record_get_id (phase), NULL));
  g_assert_true (stolt_project_set_int (project, activity, "progress", progress, NULL));
  return activity;
}

void
timeline_test_depends (StoltProject *project,
                       StoltRecord  *activity,
                       StoltRecord  *predecessor)
{
  guint n_old;
  const gint64 *old = stolt_activity_get_predecessors (STOLT_ACTIVITY (activity), &n_old);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = stolt_record_get_id (predecessor);
  g_autoptr(GError) error = NULL;

  g_array_append_vals (ids, old, n_old);
  g_array_append_val (ids, id);
  g_assert_true (stolt_project_set_refs (project, activity, "predecessors",
                                         (gint64 *) (void *) ids->data, ids->len, &error));
  g_assert_no_error (error);
}

void
timeline_test_card_dates (StoltProject *project,
                          guint32       start,
                          guint32       end)
{
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));

  set_date (project, card, "start-date", start);
  set_date (project, card, "end-date", end);
}

/* The day the timeline tests take for today: "Politisk mandat" is late */
guint32
timeline_test_today (void)
{
  return YMD (2026, 11, 18);
}

/* A plan in the shape of seed 001 across the turn of 2026/2027 (ISO week
 * 53): three phases, milestones done, late and ahead, chained activities,
 * an undated activity and a milestone without a phase after the end */
StoltProject *
timeline_test_project (void)
{
  StoltProject *project = stolt_project_new ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  StoltRecord *start, *plan, *work, *survey, *gathering, *unions, *writing;

  g_assert_true (stolt_project_set_text (project, card, "title",
                                         "Arbeidsgiverpolitikk 2027", NULL));
  timeline_test_card_dates (project, YMD (2026, 9, 14), YMD (2027, 1, 29));

  start = timeline_test_phase (project, "Startfase");
  plan = timeline_test_phase (project, "Planlegging");
  work = timeline_test_phase (project, "Gjennomføring");

  timeline_test_milestone (project, "Kick-off", YMD (2026, 9, 14), start, STOLT_STATUS_DONE);
  survey = timeline_test_activity (project, "Kartlegge kompetansebehov",
                                   YMD (2026, 9, 14), YMD (2026, 10, 2), start, 100);
  gathering = timeline_test_activity (project, "Samling 1: visjon og verdier",
                                      YMD (2026, 10, 5), YMD (2026, 10, 6), start, 50);
  timeline_test_depends (project, gathering, survey);

  timeline_test_milestone (project, "Politisk mandat på plass", YMD (2026, 10, 20), plan,
                           STOLT_STATUS_PLANNED);
  unions = timeline_test_activity (project, "Involvere tillitsvalgte",
                                   YMD (2026, 10, 12), YMD (2026, 11, 13), plan, 30);
  timeline_test_depends (project, unions, gathering);
  timeline_test_activity (project, "Medarbeiderundersøkelse",
                          YMD (2026, 11, 2), YMD (2026, 12, 4), plan, 0);

  writing = timeline_test_activity (project, "Skrive arbeidsgiverpolitikken",
                                    YMD (2026, 11, 30), YMD (2027, 1, 15), work, 10);
  timeline_test_depends (project, writing, unions);
  timeline_test_milestone (project, "Vedtak i kommunestyret", YMD (2027, 1, 28), work,
                           STOLT_STATUS_PLANNED);

  timeline_test_activity (project, "Informere alle ledere", STOLT_DATE_NONE, STOLT_DATE_NONE,
                          NULL, 0);
  timeline_test_milestone (project, "Evaluering", YMD (2027, 3, 1), NULL, STOLT_STATUS_PLANNED);

  stolt_project_reset_history (project);
  return project;
}

/* Text measured and drawn the same everywhere: a pinned font, grey
 * antialiasing, no hinting */
StoltTimelineText *
timeline_test_text (double size)
{
  return stolt_timeline_text_new (TIMELINE_TEST_FONT, size, NULL);
}
