/* stolt-record-table.c — one list of the project as a sortable table
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model chain is: project list → filter (search and drop-downs) →
 * sort (the column view's sorter) → single selection.  Neither a filter
 * nor a sort model notices an edit inside a record, so edits schedule
 * one refilter and resort a moment after the typing stops.
 */

#define G_LOG_DOMAIN "stolt-record-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-format.h"
#include "stolt-plan-stats.h"
#include "stolt-record-table.h"

#define REFRESH_DELAY_MS 300

typedef struct
{
  const StoltField *field;
  GtkWidget        *dropdown;
  GPtrArray        *keys;      /* char *, one per choice; "" is "all" */
} Filter;

typedef struct
{
  StoltRecord      *record;    /* borrowed from the list item */
  const StoltField *field;
} Cell;

struct _StoltRecordTable
{
  GtkWidget           parent_instance;

  /* Child widgets */
  GtkWidget          *box;
  GtkWidget          *search;
  GtkWidget          *add_button;
  GtkWidget          *stack;
  GtkWidget          *view;
  GtkWidget          *empty;

  /* Owned references */
  StoltProject       *project;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GArray             *filters;    /* Filter */
  GHashTable         *cells;      /* GtkLabel → Cell, the bound cells */
  char               *query;      /* casefolded search text */
  GHashTable         *folded;     /* record → its texts casefolded, for search */
  GPtrArray          *sort_keys;  /* SortKey */
  guint               refresh_id;
  guint               choices_id;

  StoltRecord        *owner;      /* whose child list: the card, or e.g. a values document */
  guint               owner_list;

  /* Borrowed */
  const StoltTableSpec *spec;
  GListModel         *list;
  guint32             today;
  gboolean            read_only;
  gboolean            drag_reorder;  /* rows move by drag and drop too */
};

G_DEFINE_FINAL_TYPE (StoltRecordTable, stolt_record_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_RECORD,
  N_PROPS
};

enum {
  ROW_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const StoltField *
spec_field (StoltRecordTable *self,
            const char       *name)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->spec->item_type);

  return stolt_record_class_find_field (STOLT_RECORD_CLASS (klass), name);
}

/* Cells */

static char *
cell_text (StoltRecordTable *self,
           Cell             *cell,
           gboolean         *late)
{
  *late = g_str_equal (cell->field->name, "status") && stolt_record_is_late (cell->record, self->today);
  if (*late)
    /* Translators: the status of a milestone or measure whose date has passed */
    return g_strdup (_("Late"));

  return stolt_format_value (self->project, cell->record, cell->field);
}

static void
cell_update (StoltRecordTable *self,
             GtkWidget        *label,
             Cell             *cell)
{
  gboolean late;
  g_autofree char *text = cell_text (self, cell, &late);

  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
  if (late)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

/* Room for a typical value before the label ellipsizes */
static int
cell_width_chars (const StoltField *field)
{
  switch (field->kind)
    {
    case STOLT_FIELD_DATE: return 12;
    case STOLT_FIELD_INT: return 5;
    case STOLT_FIELD_DOUBLE: return 5;
    case STOLT_FIELD_BOOLEAN: return 4;
    case STOLT_FIELD_ENUM: return 11;
    case STOLT_FIELD_REF: return 12;
    case STOLT_FIELD_REFS: return 10;
    case STOLT_FIELD_TEXT:
    default:
      return (field->flags & STOLT_FIELD_FLAG_REQUIRED) ? 24 : 12;
    }
}

/* Drag and drop: a row dragged onto the upper half of another goes
 * before it, onto the lower half after it; one move, one undo step.
 * Every cell is a drag source and a drop target, so a row can be taken
 * and dropped by any of its columns. */

static guint list_position (StoltRecordTable *self, StoltRecord *record);

static gboolean
can_reorder (StoltRecordTable *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->view));

  /* The order of the list shows only when no column sorts it */
  return self->project != NULL && !self->read_only && self->spec->orderable
         && gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource    *source,
                 double            x,
                 double            y,
                 StoltRecordTable *self)
{
  Cell *cell = g_hash_table_lookup (self->cells,
                                    gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));
  g_autoptr(StoltRecord) record = NULL;

  if (cell == NULL || !can_reorder (self))
    return NULL;
  /* Selecting may rebind the rows, and free @cell */
  record = g_object_ref (cell->record);
  stolt_record_table_select (self, record);
  return gdk_content_provider_new_typed (self->spec->item_type, record);
}

