/* test-presentation.c — presentation mode and the workshop timer
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-date.h"
#include "stolt-display-util.h"
#include "stolt-presentation.h"
#include "stolt-slides-dialog.h"
#include "stolt-slides.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-fit.h"
#include "stolt-swot-matrix.h"
#include "stolt-swot-quadrant.h"
#include "stolt-test-util.h"
#include "stolt-timer-display.h"
#include "stolt-workshop-timer.h"

/* Typed durations: minutes by default, m:ss, and units */
static void
test_timer_parse (void)
{
  static const struct
  {
    const char *text;
    gboolean    ok;
    guint       seconds;
  } cases[] = {
    { "5", TRUE, 300 },
    { " 10 ", TRUE, 600 },
    { "5:30", TRUE, 330 },
    { "0:45", TRUE, 45 },
    { "90s", TRUE, 90 },
    { "2m", TRUE, 120 },
    { "15min", TRUE, 900 },
    { "1h", TRUE, 3600 },
    { "1t", TRUE, 3600 },   /* "timme", "time" */
    { "", FALSE, 0 },
    { "0", FALSE, 0 },
    { "-5", FALSE, 0 },
    { "5:7", FALSE, 0 },
    { "5:60", FALSE, 0 },
    { "five", FALSE, 0 },
    { "5x", FALSE, 0 },
    { "25h", FALSE, 0 },
    { "99999999999999999999", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint seconds = 0;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (stolt_workshop_timer_parse (cases[i].text, &seconds), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpuint (seconds, ==, cases[i].seconds);
    }
}

static void
finished_cb (StoltWorkshopTimer *timer,
             guint              *count)
{
  (*count)++;
}

/* Start, pause, more time, time is up — on a clock the test moves */
static void
test_timer_run (void)
{
  g_autoptr(StoltWorkshopTimer) timer = stolt_workshop_timer_new ();
  g_autofree char *format = NULL;
  g_autofree char *describe = NULL;
  guint finished = 0;

  g_signal_connect (timer, "finished", G_CALLBACK (finished_cb), &finished);
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_IDLE);

  stolt_workshop_timer_start (timer, 300);
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_RUNNING);
  g_assert_cmpuint (stolt_workshop_timer_get_remaining (timer), ==, 300);

  _stolt_workshop_timer_advance (timer, 55);
  g_assert_cmpuint (stolt_workshop_timer_get_remaining (timer), ==, 245);
  format = stolt_workshop_timer_format (stolt_workshop_timer_get_remaining (timer));
  g_assert_cmpstr (format, ==, "4:05");
  describe = stolt_workshop_timer_describe (timer);
  g_assert_cmpstr (describe, ==, "4 minutes 5 seconds left");

  /* Paused, the clock does not count */
  stolt_workshop_timer_pause (timer);
  _stolt_workshop_timer_advance (timer, 100);
  g_assert_cmpuint (stolt_workshop_timer_get_remaining (timer), ==, 245);
  stolt_workshop_timer_extend (timer, 60);
  g_assert_cmpuint (stolt_workshop_timer_get_remaining (timer), ==, 305);
  stolt_workshop_timer_resume (timer);
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_RUNNING);

  _stolt_workshop_timer_advance (timer, 304);
  g_assert_cmpuint (stolt_workshop_timer_get_remaining (timer), ==, 1);
  g_assert_cmpuint (finished, ==, 0);
  _stolt_workshop_timer_advance (timer, 1);
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_FINISHED);
  g_assert_cmpuint (finished, ==, 1);
  _stolt_workshop_timer_advance (timer, 10);
  g_assert_cmpuint (finished, ==, 1);  /* said once */

  /* One more minute after time is up runs again */
  stolt_workshop_timer_extend (timer, 60);
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_RUNNING);
  g_assert_cmpuint (stolt_workshop_timer_get_remaining (timer), ==, 60);
  stolt_workshop_timer_stop (timer);
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_IDLE);

  g_clear_pointer (&format, g_free);
  format = stolt_workshop_timer_format (3723);
  g_assert_cmpstr (format, ==, "1:02:03");
}

static StoltRecord *
add (StoltProject *project,
     StoltRecord  *owner,
     guint         list,
     GType         type)
{
  g_autoptr(StoltRecord) record = g_object_new (type, NULL);
  GListModel *children = stolt_record_get_children (owner, list);
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_add (project, owner, list, g_list_model_get_n_items (children),
                                    record, &error));
  g_assert_no_error (error);
  return record;
}

