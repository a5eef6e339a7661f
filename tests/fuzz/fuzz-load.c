/* fuzz-load.c — libFuzzer harness for the project-file loader
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds arbitrary bytes to stolt_storage_load_bytes(), the code every
 * file a user opens goes through (header check, in-memory SQLite,
 * quick_check, schema validation, migration, loading every row and
 * link, the project's link and cycle check).  Whatever the bytes, it
 * must return a project or a GError, never crash, leak or hang.
 *
 * When the bytes do load, the project must also serialise and load
 * again: a file Stolt opened is one it can save, and a file Stolt wrote
 * always opens.
 *
 * Built with clang -fsanitize=fuzzer for libFuzzer (tests/fuzz/README.md)
 * and, with fuzz-replay.c as its main(), in the normal build to replay
 * the seed corpus as a headless test.
 */

#define G_LOG_DOMAIN "fuzz-load"

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "stolt-storage.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning on bad input is a bug too: make it a crash
   * libFuzzer reports (debug messages stay quiet unless G_MESSAGES_DEBUG) */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(StoltProject) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  project = stolt_storage_load_bytes (bytes, "fuzz.stolt", &error);
  if (project == NULL)
    {
      /* Refused, as it should be: with a Stolt error that says why */
      if (error == NULL || error->domain != STOLT_STORAGE_ERROR || error->message == NULL)
        g_error ("load failed without a storage error");
      return 0;
    }
  if (error != NULL)
    g_error ("load returned a project and an error: %s", error->message);

  written = stolt_storage_serialize (project, &error);
  if (written == NULL)
    g_error ("a project that loaded does not serialise: %s", error->message);

  again = stolt_storage_load_bytes (written, "fuzz-again.stolt", &error);
  if (again == NULL)
    g_error ("a file Stolt wrote does not load: %s", error->message);
  if (stolt_project_get_n_records (again) != stolt_project_get_n_records (project))
    g_error ("loaded %u records, loaded back %u after writing them",
             stolt_project_get_n_records (project), stolt_project_get_n_records (again));

  return 0;
}