static void
drop_mark (GtkWidget  *label,
           const char *mark)
{
  /* The inscription is in its column's cell, the cell in the row */
  GtkWidget *cell = gtk_widget_get_parent (label);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

  if (row == NULL)
    return;
  gtk_widget_remove_css_class (row, "drop-above");
  gtk_widget_remove_css_class (row, "drop-below");
  if (mark != NULL)
    gtk_widget_add_css_class (row, mark);
}

static GdkDragAction
drop_motion_cb (GtkDropTarget    *target,
                double            x,
                double            y,
                StoltRecordTable *self)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  if (!can_reorder (self))
    return 0;
  drop_mark (label, y < gtk_widget_get_height (label) / 2.0 ? "drop-above" : "drop-below");
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget    *target,
               StoltRecordTable *self)
{
  drop_mark (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)), NULL);
}

static gboolean
drop_cb (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         StoltRecordTable *self)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  Cell *cell = g_hash_table_lookup (self->cells, label);
  g_autoptr(StoltRecord) dragged = g_value_dup_object (value);
  g_autoptr(StoltRecord) onto = NULL;
  guint from, to;

  drop_mark (label, NULL);
  if (cell == NULL || dragged == NULL || !can_reorder (self)
      || stolt_record_get_parent (dragged) != stolt_record_get_parent (cell->record))
    return FALSE;

  /* Not in this list (another document's, another project's): no */
  onto = g_object_ref (cell->record);
  from = list_position (self, dragged);
  to = list_position (self, onto);
  if (from == GTK_INVALID_LIST_POSITION || to == GTK_INVALID_LIST_POSITION)
    return FALSE;

  /* The position among the others, once the dragged row is taken out */
  if (y >= gtk_widget_get_height (label) / 2.0)
    to++;
  if (to > from)
    to--;
  if (to != from)
    stolt_project_move (self->project, dragged, to);
  stolt_record_table_select (self, dragged);
  return TRUE;
}

static void
add_drag_and_drop (StoltRecordTable *self,
                   GtkWidget        *label)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (self->spec->item_type, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (target));
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               StoltRecordTable         *self)
{
  /* GtkInscription, not GtkLabel: its size does not depend on its text,
   * so binding a row after a scroll does not relayout the table */
  GtkWidget *label = gtk_inscription_new (NULL);
  const StoltField *field = g_object_get_data (G_OBJECT (factory), "field");

  /* dates, numbers and statuses whole; long texts may ellipsize */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (label),
                                 field->kind == STOLT_FIELD_TEXT || field->kind == STOLT_FIELD_REFS
                                 ? cell_width_chars (field) * 2 / 3 : cell_width_chars (field));
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), cell_width_chars (field));
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 0.0);
  gtk_list_item_set_child (item, label);
  if (self->drag_reorder)
    add_drag_and_drop (self, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              StoltRecordTable         *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  Cell *cell = g_new0 (Cell, 1);

  cell->record = gtk_list_item_get_item (item);
  cell->field = g_object_get_data (G_OBJECT (factory), "field");
  g_hash_table_insert (self->cells, label, cell);
  cell_update (self, label, cell);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                StoltRecordTable         *self)
{
  g_hash_table_remove (self->cells, gtk_list_item_get_child (item));
}

/* Sort keys come from expressions, so GTK computes each row's key once
 * per sort (a collation key for texts) instead of once per comparison. */

typedef struct
{
  StoltRecordTable *table;
  const StoltField *field;
} SortKey;

static char *
sort_text_cb (StoltRecord *record,
              SortKey     *key)
{
  return stolt_format_value (key->table->project, record, key->field);
}

static char *
sort_plain_text_cb (StoltRecord *record,
                    SortKey     *key)
{
  return g_strdup (stolt_record_get_text (record, key->field));
}

static guint
sort_date_cb (StoltRecord *record,
              SortKey     *key)
{
  guint32 date = stolt_record_get_date (record, key->field);

  return date != 0 ? date : G_MAXUINT;  /* no date sorts last */
}

static int
sort_int_cb (StoltRecord *record,
             SortKey     *key)
{
  return stolt_record_get_int (record, key->field);
}

static double
sort_double_cb (StoltRecord *record,
                SortKey     *key)
{
  return stolt_record_get_double (record, key->field);
}

