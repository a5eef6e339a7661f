/* stolt-values-text.c — finding, replacing and counting words in a values document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Values tab's find bar, its word count and the tests share these
 * functions; none of them needs a display.  Matching compares one
 * character with one character after lowering its case (Å finds å, Ø
 * finds ø), so a match's offsets in the text are exact and a replacement
 * changes nothing else.  Section bodies are matched in the text the
 * editor shows and replaced block by block: the spans around a match
 * keep their style, the replacement takes the style of the text it
 * replaces, and stolt_markdown_from_rich() escapes what the user typed.
 */

#define G_LOG_DOMAIN "stolt-values-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-markdown.h"
#include "stolt-values-text.h"

/* Matching */

static gunichar *
fold (const char *text,
      gsize     **offsets,
      glong      *length)
{
  glong n = g_utf8_strlen (text, -1);
  gunichar *chars = g_new (gunichar, n + 1);
  const char *p = text;

  if (offsets != NULL)
    *offsets = g_new (gsize, n + 1);
  for (glong i = 0; i < n; i++, p = g_utf8_next_char (p))
    {
      chars[i] = g_unichar_tolower (g_utf8_get_char (p));
      if (offsets != NULL)
        (*offsets)[i] = (gsize) (p - text);
    }
  chars[n] = 0;
  if (offsets != NULL)
    (*offsets)[n] = (gsize) (p - text);
  *length = n;
  return chars;
}

/**
 * stolt_text_find:
 *
 * Returns: (transfer full): the ranges of @text (bytes) where @needle is,
 *   regardless of case, without overlaps, first to last; none for an
 *   empty needle
 */
GArray *
stolt_text_find (const char *text,
                 const char *needle)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (StoltTextRange));
  g_autofree char *composed = NULL;
  g_autofree gunichar *hay = NULL;
  g_autofree gunichar *pin = NULL;
  g_autofree gsize *offsets = NULL;
  glong n_hay, n_pin;

  if (text == NULL || needle == NULL || needle[0] == '\0' || !g_utf8_validate (needle, -1, NULL))
    return ranges;

  /* "å" typed as a + ring finds the å the keyboard gives */
  composed = g_utf8_normalize (needle, -1, G_NORMALIZE_NFC);
  hay = fold (text, &offsets, &n_hay);
  pin = fold (composed, NULL, &n_pin);
  for (glong i = 0; i + n_pin <= n_hay; i++)
    {
      glong j = 0;

      while (j < n_pin && hay[i + j] == pin[j])
        j++;
      if (j == n_pin)
        {
          StoltTextRange range = { offsets[i], offsets[i + n_pin] };

          g_array_append_val (ranges, range);
          i += n_pin - 1;
        }
    }
  return ranges;
}

/**
 * stolt_text_count_words:
 *
 * A word is a run of characters between spaces with a letter or a digit
 * in it: "–" and "•" are not words, "e-post" and "2026" are one each.
 */
guint
stolt_text_count_words (const char *text)
{
  gboolean counted = FALSE;
  guint n = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          counted = FALSE;
          continue;
        }
      if (!counted && g_unichar_isalnum (c))
        {
          n++;
          counted = TRUE;
        }
    }
  return n;
}

/* Section bodies */

static char *
block_text (const StoltRichBlock *block)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < block->spans->len; i++)
    g_string_append (text, g_array_index (block->spans, StoltRichSpan, i).text);
  return g_string_free (text, FALSE);
}

/**
 * stolt_markdown_dup_shown:
 *
 * Returns: the text of a section body as the editor shows it: its blocks
 *   one a line, without list markers and Markdown marks
 */
char *
stolt_markdown_dup_shown (const char *markdown)
{
  g_autoptr(GPtrArray) blocks = stolt_markdown_parse (markdown != NULL ? markdown : "");
  GString *shown = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      g_autofree char *text = block_text (g_ptr_array_index (blocks, i));

      if (i > 0)
        g_string_append_c (shown, '\n');
      g_string_append (shown, text);
    }
  return g_string_free (shown, FALSE);
}

/* The style of the span holding byte @at of the block (its last span's
 * at the end) */
static StoltRichStyle
style_at (const StoltRichBlock *block,
          gsize                 at)
{
  gsize offset = 0;

  for (guint i = 0; i < block->spans->len; i++)
    {
      const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, i);
      gsize length = strlen (span->text);

      if (at < offset + length)
        return span->style;
      offset += length;
    }
  return block->spans->len > 0
         ? g_array_index (block->spans, StoltRichSpan, block->spans->len - 1).style
         : STOLT_RICH_PLAIN;
}

