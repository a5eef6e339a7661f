/* test-slides.c — the presentation's slide order in the model
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation (issue 13): the default order, moving and hiding slides
 * as undo steps, keys of deleted records ignored, new records at their
 * default place, and the field's grammar.
 */

#include "config.h"

#include <string.h>

#include "stolt-model-error.h"
#include "stolt-project.h"
#include "stolt-slides.h"
#include "stolt-test-util.h"

static StoltRecord *
add (StoltProject *project,
     StoltRecord  *owner,
     guint         list,
     GType         type,
     const char   *field,
     const char   *text)
{
  StoltRecord *record = stolt_test_add (project, owner, list, type);

  stolt_test_set_text (project, record, field, text);
  return record;
}

static StoltRecord *
add_analysis (StoltProject *project,
              const char   *title)
{
  return add (project, STOLT_RECORD (stolt_project_get_card (project)), STOLT_LIST_SWOT_ANALYSES,
              STOLT_TYPE_SWOT_ANALYSIS, "title", title);
}

static char *
key_of (const char  *kind,
        StoltRecord *record)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, stolt_record_get_id (record));
}

typedef struct
{
  StoltProject *project;
  StoltRecord  *swot_a;
  StoltRecord  *swot_b;
  StoltRecord  *document;
  StoltRecord  *value_a;
  StoltRecord  *value_b;
  char         *a, *b, *va, *vb;   /* their keys */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  StoltRecord *card;

  f->project = stolt_project_new ();
  card = STOLT_RECORD (stolt_project_get_card (f->project));
  f->swot_a = add_analysis (f->project, "Jobb i Västmanland");
  f->swot_b = add_analysis (f->project, "Rekrytering");
  f->document = add (f->project, card, STOLT_LIST_VALUES_DOCUMENTS, STOLT_TYPE_VALUES_DOCUMENT,
                     "title", "Verdidokument");
  f->value_a = add (f->project, f->document, 0, STOLT_TYPE_VALUE, "name", "Stolt");
  f->value_b = add (f->project, f->document, 0, STOLT_TYPE_VALUE, "name", "Åpen");
  f->a = key_of ("swot", f->swot_a);
  f->b = key_of ("swot", f->swot_b);
  f->va = key_of ("value", f->value_a);
  f->vb = key_of ("value", f->value_b);
  stolt_project_reset_history (f->project);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->a);
  g_free (f->b);
  g_free (f->va);
  g_free (f->vb);
  g_clear_object (&f->project);
}