static GtkSorter *
make_sorter (StoltRecordTable *self,
             const StoltField *field)
{
  GtkExpression *expression;
  SortKey *key = g_new (SortKey, 1);

  key->table = self;
  key->field = field;
  /* the key lives as long as the table, which owns the columns */
  g_ptr_array_add (self->sort_keys, key);

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (sort_plain_text_cb), key, NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    case STOLT_FIELD_REF:
    case STOLT_FIELD_REFS:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (sort_text_cb), key, NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    case STOLT_FIELD_DATE:
      expression = gtk_cclosure_expression_new (G_TYPE_UINT, NULL, 0, NULL,
                                                G_CALLBACK (sort_date_cb), key, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    case STOLT_FIELD_DOUBLE:
      expression = gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 0, NULL,
                                                G_CALLBACK (sort_double_cb), key, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    default:
      expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                G_CALLBACK (sort_int_cb), key, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    }
}

static GtkColumnViewColumn *
make_column (StoltRecordTable *self,
             const StoltField *field)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "field", (gpointer) field);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), self);

  column = gtk_column_view_column_new (g_dgettext (GETTEXT_PACKAGE, field->label), factory);
  sorter = make_sorter (self, field);
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  g_object_set_data (G_OBJECT (column), "field", (gpointer) field);

  if (field->kind == STOLT_FIELD_TEXT || field->kind == STOLT_FIELD_REFS)
    gtk_column_view_column_set_expand (column, TRUE);

  return column;
}

/* Filtering */

static const char *
filter_all_label (const StoltField *field)
{
  if (g_str_equal (field->name, "phase"))
    return _("All phases");
  if (g_str_equal (field->name, "responsible"))
    return _("Anyone responsible");
  if (g_str_equal (field->name, "status"))
    return _("Any status");
  if (g_str_equal (field->name, "category"))
    return _("All categories");
  if (g_str_equal (field->name, "team"))
    return _("All groups");
  return g_dgettext (GETTEXT_PACKAGE, field->label);
}

static gboolean
filter_matches (StoltRecordTable *self,
                Filter           *filter,
                StoltRecord      *record)
{
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (filter->dropdown));
  const char *key;

  if (chosen == GTK_INVALID_LIST_POSITION || chosen >= filter->keys->len || chosen == 0)
    return TRUE;

  key = g_ptr_array_index (filter->keys, chosen);
  switch (filter->field->kind)
    {
    case STOLT_FIELD_REF:
      return stolt_record_get_ref (record, filter->field) == g_ascii_strtoll (key, NULL, 10);
    case STOLT_FIELD_ENUM:
      if (g_str_equal (key, "late"))
        return stolt_record_is_late (record, self->today);
      return stolt_record_get_int (record, filter->field) == atoi (key);
    case STOLT_FIELD_TEXT:
      {
        g_autofree char *text = g_strstrip (g_strdup (stolt_record_get_text (record, filter->field)));

        return g_str_equal (text, key + 1);  /* keys of texts start with '=' */
      }
    default:
      return TRUE;
    }
}

/* All of a record's texts, casefolded once and kept until it changes:
 * each key typed in the search runs this over the whole list. */
static const char *
folded_texts (StoltRecordTable *self,
              StoltRecord      *record)
{
  StoltRecordClass *klass;
  GString *texts;
  char *folded = g_hash_table_lookup (self->folded, record);

  if (folded != NULL)
    return folded;

  klass = STOLT_RECORD_GET_CLASS (record);
  texts = g_string_new (NULL);
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == STOLT_FIELD_TEXT)
      {
        g_string_append (texts, stolt_record_get_text (record, &klass->fields[i]));
        g_string_append_c (texts, '\n');
      }

  folded = g_utf8_casefold (texts->str, texts->len);
  g_string_free (texts, TRUE);
  g_hash_table_insert (self->folded, g_object_ref (record), folded);
  return folded;
}

static gboolean
search_matches (StoltRecordTable *self,
                StoltRecord      *record)
{
  return self->query == NULL || strstr (folded_texts (self, record), self->query) != NULL;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  StoltRecordTable *self = user_data;

  if (!search_matches (self, item))
    return FALSE;

  for (guint i = 0; i < self->filters->len; i++)
    if (!filter_matches (self, &g_array_index (self->filters, Filter, i), item))
      return FALSE;

  return TRUE;
}

static gboolean
is_filtering (StoltRecordTable *self)
{
  if (self->query != NULL)
    return TRUE;

  for (guint i = 0; i < self->filters->len; i++)
    if (gtk_drop_down_get_selected (GTK_DROP_DOWN (g_array_index (self->filters, Filter, i).dropdown)) > 0)
      return TRUE;

  return FALSE;
}

