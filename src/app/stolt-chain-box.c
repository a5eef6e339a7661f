/* stolt-chain-box.c — boxes in a row with arrows between, a column when narrow
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The goal's result chain (input → activities → outputs → effects →
 * vision) reads left to right when each box gets at least box_width
 * pixels; narrower, the boxes stand one under the other at the full
 * width and the arrows turn to point down (issue 14).  Nothing scrolls
 * sideways and no word is broken for want of room.  The arrows are
 * turned by the allocation's transform, so changing the orientation
 * never queues a resize.
 */

#define G_LOG_DOMAIN "stolt-chain-box"

#include "config.h"

#include "stolt-chain-box.h"

#define SPACING 6

struct _StoltChainBox
{
  GtkWidget parent_instance;

  int       box_width;  /* the least width of a box in a row */
  gboolean  vertical;   /* as last allocated */
};

G_DEFINE_FINAL_TYPE (StoltChainBox, stolt_chain_box, GTK_TYPE_WIDGET)

static gboolean
is_arrow (GtkWidget *child)
{
  return g_object_get_data (G_OBJECT (child), "stolt-chain-arrow") != NULL;
}

static int
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *natural)
{
  int minimum = 0, nat = 0;

  gtk_widget_measure (child, orientation, for_size, &minimum, &nat, NULL, NULL);
  if (natural != NULL)
    *natural = nat;
  return minimum;
}

/* The width of each box in a row @width wide; 0 if a row does not fit */
static int
row_box_width (StoltChainBox *self,
               int            width)
{
  int rest = width;
  int n_boxes = 0;
  int n_children = 0;
  int least = self->box_width;
  int each;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      n_children++;
      if (is_arrow (child))
        rest -= measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL);
      else
        {
          n_boxes++;
          least = MAX (least, measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL));
        }
    }
  if (n_boxes == 0)
    return 0;
  rest -= SPACING * (n_children - 1);
  each = rest / n_boxes;
  return each >= least ? each : 0;
}

static void
stolt_chain_box_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  StoltChainBox *self = STOLT_CHAIN_BOX (widget);
  int box_width = 0;
  int n_children = 0;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    box_width = row_box_width (self, for_size);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      n_children++;
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          /* At least as wide as the widest box in a column; naturally a row */
          child_min = measure_child (child, orientation, -1, &child_nat);
          *minimum = MAX (*minimum, child_min);
          *natural += MAX (child_nat, is_arrow (child) ? 0 : self->box_width);
        }
      else if (box_width > 0)
        {
          /* A row: as tall as its tallest box */
          child_min = measure_child (child, orientation, is_arrow (child) ? -1 : box_width, &child_nat);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else if (is_arrow (child))
        {
          /* Turned down, the arrow is as tall as it was wide */
          child_min = measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_nat);
          *minimum += child_min;
          *natural += child_nat;
        }
      else
        {
          child_min = measure_child (child, orientation, for_size, &child_nat);
          *minimum += child_min;
          *natural += child_nat;
        }
    }
  if (n_children > 1 && orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural += SPACING * (n_children - 1);
  else if (n_children > 1 && box_width == 0)
    {
      *minimum += SPACING * (n_children - 1);
      *natural += SPACING * (n_children - 1);
    }
}

static GtkSizeRequestMode
stolt_chain_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* An arrow @size square at (@x, @y), turned a quarter to point down */
static void
allocate_turned (GtkWidget *arrow,
                 int        x,
                 int        y,
                 int        size,
                 gboolean   rtl)
{
  GskTransform *transform;

  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x + size / 2.f, y + size / 2.f));
  /* go-next points left in a right-to-left locale */
  transform = gsk_transform_rotate (transform, rtl ? -90.f : 90.f);
  transform = gsk_transform_translate (transform, &GRAPHENE_POINT_INIT (-size / 2.f, -size / 2.f));
  gtk_widget_allocate (arrow, size, size, -1, transform);
}

static void
stolt_chain_box_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  StoltChainBox *self = STOLT_CHAIN_BOX (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int box_width = row_box_width (self, width);
  int position = 0;

  self->vertical = box_width == 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      if (!gtk_widget_should_layout (child))
        continue;
      if (!self->vertical)
        {
          GtkAllocation allocation = { position, 0, box_width, height };

          if (is_arrow (child))
            {
              allocation.width = measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL);
              allocation.height = measure_child (child, GTK_ORIENTATION_VERTICAL, -1, NULL);
              allocation.y = (height - allocation.height) / 2;
            }
          if (rtl)
            allocation.x = width - allocation.x - allocation.width;
          gtk_widget_size_allocate (child, &allocation, -1);
          position += allocation.width + SPACING;
        }
      else if (is_arrow (child))
        {
          child_width = MAX (measure_child (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL),
                             measure_child (child, GTK_ORIENTATION_VERTICAL, -1, NULL));
          allocate_turned (child, (width - child_width) / 2, position, child_width, rtl);
          position += child_width + SPACING;
        }
      else
        {
          child_height = measure_child (child, GTK_ORIENTATION_VERTICAL, width, NULL);
          gtk_widget_size_allocate (child, &(GtkAllocation) { 0, position, width, child_height }, -1);
          position += child_height + SPACING;
        }
    }
}

static void
stolt_chain_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (stolt_chain_box_parent_class)->dispose (object);
}

static void
stolt_chain_box_class_init (StoltChainBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_chain_box_dispose;
  widget_class->measure = stolt_chain_box_measure;
  widget_class->size_allocate = stolt_chain_box_size_allocate;
  widget_class->get_request_mode = stolt_chain_box_get_request_mode;
}

static void
stolt_chain_box_init (StoltChainBox *self)
{
}

/* @box_width: the least width a box is given in a row */
GtkWidget *
stolt_chain_box_new (int box_width)
{
  StoltChainBox *self = g_object_new (STOLT_TYPE_CHAIN_BOX, NULL);

  self->box_width = MAX (box_width, 0);
  return GTK_WIDGET (self);
}

/* Adds @child at the end, after an arrow if it is not the first */
void
stolt_chain_box_append (StoltChainBox *self,
                        GtkWidget     *child)
{
  g_return_if_fail (STOLT_IS_CHAIN_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  if (gtk_widget_get_first_child (GTK_WIDGET (self)) != NULL)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      g_object_set_data (G_OBJECT (arrow), "stolt-chain-arrow", GINT_TO_POINTER (TRUE));
      gtk_widget_add_css_class (arrow, "dim-label");
      gtk_widget_set_parent (arrow, GTK_WIDGET (self));
    }
  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

/* TRUE when the last allocation stood the boxes in a column */
gboolean
stolt_chain_box_get_vertical (StoltChainBox *self)
{
  g_return_val_if_fail (STOLT_IS_CHAIN_BOX (self), FALSE);

  return self->vertical;
}
