/* stolt-swot-quadrant.c — one quadrant of the SWOT matrix
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is a one-column GtkGridView over a GListStore of the
 * quadrant's items (GTK 4.8's list view would make a row for 200 items
 * at once, its grid view for at most 30 and a few more),
 * kept in step with the model by stolt_swot_quadrant_sync() with one
 * splice a change: rows are bound to the items in view and recycled, a
 * moved item keeps its row (and the focus), and a change costs what
 * changed (tests/bench/bench-swot.c).
 */

#define G_LOG_DOMAIN "stolt-swot"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stolt-enum-labels.h"
#include "stolt-enum-types.h"
#include "stolt-swot-edit.h"
#include "stolt-swot-matrix.h"
#include "stolt-swot-item-row.h"
#include "stolt-swot-quadrant.h"

/* The quadrant */

struct _StoltSwotQuadrant
{
  GtkWidget          parent_instance;

  /* Owned widgets */
  GtkWidget         *box;
  GtkWidget         *header;
  GtkWidget         *title;
  GtkWidget         *sort;
  GtkWidget         *list;
  GtkWidget         *entry;

  /* Owned references */
  StoltProject      *project;
  StoltSwotAnalysis *analysis;
  GListStore        *items;   /* what the list shows, in its order */
  GHashTable        *rows;    /* StoltSwotItem → the row bound to it (borrowed) */
  GHashTable        *leads;   /* ids of the items with others grouped under them,
                               * found when a row is bound; NULL after a change */
  StoltSwotItem     *pending_focus;  /* to be focused once a row is bound to it */

  StoltQuadrant      quadrant;
};

G_DEFINE_FINAL_TYPE (StoltSwotQuadrant, stolt_swot_quadrant, GTK_TYPE_WIDGET)

StoltQuadrant
stolt_swot_quadrant_get_quadrant (StoltSwotQuadrant *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_QUADRANT (self), 0);
  return self->quadrant;
}

/* The quadrant @delta steps on from @quadrant, in reading order, round */
StoltQuadrant
stolt_swot_quadrant_neighbour (StoltQuadrant quadrant,
                               int           delta)
{
  return (StoltQuadrant) ((quadrant + 4 + delta) % 4);
}

/* The item at @index of the list, or NULL (borrowed: the list holds it) */
StoltSwotItem *
stolt_swot_quadrant_get_item_at (StoltSwotQuadrant *self,
                                 int                index)
{
  g_autoptr(StoltSwotItem) item = NULL;

  g_return_val_if_fail (STOLT_IS_SWOT_QUADRANT (self), NULL);
  if (index < 0)
    return NULL;
  item = g_list_model_get_item (G_LIST_MODEL (self->items), index);
  return item;
}

/* Where @item is in the list, or -1 */
int
stolt_swot_quadrant_get_position (StoltSwotQuadrant *self,
                                  StoltSwotItem     *item)
{
  guint position;

  g_return_val_if_fail (STOLT_IS_SWOT_QUADRANT (self), -1);
  if (!g_list_store_find (self->items, item, &position))
    return -1;
  return position;
}

GtkWidget *
stolt_swot_quadrant_get_entry (StoltSwotQuadrant *self)
{
  return self->entry;
}

GtkWidget *
stolt_swot_quadrant_get_list (StoltSwotQuadrant *self)
{
  return self->list;
}

GtkWidget *
stolt_swot_quadrant_get_row (StoltSwotQuadrant *self,
                             StoltSwotItem     *item)
{
  return g_hash_table_lookup (self->rows, item);
}

static void
remove_all_rows (StoltSwotQuadrant *self)
{
  g_clear_pointer (&self->leads, g_hash_table_unref);
  g_list_store_remove_all (self->items);
  g_hash_table_remove_all (self->rows);
  g_clear_object (&self->pending_focus);
}

/* The ids of the items that have others grouped under them */
static GHashTable *
grouping_leads (StoltSwotAnalysis *analysis)
{
  GListModel *items = stolt_record_get_children (STOLT_RECORD (analysis), 0);
  GHashTable *leads = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(StoltSwotItem) item = g_list_model_get_item (items, i);
      gint64 lead = stolt_swot_item_get_cluster (item);

      if (lead != 0)
        g_hash_table_add (leads, g_memdup2 (&lead, sizeof lead));
    }
  return leads;
}

/* Shows @row's item; the items grouped under it are looked for only
 * when it leads a group (finding them walks the whole analysis) */
