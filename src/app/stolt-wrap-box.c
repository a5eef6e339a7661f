/* stolt-wrap-box.c — a row of controls that wraps onto more lines
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each child is given its natural width, or the whole line if that is
 * less; a child that does not fit after the others starts a new line.
 * A line is as high as its highest child, and the room left on a line
 * goes to its children that expand.
 */

#define G_LOG_DOMAIN "stolt-wrap-box"

#include "config.h"

#include "stolt-wrap-box.h"

struct _StoltWrapBox
{
  GtkWidget parent_instance;

  int       spacing;        /* between children and between lines */
  guint     n_lines;        /* at the last allocation */
  guint     max_per_line;   /* 0: as many as fit */
  gboolean  homogeneous;    /* a full line's children are as wide */
};

static void stolt_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StoltWrapBox, stolt_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      stolt_wrap_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static int
child_width (GtkWidget *child,
             int        available)
{
  int natural = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return MIN (natural, available);
}

static int
child_height (GtkWidget *child,
              int        width,
              gboolean   natural)
{
  int minimum = 0, nat = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &nat, NULL, NULL);
  return natural ? nat : minimum;
}

/* The widths of the children of one line, from @first up to @end */
static void
line_widths (StoltWrapBox *self,
             GtkWidget    *first,
             GtkWidget    *end,
             int           n,
             int           used,
             int           width,
             int          *widths)
{
  int extra = MAX (width - used, 0), expanders = 0, i = 0;
  GtkWidget *child;

  for (child = first; child != end; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      expanders += gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);

  for (child = first; child != end; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      {
        int w = child_width (child, width);

        if (self->homogeneous && n == (int) self->max_per_line)
          w = MAX (w, (width - (n - 1) * self->spacing) / n);
        else if (expanders > 0 && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
          {
            int share = extra / expanders;

            w += share;
            extra -= share;
            expanders--;
          }
        widths[i++] = w;
      }
}

/* Lays the children out in @width; with @allocate it also places them.
 * Returns the height the lines take. */
static int
lay_out (StoltWrapBox *self,
         int           width,
         gboolean      natural,
         gboolean      allocate)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  g_autofree int *widths = NULL;
  int y = 0, n_children = 0;
  guint lines = 0;

  for (GtkWidget *c = child; c != NULL; c = gtk_widget_get_next_sibling (c))
    n_children++;
  widths = g_new0 (int, MAX (n_children, 1));

  while (child != NULL)
    {
      GtkWidget *first = child, *end;
      int used = 0, height = 0, x = 0, n = 0, i;

      /* Which children fit on this line */
      for (end = child; end != NULL; end = gtk_widget_get_next_sibling (end))
        {
          int w;

          if (!gtk_widget_get_visible (end))
            continue;
          if (self->max_per_line > 0 && n == (int) self->max_per_line)
            break;
          w = child_width (end, width);
          if (n > 0 && used + self->spacing + w > width)
            break;
          used += (n > 0 ? self->spacing : 0) + w;
          n++;
        }
      if (n == 0)
        break;
      line_widths (self, first, end, n, used, width, widths);

      for (child = first, i = 0; child != end; child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_get_visible (child))
          {
            int h = child_height (child, widths[i++], natural);

            height = MAX (height, h);
          }

      if (lines > 0)
        y += self->spacing;
      if (allocate)
        for (child = first, i = 0; child != end; child = gtk_widget_get_next_sibling (child))
          if (gtk_widget_get_visible (child))
            {
              int w = widths[i++];

              gtk_widget_size_allocate (child,
                                        &(GtkAllocation) { rtl ? width - x - w : x, y, w, height },
                                        -1);
              x += w + self->spacing;
            }

      y += height;
      lines++;
      child = end;
    }

  if (allocate)
    self->n_lines = lines;
  return y;
}

static GtkSizeRequestMode
stolt_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
stolt_wrap_box_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  StoltWrapBox *self = STOLT_WRAP_BOX (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int n = 0, line = 0;

      /* Natural: all on one line, or the widest line of max_per_line */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_get_visible (child))
          {
            int child_min = 0, child_nat = 0;

            gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
            *minimum = MAX (*minimum, child_min);
            if (self->max_per_line > 0 && n == (int) self->max_per_line)
              n = line = 0;
            line += (n++ > 0 ? self->spacing : 0) + child_nat;
            *natural = MAX (*natural, line);
          }
      return;
    }

  if (for_size < 0)
    {
      int least;

      stolt_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &least, &for_size, NULL, NULL);
    }
  *minimum = lay_out (self, for_size, FALSE, FALSE);
  *natural = lay_out (self, for_size, TRUE, FALSE);
}

static void
stolt_wrap_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  lay_out (STOLT_WRAP_BOX (widget), width, FALSE, TRUE);
}

static void
stolt_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (stolt_wrap_box_parent_class)->dispose (object);
}

static void
stolt_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                    GtkBuilder   *builder,
                                    GObject      *child,
                                    const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    stolt_wrap_box_append (STOLT_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
stolt_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = stolt_wrap_box_buildable_add_child;
}

static void
stolt_wrap_box_class_init (StoltWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_wrap_box_dispose;
  widget_class->get_request_mode = stolt_wrap_box_get_request_mode;
  widget_class->measure = stolt_wrap_box_measure;
  widget_class->size_allocate = stolt_wrap_box_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "wrapbox");
}

static void
stolt_wrap_box_init (StoltWrapBox *self)
{
  /* A toolbar's spacing, for one made by GtkBuilder */
  self->spacing = 6;
}

GtkWidget *
stolt_wrap_box_new (int spacing)
{
  StoltWrapBox *self = g_object_new (STOLT_TYPE_WRAP_BOX, NULL);

  self->spacing = MAX (spacing, 0);
  return GTK_WIDGET (self);
}

void
stolt_wrap_box_append (StoltWrapBox *self,
                       GtkWidget    *child)
{
  g_return_if_fail (STOLT_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

/* How many lines the children took at the last allocation */
guint
stolt_wrap_box_get_n_lines (StoltWrapBox *self)
{
  g_return_val_if_fail (STOLT_IS_WRAP_BOX (self), 0);
  return self->n_lines;
}

/* At most @max children a line (0: as many as fit); with @homogeneous,
 * the children of a full line are given the same width */
void
stolt_wrap_box_set_max_per_line (StoltWrapBox *self,
                                 guint         max,
                                 gboolean      homogeneous)
{
  g_return_if_fail (STOLT_IS_WRAP_BOX (self));

  self->max_per_line = max;
  self->homogeneous = homogeneous;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
