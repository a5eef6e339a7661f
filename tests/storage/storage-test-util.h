/* storage-test-util.h — helpers for the storage tests
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

char         *storage_test_dump             (StoltProject *project);
void          storage_test_assert_same      (StoltProject *expected,
                                             StoltProject *actual);

char         *storage_test_random_text      (GRand        *rand,
                                             guint         max_chars);
char         *storage_test_nasty_text       (guint         index);
guint         storage_test_n_nasty_texts    (void);

gboolean      storage_test_random_value     (GRand            *rand,
                                             StoltRecord      *record,
                                             const StoltField *field,
                                             GValue           *value);
StoltRecord  *storage_test_add_random_record (GRand       *rand,
                                             StoltProject *project,
                                             StoltRecord  *owner,
                                             guint         list,
                                             guint         position);
StoltProject *storage_test_random_project   (GRand        *rand,
                                             guint         size);
StoltProject *storage_test_every_field_project (guint      text_chars);

char         *storage_test_checksum         (const char   *path);
char         *storage_test_tmp_path         (const char   *name);

G_END_DECLS
