/* stolt-values-text.h — finding, replacing and counting words in a values document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of a values document as the user reads it: the document's
 * title and introduction, each value's name, statement and everyday
 * practice, each section's heading and body.  A body is searched as the
 * text the rich-text editor shows (its blocks one a line, without the
 * Markdown marks), so "*" typed by the user is found as typed and a
 * replacement keeps the formatting around it.
 */

#pragma once

#include <glib.h>

#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct
{
  gsize start;   /* bytes */
  gsize end;
} StoltTextRange;

typedef struct
{
  StoltRecord *record;   /* not a reference */
  const char  *field;    /* static: "title", "name", "body", … */
  guint        slot;     /* the field's place in the document, in reading order */
  guint        ordinal;  /* the match's place among its field's matches */
  gsize        start;    /* bytes, in stolt_values_text_get_shown () */
  gsize        end;
} StoltValuesMatch;

GArray   *stolt_text_find                 (const char           *text,
                                           const char           *needle);
guint     stolt_text_count_words          (const char           *text);
char     *stolt_markdown_dup_shown        (const char           *markdown);
char     *stolt_markdown_replace_ranges   (const char           *markdown,
                                           const StoltTextRange *ranges,
                                           guint                 n_ranges,
                                           const char           *replacement);

char     *stolt_values_text_dup_shown     (StoltRecord          *record,
                                           const char           *field);
GArray   *stolt_values_text_find          (StoltValuesDocument  *document,
                                           const char           *needle);
guint     stolt_values_text_count_words   (StoltValuesDocument  *document);
gboolean  stolt_values_text_replace       (StoltProject         *project,
                                           StoltValuesDocument  *document,
                                           const char           *needle,
                                           const char           *replacement,
                                           const StoltValuesMatch *only,
                                           guint                *n_replaced,
                                           GError              **error);

G_END_DECLS
