/* stolt-timeline-view.c — the Gantt chart widget of the Timeline tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget keeps an index of the project (updated on each change, not
 * rebuilt) and a viewport; each frame lays out only what is visible and
 * paints it.  Drags change the model inside one undo group, so the chart
 * follows the pointer and one Undo takes the whole drag back.
 */

#define G_LOG_DOMAIN "stolt-timeline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "stolt-date.h"
#include "stolt-timeline-painter.h"
#include "stolt-timeline-view-private.h"

#define ZOOM_STEP 1.25

struct _StoltTimelineView
{
  GtkWidget              parent_instance;

  /* Child widgets */
  GtkWidget             *scrollbar;

  /* Owned references */
  StoltProject          *project;
  StoltSelection        *selection;
  StoltTimelineIndex    *index;
  StoltTimelineText     *text;
  StoltTimelineLayout   *layout;      /* the last frame's, for hit tests */
  GtkAdjustment         *vadjustment;

  StoltTimelineStyle     style;
  StoltTimelineViewport  viewport;
  gint64                 selected;
  gboolean               fitted;      /* fit the project at the first size */
  gboolean               read_only;

  /* A drag in progress */
  StoltTimelinePart      drag_part;
  gint64                 drag_id;
  int                    drag_days;             /* how far it has been moved */
  double                 drag_origin_x;
  double                 pan_origin;
  double                 zoom_begin;
};

G_DEFINE_FINAL_TYPE (StoltTimelineView, stolt_timeline_view, GTK_TYPE_WIDGET)

/* Geometry and state */

static double
chart_width (StoltTimelineView *self)
{
  return MAX (1, gtk_widget_get_width (GTK_WIDGET (self))
                 - gtk_widget_get_width (self->scrollbar));
}

static void ensure_text (StoltTimelineView *self);

static void
update_scrollbar (StoltTimelineView *self)
{
  double header;
  double content;
  double page;

  /* The row height comes from the font: without it before the first
   * draw, the content would have no height and the scrollbar and the
   * wheel nothing to scroll */
  ensure_text (self);
  header = stolt_timeline_style_get_header_height (&self->style);
  content = self->index != NULL
            ? stolt_timeline_style_get_content_height (&self->style, self->index) : 0;
  page = MAX (1, gtk_widget_get_height (GTK_WIDGET (self)) - header);

  gtk_adjustment_configure (self->vadjustment,
                            CLAMP (self->viewport.scroll_y, 0, MAX (0, content - page)),
                            0, MAX (content, page), self->style.row_height, page * 0.9, page);
}

