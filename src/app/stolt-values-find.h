/* stolt-values-find.h — find and replace in the Values tab's document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-values-page.h"

G_BEGIN_DECLS

#define STOLT_TYPE_VALUES_FIND (stolt_values_find_get_type ())
G_DECLARE_FINAL_TYPE (StoltValuesFind, stolt_values_find, STOLT, VALUES_FIND, GtkWidget)

GtkWidget   *stolt_values_find_new          (StoltValuesPage *page);
void         stolt_values_find_set_document (StoltValuesFind *self,
                                             StoltProject    *project,
                                             StoltRecord     *document);
void         stolt_values_find_set_editable (StoltValuesFind *self,
                                             gboolean         editable);
void         stolt_values_find_open         (StoltValuesFind *self,
                                             gboolean         replace);
void         stolt_values_find_close        (StoltValuesFind *self);
gboolean     stolt_values_find_is_open      (StoltValuesFind *self);
void         stolt_values_find_move         (StoltValuesFind *self,
                                             int              direction);
gboolean     stolt_values_find_replace      (StoltValuesFind *self);
guint        stolt_values_find_replace_all  (StoltValuesFind *self);
guint        stolt_values_find_get_n_matches (StoltValuesFind *self);
int          stolt_values_find_get_current  (StoltValuesFind *self);
const char  *stolt_values_find_get_status   (StoltValuesFind *self);
GtkEditable *stolt_values_find_get_entry    (StoltValuesFind *self,
                                             const char      *name);

G_END_DECLS
