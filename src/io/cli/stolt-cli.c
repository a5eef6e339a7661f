/* stolt-cli.c — the headless command line (DESIGN.md, "Command line")
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs before GTK is initialised: nothing here may need a display.
 */

#define G_LOG_DOMAIN "stolt-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-cli.h"
#include "stolt-date.h"
#include "stolt-export-formats.h"
#include "stolt-export-util.h"
#include "stolt-exporters.h"
#include "stolt-file.h"
#include "stolt-import.h"
#include "stolt-keyfile-reader.h"
#include "stolt-storage.h"
#include "stolt-templates.h"

/* The names of the formats in stolt-export-formats.c, for --help-export */
const char *const *
stolt_cli_export_formats (void)
{
  static const char **names;

  if (g_once_init_enter (&names))
    {
      guint n_formats;
      const StoltExportFormat *formats = stolt_export_formats_get (&n_formats);
      const char **list = g_new0 (const char *, n_formats + 1);

      for (guint i = 0; i < n_formats; i++)
        list[i] = formats[i].id;
      g_once_init_leave (&names, list);
    }

  return names;
}

const char *
stolt_cli_describe_format (const char *format)
{
  const StoltExportFormat *found = stolt_export_format_find (format);

  return found != NULL ? _(found->description) : NULL;
}

static int
fail (const GError *error)
{
  g_printerr ("stolt: %s\n", error->message);
  return STOLT_EXIT_FAILED;
}

int
stolt_cli_export (const char               *format,
                  const char               *input,
                  const char               *output,
                  const StoltExportOptions *options)
{
  const StoltExportFormat *found = stolt_export_format_find (format);
  g_autoptr(GFile) input_file = g_file_new_for_commandline_arg (input);
  g_autoptr(GFile) output_file = g_file_new_for_commandline_arg (output);
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;

  if (found == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) stolt_cli_export_formats ());

      g_printerr (_("stolt: “%s” is not an export format; use one of: %s\n"), format, known);
      return STOLT_EXIT_USAGE;
    }

  /* Before loading: a refused OUT is the caller's mistake, not the input's */
  if (!stolt_export_check_output (output_file, input_file, &error))
    {
      g_printerr ("stolt: %s\n", error->message);
      return STOLT_EXIT_USAGE;
    }

  project = stolt_io_load_project (input_file, NULL, &notes, &error);
  if (project == NULL)
    return fail (error);

  if (!stolt_export_format_run (found, project, options, output_file, &error))
    {
      /* "Nothing to export" is about the input: name it */
      if (g_error_matches (error, STOLT_EXPORT_ERROR, STOLT_EXPORT_ERROR_NOTHING))
        {
          g_printerr ("stolt: %s: %s\n", input, error->message);
          return STOLT_EXIT_FAILED;
        }
      return fail (error);
    }

  if (notes->len > 0)
    {
      g_autofree char *name = stolt_file_get_display_name (input_file);
      g_autofree char *joined = stolt_io_join_notes (notes);

      /* Translators: the imported file, then what of it Stolt has no place for */
      g_printerr (_("stolt: %s: not carried over: %s\n"), name, joined);
    }

  return STOLT_EXIT_OK;
}

/**
 * stolt_cli_new:
 * @start: (nullable): a day as the user types it: the plan starts on
 *   the first Monday on or after it; %NULL for the first Monday of next
 *   month
 */
int
stolt_cli_new (const char *template_id,
               const char *start,
               const char *output)
{
  g_autoptr(GFile) output_file = g_file_new_for_commandline_arg (output);
  g_autoptr(StoltProject) project = NULL;
  g_autoptr(GError) error = NULL;
  guint32 today = stolt_date_today ();
  guint32 origin = stolt_keyfile_origin (today);

  if (!stolt_export_check_output (output_file, NULL, &error))
    {
      g_printerr ("stolt: %s\n", error->message);
      return STOLT_EXIT_USAGE;
    }

  if (start != NULL)
    {
      guint32 day = stolt_date_parse_full (start, stolt_date_style_default (), today, &error);

      if (day == STOLT_DATE_NONE)
        {
          /* Translators: the option, then why its date was refused */
          g_printerr (_("stolt: --start: %s\n"), error->message);
          return STOLT_EXIT_USAGE;
        }
      origin = day + (guint32) ((8 - stolt_date_weekday (day)) % 7);
    }

  project = stolt_templates_create_from (template_id, origin, &error);
  if (project == NULL)
    return fail (error);

  if (!stolt_storage_write (project, output_file, &error))
    return fail (error);

  return STOLT_EXIT_OK;
}

int
stolt_cli_list_templates (void)
{
  guint n_templates;
  const StoltTemplate *templates = stolt_templates_get (&n_templates);

  for (guint i = 0; i < n_templates; i++)
    {
      g_autofree char *title = stolt_template_get_display_title (&templates[i]);

      g_print ("%-24s %s\n", templates[i].id, title);
    }

  return STOLT_EXIT_OK;
}
