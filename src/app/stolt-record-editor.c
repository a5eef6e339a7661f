/* stolt-record-editor.c — a form for one record, built from its field table
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-record-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-format.h"
#include "stolt-record-editor.h"
#include "stolt-refs-chooser.h"

typedef struct
{
  StoltRecordEditor *editor;     /* borrowed */
  const StoltField  *field;
  GtkWidget         *row;        /* the row in the group */
  GtkWidget         *input;      /* what the user types into or toggles */
  GtkWidget         *error_row;  /* the reason a value was refused */
  GArray            *choices;    /* ENUM, REF: the value of each combo position */
  char              *error;
  gboolean           updating;   /* loading from the model: do not commit */
} FieldRow;

struct _StoltRecordEditor
{
  GtkWidget     parent_instance;

  /* Child widgets */
  GtkWidget    *group;
  GtkWidget    *placeholder;

  /* Owned references */
  StoltProject *project;
  StoltRecord  *record;
  GStrv         fields;
  GPtrArray    *rows;            /* FieldRow */
  char         *title;
};

G_DEFINE_FINAL_TYPE (StoltRecordEditor, stolt_record_editor, GTK_TYPE_WIDGET)

static void field_row_load (FieldRow *row);

static void
field_row_free (gpointer data)
{
  FieldRow *row = data;

  g_clear_pointer (&row->choices, g_array_unref);
  g_clear_pointer (&row->error, g_free);
  g_free (row);
}

static void
field_row_show_error (FieldRow     *row,
                      const GError *error)
{
  gboolean refused = error != NULL;

  g_clear_pointer (&row->error, g_free);
  row->error = refused ? g_strdup (error->message) : NULL;

  gtk_widget_set_visible (row->error_row, refused);
  if (refused)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->error_row), error->message);

  if (refused)
    gtk_widget_add_css_class (row->row, "error");
  else
    gtk_widget_remove_css_class (row->row, "error");

  gtk_accessible_update_state (GTK_ACCESSIBLE (row->input),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               refused ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->input),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  refused ? error->message : "",
                                  -1);
}

/* Sends @value to the project; a refusal stays visible under the row. */
static void
field_row_commit (FieldRow     *row,
                  const GValue *value)
{
  StoltRecordEditor *self = row->editor;
  g_autoptr(GError) error = NULL;

  if (row->updating || self->record == NULL)
    return;

  stolt_project_set (self->project, self->record, row->field->name, value, &error);
  field_row_show_error (row, error);
}

static void
field_row_refuse (FieldRow   *row,
                  const char *message)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);

  field_row_show_error (row, error);
}

/* Text: committed while typing; the undo stack merges a burst of typing
 * into one step. */

static void
entry_changed_cb (GtkEditable *editable,
                  FieldRow    *row)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, gtk_editable_get_text (editable));
  field_row_commit (row, &value);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   FieldRow      *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_value_init (&value, G_TYPE_STRING);
  g_value_take_string (&value, gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  field_row_commit (row, &value);
}

/* Numbers: typed with a decimal comma or point. */

static void
number_changed_cb (GtkEditable *editable,
                   FieldRow    *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  double number;

  if (row->updating)
    return;

  if (!stolt_parse_number (gtk_editable_get_text (editable), &number))
    {
      field_row_refuse (row, _("Type a number, such as 7,5"));
      return;
    }

  if (row->field->kind == STOLT_FIELD_INT)
    {
      if (number != (int) number)
        {
          field_row_refuse (row, _("Type a whole number"));
          return;
        }
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, (int) number);
    }
  else
    {
      g_value_init (&value, G_TYPE_DOUBLE);
      g_value_set_double (&value, number);
    }

  field_row_commit (row, &value);
}

/* Dates: committed when the user presses Enter, applies or leaves the
 * row, so a half-typed date is not refused while typing. */