static void
invalidate (StoltTimelineView *self)
{
  g_clear_pointer (&self->layout, stolt_timeline_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_text (StoltTimelineView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  const char *family = font != NULL ? pango_font_description_get_family (font) : NULL;
  double size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 11;

  if (self->text != NULL)
    return;

  /* The UI font at the UI size, so the chart scales with text scaling
   * and reads at projector scale like the rest of the window */
  self->text = stolt_timeline_text_new (family != NULL ? family : "Cantarell", size * 4.0 / 3.0,
                                        pango_cairo_context_get_font_options (context));
  stolt_timeline_style_init (&self->style, self->text);
}

static void
announce_selection (StoltTimelineView *self)
{
  g_autofree char *description = NULL;

  if (self->index != NULL && self->selected != 0)
    description = stolt_timeline_index_describe (self->index, self->selected, self->viewport.today);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
}

static void
scroll_to_item (StoltTimelineView *self,
                gint64             id)
{
  cairo_rectangle_t rect;
  double header = stolt_timeline_style_get_header_height (&self->style);
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double width = chart_width (self);

  if (!stolt_timeline_get_item_rect (self->index, &self->style, &self->viewport, id, &rect))
    return;

  if (rect.y < header)
    self->viewport.scroll_y -= header - rect.y + self->style.row_height;
  else if (rect.y + rect.height > height)
    self->viewport.scroll_y += rect.y + rect.height - height + self->style.row_height;
  self->viewport.scroll_y = MAX (0, self->viewport.scroll_y);

  if (rect.width > 0 && (rect.x + rect.width < 0 || rect.x > width))
    stolt_timeline_scale_scroll (&self->viewport.scale, rect.x - width / 3);

  update_scrollbar (self);
  invalidate (self);
}

static void
select_id (StoltTimelineView *self,
           gint64             id,
           gboolean           tell_window)
{
  StoltRecord *record;

  if (self->selected == id)
    return;

  self->selected = id;
  announce_selection (self);
  if (id != 0)
    scroll_to_item (self, id);
  invalidate (self);

  record = id != 0 && self->project != NULL ? stolt_project_lookup (self->project, id) : NULL;
  if (tell_window && self->selection != NULL && record != NULL)
    stolt_selection_set_record (self->selection, record);
}

static void
selection_changed_cb (StoltTimelineView *self)
{
  StoltRecord *record = stolt_selection_get_record (self->selection);

  if (record == NULL || self->index == NULL)
    return;

  if (stolt_timeline_index_find_row (self->index, stolt_record_get_id (record)) != G_MAXUINT)
    select_id (self, stolt_record_get_id (record), FALSE);
}

/* Zoom and scroll */

static void
zoom_at (StoltTimelineView *self,
         double             pixels_per_day,
         double             anchor_x)
{
  pixels_per_day = CLAMP (pixels_per_day, STOLT_TIMELINE_MIN_PIXELS_PER_DAY,
                          STOLT_TIMELINE_MAX_PIXELS_PER_DAY);
  stolt_timeline_scale_zoom_at (&self->viewport.scale, pixels_per_day, anchor_x);
  invalidate (self);
}

/* The day keyboard zoom keeps in view: the middle of the selected item */
static double
zoom_anchor (StoltTimelineView *self)
{
  guint row = self->index != NULL && self->selected != 0
              ? stolt_timeline_index_find_row (self->index, self->selected) : G_MAXUINT;
  const StoltTimelineRow *item = row != G_MAXUINT ? stolt_timeline_index_get_row (self->index, row)
                                                  : NULL;

  if (item != NULL && item->start != STOLT_DATE_NONE && item->end != STOLT_DATE_NONE)
    return (item->start + (double) item->end + 1) / 2;
  if (item != NULL && item->end != STOLT_DATE_NONE)
    return item->end + 0.5;
  return stolt_date_today () + 0.5;
}

void
stolt_timeline_view_zoom_by (StoltTimelineView *self,
                             double             factor)
{
  double x;

  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  /* The keys and buttons zoom on what the user is looking at: the
   * selected item, else today; the middle of the view may be an empty
   * year after Fit */
  x = (zoom_anchor (self) - self->viewport.scale.origin) * self->viewport.scale.pixels_per_day;
  zoom_at (self, self->viewport.scale.pixels_per_day * factor, x);
  x = (zoom_anchor (self) - self->viewport.scale.origin) * self->viewport.scale.pixels_per_day;
  stolt_timeline_scale_scroll (&self->viewport.scale, x - chart_width (self) / 2);
}

void
stolt_timeline_view_fit (StoltTimelineView *self)
{
  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  if (self->index == NULL)
    return;

  self->viewport.width = chart_width (self);
  if (stolt_timeline_viewport_fit (&self->viewport, self->index))
    invalidate (self);
}

void
stolt_timeline_view_go_to_today (StoltTimelineView *self)
{
  double x;

  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  x = stolt_timeline_scale_day_to_x (&self->viewport.scale, stolt_date_today ());
  stolt_timeline_scale_scroll (&self->viewport.scale, x - chart_width (self) / 3);
  invalidate (self);
}

double
stolt_timeline_view_get_pixels_per_day (StoltTimelineView *self)
{
  g_return_val_if_fail (STOLT_IS_TIMELINE_VIEW (self), 0);

  return self->viewport.scale.pixels_per_day;
}

static gboolean
scrolled_cb (GtkEventControllerScroll *controller,
             double                    dx,
             double                    dy,
             StoltTimelineView        *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = 0, y = 0;
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  if (event != NULL)
    gdk_event_get_position (event, &x, &y);

  if (state & GDK_CONTROL_MASK)
    {
      zoom_at (self, self->viewport.scale.pixels_per_day * pow (ZOOM_STEP, -dy), x);
      return TRUE;
    }

  if (state & GDK_SHIFT_MASK)
    {
      dx = dy;
      dy = 0;
    }

  stolt_timeline_scale_scroll (&self->viewport.scale, dx * self->style.row_height * 2);
  if (dy != 0)
    gtk_adjustment_set_value (self->vadjustment,
                              gtk_adjustment_get_value (self->vadjustment) + dy * self->style.row_height * 3);
  invalidate (self);
  return TRUE;
}

static void
vadjustment_changed_cb (StoltTimelineView *self)
{
  double value = gtk_adjustment_get_value (self->vadjustment);

  if (value != self->viewport.scroll_y)
    {
      self->viewport.scroll_y = value;
      invalidate (self);
    }
}

static void
zoom_begin_cb (GtkGesture        *gesture,
               GdkEventSequence  *sequence,
               StoltTimelineView *self)
{
  self->zoom_begin = self->viewport.scale.pixels_per_day;
}

static void
zoom_scale_changed_cb (GtkGestureZoom    *gesture,
                       double             scale,
                       StoltTimelineView *self)
{
  double x = chart_width (self) / 2, y;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  zoom_at (self, self->zoom_begin * scale, x);
}

/* Changing dates: drags and Shift+arrows */

/* Which dates a part of an item moves; the model decides the rest */
static StoltDateEdge
part_edge (StoltTimelinePart part)
{
  switch (part)
    {
    case STOLT_TIMELINE_PART_START:
      return STOLT_DATE_EDGE_START;
    case STOLT_TIMELINE_PART_END:
      return STOLT_DATE_EDGE_END;
    default:
      return STOLT_DATE_EDGE_BOTH;
    }
}

/**
 * stolt_timeline_view_dup_drag_dates:
 *
 * Returns: (nullable) (transfer full): the dates of the item being
 *   dragged as they are now, e.g. "14 Sep 2026 – 2 Oct 2026", shown
 *   beside it while the drag lasts; %NULL when nothing is dragged
 */
char *
stolt_timeline_view_dup_drag_dates (StoltTimelineView *self)
{
  StoltRecord *record;
  g_autofree char *first = NULL, *last = NULL;
  guint32 start, end;

  g_return_val_if_fail (STOLT_IS_TIMELINE_VIEW (self), NULL);

  if (self->drag_part == STOLT_TIMELINE_PART_NONE || self->project == NULL ||
      (record = stolt_project_lookup (self->project, self->drag_id)) == NULL)
    return NULL;

  if (STOLT_IS_ACTIVITY (record))
    {
      start = stolt_activity_get_start_date (STOLT_ACTIVITY (record));
      end = stolt_activity_get_end_date (STOLT_ACTIVITY (record));
    }
  else if (STOLT_IS_MILESTONE (record))
    start = end = stolt_milestone_get_date (STOLT_MILESTONE (record));
  else
    return NULL;

  if (start == STOLT_DATE_NONE && end == STOLT_DATE_NONE)
    return NULL;
  if (start == STOLT_DATE_NONE || start == end)
    return stolt_date_format (end != STOLT_DATE_NONE ? end : start);
  if (end == STOLT_DATE_NONE)
    return stolt_date_format (start);
  first = stolt_date_format (start);
  last = stolt_date_format (end);
  return g_strdup_printf (C_("timeline export, date range", "%s – %s"), first, last);
}

/* The dates being dragged, in a box above the item (as Planner does) */
static void
snapshot_drag_dates (StoltTimelineView *self,
                     GtkSnapshot       *snapshot,
                     const StoltPalette *palette)
{
  g_autofree char *text = stolt_timeline_view_dup_drag_dates (self);
  g_autoptr(PangoLayout) layout = NULL;
  cairo_rectangle_t rect;
  int text_width, text_height;
  double x, y, pad = 4;
  GdkRGBA background = { palette->foreground.red, palette->foreground.green,
                         palette->foreground.blue, 0.85 };
  GdkRGBA foreground = { palette->background.red, palette->background.green,
                         palette->background.blue, 1.0 };

  if (text == NULL || !stolt_timeline_view_get_item_rect (self, self->drag_id, &rect))
    return;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  x = CLAMP (rect.x, pad, MAX (pad, chart_width (self) - text_width - 3 * pad));
  y = rect.y - text_height - 2 * pad - 2;
  if (y < stolt_timeline_style_get_header_height (&self->style))
    y = rect.y + rect.height + 2;

  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (x, y, text_width + 2 * pad,
                                                  text_height + 2 * pad));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + pad, y + pad));
  gtk_snapshot_append_layout (snapshot, layout, &foreground);
  gtk_snapshot_restore (snapshot);
}

