/* stolt-schema.c — the tables of a project file, and checking them
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-storage"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "stolt-migrate.h"
#include "stolt-schema.h"
#include "stolt-storage-private.h"
#include "stolt-tables.h"

/* Written by hand, so that the file format is something a person can
 * read and review; stolt_schema_check_model() (run by the tests) keeps it
 * in step with the records' field tables.  Never change it: a new
 * version is a new migration step (stolt-migrate.c). */
const char stolt_schema_v1[] =
  "-- Stolt project file, schema version 1.\n"
  "--\n"
  "-- One row per record.  Texts are never NULL (empty when unset) and hold\n"
  "-- at most 1,000,000 bytes; dates are ISO 8601 'YYYY-MM-DD' or NULL;\n"
  "-- enumerations are their number; links to another record are its id or\n"
  "-- NULL.  Every record but the project card has a parent and a position\n"
  "-- in the parent's list.  Lists of links live in link tables.\n"
  "\n"
  "CREATE TABLE project (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id = 1),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  organisation  TEXT NOT NULL CHECK (length(CAST(organisation AS BLOB)) <= 1000000),\n"
  "  owner         TEXT NOT NULL CHECK (length(CAST(owner AS BLOB)) <= 1000000),\n"
  "  leader        TEXT NOT NULL CHECK (length(CAST(leader AS BLOB)) <= 1000000),\n"
  "  mandate       TEXT NOT NULL CHECK (length(CAST(mandate AS BLOB)) <= 1000000),\n"
  "  purpose       TEXT NOT NULL CHECK (length(CAST(purpose AS BLOB)) <= 1000000),\n"
  "  vision        TEXT NOT NULL CHECK (length(CAST(vision AS BLOB)) <= 1000000),\n"
  "  start_date    TEXT CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
  "  end_date      TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
  "  category_set  INTEGER NOT NULL CHECK (category_set BETWEEN 0 AND 1)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE member (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  name          TEXT NOT NULL CHECK (length(CAST(name AS BLOB)) <= 1000000),\n"
  "  role          TEXT NOT NULL CHECK (length(CAST(role AS BLOB)) <= 1000000),\n"
  "  team          INTEGER NOT NULL CHECK (team BETWEEN 0 AND 7),\n"
  "  notes         TEXT NOT NULL CHECK (length(CAST(notes AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE phase (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  description   TEXT NOT NULL CHECK (length(CAST(description AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE milestone (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  date          TEXT CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
  "  responsible   TEXT NOT NULL CHECK (length(CAST(responsible AS BLOB)) <= 1000000),\n"
  "  activities    TEXT NOT NULL CHECK (length(CAST(activities AS BLOB)) <= 1000000),\n"
  "  decision      INTEGER NOT NULL CHECK (decision IN (0, 1)),\n"
  "  status        INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),\n"
  "  phase         INTEGER REFERENCES phase (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,\n"
  "  notes         TEXT NOT NULL CHECK (length(CAST(notes AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE activity (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  code          TEXT NOT NULL CHECK (length(CAST(code AS BLOB)) <= 1000000),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  start_date    TEXT CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
  "  end_date      TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
  "  responsible   TEXT NOT NULL CHECK (length(CAST(responsible AS BLOB)) <= 1000000),\n"
  "  hours         REAL NOT NULL CHECK (hours BETWEEN 0 AND 1000000),\n"
  "  progress      INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),\n"
  "  phase         INTEGER REFERENCES phase (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,\n"
  "  notes         TEXT NOT NULL CHECK (length(CAST(notes AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE activity_predecessors (\n"
  "  owner_id      INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,\n"
  "  target_id     INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE\n"
  "                  DEFERRABLE INITIALLY DEFERRED,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  PRIMARY KEY (owner_id, position),\n"
  "  UNIQUE (owner_id, target_id)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE goal (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  input         TEXT NOT NULL CHECK (length(CAST(input AS BLOB)) <= 1000000),\n"
  "  activities    TEXT NOT NULL CHECK (length(CAST(activities AS BLOB)) <= 1000000),\n"
  "  outputs       TEXT NOT NULL CHECK (length(CAST(outputs AS BLOB)) <= 1000000),\n"
  "  effects       TEXT NOT NULL CHECK (length(CAST(effects AS BLOB)) <= 1000000),\n"
  "  vision        TEXT NOT NULL CHECK (length(CAST(vision AS BLOB)) <= 1000000),\n"
  "  specific      TEXT NOT NULL CHECK (length(CAST(specific AS BLOB)) <= 1000000),\n"
  "  measurable    TEXT NOT NULL CHECK (length(CAST(measurable AS BLOB)) <= 1000000),\n"
  "  accepted      TEXT NOT NULL CHECK (length(CAST(accepted AS BLOB)) <= 1000000),\n"
  "  realistic     TEXT NOT NULL CHECK (length(CAST(realistic AS BLOB)) <= 1000000),\n"
  "  time_bound    TEXT NOT NULL CHECK (length(CAST(time_bound AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE measure (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  category      INTEGER NOT NULL CHECK (category BETWEEN 0 AND 6),\n"
  "  responsible   TEXT NOT NULL CHECK (length(CAST(responsible AS BLOB)) <= 1000000),\n"
  "  deadline      TEXT CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
  "  indicator     TEXT NOT NULL CHECK (length(CAST(indicator AS BLOB)) <= 1000000),\n"
  "  status        INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),\n"
  "  notes         TEXT NOT NULL CHECK (length(CAST(notes AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE measure_goals (\n"
  "  owner_id      INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,\n"
  "  target_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE\n"
  "                  DEFERRABLE INITIALLY DEFERRED,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  PRIMARY KEY (owner_id, position),\n"
  "  UNIQUE (owner_id, target_id)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE swot_analysis (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  date          TEXT CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),\n"
  "  notes         TEXT NOT NULL CHECK (length(CAST(notes AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE swot_item (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES swot_analysis (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  quadrant      INTEGER NOT NULL CHECK (quadrant BETWEEN 0 AND 3),\n"
  "  text          TEXT NOT NULL CHECK (length(CAST(text AS BLOB)) <= 1000000),\n"
  "  weight        INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 10),\n"
  "  votes         INTEGER NOT NULL CHECK (votes BETWEEN 0 AND 100000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE swot_strategy (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES swot_analysis (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  kind          INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),\n"
  "  text          TEXT NOT NULL CHECK (length(CAST(text AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE swot_strategy_items (\n"
  "  owner_id      INTEGER NOT NULL REFERENCES swot_strategy (id) ON DELETE CASCADE,\n"
  "  target_id     INTEGER NOT NULL REFERENCES swot_item (id) ON DELETE CASCADE\n"
  "                  DEFERRABLE INITIALLY DEFERRED,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  PRIMARY KEY (owner_id, position),\n"
  "  UNIQUE (owner_id, target_id)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE measure_strategies (\n"
  "  owner_id      INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,\n"
  "  target_id     INTEGER NOT NULL REFERENCES swot_strategy (id) ON DELETE CASCADE\n"
  "                  DEFERRABLE INITIALLY DEFERRED,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  PRIMARY KEY (owner_id, position),\n"
  "  UNIQUE (owner_id, target_id)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE values_document (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  title         TEXT NOT NULL CHECK (length(CAST(title AS BLOB)) <= 1000000),\n"
  "  introduction  TEXT NOT NULL CHECK (length(CAST(introduction AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE value (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES values_document (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  name          TEXT NOT NULL CHECK (length(CAST(name AS BLOB)) <= 1000000),\n"
  "  statement     TEXT NOT NULL CHECK (length(CAST(statement AS BLOB)) <= 1000000),\n"
  "  practice      TEXT NOT NULL CHECK (length(CAST(practice AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE value_measures (\n"
  "  owner_id      INTEGER NOT NULL REFERENCES value (id) ON DELETE CASCADE,\n"
  "  target_id     INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE\n"
  "                  DEFERRABLE INITIALLY DEFERRED,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  PRIMARY KEY (owner_id, position),\n"
  "  UNIQUE (owner_id, target_id)\n"
  ") STRICT;\n"
  "\n"
  "CREATE TABLE values_section (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id > 1),\n"
  "  parent_id     INTEGER NOT NULL REFERENCES values_document (id) ON DELETE CASCADE,\n"
  "  position      INTEGER NOT NULL CHECK (position >= 0),\n"
  "  heading       TEXT NOT NULL CHECK (length(CAST(heading AS BLOB)) <= 1000000),\n"
  "  body          TEXT NOT NULL CHECK (length(CAST(body AS BLOB)) <= 1000000)\n"
  ") STRICT;\n"
  "\n"
  "-- Finding a record's children in order, and what links to a record\n"
  "CREATE INDEX member_parent ON member (parent_id, position);\n"
  "CREATE INDEX phase_parent ON phase (parent_id, position);\n"
  "CREATE INDEX milestone_parent ON milestone (parent_id, position);\n"
  "CREATE INDEX milestone_phase ON milestone (phase);\n"
  "CREATE INDEX activity_parent ON activity (parent_id, position);\n"
  "CREATE INDEX activity_phase ON activity (phase);\n"
  "CREATE INDEX activity_predecessors_target ON activity_predecessors (target_id);\n"
  "CREATE INDEX goal_parent ON goal (parent_id, position);\n"
  "CREATE INDEX measure_parent ON measure (parent_id, position);\n"
  "CREATE INDEX measure_goals_target ON measure_goals (target_id);\n"
  "CREATE INDEX measure_strategies_target ON measure_strategies (target_id);\n"
  "CREATE INDEX swot_analysis_parent ON swot_analysis (parent_id, position);\n"
  "CREATE INDEX swot_item_parent ON swot_item (parent_id, position);\n"
  "CREATE INDEX swot_strategy_parent ON swot_strategy (parent_id, position);\n"
  "CREATE INDEX swot_strategy_items_target ON swot_strategy_items (target_id);\n"
  "CREATE INDEX values_document_parent ON values_document (parent_id, position);\n"
  "CREATE INDEX value_parent ON value (parent_id, position);\n"
  "CREATE INDEX value_measures_target ON value_measures (target_id);\n"
  "CREATE INDEX values_section_parent ON values_section (parent_id, position);\n";

