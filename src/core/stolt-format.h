/* stolt-format.h — a field's value as text for people, and back
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates in the locale's short format, numbers with the locale's decimal
 * separator, enums by their translated label, links by the title of the
 * record they point to.  Tables, forms and exporters share these.
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

char     *stolt_format_value   (StoltProject      *project,
                                StoltRecord       *record,
                                const StoltField  *field);
const char *stolt_format_yes_no (gboolean         yes);
char     *stolt_format_number  (double             number,
                                int                max_decimals);
gboolean  stolt_parse_number   (const char        *text,
                                double            *number);

char     *stolt_format_clean_text     (const char *text);
gboolean  stolt_format_needs_cleaning (const char *text);
char     *stolt_format_clean_markup   (const char *markup);

G_END_DECLS
