/* stolt-result-chain.c — a goal's result chain as a row of boxes
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-result-chain"

#include "config.h"

#include "stolt-format.h"
#include "stolt-result-chain.h"
#include "stolt-text.h"

#define ARROW   14.0
#define PAD      5.0
#define FONT    STOLT_DOCUMENT_FONT

static void
arrow (cairo_t *cr,
       double   x,
       double   y)
{
  cairo_move_to (cr, x + 3, y - 5);
  cairo_line_to (cr, x + ARROW - 3, y);
  cairo_line_to (cr, x + 3, y + 5);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/**
 * stolt_result_chain_paint:
 * @labels: (array fixed-size=5): what each link is called
 * @texts: (array fixed-size=5): the goal's text for each link; "" for none
 *
 * Draws the chain at the origin, @width wide, as high as the longest
 * text needs.
 *
 * Returns: the height drawn
 */
double
stolt_result_chain_paint (cairo_t            *cr,
                          const char *const  *labels,
                          const char *const  *texts,
                          double              width,
                          const StoltPalette *palette)
{
  PangoContext *context = stolt_text_context_new ();
  double box_width = (width - (STOLT_RESULT_CHAIN_LINKS - 1) * ARROW) / STOLT_RESULT_CHAIN_LINKS;
  PangoLayout *label[STOLT_RESULT_CHAIN_LINKS], *text[STOLT_RESULT_CHAIN_LINKS];
  double label_height = 0, height = 0;

  for (int i = 0; i < STOLT_RESULT_CHAIN_LINKS; i++)
    {
      g_autofree char *clean = stolt_format_clean_text (texts[i]);

      label[i] = stolt_text_layout_new (context, FONT, TRUE, 7.5, box_width - 2 * PAD);
      pango_layout_set_text (label[i], labels[i], -1);
      text[i] = stolt_text_layout_new (context, FONT, FALSE, 7.5, box_width - 2 * PAD);
      pango_layout_set_text (text[i], clean[0] != '\0' ? clean : "—", -1);
      label_height = MAX (label_height, stolt_text_height (label[i]));
      height = MAX (height, stolt_text_height (text[i]));
    }
  height += label_height + 3 * PAD;

  for (int i = 0; i < STOLT_RESULT_CHAIN_LINKS; i++)
    {
      double x = i * (box_width + ARROW);

      /* The vision, where the chain leads, stands out */
      stolt_color_set_source (cr, i == STOLT_RESULT_CHAIN_LINKS - 1 ? &palette->band
                                                                   : &palette->header_background);
      cairo_rectangle (cr, x, 0, box_width, height);
      cairo_fill (cr);
      stolt_color_set_source (cr, &palette->foreground);
      cairo_move_to (cr, x + PAD, PAD);
      pango_cairo_show_layout (cr, label[i]);
      cairo_move_to (cr, x + PAD, 2 * PAD + label_height);
      pango_cairo_show_layout (cr, text[i]);
      if (i > 0)
        {
          stolt_color_set_source (cr, &palette->arrow);
          arrow (cr, x - ARROW, height / 2);
        }
      g_object_unref (label[i]);
      g_object_unref (text[i]);
    }
  g_object_unref (context);

  return height;
}
