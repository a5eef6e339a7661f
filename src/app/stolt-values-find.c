/* stolt-values-find.c — find and replace in the Values tab's document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search bar over the selected values document (Ctrl+F; Ctrl+H with
 * the replace row).  Typing finds the text in the document's title and
 * introduction, its values and its sections, regardless of case; Enter
 * and Shift+Enter (Ctrl+G, Ctrl+Shift+G) go to the next and previous
 * match, which the tab shows and selects in its form or in the rich-text
 * editor, while the keys stay in the bar.  "3 of 12" is a status that
 * screen readers announce.  Replacing goes through the model
 * (stolt_values_text_replace (), io), one undo step each, Replace All
 * too; the body's formatting outside a match is kept.  Escape closes the
 * bar and puts the keyboard on the match.
 */

#define G_LOG_DOMAIN "stolt-values-find"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-values-find.h"
#include "stolt-values-page-private.h"
#include "stolt-values-text.h"

struct _StoltValuesFind
{
  GtkWidget        parent_instance;

  GtkWidget       *bar;
  GtkWidget       *entry;
  GtkWidget       *status;
  GtkWidget       *previous;
  GtkWidget       *next;
  GtkWidget       *replace_toggle;
  GtkWidget       *replace_row;
  GtkWidget       *replace_entry;
  GtkWidget       *replace_button;
  GtkWidget       *replace_all_button;

  StoltValuesPage *page;         /* our ancestor */
  StoltProject    *project;
  StoltRecord     *document;
  char            *needle;       /* what the entry had while the bar was open */
  GArray          *matches;      /* StoltValuesMatch */
  int              current;      /* -1: none shown */
  GWeakRef         return_focus; /* where the keys were before the bar opened */
  GWeakRef         marked;       /* the input showing the match, "find-match" */
  guint            refresh_id;
  gboolean         editable;
};

G_DEFINE_FINAL_TYPE (StoltValuesFind, stolt_values_find, GTK_TYPE_WIDGET)

/* The bar empties its entry when it closes: the match shown when it
 * closed is selected with the text found before */
static const char *
needle (StoltValuesFind *self)
{
  return self->needle != NULL ? self->needle : "";
}

static void
set_status (StoltValuesFind *self,
            const char      *text)
{
  gtk_label_set_text (GTK_LABEL (self->status), text);
  /* The label is a status, which screen readers announce; the entry
   * says it too, for those that read the focused widget again */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
}

static void
update_status (StoltValuesFind *self)
{
  guint n = self->matches != NULL ? self->matches->len : 0;
  gboolean can_replace = self->editable && n > 0;

  if (needle (self)[0] == '\0')
    set_status (self, "");
  else if (n == 0)
    set_status (self, _("No matches"));
  else
    {
      /* Translators: the match shown and how many there are, e.g. "3 of 12" */
      g_autofree char *text = g_strdup_printf (_("%d of %u"), MAX (self->current, 0) + 1, n);

      set_status (self, text);
    }
  gtk_widget_set_sensitive (self->previous, n > 0);
  gtk_widget_set_sensitive (self->next, n > 0);
  gtk_widget_set_sensitive (self->replace_button, can_replace && self->current >= 0);
  gtk_widget_set_sensitive (self->replace_all_button, can_replace);
}

static const StoltValuesMatch *
match_at (StoltValuesFind *self,
          int              index)
{
  if (self->matches == NULL || index < 0 || (guint) index >= self->matches->len)
    return NULL;
  return &g_array_index (self->matches, StoltValuesMatch, index);
}

/* The first match at or after field @slot, byte @start; -1 if none */
static int
first_from (StoltValuesFind *self,
            guint            slot,
            gsize            start)
{
  if (self->matches == NULL)
    return -1;
  for (guint i = 0; i < self->matches->len; i++)
    {
      const StoltValuesMatch *match = &g_array_index (self->matches, StoltValuesMatch, i);

      if (match->slot > slot || (match->slot == slot && match->start >= start))
        return i;
    }
  return -1;
}

/* Finds again; the current match stays where it was in the text */
static void
refresh (StoltValuesFind *self)
{
  const StoltValuesMatch *current = match_at (self, self->current);
  guint slot = current != NULL ? current->slot : 0;
  gsize start = current != NULL ? current->start : 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->matches, g_array_unref);
  if (self->document != NULL && gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->bar)))
    self->matches = stolt_values_text_find (STOLT_VALUES_DOCUMENT (self->document), needle (self));
  if (self->matches != NULL && self->matches->len > 0)
    {
      self->current = first_from (self, slot, start);
      if (self->current < 0)
        self->current = 0;
    }
  else
    self->current = -1;
  update_status (self);
}

