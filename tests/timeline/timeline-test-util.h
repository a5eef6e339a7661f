/* timeline-test-util.h — small projects for the timeline's tests
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-date.h"
#include "stolt-project.h"
#include "stolt-timeline-layout.h"

G_BEGIN_DECLS

/* The font every timeline test measures and draws with (fonts-dejavu-core) */
#define TIMELINE_TEST_FONT "DejaVu Sans"

#define YMD(y, m, d) stolt_date_from_ymd ((y), (m), (d))

StoltRecord       *timeline_test_phase      (StoltProject *project,
                                             const char   *title);
StoltRecord       *timeline_test_milestone  (StoltProject *project,
                                             const char   *title,
                                             guint32       date,
                                             StoltRecord  *phase,
                                             StoltStatus   status);
StoltRecord       *timeline_test_activity   (StoltProject *project,
                                             const char   *title,
                                             guint32       start,
                                             guint32       end,
                                             StoltRecord  *phase,
                                             int           progress);
void               timeline_test_depends    (StoltProject *project,
                                             StoltRecord  *activity,
                                             StoltRecord  *predecessor);
void               timeline_test_card_dates (StoltProject *project,
                                             guint32       start,
                                             guint32       end);

StoltProject      *timeline_test_project    (void);
guint32            timeline_test_today      (void);
StoltTimelineText *timeline_test_text       (double        size);

G_END_DECLS
