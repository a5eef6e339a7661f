/* stolt-plan-page.c — the Plan tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each part of the plan is a section of a GtkStack: a StoltRecordTable
 * and, beside it, a StoltRecordEditor for the selected row.  Derived
 * figures (hours, groups not involved, the action programme's overview,
 * unanswered SMART questions) are recounted a moment after edits stop.
 */

#define G_LOG_DOMAIN "stolt-plan-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-chain-box.h"
#include "stolt-framed-scroller.h"
#include "stolt-date.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-format.h"
#include "stolt-plan-page.h"
#include "stolt-plan-stats.h"
#include "stolt-split.h"

#define DERIVED_DELAY_MS 300

typedef struct
{
  const char           *name;
  const char           *title;        /* N_() */
  const StoltTableSpec *spec;
  const char *const    *editor_fields;
  const char           *editor_title; /* N_() */
} SectionSpec;

typedef struct
{
  const SectionSpec *spec;
  StoltRecordTable  *table;          /* NULL until the section is built */
  StoltRecordEditor *editor;
  GtkWidget         *page;           /* in the stack from the start */
  StoltSplit        *split;          /* the table and its form */
} Section;

struct _StoltPlanPage
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkWidget      *box;
  GtkWidget      *sidebar_scroller;
  StoltSplit     *split;             /* the sidebar and the sections */
  GtkStackSidebar *sidebar;
  GtkStack       *sections;
  GtkBox         *card_box;

  /* Built with the project */
  GArray         *built;             /* Section */
  GtkWidget      *missing_label;     /* organisation: groups not involved */
  GtkWidget      *overview_label;    /* action programme */
  GtkWidget      *serves_row;        /* the measure's values, derived (issue 12) */
  GtkWidget      *phase_totals;      /* AdwPreferencesGroup */
  GtkWidget      *person_totals;
  GtkWidget      *smart_group;
  GPtrArray      *goal_editors;      /* the result chain and SMART forms */
  GtkWidget      *chain_heading;     /* shown with a goal only */
  GtkWidget      *chain;
  GPtrArray      *total_rows;

  /* Owned references */
  StoltProject   *project;
  StoltSelection *selection;
  guint           derived_id;
  gboolean        selecting;
  gboolean        read_only;
};

G_DEFINE_FINAL_TYPE (StoltPlanPage, stolt_plan_page, GTK_TYPE_WIDGET)

static void apply_editable   (StoltPlanPage *self);
static void ensure_section   (StoltPlanPage *self,
                              Section       *section);

static const char *const member_columns[] = { "name", "role", "team", NULL };
static const char *const member_filters[] = { "team", NULL };
static const StoltTableSpec member_table = {
  STOLT_LIST_MEMBERS, 0, N_("New person"), N_("No One Involved Yet"),
  member_columns, member_filters, NULL, TRUE,
};

static const char *const phase_columns[] = { "title", "description", NULL };
static const StoltTableSpec phase_table = {
  STOLT_LIST_PHASES, 0, N_("New phase"), N_("No Phases"),
  phase_columns, NULL, NULL, TRUE,
};

static const char *const milestone_columns[] = {
  "title", "date", "responsible", "activities", "decision", "status", "phase", NULL
};
static const char *const milestone_filters[] = { "phase", "responsible", "status", NULL };
static const StoltTableSpec milestone_table = {
  STOLT_LIST_MILESTONES, 0, N_("New milestone"), N_("No Milestones"),
  milestone_columns, milestone_filters, "date", FALSE,
};

static const char *const activity_columns[] = {
  "code", "title", "start-date", "end-date", "responsible", "hours", "progress", "phase",
  "predecessors", NULL
};
static const char *const activity_filters[] = { "phase", "responsible", NULL };
static const StoltTableSpec activity_table = {
  STOLT_LIST_ACTIVITIES, 0, N_("New activity"), N_("No Activities"),
  activity_columns, activity_filters, NULL, TRUE,
};

