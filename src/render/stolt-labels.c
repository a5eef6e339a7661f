/* stolt-labels.c — what the closed sets of values are called
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The users' words are in GLOSSARY.md; the comments for translators
 * repeat them.
 */

#define G_LOG_DOMAIN "stolt-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-enum-types.h"
#include "stolt-labels.h"

static const char *const status_labels[] = {
  /* Translators: status of a milestone or measure; sv "Planerad", nb "Planlagt" */
  [STOLT_STATUS_PLANNED] = N_("Planned"),
  /* Translators: status; sv "Pågår", nb "Pågår" */
  [STOLT_STATUS_IN_PROGRESS] = N_("In progress"),
  /* Translators: status; sv "Klar", nb "Ferdig" */
  [STOLT_STATUS_DONE] = N_("Done"),
};

static const char *const quadrant_labels[] = {
  /* Translators: SWOT quadrant; sv "Styrkor", nb "Styrker" */
  [STOLT_QUADRANT_STRENGTHS] = N_("Strengths"),
  /* Translators: SWOT quadrant; sv "Svagheter", nb "Svakheter" */
  [STOLT_QUADRANT_WEAKNESSES] = N_("Weaknesses"),
  /* Translators: SWOT quadrant; sv "Möjligheter", nb "Muligheter" */
  [STOLT_QUADRANT_OPPORTUNITIES] = N_("Opportunities"),
  /* Translators: SWOT quadrant; sv "Hot", nb "Trusler" */
  [STOLT_QUADRANT_THREATS] = N_("Threats"),
};

/* The TOWS kinds keep their letters in every language (SO, ST, WO, WT) */
static const char *const strategy_labels[] = {
  [STOLT_STRATEGY_SO] = "SO",
  [STOLT_STRATEGY_ST] = "ST",
  [STOLT_STRATEGY_WO] = "WO",
  [STOLT_STRATEGY_WT] = "WT",
};

static const char *const strategy_descriptions[] = {
  /* Translators: TOWS strategy SO; sv "styrkor", "möjligheter"; nb "styrker", "muligheter" */
  [STOLT_STRATEGY_SO] = N_("Use strengths to seize opportunities"),
  /* Translators: TOWS strategy ST; sv "styrkor", "hot"; nb "styrker", "trusler" */
  [STOLT_STRATEGY_ST] = N_("Use strengths to meet threats"),
  /* Translators: TOWS strategy WO; sv "svagheter", "möjligheter"; nb "svakheter", "muligheter" */
  [STOLT_STRATEGY_WO] = N_("Overcome weaknesses by seizing opportunities"),
  /* Translators: TOWS strategy WT; sv "svagheter", "hot"; nb "svakheter", "trusler" */
  [STOLT_STRATEGY_WT] = N_("Reduce weaknesses and avoid threats"),
};

static const char *const category_labels[] = {
  /* Translators: a measure without a category */
  [STOLT_CATEGORY_NONE] = N_("No category"),
  /* Translators: KS measure category; nb "Mobilisere" */
  [STOLT_CATEGORY_MOBILISE] = N_("Mobilise"),
  /* Translators: ARUBA measure category; sv "Attrahera" */
  [STOLT_CATEGORY_ATTRACT] = N_("Attract"),
  /* Translators: KS and ARUBA measure category; sv "Rekrytera", nb "Rekruttere" */
  [STOLT_CATEGORY_RECRUIT] = N_("Recruit"),
  /* Translators: KS and ARUBA measure category; sv "Utveckla", nb "Utvikle" */
  [STOLT_CATEGORY_DEVELOP] = N_("Develop"),
  /* Translators: ARUBA measure category; sv "Behålla" */
  [STOLT_CATEGORY_RETAIN] = N_("Retain"),
  /* Translators: KS and ARUBA measure category; sv "Avveckla", nb "Avvikle" */
  [STOLT_CATEGORY_PHASE_OUT] = N_("Phase out"),
};

static const char *const category_set_labels[] = {
  /* Translators: the Norwegian KS set of measure categories */
  [STOLT_CATEGORY_SET_KS] = N_("KS (mobilise, develop, recruit, phase out)"),
  /* Translators: the Swedish ARUBA set of measure categories */
  [STOLT_CATEGORY_SET_ARUBA] = N_("ARUBA (attract, recruit, develop, retain, phase out)"),
};

