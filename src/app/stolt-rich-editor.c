/* stolt-rich-editor.c — formatted text for a values section's body
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkTextView the user writes in as in a word processor: bold, italic,
 * sub-headings, bulleted and numbered lists and links from a small
 * toolbar or the usual keys; formatted text pasted from LibreOffice or a
 * browser keeps what of it the subset has (stolt-rich-html.c).
 * Every line of the buffer is one block of the Markdown subset
 * (HACKING.md); a list item starts with a marker ("• ", "1. ") that is
 * drawn text the user cannot edit and that is never stored; a list
 * item's nesting (Tab and Shift+Tab) is a tag on its line, "depth-N".  The buffer
 * is read into rich-text blocks and written by the io layer's
 * stolt_markdown_from_rich(), the same code the exporters use, so what
 * the user typed — "# not a heading", "*stars*" — is escaped and comes
 * back as typed.
 *
 * The body goes to the model at word boundaries and after a pause, each
 * time as one step on the project's undo stack, so undo takes back a word
 * at a time; the buffer keeps no undo history of its own.
 */

#define G_LOG_DOMAIN "stolt-rich-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-markdown.h"
#include "stolt-rich-editor.h"
#include "stolt-rich-clipboard.h"
#include "stolt-rich-link-dialog.h"
#include "stolt-wrap-box.h"

#define COMMIT_DELAY_MS 800
#define MAX_DEPTH 7             /* list nesting, as stolt_markdown_from_rich () */

typedef enum
{
  BUTTON_STRONG,
  BUTTON_EMPH,
  BUTTON_HEADING,
  BUTTON_BULLET,
  BUTTON_NUMBERED,
  N_BUTTONS
} ButtonKind;

static const struct
{
  const char *name;       /* also the accessible name, N_() */
  const char *icon;
  const char *accel;      /* for the tooltip */
} button_specs[N_BUTTONS] = {
  [BUTTON_STRONG] = { N_("Bold"), "format-text-bold-symbolic", "Ctrl+B" },
  [BUTTON_EMPH] = { N_("Italic"), "format-text-italic-symbolic", "Ctrl+I" },
  /* No icon says "heading": the button says it in words */
  [BUTTON_HEADING] = { N_("Sub-heading"), NULL, "Ctrl+Alt+2" },
  [BUTTON_BULLET] = { N_("Bulleted list"), "view-list-bullet-symbolic", "Ctrl+Shift+8" },
  [BUTTON_NUMBERED] = { N_("Numbered list"), "view-list-ordered-symbolic", "Ctrl+Shift+7" },
};

struct _StoltRichEditor
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkWidget          *view;
  GtkTextBuffer      *buffer;
  GtkWidget          *buttons[N_BUTTONS];
  GtkWidget          *link_button;
  GtkTextTag         *strong;
  GtkTextTag         *heading;
  GPtrArray          *link_tags;   /* a tag per link, its address as "uri" data */
  GtkTextTag         *emph;
  GtkTextTag         *marker;
  GtkTextTag         *bullet;
  GtkTextTag         *numbered;
  GtkTextTag         *depth_tags[MAX_DEPTH + 1];  /* [0] unused: no tag at depth 0 */

  StoltProject       *project;
  StoltValuesSection *section;
  char               *committed;   /* the body as last read or written */
  guint               commit_id;
  gboolean            loading;     /* the buffer is being changed by us */
  gboolean            syncing;     /* the buttons follow the cursor */
  gboolean            pending;     /* typed but not yet committed */
  gboolean            inserting;   /* between the two insert-text handlers */
  gboolean            plain_paste; /* the text view pastes, not us */
};

G_DEFINE_FINAL_TYPE (StoltRichEditor, stolt_rich_editor, GTK_TYPE_WIDGET)

static void cursor_moved_cb (StoltRichEditor *self);
static void set_line_kind (StoltRichEditor *self, int line, StoltRichKind kind);
static GtkTextTag *link_at_cursor (StoltRichEditor *self, GtkTextIter *start, GtkTextIter *end);

/* Lines and their kinds */

static StoltRichKind
line_kind (StoltRichEditor *self,
           int              line)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (self->buffer, &iter, line);
  if (gtk_text_iter_has_tag (&iter, self->bullet))
    return STOLT_RICH_BULLET;
  if (gtk_text_iter_has_tag (&iter, self->numbered))
    return STOLT_RICH_NUMBERED;
  if (gtk_text_iter_has_tag (&iter, self->heading))
    return STOLT_RICH_HEADING;
  return STOLT_RICH_PARAGRAPH;
}

static GtkTextTag *
kind_tag (StoltRichEditor *self,
          StoltRichKind    kind)
{
  switch (kind)
    {
    case STOLT_RICH_BULLET:
      return self->bullet;
    case STOLT_RICH_NUMBERED:
      return self->numbered;
    case STOLT_RICH_HEADING:
      return self->heading;
    case STOLT_RICH_PARAGRAPH:
    default:
      return NULL;
    }
}

/* How deep in a nested list @line is, 0 for the outermost */
static guint
line_depth (StoltRichEditor *self,
            int              line)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line (self->buffer, &iter, line);
  for (guint depth = 1; depth <= MAX_DEPTH; depth++)
    if (gtk_text_iter_has_tag (&iter, self->depth_tags[depth]))
      return depth;
  return 0;
}

static void line_bounds (StoltRichEditor *self, int line, GtkTextIter *start, GtkTextIter *end);

/* The depth tag over all of @line, none at depth 0 */
static void
apply_depth (StoltRichEditor *self,
             int              line,
             guint            depth)
{
  GtkTextIter start, end;

  line_bounds (self, line, &start, &end);
  if (gtk_text_iter_equal (&start, &end))
    return;
  for (guint d = 1; d <= MAX_DEPTH; d++)
    gtk_text_buffer_remove_tag (self->buffer, self->depth_tags[d], &start, &end);
  if (depth > 0)
    gtk_text_buffer_apply_tag (self->buffer, self->depth_tags[MIN (depth, MAX_DEPTH)], &start, &end);
}

static void
line_bounds (StoltRichEditor *self,
             int              line,
             GtkTextIter     *start,
             GtkTextIter     *end)
{
  gtk_text_buffer_get_iter_at_line (self->buffer, start, line);
  *end = *start;
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
}

