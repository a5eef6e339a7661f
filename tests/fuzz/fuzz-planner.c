/* fuzz-planner.c — libFuzzer harness for the GNOME Planner import
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds arbitrary bytes to stolt_planner_import(): the guarded libxml2
 * parse (limits, no entities, no network), the mapping onto records, the
 * dependencies and their cycle check, and the model's own check of the
 * result.  Whatever the bytes, it must return a project or a
 * STOLT_IMPORT_ERROR, never crash, leak or hang.
 *
 * A project that comes out must be valid (stolt_project_check), must
 * save, and must load back with the same number of records.
 *
 * Built with clang -fsanitize=fuzzer for libFuzzer (README.md here) and,
 * with fuzz-replay.c as its main(), in the normal build to replay
 * corpus-planner/ as a headless test.
 */

#define G_LOG_DOMAIN "fuzz-planner"

#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "stolt-import.h"
#include "stolt-planner-import.h"
#include "stolt-storage.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
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
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  project = stolt_planner_import (bytes, "fuzz.planner", NULL, &notes, &error);
  if (project == NULL)
    {
      if (error == NULL || error->domain != STOLT_IMPORT_ERROR || error->message == NULL)
        g_error ("import failed without an import error");
      if (strchr (error->message, '\n') != NULL)
        g_error ("an import error of more than one line: %s", error->message);
      return 0;
    }
  if (error != NULL || notes == NULL)
    g_error ("import returned a project and an error, or no notes");
  if (!stolt_project_check (project, &error))
    g_error ("an imported project is not valid: %s", error->message);

  written = stolt_storage_serialize (project, &error);
  if (written == NULL)
    g_error ("an imported project does not serialise: %s", error->message);
  again = stolt_storage_load_bytes (written, "fuzz-again.stolt", &error);
  if (again == NULL)
    g_error ("an imported project, saved, does not load: %s", error->message);
  if (stolt_project_get_n_records (again) != stolt_project_get_n_records (project))
    g_error ("imported %u records, loaded back %u", stolt_project_get_n_records (project),
             stolt_project_get_n_records (again));

  return 0;
}
