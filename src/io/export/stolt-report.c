/* stolt-report.c — the whole project as a report for the council (pdf)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the political process (kommunestyret, kommunfullmäktige): a title
 * page, the contents, then the plan section by section.  The sections of
 * the Plan tab proper are in stolt-report-plan.c.
 */

#define G_LOG_DOMAIN "stolt-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-export-util.h"
#include "stolt-labels.h"
#include "stolt-markdown.h"
#include "stolt-report-private.h"

/* The report, in order; a section is a function that adds its blocks */
static const StoltReportSectionFunc report_sections[] = {
  stolt_report_title_page,
  stolt_report_contents,
  stolt_report_project_card,
  stolt_report_organisation,
  stolt_report_milestones,
  stolt_report_timeline,
  stolt_report_activities,
  stolt_report_swot,
  stolt_report_goals,
  stolt_report_measures,
  stolt_report_values,
};

/* A line saying a section has nothing yet, rather than a bare heading */
void
stolt_report_none (StoltReport *report,
                   const char  *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<i>%s</i>", escaped);

  stolt_page_flow_add_paragraph (report->flow, markup, STOLT_FLOW_ALIGN_LEFT);
}

/* Plain text as a table cell's markup */
char *
stolt_report_cell (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* A status as a table cell; "late" is derived and stands out */
char *
stolt_report_status (StoltReport *report,
                     int          status,
                     guint32      due)
{
  gboolean late = stolt_status_is_late (status, due, report->today);
  g_autofree char *label = g_markup_escape_text (stolt_label_status (status, late), -1);

  if (late)
    return g_strdup_printf ("<b><span foreground=\"#c01c28\">%s</span></b>", label);
  return g_steal_pointer (&label);
}

static void
add_key_value (StoltReport *report,
               const char  *key,
               const char  *value)
{
  g_autofree char *markup = NULL;

  if (value == NULL || value[0] == '\0')
    return;
  markup = g_markup_escape_text (value, -1);
  stolt_page_flow_add_key_value (report->flow, key, markup);
}

static char *
period (StoltProjectCard *card)
{
  g_autofree char *start = stolt_export_format_date (stolt_project_card_get_start_date (card));
  g_autofree char *end = stolt_export_format_date (stolt_project_card_get_end_date (card));

  if (start[0] == '\0' && end[0] == '\0')
    return g_strdup ("");
  /* Translators: a period of time, from a start date to an end date */
  return g_strdup_printf (_("%s – %s"), start, end);
}

void
stolt_report_title_page (StoltReport *report)
{
  StoltProjectCard *card = stolt_project_get_card (report->project);
  g_autofree char *today = stolt_export_format_date (report->today);
  g_autofree char *dates = period (card);
  const char *title = stolt_project_card_get_title (card);

  stolt_page_flow_set_plain_first_page (report->flow, TRUE);
  stolt_page_flow_add_space (report->flow, 150);
  /* Translators: the title of a report whose project has no title */
  stolt_page_flow_add_title (report->flow, title[0] != '\0' ? title : _("Project plan"));
  stolt_page_flow_add_space (report->flow, 24);
  add_key_value (report, _("Organisation"), stolt_project_card_get_organisation (card));
  add_key_value (report, _("Project owner"), stolt_project_card_get_owner (card));
  add_key_value (report, _("Project leader"), stolt_project_card_get_leader (card));
  /* Translators: the project's start and end dates on the title page */
  add_key_value (report, _("Period"), dates);
  /* Translators: on the title page: the day the report was made */
  add_key_value (report, _("Date"), today);
  stolt_page_flow_add_page_break (report->flow);
}

void
stolt_report_contents (StoltReport *report)
{
  /* Translators: the table of contents of the report */
  stolt_page_flow_add_toc (report->flow, _("Contents"), 2);
  stolt_page_flow_add_page_break (report->flow);
}

static void
add_text_section (StoltReport *report,
                  const char  *heading,
                  const char  *text)
{
  if (text[0] == '\0')
    return;
  stolt_page_flow_add_heading (report->flow, 3, heading);
  stolt_plain_append_to_flow (report->flow, text, STOLT_FLOW_ALIGN_LEFT);
}

void
stolt_report_project_card (StoltReport *report)
{
  StoltProjectCard *card = stolt_project_get_card (report->project);
  g_autofree char *dates = period (card);
  g_autofree char *start = stolt_export_format_date (stolt_project_card_get_start_date (card));
  g_autofree char *end = stolt_export_format_date (stolt_project_card_get_end_date (card));

  /* Translators: report chapter: the project card and its mandate */
  stolt_page_flow_add_heading (report->flow, 1, _("Project and mandate"));
  add_key_value (report, _("Title"), stolt_project_card_get_title (card));
  add_key_value (report, _("Organisation"), stolt_project_card_get_organisation (card));
  add_key_value (report, _("Project owner"), stolt_project_card_get_owner (card));
  add_key_value (report, _("Project leader"), stolt_project_card_get_leader (card));
  add_key_value (report, _("Start date"), start);
  add_key_value (report, _("End date"), end);
  add_key_value (report, _("Measure categories"),
                 stolt_label_category_set (stolt_project_card_get_category_set (card)));

  add_text_section (report, _("Mandate"), stolt_project_card_get_mandate (card));
  add_text_section (report, _("Purpose"), stolt_project_card_get_purpose (card));
  add_text_section (report, _("Vision"), stolt_project_card_get_vision (card));
}

/* Members by group, in the groups' order, one table */
void
stolt_report_organisation (StoltReport *report)
{
  GListModel *members = stolt_project_get_list (report->project, STOLT_LIST_MEMBERS);
  const double widths[] = { 2, 3, 4 };
  const char *headers[] = { _("Group"), _("Name"), _("Role") };
  guint table;

  /* Translators: report chapter: the people and bodies of the project */
  stolt_page_flow_add_heading (report->flow, 1, _("Organisation"));
  if (g_list_model_get_n_items (members) == 0)
    {
      stolt_report_none (report, _("No one has been added to the organisation yet."));
      return;
    }

  table = stolt_page_flow_add_table (report->flow, 3, widths, headers);
  for (int group = STOLT_MEMBER_GROUP_PROJECT_GROUP; group <= STOLT_MEMBER_GROUP_OTHER; group++)
    {
      gboolean first = TRUE;

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(StoltMember) member = g_list_model_get_item (members, i);
          g_autofree char *label = NULL, *name = NULL, *role = NULL;

          if ((int) stolt_member_get_team (member) != group)
            continue;
          label = stolt_report_cell (first ? stolt_label_member_group (group) : "");
          name = stolt_report_cell (stolt_member_get_name (member));
          role = stolt_report_cell (stolt_member_get_role (member));
          stolt_page_flow_add_row (report->flow, table,
                                   (const char *const[]) { label, name, role });
          first = FALSE;
        }
    }
}

