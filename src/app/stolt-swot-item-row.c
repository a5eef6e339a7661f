/* stolt-swot-item-row.c — one item of a SWOT quadrant's list
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its text (with the texts grouped under it), its weight and votes, the
 * −/+ vote buttons and its menu, edited in place (F2), dragged and
 * dropped, and the keys of the SWOT tab.  The quadrant's list binds a
 * row to an item and recycles it for another as the list scrolls.  A
 * row lays out its children itself and gives its tooltips when asked:
 * HACKING.md, "Rows of a long list in GTK 4.8", says why.
 */

#define G_LOG_DOMAIN "stolt-swot"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-item-row.h"
#include "stolt-swot-matrix.h"
#include "stolt-swot-quadrant.h"

/* A row: text (and the texts grouped under it), weight, votes, buttons */

struct _StoltSwotItemRow
{
  GtkWidget      parent_instance;

  GtkWidget     *texts;    /* the text and its members; hidden while editing */
  GtkWidget     *text;
  GtkWidget     *members;
  GtkWidget     *editor;
  GtkWidget     *weight;
  GtkWidget     *votes;
  GtkWidget     *chrome;   /* what presentation mode hides: the menu */
  gboolean       has_members;

  StoltProject  *project;
  StoltSwotItem *item;
};

G_DEFINE_FINAL_TYPE (StoltSwotItemRow, stolt_swot_item_row, GTK_TYPE_WIDGET)

/* The quadrant's list is a GtkGridView: a row is made for the items in
 * view and bound to another item as the list scrolls.  What the rows
 * need to know of their neighbours the quadrant's list model tells. */
static StoltSwotQuadrant *
row_quadrant (StoltSwotItemRow *self)
{
  return (StoltSwotQuadrant *) gtk_widget_get_ancestor (GTK_WIDGET (self), STOLT_TYPE_SWOT_QUADRANT);
}

/* The item at @index of the row's list, or NULL (borrowed) */
static StoltSwotItem *
quadrant_item_at (StoltSwotItemRow *self,
                  int               index)
{
  StoltSwotQuadrant *quadrant = row_quadrant (self);

  return quadrant != NULL ? stolt_swot_quadrant_get_item_at (quadrant, index) : NULL;
}

static int
quadrant_position (StoltSwotItemRow *self,
                   StoltSwotItem    *item)
{
  StoltSwotQuadrant *quadrant = row_quadrant (self);

  return quadrant != NULL ? stolt_swot_quadrant_get_position (quadrant, item) : -1;
}

/* A tooltip that costs nothing until it is shown.  Setting a widget's
 * tooltip text asks the display where the pointer is, a round trip to
 * the display server; for the hundreds of rows a list makes at once
 * that was most of the time it took to open a large matrix. */
static gboolean
quiet_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "stolt-tooltip");

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_quiet_tooltip (GtkWidget  *widget,
                   const char *text)
{
  if (g_object_get_data (G_OBJECT (widget), "stolt-tooltip") == NULL)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (quiet_tooltip_cb), NULL);
  g_object_set_data_full (G_OBJECT (widget), "stolt-tooltip", g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, TRUE);
}

