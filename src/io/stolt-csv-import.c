/* stolt-csv-import.c — milestones and activities from a CSV file
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row becomes a new milestone or activity.  Rows are checked first,
 * all of them, so that the user sees every problem with its line before
 * anything changes; then the good rows go into the project through the
 * model's own API, as one undoable step.  A phase named in a row is the
 * project's phase of that title, or a new one.  Predecessors name
 * activities by code or title, in the file or already in the project.
 */

#define G_LOG_DOMAIN "stolt-csv-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-csv.h"
#include "stolt-csv-import.h"
#include "stolt-csv-parse.h"
#include "stolt-date.h"
#include "stolt-file.h"

/* Larger than any plan; keeps a wrong file from filling memory */
#define MAX_FILE_SIZE (64 * 1024 * 1024)
/* Far more than Stolt's 14; columns past this are left out, so that a
 * wrong file cannot ask the dialog for a million drop-downs */
#define MAX_COLUMNS 256

struct _StoltCsvImport
{
  char           *display_name;
  const char     *encoding;
  char            delimiter;
  GPtrArray      *rows;        /* StoltCsvRow */
  gboolean        has_header;
  guint           n_columns;
  StoltCsvColumn *mapping;     /* n_columns */
  char          **column_names; /* n_columns, each made when first asked for */
};

/* Reading */

static void
guess_mapping (StoltCsvImport *self)
{
  StoltCsvRow *first = self->rows->len > 0 ? self->rows->pdata[0] : NULL;
  gboolean taken[STOLT_N_CSV_COLUMNS] = { FALSE };

  self->has_header = FALSE;
  for (guint i = 0; first != NULL && i < self->n_columns && first->fields[i] != NULL; i++)
    {
      StoltCsvColumn column = stolt_csv_parse_column_name (first->fields[i]);

      /* The first column of a name wins; a second is left out */
      if (column != STOLT_CSV_COLUMN_IGNORE && !taken[column])
        {
          taken[column] = TRUE;
          self->mapping[i] = column;
          self->has_header = TRUE;
        }
    }

  /* Without names, the first column is most likely the titles */
  if (!self->has_header && self->n_columns > 0)
    self->mapping[0] = STOLT_CSV_COLUMN_TITLE;
}

/**
 * stolt_csv_import_new:
 * @display_name: the file's name, for messages
 *
 * Returns: (transfer full) (nullable): the file read and its columns
 *   guessed, or %NULL if it is not text or holds no rows
 */
StoltCsvImport *
stolt_csv_import_new (GBytes      *bytes,
                      const char  *display_name,
                      GError     **error)
{
  g_autoptr(StoltCsvImport) self = g_new0 (StoltCsvImport, 1);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  self->display_name = g_strdup (display_name);
  text = stolt_csv_decode (bytes, &self->encoding, &local_error);
  if (text == NULL)
    {
      /* Translators: the file's name, then what is wrong with it */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Cannot import “%s”: %s"),
                   display_name, local_error->message);
      return NULL;
    }

  self->delimiter = stolt_csv_sniff (text);
  self->rows = stolt_csv_read (text, self->delimiter);
  if (self->rows->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Cannot import “%s”: %s"),
                   display_name, _("the file is empty"));
      return NULL;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      StoltCsvRow *row = self->rows->pdata[i];

      self->n_columns = MAX (self->n_columns, row->n_fields);
    }
  self->n_columns = MIN (self->n_columns, MAX_COLUMNS);
  self->mapping = g_new0 (StoltCsvColumn, self->n_columns);
  self->column_names = g_new0 (char *, self->n_columns);
  guess_mapping (self);

  return g_steal_pointer (&self);
}

StoltCsvImport *
stolt_csv_import_new_for_file (GFile   *file,
                               GError **error)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = stolt_file_load (file, MAX_FILE_SIZE, NULL, &local_error);

  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", local_error->message);
      return NULL;
    }
  return stolt_csv_import_new (bytes, name, error);
}