static void
date_commit (FieldRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row->input));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;
  guint32 julian = STOLT_DATE_NONE;

  if (row->updating || row->editor->record == NULL)
    return;

  if (*stripped != '\0')
    julian = stolt_date_parse_full (stripped, stolt_date_style_default (),
                                    stolt_date_today (), &error);
  if (error != NULL)
    {
      field_row_refuse (row, error->message);
      return;
    }

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, julian);
  if (julian == stolt_record_get_date (row->editor->record, row->field))
    field_row_show_error (row, NULL);
  else
    field_row_commit (row, &value);

  if (row->error == NULL)
    field_row_load (row);  /* show it the locale's way */
}

static void
date_applied_cb (FieldRow *row)
{
  date_commit (row);
}

static void
date_focus_left_cb (GtkEventControllerFocus *controller,
                    FieldRow                *row)
{
  date_commit (row);
}

static void
calendar_day_selected_cb (GtkCalendar *calendar,
                          FieldRow    *row)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autofree char *text = NULL;
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);
  guint32 julian = stolt_date_from_ymd (g_date_time_get_year (picked),
                                        g_date_time_get_month (picked),
                                        g_date_time_get_day_of_month (picked));

  if (row->updating)
    return;

  text = stolt_date_format (julian);
  gtk_editable_set_text (GTK_EDITABLE (row->input), text);
  date_commit (row);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
calendar_popover_shown_cb (GtkPopover *popover,
                           FieldRow   *row)
{
  GtkWidget *calendar = gtk_popover_get_child (popover);
  guint32 julian = row->editor->record != NULL
                   ? stolt_record_get_date (row->editor->record, row->field) : 0;
  int year, month, day;
  g_autoptr(GDateTime) shown = NULL;

  if (!stolt_date_to_ymd (julian != 0 ? julian : stolt_date_today (), &year, &month, &day))
    return;

  shown = g_date_time_new_local (year, month, day, 12, 0, 0);
  row->updating = TRUE;
  gtk_calendar_select_day (GTK_CALENDAR (calendar), shown);
  row->updating = FALSE;
  gtk_widget_grab_focus (calendar);
}

static void
switch_active_cb (GtkSwitch  *toggle,
                  GParamSpec *pspec,
                  FieldRow   *row)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (toggle));
  field_row_commit (row, &value);
}

static void
combo_selected_cb (AdwComboRow *combo,
                   GParamSpec  *pspec,
                   FieldRow    *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (combo);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= row->choices->len)
    return;

  if (row->field->kind == STOLT_FIELD_ENUM)
    {
      g_value_init (&value, row->field->enum_type ());
      g_value_set_enum (&value, (int) g_array_index (row->choices, gint64, selected));
    }
  else
    {
      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, g_array_index (row->choices, gint64, selected));
    }
  field_row_commit (row, &value);
}

static void
refs_chosen_cb (StoltRefsChooser *chooser,
                GArray           *ids,
                FieldRow         *row)
{
  g_autoptr(GError) error = NULL;

  if (row->updating || row->editor->record == NULL)
    return;

  stolt_project_set_refs (row->editor->project, row->editor->record, row->field->name,
                          (const gint64 *) ids->data, ids->len, &error);
  field_row_show_error (row, error);
  field_row_load (row);
}

/* The choices of an enum: its values, or for measure categories those
 * of the project's set (plus the current value, should it be outside). */
static GtkStringList *
enum_choices (StoltRecordEditor *self,
              FieldRow          *row)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  GType type = row->field->enum_type ();
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  int current = self->record != NULL ? stolt_record_get_int (self->record, row->field) : 0;

  for (guint i = 0; i < klass->n_values; i++)
    {
      gint64 value = klass->values[i].value;

      if (type == STOLT_TYPE_CATEGORY && value != current)
        {
          StoltProjectCard *card = stolt_project_get_card (self->project);
          StoltCategorySet set = stolt_project_card_get_category_set (card);

          if (!stolt_category_in_set (set, value))
            continue;
        }

      g_array_append_val (row->choices, value);
      gtk_string_list_append (labels, stolt_enum_get_label (type, value));
    }

  return labels;
}

typedef struct
{
  const char    *table;
  StoltRecord   *self;
  GArray        *choices;
  GtkStringList *labels;
} RefScan;

