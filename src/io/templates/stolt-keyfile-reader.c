/* stolt-keyfile-reader.c — a project written as a GKeyFile
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built-in templates are keyfiles a person can read and translate:
 *
 *   [project]                      the project card
 *   title=Arbeidsgiverpolitikk
 *   start-date=+0w                 a date: ISO 8601, or weeks and days
 *   end-date=+61w+4d               after the origin (see below)
 *
 *   [phase start]                  "<table> <key>": one record a group,
 *   title=Startfase                in list order
 *
 *   [milestone mandate]
 *   title=Politisk mandat på plass
 *   phase=start                    a link names the key of its target
 *   status=done                    an enum takes its nick
 *
 *   [swot_item s1]
 *   parent=workshop                a child names its parent's key
 *
 * Records are made with core's project builder, as the loader makes
 * them: each value is checked as a user's edit is, and the whole (links,
 * no circle of predecessors) when the builder finishes.
 *
 * Dates written "+12w+3d" count from an origin given when the template
 * is read: stolt_keyfile_origin() is the first Monday of next month, so
 * a new project starts soon and every date in it lies ahead, on the
 * weekday the template chose.
 */

#define G_LOG_DOMAIN "stolt-keyfile"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-keyfile-reader.h"
#include "stolt-project-builder.h"

typedef struct
{
  StoltProjectBuilder *builder;
  GKeyFile            *keyfile;
  GHashTable          *records;  /* key → StoltRecord (borrowed from the builder) */
  StoltRecord         *card;     /* the project card, from the builder */
  guint32              origin;   /* the day "+0w" means */
} Reader;

static gboolean
fail (GError    **error,
      const char *group,
      const char *message)
{
  g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
               _("Template group [%s]: %s"), group, message);
  return FALSE;
}

static GType
type_for_table (const char *table)
{
  guint n_types;
  const GType *types = stolt_record_types (&n_types);

  for (guint i = 1; i < n_types; i++)
    {
      g_autoptr(StoltRecordClass) klass = g_type_class_ref (types[i]);

      if (g_str_equal (klass->table, table))
        return types[i];
    }

  return G_TYPE_INVALID;
}

/**
 * stolt_keyfile_origin:
 * @today: the day the project is made
 *
 * Returns: the first Monday on or after the first day of the month
 *   after @today's
 */
guint32
stolt_keyfile_origin (guint32 today)
{
  int year, month;
  guint32 first;

  if (!stolt_date_to_ymd (today, &year, &month, NULL))
    return STOLT_DATE_NONE;
  first = month == 12 ? stolt_date_from_ymd (year + 1, 1, 1)
                      : stolt_date_from_ymd (year, month + 1, 1);
  return first + (guint32) ((8 - stolt_date_weekday (first)) % 7);
}

/* "+12w", "+3d", "+12w+3d": days after @origin; STOLT_DATE_NONE for
 * anything else, or a day past the range a user may type */
static guint32
parse_offset (const char *text,
              guint32     origin)
{
  guint64 days = 0;
  const char *p = text;

  if (*p != '+')
    return STOLT_DATE_NONE;

  while (*p == '+')
    {
      guint64 number = 0;
      guint digits = 0;

      for (p++; g_ascii_isdigit (*p) && digits < 6; p++, digits++)
        number = number * 10 + (guint64) (*p - '0');
      if (digits == 0 || (*p != 'w' && *p != 'd'))
        return STOLT_DATE_NONE;
      days += *p == 'w' ? 7 * number : number;
      p++;
    }

  if (*p != '\0' || origin == STOLT_DATE_NONE || days > stolt_date_max () - origin)
    return STOLT_DATE_NONE;
  return origin + (guint32) days;
}

static gboolean
parse_scalar (const StoltField *field,
              const char       *text,
              guint32           origin,
              GValue           *value)
{
  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, text);
      return TRUE;

    case STOLT_FIELD_DATE:
      g_value_init (value, G_TYPE_UINT);
      g_value_set_uint (value, *text == '+' ? parse_offset (text, origin)
                                            : stolt_date_from_iso (text));
      return *text == '\0' || g_value_get_uint (value) != STOLT_DATE_NONE;

    case STOLT_FIELD_INT:
      {
        gint64 number;

        g_value_init (value, G_TYPE_INT);
        if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, NULL))
          return FALSE;
        g_value_set_int (value, (int) number);
        return TRUE;
      }

    case STOLT_FIELD_DOUBLE:
      {
        char *end = NULL;
        double number = g_ascii_strtod (text, &end);

        g_value_init (value, G_TYPE_DOUBLE);
        g_value_set_double (value, number);
        return end != text && *end == '\0';
      }

    case STOLT_FIELD_BOOLEAN:
      g_value_init (value, G_TYPE_BOOLEAN);
      g_value_set_boolean (value, g_str_equal (text, "true"));
      return g_str_equal (text, "true") || g_str_equal (text, "false");

    case STOLT_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
        GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, text);

        g_value_init (value, field->enum_type ());
        if (enum_value == NULL)
          return FALSE;
        g_value_set_enum (value, enum_value->value);
        return TRUE;
      }

    case STOLT_FIELD_REF:
    case STOLT_FIELD_REFS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_link (const StoltField *field)
{
  return field->kind == STOLT_FIELD_REF || field->kind == STOLT_FIELD_REFS;
}