void
stolt_csv_import_free (StoltCsvImport *self)
{
  if (self == NULL)
    return;
  g_free (self->display_name);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->mapping);
  /* Not a GStrv: names are made as they are asked for, NULL until then */
  for (guint i = 0; self->column_names != NULL && i < self->n_columns; i++)
    g_free (self->column_names[i]);
  g_free (self->column_names);
  g_free (self);
}

const char *
stolt_csv_import_get_display_name (StoltCsvImport *self)
{
  return self->display_name;
}

char
stolt_csv_import_get_delimiter (StoltCsvImport *self)
{
  return self->delimiter;
}

/* Returns: "UTF-8", "UTF-16", "Windows-1252" or "ISO-8859-1" */
const char *
stolt_csv_import_get_encoding (StoltCsvImport *self)
{
  return self->encoding;
}

/* The columns */

gboolean
stolt_csv_import_get_has_header (StoltCsvImport *self)
{
  return self->has_header;
}

void
stolt_csv_import_set_has_header (StoltCsvImport *self,
                                 gboolean        has_header)
{
  self->has_header = !!has_header;
}

guint
stolt_csv_import_get_n_columns (StoltCsvImport *self)
{
  return self->n_columns;
}

/* Returns: (transfer none): the column's name in the file's first row,
 *   or "Column 3" when there is none */
const char *
stolt_csv_import_get_column_name (StoltCsvImport *self,
                                  guint           column)
{
  StoltCsvRow *first = self->rows->pdata[0];
  const char *name = NULL;

  g_return_val_if_fail (column < self->n_columns, "");

  if (self->has_header && column < first->n_fields)
    name = first->fields[column];
  g_free (self->column_names[column]);
  if (name != NULL && *name != '\0')
    self->column_names[column] = g_strdup (name);
  else
    /* Translators: a column of a CSV file without a name, counted from 1 */
    self->column_names[column] = g_strdup_printf (_("Column %u"), column + 1);
  return self->column_names[column];
}

StoltCsvColumn
stolt_csv_import_get_mapping (StoltCsvImport *self,
                              guint           column)
{
  g_return_val_if_fail (column < self->n_columns, STOLT_CSV_COLUMN_IGNORE);

  return self->mapping[column];
}

/* Another column that held @target before lets it go: one column each */
void
stolt_csv_import_set_mapping (StoltCsvImport *self,
                              guint           column,
                              StoltCsvColumn  target)
{
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (target < STOLT_N_CSV_COLUMNS);

  if (target != STOLT_CSV_COLUMN_IGNORE)
    for (guint i = 0; i < self->n_columns; i++)
      if (self->mapping[i] == target)
        self->mapping[i] = STOLT_CSV_COLUMN_IGNORE;
  self->mapping[column] = target;
}

/* The rows, without the header */

guint
stolt_csv_import_get_n_rows (StoltCsvImport *self)
{
  return self->rows->len - (self->has_header ? 1 : 0);
}

static StoltCsvRow *
data_row (StoltCsvImport *self,
          guint           row)
{
  return self->rows->pdata[row + (self->has_header ? 1 : 0)];
}

/* Returns: (transfer none): the cell, "" past the end of a short row */
const char *
stolt_csv_import_get_cell (StoltCsvImport *self,
                           guint           row,
                           guint           column)
{
  StoltCsvRow *csv_row;

  g_return_val_if_fail (row < stolt_csv_import_get_n_rows (self), "");

  csv_row = data_row (self, row);
  return column < csv_row->n_fields ? csv_row->fields[column] : "";
}

guint
stolt_csv_import_get_line (StoltCsvImport *self,
                           guint           row)
{
  g_return_val_if_fail (row < stolt_csv_import_get_n_rows (self), 0);

  return data_row (self, row)->line;
}

/* Checking */

typedef struct _Item Item;

typedef struct
{
  Item   *item;  /* a row of the file, or */
  gint64  id;    /* an activity of the project */
} Target;

