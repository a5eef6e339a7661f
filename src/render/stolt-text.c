/* stolt-text.c — Pango set up the same way for every layout and painter
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-text"

#include "config.h"

#include <string.h>

#include "stolt-text.h"

/**
 * stolt_text_language:
 *
 * The language the user reads the interface in (LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG, as gettext picks it), which can differ from
 * LC_CTYPE's, Pango's default.  Line breaking and hyphenation follow
 * it, so Swedish and Norwegian compounds break where the language
 * allows.
 *
 * Returns: (transfer none): the language
 */
PangoLanguage *
stolt_text_language (void)
{
  const char *name = g_get_language_names ()[0];
  g_autofree char *tag = NULL;

  if (name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX") ||
      g_str_has_prefix (name, "C."))
    return pango_language_from_string ("en");

  /* "sv_SE.UTF-8@euro" → "sv_SE" */
  tag = g_strndup (name, strcspn (name, ".@"));
  return pango_language_from_string (tag);
}

/* For layouts made on a cairo context's own Pango context */
void
stolt_text_layout_set_language (PangoLayout *layout)
{
  pango_context_set_language (pango_layout_get_context (layout), stolt_text_language ());
  pango_layout_context_changed (layout);
}

PangoContext *
stolt_text_context_new (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, stolt_text_language ());
  cairo_font_options_destroy (options);

  return context;
}

/* @width: wrap width in user units; 0 or less for no wrapping */
PangoLayout *
stolt_text_layout_new (PangoContext *context,
                       const char   *family,
                       gboolean      bold,
                       double        size,
                       double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = pango_font_description_new ();

  pango_font_description_set_family (description, family);
  pango_font_description_set_weight (description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size (description, MAX (size, 1.0) * PANGO_SCALE);
  pango_layout_set_font_description (layout, description);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_font_description_free (description);

  return layout;
}

double
stolt_text_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) height / PANGO_SCALE;
}

double
stolt_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) (logical.x + logical.width) / PANGO_SCALE;
}
