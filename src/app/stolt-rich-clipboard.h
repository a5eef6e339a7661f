/* stolt-rich-clipboard.h — formatted text on the clipboard, as rich-text blocks
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean   stolt_rich_clipboard_has_html          (GdkClipboard         *clipboard);
void       stolt_rich_clipboard_read_blocks_async (GdkClipboard         *clipboard,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GPtrArray *stolt_rich_clipboard_read_blocks_finish (GdkClipboard        *clipboard,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
