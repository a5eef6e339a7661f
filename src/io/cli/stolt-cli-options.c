/* stolt-cli-options.c — the command line's options and what they ask for
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole command line lives in this folder: the options, --help and
 * its list of formats here, the commands in stolt-cli.c.  The application
 * only hands over its option dictionary in handle-local-options, before
 * GTK is initialised.
 */

#define G_LOG_DOMAIN "stolt-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-cli.h"

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export FILE in FORMAT without opening a window"), N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The file --export or --new writes"), N_("OUT") },
  { "new", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Create a project from a built-in template"), N_("TEMPLATE") },
  { "start", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --new: start the plan on the first Monday from DATE (the default: next month)"),
    N_("DATE") },
  { "list-templates", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the built-in templates"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of PDF exports: a4 (the default) or a3"), N_("SIZE") },
  { "fit-page", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fit the whole timeline on one page"), NULL },
  { "zoom", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Timeline zoom: day, week, month, quarter, year or fit"), N_("ZOOM") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Width of image exports in pixels"), N_("PX") },
  { "bom", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start CSV exports with a byte order mark, for Excel"), NULL },
  { "csv-raw", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write CSV cells that start with = + - @ as they are, not as text"), NULL },
  { NULL }
};

static char *
describe_formats (void)
{
  const char *const *formats = stolt_cli_export_formats ();
  GString *text = g_string_new (_("Export formats:"));

  for (guint i = 0; formats[i] != NULL; i++)
    g_string_append_printf (text, "\n  %-14s %s", formats[i], stolt_cli_describe_format (formats[i]));

  return g_string_free (text, FALSE);
}

/**
 * stolt_cli_add_options:
 *
 * Gives @application the command line's options and its --help text.
 */
void
stolt_cli_add_options (GApplication *application)
{
  g_autofree char *formats = describe_formats ();

  g_application_add_main_option_entries (application, option_entries);
  g_application_set_option_context_parameter_string (application, _("[FILE…]"));
  g_application_set_option_context_summary (application,
                                            _("Plan employer-policy work: open project files, "
                                              "or export and create them without a window."));
  g_application_set_option_context_description (application, formats);
}

static gboolean
read_export_options (GVariantDict       *options,
                     StoltExportOptions *export_options)
{
  const char *paper = NULL;
  const char *zoom = NULL;

  if (g_variant_dict_lookup (options, "paper", "&s", &paper)
      && !stolt_export_paper_from_string (paper, &export_options->paper))
    {
      g_printerr (_("stolt: “%s” is not a paper size; use a4 or a3\n"), paper);
      return FALSE;
    }

  if (g_variant_dict_lookup (options, "zoom", "&s", &zoom)
      && !stolt_export_zoom_from_string (zoom, &export_options->zoom))
    {
      g_printerr (_("stolt: “%s” is not a zoom; use day, week, month, quarter, year or fit\n"),
                  zoom);
      return FALSE;
    }

  if (g_variant_dict_lookup (options, "width", "i", &export_options->width)
      && (export_options->width < STOLT_EXPORT_WIDTH_MIN
          || export_options->width > STOLT_EXPORT_WIDTH_MAX))
    {
      g_printerr (_("stolt: --width must be between %d and %d pixels\n"),
                  STOLT_EXPORT_WIDTH_MIN, STOLT_EXPORT_WIDTH_MAX);
      return FALSE;
    }

  export_options->fit_page = g_variant_dict_contains (options, "fit-page");
  export_options->bom = g_variant_dict_contains (options, "bom");
  export_options->csv_raw = g_variant_dict_contains (options, "csv-raw");

  return TRUE;
}

/* --new=TEMPLATE --output=OUT */
static int
handle_new (const char *template_id,
            const char *start,
            const char *output,
            guint       n_files)
{
  if (n_files > 0)
    {
      g_printerr (_("stolt: --new takes no input file\n"));
      return STOLT_EXIT_USAGE;
    }

  return stolt_cli_new (template_id, start, output);
}

/* --export=FORMAT --output=OUT FILE */
static int
handle_export (GVariantDict *options,
               const char   *format,
               const char   *output,
               char        **files,
               guint         n_files)
{
  StoltExportOptions export_options = STOLT_EXPORT_OPTIONS_INIT;

  if (n_files != 1)
    {
      g_printerr (_("stolt: --export needs exactly one input file\n"));
      return STOLT_EXIT_USAGE;
    }

  if (!read_export_options (options, &export_options))
    return STOLT_EXIT_USAGE;

  return stolt_cli_export (format, files[0], output, &export_options);
}

/**
 * stolt_cli_handle_options:
 * @options: what GApplication parsed
 * @files: (nullable): the arguments that follow the options
 *
 * Does what the options ask for without a display.
 *
 * Returns: the exit status, or -1 when the application is to go on and
 *   open a window
 */
int
stolt_cli_handle_options (GVariantDict *options,
                          char        **files)
{
  const char *format = NULL;
  const char *template_id = NULL;
  const char *start = NULL;
  const char *output = NULL;
  guint n_files = files != NULL ? g_strv_length (files) : 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("stolt %s\n", PACKAGE_VERSION);
      return STOLT_EXIT_OK;
    }

  if (g_variant_dict_contains (options, "list-templates"))
    return stolt_cli_list_templates ();

  g_variant_dict_lookup (options, "export", "&s", &format);
  g_variant_dict_lookup (options, "new", "&s", &template_id);
  g_variant_dict_lookup (options, "start", "&s", &start);
  g_variant_dict_lookup (options, "output", "^&ay", &output);

  if (start != NULL && template_id == NULL)
    {
      g_printerr (_("stolt: --start goes with --new\n"));
      return STOLT_EXIT_USAGE;
    }

  if (format == NULL && template_id == NULL)
    {
      if (output != NULL)
        {
          g_printerr (_("stolt: --output goes with --export or --new\n"));
          return STOLT_EXIT_USAGE;
        }
      return -1;  /* go on: open a window */
    }

  if (format != NULL && template_id != NULL)
    {
      g_printerr (_("stolt: use either --export or --new, not both\n"));
      return STOLT_EXIT_USAGE;
    }

  if (output == NULL)
    {
      g_printerr (_("stolt: --output=OUT is needed to say where to write\n"));
      return STOLT_EXIT_USAGE;
    }

  if (template_id != NULL)
    return handle_new (template_id, start, output, n_files);

  return handle_export (options, format, output, files, n_files);
}