/* A project with a card, two milestones, an analysis and two values */
static StoltDocument *
workshop_document (void)
{
  StoltDocument *document = stolt_document_new ();
  StoltProject *project = stolt_document_get_project (document);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  StoltRecord *record;
  guint32 today = stolt_date_today ();

  stolt_project_set_text (project, card, "title", "Arbeidsgiverpolitikk 2027", NULL);
  stolt_project_set_text (project, card, "vision", "Stolt og unik", NULL);
  record = add (project, card, STOLT_LIST_MILESTONES, STOLT_TYPE_MILESTONE);
  stolt_project_set_text (project, record, "title", "Vedtatt i kommunestyret", NULL);
  stolt_project_set_date (project, record, "date", today + 30, NULL);
  record = add (project, card, STOLT_LIST_MILESTONES, STOLT_TYPE_MILESTONE);
  stolt_project_set_text (project, record, "title", "Oppstart", NULL);
  stolt_project_set_date (project, record, "date", today - 30, NULL);

  record = add (project, card, STOLT_LIST_SWOT_ANALYSES, STOLT_TYPE_SWOT_ANALYSIS);
  stolt_project_set_text (project, record, "title", "Jobb i Västmanland", NULL);
  g_assert_nonnull (stolt_swot_add_item (project, STOLT_SWOT_ANALYSIS (record),
                                         STOLT_QUADRANT_STRENGTHS, "Korte avstander", NULL));
  record = add (project, card, STOLT_LIST_VALUES_DOCUMENTS, STOLT_TYPE_VALUES_DOCUMENT);
  stolt_project_set_text (project, record, "title", "Verdidokument", NULL);
  stolt_project_set_text (project, add (project, record, 0, STOLT_TYPE_VALUE), "name", "Stolt",
                          NULL);
  stolt_project_set_text (project, add (project, record, 0, STOLT_TYPE_VALUE), "name", "Åpen",
                          NULL);
  stolt_project_reset_history (project);
  return document;
}

static StoltPresentation *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (STOLT_IS_PRESENTATION (window))
        return STOLT_PRESENTATION (window);
    }
  return NULL;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* F5 enters, the keys move, Escape leaves to where the user was; the
 * timer goes on */
static void
test_present (void)
{
  g_autoptr(StoltDocument) document = workshop_document ();
  StoltWindow *window = stolt_test_open_window (document);
  StoltWorkshopTimer *timer = stolt_window_get_timer (window);
  AdwViewStack *stack = ADW_VIEW_STACK (stolt_test_find_child (GTK_WIDGET (window),
                                                               ADW_TYPE_VIEW_STACK));
  StoltPresentation *presentation;
  StoltTimerDisplay *display;
  g_autoptr(GPtrArray) slides = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "timeline"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  stolt_test_wait_for (is_mapped, presentation);

  /* card, milestones ahead, timeline, one analysis, two values */
  slides = stolt_slides_list (stolt_document_get_project (document));
  g_assert_cmpuint (stolt_presentation_get_n_slides (presentation), ==, 6);
  g_assert_cmpstr (stolt_presentation_get_slide_name (presentation), ==, "card");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL));
  g_assert_cmpstr (stolt_presentation_get_slide_name (presentation), ==, "milestones");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.last", NULL));
  g_assert_cmpstr (stolt_presentation_get_slide_name (presentation), ==,
                   ((StoltSlide *) slides->pdata[5])->key);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 5);  /* stays at the end */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.previous",
                                             NULL));
  g_assert_cmpstr (stolt_presentation_get_slide_name (presentation), ==,
                   ((StoltSlide *) slides->pdata[4])->key);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.first",
                                             NULL));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 0);

  /* The SWOT slide is the matrix, presenting, taking new items */
  stolt_presentation_go_to (presentation, 3);
  g_assert_cmpstr (stolt_presentation_get_slide_name (presentation), ==,
                   ((StoltSlide *) slides->pdata[3])->key);
  g_assert_true (g_str_has_prefix (stolt_presentation_get_slide_name (presentation), "swot:"));
  {
    StoltSwotMatrix *matrix = STOLT_SWOT_MATRIX (stolt_test_find_child (GTK_WIDGET (presentation),
                                                                       STOLT_TYPE_SWOT_MATRIX));

    g_assert_nonnull (matrix);
    g_assert_true (stolt_swot_matrix_get_presenting (matrix));
    g_assert_true (stolt_swot_matrix_get_editable (matrix));
  }
  stolt_presentation_go_to (presentation, 0);

  /* The timer shows on the slides, as a timer assistive technology finds */
  display = STOLT_TIMER_DISPLAY (stolt_test_find_child (GTK_WIDGET (presentation),
                                                        STOLT_TYPE_TIMER_DISPLAY));
  g_assert_nonnull (display);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (display)), ==,
                   GTK_ACCESSIBLE_ROLE_TIMER);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (display), "timer.start", "u", 300));
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_RUNNING);
  g_assert_cmpstr (stolt_timer_display_get_text (display), ==, "5:00");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (display), "timer.pause", NULL));
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_PAUSED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (display), "timer.pause", NULL));
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_RUNNING);

  /* T opens the timer's menu from the keyboard, the duration to type focused */
  {
    GtkMenuButton *menu_button = GTK_MENU_BUTTON (stolt_test_find_child (GTK_WIDGET (display),
                                                                         GTK_TYPE_MENU_BUTTON));
    GtkPopover *popover = gtk_menu_button_get_popover (menu_button);
    GtkWidget *focus;

    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.timer",
                                               NULL));
    stolt_test_iterate ();
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
    focus = gtk_root_get_focus (GTK_ROOT (presentation));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL);
    gtk_popover_popdown (popover);
    stolt_test_iterate ();
  }

  stolt_presentation_set_high_contrast (presentation, TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presentation), "high-contrast"));

  /* Leaving: the project window is where it was, and nothing changed */
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave",
                                             NULL));
  stolt_test_iterate ();
  g_assert_null (presentation);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "timeline");
  g_assert_false (stolt_document_get_modified (document));
  g_assert_cmpint (stolt_workshop_timer_get_state (timer), ==, STOLT_TIMER_RUNNING);

  /* … and the window's own timer shows it */
  display = STOLT_TIMER_DISPLAY (stolt_test_find_child (GTK_WIDGET (window),
                                                        STOLT_TYPE_TIMER_DISPLAY));
  g_assert_cmpstr (stolt_timer_display_get_text (display), !=, "");

  stolt_workshop_timer_stop (timer);
  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

