/* stolt-planner-import.c — GNOME Planner files (.planner) into projects
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a Planner file maps onto a Stolt project:
 *
 *   <project name company manager project-start>  the project card
 *   <phase name>                                  a phase
 *   a top-level <task> with children              a phase (the Planner
 *                                                 phase of that name, if any)
 *   a deeper <task> with children                 nothing: its tasks go into
 *                                                 the phase above (noted)
 *   <task type="normal">                          an activity: start, end,
 *                                                 work in hours, percent
 *                                                 complete, note
 *   <task type="milestone">                       a milestone on its start
 *   <predecessor>                                 see stolt-planner-links.c
 *   <resource type="1">                           a person in the organisation
 *   <allocation>                                  "responsible" of the task
 *
 * The records are made by a StoltProjectBuilder, as the storage loader
 * makes them, and checked value by value by the model; the project then
 * checks its links as a whole (stolt_project_builder_finish).  Going through the undo API would
 * cost about a third of a second for 20 000 tasks.
 */

#define G_LOG_DOMAIN "stolt-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-file.h"
#include "stolt-import.h"
#include "stolt-model-error.h"
#include "stolt-planner-import.h"
#include "stolt-planner-private.h"
#include "stolt-records.h"
#include "stolt-safe-xml.h"

#define HOURS_MAX 1000000.0

typedef struct
{
  const char *name;
  gboolean    person;
} Resource;

typedef struct
{
  PlannerImport  base;
  StoltXmlNode       *root;
  StoltRecord   *card;                  /* the builder's root */
  GPtrArray     *lists[STOLT_N_LISTS];  /* records made, until attached */
  GHashTable    *resources;             /* Planner id + 1 → Resource */
  GHashTable    *groups;                /* Planner id + 1 → group name */
  GHashTable    *phases;                /* Planner phase name → StoltRecord */
  guint32        last_end;
  GError       **error;
} Import;

/* Reading the XML */

gboolean
_stolt_planner_is_element (StoltXmlNode *node,
                           const char   *name)
{
  return !node->namespaced && strcmp (node->name, name) == 0;
}

/* Returns: (nullable): the attribute's value, borrowed from the tree.
 * Entities are refused before parsing; character references are
 * resolved. */
const char *
_stolt_planner_attr (StoltXmlNode *node,
                     const char   *name)
{
  return stolt_xml_node_get_attribute (node, name);
}

static const char *
attr_or_empty (StoltXmlNode    *node,
               const char *name)
{
  const char *value = _stolt_planner_attr (node, name);

  return value != NULL ? value : "";
}

static StoltXmlNode *
find_child (StoltXmlNode    *node,
            const char *name)
{
  for (StoltXmlNode *child = node->children; child != NULL; child = child->next)
    if (_stolt_planner_is_element (child, name))
      return child;
  return NULL;
}

static gboolean
invalid (Import     *self,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

/* Sets a STOLT_IMPORT_ERROR_INVALID naming the file; always FALSE */
static gboolean
invalid (Import     *self,
         const char *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (self->error, STOLT_IMPORT_ERROR, STOLT_IMPORT_ERROR_INVALID,
               _("“%s” is not a valid GNOME Planner file: %s"), self->base.display_name, detail);
  return FALSE;
}

/* A value from the file, cut short for a message */
static char *
quoted (const char *value)
{
  if (g_utf8_validate (value, -1, NULL) && g_utf8_strlen (value, -1) > 40)
    {
      g_autofree char *cut = g_utf8_substring (value, 0, 40);

      return g_strconcat (cut, "…", NULL);
    }
  return g_strdup (value);
}

static gboolean
parse_integer (Import     *self,
               StoltXmlNode    *node,
               const char *name,
               gint64      min,
               gint64      max,
               gint64     *out)
{
  const char *text = _stolt_planner_attr (node, name);
  g_autofree char *shown = NULL;

  if (text == NULL)
    return TRUE;
  if (g_ascii_string_to_signed (text, 10, min, max, out, NULL))
    return TRUE;

  shown = quoted (text);
  /* Translators: an XML element, an attribute, its wrong value */
  return invalid (self, _("<%s %s=\"%s\"> is not a number Stolt can read"),
                  node->name, name, shown);
}

/* Planner ids are numbers; the hash keys are id + 1 */
static gboolean
parse_id (Import     *self,
          StoltXmlNode    *node,
          const char *name,
          guint      *id)
{
  gint64 number = -1;

  if (!parse_integer (self, node, name, 0, G_MAXINT - 1, &number))
    return FALSE;
  if (number < 0)
    return invalid (self, _("a <%s> has no %s"), node->name, name);

  *id = (guint) number;
  return TRUE;
}

int
_stolt_planner_find_task (PlannerImport *self,
                          const char    *id)
{
  guint64 number;

  if (id == NULL || !g_ascii_string_to_unsigned (id, 10, 0, G_MAXINT - 1, &number, NULL))
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->task_ids,
                                               GUINT_TO_POINTER ((guint) number + 1))) - 1;
}

