/* test-values-text.c — find, replace and word count in values documents (headless)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "stolt-markdown.h"
#include "stolt-test-util.h"
#include "stolt-values-text.h"

static void
assert_ranges (GArray     *ranges,
               const char *text,
               const char *expected)  /* the matched texts joined by "|" */
{
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      const StoltTextRange *range = &g_array_index (ranges, StoltTextRange, i);

      if (i > 0)
        g_string_append_c (found, '|');
      g_string_append_len (found, text + range->start, range->end - range->start);
    }
  g_assert_cmpstr (found->str, ==, expected);
}

static void
test_find (void)
{
  const char *text = "Åpen og ÆRLIG, åpenhet i Ørsta; ærlighet for øyet. ÅÄÖ åäö";
  g_autoptr(GArray) open = stolt_text_find (text, "åpen");
  g_autoptr(GArray) honest = stolt_text_find (text, "Ærlig");
  g_autoptr(GArray) o = stolt_text_find (text, "ø");
  g_autoptr(GArray) swedish = stolt_text_find (text, "åäö");
  g_autoptr(GArray) none = stolt_text_find (text, "");
  g_autoptr(GArray) overlapping = stolt_text_find ("aaaa", "aa");
  /* "å" as a + combining ring finds the composed å */
  g_autoptr(GArray) decomposed = stolt_text_find (text, "a\xcc\x8apen");

  assert_ranges (open, text, "Åpen|åpen");
  assert_ranges (honest, text, "ÆRLIG|ærlig");
  assert_ranges (o, text, "Ø|ø");
  assert_ranges (swedish, text, "ÅÄÖ|åäö");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (overlapping->len, ==, 2);
  assert_ranges (decomposed, text, "Åpen|åpen");
}

static void
test_count_words (void)
{
  g_autofree char *shown = NULL;

  g_assert_cmpuint (stolt_text_count_words (""), ==, 0);
  g_assert_cmpuint (stolt_text_count_words (NULL), ==, 0);
  g_assert_cmpuint (stolt_text_count_words ("  Vi er åpne – og ærlige.\n\tAlltid "), ==, 6);
  g_assert_cmpuint (stolt_text_count_words ("e-post 2026 • ? !"), ==, 2);

  /* Markdown marks and list markers are not words; what the user typed is */
  shown = stolt_markdown_dup_shown ("Vi **står** *sammen*\n\n- én\n- to\n\n1. tre\n2. fire \\*\\*");
  g_assert_cmpstr (shown, ==, "Vi står sammen\nén\nto\ntre\nfire **");
  g_assert_cmpuint (stolt_text_count_words (shown), ==, 7);
}

static void
test_markdown_replace (void)
{
  const char *body = "Vi er **åpne og ærlige** i *alt*\n\n- åpne møter\n- ærlig tale\n\nSkriv \\*åpne\\* som før";
  g_autofree char *shown = stolt_markdown_dup_shown (body);
  g_autoptr(GArray) ranges = stolt_text_find (shown, "ÅPNE");
  g_autofree char *all = NULL;
  g_autofree char *first = NULL;
  g_autofree char *emptied = NULL;
  g_autofree char *shown_after = NULL;

  g_assert_cmpuint (ranges->len, ==, 3);
  all = stolt_markdown_replace_ranges (body, (StoltTextRange *) ranges->data, ranges->len, "*trygge*");
  g_test_message ("%s", all);
  /* Strong stays strong around the replacement, the list stays a list,
   * and a replacement that looks like markup stays as typed */
  g_assert_nonnull (strstr (all, "**"));
  g_assert_nonnull (strstr (all, "\n- "));
  shown_after = stolt_markdown_dup_shown (all);
  g_assert_cmpstr (shown_after, ==,
                   "Vi er *trygge* og ærlige i alt\n*trygge* møter\nærlig tale\nSkriv **trygge** som før");
  {
    g_autoptr(GPtrArray) blocks = stolt_markdown_parse (all);
    const StoltRichBlock *block = g_ptr_array_index (blocks, 0);
    const StoltRichSpan *strong = &g_array_index (block->spans, StoltRichSpan, 1);
    const StoltRichSpan *emph = &g_array_index (block->spans, StoltRichSpan, 3);

    g_assert_cmpint (strong->style, ==, STOLT_RICH_STRONG);
    g_assert_cmpstr (strong->text, ==, "*trygge* og ærlige");
    g_assert_cmpint (emph->style, ==, STOLT_RICH_EMPH);
    g_assert_cmpint (((StoltRichBlock *) g_ptr_array_index (blocks, 1))->kind, ==, STOLT_RICH_BULLET);
  }

  /* One range: the others are left alone */
  first = stolt_markdown_replace_ranges (body, (StoltTextRange *) ranges->data + 1, 1, "lukkede");
  g_clear_pointer (&shown_after, g_free);
  shown_after = stolt_markdown_dup_shown (first);
  g_assert_cmpstr (shown_after, ==,
                   "Vi er åpne og ærlige i alt\nlukkede møter\nærlig tale\nSkriv *åpne* som før");

  /* A block replaced by nothing goes */
  {
    g_autoptr(GArray) item = stolt_text_find (shown, "ærlig tale");

    emptied = stolt_markdown_replace_ranges (body, (StoltTextRange *) item->data, item->len, "");
    g_clear_pointer (&shown_after, g_free);
    shown_after = stolt_markdown_dup_shown (emptied);
    g_assert_cmpstr (shown_after, ==, "Vi er åpne og ærlige i alt\nåpne møter\nSkriv *åpne* som før");
  }
}

