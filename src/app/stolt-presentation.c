/* stolt-presentation.c — the project on a projector, for a workshop
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A fullscreen window of slides read from the back of the room (seed
 * 001: a two-day workshop around a projector): the project card, the
 * milestones ahead, the timeline around today, each SWOT analysis and
 * each value, in the order the facilitator saved with the project and
 * without the slides they hid (stolt-slides.h).  No editing chrome; type scaled for 1280×720 from ten
 * metres (body text 32 px, titles 56 px, chart labels 28 px).  Page
 * Up/Down, the arrows, space and a presenter remote's keys move between
 * slides; Escape or F5 leaves and the project window is as it was.  The
 * workshop timer shows large in a corner on every slide.  With two
 * monitors the slides go to the one the project window is not on.
 */

#define G_LOG_DOMAIN "stolt-presentation"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stolt-date.h"
#include "stolt-palette.h"
#include "stolt-presentation.h"
#include "stolt-slides.h"
#include "stolt-swot-matrix.h"
#include "stolt-timeline-painter.h"
#include "stolt-timeline-scale.h"
#include "stolt-timer-display.h"

#define CHART_TEXT_SIZE 28.0
#define TIMELINE_DAYS_BEFORE 30
#define TIMELINE_DAYS_AFTER 120
#define MAX_MILESTONES 7

struct _StoltPresentation
{
  AdwWindow           parent_instance;

  /* Owned references */
  StoltProject       *project;
  StoltWorkshopTimer *timer;
  StoltTimelineIndex *timeline_index;

  /* Widgets */
  GtkStack           *stack;
  GtkLabel           *position_label;
  GtkWidget          *timer_display;

  GPtrArray          *names;      /* of the slides, in order */
  guint               n_slides;
  guint               position;
  gboolean            high_contrast;
  gboolean            editable;
};

G_DEFINE_FINAL_TYPE (StoltPresentation, stolt_presentation, ADW_TYPE_WINDOW)

/* Slides made of labels */

static GtkWidget *
slide_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
slide_box (const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  gtk_widget_add_css_class (box, "slide");
  gtk_box_append (GTK_BOX (box), slide_label (title, "slide-title"));
  return box;
}

static void
add_slide (StoltPresentation *self,
           GtkWidget         *slide,
           const char        *name,
           const char        *title)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkStackPage *page;

  /* A slide longer than the screen scrolls instead of pushing the
   * window past it (and the matrix off the bottom) */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), slide);
  page = gtk_stack_add_named (self->stack, scrolled, name);

  g_ptr_array_add (self->names, g_strdup (name));
  gtk_stack_page_set_title (page, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (slide), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  self->n_slides++;
}

static void
add_card_slide (StoltPresentation *self,
                const char        *key)
{
  StoltProjectCard *card = stolt_project_get_card (self->project);
  const char *title = stolt_project_card_get_title (card);
  GtkWidget *slide = slide_box (*title != '\0' ? title : _("Untitled Project"));
  const char *organisation = stolt_project_card_get_organisation (card);
  const char *mandate = stolt_project_card_get_mandate (card);
  const char *vision = stolt_project_card_get_vision (card);

  if (*organisation != '\0')
    gtk_box_append (GTK_BOX (slide), slide_label (organisation, "slide-subtitle"));
  if (*mandate != '\0')
    {
      gtk_box_append (GTK_BOX (slide), slide_label (_("Mandate"), "slide-heading"));
      gtk_box_append (GTK_BOX (slide), slide_label (mandate, "slide-body"));
    }
  if (*vision != '\0')
    {
      gtk_box_append (GTK_BOX (slide), slide_label (_("Vision"), "slide-heading"));
      gtk_box_append (GTK_BOX (slide), slide_label (vision, "slide-body"));
    }
  add_slide (self, slide, key, _("Project"));
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  guint32 date_a = stolt_milestone_get_date (*(StoltMilestone **) a);
  guint32 date_b = stolt_milestone_get_date (*(StoltMilestone **) b);

  return date_a < date_b ? -1 : date_a > date_b;
}

