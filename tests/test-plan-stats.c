/* test-plan-stats.c — what the Plan tab derives: late, totals, overview
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-date.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-format.h"
#include "stolt-plan-stats.h"
#include "stolt-test-util.h"

static StoltRecord *
add_measure (StoltProject *project,
             guint32       deadline,
             StoltStatus   status)
{
  g_autoptr(StoltRecord) measure = g_object_new (STOLT_TYPE_MEASURE, NULL);

  g_assert_true (stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                                    STOLT_LIST_MEASURES, G_MAXUINT, measure, NULL));
  g_assert_true (stolt_project_set_text (project, measure, "title", "Tiltak", NULL));
  g_assert_true (stolt_project_set_date (project, measure, "deadline", deadline, NULL));
  g_assert_true (stolt_project_set_int (project, measure, "status", status, NULL));
  return measure;
}

static void
test_late (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  guint32 date = stolt_date_from_ymd (2016, 3, 15);

  /* due on 15 March: late from the 16th, never on the day itself */
  g_assert_false (stolt_record_is_late (milestone, date - 1));
  g_assert_false (stolt_record_is_late (milestone, date));
  g_assert_true (stolt_record_is_late (milestone, date + 1));

  g_assert_true (stolt_project_set_int (project, milestone, "status", STOLT_STATUS_IN_PROGRESS, NULL));
  g_assert_true (stolt_record_is_late (milestone, date + 1));
  g_assert_true (stolt_project_set_int (project, milestone, "status", STOLT_STATUS_DONE, NULL));
  g_assert_false (stolt_record_is_late (milestone, date + 1));

  /* without a date nothing is late; phases never are */
  g_assert_true (stolt_project_set_int (project, milestone, "status", STOLT_STATUS_PLANNED, NULL));
  g_assert_true (stolt_project_set_date (project, milestone, "date", 0, NULL));
  g_assert_false (stolt_record_is_late (milestone, date + 1000));
  g_assert_false (stolt_record_is_late (stolt_test_nth (project, STOLT_LIST_PHASES, 0), date + 1));
}

static void
test_status_is_late (void)
{
  g_assert_true (stolt_status_is_late (STOLT_STATUS_PLANNED, 100, 101));
  g_assert_true (stolt_status_is_late (STOLT_STATUS_IN_PROGRESS, 100, 101));
  g_assert_false (stolt_status_is_late (STOLT_STATUS_DONE, 100, 101));
  g_assert_false (stolt_status_is_late (STOLT_STATUS_IN_PROGRESS, 101, 101));
  g_assert_false (stolt_status_is_late (STOLT_STATUS_PLANNED, 0, 101));
}

static void
test_measure_overview (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  guint32 today = stolt_date_from_ymd (2026, 11, 22);
  StoltMeasureOverview overview;

  stolt_measure_overview (project, today, &overview);
  g_assert_cmpuint (overview.total, ==, 0);

  add_measure (project, today - 1, STOLT_STATUS_PLANNED);     /* late */
  add_measure (project, today - 30, STOLT_STATUS_IN_PROGRESS); /* late */
  add_measure (project, today - 30, STOLT_STATUS_DONE);       /* done, not late */
  add_measure (project, today, STOLT_STATUS_PLANNED);         /* on track */
  add_measure (project, 0, STOLT_STATUS_PLANNED);             /* no deadline: on track */

  stolt_measure_overview (project, today, &overview);
  g_assert_cmpuint (overview.total, ==, 5);
  g_assert_cmpuint (overview.late, ==, 2);
  g_assert_cmpuint (overview.done, ==, 1);
  g_assert_cmpuint (overview.on_track, ==, 2);
}