static void
add_choice (GtkStringList *labels,
            GPtrArray     *keys,
            const char    *label,
            char          *key)
{
  gtk_string_list_append (labels, label);
  g_ptr_array_add (keys, key);
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(char * const *) a, *(char * const *) b);
}

static void
add_distinct_texts (StoltRecordTable *self,
                    Filter           *filter,
                    GtkStringList    *labels)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (self->list); i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (self->list, i);
      char *text = g_strstrip (g_strdup (stolt_record_get_text (record, filter->field)));

      if (*text == '\0' || g_hash_table_contains (seen, text))
        {
          g_free (text);
          continue;
        }
      g_hash_table_add (seen, text);
      g_ptr_array_add (texts, text);
    }

  g_ptr_array_sort (texts, compare_texts);
  for (guint i = 0; i < texts->len; i++)
    add_choice (labels, filter->keys, g_ptr_array_index (texts, i),
                g_strconcat ("=", (char *) g_ptr_array_index (texts, i), NULL));
}

/* Fills a drop-down with "all", then the values found in the project,
 * keeping what was chosen if it is still there. */
static void
filter_fill (StoltRecordTable *self,
             Filter           *filter)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (filter->dropdown));
  g_autofree char *chosen_key = chosen != GTK_INVALID_LIST_POSITION && chosen < filter->keys->len
                                ? g_strdup (g_ptr_array_index (filter->keys, chosen)) : NULL;
  guint keep = 0;

  g_ptr_array_set_size (filter->keys, 0);
  add_choice (labels, filter->keys, filter_all_label (filter->field), g_strdup (""));

  if (filter->field->kind == STOLT_FIELD_REF)
    {
      GListModel *phases = stolt_project_get_list (self->project, STOLT_LIST_PHASES);

      for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
        {
          g_autoptr(StoltRecord) phase = g_list_model_get_item (phases, i);

          add_choice (labels, filter->keys, stolt_record_get_title (phase),
                      g_strdup_printf ("%" G_GINT64_FORMAT, stolt_record_get_id (phase)));
        }
      add_choice (labels, filter->keys, _("No phase"), g_strdup ("0"));
    }
  else if (filter->field->kind == STOLT_FIELD_ENUM)
    {
      GType type = filter->field->enum_type ();
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        add_choice (labels, filter->keys, stolt_enum_get_label (type, klass->values[i].value),
                    g_strdup_printf ("%d", klass->values[i].value));
      if (type == STOLT_TYPE_STATUS)
        add_choice (labels, filter->keys, _("Late"), g_strdup ("late"));
    }
  else
    add_distinct_texts (self, filter, labels);

  for (guint i = 0; chosen_key != NULL && i < filter->keys->len; i++)
    if (g_str_equal (g_ptr_array_index (filter->keys, i), chosen_key))
      keep = i;

  g_signal_handlers_block_matched (filter->dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (GTK_DROP_DOWN (filter->dropdown), G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (filter->dropdown), keep);
  g_signal_handlers_unblock_matched (filter->dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
fill_filters (StoltRecordTable *self)
{
  for (guint i = 0; i < self->filters->len; i++)
    filter_fill (self, &g_array_index (self->filters, Filter, i));
}

static gboolean
choices_timeout_cb (gpointer data)
{
  StoltRecordTable *self = data;

  self->choices_id = 0;
  fill_filters (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_choices (StoltRecordTable *self)
{
  if (self->filters->len > 0 && self->choices_id == 0)
    self->choices_id = g_timeout_add (REFRESH_DELAY_MS, choices_timeout_cb, self);
}

static void
refilter (StoltRecordTable *self)
{
  StoltRecord *selected = stolt_record_table_get_selected (self);
  g_autoptr(StoltRecord) keep = selected != NULL ? g_object_ref (selected) : NULL;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (keep != NULL)
    stolt_record_table_select (self, keep);
}

static void
filter_selected_cb (StoltRecordTable *self)
{
  refilter (self);
}

static void
search_changed_cb (StoltRecordTable *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));

  g_clear_pointer (&self->query, g_free);
  if (*text != '\0')
    self->query = g_utf8_casefold (text, -1);
  refilter (self);
}

/* After an edit: the row may now sort elsewhere or fall out of a filter */
static gboolean
refresh_timeout_cb (gpointer data)
{
  StoltRecordTable *self = data;
  StoltRecord *selected = stolt_record_table_get_selected (self);
  g_autoptr(StoltRecord) keep = selected != NULL ? g_object_ref (selected) : NULL;
  GtkSorter *sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->view));

  self->refresh_id = 0;
  if (is_filtering (self))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (keep != NULL)
    stolt_record_table_select (self, keep);

  return G_SOURCE_REMOVE;
}

