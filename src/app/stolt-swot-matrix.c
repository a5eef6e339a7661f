/* stolt-swot-matrix.c — the 2×2 SWOT matrix
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Strengths and weaknesses are internal (the top row), opportunities and
 * threats external; strengths and opportunities helpful (the left
 * column), weaknesses and threats harmful.  The matrix listens to the
 * project and tells each quadrant what changed: a change in the list
 * or of an item's quadrant or group re-syncs the lists, a vote or a text
 * updates one row (and its lead's).
 */

#define G_LOG_DOMAIN "stolt-swot"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-swot-edit.h"
#include "stolt-swot-fit.h"
#include "stolt-swot-matrix.h"
#include "stolt-swot-quadrant.h"

struct _StoltSwotMatrix
{
  GtkWidget          parent_instance;

  /* Owned widgets */
  GtkWidget         *overlay;
  GtkWidget         *grid;
  GtkWidget         *quadrants[4];
  GtkWidget         *dots_left;

  /* Owned references */
  StoltProject      *project;
  StoltSwotAnalysis *analysis;
  GSignalGroup      *project_signals;

  gboolean           presenting;
  gboolean           editable;

  /* Presenting: the item text's size in px, and the size it was fitted to */
  int                text_size;
  int                fitted_width;
  int                fitted_height;
  guint              fit_source;
};

G_DEFINE_FINAL_TYPE (StoltSwotMatrix, stolt_swot_matrix, GTK_TYPE_WIDGET)

/* The grid: two columns of quadrants with the axes beside and above them
 * when there is room, one column (the axes' names as headings, helpful
 * and harmful left out) in a narrow window */

#define SPACING 12
#define MIN_COLUMN 260
#define MIN_NARROW_QUADRANT 260

#define STOLT_TYPE_SWOT_GRID (stolt_swot_grid_get_type ())
G_DECLARE_FINAL_TYPE (StoltSwotGrid, stolt_swot_grid, STOLT, SWOT_GRID, GtkWidget)

enum { AXIS_HELPFUL, AXIS_HARMFUL, AXIS_INTERNAL, AXIS_EXTERNAL };

struct _StoltSwotGrid
{
  GtkWidget  parent_instance;

  /* Borrowed: children, unparented in dispose */
  GtkWidget *axes[4];
  GtkWidget *quadrants[4];

  /* Presenting: the height left over goes first to the row whose items
   * need less of it (the height of their rows, measured by the matrix),
   * not half to each; -1 when not known */
  int        need[2];
};

G_DEFINE_FINAL_TYPE (StoltSwotGrid, stolt_swot_grid, GTK_TYPE_WIDGET)

static int
measure_width (GtkWidget *widget,
               gboolean   natural)
{
  int minimum = 0, nat = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &nat, NULL, NULL);
  return natural ? nat : minimum;
}

static int
measure_height (GtkWidget *widget,
                int        width,
                gboolean   natural)
{
  int minimum = 0, nat = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &minimum, &nat, NULL, NULL);
  return natural ? nat : minimum;
}

static int
axis_column (StoltSwotGrid *self)
{
  return MAX (measure_width (self->axes[AXIS_INTERNAL], TRUE),
              measure_width (self->axes[AXIS_EXTERNAL], TRUE));
}

static int
quadrant_width (StoltSwotGrid *self,
                gboolean       natural)
{
  int width = 0;

  for (int q = 0; q < 4; q++)
    width = MAX (width, measure_width (self->quadrants[q], natural));
  return width;
}

/* Two columns need room for two quadrants side by side */
static gboolean
is_wide (StoltSwotGrid *self,
         int            width)
{
  return width >= axis_column (self) + 2 * SPACING + 2 * MAX (quadrant_width (self, FALSE), MIN_COLUMN);
}

/* The heights of the wide grid's rows in @width: the axis row, then the
 * rows of internal and external quadrants at their least */