static void
add_milestones_slide (StoltPresentation *self,
                      const char        *key)
{
  GListModel *milestones = stolt_project_get_list (self->project, STOLT_LIST_MILESTONES);
  g_autoptr(GPtrArray) ahead = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *slide = slide_box (_("Milestones Ahead"));
  GtkWidget *grid = gtk_grid_new ();
  guint32 today = stolt_date_today ();

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(StoltMilestone) milestone = g_list_model_get_item (milestones, i);
      guint32 date = stolt_milestone_get_date (milestone);

      if (date != STOLT_DATE_NONE && date >= today)
        g_ptr_array_add (ahead, g_steal_pointer (&milestone));
    }
  g_ptr_array_sort (ahead, compare_by_date);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 48);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 16);
  for (guint i = 0; i < ahead->len && i < MAX_MILESTONES; i++)
    {
      StoltMilestone *milestone = g_ptr_array_index (ahead, i);
      g_autofree char *date = stolt_date_format (stolt_milestone_get_date (milestone));
      GtkWidget *title = slide_label (stolt_milestone_get_title (milestone), "slide-body");

      gtk_widget_set_hexpand (title, TRUE);
      gtk_grid_attach (GTK_GRID (grid), slide_label (date, "slide-body"), 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), title, 1, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid),
                       slide_label (stolt_milestone_get_responsible (milestone), "slide-detail"),
                       2, (int) i, 1, 1);
    }

  if (ahead->len == 0)
    gtk_box_append (GTK_BOX (slide), slide_label (_("No milestones ahead"), "slide-body"));
  else
    gtk_box_append (GTK_BOX (slide), grid);
  add_slide (self, slide, key, _("Milestones Ahead"));
}

static const StoltPalette *
slide_palette (StoltPresentation *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gboolean dark = adw_style_manager_get_dark (manager);

  /* The presentation's own high contrast is white on black (style.css) */
  if (self->high_contrast)
    return stolt_palette_get (STOLT_PALETTE_HIGH_CONTRAST_DARK);
  if (adw_style_manager_get_high_contrast (manager))
    return stolt_palette_get (dark ? STOLT_PALETTE_HIGH_CONTRAST_DARK
                                   : STOLT_PALETTE_HIGH_CONTRAST);
  return stolt_palette_get (dark ? STOLT_PALETTE_DARK : STOLT_PALETTE_LIGHT);
}

/* Drawn slides: the render layer's painters, at projector size */

static void
draw_timeline_cb (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  StoltPresentation *self = user_data;
  StoltTimelineText *text = stolt_timeline_text_new ("Cantarell", CHART_TEXT_SIZE, NULL);
  g_autoptr(StoltTimelineLayout) layout = NULL;
  StoltTimelineStyle style;
  StoltTimelineViewport viewport = { { 0, 1 }, width, height, 0, stolt_date_today () };
  guint32 first = viewport.today - TIMELINE_DAYS_BEFORE;
  double header;

  stolt_timeline_style_init (&style, text);
  /* Whole rows only: the slide's foot never cuts one in half */
  header = stolt_timeline_style_get_header_height (&style);
  if (height > header + style.row_height)
    viewport.height = header + floor ((height - header) / style.row_height) * style.row_height;
  stolt_timeline_scale_init (&viewport.scale, first,
                             (double) width / (TIMELINE_DAYS_BEFORE + TIMELINE_DAYS_AFTER));
  layout = stolt_timeline_layout_new (self->timeline_index, &style, &viewport);
  stolt_timeline_paint (cr, layout, slide_palette (self), 0, FALSE);
  stolt_timeline_text_unref (text);
}

