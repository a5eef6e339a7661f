/* stolt-csv-rows.c — the rows of a CSV import, read and checked
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row is checked by the model itself (a record that is never added
 * takes each value through stolt_record_check_value()), so the import
 * refuses exactly what an edit would, in the model's words.  Then the
 * links: predecessors by code or title, in the file or the project; a
 * row after a bad row is bad; rows in a circle are bad.
 */

#define G_LOG_DOMAIN "stolt-csv-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-csv-parse.h"
#include "stolt-csv.h"
#include "stolt-csv-rows.h"
#include "stolt-date.h"

void
stolt_csv_item_free (StoltCsvItem *item)
{
  for (guint i = 0; i < STOLT_N_CSV_COLUMNS; i++)
    g_free (item->cells[i]);
  g_clear_pointer (&item->predecessors, g_array_unref);
  g_free (item->error);
  g_clear_object (&item->record);
  g_clear_object (&item->match);
  g_free (item);
}

static gboolean
fail (StoltCsvItem *item,
      const char   *format,
      ...) G_GNUC_PRINTF (2, 3);

/* Keeps the first reason a row has */
static gboolean
fail (StoltCsvItem *item,
      const char   *format,
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
fail_error (StoltCsvItem *item,
            GError       *error)
{
  return fail (item, "%s", error->message);
}

static const char *
cell (StoltCsvItem   *item,
      StoltCsvColumn  column)
{
  return item->cells[column] != NULL ? item->cells[column] : "";
}

static gboolean
has (StoltCsvItem   *item,
     StoltCsvColumn  column)
{
  return *cell (item, column) != '\0';
}

/* The model's own checks, on a record that is never added */
static gboolean
check_field (StoltCsvItem *item,
             StoltRecord  *scratch,
             const char   *name,
             GValue       *value)
{
  g_autoptr(GError) error = NULL;

  if (!stolt_record_check_value (scratch, stolt_record_find_field (scratch, name), value, &error))
    return fail_error (item, error);
  return TRUE;
}

static gboolean
check_text (StoltCsvItem   *item,
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
read_date (StoltCsvItem   *item,
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
read_dates (StoltCsvItem *item,
            StoltRecord  *scratch)
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
read_numbers (StoltCsvItem *item,
              StoltRecord  *scratch)
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
read_kind (StoltCsvItem *item)
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
read_milestone_words (StoltCsvItem *item)
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
read_item (StoltCsvItem *item)
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

/* Predecessors */

typedef struct
{
  GHashTable *file_codes;      /* key → StoltCsvItem, first of each */
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
      StoltCsvItem *item = items->pdata[i];

      if (item->milestone)
        continue;
      name_insert (names->file_codes, cell (item, STOLT_CSV_COLUMN_CODE), item);
      name_insert (names->file_titles, cell (item, STOLT_CSV_COLUMN_TITLE), item);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StoltActivity) activity = g_list_model_get_item (activities, i);

      name_insert (names->project_codes, stolt_activity_get_code (activity), STOLT_RECORD (activity));
      name_insert (names->project_titles, stolt_activity_get_title (activity), STOLT_RECORD (activity));
    }
}

/* Codes before titles, the file before the project */
static gboolean
find_target (Names          *names,
             const char     *name,
             StoltCsvTarget *target)
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
resolve_predecessors (StoltCsvItem *item,
                      Names        *names)
{
  g_autofree char *whole = g_strdup (cell (item, STOLT_CSV_COLUMN_PREDECESSORS));
  g_auto(GStrv) parts = NULL;
  StoltCsvTarget target = { NULL, 0 };

  item->predecessors = g_array_new (FALSE, FALSE, sizeof (StoltCsvTarget));
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
      StoltCsvItem *item = items->pdata[i];

      if (item->error != NULL)
        g_ptr_array_add (todo, item);
      for (guint j = 0; j < item->predecessors->len; j++)
        {
          StoltCsvItem *before = g_array_index (item->predecessors, StoltCsvTarget, j).item;
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
      StoltCsvItem *bad = g_ptr_array_steal_index_fast (todo, todo->len - 1);
      GPtrArray *followers = g_hash_table_lookup (after, bad);

      for (guint i = 0; followers != NULL && i < followers->len; i++)
        {
          StoltCsvItem *item = followers->pdata[i];

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
  StoltCsvItem  *item;
  guint  next;  /* the next predecessor to follow */
} Frame;

/* The rows from @from to the top of @stack go round in a circle */
static void
fail_circle (GArray       *stack,
             StoltCsvItem *from)
{
  guint i = stack->len;

  while (i > 0 && g_array_index (stack, Frame, i - 1).item != from)
    i--;
  for (i = i > 0 ? i - 1 : 0; i < stack->len; i++)
    {
      StoltCsvItem *item = g_array_index (stack, Frame, i).item;

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
          StoltCsvItem *before;

          if (top->next >= top->item->predecessors->len)
            {
              g_hash_table_insert (colour, top->item, GINT_TO_POINTER (BLACK));
              g_array_set_size (stack, stack->len - 1);
              continue;
            }

          before = g_array_index (top->item->predecessors, StoltCsvTarget, top->next++).item;
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

/* Links to predecessors resolved; rows after bad rows, and rows in a
 * circle, failed */
void
stolt_csv_items_check_links (GPtrArray    *items,
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


const char *
stolt_csv_item_cell (StoltCsvItem   *item,
                     StoltCsvColumn  column)
{
  return cell (item, column);
}

/* Texts on one line lose their spaces at the ends; notes keep theirs */
static gboolean
keeps_spaces (StoltCsvColumn column)
{
  return column == STOLT_CSV_COLUMN_NOTES || column == STOLT_CSV_COLUMN_ACTIVITIES;
}

/**
 * stolt_csv_item_new:
 * @cells: (array fixed-size=STOLT_N_CSV_COLUMNS): each column's text,
 *   %NULL where the file has none; copied
 * @read_error: (nullable): why the CSV reader could not read the row
 *
 * Returns: (transfer full): the row, read and checked on its own; its
 *   links are checked with the others (stolt_csv_items_check_links())
 */
/* "'=SUM(A1)" back to "=SUM(A1)": the apostrophe Stolt's export (and
 * other careful writers) put before a formula-like cell */
static const char *
unguard (const char *text)
{
  if (text[0] == '\'' && stolt_csv_is_formula_like (text + 1))
    return text + 1;
  return text;
}

StoltCsvItem *
stolt_csv_item_new (guint        line,
                    char       **cells,
                    const char  *read_error)
{
  StoltCsvItem *item = g_new0 (StoltCsvItem, 1);

  item->line = line;
  item->predecessors = g_array_new (FALSE, FALSE, sizeof (StoltCsvTarget));
  for (guint i = 0; i < STOLT_N_CSV_COLUMNS; i++)
    if (cells[i] != NULL)
      {
        const char *text = unguard (cells[i]);

        item->cells[i] = keeps_spaces (i) ? g_strdup (text) : g_strstrip (g_strdup (text));
      }

  if (read_error != NULL)
    fail (item, "%s", read_error);
  else
    read_item (item);
  return item;
}