static const char *const circled[] = { "", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩" };

/* How a weight of 1 to 10 shows: a circled number ("" for none) */
const char *
stolt_swot_item_row_weight_mark (int weight)
{
  return circled[CLAMP (weight, 0, 10)];
}

static gboolean
row_votes_revealed (StoltSwotItemRow *self)
{
  StoltRecord *analysis = stolt_record_get_parent (STOLT_RECORD (self->item));

  return analysis == NULL || stolt_swot_analysis_get_votes_revealed (STOLT_SWOT_ANALYSIS (analysis));
}

char *
stolt_swot_item_row_members_text (GPtrArray *members)
{
  GString *text;

  if (members->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < members->len; i++)
    g_string_append_printf (text, "%s+ %s", i > 0 ? "\n" : "",
                            stolt_swot_item_get_text (members->pdata[i]));
  return g_string_free (text, FALSE);
}

static StoltSwotMatrix *
row_matrix (StoltSwotItemRow *self)
{
  return STOLT_SWOT_MATRIX (gtk_widget_get_ancestor (GTK_WIDGET (self), STOLT_TYPE_SWOT_MATRIX));
}

/* Shows the item with @grouped, the items grouped under it (finding
 * them walks the whole analysis: the sync does it once for all rows) */
void
stolt_swot_item_row_show (StoltSwotItemRow *self,
                          GPtrArray        *grouped)
{
  StoltSwotMatrix *matrix = row_matrix (self);
  int weight = CLAMP (stolt_swot_item_get_weight (self->item), 0, 10);
  int votes = stolt_swot_item_get_votes (self->item);
  gboolean revealed = row_votes_revealed (self);
  g_autofree char *members = stolt_swot_item_row_members_text (grouped);
  g_autofree char *votes_text = NULL;
  g_autofree char *weight_text = NULL;
  g_autofree char *votes_label = NULL;
  g_autofree char *description = NULL;

  for (guint i = 0; i < grouped->len; i++)
    votes += stolt_swot_item_get_votes (grouped->pdata[i]);
  votes_text = revealed ? g_strdup_printf ("%d", votes) : g_strdup ("?");
  gtk_label_set_text (GTK_LABEL (self->text), stolt_swot_item_get_text (self->item));
  self->has_members = members != NULL;
  gtk_label_set_text (GTK_LABEL (self->members), members != NULL ? members : "");
  gtk_widget_set_visible (self->members, members != NULL);
  gtk_label_set_text (GTK_LABEL (self->weight), circled[weight]);
  gtk_widget_set_visible (self->weight, weight > 0);
  gtk_label_set_text (GTK_LABEL (self->votes), votes_text);

  /* Translators: how a screen reader names an item's weight, 1 to 5 */
  weight_text = weight > 0 ? g_strdup_printf (_("weight %d"), weight) : g_strdup (_("no weight"));
  votes_label = revealed ? g_strdup_printf (ngettext ("%d vote", "%d votes", votes), votes)
                         : g_strdup (_("votes hidden"));
  /* Translators: a SWOT item for screen readers: its text, weight, votes */
  description = g_strdup_printf (_("%s, %s, %s"), stolt_swot_item_get_text (self->item),
                                 weight_text, votes_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  /* The grid view's cell around the row has no name of its own: a
   * screen reader walking the list would read its type name */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  set_quiet_tooltip (self->weight, weight_text);
  set_quiet_tooltip (self->votes, votes_label);
  gtk_widget_set_visible (self->chrome, matrix == NULL || !stolt_swot_matrix_get_presenting (matrix));
}

void
stolt_swot_item_row_update (StoltSwotItemRow *self)
{
  g_autoptr(GPtrArray) grouped = stolt_swot_item_members (self->item);

  stolt_swot_item_row_show (self, grouped);
}

/* After a change that may rebuild or move rows, the focus follows the item */
static void
refocus (StoltSwotMatrix *matrix,
         StoltSwotItem   *item)
{
  if (matrix != NULL)
    stolt_swot_matrix_focus_item (matrix, item);
}

static void editor_activated_cb (StoltSwotItemRow *self);
static gboolean editor_key_pressed_cb (GtkEventControllerKey *controller, guint keyval,
                                       guint keycode, GdkModifierType state,
                                       StoltSwotItemRow *self);
static void editor_focus_left_cb (StoltSwotItemRow *self);

/* The entry is made on the first edit: 800 rows with an entry each
 * would cost more than all the rest of the matrix */
static void
ensure_editor (StoltSwotItemRow *self)
{
  GtkEventController *key;
  GtkEventController *focus;

  if (self->editor != NULL)
    return;
  self->editor = gtk_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Item text"), -1);
  gtk_widget_set_visible (self->editor, FALSE);
  gtk_widget_insert_after (self->editor, GTK_WIDGET (self), self->texts);
  key = gtk_event_controller_key_new ();
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->editor, "activate", G_CALLBACK (editor_activated_cb), self);
  g_signal_connect (key, "key-pressed", G_CALLBACK (editor_key_pressed_cb), self);
  gtk_widget_add_controller (self->editor, key);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (editor_focus_left_cb), self);
  gtk_widget_add_controller (self->editor, focus);
}

