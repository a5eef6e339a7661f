/* test-ics-export.c — the calendar a project makes, and its stable UIDs
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/test-exchange.py reads the exported files with a real iCalendar
 * parser; this checks what only the library shows: the same calendar
 * after Save As of a document, and what an empty project gives.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "stolt-date.h"
#include "stolt-document.h"
#include "stolt-ics-export.h"
#include "stolt-storage.h"
#include "stolt-templates.h"
#include "stolt-test-util.h"

static GDateTime *
fixed_stamp (void)
{
  return g_date_time_new_utc (2026, 9, 14, 8, 30, 0);
}

static guint
count_lines (const char *text,
             const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}

/* In the test's own isolated folders */
static char *
tmp_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "files", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return g_build_filename (dir, name, NULL);
}

/* Save As keeps the project's uid and every record's number */
static void
test_save_as_keeps_uids (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autoptr(GDateTime) stamp = fixed_stamp ();
  g_autofree char *path = tmp_path ("plan.stolt");
  g_autofree char *other_path = tmp_path ("plan saved as.stolt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(StoltProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *after = NULL;
  g_autofree char *uid_line = NULL;

  g_assert_true (stolt_storage_write (project, file, &error));
  g_assert_no_error (error);
  before = stolt_ics_export_to_string (project, stamp);

  document = stolt_document_open (file, &error);
  g_assert_no_error (error);
  opened = stolt_ics_export_to_string (stolt_document_get_project (document), stamp);
  g_assert_cmpstr (opened, ==, before);

  g_assert_true (stolt_document_save_as (document, other, &error));
  g_assert_no_error (error);
  stolt_document_close (document);
  reloaded = stolt_storage_load (other, &error);
  g_assert_no_error (error);
  after = stolt_ics_export_to_string (reloaded, stamp);
  g_assert_cmpstr (after, ==, before);

  uid_line = g_strdup_printf ("UID:milestone-%" G_GINT64_FORMAT "-%s@stolt",
                              stolt_record_get_id (stolt_test_nth (project, STOLT_LIST_MILESTONES, 0)),
                              stolt_project_card_get_uid (stolt_project_get_card (project)));
  g_assert_nonnull (strstr (after, uid_line));
  g_assert_nonnull (strstr (after, "DTSTAMP:20260914T083000Z\r\n"));
}

/* Editing a milestone changes its event, not its UID */
static void
test_edit_keeps_uid (void)
{
  g_autoptr(StoltProject) project = stolt_templates_create ("ks-nettverk", NULL);
  g_autoptr(GDateTime) stamp = fixed_stamp ();
  StoltRecord *milestone = stolt_test_nth (project, STOLT_LIST_MILESTONES, 0);
  g_autofree char *before = stolt_ics_export_to_string (project, stamp);
  g_autofree char *after = NULL;
  g_autofree char *uid = g_strdup_printf ("UID:milestone-%" G_GINT64_FORMAT "-",
                                          stolt_record_get_id (milestone));

  g_assert_true (stolt_project_set_date (project, milestone, "date",
                                         stolt_date_from_ymd (2016, 2, 1), NULL));
  g_assert_true (stolt_project_set_text (project, milestone, "title", "Ny tittel", NULL));
  after = stolt_ics_export_to_string (project, stamp);

  g_assert_cmpstr (before, !=, after);
  g_assert_nonnull (strstr (before, uid));
  g_assert_nonnull (strstr (after, uid));
  g_assert_nonnull (strstr (after, "DTSTART;VALUE=DATE:20160201\r\n"));
  g_assert_nonnull (strstr (after, "DTEND;VALUE=DATE:20160202\r\n"));
  g_assert_nonnull (strstr (after, "SUMMARY:Ny tittel\r\n"));
}

static void
test_empty_project (void)
{
  g_autoptr(StoltProject) project = stolt_project_new ();
  g_autoptr(GDateTime) stamp = fixed_stamp ();
  g_autoptr(StoltRecord) undated = g_object_new (STOLT_TYPE_MILESTONE, NULL);
  g_autofree char *text = NULL;

  g_assert_true (stolt_project_add (project, STOLT_RECORD (stolt_project_get_card (project)),
                                    STOLT_LIST_MILESTONES, 0, undated, NULL));
  g_assert_true (stolt_project_set_text (project, undated, "title", "Some day", NULL));
  text = stolt_ics_export_to_string (project, stamp);

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_cmpuint (count_lines (text, "BEGIN:VEVENT"), ==, 0);
  g_assert_nonnull (strstr (text, "X-WR-CALNAME:Untitled Project\r\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ics-export/save-as-keeps-uids", test_save_as_keeps_uids);
  g_test_add_func ("/ics-export/edit-keeps-uid", test_edit_keeps_uid);
  g_test_add_func ("/ics-export/empty-project", test_empty_project);

  return g_test_run ();
}
