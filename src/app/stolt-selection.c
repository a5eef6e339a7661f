/* stolt-selection.c — the record selected in a window, shared by its pages
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-selection"

#include "config.h"

#include "stolt-selection.h"

struct _StoltSelection
{
  GObject      parent_instance;

  /* Owned references */
  StoltRecord *record;
};

G_DEFINE_FINAL_TYPE (StoltSelection, stolt_selection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
stolt_selection_dispose (GObject *object)
{
  StoltSelection *self = STOLT_SELECTION (object);

  g_clear_object (&self->record);

  G_OBJECT_CLASS (stolt_selection_parent_class)->dispose (object);
}

static void
stolt_selection_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StoltSelection *self = STOLT_SELECTION (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_selection_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  StoltSelection *self = STOLT_SELECTION (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      stolt_selection_set_record (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_selection_class_init (StoltSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = stolt_selection_dispose;
  object_class->get_property = stolt_selection_get_property;
  object_class->set_property = stolt_selection_set_property;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, STOLT_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stolt_selection_init (StoltSelection *self)
{
}

StoltSelection *
stolt_selection_new (void)
{
  return g_object_new (STOLT_TYPE_SELECTION, NULL);
}

StoltRecord *
stolt_selection_get_record (StoltSelection *self)
{
  g_return_val_if_fail (STOLT_IS_SELECTION (self), NULL);

  return self->record;
}

void
stolt_selection_set_record (StoltSelection *self,
                            StoltRecord    *record)
{
  g_return_if_fail (STOLT_IS_SELECTION (self));
  g_return_if_fail (record == NULL || STOLT_IS_RECORD (record));

  if (g_set_object (&self->record, record))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}
