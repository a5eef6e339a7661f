/* stolt-report-plan.c — the Plan tab's sections of the report
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Milestones as seed 001 slide 58 lists them (Milepæl | Aktiviteter |
 * Dato | Ansvar, plus status), activities with hours per phase, SWOT
 * analyses as figures, goals with their result chain and SMART check,
 * the action programme by category, and the values documents.
 */

#define G_LOG_DOMAIN "stolt-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-export-util.h"
#include "stolt-exporters.h"
#include "stolt-labels.h"
#include "stolt-report-private.h"
#include "stolt-timeline-export.h"
#include "stolt-result-chain.h"
#include "stolt-swot-painter.h"

static char *
milestone_title_cell (StoltMilestone *milestone)
{
  g_autofree char *title = stolt_report_cell (stolt_milestone_get_title (milestone));

  if (!stolt_milestone_get_decision (milestone))
    return g_steal_pointer (&title);
  /* Translators: under a milestone's title in the report's table */
  return g_strdup_printf ("%s\n<i>%s</i>", title, _("Decision point"));
}

void
stolt_report_milestones (StoltReport *report)
{
  GListModel *milestones = stolt_project_get_list (report->project, STOLT_LIST_MILESTONES);
  const double widths[] = { 3, 3.2, 1.4, 1.7, 1.3 };
  const char *headers[] = { _("Milestone"), _("Activities"), _("Date"), _("Responsible"),
                            _("Status") };
  guint table;

  /* Translators: report chapter; sv "Milstolpar", nb "Milepæler" */
  stolt_page_flow_add_heading (report->flow, 1, _("Milestones"));
  if (g_list_model_get_n_items (milestones) == 0)
    {
      stolt_report_none (report, _("No milestones yet."));
      return;
    }

  table = stolt_page_flow_add_table (report->flow, 5, widths, headers);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(StoltMilestone) milestone = g_list_model_get_item (milestones, i);
      g_autofree char *title = milestone_title_cell (milestone);
      g_autofree char *activities = stolt_report_cell (stolt_milestone_get_activities (milestone));
      g_autofree char *date = stolt_export_format_date (stolt_milestone_get_date (milestone));
      g_autofree char *responsible = stolt_report_cell (stolt_milestone_get_responsible (milestone));
      g_autofree char *status = stolt_report_status (report, stolt_milestone_get_status (milestone),
                                                     stolt_milestone_get_date (milestone));

      stolt_page_flow_add_row (report->flow, table,
                               (const char *const[]) { title, activities, date, responsible,
                                                       status });
    }
}

static void
add_activity_row (StoltReport *report,
                  guint        table,
                  StoltActivity *activity)
{
  g_autofree char *code = stolt_report_cell (stolt_activity_get_code (activity));
  g_autofree char *title = stolt_report_cell (stolt_activity_get_title (activity));
  g_autofree char *start = stolt_export_format_date (stolt_activity_get_start_date (activity));
  g_autofree char *end = stolt_export_format_date (stolt_activity_get_end_date (activity));
  g_autofree char *responsible = stolt_report_cell (stolt_activity_get_responsible (activity));
  g_autofree char *hours = stolt_export_format_hours (stolt_activity_get_hours (activity));
  /* Translators: a percentage, e.g. "40 %"; use your language's spacing */
  g_autofree char *progress = g_strdup_printf (_("%d %%"), stolt_activity_get_progress (activity));

  stolt_page_flow_add_row (report->flow, table,
                           (const char *const[]) { code, title, start, end, responsible, hours,
                                                   progress });
}

static void
add_total_row (StoltReport *report,
               guint        table,
               guint        row,
               const char  *label,
               double       total)
{
  g_autofree char *text = stolt_report_cell (label);
  g_autofree char *hours = stolt_export_format_hours (total);

  stolt_page_flow_add_row (report->flow, table,
                           (const char *const[]) { "", text, "", "", "", hours, "" });
  stolt_page_flow_set_row_bold (report->flow, table, row);
}