static void
show_row (StoltSwotQuadrant *self,
          StoltSwotItemRow  *row)
{
  gint64 id = stolt_record_get_id (STOLT_RECORD (stolt_swot_item_row_get_item (row)));

  if (self->leads == NULL)
    self->leads = grouping_leads (self->analysis);
  if (g_hash_table_contains (self->leads, &id))
    {
      stolt_swot_item_row_update (row);
    }
  else
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      stolt_swot_item_row_show (row, none);
    }
}

/* Measuring for the presentation's text size (stolt-swot-fit.h): a row's
 * height with its text at another size, found with Pango and no widget
 * (the list makes rows only for the items in view).  The buttons are
 * sized in pixels, not by the text: their size and the row's width and
 * padding come from a row on screen. */

guint
stolt_swot_quadrant_get_n_items (StoltSwotQuadrant *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_QUADRANT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
}

/* The height the list has for its rows: what its scroller shows */
int
stolt_swot_quadrant_get_list_height (StoltSwotQuadrant *self)
{
  g_return_val_if_fail (STOLT_IS_SWOT_QUADRANT (self), 0);
  return gtk_widget_get_height (gtk_widget_get_parent (self->list));
}

static StoltSwotItemRow *
any_shown_row (StoltSwotQuadrant *self)
{
  GHashTableIter iter;
  gpointer item, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, &row))
    if (gtk_widget_get_width (row) > 0 && gtk_widget_get_parent (row) != NULL)
      return row;
  return NULL;
}

/* The room the list's cell around @row and the row's own padding and
 * border take, across and down: the cell's border box less the row's
 * content */
static void
cell_padding (StoltSwotItemRow *row,
              int              *across,
              int              *down)
{
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (row));
  graphene_rect_t outer;

  *across = *down = 0;
  if (!gtk_widget_compute_bounds (cell, cell, &outer))
    return;
  *across = (int) ceilf (outer.size.width) - gtk_widget_get_width (GTK_WIDGET (row));
  *down = (int) ceilf (outer.size.height) - gtk_widget_get_height (GTK_WIDGET (row));
}

/* @text's size in @layout, in pixels, with @size px type, wrapped at @width px */
static void
text_size (PangoLayout *layout,
           const char  *text,
           int          size,
           gboolean     bold,
           int          width,
           int         *text_width,
           int         *text_height)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoRectangle logical;

  font = pango_font_description_copy (pango_context_get_font_description (
                                        pango_layout_get_context (layout)));
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width > 0 ? width * PANGO_SCALE : -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  if (text_width != NULL)
    *text_width = PANGO_PIXELS_CEIL (logical.width);
  if (text_height != NULL)
    *text_height = PANGO_PIXELS_CEIL (logical.height);
}

/* The height of the list's row @index with its text @size px, padding
 * included; FALSE when no row is on screen to take the rest from.
 * @layout is any layout of the matrix's, for its font (ui/style.css:
 * the weight is 120 % of the text, bold; the votes bold, 2 em wide) */
gboolean
stolt_swot_quadrant_measure_row (StoltSwotQuadrant *self,
                                 PangoLayout       *layout,
                                 guint              index,
                                 int                size,
                                 int               *height)
{
  StoltSwotItemRow *probe = any_shown_row (self);
  g_autoptr(StoltSwotItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), index);
  int weight, side = 0, controls = 0, text_width, text_height, w, h, pad_across, pad_down;

  if (probe == NULL || item == NULL)
    return FALSE;

  /* The buttons: what the row shows beside its text but the two labels */
  stolt_swot_item_row_measure_buttons (probe, &side, &controls);
  weight = CLAMP (stolt_swot_item_get_weight (item), 0, 10);
  if (weight > 0)
    {
      text_size (layout, stolt_swot_item_row_weight_mark (weight), size * 6 / 5 + 1, TRUE, -1,
                 &w, &h);
      side += w + STOLT_SWOT_ITEM_ROW_SPACING;
      controls = MAX (controls, h);
    }
  text_size (layout, "00", size, TRUE, -1, &w, &h);
  side += MAX (MAX (w, 2 * size), 24) + STOLT_SWOT_ITEM_ROW_SPACING;
  controls = MAX (controls, h);

  /* The list's width, not the row's: a row out of view keeps the width
   * it had before the list last changed */
  cell_padding (probe, &pad_across, &pad_down);
  text_width = MAX (gtk_widget_get_width (self->list) - pad_across - side, 1);
  text_size (layout, stolt_swot_item_get_text (item), size, FALSE, text_width, NULL, &text_height);
  if (self->leads == NULL)
    self->leads = grouping_leads (self->analysis);
  if (g_hash_table_contains (self->leads, &(gint64) { stolt_record_get_id (STOLT_RECORD (item)) }))
    {
      g_autoptr(GPtrArray) grouped = stolt_swot_item_members (item);
      g_autofree char *members = stolt_swot_item_row_members_text (grouped);

      if (members != NULL)
        {
          text_size (layout, members, size, FALSE, text_width, NULL, &h);
          text_height += 2 + h;
        }
    }
  /* The list's padding around the row */
  *height = MAX (text_height, controls) + pad_down;
  return TRUE;
}

