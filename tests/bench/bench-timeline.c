/* bench-timeline.c — how long one timeline viewport takes to lay out and draw
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a project of 20 000 timeline items (40 phases, 4 000 milestones,
 * 15 960 activities in chained packages with finish-to-start
 * predecessors, over eight years) the way the loader does, and prints
 * the median of many runs of:
 *
 *   - building the timeline index, and rebuilding it after one date edit;
 *   - laying out and drawing one 1280×800 viewport onto an image surface,
 *     at each named zoom and at "fit project", at the start, the middle
 *     and the end of the plan (rows and dates together, as a user
 *     scrolling there sees them);
 *   - scrolling: successive viewports three rows apart, so that every
 *     frame meets titles it has not measured yet.
 *
 * The DESIGN.md budget (4 ms a viewport) is printed beside the numbers;
 * the exit status does not depend on it: this is a benchmark, not a
 * timed test.
 *
 * With --file, the project is a Stolt file instead (`make bench` passes
 * the plans it converted from GNOME Planner files).
 *
 *   bench-timeline [--runs=N] [--items=N] [--frames=N] [--file=FILE.stolt]
 */

#define G_LOG_DOMAIN "bench-timeline"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "stolt-date.h"
#include "stolt-project.h"
#include "stolt-project-builder.h"
#include "stolt-storage.h"
#include "stolt-timeline-painter.h"

#define VIEWPORT_BUDGET_MS 4.0
#define WIDTH 1280
#define HEIGHT 800
#define N_PHASES 40

static const char *const verbs[] = {
  "Kartlegge", "Planlegge", "Gjennomføre", "Evaluere", "Forankre", "Informere om",
  "Utarbeide", "Kartlägga", "Genomföra", "Utvärdera", "Förankra", "Ta fram",
};

static const char *const objects[] = {
  "kompetansebehov i hjemmetjenesten", "rekrutteringsplan for sykepleiere",
  "medarbeidersamtaler", "lederopplæring", "heltidskultur", "seniorpolitikk",
  "lærlingordningen", "turnus i omsorgssektoren", "kompetensförsörjning inom äldreomsorgen",
  "introduktion för nyanställda", "arbetsmiljöenkät", "chefsutveckling",
  "lönekartläggning", "friskvårdsbidrag", "språkstöd för medarbetare", "avgångssamtal",
};

#define PICK(array, i) ((array)[(guint) (i) % G_N_ELEMENTS (array)])

/* Building the project with a StoltProjectBuilder, as
 * src/storage/stolt-loader.c does */

typedef struct
{
  StoltProjectBuilder *builder;
  GPtrArray           *phases, *milestones, *activities;  /* borrowed from @builder */
  GRand               *rand;
} Builder;

static StoltRecord *
new_record (Builder *b,
            GType    type)
{
  return stolt_project_builder_add (b->builder, type, 0);
}

static void
init_value (Builder      *b,
            StoltRecord  *record,
            const char   *name,
            const GValue *value)
{
  const StoltField *field = stolt_record_find_field (record, name);
  g_autoptr(GError) error = NULL;

  g_assert (field != NULL);
  if (!stolt_project_builder_set (b->builder, record, field, value, &error))
    g_error ("the generated %s does not fit: %s", name, error->message);
}

static void
init_text (Builder     *b,
           StoltRecord *record,
           const char  *name,
           const char  *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  init_value (b, record, name, &value);
}

static void
init_date (Builder     *b,
           StoltRecord *record,
           const char  *name,
           guint32      day)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, day);
  init_value (b, record, name, &value);
}

static void
init_int (Builder     *b,
          StoltRecord *record,
          const char  *name,
          int          number)
{
  const StoltField *field = stolt_record_find_field (record, name);
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->kind == STOLT_FIELD_ENUM)
    {
      g_value_init (&value, field->enum_type ());
      g_value_set_enum (&value, number);
    }
  else
    {
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, number);
    }
  init_value (b, record, name, &value);
}

