/* stolt-values-page.c — the Values tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project's values documents in a table on the left; the selected
 * one on the right in three parts: the document (title, status on its
 * way to the council, introduction), its values (name, statement,
 * everyday practice, the measures that support it) and its free
 * sections (heading and formatted text, StoltRichEditor).  The values
 * and sections tables show the children of the selected document, so
 * they are made again when another document is selected.
 */

#define G_LOG_DOMAIN "stolt-values-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-framed-scroller.h"
#include "stolt-exporters.h"
#include "stolt-plan-stats.h"
#include "stolt-print.h"
#include "stolt-split.h"
#include "stolt-values-find.h"
#include "stolt-values-outline.h"
#include "stolt-values-page-private.h"
#include "stolt-values-text.h"

#define DERIVED_DELAY_MS 300

struct _StoltValuesPage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *box;
  GtkBox            *documents_box;
  GtkStack          *content;
  GtkStack          *parts;
  GtkBox            *document_box;
  GtkCenterBox      *header;

  /* Built once; each split folds a list and its form (issue 14) */
  StoltSplit        *split;             /* the documents and the one shown */
  StoltRecordEditor *document_editor;
  GtkWidget         *document_note;     /* values that no measure supports */
  StoltSplit        *values_split;
  GtkWidget         *values_list;       /* a box: the values table goes in */
  StoltRecordEditor *value_editor;
  GtkWidget         *value_note;
  StoltSplit        *sections_split;
  GtkWidget         *sections_list;
  StoltRecordEditor *section_editor;
  StoltRichEditor   *rich_editor;
  GtkWidget         *duplicate_button;
  GtkWidget         *export_button;
  GtkWidget         *outline;
  GtkWidget         *parts_drop_down;   /* the parts, narrow */
  GtkWidget         *word_count;
  StoltValuesFind   *find;

  /* Built with the project, and with the selected document */
  StoltRecordTable  *documents;
  StoltRecordTable  *values;
  StoltRecordTable  *sections;

  /* Owned references */
  StoltProject      *project;
  StoltSelection    *selection;
  StoltRecord       *document;
  GtkFileChooserNative *chooser;
  guint              derived_id;
  gboolean           selecting;
  gboolean           read_only;
};

G_DEFINE_FINAL_TYPE (StoltValuesPage, stolt_values_page, GTK_TYPE_WIDGET)

static const char *const document_columns[] = { "title", "status", NULL };
static const StoltTableSpec document_table = {
  STOLT_LIST_VALUES_DOCUMENTS, 0, N_("New values document"), N_("No Values Documents"),
  document_columns, NULL, NULL, TRUE,
};

static const char *const value_columns[] = { "name", "measures", NULL };
static const StoltTableSpec value_table = {
  STOLT_LIST_VALUES_DOCUMENTS, 0, N_("New value"), N_("No Values"),
  value_columns, NULL, NULL, TRUE,
};

static const char *const section_columns[] = { "heading", NULL };
static const StoltTableSpec section_table = {
  STOLT_LIST_VALUES_DOCUMENTS, 0, N_("New section"), N_("No Sections"),
  section_columns, NULL, NULL, TRUE,
};

static const char *const document_fields[] = {
  "title", "status", "adopted-by", "adopted-date", "introduction", NULL
};
static const char *const value_fields[] = { "name", "statement", "practice", "measures", NULL };
static const char *const section_fields[] = { "heading", NULL };

/* "Values must show in actions" (seed 001, slide 32) */

static char *
join_names (GPtrArray *values)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    {
      if (names->len > 0)
        /* Translators: separates names in a list, e.g. "Open, Brave" */
        g_string_append (names, _(", "));
      g_string_append (names, stolt_value_get_name (g_ptr_array_index (values, i)));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
update_notes (StoltValuesPage *self)
{
  StoltRecord *value = self->values != NULL ? stolt_record_table_get_selected (self->values) : NULL;
  g_autoptr(GPtrArray) unsupported = NULL;
  g_autofree char *names = NULL;
  g_autofree char *text = NULL;
  guint n_ids = 0;

  if (self->document == NULL)
    return;

  unsupported = stolt_values_without_measures (STOLT_VALUES_DOCUMENT (self->document));
  names = join_names (unsupported);
  if (unsupported->len > 0)
    /* Translators: %s lists values, e.g. "Open, Brave" */
    text = g_strdup_printf (_("Values must show in actions. No measure supports these yet: %s"),
                            names);
  gtk_label_set_text (GTK_LABEL (self->document_note), text != NULL ? text : "");
  gtk_widget_set_visible (self->document_note, text != NULL);

  if (value != NULL)
    stolt_value_get_measures (STOLT_VALUE (value), &n_ids);
  gtk_widget_set_visible (self->value_note, value != NULL && n_ids == 0);
}

/* "1 234 words", with the UI locale's digit grouping */
static void
update_word_count (StoltValuesPage *self)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  guint n;

  if (self->document == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->word_count), "");
      return;
    }
  n = stolt_values_text_count_words (STOLT_VALUES_DOCUMENT (self->document));
  number = g_strdup_printf ("%'u", n);
  /* Translators: the words in a values document, %s is a number such as "1 234" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s word", "%s words", n), number);
  gtk_label_set_text (GTK_LABEL (self->word_count), text);
}

/* Folded, the bar over the document says which one it is */
static void
update_title (StoltValuesPage *self)
{
  stolt_split_set_end_title (self->split,
                             self->document != NULL
                             ? stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (self->document))
                             : NULL);
}

