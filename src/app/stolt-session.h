/* stolt-session.h — what a user has open, and what they may get back
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-document.h"
#include "stolt-drafts.h"

G_BEGIN_DECLS

#define STOLT_TYPE_SESSION (stolt_session_get_type ())
G_DECLARE_FINAL_TYPE (StoltSession, stolt_session, STOLT, SESSION, GObject)

StoltSession  *stolt_session_new                 (GSettings            *settings);

/* Documents */
StoltDocument *stolt_session_new_document        (StoltSession         *self);
StoltDocument *stolt_session_new_from_template   (StoltSession         *self,
                                                  const char           *template_id,
                                                  GError              **error);
gboolean       stolt_session_is_import           (StoltSession         *self,
                                                  GFile                *file);
void           stolt_session_open                (StoltSession         *self,
                                                  GFile                *file,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
StoltDocument *stolt_session_open_finish         (StoltSession         *self,
                                                  GAsyncResult         *result,
                                                  GPtrArray           **notes,
                                                  GError              **error);
void           stolt_session_track               (StoltSession         *self,
                                                  StoltDocument        *document);

/* Recent projects */
GListModel    *stolt_session_get_recent          (StoltSession         *self);

/* Work left by a Stolt that did not close */
GListModel    *stolt_session_get_recoverable     (StoltSession         *self);
void           stolt_session_reload_recoverable  (StoltSession         *self);
StoltDocument *stolt_session_recover             (StoltSession         *self,
                                                  StoltDraft           *draft,
                                                  GError              **error);
void           stolt_session_discard             (StoltSession         *self,
                                                  StoltDraft           *draft);

G_END_DECLS