static void
test_document (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltUndoStack *stack = stolt_project_get_undo_stack (project);
  StoltRecord *document, *value, *section;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  StoltValuesMatch second;
  guint n = 0;

  document = stolt_test_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                  STOLT_LIST_VALUES_DOCUMENTS, STOLT_TYPE_VALUES_DOCUMENT);
  stolt_test_set_text (project, document, "title", "Verdier for Åpen kommune");
  stolt_test_set_text (project, document, "introduction", "Vi er åpne.");
  value = stolt_test_add (project, document, 0, STOLT_TYPE_VALUE);
  stolt_test_set_text (project, value, "name", "Åpenhet");
  stolt_test_set_text (project, value, "statement", "Vi deler det vi vet.");
  stolt_test_set_text (project, value, "practice", "Åpne møter, åpne sakspapirer.");
  section = stolt_test_add (project, document, 1, STOLT_TYPE_VALUES_SECTION);
  stolt_test_set_text (project, section, "heading", "Hvordan vi jobber");
  stolt_test_set_text (project, section, "body", "Vi er **åpne** om alt.\n\n- åpen dør");

  /* 4 + 3 + 1 + 5 + 4 words in the fields, 3 + 7 in the section */
  g_assert_cmpuint (stolt_values_text_count_words (STOLT_VALUES_DOCUMENT (document)), ==, 27);

  matches = stolt_values_text_find (STOLT_VALUES_DOCUMENT (document), "ÅP");
  g_assert_cmpuint (matches->len, ==, 7);
  {
    const StoltValuesMatch *m = (StoltValuesMatch *) matches->data;

    g_assert_true (m[0].record == document && g_str_equal (m[0].field, "title"));
    g_assert_true (m[1].record == document && g_str_equal (m[1].field, "introduction"));
    g_assert_true (m[2].record == value && g_str_equal (m[2].field, "name"));
    g_assert_true (m[3].record == value && g_str_equal (m[3].field, "practice"));
    g_assert_cmpuint (m[3].ordinal, ==, 0);
    g_assert_cmpuint (m[4].ordinal, ==, 1);
    g_assert_cmpuint (m[4].slot, ==, m[3].slot);
    g_assert_true (m[5].record == section && g_str_equal (m[5].field, "body"));
    g_assert_cmpuint (m[5].start, ==, strlen ("Vi er "));
    g_assert_cmpuint (m[6].ordinal, ==, 1);
    g_assert_cmpuint (m[6].start, ==, strlen ("Vi er åpne om alt.\n"));
    second = m[4];
  }

  /* A name cannot become empty: nothing changes */
  g_assert_false (stolt_values_text_replace (project, STOLT_VALUES_DOCUMENT (document), "åpenhet", "",
                                             NULL, &n, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpstr (stolt_value_get_name (STOLT_VALUE (value)), ==, "Åpenhet");

  /* One: only that match */
  g_assert_true (stolt_values_text_replace (project, STOLT_VALUES_DOCUMENT (document), "åp", "ap",
                                            &second, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (stolt_value_get_practice (STOLT_VALUE (value)), ==, "Åpne møter, apne sakspapirer.");
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Replace");

  /* All: one undo step, formatting kept */
  g_assert_true (stolt_values_text_replace (project, STOLT_VALUES_DOCUMENT (document), "åp", "Ap",
                                            NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (document)), ==,
                   "Verdier for Apen kommune");
  g_assert_cmpstr (stolt_value_get_practice (STOLT_VALUE (value)), ==, "Apne møter, apne sakspapirer.");
  g_assert_nonnull (strstr (stolt_values_section_get_body (STOLT_VALUES_SECTION (section)), "**Apne**"));
  {
    g_autofree char *shown = stolt_values_text_dup_shown (section, "body");

    g_assert_cmpstr (shown, ==, "Vi er Apne om alt.\nApen dør");
  }
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Replace All");
  g_assert_true (stolt_undo_stack_undo (stack));
  g_assert_cmpstr (stolt_values_document_get_title (STOLT_VALUES_DOCUMENT (document)), ==,
                   "Verdier for Åpen kommune");
  g_assert_cmpstr (stolt_value_get_name (STOLT_VALUE (value)), ==, "Åpenhet");
  g_assert_cmpstr (stolt_values_section_get_body (STOLT_VALUES_SECTION (section)), ==,
                   "Vi er **åpne** om alt.\n\n- åpen dør");
  g_assert_cmpstr (stolt_value_get_practice (STOLT_VALUE (value)), ==, "Åpne møter, apne sakspapirer.");

  /* Nothing found: nothing done */
  g_assert_true (stolt_values_text_replace (project, STOLT_VALUES_DOCUMENT (document), "xyz", "a",
                                            NULL, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (stack), ==, "Replace");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/values-text/find", test_find);
  g_test_add_func ("/values-text/count-words", test_count_words);
  g_test_add_func ("/values-text/markdown-replace", test_markdown_replace);
  g_test_add_func ("/values-text/document", test_document);
  return g_test_run ();
}
