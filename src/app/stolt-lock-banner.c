/* stolt-lock-banner.c — who has the file, and what the user can do
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar under the header bar of a window whose document is read-only
 * or unprotected: "Open by Kari Nordmann on HR-PC-12 since 09:14", with
 * the buttons that help (Save As, tell me when it is free, remove a stale
 * lock, open again).  It is a GtkInfoBar with the role "alert", and its
 * text is also its accessible label and description, so that a screen
 * reader reads it when it appears.
 *
 * The buttons activate window actions: win.save-as, win.reload-file and
 * win.remove-stale-lock.  When the file becomes free and the user asked
 * to be told, the banner emits ::freed.
 */

#define G_LOG_DOMAIN "stolt-lock-banner"

#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "stolt-lock-banner.h"

struct _StoltLockBanner
{
  GtkWidget      parent_instance;

  /* Child widgets */
  GtkInfoBar    *bar;
  GtkLabel      *heading;
  GtkLabel      *body;
  GtkWidget     *save_as_button;
  GtkWidget     *notify_button;
  GtkWidget     *remove_button;
  GtkWidget     *reload_button;

  /* Owned references */
  StoltDocument *document;
  GSignalGroup  *document_signals;

  gboolean       notify_when_free;
};

G_DEFINE_FINAL_TYPE (StoltLockBanner, stolt_lock_banner, GTK_TYPE_WIDGET)

enum {
  FREED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Words */

/**
 * stolt_format_lock_time:
 *
 * "09:14" today, with the date on another day.
 */
char *
stolt_format_lock_time (GDateTime *time,
                        GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);