static void
wide_rows (StoltSwotGrid *self,
           int            width,
           gboolean       natural,
           int           *column,
           int            rows[3])
{
  *column = (width - axis_column (self) - 2 * SPACING) / 2;
  rows[0] = MAX (measure_height (self->axes[AXIS_HELPFUL], *column, natural),
                 measure_height (self->axes[AXIS_HARMFUL], *column, natural));
  for (int r = 0; r < 2; r++)
    rows[1 + r] = MAX (MAX (measure_height (self->quadrants[2 * r], *column, natural),
                            measure_height (self->quadrants[2 * r + 1], *column, natural)),
                       MAX (measure_height (self->axes[AXIS_INTERNAL + r], -1, natural), 0));
}

/* The narrow grid: the internal heading, strengths, weaknesses, the
 * external heading, opportunities, threats */
static GtkWidget *
narrow_child (StoltSwotGrid *self,
              int            i)
{
  static const int order[] = { -1 - AXIS_INTERNAL, 0, 1, -1 - AXIS_EXTERNAL, 2, 3 };

  return order[i] < 0 ? self->axes[-1 - order[i]] : self->quadrants[order[i]];
}

/* A child's height in one column: a quadrant shows a few items at least */
static int
narrow_child_height (StoltSwotGrid *self,
                     int            i,
                     int            width,
                     gboolean       natural)
{
  GtkWidget *child = narrow_child (self, i);
  int height = measure_height (child, width, natural);

  return STOLT_IS_SWOT_QUADRANT (child) ? MAX (height, MIN_NARROW_QUADRANT) : height;
}

static int
narrow_height (StoltSwotGrid *self,
               int            width,
               gboolean       natural)
{
  int height = 5 * SPACING;

  for (int i = 0; i < 6; i++)
    height += narrow_child_height (self, i, width, natural);
  return height;
}

static GtkSizeRequestMode
stolt_swot_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
stolt_swot_grid_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  StoltSwotGrid *self = STOLT_SWOT_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = quadrant_width (self, FALSE);
      for (int a = AXIS_INTERNAL; a <= AXIS_EXTERNAL; a++)
        *minimum = MAX (*minimum, measure_width (self->axes[a], FALSE));
      *natural = MAX (*minimum, axis_column (self) + 2 * SPACING + 2 * quadrant_width (self, TRUE));
      return;
    }

  if (for_size < 0)
    {
      int least;

      stolt_swot_grid_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &least, &for_size, NULL, NULL);
    }
  if (is_wide (self, for_size))
    {
      int column, rows[3];

      wide_rows (self, for_size, FALSE, &column, rows);
      *minimum = rows[0] + rows[1] + rows[2] + 2 * SPACING;
      wide_rows (self, for_size, TRUE, &column, rows);
      *natural = rows[0] + rows[1] + rows[2] + 2 * SPACING;
    }
  else
    {
      *minimum = narrow_height (self, for_size, FALSE);
      *natural = narrow_height (self, for_size, TRUE);
    }
  *natural = MAX (*natural, *minimum);
}

static void
place (GtkWidget *child,
       gboolean   rtl,
       int        width,
       int        x,
       int        y,
       int        w,
       int        h)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { rtl ? width - x - w : x, y, w, h }, -1);
}

/* The height of the row of quadrants @r but its lists', as allocated
 * last (the title and the padding, whatever the text size); -1 before */
static int
row_chrome (StoltSwotGrid *self,
            int            r)
{
  int chrome = -1;

  for (int q = 2 * r; q < 2 * r + 2; q++)
    {
      GtkWidget *list = stolt_swot_quadrant_get_list (STOLT_SWOT_QUADRANT (self->quadrants[q]));
      int height = gtk_widget_get_height (self->quadrants[q]);

      if (height > 0)
        chrome = MAX (chrome, height - gtk_widget_get_height (gtk_widget_get_parent (list)));
    }
  return chrome;
}

/* Adds @extra pixels to the two rows of quadrants: by default half to
 * each; by need, first what the row that needs less wants, then the
 * rest to the other, and what is left after both have theirs half to
 * each */