static const char *const goal_columns[] = { "title", NULL };
static const StoltTableSpec goal_table = {
  STOLT_LIST_GOALS, 0, N_("New goal"), N_("No Goals"),
  goal_columns, NULL, NULL, TRUE,
};

static const char *const measure_columns[] = {
  "title", "category", "responsible", "deadline", "indicator", "status", "goals", NULL
};
static const char *const measure_filters[] = { "category", "responsible", "status", NULL };
static const StoltTableSpec measure_table = {
  STOLT_LIST_MEASURES, 0, N_("New measure"), N_("No Measures"),
  measure_columns, measure_filters, NULL, TRUE,
};

static const char *const goal_fields[] = { "title", NULL };
static const char *const chain_fields[] = { "input", "activities", "outputs", "effects", "vision" };
static const char *const smart_fields[] = {
  "specific", "measurable", "accepted", "realistic", "time-bound", NULL
};

static const SectionSpec section_specs[] = {
  { "organisation", N_("Organisation"), &member_table, NULL, N_("Person or Body") },
  { "phases", N_("Phases"), &phase_table, NULL, N_("Phase") },
  { "milestones", N_("Milestones"), &milestone_table, NULL, N_("Milestone") },
  { "activities", N_("Activities"), &activity_table, NULL, N_("Activity") },
  { "goals", N_("Goals"), &goal_table, goal_fields, N_("Goal") },
  /* Translators: the list of measures; sv "Handlingsprogram", nb "Handlingsplan" */
  { "measures", N_("Action Programme"), &measure_table, NULL, N_("Measure") },
};

static GType
section_item_type (const SectionSpec *spec)
{
  switch (spec->spec->list)
    {
    case STOLT_LIST_MEMBERS: return STOLT_TYPE_MEMBER;
    case STOLT_LIST_PHASES: return STOLT_TYPE_PHASE;
    case STOLT_LIST_MILESTONES: return STOLT_TYPE_MILESTONE;
    case STOLT_LIST_ACTIVITIES: return STOLT_TYPE_ACTIVITY;
    case STOLT_LIST_GOALS: return STOLT_TYPE_GOAL;
    case STOLT_LIST_MEASURES: return STOLT_TYPE_MEASURE;
    default: g_return_val_if_reached (G_TYPE_INVALID);
    }
}

static Section *
find_section (StoltPlanPage *self,
              const char    *name)
{
  for (guint i = 0; self->built != NULL && i < self->built->len; i++)
    {
      Section *section = &g_array_index (self->built, Section, i);

      if (g_str_equal (section->spec->name, name))
        return section;
    }

  return NULL;
}

/* Derived figures */

static void
clear_rows (StoltPlanPage *self)
{
  for (guint i = 0; i < self->total_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->total_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->total_rows, 0);
}

static void
add_total_rows (StoltPlanPage *self,
                GtkWidget     *group,
                GArray        *totals,
                const char    *nobody)
{
  for (guint i = 0; i < totals->len; i++)
    {
      StoltHoursTotal *total = &g_array_index (totals, StoltHoursTotal, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *hours = stolt_format_number (total->hours, 1);
      /* Translators: hours in a total, e.g. "16,5 h" */
      g_autofree char *text = g_strdup_printf (_("%s h"), hours);
      g_autofree char *count = g_strdup_printf (ngettext ("%u activity", "%u activities",
                                                          total->n_activities),
                                                total->n_activities);
      GtkWidget *label = gtk_label_new (text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     total->label != NULL ? total->label : nobody);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->total_rows, row);
    }
}

/* The figures are counted only for a section that is built: on opening
 * a plan, none is (the first frame does not wait for 20 000 activities to
 * be summed), and building one counts them (ensure_section) */
