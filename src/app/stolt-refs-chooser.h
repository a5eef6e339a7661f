/* stolt-refs-chooser.h — pick the records a REFS field links to
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A button with a searchable list of check boxes (predecessors, goals,
 * strategies …).  It scales to thousands of candidates: the list
 * recycles its rows.  Each toggle emits "chosen" with the new list of
 * ids; the editor commits it, and a refusal (a circle of predecessors)
 * puts the box back.
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_TYPE_REFS_CHOOSER (stolt_refs_chooser_get_type ())
G_DECLARE_FINAL_TYPE (StoltRefsChooser, stolt_refs_chooser, STOLT, REFS_CHOOSER, GtkWidget)

GtkWidget *stolt_refs_chooser_new        (const char       *label);
void       stolt_refs_chooser_set_record (StoltRefsChooser *self,
                                          StoltProject     *project,
                                          StoltRecord      *record,
                                          const StoltField *field);
gboolean   stolt_refs_chooser_toggle     (StoltRefsChooser *self,
                                          gint64            id);

G_END_DECLS
