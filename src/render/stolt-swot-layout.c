/* stolt-swot-layout.c — where everything of a SWOT analysis goes
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything scales with one unit, the base text size, taken from the
 * width: the same analysis looks the same on an A4 page and on a
 * 1600-pixel projector image.  Items are listed heaviest first, then by
 * votes, then in their own order.
 */

#define G_LOG_DOMAIN "stolt-swot-layout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-format.h"
#include "stolt-labels.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-layout.h"
#include "stolt-text.h"

#define DOTS_PER_ROW 5
#define MAX_DOTS     10

static const double scales[] = { 1.0, 0.9, 0.8, 0.7, 0.6 };

/* One thing to list in a box: an item, or a strategy with its items */
typedef struct
{
  gint64      id;
  int         group;     /* quadrant or strategy kind */
  int         weight;
  int         votes;
  guint       position;
  const char *text;
  char       *detail;
} Entry;

typedef struct
{
  StoltSwotLayout *layout;
  PangoContext    *context;
  gboolean         dots;       /* quadrants show votes and weights */
  int              max_votes;
} Filler;

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->detail);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Entry *x = a, *y = b;

  if (x->weight != y->weight)
    return y->weight - x->weight;
  if (x->votes != y->votes)
    return y->votes - x->votes;
  return (int) x->position - (int) y->position;
}

static GArray *
collect_items (StoltSwotAnalysis *analysis)
{
  GListModel *items = stolt_record_get_children (STOLT_RECORD (analysis), 0);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));

  g_array_set_clear_func (entries, entry_clear);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(StoltSwotItem) item = g_list_model_get_item (items, i);
      Entry entry = { stolt_record_get_id (STOLT_RECORD (item)), stolt_swot_item_get_quadrant (item),
                      stolt_swot_item_get_weight (item), stolt_swot_item_total_votes (item), i,
                      stolt_swot_item_get_text (item), NULL };

      /* An item grouped under another shows as part of its lead, whose
       * votes count its members' */
      if (stolt_swot_item_get_cluster (STOLT_SWOT_ITEM (item)) != 0)
        continue;
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_items);
  return entries;
}

static const char *
item_text (GArray *items,
           gint64  id)
{
  for (guint i = 0; i < items->len; i++)
    if (g_array_index (items, Entry, i).id == id)
      return g_array_index (items, Entry, i).text;
  return NULL;
}

static GArray *
collect_strategies (StoltSwotAnalysis *analysis,
                    GArray            *items)
{
  GListModel *strategies = stolt_record_get_children (STOLT_RECORD (analysis), 1);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));

  g_array_set_clear_func (entries, entry_clear);
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(StoltSwotStrategy) strategy = g_list_model_get_item (strategies, i);
      guint n_ids;
      const gint64 *ids = stolt_swot_strategy_get_items (strategy, &n_ids);
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();
      Entry entry = { stolt_record_get_id (STOLT_RECORD (strategy)),
                      stolt_swot_strategy_get_kind (strategy), 0, 0, i,
                      stolt_swot_strategy_get_text (strategy), NULL };

      for (guint k = 0; k < n_ids; k++)
        {
          const char *text = item_text (items, ids[k]);

          if (text != NULL)
            g_ptr_array_add (texts, (gpointer) text);
        }
      if (texts->len > 0)
        {
          g_ptr_array_add (texts, NULL);
          entry.detail = g_strjoinv ("; ", (char **) texts->pdata);
        }
      g_array_append_val (entries, entry);
    }
  return entries;
}

static void
row_free (gpointer data)
{
  StoltSwotRow *row = data;

  g_clear_object (&row->text);
  g_clear_object (&row->detail);
  g_free (row);
}

static void
box_clear (StoltSwotBox *box)
{
  g_clear_object (&box->title);
  g_clear_object (&box->subtitle);
  g_clear_object (&box->more);
  g_clear_pointer (&box->rows, g_ptr_array_unref);
  box->n_hidden = 0;
}

static PangoLayout *
text_layout (Filler     *filler,
             gboolean    bold,
             double      size,
             double      width,
             const char *text)
{
  PangoLayout *layout = stolt_text_layout_new (filler->context, STOLT_SWOT_FONT, bold, size, width);
  g_autofree char *clean = stolt_format_clean_text (text);

  pango_layout_set_text (layout, clean, -1);
  return layout;
}