static GtkWidget *
drawing_slide (const char            *title,
               GtkDrawingAreaDrawFunc draw,
               gpointer               data,
               GDestroyNotify         destroy)
{
  GtkWidget *slide = slide_box (title);
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_widget_set_vexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, data, destroy);
  gtk_box_append (GTK_BOX (slide), area);
  return slide;
}

static void
add_timeline_slide (StoltPresentation *self,
                    const char        *key)
{
  if (self->timeline_index == NULL)
    self->timeline_index = stolt_timeline_index_new (self->project);
  add_slide (self, drawing_slide (_("Timeline"), draw_timeline_cb, self, NULL), key,
             _("Timeline"));
}

/* The SWOT slide is the matrix itself, presenting: the facilitator keeps
 * typing items and counting votes in front of the room */
static void
add_swot_slide (StoltPresentation *self,
                StoltSwotAnalysis *analysis,
                const char        *key)
{
  const char *title = stolt_swot_analysis_get_title (analysis);
  GtkWidget *slide = slide_box (title);
  GtkWidget *matrix = stolt_swot_matrix_new ();

  /* Narrower margins than the other slides (ui/style.css): every line
   * the matrix gets lets its items show larger */
  gtk_widget_add_css_class (slide, "swot-slide");
  gtk_box_set_spacing (GTK_BOX (slide), 12);
  gtk_widget_set_vexpand (matrix, TRUE);
  stolt_swot_matrix_set_analysis (STOLT_SWOT_MATRIX (matrix), self->project, analysis);
  stolt_swot_matrix_set_presenting (STOLT_SWOT_MATRIX (matrix), TRUE);
  stolt_swot_matrix_set_editable (STOLT_SWOT_MATRIX (matrix), self->editable);
  gtk_box_append (GTK_BOX (slide), matrix);
  add_slide (self, slide, key, title);
}

static void
add_value_slide (StoltPresentation *self,
                 StoltValue        *value,
                 const char        *key)
{
  const char *name = stolt_value_get_name (value);
  const char *statement = stolt_value_get_statement (value);
  const char *practice = stolt_value_get_practice (value);
  GtkWidget *slide = slide_box (name);

  if (*statement != '\0')
    gtk_box_append (GTK_BOX (slide), slide_label (statement, "slide-subtitle"));
  if (*practice != '\0')
    {
      gtk_box_append (GTK_BOX (slide), slide_label (_("In everyday practice"), "slide-heading"));
      gtk_box_append (GTK_BOX (slide), slide_label (practice, "slide-body"));
    }
  add_slide (self, slide, key, name);
}