static void
test_hours (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltRecord *second = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1);
  g_autoptr(GArray) by_phase = NULL;
  g_autoptr(GArray) by_person = NULL;
  StoltHoursTotal *total;

  g_assert_true (stolt_project_set_double (project, second, "hours", 7.5, NULL));
  g_assert_true (stolt_project_set_text (project, second, "responsible", " Prosjektleder ", NULL));

  /* "Startfase" holds the second activity; the first has no phase */
  by_phase = stolt_hours_by_phase (project);
  g_assert_cmpuint (by_phase->len, ==, 2);
  total = &g_array_index (by_phase, StoltHoursTotal, 0);
  g_assert_cmpstr (total->label, ==, "Startfase");
  g_assert_cmpfloat (total->hours, ==, 7.5);
  g_assert_cmpuint (total->n_activities, ==, 1);
  total = &g_array_index (by_phase, StoltHoursTotal, 1);
  g_assert_null (total->label);
  g_assert_cmpfloat (total->hours, ==, 16.5);

  by_person = stolt_hours_by_responsible (project);
  g_assert_cmpuint (by_person->len, ==, 2);
  total = &g_array_index (by_person, StoltHoursTotal, 0);
  g_assert_cmpstr (total->label, ==, "Prosjektleder");
  g_assert_cmpfloat (total->hours, ==, 7.5);
  g_assert_null (g_array_index (by_person, StoltHoursTotal, 1).label);

  g_assert_cmpfloat (stolt_hours_total (project), ==, 24.0);
}

static void
test_missing_groups (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  int groups[8];
  guint n = stolt_missing_member_groups (project, groups, G_N_ELEMENTS (groups));

  /* the sample involves the union representatives only */
  g_assert_cmpuint (n, ==, 6);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (groups[i], !=, STOLT_MEMBER_GROUP_UNION);
      g_assert_cmpint (groups[i], !=, STOLT_MEMBER_GROUP_OTHER);
    }
  g_assert_cmpint (groups[0], ==, STOLT_MEMBER_GROUP_PROJECT_GROUP);
}

static void
test_smart (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltRecord *goal = stolt_test_nth (project, STOLT_LIST_GOALS, 0);
  const char *fields[5];

  g_assert_cmpuint (stolt_goal_unanswered_smart (STOLT_GOAL (goal), fields, 5), ==, 5);
  g_assert_true (stolt_project_set_text (project, goal, "measurable", "Sykefravær under 6 %", NULL));
  g_assert_true (stolt_project_set_text (project, goal, "time-bound", "   ", NULL));
  g_assert_cmpuint (stolt_goal_unanswered_smart (STOLT_GOAL (goal), fields, 5), ==, 4);
  g_assert_cmpstr (fields[0], ==, "specific");
  g_assert_cmpstr (fields[1], ==, "accepted");
  g_assert_cmpstr (fields[3], ==, "time-bound");
}

static void
test_labels (void)
{
  StoltCategory list[8];

  g_assert_cmpstr (stolt_enum_get_label (STOLT_TYPE_STATUS, STOLT_STATUS_IN_PROGRESS), ==,
                   "In progress");
  g_assert_cmpstr (stolt_enum_get_label (STOLT_TYPE_QUADRANT, STOLT_QUADRANT_THREATS), ==,
                   "Threats");
  g_assert_null (stolt_enum_get_label (STOLT_TYPE_STATUS, 3));
  g_assert_null (stolt_enum_get_label (STOLT_TYPE_STATUS, -1));

  /* every value of every enum has a label */
  {
    GType types[] = { STOLT_TYPE_CATEGORY_SET, STOLT_TYPE_CATEGORY, STOLT_TYPE_MEMBER_GROUP,
                      STOLT_TYPE_STATUS, STOLT_TYPE_QUADRANT, STOLT_TYPE_STRATEGY_KIND };

    for (guint t = 0; t < G_N_ELEMENTS (types); t++)
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);

        for (guint v = 0; v < klass->n_values; v++)
          g_assert_nonnull (stolt_enum_get_label (types[t], klass->values[v].value));
      }
  }

  g_assert_cmpuint (stolt_category_set_list (STOLT_CATEGORY_SET_KS, list, 8), ==, 4);
  g_assert_cmpint (list[0], ==, STOLT_CATEGORY_MOBILISE);
  g_assert_cmpuint (stolt_category_set_list (STOLT_CATEGORY_SET_ARUBA, list, 8), ==, 5);
  g_assert_cmpint (list[3], ==, STOLT_CATEGORY_RETAIN);
  g_assert_true (stolt_category_in_set (STOLT_CATEGORY_SET_ARUBA, STOLT_CATEGORY_ATTRACT));
  g_assert_false (stolt_category_in_set (STOLT_CATEGORY_SET_KS, STOLT_CATEGORY_ATTRACT));
  g_assert_false (stolt_category_in_set (STOLT_CATEGORY_SET_ARUBA, STOLT_CATEGORY_MOBILISE));
  g_assert_true (stolt_category_in_set (STOLT_CATEGORY_SET_KS, STOLT_CATEGORY_NONE));
}