static void
share_extra (StoltSwotGrid *self,
             int            rows[3],
             int            extra)
{
  int want[2], chrome[2] = { row_chrome (self, 0), row_chrome (self, 1) };
  int small, first;

  if (self->need[0] < 0 || self->need[1] < 0 || chrome[0] < 0 || chrome[1] < 0)
    {
      rows[1] += extra / 2;
      rows[2] += extra - extra / 2;
      return;
    }
  for (int r = 0; r < 2; r++)
    want[r] = MAX (chrome[r] + self->need[r] - rows[1 + r], 0);
  small = want[0] <= want[1] ? 0 : 1;
  first = extra / 2;
  if (want[0] + want[1] <= extra)
    first = want[small] + (extra - want[0] - want[1]) / 2;
  else if (want[small] <= extra / 2)
    first = want[small];
  rows[1 + small] += first;
  rows[2 - small] += extra - first;
}

static void
stolt_swot_grid_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  StoltSwotGrid *self = STOLT_SWOT_GRID (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean wide = is_wide (self, width);

  gtk_widget_set_child_visible (self->axes[AXIS_HELPFUL], wide);
  gtk_widget_set_child_visible (self->axes[AXIS_HARMFUL], wide);
  if (wide)
    {
      int column, rows[3], axis = axis_column (self);
      int extra, x1, x2;

      wide_rows (self, width, FALSE, &column, rows);
      x1 = axis + SPACING;
      x2 = axis + 2 * SPACING + column;
      extra = MAX (height - rows[0] - rows[1] - rows[2] - 2 * SPACING, 0);
      share_extra (self, rows, extra);
      place (self->axes[AXIS_HELPFUL], rtl, width, x1, 0, column, rows[0]);
      place (self->axes[AXIS_HARMFUL], rtl, width, x2, 0, column, rows[0]);
      for (int r = 0; r < 2; r++)
        {
          int y = rows[0] + SPACING + r * (rows[1] + SPACING);

          place (self->axes[AXIS_INTERNAL + r], rtl, width, 0, y, axis, rows[1 + r]);
          place (self->quadrants[2 * r], rtl, width, x1, y, column, rows[1 + r]);
          place (self->quadrants[2 * r + 1], rtl, width, x2, y, column, rows[1 + r]);
        }
    }
  else
    {
      int extra = MAX (height - narrow_height (self, width, FALSE), 0), y = 0;
      int quadrants_left = 4;

      for (int i = 0; i < 6; i++)
        {
          GtkWidget *child = narrow_child (self, i);
          int h = narrow_child_height (self, i, width, FALSE);

          if (STOLT_IS_SWOT_QUADRANT (child))
            {
              int share = extra / quadrants_left--;

              h += share;
              extra -= share;
            }
          place (child, rtl, width, 0, y, width, h);
          y += h + SPACING;
        }
    }
}

static void
stolt_swot_grid_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (stolt_swot_grid_parent_class)->dispose (object);
}

static void
stolt_swot_grid_class_init (StoltSwotGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_swot_grid_dispose;
  widget_class->get_request_mode = stolt_swot_grid_get_request_mode;
  widget_class->measure = stolt_swot_grid_measure;
  widget_class->size_allocate = stolt_swot_grid_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "swot-grid");
}

static void
stolt_swot_grid_init (StoltSwotGrid *self)
{
  self->need[0] = self->need[1] = -1;
}

static gboolean
stolt_swot_grid_is_wide (StoltSwotGrid *self)
{
  return gtk_widget_get_child_visible (self->axes[AXIS_HELPFUL]);
}

