/* stolt-page-flow-paint.c — drawing a paginated document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text is drawn line by line (never a whole layout under a clip), so a
 * PDF holds each line exactly once and text extraction reads it in order.
 * Colours come from the print palette.
 */

#define G_LOG_DOMAIN "stolt-page-flow"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "stolt-format.h"
#include "stolt-page-flow-private.h"
#include "stolt-palette.h"

typedef struct
{
  StoltPageFlow      *flow;
  cairo_t            *cr;
  const StoltPalette *palette;
  double              left;
  double              width;
  gboolean            links;   /* PDF: contents entries link to their pages */
} Painter;

static void
draw_lines (Painter     *painter,
            PangoLayout *layout,
            GArray      *lines,
            double       x,
            double       y,
            guint        first,
            guint        n)
{
  double origin = y - g_array_index (lines, LineInfo, first).top;

  for (guint i = first; i < first + n && i < lines->len; i++)
    {
      const LineInfo *info = &g_array_index (lines, LineInfo, i);

      cairo_move_to (painter->cr, x + info->x, origin + info->baseline);
      pango_cairo_show_layout_line (painter->cr, pango_layout_get_line_readonly (layout, i));
    }
}

static void
draw_layout (Painter     *painter,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (painter->cr, x, y);
  pango_cairo_show_layout (painter->cr, layout);
}

static void
hairline (Painter          *painter,
          const StoltColor *color,
          double            x0,
          double            y,
          double            x1)
{
  stolt_color_set_source (painter->cr, color);
  cairo_set_line_width (painter->cr, 0.5);
  cairo_move_to (painter->cr, x0, y);
  cairo_line_to (painter->cr, x1, y);
  cairo_stroke (painter->cr);
}

static void
paint_heading (Painter        *painter,
               Block          *block,
               const Fragment *fragment)
{
  stolt_color_set_source (painter->cr, &painter->palette->foreground);
  draw_lines (painter, block->layout, block->lines, painter->left, fragment->y, 0,
              block->lines->len);
  if (block->kind == BLOCK_HEADING && block->level == 1)
    {
      double y = fragment->y + g_array_index (block->units, double, 0) - 1.5;

      hairline (painter, &painter->palette->grid, painter->left, y, painter->left + painter->width);
    }
}

/* Marks the links of the fragment's lines as PDF link annotations: the
 * n-th underline-coloured span of the layout goes to block->uris[n] */
