/* stolt-timeline-text.c — measuring and drawing the timeline's labels
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widths are cached by text: a viewport shows the same few dozen titles
 * and header labels over and over while it scrolls and zooms, and
 * shaping is the slowest step of a layout.
 */

#define G_LOG_DOMAIN "stolt-timeline"

#include "config.h"

#include <pango/pangocairo.h>

#include "stolt-format.h"
#include "stolt-text.h"
#include "stolt-timeline-text.h"

/* Enough for every title of a big project; past it the cache starts over */
#define MAX_CACHED_WIDTHS 16384

struct _StoltTimelineText
{
  grefcount     ref_count;
  PangoContext *context;
  PangoLayout  *layouts[STOLT_TIMELINE_N_FONTS];
  double        sizes[STOLT_TIMELINE_N_FONTS];
  double        heights[STOLT_TIMELINE_N_FONTS];
  GHashTable   *widths[STOLT_TIMELINE_N_FONTS];  /* text → Pango units + 1 */
  char         *family;
  StoltTimelineTextSink sink;
  gpointer      sink_data;
};

/**
 * stolt_timeline_text_stable_font_options:
 *
 * Grey antialiasing, no hinting, no hinted metrics: text then measures
 * and draws the same on every surface and at every scale, which printing
 * and the reference images of the tests need.
 *
 * Returns: (transfer full): free with cairo_font_options_destroy ()
 */
cairo_font_options_t *
stolt_timeline_text_stable_font_options (void)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  return options;
}

static void
set_up_font (StoltTimelineText *self,
             StoltTimelineFont  font,
             const char        *family,
             double             size,
             PangoWeight        weight)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_new ();
  PangoRectangle logical;

  pango_font_description_set_family (description, family);
  pango_font_description_set_weight (description, weight);
  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);

  self->layouts[font] = pango_layout_new (self->context);
  pango_layout_set_font_description (self->layouts[font], description);
  pango_layout_set_single_paragraph_mode (self->layouts[font], TRUE);
  self->sizes[font] = size;
  self->widths[font] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* One height for every label in the font, whatever its letters */
  pango_layout_set_text (self->layouts[font], "Ågy", -1);
  pango_layout_get_extents (self->layouts[font], NULL, &logical);
  self->heights[font] = logical.height / (double) PANGO_SCALE;
}

/**
 * stolt_timeline_text_new:
 * @family: a font family, or a comma-separated list ("Cantarell, DejaVu Sans")
 * @size: the labels' size in user units; phase titles are as big, header
 *   cells a little smaller
 * @options: (nullable): the widget's font options; %NULL for
 *   stolt_timeline_text_stable_font_options ()
 */
StoltTimelineText *
stolt_timeline_text_new (const char                 *family,
                         double                      size,
                         const cairo_font_options_t *options)
{
  StoltTimelineText *self;
  cairo_font_options_t *stable = NULL;

  g_return_val_if_fail (family != NULL, NULL);
  g_return_val_if_fail (size > 0, NULL);

  self = g_new0 (StoltTimelineText, 1);
  g_ref_count_init (&self->ref_count);
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  self->family = g_strdup (family);
  if (options == NULL)
    options = stable = stolt_timeline_text_stable_font_options ();
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_language (self->context, stolt_text_language ());
  g_clear_pointer (&stable, cairo_font_options_destroy);

  set_up_font (self, STOLT_TIMELINE_FONT_LABEL, family, size, PANGO_WEIGHT_NORMAL);
  set_up_font (self, STOLT_TIMELINE_FONT_PHASE, family, size, PANGO_WEIGHT_BOLD);
  set_up_font (self, STOLT_TIMELINE_FONT_HEADER, family, size * 11.0 / 12.0, PANGO_WEIGHT_NORMAL);
  return self;
}

