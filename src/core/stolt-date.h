/* stolt-date.h — calendar days as the model stores them
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A day is a guint32 GDate Julian day number (1 = 1 January of year 1),
 * 0 meaning "no date".  Files store ISO 8601 text (YYYY-MM-DD).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STOLT_DATE_NONE 0

/* How dates are written: the form shown, and the forms read besides
 * ISO 8601 */
typedef enum
{
  STOLT_DATE_STYLE_OTHER,      /* the C library's locale (%x, GDate) */
  STOLT_DATE_STYLE_SWEDISH,    /* 2026-11-22, 22/11 2026, 22 nov. 2026 */
  STOLT_DATE_STYLE_NORWEGIAN,  /* 22.11.2026, 22.11.26, 22. nov. 2026 */
} StoltDateStyle;

guint32  stolt_date_from_ymd  (int          year,
                               int          month,
                               int          day);
gboolean stolt_date_to_ymd    (guint32      julian,
                               int         *year,
                               int         *month,
                               int         *day);
guint32  stolt_date_from_iso  (const char  *text);
char    *stolt_date_to_iso    (guint32      julian);
guint32  stolt_date_today     (void);
guint32  stolt_date_min       (void);
guint32  stolt_date_max       (void);
gboolean stolt_date_in_range  (guint32      julian);
int      stolt_date_iso_week  (guint32      julian,
                               int         *iso_year);
int      stolt_date_weekday   (guint32      julian);
guint32  stolt_date_from_iso_week (int      iso_year,
                                   int      week);

StoltDateStyle stolt_date_style_for_locale  (const char     *locale);
StoltDateStyle stolt_date_style_default     (void);
char          *stolt_date_format_style      (guint32         julian,
                                             StoltDateStyle  style);
char          *stolt_date_format            (guint32         julian);
char          *stolt_date_format_text_style (guint32         julian,
                                             StoltDateStyle  style);
char          *stolt_date_format_text       (guint32         julian);
guint32        stolt_date_parse_full        (const char     *text,
                                             StoltDateStyle  style,
                                             guint32         today,
                                             GError        **error);
guint32        stolt_date_parse             (const char     *text);

G_END_DECLS