static const char *
change_label (StoltTimelinePart part)
{
  switch (part)
    {
    case STOLT_TIMELINE_PART_START:
    case STOLT_TIMELINE_PART_END:
      return _("Change Dates");
    case STOLT_TIMELINE_PART_DIAMOND:
      return _("Move Milestone");
    default:
      return _("Move Activity");
    }
}

/* Refused dates (a resize past the other end) just leave the item */
static void
nudge (StoltTimelineView *self,
       StoltTimelinePart  part,
       int                days)
{
  StoltRecord *record = self->selected != 0 ? stolt_project_lookup (self->project, self->selected) : NULL;

  if (record == NULL || self->read_only || STOLT_IS_PHASE (record))
    return;

  stolt_project_move_dates (self->project, record, days, part_edge (part), NULL);
  scroll_to_item (self, self->selected);
}

void
stolt_timeline_view_drag_begin (StoltTimelineView *self,
                                double             x,
                                double             y)
{
  StoltRecord *record;
  gint64 id = 0;

  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  self->drag_part = STOLT_TIMELINE_PART_NONE;
  self->drag_days = 0;
  self->pan_origin = self->viewport.scale.origin;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->layout == NULL && self->index != NULL)
    self->layout = stolt_timeline_layout_new (self->index, &self->style, &self->viewport);
  if (self->layout == NULL)
    return;

  self->drag_part = stolt_timeline_layout_hit_test (self->layout, x, y, &id);
  select_id (self, id, TRUE);
  record = id != 0 ? stolt_project_lookup (self->project, id) : NULL;
  if (record == NULL || STOLT_IS_PHASE (record) || self->read_only
      || self->drag_part == STOLT_TIMELINE_PART_LABEL)
    {
      self->drag_part = STOLT_TIMELINE_PART_NONE;  /* pans the chart */
      return;
    }

  self->drag_id = id;
  self->drag_origin_x = x;
  stolt_project_begin_group (self->project, change_label (self->drag_part));
}