/* Version 2: the project's own identity, a UUID (stolt_project_card_get_uid()).
 * ADD COLUMN needs a constant default for NOT NULL; the migration step
 * (stolt-migrate.c) gives an existing project its UUID at once. */
const char stolt_schema_v2[] =
  "-- Stolt project file, schema version 2: the project's UUID.\n"
  "ALTER TABLE project ADD COLUMN\n"
  "  uid           TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'\n"
  "                  CHECK (length(uid) = 36 AND NOT uid GLOB '*[^-0-9a-fA-F]*');\n";

/* Version 3.
 * ---- Values (issue 12) ----
 * A values document's status on its way to the council (0 draft, 1 out
 * for consultation, 2 adopted), by whom and on which date it was adopted.
 * Existing documents become drafts, adopted by nobody on no date.
 * ---- end Values (issue 12) ---- */
const char stolt_schema_v3[] =
  "-- Stolt project file, schema version 3.\n"
  "-- Values (issue 12): the status of values documents\n"
  "ALTER TABLE values_document ADD COLUMN\n"
  "  status        INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2);\n"
  "ALTER TABLE values_document ADD COLUMN\n"
  "  adopted_by    TEXT NOT NULL DEFAULT '' CHECK (length(CAST(adopted_by AS BLOB)) <= 1000000);\n"
  "ALTER TABLE values_document ADD COLUMN\n"
  "  adopted_date  TEXT CHECK (adopted_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');\n"
  "-- end Values (issue 12)\n";