/* The activities of one phase (0: none), then the phase's total */
static double
add_phase_rows (StoltReport *report,
                guint        table,
                guint       *row,
                gint64       phase_id,
                const char  *phase_title)
{
  GListModel *activities = stolt_project_get_list (report->project, STOLT_LIST_ACTIVITIES);
  double total = 0;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(StoltActivity) activity = g_list_model_get_item (activities, i);
      gint64 phase = stolt_activity_get_phase (activity);

      if (phase != phase_id && !(phase_id == 0 && stolt_project_lookup (report->project, phase) == NULL))
        continue;
      add_activity_row (report, table, activity);
      total += stolt_activity_get_hours (activity);
      (*row)++;
      n++;
    }
  if (n > 0)
    {
      /* Translators: in the activities table: the hours of one phase; %s is the phase */
      g_autofree char *label = g_strdup_printf (_("Total, %s"), phase_title);

      add_total_row (report, table, (*row)++, label, total);
    }
  return total;
}

static double
draw_timeline_cb (cairo_t  *cr,
                  double    width,
                  double    max_height,
                  gpointer  user_data)
{
  return stolt_timeline_draw_fitted (cr, user_data, width, max_height);
}

/* The whole timeline as a figure, the same drawing as
 * --export=timeline-pdf --fit-page; a long plan is scaled to the page */
void
stolt_report_timeline (StoltReport *report)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  gboolean dated = stolt_timeline_draw_fitted (cr, report->project, 500, 300) > 0;

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* Translators: report chapter; sv "Tidslinje", nb "Tidslinje" */
  stolt_page_flow_add_heading (report->flow, 1, _("Timeline"));
  if (!dated)
    {
      stolt_report_none (report, _("Nothing in the plan has dates yet."));
      return;
    }
  stolt_page_flow_add_drawing (report->flow, draw_timeline_cb, g_object_ref (report->project),
                               g_object_unref);
}

void
stolt_report_activities (StoltReport *report)
{
  GListModel *activities = stolt_project_get_list (report->project, STOLT_LIST_ACTIVITIES);
  GListModel *phases = stolt_project_get_list (report->project, STOLT_LIST_PHASES);
  const double widths[] = { 0.8, 3.4, 1.4, 1.4, 2, 0.9, 1.4 };
  /* Translators: column headers of the activities table */
  const char *headers[] = { _("Code"), _("Activity"), _("Start"), _("End"), _("Responsible"),
                            _("Hours"), _("Progress") };
  double total = 0;
  guint table, row = 0;

  /* Translators: report chapter; sv "Aktiviteter", nb "Aktiviteter" */
  stolt_page_flow_add_heading (report->flow, 1, _("Activities"));
  if (g_list_model_get_n_items (activities) == 0)
    {
      stolt_report_none (report, _("No activities yet."));
      return;
    }

  table = stolt_page_flow_add_table (report->flow, 7, widths, headers);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(StoltPhase) phase = g_list_model_get_item (phases, i);

      total += add_phase_rows (report, table, &row, stolt_record_get_id (STOLT_RECORD (phase)),
                               stolt_phase_get_title (phase));
    }
  /* Translators: the activities that belong to no phase */
  total += add_phase_rows (report, table, &row, 0, _("no phase"));
  /* Translators: the last row of the activities table: all hours */
  add_total_row (report, table, row, _("Total hours"), total);
}

static double
draw_swot_cb (cairo_t  *cr,
              double    width,
              double    max_height,
              gpointer  user_data)
{
  /* At most most of a page, so that the heading fits above it */
  return stolt_swot_draw_figure (cr, user_data, width, 0.8 * max_height, FALSE,
                                 stolt_palette_get (STOLT_PALETTE_PRINT));
}