static void
update_totals (StoltPlanPage *self)
{
  g_autoptr(GArray) by_phase = NULL;
  g_autoptr(GArray) by_person = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *all = NULL;

  if (self->phase_totals == NULL)
    return;

  by_phase = stolt_hours_by_phase (self->project);
  by_person = stolt_hours_by_responsible (self->project);
  sum = stolt_format_number (stolt_hours_total (self->project), 1);
  /* Translators: %s is a number of hours, e.g. "In all 124,5 hours" */
  all = g_strdup_printf (_("In all %s hours"), sum);

  clear_rows (self);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->phase_totals), all);
  add_total_rows (self, self->phase_totals, by_phase, _("No phase"));
  add_total_rows (self, self->person_totals, by_person, _("Nobody responsible"));
}

static void
update_missing_groups (StoltPlanPage *self)
{
  int groups[STOLT_MEMBER_GROUP_OTHER + 1];
  guint n;
  g_autoptr(GString) names = NULL;
  g_autofree char *text = NULL;

  if (self->missing_label == NULL)
    return;

  n = stolt_missing_member_groups (self->project, groups, G_N_ELEMENTS (groups));
  names = g_string_new (NULL);
  for (guint i = 0; i < MIN (n, G_N_ELEMENTS (groups)); i++)
    {
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, stolt_enum_get_label (STOLT_TYPE_MEMBER_GROUP, groups[i]));
    }

  if (n == 0)
    text = g_strdup (_("Every group is involved."));
  else
    /* Translators: %s lists groups, e.g. "Politicians, Managers" */
    text = g_strdup_printf (_("Not involved yet: %s"), names->str);
  gtk_label_set_text (GTK_LABEL (self->missing_label), text);
  if (n == 0)
    gtk_widget_remove_css_class (self->missing_label, "warning");
  else
    gtk_widget_add_css_class (self->missing_label, "warning");
}

static void
update_overview (StoltPlanPage *self)
{
  StoltMeasureOverview overview;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;

  if (self->overview_label == NULL)
    return;

  stolt_measure_overview (self->project, stolt_date_today (), &overview);
  total = g_strdup_printf (ngettext ("%u measure", "%u measures", overview.total), overview.total);
  /* Translators: the action programme's overview, e.g. "20 measures: 5 done,
   * 12 on track, 3 late" */
  text = g_strdup_printf (_("%s: %u done, %u on track, %u late"), total, overview.done,
                          overview.on_track, overview.late);
  gtk_label_set_text (GTK_LABEL (self->overview_label), text);
  if (overview.late > 0)
    gtk_widget_add_css_class (self->overview_label, "warning");
  else
    gtk_widget_remove_css_class (self->overview_label, "warning");
}

static void
update_smart (StoltPlanPage *self)
{
  Section *goals = find_section (self, "goals");
  StoltRecord *goal = goals != NULL && goals->table != NULL
                      ? stolt_record_table_get_selected (goals->table) : NULL;
  const char *missing[5];
  guint n;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (goal == NULL)
    return;

  n = stolt_goal_unanswered_smart (STOLT_GOAL (goal), missing, G_N_ELEMENTS (missing));
  for (guint i = 0; i < n; i++)
    {
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, stolt_field_label (STOLT_TYPE_GOAL, missing[i]));
    }

  if (n == 0)
    text = g_strdup (_("All five questions are answered."));
  else
    /* Translators: %s lists SMART questions, e.g. "Measurable, Time-bound" */
    text = g_strdup_printf (_("Not answered yet: %s"), names->str);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->smart_group), text);
}

/* The other side of a value's supporting measures: which values the
 * selected measure serves, read-only (the link is made on the Values tab) */
static void
update_serves (StoltPlanPage *self)
{
  Section *measures = find_section (self, "measures");
  StoltRecord *measure = measures != NULL && measures->table != NULL
                         ? stolt_record_table_get_selected (measures->table) : NULL;
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (self->serves_row == NULL)
    return;

  gtk_widget_set_visible (self->serves_row, measure != NULL);
  if (measure == NULL)
    return;

  values = stolt_measure_dup_values (self->project, STOLT_MEASURE (measure));
  for (guint i = 0; i < values->len; i++)
    {
      if (names->len > 0)
        /* Translators: separates names in a list, e.g. "Open, Brave" */
        g_string_append (names, _(", "));
      g_string_append (names, stolt_value_get_name (g_ptr_array_index (values, i)));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->serves_row),
                               values->len > 0 ? names->str
                               : _("No value names this measure yet"));
}

