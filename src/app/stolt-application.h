/* stolt-application.h
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "stolt-document.h"
#include "stolt-session.h"

G_BEGIN_DECLS

#define STOLT_TYPE_APPLICATION (stolt_application_get_type ())
G_DECLARE_FINAL_TYPE (StoltApplication, stolt_application, STOLT, APPLICATION, AdwApplication)

StoltApplication *stolt_application_new          (GApplicationFlags  flags);
GSettings        *stolt_application_get_settings (StoltApplication  *self);
StoltSession     *stolt_application_get_session  (StoltApplication  *self);
void              stolt_application_open_document (StoltApplication *self,
                                                   StoltDocument    *document);

G_END_DECLS