struct _Item
{
  guint        line;
  gboolean     milestone;
  char        *cells[STOLT_N_CSV_COLUMNS];  /* as the file has them */
  guint32      start;
  guint32      end;
  double       hours;
  int          progress;
  StoltStatus  status;
  gboolean     decision;
  GArray      *predecessors;  /* Target */
  char        *error;         /* NULL for a good row */
  StoltRecord *record;        /* once applied */
};

static void
item_free (Item *item)
{
  for (guint i = 0; i < STOLT_N_CSV_COLUMNS; i++)
    g_free (item->cells[i]);
  g_clear_pointer (&item->predecessors, g_array_unref);
  g_free (item->error);
  g_clear_object (&item->record);
  g_free (item);
}

static gboolean
fail (Item       *item,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

/* Keeps the first reason a row has */
static gboolean
fail (Item       *item,
      const char *format,
      ...)
{
  va_list args;

  if (item->error == NULL)
    {
      va_start (args, format);
      item->error = g_strdup_vprintf (format, args);
      va_end (args);
    }
  return FALSE;
}

static gboolean
fail_error (Item   *item,
            GError *error)
{
  return fail (item, "%s", error->message);
}

static const char *
cell (Item           *item,
      StoltCsvColumn  column)
{
  return item->cells[column] != NULL ? item->cells[column] : "";
}

static gboolean
has (Item           *item,
     StoltCsvColumn  column)
{
  return *cell (item, column) != '\0';
}

/* The model's own checks, on a record that is never added */
static gboolean
check_field (Item        *item,
             StoltRecord *scratch,
             const char  *name,
             GValue      *value)
{
  g_autoptr(GError) error = NULL;

  if (!stolt_record_check_value (scratch, stolt_record_find_field (scratch, name), value, &error))
    return fail_error (item, error);
  return TRUE;
}

static gboolean
check_text (Item           *item,
            StoltRecord    *scratch,
            const char     *name,
            StoltCsvColumn  column)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, cell (item, column));
  return check_field (item, scratch, name, &value);
}

static gboolean
read_date (Item           *item,
           StoltRecord    *scratch,
           const char     *name,
           StoltCsvColumn  column,
           guint32        *date)
{
  g_auto(GValue) value = G_VALUE_INIT;

  *date = STOLT_DATE_NONE;
  if (!has (item, column))
    return TRUE;
  if (!stolt_csv_parse_date (cell (item, column), date))
    return fail (item, _("“%s” is not a date; write dates as 2026-09-14 or 14.09.2026"),
                 cell (item, column));

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, *date);
  return check_field (item, scratch, name, &value);
}

static gboolean
read_dates (Item        *item,
            StoltRecord *scratch)
{
  if (item->milestone)
    {
      /* A milestone has one date: the End / Date column, or Start */
      StoltCsvColumn column = has (item, STOLT_CSV_COLUMN_END) ? STOLT_CSV_COLUMN_END
                                                               : STOLT_CSV_COLUMN_START;

      return read_date (item, scratch, "date", column, &item->end);
    }

  if (!read_date (item, scratch, "start-date", STOLT_CSV_COLUMN_START, &item->start) ||
      !read_date (item, scratch, "end-date", STOLT_CSV_COLUMN_END, &item->end))
    return FALSE;
  if (item->start != STOLT_DATE_NONE && item->end != STOLT_DATE_NONE && item->end < item->start)
    return fail (item, "%s", _("The end date comes before the start date"));
  return TRUE;
}

static gboolean
read_numbers (Item        *item,
              StoltRecord *scratch)
{
  g_auto(GValue) hours = G_VALUE_INIT;
  g_auto(GValue) progress = G_VALUE_INIT;
  double number = 0;

  if (has (item, STOLT_CSV_COLUMN_HOURS) &&
      !stolt_csv_parse_number (cell (item, STOLT_CSV_COLUMN_HOURS), &item->hours))
    return fail (item, _("“%s” is not a number of hours"), cell (item, STOLT_CSV_COLUMN_HOURS));
  g_value_init (&hours, G_TYPE_DOUBLE);
  g_value_set_double (&hours, item->hours);
  if (!check_field (item, scratch, "hours", &hours))
    return FALSE;

  if (has (item, STOLT_CSV_COLUMN_PROGRESS) &&
      !stolt_csv_parse_percent (cell (item, STOLT_CSV_COLUMN_PROGRESS), &number))
    return fail (item, _("“%s” is not a percentage"), cell (item, STOLT_CSV_COLUMN_PROGRESS));
  if (number < 0 || number > 100)
    number = number < 0 ? -1 : 101;  /* out of range either way, without overflow */
  item->progress = (int) round (number);
  g_value_init (&progress, G_TYPE_INT);
  g_value_set_int (&progress, item->progress);
  return check_field (item, scratch, "progress", &progress);
}

