/* stolt-refs-chooser.c — pick the records a REFS field links to
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-refs-chooser"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-refs-chooser.h"

struct _StoltRefsChooser
{
  GtkWidget         parent_instance;

  /* Child widgets */
  GtkWidget        *button;
  GtkWidget        *search;
  GtkWidget        *list;

  /* Owned references */
  GListStore       *candidates;
  GtkCustomFilter  *filter;
  StoltProject     *project;
  StoltRecord      *record;

  /* Borrowed */
  const StoltField *field;
};

G_DEFINE_FINAL_TYPE (StoltRefsChooser, stolt_refs_chooser, GTK_TYPE_WIDGET)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_linked (StoltRefsChooser *self,
           gint64            id)
{
  GArray *ids = stolt_record_get_refs (self->record, self->field);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static char *
candidate_label (StoltRecord *record)
{
  const char *text = STOLT_IS_ACTIVITY (record) ? stolt_activity_get_code (STOLT_ACTIVITY (record)) : "";

  if (*text != '\0')
    return g_strdup_printf ("%s  %s", text, stolt_record_get_title (record));

  return g_strdup (stolt_record_get_title (record));
}

/* Adds or removes @id and asks for the new list; returns whether the
 * link is there afterwards (the project may refuse). */
gboolean
stolt_refs_chooser_toggle (StoltRefsChooser *self,
                           gint64            id)
{
  GArray *current;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean linked;

  g_return_val_if_fail (STOLT_IS_REFS_CHOOSER (self), FALSE);
  g_return_val_if_fail (self->record != NULL, FALSE);

  linked = is_linked (self, id);
  current = stolt_record_get_refs (self->record, self->field);
  for (guint i = 0; current != NULL && i < current->len; i++)
    if (g_array_index (current, gint64, i) != id)
      g_array_append_val (ids, g_array_index (current, gint64, i));
  if (!linked)
    g_array_append_val (ids, id);

  g_signal_emit (self, signals[CHOSEN], 0, ids);

  return self->record != NULL && is_linked (self, id);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  GtkListItem    *item)
{
  StoltRefsChooser *self = g_object_get_data (G_OBJECT (check), "chooser");
  StoltRecord *candidate = gtk_list_item_get_item (item);
  gboolean linked;

  if (candidate == NULL || self->record == NULL)
    return;

  linked = stolt_refs_chooser_toggle (self, stolt_record_get_id (candidate));
  if (linked != gtk_check_button_get_active (check))
    {
      g_signal_handlers_block_by_func (check, check_toggled_cb, item);
      gtk_check_button_set_active (check, linked);
      g_signal_handlers_unblock_by_func (check, check_toggled_cb, item);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          StoltRefsChooser         *self)
{
  GtkWidget *check = gtk_check_button_new ();

  g_object_set_data (G_OBJECT (check), "chooser", self);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), item);
  gtk_list_item_set_child (item, check);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         StoltRefsChooser         *self)
{
  GtkWidget *check = gtk_list_item_get_child (item);
  StoltRecord *candidate = gtk_list_item_get_item (item);
  g_autofree char *label = candidate_label (candidate);

  g_signal_handlers_block_by_func (check, check_toggled_cb, item);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               is_linked (self, stolt_record_get_id (candidate)));
  g_signal_handlers_unblock_by_func (check, check_toggled_cb, item);
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  StoltRefsChooser *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *label = NULL;
  g_autofree char *folded_label = NULL;
  g_autofree char *folded_query = NULL;

  if (*query == '\0')
    return TRUE;

  label = candidate_label (item);
  folded_label = g_utf8_casefold (label, -1);
  folded_query = g_utf8_casefold (query, -1);
  return strstr (folded_label, folded_query) != NULL;
}

static void
search_changed_cb (StoltRefsChooser *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

typedef struct
{
  StoltRefsChooser *self;
  GPtrArray        *found;
} Scan;

static void
collect_cb (gpointer data,
            gpointer user_data)
{
  Scan *scan = user_data;
  StoltRecord *record = data;

  if (record != scan->self->record
      && g_strcmp0 (STOLT_RECORD_GET_CLASS (record)->table, scan->self->field->ref_table) == 0)
    g_ptr_array_add (scan->found, record);
}

/* The candidates are gathered when the list opens, so they are current */
static void
popover_shown_cb (StoltRefsChooser *self)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  Scan scan = { self, found };

  g_list_store_remove_all (self->candidates);
  if (self->record == NULL)
    return;

  stolt_project_foreach (self->project, collect_cb, &scan);
  g_list_store_splice (self->candidates, 0, 0, found->pdata, found->len);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_widget_grab_focus (self->search);
}

static void
stolt_refs_chooser_dispose (GObject *object)
{
  StoltRefsChooser *self = STOLT_REFS_CHOOSER (object);

  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_object (&self->candidates);
  g_clear_object (&self->filter);
  g_clear_object (&self->project);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (stolt_refs_chooser_parent_class)->dispose (object);
}

static void
stolt_refs_chooser_class_init (StoltRefsChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_refs_chooser_dispose;

  /**
   * StoltRefsChooser::chosen:
   * @ids: (element-type gint64): the ids the field should link to now
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ARRAY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
stolt_refs_chooser_init (StoltRefsChooser *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkFilterListModel *filtered;
  GtkNoSelection *selection;

  self->candidates = g_list_store_new (STOLT_TYPE_RECORD);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->candidates)),
                                        g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (filtered));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  self->list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  gtk_widget_add_css_class (self->list, "navigation-sidebar");

  self->search = gtk_search_entry_new ();
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_box_append (GTK_BOX (box), self->search);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (popover_shown_cb), self);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "document-edit-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
}

GtkWidget *
stolt_refs_chooser_new (const char *label)
{
  StoltRefsChooser *self = g_object_new (STOLT_TYPE_REFS_CHOOSER, NULL);
  /* Translators: a button that opens a list to pick e.g. predecessors */
  g_autofree char *tooltip = g_strdup_printf (_("Choose %s"), label);

  gtk_widget_set_tooltip_text (self->button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  return GTK_WIDGET (self);
}

void
stolt_refs_chooser_set_record (StoltRefsChooser *self,
                               StoltProject     *project,
                               StoltRecord      *record,
                               const StoltField *field)
{
  g_return_if_fail (STOLT_IS_REFS_CHOOSER (self));

  g_set_object (&self->project, project);
  g_set_object (&self->record, record);
  self->field = field;
}
