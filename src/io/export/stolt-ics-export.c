/* stolt-ics-export.c — milestones and measure deadlines as iCalendar
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One all-day VEVENT per dated milestone and per measure with a
 * deadline (RFC 5545), written by libical, which folds and escapes.
 *
 * A calendar that imports the file again updates its events instead of
 * adding them twice when their UIDs match, so a UID is made only of what
 * stays when the project is edited, saved, saved as or converted: the
 * kind of record, its number in the project and the project's own uid.
 * Nothing else in the file depends on the time of the export but
 * DTSTAMP (which RFC 5545 requires to be that time).  The model keeps no
 * change times per record, so there is no LAST-MODIFIED, and SEQUENCE
 * stays at its default of 0.
 */

#define G_LOG_DOMAIN "stolt-ics-export"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libical/ical.h>

#include "stolt-date.h"
#include "stolt-file.h"
#include "stolt-ics-export.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-format.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* "Label: value" on a line of its own, when there is a value */
static void
append_line (GString    *out,
             const char *label,
             const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  /* Translators: a line of an event's description, e.g. "Responsible: Rådmann" */
  g_string_append_printf (out, _("%s: %s"), label, value);
}

static const char *
phase_title (StoltProject *project,
             gint64        id)
{
  StoltRecord *phase = id != 0 ? stolt_project_lookup (project, id) : NULL;

  return phase != NULL ? stolt_record_get_title (phase) : NULL;
}

static char *
linked_titles (StoltProject *project,
               const gint64 *ids,
               guint         n_ids)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; i < n_ids; i++)
    {
      StoltRecord *target = stolt_project_lookup (project, ids[i]);

      if (target != NULL)
        g_strv_builder_add (titles, stolt_record_get_title (target));
    }
  joined = g_strv_builder_end (titles);
  return g_strjoinv (", ", joined);
}

static struct icaltimetype
ical_date (guint32 julian)
{
  struct icaltimetype date = icaltime_null_date ();
  int year, month, day;

  stolt_date_to_ymd (julian, &year, &month, &day);
  date.year = year;
  date.month = month;
  date.day = day;
  return date;
}

/* CATEGORIES is a list, and libical writes a comma as a separator */
static void
add_category (icalcomponent *event,
              const char    *category)
{
  g_autofree char *name = g_strdelimit (stolt_format_clean_text (category), ",", ' ');

  if (*name != '\0')
    icalcomponent_add_property (event, icalproperty_new_categories (name));
}

static icalcomponent *
new_event (StoltProject *project,
           StoltRecord  *record,
           const char   *kind,
           guint32       date,
           GDateTime    *stamp)
{
  const char *project_uid = stolt_project_card_get_uid (stolt_project_get_card (project));
  g_autofree char *uid = g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s@stolt", kind,
                                          stolt_record_get_id (record), project_uid);
  icalcomponent *event = icalcomponent_new_vevent ();

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event,
                              icalproperty_new_dtstamp (icaltime_from_timet_with_zone (
                                g_date_time_to_unix (stamp), 0, icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, icalproperty_new_dtstart (ical_date (date)));
  /* All day: the end is exclusive, the next day */
  icalcomponent_add_property (event, icalproperty_new_dtend (ical_date (date + 1)));
  /* A milestone is a moment, not time taken: it leaves the day free */
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  return event;
}

static void
set_status (icalcomponent *event,
            int            status)
{
  /* VEVENT knows TENTATIVE, CONFIRMED and CANCELLED: a date that is only
   * planned is tentative; once the work has started it stands */
  icalcomponent_add_property (event,
                              icalproperty_new_status (status == STOLT_STATUS_PLANNED
                                                       ? ICAL_STATUS_TENTATIVE
                                                       : ICAL_STATUS_CONFIRMED));
}

static void
add_text (icalcomponent *event,
          icalproperty  *(*make) (const char *),
          const char    *text)
{
  g_autofree char *clean = stolt_format_clean_text (text);

  if (*clean != '\0')
    icalcomponent_add_property (event, make (clean));
}

/* Returns: (nullable): the milestone's event, NULL when it has no date */
static icalcomponent *
milestone_event (StoltProject *project,
                 StoltRecord  *record,
                 GDateTime    *stamp)
{
  StoltMilestone *milestone = STOLT_MILESTONE (record);
  GType type = STOLT_TYPE_MILESTONE;
  guint32 date = stolt_milestone_get_date (milestone);
  gboolean decision = stolt_milestone_get_decision (milestone);
  StoltStatus status = stolt_milestone_get_status (milestone);
  g_autoptr(GString) description = g_string_new (NULL);
  icalcomponent *event;

  if (date == STOLT_DATE_NONE)
    return NULL;
  event = new_event (project, record, "milestone", date, stamp);
  append_line (description, stolt_field_label (type, "activities"),
               stolt_milestone_get_activities (milestone));
  append_line (description, stolt_field_label (type, "responsible"),
               stolt_milestone_get_responsible (milestone));
  append_line (description, stolt_field_label (type, "phase"),
               phase_title (project, stolt_milestone_get_phase (milestone)));
  append_line (description, stolt_field_label (type, "status"),
               stolt_enum_get_label (STOLT_TYPE_STATUS, status));
  if (decision)
    append_line (description, stolt_field_label (type, "decision"), stolt_format_yes_no (TRUE));
  append_line (description, stolt_field_label (type, "notes"), stolt_milestone_get_notes (milestone));

  add_text (event, icalproperty_new_summary, stolt_record_get_title (record));
  add_text (event, icalproperty_new_description, description->str);
  add_category (event, _("Milestone"));
  if (decision)
    add_category (event, stolt_field_label (type, "decision"));
  set_status (event, status);
  return event;
}

