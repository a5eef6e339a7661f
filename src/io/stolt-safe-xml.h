/* stolt-safe-xml.h — parsing untrusted XML with libxml2, within limits
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

#define STOLT_SAFE_XML_MAX_BYTES    (64 * 1024 * 1024)
#define STOLT_SAFE_XML_MAX_ELEMENTS 1000000
#define STOLT_SAFE_XML_MAX_ATTRIBUTES 256  /* on one element */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

xmlDoc *stolt_safe_xml_read (GBytes        *bytes,
                             const char    *display_name,
                             GCancellable  *cancellable,
                             GError       **error);

G_END_DECLS
