/* stolt-import-feedback.h — what the user sees while a file is imported
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *stolt_import_progress_new           (GtkWindow    *parent,
                                                GFile        *file,
                                                GCancellable *cancellable);
void       stolt_import_show_not_carried_over  (GtkWindow    *parent,
                                                GFile        *file,
                                                GPtrArray    *notes);

G_END_DECLS
