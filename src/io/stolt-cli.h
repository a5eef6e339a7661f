/* stolt-cli.h — the headless command line (DESIGN.md, "Command line")
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function does one command without a display, prints its one line
 * of error to stderr, and returns the process exit status.
 */

#pragma once

#include <glib.h>

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

G_END_DECLS