/* The end of the marker at the start of @line (the line's start if none) */
static void
content_start (StoltRichEditor *self,
               int              line,
               GtkTextIter     *iter)
{
  gtk_text_buffer_get_iter_at_line (self->buffer, iter, line);
  if (gtk_text_iter_starts_tag (iter, self->marker))
    gtk_text_iter_forward_to_tag_toggle (iter, self->marker);
}

static void
set_marker (StoltRichEditor *self,
            int              line,
            StoltRichKind    kind,
            guint            number)
{
  GtkTextIter start, end;
  GtkTextTag *tag = kind == STOLT_RICH_BULLET ? self->bullet : self->numbered;
  guint depth = line_depth (self, line);
  /* Bullets alternate with the depth, as in word processors */
  g_autofree char *text = kind == STOLT_RICH_BULLET ? g_strdup (depth % 2 == 0 ? "• " : "◦ ")
                                                    : g_strdup_printf ("%u. ", number);

  gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
  content_start (self, line, &end);
  gtk_text_buffer_delete (self->buffer, &start, &end);
  gtk_text_buffer_insert_with_tags (self->buffer, &start, text, -1, self->marker, tag, NULL);
  apply_depth (self, line, depth);
}

/* Moves a list item @line one level in or out: no deeper than one below
 * the item before it, as a list can nest */
static gboolean
set_line_depth (StoltRichEditor *self,
                int              line,
                guint            depth)
{
  StoltRichKind kind = line_kind (self, line);
  StoltRichKind above = line > 0 ? line_kind (self, line - 1) : STOLT_RICH_PARAGRAPH;
  guint deepest = above == STOLT_RICH_BULLET || above == STOLT_RICH_NUMBERED
                  ? MIN (line_depth (self, line - 1) + 1, MAX_DEPTH) : 0;
  gboolean loading = self->loading;

  if (kind != STOLT_RICH_BULLET && kind != STOLT_RICH_NUMBERED)
    return FALSE;
  depth = MIN (depth, deepest);
  if (depth == line_depth (self, line))
    return FALSE;

  self->loading = TRUE;
  apply_depth (self, line, depth);
  set_marker (self, line, kind, 1);
  self->loading = loading;
  return TRUE;
}

static void
set_line_kind (StoltRichEditor *self,
               int              line,
               StoltRichKind    kind)
{
  GtkTextIter start, end;
  gboolean loading = self->loading;

  self->loading = TRUE;
  if (kind == STOLT_RICH_PARAGRAPH || kind == STOLT_RICH_HEADING)
    {
      apply_depth (self, line, 0);
      gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
      content_start (self, line, &end);
      gtk_text_buffer_delete (self->buffer, &start, &end);
    }
  else
    set_marker (self, line, kind, 1);

  line_bounds (self, line, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->bullet, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->numbered, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->heading, &start, &end);
  if (kind != STOLT_RICH_PARAGRAPH)
    gtk_text_buffer_apply_tag (self->buffer, kind_tag (self, kind), &start, &end);
  self->loading = loading;
}

/* Numbered lists count from 1 in each run of numbered lines at one
 * depth; a deeper list between two items does not end the run.  Returns
 * the number of an item of @kind at @depth, 0 for other lines. */
static guint
next_number (StoltRichKind kind,
             guint         depth,
             guint        *numbers)
{
  if (kind != STOLT_RICH_BULLET && kind != STOLT_RICH_NUMBERED)
    {
      memset (numbers, 0, sizeof (guint) * (MAX_DEPTH + 1));
      return 0;
    }
  for (guint d = depth + 1; d <= MAX_DEPTH; d++)
    numbers[d] = 0;
  if (kind == STOLT_RICH_BULLET)
    {
      numbers[depth] = 0;
      return 0;
    }
  return ++numbers[depth];
}

static void
renumber (StoltRichEditor *self)
{
  int n_lines = gtk_text_buffer_get_line_count (self->buffer);
  gboolean loading = self->loading;
  guint numbers[MAX_DEPTH + 1] = { 0 };

  self->loading = TRUE;
  for (int line = 0; line < n_lines; line++)
    {
      GtkTextIter start, end;
      g_autofree char *shown = NULL;
      g_autofree char *wanted = NULL;
      guint number = next_number (line_kind (self, line), line_depth (self, line), numbers);

      if (number == 0)
        continue;
      gtk_text_buffer_get_iter_at_line (self->buffer, &start, line);
      content_start (self, line, &end);
      shown = gtk_text_iter_get_slice (&start, &end);
      wanted = g_strdup_printf ("%u. ", number);
      if (!g_str_equal (shown, wanted))
        set_marker (self, line, STOLT_RICH_NUMBERED, number);
    }
  self->loading = loading;
}

/* Buffer ↔ Markdown */

static StoltRichStyle
style_at (StoltRichEditor   *self,
          const GtkTextIter *iter)
{
  StoltRichStyle style = STOLT_RICH_PLAIN;

  if (gtk_text_iter_has_tag (iter, self->strong))
    style |= STOLT_RICH_STRONG;
  if (gtk_text_iter_has_tag (iter, self->emph))
    style |= STOLT_RICH_EMPH;
  return style;
}

/* The link tag at @iter, if any */
static GtkTextTag *
link_at (StoltRichEditor   *self,
         const GtkTextIter *iter)
{
  for (guint i = 0; i < self->link_tags->len; i++)
    if (gtk_text_iter_has_tag (iter, g_ptr_array_index (self->link_tags, i)))
      return g_ptr_array_index (self->link_tags, i);
  return NULL;
}

static const char *
link_uri (GtkTextTag *tag)
{
  return tag != NULL ? g_object_get_data (G_OBJECT (tag), "uri") : NULL;
}

/* A tag that shows text as a link to @uri (stolt_rich_link_is_allowed) */
static GtkTextTag *
new_link_tag (StoltRichEditor *self,
              const char      *uri)
{
  GtkTextTag *tag = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                "underline", PANGO_UNDERLINE_SINGLE,
                                                "foreground", "#1c71d8", NULL);

  g_object_set_data_full (G_OBJECT (tag), "uri", g_strdup (uri), g_free);
  g_ptr_array_add (self->link_tags, tag);
  return tag;
}

static void
clear_link_tags (StoltRichEditor *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

  for (guint i = 0; i < self->link_tags->len; i++)
    gtk_text_tag_table_remove (table, g_ptr_array_index (self->link_tags, i));
  g_ptr_array_set_size (self->link_tags, 0);
}

