/* stolt-migrate.h — bringing older project files up to date
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file's schema version is its PRAGMA user_version.  Each step turns
 * version N into N + 1; the first step turns an empty database (version
 * 0) into version 1, so a new file and an old file go the same way and
 * the steps are the one definition of every version's schema.  Stolt
 * migrates its in-memory copy of a file in one transaction, after
 * keeping the original bytes in the backups folder (see
 * stolt_migrate_keep_backup()); the user's file changes only when the
 * user saves.
 */

#pragma once

#include "stolt-db.h"

G_BEGIN_DECLS

typedef gboolean (*StoltMigrationFunc) (StoltDb  *db,
                                        GError  **error);

typedef struct
{
  int                from_version; /* the step makes from_version + 1 */
  StoltMigrationFunc func;
} StoltMigration;

const StoltMigration *stolt_migrations_get       (guint                 *n_steps);

gboolean              stolt_migrate_steps        (StoltDb               *db,
                                                  const StoltMigration  *steps,
                                                  guint                  n_steps,
                                                  int                    from_version,
                                                  int                    to_version,
                                                  GError               **error);
gboolean              stolt_migrate              (StoltDb               *db,
                                                  const StoltMigration  *steps,
                                                  guint                  n_steps,
                                                  int                    to_version,
                                                  GError               **error);
GFile                *stolt_migrate_keep_backup  (GBytes                *original,
                                                  const char            *basename,
                                                  int                    version,
                                                  GError               **error);

G_END_DECLS