static gboolean
derived_timeout_cb (gpointer data)
{
  StoltValuesPage *self = data;

  self->derived_id = 0;
  update_notes (self);
  update_word_count (self);
  update_title (self);
  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (StoltValuesPage *self)
{
  if (self->derived_id == 0)
    self->derived_id = g_timeout_add (DERIVED_DELAY_MS, derived_timeout_cb, self);
}

/* Tables of the selected document */

static StoltRecordTable *
make_table (StoltValuesPage      *self,
            const StoltTableSpec *spec,
            GType                 item_type,
            StoltRecord          *owner,
            guint                 child_list,
            const char           *label)
{
  StoltTableSpec *table_spec = g_memdup2 (spec, sizeof (StoltTableSpec));
  GtkWidget *table;

  /* The spec tables are const; the item type is known only at run time */
  table_spec->item_type = item_type;
  table = stolt_record_table_new (table_spec);
  stolt_record_table_set_drag_reorder (STOLT_RECORD_TABLE (table), TRUE);
  g_object_set_data_full (G_OBJECT (table), "table-spec", table_spec, g_free);
  if (owner != NULL)
    stolt_record_table_set_owner (STOLT_RECORD_TABLE (table), self->project, owner, child_list);
  else
    stolt_record_table_set_project (STOLT_RECORD_TABLE (table), self->project);
  stolt_record_table_set_editable (STOLT_RECORD_TABLE (table), !self->read_only);
  gtk_accessible_update_property (GTK_ACCESSIBLE (stolt_record_table_get_view (STOLT_RECORD_TABLE (table))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_size_request (table, 240, 200);
  gtk_widget_set_vexpand (table, TRUE);
  return STOLT_RECORD_TABLE (table);
}

static void
drop_table (StoltValuesPage   *self,
            StoltRecordTable **table)
{
  if (*table == NULL)
    return;
  g_signal_handlers_disconnect_by_data (*table, self);
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (*table))), GTK_WIDGET (*table));
  *table = NULL;
}

static void
publish_selection (StoltValuesPage *self,
                   StoltRecord     *record)
{
  if (self->selection != NULL && record != NULL && !self->selecting)
    {
      self->selecting = TRUE;
      stolt_selection_set_record (self->selection, record);
      self->selecting = FALSE;
    }
}

static void
value_selected_cb (StoltRecordTable *table,
                   GParamSpec       *pspec,
                   StoltValuesPage  *self)
{
  StoltRecord *record = stolt_record_table_get_selected (table);

  stolt_record_editor_set_record (self->value_editor, record);
  update_notes (self);
  publish_selection (self, record);
}

static void
section_selected_cb (StoltRecordTable *table,
                     GParamSpec       *pspec,
                     StoltValuesPage  *self)
{
  StoltRecord *record = stolt_record_table_get_selected (table);

  stolt_record_editor_set_record (self->section_editor, record);
  stolt_rich_editor_set_section (self->rich_editor, self->project,
                                 record != NULL ? STOLT_VALUES_SECTION (record) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->rich_editor), record != NULL);
  publish_selection (self, record);
}

static void
child_activated_cb (StoltRecordTable *table,
                    StoltRecord      *record,
                    StoltValuesPage  *self)
{
  stolt_record_table_select (table, record);
  if (table == self->values)
    {
      stolt_split_show_end (self->values_split);
      stolt_record_editor_focus_field (self->value_editor, NULL);
    }
  else
    {
      stolt_split_show_end (self->sections_split);
      stolt_record_editor_focus_field (self->section_editor, NULL);
    }
}