static void
init_ref (Builder     *b,
          StoltRecord *record,
          const char  *name,
          gint64       id)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, id);
  init_value (b, record, name, &value);
}

static void
init_refs (Builder      *b,
           StoltRecord  *record,
           const char   *name,
           const gint64 *ids,
           guint         n_ids)
{
  g_autoptr(GArray) array = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GValue) value = G_VALUE_INIT;

  g_array_append_vals (array, ids, n_ids);
  g_value_init (&value, G_TYPE_ARRAY);
  g_value_set_boxed (&value, array);
  init_value (b, record, name, &value);
}

static void
add_phase (Builder *b,
           guint    i)
{
  StoltRecord *phase = new_record (b, STOLT_TYPE_PHASE);
  g_autofree char *title = g_strdup_printf ("Fase %u: %s", i + 1, PICK (verbs, i));

  init_text (b, phase, "title", title);
  g_ptr_array_add (b->phases, phase);
}

static void
add_milestone (Builder *b,
               guint    i,
               guint32  day,
               gint64   phase)
{
  StoltRecord *milestone = new_record (b, STOLT_TYPE_MILESTONE);
  g_autofree char *title = g_strdup_printf ("%s %s klart", PICK (verbs, i + 3), PICK (objects, i));

  init_text (b, milestone, "title", title);
  init_date (b, milestone, "date", day);
  init_int (b, milestone, "status", i % 3);
  init_ref (b, milestone, "phase", phase);
  g_ptr_array_add (b->milestones, milestone);
}

/* Packages of ten chained activities; each package follows the one before */
static void
add_activity (Builder *b,
              guint    i,
              guint    position,
              guint32  day,
              gint64   phase)
{
  StoltRecord *activity = new_record (b, STOLT_TYPE_ACTIVITY);
  g_autofree char *title = g_strdup_printf ("%s %s", PICK (verbs, i), PICK (objects, i / 3));
  guint step = position % 10;
  gint64 ids[2];
  guint n_ids = 0;

  init_text (b, activity, "title", title);
  init_date (b, activity, "start-date", day);
  init_date (b, activity, "end-date", day + g_rand_int_range (b->rand, 0, 20));
  init_int (b, activity, "progress", (i * 10) % 110);
  init_ref (b, activity, "phase", phase);
  if (step > 0)
    ids[n_ids++] = stolt_record_get_id (g_ptr_array_index (b->activities, i - 1));
  else if (position >= 10)
    ids[n_ids++] = stolt_record_get_id (g_ptr_array_index (b->activities, i - 10));
  if (step >= 3 && i % 4 == 0)
    ids[n_ids++] = stolt_record_get_id (g_ptr_array_index (b->activities, i - 3));
  if (n_ids > 0)
    init_refs (b, activity, "predecessors", ids, n_ids);
  g_ptr_array_add (b->activities, activity);
}