static void
tag_links (Painter        *painter,
           Block          *block,
           const Fragment *fragment,
           double          x)
{
  PangoAttrList *attributes = pango_layout_get_attributes (block->layout);
  g_autoptr(GSList) list = NULL;
  double origin;
  guint n = 0;

  if (!painter->links || block->uris == NULL || attributes == NULL || fragment->n == 0)
    return;

  origin = fragment->y - g_array_index (block->lines, LineInfo, fragment->first).top;
  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;
      g_autoptr(GString) rects = NULL;

      if (attribute->klass->type != PANGO_ATTR_UNDERLINE_COLOR)
        continue;
      if (block->uris[n] == NULL)
        break;
      rects = g_string_new (NULL);
      for (guint i = fragment->first; i < fragment->first + fragment->n && i < block->lines->len; i++)
        {
          const LineInfo *info = &g_array_index (block->lines, LineInfo, i);
          PangoLayoutLine *line = pango_layout_get_line_readonly (block->layout, i);
          int *ranges = NULL;
          int n_ranges = 0;

          pango_layout_line_get_x_ranges (line, (int) attribute->start_index,
                                          (int) MIN (attribute->end_index, G_MAXINT),
                                          &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            {
              double left = floor (x + (double) ranges[2 * r] / PANGO_SCALE);
              double right = ceil (x + (double) ranges[2 * r + 1] / PANGO_SCALE);
              double top = floor (origin + info->top);
              double bottom = ceil (origin + info->top + info->height);

              if (right <= left)
                continue;
              /* Whole points: cairo reads decimals in the user's locale
               * ("1,5" in Norwegian) and crashes on "1.5" there */
              g_string_append_printf (rects, "%s%d %d %d %d", rects->len > 0 ? " " : "",
                                      (int) left, (int) top, (int) (right - left),
                                      (int) (bottom - top));
            }
          g_free (ranges);
        }
      if (rects->len > 0)
        {
          GString *attrs = g_string_new ("uri='");

          /* cairo's attribute strings escape ' and \ with a backslash */
          for (const char *p = block->uris[n]; *p != '\0'; p++)
            {
              if (*p == '\'' || *p == '\\')
                g_string_append_c (attrs, '\\');
              g_string_append_c (attrs, *p);
            }
          g_string_append_printf (attrs, "' rect=[%s]", rects->str);
          cairo_tag_begin (painter->cr, CAIRO_TAG_LINK, attrs->str);
          cairo_tag_end (painter->cr, CAIRO_TAG_LINK);
          g_string_free (attrs, TRUE);
        }
      n++;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
}

static void
paint_text (Painter        *painter,
            Block          *block,
            const Fragment *fragment)
{
  double x = painter->left;

  stolt_color_set_source (painter->cr, &painter->palette->foreground);
  if (block->kind == BLOCK_LIST_ITEM)
    {
      x += (block->depth + 1) * STOLT_FLOW_LIST_INDENT;
      if (fragment->first == 0)
        {
          g_autofree char *marker = block->list_kind == STOLT_FLOW_LIST_NUMBERED
                                    ? g_strdup_printf ("%u.", block->number)
                                    : g_strdup (block->depth % 2 == 0 ? "•" : "◦");
          PangoLayout *layout = stolt_page_flow_new_layout (painter->flow, STOLT_FLOW_FONT_BODY,
                                                            STOLT_FLOW_LIST_INDENT);
          const LineInfo *line = &g_array_index (block->lines, LineInfo, 0);

          pango_layout_set_text (layout, marker, -1);
          cairo_move_to (painter->cr, x - STOLT_FLOW_LIST_INDENT + 2,
                         fragment->y - line->top + line->baseline);
          pango_cairo_show_layout_line (painter->cr, pango_layout_get_line_readonly (layout, 0));
          g_object_unref (layout);
        }
    }
  draw_lines (painter, block->layout, block->lines, x, fragment->y, fragment->first, fragment->n);
  tag_links (painter, block, fragment, x);
}

static void
paint_key_value (Painter        *painter,
                 Block          *block,
                 const Fragment *fragment)
{
  double key_width = painter->width * STOLT_FLOW_KEY_FRACTION;
  double height = g_array_index (block->units, double, 0);
  double y = fragment->y + STOLT_FLOW_CELL_PAD_Y;

  stolt_color_set_source (painter->cr, &painter->palette->dim_foreground);
  draw_layout (painter, block->layout, painter->left + STOLT_FLOW_CELL_PAD_X, y + 1);
  stolt_color_set_source (painter->cr, &painter->palette->foreground);
  draw_layout (painter, block->value_layout, painter->left + key_width, y);
  hairline (painter, &painter->palette->grid, painter->left, fragment->y + height,
            painter->left + painter->width);
}

/* The band of @row from @offset, @height high, at @y; the rule under
 * it only where the row ends */
static void
paint_row (Painter *painter,
           Block   *block,
           guint    row,
           double   y,
           double   offset,
           double   height,
           gboolean last)
{
  GPtrArray *layouts = g_ptr_array_index (block->cells, row);
  double x = painter->left;

  if (row == 0)
    {
      stolt_color_set_source (painter->cr, &painter->palette->header_background);
      cairo_rectangle (painter->cr, painter->left, y, painter->width, height);
      cairo_fill (painter->cr);
    }
  stolt_color_set_source (painter->cr, &painter->palette->foreground);
  cairo_save (painter->cr);
  if (offset > 0 || !last)
    {
      cairo_rectangle (painter->cr, painter->left, y, painter->width, height);
      cairo_clip (painter->cr);
    }
  for (guint c = 0; c < block->n_columns; c++)
    {
      draw_layout (painter, g_ptr_array_index (layouts, c), x + STOLT_FLOW_CELL_PAD_X,
                   y - offset + STOLT_FLOW_CELL_PAD_Y);
      x += painter->width * block->widths[c];
    }
  cairo_restore (painter->cr);
  if (last)
    hairline (painter, &painter->palette->grid, painter->left, y + height,
              painter->left + painter->width);
}

static void
paint_table (Painter        *painter,
             Block          *block,
             const Fragment *fragment)
{
  double y = fragment->y;

  hairline (painter, &painter->palette->grid, painter->left, y, painter->left + painter->width);
  paint_row (painter, block, 0, y, 0, block->extra, TRUE);
  y += block->extra;
  for (guint i = fragment->first; i < fragment->first + fragment->n; i++)
    {
      double height = g_array_index (block->units, double, i);
      const RowPiece *piece = &g_array_index (block->pieces, RowPiece, i);

      paint_row (painter, block, piece->row, y, piece->offset, height, piece->last);
      y += height;
    }
}

static void
paint_leader (Painter *painter,
              double   x0,
              double   x1,
              double   y)
{
  stolt_color_set_source (painter->cr, &painter->palette->dim_foreground);
  for (double x = ceil (x0 / 4.0) * 4.0; x < x1; x += 4.0)
    cairo_rectangle (painter->cr, x, y - 0.6, 0.6, 0.6);
  cairo_fill (painter->cr);
}

static void
paint_toc_entry (Painter *painter,
                 Block   *block,
                 guint    entry,
                 double   y)
{
  guint target = g_array_index (block->toc_targets, guint, entry);
  Block *heading = g_ptr_array_index (painter->flow->blocks, target);
  PangoLayout *layout = g_ptr_array_index (block->cells, entry);
  guint page = stolt_page_flow_get_block_page (painter->flow, target);
  g_autofree char *number = g_strdup_printf ("%u", page);
  PangoLayout *number_layout = stolt_page_flow_new_layout (painter->flow, STOLT_FLOW_FONT_SMALL,
                                                           STOLT_FLOW_TOC_NUMBER);
  double x = painter->left + (heading->level - 1) * STOLT_FLOW_LIST_INDENT;
  PangoLayoutIter *iter;
  PangoRectangle last;
  double baseline;

  if (painter->links)
    {
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 0]", page);

      cairo_tag_begin (painter->cr, CAIRO_TAG_LINK, link);
    }
  stolt_color_set_source (painter->cr, &painter->palette->foreground);
  draw_layout (painter, layout, x, y);
  pango_layout_set_alignment (number_layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (number_layout, number, -1);
  draw_layout (painter, number_layout, painter->left + painter->width - STOLT_FLOW_TOC_NUMBER, y);
  if (painter->links)
    cairo_tag_end (painter->cr, CAIRO_TAG_LINK);

  /* Dots from the end of the entry's last line to its page number */
  iter = pango_layout_get_iter (layout);
  while (pango_layout_iter_next_line (iter))
    ;
  pango_layout_iter_get_line_extents (iter, NULL, &last);
  baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);
  paint_leader (painter, x + (double) (last.x + last.width) / PANGO_SCALE + 4,
                painter->left + painter->width - STOLT_FLOW_TOC_NUMBER + 8, y + baseline);
  g_object_unref (number_layout);
}