  if (g_date_time_get_year (local) == g_date_time_get_year (local_now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (local_now))
    /* Translators: a time today in strftime format, e.g. "since 09:14" */
    return g_date_time_format (local, C_("lock time today", "%H:%M"));
  /* Translators: a time on another day in strftime format, e.g. "since 2026-12-01 09:14" */
  return g_date_time_format (local, C_("lock time another day", "%x %H:%M"));
}

/* "Kari Nordmann on HR-PC-12", "kari", "someone" … */
char *
stolt_format_lock_who (const StoltLockOwner *owner)
{
  const char *name = owner != NULL ? stolt_lock_owner_get_display_name (owner) : "";
  const char *host = owner != NULL ? owner->host : "";

  if (*name == '\0' && *host == '\0')
    return g_strdup (_("someone"));
  if (*host == '\0')
    return g_strdup (name);
  if (*name == '\0')
    /* Translators: someone unnamed on a computer, e.g. "someone on HR-PC-12" */
    return g_strdup_printf (_("someone on %s"), host);
  /* Translators: a person on a computer, e.g. "Kari Nordmann on HR-PC-12" */
  return g_strdup_printf (_("%s on %s"), name, host);
}

static void
describe_held (StoltLockBanner *self,
               char           **heading,
               char           **body)
{
  const StoltLockOwner *holder = stolt_document_get_lock_holder (self->document);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *who = stolt_format_lock_who (holder);
  g_autofree char *since = stolt_format_lock_time (holder->since, now);

  if (holder->pid == getpid () && g_strcmp0 (holder->host, g_get_host_name ()) == 0)
    /* Translators: %s is a time, e.g. "Open in another window since 09:14" */
    *heading = g_strdup_printf (_("Open in another window since %s"), since);
  else
    /* Translators: e.g. "Open by Kari Nordmann on HR-PC-12 since 09:14" */
    *heading = g_strdup_printf (_("Open by %s since %s"), who, since);
  *body = g_strdup (self->notify_when_free
                    ? _("You can read it here. You will be told when it is free.")
                    : _("You can read it here. To keep changes, use Save As to make a new "
                        "file, or wait until it is free."));
}

static void
describe_stale (StoltLockBanner *self,
                char           **heading,
                char           **body)
{
  const StoltLockOwner *holder = stolt_document_get_lock_holder (self->document);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *who = stolt_format_lock_who (holder);
  g_autofree char *since = stolt_format_lock_time (holder->since, now);
  g_autofree char *heard = stolt_format_lock_time (holder->refreshed, now);

  /* Translators: e.g. "Left open by Kari Nordmann on HR-PC-12 since 09:14" */
  *heading = g_strdup_printf (_("Left open by %s since %s"), who, since);
  if (stolt_lock_owner_get_status (holder, g_get_host_name (), now) == STOLT_LOCK_OWNER_GONE)
    *body = g_strdup (_("Stolt is no longer running there, so the lock is left over. If nobody "
                        "is working on the file, remove the lock to edit it."));
  else
    /* Translators: %s is a time, e.g. "09:20" */
    *body = g_strdup_printf (_("That computer has not been heard from since %s. If nobody is "
                               "working on the file, remove the lock to edit it."),
                             heard);
}

static void
describe (StoltLockBanner *self,
          char           **heading,
          char           **body)
{
  g_autofree char *name = NULL;
  GFile *file = stolt_document_get_file (self->document);

  *heading = NULL;
  *body = NULL;
  switch (stolt_document_get_lock_state (self->document))
    {
    case STOLT_DOCUMENT_LOCK_HELD:
      if (stolt_document_get_lock_holder (self->document) != NULL)
        {
          describe_held (self, heading, body);
          return;
        }
      break;

    case STOLT_DOCUMENT_LOCK_STALE:
      describe_stale (self, heading, body);
      return;

    case STOLT_DOCUMENT_LOCK_FREED:
      name = file != NULL ? g_file_get_basename (file) : g_strdup ("");
      /* Translators: a file name */
      *heading = g_strdup_printf (_("“%s” is free now"), name);
      *body = g_strdup (_("Open it again to edit it."));
      return;

    case STOLT_DOCUMENT_LOCK_UNPROTECTED:
      if (!stolt_document_get_read_only (self->document))
        {
          *heading = g_strdup (_("Others are not told that you have this file open"));
          *body = g_strdup (stolt_document_get_lock_problem (self->document));
          return;
        }
      break;

    case STOLT_DOCUMENT_LOCK_NONE:
    case STOLT_DOCUMENT_LOCK_OWN:
    default:
      break;
    }

  if (stolt_document_get_read_only (self->document))
    {
      *heading = g_strdup (_("Read-only"));
      *body = g_strdup (stolt_document_get_read_only_reason (self->document));
    }
}

/* State */

static void
set_text (StoltLockBanner *self,
          const char      *heading,
          const char      *body)
{
  gtk_label_set_label (self->heading, heading != NULL ? heading : "");
  gtk_label_set_label (self->body, body != NULL ? body : "");
  gtk_widget_set_visible (GTK_WIDGET (self->body), body != NULL && *body != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading != NULL ? heading : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, body != NULL ? body : "",
                                  -1);
}

static void
stolt_lock_banner_update (StoltLockBanner *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  StoltDocumentLockState state;
  gboolean read_only;

  if (self->document == NULL)
    {
      gtk_info_bar_set_revealed (self->bar, FALSE);
      return;
    }

  state = stolt_document_get_lock_state (self->document);
  read_only = stolt_document_get_read_only (self->document);
  describe (self, &heading, &body);
  set_text (self, heading, body);

  gtk_info_bar_set_message_type (self->bar, state == STOLT_DOCUMENT_LOCK_UNPROTECTED ||
                                            state == STOLT_DOCUMENT_LOCK_STALE
                                            ? GTK_MESSAGE_WARNING : GTK_MESSAGE_INFO);
  gtk_widget_set_visible (self->save_as_button, read_only && state != STOLT_DOCUMENT_LOCK_FREED);
  gtk_widget_set_visible (self->notify_button,
                          state == STOLT_DOCUMENT_LOCK_HELD && !self->notify_when_free &&
                          stolt_document_get_lock_holder (self->document) != NULL);
  gtk_widget_set_visible (self->remove_button, state == STOLT_DOCUMENT_LOCK_STALE);
  gtk_widget_set_visible (self->reload_button, state == STOLT_DOCUMENT_LOCK_FREED);
  gtk_info_bar_set_revealed (self->bar, heading != NULL);
}

static void
lock_state_changed_cb (StoltLockBanner *self)
{
  StoltDocumentLockState state;

  stolt_lock_banner_update (self);
  state = stolt_document_get_lock_state (self->document);
  if (state == STOLT_DOCUMENT_LOCK_FREED && self->notify_when_free)
    {
      self->notify_when_free = FALSE;
      g_signal_emit (self, signals[FREED], 0);
    }
}

static void
notify_clicked_cb (StoltLockBanner *self)
{
  stolt_lock_banner_set_notify_when_free (self, TRUE);
}

/* GObject */

static void
stolt_lock_banner_dispose (GObject *object)
{
  StoltLockBanner *self = STOLT_LOCK_BANNER (object);

  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_pointer ((GtkWidget **) &self->bar, gtk_widget_unparent);

  G_OBJECT_CLASS (stolt_lock_banner_parent_class)->dispose (object);
}

static void
stolt_lock_banner_finalize (GObject *object)
{
  StoltLockBanner *self = STOLT_LOCK_BANNER (object);

  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (stolt_lock_banner_parent_class)->finalize (object);
}

static void
stolt_lock_banner_class_init (StoltLockBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_lock_banner_dispose;
  object_class->finalize = stolt_lock_banner_finalize;

  /**
   * StoltLockBanner::freed:
   *
   * The file became free, and the user had asked to be told.
   */
  signals[FREED] =
    g_signal_new ("freed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stolt-lock-banner");
}

static GtkWidget *
add_button (StoltLockBanner *self,
            const char      *label,
            const char      *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (action != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_info_bar_add_action_widget (self->bar, button, GTK_RESPONSE_NONE);
  return button;
}

static void
stolt_lock_banner_init (StoltLockBanner *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  /* An alert, so that screen readers announce it when it appears */
  self->bar = g_object_new (GTK_TYPE_INFO_BAR,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                            NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->bar), GTK_WIDGET (self));
  gtk_info_bar_set_revealed (self->bar, FALSE);

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->heading, TRUE);
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  self->body = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->body, TRUE);
  gtk_label_set_xalign (self->body, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->body));
  gtk_widget_set_hexpand (box, TRUE);
  gtk_info_bar_add_child (self->bar, box);

  self->remove_button = add_button (self, _("_Remove Lock…"), "win.remove-stale-lock");
  self->notify_button = add_button (self, _("_Tell Me When Free"), NULL);
  g_signal_connect_swapped (self->notify_button, "clicked", G_CALLBACK (notify_clicked_cb), self);
  self->reload_button = add_button (self, _("Open _Again"), "win.reload-file");
  self->save_as_button = add_button (self, _("Save _As…"), "win.save-as");

  self->document_signals = g_signal_group_new (STOLT_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::lock-state",
                                  G_CALLBACK (lock_state_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::read-only",
                                  G_CALLBACK (stolt_lock_banner_update), self);
}