static StoltProject *
build_project (guint n_items)
{
  Builder b = { stolt_project_builder_new (), g_ptr_array_new (), g_ptr_array_new (),
                g_ptr_array_new (), g_rand_new_with_seed (20000) };
  StoltRecord *card = new_record (&b, STOLT_TYPE_PROJECT_CARD);
  guint32 start = stolt_date_from_ymd (2024, 1, 8), end = stolt_date_from_ymd (2031, 12, 19);
  guint n_milestones = n_items / 5, n_activities = n_items - N_PHASES - n_milestones;
  guint phase_days = (end - start) / N_PHASES;
  g_autoptr(GError) error = NULL;
  StoltProject *project;

  init_text (&b, card, "title", "Arbeidsgiverstrategi 2024–2031");
  init_date (&b, card, "start-date", start);
  init_date (&b, card, "end-date", end);

  for (guint i = 0; i < N_PHASES; i++)
    add_phase (&b, i);
  for (guint i = 0; i < n_milestones; i++)
    {
      guint phase = i * N_PHASES / n_milestones;

      add_milestone (&b, i, start + phase * phase_days + g_rand_int_range (b.rand, 0, phase_days),
                     stolt_record_get_id (g_ptr_array_index (b.phases, phase)));
    }
  for (guint i = 0, first = 0, phase = 0; i < n_activities; i++)
    {
      guint this_phase = (guint) ((guint64) i * N_PHASES / n_activities);
      guint position;

      if (this_phase != phase)
        phase = this_phase, first = i;
      position = i - first;
      add_activity (&b, i, position,
                    start + phase * phase_days + (position / 10 * 3 + position % 10) % phase_days,
                    stolt_record_get_id (g_ptr_array_index (b.phases, phase)));
    }

  stolt_project_builder_append (b.builder, card, STOLT_LIST_PHASES,
                                (StoltRecord **) b.phases->pdata, b.phases->len);
  stolt_project_builder_append (b.builder, card, STOLT_LIST_MILESTONES,
                                (StoltRecord **) b.milestones->pdata, b.milestones->len);
  stolt_project_builder_append (b.builder, card, STOLT_LIST_ACTIVITIES,
                                (StoltRecord **) b.activities->pdata, b.activities->len);
  project = stolt_project_builder_finish (b.builder, &error);
  if (project == NULL)
    g_error ("the generated project does not hold together: %s", error->message);

  stolt_project_builder_free (b.builder);
  g_ptr_array_unref (b.phases);
  g_ptr_array_unref (b.milestones);
  g_ptr_array_unref (b.activities);
  g_rand_free (b.rand);
  return project;
}

/* Measuring */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *samples,
        guint   n)
{
  qsort (samples, n, sizeof *samples, compare_doubles);
  return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
}

static void
report (const char *name,
        double      value,
        double      budget,
        const char *extra)
{
  if (budget > 0)
    printf ("%-44s %7.3f ms  (budget %.0f ms, %s)%s\n", name, value, budget,
            value < budget ? "within budget" : "OVER budget", extra);
  else
    printf ("%-44s %7.3f ms%s\n", name, value, extra);
  fflush (stdout);
}

typedef struct
{
  StoltProject       *project;
  StoltTimelineIndex *index;
  StoltTimelineText  *text;
  StoltTimelineStyle  style;
  cairo_surface_t    *surface;
  cairo_t            *cr;
  guint               runs;
  guint               frames;
} Bench;

/* One frame: lay out, draw, free */
static double
draw_viewport (Bench                       *self,
               const StoltTimelineViewport *viewport,
               double                      *layout_ms,
               guint                       *n_boxes,
               guint                       *n_arrows)
{
  StoltTimelineLayout *layout;
  double t0 = now_ms (), t1;

  layout = stolt_timeline_layout_new (self->index, &self->style, viewport);
  t1 = now_ms ();
  stolt_timeline_paint (self->cr, layout, stolt_palette_get (STOLT_PALETTE_LIGHT), 0, FALSE);
  cairo_surface_flush (self->surface);
  if (n_boxes != NULL)
    stolt_timeline_layout_get_boxes (layout, n_boxes);
  if (n_arrows != NULL)
    stolt_timeline_layout_get_arrows (layout, n_arrows);
  stolt_timeline_layout_free (layout);
  if (layout_ms != NULL)
    *layout_ms = t1 - t0;
  return now_ms () - t0;
}

/* A viewport showing the rows around @fraction of the plan, with the
 * dates of those rows in view (as after scrolling there) */