static gboolean
read_kind (Item *item)
{
  if (has (item, STOLT_CSV_COLUMN_TYPE))
    {
      if (!stolt_csv_parse_kind (cell (item, STOLT_CSV_COLUMN_TYPE), &item->milestone))
        return fail (item, _("“%s” is not a milestone or an activity"),
                     cell (item, STOLT_CSV_COLUMN_TYPE));
      return TRUE;
    }

  /* No type: what only activities have makes an activity */
  item->milestone = !has (item, STOLT_CSV_COLUMN_START) && !has (item, STOLT_CSV_COLUMN_HOURS) &&
                    !has (item, STOLT_CSV_COLUMN_PROGRESS) && !has (item, STOLT_CSV_COLUMN_CODE) &&
                    !has (item, STOLT_CSV_COLUMN_PREDECESSORS);
  return TRUE;
}

static gboolean
read_milestone_words (Item *item)
{
  if (!stolt_csv_parse_status (cell (item, STOLT_CSV_COLUMN_STATUS), &item->status) &&
      has (item, STOLT_CSV_COLUMN_STATUS))
    return fail (item, _("“%s” is not a status; use planned, in progress or done"),
                 cell (item, STOLT_CSV_COLUMN_STATUS));
  if (!stolt_csv_parse_yes_no (cell (item, STOLT_CSV_COLUMN_DECISION), &item->decision))
    return fail (item, _("“%s” is neither yes nor no"), cell (item, STOLT_CSV_COLUMN_DECISION));
  return TRUE;
}

static void
read_item (Item *item)
{
  g_autoptr(StoltRecord) scratch = NULL;

  if (!read_kind (item))
    return;

  scratch = g_object_new (item->milestone ? STOLT_TYPE_MILESTONE : STOLT_TYPE_ACTIVITY, NULL);
  if (!check_text (item, scratch, "title", STOLT_CSV_COLUMN_TITLE) ||
      !check_text (item, scratch, "responsible", STOLT_CSV_COLUMN_RESPONSIBLE) ||
      !check_text (item, scratch, "notes", STOLT_CSV_COLUMN_NOTES) ||
      !read_dates (item, scratch))
    return;

  /* The other kind's columns are left out */
  if (item->milestone)
    {
      if (check_text (item, scratch, "activities", STOLT_CSV_COLUMN_ACTIVITIES))
        read_milestone_words (item);
    }
  else if (check_text (item, scratch, "code", STOLT_CSV_COLUMN_CODE))
    read_numbers (item, scratch);
}

/* Texts on one line lose their spaces at the ends; notes keep theirs */
static gboolean
keeps_spaces (StoltCsvColumn column)
{
  return column == STOLT_CSV_COLUMN_NOTES || column == STOLT_CSV_COLUMN_ACTIVITIES;
}

static Item *
new_item (StoltCsvImport *self,
          guint           row)
{
  StoltCsvRow *csv_row = data_row (self, row);
  Item *item = g_new0 (Item, 1);

  item->line = csv_row->line;
  for (guint i = 0; i < self->n_columns; i++)
    {
      StoltCsvColumn column = self->mapping[i];
      const char *text = stolt_csv_import_get_cell (self, row, i);

      if (column != STOLT_CSV_COLUMN_IGNORE && item->cells[column] == NULL)
        item->cells[column] = keeps_spaces (column) ? g_strdup (text)
                                                    : g_strstrip (g_strdup (text));
    }

  if (csv_row->error != NULL)
    fail (item, "%s", csv_row->error);
  else
    read_item (item);
  return item;
}

