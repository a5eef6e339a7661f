/* test-timeline-render.c — the painter against reference images
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws small known projects onto image surfaces and compares them with
 * tests/data/timeline-*.png, allowing for small differences in
 * antialiasing.  Text is pinned: DejaVu Sans (fonts-dejavu-core), grey
 * antialiasing, no hinting, no hinted metrics.
 *
 *   STOLT_UPDATE_REFERENCES=1 meson test -C build test-timeline-render
 *
 * writes new references into the source tree instead; look at them
 * before committing.  A failing comparison leaves the image it drew in
 * the build directory, beside the test.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "stolt-timeline-painter.h"
#include "timeline-test-util.h"

/* A pixel differs if a channel is off by more than this … */
#define CHANNEL_TOLERANCE 40
/* … and the images match if no more than this share of pixels differ */
#define PIXEL_TOLERANCE 0.0005

typedef struct
{
  const char        *name;
  StoltPaletteKind   palette;
  int                width, height;
  double             pixels_per_day;   /* 0: fit project */
  int                origin[3];        /* y, m, d */
  double             scroll_y;
  const char        *selected;         /* the title of the selected item */
  gboolean           focus;
  double             text_size;
} Case;

static const Case cases[] = {
  /* Weeks 40 to 43 at day zoom: weekends, short bars, arrows, a late
   * milestone, the selection with keyboard focus */
  { "day-light", STOLT_PALETTE_LIGHT, 900, 420, 32, { 2026, 9, 28 }, 0,
    "Samling 1: visjon og verdier", TRUE, 12 },
  /* November to January at week zoom: week 53, the turn of the year,
   * phases whose bands are out of view, a selected bar cut by the edge */
  { "week-light", STOLT_PALETTE_LIGHT, 900, 420, 12, { 2026, 11, 2 }, 0,
    "Involvere tillitsvalgte", FALSE, 12 },
  /* The whole plan fitted, dark */
  { "fit-dark", STOLT_PALETTE_DARK, 900, 420, 0, { 0, 0, 0 }, 0, NULL, FALSE, 12 },
  /* Month zoom, high contrast, scrolled down a little, keyboard focus */
  { "month-high-contrast", STOLT_PALETTE_HIGH_CONTRAST, 700, 360, 3, { 2026, 8, 1 }, 20,
    "Involvere tillitsvalgte", TRUE, 12 },
  /* Quarter zoom in the print palette at a print size */
  { "quarter-print", STOLT_PALETTE_PRINT, 500, 260, 0.6, { 2026, 6, 1 }, 0, NULL, FALSE, 8 },
};

static gint64
find_title (StoltTimelineIndex *index,
            const char         *title)
{
  for (guint i = 0; title != NULL && i < stolt_timeline_index_get_n_rows (index); i++)
    {
      const StoltTimelineRow *row = stolt_timeline_index_get_row (index, i);

      if (g_str_equal (stolt_record_get_title (row->record), title))
        return row->id;
    }
  return 0;
}

static cairo_surface_t *
draw_case (const Case *c)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  g_autoptr(StoltTimelineText) text = timeline_test_text (c->text_size);
  g_autoptr(StoltTimelineLayout) layout = NULL;
  StoltTimelineViewport viewport = { { 0, 1 }, c->width, c->height, c->scroll_y,
                                     timeline_test_today () };
  StoltTimelineStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;

  stolt_timeline_style_init (&style, text);
  if (c->pixels_per_day > 0)
    stolt_timeline_scale_init (&viewport.scale,
                               YMD (c->origin[0], c->origin[1], c->origin[2]), c->pixels_per_day);
  else
    g_assert_true (stolt_timeline_viewport_fit (&viewport, index));

  layout = stolt_timeline_layout_new (index, &style, &viewport);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, c->width, c->height);
  cr = cairo_create (surface);
  stolt_timeline_paint (cr, layout, stolt_palette_get (c->palette),
                        find_title (index, c->selected), c->focus);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static char *
reference_path (const char *name)
{
  const char *root = g_getenv ("STOLT_SOURCE_ROOT");
  g_autofree char *file = g_strdup_printf ("timeline-%s.png", name);

  g_assert_nonnull (root);
  return g_build_filename (root, "tests", "data", file, NULL);
}

/* The share of pixels that differ by more than the tolerance */
static double
compare (cairo_surface_t *actual,
         cairo_surface_t *expected)
{
  int width = cairo_image_surface_get_width (actual);
  int height = cairo_image_surface_get_height (actual);
  int stride_a = cairo_image_surface_get_stride (actual);
  int stride_e = cairo_image_surface_get_stride (expected);
  const guint8 *a = cairo_image_surface_get_data (actual);
  const guint8 *e = cairo_image_surface_get_data (expected);
  guint differing = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int ch = 0; ch < 3; ch++)  /* blue, green, red; no alpha in RGB24 */
        if (abs (a[y * stride_a + 4 * x + ch] - e[y * stride_e + 4 * x + ch]) > CHANNEL_TOLERANCE)
          {
            differing++;
            break;
          }
  return differing / (double) (width * height);
}

