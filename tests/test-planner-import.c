/* test-planner-import.c — GNOME Planner files into Stolt projects
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files in tests/data/planner/ were written by GNOME Planner itself
 * (see the README there); the hostile inputs are built here.
 */

#include "config.h"

#include <string.h>

#include "stolt-date.h"
#include "stolt-import.h"
#include "stolt-planner-import.h"
#include "stolt-storage.h"

/* Helpers */

static GBytes *
read_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "planner", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static StoltProject *
import_string (const char  *xml,
               gsize        length,
               GPtrArray  **notes,
               GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, length == 0 ? strlen (xml) : length);

  return stolt_planner_import (bytes, "test.planner", NULL, notes, error);
}

static StoltProject *
import_data (const char  *name,
             GPtrArray  **notes)
{
  g_autoptr(GBytes) bytes = read_data (name);
  g_autoptr(GError) error = NULL;
  StoltProject *project = stolt_planner_import (bytes, name, NULL, notes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  g_assert_true (stolt_project_check (project, NULL));
  return project;
}

static guint
count (StoltProject    *project,
       StoltProjectList list)
{
  return g_list_model_get_n_items (stolt_project_get_list (project, list));
}

/* Returns: (transfer none): the record of @list titled @title */
static StoltRecord *
find (StoltProject    *project,
      StoltProjectList list,
      const char      *title)
{
  GListModel *model = stolt_project_get_list (project, list);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StoltRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (stolt_record_get_title (record), title) == 0)
        return record;  /* the project keeps it alive */
    }
  g_error ("no “%s” in list %d", title, list);
}

/* The ids of @record's predecessors, as titles joined by '|' */
static char *
predecessors (StoltProject *project,
              StoltRecord  *record)
{
  guint n_ids;
  const gint64 *ids = stolt_activity_get_predecessors (STOLT_ACTIVITY (record), &n_ids);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                            stolt_record_get_title (stolt_project_lookup (project, ids[i])));
  return g_string_free (out, FALSE);
}

static gboolean
notes_mention (GPtrArray  *notes,
               const char *words)
{
  for (guint i = 0; i < notes->len; i++)
    if (strstr (g_ptr_array_index (notes, i), words) != NULL)
      return TRUE;
  return FALSE;
}

#define assert_date(julian, iso) \
  G_STMT_START { g_autofree char *d_ = stolt_date_to_iso (julian); \
                 g_assert_cmpstr (d_, ==, iso); } G_STMT_END

/* Files Planner wrote */

