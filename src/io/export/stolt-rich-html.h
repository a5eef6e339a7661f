/* stolt-rich-html.h — formatted text from other programs, as rich-text blocks
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What LibreOffice, a browser or a mail program puts on the clipboard as
 * text/html, read into the blocks of the section bodies' subset
 * (stolt-markdown.h): headings become sub-headings, lists lists, bold and
 * italic emphasis, links to http, https and mailto links; everything
 * else is its text, and scripts, styles and images go.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *stolt_rich_blocks_from_html (const char *html,
                                        gsize       length);

G_END_DECLS
