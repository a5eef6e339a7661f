/* stolt-safe-xml.h — parsing untrusted XML with libxml2, within limits
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The result is a light tree of elements and their attributes, built by
 * SAX into one arena: text, comments and processing instructions are
 * dropped, and a 20 000-task Planner file takes a tenth of the memory
 * (and of the page faults) of libxml2's own tree.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define STOLT_SAFE_XML_MAX_BYTES      (64 * 1024 * 1024)
#define STOLT_SAFE_XML_MAX_ELEMENTS   1000000
#define STOLT_SAFE_XML_MAX_ATTRIBUTES 256  /* on one element */

typedef struct _StoltXmlNode StoltXmlNode;
typedef struct _StoltXmlTree StoltXmlTree;

struct _StoltXmlNode
{
  const char    *name;        /* the local name */
  gboolean       namespaced;  /* in a namespace: never one of Planner's */
  const char   **attributes;  /* name, value, name, value …, NULL; no namespaced ones */
  StoltXmlNode  *parent;
  StoltXmlNode  *children;
  StoltXmlNode  *last_child;
  StoltXmlNode  *next;
};

StoltXmlTree *stolt_safe_xml_read          (GBytes        *bytes,
                                            const char    *display_name,
                                            GCancellable  *cancellable,
                                            GError       **error);
StoltXmlNode *stolt_xml_tree_get_root      (StoltXmlTree  *tree);
void          stolt_xml_tree_free          (StoltXmlTree  *tree);
const char   *stolt_xml_node_get_attribute (StoltXmlNode  *node,
                                            const char    *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltXmlTree, stolt_xml_tree_free)

G_END_DECLS
