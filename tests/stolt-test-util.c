/* stolt-test-util.c — helpers shared by the tests
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "stolt-date.h"
#include "stolt-slides.h"
#include "stolt-test-util.h"

static void
dump_value (GString          *out,
            StoltRecord      *record,
            const StoltField *field)
{
  g_string_append_printf (out, " %s=", field->name);

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      {
        g_autofree char *escaped = g_strescape (stolt_record_get_text (record, field), NULL);

        g_string_append_printf (out, "\"%s\"", escaped);
      }
      break;
    case STOLT_FIELD_DATE:
      g_string_append_printf (out, "%u", stolt_record_get_date (record, field));
      break;
    case STOLT_FIELD_INT:
    case STOLT_FIELD_ENUM:
    case STOLT_FIELD_BOOLEAN:
      g_string_append_printf (out, "%d", stolt_record_get_int (record, field));
      break;
    case STOLT_FIELD_DOUBLE:
      g_string_append_printf (out, "%.17g", stolt_record_get_double (record, field));
      break;
    case STOLT_FIELD_REF:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, stolt_record_get_ref (record, field));
      break;
    case STOLT_FIELD_REFS:
      {
        GArray *refs = stolt_record_get_refs (record, field);

        g_string_append_c (out, '[');
        for (guint i = 0; refs != NULL && i < refs->len; i++)
          g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                                  g_array_index (refs, gint64, i));
        g_string_append_c (out, ']');
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
dump_record (GString     *out,
             StoltRecord *record,
             guint        depth)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  g_string_append_printf (out, "%*s%s#%" G_GINT64_FORMAT, (int) depth * 2, "", klass->table,
                          stolt_record_get_id (record));
  for (guint i = 0; i < klass->n_fields; i++)
    dump_value (out, record, &klass->fields[i]);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < klass->n_children; i++)
    {
      GListModel *children = stolt_record_get_children (record, i);
      guint n = g_list_model_get_n_items (children);

      g_string_append_printf (out, "%*s[list %u: %u]\n", (int) depth * 2 + 1, "", i, n);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(StoltRecord) child = g_list_model_get_item (children, j);

          g_assert_true (stolt_record_get_parent (child) == record);
          dump_record (out, child, depth + 1);
        }
    }
}

/* A canonical text of everything in @project: equal texts, equal projects */
char *
stolt_test_dump_project (StoltProject *project)
{
  GString *out = g_string_new (NULL);

  dump_record (out, STOLT_RECORD (stolt_project_get_card (project)), 0);
  return g_string_free (out, FALSE);
}

StoltRecord *
stolt_test_nth (StoltProject    *project,
                StoltProjectList list,
                guint            position)
{
  g_autoptr(StoltRecord) record = g_list_model_get_item (stolt_project_get_list (project, list),
                                                         position);

  /* Borrowed: the project keeps it */
  return record;
}

/* Adds a new record of @type at the end of @owner's @list; borrowed:
 * the project keeps it */
StoltRecord *
stolt_test_add (StoltProject *project,
                StoltRecord  *owner,
                guint         list,
                GType         type)
{
  g_autoptr(StoltRecord) record = g_object_new (type, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_add (project, owner, list, G_MAXUINT, record, &error));
  g_assert_no_error (error);
  return record;
}

void
stolt_test_set_text (StoltProject *project,
                     StoltRecord  *record,
                     const char   *field,
                     const char   *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_project_set_text (project, record, field, text, &error));
  g_assert_no_error (error);
}

/* A small project with one record of every kind and links between them,
 * in the shape of seed 001 (the KS network); its history is reset. */