static void search_changed_cb (StoltValuesFind *self);

/* Showing a match */

static void
scroll_into_view (GtkWidget *widget)
{
  for (GtkWidget *ancestor = gtk_widget_get_parent (widget); ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    {
      GtkWidget *child;
      GtkAdjustment *adjustment;
      graphene_rect_t bounds;
      double value, page;

      if (!GTK_IS_SCROLLED_WINDOW (ancestor))
        continue;
      child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (ancestor));
      /* A text view scrolls itself to its cursor */
      if (!GTK_IS_VIEWPORT (child) || !gtk_widget_compute_bounds (widget, child, &bounds))
        continue;
      adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (ancestor));
      value = gtk_adjustment_get_value (adjustment);
      page = gtk_adjustment_get_page_size (adjustment);
      if (bounds.origin.y < 0)
        gtk_adjustment_set_value (adjustment, value + bounds.origin.y);
      else if (bounds.origin.y + bounds.size.height > page)
        gtk_adjustment_set_value (adjustment,
                                  value + MIN (bounds.origin.y,
                                               bounds.origin.y + bounds.size.height - page));
    }
}

/* After the page just shown has its size */

#define SCROLL_TRIES 20

typedef struct
{
  GtkWidget *widget;
  guint      tries;
} ScrollLater;

static void
scroll_later_free (gpointer data)
{
  ScrollLater *later = data;

  g_object_unref (later->widget);
  g_free (later);
}

static gboolean
scroll_idle_cb (gpointer data)
{
  ScrollLater *later = data;
  GtkWidget *widget = later->widget;

  if (!gtk_widget_get_mapped (widget))
    return G_SOURCE_REMOVE;
  /* Shown, but not yet laid out: an idle runs after a frame that is due,
   * so a few more tries are enough */
  if (gtk_widget_get_width (widget) <= 1)
    return ++later->tries < SCROLL_TRIES ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextView *view = GTK_TEXT_VIEW (widget);
      GtkAdjustment *across = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));

      gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (gtk_text_view_get_buffer (view)));
      /* Wrapped text is never wider than the view */
      if (across != NULL && gtk_text_view_get_wrap_mode (view) != GTK_WRAP_NONE)
        gtk_adjustment_set_value (across, gtk_adjustment_get_lower (across));
    }
  scroll_into_view (widget);
  return G_SOURCE_REMOVE;
}

/* The @ordinal-th match of the needle in the text the user reads in
 * @view: list markers are left out, as in stolt_values_text_dup_shown () */
static void
select_in_view (StoltValuesFind *self,
                GtkTextView     *view,
                guint            ordinal)
{
  StoltRichEditor *rich = stolt_values_page_get_rich_editor (self->page);
  gboolean is_rich = view == stolt_rich_editor_get_view (rich);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  int n_lines = gtk_text_buffer_get_line_count (buffer);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autofree int *line_starts = g_new (int, n_lines);  /* characters in shown */
  g_autoptr(GArray) ranges = NULL;
  const StoltTextRange *range;
  glong start, end;
  GtkTextIter from, to;
  int line;

  for (line = 0; line < n_lines; line++)
    {
      GtkTextIter content, line_end;
      g_autofree char *text = NULL;

      if (is_rich)
        stolt_rich_editor_get_content_start (rich, line, &content);
      else
        gtk_text_buffer_get_iter_at_line (buffer, &content, line);
      line_end = content;
      if (!gtk_text_iter_ends_line (&line_end))
        gtk_text_iter_forward_to_line_end (&line_end);
      if (line > 0)
        g_string_append_c (shown, '\n');
      line_starts[line] = g_utf8_strlen (shown->str, -1);
      text = gtk_text_iter_get_text (&content, &line_end);
      g_string_append (shown, text);
    }

  ranges = stolt_text_find (shown->str, needle (self));
  if (ranges->len == 0)
    return;
  range = &g_array_index (ranges, StoltTextRange, MIN (ordinal, ranges->len - 1));
  start = g_utf8_pointer_to_offset (shown->str, shown->str + range->start);
  end = g_utf8_pointer_to_offset (shown->str, shown->str + range->end);
  for (line = n_lines - 1; line > 0 && line_starts[line] > start; line--)
    ;
  if (is_rich)
    stolt_rich_editor_get_content_start (rich, line, &from);
  else
    gtk_text_buffer_get_iter_at_line (buffer, &from, line);
  to = from;
  gtk_text_iter_forward_chars (&from, start - line_starts[line]);
  gtk_text_iter_forward_chars (&to, end - line_starts[line]);
  /* Scrolled to in scroll_idle_cb (): a view just shown has no size yet,
   * and scrolling it now would leave it scrolled off its left margin */
  gtk_text_buffer_select_range (buffer, &from, &to);
}

