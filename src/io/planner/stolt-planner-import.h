/* stolt-planner-import.h — GNOME Planner files (.planner) into projects
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the XML that GNOME Planner 0.14 writes (mrproject-version 2; its
 * DTD is /usr/share/planner/dtd/mrproject-0.6.dtd in Debian's planner
 * package) into a new StoltProject.  Whatever has no place in Stolt is
 * listed, one translated line per kind of thing, in @not_carried_over.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-project.h"

G_BEGIN_DECLS

StoltProject *stolt_planner_import      (GBytes        *xml,
                                         const char    *display_name,
                                         GCancellable  *cancellable,
                                         GPtrArray    **not_carried_over,
                                         GError       **error);
StoltProject *stolt_planner_import_file (GFile         *file,
                                         GCancellable  *cancellable,
                                         GPtrArray    **not_carried_over,
                                         GError       **error);

G_END_DECLS