static void
show_document (StoltValuesPage *self,
               StoltRecord     *document)
{
  if (self->document == document)
    return;

  stolt_rich_editor_set_section (self->rich_editor, NULL, NULL);
  stolt_record_editor_set_record (self->value_editor, NULL);
  stolt_record_editor_set_record (self->section_editor, NULL);
  drop_table (self, &self->values);
  drop_table (self, &self->sections);
  g_set_object (&self->document, document);
  stolt_record_editor_set_record (self->document_editor, document);
  gtk_stack_set_visible_child_name (self->content, document != NULL ? "document" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "values.duplicate",
                                 document != NULL && !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "values.print", document != NULL);
  stolt_values_find_set_document (self->find, document != NULL ? self->project : NULL, document);
  update_word_count (self);
  update_title (self);
  if (document == NULL)
    return;

  self->values = make_table (self, &value_table, STOLT_TYPE_VALUE, document, 0,
                             C_("the values inside one values document", "Values"));
  gtk_box_append (GTK_BOX (self->values_list), GTK_WIDGET (self->values));
  g_signal_connect (self->values, "notify::selected-record", G_CALLBACK (value_selected_cb), self);
  g_signal_connect (self->values, "row-activated", G_CALLBACK (child_activated_cb), self);

  self->sections = make_table (self, &section_table, STOLT_TYPE_VALUES_SECTION, document, 1,
                               _("Sections"));
  gtk_box_append (GTK_BOX (self->sections_list), GTK_WIDGET (self->sections));
  g_signal_connect (self->sections, "notify::selected-record", G_CALLBACK (section_selected_cb), self);
  g_signal_connect (self->sections, "row-activated", G_CALLBACK (child_activated_cb), self);
  update_notes (self);
}

static void
document_selected_cb (StoltRecordTable *table,
                      GParamSpec       *pspec,
                      StoltValuesPage  *self)
{
  StoltRecord *record = stolt_record_table_get_selected (table);

  show_document (self, record);
  publish_selection (self, record);
}

static void
document_activated_cb (StoltRecordTable *table,
                       StoltRecord      *record,
                       StoltValuesPage  *self)
{
  stolt_record_table_select (table, record);
  gtk_stack_set_visible_child_name (self->parts, "document");
  stolt_split_show_end (self->split);
  stolt_record_editor_focus_field (self->document_editor, NULL);
}

/* The window's selection, e.g. a value picked elsewhere */
static void
selection_changed_cb (StoltValuesPage *self)
{
  StoltRecord *record = stolt_selection_get_record (self->selection);
  StoltRecord *document;

  if (self->selecting || record == NULL || self->documents == NULL)
    return;
  if (STOLT_IS_VALUES_DOCUMENT (record))
    document = record;
  else if (STOLT_IS_VALUE (record) || STOLT_IS_VALUES_SECTION (record))
    document = stolt_record_get_parent (record);
  else
    return;

  self->selecting = TRUE;
  stolt_record_table_select (self->documents, document);
  show_document (self, document);
  stolt_split_show_end (self->split);
  if (STOLT_IS_VALUE (record))
    {
      stolt_record_table_select (self->values, record);
      gtk_stack_set_visible_child_name (self->parts, "values");
      stolt_split_show_end (self->values_split);
    }
  else if (STOLT_IS_VALUES_SECTION (record))
    {
      stolt_record_table_select (self->sections, record);
      gtk_stack_set_visible_child_name (self->parts, "sections");
      stolt_split_show_end (self->sections_split);
    }
  self->selecting = FALSE;
}

/* Duplicating a document with its values and sections, one undo step */

static gboolean
copy_fields (StoltProject *project,
             StoltRecord  *from,
             StoltRecord  *to,
             GError      **error)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (from);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (field->flags & STOLT_FIELD_FLAG_INTERNAL)
        continue;
      stolt_record_get_value (from, field, &value);
      if (!stolt_project_set (project, to, field->name, &value, error))
        return FALSE;
    }
  return TRUE;
}

static StoltRecord *
copy_record (StoltProject *project,
             StoltRecord  *from,
             StoltRecord  *owner,
             guint         list,
             guint         position,
             GError      **error)
{
  g_autoptr(StoltRecord) copy = g_object_new (G_OBJECT_TYPE (from), NULL);
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (from);

  if (!stolt_project_add (project, owner, list, position, copy, error) ||
      !copy_fields (project, from, copy, error))
    return NULL;

  for (guint i = 0; i < klass->n_children; i++)
    {
      GListModel *children = stolt_record_get_children (from, i);

      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(StoltRecord) child = g_list_model_get_item (children, j);

          if (copy_record (project, child, copy, i, G_MAXUINT, error) == NULL)
            return NULL;
        }
    }
  return copy;
}

/**
 * stolt_values_page_duplicate:
 *
 * Copies the selected document, its values and sections after it, as a
 * draft titled "… (copy)", and selects the copy.
 *
 * Returns: (transfer none) (nullable): the copy
 */
