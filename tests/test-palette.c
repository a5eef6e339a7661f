/* test-palette.c — every palette stays legible
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-palette.h"

static const char *kind_names[] = { "light", "dark", "high-contrast", "print", "high-contrast-dark" };

/* Text must reach WCAG AA (4.5:1) on what it is drawn on; high contrast
 * must reach AAA (7:1). */
static void
test_text_contrast (void)
{
  for (guint kind = STOLT_PALETTE_LIGHT; kind <= STOLT_PALETTE_HIGH_CONTRAST_DARK; kind++)
    {
      const StoltPalette *p = stolt_palette_get (kind);
      double need = kind == STOLT_PALETTE_HIGH_CONTRAST ||
                    kind == STOLT_PALETTE_HIGH_CONTRAST_DARK ? 7.0 : 4.5;
      StoltColor opaque_fg = p->foreground;

      g_test_message ("palette %s", kind_names[kind]);
      opaque_fg.alpha = 1.0;
      g_assert_cmpfloat (stolt_color_contrast (&opaque_fg, &p->background), >=, need);
      g_assert_cmpfloat (stolt_color_contrast (&p->bar_text, &p->bar), >=, need);
      g_assert_cmpfloat (stolt_color_contrast (&p->band_text, &p->background), >=, 4.5);
      for (guint q = 0; q < STOLT_N_QUADRANT_COLORS; q++)
        g_assert_cmpfloat (stolt_color_contrast (&p->quadrant_text, &p->quadrant[q]), >=, need);
      /* The today line and late items must stand out from the page. */
      g_assert_cmpfloat (stolt_color_contrast (&p->today, &p->background), >=, 3.0);
      g_assert_cmpfloat (stolt_color_contrast (&p->late, &p->background), >=, 3.0);
    }
}

/* High contrast in a dark style is dark too (not a white canvas) */
static void
test_high_contrast_dark (void)
{
  const StoltPalette *dark = stolt_palette_get (STOLT_PALETTE_HIGH_CONTRAST_DARK);
  const StoltPalette *light = stolt_palette_get (STOLT_PALETTE_HIGH_CONTRAST);

  g_assert_cmpfloat (stolt_color_luminance (&dark->background), <, 0.05);
  g_assert_cmpfloat (stolt_color_luminance (&dark->foreground), >, 0.9);
  g_assert_cmpfloat (dark->outline_width, ==, light->outline_width);
}

static void
test_contrast_math (void)
{
  StoltColor black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

  g_assert_cmpfloat_with_epsilon (stolt_color_contrast (&black, &white), 21.0, 0.01);
  g_assert_cmpfloat_with_epsilon (stolt_color_contrast (&white, &white), 1.0, 0.001);
  g_assert_cmpfloat_with_epsilon (stolt_color_luminance (&white), 1.0, 0.001);
}

static void
test_accent (void)
{
  StoltPalette p = *stolt_palette_get (STOLT_PALETTE_LIGHT);
  StoltColor green = { 0.15, 0.64, 0.41, 1.0 };

  stolt_palette_with_accent (&p, &green);
  g_assert_cmpfloat (p.selection.green, ==, green.green);
  g_assert_cmpfloat (p.bar_progress.red, ==, green.red);
  g_assert_cmpfloat (p.band.alpha, <, 1.0);
  /* the shared palette itself is untouched */
  g_assert_cmpfloat (stolt_palette_get (STOLT_PALETTE_LIGHT)->selection.green, !=, green.green);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/palette/text-contrast", test_text_contrast);
  g_test_add_func ("/palette/high-contrast-dark", test_high_contrast_dark);
  g_test_add_func ("/palette/contrast-math", test_contrast_math);
  g_test_add_func ("/palette/accent", test_accent);
  return g_test_run ();
}