/* Pass one: every field but links, which may point forward */
static gboolean
read_fields (Reader      *reader,
             const char  *group,
             StoltRecord *record,
             GError     **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (reader->keyfile, group, NULL, NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const StoltField *field = stolt_record_find_field (record, keys[i]);
      g_autofree char *text = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) local_error = NULL;

      if (g_str_equal (keys[i], "parent") || strchr (keys[i], '[') != NULL)
        continue;
      /* A template cannot set what only Stolt keeps (the project's uid) */
      if (field == NULL || (field->flags & STOLT_FIELD_FLAG_INTERNAL) != 0)
        return fail (error, group, keys[i]);
      if (is_link (field))
        continue;

      text = g_key_file_get_locale_string (reader->keyfile, group, keys[i], NULL, NULL);
      if (!parse_scalar (field, text, reader->origin, &value))
        return fail (error, group, keys[i]);

      /* A required text left empty is refused in pass three */
      if (!stolt_project_builder_set (reader->builder, record, field, &value, &local_error))
        return fail (error, group, local_error->message);
    }

  return TRUE;
}

/* Pass three: a required field left out is as wrong as one left empty */
static gboolean
check_required (const char  *group,
                StoltRecord *record,
                GError     **error)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) local_error = NULL;

      stolt_record_get_value (record, &klass->fields[i], &value);
      if (!stolt_record_check_value (record, &klass->fields[i], &value, &local_error))
        return fail (error, group, local_error->message);
    }

  return TRUE;
}

static gboolean
read_links (Reader      *reader,
            const char  *group,
            StoltRecord *record,
            GError     **error)
{
  StoltRecordClass *klass = STOLT_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const StoltField *field = &klass->fields[i];
      g_auto(GStrv) targets = NULL;
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GError) local_error = NULL;
      g_auto(GValue) value = G_VALUE_INIT;

      if (!is_link (field) || !g_key_file_has_key (reader->keyfile, group, field->name, NULL))
        continue;

      targets = g_key_file_get_string_list (reader->keyfile, group, field->name, NULL, NULL);
      for (guint j = 0; targets != NULL && targets[j] != NULL; j++)
        {
          StoltRecord *target = g_hash_table_lookup (reader->records, targets[j]);
          gint64 id;

          if (target == NULL ||
              g_strcmp0 (STOLT_RECORD_GET_CLASS (target)->table, field->ref_table) != 0)
            return fail (error, group, targets[j]);
          id = stolt_record_get_id (target);
          g_array_append_val (ids, id);
        }

      if (field->kind == STOLT_FIELD_REF)
        {
          if (ids->len != 1)
            return fail (error, group, field->name);
          g_value_init (&value, G_TYPE_INT64);
          g_value_set_int64 (&value, g_array_index (ids, gint64, 0));
        }
      else
        {
          g_value_init (&value, G_TYPE_ARRAY);
          g_value_set_boxed (&value, ids->len > 0 ? ids : NULL);
        }

      /* Where the links lead, and that no circle forms, is checked once
       * every link is in: stolt_project_builder_finish () */
      if (!stolt_project_builder_set (reader->builder, record, field, &value, &local_error))
        return fail (error, group, local_error->message);
    }

  return TRUE;
}

static StoltRecord *
add_record (Reader     *reader,
            const char *group,
            GError    **error)
{
  g_auto(GStrv) words = g_strsplit (group, " ", 2);
  GType type = words[1] != NULL ? type_for_table (words[0]) : G_TYPE_INVALID;
  g_autofree char *parent_key = g_key_file_get_string (reader->keyfile, group, "parent", NULL);
  StoltRecord *owner = reader->card;
  StoltRecord *record;
  int list;

  if (type == G_TYPE_INVALID || g_hash_table_contains (reader->records, words[1]))
    {
      fail (error, group, _("the group must name a kind of record and a key not used before"));
      return NULL;
    }

  if (parent_key != NULL)
    owner = g_hash_table_lookup (reader->records, parent_key);
  list = owner != NULL ? stolt_record_find_child_list (owner, type) : -1;
  if (list < 0)
    {
      fail (error, group, _("the record has no place there"));
      return NULL;
    }

  record = stolt_project_builder_add (reader->builder, type, 0);
  stolt_project_builder_append (reader->builder, owner, (guint) list, &record, 1);

  g_hash_table_insert (reader->records, g_strdup (words[1]), record);
  return record;
}

/**
 * stolt_keyfile_read_from:
 * @origin: the day dates written "+12w+3d" count from
 *
 * Returns: (transfer full) (nullable): the project, with no undo history
 */
StoltProject *
stolt_keyfile_read_from (GKeyFile  *keyfile,
                         guint32    origin,
                         GError   **error)
{
  g_autoptr(StoltProjectBuilder) builder = stolt_project_builder_new ();
  g_autoptr(GHashTable) records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) groups = g_key_file_get_groups (keyfile, NULL);
  StoltRecord *card = stolt_project_builder_add (builder, STOLT_TYPE_PROJECT_CARD, 0);
  Reader reader = { builder, keyfile, records, card, origin };

  for (guint i = 0; groups[i] != NULL; i++)
    {
      StoltRecord *record = g_str_equal (groups[i], "project")
                            ? card : add_record (&reader, groups[i], error);

      if (record == NULL || !read_fields (&reader, groups[i], record, error))
        return NULL;
    }

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (groups[i], " ", 2);
      StoltRecord *record = g_str_equal (groups[i], "project")
                            ? card : g_hash_table_lookup (records, words[1]);

      if (!read_links (&reader, groups[i], record, error) ||
          !check_required (groups[i], record, error))
        return NULL;
    }

  return stolt_project_builder_finish (builder, error);
}

/**
 * stolt_keyfile_read:
 *
 * stolt_keyfile_read_from() with relative dates counted from the first
 * Monday of next month.
 *
 * Returns: (transfer full) (nullable): the project, with no undo history
 */
StoltProject *
stolt_keyfile_read (GKeyFile  *keyfile,
                    GError   **error)
{
  return stolt_keyfile_read_from (keyfile, stolt_keyfile_origin (stolt_date_today ()), error);
}