static gboolean
is_blank (StoltCsvImport *self,
          guint           row)
{
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (stolt_csv_import_get_cell (self, row, i)));

      if (*text != '\0')
        return FALSE;
    }
  return data_row (self, row)->error == NULL;
}

/* Predecessors */

typedef struct
{
  GHashTable *file_codes;      /* key → Item, first of each */
  GHashTable *file_titles;
  GHashTable *project_codes;   /* key → StoltRecord */
  GHashTable *project_titles;
} Names;

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->file_codes, g_hash_table_unref);
  g_clear_pointer (&names->file_titles, g_hash_table_unref);
  g_clear_pointer (&names->project_codes, g_hash_table_unref);
  g_clear_pointer (&names->project_titles, g_hash_table_unref);
}

static void
name_insert (GHashTable *table,
             const char *name,
             gpointer    value)
{
  char *key = stolt_csv_parse_key (name);

  if (*key == '\0' || g_hash_table_contains (table, key))
    g_free (key);
  else
    g_hash_table_insert (table, key, value);
}

static void
names_init (Names        *names,
            GPtrArray    *items,
            StoltProject *project)
{
  GListModel *activities = stolt_project_get_list (project, STOLT_LIST_ACTIVITIES);
  guint n = g_list_model_get_n_items (activities);

  names->file_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->file_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->project_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names->project_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];

      if (item->milestone)
        continue;
      name_insert (names->file_codes, cell (item, STOLT_CSV_COLUMN_CODE), item);
      name_insert (names->file_titles, cell (item, STOLT_CSV_COLUMN_TITLE), item);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) activity = g_list_model_get_item (activities, i);

      name_insert (names->project_codes,
                   stolt_record_get_text (activity, stolt_record_find_field (activity, "code")),
                   activity);
      name_insert (names->project_titles, stolt_record_get_title (activity), activity);
    }
}

/* Codes before titles, the file before the project */
static gboolean
find_target (Names      *names,
             const char *name,
             Target     *target)
{
  g_autofree char *key = stolt_csv_parse_key (name);
  StoltRecord *record;

  target->item = g_hash_table_lookup (names->file_codes, key);
  if (target->item == NULL)
    target->item = g_hash_table_lookup (names->file_titles, key);
  if (target->item != NULL)
    return TRUE;

  record = g_hash_table_lookup (names->project_codes, key);
  if (record == NULL)
    record = g_hash_table_lookup (names->project_titles, key);
  target->id = record != NULL ? stolt_record_get_id (record) : 0;
  return record != NULL;
}

static void
resolve_predecessors (Item  *item,
                      Names *names)
{
  g_autofree char *whole = g_strdup (cell (item, STOLT_CSV_COLUMN_PREDECESSORS));
  g_auto(GStrv) parts = NULL;
  Target target = { NULL, 0 };

  item->predecessors = g_array_new (FALSE, FALSE, sizeof (Target));
  if (*whole == '\0' || item->milestone)
    return;

  /* The whole cell first: a title may hold a comma */
  if (find_target (names, whole, &target))
    {
      g_array_append_val (item->predecessors, target);
      return;
    }

  parts = g_strsplit_set (whole, ",;", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      if (!find_target (names, parts[i], &target))
        {
          fail (item, _("There is no activity “%s” in the file or the project to come after"),
                parts[i]);
          return;
        }
      g_array_append_val (item->predecessors, target);
    }
}

/* A row that follows a bad row is bad too, and a row that follows that
 * one: a walk from each bad row to the rows after it, linear in the rows
 * and links whatever their order in the file.  TRUE if a row failed. */