static void
test_ks_nettverk (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(StoltProject) project = import_data ("ks-nettverk.planner", &notes);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  StoltRecord *forankring, *involvering, *samling, *mote, *levert, *mandat, *vedtatt, *tillit;
  g_autofree char *preds = NULL;

  g_assert_cmpstr (stolt_project_card_get_title (STOLT_PROJECT_CARD (card)), ==, "Arbeidsgiverpolitikk – nettverk samling 1");
  g_assert_cmpstr (stolt_project_card_get_organisation (STOLT_PROJECT_CARD (card)), ==, "Kommune i Hedmark og Oppland");
  g_assert_cmpstr (stolt_project_card_get_leader (STOLT_PROJECT_CARD (card)), ==, "Prosjektleder");
  assert_date (stolt_project_card_get_start_date (STOLT_PROJECT_CARD (card)), "2015-10-13");
  assert_date (stolt_project_card_get_end_date (STOLT_PROJECT_CARD (card)), "2015-10-20");

  /* Planner's two phases, then the two summary tasks as phases */
  g_assert_cmpuint (count (project, STOLT_LIST_PHASES), ==, 4);
  find (project, STOLT_LIST_PHASES, "Startfase");
  find (project, STOLT_LIST_PHASES, "Gjennomføring");
  forankring = find (project, STOLT_LIST_PHASES, "Forankring");
  involvering = find (project, STOLT_LIST_PHASES, "Involvering");

  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, 4);
  samling = find (project, STOLT_LIST_ACTIVITIES, "Samling 1: utfordringer, visjoner og verdier");
  assert_date (stolt_activity_get_start_date (STOLT_ACTIVITY (samling)), "2015-10-13");
  assert_date (stolt_activity_get_end_date (STOLT_ACTIVITY (samling)), "2015-10-14");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (samling)), ==, 16.0);
  g_assert_cmpfloat (stolt_activity_get_progress (STOLT_ACTIVITY (samling)), ==, 100);
  g_assert_cmpint (stolt_activity_get_phase (STOLT_ACTIVITY (samling)), ==, stolt_record_get_id (forankring));
  g_assert_cmpstr (stolt_activity_get_responsible (STOLT_ACTIVITY (samling)), ==, "");

  mote = find (project, STOLT_LIST_ACTIVITIES, "Prosjektledermøte på Hamar");
  assert_date (stolt_activity_get_end_date (STOLT_ACTIVITY (mote)), "2015-10-13");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (mote)), ==, 8.0);
  g_assert_cmpstr (stolt_activity_get_responsible (STOLT_ACTIVITY (mote)), ==, "Prosjektleder");

  tillit = find (project, STOLT_LIST_ACTIVITIES, "Involvere tillitsvalgte");
  assert_date (stolt_activity_get_end_date (STOLT_ACTIVITY (tillit)), "2015-10-20");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (tillit)), ==, 40.0);
  g_assert_cmpint (stolt_activity_get_phase (STOLT_ACTIVITY (tillit)), ==, stolt_record_get_id (involvering));
  /* "Involvering" comes after a milestone: no place for that in Stolt */
  preds = predecessors (project, tillit);
  g_assert_cmpstr (preds, ==, "");

  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, 3);
  levert = find (project, STOLT_LIST_MILESTONES, "Prosjektplan levert");
  assert_date (stolt_milestone_get_date (STOLT_MILESTONE (levert)), "2015-10-13");
  g_assert_cmpstr (stolt_milestone_get_responsible (STOLT_MILESTONE (levert)), ==, "Prosjektleder");
  g_assert_cmpstr (stolt_milestone_get_activities (STOLT_MILESTONE (levert)), ==, "Prosjektledermøte på Hamar");
  g_assert_cmpstr (stolt_milestone_get_notes (STOLT_MILESTONE (levert)), ==, "Til KS innen 15. januar");
  g_assert_cmpint (stolt_milestone_get_phase (STOLT_MILESTONE (levert)), ==, stolt_record_get_id (forankring));
  mandat = find (project, STOLT_LIST_MILESTONES, "Politisk mandat på plass");
  g_assert_cmpstr (stolt_milestone_get_responsible (STOLT_MILESTONE (mandat)), ==, "Rådmann");
  vedtatt = find (project, STOLT_LIST_MILESTONES, "Ny arbeidsgiverpolitikk vedtatt av kommunestyret");
  assert_date (stolt_milestone_get_date (STOLT_MILESTONE (vedtatt)), "2015-10-20");
  g_assert_cmpstr (stolt_milestone_get_activities (STOLT_MILESTONE (vedtatt)), ==, "Involvering");
  g_assert_cmpint (stolt_milestone_get_phase (STOLT_MILESTONE (vedtatt)), ==, 0);

  g_assert_cmpuint (count (project, STOLT_LIST_MEMBERS), ==, 2);
  find (project, STOLT_LIST_MEMBERS, "Rådmann");

  g_assert_true (notes_mention (notes, "2 working-time calendars"));
  g_assert_true (notes_mention (notes, "current phase, “Startfase”"));
  g_assert_true (notes_mention (notes, "1 dependency on a milestone, e.g. of “Involvering”"));
  g_assert_cmpuint (notes->len, ==, 4);
}

