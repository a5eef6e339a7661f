/* main.c
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "stolt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StoltApplication) app = NULL;

  const char *localedir = g_getenv ("STOLT_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* STOLT_LOCALEDIR: translations of an uninstalled build (`make run`) */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = stolt_application_new (G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
