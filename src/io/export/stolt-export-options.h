/* stolt-export-options.h — what --paper, --zoom, --width … ask of an exporter
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One struct for every exporter, filled from the command line or from an
 * export dialog; each exporter reads the members that concern it.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STOLT_PAPER_A4,
  STOLT_PAPER_A3,
} StoltPaper;

typedef enum
{
  STOLT_EXPORT_ZOOM_AUTO,     /* what suits the format: fit for images */
  STOLT_EXPORT_ZOOM_DAY,
  STOLT_EXPORT_ZOOM_WEEK,
  STOLT_EXPORT_ZOOM_MONTH,
  STOLT_EXPORT_ZOOM_QUARTER,
  STOLT_EXPORT_ZOOM_YEAR,
  STOLT_EXPORT_ZOOM_FIT,      /* the whole project in the page or image width */
} StoltExportZoom;

#define STOLT_EXPORT_WIDTH_MIN 320
#define STOLT_EXPORT_WIDTH_MAX 16384

typedef struct
{
  StoltPaper      paper;      /* --paper=a4|a3, landscape for the timeline */
  gboolean        fit_page;   /* --fit-page: the timeline on one page */
  int             width;      /* --width=PX for images; 0 = the default */
  StoltExportZoom zoom;       /* --zoom=day|week|month|quarter|year|fit */
  gboolean        bom;        /* --bom: a UTF-8 byte order mark for Excel */
  gboolean        csv_raw;    /* --csv-raw: cells that look like formulas as they are */
  gboolean        landscape;  /* the report on landscape pages */
  guint32         first_day;  /* the timeline's dates (Julian days); 0 = the project's */
  guint32         last_day;
  gint64          record_id;  /* the one SWOT analysis or values document; 0 = all */
  char            separator;  /* CSV: ',', ';' or '\t'; 0 = the locale's */
} StoltExportOptions;

#define STOLT_EXPORT_OPTIONS_INIT { STOLT_PAPER_A4, FALSE, 0, STOLT_EXPORT_ZOOM_AUTO, FALSE, \
                                    FALSE, FALSE, 0, 0, 0, 0 }

gboolean stolt_export_paper_from_string (const char       *text,
                                         StoltPaper       *paper);
gboolean stolt_export_zoom_from_string  (const char       *text,
                                         StoltExportZoom  *zoom);

G_END_DECLS