static StoltSlidesDialog *
find_slides_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (STOLT_IS_SLIDES_DIALOG (window))
        return STOLT_SLIDES_DIALOG (window);
    }
  return NULL;
}

/* The keys of the presentation's slides, in the order it shows them */
static char *
presented_order (StoltPresentation *presentation)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < stolt_presentation_get_n_slides (presentation); i++)
    {
      stolt_presentation_go_to (presentation, i);
      g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                              stolt_presentation_get_slide_name (presentation));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The rows of the Slides dialog: keys, hidden ones with "-" */
static char *
dialog_order (StoltSlidesDialog *dialog)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GtkWidget *list = GTK_WIDGET (stolt_slides_dialog_get_list (dialog));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = GTK_CHECK_BUTTON (stolt_test_find_child (row,
                                                                       GTK_TYPE_CHECK_BUTTON));

      g_string_append_printf (out, "%s%s%s", out->len > 0 ? " " : "",
                              gtk_check_button_get_active (check) ? "" : "-",
                              (const char *) g_object_get_data (G_OBJECT (row),
                                                                "stolt-slide-key"));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GtkWidget *
row_button (GtkWidget  *row,
            const char *name)
{
  for (GtkWidget *w = gtk_widget_get_first_child (row); w != NULL;)
    {
      if (g_strcmp0 (gtk_widget_get_name (w), name) == 0)
        return w;
      /* depth first */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != row && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w == row)
            return NULL;
          w = gtk_widget_get_next_sibling (w);
        }
    }
  return NULL;
}

/* The Slides dialog from the window: the arrow of Present and the
 * primary menu open it; the buttons and Alt+Up/Down move a slide, one
 * undo step each; the check hides it; the presentation follows */
