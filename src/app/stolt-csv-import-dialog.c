/* stolt-csv-import-dialog.c — choosing what a CSV file's columns hold
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the file as Stolt read it: one row per column with a drop-down
 * of what it maps to (or Ignore), the rows that cannot be imported with
 * their line numbers and why, and a preview of the first rows.  Every
 * change of mapping checks the rows again.  Import applies the good
 * rows as one undoable step (stolt_csv_import_apply()).  When rows are
 * already in the plan, as when a file exported from it comes back, the
 * dialog says how many, and how many of them changed, and asks whether
 * to skip them (the default), update the plan from them or add them
 * again.
 */

#define G_LOG_DOMAIN "stolt-csv-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-csv-import-dialog.h"
#include "stolt-window.h"

/* Enough to see what the columns hold; the check reads every row */
#define PREVIEW_ROWS 20
#define SAMPLE_CHARS 60

struct _StoltCsvImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkLabel            *summary_label;
  GtkCheckButton      *header_check;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *problems_group;
  GtkListBox          *problems_list;
  GtkColumnView       *preview_view;
  GtkWidget           *import_button;
  AdwPreferencesGroup *matches_group;
  GtkWidget           *match_update_row;
  GtkCheckButton      *match_skip_check;
  GtkCheckButton      *match_update_check;
  GtkCheckButton      *match_add_check;

  /* Owned references */
  StoltProject        *project;
  StoltCsvImport      *import;
  GtkStringList       *targets;       /* what a column may map to */
  GPtrArray           *column_rows;   /* AdwActionRow, in the group */
  GPtrArray           *drop_downs;    /* GtkDropDown, one per column */

  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (StoltCsvImportDialog, stolt_csv_import_dialog, ADW_TYPE_WINDOW)

/* Texts */

/* One line, at most @max characters: for subtitles and preview cells */
static char *
one_line (const char *text,
          guint       max)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0' && n < max; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  if (n == max && *g_utf8_offset_to_pointer (text, n) != '\0')
    g_string_append (out, "…");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case ';':
      return _("semicolons");
    case '\t':
      return _("tabs");
    default:
      return _("commas");
    }
}

/* The first cell of @column that says something */
static char *
sample_of (StoltCsvImport *import,
           guint           column)
{
  guint n = MIN (stolt_csv_import_get_n_rows (import), PREVIEW_ROWS);

  for (guint row = 0; row < n; row++)
    {
      const char *cell = stolt_csv_import_get_cell (import, row, column);

      if (*cell != '\0')
        return one_line (cell, SAMPLE_CHARS);
    }
  return g_strdup ("");
}

/* The checks */

/* "3 new rows, 11 already in the plan, 2 of them changed." */
static char *
describe_matches (const StoltCsvMatchCounts *counts)
{
  g_autofree char *fresh = NULL;
  g_autofree char *matched = NULL;
  g_autofree char *changed = NULL;

  fresh = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new row", "%u new rows",
                                        counts->n_new),
                           counts->n_new);
  matched = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u already in the plan",
                                          "%u already in the plan", counts->n_matched),
                             counts->n_matched);
  changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of them changed",
                                          "%u of them changed", counts->n_changed),
                             counts->n_changed);
  /* Translators: how the rows of a CSV file compare with the plan, e.g.
   * "3 new rows, 11 already in the plan, 2 of them changed." */
  return g_strdup_printf (_("%s, %s, %s."), fresh, matched, changed);
}

static void
update_matches (StoltCsvImportDialog *self)
{
  g_autoptr(GArray) matches = NULL;
  g_autofree char *description = NULL;
  StoltCsvMatchCounts counts = { 0, 0, 0 };

  matches = stolt_csv_import_match (self->import, self->project, &counts);
  gtk_widget_set_visible (GTK_WIDGET (self->matches_group), counts.n_matched > 0);
  if (counts.n_matched == 0)
    return;

  description = describe_matches (&counts);
  adw_preferences_group_set_description (self->matches_group, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->matches_group),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  /* Nothing to update when nothing changed */
  gtk_widget_set_sensitive (self->match_update_row, counts.n_changed > 0);
}

static void
match_mode_toggled_cb (GtkCheckButton       *check,
                       StoltCsvImportDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;
  if (check == self->match_update_check)
    stolt_csv_import_set_match_mode (self->import, STOLT_CSV_MATCH_UPDATE);
  else if (check == self->match_add_check)
    stolt_csv_import_set_match_mode (self->import, STOLT_CSV_MATCH_ADD);
  else
    stolt_csv_import_set_match_mode (self->import, STOLT_CSV_MATCH_SKIP);
}


static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
problem_row (const StoltCsvProblem *problem)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;

  if (problem->line > 0)
    /* Translators: where a bad row of a CSV file starts */
    title = g_strdup_printf (_("Line %u"), problem->line);
  else
    title = g_strdup (_("The whole file"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem->reason);
  return row;
}