static void
start_editing (StoltSwotItemRow *self)
{
  ensure_editor (self);
  gtk_editable_set_text (GTK_EDITABLE (self->editor), stolt_swot_item_get_text (self->item));
  gtk_widget_set_visible (self->texts, FALSE);
  gtk_widget_set_visible (self->editor, TRUE);
  gtk_widget_grab_focus (self->editor);
}

static void
stop_editing (StoltSwotItemRow *self,
              gboolean          commit)
{
  g_autofree char *stripped = NULL;
  gboolean had_focus;

  if (self->editor == NULL || !gtk_widget_get_visible (self->editor))
    return;

  stripped = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor))));
  had_focus = gtk_widget_has_focus (self->editor) || gtk_widget_get_focus_child (self->editor) != NULL;

  gtk_widget_set_visible (self->texts, TRUE);
  gtk_widget_set_visible (self->editor, FALSE);
  if (commit && *stripped != '\0' && g_strcmp0 (stripped, stolt_swot_item_get_text (self->item)) != 0)
    stolt_project_set_text (self->project, STOLT_RECORD (self->item), "text", stripped, NULL);
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
editor_activated_cb (StoltSwotItemRow *self)
{
  stop_editing (self, TRUE);
}

static gboolean
editor_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       StoltSwotItemRow      *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  stop_editing (self, FALSE);
  return TRUE;
}

static void
editor_focus_left_cb (StoltSwotItemRow *self)
{
  stop_editing (self, TRUE);
}