void
stolt_timeline_view_drag_update (StoltTimelineView *self,
                                 double             dx,
                                 double             dy)
{
  StoltRecord *record;
  int days;

  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  if (self->drag_part == STOLT_TIMELINE_PART_NONE)
    {
      self->viewport.scale.origin = self->pan_origin - dx / self->viewport.scale.pixels_per_day;
      invalidate (self);
      return;
    }

  /* Snap to whole days */
  days = (int) lround (dx / self->viewport.scale.pixels_per_day);
  record = stolt_project_lookup (self->project, self->drag_id);
  if (record == NULL || days == self->drag_days)
    return;

  /* From the last day the model took to the new one; the group keeps
   * every step of the drag as one.  A refused step leaves the item where
   * it was, and the next step aims from there at its own day. */
  if (stolt_project_move_dates (self->project, record, days - self->drag_days,
                                part_edge (self->drag_part), NULL))
    self->drag_days = days;
}

void
stolt_timeline_view_drag_end (StoltTimelineView *self)
{
  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  if (self->drag_part != STOLT_TIMELINE_PART_NONE)
    {
      stolt_project_end_group (self->project);
      /* The dates beside the item go */
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  self->drag_part = STOLT_TIMELINE_PART_NONE;
}

static void
drag_begin_cb (GtkGestureDrag    *gesture,
               double             x,
               double             y,
               StoltTimelineView *self)
{
  stolt_timeline_view_drag_begin (self, x, y);
}

static void
drag_update_cb (GtkGestureDrag    *gesture,
                double             dx,
                double             dy,
                StoltTimelineView *self)
{
  stolt_timeline_view_drag_update (self, dx, dy);
}

static void
drag_end_cb (GtkGestureDrag    *gesture,
             double             dx,
             double             dy,
             StoltTimelineView *self)
{
  stolt_timeline_view_drag_end (self);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           StoltTimelineView        *self)
{
  gint64 id;
  StoltTimelinePart part = self->layout != NULL
                           ? stolt_timeline_layout_hit_test (self->layout, x, y, &id)
                           : STOLT_TIMELINE_PART_NONE;
  const char *cursor = NULL;

  if (!self->read_only)
    switch (part)
      {
      case STOLT_TIMELINE_PART_START:
      case STOLT_TIMELINE_PART_END:
        cursor = "ew-resize";
        break;
      case STOLT_TIMELINE_PART_BODY:
      case STOLT_TIMELINE_PART_DIAMOND:
        cursor = "grab";
        break;
      default:
        break;
      }
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

/* Keyboard */

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                StoltTimelineView     *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;
  StoltTimelineStep step;
  gint64 next;

  if (self->index == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (shift)
        {
          nudge (self, control ? STOLT_TIMELINE_PART_END : STOLT_TIMELINE_PART_BODY,
                 keyval == GDK_KEY_Left ? -1 : 1);
          return TRUE;
        }
      step = keyval == GDK_KEY_Left ? STOLT_TIMELINE_STEP_PREVIOUS : STOLT_TIMELINE_STEP_NEXT;
      break;
    case GDK_KEY_Up:
      step = STOLT_TIMELINE_STEP_ABOVE;
      break;
    case GDK_KEY_Down:
      step = STOLT_TIMELINE_STEP_BELOW;
      break;
    case GDK_KEY_Home:
      step = STOLT_TIMELINE_STEP_FIRST;
      break;
    case GDK_KEY_End:
      step = STOLT_TIMELINE_STEP_LAST;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      /* The item's details are its form in the Plan tab */
      if (self->selected != 0)
        return gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");
      return FALSE;
    default:
      return FALSE;
    }

  next = stolt_timeline_index_step (self->index, self->selected, step);
  if (next != 0)
    select_id (self, next, TRUE);
  return TRUE;
}

/* Drawing */

static StoltPalette
style_palette (StoltTimelineView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);
  StoltPaletteKind kind = high_contrast ? (dark ? STOLT_PALETTE_HIGH_CONTRAST_DARK
                                                : STOLT_PALETTE_HIGH_CONTRAST)
                          : dark ? STOLT_PALETTE_DARK : STOLT_PALETTE_LIGHT;
  StoltPalette palette = *stolt_palette_get (kind);
  GdkRGBA rgba;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!high_contrast
      && gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                         "accent_color", &rgba))
    {
      StoltColor accent = { rgba.red, rgba.green, rgba.blue, 1.0 };

      stolt_palette_with_accent (&palette, &accent);
    }
