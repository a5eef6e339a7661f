/* stolt-swot-matrix.c — the 2×2 SWOT matrix
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Strengths and weaknesses are internal (the top row), opportunities and
 * threats external; strengths and opportunities helpful (the left
 * column), weaknesses and threats harmful.  The matrix listens to the
 * project and tells each quadrant what changed: a change in the list
 * or of an item's quadrant or group re-syncs the lists, a vote or a text
 * updates one row (and its lead's).
 */

#define G_LOG_DOMAIN "stolt-swot"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stolt-swot-edit.h"
#include "stolt-swot-matrix.h"
#include "stolt-swot-quadrant.h"

struct _StoltSwotMatrix
{
  GtkWidget          parent_instance;

  /* Owned widgets */
  GtkWidget         *overlay;
  GtkWidget         *grid;
  GtkWidget         *quadrants[4];
  GtkWidget         *dots_left;

  /* Owned references */
  StoltProject      *project;
  StoltSwotAnalysis *analysis;
  GSignalGroup      *project_signals;

  gboolean           presenting;
  gboolean           editable;
};

G_DEFINE_FINAL_TYPE (StoltSwotMatrix, stolt_swot_matrix, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PRESENTING,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static StoltSwotQuadrant *
quadrant_widget (StoltSwotMatrix *self,
                 int              quadrant)
{
  return STOLT_SWOT_QUADRANT (self->quadrants[quadrant]);
}

static void
update_dots_left (StoltSwotMatrix *self)
{
  int left = self->analysis != NULL ? stolt_swot_dots_left (self->analysis) : -1;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->dots_left, left >= 0);
  if (left < 0)
    return;
  /* Translators: dot voting, the dots the whole room has not used yet */
  text = g_strdup_printf (ngettext ("%d dot left", "%d dots left", left), left);
  gtk_inscription_set_text (GTK_INSCRIPTION (self->dots_left), text);
}

/* Rows are made and updated by the sync; the rest keep what they show */
static void
sync_all (StoltSwotMatrix *self)
{
  for (int q = 0; q < 4; q++)
    stolt_swot_quadrant_sync (quadrant_widget (self, q));
  update_dots_left (self);
}

static void
update_item (StoltSwotMatrix *self,
             StoltSwotItem   *item)
{
  gint64 lead = stolt_swot_item_get_cluster (item);

  if (lead != 0)
    item = STOLT_SWOT_ITEM (stolt_project_lookup (self->project, lead));
  if (item != NULL)
    stolt_swot_quadrant_update_item (quadrant_widget (self, stolt_swot_item_get_quadrant (item)),
                                     item);
}

/* An item added or moved in place touches only its own quadrant; a
 * removal (the item is gone, its quadrant unknown here) all four */
static void
children_changed_cb (StoltSwotMatrix *self,
                     StoltRecord     *owner,
                     guint            list,
                     guint            position,
                     guint            removed,
                     guint            added)
{
  g_autoptr(StoltSwotItem) item = NULL;

  if (owner != STOLT_RECORD (self->analysis) || list != 0)
    return;
  if (added == 1 && removed <= 1)
    item = g_list_model_get_item (stolt_record_get_children (owner, 0), position);
  if (item == NULL)
    {
      sync_all (self);
      return;
    }
  stolt_swot_quadrant_sync (quadrant_widget (self, stolt_swot_item_get_quadrant (item)));
  update_dots_left (self);
}

