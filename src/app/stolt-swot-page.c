/* stolt-swot-page.c — the SWOT tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page holds the analysis shown; the matrix and the strategies edit
 * it.  Export goes through the same functions as --export=swot-pdf and
 * --export=swot-png.
 *
 * Narrower than NARROW_WIDTH the tools fold so that the matrix keeps the
 * room (issue 14): the title, scope and date move into the details
 * popover, the voting bar into the Voting popover.  The same widgets
 * move, so the two layouts cannot disagree; the page decides by its own
 * width, which the move does not change.
 */

#define G_LOG_DOMAIN "stolt-swot-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-export-options.h"
#include "stolt-exporters.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-page.h"
#include "stolt-wrap-box.h"

struct _StoltSwotPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *stack;
  GtkWidget           *analysis_bar;
  GtkDropDown         *analyses;
  GtkWidget           *details_button;
  GtkWidget           *details_box;
  GtkWidget           *title_label;
  GtkWidget           *scope_label;
  GtkWidget           *date_label;
  GtkWidget           *title_entry;
  GtkWidget           *scope_entry;
  GtkWidget           *date_entry;
  GtkWidget           *switcher;
  GtkWidget           *menu_button;
  GtkWidget           *voting_button;
  GtkWidget           *voting_box;
  GtkWidget           *voting_bar;
  GtkWidget           *participants_label;
  GtkWidget           *dots_label;
  GtkSpinButton       *participants;
  GtkSpinButton       *dots;
  GtkToggleButton     *reveal;
  GtkStack            *views;
  StoltSwotMatrix     *matrix;
  StoltSwotStrategies *strategies;

  /* Owned references */
  StoltProject        *project;
  StoltSwotAnalysis   *analysis;
  GSignalGroup        *project_signals;
  GtkNativeDialog     *chooser;

  guint                fold_source;

  gboolean             updating;
  gboolean             read_only;
  gboolean             narrow;
};

G_DEFINE_FINAL_TYPE (StoltSwotPage, stolt_swot_page, GTK_TYPE_WIDGET)

/* Below this width the tools fold: the full ones would take four lines
 * or more (five at 620 px, nine at 360 px); folded they take two or three */
#define NARROW_WIDTH 720

static void
update_actions (StoltSwotPage *self)
{
  gboolean editable = !self->read_only && self->project != NULL;
  gboolean shown = self->analysis != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "swot.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "swot.duplicate", editable && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "swot.delete", editable && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "swot.reset-votes", editable && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "swot.copy-text", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "swot.export", shown);
}

static void
set_entry_text (GtkWidget  *entry,
                const char *text)
{
  /* Not while someone types in it: their text wins until they leave */
  if (gtk_widget_has_focus (entry) || gtk_widget_get_focus_child (entry) != NULL)
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
update_fields (StoltSwotPage *self)
{
  g_autofree char *date = NULL;

  if (self->analysis == NULL)
    return;

  self->updating = TRUE;
  date = stolt_swot_analysis_get_date (self->analysis) != 0
         ? stolt_date_format (stolt_swot_analysis_get_date (self->analysis)) : g_strdup ("");
  set_entry_text (self->title_entry, stolt_swot_analysis_get_title (self->analysis));
  set_entry_text (self->scope_entry, stolt_swot_analysis_get_scope (self->analysis));
  set_entry_text (self->date_entry, date);
  gtk_widget_remove_css_class (self->date_entry, "error");
  gtk_spin_button_set_value (self->participants, stolt_swot_analysis_get_participants (self->analysis));
  gtk_spin_button_set_value (self->dots, stolt_swot_analysis_get_dots_per_person (self->analysis));
  gtk_toggle_button_set_active (self->reveal, stolt_swot_analysis_get_votes_revealed (self->analysis));
  self->updating = FALSE;
}

void
stolt_swot_page_show_analysis (StoltSwotPage     *self,
                               StoltSwotAnalysis *analysis)
{
  GListModel *list;
  guint position;

  g_return_if_fail (STOLT_IS_SWOT_PAGE (self));

  if (self->analysis != analysis)
    {
      g_set_object (&self->analysis, analysis);
      stolt_swot_matrix_set_analysis (self->matrix, self->project, analysis);
      stolt_swot_strategies_set_analysis (self->strategies, self->project, analysis);
    }

  list = self->project != NULL ? stolt_project_get_list (self->project, STOLT_LIST_SWOT_ANALYSES) : NULL;
  if (analysis != NULL && g_list_store_find (G_LIST_STORE (list), analysis, &position) &&
      gtk_drop_down_get_selected (self->analyses) != position)
    {
      self->updating = TRUE;
      gtk_drop_down_set_selected (self->analyses, position);
      self->updating = FALSE;
    }

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), analysis != NULL ? "editor" : "empty");
  update_fields (self);
  update_actions (self);
}