static void
stolt_csv_import_dialog_check (StoltCsvImportDialog *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *summary = NULL;
  guint n_good = 0;
  guint n_rows = stolt_csv_import_get_n_rows (self->import);

  problems = stolt_csv_import_check (self->import, self->project, &n_good);

  clear_list_box (self->problems_list);
  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (self->problems_list, problem_row (problems->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);

  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u row can be imported.",
                                         "%u of %u rows can be imported.", n_rows),
                            n_good, n_rows);
  /* Translators: the file, what separates its columns, its encoding,
   * then how many rows can be imported */
  summary = g_strdup_printf (_("“%s”: columns separated by %s, text in %s. %s"),
                             stolt_csv_import_get_display_name (self->import),
                             delimiter_name (stolt_csv_import_get_delimiter (self->import)),
                             stolt_csv_import_get_encoding (self->import), counts);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "csv-import.import", n_good > 0);
  update_matches (self);
}

/* The preview */

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              StoltCsvImportDialog     *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkStringObject *number = gtk_list_item_get_item (item);
  guint row = (guint) g_ascii_strtoull (gtk_string_object_get_string (number), NULL, 10);
  g_autofree char *text = NULL;

  /* Column 0 is the line in the file; then the file's columns */
  if (column == 0)
    text = g_strdup_printf ("%u", stolt_csv_import_get_line (self->import, row));
  else
    text = one_line (stolt_csv_import_get_cell (self->import, row, column - 1), SAMPLE_CHARS);
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               StoltCsvImportDialog     *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_list_item_set_child (item, label);
}

static void
add_preview_column (StoltCsvImportDialog *self,
                    guint                 column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  view_column = gtk_column_view_column_new (NULL, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->preview_view, view_column);
}

/* "Tittel → Title": what the column is called and what it becomes */
static void
update_preview_titles (StoltCsvImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);
      g_autofree char *title = NULL;

      if (i == 0)
        title = g_strdup (_("Line"));
      else
        {
          const char *name = stolt_csv_import_get_column_name (self->import, i - 1);
          StoltCsvColumn target = stolt_csv_import_get_mapping (self->import, i - 1);

          if (target == STOLT_CSV_COLUMN_IGNORE)
            title = g_strdup (name);
          else
            /* Translators: a preview column: the file's name for it → what it becomes */
            title = g_strdup_printf (_("%s → %s"), name, stolt_csv_column_name (target));
        }
      gtk_column_view_column_set_title (view_column, title);
    }
}

static void
build_preview (StoltCsvImportDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  guint n = MIN (stolt_csv_import_get_n_rows (self->import), PREVIEW_ROWS);
  g_autoptr(GtkNoSelection) selection = NULL;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->preview_view, view_column);
    }

  for (guint i = 0; i <= stolt_csv_import_get_n_columns (self->import); i++)
    add_preview_column (self, i);

  /* The items are the rows' numbers, as text */
  for (guint row = 0; row < n; row++)
    {
      g_autofree char *number = g_strdup_printf ("%u", row);

      gtk_string_list_append (rows, number);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));
  update_preview_titles (self);
}

/* The columns */

static void
update_drop_downs (StoltCsvImportDialog *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->drop_downs->len; i++)
    gtk_drop_down_set_selected (self->drop_downs->pdata[i],
                                stolt_csv_import_get_mapping (self->import, i));
  self->updating = FALSE;
}

static void
mapping_changed_cb (GtkDropDown          *drop_down,
                    GParamSpec           *pspec,
                    StoltCsvImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "column"));
  guint target = gtk_drop_down_get_selected (drop_down);

  if (self->updating || target == GTK_INVALID_LIST_POSITION)
    return;

  /* A target taken from another column shows there as Ignore */
  stolt_csv_import_set_mapping (self->import, column, target);
  update_drop_downs (self);
  update_preview_titles (self);
  stolt_csv_import_dialog_check (self);
}

static GtkWidget *
column_row (StoltCsvImportDialog *self,
            guint                 column)
{
  const char *name = stolt_csv_import_get_column_name (self->import, column);
  g_autofree char *sample = sample_of (self->import, column);
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop_down;

  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->targets)), NULL);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (drop_down), "column", GUINT_TO_POINTER (column));
  /* Translators: the accessible name of a column's drop-down */
  label = g_strdup_printf (_("What column “%s” holds"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sample,
                                  -1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop_down);

  g_ptr_array_add (self->drop_downs, drop_down);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (mapping_changed_cb), self);
  return row;
}

static void
build_columns (StoltCsvImportDialog *self)
{
  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, self->column_rows->pdata[i]);
  g_ptr_array_set_size (self->column_rows, 0);
  g_ptr_array_set_size (self->drop_downs, 0);

  for (guint i = 0; i < stolt_csv_import_get_n_columns (self->import); i++)
    {
      GtkWidget *row = column_row (self, i);

      g_ptr_array_add (self->column_rows, row);
      adw_preferences_group_add (self->columns_group, row);
    }
  update_drop_downs (self);
}

