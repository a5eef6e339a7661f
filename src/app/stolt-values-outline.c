/* stolt-values-outline.c — the outline of the Values tab's document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A menu button whose popover lists the selected document, its values
 * and its sections in order, made afresh each time it opens.  Enter or a
 * click on an entry shows that part of the tab with the value or section
 * selected and the keyboard in its first field.
 */

#define G_LOG_DOMAIN "stolt-values-outline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-values-outline.h"
#include "stolt-values-page-private.h"

static void
add_row (GtkListBox  *list,
         StoltRecord *record,
         const char  *title,
         const char  *kind,     /* "Value", "Section" … translated */
         gboolean     indent)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title[0] != '\0' ? title : _("(untitled)"));
  GtkWidget *caption = gtk_label_new (kind);
  /* Translators: an entry of the outline read by a screen reader, e.g.
   * "Openness, value" */
  g_autofree char *name = g_strdup_printf (_("%s, %s"), gtk_label_get_text (GTK_LABEL (label)),
                                           kind);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_set_margin_start (box, indent ? 18 : 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (record), g_object_unref);
  gtk_list_box_append (list, row);
}

static void
fill (GtkListBox      *list,
      StoltValuesPage *page)
{
  StoltRecord *document = stolt_values_page_get_document (page);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  if (document == NULL)
    return;

  add_row (list, document, stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (document)),
           _("Document"), FALSE);
  for (guint i = 0; i < 2; i++)
    {
      GListModel *children = stolt_record_get_children (document, i);

      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(StoltRecord) child_record = g_list_model_get_item (children, j);

          add_row (list, child_record, stolt_record_get_title (child_record),
                   /* Translators: the kind of an outline entry */
                   i == 0 ? C_("outline", "Value") : C_("outline", "Section"), TRUE);
        }
    }
}

static void
popover_shown_cb (GtkPopover *popover,
                  GtkListBox *list)
{
  GtkListBoxRow *first;

  fill (list, g_object_get_data (G_OBJECT (list), "page"));
  /* The keyboard starts on the document, as the tab reads */
  if ((first = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  GtkMenuButton *button)
{
  StoltRecord *record = g_object_get_data (G_OBJECT (row), "record");
  StoltValuesPage *page = g_object_get_data (G_OBJECT (list), "page");
  g_autoptr(StoltRecord) keep = g_object_ref (record);

  gtk_menu_button_popdown (button);
  stolt_values_page_focus_record (page, keep);
}

/**
 * stolt_values_outline_new:
 *
 * Returns: a menu button with the outline of @page's document
 */
GtkWidget *
stolt_values_outline_new (StoltValuesPage *page)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Outline"), -1);
  g_object_set_data (G_OBJECT (list), "page", page);
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), button);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_size_request (scrolled, 280, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  g_signal_connect (popover, "show", G_CALLBACK (popover_shown_cb), list);
  g_object_set_data (G_OBJECT (button), "list", list);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-list-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, _("Outline (Ctrl+Alt+O)"));
  /* GTK 4.8 names only the inner button: a screen reader read "GtkMenuButton" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Outline"), -1);
  return button;
}

/* The outline's list (filled while the popover is open) */
GtkListBox *
stolt_values_outline_get_list (GtkWidget *outline)
{
  return g_object_get_data (G_OBJECT (outline), "list");
}