StoltSwotAnalysis *
stolt_swot_page_get_analysis (StoltSwotPage *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_PAGE (self), NULL);
  return self->analysis;
}

StoltSwotMatrix *
stolt_swot_page_get_matrix (StoltSwotPage *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_PAGE (self), NULL);
  return self->matrix;
}

StoltSwotStrategies *
stolt_swot_page_get_strategies (StoltSwotPage *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_PAGE (self), NULL);
  return self->strategies;
}

void
stolt_swot_page_show_view (StoltSwotPage *self,
                           const char    *name)
{
  g_return_if_fail (STOLT_IS_SWOT_PAGE (self));
  gtk_stack_set_visible_child_name (self->views, name);
}

static void
selected_changed_cb (StoltSwotPage *self)
{
  g_autoptr(StoltSwotAnalysis) analysis = NULL;
  GListModel *list;
  guint selected;

  if (self->updating || self->project == NULL)
    return;
  list = stolt_project_get_list (self->project, STOLT_LIST_SWOT_ANALYSES);
  selected = gtk_drop_down_get_selected (self->analyses);
  if (selected < g_list_model_get_n_items (list))
    analysis = g_list_model_get_item (list, selected);
  stolt_swot_page_show_analysis (self, analysis);
}

/* An analysis came or went: keep showing the one shown if it is still
 * there, else its neighbour */
static void
children_changed_cb (StoltSwotPage *self,
                     StoltRecord   *owner,
                     guint          list_index,
                     guint          position,
                     guint          removed,
                     guint          added)
{
  GListModel *list;
  guint n, at;
  g_autoptr(StoltSwotAnalysis) next = NULL;

  if (owner != STOLT_RECORD (stolt_project_get_card (self->project)) ||
      list_index != STOLT_LIST_SWOT_ANALYSES)
    return;

  list = stolt_project_get_list (self->project, STOLT_LIST_SWOT_ANALYSES);
  n = g_list_model_get_n_items (list);
  if (self->analysis != NULL && g_list_store_find (G_LIST_STORE (list), self->analysis, &at))
    next = g_object_ref (self->analysis);
  else if (n > 0)
    next = g_list_model_get_item (list, MIN (position, n - 1));
  stolt_swot_page_show_analysis (self, next);
}

static void
record_changed_cb (StoltSwotPage *self,
                   StoltRecord   *record)
{
  if (record == STOLT_RECORD (self->analysis))
    update_fields (self);
}

static void
title_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
  gtk_list_item_set_child (item, label);
}

static void
title_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GBinding *binding = g_object_bind_property (gtk_list_item_get_item (item), "title",
                                              gtk_list_item_get_child (item), "label",
                                              G_BINDING_SYNC_CREATE);

  g_object_set_data (G_OBJECT (item), "stolt-binding", binding);
}

static void
title_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GBinding *binding = g_object_get_data (G_OBJECT (item), "stolt-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "stolt-binding", NULL);
}

/* Titles follow renames; the button ellipsizes a long one so that it
 * does not make the window wider */
static GtkListItemFactory *
title_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (title_setup_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (title_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (title_unbind_cb), NULL);
  return factory;
}

void
stolt_swot_page_set_project (StoltSwotPage *self,
                             StoltProject  *project)
{
  g_autoptr(StoltSwotAnalysis) first = NULL;
  GListModel *list;

  g_return_if_fail (STOLT_IS_SWOT_PAGE (self));

  g_clear_object (&self->analysis);
  g_set_object (&self->project, project);
  g_signal_group_set_target (self->project_signals, project);

  list = project != NULL ? stolt_project_get_list (project, STOLT_LIST_SWOT_ANALYSES) : NULL;
  self->updating = TRUE;
  gtk_drop_down_set_model (self->analyses, list);
  self->updating = FALSE;

  if (list != NULL && g_list_model_get_n_items (list) > 0)
    first = g_list_model_get_item (list, 0);
  stolt_swot_matrix_set_analysis (self->matrix, project, NULL);
  stolt_swot_strategies_set_analysis (self->strategies, project, NULL);
  stolt_swot_page_show_analysis (self, first);
}

