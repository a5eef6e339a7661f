/* stolt-export-options.c — what --paper, --zoom, --width … ask of an exporter
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-export-options"

#include "config.h"

#include "stolt-export-options.h"

static const char *const paper_names[] = { "a4", "a3" };
static const char *const zoom_names[] = { "auto", "day", "week", "month", "quarter", "year", "fit" };

static int
index_of (const char        *text,
          const char *const *names,
          guint              n_names)
{
  if (text == NULL)
    return -1;

  for (guint i = 0; i < n_names; i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      return i;

  return -1;
}

gboolean
stolt_export_paper_from_string (const char *text,
                                StoltPaper *paper)
{
  int i = index_of (text, paper_names, G_N_ELEMENTS (paper_names));

  if (i < 0)
    return FALSE;

  *paper = i;
  return TRUE;
}

gboolean
stolt_export_zoom_from_string (const char      *text,
                               StoltExportZoom *zoom)
{
  int i = index_of (text, zoom_names, G_N_ELEMENTS (zoom_names));

  if (i < 0)
    return FALSE;

  *zoom = i;
  return TRUE;
}