static void
test_slides_dialog (void)
{
  g_autoptr(StoltDocument) document = workshop_document ();
  StoltProject *project = stolt_document_get_project (document);
  StoltUndoStack *undo = stolt_project_get_undo_stack (project);
  StoltWindow *window = stolt_test_open_window (document);
  GtkMenuButton *primary = stolt_test_find_primary_menu (GTK_WIDGET (window));
  GtkWidget *present = stolt_test_find_action (GTK_WIDGET (window), "win.present");
  GtkWidget *arrow = gtk_widget_get_next_sibling (present);
  g_autoptr(GPtrArray) slides = stolt_slides_list (project);
  const char *swot = ((StoltSlide *) slides->pdata[3])->key;
  const char *value_a = ((StoltSlide *) slides->pdata[4])->key;
  const char *value_b = ((StoltSlide *) slides->pdata[5])->key;
  StoltSlidesDialog *dialog;
  StoltPresentation *presentation;
  GtkWidget *row;
  GtkWidget *focus;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  g_assert_true (stolt_test_menu_has_action (gtk_menu_button_get_menu_model (primary),
                                             "win.arrange-slides"));
  /* The arrow beside Present */
  g_assert_nonnull (present);
  g_assert_true (GTK_IS_MENU_BUTTON (arrow));
  g_assert_true (stolt_test_menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (arrow)),
                                             "win.arrange-slides"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.arrange-slides", NULL));
  dialog = find_slides_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  stolt_test_wait_for (is_mapped, dialog);

  want = g_strdup_printf ("card milestones timeline %s %s %s", swot, value_a, value_b);
  got = dialog_order (dialog);
  g_assert_cmpstr (got, ==, want);

  /* The top row cannot go up, the bottom one cannot go down */
  g_assert_false (gtk_widget_get_sensitive (row_button (stolt_slides_dialog_get_row (dialog, "card"),
                                                        "up")));
  g_assert_false (gtk_widget_get_sensitive (row_button (stolt_slides_dialog_get_row (dialog,
                                                                                     value_b),
                                                        "down")));

  /* Move Up on the analysis, twice: two undo steps */
  row = stolt_slides_dialog_get_row (dialog, swot);
  g_signal_emit_by_name (row_button (row, "up"), "clicked");
  row = stolt_slides_dialog_get_row (dialog, swot);
  g_signal_emit_by_name (row_button (row, "up"), "clicked");
  g_clear_pointer (&want, g_free);
  g_clear_pointer (&got, g_free);
  want = g_strdup_printf ("card %s milestones timeline %s %s", swot, value_a, value_b);
  got = dialog_order (dialog);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Move Slide");
  stolt_undo_stack_undo (undo);
  g_clear_pointer (&got, g_free);
  got = dialog_order (dialog);  /* the list follows an undo */
  g_clear_pointer (&want, g_free);
  want = g_strdup_printf ("card milestones %s timeline %s %s", swot, value_a, value_b);
  g_assert_cmpstr (got, ==, want);

  /* Alt+Up moves the row with the focus, which keeps the focus */
  row = stolt_slides_dialog_get_row (dialog, value_b);
  gtk_widget_grab_focus (row_button (row, "show"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "slides.move-up", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "slides.move-up", NULL));
  g_clear_pointer (&got, g_free);
  got = dialog_order (dialog);
  g_clear_pointer (&want, g_free);
  want = g_strdup_printf ("card milestones %s %s timeline %s", swot, value_b, value_a);
  g_assert_cmpstr (got, ==, want);
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW)
                 == stolt_slides_dialog_get_row (dialog, value_b));
  /* Ctrl+Z in the dialog */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "slides.undo", NULL));
  g_clear_pointer (&got, g_free);
  got = dialog_order (dialog);
  g_clear_pointer (&want, g_free);
  want = g_strdup_printf ("card milestones %s timeline %s %s", swot, value_b, value_a);
  g_assert_cmpstr (got, ==, want);

  /* Alt+Down from the bottom row does nothing */
  gtk_widget_grab_focus (stolt_slides_dialog_get_row (dialog, value_a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "slides.move-down", NULL));
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Move Slide");

  /* The check hides the timeline */
  row = stolt_slides_dialog_get_row (dialog, "timeline");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (row_button (row, "show")), FALSE);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Hide Slide");
  g_clear_pointer (&got, g_free);
  got = stolt_test_slide_order (project);
  g_clear_pointer (&want, g_free);
  want = g_strdup_printf ("card milestones %s -timeline %s %s", swot, value_b, value_a);
  g_assert_cmpstr (got, ==, want);
  g_clear_pointer (&got, g_free);
  got = dialog_order (dialog);
  g_assert_cmpstr (got, ==, want);
  g_assert_true (stolt_document_get_modified (document));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  stolt_test_iterate ();
  g_assert_null (dialog);

  /* The presentation shows the saved order, without the hidden slide */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  stolt_test_wait_for (is_mapped, presentation);
  g_assert_cmpuint (stolt_presentation_get_n_slides (presentation), ==, 5);
  g_clear_pointer (&got, g_free);
  got = presented_order (presentation);
  g_clear_pointer (&want, g_free);
  want = g_strdup_printf ("card milestones %s %s %s", swot, value_b, value_a);
  g_assert_cmpstr (got, ==, want);
  gtk_window_destroy (GTK_WINDOW (presentation));

  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

/* A project saved with its order presents in it, whatever the records'
 * order; a hidden slide is left out */
