/* stolt-templates.h — built-in projects to start from
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

/* Each template exists in Swedish and in Norwegian Bokmål, written the
 * way each country's municipalities write (not translated word for
 * word): "employer-policy-sv" and "employer-policy-nb".  The id without
 * its language ("employer-policy") means the user's language. */
typedef struct
{
  const char *id;        /* one word, for --new: "employer-policy-sv" */
  const char *base;      /* the template in either language: "employer-policy" */
  const char *language;  /* "sv" or "nb" */
  const char *title;     /* N_(), translated when shown */
  const char *resource;  /* a keyfile under data/templates/ */
} StoltTemplate;

const StoltTemplate *stolt_templates_get              (guint               *n_templates);
const char          *stolt_templates_default_language (void);
char                *stolt_template_get_display_title (const StoltTemplate *template);
StoltProject        *stolt_templates_create_from      (const char          *id,
                                                       guint32              origin,
                                                       GError             **error);
StoltProject        *stolt_templates_create           (const char          *id,
                                                       GError             **error);

G_END_DECLS