/* The spans of @block between bytes @from and @to, appended to @out */
static void
copy_spans (const StoltRichBlock *block,
            gsize                 from,
            gsize                 to,
            StoltRichBlock       *out)
{
  gsize offset = 0;

  for (guint i = 0; i < block->spans->len && offset < to; i++)
    {
      const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, i);
      gsize length = strlen (span->text);
      gsize start = MAX (from, offset), end = MIN (to, offset + length);

      if (start < end)
        {
          g_autofree char *part = g_strndup (span->text + (start - offset), end - start);

          stolt_rich_block_add_span (out, part, span->style);
        }
      offset += length;
    }
}

/**
 * stolt_markdown_replace_ranges:
 * @ranges: sorted ranges of stolt_markdown_dup_shown (), none across a
 *   line
 *
 * Returns: @markdown with the text of each range replaced by
 *   @replacement, the formatting of everything else kept
 */
char *
stolt_markdown_replace_ranges (const char           *markdown,
                               const StoltTextRange *ranges,
                               guint                 n_ranges,
                               const char           *replacement)
{
  g_autoptr(GPtrArray) blocks = stolt_markdown_parse (markdown != NULL ? markdown : "");
  g_autoptr(GPtrArray) result = stolt_rich_blocks_new ();
  gsize base = 0;
  guint next = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      const StoltRichBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *text = block_text (block);
      gsize length = strlen (text);
      StoltRichBlock *copy = stolt_rich_blocks_append (result, block->kind, block->number,
                                                       block->depth);
      gsize at = 0;

      for (; next < n_ranges && ranges[next].end <= base + length; next++)
        {
          gsize start = ranges[next].start - base, end = ranges[next].end - base;

          if (ranges[next].start < base)
            continue;
          copy_spans (block, at, start, copy);
          stolt_rich_block_add_span (copy, replacement, style_at (block, start));
          at = end;
        }
      copy_spans (block, at, length, copy);
      if (copy->spans->len == 0)
        g_ptr_array_remove_index (result, result->len - 1);
      base += length + 1;  /* the line between blocks */
    }
  return stolt_markdown_from_rich (result);
}

/* A values document's fields in reading order */

static const struct
{
  GType      (*type) (void);
  const char *field;
  gboolean    markdown;
} text_fields[] = {
  { stolt_values_document_get_type, "title", FALSE },
  { stolt_values_document_get_type, "introduction", FALSE },
  { stolt_value_get_type, "name", FALSE },
  { stolt_value_get_type, "statement", FALSE },
  { stolt_value_get_type, "practice", FALSE },
  { stolt_values_section_get_type, "heading", FALSE },
  { stolt_values_section_get_type, "body", TRUE },
};

typedef void (*FieldFunc) (StoltRecord *record,
                           const char  *field,
                           guint        slot,
                           gpointer     data);

static void
walk_record (StoltRecord *record,
             guint       *slot,
             FieldFunc    func,
             gpointer     data)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (record, text_fields[i].type ()))
      func (record, text_fields[i].field, (*slot)++, data);
}

static void
walk_document (StoltValuesDocument *document,
               FieldFunc            func,
               gpointer             data)
{
  guint slot = 0;

  walk_record (STOLT_RECORD (document), &slot, func, data);
  for (guint list = 0; list < 2; list++)
    {
      GListModel *children = stolt_record_get_children (STOLT_RECORD (document), list);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(StoltRecord) child = g_list_model_get_item (children, i);

          walk_record (child, &slot, func, data);
        }
    }
}

static gboolean
is_markdown (const char *field)
{
  return g_str_equal (field, "body");
}

/**
 * stolt_values_text_dup_shown:
 *
 * Returns: the text of @field of @record as the user reads it
 */
char *
stolt_values_text_dup_shown (StoltRecord *record,
                             const char  *field)
{
  const StoltField *descriptor = stolt_record_find_field (record, field);
  const char *text;

  g_return_val_if_fail (descriptor != NULL, NULL);

  text = stolt_record_get_text (record, descriptor);
  if (is_markdown (field))
    return stolt_markdown_dup_shown (text);
  return g_strdup (text != NULL ? text : "");
}

typedef struct
{
  const char *needle;
  GArray     *matches;
} FindContext;

static void
find_in_field (StoltRecord *record,
               const char  *field,
               guint        slot,
               gpointer     data)
{
  FindContext *context = data;
  g_autofree char *shown = stolt_values_text_dup_shown (record, field);
  g_autoptr(GArray) ranges = stolt_text_find (shown, context->needle);

  for (guint i = 0; i < ranges->len; i++)
    {
      const StoltTextRange *range = &g_array_index (ranges, StoltTextRange, i);
      StoltValuesMatch match = { record, field, slot, i, range->start, range->end };

      g_array_append_val (context->matches, match);
    }
}

/**
 * stolt_values_text_find:
 *
 * Returns: (transfer full): the matches of @needle in @document, in
 *   reading order: the document, its values, its sections
 */