static void
record_changed_cb (StoltRecordTable *self,
                   StoltRecord      *record,
                   const char       *field)
{
  GHashTableIter iter;
  gpointer label, data;
  gboolean ours = G_TYPE_CHECK_INSTANCE_TYPE (record, self->spec->item_type);

  /* Only the visible cells are bound: update those that show this record
   * or a link (whose title may be what changed) */
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &label, &data))
    {
      Cell *cell = data;

      if (cell->record == record || cell->field->kind == STOLT_FIELD_REF
          || cell->field->kind == STOLT_FIELD_REFS)
        cell_update (self, label, cell);
    }

  if (ours)
    g_hash_table_remove (self->folded, record);
  if (ours && self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout_cb, self);
  if (ours || STOLT_IS_PHASE (record))
    schedule_choices (self);
}

static void
list_changed_cb (StoltRecordTable *self,
                 guint             position,
                 guint             removed)
{
  if (removed > 0)
    g_hash_table_remove_all (self->folded);

  gboolean empty = g_list_model_get_n_items (self->list) == 0;

  gtk_stack_set_visible_child (GTK_STACK (self->stack), empty ? self->empty : gtk_widget_get_parent (self->view));
  schedule_choices (self);
}

static void
phases_changed_cb (StoltRecordTable *self)
{
  schedule_choices (self);
}

/* Selection */

static void
update_actions (StoltRecordTable *self)
{
  gboolean editable = !self->read_only;
  gboolean selected = stolt_record_table_get_selected (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.remove", editable && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.move-up",
                                 editable && selected && self->spec->orderable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.move-down",
                                 editable && selected && self->spec->orderable);
}

static void
selection_changed_cb (StoltRecordTable *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_RECORD]);
  update_actions (self);
}

static void
activated_cb (GtkColumnView    *view,
              guint             position,
              StoltRecordTable *self)
{
  g_autoptr(StoltRecord) record = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (record != NULL)
    g_signal_emit (self, signals[ROW_ACTIVATED], 0, record);
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_LIST_VIEW (child) ? child : find_list_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Actions */

static guint
list_position (StoltRecordTable *self,
               StoltRecord      *record)
{
  guint n = g_list_model_get_n_items (self->list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) item = g_list_model_get_item (self->list, i);

      if (item == record)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StoltRecordTable *self = STOLT_RECORD_TABLE (widget);
  StoltRecord *record = stolt_record_table_add (self);

  if (record != NULL)
    g_signal_emit (self, signals[ROW_ACTIVATED], 0, record);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StoltRecordTable *self = STOLT_RECORD_TABLE (widget);
  StoltRecord *selected = stolt_record_table_get_selected (self);
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(StoltRecord) record = selected != NULL ? g_object_ref (selected) : NULL;
  GtkWidget *overlay;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (record == NULL || self->read_only)
    return;

  /* Translators: a toast after Delete; %s is e.g. a milestone's title */
  message = g_strdup_printf (_("“%s” removed"), stolt_record_get_title (record));
  stolt_project_remove (self->project, record);

  /* Keep the focus in the table, on the row that took its place */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0)
    gtk_single_selection_set_selected (self->selection,
                                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) - 1));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltRecordTable *self = STOLT_RECORD_TABLE (widget);
  StoltRecord *selected = stolt_record_table_get_selected (self);
  GtkSorter *sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->view));
  g_autoptr(StoltRecord) record = selected != NULL ? g_object_ref (selected) : NULL;
  gboolean up = g_str_equal (action_name, "table.move-up");
  guint from;

  /* The order of the list shows only when no column sorts it */
  if (record == NULL || !self->spec->orderable || self->read_only
      || gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    return;

  from = list_position (self, record);
  if (from == GTK_INVALID_LIST_POSITION || (up && from == 0))
    return;

  stolt_project_move (self->project, record, up ? from - 1 : from + 1);
  stolt_record_table_select (self, record);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_grab_focus (STOLT_RECORD_TABLE (widget)->search);
}

/* Construction */