static void
test_saved_order (void)
{
  g_autoptr(StoltDocument) document = workshop_document ();
  StoltProject *project = stolt_document_get_project (document);
  StoltWindow *window = stolt_test_open_window (document);
  g_autoptr(GPtrArray) slides = stolt_slides_list (project);
  g_autofree char *value_b = g_strdup (((StoltSlide *) slides->pdata[5])->key);
  g_autofree char *swot = g_strdup (((StoltSlide *) slides->pdata[3])->key);
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  StoltPresentation *presentation;

  g_assert_true (stolt_slides_move (project, value_b, 0, NULL));
  g_assert_true (stolt_slides_move (project, "card", G_MAXUINT, NULL));
  g_assert_true (stolt_slides_set_hidden (project, "milestones", TRUE, NULL));

  presentation = stolt_presentation_new (GTK_WINDOW (window), project,
                                         stolt_window_get_timer (window), TRUE);
  gtk_window_present (GTK_WINDOW (presentation));
  stolt_test_wait_for (is_mapped, presentation);
  got = presented_order (presentation);
  want = g_strdup_printf ("%s timeline %s %s card", value_b, swot,
                          ((StoltSlide *) slides->pdata[4])->key);
  g_assert_cmpstr (got, ==, want);
  gtk_window_destroy (GTK_WINDOW (presentation));

  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

static GtkWidget *
find_css_class (GtkWidget  *widget,
                const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Pixels of @label's text on the screen */
static double
text_pixels (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  return size;
}

/* Body text of the SWOT slide at least 28 px, as on the other slides */
static void
test_swot_text_size (void)
{
  g_autoptr(StoltDocument) document = workshop_document ();
  StoltProject *project = stolt_document_get_project (document);
  StoltWindow *window = stolt_test_open_window (document);
  g_autoptr(GPtrArray) slides = stolt_slides_list (project);
  StoltPresentation *presentation;
  GtkWidget *matrix;
  GtkWidget *item;
  GtkWidget *body;

  presentation = stolt_presentation_new (GTK_WINDOW (window), project,
                                         stolt_window_get_timer (window), TRUE);
  gtk_window_present (GTK_WINDOW (presentation));
  stolt_test_wait_for (is_mapped, presentation);
  stolt_presentation_go_to (presentation, 3);
  stolt_test_iterate ();

  matrix = stolt_test_find_child (GTK_WIDGET (presentation), STOLT_TYPE_SWOT_MATRIX);
  item = find_css_class (matrix, "swot-item-text");
  g_assert_nonnull (item);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (item)), ==, "Korte avstander");
  g_test_message ("SWOT item text: %g px", text_pixels (item));
  g_assert_cmpfloat (text_pixels (item), >=, 28.0);
  body = find_css_class (GTK_WIDGET (presentation), "slide-title");
  g_assert_cmpfloat (text_pixels (body), >, text_pixels (item));
  gtk_window_destroy (GTK_WINDOW (presentation));

  /* The SWOT tab's own matrix keeps the desktop's size */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "swot"));
  stolt_test_iterate ();
  item = find_css_class (GTK_WIDGET (window), "swot-item-text");
  g_assert_nonnull (item);
  g_assert_cmpfloat (text_pixels (item), <, 28.0);

  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

/* A workshop's analysis: 4 strengths, 3 weaknesses, 3 opportunities and
 * 2 threats, some two lines long on the slide, with dots to vote with */
static const struct { StoltQuadrant quadrant; const char *text; int weight; } workshop_items[] = {
  { STOLT_QUADRANT_STRENGTHS, "Engasjerte medarbeidere som tar ansvar for helheten og for hverandre", 3 },
  { STOLT_QUADRANT_STRENGTHS, "Kort vei til ledelsen", 0 },
  { STOLT_QUADRANT_STRENGTHS, "Godt omdømme i regionen blant unge arbeidssøkere og studenter", 0 },
  { STOLT_QUADRANT_WEAKNESSES, "Få fagutdannede i helse og omsorg, særlig på natt og i helger", 2 },
  { STOLT_QUADRANT_WEAKNESSES, "Gamle lokaler", 0 },
  { STOLT_QUADRANT_WEAKNESSES, "Lav lønn sammenlignet med nabokommunene", 0 },
  { STOLT_QUADRANT_OPPORTUNITIES, "Samarbeid med høgskolen om praksisplasser og rekruttering", 0 },
  { STOLT_QUADRANT_OPPORTUNITIES, "Heltidskultur", 4 },
  { STOLT_QUADRANT_OPPORTUNITIES, "Nye boliger i sentrum gjør det lettere å flytte hit med familie", 0 },
  { STOLT_QUADRANT_THREATS, "Konkurranse om arbeidskraft fra private aktører og større byer", 0 },
  { STOLT_QUADRANT_THREATS, "Sykefravær", 0 },
};

