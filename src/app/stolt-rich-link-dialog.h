/* stolt-rich-link-dialog.h — the dialog that adds, edits or removes a link
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-rich-editor.h"

G_BEGIN_DECLS

void stolt_rich_link_dialog_present (StoltRichEditor *editor,
                                     GtkWindow       *parent,
                                     const char      *text,
                                     const char      *uri);

G_END_DECLS
