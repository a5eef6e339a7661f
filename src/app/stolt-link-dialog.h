/* stolt-link-dialog.h — the text and address of a link in formatted text
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-rich-editor.h"

G_BEGIN_DECLS

void stolt_link_dialog_present (StoltRichEditor *editor,
                                const char      *text,
                                const char      *uri);

G_END_DECLS
