/* stolt-storage.h — reading and writing project files without a document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the command line (stolt --export=stolt, --new) and for tests:
 * no working copy, no locks.  The input file is only ever read.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-project.h"
#include "stolt-storage-error.h"

G_BEGIN_DECLS

StoltProject *stolt_storage_load       (GFile         *file,
                                        GError       **error);
StoltProject *stolt_storage_load_bytes (GBytes        *bytes,
                                        const char    *display_name,
                                        GError       **error);
GBytes       *stolt_storage_serialize  (StoltProject  *project,
                                        GError       **error);
gboolean      stolt_storage_write      (StoltProject  *project,
                                        GFile         *file,
                                        GError       **error);

G_END_DECLS
