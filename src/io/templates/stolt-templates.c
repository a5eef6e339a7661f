/* stolt-templates.c — built-in projects to start from
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template is a keyfile in data/templates/, compiled into the io
 * library as a resource and read by stolt-keyfile-reader.c.
 */

#define G_LOG_DOMAIN "stolt-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-io-resources.h"
#include "stolt-keyfile-reader.h"
#include "stolt-templates.h"

#define TEMPLATE_PATH "/io/github/stoltplan/Stolt/templates/"

static const StoltTemplate templates[] = {
  { "empty", N_("Empty project"), NULL },
  { "ks-nettverk", N_("Employer policy in a KS network (Norwegian)"), "ks-nettverk.ini" },
  { "handlingsprogram", N_("Attractive employer action programme (Swedish)"), "handlingsprogram.ini" },
};

const StoltTemplate *
stolt_templates_get (guint *n_templates)
{
  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

static StoltProject *
stolt_template_read (const StoltTemplate *template,
                     GError             **error)
{
  g_autofree char *path = g_strconcat (TEMPLATE_PATH, template->resource, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  static gsize registered = 0;

  if (template->resource == NULL)
    return stolt_project_new ();

  /* Registered by hand: a constructor in a static library may be
   * dropped by the linker */
  if (g_once_init_enter (&registered))
    {
      stolt_io_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, error))
    return NULL;

  return stolt_keyfile_read (keyfile, error);
}

/**
 * stolt_templates_create:
 *
 * Returns: (transfer full) (nullable): a new project with no history, or
 *   %NULL with @error set (G_IO_ERROR_NOT_FOUND for an unknown @id)
 */
StoltProject *
stolt_templates_create (const char  *id,
                        GError     **error)
{
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      if (g_str_equal (templates[i].id, id))
        return stolt_template_read (&templates[i], error);

      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", templates[i].id);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("There is no template “%s”; the templates are: %s"), id, known->str);
  return NULL;
}
