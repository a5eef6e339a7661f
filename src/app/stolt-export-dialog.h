/* stolt-export-dialog.h — every export format from the window
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-document.h"

G_BEGIN_DECLS

#define STOLT_TYPE_EXPORT_DIALOG (stolt_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StoltExportDialog, stolt_export_dialog, STOLT, EXPORT_DIALOG, AdwWindow)

/* Emits "exported" (GFile *output) once a file is written, then closes */
StoltExportDialog *stolt_export_dialog_new         (GtkWindow         *parent,
                                                    StoltDocument     *document);
gboolean           stolt_export_dialog_set_format  (StoltExportDialog *self,
                                                    const char        *id);
const char        *stolt_export_dialog_get_format  (StoltExportDialog *self);
char              *stolt_export_dialog_suggest_name (StoltExportDialog *self);
void               stolt_export_dialog_export_to   (StoltExportDialog *self,
                                                    GFile             *output);
gboolean           stolt_export_dialog_is_busy     (StoltExportDialog *self);
void               stolt_export_dialog_cancel      (StoltExportDialog *self);

G_END_DECLS