static void
update_derived (StoltPlanPage *self)
{
  update_serves (self);
  update_totals (self);
  update_missing_groups (self);
  update_overview (self);
  update_smart (self);
}

static gboolean
derived_timeout_cb (gpointer data)
{
  StoltPlanPage *self = data;

  self->derived_id = 0;
  update_derived (self);
  return G_SOURCE_REMOVE;
}

/* Recounts now; a recount already scheduled is dropped, not forgotten
 * (left pending, it would outlive a page disposed before it fires) */
static void
update_derived_now (StoltPlanPage *self)
{
  g_clear_handle_id (&self->derived_id, g_source_remove);
  update_derived (self);
}

static void
project_changed_cb (StoltPlanPage *self)
{
  if (self->derived_id == 0)
    self->derived_id = g_timeout_add (DERIVED_DELAY_MS, derived_timeout_cb, self);
}

/* Selection: the table's, the editor's and the window's are one */

static void
table_selected_cb (StoltRecordTable *table,
                   GParamSpec       *pspec,
                   StoltPlanPage    *self)
{
  StoltRecord *record = stolt_record_table_get_selected (table);
  Section *section = g_object_get_data (G_OBJECT (table), "section");

  stolt_record_editor_set_record (section->editor, record);
  if (g_str_equal (section->spec->name, "goals"))
    {
      for (guint i = 0; i < self->goal_editors->len; i++)
        stolt_record_editor_set_record (g_ptr_array_index (self->goal_editors, i), record);
      gtk_widget_set_visible (self->chain_heading, record != NULL);
      gtk_widget_set_visible (self->chain, record != NULL);
      update_smart (self);
    }
  if (g_str_equal (section->spec->name, "measures"))
    update_serves (self);

  if (self->selection != NULL && record != NULL && !self->selecting)
    {
      self->selecting = TRUE;
      stolt_selection_set_record (self->selection, record);
      self->selecting = FALSE;
    }
}

static void
row_activated_cb (StoltRecordTable *table,
                  StoltRecord      *record,
                  StoltPlanPage    *self)
{
  Section *section = g_object_get_data (G_OBJECT (table), "section");

  stolt_record_table_select (table, record);
  stolt_split_show_end (section->split);
  stolt_record_editor_focus_field (section->editor, NULL);
}

static void
selection_changed_cb (StoltPlanPage *self)
{
  StoltRecord *record = stolt_selection_get_record (self->selection);

  if (self->selecting || record == NULL || self->built == NULL)
    return;

  for (guint i = 0; i < self->built->len; i++)
    {
      Section *section = &g_array_index (self->built, Section, i);

      if (G_OBJECT_TYPE (record) != section_item_type (section->spec))
        continue;

      self->selecting = TRUE;
      ensure_section (self, section);
      stolt_record_table_select (section->table, record);
      gtk_stack_set_visible_child_name (self->sections, section->spec->name);
      stolt_split_show_end (self->split);
      stolt_split_show_end (section->split);
      self->selecting = FALSE;
    }
}

/* Building */

static GtkWidget *
make_editor (StoltPlanPage     *self,
             const char *const *fields,
             const char        *title)
{
  GtkWidget *editor = stolt_record_editor_new ();

  stolt_record_editor_set_project (STOLT_RECORD_EDITOR (editor), self->project);
  stolt_record_editor_set_fields (STOLT_RECORD_EDITOR (editor), fields);
  stolt_record_editor_set_title (STOLT_RECORD_EDITOR (editor), title);
  return editor;
}

static GtkWidget *
make_note (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* The goal's result chain as five linked columns (seed 001, slide 40:
 * innsats → aktiviteter → resultater → effekter → visjon), then SMART */
