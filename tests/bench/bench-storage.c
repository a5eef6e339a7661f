/* bench-storage.c — how long a big project takes to open and to save
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a project of 20 000 records in the shape of a large municipal
 * employer-policy programme (3 000 activities with predecessors,
 * milestones, measures linked to goals and SWOT strategies, SWOT items,
 * values and values sections, short Norwegian and Swedish texts), writes
 * it, and prints the median of several runs of:
 *
 *   - loading it (stolt_storage_load, and stolt_document_open, which also
 *     makes the working copy),
 *   - saving after one edit (stolt_document_save after one
 *     stolt_project_set_text, once the working copy has the edit),
 *   - Save As,
 *
 * and the peak memory of the process that measured them.  The budgets
 * (issue 3) are printed beside the numbers; the exit status does not
 * depend on them: this is a benchmark, not a timed test.
 *
 * Everything happens in a temporary directory, with XDG_DATA_HOME
 * pointing into it so that working copies, locks and backups never touch
 * the user's; it is removed at the end.  The project is built in a child
 * process, so that the peak memory reported is that of loading and
 * saving, not of building 20 000 records through the undo stack.
 *
 *   bench-storage [--runs=N] [--records=N]
 *   bench-storage --records=N --generate=FILE   (only write a project)
 *   bench-storage --file=FILE.stolt   (measure a copy of this project instead)
 */

#define G_LOG_DOMAIN "bench-storage"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "stolt-date.h"
#include "stolt-document.h"
#include "stolt-project.h"
#include "stolt-storage.h"

#define LOAD_BUDGET_MS 300.0
#define SAVE_BUDGET_MS 50.0

/* The activity whose title each "one edit" changes: in the middle */
#define EDITED_ACTIVITY 1500

/* Texts */

static const char *const verbs[] = {
  "Kartlegge", "Planlegge", "Gjennomføre", "Evaluere", "Forankre", "Informere om",
  "Utarbeide", "Kartlägga", "Genomföra", "Utvärdera", "Förankra", "Ta fram",
};

static const char *const objects[] = {
  "kompetansebehov i hjemmetjenesten", "rekrutteringsplan for sykepleiere",
  "medarbeidersamtaler", "lederopplæring", "heltidskultur", "seniorpolitikk",
  "lærlingordningen", "turnus i omsorgssektoren", "kompetensförsörjning inom äldreomsorgen",
  "introduktion för nyanställda", "arbetsmiljöenkät", "chefsutveckling",
  "lönekartläggning", "friskvårdsbidrag", "språkstöd för medarbetare", "avgångssamtal",
};

static const char *const people[] = {
  "Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Sigrid Haugen", "Per Olsen",
  "Anders Johansson", "Maria Lindqvist", "Erik Nilsson", "Lars Pettersson", "Åsa Ek",
};

static const char *const roles[] = {
  "Prosjektleder", "HR-rådgiver", "Tillitsvalgt", "Verneombud", "Kommunalsjef",
  "Personalchef", "Enhetschef", "Fackligt ombud", "HR-specialist", "Skyddsombud",
};

static const char *const phase_names[] = {
  "Forankring", "Kartlegging", "Analys", "Tiltak", "Genomförande", "Oppfølging",
  "Evaluering", "Spredning",
};

static const char *const swot_texts[4][6] = {
  { "Engasjerte ledere", "Godt arbeidsmiljø", "Stark lokal förankring",
    "Korta beslutsvägar", "Erfarne medarbeidere", "Bra introduktionsprogram" },
  { "Høyt sykefravær", "Mange deltidsstillinger", "Svag digital kompetens",
    "Få søkere til lederstillinger", "Otydliga karriärvägar", "Ujevn turnus" },
  { "Samarbeid med høgskolen", "Nya utbildningsvägar", "Lærlinger fra videregående",
    "Digitala verktyg för schemaläggning", "Regionalt nettverk", "Traineeprogram" },
  { "Konkurranse om arbeidskraft", "Stora pensionsavgångar", "Stramme budsjetter",
    "Färre unga i regionen", "Lønnsnivå i nabokommunene", "Ökad arbetsbelastning" },
};

static const char *const value_names[] = {
  "Stolt", "Respekt", "Åpenhet", "Tillit", "Engagemang", "Mod", "Omtanke", "Nyskapende",
  "Ansvar", "Samarbeid",
};