GtkWidget *
stolt_lock_banner_new (void)
{
  return g_object_new (STOLT_TYPE_LOCK_BANNER, NULL);
}

void
stolt_lock_banner_set_document (StoltLockBanner *self,
                                StoltDocument   *document)
{
  g_return_if_fail (STOLT_IS_LOCK_BANNER (self));
  g_return_if_fail (document == NULL || STOLT_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    {
      self->notify_when_free = FALSE;
      g_signal_group_set_target (self->document_signals, document);
    }
  stolt_lock_banner_update (self);
}

/* What the banner says, heading and body, for tests and screen readers;
 * %NULL when it is hidden */
char *
stolt_lock_banner_dup_text (StoltLockBanner *self)
{
  g_return_val_if_fail (STOLT_IS_LOCK_BANNER (self), NULL);

  if (!gtk_info_bar_get_revealed (self->bar))
    return NULL;
  return g_strjoin ("\n", gtk_label_get_label (self->heading),
                    gtk_label_get_label (self->body), NULL);
}

gboolean
stolt_lock_banner_get_notify_when_free (StoltLockBanner *self)
{
  g_return_val_if_fail (STOLT_IS_LOCK_BANNER (self), FALSE);
  return self->notify_when_free;
}

void
stolt_lock_banner_set_notify_when_free (StoltLockBanner *self,
                                        gboolean         notify)
{
  g_return_if_fail (STOLT_IS_LOCK_BANNER (self));

  self->notify_when_free = notify;
  stolt_lock_banner_update (self);
}

/* Read-only fields say so to assistive technology, not only by being
 * insensitive: "read only" is what a screen reader should announce.  The
 * pages decide which fields a read-only document disables; searching
 * stays possible, so search entries are left alone. */
void
stolt_accessible_mark_read_only (GtkWidget *root,
                                 gboolean   read_only)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_SEARCH_ENTRY (root))
    return;
  if (GTK_IS_EDITABLE (root) || GTK_IS_TEXT_VIEW (root) || GTK_IS_CHECK_BUTTON (root) ||
      GTK_IS_DROP_DOWN (root) || GTK_IS_SWITCH (root))
    gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                    GTK_ACCESSIBLE_PROPERTY_READ_ONLY,
                                    read_only && !gtk_widget_is_sensitive (root),
                                    -1);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    stolt_accessible_mark_read_only (child, read_only);
}