StoltRecord *
stolt_values_page_duplicate (StoltValuesPage *self)
{
  StoltRecord *document = self->document;
  GListModel *documents;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  StoltRecord *copy;
  guint position = 0;

  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  if (document == NULL || self->read_only)
    return NULL;

  documents = stolt_project_get_list (self->project, STOLT_LIST_VALUES_DOCUMENTS);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(StoltRecord) item = g_list_model_get_item (documents, i);

      if (item == document)
        position = i + 1;
    }

  /* Translators: the title of a duplicated document, e.g. "Verdidokument (copy)" */
  title = g_strdup_printf (_("%s (copy)"), stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (document)));
  stolt_project_begin_group (self->project, _("Duplicate Values Document"));
  copy = copy_record (self->project, document, STOLT_RECORD (stolt_project_get_card (self->project)),
                      STOLT_LIST_VALUES_DOCUMENTS, position, &error);
  if (copy != NULL &&
      (!stolt_project_set_text (self->project, copy, "title", title, &error) ||
       !stolt_project_set_int (self->project, copy, "status", STOLT_VALUES_STATUS_DRAFT, &error) ||
       !stolt_project_set_text (self->project, copy, "adopted-by", "", &error) ||
       !stolt_project_set_date (self->project, copy, "adopted-date", 0, &error)))
    copy = NULL;
  stolt_project_end_group (self->project);

  if (copy == NULL)
    {
      g_warning ("Could not duplicate the values document: %s", error->message);
      return NULL;
    }
  stolt_record_table_select (self->documents, copy);
  return copy;
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  stolt_values_page_duplicate (STOLT_VALUES_PAGE (widget));
}

/* Export: the same functions as stolt --export=values-… */

typedef gboolean (*ExportFunc) (StoltProject *, const StoltExportOptions *, GFile *, GError **);

static const struct
{
  const char *format;
  const char *extension;
  const char *mime_type;
  ExportFunc  func;
} export_formats[] = {
  { "values-pdf", ".pdf", "application/pdf", stolt_values_pdf_export },
  { "values-fodt", ".fodt", "application/vnd.oasis.opendocument.text-flat-xml", stolt_values_fodt_export },
  { "values-md", ".md", "text/markdown", stolt_values_md_export },
};

gboolean
stolt_values_page_export (StoltValuesPage  *self,
                          const char       *format,
                          GFile            *file,
                          GError          **error)
{
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;

  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), FALSE);

  stolt_rich_editor_commit (self->rich_editor);
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_str_equal (export_formats[i].format, format))
      return export_formats[i].func (self->project, &options, file, error);

  g_return_val_if_reached (FALSE);
}

static void
toast (StoltValuesPage *self,
       const char      *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    StoltValuesPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *format = g_object_get_data (G_OBJECT (chooser), "format");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = NULL;

      if (stolt_values_page_export (self, format, file, &error))
        /* Translators: a toast after an export, %s is a file name */
        message = g_strdup_printf (_("Exported to “%s”"), name);
      else
        /* Translators: %s is the reason */
        message = g_strdup_printf (_("Could not export: %s"), error->message);
      toast (self, message);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StoltValuesPage *self = STOLT_VALUES_PAGE (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  GtkWidget *window = gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_str_equal (export_formats[i].format, format))
      {
        name = g_strconcat (self->document != NULL
                            ? stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (self->document))
                            : _("Values"), export_formats[i].extension, NULL);
        gtk_file_filter_add_mime_type (filter, export_formats[i].mime_type);
        gtk_file_filter_add_suffix (filter, export_formats[i].extension + 1);
      }
  if (name == NULL)
    return;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Values"), GTK_WINDOW (window),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), g_strdelimit (name, "/", '-'));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_set_data_full (G_OBJECT (self->chooser), "format", g_strdup (format), g_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Building */

static GtkWidget *
make_editor (StoltValuesPage   *self,
             const char *const *fields,
             const char        *title)
{
  GtkWidget *editor = stolt_record_editor_new ();

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
  gtk_widget_add_css_class (label, "warning");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

/* The shared column, never narrower than a form can be read in */
static GtkWidget *
framed_scroller (GtkWidget *child)
{
  GtkWidget *scrolled = stolt_framed_scroller_new (child);

  gtk_widget_set_size_request (scrolled, 320, -1);
  return scrolled;
}

/* A list column beside a form asks for no more than its least width:
 * the lists' toolbars and columns would otherwise take 400 px each, and
 * with the documents beside the values or sections, leave the text being
 * written a third of the window.  Folded, it still fills the window. */
static GtkWidget *
least_width (GtkWidget *column)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), column);
  return scrolled;
}