G_GNUC_END_IGNORE_DEPRECATIONS

  return palette;
}

static void
stolt_timeline_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  StoltTimelineView *self = STOLT_TIMELINE_VIEW (widget);
  double width = chart_width (self);
  double height = gtk_widget_get_height (widget);
  StoltPalette palette;
  cairo_t *cr;

  if (self->index == NULL || width < 2 || height < 2)
    return;

  ensure_text (self);
  if (!self->fitted)
    {
      self->fitted = TRUE;
      stolt_timeline_view_fit (self);
    }

  self->viewport.width = width;
  self->viewport.height = height;
  if (self->layout == NULL)
    self->layout = stolt_timeline_layout_new (self->index, &self->style, &self->viewport);

  palette = style_palette (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  stolt_timeline_paint (cr, self->layout, &palette, self->selected, gtk_widget_has_focus (widget));
  cairo_destroy (cr);
  snapshot_drag_dates (self, snapshot, &palette);

  gtk_widget_snapshot_child (widget, self->scrollbar, snapshot);
}

static void
stolt_timeline_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  StoltTimelineView *self = STOLT_TIMELINE_VIEW (widget);
  int bar_width;

  /* The adjustment first: the scrollbar sizes its slider from it */
  update_scrollbar (self);
  gtk_widget_measure (self->scrollbar, GTK_ORIENTATION_HORIZONTAL, -1, &bar_width, NULL, NULL, NULL);
  gtk_widget_allocate (self->scrollbar, bar_width, height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - bar_width, 0)));
  invalidate (self);
}

static void
stolt_timeline_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 480;
}

/* The model */

static void
record_changed_cb (StoltTimelineView *self,
                   StoltRecord       *record,
                   const char        *field)
{
  if (stolt_timeline_index_update (self->index, record, field))
    {
      update_scrollbar (self);
      invalidate (self);
      announce_selection (self);
    }
}