void
stolt_swot_page_set_selection (StoltSwotPage  *self,
                               StoltSelection *selection)
{
  g_return_if_fail (STOLT_IS_SWOT_PAGE (self));
  stolt_swot_strategies_set_selection (self->strategies, selection);
}

void
stolt_swot_page_set_editable (StoltSwotPage *self,
                              gboolean       editable)
{
  g_return_if_fail (STOLT_IS_SWOT_PAGE (self));

  self->read_only = !editable;
  stolt_swot_matrix_set_editable (self->matrix, editable);
  stolt_swot_strategies_set_editable (self->strategies, editable);
  gtk_widget_set_sensitive (self->title_entry, editable);
  gtk_widget_set_sensitive (self->scope_entry, editable);
  gtk_widget_set_sensitive (self->date_entry, editable);
  gtk_widget_set_sensitive (self->voting_bar, editable);
  update_actions (self);
}

/* Narrow and wide */

/* Moves @child to @parent (a box or a wrap box), after @sibling */
static void
move_after (GtkWidget *child,
            GtkWidget *parent,
            GtkWidget *sibling)
{
  GtkWidget *old = gtk_widget_get_parent (child);

  if (old == parent && gtk_widget_get_prev_sibling (child) == sibling)
    return;
  g_object_ref (child);
  if (GTK_IS_BOX (old))
    gtk_box_remove (GTK_BOX (old), child);
  else
    gtk_widget_unparent (child);
  if (GTK_IS_BOX (parent))
    gtk_box_insert_child_after (GTK_BOX (parent), child, sibling);
  else
    gtk_widget_insert_after (child, parent, sibling);
  g_object_unref (child);
}

static void
set_narrow (StoltSwotPage *self,
            gboolean       narrow)
{
  GtkWidget *bar = self->analysis_bar;

  if (self->narrow == narrow)
    return;
  self->narrow = narrow;

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->details_button));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->voting_button));
  if (narrow)
    {
      /* The analysis, +, details and menu; the views; Voting */
      move_after (self->title_entry, self->details_box, self->title_label);
      move_after (self->scope_entry, self->details_box, self->scope_label);
      move_after (self->date_entry, self->details_box, self->date_label);
      move_after (self->menu_button, bar, self->details_button);
      move_after (self->voting_bar, self->voting_box, NULL);
    }
  else
    {
      move_after (self->title_entry, bar, self->details_button);
      move_after (self->scope_entry, bar, self->title_entry);
      move_after (self->date_entry, bar, self->scope_entry);
      move_after (self->menu_button, bar, self->switcher);
      move_after (self->voting_bar, gtk_widget_get_parent (bar), bar);
    }
  /* In the popover each control takes a line of its own, the spin
   * buttons at its end */
  stolt_wrap_box_set_max_per_line (STOLT_WRAP_BOX (self->voting_bar), narrow ? 1 : 0, narrow);
  gtk_widget_set_halign (self->voting_bar, narrow ? GTK_ALIGN_FILL : GTK_ALIGN_END);
  gtk_widget_set_hexpand (self->participants_label, narrow);
  gtk_widget_set_hexpand (self->dots_label, narrow);
  gtk_label_set_xalign (GTK_LABEL (self->participants_label), narrow ? 0 : 0.5);
  gtk_label_set_xalign (GTK_LABEL (self->dots_label), narrow ? 0 : 0.5);
  gtk_widget_set_visible (self->details_button, narrow);
  gtk_widget_set_visible (self->voting_button, narrow);
}

static gboolean
fold_cb (gpointer data)
{
  StoltSwotPage *self = data;

  self->fold_source = 0;
  set_narrow (self, gtk_widget_get_width (GTK_WIDGET (self)) < NARROW_WIDTH);
  return G_SOURCE_REMOVE;
}

