/* stolt-swot-strategies.c — TOWS strategies of a SWOT analysis
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four boxes, one per kind.  A box lists its strategies (each with the
 * items it combines and its measure with that measure's status, or a
 * "Make Measure" button) and has an entry and two pickers, of the
 * internal and the external items the kind combines.  The lists are
 * few and short, so they are rebuilt whenever something they show
 * changes.
 */

#define G_LOG_DOMAIN "stolt-swot"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-labels.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-strategies.h"
#include "stolt-wrap-box.h"

typedef struct
{
  GtkWidget *list;
  GtkWidget *entry;
  GtkWidget *pickers[2];   /* internal, external */
  GPtrArray *choices[2];   /* the items each picker offers after "—" */
} KindBox;

struct _StoltSwotStrategies
{
  GtkWidget          parent_instance;

  /* Owned widgets */
  GtkWidget         *scrolled;
  KindBox            kinds[4];

  /* Owned references */
  StoltProject      *project;
  StoltSwotAnalysis *analysis;
  StoltSelection    *selection;
  GSignalGroup      *project_signals;

  gboolean           editable;
};

G_DEFINE_FINAL_TYPE (StoltSwotStrategies, stolt_swot_strategies, GTK_TYPE_WIDGET)

static char *
items_text (StoltProject      *project,
            StoltSwotStrategy *strategy)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const gint64 *ids;
  guint n;

  ids = stolt_swot_strategy_get_items (strategy, &n);
  for (guint i = 0; i < n; i++)
    {
      StoltRecord *item = stolt_project_lookup (project, ids[i]);

      if (item == NULL || !STOLT_IS_SWOT_ITEM (item))
        continue;
      g_string_append_printf (text, "%s%s: %s", text->len > 0 ? "\n" : "",
                              stolt_enum_get_label (STOLT_TYPE_QUADRANT,
                                                    stolt_swot_item_get_quadrant (STOLT_SWOT_ITEM (item))),
                              stolt_swot_item_get_text (STOLT_SWOT_ITEM (item)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Short enough that two cards stand side by side in a wide window */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
measure_part (StoltSwotStrategies *self,
              StoltSwotStrategy   *strategy)
{
  StoltMeasure *measure = stolt_swot_strategy_find_measure (self->project, strategy);
  gint64 id = stolt_record_get_id (STOLT_RECORD (strategy));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;

  if (measure == NULL)
    {
      button = gtk_button_new_with_mnemonic (_("_Make Measure"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tows.make-measure");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
      gtk_widget_set_tooltip_text (button, _("Add a measure to the action programme for this strategy"));
      gtk_widget_set_sensitive (button, self->editable);
      gtk_box_append (GTK_BOX (box), button);
    }
  else
    {
      /* Translators: under a TOWS strategy: its measure and the measure's
       * status, e.g. "Measure: Mentor programme (in progress)" */
      g_autofree char *text =
        g_strdup_printf (_("Measure: %s (%s)"), stolt_measure_get_title (measure),
                         stolt_enum_get_label (STOLT_TYPE_STATUS, stolt_measure_get_status (measure)));
      GtkWidget *label = wrapped_label (text, "swot-strategy-measure");

      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      button = gtk_button_new_with_mnemonic (_("Show in _Plan"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tows.show-measure");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                        stolt_record_get_id (STOLT_RECORD (measure)));
      gtk_box_append (GTK_BOX (box), button);
    }

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tows.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_widget_set_tooltip_text (button, _("Remove Strategy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Strategy"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, self->editable);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_hexpand (button, measure == NULL);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static GtkWidget *
strategy_row (StoltSwotStrategies *self,
              StoltSwotStrategy   *strategy)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *items = items_text (self->project, strategy);

  gtk_box_append (GTK_BOX (box), wrapped_label (stolt_swot_strategy_get_text (strategy), NULL));
  if (*items != '\0')
    gtk_box_append (GTK_BOX (box), wrapped_label (items, "dim-label"));
  gtk_box_append (GTK_BOX (box), measure_part (self, strategy));
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  stolt_swot_strategy_get_text (strategy), -1);
  return row;
}

static void
refresh_lists (StoltSwotStrategies *self)
{
  GListModel *strategies;

  for (int k = 0; k < 4; k++)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (self->kinds[k].list)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (self->kinds[k].list), child);
    }
  if (self->analysis == NULL)
    return;

  strategies = stolt_record_get_children (STOLT_RECORD (self->analysis), 1);
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(StoltSwotStrategy) strategy = g_list_model_get_item (strategies, i);
      StoltStrategyKind kind = stolt_swot_strategy_get_kind (strategy);

      gtk_list_box_append (GTK_LIST_BOX (self->kinds[kind].list), strategy_row (self, strategy));
    }
}

/* Each picker offers "—" and the items of its quadrant, keeping its
 * choice when the list changes */
static void
refresh_pickers (StoltSwotStrategies *self)
{
  for (int k = 0; k < 4; k++)
    {
      StoltQuadrant quadrants[2];

      stolt_strategy_kind_quadrants (k, &quadrants[0], &quadrants[1]);
      for (int side = 0; side < 2; side++)
        {
          KindBox *box = &self->kinds[k];
          GtkDropDown *picker = GTK_DROP_DOWN (box->pickers[side]);
          guint chosen = gtk_drop_down_get_selected (picker);
          gpointer previous = chosen > 0 && box->choices[side] != NULL && chosen <= box->choices[side]->len
                              ? g_object_ref (box->choices[side]->pdata[chosen - 1]) : NULL;
          g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
          guint index = 0;

          g_clear_pointer (&box->choices[side], g_ptr_array_unref);
          box->choices[side] = self->analysis != NULL
                               ? stolt_swot_quadrant_items (self->analysis, quadrants[side])
                               : g_ptr_array_new ();
          g_ptr_array_set_free_func (box->choices[side], NULL);
          for (guint i = 0; i < box->choices[side]->len; i++)
            g_object_ref (box->choices[side]->pdata[i]);
          g_ptr_array_set_free_func (box->choices[side], g_object_unref);

          gtk_string_list_append (strings, "—");
          for (guint i = 0; i < box->choices[side]->len; i++)
            {
              gtk_string_list_append (strings, stolt_swot_item_get_text (box->choices[side]->pdata[i]));
              if (box->choices[side]->pdata[i] == previous)
                index = i + 1;
            }
          gtk_drop_down_set_model (picker, G_LIST_MODEL (strings));
          gtk_drop_down_set_selected (picker, index);
          g_clear_object (&previous);
        }
    }
}

static void
children_changed_cb (StoltSwotStrategies *self,
                     StoltRecord         *owner,
                     guint                list)
{
  if (self->analysis == NULL)
    return;
  if (owner == STOLT_RECORD (self->analysis) && list == 0)
    {
      refresh_pickers (self);
      refresh_lists (self);
    }
  else if (owner == STOLT_RECORD (self->analysis) ||
           (owner == STOLT_RECORD (stolt_project_get_card (self->project)) &&
            list == STOLT_LIST_MEASURES))
    refresh_lists (self);
}

static void
record_changed_cb (StoltSwotStrategies *self,
                   StoltRecord         *record,
                   const char          *field)
{
  if (self->analysis == NULL)
    return;
  if (STOLT_IS_SWOT_ITEM (record) && stolt_record_get_parent (record) == STOLT_RECORD (self->analysis))
    {
      if (!g_str_equal (field, "votes") && !g_str_equal (field, "weight"))
        {
          refresh_pickers (self);
          refresh_lists (self);
        }
    }
  else if ((STOLT_IS_SWOT_STRATEGY (record) &&
            stolt_record_get_parent (record) == STOLT_RECORD (self->analysis)) ||
           STOLT_IS_MEASURE (record))
    refresh_lists (self);
}

static void
add_strategy (StoltSwotStrategies *self,
              StoltStrategyKind    kind)
{
  KindBox *box = &self->kinds[kind];
  StoltSwotItem *picked[2] = { NULL, NULL };
  g_autoptr(GError) error = NULL;

  if (self->analysis == NULL || !self->editable)
    return;
  for (int side = 0; side < 2; side++)
    {
      guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (box->pickers[side]));

      if (chosen > 0 && chosen <= box->choices[side]->len)
        picked[side] = box->choices[side]->pdata[chosen - 1];
    }

  if (stolt_swot_add_strategy (self->project, self->analysis, kind,
                               gtk_editable_get_text (GTK_EDITABLE (box->entry)),
                               picked[0], picked[1], &error) == NULL)
    {
      gtk_widget_error_bell (box->entry);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (box->entry), "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (box->pickers[0]), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (box->pickers[1]), 0);
  gtk_widget_grab_focus (box->entry);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  add_strategy (STOLT_SWOT_STRATEGIES (widget), CLAMP (g_variant_get_int32 (parameter), 0, 3));
}

static StoltRecord *
lookup (StoltSwotStrategies *self,
        GVariant            *parameter,
        GType                type)
{
  StoltRecord *record;

  if (self->project == NULL)
    return NULL;
  record = stolt_project_lookup (self->project, g_variant_get_int64 (parameter));
  return record != NULL && G_TYPE_CHECK_INSTANCE_TYPE (record, type) ? record : NULL;
}

static void
make_measure_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StoltSwotStrategies *self = STOLT_SWOT_STRATEGIES (widget);
  StoltRecord *strategy = lookup (self, parameter, STOLT_TYPE_SWOT_STRATEGY);
  g_autoptr(GError) error = NULL;

  if (strategy == NULL || !self->editable ||
      stolt_swot_strategy_find_measure (self->project, STOLT_SWOT_STRATEGY (strategy)) != NULL)
    return;
  if (stolt_swot_make_measure (self->project, STOLT_SWOT_STRATEGY (strategy), &error) == NULL)
    g_warning ("Could not make a measure: %s", error->message);
}

static void
show_measure_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StoltSwotStrategies *self = STOLT_SWOT_STRATEGIES (widget);
  StoltRecord *measure = lookup (self, parameter, STOLT_TYPE_MEASURE);

  if (measure == NULL)
    return;
  gtk_widget_activate_action (widget, "win.show-page", "s", "plan");
  if (self->selection != NULL)
    stolt_selection_set_record (self->selection, measure);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StoltSwotStrategies *self = STOLT_SWOT_STRATEGIES (widget);
  StoltRecord *strategy = lookup (self, parameter, STOLT_TYPE_SWOT_STRATEGY);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (strategy == NULL || !self->editable)
    return;
  /* Translators: a toast after Delete; %s is e.g. a milestone's title */
  message = g_strdup_printf (_("“%s” removed"), stolt_record_get_title (strategy));
  stolt_project_remove (self->project, strategy);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
stolt_swot_strategies_set_analysis (StoltSwotStrategies *self,
                                    StoltProject        *project,
                                    StoltSwotAnalysis   *analysis)
{
  g_return_if_fail (STOLT_IS_SWOT_STRATEGIES (self));

  g_set_object (&self->project, project);
  g_set_object (&self->analysis, analysis);
  g_signal_group_set_target (self->project_signals, project);
  refresh_pickers (self);
  refresh_lists (self);
}

void
stolt_swot_strategies_set_selection (StoltSwotStrategies *self,
                                     StoltSelection      *selection)
{
  g_return_if_fail (STOLT_IS_SWOT_STRATEGIES (self));
  g_set_object (&self->selection, selection);
}

void
stolt_swot_strategies_set_editable (StoltSwotStrategies *self,
                                    gboolean             editable)
{
  g_return_if_fail (STOLT_IS_SWOT_STRATEGIES (self));

  self->editable = editable;
  for (int k = 0; k < 4; k++)
    gtk_widget_set_sensitive (gtk_widget_get_parent (self->kinds[k].entry), editable);
  refresh_lists (self);
}

GtkWidget *
stolt_swot_strategies_get_entry (StoltSwotStrategies *self,
                                 StoltStrategyKind    kind)
{
  g_return_val_if_fail (STOLT_IS_SWOT_STRATEGIES (self), NULL);
  return self->kinds[kind].entry;
}

GtkDropDown *
stolt_swot_strategies_get_picker (StoltSwotStrategies *self,
                                  StoltStrategyKind    kind,
                                  gboolean             external)
{
  g_return_val_if_fail (STOLT_IS_SWOT_STRATEGIES (self), NULL);
  return GTK_DROP_DOWN (self->kinds[kind].pickers[external ? 1 : 0]);
}

GtkWidget *
stolt_swot_strategies_get_list (StoltSwotStrategies *self,
                                StoltStrategyKind    kind)
{
  g_return_val_if_fail (STOLT_IS_SWOT_STRATEGIES (self), NULL);
  return self->kinds[kind].list;
}

static void
stolt_swot_strategies_dispose (GObject *object)
{
  StoltSwotStrategies *self = STOLT_SWOT_STRATEGIES (object);

  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  for (int k = 0; k < 4; k++)
    {
      g_clear_pointer (&self->kinds[k].choices[0], g_ptr_array_unref);
      g_clear_pointer (&self->kinds[k].choices[1], g_ptr_array_unref);
    }
  g_clear_object (&self->project_signals);
  g_clear_object (&self->selection);
  g_clear_object (&self->analysis);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (stolt_swot_strategies_parent_class)->dispose (object);
}

static void
stolt_swot_strategies_class_init (StoltSwotStrategiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_swot_strategies_dispose;
  gtk_widget_class_install_action (widget_class, "tows.add", "i", add_action);
  gtk_widget_class_install_action (widget_class, "tows.make-measure", "x", make_measure_action);
  gtk_widget_class_install_action (widget_class, "tows.show-measure", "x", show_measure_action);
  gtk_widget_class_install_action (widget_class, "tows.remove", "x", remove_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
entry_activated_cb (GtkEntry            *entry,
                    StoltSwotStrategies *self)
{
  add_strategy (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "stolt-kind")));
}

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
  gtk_list_item_set_child (item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

/* Item texts can be long: the button ellipsizes them, so that a long
 * strength does not make the window wider */
static GtkListItemFactory *
choice_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), NULL);
  return factory;
}

static GtkWidget *
picker_new (const char *label)
{
  GtkWidget *picker = gtk_drop_down_new_from_strings ((const char *const[]) { "—", NULL });
  g_autoptr(GtkListItemFactory) factory = choice_factory (8);
  g_autoptr(GtkListItemFactory) list_factory = choice_factory (50);

  gtk_drop_down_set_factory (GTK_DROP_DOWN (picker), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (picker), list_factory);

  gtk_widget_set_tooltip_text (picker, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_hexpand (picker, TRUE);
  return picker;
}

static GtkWidget *
kind_box_new (StoltSwotStrategies *self,
              StoltStrategyKind    kind)
{
  KindBox *box = &self->kinds[kind];
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *add_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *pickers = stolt_wrap_box_new (6);
  GtkWidget *title = wrapped_label (stolt_label_strategy (kind), "title-3");
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  StoltQuadrant quadrants[2];

  stolt_strategy_kind_quadrants (kind, &quadrants[0], &quadrants[1]);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_hexpand (card, TRUE);
  gtk_widget_add_css_class (card, "swot-strategies");
  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), wrapped_label (stolt_label_strategy_description (kind), "dim-label"));

  box->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  stolt_label_strategy_description (kind), -1);
  gtk_box_append (GTK_BOX (card), box->list);

  box->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (box->entry), _("New strategy"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (box->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New strategy"), -1);
  g_object_set_data (G_OBJECT (box->entry), "stolt-kind", GINT_TO_POINTER (kind));
  g_signal_connect (box->entry, "activate", G_CALLBACK (entry_activated_cb), self);

  box->pickers[0] = picker_new (stolt_enum_get_label (STOLT_TYPE_QUADRANT, quadrants[0]));
  box->pickers[1] = picker_new (stolt_enum_get_label (STOLT_TYPE_QUADRANT, quadrants[1]));
  stolt_wrap_box_append (STOLT_WRAP_BOX (pickers), box->pickers[0]);
  stolt_wrap_box_append (STOLT_WRAP_BOX (pickers), box->pickers[1]);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "tows.add");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "i", kind);
  stolt_wrap_box_append (STOLT_WRAP_BOX (pickers), add);

  gtk_box_append (GTK_BOX (add_box), box->entry);
  gtk_box_append (GTK_BOX (add_box), pickers);
  gtk_box_append (GTK_BOX (card), add_box);
  return card;
}

static void
stolt_swot_strategies_init (StoltSwotStrategies *self)
{
  /* Two cards a line, or one in a narrow window */
  GtkWidget *grid = stolt_wrap_box_new (6);

  self->editable = TRUE;
  stolt_wrap_box_set_max_per_line (STOLT_WRAP_BOX (grid), 2, TRUE);
  for (int k = 0; k < 4; k++)
    stolt_wrap_box_append (STOLT_WRAP_BOX (grid), kind_box_new (self, k));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), grid);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  self->project_signals = g_signal_group_new (STOLT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "children-changed",
                                  G_CALLBACK (children_changed_cb), self);
  g_signal_group_connect_swapped (self->project_signals, "record-changed",
                                  G_CALLBACK (record_changed_cb), self);
}

GtkWidget *
stolt_swot_strategies_new (void)
{
  return g_object_new (STOLT_TYPE_SWOT_STRATEGIES, NULL);
}