char *
stolt_rich_editor_dup_markdown (StoltRichEditor *self)
{
  g_autoptr(GPtrArray) blocks = stolt_rich_blocks_new ();
  int n_lines;
  guint numbers[MAX_DEPTH + 1] = { 0 };
  int list_depth = -1;    /* of the list item above, -1 if none */

  g_return_val_if_fail (STOLT_IS_RICH_EDITOR (self), NULL);

  n_lines = gtk_text_buffer_get_line_count (self->buffer);
  for (int line = 0; line < n_lines; line++)
    {
      StoltRichKind kind = line_kind (self, line);
      gboolean item = kind == STOLT_RICH_BULLET || kind == STOLT_RICH_NUMBERED;
      /* An item is at most one deeper than the one above it */
      guint depth = item ? MIN (line_depth (self, line), (guint) (list_depth + 1)) : 0;
      StoltRichBlock *block;
      GtkTextIter iter, end;
      guint number;

      content_start (self, line, &iter);
      line_bounds (self, line, &end, &end);
      if (gtk_text_iter_equal (&iter, &end))
        continue;

      number = next_number (kind, depth, numbers);
      list_depth = item ? (int) depth : -1;
      block = stolt_rich_blocks_append (blocks, kind, number, depth);
      /* One span per run of the same style */
      while (gtk_text_iter_compare (&iter, &end) < 0)
        {
          GtkTextIter next = iter;
          g_autofree char *text = NULL;

          gtk_text_iter_forward_to_tag_toggle (&next, NULL);
          if (gtk_text_iter_compare (&next, &end) > 0)
            next = end;
          text = gtk_text_iter_get_slice (&iter, &next);
          stolt_rich_block_add_link (block, text, style_at (self, &iter),
                                     link_uri (link_at (self, &iter)));
          iter = next;
        }
    }

  return stolt_markdown_from_rich (blocks);
}

/* Inserts @blocks at @iter, each a line of the buffer; the first goes
 * into the line @iter is on, and gives it its kind if the line was
 * empty.  @iter ends after the last.  The caller sets self->loading. */
static void
insert_blocks (StoltRichEditor *self,
               GtkTextIter     *iter,
               GPtrArray       *blocks)
{
  GtkTextMark *mark = gtk_text_buffer_create_mark (self->buffer, NULL, iter, FALSE);

  for (guint i = 0; i < blocks->len; i++)
    {
      const StoltRichBlock *block = g_ptr_array_index (blocks, i);
      GtkTextIter content, line_end;
      StoltRichKind kind;
      int line;

      gtk_text_buffer_get_iter_at_mark (self->buffer, iter, mark);
      if (i > 0)
        gtk_text_buffer_insert (self->buffer, iter, "\n", 1);
      line = gtk_text_iter_get_line (iter);
      content_start (self, line, &content);
      line_bounds (self, line, &line_end, &line_end);
      kind = i > 0 || gtk_text_iter_equal (&content, &line_end) ? block->kind
                                                                : line_kind (self, line);
      for (guint j = 0; j < block->spans->len; j++)
        {
          const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, j);
          GtkTextIter start;
          int offset;

          gtk_text_buffer_get_iter_at_mark (self->buffer, iter, mark);
          offset = gtk_text_iter_get_offset (iter);
          gtk_text_buffer_insert (self->buffer, iter, span->text, -1);
          gtk_text_buffer_get_iter_at_offset (self->buffer, &start, offset);
          gtk_text_buffer_remove_all_tags (self->buffer, &start, iter);
          if (span->style & STOLT_RICH_STRONG)
            gtk_text_buffer_apply_tag (self->buffer, self->strong, &start, iter);
          if (span->style & STOLT_RICH_EMPH)
            gtk_text_buffer_apply_tag (self->buffer, self->emph, &start, iter);
          if (span->uri != NULL)
            {
              GtkTextTag *tag = NULL;

              /* One tag per link, also over spans of different styles */
              if (j > 0 && g_strcmp0 (g_array_index (block->spans, StoltRichSpan, j - 1).uri,
                                      span->uri) == 0)
                {
                  GtkTextIter before = start;

                  gtk_text_iter_backward_char (&before);
                  tag = link_at (self, &before);
                }
              gtk_text_buffer_apply_tag (self->buffer, tag != NULL ? tag : new_link_tag (self, span->uri),
                                         &start, iter);
            }
        }
      set_line_kind (self, line, kind);
      if (kind == block->kind && block->depth > 0)
        set_line_depth (self, line, block->depth);
    }
  gtk_text_buffer_get_iter_at_mark (self->buffer, iter, mark);
  gtk_text_buffer_delete_mark (self->buffer, mark);
}

static void
load (StoltRichEditor *self,
      const char      *body)
{
  g_autoptr(GPtrArray) blocks = stolt_markdown_parse (body);
  GtkTextIter iter;

  self->loading = TRUE;
  gtk_text_buffer_set_text (self->buffer, "", 0);
  clear_link_tags (self);
  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  insert_blocks (self, &iter, blocks);
  renumber (self);
  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  self->loading = FALSE;
}

/* Committing to the model */

void
stolt_rich_editor_commit (StoltRichEditor *self)
{
  g_autofree char *markdown = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (STOLT_IS_RICH_EDITOR (self));

  g_clear_handle_id (&self->commit_id, g_source_remove);
  if (!self->pending || self->section == NULL)
    return;
  self->pending = FALSE;

  markdown = stolt_rich_editor_dup_markdown (self);
  if (g_strcmp0 (markdown, stolt_values_section_get_body (self->section)) == 0)
    return;

  g_free (self->committed);
  self->committed = g_strdup (markdown);
  if (!stolt_project_set_text (self->project, STOLT_RECORD (self->section), "body", markdown,
                               &error))
    g_warning ("Could not keep the section's text: %s", error->message);
}