static void
collect_ref_cb (gpointer data,
                gpointer user_data)
{
  StoltRecord *record = data;
  RefScan *scan = user_data;
  gint64 id = stolt_record_get_id (record);

  if (record == scan->self || g_strcmp0 (STOLT_RECORD_GET_CLASS (record)->table, scan->table) != 0)
    return;

  g_array_append_val (scan->choices, id);
  gtk_string_list_append (scan->labels, stolt_record_get_title (record));
}

static GtkStringList *
ref_choices (StoltRecordEditor *self,
             FieldRow          *row)
{
  RefScan scan = { row->field->ref_table, self->record, row->choices, gtk_string_list_new (NULL) };
  gint64 none = 0;

  g_array_append_val (row->choices, none);
  /* Translators: the choice of no phase (or other linked record) */
  gtk_string_list_append (scan.labels, _("None"));
  stolt_project_foreach (self->project, collect_ref_cb, &scan);

  return scan.labels;
}

static gboolean
same_choices (GArray     *a,
              GArray     *b,
              GListModel *shown,
              GListModel *labels)
{
  if (shown == NULL || a->len != b->len
      || g_list_model_get_n_items (shown) != g_list_model_get_n_items (labels))
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, gint64, i) != g_array_index (b, gint64, i)
        || g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (shown), i),
                      gtk_string_list_get_string (GTK_STRING_LIST (labels), i)) != 0)
      return FALSE;

  return TRUE;
}

/* Puts the record's value into the row without committing it back. */
static void
field_row_load (FieldRow *row)
{
  StoltRecordEditor *self = row->editor;
  StoltRecord *record = self->record;
  const StoltField *field = row->field;

  if (record == NULL)
    return;

  row->updating = TRUE;
  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      if (field->flags & STOLT_FIELD_FLAG_MULTILINE)
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->input));
          GtkTextIter start, end;
          g_autofree char *shown = NULL;

          gtk_text_buffer_get_bounds (buffer, &start, &end);
          shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          if (g_strcmp0 (shown, stolt_record_get_text (record, field)) != 0)
            gtk_text_buffer_set_text (buffer, stolt_record_get_text (record, field), -1);
        }
      else if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->input)),
                          stolt_record_get_text (record, field)) != 0)
        gtk_editable_set_text (GTK_EDITABLE (row->input), stolt_record_get_text (record, field));
      break;

    case STOLT_FIELD_DATE:
    case STOLT_FIELD_INT:
    case STOLT_FIELD_DOUBLE:
      {
        g_autofree char *text = stolt_format_value (self->project, record, field);

        if (field->kind == STOLT_FIELD_INT)
          {
            g_free (text);
            text = g_strdup_printf ("%d", stolt_record_get_int (record, field));
          }
        if (row->error == NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->input)), text) != 0)
          gtk_editable_set_text (GTK_EDITABLE (row->input), text);
      }
      break;

    case STOLT_FIELD_BOOLEAN:
      gtk_switch_set_active (GTK_SWITCH (row->input), stolt_record_get_int (record, field));
      break;

    case STOLT_FIELD_ENUM:
    case STOLT_FIELD_REF:
      {
        gint64 current = field->kind == STOLT_FIELD_ENUM ? stolt_record_get_int (record, field)
                                                         : stolt_record_get_ref (record, field);
        g_autoptr(GArray) before = g_array_copy (row->choices);
        g_autoptr(GtkStringList) labels = NULL;
        GListModel *shown = adw_combo_row_get_model (ADW_COMBO_ROW (row->input));

        g_array_set_size (row->choices, 0);
        labels = field->kind == STOLT_FIELD_ENUM ? enum_choices (self, row) : ref_choices (self, row);

        /* A new model only when the choices changed: this runs inside the
         * combo's own notify::selected when the user picks a value */
        if (!same_choices (before, row->choices, shown, G_LIST_MODEL (labels)))
          adw_combo_row_set_model (ADW_COMBO_ROW (row->input), G_LIST_MODEL (labels));
        for (guint i = 0; i < row->choices->len; i++)
          if (g_array_index (row->choices, gint64, i) == current
              && adw_combo_row_get_selected (ADW_COMBO_ROW (row->input)) != i)
            adw_combo_row_set_selected (ADW_COMBO_ROW (row->input), i);
      }
      break;

    case STOLT_FIELD_REFS:
      {
        g_autofree char *text = stolt_format_value (self->project, record, field);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), *text != '\0' ? text : _("None"));
        stolt_refs_chooser_set_record (STOLT_REFS_CHOOSER (row->input), self->project, record, field);
      }
      break;

    default:
      g_assert_not_reached ();
    }
  row->updating = FALSE;
}