void
stolt_report_swot (StoltReport *report)
{
  GListModel *analyses = stolt_project_get_list (report->project, STOLT_LIST_SWOT_ANALYSES);

  /* Translators: report chapter */
  stolt_page_flow_add_heading (report->flow, 1, _("SWOT analyses"));
  if (g_list_model_get_n_items (analyses) == 0)
    {
      stolt_report_none (report, _("No SWOT analyses yet."));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (analyses); i++)
    {
      g_autoptr(StoltSwotAnalysis) analysis = g_list_model_get_item (analyses, i);

      stolt_page_flow_add_heading (report->flow, 2, stolt_swot_analysis_get_title (analysis));
      stolt_page_flow_add_drawing (report->flow, draw_swot_cb, g_object_ref (analysis),
                                   g_object_unref);
    }
}

static double
draw_chain_cb (cairo_t  *cr,
               double    width,
               double    max_height,
               gpointer  user_data)
{
  const char *labels[] = {
    /* Translators: the links of a result chain; sv "Insats", nb "Innsats" */
    _("Input"),
    _("Activities"),
    /* Translators: result chain; sv "Prestationer", nb "Produkter" */
    _("Outputs"),
    /* Translators: result chain; sv "Effekter", nb "Effekter" */
    _("Effects"),
    /* Translators: result chain; sv "Vision", nb "Visjon" */
    _("Vision"),
  };
  StoltGoal *goal = user_data;
  const char *texts[STOLT_RESULT_CHAIN_LINKS] = {
    stolt_goal_get_input (goal),
    stolt_goal_get_activities (goal),
    stolt_goal_get_outputs (goal),
    stolt_goal_get_effects (goal),
    stolt_goal_get_vision (goal),
  };
  return stolt_result_chain_paint (cr, labels, texts, width, stolt_palette_get (STOLT_PALETTE_PRINT));
}

static void
add_smart (StoltReport *report,
           StoltGoal   *goal)
{
  const char *criteria[] = {
    /* Translators: SMART; sv "Specifik", nb "Spesifikk" */
    _("Specific"),
    /* Translators: SMART; sv "Mätbar", nb "Målbar" */
    _("Measurable"),
    /* Translators: SMART; sv "Accepterad", nb "Akseptert" */
    _("Accepted"),
    /* Translators: SMART; sv "Realistisk", nb "Realistisk" */
    _("Realistic"),
    /* Translators: SMART; sv "Tidsatt", nb "Tidsbestemt" */
    _("Time-bound"),
  };
  const char *texts[G_N_ELEMENTS (criteria)] = {
    stolt_goal_get_specific (goal),
    stolt_goal_get_measurable (goal),
    stolt_goal_get_accepted (goal),
    stolt_goal_get_realistic (goal),
    stolt_goal_get_time_bound (goal),
  };

  /* Translators: heading of a goal's SMART check in the report */
  stolt_page_flow_add_heading (report->flow, 3, _("SMART check"));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i];
      g_autofree char *markup = text[0] != '\0'
        ? g_markup_escape_text (text, -1)
        /* Translators: a SMART criterion the goal does not yet describe */
        : g_strdup_printf ("<span foreground=\"#c01c28\"><i>%s</i></span>", _("Not described yet"));

      stolt_page_flow_add_key_value (report->flow, criteria[i], markup);
    }
}

void
stolt_report_goals (StoltReport *report)
{
  GListModel *goals = stolt_project_get_list (report->project, STOLT_LIST_GOALS);

  /* Translators: report chapter; sv "Mål", nb "Mål" */
  stolt_page_flow_add_heading (report->flow, 1, _("Goals"));
  if (g_list_model_get_n_items (goals) == 0)
    {
      stolt_report_none (report, _("No goals yet."));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(StoltGoal) goal = g_list_model_get_item (goals, i);

      stolt_page_flow_add_heading (report->flow, 2, stolt_goal_get_title (goal));
      /* Translators: heading of a goal's result chain; sv "Resultatkedja", nb "Resultatkjede" */
      stolt_page_flow_add_heading (report->flow, 3, _("Result chain"));
      stolt_page_flow_add_drawing (report->flow, draw_chain_cb, g_object_ref (goal),
                                   g_object_unref);
      add_smart (report, goal);
    }
}