static void
test_reference (gconstpointer data)
{
  const Case *c = data;
  cairo_surface_t *actual = draw_case (c);
  g_autofree char *path = reference_path (c->name);
  cairo_surface_t *expected;
  double share;

  if (g_strcmp0 (g_getenv ("STOLT_UPDATE_REFERENCES"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", path);
      cairo_surface_destroy (actual);
      return;
    }

  expected = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
    g_error ("cannot read %s: %s", path, cairo_status_to_string (cairo_surface_status (expected)));
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, c->width);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, c->height);
  g_assert_cmpint (cairo_image_surface_get_format (expected), ==, CAIRO_FORMAT_RGB24);

  share = compare (actual, expected);
  if (share > PIXEL_TOLERANCE)
    {
      g_autofree char *name = g_strdup_printf ("timeline-%s-actual.png", c->name);
      g_autofree char *out = g_build_filename (g_getenv ("STOLT_BUILD_ROOT"), name, NULL);

      cairo_surface_write_to_png (actual, out);
      g_test_message ("%.2f %% of the pixels differ from %s; this run drew %s",
                      share * 100, path, out);
    }
  g_assert_cmpfloat (share, <=, PIXEL_TOLERANCE);

  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

/* Is the pixel at x, y the today line's red (light palette: #e01b24)? */
static gboolean
is_today_red (cairo_surface_t *surface,
              int              x,
              int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);
  int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  return r > 170 && g < 110 && b < 110;
}

/* Today in the middle of a phase's name: the line passes behind the
 * letters (issue 15), and still shows above and below them */
static void
test_today_behind_phase_label (void)
{
  g_autoptr(StoltProject) project = timeline_test_project ();
  g_autoptr(StoltTimelineIndex) index = stolt_timeline_index_new (project);
  g_autoptr(StoltTimelineText) text = timeline_test_text (12);
  g_autoptr(StoltTimelineLayout) probe = NULL;
  g_autoptr(StoltTimelineLayout) layout = NULL;
  StoltTimelineViewport viewport = { { 0, 1 }, 900, 420, 0, STOLT_DATE_NONE };
  StoltTimelineStyle style;
  const StoltTimelineBox *boxes, *phase = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n;
  int x, red_in_label = 0, red_in_band = 0;

  stolt_timeline_style_init (&style, text);
  g_assert_true (stolt_timeline_viewport_fit (&viewport, index));

  /* Find a phase whose name is on its band, and put today under it */
  probe = stolt_timeline_layout_new (index, &style, &viewport);
  boxes = stolt_timeline_layout_get_boxes (probe, &n);
  for (guint i = 0; i < n && phase == NULL; i++)
    if (boxes[i].kind == STOLT_TIMELINE_ITEM_PHASE && boxes[i].label.width > 40 &&
        (boxes[i].flags & STOLT_TIMELINE_BOX_LABEL_INSIDE))
      phase = &boxes[i];
  if (phase == NULL)
    g_error ("no phase of the test plan has its name on its band");
  viewport.today = stolt_timeline_scale_x_to_day (&viewport.scale,
                                                  phase->label.x + phase->label.width / 2);
  layout = stolt_timeline_layout_new (index, &style, &viewport);
  x = (int) stolt_timeline_layout_get_today_x (layout);
  g_assert_cmpint (x, >, (int) phase->label.x);
  g_assert_cmpint (x, <, (int) (phase->label.x + phase->label.width));

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 420);
  cr = cairo_create (surface);
  stolt_timeline_paint (cr, layout, stolt_palette_get (STOLT_PALETTE_LIGHT), 0, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = (int) phase->shape.y; y < (int) (phase->shape.y + phase->shape.height); y++)
    {
      gboolean in_label = y >= phase->label.y + 1 && y < phase->label.y + phase->label.height - 1;

      if (is_today_red (surface, x, y) || is_today_red (surface, x + 1, y))
        {
          if (in_label)
            red_in_label++;
          else
            red_in_band++;
        }
    }
  g_assert_cmpint (red_in_label, ==, 0);
  /* The check sees the line where there are no letters */
  for (int y = (int) (phase->shape.y + phase->shape.height) + 2; y < 420; y++)
    red_in_band += is_today_red (surface, x, y) || is_today_red (surface, x + 1, y);
  g_assert_cmpint (red_in_band, >, 0);
  cairo_surface_destroy (surface);
}

/* The comparison itself can fail: a moved bar is caught */
static void
test_comparison_sees_changes (void)
{
  cairo_surface_t *a = draw_case (&cases[1]);
  cairo_surface_t *b = draw_case (&cases[1]);
  cairo_t *cr;

  g_assert_cmpfloat (compare (a, b), ==, 0);
  cr = cairo_create (b);
  cairo_set_source_rgb (cr, 0.2, 0.5, 0.9);
  cairo_rectangle (cr, 300, 200, 30, 16);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (b);
  g_assert_cmpfloat (compare (a, b), >, PIXEL_TOLERANCE);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/timeline/render/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_reference);
    }
  g_test_add_func ("/timeline/render/comparison-sees-changes", test_comparison_sees_changes);
  g_test_add_func ("/timeline/render/today-behind-phase-label", test_today_behind_phase_label);
  return g_test_run ();
}