static const char *const headings[] = {
  "Innledning", "Vårt samfunnsoppdrag", "Så arbetar vi", "Ledarskap", "Medarbetarskap",
  "Medvirkning", "Kompetanse", "Mångfald",
};

#define PICK(array, i) ((array)[(guint) (i) % G_N_ELEMENTS (array)])

/* Building the project: everything through the public editing API */

typedef struct
{
  guint members, phases, milestones, activities, goals, measures;
  guint analyses, items, strategies, documents, values, sections;
} Counts;

static guint
scaled (double base,
        double scale)
{
  return MAX (1, (guint) lround (base * scale));
}

/* The mix of a 20 000-record project, scaled to @records (at least one of each) */
static Counts
counts_for (guint records)
{
  double s = records / 20000.0;
  Counts c;
  guint sum;

  c.members = scaled (100, s);
  c.phases = scaled (20, s);
  c.milestones = scaled (300, s);
  c.activities = scaled (3000, s);
  c.goals = scaled (100, s);
  c.measures = scaled (3000, s);
  c.analyses = scaled (100, s);
  c.items = MAX (2, scaled (8000, s));
  c.strategies = scaled (1600, s);
  c.documents = scaled (20, s);
  c.values = scaled (2000, s);

  /* The card and everything else; values sections make up the rest */
  sum = 1 + c.members + c.phases + c.milestones + c.activities + c.goals + c.measures +
        c.analyses + c.items + c.strategies + c.documents + c.values;
  c.sections = records > sum ? records - sum : 1;
  return c;
}

static void
check (gboolean    ok,
       GError     *error,
       const char *what)
{
  if (!ok)
    g_error ("%s: %s", what, error != NULL ? error->message : "failed");
}

static StoltRecord *
add (StoltProject *project,
     StoltRecord  *owner,
     guint         list,
     GType         type)
{
  g_autoptr(StoltRecord) record = g_object_new (type, NULL);
  g_autoptr(GError) error = NULL;

  check (stolt_project_add (project, owner, list, G_MAXUINT, record, &error), error, "add");
  return record; /* borrowed: the project holds it */
}

static void
text (StoltProject *project,
      StoltRecord  *record,
      const char   *field,
      const char   *value)
{
  g_autoptr(GError) error = NULL;

  check (stolt_project_set_text (project, record, field, value, &error), error, field);
}

static void
textf (StoltProject *project,
       StoltRecord  *record,
       const char   *field,
       const char   *format,
       ...) G_GNUC_PRINTF (4, 5);

static void
textf (StoltProject *project,
       StoltRecord  *record,
       const char   *field,
       const char   *format,
       ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  text (project, record, field, value);
}

static void
date (StoltProject *project,
      StoltRecord  *record,
      const char   *field,
      guint32       julian)
{
  g_autoptr(GError) error = NULL;

  check (stolt_project_set_date (project, record, field, julian, &error), error, field);
}

static void
number (StoltProject *project,
        StoltRecord  *record,
        const char   *field,
        int           value)
{
  g_autoptr(GError) error = NULL;

  check (stolt_project_set_int (project, record, field, value, &error), error, field);
}

static void
ref (StoltProject *project,
     StoltRecord  *record,
     const char   *field,
     gint64        id)
{
  g_autoptr(GError) error = NULL;

  check (stolt_project_set_ref (project, record, field, id, &error), error, field);
}

static void
refs (StoltProject *project,
      StoltRecord  *record,
      const char   *field,
      const gint64 *ids,
      guint         n_ids)
{
  g_autoptr(GError) error = NULL;

  check (stolt_project_set_refs (project, record, field, ids, n_ids, &error), error, field);
}