static void
children_changed_cb (StoltTimelineView *self,
                     StoltRecord       *owner,
                     guint              list)
{
  if (stolt_timeline_index_children_changed (self->index, owner, list))
    {
      if (self->selected != 0 && stolt_timeline_index_find_row (self->index, self->selected) == G_MAXUINT)
        self->selected = 0;
      update_scrollbar (self);
      invalidate (self);
    }
}

static void
style_changed_cb (StoltTimelineView *self)
{
  g_clear_pointer (&self->text, stolt_timeline_text_unref);
  update_scrollbar (self);
  invalidate (self);
}

/* GObject */

static void
stolt_timeline_view_dispose (GObject *object)
{
  StoltTimelineView *self = STOLT_TIMELINE_VIEW (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->scrollbar, gtk_widget_unparent);
  g_clear_pointer (&self->layout, stolt_timeline_layout_free);
  g_clear_pointer (&self->index, stolt_timeline_index_unref);
  g_clear_pointer (&self->text, stolt_timeline_text_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->selection);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (stolt_timeline_view_parent_class)->dispose (object);
}

static void
stolt_timeline_view_class_init (StoltTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_timeline_view_dispose;
  widget_class->snapshot = stolt_timeline_view_snapshot;
  widget_class->size_allocate = stolt_timeline_view_size_allocate;
  widget_class->measure = stolt_timeline_view_measure;

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stolt_timeline_view_init (StoltTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline: phases, activities and milestones by date"), -1);

  self->vadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 1, 1, 1, 1));
  g_signal_connect_swapped (self->vadjustment, "value-changed",
                            G_CALLBACK (vadjustment_changed_cb), self);
  self->scrollbar = gtk_scrollbar_new (GTK_ORIENTATION_VERTICAL, self->vadjustment);
  gtk_widget_set_parent (self->scrollbar, GTK_WIDGET (self));

  stolt_timeline_scale_init (&self->viewport.scale, stolt_date_today () - 30,
                             stolt_timeline_zoom_get_pixels_per_day (STOLT_TIMELINE_ZOOM_WEEK));
  self->viewport.today = stolt_date_today ();

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scrolled_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (invalidate), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (invalidate), self);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (style_changed_cb), NULL);
}

GtkWidget *
stolt_timeline_view_new (void)
{
  return g_object_new (STOLT_TYPE_TIMELINE_VIEW, NULL);
}

void
stolt_timeline_view_set_project (StoltTimelineView *self,
                                 StoltProject      *project)
{
  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (STOLT_IS_PROJECT (project));

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  g_clear_pointer (&self->index, stolt_timeline_index_unref);
  self->index = stolt_timeline_index_new (project);
  self->selected = 0;
  self->fitted = FALSE;
  self->viewport.scroll_y = 0;

  g_signal_connect_object (project, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "children-changed", G_CALLBACK (children_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_scrollbar (self);
  invalidate (self);
}

void
stolt_timeline_view_set_selection (StoltTimelineView *self,
                                   StoltSelection    *selection)
{
  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_swapped (selection, "notify::record", G_CALLBACK (selection_changed_cb), self);
}

void
stolt_timeline_view_set_editable (StoltTimelineView *self,
                                  gboolean           editable)
{
  g_return_if_fail (STOLT_IS_TIMELINE_VIEW (self));

  self->read_only = !editable;
}

gboolean
stolt_timeline_view_get_item_rect (StoltTimelineView *self,
                                   gint64             id,
                                   cairo_rectangle_t *rect)
{
  g_return_val_if_fail (STOLT_IS_TIMELINE_VIEW (self), FALSE);

  ensure_text (self);
  self->viewport.width = chart_width (self);
  self->viewport.height = gtk_widget_get_height (GTK_WIDGET (self));
  return stolt_timeline_get_item_rect (self->index, &self->style, &self->viewport, id, rect);
}

gint64
stolt_timeline_view_get_selected_id (StoltTimelineView *self)
{
  g_return_val_if_fail (STOLT_IS_TIMELINE_VIEW (self), 0);

  return self->selected;
}

StoltTimelineIndex *
stolt_timeline_view_get_index (StoltTimelineView *self)
{
  g_return_val_if_fail (STOLT_IS_TIMELINE_VIEW (self), NULL);

  return self->index;
}