static char *
expect (Fixture    *f,
        const char *pattern)
{
  /* A, B, VA, VB in @pattern stand for the records' keys */
  g_auto(GStrv) words = g_strsplit (pattern, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      gboolean hidden = word[0] == '-';
      const char *name = hidden ? word + 1 : word;
      const char *key = g_str_equal (name, "A") ? f->a : g_str_equal (name, "B") ? f->b
                        : g_str_equal (name, "VA") ? f->va : g_str_equal (name, "VB") ? f->vb
                        : name;

      g_string_append_printf (out, "%s%s%s", i > 0 ? " " : "", hidden ? "-" : "", key);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_order(f, pattern)                 \
  G_STMT_START {                                 \
    g_autofree char *want_ = expect (f, pattern); \
    g_autofree char *got_ = stolt_test_slide_order (f->project);   \
    g_assert_cmpstr (got_, ==, want_);            \
  } G_STMT_END

/* Nothing saved: card, milestones, timeline, analyses, values */
static void
test_default_order (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) slides = stolt_slides_list (f->project);

  assert_order (f, "card milestones timeline A B VA VB");
  g_assert_cmpstr (stolt_project_card_get_slides (stolt_project_get_card (f->project)), ==, "");
  g_assert_true (((StoltSlide *) slides->pdata[3])->record == f->swot_a);
  g_assert_cmpint (((StoltSlide *) slides->pdata[6])->kind, ==, STOLT_SLIDE_VALUE);
  g_assert_cmpint (stolt_slides_find (f->project, f->vb), ==, 6);
  g_assert_cmpint (stolt_slides_find (f->project, "swot:999999"), ==, -1);
}

/* Each move is one step, "Move Slide", even two in quick succession */
static void
test_move_undo (Fixture       *f,
                gconstpointer  data)
{
  StoltUndoStack *undo = stolt_project_get_undo_stack (f->project);
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_slides_move (f->project, f->b, 0, &error));
  g_assert_no_error (error);
  assert_order (f, "B card milestones timeline A VA VB");
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Move Slide");

  g_assert_true (stolt_slides_move (f->project, "timeline", G_MAXUINT, &error));
  assert_order (f, "B card milestones A VA VB timeline");

  stolt_undo_stack_undo (undo);
  assert_order (f, "B card milestones timeline A VA VB");
  stolt_undo_stack_undo (undo);
  assert_order (f, "card milestones timeline A B VA VB");
  g_assert_false (stolt_undo_stack_get_can_undo (undo));
  stolt_undo_stack_redo (undo);
  assert_order (f, "B card milestones timeline A VA VB");

  /* Where it is already: nothing to undo */
  g_assert_true (stolt_slides_move (f->project, f->b, 0, &error));
  stolt_undo_stack_undo (undo);
  assert_order (f, "card milestones timeline A B VA VB");

  g_assert_false (stolt_slides_move (f->project, "swot:424242", 0, &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE);
}

static void
test_hide (Fixture       *f,
           gconstpointer  data)
{
  StoltUndoStack *undo = stolt_project_get_undo_stack (f->project);
  g_autoptr(GError) error = NULL;
  const char *keys[] = { "card", "milestones", "timeline", f->a, f->b, f->va };

  g_assert_true (stolt_slides_set_hidden (f->project, "timeline", TRUE, &error));
  g_assert_no_error (error);
  assert_order (f, "card milestones -timeline A B VA VB");
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Hide Slide");
  g_assert_true (stolt_slides_set_hidden (f->project, "timeline", FALSE, &error));
  g_assert_cmpstr (stolt_undo_stack_get_undo_label (undo), ==, "Show Slide");
  assert_order (f, "card milestones timeline A B VA VB");
  stolt_undo_stack_undo (undo);
  assert_order (f, "card milestones -timeline A B VA VB");

  /* Hidden slides move with the others */
  g_assert_true (stolt_slides_move (f->project, "timeline", 0, &error));
  assert_order (f, "-timeline card milestones A B VA VB");

  /* The last slide shown stays shown */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (stolt_slides_set_hidden (f->project, keys[i], TRUE, &error));
      g_assert_no_error (error);
    }
  g_assert_false (stolt_slides_set_hidden (f->project, f->vb, TRUE, &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE);
  assert_order (f, "-timeline -card -milestones -A -B -VA VB");
}

/* Keys of records that are gone are ignored; new ones take their
 * default place, after the slide before them by default */
static void
test_deleted_and_new (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StoltRecord *swot_c;
  StoltRecord *value_c;
  g_autofree char *c = NULL;
  g_autofree char *vc = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  g_assert_true (stolt_slides_move (f->project, f->va, 0, &error));
  g_assert_true (stolt_slides_move (f->project, f->a, G_MAXUINT, &error));
  assert_order (f, "VA card milestones timeline B VB A");

  stolt_project_remove (f->project, f->swot_b);
  assert_order (f, "VA card milestones timeline VB A");
  /* The saved text still names it, and nothing breaks */
  g_assert_nonnull (strstr (stolt_project_card_get_slides (stolt_project_get_card (f->project)),
                            f->b));

  /* Undoing the removal brings it back to its default place: after A */
  stolt_undo_stack_undo (stolt_project_get_undo_stack (f->project));
  assert_order (f, "VA card milestones timeline B VB A");

  swot_c = add_analysis (f->project, "Lønn");
  c = key_of ("swot", swot_c);
  value_c = add (f->project, f->document, 0, STOLT_TYPE_VALUE, "name", "Modig");
  vc = key_of ("value", value_c);
  got = stolt_test_slide_order (f->project);
  /* C comes after B by default, VC after VB */
  want = g_strdup_printf ("%s card milestones timeline %s %s %s %s %s", f->va, f->b, c, f->vb,
                          vc, f->a);
  g_assert_cmpstr (got, ==, want);

  /* Moving writes the whole order, without the keys of deleted records */
  stolt_project_remove (f->project, f->swot_a);
  g_assert_true (stolt_slides_move (f->project, "card", 0, &error));
  g_assert_null (strstr (stolt_project_card_get_slides (stolt_project_get_card (f->project)),
                         f->a));
}

/* The saved text: what a loaded file may hold */
static void
test_check_text (void)
{
  static const struct
  {
    const char *text;
    gboolean    ok;
  } cases[] = {
    { "", TRUE },
    { "card", TRUE },
    { "card milestones timeline swot:12 value:40", TRUE },
    { "-card -timeline swot:1 -value:999999999999999999", TRUE },
    { "value:1 card", TRUE },
    { "card  milestones", FALSE },   /* an empty key */
    { " card", FALSE },
    { "card ", FALSE },
    { "card\nmilestones", FALSE },
    { "cards", FALSE },
    { "swot:", FALSE },
    { "swot:0", FALSE },
    { "swot:012", FALSE },
    { "swot:-1", FALSE },
    { "swot:1x", FALSE },
    { "swot:1234567890123456789", FALSE },
    { "--card", FALSE },
    { "goal:3", FALSE },
    { "Card", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (stolt_slides_check_text (cases[i].text, &error), ==, cases[i].ok);
      if (!cases[i].ok)
        g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_TEXT);
    }
}

/* The field is Stolt's to keep: no form, no stolt_project_set(), and the
 * record refuses a value that is not a list of keys */
static void
test_field (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  const StoltField *field = stolt_record_find_field (card, "slides");
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (field);
  g_assert_true ((field->flags & STOLT_FIELD_FLAG_INTERNAL) != 0);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "card; DROP TABLE project");
  g_assert_false (stolt_record_check_value (card, field, &value, &error));
  g_assert_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_TEXT);

  g_test_expect_message ("stolt-project", G_LOG_LEVEL_CRITICAL, "*INTERNAL*");
  g_assert_false (stolt_project_set_text (project, card, "slides", "timeline card", NULL));
  g_test_assert_expected_messages ();
  g_assert_cmpstr (stolt_project_card_get_slides (STOLT_PROJECT_CARD (card)), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  FIXTURE_TEST ("/slides/default-order", test_default_order);
  FIXTURE_TEST ("/slides/move-undo", test_move_undo);
  FIXTURE_TEST ("/slides/hide", test_hide);
  FIXTURE_TEST ("/slides/deleted-and-new", test_deleted_and_new);
  g_test_add_func ("/slides/check-text", test_check_text);
  g_test_add_func ("/slides/field", test_field);

  return g_test_run ();
}