static StoltProject *
build_project (guint records)
{
  StoltProject *project = stolt_project_new ();
  StoltRecord *card = STOLT_RECORD (stolt_project_get_card (project));
  g_autoptr(GRand) rand = g_rand_new_with_seed (20000);
  g_autofree gint64 *phases = NULL, *activities = NULL, *goals = NULL;
  g_autofree gint64 *measures = NULL, *strategies = NULL;
  g_autoptr(GPtrArray) analyses = g_ptr_array_new ();
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GArray) analysis_items = g_array_new (FALSE, FALSE, sizeof (gint64));
  Counts c = counts_for (records);
  guint32 start = stolt_date_from_ymd (2024, 1, 8);
  guint32 end = stolt_date_from_ymd (2027, 12, 17);
  guint phase_days = (end - start) / c.phases;
  gint64 ids[4];

  text (project, card, "title", "Arbeidsgiverstrategi 2024–2027");
  text (project, card, "organisation", "Storby kommune");
  text (project, card, "owner", "Rådmannen");
  text (project, card, "leader", "Kari Nordmann");
  text (project, card, "mandate", "Utarbeide og gjennomføre en helhetlig arbeidsgiverstrategi "
        "for alle sektorer, i samarbeid med tillitsvalgte og verneombud.");
  text (project, card, "purpose", "Sikre riktig kompetanse, redusere sykefravær og skape en "
        "heltidskultur.\nStärka kommunen som attraktiv arbetsgivare.");
  text (project, card, "vision", "Stolte medarbeidere – gode tjenester");
  date (project, card, "start-date", start);
  date (project, card, "end-date", end);
  number (project, card, "category-set", STOLT_CATEGORY_SET_KS);

  for (guint i = 0; i < c.members; i++)
    {
      StoltRecord *member = add (project, card, STOLT_LIST_MEMBERS, STOLT_TYPE_MEMBER);

      textf (project, member, "name", "%s %u", PICK (people, i),
             (guint) (i / G_N_ELEMENTS (people)) + 1);
      text (project, member, "role", PICK (roles, i));
      number (project, member, "team", i % 8);
      if (i % 5 == 0)
        text (project, member, "notes", "Deltar på samlinger annenhver uke.");
    }

  phases = g_new0 (gint64, c.phases);
  for (guint i = 0; i < c.phases; i++)
    {
      StoltRecord *phase = add (project, card, STOLT_LIST_PHASES, STOLT_TYPE_PHASE);

      textf (project, phase, "title", "Fase %u: %s", i + 1, PICK (phase_names, i));
      text (project, phase, "description", "Aktiviteter og milepæler i denne fasen.");
      phases[i] = stolt_record_get_id (phase);
    }

  for (guint i = 0; i < c.milestones; i++)
    {
      StoltRecord *milestone = add (project, card, STOLT_LIST_MILESTONES, STOLT_TYPE_MILESTONE);
      guint phase = (guint) ((guint64) i * c.phases / c.milestones);

      textf (project, milestone, "title", "%s %s klart", PICK (verbs, i + 3), PICK (objects, i));
      date (project, milestone, "date",
            start + phase * phase_days + g_rand_int_range (rand, 0, (gint32) phase_days));
      text (project, milestone, "responsible", PICK (people, i + 1));
      text (project, milestone, "activities", "Styringsgruppemøte\nRapport til formannskapet");
      number (project, milestone, "status", i % 3);
      ref (project, milestone, "phase", phases[phase]);
      if (i % 4 == 0)
        {
          g_autoptr(GError) error = NULL;

          check (stolt_project_set_boolean (project, milestone, "decision", TRUE, &error),
                 error, "decision");
        }
    }

  /* Activities: each phase is a kick-off package and packages of ten
   * chained activities that start when the kick-off is done; a phase
   * starts when the last packages of the one before are done.  So the
   * plan hangs together from the first activity to the last, as a real
   * one does. */
  activities = g_new0 (gint64, c.activities);
  for (guint i = 0; i < c.activities; i++)
    {
      StoltRecord *activity = add (project, card, STOLT_LIST_ACTIVITIES, STOLT_TYPE_ACTIVITY);
      guint phase = (guint) ((guint64) i * c.phases / c.activities);
      guint first = (guint) (((guint64) phase * c.activities + c.phases - 1) / c.phases);
      guint position = i - first, package = position / 10, step = position % 10;
      guint32 day = start + phase * phase_days + (package * 7 + step * 2) % MAX (phase_days, 1);
      g_autoptr(GError) error = NULL;
      guint n_ids = 0;

      textf (project, activity, "code", "A-%04u", i + 1);
      textf (project, activity, "title", "%s %s", PICK (verbs, i), PICK (objects, i / 3));
      date (project, activity, "start-date", day);
      date (project, activity, "end-date", day + g_rand_int_range (rand, 0, 14));
      text (project, activity, "responsible", PICK (people, i / 7));
      check (stolt_project_set_double (project, activity, "hours",
                                       g_rand_int_range (rand, 1, 300) / 2.0, &error),
             error, "hours");
      number (project, activity, "progress", (i * 10) % 110);
      ref (project, activity, "phase", phases[phase]);
      if (i % 6 == 0)
        text (project, activity, "notes", "Avklares med tillitsvalgte før oppstart.");

      if (step > 0)
        {
          ids[n_ids++] = activities[i - 1];
          if (step >= 3 && i % 4 == 0)
            ids[n_ids++] = activities[i - 3];
        }
      else if (package > 0 && first + 9 < i)
        ids[n_ids++] = activities[first + 9];
      else if (position == 0 && i > 0)
        for (guint k = 1; k <= 3 && (k - 1) * 10 + 1 <= i; k++)
          ids[n_ids++] = activities[i - 1 - (k - 1) * 10];
      if (n_ids > 0)
        refs (project, activity, "predecessors", ids, n_ids);

      activities[i] = stolt_record_get_id (activity);
    }

  goals = g_new0 (gint64, c.goals);
  for (guint i = 0; i < c.goals; i++)
    {
      StoltRecord *goal = add (project, card, STOLT_LIST_GOALS, STOLT_TYPE_GOAL);

      textf (project, goal, "title", "Bedre %s", PICK (objects, i + 5));
      text (project, goal, "input", "Midler fra kompetansefondet, 2 årsverk");
      text (project, goal, "activities", "Kurs, hospitering og mentorordning");
      text (project, goal, "outputs", "120 medarbeidere gjennomført opplæring");
      text (project, goal, "effects", "Lavere turnover, høyere kompetanse");
      text (project, goal, "vision", "Stolte medarbeidere – gode tjenester");
      if (i % 2 == 0)
        {
          text (project, goal, "specific", "Gäller alla enheter inom vård och omsorg.");
          text (project, goal, "measurable", "Andel heltidstjenester, målt hvert kvartal.");
          text (project, goal, "accepted", "Förankrat i samverkansgruppen.");
          text (project, goal, "realistic", "Ja, med dagens budsjett.");
          text (project, goal, "time-bound", "Innen utgangen av 2026.");
        }
      goals[i] = stolt_record_get_id (goal);
    }

  strategies = g_new0 (gint64, c.strategies);
  for (guint i = 0; i < c.analyses; i++)
    {
      StoltRecord *analysis = add (project, card, STOLT_LIST_SWOT_ANALYSES,
                                   STOLT_TYPE_SWOT_ANALYSIS);

      textf (project, analysis, "title", "SWOT %s", PICK (objects, i));
      date (project, analysis, "date", start + i * 7);
      if (i % 3 == 0)
        text (project, analysis, "notes", "Gjennomført på ledersamling med gruppearbeid.");
      g_ptr_array_add (analyses, analysis);
    }
  for (guint i = 0; i < c.items; i++)
    {
      StoltRecord *analysis = g_ptr_array_index (analyses, i % c.analyses);
      StoltRecord *item = add (project, analysis, 0, STOLT_TYPE_SWOT_ITEM);
      guint quadrant = (i / c.analyses) % 4;

      number (project, item, "quadrant", quadrant);
      text (project, item, "text", swot_texts[quadrant][(i / c.analyses / 4) % 6]);
      number (project, item, "weight", i % 11);
      number (project, item, "votes", g_rand_int_range (rand, 0, 25));
      ids[0] = stolt_record_get_id (item);
      g_array_append_val (analysis_items, ids[0]);
    }
  for (guint i = 0; i < c.strategies; i++)
    {
      guint a = i % c.analyses;
      StoltRecord *analysis = g_ptr_array_index (analyses, a);
      StoltRecord *strategy = add (project, analysis, 1, STOLT_TYPE_SWOT_STRATEGY);
      guint per_analysis = MAX (c.items / c.analyses, 1);
      guint n = MIN (2, per_analysis);

      number (project, strategy, "kind", (i / c.analyses) % 4);
      textf (project, strategy, "text", "Bruke %s mot %s",
             swot_texts[0][i % 6], swot_texts[3][(i / 6) % 6]);
      /* Items of the same analysis: items i ≡ a (mod analyses) are its own */
      for (guint k = 0; k < n; k++)
        {
          guint item = a + c.analyses * ((i / c.analyses * 2 + k) % per_analysis);

          ids[k] = g_array_index (analysis_items, gint64, MIN (item, c.items - 1));
        }
      if (ids[0] == ids[MIN (1, n - 1)])
        n = 1;
      refs (project, strategy, "items", ids, n);
      strategies[i] = stolt_record_get_id (strategy);
    }

  measures = g_new0 (gint64, c.measures);
  for (guint i = 0; i < c.measures; i++)
    {
      static const int categories[] = {
        STOLT_CATEGORY_MOBILISE, STOLT_CATEGORY_RECRUIT, STOLT_CATEGORY_DEVELOP,
        STOLT_CATEGORY_PHASE_OUT,
      };
      StoltRecord *measure = add (project, card, STOLT_LIST_MEASURES, STOLT_TYPE_MEASURE);
      guint n = 0;

      textf (project, measure, "title", "%s %s", PICK (verbs, i + 5), PICK (objects, i / 2));
      number (project, measure, "category", PICK (categories, i));
      text (project, measure, "responsible", PICK (roles, i));
      date (project, measure, "deadline", start + (i * 13) % (end - start));
      text (project, measure, "indicator", "Andel fornøyde medarbeidere i medarbeiderundersøkelsen");
      number (project, measure, "status", i % 3);
      ids[n++] = goals[i % c.goals];
      if (i % 2 == 0 && c.goals > 1)
        ids[n++] = goals[(i + 1) % c.goals];
      refs (project, measure, "goals", ids, n);
      if (i % 3 == 0)
        refs (project, measure, "strategies", &strategies[i % c.strategies], 1);
      if (i % 7 == 0)
        text (project, measure, "notes", "Følges opp i AMU.\nRapporteres i årsrapporten.");
      measures[i] = stolt_record_get_id (measure);
    }

  for (guint i = 0; i < c.documents; i++)
    {
      StoltRecord *document = add (project, card, STOLT_LIST_VALUES_DOCUMENTS,
                                   STOLT_TYPE_VALUES_DOCUMENT);

      textf (project, document, "title", "Verdidokument for sektor %u", i + 1);
      text (project, document, "introduction", "Verdiene våre er **grunnmuren** i alt vi gjør.");
      g_ptr_array_add (documents, document);
    }
  for (guint i = 0; i < c.values; i++)
    {
      StoltRecord *value = add (project, g_ptr_array_index (documents, i % c.documents), 0,
                                STOLT_TYPE_VALUE);
      guint n = MIN (1 + i % 3, c.measures);

      text (project, value, "name", PICK (value_names, i / c.documents));
      text (project, value, "statement", "Vi møter hverandre og innbyggerne med respekt.");
      text (project, value, "practice", "- Vi hälsar på varandra\n- Vi holder det vi lover");
      for (guint k = 0; k < n; k++)
        ids[k] = measures[(i * 3 + k) % c.measures];
      refs (project, value, "measures", ids, n);
    }
  for (guint i = 0; i < c.sections; i++)
    {
      StoltRecord *section = add (project, g_ptr_array_index (documents, i % c.documents), 1,
                                  STOLT_TYPE_VALUES_SECTION);

      text (project, section, "heading", PICK (headings, i / c.documents));
      text (project, section, "body", "Vi *viser* respekt i hverdagen.\n\n"
            "- Vi lytter\n- Vi tar ansvar\n\nSe også [handlingsplanen](https://example.org).");
    }

  stolt_project_reset_history (project);
  return project;
}