static gboolean
spread_failures (GPtrArray *items)
{
  g_autoptr(GHashTable) after = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();
  gboolean changed = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];

      if (item->error != NULL)
        g_ptr_array_add (todo, item);
      for (guint j = 0; j < item->predecessors->len; j++)
        {
          Item *before = g_array_index (item->predecessors, Target, j).item;
          GPtrArray *followers;

          if (before == NULL)
            continue;
          followers = g_hash_table_lookup (after, before);
          if (followers == NULL)
            {
              followers = g_ptr_array_new ();
              g_hash_table_insert (after, before, followers);
            }
          g_ptr_array_add (followers, item);
        }
    }

  while (todo->len > 0)
    {
      Item *bad = g_ptr_array_steal_index_fast (todo, todo->len - 1);
      GPtrArray *followers = g_hash_table_lookup (after, bad);

      for (guint i = 0; followers != NULL && i < followers->len; i++)
        {
          Item *item = followers->pdata[i];

          if (item->error != NULL)
            continue;
          fail (item, _("It comes after line %u, which cannot be imported"), bad->line);
          g_ptr_array_add (todo, item);
          changed = TRUE;
        }
    }
  return changed;
}

enum { WHITE, GREY, BLACK };

typedef struct
{
  Item  *item;
  guint  next;  /* the next predecessor to follow */
} Frame;

/* The rows from @from to the top of @stack go round in a circle */
static void
fail_circle (GArray *stack,
             Item   *from)
{
  guint i = stack->len;

  while (i > 0 && g_array_index (stack, Frame, i - 1).item != from)
    i--;
  for (i = i > 0 ? i - 1 : 0; i < stack->len; i++)
    {
      Item *item = g_array_index (stack, Frame, i).item;

      fail (item, _("“%s” would depend on itself through its %s"),
            cell (item, STOLT_CSV_COLUMN_TITLE), _("Predecessors"));
    }
}

/* One depth-first search over the good rows along their predecessors in
 * the file, with a stack of its own: a hostile file may chain a million
 * rows.  A link back to a row on the path closes a circle.  TRUE if a
 * row failed. */
static gboolean
find_circles (GPtrArray *items)
{
  g_autoptr(GHashTable) colour = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  gboolean failed = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      Frame first = { items->pdata[i], 0 };

      if (first.item->error != NULL || g_hash_table_contains (colour, first.item))
        continue;
      g_hash_table_insert (colour, first.item, GINT_TO_POINTER (GREY));
      g_array_append_val (stack, first);

      while (stack->len > 0)
        {
          Frame *top = &g_array_index (stack, Frame, stack->len - 1);
          Item *before;

          if (top->next >= top->item->predecessors->len)
            {
              g_hash_table_insert (colour, top->item, GINT_TO_POINTER (BLACK));
              g_array_set_size (stack, stack->len - 1);
              continue;
            }

          before = g_array_index (top->item->predecessors, Target, top->next++).item;
          if (before == NULL || before->error != NULL)
            continue;  /* the project's own activities close no circle */

          switch (GPOINTER_TO_INT (g_hash_table_lookup (colour, before)))
            {
            case GREY:
              fail_circle (stack, before);
              failed = TRUE;
              break;
            case WHITE:
              {
                Frame frame = { before, 0 };

                g_hash_table_insert (colour, before, GINT_TO_POINTER (GREY));
                g_array_append_val (stack, frame);
              }
              break;
            default:
              break;
            }
        }
    }
  return failed;
}

static void
check_links (GPtrArray    *items,
             StoltProject *project)
{
  Names names = { NULL };
  gboolean changed = TRUE;

  names_init (&names, items, project);
  for (guint i = 0; i < items->len; i++)
    resolve_predecessors (items->pdata[i], &names);
  names_clear (&names);

  /* A row after a bad one is bad; a row in a circle too.  The rows of a
   * circle's other loops follow its failed rows, so two rounds settle it */
  while (changed)
    {
      changed = spread_failures (items);
      changed |= find_circles (items);
    }
}

static gboolean
title_is_mapped (StoltCsvImport *self)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (self->mapping[i] == STOLT_CSV_COLUMN_TITLE)
      return TRUE;
  return FALSE;
}