/* Makes the list show the quadrant's items in their order.  One splice
 * for what lies between the unchanged start and end: the list view keeps
 * the rows of the items it takes out and puts back in the same change,
 * so a moved row keeps the focus. */
void
stolt_swot_quadrant_sync (StoltSwotQuadrant *self)
{
  g_autoptr(GPtrArray) shown = NULL;
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_old = g_list_model_get_n_items (model), head = 0, tail = 0;

  if (self->analysis == NULL)
    {
      remove_all_rows (self);
      return;
    }

  g_clear_pointer (&self->leads, g_hash_table_unref);
  shown = stolt_swot_quadrant_items (self->analysis, self->quadrant);
  while (head < n_old && head < shown->len)
    {
      g_autoptr(StoltSwotItem) item = g_list_model_get_item (model, head);

      if (item != shown->pdata[head])
        break;
      head++;
    }
  while (tail < n_old - head && tail < shown->len - head)
    {
      g_autoptr(StoltSwotItem) item = g_list_model_get_item (model, n_old - 1 - tail);

      if (item != shown->pdata[shown->len - 1 - tail])
        break;
      tail++;
    }
  if (head == n_old && head == shown->len)
    return;
  g_list_store_splice (self->items, head, n_old - head - tail,
                       shown->pdata + head, shown->len - head - tail);
}

void
stolt_swot_quadrant_update_item (StoltSwotQuadrant *self,
                                 StoltSwotItem     *item)
{
  StoltSwotItemRow *row = g_hash_table_lookup (self->rows, item);

  if (row != NULL)
    stolt_swot_item_row_update (row);
}

/* After a change of groups: the rows that show members, and @lead */
void
stolt_swot_quadrant_update_leads (StoltSwotQuadrant *self,
                                  StoltSwotItem     *lead)
{
  GHashTableIter iter;
  gpointer item, row;

  g_clear_pointer (&self->leads, g_hash_table_unref);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, &row))
    if (item == lead || stolt_swot_item_row_has_members (row))
      stolt_swot_item_row_update (row);
}

/* Every row again (votes revealed, presenting): the groups looked up once */
void
stolt_swot_quadrant_update_all (StoltSwotQuadrant *self)
{
  GHashTableIter iter;
  gpointer item, row;

  if (self->analysis == NULL)
    return;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &item, &row))
    show_row (self, row);
}

/* Focuses @item's row; an item out of view is scrolled to, and its row
 * focused when the list binds one to it */
gboolean
stolt_swot_quadrant_focus_item (StoltSwotQuadrant *self,
                                StoltSwotItem     *item)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, item);
  guint position;

  if (row != NULL && gtk_widget_grab_focus (row))
    return TRUE;
  if (!g_list_store_find (self->items, item, &position))
    return FALSE;
  g_set_object (&self->pending_focus, item);
  gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", position);
  return TRUE;
}

gboolean
stolt_swot_quadrant_start_editing (StoltSwotQuadrant *self,
                                   StoltSwotItem     *item)
{
  StoltSwotItemRow *row = g_hash_table_lookup (self->rows, item);

  if (row == NULL)
    return FALSE;
  stolt_swot_item_row_start_editing (row);
  return TRUE;
}

void
stolt_swot_quadrant_set_analysis (StoltSwotQuadrant *self,
                                  StoltProject      *project,
                                  StoltSwotAnalysis *analysis)
{
  g_return_if_fail (STOLT_IS_SWOT_QUADRANT (self));

  remove_all_rows (self);
  g_set_object (&self->project, project);
  g_set_object (&self->analysis, analysis);
  stolt_swot_quadrant_sync (self);
}

