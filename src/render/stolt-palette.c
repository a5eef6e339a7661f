/* stolt-palette.c — the colours every painter draws with
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The light and dark palettes follow the GNOME colour palette used by
 * libadwaita; high contrast uses pure black and white with thick outlines,
 * black on white or, in a dark style, white on black;
 * print avoids large dark areas and keeps every colour readable in grey.
 */

#define G_LOG_DOMAIN "stolt-palette"

#include "config.h"

#include <math.h>

#include "stolt-palette.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }
#define RGBA(r, g, b, a) { (r) / 255.0, (g) / 255.0, (b) / 255.0, (a) }

static const StoltPalette palettes[] = {
  [STOLT_PALETTE_LIGHT] = {
    .background = RGB (0xff, 0xff, 0xff),
    .foreground = RGBA (0x00, 0x00, 0x00, 0.8),
    .dim_foreground = RGBA (0x00, 0x00, 0x00, 0.55),
    .grid = RGBA (0x00, 0x00, 0x00, 0.12),
    .header_background = RGB (0xf6, 0xf5, 0xf4),
    .weekend = RGBA (0x00, 0x00, 0x00, 0.04),
    .band = RGBA (0x35, 0x84, 0xe4, 0.10),
    .band_text = RGB (0x1c, 0x71, 0xd8),
    .bar = RGB (0x99, 0xc1, 0xf1),
    .bar_progress = RGB (0x35, 0x84, 0xe4),
    .bar_text = RGBA (0x00, 0x00, 0x00, 0.8),
    .milestone = RGB (0xe5, 0xa5, 0x0a),
    .milestone_done = RGB (0x2e, 0xc2, 0x7e),
    .late = RGB (0xe0, 0x1b, 0x24),
    .arrow = RGBA (0x00, 0x00, 0x00, 0.45),
    .today = RGB (0xe0, 0x1b, 0x24),
    .selection = RGB (0x1c, 0x71, 0xd8),
    .focus = RGBA (0x35, 0x84, 0xe4, 0.5),
    .quadrant = {
      RGB (0xd1, 0xf0, 0xdc), RGB (0xfa, 0xdd, 0xdc),
      RGB (0xd7, 0xe6, 0xfa), RGB (0xfc, 0xe9, 0xc7),
    },
    .quadrant_text = RGBA (0x00, 0x00, 0x00, 0.8),
    .line_width = 1.0,
    .outline_width = 1.0,
  },
  [STOLT_PALETTE_DARK] = {
    .background = RGB (0x24, 0x24, 0x24),
    .foreground = RGB (0xff, 0xff, 0xff),
    .dim_foreground = RGBA (0xff, 0xff, 0xff, 0.6),
    .grid = RGBA (0xff, 0xff, 0xff, 0.15),
    .header_background = RGB (0x30, 0x30, 0x30),
    .weekend = RGBA (0xff, 0xff, 0xff, 0.05),
    .band = RGBA (0x78, 0xae, 0xed, 0.14),
    .band_text = RGB (0x99, 0xc1, 0xf1),
    .bar = RGB (0x1a, 0x5f, 0xb4),
    .bar_progress = RGB (0x62, 0xa0, 0xea),
    .bar_text = RGB (0xff, 0xff, 0xff),
    .milestone = RGB (0xf6, 0xd3, 0x2d),
    .milestone_done = RGB (0x57, 0xe3, 0x89),
    .late = RGB (0xff, 0x7b, 0x63),
    .arrow = RGBA (0xff, 0xff, 0xff, 0.5),
    .today = RGB (0xff, 0x7b, 0x63),
    .selection = RGB (0x78, 0xae, 0xed),
    .focus = RGBA (0x78, 0xae, 0xed, 0.6),
    .quadrant = {
      RGB (0x1d, 0x4b, 0x32), RGB (0x5c, 0x20, 0x20),
      RGB (0x1d, 0x3b, 0x63), RGB (0x5e, 0x45, 0x13),
    },
    .quadrant_text = RGB (0xff, 0xff, 0xff),
    .line_width = 1.0,
    .outline_width = 1.0,
  },
  [STOLT_PALETTE_HIGH_CONTRAST] = {
    .background = RGB (0xff, 0xff, 0xff),
    .foreground = RGB (0x00, 0x00, 0x00),
    .dim_foreground = RGB (0x00, 0x00, 0x00),
    .grid = RGB (0x00, 0x00, 0x00),
    .header_background = RGB (0xff, 0xff, 0xff),
    .weekend = RGBA (0x00, 0x00, 0x00, 0.10),
    .band = RGBA (0x00, 0x00, 0x00, 0.08),
    .band_text = RGB (0x00, 0x00, 0x00),
    .bar = RGB (0xff, 0xff, 0xff),
    .bar_progress = RGB (0x1c, 0x71, 0xd8),
    .bar_text = RGB (0x00, 0x00, 0x00),
    .milestone = RGB (0x00, 0x00, 0x00),
    .milestone_done = RGB (0x26, 0xa2, 0x69),
    .late = RGB (0xc0, 0x1c, 0x28),
    .arrow = RGB (0x00, 0x00, 0x00),
    .today = RGB (0xc0, 0x1c, 0x28),
    .selection = RGB (0x1c, 0x71, 0xd8),
    .focus = RGB (0x1c, 0x71, 0xd8),
    .quadrant = {
      RGB (0xff, 0xff, 0xff), RGB (0xff, 0xff, 0xff),
      RGB (0xff, 0xff, 0xff), RGB (0xff, 0xff, 0xff),
    },
    .quadrant_text = RGB (0x00, 0x00, 0x00),
    .line_width = 1.5,
    .outline_width = 2.0,
  },
  [STOLT_PALETTE_PRINT] = {
    .background = RGB (0xff, 0xff, 0xff),
    .foreground = RGB (0x00, 0x00, 0x00),
    .dim_foreground = RGB (0x4a, 0x4a, 0x4a),
    .grid = RGB (0xb0, 0xb0, 0xb0),
    .header_background = RGB (0xf2, 0xf2, 0xf2),
    .weekend = RGB (0xf4, 0xf4, 0xf4),
    .band = RGB (0xe8, 0xf0, 0xfb),
    .band_text = RGB (0x0b, 0x4a, 0x96),
    .bar = RGB (0xc3, 0xd8, 0xf5),
    .bar_progress = RGB (0x1c, 0x71, 0xd8),
    .bar_text = RGB (0x00, 0x00, 0x00),
    .milestone = RGB (0xc6, 0x46, 0x00),
    .milestone_done = RGB (0x26, 0xa2, 0x69),
    .late = RGB (0xc0, 0x1c, 0x28),
    .arrow = RGB (0x50, 0x50, 0x50),
    .today = RGB (0xc0, 0x1c, 0x28),
    .selection = RGB (0x1c, 0x71, 0xd8),
    .focus = RGB (0x1c, 0x71, 0xd8),
    .quadrant = {
      RGB (0xe3, 0xf5, 0xe9), RGB (0xfb, 0xe6, 0xe5),
      RGB (0xe3, 0xed, 0xfb), RGB (0xfd, 0xf0, 0xd9),
    },
    .quadrant_text = RGB (0x00, 0x00, 0x00),
    .line_width = 0.5,
    .outline_width = 0.75,
  },
  [STOLT_PALETTE_HIGH_CONTRAST_DARK] = {
    .background = RGB (0x00, 0x00, 0x00),
    .foreground = RGB (0xff, 0xff, 0xff),
    .dim_foreground = RGB (0xff, 0xff, 0xff),
    .grid = RGB (0xff, 0xff, 0xff),
    .header_background = RGB (0x00, 0x00, 0x00),
    .weekend = RGBA (0xff, 0xff, 0xff, 0.14),
    .band = RGBA (0xff, 0xff, 0xff, 0.12),
    .band_text = RGB (0xff, 0xff, 0xff),
    .bar = RGB (0x00, 0x00, 0x00),
    .bar_progress = RGB (0x78, 0xae, 0xed),
    .bar_text = RGB (0xff, 0xff, 0xff),
    .milestone = RGB (0xff, 0xff, 0xff),
    .milestone_done = RGB (0x57, 0xe3, 0x89),
    .late = RGB (0xff, 0x7b, 0x63),
    .arrow = RGB (0xff, 0xff, 0xff),
    .today = RGB (0xff, 0x7b, 0x63),
    .selection = RGB (0x99, 0xc1, 0xf1),
    .focus = RGB (0x99, 0xc1, 0xf1),
    .quadrant = {
      RGB (0x00, 0x00, 0x00), RGB (0x00, 0x00, 0x00),
      RGB (0x00, 0x00, 0x00), RGB (0x00, 0x00, 0x00),
    },
    .quadrant_text = RGB (0xff, 0xff, 0xff),
    .line_width = 1.5,
    .outline_width = 2.0,
  },
};

const StoltPalette *
stolt_palette_get (StoltPaletteKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (palettes), &palettes[STOLT_PALETTE_LIGHT]);

  return &palettes[kind];
}

/* The widget passes the style's accent colour: bars, selection and bands
 * follow it, so the chart matches the rest of the window. */
void
stolt_palette_with_accent (StoltPalette     *palette,
                           const StoltColor *accent)
{
  g_return_if_fail (palette != NULL);
  g_return_if_fail (accent != NULL);

  palette->bar_progress = *accent;
  palette->selection = *accent;
  palette->band_text = *accent;
  palette->band = *accent;
  palette->band.alpha = 0.12;
}

void
stolt_color_set_source (cairo_t          *cr,
                        const StoltColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static double
channel_linear (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG relative luminance, ignoring alpha. */
double
stolt_color_luminance (const StoltColor *color)
{
  return 0.2126 * channel_linear (color->red)
       + 0.7152 * channel_linear (color->green)
       + 0.0722 * channel_linear (color->blue);
}

/* WCAG contrast ratio, 1 to 21. */
double
stolt_color_contrast (const StoltColor *a,
                      const StoltColor *b)
{
  double la = stolt_color_luminance (a);
  double lb = stolt_color_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
