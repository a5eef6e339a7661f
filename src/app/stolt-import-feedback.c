/* stolt-import-feedback.c — what the user sees while a file is imported
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GNOME Planner file is imported in a thread (StoltSession); after a
 * moment a dialog says what is going on and offers Cancel, and at the end
 * a dialog lists what of the file has no place in Stolt.
 */

#define G_LOG_DOMAIN "stolt-import-feedback"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-file.h"
#include "stolt-import-feedback.h"

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GCancellable     *cancellable)
{
  g_cancellable_cancel (cancellable);
}

/**
 * stolt_import_progress_new:
 *
 * A dialog that says @file is being imported; its Cancel cancels
 * @cancellable and closes it.  The caller destroys it when the import
 * ends.
 */
GtkWidget *
stolt_import_progress_new (GtkWindow    *parent,
                           GFile        *file,
                           GCancellable *cancellable)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Importing the GNOME Planner File"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Reading “%s” into a new project…"), name);
  gtk_spinner_start (GTK_SPINNER (spinner));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), spinner);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cancellable", g_object_ref (cancellable),
                          g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (progress_response_cb), cancellable);
  return dialog;
}

/* The list: left-aligned, selectable (to paste into a mail), and
 * scrolled when it is long */
#define SHORT_LIST 5

static GtkWidget *
not_carried_over_list (GPtrArray *notes)
{
  GString *text = g_string_new (NULL);
  GtkWidget *label, *scrolled;

  for (guint i = 0; i < notes->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (notes, i));

  label = gtk_label_new (text->str);
  g_string_free (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  /* A wrapped label's natural height is measured wider than the dialog
   * lets it be, so a short list goes in as it is, and a long one in a
   * scrolled window of a fixed height */
  if (notes->len <= SHORT_LIST)
    return label;

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  return scrolled;
}

static void
first_frame_cb (GdkFrameClock *clock,
                GtkWindow     *dialog)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, dialog);
  gtk_window_present (dialog);
}

/* A dialog presented with its window would be laid out and drawn (a
 * second surface) before the window's first frame: it comes up once the
 * window has drawn, and goes with it if the window closes first */
static void
present_after_first_frame (GtkWindow *dialog,
                           GtkWindow *window)
{
  GdkFrameClock *clock = window != NULL ? gtk_widget_get_frame_clock (GTK_WIDGET (window)) : NULL;

  if (clock == NULL)
    {
      gtk_window_present (dialog);
      return;
    }
  g_signal_connect_object (window, "destroy", G_CALLBACK (gtk_window_destroy), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), dialog, 0);
}

void
stolt_import_show_not_carried_over (GtkWindow *parent,
                                    GFile     *file,
                                    GPtrArray *notes)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("Not Everything Was Carried Over"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” is open as a new project that is not saved yet. "
                                    "These parts of the GNOME Planner file have no place in "
                                    "Stolt and were left out:"), name);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), not_carried_over_list (notes));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  present_after_first_frame (GTK_WINDOW (dialog), parent);
}
