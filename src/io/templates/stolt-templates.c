/* stolt-templates.c — built-in projects to start from
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template is a keyfile in data/templates/, compiled into the io
 * library as a resource and read by stolt-keyfile-reader.c.  Its dates
 * count from the first Monday of next month, so a new project has its
 * whole plan ahead of it.
 */

#define G_LOG_DOMAIN "stolt-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-io-resources.h"
#include "stolt-keyfile-reader.h"
#include "stolt-templates.h"

#define TEMPLATE_PATH "/io/github/stoltplan/Stolt/templates/"

#define TEMPLATE(base, title) \
  { base "-sv", base, "sv", title, base "-sv.ini" }, \
  { base "-nb", base, "nb", title, base "-nb.ini" }

static const StoltTemplate templates[] = {
  TEMPLATE ("empty", N_("Empty project")),
  TEMPLATE ("employer-policy", N_("Employer policy project in a network of municipalities")),
  TEMPLATE ("competence-supply", N_("Competence supply action programme")),
  TEMPLATE ("values-workshop", N_("Values workshop: SWOT session and values document")),
  TEMPLATE ("attractive-employer", N_("Attractive employer programme")),
};

/* The names earlier versions had, for scripts that use them */
static const struct
{
  const char *old;
  const char *id;
} aliases[] = {
  { "ks-nettverk", "employer-policy-nb" },
  { "handlingsprogram", "attractive-employer-sv" },
};

const StoltTemplate *
stolt_templates_get (guint *n_templates)
{
  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

static const char *
language_of (const char *name)
{
  if (g_str_has_prefix (name, "sv"))
    return "sv";
  if (g_str_has_prefix (name, "nb") || g_str_has_prefix (name, "nn") ||
      g_str_has_prefix (name, "no"))
    return "nb";
  return NULL;
}

/**
 * stolt_templates_default_language:
 *
 * Returns: "sv" or "nb": the first of the user's interface languages
 *   that is one of them, else the one of the date and time locale, else
 *   Swedish
 */
const char *
stolt_templates_default_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (language_of (names[i]) != NULL)
      return language_of (names[i]);

  return stolt_date_style_default () == STOLT_DATE_STYLE_NORWEGIAN ? "nb" : "sv";
}

/* Returns: (transfer full): "Values workshop (Norwegian Bokmål)" */
char *
stolt_template_get_display_title (const StoltTemplate *template)
{
  const char *language = g_str_equal (template->language, "sv")
                         ? _("Swedish") : _("Norwegian Bokmål");

  /* Translators: a template's title and the language its content is
   * written in: "Empty project (Swedish)" */
  return g_strdup_printf (C_("template title and language", "%s (%s)"),
                          _(template->title), language);
}

static StoltProject *
stolt_template_read (const StoltTemplate *template,
                     guint32              origin,
                     GError             **error)
{
  g_autofree char *path = g_strconcat (TEMPLATE_PATH, template->resource, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  static gsize registered = 0;

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

  return stolt_keyfile_read_from (keyfile, origin, error);
}

static const StoltTemplate *
find (const char *id)
{
  const char *language = stolt_templates_default_language ();

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (aliases[i].old, id))
      id = aliases[i].id;

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_str_equal (templates[i].id, id) ||
        (g_str_equal (templates[i].base, id) && g_str_equal (templates[i].language, language)))
      return &templates[i];

  return NULL;
}

/**
 * stolt_templates_create_from:
 * @id: a template's id, or its base for the user's language
 * @origin: the day the template's dates count from
 *
 * Returns: (transfer full) (nullable): a new project with no history, or
 *   %NULL with @error set (G_IO_ERROR_NOT_FOUND for an unknown @id)
 */
StoltProject *
stolt_templates_create_from (const char  *id,
                             guint32      origin,
                             GError     **error)
{
  const StoltTemplate *template = find (id);
  g_autoptr(GString) known = NULL;

  if (template != NULL)
    return stolt_template_read (template, origin, error);

  known = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", templates[i].id);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("There is no template “%s”; the templates are: %s"), id, known->str);
  return NULL;
}

/**
 * stolt_templates_create:
 *
 * stolt_templates_create_from() dated from the first Monday of next
 * month.
 */
StoltProject *
stolt_templates_create (const char  *id,
                        GError     **error)
{
  return stolt_templates_create_from (id, stolt_keyfile_origin (stolt_date_today ()), error);
}
