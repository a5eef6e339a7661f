/* stolt-enum-labels.c — what users call the values of the model's enums
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-enum-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"

static const char *const category_set_labels[] = {
  /* Translators: the Norwegian KS set of measure categories (KS is the
   * Norwegian association of local authorities) */
  [STOLT_CATEGORY_SET_KS] = N_("KS: mobilise, develop, recruit, phase out"),
  /* Translators: the Swedish ARUBA set of measure categories; sv "ARUBA:
   * attrahera, rekrytera, utveckla, behålla, avveckla" */
  [STOLT_CATEGORY_SET_ARUBA] = N_("ARUBA: attract, recruit, develop, retain, phase out"),
};

static const char *const category_labels[] = {
  [STOLT_CATEGORY_NONE] = N_("No category"),
  /* Translators: measure category; nb "Mobilisere" */
  [STOLT_CATEGORY_MOBILISE] = N_("Mobilise"),
  /* Translators: measure category; sv "Attrahera" */
  [STOLT_CATEGORY_ATTRACT] = N_("Attract"),
  /* Translators: measure category; sv "Rekrytera", nb "Rekruttere" */
  [STOLT_CATEGORY_RECRUIT] = N_("Recruit"),
  /* Translators: measure category; sv "Utveckla", nb "Utvikle" */
  [STOLT_CATEGORY_DEVELOP] = N_("Develop"),
  /* Translators: measure category; sv "Behålla", nb "Beholde" */
  [STOLT_CATEGORY_RETAIN] = N_("Retain"),
  /* Translators: measure category; sv "Avveckla", nb "Avvikle" */
  [STOLT_CATEGORY_PHASE_OUT] = N_("Phase out"),
};

static const char *const member_group_labels[] = {
  [STOLT_MEMBER_GROUP_PROJECT_GROUP] = N_("Project group"),
  [STOLT_MEMBER_GROUP_STEERING_GROUP] = N_("Steering group"),
  /* Translators: sv "Fackliga företrädare", nb "Tillitsvalgte" */
  [STOLT_MEMBER_GROUP_UNION] = N_("Union representatives"),
  [STOLT_MEMBER_GROUP_POLITICIANS] = N_("Politicians"),
  [STOLT_MEMBER_GROUP_MANAGERS] = N_("Managers"),
  [STOLT_MEMBER_GROUP_EMPLOYEES] = N_("Employees"),
  /* Translators: sv "Skyddsombud", nb "Verneombud" */
  [STOLT_MEMBER_GROUP_SAFETY] = N_("Safety representative"),
  [STOLT_MEMBER_GROUP_OTHER] = N_("Other"),
};

static const char *const status_labels[] = {
  [STOLT_STATUS_PLANNED] = N_("Planned"),
  [STOLT_STATUS_IN_PROGRESS] = N_("In progress"),
  [STOLT_STATUS_DONE] = N_("Done"),
};

static const char *const quadrant_labels[] = {
  [STOLT_QUADRANT_STRENGTHS] = N_("Strengths"),
  [STOLT_QUADRANT_WEAKNESSES] = N_("Weaknesses"),
  [STOLT_QUADRANT_OPPORTUNITIES] = N_("Opportunities"),
  [STOLT_QUADRANT_THREATS] = N_("Threats"),
};

/* TOWS strategy kinds; their codes SO, ST, WO, WT are not translated */
static const char *const strategy_labels[] = {
  /* Translators: TOWS strategy SO (strengths–opportunities) */
  [STOLT_STRATEGY_SO] = N_("Use strengths to seize opportunities"),
  /* Translators: TOWS strategy ST (strengths–threats) */
  [STOLT_STRATEGY_ST] = N_("Use strengths to meet threats"),
  /* Translators: TOWS strategy WO (weaknesses–opportunities) */
  [STOLT_STRATEGY_WO] = N_("Overcome weaknesses by seizing opportunities"),
  /* Translators: TOWS strategy WT (weaknesses–threats) */
  [STOLT_STRATEGY_WT] = N_("Reduce weaknesses and avoid threats"),
};

static const char *const values_status_labels[] = {
  /* Translators: a values document's status; sv "Utkast", nb "Utkast" */
  [STOLT_VALUES_STATUS_DRAFT] = N_("Draft"),
  /* Translators: a values document's status, sent to the unions and
   * others for their views; sv "På remiss", nb "På høring" */
  [STOLT_VALUES_STATUS_CONSULTATION] = N_("Out for consultation"),
  /* Translators: a values document's status; sv "Antagen", nb "Vedtatt" */
  [STOLT_VALUES_STATUS_ADOPTED] = N_("Adopted"),
};

typedef struct
{
  GType            (*get_type) (void);
  const char *const *labels;
  guint              n_labels;
} LabelTable;

#define TABLE(get_type, labels) { get_type, labels, G_N_ELEMENTS (labels) }

static const LabelTable tables[] = {
  TABLE (stolt_category_set_get_type, category_set_labels),
  TABLE (stolt_category_get_type, category_labels),
  TABLE (stolt_member_group_get_type, member_group_labels),
  TABLE (stolt_status_get_type, status_labels),
  TABLE (stolt_quadrant_get_type, quadrant_labels),
  TABLE (stolt_strategy_kind_get_type, strategy_labels),
  TABLE (stolt_values_status_get_type, values_status_labels),
};

/* Returns the translated label, or NULL for a value the enum lacks. */
const char *
stolt_enum_get_label (GType enum_type,
                      int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (tables[i].get_type () != enum_type)
        continue;
      if (value < 0 || (guint) value >= tables[i].n_labels || tables[i].labels[value] == NULL)
        return NULL;
      return _(tables[i].labels[value]);
    }

  g_return_val_if_reached (NULL);
}

static const StoltCategory ks_categories[] = {
  STOLT_CATEGORY_MOBILISE, STOLT_CATEGORY_DEVELOP, STOLT_CATEGORY_RECRUIT,
  STOLT_CATEGORY_PHASE_OUT,
};

static const StoltCategory aruba_categories[] = {
  STOLT_CATEGORY_ATTRACT, STOLT_CATEGORY_RECRUIT, STOLT_CATEGORY_DEVELOP,
  STOLT_CATEGORY_RETAIN, STOLT_CATEGORY_PHASE_OUT,
};

/* Fills @categories with the set's categories in the order the users
 * know them (KS: mobilisere, utvikle, rekruttere, avvikle; ARUBA:
 * attrahera, rekrytera, utveckla, behålla, avveckla); returns how many. */
guint
stolt_category_set_list (StoltCategorySet  set,
                         StoltCategory    *categories,
                         guint             n_categories)
{
  const StoltCategory *list = set == STOLT_CATEGORY_SET_ARUBA ? aruba_categories : ks_categories;
  guint n = set == STOLT_CATEGORY_SET_ARUBA ? G_N_ELEMENTS (aruba_categories)
                                            : G_N_ELEMENTS (ks_categories);

  for (guint i = 0; i < MIN (n, n_categories); i++)
    categories[i] = list[i];

  return n;
}

gboolean
stolt_category_in_set (StoltCategorySet set,
                       StoltCategory    category)
{
  StoltCategory list[8];
  guint n = stolt_category_set_list (set, list, G_N_ELEMENTS (list));

  for (guint i = 0; i < n; i++)
    if (list[i] == category)
      return TRUE;

  return category == STOLT_CATEGORY_NONE;
}