static void
paint_toc (Painter        *painter,
           Block          *block,
           const Fragment *fragment)
{
  double y = fragment->y;

  for (guint i = fragment->first; i < fragment->first + fragment->n; i++)
    {
      paint_toc_entry (painter, block, i, y);
      y += g_array_index (block->units, double, i);
    }
}

static void
paint_drawing (Painter        *painter,
               Block          *block,
               const Fragment *fragment,
               double          max_height)
{
  cairo_save (painter->cr);
  cairo_translate (painter->cr, painter->left, fragment->y);
  block->draw (painter->cr, painter->width, max_height, block->user_data);
  cairo_restore (painter->cr);
}

static void
paint_fragment (Painter        *painter,
                const Fragment *fragment,
                double          content_height)
{
  Block *block = g_ptr_array_index (painter->flow->blocks, fragment->block);

  switch (block->kind)
    {
    case BLOCK_TITLE:
    case BLOCK_HEADING:
      paint_heading (painter, block, fragment);
      break;
    case BLOCK_PARAGRAPH:
    case BLOCK_LIST_ITEM:
      paint_text (painter, block, fragment);
      break;
    case BLOCK_KEY_VALUE:
      paint_key_value (painter, block, fragment);
      break;
    case BLOCK_TABLE:
      paint_table (painter, block, fragment);
      break;
    case BLOCK_TOC:
      paint_toc (painter, block, fragment);
      break;
    case BLOCK_DRAWING:
      paint_drawing (painter, block, fragment, content_height);
      break;
    case BLOCK_PAGE_DRAWING:
      paint_drawing (painter, block, fragment, content_height);
      break;
    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

static void
paint_furniture (Painter *painter,
                 guint    page,
                 double   page_height)
{
  g_autofree char *footer = NULL;
  PangoLayout *layout;
  double right = painter->left + painter->width;

  if (page == 0 && painter->flow->plain_first_page)
    return;

  layout = stolt_page_flow_new_layout (painter->flow, STOLT_FLOW_FONT_FURNITURE, painter->width);
  stolt_color_set_source (painter->cr, &painter->palette->dim_foreground);
  if (painter->flow->header != NULL && painter->flow->header[0] != '\0')
    {
      pango_layout_set_text (layout, painter->flow->header, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      draw_layout (painter, layout, painter->left, STOLT_FLOW_HEADER_Y);
      hairline (painter, &painter->palette->grid, painter->left, STOLT_FLOW_HEADER_Y + 13, right);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }

  /* Translators: the footer of every page of a report */
  footer = g_strdup_printf (_("Page %u of %u"), page + 1, painter->flow->pages->len);
  pango_layout_set_text (layout, footer, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  stolt_color_set_source (painter->cr, &painter->palette->dim_foreground);
  draw_layout (painter, layout, painter->left, page_height - STOLT_FLOW_HEADER_Y - 9);
  g_object_unref (layout);
}

static void
paint_page (StoltPageFlow *flow,
            cairo_t       *cr,
            guint          page,
            gboolean       links)
{
  Painter painter = { flow, cr, stolt_palette_get (STOLT_PALETTE_PRINT) };
  double width, height;

  stolt_page_flow_get_page_size (flow, page + 1, &width, &height);
  painter.left = STOLT_FLOW_MARGIN_SIDE;
  painter.width = width - 2 * STOLT_FLOW_MARGIN_SIDE;
  painter.links = links;

  cairo_save (cr);
  stolt_color_set_source (cr, &painter.palette->background);
  cairo_paint (cr);
  paint_furniture (&painter, page, height);
  for (guint i = 0; i < flow->fragments->len; i++)
    {
      const Fragment *fragment = &g_array_index (flow->fragments, Fragment, i);

      if (fragment->page == page)
        paint_fragment (&painter, fragment,
                        height - STOLT_FLOW_MARGIN_TOP - STOLT_FLOW_MARGIN_BOTTOM);
    }
  cairo_restore (cr);
}

/**
 * stolt_page_flow_draw_page:
 * @page: 1-based
 *
 * Draws the page with its top left corner at the origin of @cr, in points.
 */
void
stolt_page_flow_draw_page (StoltPageFlow *flow,
                           cairo_t       *cr,
                           guint          page)
{
  stolt_page_flow_paginate (flow);
  g_return_if_fail (page >= 1 && page <= flow->pages->len);

  paint_page (flow, cr, page - 1, FALSE);
}

static cairo_status_t
write_stream_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/* The PDF's bookmarks: one per heading, nested by level */
static void
add_outline (StoltPageFlow   *flow,
             cairo_surface_t *surface)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT };

  for (guint i = 0; i < flow->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (flow->blocks, i);
      g_autofree char *link = NULL;
      guint page;
      int id;

      if (block->kind != BLOCK_HEADING)
        continue;
      page = stolt_page_flow_get_block_page (flow, i);
      if (page == 0)
        continue;
      link = g_strdup_printf ("page=%u pos=[0 0]", page);
      id = cairo_pdf_surface_add_outline (surface, parents[block->level - 1], block->text, link,
                                          0);
      for (int level = block->level; level < 4; level++)
        parents[level] = id;
    }
}

/**
 * stolt_page_flow_write_pdf:
 * @title: (nullable): the PDF's title in its metadata
 *
 * Writes every page into @stream as one PDF, fonts embedded (subset),
 * with bookmarks for the headings.
 */
gboolean
stolt_page_flow_write_pdf (StoltPageFlow  *flow,
                           const char     *title,
                           GOutputStream  *stream,
                           GError        **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  stolt_page_flow_paginate (flow);
  stolt_page_flow_get_page_size (flow, 1, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_stream_cb, stream, width, height);
  if (title != NULL)
    {
      /* cairo fails the whole document on a non-character in a title */
      g_autofree char *clean = stolt_format_clean_text (title);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, clean);
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Stolt");
  add_outline (flow, surface);

  cr = cairo_create (surface);
  for (guint page = 0; page < flow->pages->len; page++)
    {
      stolt_page_flow_get_page_size (flow, page + 1, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      paint_page (flow, cr, page, TRUE);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is cairo's reason, in English */
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