static void
show_removed_toast (GtkWidget  *widget,
                    const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    return;
  /* Translators: a toast after Delete; %s is e.g. a milestone's title */
  message = g_strdup_printf (_("“%s” removed"), text);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
remove_item (StoltSwotItemRow *self)
{
  g_autoptr(StoltSwotItem) item = g_object_ref (self->item);
  g_autoptr(StoltProject) project = g_object_ref (self->project);
  g_autofree char *text = g_strdup (stolt_swot_item_get_text (item));
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  StoltSwotQuadrant *quadrant = row_quadrant (self);
  /* The removal unbinds this row: what it needs afterwards is held here */
  g_autoptr(StoltSwotQuadrant) guard = quadrant != NULL ? g_object_ref (quadrant) : NULL;
  int index = quadrant != NULL ? stolt_swot_quadrant_get_position (quadrant, item) : -1;
  StoltSwotItem *next;

  stolt_project_remove (project, STOLT_RECORD (item));
  /* The focus stays in the list, on the row that took its place */
  if (quadrant != NULL && index >= 0)
    {
      next = stolt_swot_quadrant_get_item_at (quadrant, index);
      if (next == NULL && index > 0)
        next = stolt_swot_quadrant_get_item_at (quadrant, index - 1);
      if (next != NULL)
        stolt_swot_quadrant_focus_item (quadrant, next);
    }
  if (overlay != NULL)
    show_removed_toast (overlay, text);
}

/* The row shown above this one, or NULL */
static StoltSwotItem *
item_above (StoltSwotItemRow *self)
{
  int index = quadrant_position (self, self->item);

  return index > 0 ? quadrant_item_at (self, index - 1) : NULL;
}

static void
item_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltSwotItemRow *self = STOLT_SWOT_ITEM_ROW (widget);
  /* The change may take this row out of its list */
  g_autoptr(GtkWidget) guard = g_object_ref (widget);
  g_autoptr(StoltSwotItem) item = g_object_ref (self->item);
  g_autoptr(StoltSwotItem) target = g_object_ref (self->item);
  g_autoptr(StoltProject) project = g_object_ref (self->project);
  StoltSwotMatrix *matrix = row_matrix (self);
  StoltQuadrant quadrant = stolt_swot_item_get_quadrant (item);
  const char *name = action_name + strlen ("item.");

  if (matrix != NULL && !stolt_swot_matrix_get_editable (matrix) && !g_str_has_prefix (name, "vote"))
    return;

  if (g_str_equal (name, "edit"))
    start_editing (self);
  else if (g_str_equal (name, "delete"))
    remove_item (self);
  else if (g_str_equal (name, "up") || g_str_equal (name, "down"))
    stolt_swot_step_item (project, item, g_str_equal (name, "up") ? -1 : 1);
  else if (g_str_equal (name, "left") || g_str_equal (name, "right"))
    stolt_swot_place_item (project, item,
                           stolt_swot_quadrant_neighbour (quadrant, g_str_equal (name, "left") ? -1 : 1), NULL);
  else if (g_str_equal (name, "move-to"))
    stolt_swot_place_item (project, item, CLAMP (g_variant_get_int32 (parameter), 0, 3), NULL);
  else if (g_str_equal (name, "vote-add") || g_str_equal (name, "vote-remove"))
    {
      if (!stolt_swot_vote (project, item, g_str_equal (name, "vote-add") ? 1 : -1))
        gtk_widget_error_bell (widget);
    }
  else if (g_str_equal (name, "weight"))
    stolt_project_set_int (project, STOLT_RECORD (item), "weight",
                           CLAMP (g_variant_get_int32 (parameter), 0, 5), NULL);
  else if (g_str_equal (name, "group"))
    {
      StoltSwotItem *lead = item_above (self);

      if (lead == NULL || !stolt_swot_cluster_items (project, item, lead))
        gtk_widget_error_bell (widget);
      else
        g_set_object (&target, lead);
    }
  else if (g_str_equal (name, "ungroup"))
    {
      if (!stolt_swot_ungroup_item (project, item))
        gtk_widget_error_bell (widget);
    }

  if (!g_str_equal (name, "edit") && !g_str_equal (name, "delete"))
    refocus (matrix, target);
}

static GMenuModel *
item_menu (StoltSwotItem *item)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) weight = g_menu_new ();
  g_autoptr(GMenu) group = g_menu_new ();

  g_menu_append (edit, _("_Edit Text"), "item.edit");
  g_menu_append (edit, _("Add a _Vote"), "item.vote-add");
  g_menu_append (edit, _("Remove a V_ote"), "item.vote-remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  for (int q = STOLT_QUADRANT_STRENGTHS; q <= STOLT_QUADRANT_THREATS; q++)
    if (q != (int) stolt_swot_item_get_quadrant (item))
      {
        g_autoptr(GMenuItem) entry = NULL;
        /* Translators: a menu item; %s is a quadrant, e.g. "Threats" */
        g_autofree char *label = g_strdup_printf (_("Move to %s"),
                                                  stolt_enum_get_label (STOLT_TYPE_QUADRANT, q));

        entry = g_menu_item_new (label, NULL);
        g_menu_item_set_action_and_target (entry, "item.move-to", "i", q);
        g_menu_append_item (move, entry);
      }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));

  for (int w = 0; w <= 5; w++)
    {
      g_autoptr(GMenuItem) entry = NULL;
      g_autofree char *label = w == 0 ? g_strdup (_("No Weight"))
                                      /* Translators: a menu item, the weight of an item, 1–5 */
                                      : g_strdup_printf (_("Weight %d"), w);

      entry = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (entry, "item.weight", "i", w);
      g_menu_append_item (weight, entry);
    }
  g_menu_append_submenu (menu, _("_Weight"), G_MENU_MODEL (weight));

  g_menu_append (group, _("_Group with Item Above"), "item.group");
  g_menu_append (group, _("_Ungroup"), "item.ungroup");
  g_menu_append (group, _("_Delete"), "item.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (group));

  return G_MENU_MODEL (menu);
}