/* "" for a measure without a category, so no empty line or category */
static const char *
category_label (int category)
{
  return category != STOLT_CATEGORY_NONE ? stolt_enum_get_label (STOLT_TYPE_CATEGORY, category) : "";
}

/* Returns: (nullable): the event on the measure's deadline, NULL when it has none */
static icalcomponent *
measure_event (StoltProject *project,
               StoltRecord  *record,
               GDateTime    *stamp)
{
  StoltMeasure *measure = STOLT_MEASURE (record);
  GType type = STOLT_TYPE_MEASURE;
  guint32 deadline = stolt_measure_get_deadline (measure);
  StoltCategory category = stolt_measure_get_category (measure);
  StoltStatus status = stolt_measure_get_status (measure);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *summary = NULL;
  g_autofree char *goals = NULL;
  const gint64 *goal_ids;
  guint n_goals;
  icalcomponent *event;

  if (deadline == STOLT_DATE_NONE)
    return NULL;
  event = new_event (project, record, "measure", deadline, stamp);
  goal_ids = stolt_measure_get_goals (measure, &n_goals);
  goals = linked_titles (project, goal_ids, n_goals);
  /* Translators: the title of a calendar event on a measure's deadline */
  summary = g_strdup_printf (_("Deadline: %s"), stolt_record_get_title (record));

  append_line (description, stolt_field_label (type, "responsible"),
               stolt_measure_get_responsible (measure));
  append_line (description, stolt_field_label (type, "category"), category_label (category));
  append_line (description, stolt_field_label (type, "indicator"), stolt_measure_get_indicator (measure));
  append_line (description, stolt_field_label (type, "goals"), goals);
  append_line (description, stolt_field_label (type, "status"),
               stolt_enum_get_label (STOLT_TYPE_STATUS, status));
  append_line (description, stolt_field_label (type, "notes"), stolt_measure_get_notes (measure));

  add_text (event, icalproperty_new_summary, summary);
  add_text (event, icalproperty_new_description, description->str);
  add_category (event, _("Measure"));
  add_category (event, category_label (category));
  set_status (event, status);
  return event;
}

typedef icalcomponent *(*EventFunc) (StoltProject *, StoltRecord *, GDateTime *);

static void
add_events (icalcomponent    *calendar,
            StoltProject     *project,
            StoltProjectList  list,
            EventFunc         make,
            GDateTime        *stamp)
{
  GListModel *records = stolt_project_get_list (project, list);
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (records, i);
      icalcomponent *event = make (project, record, stamp);

      if (event != NULL)
        icalcomponent_add_component (calendar, event);
    }
}

/**
 * stolt_ics_export_to_string:
 * @stamp: the time of the export, for DTSTAMP
 *
 * Returns: (transfer full): the calendar, with CR LF line ends
 */
char *
stolt_ics_export_to_string (StoltProject *project,
                            GDateTime    *stamp)
{
  g_autoptr(icalcomponent) calendar = icalcomponent_new_vcalendar ();
  g_autofree char *title = NULL;
  icalproperty *name;
  char *text;
  char *result;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  title = stolt_format_clean_text (stolt_project_card_get_title (stolt_project_get_card (project)));
  icalcomponent_add_property (calendar,
                              icalproperty_new_prodid ("-//Stolt//Stolt " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  /* The name calendar programs show for a file or subscription */
  name = icalproperty_new_x (*title != '\0' ? title : _("Untitled Project"));
  icalproperty_set_x_name (name, "X-WR-CALNAME");
  icalcomponent_add_property (calendar, name);

  add_events (calendar, project, STOLT_LIST_MILESTONES, milestone_event, stamp);
  add_events (calendar, project, STOLT_LIST_MEASURES, measure_event, stamp);

  /* libical's buffer goes back to libical's allocator */
  text = icalcomponent_as_ical_string_r (calendar);
  result = g_strdup (text);
  icalmemory_free_buffer (text);
  return result;
}

gboolean
stolt_ics_export (StoltProject              *project,
                  const StoltExportOptions  *options,
                  GFile                     *output,
                  GError                   **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  char *text = stolt_ics_export_to_string (project, now);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));

  /* A temporary file beside OUT, renamed over it: never half a calendar */
  return stolt_file_replace (output, bytes, NULL, NULL, error);
}