/* Presenting, the entry moves up beside the title, where the sort
 * button was: the facilitator can still type items, and the list gets
 * the line the entry took */
void
stolt_swot_quadrant_set_presenting (StoltSwotQuadrant *self,
                                    gboolean           presenting)
{
  GtkWidget *parent = presenting ? self->header : self->box;
  g_autoptr(GtkWidget) entry = g_object_ref (self->entry);

  gtk_widget_set_visible (self->sort, !presenting);
  if (gtk_widget_get_parent (entry) == parent)
    return;
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (entry)), entry);
  gtk_box_append (GTK_BOX (parent), entry);
  gtk_widget_set_hexpand (self->title, !presenting);
  gtk_widget_set_hexpand (entry, presenting);
  gtk_widget_set_valign (entry, presenting ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);
}

/* Enter adds and keeps the focus here for the next item */
static void
entry_activated_cb (StoltSwotQuadrant *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(GError) error = NULL;
  StoltSwotItem *item;

  if (self->analysis == NULL || *text == '\0')
    return;
  item = stolt_swot_add_item (self->project, self->analysis, self->quadrant, text, &error);
  if (item == NULL)
    {
      gtk_widget_error_bell (self->entry);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_widget_grab_focus (self->entry);
}

/* Pasting several lines adds one item per line instead of one long line */
static void
entry_text_inserted_cb (GtkEditable       *editable,
                        const char        *text,
                        int                length,
                        int               *position,
                        StoltSwotQuadrant *self)
{
  g_autofree char *inserted = g_strndup (text, length >= 0 ? (gsize) length : strlen (text));

  if (strchr (inserted, '\n') == NULL || self->analysis == NULL)
    return;
  g_signal_stop_emission_by_name (editable, "insert-text");
  stolt_swot_add_lines (self->project, self->analysis, self->quadrant, inserted);
}

/* Tab and Shift+Tab go from quadrant to quadrant; Up reaches the list */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      StoltSwotQuadrant     *self)
{
  GtkWidget *matrix = gtk_widget_get_ancestor (GTK_WIDGET (self), STOLT_TYPE_SWOT_MATRIX);

  state &= gtk_accelerator_get_default_mod_mask ();
  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab) && matrix != NULL &&
      (state & ~GDK_SHIFT_MASK) == 0)
    {
      int delta = (state & GDK_SHIFT_MASK) || keyval == GDK_KEY_ISO_Left_Tab ? -1 : 1;

      return stolt_swot_matrix_focus_entry (STOLT_SWOT_MATRIX (matrix),
                                            stolt_swot_quadrant_neighbour (self->quadrant, delta));
    }
  if (keyval == GDK_KEY_Up && state == 0)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
      g_autoptr(StoltSwotItem) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->items), n - 1)
                                            : NULL;

      return last != NULL && stolt_swot_quadrant_focus_item (self, last);
    }
  return FALSE;
}

static void
sort_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StoltSwotQuadrant *self = STOLT_SWOT_QUADRANT (widget);

  if (self->analysis != NULL)
    stolt_swot_sort_quadrant (self->project, self->analysis, self->quadrant,
                              g_variant_get_string (parameter, NULL));
}

static void
stolt_swot_quadrant_dispose (GObject *object)
{
  StoltSwotQuadrant *self = STOLT_SWOT_QUADRANT (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->leads, g_hash_table_unref);
  g_clear_object (&self->pending_focus);
  g_clear_object (&self->items);
  g_clear_object (&self->analysis);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (stolt_swot_quadrant_parent_class)->dispose (object);
}

static void
stolt_swot_quadrant_class_init (StoltSwotQuadrantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stolt_swot_quadrant_dispose;
  gtk_widget_class_install_action (widget_class, "quadrant.sort", "s", sort_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "swot-quadrant");
}

static void
stolt_swot_quadrant_init (StoltSwotQuadrant *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
  self->items = g_list_store_new (STOLT_TYPE_SWOT_ITEM);
}