/* Dates: Planner writes "20151013T170000Z" (its times are local, whatever
 * the Z says); a day on its own ("20151013") also reads. */
static gboolean
parse_timestamp (const char *text,
                 int        *year,
                 int        *month,
                 int        *day,
                 int        *seconds)
{
  gsize len = strlen (text);
  int digits[14] = { 0 };
  guint n = 0;

  if (len != 8 && len != 15 && !(len == 16 && text[15] == 'Z'))
    return FALSE;
  for (gsize i = 0; i < MIN (len, 15); i++)
    {
      if (i == 8)
        {
          if (text[i] != 'T')
            return FALSE;
          continue;
        }
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      digits[n++] = text[i] - '0';
    }

  *year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  *month = digits[4] * 10 + digits[5];
  *day = digits[6] * 10 + digits[7];
  *seconds = (digits[8] * 10 + digits[9]) * 3600 + (digits[10] * 10 + digits[11]) * 60 +
             digits[12] * 10 + digits[13];
  return *year >= 1 && *month >= 1 && *month <= 12 && *day >= 1 &&
         g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year) &&
         *seconds < 24 * 3600;
}

/* Reads a date attribute into a Julian day; STOLT_DATE_NONE when absent
 * or out of Stolt's range (noted against @owner).  An end at midnight is
 * the end of the day before. */
static gboolean
parse_date (Import     *self,
            StoltXmlNode    *node,
            const char *name,
            gboolean    is_end,
            const char *owner,
            guint32    *julian)
{
  const char *text = _stolt_planner_attr (node, name);
  int year, month, day, seconds;
  g_autofree char *shown = NULL;

  *julian = STOLT_DATE_NONE;
  if (text == NULL || *text == '\0')
    return TRUE;

  if (!parse_timestamp (text, &year, &month, &day, &seconds))
    {
      shown = quoted (text);
      return invalid (self, _("<%s %s=\"%s\"> is not a date"), node->name, name,
                      shown);
    }

  if (year < 1900 || year > 2201)
    {
      _stolt_planner_note (&self->base, PLANNER_NOTE_DATES, owner);
      return TRUE;
    }

  *julian = stolt_date_from_ymd (year, month, day);
  if (is_end && seconds == 0)
    *julian -= 1;
  if (!stolt_date_in_range (*julian))
    {
      _stolt_planner_note (&self->base, PLANNER_NOTE_DATES, owner);
      *julian = STOLT_DATE_NONE;
    }
  return TRUE;
}

/* Setting fields: the model checks every value */

static gboolean
set_value (Import      *self,
           StoltRecord *record,
           const char  *field_name,
           GValue      *value)
{
  const StoltField *field = stolt_record_find_field (record, field_name);
  g_autoptr(GError) local_error = NULL;

  g_assert (field != NULL);

  /* An empty title is let through, as the storage loader does: Planner
   * allows unnamed tasks, and the user can name them in Stolt */
  if (!stolt_project_builder_set (self->base.builder, record, field, value, &local_error))
    {
      const char *title = stolt_record_get_title (record);

      /* Translators: a name from the file, then what the model refused */
      return invalid (self, _("“%s”: %s"), title != NULL ? title : "", local_error->message);
    }
  return TRUE;
}