static StoltSwotAnalysis *
first_analysis (StoltProject *project)
{
  GListModel *analyses = stolt_record_get_children (STOLT_RECORD (stolt_project_get_card (project)),
                                                    STOLT_LIST_SWOT_ANALYSES);
  g_autoptr(StoltSwotAnalysis) analysis = g_list_model_get_item (analyses, 0);

  return analysis;
}

static gboolean
frames_counted (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  int *frames = user_data;

  return --*frames > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
no_frames_left (gpointer user_data)
{
  return *(int *) user_data <= 0;
}

/* Lets @widget lay out and draw a few times: time for the text size to
 * be fitted after a layout and applied in the next */
static void
wait_frames (GtkWidget *widget)
{
  int frames = 30;  /* half a second: layouts, the fit, the layouts it makes */

  gtk_widget_add_tick_callback (widget, frames_counted, &frames, NULL);
  stolt_test_wait_for (no_frames_left, &frames);
  stolt_test_iterate ();
}

/* Whether @quadrant's list scrolls: it has more rows than it shows */
static gboolean
list_scrolls (GtkWidget *quadrant)
{
  GtkWidget *list = stolt_swot_quadrant_get_list (STOLT_SWOT_QUADRANT (quadrant));
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

  return gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 0.5;
}

/* Every item of @quadrant has a row on screen, wholly inside the list */
static void
assert_all_shown (StoltSwotAnalysis *analysis,
                  GtkWidget         *quadrant,
                  int                size)
{
  StoltQuadrant which = stolt_swot_quadrant_get_quadrant (STOLT_SWOT_QUADRANT (quadrant));
  GtkWidget *list = stolt_swot_quadrant_get_list (STOLT_SWOT_QUADRANT (quadrant));
  GtkWidget *scroller = gtk_widget_get_parent (list);
  g_autoptr(GPtrArray) items = stolt_swot_quadrant_items (analysis, which);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

  g_test_message ("quadrant %d: %g px of rows in a list of %d px", which,
                  gtk_adjustment_get_upper (adjustment), gtk_widget_get_height (scroller));
  g_assert_false (list_scrolls (quadrant));
  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *row = stolt_swot_quadrant_get_row (STOLT_SWOT_QUADRANT (quadrant), items->pdata[i]);
      g_autoptr(PangoLayout) layout = NULL;
      graphene_rect_t bounds;
      int estimate = 0;

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_mapped (row));
      g_assert_true (gtk_widget_compute_bounds (row, scroller, &bounds));
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                         gtk_widget_get_height (scroller) + 0.5);
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                         gtk_widget_get_width (scroller) + 0.5);
      /* The row is as tall as the fitting measured it */
      layout = gtk_widget_create_pango_layout (row, NULL);
      g_assert_true (stolt_swot_quadrant_measure_row (STOLT_SWOT_QUADRANT (quadrant), layout, i,
                                                      size, &estimate));
      g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_parent (row), scroller, &bounds));
      g_test_message ("row %u of quadrant %d: %g px, measured %d", i, which, bounds.size.height,
                      estimate);
      g_assert_cmpfloat (ABS (estimate - bounds.size.height), <=, 2);
    }
}

/* The SWOT slide shows every item of a workshop at once at 1280×720,
 * the text as large as it fits; with too many it stops at the smallest
 * a room can read, and the lists scroll */
