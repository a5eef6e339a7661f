/* stolt-values-page.h — the Values tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-project.h"
#include "stolt-record-editor.h"
#include "stolt-record-table.h"
#include "stolt-rich-editor.h"
#include "stolt-selection.h"

G_BEGIN_DECLS

#define STOLT_TYPE_VALUES_PAGE (stolt_values_page_get_type ())
G_DECLARE_FINAL_TYPE (StoltValuesPage, stolt_values_page, STOLT, VALUES_PAGE, GtkWidget)

void               stolt_values_page_set_project   (StoltValuesPage *self,
                                                    StoltProject    *project);
void               stolt_values_page_set_selection (StoltValuesPage *self,
                                                    StoltSelection  *selection);
void               stolt_values_page_set_editable  (StoltValuesPage *self,
                                                    gboolean         editable);
void               stolt_values_page_show_part     (StoltValuesPage *self,
                                                    const char      *name);
StoltRecordTable  *stolt_values_page_get_table     (StoltValuesPage *self,
                                                    const char      *name);
StoltRecordEditor *stolt_values_page_get_editor    (StoltValuesPage *self,
                                                    const char      *name);
StoltRichEditor   *stolt_values_page_get_rich_editor (StoltValuesPage *self);
char              *stolt_values_page_dup_note      (StoltValuesPage *self,
                                                    const char      *name);
StoltRecord       *stolt_values_page_duplicate     (StoltValuesPage *self);
gboolean           stolt_values_page_export        (StoltValuesPage *self,
                                                    const char      *format,
                                                    GFile           *file,
                                                    GError         **error);
GtkPrintOperation *stolt_values_page_new_print     (StoltValuesPage *self);

G_END_DECLS