static StoltTimelineViewport
viewport_at (Bench  *self,
             double  pixels_per_day,
             double  fraction)
{
  StoltTimelineViewport viewport = { { 0, 1 }, WIDTH, HEIGHT, 0, stolt_date_from_ymd (2027, 6, 1) };
  double body = HEIGHT - stolt_timeline_style_get_header_height (&self->style);
  double content = stolt_timeline_style_get_content_height (&self->style, self->index);
  guint row;

  viewport.scroll_y = CLAMP (fraction * content - body / 2, 0, MAX (content - body, 0));
  row = (guint) (viewport.scroll_y / self->style.row_height) + 2;
  row = MIN (row, stolt_timeline_index_get_n_rows (self->index) - 1);
  if (pixels_per_day > 0)
    stolt_timeline_scale_init (&viewport.scale,
                               stolt_timeline_index_get_row (self->index, row)->start - 3,
                               pixels_per_day);
  else
    stolt_timeline_viewport_fit (&viewport, self->index);
  return viewport;
}

static void
measure_viewports (Bench *self)
{
  static const struct
  {
    const char *name;
    int         zoom;   /* -1: fit project */
  } zooms[] = {
    { "day", STOLT_TIMELINE_ZOOM_DAY }, { "week", STOLT_TIMELINE_ZOOM_WEEK },
    { "month", STOLT_TIMELINE_ZOOM_MONTH }, { "quarter", STOLT_TIMELINE_ZOOM_QUARTER },
    { "year", STOLT_TIMELINE_ZOOM_YEAR }, { "fit project", -1 },
  };
  static const struct
  {
    const char *name;
    double      fraction;
  } places[] = { { "start", 0.0 }, { "middle", 0.5 }, { "end", 1.0 } };
  g_autofree double *samples = g_new (double, self->runs);
  g_autofree double *layouts = g_new (double, self->runs);
  double worst = 0;

  printf ("\none %dx%d viewport, laid out and drawn (median of %u):\n", WIDTH, HEIGHT, self->runs);
  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    for (guint p = 0; p < G_N_ELEMENTS (places); p++)
      {
        double ppd = zooms[z].zoom >= 0 ? stolt_timeline_zoom_get_pixels_per_day (zooms[z].zoom)
                                        : 0;
        StoltTimelineViewport viewport = viewport_at (self, ppd, places[p].fraction);
        g_autofree char *name = g_strdup_printf ("%s, %s", zooms[z].name, places[p].name);
        g_autofree char *extra = NULL;
        guint n_boxes = 0, n_arrows = 0;
        double value;

        draw_viewport (self, &viewport, NULL, NULL, NULL);  /* warm the text cache */
        for (guint run = 0; run < self->runs; run++)
          samples[run] = draw_viewport (self, &viewport, &layouts[run], &n_boxes, &n_arrows);
        value = median (samples, self->runs);
        extra = g_strdup_printf ("  layout %.3f ms; %u items, %u arrows", median (layouts, self->runs),
                                 n_boxes, n_arrows);
        report (name, value, VIEWPORT_BUDGET_MS, extra);
        worst = MAX (worst, value);
      }
  report ("slowest viewport", worst, VIEWPORT_BUDGET_MS, "");
}

/* Scrolling down from a third of the way at week zoom, three rows a
 * frame, the dates following the rows: each frame meets new titles */
static void
measure_scrolling (Bench *self)
{
  guint n_frames = self->frames;
  g_autofree double *samples = g_new (double, n_frames);
  double ppd = stolt_timeline_zoom_get_pixels_per_day (STOLT_TIMELINE_ZOOM_WEEK);
  double content = stolt_timeline_style_get_content_height (&self->style, self->index);
  guint n_boxes = 0, fewest = G_MAXUINT;

  for (guint frame = 0; frame < n_frames; frame++)
    {
      double fraction = 0.3 + frame * 3 * self->style.row_height / content;
      StoltTimelineViewport viewport = viewport_at (self, ppd, fraction);

      samples[frame] = draw_viewport (self, &viewport, NULL, &n_boxes, NULL);
      fewest = MIN (fewest, n_boxes);
    }
  printf ("\n(scrolling: at least %u items in every frame)\n", fewest);
  printf ("\n");
  report ("scrolling, week zoom, 3 rows a frame", median (samples, n_frames), VIEWPORT_BUDGET_MS,
          "");
  qsort (samples, n_frames, sizeof *samples, compare_doubles);
  report ("  its slowest frame", samples[n_frames - 1], 0, "");
}