/* The widths of the columns a quadrant row keeps for weight and dots */
static double
weight_width (Filler *filler,
              double  unit)
{
  return filler->dots && filler->layout->has_weights ? 2.0 * unit : 0;
}

static double
dots_width (Filler *filler,
            double  unit)
{
  if (!filler->dots || filler->max_votes == 0)
    return 0;
  return DOTS_PER_ROW * 0.8 * unit + (filler->max_votes > MAX_DOTS ? 2.4 * unit : 0) + 0.4 * unit;
}

static StoltSwotRow *
make_row (Filler      *filler,
          StoltSwotBox *box,
          const Entry *entry,
          double       unit)
{
  StoltSwotRow *row = g_new0 (StoltSwotRow, 1);
  double pad = filler->layout->pad;
  double inner = box->width - 2 * pad;
  double text_width = inner - weight_width (filler, unit) - dots_width (filler, unit);
  double height;
  guint dot_rows;

  row->id = entry->id;
  row->weight = entry->weight;
  row->votes = entry->votes;
  row->x = box->x + pad;
  row->width = inner;
  row->text_x = row->x + weight_width (filler, unit);
  row->dots_x = row->text_x + text_width + 0.4 * unit;
  row->text = text_layout (filler, FALSE, unit, text_width, entry->text);
  height = stolt_text_height (row->text);
  if (entry->detail != NULL)
    {
      row->detail = text_layout (filler, FALSE, 0.8 * unit, text_width, entry->detail);
      height += 0.2 * unit + stolt_text_height (row->detail);
    }
  dot_rows = entry->votes > MAX_DOTS ? 1 : (MIN (entry->votes, MAX_DOTS) + DOTS_PER_ROW - 1) / DOTS_PER_ROW;
  if (filler->dots)
    height = MAX (height, dot_rows * 0.8 * unit + 0.2 * unit);
  row->height = height;

  return row;
}

/* Lays out @entries of @group in @box at @scale, within @height (G_MAXDOUBLE
 * for "as high as it needs").  Returns the height used. */
static double
fill_box (Filler       *filler,
          StoltSwotBox *box,
          const char   *title,
          const char   *subtitle,
          GArray       *entries,
          int           group,
          double        scale,
          double        height)
{
  double unit = filler->layout->unit * scale;
  double pad = filler->layout->pad;
  double bottom = height == G_MAXDOUBLE ? G_MAXDOUBLE : box->y + height - pad;
  double y, more_height;
  guint n_entries = 0, shown = 0;

  box_clear (box);
  box->scale = scale;
  box->rows = g_ptr_array_new_with_free_func (row_free);
  box->title = text_layout (filler, TRUE, 1.3 * unit, box->width - 2 * pad, title);
  y = box->y + pad + stolt_text_height (box->title);
  if (subtitle != NULL)
    {
      box->subtitle = text_layout (filler, FALSE, 0.8 * unit, box->width - 2 * pad, subtitle);
      y += stolt_text_height (box->subtitle);
    }
  y += 0.5 * unit;
  more_height = 1.4 * unit;

  /* Measure every row first: if they all fit, all are shown; if not,
   * as many as leave room for "+N more" */
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);

      if (entry->group == group)
        g_ptr_array_add (box->rows, make_row (filler, box, entry, unit));
    }
  n_entries = box->rows->len;
  {
    double total = y;

    for (guint i = 0; i < n_entries; i++)
      total += ((StoltSwotRow *) g_ptr_array_index (box->rows, i))->height + (i > 0 ? 0.5 * unit : 0);
    if (total > bottom)
      bottom -= more_height;
  }
  for (shown = 0; shown < n_entries; shown++)
    {
      StoltSwotRow *row = g_ptr_array_index (box->rows, shown);

      if (y + row->height > bottom)
        break;
      row->y = y;
      y += row->height + 0.5 * unit;
    }
  g_ptr_array_set_size (box->rows, shown);

  box->n_hidden = n_entries - shown;
  if (box->n_hidden > 0)
    {
      /* Translators: under a crowded SWOT quadrant or strategy list */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more",
                                                            "+%u more", box->n_hidden),
                                               box->n_hidden);

      box->more = text_layout (filler, TRUE, 0.9 * unit, box->width - 2 * pad, text);
      box->more_y = y;
      y += more_height;
    }
  return y - box->y + pad - (shown > 0 && box->n_hidden == 0 ? 0.5 * unit : 0);
}