static gboolean
commit_timeout_cb (gpointer data)
{
  StoltRichEditor *self = data;

  self->commit_id = 0;
  stolt_rich_editor_commit (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_commit (StoltRichEditor *self)
{
  self->pending = TRUE;
  g_clear_handle_id (&self->commit_id, g_source_remove);
  self->commit_id = g_timeout_add (COMMIT_DELAY_MS, commit_timeout_cb, self);
}

/* Undo and redo elsewhere: show what the model now holds */
static void
record_changed_cb (StoltProject    *project,
                   StoltRecord     *record,
                   const char      *field,
                   StoltRichEditor *self)
{
  const char *body;

  if (record != STOLT_RECORD (self->section))
    return;
  body = stolt_values_section_get_body (self->section);
  if (g_strcmp0 (body, self->committed) == 0)
    return;

  {
    GtkTextIter iter;
    int offset;

    gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
    offset = gtk_text_iter_get_offset (&iter);
    g_clear_handle_id (&self->commit_id, g_source_remove);
    self->pending = FALSE;
    g_free (self->committed);
    self->committed = g_strdup (body);
    load (self, body);
    gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, offset);
    gtk_text_buffer_place_cursor (self->buffer, &iter);
  }
}

/* Typing */

static gboolean
is_word_end (const char *text,
             int         length)
{
  const char *last;
  gunichar c;

  if (length == 0)
    return FALSE;
  last = g_utf8_find_prev_char (text, text + length);
  c = last != NULL ? g_utf8_get_char (last) : 0;
  return g_unichar_isspace (c) || g_unichar_ispunct (c);
}

/* New text takes the toolbar's style and its line's kind; a new line in
 * a list is the next item, and Enter on an empty item moves it out a
 * level, or at the outermost ends the list. */
static void
insert_text_cb (GtkTextBuffer   *buffer,
                GtkTextIter     *location,
                const char      *text,
                int              length,
                StoltRichEditor *self)
{
  GtkTextIter start = *location;
  GtkTextMark *end_mark;
  int first_line, last_line;
  StoltRichKind kind;
  guint depth;

  self->inserting = FALSE;
  if (self->loading)
    return;

  gtk_text_iter_backward_chars (&start, g_utf8_strlen (text, length));
  end_mark = gtk_text_buffer_create_mark (buffer, NULL, location, FALSE);
  self->loading = TRUE;
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->buttons[BUTTON_STRONG])))
    gtk_text_buffer_apply_tag (buffer, self->strong, &start, location);
  else
    gtk_text_buffer_remove_tag (buffer, self->strong, &start, location);
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->buttons[BUTTON_EMPH])))
    gtk_text_buffer_apply_tag (buffer, self->emph, &start, location);
  else
    gtk_text_buffer_remove_tag (buffer, self->emph, &start, location);
  gtk_text_buffer_remove_tag (buffer, self->marker, &start, location);
  /* Text typed inside a link is the link's; at its ends it is not */
  for (guint i = 0; i < self->link_tags->len; i++)
    {
      GtkTextTag *tag = g_ptr_array_index (self->link_tags, i);
      GtkTextIter before = start;

      if (gtk_text_iter_backward_char (&before) && gtk_text_iter_has_tag (&before, tag) &&
          gtk_text_iter_has_tag (location, tag) && !gtk_text_iter_is_end (location))
        gtk_text_buffer_apply_tag (buffer, tag, &start, location);
      else
        gtk_text_buffer_remove_tag (buffer, tag, &start, location);
    }

  first_line = gtk_text_iter_get_line (&start);
  last_line = gtk_text_iter_get_line (location);
  kind = line_kind (self, first_line);
  depth = line_depth (self, first_line);
  for (int line = first_line + 1; line <= last_line; line++)
    {
      GtkTextIter content, end;

      content_start (self, line - 1, &content);
      line_bounds (self, line - 1, &end, &end);
      if ((kind == STOLT_RICH_BULLET || kind == STOLT_RICH_NUMBERED) && depth > 0 &&
          gtk_text_iter_equal (&content, &end) && line == last_line)
        {
          /* Enter on an empty nested item moves it out a level, as in
           * word processors: the new line goes again */
          GtkTextIter line_start;

          gtk_text_buffer_get_iter_at_line (buffer, &line_start, line);
          gtk_text_buffer_delete (buffer, &end, &line_start);
          depth--;
          set_line_depth (self, line - 1, depth);
          /* …into the list there, bulleted or numbered as it is */
          for (int above = line - 2; above >= 0; above--)
            {
              StoltRichKind above_kind = line_kind (self, above);
              guint above_depth = line_depth (self, above);

              if ((above_kind != STOLT_RICH_BULLET && above_kind != STOLT_RICH_NUMBERED) ||
                  above_depth < depth)
                break;
              if (above_depth == depth)
                {
                  if (above_kind != kind)
                    set_line_kind (self, line - 1, kind = above_kind);
                  break;
                }
            }
        }
      else if (kind != STOLT_RICH_PARAGRAPH && gtk_text_iter_equal (&content, &end) &&
               line == last_line)
        {
          /* Enter on an empty item: the item becomes a plain line */
          set_line_kind (self, line - 1, STOLT_RICH_PARAGRAPH);
          set_line_kind (self, line, STOLT_RICH_PARAGRAPH);
          kind = STOLT_RICH_PARAGRAPH;
        }
      else
        {
          /* After a sub-heading comes text; the next item is as deep */
          set_line_kind (self, line, kind == STOLT_RICH_HEADING ? STOLT_RICH_PARAGRAPH : kind);
          if (kind != STOLT_RICH_HEADING && depth > 0)
            set_line_depth (self, line, depth);
        }
    }
  if (kind != STOLT_RICH_PARAGRAPH)
    {
      GtkTextIter line_start, line_end;

      line_bounds (self, first_line, &line_start, &line_end);
      gtk_text_buffer_apply_tag (buffer, kind_tag (self, kind), &line_start, &line_end);
      if (depth > 0)
        apply_depth (self, first_line, depth);
    }
  if (last_line > first_line)
    renumber (self);
  self->loading = FALSE;

  gtk_text_buffer_get_iter_at_mark (buffer, location, end_mark);
  gtk_text_buffer_delete_mark (buffer, end_mark);
  /* The new text has its style now; a new line may have left a list */
  cursor_moved_cb (self);

  schedule_commit (self);
  if (is_word_end (text, length))
    {
      /* A word is one undo step: the next word starts a new one, however
       * fast it is typed (set commands merge otherwise) */
      stolt_rich_editor_commit (self);
      stolt_undo_stack_seal (stolt_project_get_undo_stack (self->project));
    }
}

/* Typing moves the cursor before the new text has its style: the
 * toolbar must not follow the cursor then */
static void
before_insert_text_cb (GtkTextBuffer   *buffer,
                       GtkTextIter     *location,
                       const char      *text,
                       int              length,
                       StoltRichEditor *self)
{
  self->inserting = TRUE;
}