/* The menu is made when it opens: 800 rows with a ready popover each
 * would cost more than all the rest of the matrix */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  StoltSwotItemRow *self = user_data;
  g_autoptr(GMenuModel) menu = item_menu (self->item);

  gtk_menu_button_set_menu_model (button, menu);
}

static void
row_pressed_cb (GtkGestureClick  *gesture,
                int               n_press,
                double            x,
                double            y,
                StoltSwotItemRow *self)
{
  StoltSwotMatrix *matrix = row_matrix (self);

  if (n_press == 2 && (matrix == NULL || stolt_swot_matrix_get_editable (matrix)))
    start_editing (self);
}

/* Drag and drop: an item dropped on the top or bottom quarter of a row
 * goes before or after it; on its middle, it is grouped under it */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource    *source,
                 double            x,
                 double            y,
                 StoltSwotItemRow *self)
{
  StoltSwotMatrix *matrix = row_matrix (self);

  if (matrix == NULL || !stolt_swot_matrix_get_editable (matrix))
    return NULL;
  return gdk_content_provider_new_typed (STOLT_TYPE_SWOT_ITEM, self->item);
}

static gboolean
row_drop_cb (GtkDropTarget    *target,
             const GValue     *value,
             double            x,
             double            y,
             StoltSwotItemRow *self)
{
  g_autoptr(StoltSwotItem) dropped = g_value_dup_object (value);
  g_autoptr(GtkWidget) guard = g_object_ref (GTK_WIDGET (self));
  g_autoptr(StoltSwotItem) item = g_object_ref (self->item);
  StoltSwotMatrix *matrix = row_matrix (self);
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  StoltSwotItem *before = item;

  if (dropped == NULL || dropped == item || matrix == NULL)
    return FALSE;

  if (y > height / 4 && y < height * 3 / 4)
    return stolt_swot_matrix_cluster (matrix, dropped, item);

  if (y >= height * 3 / 4)
    {
      int index = quadrant_position (self, item);

      before = index >= 0 ? quadrant_item_at (self, index + 1) : NULL;
    }
  stolt_swot_matrix_place (matrix, dropped, stolt_swot_item_get_quadrant (item), before);
  return TRUE;
}

static void
stolt_swot_item_row_dispose (GObject *object)
{
  StoltSwotItemRow *self = STOLT_SWOT_ITEM_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (stolt_swot_item_row_parent_class)->dispose (object);
}

/* The row lays out its own children: the text takes what the weight,
 * votes and buttons beside it leave.  (A GtkBox asks each child for its
 * width at the allocated height, and a wrapping label answers that by a
 * binary search over widths: for the rows of a quadrant that made
 * opening the matrix take seconds.) */

static GtkSizeRequestMode
stolt_swot_item_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* What shows the item's text: the texts, or the entry that edits them */
static GtkWidget *
row_text_part (StoltSwotItemRow *self)
{
  return self->editor != NULL && gtk_widget_get_visible (self->editor) ? self->editor : self->texts;
}

static gboolean
is_beside_text (StoltSwotItemRow *self,
                GtkWidget        *child)
{
  return child != self->texts && child != self->editor && gtk_widget_should_layout (child);
}

/* The width the children beside the text take, spacing included */
static int
row_side_width (StoltSwotItemRow *self)
{
  int width = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_beside_text (self, child))
      {
        int nat;

        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
        width += nat + STOLT_SWOT_ITEM_ROW_SPACING;
      }
  return width;
}

static void
stolt_swot_item_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  StoltSwotItemRow *self = STOLT_SWOT_ITEM_ROW (widget);
  GtkWidget *text = row_text_part (self);
  int side = row_side_width (self);
  int text_min, text_nat;

  gtk_widget_measure (text, GTK_ORIENTATION_HORIZONTAL, -1, &text_min, &text_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = text_min + side;
      *natural = text_nat + side;
      return;
    }

  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL,
                      for_size < 0 ? -1 : MAX (text_min, for_size - side),
                      minimum, natural, NULL, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_beside_text (self, child))
      {
        int min, nat;

        gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
        *minimum = MAX (*minimum, min);
        *natural = MAX (*natural, nat);
      }
}