static void
build_goal_side (StoltPlanPage *self,
                 GtkWidget     *side)
{
  /* A row when each box gets 200 px, room for a long compound word
   * ("medarbeidersamtaler") on a line; otherwise, in the form's column of
   * at most 900 px too, a column (issue 14) */
  GtkWidget *chain = stolt_chain_box_new (200);
  GtkWidget *heading = gtk_label_new (_("Result Chain"));
  GtkWidget *smart;

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_box_append (GTK_BOX (side), heading);

  for (guint i = 0; i < G_N_ELEMENTS (chain_fields); i++)
    {
      const char *fields[] = { chain_fields[i], NULL };
      GtkWidget *editor = make_editor (self, fields, NULL);

      stolt_chain_box_append (STOLT_CHAIN_BOX (chain), editor);
      g_ptr_array_add (self->goal_editors, editor);
    }
  gtk_box_append (GTK_BOX (side), chain);
  /* Until a goal is chosen its forms are empty: no heading, no arrows */
  gtk_widget_set_visible (heading, FALSE);
  gtk_widget_set_visible (chain, FALSE);
  self->chain_heading = heading;
  self->chain = chain;

  smart = make_editor (self, smart_fields, _("SMART Check"));
  g_ptr_array_add (self->goal_editors, smart);
  self->smart_group = gtk_widget_get_first_child (smart);
  gtk_box_append (GTK_BOX (side), smart);
}

static void
build_activity_side (StoltPlanPage *self,
                     GtkWidget     *side)
{
  self->phase_totals = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->phase_totals), _("Hours per Phase"));
  self->person_totals = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->person_totals),
                                   _("Hours per Responsible"));
  gtk_box_append (GTK_BOX (side), self->phase_totals);
  gtk_box_append (GTK_BOX (side), self->person_totals);
}

/* A section's page is in the stack from the start (the sidebar lists
 * it); its table and form are built when it is first shown or asked for,
 * so a project with 20 000 activities opens at the card. */
static void
add_section (StoltPlanPage     *self,
             const SectionSpec *spec)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  Section section = { spec, NULL, NULL, page, NULL };

  gtk_stack_add_titled (self->sections, page, spec->name, g_dgettext (GETTEXT_PACKAGE, spec->title));
  g_array_append_val (self->built, section);
}