static void
delete_range_cb (GtkTextBuffer   *buffer,
                 GtkTextIter     *start,
                 GtkTextIter     *end,
                 StoltRichEditor *self)
{
  StoltRichKind kind;

  if (self->loading)
    return;
  /* A line joined onto a sub-heading or an item is all of that kind */
  kind = line_kind (self, gtk_text_iter_get_line (start));
  if (kind != STOLT_RICH_PARAGRAPH)
    {
      GtkTextIter line_start, line_end;

      line_bounds (self, gtk_text_iter_get_line (start), &line_start, &line_end);
      self->loading = TRUE;
      gtk_text_buffer_apply_tag (buffer, kind_tag (self, kind), &line_start, &line_end);
      apply_depth (self, gtk_text_iter_get_line (start), line_depth (self, gtk_text_iter_get_line (start)));
      self->loading = FALSE;
    }
  schedule_commit (self);
}

/* The toolbar follows the cursor */
static void
cursor_moved_cb (StoltRichEditor *self)
{
  GtkTextIter iter;
  StoltRichStyle style;
  StoltRichKind kind;

  if (self->loading || self->inserting)
    return;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  kind = line_kind (self, gtk_text_iter_get_line (&iter));
  /* The style of the character before the cursor is what typing continues */
  if (!gtk_text_iter_starts_line (&iter))
    gtk_text_iter_backward_char (&iter);
  style = style_at (self, &iter);

  {
    GtkTextIter start, end;

    gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.open-link",
                                   link_at_cursor (self, &start, &end) != NULL);
  }
  self->syncing = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[BUTTON_STRONG]),
                                (style & STOLT_RICH_STRONG) != 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[BUTTON_EMPH]),
                                (style & STOLT_RICH_EMPH) != 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[BUTTON_HEADING]),
                                kind == STOLT_RICH_HEADING);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[BUTTON_BULLET]),
                                kind == STOLT_RICH_BULLET);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[BUTTON_NUMBERED]),
                                kind == STOLT_RICH_NUMBERED);
  self->syncing = FALSE;
}

static void
button_toggled_cb (GtkToggleButton *button,
                   StoltRichEditor *self)
{
  ButtonKind which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  gboolean active = gtk_toggle_button_get_active (button);
  GtkTextIter start, end;

  if (self->syncing || self->section == NULL)
    return;

  gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end);
  if (which == BUTTON_STRONG || which == BUTTON_EMPH)
    {
      GtkTextTag *tag = which == BUTTON_STRONG ? self->strong : self->emph;

      /* Without a selection the button says how the next text is typed */
      if (gtk_text_iter_equal (&start, &end))
        return;
      if (active)
        gtk_text_buffer_apply_tag (self->buffer, tag, &start, &end);
      else
        gtk_text_buffer_remove_tag (self->buffer, tag, &start, &end);
    }
  else
    {
      StoltRichKind kind = !active ? STOLT_RICH_PARAGRAPH
                           : which == BUTTON_BULLET ? STOLT_RICH_BULLET
                           : which == BUTTON_HEADING ? STOLT_RICH_HEADING : STOLT_RICH_NUMBERED;
      int first = gtk_text_iter_get_line (&start);
      int last = gtk_text_iter_get_line (&end);

      for (int line = first; line <= last; line++)
        set_line_kind (self, line, kind);
      renumber (self);
      cursor_moved_cb (self);
    }

  self->pending = TRUE;
  stolt_rich_editor_commit (self);
  stolt_undo_stack_seal (stolt_project_get_undo_stack (self->project));
}

static gboolean
toggle_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   data)
{
  StoltRichEditor *self = data;
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (self->buttons[g_variant_get_uint32 (args)]);

  gtk_toggle_button_set_active (button, !gtk_toggle_button_get_active (button));
  return TRUE;
}

/* Ctrl+Z takes back the last word even before it was committed */
static gboolean
history_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   data)
{
  StoltRichEditor *self = data;

  stolt_rich_editor_commit (self);
  gtk_widget_activate_action (GTK_WIDGET (self), g_variant_get_string (args, NULL), NULL);
  return TRUE;
}

/* Tab and Shift+Tab in list items nest them one level deeper or less,
 * as in word processors; elsewhere Tab is the text view's own */
static gboolean
indent_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   data)
{
  StoltRichEditor *self = data;

  return stolt_rich_editor_indent (self, g_variant_get_int32 (args));
}

static gboolean
link_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   data)
{
  stolt_rich_editor_edit_link (data);
  return TRUE;
}

static void
add_shortcut (GtkEventController *controller,
              const char         *trigger,
              GtkShortcutFunc     func,
              gpointer            data,
              GVariant           *args)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_callback_action_new (func, data, NULL));

  gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
}

static void
add_shortcuts (StoltRichEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (controller, "<Control>b", toggle_shortcut_cb, self, g_variant_new_uint32 (BUTTON_STRONG));
  add_shortcut (controller, "<Control>i", toggle_shortcut_cb, self, g_variant_new_uint32 (BUTTON_EMPH));
  /* Ctrl+Alt+digit sets heading levels in word processors; Alt+digit
   * alone switches the window's pages */
  add_shortcut (controller, "<Control><Alt>2", toggle_shortcut_cb, self,
                g_variant_new_uint32 (BUTTON_HEADING));
  add_shortcut (controller, "<Control>k", link_shortcut_cb, self, NULL);
  /* Shift+8 and Shift+7 are different characters on every layout: match
   * the keys as on US and on Nordic keyboards */
  add_shortcut (controller, "<Control><Shift>8|<Control><Shift>asterisk|<Control><Shift>parenleft",
                toggle_shortcut_cb, self, g_variant_new_uint32 (BUTTON_BULLET));
  add_shortcut (controller, "<Control><Shift>7|<Control><Shift>ampersand|<Control><Shift>slash",
                toggle_shortcut_cb, self, g_variant_new_uint32 (BUTTON_NUMBERED));
  add_shortcut (controller, "Tab|KP_Tab", indent_shortcut_cb, self, g_variant_new_int32 (1));
  add_shortcut (controller, "<Shift>Tab|<Shift>ISO_Left_Tab|<Shift>KP_Tab", indent_shortcut_cb, self,
                g_variant_new_int32 (-1));
  add_shortcut (controller, "<Control>z", history_shortcut_cb, self, g_variant_new_string ("win.undo"));
  add_shortcut (controller, "<Control><Shift>z|<Control>y", history_shortcut_cb, self,
                g_variant_new_string ("win.redo"));
  gtk_widget_add_controller (self->view, controller);
}

static void
focus_left_cb (StoltRichEditor *self)
{
  stolt_rich_editor_commit (self);
}

/* Links */