static GtkWidget *
make_text_view_row (FieldRow   *row,
                    const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *preferences_row = g_object_new (ADW_TYPE_PREFERENCES_ROW,
                                             "title", label,
                                             "activatable", FALSE,
                                             NULL);

  gtk_widget_add_css_class (title, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  /* The window's Undo undoes the project, not just this box's text */
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (preferences_row), box);

  row->input = view;
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                    G_CALLBACK (buffer_changed_cb), row);
  return preferences_row;
}

static GtkWidget *
make_date_row (FieldRow   *row,
               const char *label)
{
  GtkWidget *entry = adw_entry_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), label);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a date"), -1);
  /* Swedes and Norwegians plan by week number */
  gtk_calendar_set_show_week_numbers (GTK_CALENDAR (calendar), TRUE);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (entry), button);

  row->input = entry;
  g_signal_connect_swapped (entry, "apply", G_CALLBACK (date_applied_cb), row);
  g_signal_connect_swapped (entry, "entry-activated", G_CALLBACK (date_applied_cb), row);
  g_signal_connect (focus, "leave", G_CALLBACK (date_focus_left_cb), row);
  gtk_widget_add_controller (entry, focus);
  g_signal_connect (popover, "show", G_CALLBACK (calendar_popover_shown_cb), row);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb), row);
  return entry;
}

static GtkWidget *
make_input_row (FieldRow   *row,
                const char *label)
{
  const StoltField *field = row->field;
  GtkWidget *widget;

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      if (field->flags & STOLT_FIELD_FLAG_MULTILINE)
        return make_text_view_row (row, label);
      widget = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), label);
      row->input = widget;
      g_signal_connect (widget, "changed", G_CALLBACK (entry_changed_cb), row);
      return widget;

    case STOLT_FIELD_DATE:
      return make_date_row (row, label);

    case STOLT_FIELD_INT:
    case STOLT_FIELD_DOUBLE:
      widget = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), label);
      gtk_editable_set_alignment (GTK_EDITABLE (widget), 0.0);
      row->input = widget;
      g_signal_connect (widget, "changed", G_CALLBACK (number_changed_cb), row);
      return widget;

    case STOLT_FIELD_BOOLEAN:
      widget = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), label);
      row->input = gtk_switch_new ();
      gtk_widget_set_valign (row->input, GTK_ALIGN_CENTER);
      /* The row names its activatable widget by its title; a label of
       * its own as well was read twice, "Decision point Decision point" */
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), row->input);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (widget), row->input);
      g_signal_connect (row->input, "notify::active", G_CALLBACK (switch_active_cb), row);
      return widget;

    case STOLT_FIELD_ENUM:
    case STOLT_FIELD_REF:
      widget = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), label);
      row->input = widget;
      row->choices = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_signal_connect (widget, "notify::selected", G_CALLBACK (combo_selected_cb), row);
      return widget;

    case STOLT_FIELD_REFS:
      widget = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), label);
      row->input = stolt_refs_chooser_new (label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), row->input);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (widget), row->input);
      g_signal_connect (row->input, "chosen", G_CALLBACK (refs_chosen_cb), row);
      return widget;

    default:
      g_return_val_if_reached (NULL);
    }
}

static FieldRow *
field_row_new (StoltRecordEditor *self,
               const StoltField  *field)
{
  FieldRow *row = g_new0 (FieldRow, 1);
  const char *label = g_dgettext (GETTEXT_PACKAGE, field->label);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  row->editor = self;
  row->field = field;
  row->row = make_input_row (row, label);
  /* The window's Undo undoes the project, not just this entry's text */
  if (GTK_IS_EDITABLE (row->input))
    gtk_editable_set_enable_undo (GTK_EDITABLE (row->input), FALSE);

  row->error_row = adw_action_row_new ();
  gtk_widget_add_css_class (row->error_row, "error");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row->error_row), icon);
  gtk_widget_set_visible (row->error_row, FALSE);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row->row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row->error_row);
  return row;
}