static void
record_changed_cb (StoltSwotMatrix *self,
                   StoltRecord     *record,
                   const char      *field)
{
  if (self->analysis == NULL)
    return;

  if (record == STOLT_RECORD (self->analysis))
    {
      if (g_str_equal (field, "votes-revealed"))
        for (int q = 0; q < 4; q++)
          stolt_swot_quadrant_update_all (quadrant_widget (self, q));
      update_dots_left (self);
      return;
    }

  if (!STOLT_IS_SWOT_ITEM (record) || stolt_record_get_parent (record) != STOLT_RECORD (self->analysis))
    return;

  if (g_str_equal (field, "quadrant"))
    sync_all (self);
  else if (g_str_equal (field, "cluster"))
    {
      gint64 lead = stolt_swot_item_get_cluster (STOLT_SWOT_ITEM (record));
      StoltRecord *lead_item = lead != 0 ? stolt_project_lookup (self->project, lead) : NULL;

      sync_all (self);
      for (int q = 0; q < 4; q++)
        stolt_swot_quadrant_update_leads (quadrant_widget (self, q),
                                          lead_item != NULL ? STOLT_SWOT_ITEM (lead_item) : NULL);
    }
  else
    update_item (self, STOLT_SWOT_ITEM (record));
  if (g_str_equal (field, "votes"))
    update_dots_left (self);
}

void
stolt_swot_matrix_set_analysis (StoltSwotMatrix   *self,
                                StoltProject      *project,
                                StoltSwotAnalysis *analysis)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  g_set_object (&self->project, project);
  g_set_object (&self->analysis, analysis);
  g_signal_group_set_target (self->project_signals, project);
  for (int q = 0; q < 4; q++)
    stolt_swot_quadrant_set_analysis (quadrant_widget (self, q), project, analysis);
  sync_all (self);
}

StoltSwotAnalysis *
stolt_swot_matrix_get_analysis (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), NULL);
  return self->analysis;
}

GtkWidget *
stolt_swot_matrix_get_quadrant (StoltSwotMatrix *self,
                                StoltQuadrant    quadrant)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), NULL);
  g_return_val_if_fail (quadrant <= STOLT_QUADRANT_THREATS, NULL);
  return self->quadrants[quadrant];
}

gboolean
stolt_swot_matrix_get_presenting (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return self->presenting;
}

void
stolt_swot_matrix_set_presenting (StoltSwotMatrix *self,
                                  gboolean         presenting)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  for (int q = 0; q < 4; q++)
    {
      stolt_swot_quadrant_set_presenting (quadrant_widget (self, q), presenting);
      stolt_swot_quadrant_update_all (quadrant_widget (self, q));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

gboolean
stolt_swot_matrix_get_editable (StoltSwotMatrix *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return self->editable;
}

/* A read-only file: the items show, nothing changes them */
void
stolt_swot_matrix_set_editable (StoltSwotMatrix *self,
                                gboolean         editable)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  for (int q = 0; q < 4; q++)
    gtk_widget_set_sensitive (stolt_swot_quadrant_get_entry (quadrant_widget (self, q)), editable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
stolt_swot_matrix_focus_entry (StoltSwotMatrix *self,
                               StoltQuadrant    quadrant)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return gtk_widget_grab_focus (stolt_swot_quadrant_get_entry (quadrant_widget (self, quadrant)));
}

gboolean
stolt_swot_matrix_focus_item (StoltSwotMatrix *self,
                              StoltSwotItem   *item)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);
  return stolt_swot_quadrant_focus_item (quadrant_widget (self, stolt_swot_item_get_quadrant (item)),
                                         item);
}

/* Drag and drop and the keys end here, so that the focus follows */
gboolean
stolt_swot_matrix_cluster (StoltSwotMatrix *self,
                           StoltSwotItem   *item,
                           StoltSwotItem   *lead)
{
  g_return_val_if_fail (STOLT_IS_SWOT_MATRIX (self), FALSE);

  if (!self->editable || !stolt_swot_cluster_items (self->project, item, lead))
    return FALSE;
  stolt_swot_matrix_focus_item (self, lead);
  return TRUE;
}