GArray *
stolt_values_text_find (StoltValuesDocument *document,
                        const char          *needle)
{
  FindContext context = { needle, g_array_new (FALSE, FALSE, sizeof (StoltValuesMatch)) };

  g_return_val_if_fail (STOLT_IS_VALUES_DOCUMENT (document), context.matches);

  if (needle != NULL && needle[0] != '\0')
    walk_document (document, find_in_field, &context);
  return context.matches;
}

static void
count_in_field (StoltRecord *record,
                const char  *field,
                guint        slot,
                gpointer     data)
{
  g_autofree char *shown = stolt_values_text_dup_shown (record, field);

  *(guint *) data += stolt_text_count_words (shown);
}

/* The words of all the document's text: title, introduction, values, sections */
guint
stolt_values_text_count_words (StoltValuesDocument *document)
{
  guint n = 0;

  g_return_val_if_fail (STOLT_IS_VALUES_DOCUMENT (document), 0);

  walk_document (document, count_in_field, &n);
  return n;
}

/* Replacing */

typedef struct
{
  char        *text;
  StoltRecord *record;
  const char  *field;
} Change;

static void
change_clear (gpointer data)
{
  g_free (((Change *) data)->text);
}

static char *
replaced_text (StoltRecord          *record,
               const char           *field,
               const StoltTextRange *ranges,
               guint                 n_ranges,
               const char           *replacement)
{
  const char *stored = stolt_record_get_text (record, stolt_record_find_field (record, field));
  GString *text;
  gsize at = 0;

  if (is_markdown (field))
    return stolt_markdown_replace_ranges (stored, ranges, n_ranges, replacement);

  text = g_string_new (NULL);
  for (guint i = 0; i < n_ranges; i++)
    {
      g_string_append_len (text, stored + at, ranges[i].start - at);
      g_string_append (text, replacement);
      at = ranges[i].end;
    }
  g_string_append (text, stored + at);
  return g_string_free (text, FALSE);
}

/**
 * stolt_values_text_replace:
 * @only: (nullable): the one match to replace; %NULL replaces all
 * @n_replaced: (out) (optional): how many matches were replaced
 *
 * Replaces the matches of @needle with @replacement through the
 * project, one undo step ("Replace" or "Replace All").  Nothing is
 * changed if the model refuses one of the new texts (an empty name).
 */
gboolean
stolt_values_text_replace (StoltProject           *project,
                           StoltValuesDocument    *document,
                           const char             *needle,
                           const char             *replacement,
                           const StoltValuesMatch *only,
                           guint                  *n_replaced,
                           GError                **error)
{
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (Change));
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (StoltTextRange));
  StoltUndoStack *stack;
  guint n = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (STOLT_IS_VALUES_DOCUMENT (document), FALSE);

  g_array_set_clear_func (changes, change_clear);
  if (n_replaced != NULL)
    *n_replaced = 0;
  if (replacement == NULL)
    replacement = "";

  matches = stolt_values_text_find (document, needle);
  /* One new text a field, from all its matches (or the one) */
  for (guint i = 0; i < matches->len; i++)
    {
      const StoltValuesMatch *match = &g_array_index (matches, StoltValuesMatch, i);
      const StoltValuesMatch *after = i + 1 < matches->len
                                      ? &g_array_index (matches, StoltValuesMatch, i + 1) : NULL;
      StoltTextRange range = { match->start, match->end };

      if (only != NULL && (match->record != only->record || match->slot != only->slot ||
                           match->start != only->start || match->end != only->end))
        continue;
      g_array_append_val (ranges, range);
      n++;
      if (only != NULL || after == NULL || after->slot != match->slot)
        {
          Change change = { replaced_text (match->record, match->field,
                                           (StoltTextRange *) ranges->data, ranges->len,
                                           replacement),
                            match->record, match->field };
          g_auto(GValue) value = G_VALUE_INIT;

          g_array_set_size (ranges, 0);
          g_value_init (&value, G_TYPE_STRING);
          g_value_set_string (&value, change.text);
          g_array_append_val (changes, change);
          if (!stolt_record_check_value (match->record,
                                         stolt_record_find_field (match->record, match->field),
                                         &value, error))
            return FALSE;
        }
    }

  if (changes->len == 0)
    return TRUE;

  /* Never merged with the typing before or after it */
  stack = stolt_project_get_undo_stack (project);
  stolt_undo_stack_seal (stack);
  stolt_project_begin_group (project, only != NULL ? _("Replace") : _("Replace All"));
  for (guint i = 0; i < changes->len && ok; i++)
    {
      const Change *change = &g_array_index (changes, Change, i);

      ok = stolt_project_set_text (project, change->record, change->field, change->text, error);
    }
  stolt_project_end_group (project);
  stolt_undo_stack_seal (stack);

  if (ok && n_replaced != NULL)
    *n_replaced = n;
  return ok;
}
