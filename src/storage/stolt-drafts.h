/* stolt-drafts.h — working copies left behind by a crash
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every writable document keeps its edits in a working copy under
 * $XDG_DATA_HOME/io.github.stoltplan.Stolt/drafts/:
 *
 *   <id>.stolt   the working copy, an SQLite database in WAL mode
 *   <id>.draft   a key file: the original file, its stamp when opened or
 *                last saved, the title, when last written, whether it
 *                holds unsaved changes
 *   <id>.lock    flock()ed by the process that has the draft open
 *
 * A draft whose lock nobody holds belongs to a process that is gone; if
 * it has unsaved changes it can be recovered, otherwise it is cleaned up.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define STOLT_TYPE_DRAFT (stolt_draft_get_type ())
G_DECLARE_FINAL_TYPE (StoltDraft, stolt_draft, STOLT, DRAFT, GObject)

const char *stolt_draft_get_id      (StoltDraft *self);
const char *stolt_draft_get_title   (StoltDraft *self);
GFile      *stolt_draft_get_file    (StoltDraft *self);
GDateTime  *stolt_draft_get_written (StoltDraft *self);
goffset     stolt_draft_get_size    (StoltDraft *self);

GPtrArray  *stolt_drafts_list_recoverable (void);
gboolean    stolt_drafts_discard          (const char *draft_id);

G_END_DECLS