static void
measure_index (Bench *self)
{
  g_autofree double *samples = g_new (double, self->runs);
  StoltRecord *edited;
  guint row;

  for (guint run = 0; run < self->runs; run++)
    {
      double t0 = now_ms ();
      StoltTimelineIndex *index = stolt_timeline_index_new (self->project);

      samples[run] = now_ms () - t0;
      stolt_timeline_index_unref (index);
    }
  report ("index build (stolt_timeline_index_new)", median (samples, self->runs), 0, "");

  for (guint run = 0; run < self->runs; run++)
    {
      double t0 = now_ms ();

      stolt_timeline_index_rebuild (self->index);
      samples[run] = now_ms () - t0;
    }
  report ("index rebuild (stolt_timeline_index_rebuild)", median (samples, self->runs), 0, "");

  /* One date edit in the middle, as a drag would end */
  row = stolt_timeline_index_get_n_rows (self->index) / 2;
  while (stolt_timeline_index_get_row (self->index, row)->kind != STOLT_TIMELINE_ITEM_ACTIVITY)
    row++;
  edited = g_object_ref (stolt_timeline_index_get_row (self->index, row)->record);
  for (guint run = 0; run < self->runs; run++)
    {
      guint32 day = stolt_activity_get_start_date (STOLT_ACTIVITY (edited));
      g_autoptr(GError) error = NULL;
      double t0;

      if (!stolt_project_set_date (self->project, edited, "start-date",
                                   run % 2 == 0 ? day - 1 : day + 1, &error))
        g_error ("edit: %s", error->message);
      t0 = now_ms ();
      stolt_timeline_index_update (self->index, edited, "start-date");
      samples[run] = now_ms () - t0;
    }
  g_object_unref (edited);
  report ("index update after a date edit", median (samples, self->runs), 0, "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int runs = 31, items = 20000, frames = 200;
  Bench self = { 0 };
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (median)", "N" },
    { "items", 'i', 0, G_OPTION_ARG_INT, &items, "Timeline items in the project", "N" },
    { "frames", 'f', 0, G_OPTION_ARG_INT, &frames, "Frames of scrolling", "N" },
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &path, "Load the project from a Stolt file", "FILE" },
    { NULL }
  };
  double t0;

  context = g_option_context_new ("— time the timeline's layout and painter");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || items < 200 ||
      frames < 1)
    {
      g_printerr ("bench-timeline: %s\n", error != NULL ? error->message : "bad --runs or --items");
      return 2;
    }
  self.runs = (guint) runs;
  self.frames = (guint) frames;

  t0 = now_ms ();
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      self.project = stolt_storage_load (file, &error);
      if (self.project == NULL)
        {
          g_printerr ("bench-timeline: %s\n", error->message);
          return 1;
        }
    }
  else
    {
      self.project = build_project ((guint) items);
    }
  printf ("bench-timeline: %u records, median of %u runs\n",
          stolt_project_get_n_records (self.project), self.runs);
  printf ("build the project (not measured): %.0f ms\n", now_ms () - t0);

  self.index = stolt_timeline_index_new (self.project);
  printf ("rows: %u, arrows: %u\n\n", stolt_timeline_index_get_n_rows (self.index),
          stolt_timeline_index_get_n_links (self.index));
  self.text = stolt_timeline_text_new ("DejaVu Sans", 12, NULL);
  stolt_timeline_style_init (&self.style, self.text);
  self.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  self.cr = cairo_create (self.surface);

  measure_index (&self);
  measure_viewports (&self);
  measure_scrolling (&self);

  cairo_destroy (self.cr);
  cairo_surface_destroy (self.surface);
  stolt_timeline_text_unref (self.text);
  stolt_timeline_index_unref (self.index);
  g_object_unref (self.project);
  return 0;
}