static gboolean
set_text (Import      *self,
          StoltRecord *record,
          const char  *field,
          const char  *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (text == NULL || *text == '\0')
    return TRUE;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_static_string (&value, text);
  return set_value (self, record, field, &value);
}

static gboolean
set_date (Import      *self,
          StoltRecord *record,
          const char  *field,
          guint32      julian)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (julian == STOLT_DATE_NONE)
    return TRUE;
  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, julian);
  return set_value (self, record, field, &value);
}

static gboolean
set_number (Import      *self,
            StoltRecord *record,
            const char  *field,
            GType        type,
            double       number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, type);
  if (type == G_TYPE_DOUBLE)
    g_value_set_double (&value, number);
  else if (G_TYPE_IS_ENUM (type))
    g_value_set_enum (&value, (int) number);
  else
    g_value_set_int (&value, (int) number);
  return set_value (self, record, field, &value);
}

static gboolean
set_ref (Import      *self,
         StoltRecord *record,
         const char  *field,
         StoltRecord *target)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (target == NULL)
    return TRUE;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, stolt_record_get_id (target));
  return set_value (self, record, field, &value);
}

static StoltRecord *
new_record (Import           *self,
            GType             type,
            StoltProjectList  list)
{
  StoltRecord *record = stolt_project_builder_add (self->base.builder, type, 0);

  g_ptr_array_add (self->lists[list], record);
  return record;
}

/* The project card, and what of the <project> element has no place */

static gboolean
read_card (Import *self)
{
  StoltXmlNode *root = self->root;
  const char *name = attr_or_empty (root, "name");
  const char *phase = _stolt_planner_attr (root, "phase");
  guint32 start;

  if (!set_text (self, self->card, "title", name) ||
      !set_text (self, self->card, "organisation", _stolt_planner_attr (root, "company")) ||
      !set_text (self, self->card, "leader", _stolt_planner_attr (root, "manager")) ||
      !parse_date (self, root, "project-start", FALSE, name, &start) ||
      !set_date (self, self->card, "start-date", start))
    return FALSE;

  if (phase != NULL && *phase != '\0')
    _stolt_planner_note (&self->base, PLANNER_NOTE_CURRENT_PHASE, phase);
  return TRUE;
}

static void
note_misc (Import *self)
{
  StoltXmlNode *calendars = find_child (self->root, "calendars");

  for (StoltXmlNode *node = calendars != NULL ? calendars->children : NULL; node; node = node->next)
    if (_stolt_planner_is_element (node, "calendar"))
      {
        _stolt_planner_note (&self->base, PLANNER_NOTE_CALENDARS, NULL);
        /* Derived calendars nest */
        for (StoltXmlNode *child = node->children; child != NULL; child = child->next)
          if (_stolt_planner_is_element (child, "calendar"))
            _stolt_planner_note (&self->base, PLANNER_NOTE_CALENDARS, NULL);
      }

  /* Declarations have a type; values (of the project) only a value */
  for (StoltXmlNode *list = self->root->children; list != NULL; list = list->next)
    if (_stolt_planner_is_element (list, "properties"))
      for (StoltXmlNode *node = list->children; node != NULL; node = node->next)
        if (_stolt_planner_is_element (node, "property") &&
            _stolt_planner_attr (node, "type") != NULL)
          _stolt_planner_note (&self->base, PLANNER_NOTE_PROPERTIES,
                               attr_or_empty (node, "label"));
}

/* Phases */

static gboolean
read_phases (Import *self)
{
  StoltXmlNode *phases = find_child (self->root, "phases");

  for (StoltXmlNode *node = phases != NULL ? phases->children : NULL; node; node = node->next)
    {
      const char *name;
      StoltRecord *phase;

      if (!_stolt_planner_is_element (node, "phase"))
        continue;

      name = attr_or_empty (node, "name");
      phase = new_record (self, STOLT_TYPE_PHASE, STOLT_LIST_PHASES);
      if (!set_text (self, phase, "title", name))
        return FALSE;
      if (!g_hash_table_contains (self->phases, name))
        g_hash_table_insert (self->phases, (gpointer) name, phase);
    }

  return TRUE;
}

/* Tasks: first their tree, then records */

