/* test-templates.c — the built-in templates build valid projects
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "stolt-keyfile-reader.h"
#include "stolt-templates.h"

static guint
count (StoltProject    *project,
       StoltProjectList list)
{
  return g_list_model_get_n_items (stolt_project_get_list (project, list));
}

static void
test_every_template (void)
{
  guint n;
  const StoltTemplate *templates = stolt_templates_get (&n);

  g_assert_cmpuint (n, >=, 3);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StoltProject) project = stolt_templates_create (templates[i].id, &error);

      g_assert_no_error (error);
      g_assert_nonnull (project);
      g_assert_true (stolt_project_check (project, NULL));
      g_assert_false (stolt_undo_stack_get_can_undo (stolt_project_get_undo_stack (project)));
      g_assert_false (stolt_undo_stack_get_modified (stolt_project_get_undo_stack (project)));
      g_assert_null (strchr (templates[i].id, ' '));
    }
}

static void
test_ks_network (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  g_autoptr(StoltRecord) milestone = g_list_model_get_item (stolt_project_get_list (project,
                                                            STOLT_LIST_MILESTONES), 1);
  g_autoptr(StoltRecord) phase = g_list_model_get_item (stolt_project_get_list (project,
                                                        STOLT_LIST_PHASES), 0);

  g_assert_cmpstr (stolt_record_get_title (card), ==, "Ny arbeidsgiverpolitikk for Hamar kommune");
  g_assert_cmpint (stolt_project_card_get_category_set (STOLT_PROJECT_CARD (card)), ==,
                   STOLT_CATEGORY_SET_KS);
  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, 5);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, 8);
  g_assert_cmpstr (stolt_record_get_title (milestone), ==, "Politisk mandat på plass");
  g_assert_cmpint (stolt_milestone_get_phase (STOLT_MILESTONE (milestone)),
                   ==, stolt_record_get_id (phase));
}

static void
test_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = stolt_templates_create ("no-such-template", &error);

  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ks-nettverk"));
}

/* The reader holds templates to the model's rules */
static void
test_reader_refuses (void)
{
  static const char *bad[] = {
    "[milestone m]\ntitle=\n",                              /* required title empty */
    "[milestone m]\ndate=2016-13-01\ntitle=x\n",             /* no such date */
    "[milestone m]\ntitle=x\nstatus=late\n",                 /* late is never stored */
    "[milestone m]\ntitle=x\nphase=nowhere\n",               /* dangling link */
    "[activity a]\ntitle=a\npredecessors=a\n",               /* a cycle */
    "[activity a]\ntitle=a\nstart-date=2016-02-01\nend-date=2016-01-01\n",
    "[swot_item i]\ntext=x\n",                               /* an item needs its analysis */
    "[nonsense n]\ntitle=x\n",
    "[milestone m]\ntitle=x\n[activity m]\ntitle=y\n",      /* one key, two records */
    "[project]\nuid=6f1c2f4e-6a53-4a8b-9d62-1b1f5e0d2c11\n",  /* only Stolt sets the uid */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GKeyFile) keyfile = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(StoltProject) project = NULL;

      if (!g_key_file_load_from_data (keyfile, bad[i], -1, G_KEY_FILE_NONE, NULL))
        continue;  /* GKeyFile itself refused it: fine too */

      project = stolt_keyfile_read (keyfile, &error);
      if (project != NULL)
        g_test_message ("accepted: %s", bad[i]);
      g_assert_null (project);
      g_assert_nonnull (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/every", test_every_template);
  g_test_add_func ("/templates/ks-network", test_ks_network);
  g_test_add_func ("/templates/unknown", test_unknown);
  g_test_add_func ("/templates/reader-refuses", test_reader_refuses);

  return g_test_run ();
}