enum
{
  PROP_0,
  PROP_PRESENTING,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static StoltSwotQuadrant *
quadrant_widget (StoltSwotMatrix *self,
                 int              quadrant)
{
  return STOLT_SWOT_QUADRANT (self->quadrants[quadrant]);
}

/* Presenting: the largest item text at which every quadrant shows all
 * its items (stolt-swot-fit.c), applied as a CSS class of the matrix
 * (ui/style.css).  Fitted after a layout, when the rows are on screen
 * to measure the rest of a row by, and again after a change of size or
 * of the items. */

static int
fit_row_height_cb (guint    quadrant,
                   guint    index,
                   int      size,
                   gpointer user_data)
{
  gpointer *pass = user_data;
  StoltSwotMatrix *self = pass[0];
  int height = 0;

  stolt_swot_quadrant_measure_row (quadrant_widget (self, quadrant), pass[1], index, size,
                                   &height);
  return height;
}

static void
set_needs (StoltSwotMatrix *self,
           int              top,
           int              bottom)
{
  StoltSwotGrid *grid = STOLT_SWOT_GRID (self->grid);

  if (grid->need[0] == top && grid->need[1] == bottom)
    return;
  grid->need[0] = top;
  grid->need[1] = bottom;
  gtk_widget_queue_allocate (self->grid);
}

static void
set_text_size (StoltSwotMatrix *self,
               int              size)
{
  g_autofree char *old_class = g_strdup_printf ("text-%d", self->text_size);
  g_autofree char *new_class = g_strdup_printf ("text-%d", size);

  gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
  self->text_size = size;
  if (self->presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
}

static void
fit_text_size (StoltSwotMatrix *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  gpointer pass[2] = { self, layout };
  gboolean two_columns = stolt_swot_grid_is_wide (STOLT_SWOT_GRID (self->grid));
  guint n_rows[4];
  int available = 0;
  int probe, size, need[2];

  for (int q = 0; q < 4; q++)
    {
      n_rows[q] = stolt_swot_quadrant_get_n_items (quadrant_widget (self, q));
      /* In two columns a row's lists are as high as each other */
      if (!two_columns || q % 2 == 0)
        available += stolt_swot_quadrant_get_list_height (quadrant_widget (self, q));
      /* A list with items and no row on screen yet: fitted after the next
       * layout, unless it has no room for any (then nothing shows anyway) */
      if (n_rows[q] > 0 &&
          !stolt_swot_quadrant_measure_row (quadrant_widget (self, q), layout, 0,
                                            STOLT_SWOT_FIT_SMALLEST, &probe))
        {
          if (stolt_swot_quadrant_get_list_height (quadrant_widget (self, q)) <= 0)
            continue;
          self->fitted_width = self->fitted_height = 0;
          gtk_widget_queue_allocate (GTK_WIDGET (self));
          return;
        }
    }
  size = stolt_swot_fit_text_size (n_rows, two_columns, available, fit_row_height_cb, pass);
  g_debug ("SWOT text %d px for %d px of lists", size, available);
  if (size != self->text_size)
    set_text_size (self, size);
  /* In one column the matrix scrolls, and the lists share alike */
  if (!two_columns)
    {
      set_needs (self, -1, -1);
      return;
    }
  for (int r = 0; r < 2; r++)
    need[r] = MAX (stolt_swot_fit_rows_height (2 * r, n_rows[2 * r], size, available,
                                               fit_row_height_cb, pass),
                   stolt_swot_fit_rows_height (2 * r + 1, n_rows[2 * r + 1], size, available,
                                               fit_row_height_cb, pass));
  set_needs (self, need[0], need[1]);
}

static gboolean
fit_cb (gpointer user_data)
{
  StoltSwotMatrix *self = user_data;

  self->fit_source = 0;
  if (self->presenting)
    fit_text_size (self);
  return G_SOURCE_REMOVE;
}

static void
queue_fit (StoltSwotMatrix *self)
{
  if (self->presenting && self->fit_source == 0)
    self->fit_source = g_idle_add (fit_cb, self);
}

static void
stolt_swot_matrix_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  gtk_widget_measure (STOLT_SWOT_MATRIX (widget)->overlay, orientation, for_size, minimum,
                      natural, minimum_baseline, natural_baseline);
}

static void
stolt_swot_matrix_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  StoltSwotMatrix *self = STOLT_SWOT_MATRIX (widget);