static void
select_in_editable (StoltValuesFind *self,
                    GtkEditable     *editable,
                    guint            ordinal)
{
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GArray) ranges = stolt_text_find (text, needle (self));
  const StoltTextRange *range;

  if (ranges->len == 0)
    return;
  range = &g_array_index (ranges, StoltTextRange, MIN (ordinal, ranges->len - 1));
  gtk_editable_select_region (editable, g_utf8_pointer_to_offset (text, text + range->start),
                              g_utf8_pointer_to_offset (text, text + range->end));
}

/* The input showing the match has the "find-match" style while the bar
 * has the keys: an unfocused widget's selection is too faint to find,
 * in the dark style above all (style.css) */
static void
mark_input (StoltValuesFind *self,
            GtkWidget       *input)
{
  g_autoptr(GtkWidget) marked = g_weak_ref_get (&self->marked);

  if (marked == input)
    return;
  if (marked != NULL)
    gtk_widget_remove_css_class (marked, "find-match");
  if (input != NULL)
    gtk_widget_add_css_class (input, "find-match");
  g_weak_ref_set (&self->marked, input);
}

/* Shows match @index in the tab, selected; returns its input */
static GtkWidget *
show_match (StoltValuesFind *self,
            int              index)
{
  const StoltValuesMatch *match = match_at (self, index);
  GtkWidget *input;

  self->current = index;
  update_status (self);
  if (match == NULL)
    return NULL;

  input = stolt_values_page_reveal (self->page, match->record, match->field);
  mark_input (self, stolt_values_find_is_open (self) ? input : NULL);
  if (GTK_IS_TEXT_VIEW (input))
    select_in_view (self, GTK_TEXT_VIEW (input), match->ordinal);
  else if (GTK_IS_EDITABLE (input))
    select_in_editable (self, GTK_EDITABLE (input), match->ordinal);
  if (input != NULL)
    {
      ScrollLater *later = g_new0 (ScrollLater, 1);

      later->widget = g_object_ref (input);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scroll_idle_cb, later, scroll_later_free);
    }
  return input;
}

/**
 * stolt_values_find_move:
 * @direction: 1 for the next match, -1 for the previous; both wrap around
 */
void
stolt_values_find_move (StoltValuesFind *self,
                        int              direction)
{
  int n;

  g_return_if_fail (STOLT_IS_VALUES_FIND (self));

  if (!stolt_values_find_is_open (self))
    {
      stolt_values_find_open (self, FALSE);
      return;
    }
  /* Enter typed before the entry's delay ran out: find what it holds */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), needle (self)) != 0)
    {
      search_changed_cb (self);
      return;
    }
  /* The model may have changed since the last find */
  stolt_rich_editor_commit (stolt_values_page_get_rich_editor (self->page));
  if (self->refresh_id != 0)
    refresh (self);
  n = self->matches != NULL ? (int) self->matches->len : 0;
  if (n == 0)
    return;
  if (self->current < 0)
    show_match (self, direction > 0 ? 0 : n - 1);
  else
    show_match (self, (self->current + direction + n) % n);
}

/* Replacing */

static void
show_error (StoltValuesFind *self,
            const GError    *error)
{
  /* Translators: %s is the reason, e.g. "A name is required" */
  g_autofree char *text = g_strdup_printf (_("Could not replace: %s"), error->message);

  set_status (self, text);
}