static char *
format (StoltProject *project,
        StoltRecord  *record,
        const char   *field)
{
  return stolt_format_value (project, record, stolt_record_find_field (record, field));
}

static void
test_format (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  StoltRecord *first = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 0);
  StoltRecord *second = stolt_test_nth (project, STOLT_LIST_ACTIVITIES, 1);
  g_autofree char *number = stolt_format_number (16.5, 1);
  g_autofree char *whole = stolt_format_number (8.0, 1);
  g_autofree char *zero = stolt_format_number (0.0, 1);
  g_autofree char *hundred = stolt_format_number (100.0, 0);
  g_autofree char *date = format (project, milestone, "date");
  g_autofree char *phase = format (project, milestone, "phase");
  g_autofree char *decision = format (project, milestone, "decision");
  g_autofree char *status = format (project, milestone, "status");
  g_autofree char *refs = NULL;
  g_autofree char *coded = NULL;
  double value;

  g_assert_cmpstr (number, ==, "16.5");
  g_assert_cmpstr (whole, ==, "8");
  g_assert_cmpstr (zero, ==, "0");
  g_assert_cmpstr (hundred, ==, "100");
  g_assert_cmpstr (date, ==, "03/15/16");  /* %x in the C locale */
  g_assert_cmpstr (phase, ==, "Startfase");
  g_assert_cmpstr (decision, ==, "Yes");
  g_assert_cmpstr (status, ==, "Planned");

  refs = format (project, second, "predecessors");
  g_assert_cmpstr (refs, ==, "Samling 1: utfordringer, visjoner og verdier");
  g_assert_true (stolt_project_set_text (project, first, "code", "A1", NULL));
  coded = format (project, second, "predecessors");
  g_assert_cmpstr (coded, ==, "A1");


  g_assert_true (stolt_parse_number ("16,5", &value));
  g_assert_cmpfloat (value, ==, 16.5);
  g_assert_true (stolt_parse_number (" 7.25 ", &value));
  g_assert_cmpfloat (value, ==, 7.25);
  g_assert_true (stolt_parse_number ("-3", &value));
  g_assert_cmpfloat (value, ==, -3.0);
  g_assert_false (stolt_parse_number ("", &value));
  g_assert_false (stolt_parse_number ("12 h", &value));
  g_assert_false (stolt_parse_number ("1,000,5", &value));
  g_assert_false (stolt_parse_number ("nan", &value));
  g_assert_false (stolt_parse_number ("inf", &value));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plan-stats/late", test_late);
  g_test_add_func ("/plan-stats/status-is-late", test_status_is_late);
  g_test_add_func ("/plan-stats/measure-overview", test_measure_overview);
  g_test_add_func ("/plan-stats/hours", test_hours);
  g_test_add_func ("/plan-stats/missing-groups", test_missing_groups);
  g_test_add_func ("/plan-stats/smart", test_smart);
  g_test_add_func ("/plan-stats/labels", test_labels);
  g_test_add_func ("/plan-stats/format", test_format);
  return g_test_run ();
}
