/* test-storage-roundtrip.c — what is written is what is read
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "stolt-schema.h"
#include "stolt-storage.h"
#include "storage-test-util.h"

static void
test_schema_matches_model (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_schema_check_model (&error));
  g_assert_no_error (error);
}

static StoltProject *
round_trip (StoltProject *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = stolt_storage_serialize (project, &error);
  StoltProject *loaded;

  g_assert_no_error (error);
  loaded = stolt_storage_load_bytes (bytes, "test.stolt", &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  return loaded;
}

static void
test_every_field (void)
{
  g_autoptr(StoltProject) project = storage_test_every_field_project (0);
  g_autoptr(StoltProject) loaded = round_trip (project);

  storage_test_assert_same (project, loaded);
}

static void
test_every_field_file (void)
{
  g_autoptr(StoltProject) project = storage_test_every_field_project (0);
  g_autoptr(StoltProject) loaded = NULL;
  g_autofree char *path = storage_test_tmp_path ("every-field.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (stolt_storage_write (project, file, &error));
  g_assert_no_error (error);
  loaded = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  storage_test_assert_same (project, loaded);

  /* Written again over itself: replaced, not appended to */
  g_assert_true (stolt_storage_write (loaded, file, &error));
  g_clear_object (&loaded);
  loaded = stolt_storage_load (file, &error);
  g_assert_no_error (error);
  storage_test_assert_same (project, loaded);
}

static void
test_long_texts (void)
{
  g_autoptr(StoltProject) project = storage_test_every_field_project (100000);
  g_autoptr(StoltProject) loaded = round_trip (project);

  storage_test_assert_same (project, loaded);
}

static void
test_empty_project (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(StoltProject) loaded = round_trip (project);

  storage_test_assert_same (project, loaded);
}

static guint32
test_seed (void)
{
  const char *env = g_getenv ("STOLT_TEST_SEED");

  if (env != NULL)
    return (guint32) g_ascii_strtoull (env, NULL, 10);
  return g_test_rand_int ();
}

static void
test_random_projects (void)
{
  guint32 seed = test_seed ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_test_message ("seed %u (set STOLT_TEST_SEED=%u to repeat)", seed, seed);

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(StoltProject) project = storage_test_random_project (rand, i % 12);
      g_autoptr(StoltProject) loaded = round_trip (project);

      storage_test_assert_same (project, loaded);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/storage/schema/matches-model", test_schema_matches_model);
  g_test_add_func ("/storage/roundtrip/empty", test_empty_project);
  g_test_add_func ("/storage/roundtrip/every-field", test_every_field);
  g_test_add_func ("/storage/roundtrip/every-field-file", test_every_field_file);
  g_test_add_func ("/storage/roundtrip/long-texts", test_long_texts);
  g_test_add_func ("/storage/roundtrip/random", test_random_projects);

  return g_test_run ();
}
