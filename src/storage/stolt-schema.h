/* stolt-schema.h — the tables of a project file, and checking them
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-db.h"

G_BEGIN_DECLS

/* The version this Stolt writes: PRAGMA user_version */
#define STOLT_SCHEMA_VERSION 4

extern const char stolt_schema_v1[];
extern const char stolt_schema_v2[];
extern const char stolt_schema_v3[];
/* SWOT (issue 11): the SWOT part of version 3 */
extern const char stolt_schema_v3_swot[];
/* Presentation (issue 13): the slide order */
extern const char stolt_schema_v4[];

gboolean stolt_schema_check_identity (StoltDb  *db,
                                      int      *version,
                                      GError  **error);
gboolean stolt_schema_check_tables   (StoltDb  *db,
                                      int       version,
                                      GError  **error);
gboolean stolt_schema_validate       (StoltDb  *db,
                                      int      *version,
                                      GError  **error);

/* For tests: does the hand-written schema match the records' fields? */
gboolean stolt_schema_check_model    (GError  **error);

G_END_DECLS
