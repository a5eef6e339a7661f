/* stolt-wrap-box.c — a row of buttons that wraps onto more lines when narrow
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like a horizontal GtkBox of children at their natural width, but a
 * child that does not fit on the line goes to the start of the next
 * (issue 14: the values editor's formatting toolbar in a 360 px window).
 * The children stay in order, so Tab and a screen reader meet them as in
 * a box; unlike GtkFlowBox there is no wrapper around each to focus.
 */

#define G_LOG_DOMAIN "stolt-wrap-box"

#include "config.h"

#include "stolt-wrap-box.h"

struct _StoltWrapBox
{
  GtkWidget parent_instance;

  int       spacing;    /* between children and between lines */
  guint     n_lines;    /* as last allocated */
};

G_DEFINE_FINAL_TYPE (StoltWrapBox, stolt_wrap_box, GTK_TYPE_WIDGET)

static int
child_width (GtkWidget *child,
             int        available)
{
  int minimum = 0, natural = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return CLAMP (natural, minimum, MAX (minimum, available));
}

static int
child_height (GtkWidget *child,
              int        width)
{
  int minimum = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Lays the children out in @width, allocating them if @allocate; returns
 * the height used, and the number of lines in @n_lines */
static int
layout (StoltWrapBox *self,
        int           width,
        gboolean      allocate,
        guint        *n_lines)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GtkWidget *line_start = NULL;
  int x = 0, y = 0, line_height = 0;
  guint lines = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); ; )
    {
      int w = 0;

      while (child != NULL && !gtk_widget_should_layout (child))
        child = gtk_widget_get_next_sibling (child);
      if (child != NULL)
        w = child_width (child, width);

      /* The line is full (or the children are done): place it */
      if (line_start != NULL && (child == NULL || x + w > width))
        {
          int cx = 0;

          for (GtkWidget *placed = line_start; placed != child;
               placed = gtk_widget_get_next_sibling (placed))
            {
              int pw;

              if (!gtk_widget_should_layout (placed))
                continue;
              pw = child_width (placed, width);
              if (allocate)
                gtk_widget_size_allocate (placed,
                                          &(GtkAllocation) { rtl ? width - cx - pw : cx, y,
                                                             pw, line_height }, -1);
              cx += pw + self->spacing;
            }
          y += line_height + self->spacing;
          lines++;
          line_start = NULL;
          x = line_height = 0;
        }
      if (child == NULL)
        break;

      if (line_start == NULL)
        line_start = child;
      line_height = MAX (line_height, child_height (child, w));
      x += w + self->spacing;
      child = gtk_widget_get_next_sibling (child);
    }

  if (n_lines != NULL)
    *n_lines = lines;
  return lines > 0 ? y - self->spacing : 0;
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
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      /* Unknown width: as tall as one child per line */
      *minimum = *natural = layout (self, for_size >= 0 ? for_size : 0, FALSE, NULL);
      return;
    }

  /* As narrow as the widest child; naturally one line */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural += (*natural > 0 ? self->spacing : 0) + child_nat;
    }
}

static GtkSizeRequestMode
stolt_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
stolt_wrap_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  StoltWrapBox *self = STOLT_WRAP_BOX (widget);

  layout (self, width, TRUE, &self->n_lines);
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
stolt_wrap_box_class_init (StoltWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_wrap_box_dispose;
  widget_class->measure = stolt_wrap_box_measure;
  widget_class->size_allocate = stolt_wrap_box_size_allocate;
  widget_class->get_request_mode = stolt_wrap_box_get_request_mode;
  /* Named (e.g. "Formatting"), the buttons are read as one group */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
stolt_wrap_box_init (StoltWrapBox *self)
{
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

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

/* The lines the children took at the last allocation */
guint
stolt_wrap_box_get_n_lines (StoltWrapBox *self)
{
  g_return_val_if_fail (STOLT_IS_WRAP_BOX (self), 0);

  return self->n_lines;
}