/* A list beside its form; the table goes into *list_out when a document
 * is shown */
static StoltSplit *
make_side (GtkWidget  *form,
           const char *title,
           GtkWidget **list_out)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *split = stolt_split_new (least_width (list), framed_scroller (form),
                                      /* Translators: the back button of a narrow window's form */
                                      _("Back to the List"));

  stolt_split_set_end_title (STOLT_SPLIT (split), title);
  *list_out = list;
  return STOLT_SPLIT (split);
}

static void
build_parts (StoltValuesPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *form;

  /* The document */
  self->document_editor = STOLT_RECORD_EDITOR (make_editor (self, document_fields,
                                                            _("Values Document")));
  self->document_note = make_note ();
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->document_editor));
  gtk_box_append (GTK_BOX (box), self->document_note);
  gtk_stack_add_titled (self->parts, framed_scroller (box), "document", _("Document"));

  /* Its values */
  form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->value_editor = STOLT_RECORD_EDITOR (make_editor (self, value_fields, _("Value")));
  stolt_record_editor_set_placeholder (self->value_editor,
                                       _("Select a value to see and change it here, "
                                         "or press Ctrl+N in the list to add one."));
  self->value_note = make_note ();
  gtk_label_set_text (GTK_LABEL (self->value_note),
                      _("Values must show in actions: pick the measures that support this value."));
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (self->value_editor));
  gtk_box_append (GTK_BOX (form), self->value_note);
  self->values_split = make_side (form, _("Value"), &self->values_list);
  gtk_stack_add_titled (self->parts, GTK_WIDGET (self->values_split), "values",
                        C_("the values inside one values document", "Values"));

  /* Its sections */
  form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->section_editor = STOLT_RECORD_EDITOR (make_editor (self, section_fields, _("Section")));
  stolt_record_editor_set_placeholder (self->section_editor,
                                       _("Select a section to see and change it here, "
                                         "or press Ctrl+N in the list to add one."));
  self->rich_editor = STOLT_RICH_EDITOR (stolt_rich_editor_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->rich_editor), FALSE);
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (self->section_editor));
  gtk_box_append (GTK_BOX (form), GTK_WIDGET (self->rich_editor));
  self->sections_split = make_side (form, _("Section"), &self->sections_list);
  gtk_stack_add_titled (self->parts, GTK_WIDGET (self->sections_split), "sections", _("Sections"));
}

static GtkWidget *
make_document_actions (StoltValuesPage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) print_section = NULL;
  g_autoptr(GMenuItem) print_item = NULL;

  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);

  self->duplicate_button = gtk_button_new_with_mnemonic (_("_Duplicate"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->duplicate_button), "values.duplicate");
  gtk_widget_set_tooltip_text (self->duplicate_button,
                               _("Copy the selected document with its values and sections"));
  gtk_box_append (GTK_BOX (bar), self->duplicate_button);

  g_menu_append (menu, _("PDF…"), "values.export::values-pdf");
  g_menu_append (menu, _("OpenDocument Text (Flat XML)…"), "values.export::values-fodt");
  g_menu_append (menu, _("Markdown…"), "values.export::values-md");
  print_section = g_menu_new ();
  print_item = g_menu_item_new (_("_Print…"), "values.print");
  g_menu_item_set_attribute (print_item, "accel", "s", "<Control><Shift>p");
  g_menu_append_item (print_section, print_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (print_section));
  self->export_button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->export_button), _("Export"));
  /* GTK 4.8 names only the inner button: a screen reader read "GtkMenuButton" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export"), -1);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->export_button), G_MENU_MODEL (menu));
  gtk_widget_set_hexpand (self->export_button, TRUE);
  gtk_widget_set_halign (self->export_button, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (bar), self->export_button);
  return bar;
}

/* Printing the document shown, as values-pdf draws it, through GTK's
 * print dialog (with its preview) */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StoltValuesPage *self = STOLT_VALUES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;
  operation = stolt_values_page_new_print (self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: a toast when printing failed, %s says why */
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      toast (self, message);
    }
}

/* Find, replace and the outline (issue 12) */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltValuesPage *self = STOLT_VALUES_PAGE (widget);

  if (self->document == NULL)
    return;
  if (g_str_equal (action_name, "values.find"))
    stolt_values_find_open (self->find, FALSE);
  else if (g_str_equal (action_name, "values.replace"))
    stolt_values_find_open (self->find, !self->read_only);
  else
    stolt_values_find_move (self->find, g_str_equal (action_name, "values.find-next") ? 1 : -1);
}

static void
outline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StoltValuesPage *self = STOLT_VALUES_PAGE (widget);

  if (self->document != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->outline));
}