static GtkWidget *
tool_button (const char *icon,
             const char *action,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* The buttons and the search on one line; the filters below, wrapping
 * onto more lines when the table is narrow (projector scale). */
static GtkWidget *
build_toolbar (StoltRecordTable *self)
{
  GtkWidget *bars = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *filters = gtk_flow_box_new ();
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->spec->item_type);
  const char *add_label = g_dgettext (GETTEXT_PACKAGE, STOLT_RECORD_CLASS (klass)->add_label);
  const char *remove_label = g_dgettext (GETTEXT_PACKAGE, STOLT_RECORD_CLASS (klass)->remove_label);

  gtk_widget_add_css_class (toolbar, "toolbar");

  self->add_button = tool_button ("list-add-symbolic", "table.add", add_label);
  gtk_box_append (GTK_BOX (toolbar), self->add_button);
  gtk_box_append (GTK_BOX (toolbar), tool_button ("list-remove-symbolic", "table.remove", remove_label));
  if (self->spec->orderable)
    {
      gtk_box_append (GTK_BOX (toolbar),
                      tool_button ("go-up-symbolic", "table.move-up", _("Move Up (Alt+Up)")));
      gtk_box_append (GTK_BOX (toolbar),
                      tool_button ("go-down-symbolic", "table.move-down", _("Move Down (Alt+Down)")));
    }

  self->search = gtk_search_entry_new ();
  gtk_widget_set_hexpand (self->search, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->search), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search"), -1);
  g_object_set (self->search, "placeholder-text", _("Search"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (toolbar), self->search);

  for (guint i = 0; self->spec->filters != NULL && self->spec->filters[i] != NULL; i++)
    {
      Filter filter = { spec_field (self, self->spec->filters[i]), NULL, NULL };

      if (filter.field == NULL)
        continue;
      filter.dropdown = gtk_drop_down_new (NULL, NULL);
      filter.keys = g_ptr_array_new_with_free_func (g_free);
      gtk_widget_set_tooltip_text (filter.dropdown, g_dgettext (GETTEXT_PACKAGE, filter.field->label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (filter.dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_dgettext (GETTEXT_PACKAGE, filter.field->label), -1);
      g_signal_connect_swapped (filter.dropdown, "notify::selected",
                                G_CALLBACK (filter_selected_cb), self);
      gtk_flow_box_append (GTK_FLOW_BOX (filters), filter.dropdown);
      g_array_append_val (self->filters, filter);
    }

  gtk_box_append (GTK_BOX (bars), toolbar);
  if (self->filters->len > 0)
    {
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (filters), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (filters), 4);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (filters), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (filters), 6);
      gtk_widget_set_margin_start (filters, 6);
      gtk_widget_set_margin_end (filters, 6);
      gtk_widget_set_margin_bottom (filters, 6);
      gtk_box_append (GTK_BOX (bars), filters);
    }
  else
    g_object_ref_sink (filters), g_object_unref (filters);

  return bars;
}

static GtkWidget *
build_empty (StoltRecordTable *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *button = gtk_button_new ();
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->spec->item_type);

  adw_status_page_set_title (ADW_STATUS_PAGE (page), g_dgettext (GETTEXT_PACKAGE, self->spec->empty_title));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), _("Press Ctrl+N to add the first one."));
  gtk_button_set_label (GTK_BUTTON (button), g_dgettext (GETTEXT_PACKAGE, STOLT_RECORD_CLASS (klass)->add_label));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "table.add");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "list-add-symbolic");
  gtk_widget_add_css_class (page, "compact");
  return page;
}

static void
stolt_record_table_build (StoltRecordTable *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), build_toolbar (self));

  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->view = gtk_column_view_new (NULL);
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  gtk_widget_add_css_class (self->view, "data-table");
  for (guint i = 0; self->spec->columns[i] != NULL; i++)
    {
      const StoltField *field = spec_field (self, self->spec->columns[i]);
      g_autoptr(GtkColumnViewColumn) column = field != NULL ? make_column (self, field) : NULL;

      if (column != NULL)
        gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), column);
    }
  g_signal_connect (self->view, "activate", G_CALLBACK (activated_cb), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->empty = build_empty (self);
  self->stack = gtk_stack_new ();
  gtk_stack_add_child (GTK_STACK (self->stack), scrolled);
  gtk_stack_add_child (GTK_STACK (self->stack), self->empty);
  gtk_box_append (GTK_BOX (self->box), self->stack);
}

static void
stolt_record_table_dispose (GObject *object)
{
  StoltRecordTable *self = STOLT_RECORD_TABLE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->choices_id, g_source_remove);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->owner);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (stolt_record_table_parent_class)->dispose (object);
}

