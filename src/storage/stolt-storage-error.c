/* stolt-storage-error.c — the messages users see when a file fails
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-storage-error.h"
#include "stolt-storage-private.h"

G_DEFINE_QUARK (stolt-storage-error-quark, stolt_storage_error)

/* Appends " (detail)" so that the sentence for the user stays whole and
 * the technical part can be left out by translators' word order. */
static void
set_error (GError            **error,
           StoltStorageError   code,
           char               *message,
           const char         *detail)
{
  if (detail != NULL && *detail != '\0')
    /* Translators: a message about a file, then the technical detail */
    g_set_error (error, STOLT_STORAGE_ERROR, code, _("%s (%s)"), message, detail);
  else
    g_set_error_literal (error, STOLT_STORAGE_ERROR, code, message);

  g_free (message);
}

void
_stolt_storage_error_not_project (GError     **error,
                                  const char  *display_name)
{
  set_error (error, STOLT_STORAGE_ERROR_NOT_PROJECT,
             g_strdup_printf (_("“%s” is not a Stolt project. Choose a file that Stolt saved, "
                                "or use Import for other formats."),
                              display_name),
             NULL);
}

void
_stolt_storage_error_damaged (GError     **error,
                              const char  *display_name,
                              const char  *detail)
{
  set_error (error, STOLT_STORAGE_ERROR_DAMAGED,
             g_strdup_printf (_("“%s” is damaged and cannot be opened. Open a backup copy of "
                                "the project instead; the damaged file has not been changed."),
                              display_name),
             detail);
}

void
_stolt_storage_error_newer_version (GError     **error,
                                    const char  *display_name,
                                    int          version)
{
  g_autofree char *detail = g_strdup_printf (_("file format %d"), version);

  set_error (error, STOLT_STORAGE_ERROR_NEWER_VERSION,
             g_strdup_printf (_("“%s” was made by a newer version of Stolt. Update Stolt to "
                                "open it."),
                              display_name),
             detail);
}

void
_stolt_storage_error_locked (GError     **error,
                             const char  *display_name)
{
  set_error (error, STOLT_STORAGE_ERROR_LOCKED,
             g_strdup_printf (_("“%s” is open in another Stolt window. Close it there, "
                                "or save under a different name."),
                              display_name),
             NULL);
}

void
_stolt_storage_error_locked_by (GError               **error,
                                const char            *display_name,
                                const StoltLockOwner  *holder)
{
  const char *who = stolt_lock_owner_get_display_name (holder);

  if (*who == '\0' || *holder->host == '\0')
    {
      _stolt_storage_error_locked (error, display_name);
      return;
    }
  set_error (error, STOLT_STORAGE_ERROR_LOCKED,
             g_strdup_printf (_("“%s” is open by %s on %s. Save under a different name, or "
                                "wait until they have closed it."),
                              display_name, who, holder->host),
             NULL);
}

void
_stolt_storage_error_read (GError     **error,
                           const char  *display_name,
                           const char  *detail)
{
  set_error (error, STOLT_STORAGE_ERROR_IO,
             g_strdup_printf (_("Could not read “%s”. Check that the file is still there "
                                "and that you may read it."),
                              display_name),
             detail);
}

void
_stolt_storage_error_write (GError     **error,
                            const char  *display_name,
                            const char  *detail)
{
  set_error (error, STOLT_STORAGE_ERROR_IO,
             g_strdup_printf (_("Could not save “%s”. Check that there is free space and that "
                                "you may write to the folder, or save somewhere else."),
                              display_name),
             detail);
}

void
_stolt_storage_error_changed_on_disk (GError     **error,
                                      const char  *display_name)
{
  set_error (error, STOLT_STORAGE_ERROR_CHANGED_ON_DISK,
             g_strdup_printf (_("“%s” was changed by another program since you opened it. "
                                "Save under a different name to keep both, or overwrite it "
                                "to keep only your version."),
                              display_name),
             NULL);
}

char *
_stolt_storage_dir (const char *what)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, what, NULL);
}