static gboolean
wants_field (StoltRecordEditor *self,
             const char        *name)
{
  return self->fields == NULL || g_strv_contains ((const char * const *) self->fields, name);
}

static void
stolt_record_editor_clear_rows (StoltRecordEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), row->row);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), row->error_row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

/* Rows follow the field table's order, or the order of set_fields(). */
static void
stolt_record_editor_build_rows (StoltRecordEditor *self)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (self->record);

  if (self->fields != NULL)
    {
      for (guint i = 0; self->fields[i] != NULL; i++)
        {
          const StoltField *field = stolt_record_class_find_field (klass, self->fields[i]);

          if (field != NULL)
            g_ptr_array_add (self->rows, field_row_new (self, field));
        }
      return;
    }

  for (guint i = 0; i < klass->n_fields; i++)
    if (wants_field (self, klass->fields[i].name))
      g_ptr_array_add (self->rows, field_row_new (self, &klass->fields[i]));
}

static FieldRow *
find_row (StoltRecordEditor *self,
          const char        *name)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (g_str_equal (row->field->name, name))
        return row;
    }

  return NULL;
}

static void
record_changed_cb (StoltRecordEditor *self,
                   StoltRecord       *record,
                   const char        *field)
{
  FieldRow *row;

  if (record == STOLT_RECORD (stolt_project_get_card (self->project))
      && g_strcmp0 (field, "category-set") == 0 && (row = find_row (self, "category")) != NULL)
    {
      field_row_load (row);
      return;
    }

  if (record != self->record || (row = find_row (self, field)) == NULL)
    return;

  /* The model took a value (typed here, or by undo): nothing is refused */
  if (row->error != NULL)
    field_row_show_error (row, NULL);
  field_row_load (row);
}

static void
children_changed_cb (StoltRecordEditor *self)
{
  if (self->record == NULL)
    return;

  /* The record was removed (or its removal redone): stop editing it */
  if (stolt_project_lookup (self->project, stolt_record_get_id (self->record)) != self->record)
    {
      stolt_record_editor_set_record (self, NULL);
      return;
    }

  /* A phase added or removed changes the choices of a phase row */
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (row->field->kind == STOLT_FIELD_REF || row->field->kind == STOLT_FIELD_REFS)
        field_row_load (row);
    }
}

static void
stolt_record_editor_dispose (GObject *object)
{
  StoltRecordEditor *self = STOLT_RECORD_EDITOR (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_pointer (&self->group, gtk_widget_unparent);
  g_clear_pointer (&self->placeholder, gtk_widget_unparent);
  g_clear_object (&self->project);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (stolt_record_editor_parent_class)->dispose (object);
}

static void
stolt_record_editor_finalize (GObject *object)
{
  StoltRecordEditor *self = STOLT_RECORD_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_strfreev);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (stolt_record_editor_parent_class)->finalize (object);
}

static void
stolt_record_editor_class_init (StoltRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_record_editor_dispose;
  object_class->finalize = stolt_record_editor_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordeditor");
}

