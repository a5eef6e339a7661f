/* stolt-document.h — a project as the user knows it: a file, or not yet
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document holds a StoltProject and everything about where it lives:
 * the user's file (only ever read whole and replaced whole), a working
 * copy that takes every edit within a second or two (so that a crash
 * loses almost nothing), and a lock that makes the same file opened a
 * second time read-only.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-lock-file.h"
#include "stolt-project.h"
#include "stolt-storage-error.h"

G_BEGIN_DECLS

/* The lock file beside the document's file (stolt-lock-file.h) */
typedef enum
{
  STOLT_DOCUMENT_LOCK_NONE,        /* untitled, or closed */
  STOLT_DOCUMENT_LOCK_OWN,         /* this document has it: others see who */
  STOLT_DOCUMENT_LOCK_UNPROTECTED, /* no lock could be written: see the problem */
  STOLT_DOCUMENT_LOCK_HELD,        /* someone else has the file open: read-only */
  STOLT_DOCUMENT_LOCK_STALE,       /* a lock left by someone gone: read-only */
  STOLT_DOCUMENT_LOCK_FREED,       /* was held, is free now: open it again to edit */
} StoltDocumentLockState;

#define STOLT_TYPE_DOCUMENT (stolt_document_get_type ())
G_DECLARE_FINAL_TYPE (StoltDocument, stolt_document, STOLT, DOCUMENT, GObject)

StoltDocument *stolt_document_new                 (void);
StoltDocument *stolt_document_new_from_project    (StoltProject   *project);
StoltDocument *stolt_document_open                (GFile          *file,
                                                   GError        **error);
StoltDocument *stolt_document_recover             (const char     *draft_id,
                                                   GError        **error);

StoltProject  *stolt_document_get_project         (StoltDocument  *self);
GFile         *stolt_document_get_file            (StoltDocument  *self);
char          *stolt_document_dup_title           (StoltDocument  *self);
gboolean       stolt_document_get_modified        (StoltDocument  *self);
gboolean       stolt_document_get_read_only       (StoltDocument  *self);
const char    *stolt_document_get_read_only_reason (StoltDocument *self);
const char    *stolt_document_get_draft_id        (StoltDocument  *self);

StoltDocumentLockState stolt_document_get_lock_state  (StoltDocument *self);
const StoltLockOwner  *stolt_document_get_lock_holder (StoltDocument *self);
const char            *stolt_document_get_lock_problem (StoltDocument *self);
gboolean       stolt_document_check_lock          (StoltDocument  *self);
gboolean       stolt_document_remove_stale_lock   (StoltDocument  *self,
                                                   GError        **error);
gboolean       stolt_document_query_disk_change   (StoltDocument  *self,
                                                   StoltLockOwner **changer,
                                                   GDateTime     **modified,
                                                   GError        **error);

gboolean       stolt_document_flush               (StoltDocument  *self,
                                                   GError        **error);
gboolean       stolt_document_save                (StoltDocument  *self,
                                                   GError        **error);
gboolean       stolt_document_save_as             (StoltDocument  *self,
                                                   GFile          *file,
                                                   GError        **error);
gboolean       stolt_document_save_overwriting    (StoltDocument  *self,
                                                   GError        **error);
void           stolt_document_close               (StoltDocument  *self);
void           stolt_document_close_discarding    (StoltDocument  *self);

G_END_DECLS