static void
add_one_slide (StoltPresentation *self,
               StoltSlide        *slide)
{
  switch (slide->kind)
    {
    case STOLT_SLIDE_CARD:
      add_card_slide (self, slide->key);
      break;
    case STOLT_SLIDE_MILESTONES:
      add_milestones_slide (self, slide->key);
      break;
    case STOLT_SLIDE_TIMELINE:
      add_timeline_slide (self, slide->key);
      break;
    case STOLT_SLIDE_SWOT:
      add_swot_slide (self, STOLT_SWOT_ANALYSIS (slide->record), slide->key);
      break;
    case STOLT_SLIDE_VALUE:
      add_value_slide (self, STOLT_VALUE (slide->record), slide->key);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The slides in the order the facilitator saved with the project
 * (stolt-slides.h), hidden ones left out.  A file whose every slide is
 * hidden (the model never makes one) still shows its card. */
static void
add_slides (StoltPresentation *self)
{
  g_autoptr(GPtrArray) slides = stolt_slides_list (self->project);

  for (guint i = 0; i < slides->len; i++)
    {
      StoltSlide *slide = g_ptr_array_index (slides, i);

      if (!slide->hidden)
        add_one_slide (self, slide);
    }
  if (self->n_slides == 0)
    add_card_slide (self, "card");
}

/* Moving between slides */

static void
update_position (StoltPresentation *self)
{
  g_autofree char *text = g_strdup_printf ("%u / %u", self->position + 1, self->n_slides);
  g_autofree char *description = NULL;

  gtk_stack_set_visible_child_name (self->stack, g_ptr_array_index (self->names, self->position));
  gtk_label_set_text (self->position_label, text);
  /* Translators: the slide shown and how many there are */
  description = g_strdup_printf (_("Slide %u of %u"), self->position + 1, self->n_slides);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->position_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

void
stolt_presentation_go_to (StoltPresentation *self,
                          guint              position)
{
  g_return_if_fail (STOLT_IS_PRESENTATION (self));

  self->position = MIN (position, self->n_slides - 1);
  update_position (self);
}

guint
stolt_presentation_get_n_slides (StoltPresentation *self)
{
  g_return_val_if_fail (STOLT_IS_PRESENTATION (self), 0);

  return self->n_slides;
}

guint
stolt_presentation_get_position (StoltPresentation *self)
{
  g_return_val_if_fail (STOLT_IS_PRESENTATION (self), 0);

  return self->position;
}

const char *
stolt_presentation_get_slide_name (StoltPresentation *self)
{
  g_return_val_if_fail (STOLT_IS_PRESENTATION (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
stolt_presentation_set_high_contrast (StoltPresentation *self,
                                      gboolean           high_contrast)
{
  g_return_if_fail (STOLT_IS_PRESENTATION (self));

  self->high_contrast = high_contrast;
  if (high_contrast)
    gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");
  gtk_widget_queue_draw (GTK_WIDGET (self->stack));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltPresentation *self = STOLT_PRESENTATION (widget);

  if (self->position + 1 < self->n_slides)
    stolt_presentation_go_to (self, self->position + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  StoltPresentation *self = STOLT_PRESENTATION (widget);

  if (self->position > 0)
    stolt_presentation_go_to (self, self->position - 1);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  stolt_presentation_go_to (STOLT_PRESENTATION (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltPresentation *self = STOLT_PRESENTATION (widget);

  stolt_presentation_go_to (self, self->n_slides - 1);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  gtk_window_destroy (GTK_WINDOW (widget));
  if (parent != NULL)
    gtk_window_present (parent);
}

static void
high_contrast_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StoltPresentation *self = STOLT_PRESENTATION (widget);

  stolt_presentation_set_high_contrast (self, !self->high_contrast);
}

/* T opens the timer's menu, its entry focused: type the minutes, Enter */
static void
timer_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StoltPresentation *self = STOLT_PRESENTATION (widget);

  gtk_widget_activate_action (self->timer_display, "timer.menu", NULL);
}

/* The projector: another monitor than the project window's, if any */
static void
choose_monitor (StoltPresentation *self,
                GtkWindow         *parent)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  GdkMonitor *own = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (monitors) && own != NULL; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        {
          gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
          return;
        }
    }
  gtk_window_fullscreen (GTK_WINDOW (self));
}

static void
style_changed_cb (StoltPresentation *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->stack));
}

static void
stolt_presentation_dispose (GObject *object)
{
  StoltPresentation *self = STOLT_PRESENTATION (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->timeline_index, stolt_timeline_index_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->timer);
  g_clear_pointer (&self->names, g_ptr_array_unref);

  G_OBJECT_CLASS (stolt_presentation_parent_class)->dispose (object);
}

/* The keys, seen before the focused control: a button with the focus
 * would take Space and the arrows, a scrolled slide Page Up/Down.  A
 * presenter remote sends Page Up/Down (some also B and F5/Escape). */
static const struct
{
  guint       keyval;
  const char *action;
  gboolean    while_typing;  /* also with the focus in a text entry */
} slide_keys[] = {
  { GDK_KEY_Page_Down, "presentation.next", TRUE },
  { GDK_KEY_KP_Page_Down, "presentation.next", TRUE },
  { GDK_KEY_Right, "presentation.next", FALSE },
  { GDK_KEY_Down, "presentation.next", FALSE },
  { GDK_KEY_space, "presentation.next", FALSE },
  { GDK_KEY_n, "presentation.next", FALSE },
  { GDK_KEY_Page_Up, "presentation.previous", TRUE },
  { GDK_KEY_KP_Page_Up, "presentation.previous", TRUE },
  { GDK_KEY_Left, "presentation.previous", FALSE },
  { GDK_KEY_Up, "presentation.previous", FALSE },
  { GDK_KEY_BackSpace, "presentation.previous", FALSE },
  { GDK_KEY_p, "presentation.previous", FALSE },
  { GDK_KEY_Home, "presentation.first", FALSE },
  { GDK_KEY_End, "presentation.last", FALSE },
  { GDK_KEY_Escape, "presentation.leave", TRUE },
  { GDK_KEY_F5, "presentation.leave", TRUE },
  { GDK_KEY_h, "presentation.high-contrast", FALSE },
  { GDK_KEY_t, "presentation.timer", FALSE },
};

/* The SWOT slide's quick entry takes letters, Space and the arrows */
static gboolean
typing_in (GtkWidget *focus)
{
  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus))
      return TRUE;
  return FALSE;
}

static gboolean
key_pressed_cb (StoltPresentation *self,
                guint              keyval,
                guint              keycode,
                GdkModifierType    state)
{
  gboolean typing = typing_in (gtk_root_get_focus (GTK_ROOT (self)));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  for (guint i = 0; i < G_N_ELEMENTS (slide_keys); i++)
    if (slide_keys[i].keyval == keyval && (!typing || slide_keys[i].while_typing))
      return gtk_widget_activate_action (GTK_WIDGET (self), slide_keys[i].action, NULL);
  return GDK_EVENT_PROPAGATE;
}

static void
stolt_presentation_class_init (StoltPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_presentation_dispose;

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "presentation.high-contrast", NULL,
                                   high_contrast_action);
  gtk_widget_class_install_action (widget_class, "presentation.timer", NULL, timer_action);
}

