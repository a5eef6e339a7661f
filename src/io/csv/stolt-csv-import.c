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
 * A row that is already a record of the project (stolt-csv-match.c) is
 * left out, updates that record, or is added again, by the match mode.
 */

#define G_LOG_DOMAIN "stolt-csv-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-csv.h"
#include "stolt-csv-import.h"
#include "stolt-csv-match.h"
#include "stolt-csv-parse.h"
#include "stolt-csv-rows.h"
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
  StoltCsvMatchMode match_mode;
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

static StoltCsvItem *
new_item (StoltCsvImport *self,
          guint           row)
{
  StoltCsvRow *csv_row = data_row (self, row);
  char *cells[STOLT_N_CSV_COLUMNS] = { NULL };

  /* One column per target (stolt_csv_import_set_mapping ()); the first */
  for (guint i = 0; i < self->n_columns; i++)
    {
      StoltCsvColumn column = self->mapping[i];

      if (column != STOLT_CSV_COLUMN_IGNORE && cells[column] == NULL)
        cells[column] = (char *) stolt_csv_import_get_cell (self, row, i);
    }
  return stolt_csv_item_new (csv_row->line, cells, csv_row->error);
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
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) stolt_csv_item_free);
  guint n = stolt_csv_import_get_n_rows (self);

  for (guint row = 0; row < n; row++)
    if (!is_blank (self, row))
      g_ptr_array_add (items, new_item (self, row));

  stolt_csv_items_check_links (items, project);
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
      StoltCsvItem *item = items->pdata[i];

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

static gboolean
set_text (StoltProject    *project,
          StoltCsvItem    *item,
          const char      *field,
          StoltCsvColumn   column,
          GError         **error)
{
  const char *text = stolt_csv_item_cell (item, column);

  return *text == '\0' || stolt_project_set_text (project, item->record, field, text, error);
}

static gboolean
fill_milestone (StoltProject  *project,
                StoltCsvItem  *item,
                GError       **error)
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
fill_activity (StoltProject  *project,
               StoltCsvItem  *item,
               GError       **error)
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
add_item (StoltProject  *project,
          GHashTable    *phases,
          StoltCsvItem  *item,
          GError       **error)
{
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  StoltProjectList list = item->milestone ? STOLT_LIST_MILESTONES : STOLT_LIST_ACTIVITIES;
  gint64 phase;

  item->record = g_object_new (item->milestone ? STOLT_TYPE_MILESTONE : STOLT_TYPE_ACTIVITY, NULL);
  if (!stolt_project_add (project, card, list, G_MAXUINT, item->record, error) ||
      !(item->milestone ? fill_milestone (project, item, error)
                        : fill_activity (project, item, error)))
    return FALSE;

  phase = stolt_csv_phase_for (project, phases, stolt_csv_item_cell (item, STOLT_CSV_COLUMN_PHASE),
                               error);
  return phase >= 0 && stolt_project_set_ref (project, item->record, "phase", phase, error);
}

