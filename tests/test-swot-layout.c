/* test-swot-layout.c — the SWOT matrix, checked without drawing
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-labels.h"
#include "stolt-swot-layout.h"
#include "stolt-swot-painter.h"
#include "stolt-test-util.h"
#include "stolt-text.h"

static StoltRecord *
add_item (StoltProject  *project,
          StoltRecord   *analysis,
          StoltQuadrant  quadrant,
          const char    *text,
          int            weight,
          int            votes)
{
  g_autoptr(StoltRecord) item = g_object_new (STOLT_TYPE_SWOT_ITEM, NULL);

  g_assert_true (stolt_project_add (project, analysis, 0, G_MAXUINT, item, NULL));
  g_assert_true (stolt_project_set_text (project, item, "text", text, NULL));
  g_assert_true (stolt_project_set_int (project, item, "quadrant", quadrant, NULL));
  g_assert_true (stolt_project_set_int (project, item, "weight", weight, NULL));
  g_assert_true (stolt_project_set_int (project, item, "votes", votes, NULL));
  return item;
}

static StoltRecord *
new_analysis (StoltProject *project)
{
  g_autoptr(StoltRecord) analysis = g_object_new (STOLT_TYPE_SWOT_ANALYSIS, NULL);

  g_assert_true (stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                                    STOLT_LIST_SWOT_ANALYSES, G_MAXUINT, analysis, NULL));
  g_assert_true (stolt_project_set_text (project, analysis, "title", "SWOT fra samling 1", NULL));
  return analysis;
}

static void
assert_inside (const StoltSwotBox *box)
{
  for (guint i = 0; i < box->rows->len; i++)
    {
      const StoltSwotRow *row = g_ptr_array_index (box->rows, i);

      g_assert_cmpfloat (row->x, >=, box->x);
      g_assert_cmpfloat (row->x + row->width, <=, box->x + box->width + 0.01);
      g_assert_cmpfloat (row->y, >=, box->y);
      g_assert_cmpfloat (row->y + row->height, <=, box->y + box->height + 0.01);
      g_assert_cmpfloat (row->text_x + stolt_text_width (row->text), <=, box->x + box->width);
    }
  if (box->more != NULL)
    g_assert_cmpfloat (box->more_y + stolt_text_height (box->more), <=,
                       box->y + box->height + 0.01);
}

static void
test_quadrants (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltRecord *analysis = new_analysis (project);
  StoltRecord *light, *heavy, *voted;
  PangoContext *context = stolt_text_context_new ();
  g_autoptr(StoltSwotLayout) layout = NULL;

  light = add_item (project, analysis, STOLT_QUADRANT_STRENGTHS, "Korte beslutningsveier", 1, 2);
  heavy = add_item (project, analysis, STOLT_QUADRANT_STRENGTHS, "Engasjerte medarbeidere", 3, 0);
  voted = add_item (project, analysis, STOLT_QUADRANT_STRENGTHS, "Lojale ledere", 1, 9);
  add_item (project, analysis, STOLT_QUADRANT_THREATS, "Pensjonsavganger", 0, 0);

  layout = stolt_swot_layout_new (STOLT_SWOT_ANALYSIS (analysis), context, 1600, 0,
                                   STOLT_SWOT_LAYOUT_DEFAULT);

  /* Titles translated (LANGUAGE=C here: the English source) */
  g_assert_cmpstr (pango_layout_get_text (layout->quadrants[0].title), ==, "Strengths");
  g_assert_cmpstr (pango_layout_get_text (layout->quadrants[1].title), ==, "Weaknesses");
  g_assert_cmpstr (pango_layout_get_text (layout->quadrants[2].title), ==, "Opportunities");
  g_assert_cmpstr (pango_layout_get_text (layout->quadrants[3].title), ==, "Threats");

  /* Heaviest first, then the most votes */
  g_assert_cmpuint (layout->quadrants[0].rows->len, ==, 3);
  g_assert_cmpint (((StoltSwotRow *) g_ptr_array_index (layout->quadrants[0].rows, 0))->id, ==,
                   stolt_record_get_id (heavy));
  g_assert_cmpint (((StoltSwotRow *) g_ptr_array_index (layout->quadrants[0].rows, 1))->id, ==,
                   stolt_record_get_id (voted));
  g_assert_cmpint (((StoltSwotRow *) g_ptr_array_index (layout->quadrants[0].rows, 2))->id, ==,
                   stolt_record_get_id (light));
  g_assert_cmpuint (layout->quadrants[3].rows->len, ==, 1);
  g_assert_cmpuint (layout->quadrants[1].rows->len, ==, 0);

  /* The 2×2 matrix: strengths left of weaknesses, above opportunities */
  g_assert_cmpfloat (layout->quadrants[0].x, <, layout->quadrants[1].x);
  g_assert_cmpfloat (layout->quadrants[0].y, ==, layout->quadrants[1].y);
  g_assert_cmpfloat (layout->quadrants[0].y + layout->quadrants[0].height, <,
                     layout->quadrants[2].y);
  g_assert_cmpfloat (layout->quadrants[1].x + layout->quadrants[1].width, <=, 1600);
  for (int q = 0; q < 4; q++)
    {
      g_assert_cmpuint (layout->quadrants[q].n_hidden, ==, 0);
      g_assert_cmpfloat (layout->quadrants[q].scale, ==, 1.0);
      assert_inside (&layout->quadrants[q]);
    }
  g_assert_true (layout->has_weights);
  g_assert_false (layout->has_strategies);
  g_assert_cmpfloat (layout->height, >, layout->quadrants[3].y + layout->quadrants[3].height - 1);

  g_clear_pointer (&layout, stolt_swot_layout_free);
  g_object_unref (context);
}