/* Smaller text before hiding anything */
static void
fit_box (Filler       *filler,
         StoltSwotBox *box,
         const char   *title,
         const char   *subtitle,
         GArray       *entries,
         int           group,
         double        height)
{
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      fill_box (filler, box, title, subtitle, entries, group, scales[i], height);
      if (box->n_hidden == 0)
        return;
    }
}

static double
natural_height (Filler       *filler,
                StoltSwotBox *box,
                const char   *title,
                const char   *subtitle,
                GArray       *entries,
                int           group)
{
  return fill_box (filler, box, title, subtitle, entries, group, 1.0, G_MAXDOUBLE);
}

static void
place_quadrants (Filler *filler,
                 GArray *items,
                 double  y,
                 double  row_height[2])
{
  StoltSwotLayout *layout = filler->layout;
  double gap = 0.5 * layout->unit;
  double width = (layout->width - gap) / 2;

  filler->dots = TRUE;
  for (int q = 0; q < 4; q++)
    {
      StoltSwotBox *box = &layout->quadrants[q];

      box->x = (q % 2) * (width + gap);
      box->y = y + (q / 2) * (row_height[0] + gap);
      box->width = width;
      box->height = row_height[q / 2];
      fit_box (filler, box, stolt_label_quadrant (q), NULL, items, q, box->height);
    }
}

static double
quadrant_row_natural (Filler *filler,
                      GArray *items,
                      int     row)
{
  StoltSwotLayout *layout = filler->layout;
  double gap = 0.5 * layout->unit;
  double height = 6 * layout->unit;

  filler->dots = TRUE;
  for (int q = 2 * row; q < 2 * row + 2; q++)
    {
      StoltSwotBox *box = &layout->quadrants[q];

      box->x = 0;
      box->y = 0;
      box->width = (layout->width - gap) / 2;
      height = MAX (height, natural_height (filler, box, stolt_label_quadrant (q), NULL, items, q));
    }
  /* A projector image stays about as high as it is wide */
  return MIN (height, 0.5 * layout->width);
}

static void
place_strategies (Filler *filler,
                  GArray *strategies,
                  double  y,
                  double  height,
                  gboolean natural_only,
                  double  *natural)
{
  StoltSwotLayout *layout = filler->layout;
  double gap = 0.5 * layout->unit;
  double width = (layout->width - 3 * gap) / 4;

  filler->dots = FALSE;
  *natural = 0;
  for (int k = 0; k < 4; k++)
    {
      StoltSwotBox *box = &layout->strategies[k];

      box->x = k * (width + gap);
      box->y = y;
      box->width = width;
      box->height = height;
      if (natural_only)
        *natural = MAX (*natural, natural_height (filler, box, stolt_label_strategy (k),
                                                  stolt_label_strategy_description (k),
                                                  strategies, k));
      else
        fit_box (filler, box, stolt_label_strategy (k), stolt_label_strategy_description (k),
                 strategies, k, height);
    }
}

static PangoLayout *
title_layout (Filler            *filler,
              StoltSwotAnalysis *analysis,
              double             width)
{
  g_autofree char *date = stolt_date_format (stolt_swot_analysis_get_date (analysis));
  g_autofree char *clean_title = stolt_format_clean_text (stolt_swot_analysis_get_title (analysis));
  g_autofree char *title = g_markup_escape_text (clean_title, -1);
  g_autofree char *escaped_date = date != NULL ? g_markup_escape_text (date, -1) : NULL;
  g_autofree char *markup = NULL;
  StoltSwotLayout *layout = filler->layout;
  PangoLayout *result = stolt_text_layout_new (filler->context, STOLT_SWOT_FONT, TRUE,
                                               1.6 * layout->unit, width);

  markup = escaped_date != NULL
           ? g_strdup_printf ("%s  <span weight=\"normal\" size=\"70%%\">%s</span>", title,
                              escaped_date)
           : g_strdup (title);
  pango_layout_set_markup (result, markup, -1);
  return result;
}

static void
scan (Filler *filler,
      GArray *items,
      GArray *strategies)
{
  for (guint i = 0; i < items->len; i++)
    {
      const Entry *entry = &g_array_index (items, Entry, i);

      filler->layout->has_weights |= entry->weight > 0;
      filler->max_votes = MAX (filler->max_votes, entry->votes);
    }
  filler->layout->has_strategies = strategies->len > 0;
}