static const char *const member_group_labels[] = {
  /* Translators: member group; sv "Projektgrupp", nb "Prosjektgruppe" */
  [STOLT_MEMBER_GROUP_PROJECT_GROUP] = N_("Project group"),
  /* Translators: member group; sv "Styrgrupp", nb "Styringsgruppe" */
  [STOLT_MEMBER_GROUP_STEERING_GROUP] = N_("Steering group"),
  /* Translators: member group; sv "Fackliga företrädare", nb "Tillitsvalgte" */
  [STOLT_MEMBER_GROUP_UNION] = N_("Union representatives"),
  /* Translators: member group; sv "Politiker", nb "Folkevalgte" */
  [STOLT_MEMBER_GROUP_POLITICIANS] = N_("Politicians"),
  /* Translators: member group; sv "Chefer", nb "Ledere" */
  [STOLT_MEMBER_GROUP_MANAGERS] = N_("Managers"),
  /* Translators: member group; sv "Medarbetare", nb "Medarbeidere" */
  [STOLT_MEMBER_GROUP_EMPLOYEES] = N_("Employees"),
  /* Translators: member group; sv "Skyddsombud", nb "Verneombud" */
  [STOLT_MEMBER_GROUP_SAFETY] = N_("Safety representatives"),
  /* Translators: member group */
  [STOLT_MEMBER_GROUP_OTHER] = N_("Others"),
};

static const StoltCategory ks_categories[] = {
  STOLT_CATEGORY_MOBILISE, STOLT_CATEGORY_DEVELOP, STOLT_CATEGORY_RECRUIT,
  STOLT_CATEGORY_PHASE_OUT,
};

static const StoltCategory aruba_categories[] = {
  STOLT_CATEGORY_ATTRACT, STOLT_CATEGORY_RECRUIT, STOLT_CATEGORY_DEVELOP,
  STOLT_CATEGORY_RETAIN, STOLT_CATEGORY_PHASE_OUT,
};

static const char *
lookup (const char *const *labels,
        guint              n_labels,
        int                value)
{
  if (value < 0 || (guint) value >= n_labels || labels[value] == NULL)
    return "";
  return g_dgettext (GETTEXT_PACKAGE, labels[value]);
}

const char *
stolt_label_status (StoltStatus status,
                    gboolean    late)
{
  if (late)
    /* Translators: derived status of a milestone or measure past its date;
     * sv "Försenad", nb "Forsinket" */
    return _("Late");
  return lookup (status_labels, G_N_ELEMENTS (status_labels), status);
}

const char *
stolt_label_quadrant (StoltQuadrant quadrant)
{
  return lookup (quadrant_labels, G_N_ELEMENTS (quadrant_labels), quadrant);
}

const char *
stolt_label_strategy (StoltStrategyKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (strategy_labels))
    return "";
  return strategy_labels[kind];
}

const char *
stolt_label_strategy_description (StoltStrategyKind kind)
{
  return lookup (strategy_descriptions, G_N_ELEMENTS (strategy_descriptions), kind);
}

const char *
stolt_label_category (StoltCategory category)
{
  return lookup (category_labels, G_N_ELEMENTS (category_labels), category);
}

const char *
stolt_label_category_set (StoltCategorySet set)
{
  return lookup (category_set_labels, G_N_ELEMENTS (category_set_labels), set);
}

const char *
stolt_label_member_group (StoltMemberGroup group)
{
  return lookup (member_group_labels, G_N_ELEMENTS (member_group_labels), group);
}

/**
 * stolt_label_for_enum:
 * @enum_type: one of the model's enum types (STOLT_TYPE_STATUS …)
 *
 * Returns: the translated label, "" for a value or type it does not know
 */
const char *
stolt_label_for_enum (GType enum_type,
                      int   value)
{
  if (enum_type == STOLT_TYPE_STATUS)
    return stolt_label_status (value, FALSE);
  if (enum_type == STOLT_TYPE_QUADRANT)
    return stolt_label_quadrant (value);
  if (enum_type == STOLT_TYPE_STRATEGY_KIND)
    return stolt_label_strategy (value);
  if (enum_type == STOLT_TYPE_CATEGORY)
    return stolt_label_category (value);
  if (enum_type == STOLT_TYPE_CATEGORY_SET)
    return stolt_label_category_set (value);
  if (enum_type == STOLT_TYPE_MEMBER_GROUP)
    return stolt_label_member_group (value);
  return "";
}

/**
 * stolt_categories_for_set:
 *
 * Returns: (array length=n_categories): the categories a project with
 *   this set offers, in the set's own order (KS: mobilise, develop,
 *   recruit, phase out; ARUBA: attract, recruit, develop, retain, phase out)
 */
const StoltCategory *
stolt_categories_for_set (StoltCategorySet  set,
                          guint            *n_categories)
{
  if (set == STOLT_CATEGORY_SET_ARUBA)
    {
      *n_categories = G_N_ELEMENTS (aruba_categories);
      return aruba_categories;
    }
  *n_categories = G_N_ELEMENTS (ks_categories);
  return ks_categories;
}

/* "Late" is derived, never stored (DESIGN.md): not done, and its day has
 * passed */
gboolean
stolt_status_is_late (int     status,
                      guint32 due,
                      guint32 today)
{
  return status != STOLT_STATUS_DONE && due != 0 && today != 0 && due < today;
}