static void
add_named_shortcut (GtkEventController *controller,
                    const char         *trigger,
                    const char         *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

/* The drop-down follows the part shown, and shows the part chosen */
static void
part_shown_cb (StoltValuesPage *self)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (self->parts));
  GtkWidget *shown = gtk_stack_get_visible_child (self->parts);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);

      if (gtk_stack_page_get_child (GTK_STACK_PAGE (page)) == shown)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->parts_drop_down), i);
    }
}

static void
part_chosen_cb (StoltValuesPage *self)
{
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->parts_drop_down));
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (self->parts);

  if (chosen != GTK_INVALID_LIST_POSITION)
    gtk_selection_model_select_item (pages, chosen, TRUE);
}

/* The switcher's buttons while they fit; narrow, a drop-down of the same
 * parts (issue 14) */
static void
build_part_chooser (StoltValuesPage *self)
{
  GtkWidget *switcher = gtk_center_box_get_center_widget (self->header);
  GtkWidget *squeezer = adw_squeezer_new ();
  g_autoptr(GtkExpression) title = gtk_property_expression_new (GTK_TYPE_STACK_PAGE, NULL, "title");

  g_object_ref (switcher);
  gtk_center_box_set_center_widget (self->header, NULL);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), switcher);
  g_object_unref (switcher);

  self->parts_drop_down = gtk_drop_down_new (G_LIST_MODEL (gtk_stack_get_pages (self->parts)),
                                             g_steal_pointer (&title));
  gtk_widget_set_tooltip_text (self->parts_drop_down, _("Part of the document"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->parts_drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Part of the document"), -1);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), self->parts_drop_down);
  gtk_center_box_set_center_widget (self->header, squeezer);

  part_shown_cb (self);
  g_signal_connect_object (self->parts, "notify::visible-child", G_CALLBACK (part_shown_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->parts_drop_down, "notify::selected", G_CALLBACK (part_chosen_cb), self);
}

/* The outline on the left of the parts, the word count and Find on the
 * right, the find bar under them */
static void
build_header (StoltValuesPage *self)
{
  GtkWidget *end = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button;
  GtkEventController *controller;

  build_part_chooser (self);
  self->outline = stolt_values_outline_new (self);
  gtk_center_box_set_start_widget (self->header, self->outline);

  self->word_count = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->word_count, "dim-label");
  gtk_widget_add_css_class (self->word_count, "numeric");
  gtk_box_append (GTK_BOX (end), self->word_count);
  button = gtk_button_new_from_icon_name ("edit-find-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "values.find");
  gtk_widget_set_tooltip_text (button, _("Find and replace (Ctrl+F)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find and replace"), -1);
  gtk_box_append (GTK_BOX (end), button);
  gtk_center_box_set_end_widget (self->header, end);

  self->find = STOLT_VALUES_FIND (stolt_values_find_new (self));
  gtk_box_insert_child_after (self->document_box, GTK_WIDGET (self->find), GTK_WIDGET (self->header));

  /* Before the tables inside the document, whose Ctrl+F searches their rows */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_named_shortcut (controller, "<Control>f", "values.find");
  add_named_shortcut (controller, "<Control>h", "values.replace");
  add_named_shortcut (controller, "<Control>g|F3", "values.find-next");
  add_named_shortcut (controller, "<Control><Shift>g|<Shift>F3", "values.find-previous");
  add_named_shortcut (controller, "<Control><Alt>o", "values.outline");
  gtk_widget_add_controller (GTK_WIDGET (self->document_box), controller);
}

StoltProject *
stolt_values_page_get_project (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  return self->project;
}

/* The document shown, NULL if none */
StoltRecord *
stolt_values_page_get_document (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  return self->document;
}

gboolean
stolt_values_page_get_editable (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), FALSE);

  return !self->read_only;
}

/* Selects @record in its table even if the table's search hid it */
static void
select_child (StoltRecordTable  *table,
              StoltRecordEditor *editor,
              StoltRecord       *record)
{
  stolt_record_table_select (table, record);
  if (stolt_record_editor_get_record (editor) != record)
    {
      stolt_record_table_set_search (table, "");
      stolt_record_table_select (table, record);
    }
}

/**
 * stolt_values_page_reveal:
 * @record: the document shown, or one of its values or sections
 * @field: (nullable): a text field of @record
 *
 * Shows the part of the tab that holds @record, selected in its table.
 *
 * Returns: (transfer none) (nullable): the widget @field is edited in
 *   (an entry, a text view, the rich-text editor's view for "body")
 */
