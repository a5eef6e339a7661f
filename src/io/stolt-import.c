/* stolt-import.c — opening any file a user gives Stolt, by its content
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The name of a file says little (a .planner renamed .xml, a project
 * mailed without its extension), so the first bytes decide: SQLite's
 * header is a Stolt project, anything that starts as XML goes to the
 * Planner import, which says so clearly if the root is not <project>.
 * Everything else goes to the project loader, whose error says that the
 * file is not a Stolt project.
 */

#define G_LOG_DOMAIN "stolt-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-file.h"
#include "stolt-import.h"
#include "stolt-planner-import.h"
#include "stolt-storage.h"

/* As for project files: read whole, refused past this */
#define MAX_INPUT_BYTES (256 * 1024 * 1024)

G_DEFINE_QUARK (stolt-import-error-quark, stolt_import_error)

static const char sqlite_magic[] = "SQLite format 3";

/* Does @data start like XML: an optional byte order mark, white space, '<'? */
static gboolean
looks_like_xml (const guint8 *data,
                gsize         length)
{
  gsize i = 0;

  if (length >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff)))
    return TRUE;  /* UTF-16: libxml2 reads the declaration that follows */
  if (length >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    i = 3;
  while (i < length && i < 4096 && g_ascii_isspace (data[i]))
    i++;
  return i < length && data[i] == '<';
}

StoltFileKind
stolt_io_sniff (GBytes *contents)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);

  if (length >= sizeof sqlite_magic && memcmp (data, sqlite_magic, sizeof sqlite_magic) == 0)
    return STOLT_FILE_KIND_STOLT;
  if (looks_like_xml (data, length))
    return STOLT_FILE_KIND_PLANNER;
  return STOLT_FILE_KIND_UNKNOWN;
}

/**
 * stolt_io_load_bytes:
 * @notes: (out) (optional) (transfer full): what of the file had no place
 *   in Stolt, one translated line each; empty for a Stolt project
 *
 * Returns: (transfer full): the project, or %NULL with an error that
 *   names the file (%STOLT_STORAGE_ERROR, %STOLT_IMPORT_ERROR or
 *   %G_IO_ERROR_CANCELLED)
 */
StoltProject *
stolt_io_load_bytes (GBytes        *contents,
                     const char    *display_name,
                     GCancellable  *cancellable,
                     GPtrArray    **notes,
                     GError       **error)
{
  StoltProject *project;

  if (stolt_io_sniff (contents) == STOLT_FILE_KIND_PLANNER)
    return stolt_planner_import (contents, display_name, cancellable, notes, error);

  project = stolt_storage_load_bytes (contents, display_name, error);
  if (project != NULL && notes != NULL)
    *notes = g_ptr_array_new_with_free_func (g_free);
  return project;
}

StoltProject *
stolt_io_load_project (GFile         *file,
                       GCancellable  *cancellable,
                       GPtrArray    **notes,
                       GError       **error)
{
  g_autofree char *name = stolt_file_get_display_name (file);
  g_autoptr(GBytes) bytes = stolt_file_load (file, MAX_INPUT_BYTES, NULL, error);

  if (bytes == NULL)
    return NULL;
  return stolt_io_load_bytes (bytes, name, cancellable, notes, error);
}

/* The notes as one line, for the command line */
char *
stolt_io_join_notes (GPtrArray *notes)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (notes, i));
  lines = g_strv_builder_end (builder);
  /* Translators: separates the things listed as not carried over */
  return g_strjoinv (_("; "), lines);
}