/* ---- SWOT (issue 11) -------------------------------------------------
 * Version 3, SWOT part: an analysis's scope line and its dot-voting round
 * (participants, dots per person, counts revealed), and an item's
 * cluster, the lead item it is grouped under.  Deleting a lead (only
 * possible outside Stolt: Stolt unlinks first) ungroups its members. */
const char stolt_schema_v3_swot[] =
  "-- Stolt project file, schema version 3, SWOT: scope, dot voting, clusters.\n"
  "ALTER TABLE swot_analysis ADD COLUMN\n"
  "  scope         TEXT NOT NULL DEFAULT '' CHECK (length(CAST(scope AS BLOB)) <= 1000000);\n"
  "ALTER TABLE swot_analysis ADD COLUMN\n"
  "  participants  INTEGER NOT NULL DEFAULT 0 CHECK (participants BETWEEN 0 AND 1000);\n"
  "ALTER TABLE swot_analysis ADD COLUMN\n"
  "  dots_per_person INTEGER NOT NULL DEFAULT 0 CHECK (dots_per_person BETWEEN 0 AND 100);\n"
  "ALTER TABLE swot_analysis ADD COLUMN\n"
  "  votes_revealed INTEGER NOT NULL DEFAULT 0 CHECK (votes_revealed IN (0, 1));\n"
  "ALTER TABLE swot_item ADD COLUMN\n"
  "  cluster       INTEGER REFERENCES swot_item (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;\n";