static void
test_kompetensforsorjning (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(StoltProject) project = import_data ("kompetensforsorjning.planner", &notes);
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  StoltRecord *kartlaggning, *genomforande, *enkat, *genomfora, *analys, *intro, *sprak;
  StoltRecord *klart, *beslut, *anna;
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL, *p4 = NULL;

  g_assert_cmpstr (stolt_project_card_get_title (STOLT_PROJECT_CARD (card)), ==, "Kompetensförsörjning i äldreomsorgen");
  g_assert_cmpstr (stolt_project_card_get_organisation (STOLT_PROJECT_CARD (card)), ==, "Exempels kommun");
  g_assert_cmpstr (stolt_project_card_get_leader (STOLT_PROJECT_CARD (card)), ==, "Anna Lindqvist");
  assert_date (stolt_project_card_get_start_date (STOLT_PROJECT_CARD (card)), "2026-01-12");
  assert_date (stolt_project_card_get_end_date (STOLT_PROJECT_CARD (card)), "2026-03-09");

  /* The summary tasks are the Planner phases of the same names */
  g_assert_cmpuint (count (project, STOLT_LIST_PHASES), ==, 2);
  kartlaggning = find (project, STOLT_LIST_PHASES, "Kartläggning");
  g_assert_cmpstr (stolt_phase_get_description (STOLT_PHASE (kartlaggning)), ==, "Nuläge och behov");
  genomforande = find (project, STOLT_LIST_PHASES, "Genomförande");

  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, 5);
  enkat = find (project, STOLT_LIST_ACTIVITIES, "Ta fram enkäten");
  assert_date (stolt_activity_get_start_date (STOLT_ACTIVITY (enkat)), "2026-01-12");
  assert_date (stolt_activity_get_end_date (STOLT_ACTIVITY (enkat)), "2026-01-13");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (enkat)), ==, 16.0);
  g_assert_cmpfloat (stolt_activity_get_progress (STOLT_ACTIVITY (enkat)), ==, 100);
  g_assert_cmpstr (stolt_activity_get_responsible (STOLT_ACTIVITY (enkat)), ==, "Anna Lindqvist, Erik Nilsson");
  g_assert_cmpstr (stolt_activity_get_notes (STOLT_ACTIVITY (enkat)), ==, "Med HR och fack");
  /* In the nested summary "Medarbetarenkät", so in the top-level phase */
  g_assert_cmpint (stolt_activity_get_phase (STOLT_ACTIVITY (enkat)), ==, stolt_record_get_id (kartlaggning));

  genomfora = find (project, STOLT_LIST_ACTIVITIES, "Genomföra enkäten");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (genomfora)), ==, 32.0);
  g_assert_cmpfloat (stolt_activity_get_progress (STOLT_ACTIVITY (genomfora)), ==, 40);
  p1 = predecessors (project, genomfora);
  g_assert_cmpstr (p1, ==, "Ta fram enkäten");

  /* Start-to-start with a lag in Planner: finish-to-start here, noted */
  analys = find (project, STOLT_LIST_ACTIVITIES, "Analysera kompetensbehov");
  p2 = predecessors (project, analys);
  g_assert_cmpstr (p2, ==, "Genomföra enkäten");
  assert_date (stolt_activity_get_start_date (STOLT_ACTIVITY (analys)), "2026-01-14");

  /* "Genomförande" after the summary "Medarbetarenkät": each activity of
   * the one after each activity of the other */
  intro = find (project, STOLT_LIST_ACTIVITIES, "Introduktionsprogram för undersköterskor");
  g_assert_cmpint (stolt_activity_get_phase (STOLT_ACTIVITY (intro)), ==, stolt_record_get_id (genomforande));
  g_assert_cmpstr (stolt_activity_get_responsible (STOLT_ACTIVITY (intro)), ==, "Konferensrum Ekan");
  assert_date (stolt_activity_get_start_date (STOLT_ACTIVITY (intro)), "2026-03-02");
  p3 = predecessors (project, intro);
  g_assert_cmpstr (p3, ==, "Ta fram enkäten|Genomföra enkäten");
  sprak = find (project, STOLT_LIST_ACTIVITIES, "Språkstöd för medarbetare");
  p4 = predecessors (project, sprak);
  g_assert_cmpstr (p4, ==, "Ta fram enkäten|Genomföra enkäten");

  g_assert_cmpuint (count (project, STOLT_LIST_MILESTONES), ==, 2);
  klart = find (project, STOLT_LIST_MILESTONES, "Nuläge klart");
  assert_date (stolt_milestone_get_date (STOLT_MILESTONE (klart)), "2026-01-19");
  g_assert_cmpstr (stolt_milestone_get_activities (STOLT_MILESTONE (klart)), ==, "Analysera kompetensbehov");
  beslut = find (project, STOLT_LIST_MILESTONES, "Beslut i socialnämnden");
  assert_date (stolt_milestone_get_date (STOLT_MILESTONE (beslut)), "2026-03-09");
  g_assert_cmpstr (stolt_milestone_get_responsible (STOLT_MILESTONE (beslut)), ==, "Anna Lindqvist");

  /* People, not the conference room */
  g_assert_cmpuint (count (project, STOLT_LIST_MEMBERS), ==, 2);
  anna = find (project, STOLT_LIST_MEMBERS, "Anna Lindqvist");
  g_assert_cmpstr (stolt_member_get_notes (STOLT_MEMBER (anna)), ==,
                   "Projektledare\nE-mail: anna@exempel.se\nGroup: HR-avdelningen");

  g_assert_true (notes_mention (notes, "1 custom property, e.g. “Kod”"));
  g_assert_true (notes_mention (notes, "1 summary task below the top level, e.g. “Medarbetarenkät”"));
  g_assert_true (notes_mention (notes, "kept as finish-to-start"));
  g_assert_true (notes_mention (notes, "the lag of 1 dependency, e.g. of “Analysera kompetensbehov”"));
  g_assert_true (notes_mention (notes, "dependency on a milestone, e.g. of “Språkstöd för medarbetare”"));
  g_assert_true (notes_mention (notes, "1 scheduling constraint"));
  g_assert_true (notes_mention (notes, "fixed-duration scheduling of 1 task, e.g. “Genomföra enkäten”"));
  g_assert_true (notes_mention (notes, "the priority of 1 task"));
  g_assert_true (notes_mention (notes, "the cost rates of 1 resource, e.g. “Anna Lindqvist”"));
  g_assert_true (notes_mention (notes, "1 material resource, e.g. “Konferensrum Ekan”"));
  g_assert_true (notes_mention (notes, "1 resource group, e.g. “HR-avdelningen”"));
  g_assert_true (notes_mention (notes, "working-time calendars"));
}