static void
ensure_section (StoltPlanPage *self,
                Section       *section)
{
  const SectionSpec *spec = section->spec;
  GtkWidget *split, *side, *side_scroller;
  StoltTableSpec *table_spec;

  if (section->table != NULL)
    return;

  side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  /* The spec tables are const; the item type is known only at run time */
  table_spec = g_memdup2 (spec->spec, sizeof (StoltTableSpec));
  table_spec->item_type = section_item_type (spec);

  section->table = STOLT_RECORD_TABLE (stolt_record_table_new (table_spec));
  stolt_record_table_set_project (section->table, self->project);
  stolt_record_table_set_editable (section->table, !self->read_only);
  gtk_accessible_update_property (GTK_ACCESSIBLE (stolt_record_table_get_view (section->table)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_dgettext (GETTEXT_PACKAGE, spec->title), -1);
  section->editor = STOLT_RECORD_EDITOR (make_editor (self, spec->editor_fields,
                                                      g_dgettext (GETTEXT_PACKAGE, spec->editor_title)));
  stolt_record_editor_set_placeholder (section->editor,
                                       _("Select a row to see and change it here, "
                                         "or press Ctrl+N to add one."));
  gtk_widget_set_sensitive (GTK_WIDGET (section->editor), !self->read_only);
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (section->editor));

  if (g_str_equal (spec->name, "organisation"))
    {
      self->missing_label = make_note ();
      gtk_box_append (GTK_BOX (section->page), self->missing_label);
    }
  else if (g_str_equal (spec->name, "measures"))
    {
      GtkWidget *group = adw_preferences_group_new ();

      self->overview_label = make_note ();
      gtk_box_append (GTK_BOX (section->page), self->overview_label);
      self->serves_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->serves_row),
                                     _("Serves the values"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->serves_row), FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->serves_row);
      gtk_box_append (GTK_BOX (side), group);
      update_serves (self);
    }
  else if (g_str_equal (spec->name, "activities"))
    build_activity_side (self, side);
  else if (g_str_equal (spec->name, "goals"))
    build_goal_side (self, side);

  gtk_widget_set_size_request (GTK_WIDGET (section->table), 260, -1);
  side_scroller = stolt_framed_scroller_new (side);
  gtk_widget_set_size_request (side_scroller, 280, -1);
  /* Wide, the table keeps its width and the form takes the rest (the
   * goal's result chain wants room); narrow, they fold (issue 14) */
  gtk_widget_set_hexpand (GTK_WIDGET (section->table), !g_str_equal (spec->name, "goals"));
  split = stolt_split_new (GTK_WIDGET (section->table), side_scroller,
                           /* Translators: the back button of a narrow window's form */
                           _("Back to the List"));
  section->split = STOLT_SPLIT (split);
  stolt_split_set_end_title (section->split, g_dgettext (GETTEXT_PACKAGE, spec->editor_title));
  g_object_set_data_full (G_OBJECT (split), "table-spec", table_spec, g_free);
  gtk_widget_set_vexpand (split, TRUE);
  gtk_box_append (GTK_BOX (section->page), split);

  g_object_set_data (G_OBJECT (section->table), "section", section);
  g_signal_connect (section->table, "notify::selected-record", G_CALLBACK (table_selected_cb), self);
  g_signal_connect (section->table, "row-activated", G_CALLBACK (row_activated_cb), self);
  update_derived_now (self);
}

static void
visible_section_cb (StoltPlanPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->sections);
  Section *section = name != NULL ? find_section (self, name) : NULL;

  if (section != NULL)
    ensure_section (self, section);
  stolt_split_set_end_title (self->split, name != NULL ? gtk_stack_page_get_title (
                               gtk_stack_get_page (self->sections,
                                                   gtk_stack_get_visible_child (self->sections)))
                             : NULL);
}

/* Folded, choosing a part of the plan (even the one already chosen)
 * brings it in */
static void
sidebar_row_activated_cb (StoltPlanPage *self)
{
  stolt_split_show_end (self->split);
}

static const char *const card_fields[] = {
  "title", "organisation", "owner", "leader", "start-date", "end-date", "category-set", NULL
};
static const char *const mandate_fields[] = { "mandate", "purpose", "vision", NULL };

static void
build_card (StoltPlanPage *self)
{
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (self->project));
  GtkWidget *editor = make_editor (self, card_fields, _("Project Card"));
  GtkWidget *mandate = make_editor (self, mandate_fields, _("Mandate and Purpose"));

  stolt_record_editor_set_record (STOLT_RECORD_EDITOR (editor), card);
  stolt_record_editor_set_record (STOLT_RECORD_EDITOR (mandate), card);
  gtk_box_append (self->card_box, editor);
  gtk_box_append (self->card_box, mandate);
}

/* Forgets the project; @remove_widgets also takes its sections out of
 * the stack (not while disposing: the template goes as a whole). */