/**
 * stolt_report_build:
 * @options: the paper and its orientation
 * @today: the day "late" is measured against
 *
 * Returns: (transfer full): the report, not yet paginated
 */
StoltPageFlow *
stolt_report_build (StoltProject             *project,
                    const StoltExportOptions *options,
                    guint32                   today)
{
  StoltProjectCard *card = stolt_project_get_card (project);
  StoltReport report = { project, NULL, today };

  report.flow = stolt_page_flow_new (options->paper == STOLT_PAPER_A3 ? STOLT_PAGE_A3
                                                                     : STOLT_PAGE_A4,
                                     options->landscape ? STOLT_PAGE_LANDSCAPE
                                                        : STOLT_PAGE_PORTRAIT);
  stolt_page_flow_set_header (report.flow, stolt_project_card_get_title (card));
  for (guint i = 0; i < G_N_ELEMENTS (report_sections); i++)
    report_sections[i] (&report);

  return report.flow;
}

gboolean
stolt_report_pdf_export (StoltProject              *project,
                         const StoltExportOptions  *options,
                         GFile                     *output,
                         GError                   **error)
{
  StoltProjectCard *card = stolt_project_get_card (project);
  g_autoptr(StoltPageFlow) flow = stolt_report_build (project, options,
                                                      stolt_date_today ());

  return stolt_export_write_pdf (flow, stolt_project_card_get_title (card), output, error);
}