static void
test_swot_fit (void)
{
  g_autoptr(StoltDocument) document = workshop_document ();
  StoltProject *project = stolt_document_get_project (document);
  StoltSwotAnalysis *analysis = first_analysis (project);
  StoltWindow *window = stolt_test_open_window (document);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  StoltPresentation *presentation;
  StoltSwotMatrix *matrix;
  GtkWidget *item, *dots, *entry;
  int size;

  for (guint i = 0; i < G_N_ELEMENTS (workshop_items); i++)
    {
      StoltSwotItem *new_item = stolt_swot_add_item (project, analysis, workshop_items[i].quadrant,
                                                     workshop_items[i].text, NULL);

      g_assert_nonnull (new_item);
      stolt_project_set_int (project, STOLT_RECORD (new_item), "weight", workshop_items[i].weight,
                             NULL);
    }
  stolt_project_set_int (project, STOLT_RECORD (analysis), "participants", 12, NULL);
  stolt_project_set_int (project, STOLT_RECORD (analysis), "dots-per-person", 3, NULL);

  presentation = stolt_presentation_new (GTK_WINDOW (window), project,
                                         stolt_window_get_timer (window), TRUE);
  gtk_window_unfullscreen (GTK_WINDOW (presentation));
  gtk_window_present (GTK_WINDOW (presentation));
  stolt_test_wait_for (is_mapped, presentation);
  stolt_presentation_go_to (presentation, 3);
  matrix = STOLT_SWOT_MATRIX (stolt_test_find_child (GTK_WIDGET (presentation),
                                                     STOLT_TYPE_SWOT_MATRIX));
  wait_frames (GTK_WIDGET (matrix));
  g_test_message ("presentation %d×%d, SWOT text %d px",
                  gtk_widget_get_width (GTK_WIDGET (presentation)),
                  gtk_widget_get_height (GTK_WIDGET (presentation)),
                  stolt_swot_matrix_get_text_size (matrix));
  /* 1280×720 less a window frame's few pixels where there is one */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presentation)), >=, 1260);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presentation)), <=, 1280);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (presentation)), >=, 700);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (presentation)), <=, 720);

  /* Everything at once, larger than the smallest */
  size = stolt_swot_matrix_get_text_size (matrix);
  g_assert_cmpint (size, >, STOLT_SWOT_FIT_SMALLEST);
  g_assert_cmpint (size, <=, STOLT_SWOT_FIT_LARGEST);
  for (int q = 0; q < 4; q++)
    assert_all_shown (analysis, stolt_swot_matrix_get_quadrant (matrix, q), size);
  item = find_css_class (GTK_WIDGET (matrix), "swot-item-text");
  g_assert_cmpfloat (text_pixels (item), ==, size);

  /* The dots left as large as the items; the entry small */
  dots = find_css_class (GTK_WIDGET (matrix), "swot-dots-left");
  g_assert_true (gtk_widget_get_mapped (dots));
  g_assert_cmpfloat (text_pixels (dots), ==, size);
  entry = stolt_swot_quadrant_get_entry (STOLT_SWOT_QUADRANT (stolt_swot_matrix_get_quadrant (matrix, 0)));
  g_assert_cmpfloat (text_pixels (entry), <, size);
  g_assert_cmpint (gtk_widget_get_height (entry), <, 2 * STOLT_SWOT_FIT_SMALLEST);

  /* 4 × 40 items: the smallest text, and the lists scroll */
  for (int q = 0; q < 4; q++)
    for (int i = 0; i < 40; i++)
      {
        g_autofree char *text = g_strdup_printf ("Punkt %d som fyller listen", i + 1);

        g_ptr_array_add (added, stolt_swot_add_item (project, analysis, q, text, NULL));
      }
  wait_frames (GTK_WIDGET (matrix));
  g_test_message ("4 × 40 more: SWOT text %d px", stolt_swot_matrix_get_text_size (matrix));
  g_assert_cmpint (stolt_swot_matrix_get_text_size (matrix), ==, STOLT_SWOT_FIT_SMALLEST);
  for (int q = 0; q < 4; q++)
    g_assert_true (list_scrolls (stolt_swot_matrix_get_quadrant (matrix, q)));
  g_assert_cmpfloat (text_pixels (find_css_class (GTK_WIDGET (matrix), "swot-item-text")), ==,
                     STOLT_SWOT_FIT_SMALLEST);

  /* Taken away again: back to the size of the workshop's list */
  for (guint i = 0; i < added->len; i++)
    stolt_project_remove (project, added->pdata[i]);
  wait_frames (GTK_WIDGET (matrix));
  g_assert_cmpint (stolt_swot_matrix_get_text_size (matrix), ==, size);
  for (int q = 0; q < 4; q++)
    assert_all_shown (analysis, stolt_swot_matrix_get_quadrant (matrix, q), size);

  gtk_window_destroy (GTK_WINDOW (presentation));
  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

/* The presentation's key controller, which sees keys before the focus */
static GtkEventController *
find_key_controller (StoltPresentation *presentation)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (presentation));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }
  return NULL;
}

static gboolean
press (GtkEventController *controller,
       guint               keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
  return handled;
}

/* Page Down, the arrows and Space move the slides even with a button or a
 * scrolled slide focused (they would take them first); in the SWOT
 * slide's quick entry the letters, Space and arrows are typed, and a
 * presenter remote's Page Up/Down still moves */