GtkWidget *
stolt_values_page_reveal (StoltValuesPage *self,
                          StoltRecord     *record,
                          const char      *field)
{
  StoltRecordEditor *editor;

  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  if (self->document == NULL)
    return NULL;
  if (STOLT_IS_VALUE (record) && stolt_record_get_parent (record) == self->document)
    {
      gtk_stack_set_visible_child_name (self->parts, "values");
      editor = self->value_editor;
      select_child (self->values, editor, record);
      stolt_split_show_end (self->values_split);
    }
  else if (STOLT_IS_VALUES_SECTION (record) && stolt_record_get_parent (record) == self->document)
    {
      gtk_stack_set_visible_child_name (self->parts, "sections");
      editor = self->section_editor;
      select_child (self->sections, editor, record);
      stolt_split_show_end (self->sections_split);
      stolt_split_show_end (self->split);
      if (g_strcmp0 (field, "body") == 0)
        return GTK_WIDGET (stolt_rich_editor_get_view (self->rich_editor));
    }
  else if (record == self->document)
    {
      gtk_stack_set_visible_child_name (self->parts, "document");
      editor = self->document_editor;
    }
  else
    return NULL;
  stolt_split_show_end (self->split);
  return field != NULL ? stolt_record_editor_get_input (editor, field) : NULL;
}

/* The outline's entry: @record shown with the keyboard in its first field */
void
stolt_values_page_focus_record (StoltValuesPage *self,
                                StoltRecord     *record)
{
  g_return_if_fail (STOLT_IS_VALUES_PAGE (self));

  stolt_values_page_reveal (self, record, NULL);
  if (record == self->document)
    stolt_record_editor_focus_field (self->document_editor, NULL);
  else if (STOLT_IS_VALUE (record))
    stolt_record_editor_focus_field (self->value_editor, NULL);
  else if (STOLT_IS_VALUES_SECTION (record))
    stolt_record_editor_focus_field (self->section_editor, NULL);
}

StoltValuesFind *
stolt_values_page_get_find (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  return self->find;
}

GtkWidget *
stolt_values_page_get_outline (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  return self->outline;
}

/* "1 234 words", as shown (recounted after a change) */
const char *
stolt_values_page_get_word_count (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->word_count));
}

static void
stolt_values_page_clear (StoltValuesPage *self)
{
  g_clear_handle_id (&self->derived_id, g_source_remove);
  if (self->rich_editor != NULL)
    stolt_rich_editor_set_section (self->rich_editor, NULL, NULL);
  if (self->find != NULL)
    stolt_values_find_set_document (self->find, NULL, NULL);
  g_clear_object (&self->document);
  if (self->documents != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->documents, self);
      gtk_box_remove (self->documents_box, GTK_WIDGET (self->documents));
      self->documents = NULL;
    }
  if (self->values != NULL)
    g_signal_handlers_disconnect_by_data (self->values, self);
  if (self->sections != NULL)
    g_signal_handlers_disconnect_by_data (self->sections, self);
  self->values = self->sections = NULL;
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
}

static void
stolt_values_page_dispose (GObject *object)
{
  StoltValuesPage *self = STOLT_VALUES_PAGE (object);

  stolt_values_page_clear (self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), STOLT_TYPE_VALUES_PAGE);

  G_OBJECT_CLASS (stolt_values_page_parent_class)->dispose (object);
}

static void
stolt_values_page_class_init (StoltValuesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_values_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-values-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltValuesPage, box);
  gtk_widget_class_bind_template_child (widget_class, StoltValuesPage, documents_box);
  gtk_widget_class_bind_template_child (widget_class, StoltValuesPage, content);
  gtk_widget_class_bind_template_child (widget_class, StoltValuesPage, parts);
  gtk_widget_class_bind_template_child (widget_class, StoltValuesPage, document_box);
  gtk_widget_class_bind_template_child (widget_class, StoltValuesPage, header);
  gtk_widget_class_install_action (widget_class, "values.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "values.replace", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "values.find-next", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "values.find-previous", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "values.outline", NULL, outline_action);
  gtk_widget_class_install_action (widget_class, "values.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "values.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "values.print", NULL, print_action);
  /* Ctrl+P prints the whole report, on every tab (win.print) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "values.print", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
stolt_values_page_init (StoltValuesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The template lays out the list and the document; the split folds
   * them (issue 14) */
  g_object_ref (self->documents_box);
  g_object_ref (self->content);
  gtk_box_remove (GTK_BOX (self->box), GTK_WIDGET (self->documents_box));
  gtk_box_remove (GTK_BOX (self->box), GTK_WIDGET (self->content));
  self->split = STOLT_SPLIT (stolt_split_new (least_width (GTK_WIDGET (self->documents_box)),
                                              GTK_WIDGET (self->content),
                                              /* Translators: the back button of a narrow window's document */
                                              _("Back to the Values Documents")));
  g_object_unref (self->documents_box);
  g_object_unref (self->content);
  gtk_widget_set_hexpand (GTK_WIDGET (self->split), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->split));
  build_parts (self);
  build_header (self);
  gtk_box_append (self->documents_box, make_document_actions (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "values.duplicate", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "values.print", FALSE);
}