/* Replaces the match shown and shows the next one */
gboolean
stolt_values_find_replace (StoltValuesFind *self)
{
  const StoltValuesMatch *match;
  StoltValuesMatch replaced;
  const char *replacement;
  g_autoptr(GError) error = NULL;
  int next;

  g_return_val_if_fail (STOLT_IS_VALUES_FIND (self), FALSE);

  if (!self->editable || self->document == NULL)
    return FALSE;
  stolt_rich_editor_commit (stolt_values_page_get_rich_editor (self->page));
  refresh (self);
  if ((match = match_at (self, self->current)) == NULL)
    return FALSE;

  replaced = *match;
  replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  if (!stolt_values_text_replace (self->project, STOLT_VALUES_DOCUMENT (self->document),
                                  needle (self), replacement, &replaced, NULL, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  /* The next match after the new text, wrapping around */
  self->current = -1;
  refresh (self);
  next = first_from (self, replaced.slot, replaced.start + strlen (replacement));
  if (next < 0 && self->matches->len > 0)
    next = 0;
  show_match (self, next);
  return TRUE;
}

/* Replaces every match, one undo step; returns how many */
guint
stolt_values_find_replace_all (StoltValuesFind *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_return_val_if_fail (STOLT_IS_VALUES_FIND (self), 0);

  if (!self->editable || self->document == NULL)
    return 0;
  stolt_rich_editor_commit (stolt_values_page_get_rich_editor (self->page));
  if (!stolt_values_text_replace (self->project, STOLT_VALUES_DOCUMENT (self->document),
                                  needle (self),
                                  gtk_editable_get_text (GTK_EDITABLE (self->replace_entry)),
                                  NULL, &n, &error))
    {
      show_error (self, error);
      return 0;
    }
  self->current = -1;
  refresh (self);
  if (n > 0)
    {
      /* Translators: after Replace All */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u replaced",
                                                            "%u replaced", n), n);

      set_status (self, text);
    }
  return n;
}

/* Signals */

static void
search_changed_cb (StoltValuesFind *self)
{
  if (!stolt_values_find_is_open (self))
    return;
  g_free (self->needle);
  self->needle = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  refresh (self);
  if (self->current >= 0)
    show_match (self, self->current);
}

static gboolean
refresh_timeout_cb (gpointer data)
{
  StoltValuesFind *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Typing elsewhere changes the count, not the match shown */
static void
project_changed_cb (StoltValuesFind *self)
{
  if (stolt_values_find_is_open (self) && self->refresh_id == 0)
    self->refresh_id = g_timeout_add (300, refresh_timeout_cb, self);
}

static void
search_mode_cb (StoltValuesFind *self)
{
  g_autoptr(GtkWidget) focus = g_weak_ref_get (&self->return_focus);
  GtkWidget *input;

  if (stolt_values_find_is_open (self))
    return;

  /* Closed: the keys go to the match, or back where they were */
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  mark_input (self, NULL);
  input = self->current >= 0 ? show_match (self, self->current) : NULL;
  if (input != NULL && gtk_widget_is_sensitive (input))
    {
      if (GTK_IS_ENTRY (input))
        {
          int start, end;

          gtk_editable_get_selection_bounds (GTK_EDITABLE (input), &start, &end);
          gtk_entry_grab_focus_without_selecting (GTK_ENTRY (input));
          gtk_editable_select_region (GTK_EDITABLE (input), start, end);
        }
      else
        gtk_widget_grab_focus (input);
    }
  else if (focus != NULL && gtk_widget_get_mapped (focus))
    gtk_widget_grab_focus (focus);
  g_clear_pointer (&self->matches, g_array_unref);
  self->current = -1;
}

static void
replace_toggled_cb (StoltValuesFind *self)
{
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->replace_toggle));

  gtk_widget_set_visible (self->replace_row, active);
}

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   data)
{
  StoltValuesFind *self = data;
  const char *what = g_variant_get_string (args, NULL);

  if (g_str_equal (what, "previous"))
    stolt_values_find_move (self, -1);
  else if (g_str_equal (what, "next"))
    stolt_values_find_move (self, 1);
  else
    stolt_values_find_close (self);
  return TRUE;
}

static void
add_shortcut (GtkEventController *controller,
              const char         *trigger,
              StoltValuesFind    *self,
              const char         *what)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_callback_action_new (shortcut_cb, self, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
}

static void
previous_cb (StoltValuesFind *self)
{
  stolt_values_find_move (self, -1);
}

static void
next_cb (StoltValuesFind *self)
{
  stolt_values_find_move (self, 1);
}

static void
replace_cb (StoltValuesFind *self)
{
  stolt_values_find_replace (self);
}

static void
replace_all_cb (StoltValuesFind *self)
{
  stolt_values_find_replace_all (self);
}