static void
test_keys (void)
{
  g_autoptr(StoltDocument) document = workshop_document ();
  StoltWindow *window = stolt_test_open_window (document);
  StoltPresentation *presentation;
  GtkEventController *keys;
  GtkWidget *button, *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  stolt_test_wait_for (is_mapped, presentation);
  keys = find_key_controller (presentation);
  g_assert_nonnull (keys);
  g_assert_cmpint (gtk_event_controller_get_propagation_phase (keys), ==, GTK_PHASE_CAPTURE);

  /* The timer's button has the focus */
  button = stolt_test_find_child (GTK_WIDGET (presentation), GTK_TYPE_MENU_BUTTON);
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (press (keys, GDK_KEY_Page_Down));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 1);
  g_assert_true (press (keys, GDK_KEY_Right));
  g_assert_true (press (keys, GDK_KEY_space));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 3);
  g_assert_true (press (keys, GDK_KEY_Left));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 2);
  g_assert_true (press (keys, GDK_KEY_End));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 5);
  g_assert_true (press (keys, GDK_KEY_Home));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 0);
  g_assert_false (press (keys, GDK_KEY_Tab));

  /* Typing on the SWOT slide */
  stolt_presentation_go_to (presentation, 3);
  stolt_test_iterate ();
  entry = stolt_test_find_child (gtk_stack_get_visible_child (
                                   GTK_STACK (stolt_test_find_child (GTK_WIDGET (presentation),
                                                                     GTK_TYPE_STACK))),
                                 GTK_TYPE_TEXT);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_grab_focus (entry));
  for (const guint *k = (const guint[]) { GDK_KEY_n, GDK_KEY_space, GDK_KEY_Right, GDK_KEY_Left,
                                          GDK_KEY_BackSpace, GDK_KEY_h, GDK_KEY_t, 0 };
       *k != 0; k++)
    g_assert_false (press (keys, *k));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 3);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (presentation), "high-contrast"));
  g_assert_true (press (keys, GDK_KEY_Page_Down));
  g_assert_cmpuint (stolt_presentation_get_position (presentation), ==, 4);

  /* Escape leaves */
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  g_assert_true (press (keys, GDK_KEY_Escape));
  stolt_test_iterate ();
  g_assert_null (presentation);

  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

/* The mean brightness of @widget as drawn, 0 (black) to 255 (white) */
static double
brightness (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *data = NULL;
  double sum = 0;

  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  data = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, data, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    sum += (data[4 * i] + data[4 * i + 1] + data[4 * i + 2]) / 3.0;
  return sum / ((double) width * height);
}

/* The presentation's high contrast is white on black: so is the timeline */
/* Whether @chart has been drawn dark; if not, it is asked to draw again */
static gboolean
is_dark (gpointer chart)
{
  if (brightness (chart) < 96)
    return TRUE;
  gtk_widget_queue_draw (chart);
  return FALSE;
}

static void
test_high_contrast_chart (void)
{
  g_autoptr(StoltDocument) document = workshop_document ();
  StoltWindow *window = stolt_test_open_window (document);
  StoltPresentation *presentation;
  GtkWidget *chart;
  double normal, high;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  stolt_test_wait_for (is_mapped, presentation);
  stolt_presentation_go_to (presentation, 2);
  g_assert_cmpstr (stolt_presentation_get_slide_name (presentation), ==, "timeline");
  stolt_test_iterate ();
  chart = stolt_test_find_child (gtk_stack_get_visible_child (
                                   GTK_STACK (stolt_test_find_child (GTK_WIDGET (presentation),
                                                                     GTK_TYPE_STACK))),
                                 GTK_TYPE_DRAWING_AREA);
  g_assert_nonnull (chart);
  normal = brightness (chart);
  stolt_presentation_set_high_contrast (presentation, TRUE);
  /* The chart takes its palette from its style, which the next frame's
   * layout updates: one turn of the main loop may come before it */
  stolt_test_wait_for (is_dark, chart);
  high = brightness (chart);
  g_test_message ("timeline slide brightness: %.0f, high contrast %.0f", normal, high);
  g_assert_cmpfloat (normal, >, 128);
  g_assert_cmpfloat (high, <, 96);

  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &presentation);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave",
                                             NULL));
  stolt_test_iterate ();
  g_assert_null (presentation);
  stolt_document_close_discarding (document);
  stolt_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  stolt_test_display_init (&argc, &argv);

  g_test_add_func ("/presentation/timer/parse", test_timer_parse);
  g_test_add_func ("/presentation/timer/run", test_timer_run);
  g_test_add_func ("/presentation/present", test_present);
  g_test_add_func ("/presentation/keys", test_keys);
  g_test_add_func ("/presentation/high-contrast-chart", test_high_contrast_chart);
  g_test_add_func ("/presentation/saved-order", test_saved_order);
  g_test_add_func ("/presentation/slides-dialog", test_slides_dialog);
  g_test_add_func ("/presentation/swot-text-size", test_swot_text_size);
  g_test_add_func ("/presentation/swot-fit", test_swot_fit);

  return stolt_test_display_run ();
}