/* An imported project saves, and loads back the same */
/* Planner writes '&' as "&amp;" and non-ASCII as "&#xF8;": every
 * reference arrives decoded, in names and in notes */
static void
test_references (void)
{
  g_autoptr(StoltProject) project = import_data ("ampersand.planner", NULL);
  StoltProjectCard *card = stolt_project_get_card (project);
  StoltActivity *lonn;
  StoltMilestone *mote;

  g_assert_cmpstr (stolt_project_card_get_title (card), ==, "Plan & budget <2026>");
  g_assert_cmpstr (stolt_project_card_get_organisation (card), ==, "Ekonomi & HR");
  g_assert_cmpstr (stolt_project_card_get_leader (card), ==, "Kari \"K\" Nordmann");

  lonn = STOLT_ACTIVITY (find (project, STOLT_LIST_ACTIVITIES, "Lønn & pensjon"));
  g_assert_cmpstr (stolt_activity_get_notes (lonn), ==,
                   "Sjekk A&B & C&D, 5 < 6 > 4, 'sitat' é");
  mote = STOLT_MILESTONE (find (project, STOLT_LIST_MILESTONES, "R&D-møte"));
  g_assert_cmpstr (stolt_milestone_get_notes (mote), ==, "");
}

/* What libxml2 may hand over in an attribute, decoded once and only once */
static void
test_reference_forms (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<project name=\"a&#38;b &amp;amp; &#x26;#38; &#169;&#xa9; &lt;&gt;&quot;&apos; &#0; &bogus\" "
    "mrproject-version=\"2\" project-start=\"20260105T000000Z\"/>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = import_string (xml, 0, NULL, &error);

  /* "&#0;" is not well-formed XML: libxml2 refuses the whole file */
  g_assert_null (project);
  g_clear_error (&error);

  {
    static const char fine[] =
      "<?xml version=\"1.0\"?>\n"
      "<project name=\"a&#38;b &amp;amp; &#x26;#38; &#169;&#xa9; &lt;&gt;&quot;&apos;\" "
      "mrproject-version=\"2\" project-start=\"20260105T000000Z\"/>\n";
    g_autoptr(StoltProject) decoded = import_string (fine, 0, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (stolt_project_card_get_title (stolt_project_get_card (decoded)), ==,
                     "a&b &amp; &#38; ©© <>\"'");
  }
}

static void
test_saves (void)
{
  g_autoptr(StoltProject) project = import_data ("kompetensforsorjning.planner", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = stolt_storage_serialize (project, &error);
  g_autoptr(StoltProject) again = NULL;

  g_assert_no_error (error);
  again = stolt_storage_load_bytes (bytes, "again.stolt", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stolt_project_get_n_records (again), ==, stolt_project_get_n_records (project));
}

static void
test_sniff (void)
{
  g_autoptr(GBytes) xml = g_bytes_new_static ("\xef\xbb\xbf  \n<?xml version=\"1.0\"?><x/>", 30);
  g_autoptr(GBytes) sqlite = g_bytes_new_static ("SQLite format 3\0and more", 24);
  g_autoptr(GBytes) plain = g_bytes_new_static ("not a project\n", 14);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

  g_assert_cmpint (stolt_io_sniff (xml), ==, STOLT_FILE_KIND_PLANNER);
  g_assert_cmpint (stolt_io_sniff (sqlite), ==, STOLT_FILE_KIND_STOLT);
  g_assert_cmpint (stolt_io_sniff (plain), ==, STOLT_FILE_KIND_UNKNOWN);
  g_assert_cmpint (stolt_io_sniff (empty), ==, STOLT_FILE_KIND_UNKNOWN);
}

/* Hostile and broken files */

#define HEAD "<?xml version=\"1.0\"?>\n"
#define PROJECT "<project name=\"P\" mrproject-version=\"2\" project-start=\"20260105T000000Z\">"
#define TASK(id, name, extra) \
  "<task id=\"" id "\" name=\"" name "\" start=\"20260105T000000Z\" end=\"20260106T170000Z\" " \
  "work=\"28800\" type=\"normal\"" extra ">"

static void
assert_refused (const char *xml,
                gsize       length,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = import_string (xml, length, NULL, &error);

  g_assert_null (project);
  g_assert_error (error, STOLT_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, "test.planner"));
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_truncated (void)
{
  g_autoptr(GBytes) bytes = read_data ("ks-nettverk.planner");
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize cut = 0; cut < length - 2; cut += 97)
    assert_refused (data, MAX (cut, 1), STOLT_IMPORT_ERROR_INVALID, "line");
}

static void
test_wrong_root (void)
{
  assert_refused (HEAD "<foo><bar/></foo>", 0, STOLT_IMPORT_ERROR_NOT_PLANNER,
                  "is not a GNOME Planner file: the root element is <foo>");
  /* Maven's pom.xml has a <project> root too */
  assert_refused (HEAD "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>", 0,
                  STOLT_IMPORT_ERROR_NOT_PLANNER, NULL);
  assert_refused (HEAD "<project name=\"x\"/>", 0, STOLT_IMPORT_ERROR_NOT_PLANNER,
                  "mrproject-version");
  assert_refused ("", 0, STOLT_IMPORT_ERROR_INVALID, NULL);
}

static void
test_billion_laughs (void)
{
  static const char xml[] =
    HEAD "<!DOCTYPE project [\n"
    " <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
    " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
    " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
    " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
    " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
    "]>\n"
    "<project name=\"&g;\" mrproject-version=\"2\" project-start=\"20260105T000000Z\"/>\n";

  assert_refused (xml, 0, STOLT_IMPORT_ERROR_UNSAFE, "entities");
}

static void
test_external_entity (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;

  assert_refused (HEAD "<!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                  "<project name=\"&x;\" mrproject-version=\"2\" project-start=\"20260105T000000Z\"/>",
                  0, STOLT_IMPORT_ERROR_UNSAFE, NULL);
  assert_refused (HEAD "<!DOCTYPE project [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n"
                  PROJECT "</project>", 0, STOLT_IMPORT_ERROR_UNSAFE, NULL);

  /* An external DTD is never loaded, so never read */
  project = import_string (HEAD "<!DOCTYPE project SYSTEM \"file:///etc/passwd\">\n"
                           PROJECT "</project>", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stolt_record_get_title (STOLT_RECORD (stolt_project_get_card (project))), ==,
                   "P");
}

static char *
with_attribute (gsize size)
{
  GString *xml = g_string_new (HEAD "<project name=\"");

  for (gsize i = 0; i < size; i++)
    g_string_append_c (xml, 'x');
  g_string_append (xml, "\" mrproject-version=\"2\" project-start=\"20260105T000000Z\"/>");
  return g_string_free (xml, FALSE);
}

static void
test_huge_attribute (void)
{
  g_autofree char *ten_mb = with_attribute (10 * 1024 * 1024);
  g_autofree char *two_mb = with_attribute (2 * 1024 * 1024);

  /* libxml2's own limit without XML_PARSE_HUGE */
  assert_refused (ten_mb, 0, STOLT_IMPORT_ERROR_INVALID, "line");
  /* the model's: a million bytes of text */
  assert_refused (two_mb, 0, STOLT_IMPORT_ERROR_INVALID, "too long");
}

static void
test_many_attributes (void)
{
  GString *xml = g_string_new (HEAD "<project ");
  g_autofree char *data = NULL;

  /* libxml2 2.9 takes minutes over this many attributes on one element */
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (xml, "a%u=\"\" ", i);
  g_string_append (xml, "/>");
  data = g_string_free (xml, FALSE);
  assert_refused (data, 0, STOLT_IMPORT_ERROR_TOO_LARGE, "attributes");
}

static char *
nested_tasks (guint depth)
{
  GString *xml = g_string_new (HEAD PROJECT "<tasks>");

  for (guint i = 1; i <= depth; i++)
    g_string_append_printf (xml, "<task id=\"%u\" name=\"T%u\" start=\"20260105T000000Z\" "
                                 "end=\"20260106T170000Z\">", i, i);
  for (guint i = 1; i <= depth; i++)
    g_string_append (xml, "</task>");
  g_string_append (xml, "</tasks></project>");
  return g_string_free (xml, FALSE);
}

static void
test_deep_nesting (void)
{
  g_autofree char *deep = nested_tasks (100000);
  g_autofree char *fine = nested_tasks (200);
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;

  assert_refused (deep, 0, STOLT_IMPORT_ERROR_INVALID, "depth");

  /* 200 levels: a phase, 198 nested summaries and one activity */
  project = import_string (fine, 0, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (project, STOLT_LIST_PHASES), ==, 1);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, 1);
  g_assert_true (notes_mention (notes, "198 summary tasks below the top level, e.g. “T2”"));
}

