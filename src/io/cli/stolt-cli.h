/* stolt-cli.h — the headless command line (DESIGN.md, "Command line")
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All of the command line: its options and --help (stolt-cli-options.c)
 * and its commands (stolt-cli.c).  Each command runs without a display,
 * prints its one line of error to stderr, and returns the process exit
 * status.
 */

#pragma once

#include <gio/gio.h>

#include "stolt-export-options.h"

G_BEGIN_DECLS

typedef enum
{
  STOLT_EXIT_OK = 0,
  STOLT_EXIT_FAILED = 1,  /* bad input, or the output could not be written */
  STOLT_EXIT_USAGE = 2,   /* the command line itself is wrong */
} StoltExitStatus;

const char *const *stolt_cli_export_formats   (void);
const char        *stolt_cli_describe_format  (const char  *format);
int                stolt_cli_export           (const char               *format,
                                               const char               *input,
                                               const char               *output,
                                               const StoltExportOptions *options);
int                stolt_cli_new              (const char  *template_id,
                                               const char  *start,
                                               const char  *output);
int                stolt_cli_list_templates   (void);

/* The options, --help, and what they ask for (stolt-cli-options.c) */
void               stolt_cli_add_options      (GApplication *application);
int                stolt_cli_handle_options   (GVariantDict *options,
                                               char        **files);

G_END_DECLS