  gtk_widget_size_allocate (self->overlay, &(GtkAllocation) { 0, 0, width, height }, baseline);
  if (width != self->fitted_width || height != self->fitted_height)
    {
      self->fitted_width = width;
      self->fitted_height = height;
      queue_fit (self);
    }
}

int
stolt_swot_matrix_get_text_size (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), 0);
  return self->text_size;
}

static void
update_dots_left (StoltSwotMatrix *self)
{
  int left = self->analysis != NULL ? stolt_swot_dots_left (self->analysis) : -1;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->dots_left, left >= 0);
  if (left < 0)
    return;
  /* Translators: dot voting, the dots the whole room has not used yet */
  text = g_strdup_printf (ngettext ("%d dot left", "%d dots left", left), left);
  gtk_inscription_set_text (GTK_INSCRIPTION (self->dots_left), text);
  /* On the slide the text is large: about as wide as it is (bold, one
   * character more), so as not to hide the axis heading beside it */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (self->dots_left),
                                 self->presenting ? g_utf8_strlen (text, -1) + 1 : 16);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (self->dots_left),
                                 self->presenting ? g_utf8_strlen (text, -1) + 1 : 20);
}

/* Rows are made and updated by the sync; the rest keep what they show */
static void
sync_all (StoltSwotMatrix *self)
{
  for (int q = 0; q < 4; q++)
    stolt_swot_quadrant_sync (quadrant_widget (self, q));
  update_dots_left (self);
  queue_fit (self);
}

static void
update_item (StoltSwotMatrix *self,
             StoltSwotItem   *item)
{
  gint64 lead = stolt_swot_item_get_cluster (item);

  if (lead != 0)
    item = STOLT_SWOT_ITEM (stolt_project_lookup (self->project, lead));
  if (item != NULL)
    stolt_swot_quadrant_update_item (quadrant_widget (self, stolt_swot_item_get_quadrant (item)),
                                     item);
}

/* An item added or moved in place touches only its own quadrant; a
 * removal (the item is gone, its quadrant unknown here) all four */
static void
children_changed_cb (StoltSwotMatrix *self,
                     StoltRecord     *owner,
                     guint            list,
                     guint            position,
                     guint            removed,
                     guint            added)
{
  g_autoptr(StoltSwotItem) item = NULL;

  if (owner != STOLT_RECORD (self->analysis) || list != 0)
    return;
  if (added == 1 && removed <= 1)
    item = g_list_model_get_item (stolt_record_get_children (owner, 0), position);
  if (item == NULL)
    {
      sync_all (self);
      return;
    }
  stolt_swot_quadrant_sync (quadrant_widget (self, stolt_swot_item_get_quadrant (item)));
  update_dots_left (self);
  queue_fit (self);
}

static void
record_changed_cb (StoltSwotMatrix *self,
                   StoltRecord     *record,
                   const char      *field)
{
  if (self->analysis == NULL)
    return;

  if (record == STOLT_RECORD (self->analysis))
    {
      if (g_str_equal (field, "votes-revealed"))
        for (int q = 0; q < 4; q++)
          stolt_swot_quadrant_update_all (quadrant_widget (self, q));
      update_dots_left (self);
      return;
    }

  if (!STOLT_IS_SWOT_ITEM (record) || stolt_record_get_parent (record) != STOLT_RECORD (self->analysis))
    return;

  if (g_str_equal (field, "quadrant"))
    sync_all (self);
  else if (g_str_equal (field, "cluster"))
    {
      gint64 lead = stolt_swot_item_get_cluster (STOLT_SWOT_ITEM (record));
      StoltRecord *lead_item = lead != 0 ? stolt_project_lookup (self->project, lead) : NULL;

      sync_all (self);
      for (int q = 0; q < 4; q++)
        stolt_swot_quadrant_update_leads (quadrant_widget (self, q),
                                          lead_item != NULL ? STOLT_SWOT_ITEM (lead_item) : NULL);
    }
  else
    update_item (self, STOLT_SWOT_ITEM (record));
  /* A new text or weight may wrap the row anew */
  if (g_str_equal (field, "text") || g_str_equal (field, "weight"))
    queue_fit (self);
  if (g_str_equal (field, "votes"))
    update_dots_left (self);
}