/* The extent of the link under @iter, FALSE if none */
static gboolean
link_bounds (StoltRichEditor   *self,
             const GtkTextIter *iter,
             GtkTextTag       **tag,
             GtkTextIter       *start,
             GtkTextIter       *end)
{
  *tag = link_at (self, iter);
  if (*tag == NULL)
    return FALSE;
  *start = *end = *iter;
  if (!gtk_text_iter_starts_tag (start, *tag))
    gtk_text_iter_backward_to_tag_toggle (start, *tag);
  gtk_text_iter_forward_to_tag_toggle (end, *tag);
  return TRUE;
}

/* The link the cursor is in or just after */
static GtkTextTag *
link_at_cursor (StoltRichEditor *self,
                GtkTextIter     *start,
                GtkTextIter     *end)
{
  GtkTextIter iter;
  GtkTextTag *tag;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  if (link_bounds (self, &iter, &tag, start, end))
    return tag;
  if (gtk_text_iter_backward_char (&iter) && link_bounds (self, &iter, &tag, start, end))
    return tag;
  return NULL;
}

/**
 * stolt_rich_editor_set_link:
 * @text: (nullable): the link's text; empty for the selection's text, or
 *   the address if nothing is selected
 * @uri: (nullable): the address; NULL or empty removes the link at the
 *   cursor or in the selection
 *
 * Makes the selection, the link at the cursor or new text at the cursor
 * a link, as one step on the undo stack.
 *
 * Returns: FALSE with @error set for an address that cannot be a link
 */
gboolean
stolt_rich_editor_set_link (StoltRichEditor  *self,
                            const char       *text,
                            const char       *uri,
                            GError          **error)
{
  g_autofree char *address = stolt_rich_link_complete (uri);
  GtkTextIter start, end;
  GtkTextMark *mark;
  g_autofree char *current = NULL;

  g_return_val_if_fail (STOLT_IS_RICH_EDITOR (self), FALSE);
  g_return_val_if_fail (self->section != NULL, FALSE);

  if (address[0] != '\0' && !stolt_rich_link_is_allowed (address))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” cannot be a link: use a web address (https://…) or an e-mail address (mailto:…)"),
                   address);
      return FALSE;
    }

  stolt_rich_editor_commit (self);
  stolt_undo_stack_seal (stolt_project_get_undo_stack (self->project));
  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    {
      if (link_at_cursor (self, &start, &end) == NULL)
        {
          gtk_text_buffer_get_iter_at_mark (self->buffer, &start,
                                            gtk_text_buffer_get_insert (self->buffer));
          /* Never into a list item's marker */
          if (!gtk_text_iter_can_insert (&start, TRUE))
            content_start (self, gtk_text_iter_get_line (&start), &start);
          end = start;
        }
    }

  self->loading = TRUE;
  mark = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);
  current = gtk_text_iter_get_slice (&start, &end);
  if (address[0] != '\0' &&
      ((text != NULL && text[0] != '\0' && !g_str_equal (text, current)) || current[0] == '\0'))
    {
      /* New text for the link, in the style of what it replaces */
      const char *words = text != NULL && text[0] != '\0' ? text : address;
      gboolean strong = gtk_text_iter_has_tag (&start, self->strong);
      gboolean emph = gtk_text_iter_has_tag (&start, self->emph);
      StoltRichKind kind = line_kind (self, gtk_text_iter_get_line (&start));
      g_autofree char *line = g_strdup (words);

      g_strdelimit (line, "\r\n\t", ' ');
      gtk_text_buffer_delete (self->buffer, &start, &end);
      gtk_text_buffer_insert (self->buffer, &end, line, -1);
      gtk_text_buffer_get_iter_at_mark (self->buffer, &start, mark);
      gtk_text_buffer_remove_all_tags (self->buffer, &start, &end);
      if (strong)
        gtk_text_buffer_apply_tag (self->buffer, self->strong, &start, &end);
      if (emph)
        gtk_text_buffer_apply_tag (self->buffer, self->emph, &start, &end);
      if (kind != STOLT_RICH_PARAGRAPH)
        {
          GtkTextIter line_start, line_end;

          line_bounds (self, gtk_text_iter_get_line (&start), &line_start, &line_end);
          gtk_text_buffer_apply_tag (self->buffer, kind_tag (self, kind), &line_start, &line_end);
        }
    }
  /* No marker is ever a link */
  {
    GtkTextIter content;

    content_start (self, gtk_text_iter_get_line (&start), &content);
    if (gtk_text_iter_compare (&start, &content) < 0 &&
        gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&content))
      start = content;
  }
  for (guint i = 0; i < self->link_tags->len; i++)
    gtk_text_buffer_remove_tag (self->buffer, g_ptr_array_index (self->link_tags, i), &start, &end);
  if (address[0] != '\0' && gtk_text_iter_compare (&start, &end) < 0)
    gtk_text_buffer_apply_tag (self->buffer, new_link_tag (self, address), &start, &end);
  gtk_text_buffer_place_cursor (self->buffer, &end);
  gtk_text_buffer_delete_mark (self->buffer, mark);
  self->loading = FALSE;
  cursor_moved_cb (self);

  self->pending = TRUE;
  stolt_rich_editor_commit (self);
  stolt_undo_stack_seal (stolt_project_get_undo_stack (self->project));
  return TRUE;
}

/**
 * stolt_rich_editor_edit_link:
 *
 * Asks for the text and address of a link at the cursor or over the
 * selection (Ctrl+K, the toolbar's Link… button, the context menu).
 */
void
stolt_rich_editor_edit_link (StoltRichEditor *self)
{
  GtkRoot *root;
  GtkTextIter start, end;
  GtkTextTag *existing = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (STOLT_IS_RICH_EDITOR (self));

  if (self->section == NULL)
    return;
  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    existing = link_at_cursor (self, &start, &end);
  text = gtk_text_iter_get_slice (&start, &end);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  stolt_rich_link_dialog_present (self, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, text,
                                  link_uri (existing));
}

static void
open_uri (StoltRichEditor *self,
          const char      *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Only what the subset allows is ever a link tag; check again anyway */
  if (stolt_rich_link_is_allowed (uri))
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static GtkTextTag *
link_at_point (StoltRichEditor *self,
               double           x,
               double           y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self->view), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self->view), &iter, bx, by))
    return NULL;
  return link_at (self, &iter);
}

/* Ctrl+click opens a link, as in word processors */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   StoltRichEditor *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkTextTag *tag;

  if (n_press != 1 || (state & GDK_CONTROL_MASK) == 0)
    return;
  tag = link_at_point (self, x, y);
  if (tag != NULL)
    open_uri (self, link_uri (tag));
}