/* Measuring */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (double *samples,
        guint   n)
{
  qsort (samples, n, sizeof *samples, compare_doubles);
  return n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
}

static void
report (const char *name,
        double     *samples,
        guint       n,
        double      budget)
{
  double value = median (samples, n);

  if (budget > 0)
    printf ("%s: %.1f ms (budget %.0f ms, %s)\n", name, value, budget,
            value < budget ? "within budget" : "OVER budget");
  else
    printf ("%s: %.1f ms\n", name, value);
  fflush (stdout);
}

static double
max_rss_mib (int who)
{
  struct rusage usage = { 0 };

  getrusage (who, &usage);
  return usage.ru_maxrss / 1024.0; /* KiB on Linux */
}

static StoltRecord *
nth (StoltProject     *project,
     StoltProjectList  list,
     guint             position)
{
  GListModel *model = stolt_project_get_list (project, list);
  g_autoptr(StoltRecord) record = NULL;

  record = g_list_model_get_item (model, MIN (position, g_list_model_get_n_items (model) - 1));
  return record; /* borrowed */
}

/* The activity a given file's "one edit" changes: in the middle */
static guint
activities_middle (StoltProject *project)
{
  return g_list_model_get_n_items (stolt_project_get_list (project, STOLT_LIST_ACTIVITIES)) / 2;
}