static void
clear_filter (gpointer data)
{
  Filter *filter = data;

  g_clear_pointer (&filter->keys, g_ptr_array_unref);
}

static void
stolt_record_table_finalize (GObject *object)
{
  StoltRecordTable *self = STOLT_RECORD_TABLE (object);

  g_clear_pointer (&self->filters, g_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->sort_keys, g_ptr_array_unref);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (stolt_record_table_parent_class)->finalize (object);
}

static void
stolt_record_table_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StoltRecordTable *self = STOLT_RECORD_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_RECORD:
      g_value_set_object (value, stolt_record_table_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_record_table_class_init (StoltRecordTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_record_table_dispose;
  object_class->finalize = stolt_record_table_finalize;
  object_class->get_property = stolt_record_table_get_property;

  properties[PROP_SELECTED_RECORD] =
    g_param_spec_object ("selected-record", NULL, NULL, STOLT_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StoltRecordTable::row-activated:
   * @record: the row's record, to be edited
   *
   * Enter or a double click on a row, or a row just added.
   */
  signals[ROW_ACTIVATED] =
    g_signal_new ("row-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, STOLT_TYPE_RECORD);

  gtk_widget_class_install_action (widget_class, "table.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "table.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "table.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "table.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "table.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "table.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "table.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "table.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "table.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "table.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "table.focus-search", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordtable");
}

static void
stolt_record_table_init (StoltRecordTable *self)
{
  self->filters = g_array_new (FALSE, TRUE, sizeof (Filter));
  g_array_set_clear_func (self->filters, clear_filter);
  self->cells = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->sort_keys = g_ptr_array_new_with_free_func (g_free);
  self->folded = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->today = stolt_date_today ();
}

GtkWidget *
stolt_record_table_new (const StoltTableSpec *spec)
{
  StoltRecordTable *self = g_object_new (STOLT_TYPE_RECORD_TABLE, NULL);

  self->spec = spec;
  stolt_record_table_build (self);
  update_actions (self);
  return GTK_WIDGET (self);
}

/**
 * stolt_record_table_set_drag_reorder:
 *
 * Lets the rows of an orderable table be moved by drag and drop as well
 * as by Alt+Up and Alt+Down.  Call it before the table is shown.
 */
void
stolt_record_table_set_drag_reorder (StoltRecordTable *self,
                                     gboolean          drag_reorder)
{
  g_return_if_fail (STOLT_IS_RECORD_TABLE (self));

  self->drag_reorder = drag_reorder;
}

void
stolt_record_table_set_editable (StoltRecordTable *self,
                                 gboolean          editable)
{
  g_return_if_fail (STOLT_IS_RECORD_TABLE (self));

  self->read_only = !editable;
  update_actions (self);
}

void
stolt_record_table_set_project (StoltRecordTable *self,
                                StoltProject     *project)
{
  g_return_if_fail (STOLT_IS_RECORD_TABLE (self));
  g_return_if_fail (STOLT_IS_PROJECT (project));

  stolt_record_table_set_owner (self, project, STOLT_RECORD (stolt_project_get_card (project)),
                                self->spec->list);
}

/**
 * stolt_record_table_set_owner:
 * @owner: the record whose child list @child_list the table shows (the
 *   spec's list is then not used): a values document's values, say
 *
 * Like stolt_record_table_set_project(), for a list below another record.
 */
void
stolt_record_table_set_owner (StoltRecordTable *self,
                              StoltProject     *project,
                              StoltRecord      *owner,
                              guint             child_list)
{
  GtkSorter *sorter;

  g_return_if_fail (STOLT_IS_RECORD_TABLE (self));
  g_return_if_fail (STOLT_IS_PROJECT (project));
  g_return_if_fail (STOLT_IS_RECORD (owner));
  g_return_if_fail (self->project == NULL);

  self->project = g_object_ref (project);
  self->owner = g_object_ref (owner);
  self->owner_list = child_list;
  self->list = stolt_record_get_children (owner, child_list);

  self->filtered = gtk_filter_list_model_new (g_object_ref (self->list),
                                              g_object_ref (GTK_FILTER (self->filter)));
  sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->view));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->view), GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (project, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (stolt_project_get_list (project, STOLT_LIST_PHASES), "items-changed",
                           G_CALLBACK (phases_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->spec->sort_column != NULL)
    stolt_record_table_sort_by (self, self->spec->sort_column, GTK_SORT_ASCENDING);
  fill_filters (self);
  list_changed_cb (self, 0, 0);
}

StoltRecord *
stolt_record_table_get_selected (StoltRecordTable *self)
{
  g_return_val_if_fail (STOLT_IS_RECORD_TABLE (self), NULL);

  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

/* Selects @record and scrolls to it; FALSE if the filter hides it or it
 * is not in this table's list. */
gboolean
stolt_record_table_select (StoltRecordTable *self,
                           StoltRecord      *record)
{
  GListModel *shown = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (shown);
  GtkWidget *list_view;

  g_return_val_if_fail (STOLT_IS_RECORD_TABLE (self), FALSE);

  if (record == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) item = g_list_model_get_item (shown, i);

      if (item != record)
        continue;

      gtk_single_selection_set_selected (self->selection, i);
      list_view = find_list_view (self->view);
      if (list_view != NULL)
        gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", i);
      return TRUE;
    }

  return FALSE;
}

/* Adds a row with a default title after the selected one (or at the
 * end), as one undo step, and selects it.  The search is cleared so that
 * the new row shows. */
StoltRecord *
stolt_record_table_add (StoltRecordTable *self)
{
  g_autoptr(StoltRecord) record = g_object_new (self->spec->item_type, NULL);
  StoltRecord *selected = stolt_record_table_get_selected (self);
  guint position = selected != NULL ? list_position (self, selected) : GTK_INVALID_LIST_POSITION;
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);
  g_autoptr(GError) error = NULL;

  position = position == GTK_INVALID_LIST_POSITION ? G_MAXUINT : position + 1;
  stolt_project_begin_group (self->project, g_dgettext (GETTEXT_PACKAGE, klass->add_label));
  if (stolt_project_add (self->project, self->owner, self->owner_list, position, record, &error))
    stolt_project_set_text (self->project, record, klass->title_field,
                            g_dgettext (GETTEXT_PACKAGE, self->spec->default_title), &error);
  stolt_project_end_group (self->project);

  if (error != NULL)
    {
      g_warning ("Could not add a row: %s", error->message);
      return NULL;
    }

  if (!stolt_record_table_select (self, record))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
      for (guint i = 0; i < self->filters->len; i++)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (g_array_index (self->filters, Filter, i).dropdown), 0);
      search_changed_cb (self);
      stolt_record_table_select (self, record);
    }

  return record;
}