static gboolean
query_tooltip_cb (GtkWidget       *view,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip,
                  StoltRichEditor *self)
{
  GtkTextTag *tag;
  g_autofree char *text = NULL;

  if (keyboard)
    {
      GtkTextIter start, end;

      tag = link_at_cursor (self, &start, &end);
    }
  else
    tag = link_at_point (self, x, y);
  if (tag == NULL)
    return FALSE;
  /* Translators: a link's tooltip: its address, then how to open it */
  text = g_strdup_printf (_("%s\nCtrl+click to open"), link_uri (tag));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
edit_link_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  stolt_rich_editor_edit_link (STOLT_RICH_EDITOR (widget));
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  StoltRichEditor *self = STOLT_RICH_EDITOR (widget);
  GtkTextIter start, end;
  GtkTextTag *tag = link_at_cursor (self, &start, &end);

  if (tag != NULL)
    open_uri (self, link_uri (tag));
}

/* Pasting formatted text */

static void
paste_blocks (StoltRichEditor *self,
              GPtrArray       *blocks)
{
  GtkTextIter iter;

  stolt_rich_editor_commit (self);
  stolt_undo_stack_seal (stolt_project_get_undo_stack (self->project));
  gtk_text_buffer_delete_selection (self->buffer, TRUE, TRUE);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  /* Never into a list item's marker */
  if (!gtk_text_iter_can_insert (&iter, TRUE))
    content_start (self, gtk_text_iter_get_line (&iter), &iter);
  self->loading = TRUE;
  insert_blocks (self, &iter, blocks);
  renumber (self);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  self->loading = FALSE;
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (self->view),
                                      gtk_text_buffer_get_insert (self->buffer));
  cursor_moved_cb (self);

  self->pending = TRUE;
  stolt_rich_editor_commit (self);
  stolt_undo_stack_seal (stolt_project_get_undo_stack (self->project));
}

/* The clipboard's HTML could not be read or held no text: its plain text */
static void
paste_plain (StoltRichEditor *self)
{
  self->plain_paste = TRUE;
  g_signal_emit_by_name (self->view, "paste-clipboard");
  self->plain_paste = FALSE;
}

static void
html_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(StoltRichEditor) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) blocks = stolt_rich_clipboard_read_blocks_finish (GDK_CLIPBOARD (source),
                                                                         result, &error);

  if (blocks == NULL)
    g_debug ("Could not read the clipboard's HTML: %s", error->message);
  if (self->section == NULL || self->buffer == NULL)
    return;
  if (blocks == NULL || blocks->len == 0)
    paste_plain (self);
  else
    paste_blocks (self, blocks);
}

/* Formatted text comes as text/html from LibreOffice and browsers
 * (stolt-rich-clipboard.c); plain text is pasted as the text view always
 * did */
static void
paste_clipboard_cb (GtkTextView     *view,
                    StoltRichEditor *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (view));

  if (self->plain_paste || self->section == NULL || !stolt_rich_clipboard_has_html (clipboard))
    return;
  g_signal_stop_emission_by_name (view, "paste-clipboard");
  stolt_rich_clipboard_read_blocks_async (clipboard, NULL, html_read_cb, g_object_ref (self));
}

/* Building */

/* The buttons wrap onto a second line in a narrow window (issue 14) */
static GtkWidget *
make_toolbar (StoltRichEditor *self)
{
  GtkWidget *toolbar = stolt_wrap_box_new (4);

  gtk_widget_add_css_class (toolbar, "toolbar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (toolbar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Formatting"), -1);
  for (guint i = 0; i < N_BUTTONS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      const char *name = _(button_specs[i].name);
      /* Translators: a tooltip, e.g. "Bold (Ctrl+B)" */
      g_autofree char *tooltip = g_strdup_printf (_("%s (%s)"), name, button_specs[i].accel);

      if (button_specs[i].icon != NULL)
        gtk_button_set_icon_name (GTK_BUTTON (button), button_specs[i].icon);
      else
        gtk_button_set_label (GTK_BUTTON (button), name);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_set_focus_on_click (button, FALSE);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (button_toggled_cb), self);
      stolt_wrap_box_append (STOLT_WRAP_BOX (toolbar), button);
      self->buttons[i] = button;
    }

  self->link_button = gtk_button_new_from_icon_name ("insert-link-symbolic");
  {
    /* Translators: a tooltip */
    g_autofree char *tooltip = g_strdup_printf (_("%s (%s)"), _("Link…"), "Ctrl+K");

    gtk_widget_set_tooltip_text (self->link_button, tooltip);
  }
  gtk_widget_set_focus_on_click (self->link_button, FALSE);
  gtk_widget_add_css_class (self->link_button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Link…"), -1);
  g_signal_connect_swapped (self->link_button, "clicked", G_CALLBACK (stolt_rich_editor_edit_link),
                            self);
  stolt_wrap_box_append (STOLT_WRAP_BOX (toolbar), self->link_button);
  return toolbar;
}

