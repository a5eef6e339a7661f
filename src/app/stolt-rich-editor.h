/* stolt-rich-editor.h — formatted text for a values section's body
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_TYPE_RICH_EDITOR (stolt_rich_editor_get_type ())
G_DECLARE_FINAL_TYPE (StoltRichEditor, stolt_rich_editor, STOLT, RICH_EDITOR, GtkWidget)

GtkWidget     *stolt_rich_editor_new          (void);
void           stolt_rich_editor_set_section  (StoltRichEditor    *self,
                                               StoltProject       *project,
                                               StoltValuesSection *section);
void           stolt_rich_editor_commit       (StoltRichEditor    *self);
gboolean       stolt_rich_editor_indent       (StoltRichEditor    *self,
                                               int                 levels);
char          *stolt_rich_editor_dup_markdown (StoltRichEditor    *self);
GtkTextView   *stolt_rich_editor_get_view     (StoltRichEditor    *self);
GtkToggleButton *stolt_rich_editor_get_button (StoltRichEditor    *self,
                                               const char         *name);
void           stolt_rich_editor_edit_link    (StoltRichEditor    *self);
gboolean       stolt_rich_editor_set_link     (StoltRichEditor    *self,
                                               const char         *text,
                                               const char         *uri,
                                               GError            **error);
void           stolt_rich_editor_get_content_start (StoltRichEditor *self,
                                                    int              line,
                                                    GtkTextIter     *iter);

G_END_DECLS
