/* stolt-timeline-tab.c — the Timeline tab
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing uses the same pagination and painter as --export=timeline-pdf,
 * with the print palette, on the paper the print dialog chooses.
 */

#define G_LOG_DOMAIN "stolt-timeline-tab"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-timeline-tab.h"
#include "stolt-timeline-pages.h"
#include "stolt-timeline-painter.h"

#define PRINT_FONT "DejaVu Sans"
#define PRINT_TEXT_SIZE 8.0

struct _StoltTimelineTab
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *box;
  StoltTimelineView *view;

  /* Owned references */
  StoltProject      *project;
};

G_DEFINE_FINAL_TYPE (StoltTimelineTab, stolt_timeline_tab, GTK_TYPE_WIDGET)

typedef struct
{
  StoltProject       *project;
  StoltTimelineIndex *index;
  StoltTimelineText  *text;
  StoltTimelineStyle  style;
  GArray             *pages;
  cairo_rectangle_t   chart;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_pointer (&job->pages, g_array_unref);
  g_clear_pointer (&job->index, stolt_timeline_index_unref);
  g_clear_pointer (&job->text, stolt_timeline_text_unref);
  g_clear_object (&job->project);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double line = stolt_timeline_text_get_height (job->text, STOLT_TIMELINE_FONT_PHASE);
  StoltTimelinePageSetup setup;

  job->chart = (cairo_rectangle_t) { 0, 2 * line, width, height - 4 * line };
  setup = (StoltTimelinePageSetup) { job->chart.width, job->chart.height, 0, FALSE,
                                     stolt_date_today () };
  job->pages = stolt_timeline_paginate (job->index, &job->style, &setup);
  gtk_print_operation_set_n_pages (operation, MAX (1, job->pages->len));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  const StoltPalette *palette = stolt_palette_get (STOLT_PALETTE_PRINT);
  const char *title = stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (job->project)));
  const StoltTimelinePage *page;
  g_autoptr(StoltTimelineLayout) layout = NULL;

  if ((guint) page_nr >= job->pages->len)
    return;

  page = &g_array_index (job->pages, StoltTimelinePage, page_nr);
  layout = stolt_timeline_layout_new (job->index, &job->style, &page->viewport);
  cairo_save (cr);
  cairo_translate (cr, job->chart.x, job->chart.y);
  cairo_scale (cr, page->scale, page->scale);
  stolt_timeline_paint (cr, layout, palette, 0, FALSE);
  cairo_restore (cr);
  stolt_timeline_paint_page_frame (cr, job->text, palette, &job->chart, title, NULL,
                                   page_nr + 1, job->pages->len);
}

/* A print operation set up for the timeline: landscape A4 unless the
 * dialog says otherwise. */
GtkPrintOperation *
stolt_timeline_tab_new_print (StoltTimelineTab *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob *job = g_new0 (PrintJob, 1);

  job->project = g_object_ref (self->project);
  job->index = stolt_timeline_index_new (self->project);
  job->text = stolt_timeline_text_new (PRINT_FONT, PRINT_TEXT_SIZE, NULL);
  stolt_timeline_style_init (&job->style, job->text);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation,
                                    stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (self->project))));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "stolt-print-job", job, print_job_free);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StoltTimelineTab *self = STOLT_TIMELINE_TAB (widget);
  g_autoptr(GtkPrintOperation) operation = stolt_timeline_tab_new_print (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (error != NULL)
    g_warning ("Printing failed: %s", error->message);
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltTimelineView *view = STOLT_TIMELINE_TAB (widget)->view;

  if (g_str_equal (action_name, "timeline.zoom-in"))
    stolt_timeline_view_zoom_by (view, 1.5);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    stolt_timeline_view_zoom_by (view, 1 / 1.5);
  else if (g_str_equal (action_name, "timeline.fit"))
    stolt_timeline_view_fit (view);
  else
    stolt_timeline_view_go_to_today (view);
}

static void
stolt_timeline_tab_dispose (GObject *object)
{
  StoltTimelineTab *self = STOLT_TIMELINE_TAB (object);

  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), STOLT_TYPE_TIMELINE_TAB);

  G_OBJECT_CLASS (stolt_timeline_tab_parent_class)->dispose (object);
}

static void
stolt_timeline_tab_class_init (StoltTimelineTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_timeline_tab_dispose;

  g_type_ensure (STOLT_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/stoltplan/Stolt/stolt-timeline-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, StoltTimelineTab, box);
  gtk_widget_class_bind_template_child (widget_class, StoltTimelineTab, view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.fit", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.today", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "timeline.today", NULL);
  /* Ctrl+P prints the whole report, on every tab (win.print) */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "timeline.print", NULL);
}

static void
stolt_timeline_tab_init (StoltTimelineTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
stolt_timeline_tab_set_project (StoltTimelineTab *self,
                                 StoltProject      *project)
{
  g_return_if_fail (STOLT_IS_TIMELINE_TAB (self));

  g_set_object (&self->project, project);
  stolt_timeline_view_set_project (self->view, project);
}

void
stolt_timeline_tab_set_selection (StoltTimelineTab *self,
                                   StoltSelection    *selection)
{
  g_return_if_fail (STOLT_IS_TIMELINE_TAB (self));

  stolt_timeline_view_set_selection (self->view, selection);
}

void
stolt_timeline_tab_set_editable (StoltTimelineTab *self,
                                  gboolean           editable)
{
  g_return_if_fail (STOLT_IS_TIMELINE_TAB (self));

  stolt_timeline_view_set_editable (self->view, editable);
}

StoltTimelineView *
stolt_timeline_tab_get_view (StoltTimelineTab *self)
{
  g_return_val_if_fail (STOLT_IS_TIMELINE_TAB (self), NULL);

  return self->view;
}