/* expected_records: what the loader must find; 0 for a given file */
static void
run_measurements (GFile      *file,
                  guint       runs,
                  guint       expected_records,
                  const char *dir)
{
  g_autofree double *samples = g_new0 (double, runs);
  g_autofree double *checks = g_new0 (double, runs);
  g_autofree double *flushes = g_new0 (double, runs);
  g_autoptr(StoltDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  StoltProject *project;
  StoltRecord *edited;

  /* stolt_storage_load: read, check, load; the working copy is not made */
  for (guint run = 0; run < runs; run++)
    {
      g_autoptr(StoltProject) loaded = NULL;
      double t0 = now_ms (), t1;

      loaded = stolt_storage_load (file, &error);
      samples[run] = now_ms () - t0;
      check (loaded != NULL, error, "stolt_storage_load");
      if (expected_records != 0 && stolt_project_get_n_records (loaded) != expected_records)
        g_error ("loaded %u records, wrote %u",
                 stolt_project_get_n_records (loaded), expected_records);

      /* The links-and-cycles check, which load runs once, on its own */
      t1 = now_ms ();
      check (stolt_project_check (loaded, &error), error, "stolt_project_check");
      checks[run] = now_ms () - t1;
    }
  report ("load (stolt_storage_load)", samples, runs, LOAD_BUDGET_MS);
  report ("link and cycle check (stolt_project_check, part of load)", checks, runs, 0);

  /* stolt_document_open: the same, plus the lock and the working copy */
  for (guint run = 0; run < runs; run++)
    {
      double t0 = now_ms ();

      document = stolt_document_open (file, &error);
      samples[run] = now_ms () - t0;
      check (document != NULL, error, "stolt_document_open");
      if (stolt_document_get_read_only (document))
        g_error ("opened read-only: %s", stolt_document_get_read_only_reason (document));
      stolt_document_close (document);
      g_clear_object (&document);
    }
  report ("open (stolt_document_open, with working copy)", samples, runs, LOAD_BUDGET_MS);

  /* One edit, written to the working copy (as autosave does within a
   * second or two), then Save */
  document = stolt_document_open (file, &error);
  check (document != NULL, error, "stolt_document_open");
  project = stolt_document_get_project (document);
  edited = nth (project, STOLT_LIST_ACTIVITIES,
                expected_records == 0 ? activities_middle (project) : EDITED_ACTIVITY);
  for (guint run = 0; run < runs; run++)
    {
      g_autofree char *title = g_strdup_printf ("Gjennomføre medarbeiderundersøkelse, runde %u",
                                                run + 1);
      double t0, t1;

      check (stolt_project_set_text (project, edited, "title", title, &error), error, "edit");
      t0 = now_ms ();
      check (stolt_document_flush (document, &error), error, "stolt_document_flush");
      t1 = now_ms ();
      check (stolt_document_save (document, &error), error, "stolt_document_save");
      samples[run] = now_ms () - t1;
      flushes[run] = t1 - t0;
      check (!stolt_document_get_modified (document), NULL, "saved but still modified");
    }
  report ("working-copy flush after one edit (stolt_document_flush)", flushes, runs, 0);
  report ("save after one edit (stolt_document_save)", samples, runs, SAVE_BUDGET_MS);

  /* Save As: a new file each time */
  for (guint run = 0; run < runs; run++)
    {
      g_autofree char *name = g_strdup_printf ("save-as-%u.stolt", run + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) target = g_file_new_for_path (path);
      double t0 = now_ms ();

      check (stolt_document_save_as (document, target, &error), error, "stolt_document_save_as");
      samples[run] = now_ms () - t0;
    }
  report ("save as (stolt_document_save_as)", samples, runs, 0);

  stolt_document_close (document);
}

/* The temporary directory */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  if (g_remove (path) != 0)
    g_printerr ("bench-storage: could not remove %s\n", path);
}