/* ---- end SWOT (issue 11) --------------------------------------------- */

/* Version 4.  Presentation (issue 13): the slides in the facilitator's
 * order, hidden ones marked (stolt-slides.h: "card milestones -timeline
 * swot:12 value:40").  Empty, the column's default, is the default order,
 * so an existing project presents as before. */
const char stolt_schema_v4[] =
  "-- Stolt project file, schema version 4: the order of the slides.\n"
  "ALTER TABLE project ADD COLUMN\n"
  "  slides        TEXT NOT NULL DEFAULT '' CHECK (length(CAST(slides AS BLOB)) <= 1000000);\n";

/* Identity: is this a Stolt file, and of which version? */
gboolean
stolt_schema_check_identity (StoltDb  *db,
                             int      *version,
                             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int application_id = 0;

  if (!stolt_db_get_pragma_int (db, "application_id", &application_id, error) ||
      !stolt_db_get_pragma_int (db, "user_version", version, error))
    return FALSE;

  if (application_id != STOLT_DB_APPLICATION_ID || *version == 0)
    {
      _stolt_storage_error_not_project (error, db->name);
      return FALSE;
    }
  if (*version > STOLT_SCHEMA_VERSION)
    {
      _stolt_storage_error_newer_version (error, db->name, *version);
      return FALSE;
    }
  if (*version < 0)
    {
      _stolt_storage_error_damaged (error, db->name, _("the file format number is not valid"));
      return FALSE;
    }

  /* Stolt writes UTF-8 only; anything else was not made by Stolt */
  stmt = stolt_db_prepare (db, "PRAGMA encoding", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW ||
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "UTF-8") != 0)
    {
      _stolt_storage_error_damaged (error, db->name, _("the text encoding is not UTF-8"));
      return FALSE;
    }

  return TRUE;
}

/* Describing a schema: one text per table and index, built from what
 * SQLite reports about it (not from its CREATE statement, whose text
 * migrations may change), so that two schemas compare as strings. */

