/* stolt-lock-banner.h — who has the file, and what the user can do
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "stolt-document.h"

G_BEGIN_DECLS

#define STOLT_TYPE_LOCK_BANNER (stolt_lock_banner_get_type ())
G_DECLARE_FINAL_TYPE (StoltLockBanner, stolt_lock_banner, STOLT, LOCK_BANNER, GtkWidget)

GtkWidget *stolt_lock_banner_new            (void);
void       stolt_lock_banner_set_document   (StoltLockBanner *self,
                                             StoltDocument   *document);
char      *stolt_lock_banner_dup_text       (StoltLockBanner *self);
gboolean   stolt_lock_banner_get_notify_when_free (StoltLockBanner *self);
void       stolt_lock_banner_set_notify_when_free (StoltLockBanner *self,
                                                   gboolean         notify);

char      *stolt_format_lock_time           (GDateTime       *time,
                                             GDateTime       *now);
char      *stolt_format_lock_who            (const StoltLockOwner *owner);

void       stolt_accessible_mark_read_only  (GtkWidget       *root,
                                             gboolean         read_only);

G_END_DECLS