static void
stolt_rich_editor_dispose (GObject *object)
{
  StoltRichEditor *self = STOLT_RICH_EDITOR (object);

  stolt_rich_editor_set_section (self, NULL, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  self->buffer = NULL;
  g_clear_pointer (&self->link_tags, g_ptr_array_unref);

  G_OBJECT_CLASS (stolt_rich_editor_parent_class)->dispose (object);
}

static void
stolt_rich_editor_class_init (StoltRichEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_rich_editor_dispose;
  gtk_widget_class_install_action (widget_class, "editor.edit-link", NULL, edit_link_action);
  gtk_widget_class_install_action (widget_class, "editor.open-link", NULL, open_link_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
stolt_rich_editor_init (StoltRichEditor *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  self->link_tags = g_ptr_array_new ();
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (self->box, "card");
  gtk_box_append (GTK_BOX (self->box), make_toolbar (self));

  self->view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self->view), 6);
  gtk_widget_set_sensitive (self->view, FALSE);
  self->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  self->strong = gtk_text_buffer_create_tag (self->buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->emph = gtk_text_buffer_create_tag (self->buffer, "emph", "style", PANGO_STYLE_ITALIC, NULL);
  self->heading = gtk_text_buffer_create_tag (self->buffer, "heading", "weight", PANGO_WEIGHT_BOLD,
                                              "scale", 1.25, "pixels-above-lines", 8, NULL);
  self->bullet = gtk_text_buffer_create_tag (self->buffer, "bullet", "left-margin", 32,
                                             "indent", -16, NULL);
  self->numbered = gtk_text_buffer_create_tag (self->buffer, "numbered", "left-margin", 32,
                                               "indent", -16, NULL);
  /* After the list tags, so that their margins win */
  for (guint depth = 1; depth <= MAX_DEPTH; depth++)
    {
      g_autofree char *name = g_strdup_printf ("depth-%u", depth);

      self->depth_tags[depth] = gtk_text_buffer_create_tag (self->buffer, name, "left-margin",
                                                            32 + 24 * (int) depth, NULL);
    }
  self->marker = gtk_text_buffer_create_tag (self->buffer, "marker", "editable", FALSE, NULL);
  g_signal_connect (self->buffer, "insert-text", G_CALLBACK (before_insert_text_cb), self);
  g_signal_connect_after (self->buffer, "insert-text", G_CALLBACK (insert_text_cb), self);
  g_signal_connect_after (self->buffer, "delete-range", G_CALLBACK (delete_range_cb), self);
  g_signal_connect_swapped (self->buffer, "notify::cursor-position", G_CALLBACK (cursor_moved_cb), self);
  add_shortcuts (self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_left_cb), self);
  gtk_widget_add_controller (self->view, focus);
  g_signal_connect (self->view, "paste-clipboard", G_CALLBACK (paste_clipboard_cb), self);
  gtk_widget_set_has_tooltip (self->view, TRUE);
  g_signal_connect (self->view, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (self->view, GTK_EVENT_CONTROLLER (click));
  g_menu_append (menu, _("_Link…"), "editor.edit-link");
  g_menu_append (menu, _("_Open Link"), "editor.open-link");
  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->view), G_MENU_MODEL (menu));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, -1, 260);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), scrolled);
}

/**
 * stolt_rich_editor_indent:
 * @levels: 1 to nest the list items at the cursor or in the selection one
 *   level deeper, -1 to bring them one level out
 *
 * Returns: whether the cursor was in a list (Tab is then taken)
 */
gboolean
stolt_rich_editor_indent (StoltRichEditor *self,
                          int              levels)
{
  GtkTextIter start, end;
  gboolean in_list = FALSE;
  gboolean changed = FALSE;
  guint last_depth = 0;
  int first, last;

  g_return_val_if_fail (STOLT_IS_RICH_EDITOR (self), FALSE);

  if (self->section == NULL || !gtk_text_view_get_editable (GTK_TEXT_VIEW (self->view)))
    return FALSE;
  /* Lines, not iterators: the markers change */
  gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end);
  first = gtk_text_iter_get_line (&start);
  last = gtk_text_iter_get_line (&end);
  for (int line = first; line <= last; line++)
    {
      StoltRichKind kind = line_kind (self, line);
      guint depth = line_depth (self, line);

      if (kind != STOLT_RICH_BULLET && kind != STOLT_RICH_NUMBERED)
        continue;
      in_list = TRUE;
      last_depth = depth;
      if (levels < 0 && depth == 0)
        continue;
      changed |= set_line_depth (self, line, levels < 0 ? depth - 1 : depth + 1);
    }
  if (!changed)
    return in_list;

  /* The items nested under the last one move with it */
  for (int line = last + 1; line < gtk_text_buffer_get_line_count (self->buffer); line++)
    {
      StoltRichKind kind = line_kind (self, line);
      guint depth = line_depth (self, line);

      if ((kind != STOLT_RICH_BULLET && kind != STOLT_RICH_NUMBERED) || depth <= last_depth)
        break;
      set_line_depth (self, line, levels < 0 ? depth - 1 : depth + 1);
    }
  renumber (self);
  self->pending = TRUE;
  stolt_rich_editor_commit (self);
  stolt_undo_stack_seal (stolt_project_get_undo_stack (self->project));
  return TRUE;
}

GtkWidget *
stolt_rich_editor_new (void)
{
  return g_object_new (STOLT_TYPE_RICH_EDITOR, NULL);
}

/**
 * stolt_rich_editor_set_section:
 * @section: (nullable): the section whose body to edit; what was typed
 *   into the previous one is committed first
 */
void
stolt_rich_editor_set_section (StoltRichEditor    *self,
                               StoltProject       *project,
                               StoltValuesSection *section)
{
  g_return_if_fail (STOLT_IS_RICH_EDITOR (self));

  if (self->section == section && self->project == project)
    return;

  if (self->section != NULL)
    stolt_rich_editor_commit (self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->section);
  g_clear_pointer (&self->committed, g_free);
  g_clear_handle_id (&self->commit_id, g_source_remove);
  self->pending = FALSE;

  if (self->buffer == NULL)
    return;

  if (section == NULL)
    {
      self->loading = TRUE;
      gtk_text_buffer_set_text (self->buffer, "", 0);
      self->loading = FALSE;
      gtk_widget_set_sensitive (self->view, FALSE);
      return;
    }

  self->project = g_object_ref (project);
  self->section = g_object_ref (section);
  self->committed = g_strdup (stolt_values_section_get_body (section));
  load (self, self->committed);
  cursor_moved_cb (self);
  gtk_widget_set_sensitive (self->view, TRUE);
  /* Screen readers name the text after its section */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  stolt_values_section_get_heading (section), -1);
  g_signal_connect_object (project, "record-changed", G_CALLBACK (record_changed_cb), self, 0);
}

GtkTextView *
stolt_rich_editor_get_view (StoltRichEditor *self)
{
  g_return_val_if_fail (STOLT_IS_RICH_EDITOR (self), NULL);

  return GTK_TEXT_VIEW (self->view);
}

/* The toolbar's button named @name ("Bold", "Italic", "Bulleted list",
 * "Numbered list", untranslated) */
GtkToggleButton *
stolt_rich_editor_get_button (StoltRichEditor *self,
                              const char      *name)
{
  g_return_val_if_fail (STOLT_IS_RICH_EDITOR (self), NULL);

  for (guint i = 0; i < N_BUTTONS; i++)
    if (g_str_equal (button_specs[i].name, name))
      return GTK_TOGGLE_BUTTON (self->buttons[i]);
  return NULL;
}

/* Where the text of @line starts, after its list marker if it has one
 * (the find bar selects matches in what the user reads) */
void
stolt_rich_editor_get_content_start (StoltRichEditor *self,
                                     int              line,
                                     GtkTextIter     *iter)
{
  g_return_if_fail (STOLT_IS_RICH_EDITOR (self));

  content_start (self, line, iter);
}