/* Building */

static GtkWidget *
icon_button (const char *icon,
             const char *name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

static void
stolt_values_find_dispose (GObject *object)
{
  StoltValuesFind *self = STOLT_VALUES_FIND (object);

  stolt_values_find_set_document (self, NULL, NULL);
  g_clear_pointer (&self->bar, gtk_widget_unparent);
  mark_input (self, NULL);
  g_weak_ref_clear (&self->return_focus);
  g_weak_ref_clear (&self->marked);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (stolt_values_find_parent_class)->dispose (object);
}

static void
stolt_values_find_class_init (StoltValuesFindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_values_find_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
stolt_values_find_init (StoltValuesFind *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkEventController *controller;
  GtkWidget *button;

  self->current = -1;
  self->editable = TRUE;
  g_weak_ref_init (&self->return_focus, NULL);
  g_weak_ref_init (&self->marked, NULL);

  self->entry = gtk_search_entry_new ();
  g_object_set (self->entry, "placeholder-text", _("Find in document"), NULL);
  /* Narrow enough for a 360 px window, as wide as before when there is room */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->entry), 14);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Find in document"), -1);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (next_cb), self);
  g_signal_connect_swapped (self->entry, "next-match", G_CALLBACK (next_cb), self);
  g_signal_connect_swapped (self->entry, "previous-match", G_CALLBACK (previous_cb), self);
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (controller, "<Shift>Return|<Shift>KP_Enter", self, "previous");
  gtk_widget_add_controller (self->entry, controller);
  gtk_box_append (GTK_BOX (row), self->entry);

  /* A status: screen readers say "3 of 12" when it changes */
  self->status = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_STATUS,
                               "xalign", 0.0f, "width-chars", 7, NULL);
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_widget_add_css_class (self->status, "numeric");
  gtk_box_append (GTK_BOX (row), self->status);

  self->previous = icon_button ("go-up-symbolic", _("Previous match"),
                                _("Previous match (Shift+Enter)"));
  g_signal_connect_swapped (self->previous, "clicked", G_CALLBACK (previous_cb), self);
  gtk_box_append (GTK_BOX (row), self->previous);
  self->next = icon_button ("go-down-symbolic", _("Next match"), _("Next match (Enter)"));
  g_signal_connect_swapped (self->next, "clicked", G_CALLBACK (next_cb), self);
  gtk_box_append (GTK_BOX (row), self->next);

  self->replace_toggle = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->replace_toggle), "edit-find-replace-symbolic");
  gtk_widget_set_tooltip_text (self->replace_toggle, _("Replace (Ctrl+H)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->replace_toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show replace"), -1);
  g_signal_connect_swapped (self->replace_toggle, "toggled", G_CALLBACK (replace_toggled_cb), self);
  gtk_box_append (GTK_BOX (row), self->replace_toggle);

  button = icon_button ("window-close-symbolic", _("Close find"), _("Close (Escape)"));
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (stolt_values_find_close), self);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (box), row);

  self->replace_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->replace_entry = gtk_entry_new ();
  g_object_set (self->replace_entry, "placeholder-text", _("Replace with"), NULL);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->replace_entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->replace_entry), 14);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->replace_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Replace with"), -1);
  g_signal_connect_swapped (self->replace_entry, "activate", G_CALLBACK (replace_cb), self);
  gtk_box_append (GTK_BOX (self->replace_row), self->replace_entry);
  self->replace_button = gtk_button_new_with_mnemonic (_("_Replace"));
  g_signal_connect_swapped (self->replace_button, "clicked", G_CALLBACK (replace_cb), self);
  gtk_box_append (GTK_BOX (self->replace_row), self->replace_button);
  self->replace_all_button = gtk_button_new_with_mnemonic (_("Replace _All"));
  g_signal_connect_swapped (self->replace_all_button, "clicked", G_CALLBACK (replace_all_cb), self);
  gtk_box_append (GTK_BOX (self->replace_row), self->replace_all_button);
  gtk_widget_set_visible (self->replace_row, FALSE);
  gtk_box_append (GTK_BOX (box), self->replace_row);

  self->bar = gtk_search_bar_new ();
  gtk_search_bar_set_child (GTK_SEARCH_BAR (self->bar), box);
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->bar), GTK_EDITABLE (self->entry));
  gtk_search_bar_set_show_close_button (GTK_SEARCH_BAR (self->bar), FALSE);
  g_signal_connect_swapped (self->bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb), self);
  gtk_widget_set_parent (self->bar, GTK_WIDGET (self));

  /* Escape from anywhere in the bar, the replace entry too */
  controller = gtk_shortcut_controller_new ();
  add_shortcut (controller, "Escape", self, "close");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  update_status (self);
}