static void
stolt_presentation_init (StoltPresentation *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->names = g_ptr_array_new_with_free_func (g_free);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->stack));

  self->position_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->position_label), "slide-position");
  gtk_widget_set_halign (GTK_WIDGET (self->position_label), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->position_label), GTK_ALIGN_END);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->position_label));

  adw_window_set_content (ADW_WINDOW (self), overlay);
}

/**
 * stolt_presentation_new:
 * @parent: the project window, shown again when the presentation ends
 * @timer: the project window's workshop timer, shown in a corner
 * @editable: whether the SWOT slides take new items and votes (not for a
 *   read-only document)
 *
 * The slides are made from @project as it is now.
 */
StoltPresentation *
stolt_presentation_new (GtkWindow          *parent,
                        StoltProject       *project,
                        StoltWorkshopTimer *timer,
                        gboolean            editable)
{
  StoltPresentation *self;
  GtkWidget *overlay;
  GtkWidget *display;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (STOLT_IS_WORKSHOP_TIMER (timer), NULL);

  self = g_object_new (STOLT_TYPE_PRESENTATION, "transient-for", parent,
                       "default-width", 1280, "default-height", 720, NULL);
  self->project = g_object_ref (project);
  self->timer = g_object_ref (timer);
  self->editable = editable;

  add_slides (self);
  update_position (self);

  overlay = adw_window_get_content (ADW_WINDOW (self));
  display = GTK_WIDGET (stolt_timer_display_new (timer, TRUE));
  self->timer_display = display;
  gtk_widget_set_halign (display, GTK_ALIGN_END);
  gtk_widget_set_valign (display, GTK_ALIGN_START);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), display);

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (style_changed_cb), self);
  choose_monitor (self, parent);
  return self;
}
