/* stolt-values-page-private.h — what the Values tab's find bar and outline use
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-values-find.h"
#include "stolt-values-page.h"

G_BEGIN_DECLS

StoltProject *stolt_values_page_get_project  (StoltValuesPage *self);
StoltRecord  *stolt_values_page_get_document (StoltValuesPage *self);
gboolean      stolt_values_page_get_editable (StoltValuesPage *self);
GtkWidget    *stolt_values_page_reveal       (StoltValuesPage *self,
                                              StoltRecord     *record,
                                              const char      *field);
void          stolt_values_page_focus_record (StoltValuesPage *self,
                                              StoltRecord     *record);
StoltValuesFind *stolt_values_page_get_find  (StoltValuesPage *self);
GtkWidget    *stolt_values_page_get_outline  (StoltValuesPage *self);
const char   *stolt_values_page_get_word_count (StoltValuesPage *self);

G_END_DECLS