static void
test_many_elements (void)
{
  GString *xml = g_string_new (HEAD PROJECT "<properties>");
  g_autofree char *data = NULL;

  for (guint i = 0; i < 1000001; i++)
    g_string_append (xml, "<p/>");
  g_string_append (xml, "</properties></project>");
  data = g_string_free (xml, FALSE);
  assert_refused (data, 0, STOLT_IMPORT_ERROR_TOO_LARGE, "elements");
}

static void
test_too_large (void)
{
  gsize size = 64 * 1024 * 1024 + 1;
  g_autofree char *data = g_malloc (size);

  memset (data, ' ', size);
  memcpy (data, "<project", 8);
  assert_refused (data, size, STOLT_IMPORT_ERROR_TOO_LARGE, "64 MB");
}

static void
test_dates (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;
  StoltRecord *old, *backwards, *card;

  project = import_string (HEAD "<project name=\"P\" mrproject-version=\"2\" "
                           "project-start=\"30000101T000000Z\"><tasks>"
                           "<task id=\"1\" name=\"Old\" start=\"18500101T000000Z\" "
                           "end=\"20260106T170000Z\"/>"
                           "<task id=\"2\" name=\"Backwards\" start=\"20260301T000000Z\" "
                           "end=\"20260106T170000Z\"/>"
                           "<task id=\"3\" name=\"Late\" type=\"milestone\" "
                           "start=\"99991231T000000Z\" end=\"99991231T000000Z\"/>"
                           "</tasks></project>", 0, &notes, &error);
  g_assert_no_error (error);
  card = STOLT_RECORD (stolt_project_get_card (project));
  assert_date (stolt_project_card_get_start_date (STOLT_PROJECT_CARD (card)), NULL);
  old = find (project, STOLT_LIST_ACTIVITIES, "Old");
  assert_date (stolt_activity_get_start_date (STOLT_ACTIVITY (old)), NULL);
  assert_date (stolt_activity_get_end_date (STOLT_ACTIVITY (old)), "2026-01-06");
  backwards = find (project, STOLT_LIST_ACTIVITIES, "Backwards");
  assert_date (stolt_activity_get_start_date (STOLT_ACTIVITY (backwards)), "2026-03-01");
  assert_date (stolt_activity_get_end_date (STOLT_ACTIVITY (backwards)), NULL);
  assert_date (stolt_milestone_get_date (STOLT_MILESTONE (find (project, STOLT_LIST_MILESTONES, "Late"))), NULL);
  g_assert_true (notes_mention (notes, "5 dates outside the years 1900–2200"));

  assert_refused (HEAD PROJECT "<tasks><task id=\"1\" name=\"x\" start=\"2026-01-05\"/></tasks>"
                  "</project>", 0, STOLT_IMPORT_ERROR_INVALID, "is not a date");
  assert_refused (HEAD PROJECT "<tasks><task id=\"1\" name=\"x\" start=\"20261305T000000Z\"/>"
                  "</tasks></project>", 0, STOLT_IMPORT_ERROR_INVALID, "is not a date");
}

