/* stolt-slides.h — which slides a presentation shows, in which order
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation mode shows the project card, the milestones ahead, the
 * timeline around today, each SWOT analysis and each value.  The
 * facilitator may put them in another order and hide some; that choice
 * is saved with the project, in the project card's "slides" field, as
 * slide keys separated by spaces: "card", "milestones", "timeline",
 * "swot:ID", "value:ID" (record ids), a hidden slide with a leading
 * "-".  Keys of records that are gone are ignored; a slide whose key is
 * not there (a new analysis) takes its default place, after the slide
 * that comes before it by default.  The field is only changed by the
 * functions below, each one step on the project's undo stack.
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

typedef enum
{
  STOLT_SLIDE_CARD,
  STOLT_SLIDE_MILESTONES,
  STOLT_SLIDE_TIMELINE,
  STOLT_SLIDE_SWOT,
  STOLT_SLIDE_VALUE,
} StoltSlideKind;

typedef struct
{
  StoltSlideKind kind;
  char          *key;     /* "card", "swot:12" … */
  StoltRecord   *record;  /* the analysis or value; NULL for the others */
  gboolean       hidden;
} StoltSlide;

void       stolt_slide_free              (StoltSlide    *slide);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoltSlide, stolt_slide_free)

/* Is @text a valid value of the card's "slides" field? */
gboolean   stolt_slides_check_text       (const char    *text,
                                          GError       **error);

/* Every slide of @project, hidden ones too, in the saved order;
 * (transfer full) of StoltSlide */
GPtrArray *stolt_slides_list             (StoltProject  *project);
/* The position of @key in stolt_slides_list(), or -1 */
int        stolt_slides_find             (StoltProject  *project,
                                          const char    *key);

gboolean   stolt_slides_move             (StoltProject  *project,
                                          const char    *key,
                                          guint          position,
                                          GError       **error);
gboolean   stolt_slides_set_hidden       (StoltProject  *project,
                                          const char    *key,
                                          gboolean       hidden,
                                          GError       **error);

G_END_DECLS