static void
stolt_plan_page_clear (StoltPlanPage *self,
                       gboolean       remove_widgets)
{
  GtkWidget *child;

  g_clear_handle_id (&self->derived_id, g_source_remove);
  /* GTK 4.8's sidebar trips over pages removed under it: detach it */
  if (remove_widgets)
    gtk_stack_sidebar_set_stack (self->sidebar, NULL);
  while (remove_widgets && (child = gtk_widget_get_first_child (GTK_WIDGET (self->card_box))) != NULL)
    gtk_box_remove (self->card_box, child);
  for (guint i = 0; self->built != NULL && i < self->built->len; i++)
    {
      Section *section = &g_array_index (self->built, Section, i);

      if (section->table != NULL)
        g_signal_handlers_disconnect_by_data (section->table, self);
      if (remove_widgets)
        gtk_stack_remove (self->sections,
                          gtk_stack_get_child_by_name (self->sections, section->spec->name));
    }
  g_clear_pointer (&self->built, g_array_unref);
  self->missing_label = self->overview_label = self->serves_row = NULL;
  self->phase_totals = self->person_totals = self->smart_group = NULL;
  self->chain_heading = self->chain = NULL;
  g_ptr_array_set_size (self->goal_editors, 0);
  g_ptr_array_set_size (self->total_rows, 0);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
}

static void
stolt_plan_page_dispose (GObject *object)
{
  StoltPlanPage *self = STOLT_PLAN_PAGE (object);

  stolt_plan_page_clear (self, FALSE);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  gtk_widget_dispose_template (GTK_WIDGET (self), STOLT_TYPE_PLAN_PAGE);

  G_OBJECT_CLASS (stolt_plan_page_parent_class)->dispose (object);
}

static void
stolt_plan_page_finalize (GObject *object)
{
  StoltPlanPage *self = STOLT_PLAN_PAGE (object);

  g_clear_pointer (&self->goal_editors, g_ptr_array_unref);
  g_clear_pointer (&self->total_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (stolt_plan_page_parent_class)->finalize (object);
}

/* Ctrl+N adds a row wherever the focus is in the Plan tab (the sidebar,
 * a form), not only in the table, as the empty forms promise */
static void
add_row_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StoltPlanPage *self = STOLT_PLAN_PAGE (widget);
  const char *name = gtk_stack_get_visible_child_name (self->sections);
  StoltRecordTable *table = name != NULL ? stolt_plan_page_get_table (self, name) : NULL;

  if (table != NULL)
    gtk_widget_activate_action (GTK_WIDGET (table), "table.add", NULL);
}

static void
stolt_plan_page_class_init (StoltPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_plan_page_dispose;
  object_class->finalize = stolt_plan_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltPlanPage, box);
  gtk_widget_class_bind_template_child (widget_class, StoltPlanPage, sidebar_scroller);
  gtk_widget_class_bind_template_child (widget_class, StoltPlanPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, StoltPlanPage, sections);
  gtk_widget_class_bind_template_child (widget_class, StoltPlanPage, card_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "plan.add-row", NULL, add_row_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "plan.add-row", NULL);
}

static void
stolt_plan_page_init (StoltPlanPage *self)
{
  GtkWidget *list;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The template lays out the parts; the split folds them (issue 14) */
  g_object_ref (self->sidebar_scroller);
  g_object_ref (self->sections);
  gtk_box_remove (GTK_BOX (self->box), self->sidebar_scroller);
  gtk_box_remove (GTK_BOX (self->box), GTK_WIDGET (self->sections));
  self->split = STOLT_SPLIT (stolt_split_new (self->sidebar_scroller, GTK_WIDGET (self->sections),
                                              _("Back to the Parts of the Plan")));
  g_object_unref (self->sidebar_scroller);
  g_object_unref (self->sections);
  gtk_widget_set_hexpand (GTK_WIDGET (self->split), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->split));
  list = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
  while (list != NULL && !GTK_IS_LIST_BOX (list))
    list = gtk_widget_get_first_child (list);
  g_assert (list != NULL);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (sidebar_row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->sections, "notify::visible-child-name",
                            G_CALLBACK (visible_section_cb), self);
  self->goal_editors = g_ptr_array_new ();
  self->total_rows = g_ptr_array_new ();
}