static void
test_cycle (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;
  g_autofree char *a_preds = NULL, *b_preds = NULL, *c_preds = NULL;

  project = import_string (HEAD PROJECT "<tasks>"
                           TASK ("1", "A", "") "<predecessors><predecessor id=\"1\" "
                           "predecessor-id=\"3\" type=\"FS\"/></predecessors></task>"
                           TASK ("2", "B", "") "<predecessors><predecessor id=\"1\" "
                           "predecessor-id=\"1\" type=\"FS\"/></predecessors></task>"
                           TASK ("3", "C", "") "<predecessors><predecessor id=\"1\" "
                           "predecessor-id=\"2\" type=\"FS\"/></predecessors></task>"
                           TASK ("4", "D", "") "<predecessors><predecessor id=\"1\" "
                           "predecessor-id=\"4\" type=\"FS\"/></predecessors></task>"
                           "</tasks></project>", 0, &notes, &error);
  g_assert_no_error (error);
  g_assert_true (stolt_project_check (project, NULL));
  a_preds = predecessors (project, find (project, STOLT_LIST_ACTIVITIES, "A"));
  b_preds = predecessors (project, find (project, STOLT_LIST_ACTIVITIES, "B"));
  c_preds = predecessors (project, find (project, STOLT_LIST_ACTIVITIES, "C"));
  /* One of the three links of the circle goes, and D after itself */
  g_assert_cmpuint ((*a_preds != '\0') + (*b_preds != '\0') + (*c_preds != '\0'), ==, 2);
  g_assert_true (notes_mention (notes, "2 dependencies that closed a circle"));
}