static gboolean
generate (const char  *path,
          guint        records,
          GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StoltProject) project = NULL;
  double t0 = now_ms ();

  project = build_project (records);
  printf ("build %u records through the editing API: %.0f ms\n",
          stolt_project_get_n_records (project), now_ms () - t0);
  fflush (stdout);
  return stolt_storage_write (project, file, error);
}

/* Builds and writes the project in a child process, so that its memory
 * does not count towards ours */
static gboolean
generate_in_child (const char *path,
                   guint       records)
{
  int status = 0;
  pid_t pid;

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  if (pid < 0)
    {
      g_printerr ("bench-storage: fork: %s\n", g_strerror (errno));
      return FALSE;
    }
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = generate (path, records, &error);

      if (!ok)
        g_printerr ("bench-storage: could not write %s: %s\n", path, error->message);
      fflush (stdout);
      fflush (stderr);
      _exit (ok ? 0 : 1);
    }

  if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("bench-storage: making the project failed\n");
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL, *data = NULL, *files = NULL, *path = NULL;
  g_autofree char *output = NULL;
  g_autofree char *given = NULL;
  g_autoptr(GFile) file = NULL;
  int runs = 7, records = 20000;
  GStatBuf st;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (median)", "N" },
    { "records", 'r', 0, G_OPTION_ARG_INT, &records, "Records in the project", "N" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &output, "Only write the project to FILE", "FILE" },
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &given, "Measure a copy of this project instead",
      "FILE" },
    { NULL }
  };

  context = g_option_context_new ("— time loading and saving a large Stolt project");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || records < 20)
    {
      g_printerr ("bench-storage: %s\n", error != NULL ? error->message : "bad --runs or --records");
      return 2;
    }

  if (output != NULL)
    {
      if (!generate (output, (guint) records, &error))
        {
          g_printerr ("bench-storage: %s\n", error->message);
          return 1;
        }
      return 0;
    }

  /* Before anything asks GLib for the user's directories */
  tmp = g_dir_make_tmp ("stolt-bench-XXXXXX", &error);
  if (tmp == NULL)
    {
      g_printerr ("bench-storage: %s\n", error->message);
      return 1;
    }
  data = g_build_filename (tmp, "data", NULL);
  files = g_build_filename (tmp, "files", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  /* Plain local files, no GVfs daemon to find: it runs headless */
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  if (g_mkdir_with_parents (data, 0700) != 0 || g_mkdir_with_parents (files, 0700) != 0)
    {
      g_printerr ("bench-storage: cannot make directories in %s\n", tmp);
      remove_tree (tmp);
      return 1;
    }
  path = g_build_filename (files, "stor.stolt", NULL);

  if (given != NULL)
    {
      g_autoptr(GFile) source = g_file_new_for_path (given);
      g_autoptr(GFile) copy = g_file_new_for_path (path);

      printf ("bench-storage: %s, median of %d runs, in %s\n", given, runs, tmp);
      if (!g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
        {
          g_printerr ("bench-storage: %s\n", error->message);
          remove_tree (tmp);
          return 1;
        }
    }
  else
    {
      printf ("bench-storage: %d records, median of %d runs, in %s\n", records, runs, tmp);
      if (!generate_in_child (path, (guint) records))
        {
          remove_tree (tmp);
          return 1;
        }
    }
  if (g_stat (path, &st) == 0)
    printf ("file size: %.2f MiB\n", st.st_size / (1024.0 * 1024.0));

  file = g_file_new_for_path (path);
  run_measurements (file, (guint) runs, given != NULL ? 0 : (guint) records, files);

  printf ("peak memory (ru_maxrss, loading and saving): %.1f MiB\n", max_rss_mib (RUSAGE_SELF));
  printf ("peak memory (ru_maxrss, building the project): %.1f MiB\n",
          max_rss_mib (RUSAGE_CHILDREN));

  g_clear_object (&file);
  remove_tree (tmp);
  return 0;
}