static gboolean
collect_tasks (Import  *self,
               StoltXmlNode *parent_node,
               int      parent)
{
  for (StoltXmlNode *node = parent_node->children; node != NULL; node = node->next)
    {
      PlannerTask task = { 0 };
      guint index = self->base.tasks->len;
      gpointer key;

      if (!_stolt_planner_is_element (node, "task"))
        continue;

      task.node = node;
      task.name = attr_or_empty (node, "name");
      task.parent = parent;
      if (!parse_id (self, node, "id", &task.planner_id))
        return FALSE;

      key = GUINT_TO_POINTER (task.planner_id + 1);
      if (g_hash_table_contains (self->base.task_ids, key))
        return invalid (self, _("two tasks have the id %u"), task.planner_id);
      g_hash_table_insert (self->base.task_ids, key, GUINT_TO_POINTER (index + 1));

      g_array_append_val (self->base.tasks, task);
      if (parent >= 0)
        PLANNER_TASK (&self->base, parent)->n_children++;

      /* libxml2 caps the depth of the tree at 256, so this recursion too */
      if (!collect_tasks (self, node, (int) index))
        return FALSE;
      PLANNER_TASK (&self->base, index)->end = self->base.tasks->len;
    }

  return TRUE;
}

static StoltRecord *
phase_of (Import *self,
          guint   index)
{
  PlannerTask *task = PLANNER_TASK (&self->base, index);

  while (task->parent >= 0)
    task = PLANNER_TASK (&self->base, task->parent);
  return task->kind == PLANNER_TASK_PHASE ? task->record : NULL;
}

static void
note_task_extras (Import      *self,
                  PlannerTask *task)
{
  const char *scheduling = _stolt_planner_attr (task->node, "scheduling");
  const char *priority = _stolt_planner_attr (task->node, "priority");

  if (find_child (task->node, "constraint") != NULL)
    _stolt_planner_note (&self->base, PLANNER_NOTE_CONSTRAINTS, task->name);
  if (scheduling != NULL && strcmp (scheduling, "fixed-duration") == 0)
    _stolt_planner_note (&self->base, PLANNER_NOTE_FIXED_DURATION, task->name);
  if (priority != NULL && strcmp (priority, "0") != 0 && *priority != '\0')
    _stolt_planner_note (&self->base, PLANNER_NOTE_PRIORITY, task->name);
}

static gboolean
make_phase (Import      *self,
            PlannerTask *task)
{
  StoltRecord *phase = g_hash_table_lookup (self->phases, task->name);

  /* A summary task named as a Planner phase is that phase; each Planner
   * phase takes one summary task at most */
  if (phase != NULL)
    g_hash_table_remove (self->phases, task->name);
  else
    {
      phase = new_record (self, STOLT_TYPE_PHASE, STOLT_LIST_PHASES);
      if (!set_text (self, phase, "title", task->name))
        return FALSE;
    }

  task->record = phase;
  return set_text (self, phase, "description", _stolt_planner_attr (task->node, "note"));
}

static gboolean
read_dates (Import      *self,
            PlannerTask *task,
            guint32     *start,
            guint32     *end)
{
  if (!parse_date (self, task->node, "start", FALSE, task->name, start) ||
      !parse_date (self, task->node, "end", TRUE, task->name, end))
    return FALSE;

  if (*end != STOLT_DATE_NONE && *start != STOLT_DATE_NONE && *end < *start)
    {
      /* A milestone or a task of no length that ends at midnight */
      if (*end + 1 == *start)
        *end = *start;
      else
        {
          _stolt_planner_note (&self->base, PLANNER_NOTE_DATES, task->name);
          *end = STOLT_DATE_NONE;
        }
    }
  self->last_end = MAX (self->last_end, MAX (*start, *end));
  return TRUE;
}

static gboolean
read_percent (Import      *self,
              PlannerTask *task,
              gint64      *percent)
{
  *percent = 0;
  if (!parse_integer (self, task->node, "percent-complete", G_MININT, G_MAXINT, percent))
    return FALSE;
  if (*percent < 0 || *percent > 100)
    {
      _stolt_planner_note (&self->base, PLANNER_NOTE_CAPPED, task->name);
      *percent = CLAMP (*percent, 0, 100);
    }
  return TRUE;
}