/**
 * stolt_swot_layout_new:
 * @width: in the units of the target (points for PDF, pixels for PNG)
 * @height: the room there is, or 0 to take as much as the analysis needs
 * @flags: STOLT_SWOT_LAYOUT_NO_TITLE to leave out the title (the legend
 *   then has a line of its own)
 */
StoltSwotLayout *
stolt_swot_layout_new (StoltSwotAnalysis *analysis,
                       PangoContext      *context,
                       double               width,
                       double               height,
                       StoltSwotLayoutFlags flags)
{
  StoltSwotLayout *layout = g_new0 (StoltSwotLayout, 1);
  Filler filler = { layout, context };
  g_autoptr(GArray) items = collect_items (analysis);
  g_autoptr(GArray) strategies = collect_strategies (analysis, items);
  double matrix_y, rows[2], strategies_natural = 0, strategies_height = 0, title_height = 0;
  double gap;

  layout->width = width;
  layout->unit = CLAMP (width / 62, 6.0, 60.0);
  layout->pad = 0.8 * layout->unit;
  gap = 0.5 * layout->unit;
  scan (&filler, items, strategies);

  /* Dots and circled numbers mean nothing without a legend: beside the
   * title, or on a line of its own above a figure without one */
  if (layout->has_weights || filler.max_votes > 0)
    {
      gboolean beside_title = (flags & STOLT_SWOT_LAYOUT_NO_TITLE) == 0;

      layout->legend = stolt_text_layout_new (context, STOLT_SWOT_FONT, FALSE, 0.8 * layout->unit,
                                              beside_title ? 0.35 * width : width);
      pango_layout_set_alignment (layout->legend, PANGO_ALIGN_RIGHT);
      pango_layout_set_text (layout->legend,
                             layout->has_weights
                             /* Translators: legend of the SWOT matrix */
                             ? _("Number in a circle: weight · dots: votes")
                             : _("Dots: votes"), -1);
    }
  matrix_y = 0;
  if ((flags & STOLT_SWOT_LAYOUT_NO_TITLE) == 0)
    {
      layout->title = title_layout (&filler, analysis,
                                    layout->legend != NULL ? 0.63 * width : width);
      matrix_y = stolt_text_height (layout->title) + layout->unit;
    }
  else if (layout->legend != NULL)
    matrix_y = stolt_text_height (layout->legend) + 0.4 * layout->unit;
  if (layout->has_strategies)
    {
      layout->strategies_title = stolt_text_layout_new (context, STOLT_SWOT_FONT, TRUE,
                                                        1.3 * layout->unit, width);
      /* Translators: heading above the TOWS strategies (SO, ST, WO, WT) of a SWOT analysis */
      pango_layout_set_text (layout->strategies_title, _("Strategies"), -1);
      title_height = stolt_text_height (layout->strategies_title) + 0.4 * layout->unit;
      place_strategies (&filler, strategies, 0, G_MAXDOUBLE, TRUE, &strategies_natural);
    }

  if (height <= 0)
    {
      rows[0] = quadrant_row_natural (&filler, items, 0);
      rows[1] = quadrant_row_natural (&filler, items, 1);
      strategies_height = strategies_natural;
    }
  else
    {
      double room = height - matrix_y;

      if (layout->has_strategies)
        {
          strategies_height = MIN (strategies_natural, 0.38 * room);
          room -= strategies_height + title_height + layout->unit;
        }
      rows[0] = rows[1] = MAX ((room - gap) / 2, 0);
    }

  place_quadrants (&filler, items, matrix_y, rows);
  layout->strategies_y = matrix_y + rows[0] + gap + rows[1] + layout->unit;
  layout->height = layout->strategies_y;
  if (layout->has_strategies)
    {
      place_strategies (&filler, strategies, layout->strategies_y + title_height,
                        strategies_height, FALSE, &strategies_natural);
      layout->height += title_height + strategies_height;
    }
  else
    layout->height -= layout->unit;
  if (height > 0)
    layout->height = MAX (layout->height, height);

  return layout;
}

void
stolt_swot_layout_free (StoltSwotLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_object (&layout->title);
  g_clear_object (&layout->legend);
  g_clear_object (&layout->strategies_title);
  for (int i = 0; i < 4; i++)
    {
      box_clear (&layout->quadrants[i]);
      box_clear (&layout->strategies[i]);
    }
  g_free (layout);
}