GtkWidget *
stolt_values_find_new (StoltValuesPage *page)
{
  StoltValuesFind *self = g_object_new (STOLT_TYPE_VALUES_FIND, NULL);

  self->page = page;
  return GTK_WIDGET (self);
}

void
stolt_values_find_set_document (StoltValuesFind *self,
                                StoltProject    *project,
                                StoltRecord     *document)
{
  g_return_if_fail (STOLT_IS_VALUES_FIND (self));

  if (self->project != project)
    {
      if (self->project != NULL)
        g_signal_handlers_disconnect_by_data (self->project, self);
      g_set_object (&self->project, project);
      if (project != NULL)
        {
          g_signal_connect_object (project, "record-changed", G_CALLBACK (project_changed_cb), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (project, "children-changed", G_CALLBACK (project_changed_cb), self,
                                   G_CONNECT_SWAPPED);
        }
    }
  g_set_object (&self->document, document);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->current = -1;
  if (self->bar != NULL)
    refresh (self);
}

void
stolt_values_find_set_editable (StoltValuesFind *self,
                                gboolean         editable)
{
  g_return_if_fail (STOLT_IS_VALUES_FIND (self));

  self->editable = editable;
  gtk_widget_set_sensitive (self->replace_entry, editable);
  update_status (self);
}

/**
 * stolt_values_find_open:
 * @replace: with the replace row
 *
 * Shows the bar with the keys in its find entry (the replace entry if
 * @replace and there is something to find), and the first match from
 * the top.
 */
void
stolt_values_find_open (StoltValuesFind *self,
                        gboolean         replace)
{
  GtkRoot *root;

  g_return_if_fail (STOLT_IS_VALUES_FIND (self));

  if (!stolt_values_find_is_open (self) && (root = gtk_widget_get_root (GTK_WIDGET (self))) != NULL)
    g_weak_ref_set (&self->return_focus, gtk_root_get_focus (root));
  stolt_rich_editor_commit (stolt_values_page_get_rich_editor (self->page));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->bar), TRUE);
  /* Open again: the text found last time, selected to type over */
  if (needle (self)[0] != '\0' && gtk_editable_get_text (GTK_EDITABLE (self->entry))[0] == '\0')
    {
      g_autofree char *last = g_strdup (needle (self));

      gtk_editable_set_text (GTK_EDITABLE (self->entry), last);
      g_free (self->needle);
      self->needle = g_steal_pointer (&last);
    }
  if (replace)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->replace_toggle), TRUE);
  if (replace && needle (self)[0] != '\0' && self->editable)
    gtk_widget_grab_focus (self->replace_entry);
  else
    {
      gtk_widget_grab_focus (self->entry);
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
    }

  self->current = -1;
  refresh (self);
  if (self->current >= 0)
    show_match (self, self->current);
}

void
stolt_values_find_close (StoltValuesFind *self)
{
  g_return_if_fail (STOLT_IS_VALUES_FIND (self));

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->bar), FALSE);
}

gboolean
stolt_values_find_is_open (StoltValuesFind *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_FIND (self), FALSE);

  return gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->bar));
}

guint
stolt_values_find_get_n_matches (StoltValuesFind *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_FIND (self), 0);

  if (self->refresh_id != 0)
    refresh (self);
  return self->matches != NULL ? self->matches->len : 0;
}

/* The index of the match shown, -1 if none */
int
stolt_values_find_get_current (StoltValuesFind *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_FIND (self), -1);

  return self->current;
}

/* "3 of 12", "No matches", … as shown and announced */
const char *
stolt_values_find_get_status (StoltValuesFind *self)
{
  g_return_val_if_fail (STOLT_IS_VALUES_FIND (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->status));
}

/* "find" or "replace" */
GtkEditable *
stolt_values_find_get_entry (StoltValuesFind *self,
                             const char      *name)
{
  g_return_val_if_fail (STOLT_IS_VALUES_FIND (self), NULL);

  return GTK_EDITABLE (g_str_equal (name, "replace") ? self->replace_entry : self->entry);
}
