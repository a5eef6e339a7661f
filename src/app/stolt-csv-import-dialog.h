/* stolt-csv-import-dialog.h — choosing what a CSV file's columns hold
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-csv-import.h"
#include "stolt-document.h"

G_BEGIN_DECLS

#define STOLT_TYPE_CSV_IMPORT_DIALOG (stolt_csv_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StoltCsvImportDialog, stolt_csv_import_dialog, STOLT, CSV_IMPORT_DIALOG,
                      AdwWindow)

StoltCsvImportDialog *stolt_csv_import_dialog_new    (GtkWindow      *parent,
                                                      StoltProject   *project,
                                                      StoltCsvImport *import);
void                  stolt_csv_import_dialog_choose (GtkWindow      *parent,
                                                      StoltDocument  *document);

G_END_DECLS
