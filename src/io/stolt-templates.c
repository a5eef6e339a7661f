/* stolt-templates.c — built-in projects to start from
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-templates.h"

static const StoltTemplate templates[] = {
  { "empty", N_("Empty project"), stolt_project_new },
};

const StoltTemplate *
stolt_templates_get (guint *n_templates)
{
  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

/**
 * stolt_templates_create:
 *
 * Returns: (transfer full) (nullable): a new project with no history, or
 *   %NULL with @error set (G_IO_ERROR_NOT_FOUND) for an unknown @id
 */
StoltProject *
stolt_templates_create (const char  *id,
                        GError     **error)
{
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      if (g_str_equal (templates[i].id, id))
        {
          StoltProject *project = templates[i].create ();

          stolt_project_reset_history (project);
          return project;
        }

      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", templates[i].id);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("There is no template “%s”; the templates are: %s"), id, known->str);
  return NULL;
}
