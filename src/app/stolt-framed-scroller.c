/* stolt-framed-scroller.c — a form's scrolled, clamped column
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pages' forms (Plan, Values) sit in a column at most 900 px wide
 * with the same margins, scrolling when they are taller than the page.
 */

#define G_LOG_DOMAIN "stolt-framed-scroller"

#include "config.h"

#include <adwaita.h>

#include "stolt-framed-scroller.h"

GtkWidget *
stolt_framed_scroller_new (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  g_return_val_if_fail (GTK_IS_WIDGET (child), NULL);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), child);
  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 24);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}