static gboolean
make_milestone (Import      *self,
                PlannerTask *task,
                StoltRecord *phase)
{
  StoltRecord *milestone = new_record (self, STOLT_TYPE_MILESTONE, STOLT_LIST_MILESTONES);
  guint32 start, end;
  gint64 percent;
  StoltStatus status;

  task->record = milestone;
  if (!read_dates (self, task, &start, &end) || !read_percent (self, task, &percent))
    return FALSE;

  status = percent >= 100 ? STOLT_STATUS_DONE :
           percent > 0 ? STOLT_STATUS_IN_PROGRESS : STOLT_STATUS_PLANNED;

  return set_text (self, milestone, "title", task->name) &&
         set_date (self, milestone, "date", start != STOLT_DATE_NONE ? start : end) &&
         set_text (self, milestone, "responsible",
                   task->responsible != NULL ? task->responsible->str : NULL) &&
         set_number (self, milestone, "status", STOLT_TYPE_STATUS, status) &&
         set_ref (self, milestone, "phase", phase) &&
         set_text (self, milestone, "notes", _stolt_planner_attr (task->node, "note"));
}

static gboolean
make_activity (Import      *self,
               PlannerTask *task,
               StoltRecord *phase)
{
  StoltRecord *activity = new_record (self, STOLT_TYPE_ACTIVITY, STOLT_LIST_ACTIVITIES);
  guint32 start, end;
  gint64 percent, work = 0;
  double hours;

  task->record = activity;
  if (!read_dates (self, task, &start, &end) || !read_percent (self, task, &percent) ||
      !parse_integer (self, task->node, "work", G_MININT64, G_MAXINT64, &work))
    return FALSE;

  hours = work / 3600.0;
  if (hours < 0 || hours > HOURS_MAX)
    {
      _stolt_planner_note (&self->base, PLANNER_NOTE_CAPPED, task->name);
      hours = CLAMP (hours, 0, HOURS_MAX);
    }

  return set_text (self, activity, "title", task->name) &&
         set_date (self, activity, "start-date", start) &&
         set_date (self, activity, "end-date", end) &&
         set_text (self, activity, "responsible",
                   task->responsible != NULL ? task->responsible->str : NULL) &&
         set_number (self, activity, "hours", G_TYPE_DOUBLE, hours) &&
         set_number (self, activity, "progress", G_TYPE_INT, (double) percent) &&
         set_ref (self, activity, "phase", phase) &&
         set_text (self, activity, "notes", _stolt_planner_attr (task->node, "note"));
}

static gboolean
make_task (Import *self,
           guint   index)
{
  PlannerTask *task = PLANNER_TASK (&self->base, index);
  const char *type = _stolt_planner_attr (task->node, "type");

  if (task->n_children > 0)
    task->kind = task->parent < 0 ? PLANNER_TASK_PHASE : PLANNER_TASK_GROUP;
  else if (type != NULL && strcmp (type, "milestone") == 0)
    task->kind = PLANNER_TASK_MILESTONE;
  else
    task->kind = PLANNER_TASK_ACTIVITY;

  note_task_extras (self, task);

  switch (task->kind)
    {
    case PLANNER_TASK_PHASE:
      return make_phase (self, task);
    case PLANNER_TASK_GROUP:
      _stolt_planner_note (&self->base, PLANNER_NOTE_NESTED_SUMMARIES, task->name);
      return TRUE;
    case PLANNER_TASK_MILESTONE:
      return make_milestone (self, task, phase_of (self, index));
    case PLANNER_TASK_ACTIVITY:
    default:
      return make_activity (self, task, phase_of (self, index));
    }
}

/* Resources and allocations */

static gboolean
read_groups (Import *self)
{
  StoltXmlNode *groups = find_child (self->root, "resource-groups");

  for (StoltXmlNode *node = groups != NULL ? groups->children : NULL; node; node = node->next)
    {
      guint id = 0;

      if (!_stolt_planner_is_element (node, "group"))
        continue;
      if (!parse_id (self, node, "id", &id))
        return FALSE;
      g_hash_table_insert (self->groups, GUINT_TO_POINTER (id + 1),
                           (gpointer) attr_or_empty (node, "name"));
      _stolt_planner_note (&self->base, PLANNER_NOTE_GROUPS, attr_or_empty (node, "name"));
    }

  return TRUE;
}