void
stolt_record_table_set_search (StoltRecordTable *self,
                               const char       *text)
{
  g_return_if_fail (STOLT_IS_RECORD_TABLE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  search_changed_cb (self);  /* now, not after the entry's delay */
}

/* Chooses the drop-down entry labelled @choice in the filter of @field */
gboolean
stolt_record_table_set_filter (StoltRecordTable *self,
                               const char       *field,
                               const char       *choice)
{
  g_return_val_if_fail (STOLT_IS_RECORD_TABLE (self), FALSE);

  fill_filters (self);
  for (guint i = 0; i < self->filters->len; i++)
    {
      Filter *filter = &g_array_index (self->filters, Filter, i);
      GListModel *labels = G_LIST_MODEL (gtk_drop_down_get_model (GTK_DROP_DOWN (filter->dropdown)));

      if (!g_str_equal (filter->field->name, field))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (labels); j++)
        if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), j), choice))
          {
            gtk_drop_down_set_selected (GTK_DROP_DOWN (filter->dropdown), j);
            return TRUE;
          }
    }

  return FALSE;
}

guint
stolt_record_table_get_n_shown (StoltRecordTable *self)
{
  g_return_val_if_fail (STOLT_IS_RECORD_TABLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

/* Returns: (transfer none): the record shown at @position */
StoltRecord *
stolt_record_table_get_shown (StoltRecordTable *self,
                              guint             position)
{
  g_autoptr(StoltRecord) record = NULL;

  g_return_val_if_fail (STOLT_IS_RECORD_TABLE (self), NULL);

  record = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  return record;  /* the list keeps it */
}

GtkColumnView *
stolt_record_table_get_view (StoltRecordTable *self)
{
  g_return_val_if_fail (STOLT_IS_RECORD_TABLE (self), NULL);

  return GTK_COLUMN_VIEW (self->view);
}

gboolean
stolt_record_table_sort_by (StoltRecordTable *self,
                            const char       *field,
                            GtkSortType       direction)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->view));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      const StoltField *shown = g_object_get_data (G_OBJECT (column), "field");

      if (g_strcmp0 (shown->name, field) == 0)
        {
          gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (self->view), column, direction);
          return TRUE;
        }
    }

  return FALSE;
}
