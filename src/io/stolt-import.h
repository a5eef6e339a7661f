/* stolt-import.h — opening any file a user gives Stolt, by its content
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Stolt project (an SQLite file) is loaded as it is; a GNOME Planner
 * file (XML whose root is <project>) is imported into a new project,
 * with a list of what had no place in Stolt.  The command line and the
 * application both open files through here.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-project.h"

G_BEGIN_DECLS

#define STOLT_IMPORT_ERROR (stolt_import_error_quark ())

typedef enum
{
  STOLT_IMPORT_ERROR_UNKNOWN_FORMAT, /* neither a Stolt project nor a file Stolt imports */
  STOLT_IMPORT_ERROR_NOT_PLANNER,    /* XML, but not a GNOME Planner file */
  STOLT_IMPORT_ERROR_INVALID,        /* a Planner file, but broken or not well-formed */
  STOLT_IMPORT_ERROR_UNSAFE,         /* declares entities: refused before any is used */
  STOLT_IMPORT_ERROR_TOO_LARGE,      /* over the size or element limits */
} StoltImportError;

typedef enum
{
  STOLT_FILE_KIND_UNKNOWN,
  STOLT_FILE_KIND_STOLT,
  STOLT_FILE_KIND_PLANNER,
} StoltFileKind;

GQuark         stolt_import_error_quark   (void);

StoltFileKind  stolt_io_sniff             (GBytes        *contents);
StoltProject  *stolt_io_load_bytes        (GBytes        *contents,
                                           const char    *display_name,
                                           GCancellable  *cancellable,
                                           GPtrArray    **notes,
                                           GError       **error);
StoltProject  *stolt_io_load_project      (GFile         *file,
                                           GCancellable  *cancellable,
                                           GPtrArray    **notes,
                                           GError       **error);
char          *stolt_io_join_notes        (GPtrArray     *notes);

G_END_DECLS