static gboolean
append_rows (StoltDb     *db,
             GString     *out,
             const char  *sql,
             const char  *name,
             const char  *table,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = stolt_db_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n = sqlite3_column_count (stmt);

      g_string_append (out, "  ");
      for (int i = 0; i < n; i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s|", text != NULL ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }

  if (rc != SQLITE_DONE)
    {
      stolt_db_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static char *
describe_object (StoltDb     *db,
                 const char  *type,
                 const char  *name,
                 const char  *table,
                 GError     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean ok;

  g_string_append_printf (out, "%s %s on %s\n", type, name, table);

  if (strcmp (type, "table") == 0)
    ok = append_rows (db, out, "SELECT type, ncol, wr, strict FROM pragma_table_list (?1)"
                               " WHERE schema = 'main'", name, table, error) &&
         append_rows (db, out, "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden"
                               " FROM pragma_table_xinfo (?1)", name, table, error) &&
         append_rows (db, out, "SELECT id, seq, \"table\", \"from\", \"to\", on_update,"
                               " on_delete, match FROM pragma_foreign_key_list (?1)",
                      name, table, error);
  else
    ok = append_rows (db, out, "SELECT seqno, cid, name, \"desc\", coll, key"
                               " FROM pragma_index_xinfo (?1)", name, table, error) &&
         append_rows (db, out, "SELECT name, \"unique\", origin, partial"
                               " FROM pragma_index_list (?2) WHERE name = ?1", name, table, error);

  if (!ok)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
refuse_object (StoltDb     *db,
               const char  *type,
               GError     **error)
{
  if (strcmp (type, "trigger") == 0)
    _stolt_storage_error_damaged (error, db->name, _("the file contains a trigger"));
  else if (strcmp (type, "view") == 0)
    _stolt_storage_error_damaged (error, db->name, _("the file contains a view"));
  else
    return FALSE;
  return TRUE;
}

/* Returns name → description of every table and index */
static GHashTable *
describe_schema (StoltDb  *db,
                 GError  **error)
{
  g_autoptr(GHashTable) objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = stolt_db_prepare (db, "SELECT type, name, tbl_name FROM sqlite_schema", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *name = (const char *) sqlite3_column_text (stmt, 1);
      const char *table = (const char *) sqlite3_column_text (stmt, 2);
      char *description;

      if (type == NULL || name == NULL || table == NULL)
        {
          _stolt_storage_error_damaged (error, db->name, _("the list of tables is damaged"));
          return NULL;
        }
      if (refuse_object (db, type, error))
        return NULL;

      description = describe_object (db, type, name, table, error);
      if (description == NULL)
        return NULL;
      g_hash_table_insert (objects, g_strdup (name), description);
    }

  if (rc != SQLITE_DONE)
    {
      stolt_db_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&objects);
}

/* What a file of @version must hold: the migration steps applied to an
 * empty database.  Built once per version and kept. */
static GHashTable *
expected_schema (int       version,
                 GError  **error)
{
  static GMutex lock;
  static GHashTable *cache[STOLT_SCHEMA_VERSION + 1];
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  g_autoptr(StoltDb) db = NULL;
  const StoltMigration *steps;
  guint n_steps;

  g_return_val_if_fail (version > 0 && version <= STOLT_SCHEMA_VERSION, NULL);

  if (cache[version] != NULL)
    return cache[version];

  steps = stolt_migrations_get (&n_steps);
  db = stolt_db_open_memory ("schema", error);
  if (db == NULL || !stolt_migrate (db, steps, n_steps, version, error))
    return NULL;

  cache[version] = describe_schema (db, error);
  return cache[version];
}

gboolean
stolt_schema_check_tables (StoltDb  *db,
                           int       version,
                           GError  **error)
{
  g_autoptr(GHashTable) actual = NULL;
  GHashTable *expected;
  GHashTableIter iter;
  gpointer key, value;

  expected = expected_schema (version, error);
  if (expected == NULL)
    return FALSE;
  actual = describe_schema (db, error);
  if (actual == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *found = g_hash_table_lookup (actual, key);
      g_autofree char *detail = NULL;

      if (found == NULL)
        detail = g_strdup_printf (_("“%s” is missing"), (const char *) key);
      else if (strcmp (found, value) != 0)
        detail = g_strdup_printf (_("“%s” is not as Stolt made it"), (const char *) key);
      else
        continue;

      _stolt_storage_error_damaged (error, db->name, detail);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, actual);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (expected, key))
      {
        g_autofree char *detail = g_strdup_printf (_("“%s” was not made by Stolt"),
                                                   (const char *) key);

        _stolt_storage_error_damaged (error, db->name, detail);
        return FALSE;
      }

  return TRUE;
}

/**
 * stolt_schema_validate:
 * @version: (out): the file's schema version, at most STOLT_SCHEMA_VERSION
 *
 * Checks what Stolt needs before reading a single row: that the file is
 * a Stolt project of a version this Stolt reads, with exactly the tables,
 * columns, keys and indexes Stolt makes, and no triggers or views.
 */
gboolean
stolt_schema_validate (StoltDb  *db,
                       int      *version,
                       GError  **error)
{
  return stolt_schema_check_identity (db, version, error) &&
         stolt_schema_check_tables (db, *version, error);
}

/* The model side of the schema: what each column must be */

static const char *
column_type (const StoltField *field)
{
  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
    case STOLT_FIELD_DATE:
      return "TEXT";
    case STOLT_FIELD_DOUBLE:
      return "REAL";
    case STOLT_FIELD_INT:
    case STOLT_FIELD_BOOLEAN:
    case STOLT_FIELD_ENUM:
    case STOLT_FIELD_REF:
    case STOLT_FIELD_REFS:
    default:
      return "INTEGER";
    }
}

static void
expect_column (GString    *out,
               const char *name,
               const char *type,
               gboolean    not_null)
{
  g_string_append_printf (out, "%s %s%s\n", name, type, not_null ? " NOT NULL" : "");
}

static char *
model_columns (const StoltTable *table)
{
  GString *out = g_string_new (NULL);

  expect_column (out, "id", "INTEGER", FALSE);
  if (table->parent != NULL)
    {
      expect_column (out, "parent_id", "INTEGER", TRUE);
      expect_column (out, "position", "INTEGER", TRUE);
    }
  for (guint i = 0; i < table->n_columns; i++)
    {
      const StoltField *field = table->columns[i].field;
      gboolean nullable = field->kind == STOLT_FIELD_DATE || field->kind == STOLT_FIELD_REF;

      expect_column (out, table->columns[i].name, column_type (field), !nullable);
    }
  return g_string_free (out, FALSE);
}

static char *
link_columns (void)
{
  GString *out = g_string_new (NULL);

  expect_column (out, "owner_id", "INTEGER", TRUE);
  expect_column (out, "target_id", "INTEGER", TRUE);
  expect_column (out, "position", "INTEGER", TRUE);
  return g_string_free (out, FALSE);
}

static char *
schema_columns (StoltDb     *db,
                const char  *table,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GString *out = g_string_new (NULL);

  stmt = stolt_db_prepare (db, "SELECT name, type, \"notnull\" FROM pragma_table_info (?1)", error);
  if (stmt == NULL)
    return g_string_free (out, TRUE);

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    expect_column (out, (const char *) sqlite3_column_text (stmt, 0),
                   (const char *) sqlite3_column_text (stmt, 1),
                   sqlite3_column_int (stmt, 2));
  return g_string_free (out, FALSE);
}

static gboolean
compare_columns (StoltDb     *db,
                 const char  *table,
                 const char  *expected,
                 GError     **error)
{
  g_autofree char *actual = schema_columns (db, table, error);

  if (actual == NULL)
    return FALSE;
  if (strcmp (actual, expected) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "table %s: the schema has\n%s\nthe model wants\n%s", table, actual, expected);
      return FALSE;
    }
  return TRUE;
}

gboolean
stolt_schema_check_model (GError **error)
{
  g_autoptr(StoltDb) db = stolt_db_open_memory ("schema", error);
  const StoltMigration *steps;
  const StoltTable *tables;
  guint n_steps, n_tables;

  steps = stolt_migrations_get (&n_steps);
  if (db == NULL || !stolt_migrate (db, steps, n_steps, STOLT_SCHEMA_VERSION, error))
    return FALSE;

  tables = stolt_tables_get (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    {
      g_autofree char *columns = model_columns (&tables[i]);
      g_autofree char *links = link_columns ();

      if (!compare_columns (db, tables[i].name, columns, error))
        return FALSE;
      for (guint j = 0; j < tables[i].n_links; j++)
        if (!compare_columns (db, tables[i].links[j].name, links, error))
          return FALSE;
    }

  return TRUE;
}
