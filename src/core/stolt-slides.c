/* stolt-slides.c — which slides a presentation shows, in which order
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-slides"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-model-error.h"
#include "stolt-project-private.h"
#include "stolt-slides.h"

/* "-value:" and an id of at most 18 digits: no key Stolt writes is longer */
#define MAX_KEY_LENGTH 32

void
stolt_slide_free (StoltSlide *slide)
{
  if (slide == NULL)
    return;
  g_free (slide->key);
  g_clear_object (&slide->record);
  g_free (slide);
}

static gboolean
is_id (const char *text)
{
  gsize length = strlen (text);

  if (length == 0 || length > 18 || text[0] == '0')
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_key (const char *key)
{
  if (*key == '-')
    key++;
  if (strcmp (key, "card") == 0 || strcmp (key, "milestones") == 0 ||
      strcmp (key, "timeline") == 0)
    return TRUE;
  if (g_str_has_prefix (key, "swot:"))
    return is_id (key + strlen ("swot:"));
  if (g_str_has_prefix (key, "value:"))
    return is_id (key + strlen ("value:"));
  return FALSE;
}

/**
 * stolt_slides_check_text:
 *
 * Empty (the default order), or slide keys, each optionally hidden with a
 * leading "-", separated by single spaces.
 */
gboolean
stolt_slides_check_text (const char  *text,
                         GError     **error)
{
  g_auto(GStrv) keys = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  keys = g_strsplit (text, " ", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    if (strlen (keys[i]) > MAX_KEY_LENGTH || !is_key (keys[i]))
      {
        g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_TEXT,
                     _("The order of the slides is not valid"));
        return FALSE;
      }
  return TRUE;
}

static StoltSlide *
slide_new (StoltSlideKind  kind,
           StoltRecord    *record)
{
  StoltSlide *slide = g_new0 (StoltSlide, 1);

  slide->kind = kind;
  slide->record = record != NULL ? g_object_ref (record) : NULL;
  switch (kind)
    {
    case STOLT_SLIDE_CARD:
      slide->key = g_strdup ("card");
      break;
    case STOLT_SLIDE_MILESTONES:
      slide->key = g_strdup ("milestones");
      break;
    case STOLT_SLIDE_TIMELINE:
      slide->key = g_strdup ("timeline");
      break;
    case STOLT_SLIDE_SWOT:
      slide->key = g_strdup_printf ("swot:%" G_GINT64_FORMAT, stolt_record_get_id (record));
      break;
    case STOLT_SLIDE_VALUE:
      slide->key = g_strdup_printf ("value:%" G_GINT64_FORMAT, stolt_record_get_id (record));
      break;
    default:
      g_assert_not_reached ();
    }
  return slide;
}

/* The slides in the order of a project without a saved order */
static GPtrArray *
default_slides (StoltProject *project)
{
  GPtrArray *slides = g_ptr_array_new_with_free_func ((GDestroyNotify) stolt_slide_free);
  GListModel *analyses = stolt_project_get_list (project, STOLT_LIST_SWOT_ANALYSES);
  GListModel *documents = stolt_project_get_list (project, STOLT_LIST_VALUES_DOCUMENTS);

  g_ptr_array_add (slides, slide_new (STOLT_SLIDE_CARD, NULL));
  g_ptr_array_add (slides, slide_new (STOLT_SLIDE_MILESTONES, NULL));
  g_ptr_array_add (slides, slide_new (STOLT_SLIDE_TIMELINE, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (analyses); i++)
    {
      g_autoptr(StoltRecord) analysis = g_list_model_get_item (analyses, i);

      g_ptr_array_add (slides, slide_new (STOLT_SLIDE_SWOT, analysis));
    }
  for (guint d = 0; d < g_list_model_get_n_items (documents); d++)
    {
      g_autoptr(StoltRecord) document = g_list_model_get_item (documents, d);
      GListModel *values = stolt_record_get_children (document, 0);

      for (guint i = 0; i < g_list_model_get_n_items (values); i++)
        {
          g_autoptr(StoltRecord) value = g_list_model_get_item (values, i);

          g_ptr_array_add (slides, slide_new (STOLT_SLIDE_VALUE, value));
        }
    }
  return slides;
}

static int
find_key (GPtrArray  *slides,
          const char *key)
{
  for (guint i = 0; i < slides->len; i++)
    if (strcmp (((StoltSlide *) g_ptr_array_index (slides, i))->key, key) == 0)
      return (int) i;
  return -1;
}

GPtrArray *
stolt_slides_list (StoltProject *project)
{
  const char *text;
  g_autoptr(GPtrArray) defaults = NULL;
  g_auto(GStrv) keys = NULL;
  GPtrArray *slides;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), NULL);

  defaults = default_slides (project);
  text = stolt_project_card_get_slides (stolt_project_get_card (project));
  if (*text == '\0')
    return g_steal_pointer (&defaults);

  /* The saved keys whose slides exist, in their order; each once */
  slides = g_ptr_array_new_with_free_func ((GDestroyNotify) stolt_slide_free);
  keys = g_strsplit (text, " ", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      gboolean hidden = keys[i][0] == '-';
      const char *key = hidden ? keys[i] + 1 : keys[i];
      int at = find_key (defaults, key);
      StoltSlide *slide;

      if (at < 0 || find_key (slides, key) >= 0)
        continue;
      slide = slide_new (((StoltSlide *) g_ptr_array_index (defaults, at))->kind,
                         ((StoltSlide *) g_ptr_array_index (defaults, at))->record);
      slide->hidden = hidden;
      g_ptr_array_add (slides, slide);
    }

  /* The others where they come by default: after the slide before them */
  for (guint i = 0; i < defaults->len; i++)
    {
      StoltSlide *missing = g_ptr_array_index (defaults, i);
      guint position = 0;

      if (find_key (slides, missing->key) >= 0)
        continue;
      for (guint j = i; j > 0; j--)
        {
          int before = find_key (slides, ((StoltSlide *) g_ptr_array_index (defaults, j - 1))->key);

          if (before >= 0)
            {
              position = (guint) before + 1;
              break;
            }
        }
      g_ptr_array_insert (slides, (int) position, slide_new (missing->kind, missing->record));
    }

  return slides;
}

