/* stolt-templates.h — built-in projects to start from
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "stolt-project.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;     /* one word, for --new */
  const char *title;  /* N_(), translated when shown */
  const char *resource; /* a keyfile under data/templates/; NULL for empty */
} StoltTemplate;

const StoltTemplate *stolt_templates_get    (guint       *n_templates);
StoltProject        *stolt_templates_create (const char  *id,
                                             GError     **error);

G_END_DECLS