static void
stolt_csv_import_dialog_rebuild (StoltCsvImportDialog *self)
{
  build_columns (self);
  build_preview (self);
  stolt_csv_import_dialog_check (self);
}

static void
header_toggled_cb (GtkCheckButton       *check,
                   StoltCsvImportDialog *self)
{
  if (self->updating)
    return;
  stolt_csv_import_set_has_header (self->import, gtk_check_button_get_active (check));
  stolt_csv_import_dialog_rebuild (self);
}

/* Importing */

static void
show_error (GtkWindow    *parent,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StoltCsvImportDialog *self = STOLT_CSV_IMPORT_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  guint n_imported = 0;

  if (!stolt_csv_import_apply (self->import, self->project, &n_imported, &error))
    {
      show_error (GTK_WINDOW (self), _("Could Not Import"), error);
      return;
    }
  /* Skipped rows change nothing, and leave no step to undo: say so */
  if (n_imported == 0 && STOLT_IS_WINDOW (parent))
    stolt_window_add_toast (STOLT_WINDOW (parent),
                            adw_toast_new (_("Nothing imported: every row is already in the plan")));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The object */

static void
stolt_csv_import_dialog_dispose (GObject *object)
{
  StoltCsvImportDialog *self = STOLT_CSV_IMPORT_DIALOG (object);

  g_clear_pointer (&self->drop_downs, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), STOLT_TYPE_CSV_IMPORT_DIALOG);

  G_OBJECT_CLASS (stolt_csv_import_dialog_parent_class)->dispose (object);
}

static void
stolt_csv_import_dialog_finalize (GObject *object)
{
  StoltCsvImportDialog *self = STOLT_CSV_IMPORT_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->import, stolt_csv_import_free);
  g_clear_object (&self->targets);

  G_OBJECT_CLASS (stolt_csv_import_dialog_parent_class)->finalize (object);
}

static void
stolt_csv_import_dialog_class_init (StoltCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_csv_import_dialog_dispose;
  object_class->finalize = stolt_csv_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/stoltplan/Stolt/"
                                                             "stolt-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, header_check);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, matches_group);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, match_update_row);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, match_skip_check);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, match_update_check);
  gtk_widget_class_bind_template_child (widget_class, StoltCsvImportDialog, match_add_check);
  gtk_widget_class_bind_template_callback (widget_class, header_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_mode_toggled_cb);

  gtk_widget_class_install_action (widget_class, "csv-import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stolt_csv_import_dialog_init (StoltCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->targets = gtk_string_list_new (NULL);
  for (guint i = 0; i < STOLT_N_CSV_COLUMNS; i++)
    gtk_string_list_append (self->targets, stolt_csv_column_name (i));
  self->column_rows = g_ptr_array_new ();
  self->drop_downs = g_ptr_array_new ();
}

/**
 * stolt_csv_import_dialog_new:
 * @import: (transfer full): the file as read
 *
 * Returns: (transfer none): the dialog, not yet shown; it imports into
 *   @project and closes, or closes without a change
 */
StoltCsvImportDialog *
stolt_csv_import_dialog_new (GtkWindow      *parent,
                             StoltProject   *project,
                             StoltCsvImport *import)
{
  StoltCsvImportDialog *self;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (import != NULL, NULL);

  self = g_object_new (STOLT_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  self->import = import;

  self->updating = TRUE;
  gtk_check_button_set_active (self->header_check, stolt_csv_import_get_has_header (import));
  self->updating = FALSE;
  stolt_csv_import_dialog_rebuild (self);
  return self;
}

/* Choosing the file */

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                GtkWindow       *parent)
{
  StoltDocument *document = g_object_get_data (G_OBJECT (chooser), "document");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  StoltCsvImport *import;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      import = stolt_csv_import_new_for_file (file, &error);
      if (import == NULL)
        show_error (parent, _("Could Not Import"), error);
      else
        gtk_window_present (GTK_WINDOW (stolt_csv_import_dialog_new (
          parent, stolt_document_get_project (document), import)));
    }

  g_object_unref (chooser);
  g_object_unref (parent);
}

/**
 * stolt_csv_import_dialog_choose:
 *
 * Asks for a CSV file, then shows the import dialog for it.  A
 * read-only document takes no import: the user is told why.
 */
void
stolt_csv_import_dialog_choose (GtkWindow     *parent,
                                StoltDocument *document)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (STOLT_IS_DOCUMENT (document));

  if (stolt_document_get_read_only (document))
    {
      const char *reason = stolt_document_get_read_only_reason (document);
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_READ_ONLY, reason);

      show_error (parent, _("Could Not Import"), error);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Import CSV"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  /* Both are released when the user answers */
  g_object_set_data_full (G_OBJECT (chooser), "document", g_object_ref (document), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), g_object_ref (parent));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
