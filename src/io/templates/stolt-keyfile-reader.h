/* stolt-keyfile-reader.h — a project written as a GKeyFile
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

guint32       stolt_keyfile_origin    (guint32    today);
StoltProject *stolt_keyfile_read_from (GKeyFile  *keyfile,
                                       guint32    origin,
                                       GError   **error);
StoltProject *stolt_keyfile_read      (GKeyFile  *keyfile,
                                       GError   **error);

G_END_DECLS
