/* stolt-loader.h — reading a whole project from a checked database
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-db.h"
#include "stolt-project.h"

G_BEGIN_DECLS

StoltProject *stolt_loader_load (StoltDb  *db,
                                 GError  **error);

G_END_DECLS
