/* stolt-storage-error.h — why a project file could not be opened or saved
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define STOLT_STORAGE_ERROR (stolt_storage_error_quark ())

typedef enum
{
  STOLT_STORAGE_ERROR_NOT_PROJECT,     /* not a Stolt project at all */
  STOLT_STORAGE_ERROR_DAMAGED,         /* a Stolt project, but broken */
  STOLT_STORAGE_ERROR_NEWER_VERSION,   /* made by a newer Stolt */
  STOLT_STORAGE_ERROR_LOCKED,          /* open in another window */
  STOLT_STORAGE_ERROR_IO,              /* could not read or write */
  STOLT_STORAGE_ERROR_CHANGED_ON_DISK, /* changed by someone else since opened */
} StoltStorageError;

GQuark stolt_storage_error_quark (void);

G_END_DECLS