void
stolt_swot_matrix_set_analysis (StoltSwotMatrix   *self,
                                StoltProject      *project,
                                StoltSwotAnalysis *analysis)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  g_set_object (&self->project, project);
  g_set_object (&self->analysis, analysis);
  g_signal_group_set_target (self->project_signals, project);
  for (int q = 0; q < 4; q++)
    stolt_swot_quadrant_set_analysis (quadrant_widget (self, q), project, analysis);
  sync_all (self);
}

StoltSwotAnalysis *
stolt_swot_matrix_get_analysis (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), NULL);
  return self->analysis;
}

GtkWidget *
stolt_swot_matrix_get_quadrant (StoltSwotMatrix *self,
                                StoltQuadrant    quadrant)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), NULL);
  g_return_val_if_fail (quadrant <= STOLT_QUADRANT_THREATS, NULL);
  return self->quadrants[quadrant];
}

gboolean
stolt_swot_matrix_get_presenting (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return self->presenting;
}

void
stolt_swot_matrix_set_presenting (StoltSwotMatrix *self,
                                  gboolean         presenting)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  set_text_size (self, STOLT_SWOT_FIT_LARGEST);
  set_needs (self, -1, -1);
  update_dots_left (self);
  g_clear_handle_id (&self->fit_source, g_source_remove);
  self->fitted_width = self->fitted_height = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  for (int q = 0; q < 4; q++)
    {
      stolt_swot_quadrant_set_presenting (quadrant_widget (self, q), presenting);
      stolt_swot_quadrant_update_all (quadrant_widget (self, q));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

gboolean
stolt_swot_matrix_get_editable (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return self->editable;
}

/* A read-only file: the items show, nothing changes them */
void
stolt_swot_matrix_set_editable (StoltSwotMatrix *self,
                                gboolean         editable)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  for (int q = 0; q < 4; q++)
    gtk_widget_set_sensitive (stolt_swot_quadrant_get_entry (quadrant_widget (self, q)), editable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
stolt_swot_matrix_focus_entry (StoltSwotMatrix *self,
                               StoltQuadrant    quadrant)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return gtk_widget_grab_focus (stolt_swot_quadrant_get_entry (quadrant_widget (self, quadrant)));
}

gboolean
stolt_swot_matrix_focus_item (StoltSwotMatrix *self,
                              StoltSwotItem   *item)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return stolt_swot_quadrant_focus_item (quadrant_widget (self, stolt_swot_item_get_quadrant (item)),
                                         item);
}

/* Drag and drop and the keys end here, so that the focus follows */
gboolean
stolt_swot_matrix_cluster (StoltSwotMatrix *self,
                           StoltSwotItem   *item,
                           StoltSwotItem   *lead)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);

  if (!self->editable || !stolt_swot_cluster_items (self->project, item, lead))
    return FALSE;
  stolt_swot_matrix_focus_item (self, lead);
  return TRUE;
}

void
stolt_swot_matrix_place (StoltSwotMatrix *self,
                         StoltSwotItem   *item,
                         StoltQuadrant    quadrant,
                         StoltSwotItem   *before)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  if (!self->editable || stolt_record_get_parent (STOLT_RECORD (item)) != STOLT_RECORD (self->analysis))
    return;
  stolt_swot_place_item (self->project, item, quadrant, before);
  stolt_swot_matrix_focus_item (self, item);
}