static GtkSizeRequestMode
stolt_swot_page_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (STOLT_SWOT_PAGE (widget)->stack);
}

static void
stolt_swot_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (STOLT_SWOT_PAGE (widget)->stack, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Folding moves widgets, which cannot happen while they are being laid
 * out: it waits for the next idle moment */
static void
stolt_swot_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (widget);

  if ((width < NARROW_WIDTH) != self->narrow && self->fold_source == 0)
    self->fold_source = g_idle_add (fold_cb, self);
  gtk_widget_allocate (self->stack, width, height, baseline, NULL);
}

/* The header's fields, each change one step */

static void
commit_text (StoltSwotPage *self,
             GtkWidget     *entry,
             const char    *field)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GError) error = NULL;
  StoltRecord *record = STOLT_RECORD (self->analysis);

  if (self->updating || record == NULL || self->read_only)
    return;
  if (g_strcmp0 (stolt_record_get_text (record, stolt_record_find_field (record, field)), text) == 0)
    return;
  if (!stolt_project_set_text (self->project, record, field, text, &error))
    {
      gtk_widget_error_bell (entry);
      update_fields (self);
    }
}

static void
commit_date (StoltSwotPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  guint32 date = *text != '\0' ? stolt_date_parse (text) : 0;

  if (self->updating || self->analysis == NULL || self->read_only)
    return;
  if (*text != '\0' && date == 0)
    {
      gtk_widget_add_css_class (self->date_entry, "error");
      gtk_widget_error_bell (self->date_entry);
      return;
    }
  gtk_widget_remove_css_class (self->date_entry, "error");
  if (date != stolt_swot_analysis_get_date (self->analysis))
    stolt_project_set_date (self->project, STOLT_RECORD (self->analysis), "date", date, NULL);
}

static void
entry_committed_cb (GtkWidget     *entry,
                    StoltSwotPage *self)
{
  if (entry == self->title_entry)
    commit_text (self, entry, "title");
  else if (entry == self->scope_entry)
    commit_text (self, entry, "scope");
  else
    commit_date (self);
}

static void
entry_focus_left_cb (GtkEventControllerFocus *controller,
                     StoltSwotPage           *self)
{
  entry_committed_cb (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), self);
  update_fields (self);
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 StoltSwotPage *self)
{
  const char *field = spin == self->participants ? "participants" : "dots-per-person";

  if (self->updating || self->analysis == NULL || self->read_only)
    return;
  stolt_project_set_int (self->project, STOLT_RECORD (self->analysis), field,
                         gtk_spin_button_get_value_as_int (spin), NULL);
}

static void
reveal_toggled_cb (StoltSwotPage *self)
{
  if (self->updating || self->analysis == NULL || self->read_only)
    return;
  stolt_project_set_boolean (self->project, STOLT_RECORD (self->analysis), "votes-revealed",
                             gtk_toggle_button_get_active (self->reveal), NULL);
}

/* Actions */

static void
show_toast (StoltSwotPage *self,
            const char    *message,
            gboolean       undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;
  toast = adw_toast_new (message);
  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (widget);
  StoltSwotAnalysis *analysis;

  /* Translators: the title of a new SWOT analysis */
  analysis = stolt_swot_add_analysis (self->project, _("SWOT Analysis"), stolt_date_today ());
  if (analysis == NULL)
    return;
  stolt_swot_page_show_analysis (self, analysis);
  if (self->narrow)
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->details_button));
  gtk_widget_grab_focus (self->title_entry);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (widget);
  StoltSwotAnalysis *copy;

  if (self->analysis == NULL)
    return;
  copy = stolt_swot_duplicate_analysis (self->project, self->analysis);
  if (copy != NULL)
    stolt_swot_page_show_analysis (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (widget);
  g_autofree char *message = NULL;

  if (self->analysis == NULL)
    return;
  /* Translators: a toast after Delete; %s is e.g. a milestone's title */
  message = g_strdup_printf (_("“%s” removed"), stolt_swot_analysis_get_title (self->analysis));
  stolt_project_remove (self->project, STOLT_RECORD (self->analysis));
  show_toast (self, message, TRUE);
}