StoltTimelineText *
stolt_timeline_text_ref (StoltTimelineText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
stolt_timeline_text_unref (StoltTimelineText *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;
  for (guint i = 0; i < STOLT_TIMELINE_N_FONTS; i++)
    {
      g_clear_object (&self->layouts[i]);
      g_clear_pointer (&self->widths[i], g_hash_table_unref);
    }
  g_clear_object (&self->context);
  g_free (self->family);
  g_free (self);
}

double
stolt_timeline_text_get_size (StoltTimelineText *self,
                              StoltTimelineFont  font)
{
  g_return_val_if_fail (font < STOLT_TIMELINE_N_FONTS, 0);

  return self->sizes[font];
}

/* The height of a line of text in @font: a label's box is this tall */
double
stolt_timeline_text_get_height (StoltTimelineText *self,
                                StoltTimelineFont  font)
{
  g_return_val_if_fail (font < STOLT_TIMELINE_N_FONTS, 0);

  return self->heights[font];
}

/* The width @text takes in @font, in user units */
double
stolt_timeline_text_measure (StoltTimelineText *self,
                             StoltTimelineFont  font,
                             const char        *text)
{
  g_autofree char *clean = NULL;
  GHashTable *widths;
  gpointer cached;
  int width;

  g_return_val_if_fail (font < STOLT_TIMELINE_N_FONTS, 0);

  if (text == NULL || *text == '\0')
    return 0;
  /* Control characters would show as boxes: the rule of every export */
  if (stolt_format_needs_cleaning (text))
    text = clean = stolt_format_clean_text (text);

  widths = self->widths[font];
  cached = g_hash_table_lookup (widths, text);
  if (cached != NULL)
    return (GPOINTER_TO_INT (cached) - 1) / (double) PANGO_SCALE;

  pango_layout_set_text (self->layouts[font], text, -1);
  pango_layout_get_size (self->layouts[font], &width, NULL);
  if (g_hash_table_size (widths) >= MAX_CACHED_WIDTHS)
    g_hash_table_remove_all (widths);
  g_hash_table_insert (widths, g_strdup (text), GINT_TO_POINTER (width + 1));
  return width / (double) PANGO_SCALE;
}

/**
 * stolt_timeline_text_set_sink:
 * @sink: (nullable): what receives each line instead of its glyphs being
 *   drawn; %NULL to draw again
 *
 * An SVG export keeps its text as `<text>`, which can be searched, read
 * aloud and edited: cairo's SVG surface would write glyph outlines.
 */
void
stolt_timeline_text_set_sink (StoltTimelineText     *self,
                              StoltTimelineTextSink  sink,
                              gpointer               user_data)
{
  g_return_if_fail (self != NULL);

  self->sink = sink;
  self->sink_data = user_data;
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const PangoGlyphItem *run_a = *(PangoGlyphItem * const *) a;
  const PangoGlyphItem *run_b = *(PangoGlyphItem * const *) b;

  return run_a->item->offset - run_b->item->offset;
}

/* The text of the layout's line as it shows, in logical order, with the
 * runs Pango cut replaced by one ellipsis */
static char *
shown_text (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  g_autoptr(GPtrArray) runs = g_ptr_array_new ();
  GString *shown = g_string_new (NULL);

  for (GSList *l = line != NULL ? line->runs : NULL; l != NULL; l = l->next)
    g_ptr_array_add (runs, l->data);
  g_ptr_array_sort (runs, compare_runs);
  for (guint i = 0; i < runs->len; i++)
    {
      const PangoItem *item = ((PangoGlyphItem *) runs->pdata[i])->item;

      if (item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS)
        g_string_append (shown, "…");
      else
        g_string_append_len (shown, text + item->offset, item->length);
    }
  return g_string_free (shown, FALSE);
}

static void
send_to_sink (StoltTimelineText *self,
              cairo_t           *cr,
              StoltTimelineFont  font,
              double             x,
              double             top)
{
  PangoLayout *layout = self->layouts[font];
  g_autofree char *shown = shown_text (layout);
  StoltTimelineTextRun run = {
    shown, self->family, self->sizes[font], font == STOLT_TIMELINE_FONT_PHASE,
    x, top + pango_layout_get_baseline (layout) / (double) PANGO_SCALE,
  };

  if (*shown != '\0')
    self->sink (cr, &run, self->sink_data);
}

/* Once before drawing on @cr: text follows its surface and transformation */
void
stolt_timeline_text_begin (StoltTimelineText *self,
                           cairo_t           *cr)
{
  pango_cairo_update_context (cr, self->context);
}

/**
 * stolt_timeline_text_draw:
 * @x: the left edge of the text
 * @center_y: the middle of the line
 * @max_width: the room there is; longer text ends in an ellipsis
 *
 * Draws @text in the current source colour.
 */
void
stolt_timeline_text_draw (StoltTimelineText *self,
                          cairo_t           *cr,
                          StoltTimelineFont  font,
                          const char        *text,
                          double             x,
                          double             center_y,
                          double             max_width)
{
  g_autofree char *clean = NULL;
  PangoLayout *layout;
  gboolean ellipsize;

  g_return_if_fail (font < STOLT_TIMELINE_N_FONTS);

  if (text == NULL || *text == '\0' || max_width <= 0)
    return;
  if (stolt_format_needs_cleaning (text))
    text = clean = stolt_format_clean_text (text);

  layout = self->layouts[font];
  ellipsize = stolt_timeline_text_measure (self, font, text) > max_width + 0.01;
  pango_layout_set_text (layout, text, -1);
  if (ellipsize)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  if (self->sink != NULL)
    send_to_sink (self, cr, font, x, center_y - self->heights[font] / 2.0);
  else
    {
      cairo_move_to (cr, x, center_y - self->heights[font] / 2.0);
      pango_cairo_show_layout (cr, layout);
    }

  if (ellipsize)
    {
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
}
