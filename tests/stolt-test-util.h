/* stolt-test-util.h — helpers shared by the tests
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

char         *stolt_test_dump_project   (StoltProject *project);
StoltProject *stolt_test_sample_project (void);
StoltRecord  *stolt_test_nth            (StoltProject *project,
                                         StoltProjectList list,
                                         guint         position);
gboolean      stolt_test_set_locale     (const char   *name);
StoltRecord  *stolt_test_add            (StoltProject *project,
                                         StoltRecord  *owner,
                                         guint         list,
                                         GType         type);
void          stolt_test_set_text       (StoltProject *project,
                                         StoltRecord  *record,
                                         const char   *field,
                                         const char   *text);
char         *stolt_test_slide_order    (StoltProject *project);

G_END_DECLS