static void
stolt_swot_matrix_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StoltSwotMatrix *self = STOLT_SWOT_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_swot_matrix_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StoltSwotMatrix *self = STOLT_SWOT_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      stolt_swot_matrix_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_EDITABLE:
      stolt_swot_matrix_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_swot_matrix_dispose (GObject *object)
{
  StoltSwotMatrix *self = STOLT_SWOT_MATRIX (object);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_handle_id (&self->fit_source, g_source_remove);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->analysis);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (stolt_swot_matrix_parent_class)->dispose (object);
}

static void
stolt_swot_matrix_class_init (StoltSwotMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_swot_matrix_dispose;
  object_class->get_property = stolt_swot_matrix_get_property;
  object_class->set_property = stolt_swot_matrix_set_property;

  /**
   * StoltSwotMatrix:presenting:
   *
   * For a projector: no editing chrome (sort and item menus), large type:
   * the largest from 28 px down to 18 px at which every item shows.
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->measure = stolt_swot_matrix_measure;
  widget_class->size_allocate = stolt_swot_matrix_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "swot-matrix");
}

static GtkWidget *
axis_label (const char *text,
            gboolean    vertical)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "swot-axis");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (vertical)
    {
      gtk_label_set_max_width_chars (GTK_LABEL (label), 8);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
    }
  return label;
}

static void
stolt_swot_matrix_init (StoltSwotMatrix *self)
{
  StoltSwotGrid *grid;
  GtkWidget *scroller;

  self->editable = TRUE;
  self->text_size = STOLT_SWOT_FIT_LARGEST;
  self->grid = g_object_new (STOLT_TYPE_SWOT_GRID, NULL);
  grid = STOLT_SWOT_GRID (self->grid);

  /* An inscription, not a label: its text changes with every vote, and
   * a label would make the whole matrix measure its items again */
  self->dots_left = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (self->dots_left), 16);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (self->dots_left), 20);
  gtk_widget_add_css_class (self->dots_left, "swot-dots-left");
  gtk_widget_add_css_class (self->dots_left, "heading");
  gtk_widget_set_halign (self->dots_left, GTK_ALIGN_START);
  gtk_widget_set_valign (self->dots_left, GTK_ALIGN_START);
  /* Over the grid, above the axis labels */
  self->overlay = gtk_overlay_new ();
  /* In one column the quadrants are taller than a small window: the
   * matrix scrolls, and each quadrant's list within it */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->grid);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), scroller);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->dots_left);
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));
  /* Translators: the SWOT matrix's axes: strengths and opportunities are
   * helpful, weaknesses and threats harmful */
  grid->axes[AXIS_HELPFUL] = axis_label (_("Helpful"), FALSE);
  grid->axes[AXIS_HARMFUL] = axis_label (_("Harmful"), FALSE);
  /* Translators: the SWOT matrix's axes: strengths and weaknesses come
   * from inside the organisation, opportunities and threats from outside */
  grid->axes[AXIS_INTERNAL] = axis_label (_("Internal"), TRUE);
  grid->axes[AXIS_EXTERNAL] = axis_label (_("External"), TRUE);
  for (int a = 0; a < 4; a++)
    gtk_widget_set_parent (grid->axes[a], self->grid);

  for (int q = 0; q < 4; q++)
    {
      self->quadrants[q] = stolt_swot_quadrant_new (q);
      grid->quadrants[q] = self->quadrants[q];
      gtk_widget_set_parent (self->quadrants[q], self->grid);
    }
  gtk_widget_set_size_request (self->quadrants[0], 200, 160);

  self->project_signals = g_signal_group_new (STOLT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "children-changed",
                                  G_CALLBACK (children_changed_cb), self);
  g_signal_group_connect_swapped (self->project_signals, "record-changed",
                                  G_CALLBACK (record_changed_cb), self);
}

/* Whether the quadrants stand in two columns (FALSE: one, in a narrow window) */
gboolean
stolt_swot_matrix_get_two_columns (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return stolt_swot_grid_is_wide (STOLT_SWOT_GRID (self->grid));
}

GtkWidget *
stolt_swot_matrix_new (void)
{
  return g_object_new (STOLT_TYPE_SWOT_MATRIX, NULL);
}