/* Every data row but blank ones, read and checked */
static GPtrArray *
read_items (StoltCsvImport *self,
            StoltProject   *project)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  guint n = stolt_csv_import_get_n_rows (self);

  for (guint row = 0; row < n; row++)
    if (!is_blank (self, row))
      g_ptr_array_add (items, new_item (self, row));

  check_links (items, project);
  return items;
}

static void
problem_free (StoltCsvProblem *problem)
{
  g_free (problem->reason);
  g_free (problem);
}

static void
add_problem (GPtrArray  *problems,
             guint       line,
             const char *reason)
{
  StoltCsvProblem *problem = g_new0 (StoltCsvProblem, 1);

  problem->line = line;
  problem->reason = g_strdup (reason);
  g_ptr_array_add (problems, problem);
}

/**
 * stolt_csv_import_check:
 * @project: the project the rows would go into (for phases and
 *   predecessors already there)
 * @n_good: (out) (optional): how many rows can be imported
 *
 * Returns: (transfer full) (element-type StoltCsvProblem): a problem for
 *   each row that cannot be imported, in the order of the file; one with
 *   line 0 when no column holds the titles
 */
GPtrArray *
stolt_csv_import_check (StoltCsvImport *self,
                        StoltProject   *project,
                        guint          *n_good)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  g_autoptr(GPtrArray) items = NULL;
  guint good = 0;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), problems);

  if (n_good != NULL)
    *n_good = 0;
  if (!title_is_mapped (self))
    {
      add_problem (problems, 0, _("Choose the column that holds the titles"));
      return problems;
    }

  items = read_items (self, project);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];

      if (item->error != NULL)
        add_problem (problems, item->line, item->error);
      else
        good++;
    }

  if (n_good != NULL)
    *n_good = good;
  return problems;
}

/* Applying */

static gint64
phase_for (StoltProject *project,
           GHashTable   *phases,
           const char   *title,
           GError      **error)
{
  g_autofree char *key = stolt_csv_parse_key (title);
  g_autoptr(StoltRecord) phase = NULL;
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));

  if (*key == '\0')
    return 0;
  if (g_hash_table_lookup (phases, key) != NULL)
    return stolt_record_get_id (g_hash_table_lookup (phases, key));

  phase = g_object_new (STOLT_TYPE_PHASE, NULL);
  if (!stolt_project_add (project, card, STOLT_LIST_PHASES, G_MAXUINT, phase, error) ||
      !stolt_project_set_text (project, phase, "title", title, error))
    return -1;
  g_hash_table_insert (phases, g_steal_pointer (&key), phase);
  return stolt_record_get_id (phase);
}

static GHashTable *
existing_phases (StoltProject *project)
{
  GHashTable *phases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list = stolt_project_get_list (project, STOLT_LIST_PHASES);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltRecord) phase = g_list_model_get_item (list, i);

      name_insert (phases, stolt_record_get_title (phase), phase);
    }
  return phases;
}

static gboolean
set_text (StoltProject   *project,
          Item           *item,
          const char     *field,
          StoltCsvColumn  column,
          GError        **error)
{
  return !has (item, column) ||
         stolt_project_set_text (project, item->record, field, cell (item, column), error);
}

static gboolean
fill_milestone (StoltProject *project,
                Item         *item,
                GError      **error)
{
  return set_text (project, item, "title", STOLT_CSV_COLUMN_TITLE, error) &&
         stolt_project_set_date (project, item->record, "date", item->end, error) &&
         set_text (project, item, "responsible", STOLT_CSV_COLUMN_RESPONSIBLE, error) &&
         set_text (project, item, "activities", STOLT_CSV_COLUMN_ACTIVITIES, error) &&
         stolt_project_set_boolean (project, item->record, "decision", item->decision, error) &&
         stolt_project_set_int (project, item->record, "status", item->status, error) &&
         set_text (project, item, "notes", STOLT_CSV_COLUMN_NOTES, error);
}