static void
add_measure_table (StoltReport *report,
                   int          category)
{
  GListModel *measures = stolt_project_get_list (report->project, STOLT_LIST_MEASURES);
  const double widths[] = { 3.4, 1.8, 1.4, 2.6, 1.3 };
  /* Translators: column headers of the action programme */
  const char *headers[] = { _("Measure"), _("Responsible"), _("Deadline"), _("Indicator"),
                            _("Status") };
  guint table = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(StoltMeasure) measure = g_list_model_get_item (measures, i);
      g_autofree char *title = NULL, *responsible = NULL, *deadline = NULL, *indicator = NULL;
      g_autofree char *status = NULL;

      if ((int) stolt_measure_get_category (measure) != category)
        continue;
      if (!any)
        {
          stolt_page_flow_add_heading (report->flow, 3, stolt_label_category (category));
          table = stolt_page_flow_add_table (report->flow, 5, widths, headers);
          any = TRUE;
        }
      title = stolt_report_cell (stolt_measure_get_title (measure));
      responsible = stolt_report_cell (stolt_measure_get_responsible (measure));
      deadline = stolt_export_format_date (stolt_measure_get_deadline (measure));
      indicator = stolt_report_cell (stolt_measure_get_indicator (measure));
      status = stolt_report_status (report, stolt_measure_get_status (measure),
                                    stolt_measure_get_deadline (measure));
      stolt_page_flow_add_row (report->flow, table,
                               (const char *const[]) { title, responsible, deadline, indicator,
                                                       status });
    }
}

/* By category in the order of the project's set (KS or ARUBA), then any
 * other category measures carry, then those without one */
void
stolt_report_measures (StoltReport *report)
{
  GListModel *measures = stolt_project_get_list (report->project, STOLT_LIST_MEASURES);
  StoltProjectCard *card = stolt_project_get_card (report->project);
  gboolean done[STOLT_CATEGORY_PHASE_OUT + 1] = { FALSE };
  StoltCategory categories[8];
  guint n_categories;

  /* Translators: report chapter; sv "Handlingsprogram", nb "Handlingsplan" */
  stolt_page_flow_add_heading (report->flow, 1, _("Action programme"));
  if (g_list_model_get_n_items (measures) == 0)
    {
      stolt_report_none (report, _("No measures yet."));
      return;
    }
  n_categories = stolt_category_set_list (stolt_project_card_get_category_set (card), categories,
                                          G_N_ELEMENTS (categories));
  for (guint i = 0; i < n_categories; i++)
    {
      add_measure_table (report, categories[i]);
      done[categories[i]] = TRUE;
    }
  for (int category = STOLT_CATEGORY_MOBILISE; category <= STOLT_CATEGORY_PHASE_OUT; category++)
    if (!done[category])
      add_measure_table (report, category);
  add_measure_table (report, STOLT_CATEGORY_NONE);
}

void
stolt_report_values (StoltReport *report)
{
  GListModel *documents = stolt_project_get_list (report->project, STOLT_LIST_VALUES_DOCUMENTS);

  /* Translators: report chapter; sv "Värdegrund", nb "Verdigrunnlag" */
  stolt_page_flow_add_heading (report->flow, 1, C_("values documents, the tab and the report chapter", "Values"));
  if (g_list_model_get_n_items (documents) == 0)
    {
      stolt_report_none (report, _("No values documents yet."));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(StoltValuesDocument) document = g_list_model_get_item (documents, i);

      stolt_values_flow_append (report->flow, report->project, document, 2);
    }
}