static void
test_dangling (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;
  g_autofree char *preds = NULL;

  project = import_string (HEAD PROJECT "<tasks>"
                           TASK ("1", "A", "") "<predecessors><predecessor id=\"1\" "
                           "predecessor-id=\"99\" type=\"FS\"/></predecessors></task>"
                           "</tasks><resources/><allocations>"
                           "<allocation task-id=\"1\" resource-id=\"7\" units=\"100\"/>"
                           "<allocation task-id=\"12\" resource-id=\"7\" units=\"100\"/>"
                           "</allocations></project>", 0, &notes, &error);
  g_assert_no_error (error);
  preds = predecessors (project, find (project, STOLT_LIST_ACTIVITIES, "A"));
  g_assert_cmpstr (preds, ==, "");
  g_assert_true (notes_mention (notes, "3 links to tasks or resources that are not in the file"));
}

/* Dependencies between summary tasks are spelt out between their
 * activities: a file that asks for millions of links gets a note, fast */
static void
test_dependency_flood (void)
{
  GString *xml = g_string_new (HEAD PROJECT "<tasks>");
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;
  g_autofree char *data = NULL;
  guint id = 3;

  for (guint summary = 1; summary <= 2; summary++)
    {
      g_string_append_printf (xml, "<task id=\"%u\" name=\"S%u\">", summary, summary);
      if (summary == 2)
        {
          g_string_append (xml, "<predecessors>");
          for (guint i = 0; i < 20000; i++)
            g_string_append (xml, "<predecessor id=\"1\" predecessor-id=\"1\" type=\"FS\"/>");
          g_string_append (xml, "</predecessors>");
        }
      for (guint i = 0; i < 100; i++, id++)
        g_string_append_printf (xml, "<task id=\"%u\" name=\"T%u\" start=\"20260105T000000Z\" "
                                     "end=\"20260106T170000Z\"/>", id, id);
      g_string_append (xml, "</task>");
    }
  g_string_append (xml, "</tasks></project>");
  data = g_string_free (xml, FALSE);

  project = import_string (data, 0, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (project, STOLT_LIST_ACTIVITIES), ==, 200);
  /* The first 200 of them, 10 000 links each, spend the budget: the
   * links are the same, and each activity of S2 follows each of S1 */
  g_assert_true (notes_mention (notes, "19800 dependencies between summary tasks too large"));
  g_assert_true (stolt_project_check (project, NULL));
}