/* The text takes the start, at its height for its width and centred
 * (a GtkStack here asked it for its width at the row's height, which a
 * wrapping label answers with a binary search, whenever a row first came
 * into view); the rest follow at their natural widths */
static void
stolt_swot_item_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  StoltSwotItemRow *self = STOLT_SWOT_ITEM_ROW (widget);
  GtkWidget *text = row_text_part (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int text_min, text_width, text_height, x;

  gtk_widget_measure (text, GTK_ORIENTATION_HORIZONTAL, -1, &text_min, NULL, NULL, NULL);
  text_width = MAX (text_min, width - row_side_width (self));
  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, text_width, &text_height, NULL, NULL, NULL);
  text_height = MIN (text_height, height);
  gtk_widget_size_allocate (text, &(GtkAllocation) { rtl ? width - text_width : 0,
                                                     (height - text_height) / 2,
                                                     text_width, text_height }, -1);
  x = text_width;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_beside_text (self, child))
      {
        int nat;

        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat, NULL, NULL);
        x += STOLT_SWOT_ITEM_ROW_SPACING;
        gtk_widget_size_allocate (child, &(GtkAllocation) { rtl ? width - x - nat : x, 0, nat, height }, -1);
        x += nat;
      }
}

static void
stolt_swot_item_row_class_init (StoltSwotItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { const char *name; guint key; GdkModifierType mods; } keys[] = {
    { "item.edit", GDK_KEY_F2, 0 },
    { "item.delete", GDK_KEY_Delete, 0 },
    { "item.delete", GDK_KEY_KP_Delete, 0 },
    { "item.up", GDK_KEY_Up, GDK_ALT_MASK },
    { "item.down", GDK_KEY_Down, GDK_ALT_MASK },
    { "item.left", GDK_KEY_Left, GDK_ALT_MASK },
    { "item.right", GDK_KEY_Right, GDK_ALT_MASK },
    { "item.vote-add", GDK_KEY_plus, 0 },
    { "item.vote-add", GDK_KEY_KP_Add, 0 },
    { "item.vote-remove", GDK_KEY_minus, 0 },
    { "item.vote-remove", GDK_KEY_KP_Subtract, 0 },
    { "item.group", GDK_KEY_g, GDK_CONTROL_MASK },
    { "item.ungroup", GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  };

  object_class->dispose = stolt_swot_item_row_dispose;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].mods,
                                         keys[i].name, NULL);
  gtk_widget_class_install_action (widget_class, "item.edit", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.delete", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.up", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.down", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.left", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.right", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.move-to", "i", item_action);
  gtk_widget_class_install_action (widget_class, "item.vote-add", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.vote-remove", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.weight", "i", item_action);
  gtk_widget_class_install_action (widget_class, "item.group", NULL, item_action);
  gtk_widget_class_install_action (widget_class, "item.ungroup", NULL, item_action);
  for (guint w = 0; w <= 5; w++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + w, 0, "item.weight", "i", w);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + w, 0, "item.weight", "i", w);
    }
  widget_class->get_request_mode = stolt_swot_item_row_get_request_mode;
  widget_class->measure = stolt_swot_item_row_measure;
  widget_class->size_allocate = stolt_swot_item_row_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "swot-item");
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  set_quiet_tooltip (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static void
stolt_swot_item_row_init (StoltSwotItemRow *self)
{
  GtkWidget *menu = gtk_menu_button_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (STOLT_TYPE_SWOT_ITEM, GDK_ACTION_MOVE);

  self->texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  self->text = gtk_label_new (NULL);
  self->members = gtk_label_new (NULL);
  self->weight = gtk_label_new (NULL);
  self->votes = gtk_label_new (NULL);
  self->chrome = menu;

  /* A least width of a few characters: without it the label measures
   * its least width by breaking after every character, which shapes
   * the text once a character */
  gtk_label_set_wrap (GTK_LABEL (self->text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (self->text), 8);
  gtk_label_set_xalign (GTK_LABEL (self->text), 0);
  gtk_label_set_wrap (GTK_LABEL (self->members), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->members), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (self->members), 8);
  gtk_label_set_xalign (GTK_LABEL (self->members), 0);
  gtk_widget_add_css_class (self->text, "swot-item-text");
  gtk_widget_add_css_class (self->members, "dim-label");
  gtk_widget_add_css_class (self->members, "caption");
  gtk_box_append (GTK_BOX (self->texts), self->text);
  gtk_box_append (GTK_BOX (self->texts), self->members);

  gtk_widget_add_css_class (self->weight, "swot-weight");
  gtk_widget_add_css_class (self->votes, "swot-votes");
  gtk_widget_add_css_class (self->votes, "numeric");
  gtk_widget_set_size_request (self->votes, 24, -1);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), create_menu_cb, self, NULL);
  set_quiet_tooltip (menu, _("Item Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Item Menu"), -1);
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu, "flat");

  gtk_widget_set_parent (self->texts, GTK_WIDGET (self));
  gtk_widget_set_parent (self->weight, GTK_WIDGET (self));
  gtk_widget_set_parent (icon_button ("list-remove-symbolic", _("Remove a Vote"), "item.vote-remove"),
                         GTK_WIDGET (self));
  gtk_widget_set_parent (self->votes, GTK_WIDGET (self));
  gtk_widget_set_parent (icon_button ("list-add-symbolic", _("Add a Vote"), "item.vote-add"),
                         GTK_WIDGET (self));
  gtk_widget_set_parent (menu, GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "pressed", G_CALLBACK (row_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (row_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
stolt_swot_item_row_new (void)
{
  return g_object_new (STOLT_TYPE_SWOT_ITEM_ROW, NULL);
}

/* Binding to the items of the quadrant's list */

void
stolt_swot_item_row_bind (StoltSwotItemRow *self,
                          StoltProject     *project,
                          StoltSwotItem    *item)
{
  g_return_if_fail (STOLT_IS_SWOT_ITEM_ROW (self));

  g_set_object (&self->project, project);
  g_set_object (&self->item, item);
}

/* An edit under way is dropped: the row is about to show another item */
void
stolt_swot_item_row_unbind (StoltSwotItemRow *self)
{
  g_return_if_fail (STOLT_IS_SWOT_ITEM_ROW (self));

  if (self->item == NULL)
    return;
  stop_editing (self, FALSE);
  g_clear_object (&self->item);
}

StoltSwotItem *
stolt_swot_item_row_get_item (StoltSwotItemRow *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_ITEM_ROW (self), NULL);
  return self->item;
}

/* Whether the row shows items grouped under its own */
gboolean
stolt_swot_item_row_has_members (StoltSwotItemRow *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_ITEM_ROW (self), FALSE);
  return self->has_members;
}

void
stolt_swot_item_row_start_editing (StoltSwotItemRow *self)
{
  g_return_if_fail (STOLT_IS_SWOT_ITEM_ROW (self));
  start_editing (self);
}

/* What the buttons beside the text take: their natural widths, spacing
 * included, and the tallest of them (the weight and the votes, whose
 * size follows the text, are left out) */
void
stolt_swot_item_row_measure_buttons (StoltSwotItemRow *self,
                                     int              *width,
                                     int              *height)
{
  *width = *height = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != self->weight && child != self->votes && is_beside_text (self, child))
      {
        int nat_width, nat_height;

        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_width, NULL, NULL);
        gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &nat_height, NULL, NULL);
        *width += nat_width + STOLT_SWOT_ITEM_ROW_SPACING;
        *height = MAX (*height, nat_height);
      }
}
