/* stolt-record-editor.h — a form for one record, built from its field table
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field kind gets its row: an entry, a text box, a date with a
 * calendar, a number, a switch, a choice of enum values or of records, or
 * a list of linked records.  Every change goes to the project as a
 * command; a refused value stays in its row with the reason beneath it
 * and is not committed.
 */

#pragma once

#include <adwaita.h>

#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_TYPE_RECORD_EDITOR (stolt_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (StoltRecordEditor, stolt_record_editor, STOLT, RECORD_EDITOR, GtkWidget)

GtkWidget   *stolt_record_editor_new         (void);
void         stolt_record_editor_set_project (StoltRecordEditor  *self,
                                              StoltProject       *project);
void         stolt_record_editor_set_fields  (StoltRecordEditor  *self,
                                              const char * const *fields);
void         stolt_record_editor_set_title   (StoltRecordEditor  *self,
                                              const char         *title);
void         stolt_record_editor_set_placeholder (StoltRecordEditor *self,
                                              const char         *text);
void         stolt_record_editor_set_record  (StoltRecordEditor  *self,
                                              StoltRecord        *record);
StoltRecord *stolt_record_editor_get_record  (StoltRecordEditor  *self);
gboolean     stolt_record_editor_focus_field (StoltRecordEditor  *self,
                                              const char         *field);
GtkWidget   *stolt_record_editor_get_input   (StoltRecordEditor  *self,
                                              const char         *field);
const char  *stolt_record_editor_get_error   (StoltRecordEditor  *self,
                                              const char         *field);

G_END_DECLS