static void
test_duplicate_ids (void)
{
  assert_refused (HEAD PROJECT "<tasks>" TASK ("1", "A", "/") TASK ("1", "B", "/")
                  "</tasks></project>", 0, STOLT_IMPORT_ERROR_INVALID, "two tasks have the id 1");
  assert_refused (HEAD PROJECT "<resources><resource id=\"2\" name=\"a\" type=\"1\" units=\"0\"/>"
                  "<resource id=\"2\" name=\"b\" type=\"1\" units=\"0\"/></resources></project>",
                  0, STOLT_IMPORT_ERROR_INVALID, "two resources have the id 2");
  assert_refused (HEAD PROJECT "<tasks>" TASK ("x", "A", "/") "</tasks></project>", 0,
                  STOLT_IMPORT_ERROR_INVALID, "id");
  assert_refused (HEAD PROJECT "<tasks>" TASK ("1", "A", " percent-complete=\"lots\"/")
                  "</tasks></project>", 0, STOLT_IMPORT_ERROR_INVALID, "percent-complete");
}

static void
test_capped (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;
  StoltRecord *a;

  project = import_string (HEAD PROJECT "<tasks>"
                           "<task id=\"1\" name=\"A\" work=\"9000000000000\" "
                           "percent-complete=\"250\" start=\"20260105T000000Z\" "
                           "end=\"20260106T170000Z\"/></tasks></project>", 0, &notes, &error);
  g_assert_no_error (error);
  a = find (project, STOLT_LIST_ACTIVITIES, "A");
  g_assert_cmpfloat (stolt_activity_get_hours (STOLT_ACTIVITY (a)), ==, 1000000.0);
  g_assert_cmpfloat (stolt_activity_get_progress (STOLT_ACTIVITY (a)), ==, 100);
  g_assert_true (notes_mention (notes, "2 numbers of hours or percent complete"));
}

static void
test_cancelled (void)
{
  g_autoptr(GBytes) bytes = read_data ("ks-nettverk.planner");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StoltProject) project = NULL;

  g_cancellable_cancel (cancellable);
  project = stolt_planner_import (bytes, "ks.planner", cancellable, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/planner/ks-nettverk", test_ks_nettverk);
  g_test_add_func ("/planner/kompetensforsorjning", test_kompetensforsorjning);
  g_test_add_func ("/planner/references", test_references);
  g_test_add_func ("/planner/reference-forms", test_reference_forms);
  g_test_add_func ("/planner/saves", test_saves);
  g_test_add_func ("/planner/sniff", test_sniff);
  g_test_add_func ("/planner/hostile/truncated", test_truncated);
  g_test_add_func ("/planner/hostile/wrong-root", test_wrong_root);
  g_test_add_func ("/planner/hostile/billion-laughs", test_billion_laughs);
  g_test_add_func ("/planner/hostile/external-entity", test_external_entity);
  g_test_add_func ("/planner/hostile/huge-attribute", test_huge_attribute);
  g_test_add_func ("/planner/hostile/many-attributes", test_many_attributes);
  g_test_add_func ("/planner/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/planner/hostile/many-elements", test_many_elements);
  g_test_add_func ("/planner/hostile/too-large", test_too_large);
  g_test_add_func ("/planner/hostile/dates", test_dates);
  g_test_add_func ("/planner/hostile/cycle", test_cycle);
  g_test_add_func ("/planner/hostile/dangling", test_dangling);
  g_test_add_func ("/planner/hostile/dependency-flood", test_dependency_flood);
  g_test_add_func ("/planner/hostile/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/planner/hostile/capped", test_capped);
  g_test_add_func ("/planner/cancelled", test_cancelled);

  return g_test_run ();
}