static gboolean
link_item (StoltProject  *project,
           StoltCsvItem  *item,
           GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (item->milestone || item->predecessors->len == 0)
    return TRUE;

  for (guint i = 0; i < item->predecessors->len; i++)
    {
      StoltCsvTarget *target = &g_array_index (item->predecessors, StoltCsvTarget, i);
      /* A row left out stands for the record it matches */
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

/* What a good row does, by the mode */
typedef enum { ROW_ADD, ROW_LEAVE, ROW_UPDATE } RowAction;

static RowAction
row_action (StoltCsvItem      *item,
            StoltCsvMatchMode  mode)
{
  if (item->match == NULL || mode == STOLT_CSV_MATCH_ADD)
    return ROW_ADD;
  if (mode == STOLT_CSV_MATCH_UPDATE && item->changed)
    return ROW_UPDATE;
  return ROW_LEAVE;
}

static gboolean
apply_items (StoltProject       *project,
             GPtrArray          *items,
             StoltCsvMatchMode   mode,
             GError            **error)
{
  g_autoptr(GHashTable) phases = stolt_csv_phases_new (project);

  /* The records first, so that every row a predecessor names has one */
  for (guint i = 0; i < items->len; i++)
    {
      StoltCsvItem *item = items->pdata[i];
      gboolean changed = FALSE;

      if (item->error != NULL)
        continue;
      switch (row_action (item, mode))
        {
        case ROW_ADD:
          if (!add_item (project, phases, item, error))
            return FALSE;
          break;
        case ROW_UPDATE:
          if (!stolt_csv_item_sync_fields (project, item, phases, &changed, error))
            return FALSE;
          G_GNUC_FALLTHROUGH;
        case ROW_LEAVE:
          item->record = g_object_ref (item->match);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  for (guint i = 0; i < items->len; i++)
    {
      StoltCsvItem *item = items->pdata[i];
      gboolean changed = FALSE;

      if (item->error != NULL)
        continue;
      switch (row_action (item, mode))
        {
        case ROW_ADD:
          if (!link_item (project, item, error))
            return FALSE;
          break;
        case ROW_UPDATE:
          if (!stolt_csv_item_sync_links (project, item, TRUE, &changed, error))
            return FALSE;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* Every data row but blank ones, read, checked, and matched */
static GPtrArray *
match_items (StoltCsvImport *self,
             StoltProject   *project)
{
  GPtrArray *items = read_items (self, project);

  stolt_csv_match_items (items, project);
  return items;
}

/**
 * stolt_csv_import_match:
 * @project: the project the rows would go into
 * @counts: (out) (optional): how many good rows are new, match a record,
 *   and of those differ from it
 *
 * Returns: (transfer full) (element-type StoltCsvMatch): for each row
 *   that can be imported, in the order of the file, whether it is
 *   already a record of @project and would change it
 */
GArray *
stolt_csv_import_match (StoltCsvImport      *self,
                        StoltProject        *project,
                        StoltCsvMatchCounts *counts)
{
  GArray *matches = g_array_new (FALSE, TRUE, sizeof (StoltCsvMatch));
  g_autoptr(GPtrArray) items = NULL;
  StoltCsvMatchCounts total = { 0, 0, 0 };

  g_return_val_if_fail (STOLT_IS_PROJECT (project), matches);

  if (title_is_mapped (self))
    items = match_items (self, project);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      StoltCsvItem *item = items->pdata[i];
      StoltCsvMatch match = { item->line, STOLT_CSV_ROW_NEW, 0 };

      if (item->error != NULL)
        continue;
      if (item->match != NULL)
        {
          match.state = item->changed ? STOLT_CSV_ROW_CHANGED : STOLT_CSV_ROW_IDENTICAL;
          match.id = stolt_record_get_id (item->match);
          total.n_matched++;
          total.n_changed += item->changed ? 1 : 0;
        }
      else
        total.n_new++;
      g_array_append_val (matches, match);
    }

  if (counts != NULL)
    *counts = total;
  return matches;
}

StoltCsvMatchMode
stolt_csv_import_get_match_mode (StoltCsvImport *self)
{
  return self->match_mode;
}

/* Skip, the default: what is in the project stays as it is */
void
stolt_csv_import_set_match_mode (StoltCsvImport    *self,
                                 StoltCsvMatchMode  mode)
{
  g_return_if_fail (mode <= STOLT_CSV_MATCH_ADD);

  self->match_mode = mode;
}

/**
 * stolt_csv_import_apply:
 * @n_imported: (out) (optional): how many rows became records or
 *   updated one
 *
 * Adds a milestone or activity for each good row, and the phases they
 * name that the project lacks, as one step "Import CSV" on the undo
 * stack.  Bad rows are left out (stolt_csv_import_check() tells them).
 * Rows already in the project (stolt_csv_import_match ()) are left out,
 * update their record or are added, as the match mode says; when that
 * leaves nothing to do, nothing changes and no step is made.
 *
 * Returns: %FALSE, with nothing changed, when no row can be imported, or
 *   an update would make an activity depend on itself
 */
gboolean
stolt_csv_import_apply (StoltCsvImport  *self,
                        StoltProject    *project,
                        guint           *n_imported,
                        GError         **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_good = 0, n_done = 0;
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

  items = match_items (self, project);
  for (guint i = 0; i < items->len; i++)
    {
      StoltCsvItem *item = items->pdata[i];

      if (item->error == NULL && row_action (item, self->match_mode) != ROW_LEAVE)
        n_done++;
    }
  if (n_done == 0)
    return TRUE;

  stolt_project_begin_group (project, _("Import CSV"));
  ok = apply_items (project, items, self->match_mode, &local_error);
  stolt_project_end_group (project);

  if (!ok)
    {
      /* The rows were checked, but not the links an update makes
       * through the project's own (a circle): anything else is a bug.
       * Either way the project is left whole. */
      if (self->match_mode != STOLT_CSV_MATCH_UPDATE)
        g_critical ("CSV import failed after its check: %s", local_error->message);
      stolt_undo_stack_undo (stolt_project_get_undo_stack (project));
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("Cannot import “%s”: %s"),
                   self->display_name, local_error->message);
      return FALSE;
    }

  if (n_imported != NULL)
    *n_imported = n_done;
  return TRUE;
}