static GtkWidget *
make_header (StoltSwotQuadrant *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GMenu) menu = g_menu_new ();

  self->title = gtk_label_new (stolt_enum_get_label (STOLT_TYPE_QUADRANT, self->quadrant));
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_widget_add_css_class (self->title, "title-3");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  stolt_enum_get_label (STOLT_TYPE_QUADRANT, self->quadrant), -1);

  g_menu_append (menu, _("Sort by _Votes"), "quadrant.sort::votes");
  g_menu_append (menu, _("Sort by _Weight"), "quadrant.sort::weight");
  self->sort = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->sort), "view-sort-descending-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->sort), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (self->sort, _("Sort"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sort), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sort"), -1);
  gtk_widget_add_css_class (self->sort, "flat");

  gtk_box_append (GTK_BOX (header), self->title);
  gtk_box_append (GTK_BOX (header), self->sort);
  return header;
}

/* Dropped below the rows: to the end of this quadrant */
static gboolean
list_drop_cb (GtkDropTarget     *target,
              const GValue      *value,
              double             x,
              double             y,
              StoltSwotQuadrant *self)
{
  g_autoptr(StoltSwotItem) dropped = g_value_dup_object (value);
  GtkWidget *matrix = gtk_widget_get_ancestor (GTK_WIDGET (self), STOLT_TYPE_SWOT_MATRIX);

  if (dropped == NULL || matrix == NULL)
    return FALSE;
  stolt_swot_matrix_place (STOLT_SWOT_MATRIX (matrix), dropped, self->quadrant, NULL);
  return TRUE;
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, stolt_swot_item_row_new ());
}

static void
row_bound_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              StoltSwotQuadrant        *self)
{
  StoltSwotItemRow *row = STOLT_SWOT_ITEM_ROW (gtk_list_item_get_child (list_item));
  StoltSwotItem *item = gtk_list_item_get_item (list_item);

  stolt_swot_item_row_bind (row, self->project, item);
  g_hash_table_insert (self->rows, item, row);
  show_row (self, row);
  if (item == self->pending_focus)
    {
      g_clear_object (&self->pending_focus);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
row_unbound_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                StoltSwotQuadrant        *self)
{
  StoltSwotItemRow *row = STOLT_SWOT_ITEM_ROW (gtk_list_item_get_child (list_item));

  StoltSwotItem *item = stolt_swot_item_row_get_item (row);

  if (item == NULL || self->rows == NULL)
    return;
  if (g_hash_table_lookup (self->rows, item) == row)
    g_hash_table_remove (self->rows, item);
  stolt_swot_item_row_unbind (row);
}

/* The entry's name and placeholder, e.g. "Add a strength" */
static const char *
entry_label (StoltQuadrant quadrant)
{
  switch (quadrant)
    {
    case STOLT_QUADRANT_STRENGTHS: return _("Add a strength");
    case STOLT_QUADRANT_WEAKNESSES: return _("Add a weakness");
    case STOLT_QUADRANT_OPPORTUNITIES: return _("Add an opportunity");
    case STOLT_QUADRANT_THREATS:
    default: return _("Add a threat");
    }
}

GtkWidget *
stolt_swot_quadrant_new (StoltQuadrant quadrant)
{
  StoltSwotQuadrant *self = g_object_new (STOLT_TYPE_SWOT_QUADRANT, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkDropTarget *drop = gtk_drop_target_new (STOLT_TYPE_SWOT_ITEM, GDK_ACTION_MOVE);
  GtkListItemFactory *factory;
  const char *name = stolt_enum_get_label (STOLT_TYPE_QUADRANT, quadrant);
  static const char *const classes[] = { "strengths", "weaknesses", "opportunities", "threats" };

  self->quadrant = quadrant;
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), classes[quadrant]);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (row_bound_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbound_cb), self);
  self->list = g_object_new (GTK_TYPE_GRID_VIEW,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                             "model", gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->items))),
                             "factory", factory,
                             "max-columns", 1,
                             NULL);
  gtk_widget_add_css_class (self->list, "swot-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  g_signal_connect (drop, "drop", G_CALLBACK (list_drop_cb), self);
  gtk_widget_add_controller (scrolled, GTK_EVENT_CONTROLLER (drop));

  self->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), entry_label (quadrant));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry_label (quadrant), -1);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activated_cb), self);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (self->entry)), "insert-text",
                    G_CALLBACK (entry_text_inserted_cb), self);
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (self->entry, key);

  self->header = make_header (self);
  gtk_box_append (GTK_BOX (self->box), self->header);
  gtk_box_append (GTK_BOX (self->box), scrolled);
  gtk_box_append (GTK_BOX (self->box), self->entry);
  return GTK_WIDGET (self);
}