static char *
member_notes (Import  *self,
              StoltXmlNode *node)
{
  GString *notes = g_string_new (attr_or_empty (node, "note"));
  const char *email = attr_or_empty (node, "email");
  const char *group_id = _stolt_planner_attr (node, "group");
  const char *group = NULL;
  guint64 number;

  if (group_id != NULL && g_ascii_string_to_unsigned (group_id, 10, 0, G_MAXINT - 1, &number, NULL))
    group = g_hash_table_lookup (self->groups, GUINT_TO_POINTER ((guint) number + 1));

  if (*email != '\0')
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append_printf (notes, _("E-mail: %s"), email);
    }
  if (group != NULL && *group != '\0')
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append_printf (notes, _("Group: %s"), group);
    }

  return g_string_free (notes, FALSE);
}

static gboolean
make_member (Import     *self,
             StoltXmlNode    *node,
             const char *name)
{
  StoltRecord *member = new_record (self, STOLT_TYPE_MEMBER, STOLT_LIST_MEMBERS);
  g_autofree char *notes = member_notes (self, node);

  return set_text (self, member, "name", name) && set_text (self, member, "notes", notes);
}

static void
note_resource_extras (Import     *self,
                      StoltXmlNode    *node,
                      const char *name)
{
  const char *std_rate = _stolt_planner_attr (node, "std-rate");
  const char *ovt_rate = _stolt_planner_attr (node, "ovt-rate");
  const char *short_name = _stolt_planner_attr (node, "short-name");

  if ((std_rate != NULL && g_ascii_strtod (std_rate, NULL) != 0.0) ||
      (ovt_rate != NULL && g_ascii_strtod (ovt_rate, NULL) != 0.0))
    _stolt_planner_note (&self->base, PLANNER_NOTE_COSTS, name);
  if (short_name != NULL && *short_name != '\0')
    _stolt_planner_note (&self->base, PLANNER_NOTE_SHORT_NAMES, name);
}

