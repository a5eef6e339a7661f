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

/* No word of any language is this long: a longer run is pasted data */
#define LONG_WORD      64
/* … and gets a break opportunity this often */
#define BREAK_INTERVAL 16
#define ZERO_WIDTH_SPACE "\xe2\x80\x8b"

static gboolean
ends_run (gunichar c)
{
  /* Where Pango may break anyway: white space, hyphens, ZWSP */
  return g_unichar_isspace (c) || c == '-' || c == 0x200b || c == 0x2010 || c == 0xad;
}

/* A tag "<…>" or an entity "&…;" at @p: its length in bytes, 0 for none */
static gsize
markup_token (const char *p)
{
  const char *end;

  if (*p == '<')
    {
      /* Bounded: plain text may hold a '<' and no '>' for pages */
      end = memchr (p, '>', strnlen (p, 512));
      return end != NULL ? (gsize) (end - p + 1) : 0;
    }
  if (*p == '&')
    {
      for (end = p + 1; end - p < 12 && (g_ascii_isalnum (*end) || *end == '#'); end++)
        ;
      return *end == ';' && end > p + 1 ? (gsize) (end - p + 1) : 0;
    }
  return 0;
}

/* The characters in the run at @p, up to the next break opportunity;
 * markup tags count as nothing, entities as one character */
static guint
run_length (const char *p)
{
  guint n = 0;

  while (*p != '\0')
    {
      gsize token = markup_token (p);

      if (token > 0)
        {
          n += *p == '&';
          p += token;
          continue;
        }
      if (ends_run (g_utf8_get_char (p)))
        break;
      n++;
      p = g_utf8_next_char (p);
    }
  return n;
}

/**
 * stolt_text_break_long_words:
 * @text: plain text or Pango markup
 *
 * Pango finds no place to break a word of thousands of letters and
 * breaks it between letters, reshaping the rest of the word for every
 * line: a 100 000-letter word takes it most of a minute.  A run longer
 * than any word (64 letters) gets a zero-width space every 16 letters,
 * so that it wraps in linear time and fills most of each line; words of
 * a language are never touched.  Markup stays markup: tags and entities
 * are never cut.
 *
 * Returns: (transfer full): @text, with break opportunities in long runs
 */
char *
stolt_text_break_long_words (const char *text)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return g_strdup ("");
  if (strlen (text) <= LONG_WORD)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  p = text;
  while (*p != '\0')
    {
      guint length = run_length (p);
      guint in_run = 0;

      if (length <= LONG_WORD)
        {
          /* Copy the short run and the break after it */
          const char *start = p;

          while (*p != '\0' && (markup_token (p) > 0 || !ends_run (g_utf8_get_char (p))))
            p += markup_token (p) > 0 ? markup_token (p) : (gsize) (g_utf8_next_char (p) - p);
          if (*p != '\0')
            p = g_utf8_next_char (p);
          g_string_append_len (out, start, p - start);
          continue;
        }

      while (*p != '\0')
        {
          gsize token = markup_token (p);
          const char *next;

          if (token == 0 && ends_run (g_utf8_get_char (p)))
            break;
          if (token > 0 && *p == '<')
            {
              g_string_append_len (out, p, token);
              p += token;
              continue;
            }
          if (in_run > 0 && in_run % BREAK_INTERVAL == 0)
            g_string_append (out, ZERO_WIDTH_SPACE);
          next = token > 0 ? p + token : g_utf8_next_char (p);
          g_string_append_len (out, p, next - p);
          p = next;
          in_run++;
        }
    }
  return g_string_free (out, FALSE);
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