void
stolt_plan_page_set_project (StoltPlanPage *self,
                             StoltProject  *project)
{
  g_return_if_fail (STOLT_IS_PLAN_PAGE (self));
  g_return_if_fail (STOLT_IS_PROJECT (project));

  if (self->project == project)
    return;

  stolt_plan_page_clear (self, TRUE);
  self->project = g_object_ref (project);
  /* Sized once: the tables keep pointers to their Section */
  self->built = g_array_sized_new (FALSE, TRUE, sizeof (Section), G_N_ELEMENTS (section_specs));

  build_card (self);
  for (guint i = 0; i < G_N_ELEMENTS (section_specs); i++)
    add_section (self, &section_specs[i]);

  g_signal_connect_object (project, "record-changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "children-changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_sidebar_set_stack (self->sidebar, self->sections);
  update_derived_now (self);
  apply_editable (self);
}

void
stolt_plan_page_set_selection (StoltPlanPage  *self,
                               StoltSelection *selection)
{
  g_return_if_fail (STOLT_IS_PLAN_PAGE (self));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_swapped (selection, "notify::record", G_CALLBACK (selection_changed_cb), self);
}

static void
apply_editable (StoltPlanPage *self)
{
  gboolean editable = !self->read_only;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->card_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_sensitive (child, editable);
  for (guint i = 0; i < self->goal_editors->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->goal_editors, i), editable);
  for (guint i = 0; self->built != NULL && i < self->built->len; i++)
    {
      Section *section = &g_array_index (self->built, Section, i);

      if (section->table == NULL)
        continue;
      gtk_widget_set_sensitive (GTK_WIDGET (section->editor), editable);
      stolt_record_table_set_editable (section->table, editable);
    }
}

/* A read-only document (open in another window) can be read, searched
 * and sorted, not changed. */
void
stolt_plan_page_set_editable (StoltPlanPage *self,
                              gboolean       editable)
{
  g_return_if_fail (STOLT_IS_PLAN_PAGE (self));

  self->read_only = !editable;
  apply_editable (self);
}

void
stolt_plan_page_show_section (StoltPlanPage *self,
                              const char    *name)
{
  g_return_if_fail (STOLT_IS_PLAN_PAGE (self));

  gtk_stack_set_visible_child_name (self->sections, name);
  stolt_split_show_end (self->split);
}

const char *
stolt_plan_page_get_section (StoltPlanPage *self)
{
  g_return_val_if_fail (STOLT_IS_PLAN_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->sections);
}

StoltRecordTable *
stolt_plan_page_get_table (StoltPlanPage *self,
                           const char    *name)
{
  Section *section = find_section (self, name);

  if (section == NULL)
    return NULL;
  ensure_section (self, section);
  return section->table;
}

StoltRecordEditor *
stolt_plan_page_get_editor (StoltPlanPage *self,
                            const char    *name)
{
  Section *section = find_section (self, name);

  if (section == NULL)
    return NULL;
  ensure_section (self, section);
  return section->editor;
}

/* The derived line shown at the top of a section, recounted now. */
char *
stolt_plan_page_dup_summary (StoltPlanPage *self,
                             const char    *name)
{
  g_return_val_if_fail (STOLT_IS_PLAN_PAGE (self), NULL);

  if (find_section (self, name) == NULL)
    return NULL;
  ensure_section (self, find_section (self, name));
  update_derived_now (self);

  if (g_str_equal (name, "organisation"))
    return g_strdup (gtk_label_get_text (GTK_LABEL (self->missing_label)));
  if (g_str_equal (name, "measures"))
    return g_strdup (gtk_label_get_text (GTK_LABEL (self->overview_label)));

  if (g_str_equal (name, "activities"))
    return g_strdup (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (self->phase_totals)));
  if (g_str_equal (name, "goals"))
    return g_strdup (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (self->smart_group)));

  return NULL;
}

/* The values the selected measure serves, as its form shows them */
char *
stolt_plan_page_dup_measure_values (StoltPlanPage *self)
{
  g_return_val_if_fail (STOLT_IS_PLAN_PAGE (self), NULL);

  ensure_section (self, find_section (self, "measures"));
  update_serves (self);
  if (!gtk_widget_get_visible (self->serves_row))
    return NULL;
  return g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (self->serves_row)));
}