void
stolt_swot_matrix_place (StoltSwotMatrix *self,
                         StoltSwotItem   *item,
                         StoltQuadrant    quadrant,
                         StoltSwotItem   *before)
{
  g_return_if_fail (STOLT_IS_SWOT_MATRIX (self));

  if (!self->editable || stolt_record_get_parent (STOLT_RECORD (item)) != STOLT_RECORD (self->analysis))
    return;
  stolt_swot_place_item (self->project, item, quadrant, before);
  stolt_swot_matrix_focus_item (self, item);
}

static void
stolt_swot_matrix_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StoltSwotMatrix *self = STOLT_SWOT_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_swot_matrix_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  StoltSwotMatrix *self = STOLT_SWOT_MATRIX (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      stolt_swot_matrix_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_EDITABLE:
      stolt_swot_matrix_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stolt_swot_matrix_dispose (GObject *object)
{
  StoltSwotMatrix *self = STOLT_SWOT_MATRIX (object);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->analysis);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (stolt_swot_matrix_parent_class)->dispose (object);
}

static void
stolt_swot_matrix_class_init (StoltSwotMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_swot_matrix_dispose;
  object_class->get_property = stolt_swot_matrix_get_property;
  object_class->set_property = stolt_swot_matrix_set_property;

  /**
   * StoltSwotMatrix:presenting:
   *
   * For a projector: no editing chrome (sort and item menus), large type.
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "swot-matrix");
}

static GtkWidget *
axis_label (const char *text,
            gboolean    vertical)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "swot-axis");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (vertical)
    {
      gtk_label_set_max_width_chars (GTK_LABEL (label), 8);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
    }
  return label;
}

static void
stolt_swot_matrix_init (StoltSwotMatrix *self)
{
  GtkGrid *grid;

  self->editable = TRUE;
  self->grid = gtk_grid_new ();
  grid = GTK_GRID (self->grid);
  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_grid_set_row_homogeneous (grid, FALSE);

  /* An inscription, not a label: its text changes with every vote, and
   * a label would make the whole matrix measure its items again */
  self->dots_left = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (self->dots_left), 16);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (self->dots_left), 20);
  gtk_widget_add_css_class (self->dots_left, "swot-dots-left");
  gtk_widget_add_css_class (self->dots_left, "heading");
  gtk_widget_set_halign (self->dots_left, GTK_ALIGN_START);
  gtk_widget_set_valign (self->dots_left, GTK_ALIGN_START);
  /* Over the grid, above the axis labels */
  self->overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), self->grid);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->dots_left);
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));
  /* Translators: the SWOT matrix's axes: strengths and opportunities are
   * helpful, weaknesses and threats harmful */
  gtk_grid_attach (grid, axis_label (_("Helpful"), FALSE), 1, 0, 1, 1);
  gtk_grid_attach (grid, axis_label (_("Harmful"), FALSE), 2, 0, 1, 1);
  /* Translators: the SWOT matrix's axes: strengths and weaknesses come
   * from inside the organisation, opportunities and threats from outside */
  gtk_grid_attach (grid, axis_label (_("Internal"), TRUE), 0, 1, 1, 1);
  gtk_grid_attach (grid, axis_label (_("External"), TRUE), 0, 2, 1, 1);

  for (int q = 0; q < 4; q++)
    {
      self->quadrants[q] = stolt_swot_quadrant_new (q);
      gtk_widget_set_hexpand (self->quadrants[q], TRUE);
      gtk_widget_set_vexpand (self->quadrants[q], TRUE);
      gtk_grid_attach (grid, self->quadrants[q], 1 + q % 2, 1 + q / 2, 1, 1);
    }
  gtk_widget_set_size_request (self->quadrants[0], 200, 160);

  self->project_signals = g_signal_group_new (STOLT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "children-changed",
                                  G_CALLBACK (children_changed_cb), self);
  g_signal_group_connect_swapped (self->project_signals, "record-changed",
                                  G_CALLBACK (record_changed_cb), self);
}

GtkWidget *
stolt_swot_matrix_new (void)
{
  return g_object_new (STOLT_TYPE_SWOT_MATRIX, NULL);
}