static void
reset_votes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (widget);

  if (self->analysis != NULL)
    stolt_swot_reset_votes (self->project, self->analysis);
}

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (widget);
  g_autofree char *text = NULL;

  if (self->analysis == NULL)
    return;
  text = stolt_swot_to_text (self->analysis);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_toast (self, _("Matrix copied as text"), FALSE);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    StoltSwotPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "stolt-pdf"));
  gboolean done;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || self->project == NULL)
    return;

  done = pdf ? stolt_swot_pdf_export (self->project, &options, file, &error)
             : stolt_swot_png_export (self->project, &options, file, &error);
  if (!done)
    {
      /* Translators: a toast; %s says why, e.g. "Permission denied" */
      g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);

      show_toast (self, message, FALSE);
    }
  else
    show_toast (self, _("Exported"), FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (widget);
  gboolean pdf = g_str_equal (g_variant_get_string (parameter, NULL), "pdf");
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->analysis == NULL || self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (pdf ? _("Export SWOT as PDF") : _("Export SWOT as PNG"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, pdf ? _("PDF documents") : _("PNG images"));
  gtk_file_filter_add_mime_type (filter, pdf ? "application/pdf" : "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = g_strdup_printf ("%s.%s", stolt_swot_analysis_get_title (self->analysis), pdf ? "pdf" : "png");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "stolt-pdf", GINT_TO_POINTER (pdf));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
stolt_swot_page_dispose (GObject *object)
{
  StoltSwotPage *self = STOLT_SWOT_PAGE (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_object (&self->project_signals);
  g_clear_handle_id (&self->fold_source, g_source_remove);
  g_clear_object (&self->analysis);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), STOLT_TYPE_SWOT_PAGE);
  G_OBJECT_CLASS (stolt_swot_page_parent_class)->dispose (object);
}

static void
stolt_swot_page_class_init (StoltSwotPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_swot_page_dispose;
  widget_class->get_request_mode = stolt_swot_page_get_request_mode;
  widget_class->measure = stolt_swot_page_measure;
  widget_class->size_allocate = stolt_swot_page_size_allocate;

  g_type_ensure (STOLT_TYPE_SWOT_MATRIX);
  g_type_ensure (STOLT_TYPE_SWOT_STRATEGIES);
  g_type_ensure (STOLT_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-swot-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, analysis_bar);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, analyses);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, details_button);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, scope_label);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, title_entry);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, scope_entry);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, switcher);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, voting_button);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, voting_box);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, voting_bar);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, participants_label);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, dots_label);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, participants);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, dots);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, reveal);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, views);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, matrix);
  gtk_widget_class_bind_template_child (widget_class, StoltSwotPage, strategies);

  gtk_widget_class_install_action (widget_class, "swot.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "swot.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "swot.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "swot.reset-votes", NULL, reset_votes_action);
  gtk_widget_class_install_action (widget_class, "swot.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "swot.export", "s", export_action);
}

static void
watch_entry (StoltSwotPage *self,
             GtkWidget     *entry)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (entry, "activate", G_CALLBACK (entry_committed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_left_cb), self);
  gtk_widget_add_controller (entry, focus);
}

static void
stolt_swot_page_init (StoltSwotPage *self)
{
  g_autoptr(GtkListItemFactory) factory = title_factory (16);
  g_autoptr(GtkListItemFactory) list_factory = title_factory (50);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_factory (self->analyses, factory);
  gtk_drop_down_set_list_factory (self->analyses, list_factory);

  watch_entry (self, self->title_entry);
  watch_entry (self, self->scope_entry);
  watch_entry (self, self->date_entry);
  g_signal_connect (self->participants, "value-changed", G_CALLBACK (spin_changed_cb), self);
  g_signal_connect (self->dots, "value-changed", G_CALLBACK (spin_changed_cb), self);
  g_signal_connect_swapped (self->reveal, "toggled", G_CALLBACK (reveal_toggled_cb), self);
  g_signal_connect_swapped (self->analyses, "notify::selected", G_CALLBACK (selected_changed_cb), self);

  self->project_signals = g_signal_group_new (STOLT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "children-changed",
                                  G_CALLBACK (children_changed_cb), self);
  g_signal_group_connect_swapped (self->project_signals, "record-changed",
                                  G_CALLBACK (record_changed_cb), self);
  update_actions (self);
}
