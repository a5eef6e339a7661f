/* stolt-rich-link-dialog.c — the dialog that adds, edits or removes a link
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks for a link's text and address (Ctrl+K in the values editor, its
 * Link… button and context menu).  Only the addresses the Markdown
 * subset allows can be added (stolt_rich_link_is_allowed); the dialog
 * says why the others cannot, and the editor does the change
 * (stolt_rich_editor_set_link), one undo step.
 */

#define G_LOG_DOMAIN "stolt-rich-link-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-markdown.h"
#include "stolt-rich-link-dialog.h"

typedef struct
{
  StoltRichEditor *editor;
  GtkWidget       *text;
  GtkWidget       *address;
  GtkWidget       *message;
} LinkDialog;

static void
link_dialog_free (gpointer data)
{
  LinkDialog *dialog = data;

  g_object_unref (dialog->editor);
  g_free (dialog);
}

static void
link_address_changed_cb (GtkEditable *editable,
                         GtkWidget   *window)
{
  LinkDialog *dialog = g_object_get_data (G_OBJECT (window), "link-dialog");
  g_autofree char *address = stolt_rich_link_complete (gtk_editable_get_text (editable));
  gboolean allowed = stolt_rich_link_is_allowed (address);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (window), "apply", allowed);
  /* Say why only once something was typed */
  gtk_widget_set_visible (dialog->message, !allowed && address[0] != '\0');
  if (!allowed && address[0] != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

static void
link_response_cb (AdwMessageDialog *window,
                  const char       *response,
                  LinkDialog       *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "apply"))
    stolt_rich_editor_set_link (dialog->editor, gtk_editable_get_text (GTK_EDITABLE (dialog->text)),
                                gtk_editable_get_text (GTK_EDITABLE (dialog->address)), &error);
  else if (g_str_equal (response, "remove"))
    stolt_rich_editor_set_link (dialog->editor, NULL, NULL, &error);
  if (error != NULL)
    g_warning ("Could not set the link: %s", error->message);
  gtk_widget_grab_focus (GTK_WIDGET (stolt_rich_editor_get_view (dialog->editor)));
}

static GtkWidget *
labelled_entry (GtkWidget  *box,
                const char *label_text,
                GtkWidget **entry)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  *entry = gtk_entry_new ();
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), *entry);
  gtk_entry_set_activates_default (GTK_ENTRY (*entry), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (*entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), *entry);
  return *entry;
}

/**
 * stolt_rich_link_dialog_present:
 * @parent: (nullable): the window the dialog belongs to
 * @text: the link's text, or the selected text
 * @uri: (nullable): the address of the link being edited; %NULL adds one
 */
void
stolt_rich_link_dialog_present (StoltRichEditor *editor,
                                GtkWindow       *parent,
                                const char      *text,
                                const char      *uri)
{
  LinkDialog *dialog;
  GtkWidget *window, *box;

  g_return_if_fail (STOLT_IS_RICH_EDITOR (editor));
  g_return_if_fail (text != NULL);

  window = adw_message_dialog_new (parent, uri != NULL ? _("Edit Link") : _("Add Link"), NULL);
  dialog = g_new0 (LinkDialog, 1);
  dialog->editor = g_object_ref (editor);
  g_object_set_data_full (G_OBJECT (window), "link-dialog", dialog, link_dialog_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  labelled_entry (box, _("_Text"), &dialog->text);
  labelled_entry (box, _("_Address"), &dialog->address);
  gtk_editable_set_text (GTK_EDITABLE (dialog->text), text);
  gtk_editable_set_text (GTK_EDITABLE (dialog->address), uri != NULL ? uri : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (dialog->address), "https://");
  gtk_entry_set_input_purpose (GTK_ENTRY (dialog->address), GTK_INPUT_PURPOSE_URL);
  dialog->message = gtk_label_new (_("Only web addresses (https://, http://) and e-mail "
                                     "addresses (mailto:) can be links."));
  gtk_label_set_wrap (GTK_LABEL (dialog->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (dialog->message), 0);
  gtk_widget_add_css_class (dialog->message, "error");
  gtk_widget_set_visible (dialog->message, FALSE);
  gtk_box_append (GTK_BOX (box), dialog->message);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (window), box);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (window), "cancel", _("_Cancel"));
  if (uri != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (window), "remove", _("_Remove Link"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (window), "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (window), "apply",
                                   uri != NULL ? _("_Save") : _("_Add"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (window), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (window), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (window), "cancel");
  g_signal_connect (dialog->address, "changed", G_CALLBACK (link_address_changed_cb), window);
  link_address_changed_cb (GTK_EDITABLE (dialog->address), window);
  g_signal_connect (window, "response", G_CALLBACK (link_response_cb), dialog);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (text[0] == '\0' ? dialog->text : dialog->address);
}