void
stolt_values_page_set_project (StoltValuesPage *self,
                               StoltProject    *project)
{
  g_return_if_fail (STOLT_IS_VALUES_PAGE (self));
  g_return_if_fail (STOLT_IS_PROJECT (project));

  if (self->project == project)
    return;

  stolt_values_page_clear (self);
  show_document (self, NULL);
  self->project = g_object_ref (project);
  stolt_record_editor_set_project (self->document_editor, project);
  stolt_record_editor_set_project (self->value_editor, project);
  stolt_record_editor_set_project (self->section_editor, project);

  self->documents = make_table (self, &document_table, STOLT_TYPE_VALUES_DOCUMENT, NULL, 0,
                                _("Values Documents"));
  gtk_box_prepend (self->documents_box, GTK_WIDGET (self->documents));
  g_signal_connect (self->documents, "notify::selected-record", G_CALLBACK (document_selected_cb), self);
  g_signal_connect (self->documents, "row-activated", G_CALLBACK (document_activated_cb), self);
  if (stolt_record_table_get_n_shown (self->documents) > 0)
    stolt_record_table_select (self->documents, stolt_record_table_get_shown (self->documents, 0));

  g_signal_connect_object (project, "record-changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "children-changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
stolt_values_page_set_selection (StoltValuesPage *self,
                                 StoltSelection  *selection)
{
  g_return_if_fail (STOLT_IS_VALUES_PAGE (self));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_swapped (selection, "notify::record", G_CALLBACK (selection_changed_cb), self);
}

/* A read-only document (open in another window) can be read and
 * exported, not changed. */
void
stolt_values_page_set_editable (StoltValuesPage *self,
                                gboolean         editable)
{
  g_return_if_fail (STOLT_IS_VALUES_PAGE (self));

  self->read_only = !editable;
  if (self->documents != NULL)
    stolt_record_table_set_editable (self->documents, editable);
  if (self->values != NULL)
    stolt_record_table_set_editable (self->values, editable);
  if (self->sections != NULL)
    stolt_record_table_set_editable (self->sections, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->document_editor), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->value_editor), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->section_editor), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rich_editor), editable);
  stolt_values_find_set_editable (self->find, editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "values.duplicate",
                                 editable && self->document != NULL);
}

/* "document", "values" or "sections" */
void
stolt_values_page_show_part (StoltValuesPage *self,
                             const char      *name)
{
  g_return_if_fail (STOLT_IS_VALUES_PAGE (self));

  gtk_stack_set_visible_child_name (self->parts, name);
}

/* "documents", "values" (of the selected document) or "sections" */
StoltRecordTable *
stolt_values_page_get_table (StoltValuesPage *self,
                             const char      *name)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  if (g_str_equal (name, "documents"))
    return self->documents;
  if (g_str_equal (name, "values"))
    return self->values;
  if (g_str_equal (name, "sections"))
    return self->sections;
  return NULL;
}

/* "document", "value" or "section" */
StoltRecordEditor *
stolt_values_page_get_editor (StoltValuesPage *self,
                              const char      *name)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  if (g_str_equal (name, "document"))
    return self->document_editor;
  if (g_str_equal (name, "value"))
    return self->value_editor;
  if (g_str_equal (name, "section"))
    return self->section_editor;
  return NULL;
}

StoltRichEditor *
stolt_values_page_get_rich_editor (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  return self->rich_editor;
}

/* The note under "document" or "value", recounted now; NULL if hidden */
char *
stolt_values_page_dup_note (StoltValuesPage *self,
                            const char      *name)
{
  GtkWidget *note;

  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  g_clear_handle_id (&self->derived_id, g_source_remove);
  update_notes (self);
  note = g_str_equal (name, "document") ? self->document_note : self->value_note;
  if (!gtk_widget_get_visible (note))
    return NULL;
  return g_strdup (gtk_label_get_text (GTK_LABEL (note)));
}

/**
 * stolt_values_page_new_print:
 *
 * Returns: (transfer full) (nullable): the print operation Shift+Ctrl+P
 *   runs for the document shown, NULL when none is
 */
GtkPrintOperation *
stolt_values_page_new_print (StoltValuesPage *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_PAGE (self), NULL);

  if (self->document == NULL)
    return NULL;
  return stolt_print_values_new (self->project, STOLT_VALUES_DOCUMENT (self->document));
}
