/* stolt-values-records.c — what the Values tab edits
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A values document holds its values (child list 0) and free sections of
 * policy text (child list 1).
 */

#define G_LOG_DOMAIN "stolt-records"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-date.h"
#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-record-fields.h"
#include "stolt-records.h"

struct _StoltValuesDocument
{
  StoltRecord parent_instance;

  char    *title;
  char    *introduction;
  int      status;
  char    *adopted_by;
  guint32  adopted_date;
};

G_DEFINE_FINAL_TYPE (StoltValuesDocument, stolt_values_document, STOLT_TYPE_RECORD)

static const StoltField document_fields[] = {
  STOLT_TEXT (StoltValuesDocument, title, "title", N_("Title"), STOLT_REQUIRED),
  STOLT_TEXT (StoltValuesDocument, introduction, "introduction", N_("Introduction"),
              STOLT_MULTILINE),
  /* Values (issue 12): where the document is on its way to the council */
  STOLT_ENUM (StoltValuesDocument, status, "status", N_("Status"), stolt_values_status_get_type),
  /* Translators: who adopted a values document, e.g. "Kommunestyret" */
  STOLT_TEXT (StoltValuesDocument, adopted_by, "adopted-by", N_("Adopted by"), 0),
  STOLT_DATE (StoltValuesDocument, adopted_date, "adopted-date", N_("Adopted on")),
};

STOLT_DEFINE_TEXT_GETTER (StoltValuesDocument, stolt_values_document, STOLT_IS_VALUES_DOCUMENT,
                          title)
STOLT_DEFINE_TEXT_GETTER (StoltValuesDocument, stolt_values_document, STOLT_IS_VALUES_DOCUMENT,
                          introduction)
STOLT_DEFINE_ENUM_GETTER (StoltValuesDocument, stolt_values_document, STOLT_IS_VALUES_DOCUMENT,
                          StoltValuesStatus, status)
STOLT_DEFINE_TEXT_GETTER (StoltValuesDocument, stolt_values_document, STOLT_IS_VALUES_DOCUMENT,
                          adopted_by)
STOLT_DEFINE_DATE_GETTER (StoltValuesDocument, stolt_values_document, STOLT_IS_VALUES_DOCUMENT,
                          adopted_date)

/**
 * stolt_values_document_dup_status_text:
 *
 * The status as one line for the tab and the exports: "Draft", "Out for
 * consultation", or "Adopted by Kommunestyret on 12.3.2026" with as much
 * of who and when as is known.
 *
 * Returns: (transfer full): the line
 */
char *
stolt_values_document_dup_status_text (StoltValuesDocument *self)
{
  const char *label;
  g_autofree char *date = NULL;

  g_return_val_if_fail (STOLT_IS_VALUES_DOCUMENT (self), NULL);

  label = stolt_enum_get_label (STOLT_TYPE_VALUES_STATUS, self->status);
  if (self->status != STOLT_VALUES_STATUS_ADOPTED)
    return g_strdup (label);

  if (self->adopted_date != 0)
    date = stolt_date_format (self->adopted_date);
  if (self->adopted_by != NULL && self->adopted_by[0] != '\0' && date != NULL)
    /* Translators: e.g. "Adopted by Kommunestyret on 12.3.2026" */
    return g_strdup_printf (_("Adopted by %s on %s"), self->adopted_by, date);
  if (self->adopted_by != NULL && self->adopted_by[0] != '\0')
    /* Translators: e.g. "Adopted by Kommunestyret" */
    return g_strdup_printf (_("Adopted by %s"), self->adopted_by);
  if (date != NULL)
    /* Translators: e.g. "Adopted on 12.3.2026" */
    return g_strdup_printf (_("Adopted on %s"), date);
  return g_strdup (label);
}

static void
stolt_values_document_class_init (StoltValuesDocumentClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "values_document";
  record_class->title_field = "title";
  record_class->add_label = N_("Add Values Document");
  record_class->remove_label = N_("Remove Values Document");
  record_class->edit_label = N_("Edit Values Document");
  record_class->move_label = N_("Move Values Document");
  record_class->child_types[0] = STOLT_TYPE_VALUE;
  record_class->child_types[1] = STOLT_TYPE_VALUES_SECTION;
  record_class->n_children = 2;
  stolt_record_class_install_fields (record_class, document_fields,
                                     G_N_ELEMENTS (document_fields));
}

static void
stolt_values_document_init (StoltValuesDocument *self)
{
}

struct _StoltValue
{
  StoltRecord parent_instance;

  char   *name;
  char   *statement;
  char   *practice;
  GArray *measures;
};

G_DEFINE_FINAL_TYPE (StoltValue, stolt_value, STOLT_TYPE_RECORD)

static const StoltField value_fields[] = {
  STOLT_TEXT (StoltValue, name, "name", N_("Name"), STOLT_REQUIRED),
  STOLT_TEXT (StoltValue, statement, "statement", N_("Statement"), STOLT_MULTILINE),
  STOLT_TEXT (StoltValue, practice, "practice", N_("In everyday practice"), STOLT_MULTILINE),
  STOLT_REFS (StoltValue, measures, "measures", N_("Supporting measures"), "measure"),
};

STOLT_DEFINE_TEXT_GETTER (StoltValue, stolt_value, STOLT_IS_VALUE, name)
STOLT_DEFINE_TEXT_GETTER (StoltValue, stolt_value, STOLT_IS_VALUE, statement)
STOLT_DEFINE_TEXT_GETTER (StoltValue, stolt_value, STOLT_IS_VALUE, practice)
STOLT_DEFINE_REFS_GETTER (StoltValue, stolt_value, STOLT_IS_VALUE, measures)

static void
stolt_value_class_init (StoltValueClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "value";
  record_class->title_field = "name";
  record_class->add_label = N_("Add Value");
  record_class->remove_label = N_("Remove Value");
  record_class->edit_label = N_("Edit Value");
  record_class->move_label = N_("Move Value");
  stolt_record_class_install_fields (record_class, value_fields, G_N_ELEMENTS (value_fields));
}

static void
stolt_value_init (StoltValue *self)
{
}

/* Free policy text; the body is the Markdown subset HACKING.md documents */

struct _StoltValuesSection
{
  StoltRecord parent_instance;

  char *heading;
  char *body;
};

G_DEFINE_FINAL_TYPE (StoltValuesSection, stolt_values_section, STOLT_TYPE_RECORD)

static const StoltField section_fields[] = {
  STOLT_TEXT (StoltValuesSection, heading, "heading", N_("Heading"), STOLT_REQUIRED),
  STOLT_TEXT (StoltValuesSection, body, "body", N_("Text"), STOLT_MULTILINE),
};

STOLT_DEFINE_TEXT_GETTER (StoltValuesSection, stolt_values_section, STOLT_IS_VALUES_SECTION,
                          heading)
STOLT_DEFINE_TEXT_GETTER (StoltValuesSection, stolt_values_section, STOLT_IS_VALUES_SECTION, body)

static void
stolt_values_section_class_init (StoltValuesSectionClass *klass)
{
  StoltRecordClass *record_class = STOLT_RECORD_CLASS (klass);

  record_class->table = "values_section";
  record_class->title_field = "heading";
  record_class->add_label = N_("Add Section");
  record_class->remove_label = N_("Remove Section");
  record_class->edit_label = N_("Edit Section");
  record_class->move_label = N_("Move Section");
  stolt_record_class_install_fields (record_class, section_fields,
                                     G_N_ELEMENTS (section_fields));
}

static void
stolt_values_section_init (StoltValuesSection *self)
{
}