/* A figure under the report's own heading still says what the dots and
 * circled numbers mean, above the matrix */
static void
test_legend_without_title (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltRecord *analysis = new_analysis (project);
  PangoContext *context = stolt_text_context_new ();
  g_autoptr(StoltSwotLayout) layout = NULL;

  add_item (project, analysis, STOLT_QUADRANT_WEAKNESSES, "Mange deltidsstillinger", 3, 11);
  layout = stolt_swot_layout_new (STOLT_SWOT_ANALYSIS (analysis), context, 480, 0,
                                   STOLT_SWOT_LAYOUT_NO_TITLE);

  g_assert_null (layout->title);
  g_assert_nonnull (layout->legend);
  g_assert_cmpstr (pango_layout_get_text (layout->legend), ==,
                   "Number in a circle: weight · dots: votes");
  for (int q = 0; q < 4; q++)
    g_assert_cmpfloat (layout->quadrants[q].y, >=, stolt_text_height (layout->legend));

  g_clear_pointer (&layout, stolt_swot_layout_free);
  g_object_unref (context);
}

/* Forty long items in a quadrant of an A4 page: smaller text, then "+N more",
 * nothing outside its box */
static void
test_crowded_quadrant (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltRecord *analysis = new_analysis (project);
  PangoContext *context = stolt_text_context_new ();
  g_autoptr(StoltSwotLayout) layout = NULL;
  const StoltSwotBox *box;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("Punkt %d: mange deltidsstillinger og lite "
                                               "systematisk lederutvikling i virksomhetene", i);

      add_item (project, analysis, STOLT_QUADRANT_WEAKNESSES, text, i % 4, i);
    }
  add_item (project, analysis, STOLT_QUADRANT_STRENGTHS,
            "Ekstremtlangtordutenmellomromsomikkefårplasspåénlinjeiagjennomkvadranten", 0, 0);

  layout = stolt_swot_layout_new (STOLT_SWOT_ANALYSIS (analysis), context, 728, 480,
                                   STOLT_SWOT_LAYOUT_DEFAULT);
  box = &layout->quadrants[STOLT_QUADRANT_WEAKNESSES];

  g_assert_cmpfloat (layout->height, ==, 480);
  g_assert_cmpfloat (box->scale, <, 1.0);
  g_assert_cmpuint (box->n_hidden, >, 0);
  g_assert_cmpuint (box->rows->len + box->n_hidden, ==, 40);
  g_assert_nonnull (box->more);
  g_assert_true (g_str_has_prefix (pango_layout_get_text (box->more), "+"));
  for (int q = 0; q < 4; q++)
    assert_inside (&layout->quadrants[q]);
  g_assert_cmpfloat (layout->quadrants[3].y + layout->quadrants[3].height, <=, 480);

  g_clear_pointer (&layout, stolt_swot_layout_free);
  g_object_unref (context);
}