static void
stolt_record_editor_init (StoltRecordEditor *self)
{
  self->rows = g_ptr_array_new_with_free_func (field_row_free);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  self->group = adw_preferences_group_new ();
  gtk_widget_set_visible (self->group, FALSE);
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));

  self->placeholder = gtk_label_new (NULL);
  gtk_widget_set_visible (self->placeholder, FALSE);
  gtk_label_set_wrap (GTK_LABEL (self->placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_set_margin_top (self->placeholder, 48);
  gtk_widget_set_parent (self->placeholder, GTK_WIDGET (self));
}

GtkWidget *
stolt_record_editor_new (void)
{
  return g_object_new (STOLT_TYPE_RECORD_EDITOR, NULL);
}

void
stolt_record_editor_set_project (StoltRecordEditor *self,
                                 StoltProject      *project)
{
  g_return_if_fail (STOLT_IS_RECORD_EDITOR (self));
  g_return_if_fail (project == NULL || STOLT_IS_PROJECT (project));

  if (self->project == project)
    return;

  stolt_record_editor_set_record (self, NULL);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    {
      g_signal_connect_object (project, "record-changed", G_CALLBACK (record_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "children-changed", G_CALLBACK (children_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/* Which fields the form shows, in this order; NULL shows them all. */
void
stolt_record_editor_set_fields (StoltRecordEditor  *self,
                                const char * const *fields)
{
  g_return_if_fail (STOLT_IS_RECORD_EDITOR (self));

  g_clear_pointer (&self->fields, g_strfreev);
  self->fields = g_strdupv ((char **) fields);
}

/* The heading above the rows, e.g. "Milestone"; NULL shows none. */
void
stolt_record_editor_set_title (StoltRecordEditor *self,
                               const char        *title)
{
  g_return_if_fail (STOLT_IS_RECORD_EDITOR (self));

  g_free (self->title);
  self->title = g_strdup (title);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), title != NULL ? title : "");
}

/* What the form says while no record is chosen; NULL says nothing. */
void
stolt_record_editor_set_placeholder (StoltRecordEditor *self,
                                     const char        *text)
{
  g_return_if_fail (STOLT_IS_RECORD_EDITOR (self));

  gtk_label_set_text (GTK_LABEL (self->placeholder), text != NULL ? text : "");
  gtk_widget_set_visible (self->placeholder, self->record == NULL && text != NULL);
}

void
stolt_record_editor_set_record (StoltRecordEditor *self,
                                StoltRecord       *record)
{
  g_return_if_fail (STOLT_IS_RECORD_EDITOR (self));
  g_return_if_fail (record == NULL || STOLT_IS_RECORD (record));

  if (self->record == record)
    return;

  /* Keep the rows when the type stays: focus and scrolling stay put */
  if (record == NULL || self->record == NULL
      || G_OBJECT_TYPE (record) != G_OBJECT_TYPE (self->record))
    {
      stolt_record_editor_clear_rows (self);
      g_set_object (&self->record, record);
      if (record != NULL)
        stolt_record_editor_build_rows (self);
    }
  else
    g_set_object (&self->record, record);

  gtk_widget_set_visible (self->group, record != NULL);
  gtk_widget_set_visible (self->placeholder,
                          record == NULL && *gtk_label_get_text (GTK_LABEL (self->placeholder)) != '\0');
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      field_row_show_error (row, NULL);
      field_row_load (row);
    }
}

StoltRecord *
stolt_record_editor_get_record (StoltRecordEditor *self)
{
  g_return_val_if_fail (STOLT_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

/* Moves the keyboard focus into the row of @field, selecting its text. */
gboolean
stolt_record_editor_focus_field (StoltRecordEditor *self,
                                 const char        *field)
{
  FieldRow *row;

  g_return_val_if_fail (STOLT_IS_RECORD_EDITOR (self), FALSE);

  row = field != NULL ? find_row (self, field) : (self->rows->len > 0 ? g_ptr_array_index (self->rows, 0) : NULL);
  if (row == NULL)
    return FALSE;

  if (GTK_IS_EDITABLE (row->input))
    gtk_editable_select_region (GTK_EDITABLE (row->input), 0, -1);
  return gtk_widget_grab_focus (row->input);
}

/* For tests and for the page: the widget the user types into. */
GtkWidget *
stolt_record_editor_get_input (StoltRecordEditor *self,
                               const char        *field)
{
  FieldRow *row;

  g_return_val_if_fail (STOLT_IS_RECORD_EDITOR (self), NULL);

  row = find_row (self, field);
  return row != NULL ? row->input : NULL;
}

/* The message shown under the row of @field, or NULL if none. */
const char *
stolt_record_editor_get_error (StoltRecordEditor *self,
                               const char        *field)
{
  FieldRow *row;

  g_return_val_if_fail (STOLT_IS_RECORD_EDITOR (self), NULL);

  row = find_row (self, field);
  return row != NULL ? row->error : NULL;
}