int
stolt_slides_find (StoltProject *project,
                   const char   *key)
{
  g_autoptr(GPtrArray) slides = NULL;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), -1);
  g_return_val_if_fail (key != NULL, -1);

  slides = stolt_slides_list (project);
  return find_key (slides, key);
}

/* Writes @slides as the saved order: one step called @label */
static gboolean
save_order (StoltProject *project,
            GPtrArray    *slides,
            const char   *label,
            GError      **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean ok;

  for (guint i = 0; i < slides->len; i++)
    {
      StoltSlide *slide = g_ptr_array_index (slides, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      if (slide->hidden)
        g_string_append_c (text, '-');
      g_string_append (text, slide->key);
    }

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text->str);
  /* A group, sealed on both sides: two moves in a row are two steps */
  stolt_project_begin_group (project, label);
  ok = _stolt_project_set_internal (project, STOLT_RECORD (stolt_project_get_card (project)),
                                    "slides", &value, error);
  stolt_project_end_group (project);
  return ok;
}

static gboolean
lookup (GPtrArray   *slides,
        const char  *key,
        guint       *position,
        GError     **error)
{
  int at = find_key (slides, key);

  if (at < 0)
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_REFERENCE,
                   _("There is no such slide"));
      return FALSE;
    }
  *position = (guint) at;
  return TRUE;
}

/**
 * stolt_slides_move:
 * @position: where @key goes in stolt_slides_list(); past the end is last
 *
 * One step, "Move Slide".  Moving a slide where it is changes nothing.
 */
gboolean
stolt_slides_move (StoltProject *project,
                   const char   *key,
                   guint         position,
                   GError      **error)
{
  g_autoptr(GPtrArray) slides = NULL;
  StoltSlide *slide;
  guint from;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  slides = stolt_slides_list (project);
  if (!lookup (slides, key, &from, error))
    return FALSE;
  position = MIN (position, slides->len - 1);
  if (position == from)
    return TRUE;

  slide = g_ptr_array_steal_index (slides, from);
  g_ptr_array_insert (slides, (int) position, slide);
  return save_order (project, slides, _("Move Slide"), error);
}

/**
 * stolt_slides_set_hidden:
 *
 * One step, "Hide Slide" or "Show Slide".  The last slide shown cannot
 * be hidden: a presentation always has something to show.
 */
gboolean
stolt_slides_set_hidden (StoltProject *project,
                         const char   *key,
                         gboolean      hidden,
                         GError      **error)
{
  g_autoptr(GPtrArray) slides = NULL;
  StoltSlide *slide;
  guint at, shown = 0;

  g_return_val_if_fail (STOLT_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  slides = stolt_slides_list (project);
  if (!lookup (slides, key, &at, error))
    return FALSE;
  slide = g_ptr_array_index (slides, at);
  if (slide->hidden == !!hidden)
    return TRUE;

  for (guint i = 0; i < slides->len; i++)
    if (!((StoltSlide *) g_ptr_array_index (slides, i))->hidden)
      shown++;
  if (hidden && shown <= 1)
    {
      g_set_error (error, STOLT_MODEL_ERROR, STOLT_MODEL_ERROR_RANGE,
                   _("At least one slide must be shown"));
      return FALSE;
    }

  slide->hidden = !!hidden;
  return save_order (project, slides, hidden ? _("Hide Slide") : _("Show Slide"), error);
}