static gboolean
read_resources (Import *self)
{
  StoltXmlNode *resources = find_child (self->root, "resources");

  for (StoltXmlNode *node = resources != NULL ? resources->children : NULL; node; node = node->next)
    {
      Resource *resource;
      gpointer key;
      guint id = 0;

      if (!_stolt_planner_is_element (node, "resource"))
        continue;
      if (!parse_id (self, node, "id", &id))
        return FALSE;

      key = GUINT_TO_POINTER (id + 1);
      if (g_hash_table_contains (self->resources, key))
        return invalid (self, _("two resources have the id %u"), id);

      resource = g_new0 (Resource, 1);
      resource->name = attr_or_empty (node, "name");
      resource->person = g_strcmp0 (_stolt_planner_attr (node, "type"), "2") != 0;
      g_hash_table_insert (self->resources, key, resource);

      note_resource_extras (self, node, resource->name);
      if (!resource->person)
        _stolt_planner_note (&self->base, PLANNER_NOTE_MATERIAL, resource->name);
      else if (*resource->name != '\0' && !make_member (self, node, resource->name))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_allocation (Import  *self,
                 StoltXmlNode *node)
{
  const char *units = _stolt_planner_attr (node, "units");
  int task_index = _stolt_planner_find_task (&self->base, _stolt_planner_attr (node, "task-id"));
  const char *resource_id = _stolt_planner_attr (node, "resource-id");
  Resource *resource = NULL;
  PlannerTask *task;
  guint64 number;

  if (resource_id != NULL &&
      g_ascii_string_to_unsigned (resource_id, 10, 0, G_MAXINT - 1, &number, NULL))
    resource = g_hash_table_lookup (self->resources, GUINT_TO_POINTER ((guint) number + 1));

  if (task_index < 0 || resource == NULL)
    {
      _stolt_planner_note (&self->base, PLANNER_NOTE_DANGLING,
                           task_index >= 0 ? PLANNER_TASK (&self->base, task_index)->name :
                           resource != NULL ? resource->name : NULL);
      return TRUE;
    }

  task = PLANNER_TASK (&self->base, task_index);
  if (units != NULL && strcmp (units, "100") != 0)
    _stolt_planner_note (&self->base, PLANNER_NOTE_UNITS, task->name);

  if (task->responsible == NULL)
    task->responsible = g_string_new (resource->name);
  else if (task->responsible->len < 4096)
    g_string_append_printf (task->responsible, ", %s", resource->name);
  return TRUE;
}

static gboolean
read_allocations (Import *self)
{
  StoltXmlNode *allocations = find_child (self->root, "allocations");

  for (StoltXmlNode *node = allocations != NULL ? allocations->children : NULL; node; node = node->next)
    if (_stolt_planner_is_element (node, "allocation") && !read_allocation (self, node))
      return FALSE;

  return TRUE;
}

static void
note_summary_allocations (Import *self)
{
  for (guint i = 0; i < self->base.tasks->len; i++)
    {
      PlannerTask *task = PLANNER_TASK (&self->base, i);

      if (task->responsible != NULL && task->n_children > 0)
        _stolt_planner_note (&self->base, PLANNER_NOTE_SUMMARY_ALLOCATIONS, task->name);
    }
}

/* The whole file */

static gboolean
check_root (Import       *self,
            StoltXmlTree *tree)
{
  g_autofree char *name = NULL;

  self->root = stolt_xml_tree_get_root (tree);
  if (self->root != NULL && _stolt_planner_is_element (self->root, "project") &&
      _stolt_planner_attr (self->root, "mrproject-version") != NULL)
    return TRUE;

  name = quoted (self->root != NULL ? self->root->name : "");
  if (self->root != NULL && g_str_equal (name, "project"))
    g_set_error (self->error, STOLT_IMPORT_ERROR, STOLT_IMPORT_ERROR_NOT_PLANNER,
                 _("“%s” is not a GNOME Planner file: its <project> has no mrproject-version"),
                 self->base.display_name);
  else
    g_set_error (self->error, STOLT_IMPORT_ERROR, STOLT_IMPORT_ERROR_NOT_PLANNER,
                 _("“%s” is not a GNOME Planner file: the root element is <%s>"),
                 self->base.display_name, name);
  return FALSE;
}

static gboolean
finish_card (Import *self)
{
  guint32 start = stolt_project_card_get_start_date (STOLT_PROJECT_CARD (self->card));
  const char *title = stolt_record_get_title (self->card);

  /* Planner keeps no end: the project ends with its last task */
  if (self->last_end != STOLT_DATE_NONE && (start == STOLT_DATE_NONE || self->last_end >= start) &&
      !set_date (self, self->card, "end-date", self->last_end))
    return FALSE;

  /* The document is titled after the project; an unnamed one after the file */
  if (title == NULL || *title == '\0')
    {
      g_autofree char *base = g_strdup (self->base.display_name);
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      return set_text (self, self->card, "title", base);
    }
  return TRUE;
}

static StoltProject *
assemble (Import *self)
{
  g_autoptr(GError) local_error = NULL;
  StoltProject *project;

  for (guint list = 0; list < STOLT_N_LISTS; list++)
    if (self->lists[list]->len > 0)
      stolt_project_builder_append (self->base.builder, self->card, list,
                                    (StoltRecord **) self->lists[list]->pdata,
                                    self->lists[list]->len);

  project = stolt_project_builder_finish (self->base.builder, &local_error);
  if (project == NULL)
    invalid (self, "%s", local_error->message);
  return project;
}

static StoltProject *
import_doc (Import       *self,
            StoltXmlTree *doc)
{
  StoltXmlNode *tasks;

  if (!check_root (self, doc))
    return NULL;

  self->card = stolt_project_builder_add (self->base.builder, STOLT_TYPE_PROJECT_CARD, 0);

  note_misc (self);
  if (!read_card (self) || !read_phases (self) || !read_groups (self) ||
      !read_resources (self))
    return NULL;

  /* Tasks first as a tree, so that allocations find them */
  tasks = find_child (self->root, "tasks");
  if (tasks != NULL && !collect_tasks (self, tasks, -1))
    return NULL;
  if (!read_allocations (self))
    return NULL;
  note_summary_allocations (self);

  for (guint i = 0; i < self->base.tasks->len; i++)
    if (!make_task (self, i))
      return NULL;

  if (g_cancellable_set_error_if_cancelled (self->base.cancellable, self->error))
    return NULL;

  _stolt_planner_read_links (&self->base);
  {
    g_autoptr(GError) local_error = NULL;

    if (!_stolt_planner_apply_links (&self->base, &local_error))
      {
        invalid (self, "%s", local_error->message);
        return NULL;
      }
  }

  if (!finish_card (self))
    return NULL;
  return assemble (self);
}

static void
clear_task (gpointer data)
{
  PlannerTask *task = data;

  if (task->responsible != NULL)
    g_string_free (task->responsible, TRUE);
  if (task->after != NULL)
    g_string_free (task->after, TRUE);
  g_clear_pointer (&task->predecessors, g_array_unref);
}

static void
import_init (Import       *self,
             const char   *display_name,
             GCancellable *cancellable,
             GError      **error)
{
  memset (self, 0, sizeof *self);
  self->base.display_name = display_name;
  self->base.cancellable = cancellable;
  self->base.tasks = g_array_new (FALSE, TRUE, sizeof (PlannerTask));
  g_array_set_clear_func (self->base.tasks, clear_task);
  self->base.task_ids = g_hash_table_new (NULL, NULL);
  self->base.links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < STOLT_N_LISTS; i++)
    self->lists[i] = g_ptr_array_new ();
  self->resources = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->groups = g_hash_table_new (NULL, NULL);
  self->phases = g_hash_table_new (g_str_hash, g_str_equal);
  self->base.builder = stolt_project_builder_new ();
  self->error = error;
}

static void
import_clear (Import *self)
{
  g_array_unref (self->base.tasks);
  g_hash_table_unref (self->base.task_ids);
  g_hash_table_unref (self->base.links);
  g_clear_pointer (&self->base.activities, g_array_unref);
  g_clear_pointer (&self->base.activities_before, g_free);
  _stolt_planner_notes_clear (&self->base);
  for (guint i = 0; i < STOLT_N_LISTS; i++)
    g_ptr_array_unref (self->lists[i]);
  g_hash_table_unref (self->resources);
  g_hash_table_unref (self->groups);
  g_hash_table_unref (self->phases);
  g_clear_pointer (&self->base.builder, stolt_project_builder_free);
}

/**
 * stolt_planner_import:
 * @xml: the file's contents
 * @display_name: the file's name, for messages
 * @not_carried_over: (out) (optional) (transfer full): one translated
 *   line per kind of thing in the file that has no place in Stolt
 *
 * Returns: (transfer full): a new project, not yet saved anywhere, or
 *   %NULL with a %STOLT_IMPORT_ERROR (or %G_IO_ERROR_CANCELLED) that names
 *   the file and says what is wrong
 */
StoltProject *
stolt_planner_import (GBytes        *xml,
                      const char    *display_name,
                      GCancellable  *cancellable,
                      GPtrArray    **not_carried_over,
                      GError       **error)
{
  g_autoptr(StoltXmlTree) doc = NULL;
  StoltProject *project;
  Import self;

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  doc = stolt_safe_xml_read (xml, display_name, cancellable, error);
  if (doc == NULL)
    return NULL;

  import_init (&self, display_name, cancellable, error);
  project = import_doc (&self, doc);
  if (project != NULL && not_carried_over != NULL)
    *not_carried_over = _stolt_planner_notes_lines (&self.base);
  import_clear (&self);

  return project;
}

StoltProject *
stolt_planner_import_file (GFile         *file,
                           GCancellable  *cancellable,
                           GPtrArray    **not_carried_over,
                           GError       **error)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  g_autoptr(GBytes) bytes = NULL;

  /* A little over the limit still reads, to be refused with the limit named */
  bytes = stolt_file_load (file, 2 * (gsize) STOLT_SAFE_XML_MAX_BYTES, NULL, error);
  if (bytes == NULL)
    return NULL;
  return stolt_planner_import (bytes, name, cancellable, not_carried_over, error);
}
