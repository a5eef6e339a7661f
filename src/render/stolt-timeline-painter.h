/* stolt-timeline-painter.h — draws a timeline layout onto any cairo_t
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one painter of the timeline: the widget calls it from its snapshot
 * (gtk_snapshot_append_cairo), printing from GtkPrintOperation's
 * draw-page, the exporters on PDF, SVG and image surfaces.  It draws
 * exactly what the layout says, in the palette's colours, inside the
 * viewport's rectangle at (0, 0); translate or scale @cr to put it
 * elsewhere.
 */

#pragma once

#include <cairo.h>

#include "stolt-palette.h"
#include "stolt-timeline-layout.h"

G_BEGIN_DECLS

void stolt_timeline_paint (cairo_t             *cr,
                           StoltTimelineLayout *layout,
                           const StoltPalette  *palette,
                           gint64               selected_id,
                           gboolean             focus_visible);

G_END_DECLS