StoltProject *
stolt_test_sample_project (void)
{
  StoltProject *project = stolt_project_new ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  StoltRecord *phase, *milestone, *first, *second, *goal, *measure, *analysis;
  StoltRecord *strength, *opportunity, *strategy, *document, *value, *section, *member;
  gint64 ids[2];

  stolt_test_set_text (project, card, "title", "Arbeidsgiverpolitikk 2016");
  stolt_test_set_text (project, card, "organisation", "Hamar kommune");
  stolt_project_set_date (project, card, "start-date", stolt_date_from_ymd (2015, 10, 13), NULL);
  stolt_project_set_date (project, card, "end-date", stolt_date_from_ymd (2016, 12, 31), NULL);

  member = stolt_test_add (project, card, STOLT_LIST_MEMBERS, STOLT_TYPE_MEMBER);
  stolt_test_set_text (project, member, "name", "Tillitsvalgte");
  stolt_project_set_int (project, member, "team", STOLT_MEMBER_GROUP_UNION, NULL);

  phase = stolt_test_add (project, card, STOLT_LIST_PHASES, STOLT_TYPE_PHASE);
  stolt_test_set_text (project, phase, "title", "Startfase");

  milestone = stolt_test_add (project, card, STOLT_LIST_MILESTONES, STOLT_TYPE_MILESTONE);
  stolt_test_set_text (project, milestone, "title", "Politisk mandat på plass");
  stolt_project_set_date (project, milestone, "date", stolt_date_from_ymd (2016, 3, 15), NULL);
  stolt_project_set_ref (project, milestone, "phase", stolt_record_get_id (phase), NULL);
  stolt_project_set_boolean (project, milestone, "decision", TRUE, NULL);

  first = stolt_test_add (project, card, STOLT_LIST_ACTIVITIES, STOLT_TYPE_ACTIVITY);
  stolt_test_set_text (project, first, "title", "Samling 1: utfordringer, visjoner og verdier");
  stolt_project_set_date (project, first, "start-date", stolt_date_from_ymd (2015, 10, 13), NULL);
  stolt_project_set_date (project, first, "end-date", stolt_date_from_ymd (2015, 10, 14), NULL);
  stolt_project_set_double (project, first, "hours", 16.5, NULL);
  second = stolt_test_add (project, card, STOLT_LIST_ACTIVITIES, STOLT_TYPE_ACTIVITY);
  stolt_test_set_text (project, second, "title", "Involvere tillitsvalgte");
  ids[0] = stolt_record_get_id (first);
  stolt_project_set_refs (project, second, "predecessors", ids, 1, NULL);
  stolt_project_set_ref (project, second, "phase", stolt_record_get_id (phase), NULL);

  goal = stolt_test_add (project, card, STOLT_LIST_GOALS, STOLT_TYPE_GOAL);
  stolt_test_set_text (project, goal, "title", "Attraktiv arbeidsgiver");

  analysis = stolt_test_add (project, card, STOLT_LIST_SWOT_ANALYSES, STOLT_TYPE_SWOT_ANALYSIS);
  stolt_test_set_text (project, analysis, "title", "SWOT personalberedning");
  strength = stolt_test_add (project, analysis, 0, STOLT_TYPE_SWOT_ITEM);
  stolt_test_set_text (project, strength, "text", "Engasjerte ledere");
  opportunity = stolt_test_add (project, analysis, 0, STOLT_TYPE_SWOT_ITEM);
  stolt_test_set_text (project, opportunity, "text", "Samarbeid med høgskolen");
  stolt_project_set_int (project, opportunity, "quadrant", STOLT_QUADRANT_OPPORTUNITIES, NULL);
  strategy = stolt_test_add (project, analysis, 1, STOLT_TYPE_SWOT_STRATEGY);
  stolt_test_set_text (project, strategy, "text", "Bruk lederne i rekrutteringen");
  ids[0] = stolt_record_get_id (strength);
  ids[1] = stolt_record_get_id (opportunity);
  stolt_project_set_refs (project, strategy, "items", ids, 2, NULL);

  measure = stolt_test_add (project, card, STOLT_LIST_MEASURES, STOLT_TYPE_MEASURE);
  stolt_test_set_text (project, measure, "title", "Ny rekrutteringspolicy");
  stolt_project_set_int (project, measure, "category", STOLT_CATEGORY_RECRUIT, NULL);
  ids[0] = stolt_record_get_id (goal);
  stolt_project_set_refs (project, measure, "goals", ids, 1, NULL);
  ids[0] = stolt_record_get_id (strategy);
  stolt_project_set_refs (project, measure, "strategies", ids, 1, NULL);

  document = stolt_test_add (project, card, STOLT_LIST_VALUES_DOCUMENTS, STOLT_TYPE_VALUES_DOCUMENT);
  stolt_test_set_text (project, document, "title", "Verdidokument");
  value = stolt_test_add (project, document, 0, STOLT_TYPE_VALUE);
  stolt_test_set_text (project, value, "name", "Stolt");
  ids[0] = stolt_record_get_id (measure);
  stolt_project_set_refs (project, value, "measures", ids, 1, NULL);
  section = stolt_test_add (project, document, 1, STOLT_TYPE_VALUES_SECTION);
  stolt_test_set_text (project, section, "heading", "Innledning");
  stolt_test_set_text (project, section, "body", "Arbeidsgiverpolitikken er *vår* paraply.");

  stolt_project_reset_history (project);
  return project;
}

/* Makes @name (e.g. "sv_SE.UTF-8") the process's locale for every
 * category.  A locale not installed is compiled by localedef into a
 * folder of the tests' own under the build tree, which needs no root
 * and changes nothing on the machine.  Returns FALSE, for the test to
 * skip, when neither works. */
gboolean
stolt_test_set_locale (const char *name)
{
  const char *build_root = g_getenv ("STOLT_BUILD_ROOT");
  g_autofree char *folder = NULL;
  g_autofree char *target = NULL;
  g_auto(GStrv) parts = g_strsplit (name, ".", 2);
  const char *argv[] = { "localedef", "-i", parts[0], "-c", "-f", "UTF-8", NULL, NULL };
  int status = 0;

  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;

  folder = g_build_filename (build_root != NULL ? build_root : g_get_tmp_dir (),
                             "test-locales", NULL);
  target = g_build_filename (folder, name, NULL);
  argv[6] = target;
  if (g_mkdir_with_parents (folder, 0700) != 0)
    return FALSE;
  if (!g_file_test (target, G_FILE_TEST_IS_DIR) &&
      !g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;

  /* glibc reads LOCPATH on every setlocale () */
  g_setenv ("LOCPATH", folder, TRUE);
  return setlocale (LC_ALL, name) != NULL;
}

/* The project's slides as one line of keys, hidden ones with "-" */
char *
stolt_test_slide_order (StoltProject *project)
{
  g_autoptr(GPtrArray) slides = stolt_slides_list (project);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < slides->len; i++)
    {
      StoltSlide *slide = g_ptr_array_index (slides, i);

      g_string_append_printf (out, "%s%s%s", i > 0 ? " " : "", slide->hidden ? "-" : "",
                              slide->key);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