static void
test_strategies (void)
{
  g_autoptr(StoltProject) project = stolt_test_sample_project ();
  g_autoptr(StoltRecord) analysis = g_list_model_get_item (
    stolt_project_get_list (project, STOLT_LIST_SWOT_ANALYSES), 0);
  PangoContext *context = stolt_text_context_new ();
  g_autoptr(StoltSwotLayout) layout = stolt_swot_layout_new (STOLT_SWOT_ANALYSIS (analysis),
                                                             context, 800, 560,
                                                             STOLT_SWOT_LAYOUT_DEFAULT);
  const StoltSwotBox *so = &layout->strategies[STOLT_STRATEGY_SO];
  const StoltSwotRow *row;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_true (layout->has_strategies);
  g_assert_cmpstr (pango_layout_get_text (so->title), ==, "SO");
  g_assert_cmpuint (so->rows->len, ==, 1);
  row = g_ptr_array_index (so->rows, 0);
  g_assert_cmpstr (pango_layout_get_text (row->text), ==, "Bruk lederne i rekrutteringen");
  g_assert_cmpstr (pango_layout_get_text (row->detail), ==,
                   "Engasjerte ledere; Samarbeid med høgskolen");
  for (int k = 0; k < 4; k++)
    {
      assert_inside (&layout->strategies[k]);
      g_assert_cmpfloat (layout->strategies[k].y, >,
                         layout->quadrants[2].y + layout->quadrants[2].height);
      g_assert_cmpfloat (layout->strategies[k].y + layout->strategies[k].height, <=, 560.01);
    }

  /* And it paints without complaint */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 560);
  cr = cairo_create (surface);
  stolt_swot_paint (cr, layout, stolt_palette_get (STOLT_PALETTE_PRINT));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpfloat (stolt_swot_draw_figure (cr, STOLT_SWOT_ANALYSIS (analysis), 500, 300, FALSE,
                                             stolt_palette_get (STOLT_PALETTE_PRINT)), <=, 300);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_clear_pointer (&layout, stolt_swot_layout_free);
  g_object_unref (context);
}

/* What printed matter adds to the model's labels */
static void
test_labels (void)
{
  g_assert_cmpstr (stolt_label_quadrant (STOLT_QUADRANT_THREATS), ==, "Threats");
  g_assert_cmpstr (stolt_label_status (STOLT_STATUS_IN_PROGRESS, FALSE), ==, "In progress");
  g_assert_cmpstr (stolt_label_status (STOLT_STATUS_PLANNED, TRUE), ==, "Late");
  g_assert_cmpstr (stolt_label_category (99), ==, "");
  g_assert_cmpstr (stolt_label_strategy (STOLT_STRATEGY_WO), ==, "WO");
  g_assert_cmpstr (stolt_label_strategy (7), ==, "");
  for (int k = STOLT_STRATEGY_SO; k <= STOLT_STRATEGY_WT; k++)
    g_assert_cmpstr (stolt_label_strategy_description (k), !=, "");
  for (int g = STOLT_MEMBER_GROUP_PROJECT_GROUP; g <= STOLT_MEMBER_GROUP_OTHER; g++)
    g_assert_cmpstr (stolt_label_member_group (g), !=, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/swot-layout/quadrants", test_quadrants);
  g_test_add_func ("/swot-layout/crowded", test_crowded_quadrant);
  g_test_add_func ("/swot-layout/strategies", test_strategies);
  g_test_add_func ("/swot-layout/labels", test_labels);
  g_test_add_func ("/swot-layout/legend-without-title", test_legend_without_title);

  return g_test_run ();
}
