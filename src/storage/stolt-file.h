/* stolt-file.h — reading and atomically replacing the user's files
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite never touches the user's file: Stolt reads it whole into memory
 * (and works on a copy) and replaces it whole when saving.  These are the
 * two file operations, plus the "stamp" that tells whether a file has
 * changed on disk since Stolt last read or wrote it.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  gboolean exists;
  goffset  size;
  gint64   mtime_usec; /* modification time, microseconds since the epoch */
  guint64  device;     /* 0 when unknown (not a local file) */
  guint64  inode;
  char    *etag;       /* NULL when unknown */
} StoltFileStamp;

void      stolt_file_stamp_clear     (StoltFileStamp       *stamp);
void      stolt_file_stamp_copy      (StoltFileStamp       *dest,
                                      const StoltFileStamp *src);
gboolean  stolt_file_stamp_equal     (const StoltFileStamp *a,
                                      const StoltFileStamp *b);
void      stolt_file_stamp_to_keyfile   (const StoltFileStamp *stamp,
                                         GKeyFile             *keyfile,
                                         const char           *group);
void      stolt_file_stamp_from_keyfile (StoltFileStamp       *stamp,
                                         GKeyFile             *keyfile,
                                         const char           *group);
gboolean  stolt_file_query_stamp     (GFile                *file,
                                      StoltFileStamp       *stamp,
                                      GError              **error);

char     *stolt_file_get_display_name (GFile               *file);
gboolean  stolt_file_is_portal_or_remote (GFile            *file);

GBytes   *stolt_file_load            (GFile                *file,
                                      gsize                 max_size,
                                      StoltFileStamp       *stamp,
                                      GError              **error);
gboolean  stolt_file_replace         (GFile                *file,
                                      GBytes               *contents,
                                      const StoltFileStamp *expected,
                                      StoltFileStamp       *new_stamp,
                                      GError              **error);

G_END_DECLS