static gboolean
fill_activity (StoltProject *project,
               Item         *item,
               GError      **error)
{
  return set_text (project, item, "code", STOLT_CSV_COLUMN_CODE, error) &&
         set_text (project, item, "title", STOLT_CSV_COLUMN_TITLE, error) &&
         stolt_project_set_date (project, item->record, "start-date", item->start, error) &&
         stolt_project_set_date (project, item->record, "end-date", item->end, error) &&
         set_text (project, item, "responsible", STOLT_CSV_COLUMN_RESPONSIBLE, error) &&
         stolt_project_set_double (project, item->record, "hours", item->hours, error) &&
         stolt_project_set_int (project, item->record, "progress", item->progress, error) &&
         set_text (project, item, "notes", STOLT_CSV_COLUMN_NOTES, error);
}

static gboolean
add_item (StoltProject *project,
          GHashTable   *phases,
          Item         *item,
          GError      **error)
{
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  StoltProjectList list = item->milestone ? STOLT_LIST_MILESTONES : STOLT_LIST_ACTIVITIES;
  gint64 phase;

  item->record = g_object_new (item->milestone ? STOLT_TYPE_MILESTONE : STOLT_TYPE_ACTIVITY, NULL);
  if (!stolt_project_add (project, card, list, G_MAXUINT, item->record, error) ||
      !(item->milestone ? fill_milestone (project, item, error) : fill_activity (project, item, error)))
    return FALSE;

  phase = phase_for (project, phases, cell (item, STOLT_CSV_COLUMN_PHASE), error);
  return phase >= 0 && stolt_project_set_ref (project, item->record, "phase", phase, error);
}

static gboolean
link_item (StoltProject *project,
           Item         *item,
           GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (item->milestone || item->predecessors->len == 0)
    return TRUE;

  for (guint i = 0; i < item->predecessors->len; i++)
    {
      Target *target = &g_array_index (item->predecessors, Target, i);
      gint64 id = target->item != NULL ? stolt_record_get_id (target->item->record) : target->id;
      gboolean seen = FALSE;

      for (guint j = 0; j < ids->len; j++)
        seen |= g_array_index (ids, gint64, j) == id;
      if (!seen)
        g_array_append_val (ids, id);
    }
  return stolt_project_set_refs (project, item->record, "predecessors",
                                 (const gint64 *) ids->data, ids->len, error);
}

static gboolean
apply_items (StoltProject *project,
             GPtrArray    *items,
             GError      **error)
{
  g_autoptr(GHashTable) phases = existing_phases (project);

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];

      if (item->error == NULL && !add_item (project, phases, item, error))
        return FALSE;
    }
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = items->pdata[i];

      if (item->error == NULL && !link_item (project, item, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * stolt_csv_import_apply:
 * @n_imported: (out) (optional): how many rows became records
 *
 * Adds a milestone or activity for each good row, and the phases they
 * name that the project lacks, as one step "Import CSV" on the undo
 * stack.  Bad rows are left out (stolt_csv_import_check() tells them).
 *
 * Returns: %FALSE, with nothing changed, when no row can be imported
 */
gboolean
stolt_csv_import_apply (StoltCsvImport *self,
                        StoltProject   *project,
                        guint          *n_imported,
                        GError        **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_good = 0;
  gboolean ok;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), FALSE);

  if (n_imported != NULL)
    *n_imported = 0;
  problems = stolt_csv_import_check (self, project, &n_good);
  if (n_good == 0)
    {
      StoltCsvProblem *first = problems->len > 0 ? problems->pdata[0] : NULL;

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Cannot import “%s”: %s"),
                   self->display_name,
                   first != NULL && first->line == 0 ? first->reason : _("no row can be imported"));
      return FALSE;
    }

  items = read_items (self, project);
  stolt_project_begin_group (project, _("Import CSV"));
  ok = apply_items (project, items, &local_error);
  stolt_project_end_group (project);

  if (!ok)
    {
      /* The rows were checked: this is a bug, but leave the project whole */
      g_critical ("CSV import failed after its check: %s", local_error->message);
      stolt_undo_stack_undo (stolt_project_get_undo_stack (project));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (n_imported != NULL)
    *n_imported = n_good;
  return TRUE;
}
