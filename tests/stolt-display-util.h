/* stolt-display-util.h — helpers for the display suite (real widgets, Xvfb)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-application.h"
#include "stolt-window.h"

G_BEGIN_DECLS

extern StoltApplication *stolt_test_app;

void         stolt_test_display_init   (int          *argc,
                                        char       ***argv);
int          stolt_test_display_run    (void);
void         stolt_test_iterate        (void);
void         stolt_test_wait_for       (gboolean   (*done) (gpointer),
                                        gpointer      data);
StoltWindow *stolt_test_open_window    (StoltDocument *document);
void         stolt_test_close_window   (StoltWindow  *window);
GtkWidget   *stolt_test_find_child     (GtkWidget    *root,
                                        GType         type);
gpointer     stolt_test_find_controller (GtkWidget    *widget,
                                        GType         type);
GtkWidget   *stolt_test_find_action    (GtkWidget    *root,
                                        const char   *action);
GtkMenuButton *stolt_test_find_primary_menu (GtkWidget *root);
gboolean     stolt_test_menu_has_action (GMenuModel  *menu,
                                        const char   *action);
guint        stolt_test_assert_no_mnemonic_read (GtkWidget  *root,
                                                 const char *where);
void         stolt_test_assert_accessible_label (GtkWidget  *widget,
                                                 const char *label);

G_END_DECLS
