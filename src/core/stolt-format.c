/* stolt-format.c — a field's value as text for people, and back
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "stolt-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stolt-date.h"
#include "stolt-enum-labels.h"
#include "stolt-format.h"

/* Characters no file for other programs should carry: C0 controls other
 * than tab and line breaks, DEL, C1 controls, and the Unicode
 * non-characters (U+FDD0–U+FDEF and U+xxFFFE/U+xxFFFF) */
static gboolean
is_unwritable (gunichar c)
{
  if (c < 0x20)
    return c != '\t' && c != '\n' && c != '\r';
  if (c >= 0x7f && c <= 0x9f)
    return TRUE;
  if (c >= 0xfdd0 && c <= 0xfdef)
    return TRUE;
  return (c & 0xfffe) == 0xfffe;
}

/**
 * stolt_format_clean_text:
 * @text: (nullable): UTF-8 text of a record, as the user typed or imported it
 *
 * The one rule every export follows for text it writes (PDF, SVG, PNG,
 * iCalendar, CSV, Markdown, ODT): control characters such as BEL and
 * ESC, and non-characters such as U+FFFE, are dropped; tabs and line
 * breaks are kept.  Invalid UTF-8, which the model never holds, becomes
 * U+FFFD.
 *
 * Returns: (transfer full): the text without them; "" for %NULL
 */
char *
stolt_format_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  if (!stolt_format_needs_cleaning (text))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_unwritable (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * stolt_format_needs_cleaning:
 * @text: (nullable): UTF-8 text
 *
 * Returns: whether stolt_format_clean_text () would change @text
 */
gboolean
stolt_format_needs_cleaning (const char *text)
{
  if (text == NULL)
    return FALSE;
  if (!g_utf8_validate (text, -1, NULL))
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      /* Fast path: plain printable ASCII */
      if ((guchar) *p >= 0x20 && (guchar) *p < 0x7f)
        continue;
      if (is_unwritable (g_utf8_get_char (p)))
        return TRUE;
    }
  return FALSE;
}

/* The character "&#N;" or "&#xN;" at @p stands for, or 0 when @p starts
 * no character reference; *length is its length */
static gunichar
character_reference (const char *p,
                     gsize      *length)
{
  gboolean hex = p[1] == '#' && (p[2] == 'x' || p[2] == 'X');
  const char *digits = p + (hex ? 3 : 2);
  const char *end = digits;
  guint64 code = 0;

  if (p[0] != '&' || p[1] != '#')
    return 0;
  while (hex ? g_ascii_isxdigit (*end) : g_ascii_isdigit (*end))
    {
      code = code * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*end) : *end - '0');
      if (code > 0x10ffff)
        return 0;
      end++;
    }
  if (end == digits || *end != ';')
    return 0;
  *length = end + 1 - p;
  return (gunichar) code;
}

/**
 * stolt_format_clean_markup:
 * @markup: Pango markup made of user text with g_markup_escape_text ()
 *
 * stolt_format_clean_text () for markup: g_markup_escape_text () writes
 * a control character as a character reference ("&#x7;"), which Pango's
 * parser refuses, so those references go too.
 *
 * Returns: (transfer full): the markup without unwritable characters
 */
char *
stolt_format_clean_markup (const char *markup)
{
  g_autofree char *clean = stolt_format_clean_text (markup);
  GString *out;

  if (strstr (clean, "&#") == NULL)
    return g_steal_pointer (&clean);

  out = g_string_sized_new (strlen (clean));
  for (const char *p = clean; *p != '\0'; )
    {
      gsize length = 0;
      gunichar c = *p == '&' ? character_reference (p, &length) : 0;

      if (c != 0 || length > 0)
        {
          if (!is_unwritable (c) && c != 0)
            g_string_append_len (out, p, length);
          p += length;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

const char *
stolt_format_yes_no (gboolean yes)
{
  return yes ? _("Yes") : _("No");
}

/* The locale's thousands separator, with a no-break space for any
 * space, so "1 200" never breaks between its groups; "" for none (C) */
static const char *
thousands_separator (void)
{
  const char *separator = localeconv ()->thousands_sep;

  if (separator == NULL || *separator == '\0')
    return "";
  if (g_str_equal (separator, " ") || g_str_equal (separator, "\u00a0") ||
      g_str_equal (separator, "\u202f"))
    return "\u00a0";
  return separator;
}

/* "1 200,5" in Swedish and Norwegian, "1,200.5" in English, "8" for
 * whole numbers: the way people write hours and percentages. */
char *
stolt_format_number (double number,
                     int    max_decimals)
{
  g_autofree char *text = g_strdup_printf ("%.*f", MAX (max_decimals, 0), number);
  const char *separator = thousands_separator ();
  GString *out = g_string_new (NULL);
  char *end = text + strlen (text) - 1;
  const char *digits = text;
  size_t n_digits;

  if (max_decimals > 0 && strpbrk (text, ".,") != NULL)
    {
      while (end > text && *end == '0')
        *end-- = '\0';
      if (*end == '.' || *end == ',')
        *end = '\0';
    }

  if (*digits == '-')
    g_string_append_c (out, *digits++);
  n_digits = strspn (digits, "0123456789");
  for (size_t i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0 && n_digits >= 4)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  g_string_append (out, digits + n_digits);

  return g_string_free (out, FALSE);
}

/* Drops the spaces people put between groups of three digits ("1 200",
 * with a plain, no-break or narrow no-break space); FALSE if a space
 * stands anywhere else */
static gboolean
drop_group_spaces (const char *text,
                   GString    *out)
{
  guint group = 0;
  gboolean grouped = FALSE;
  gboolean in_integer = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == 0x00a0 || c == 0x202f)
        {
          if (!in_integer || group == 0 || (grouped && group != 3) || group > 3 ||
              !g_ascii_isdigit (p[g_utf8_next_char (p) - p]))
            return FALSE;
          grouped = TRUE;
          group = 0;
          continue;
        }
      if (g_ascii_isdigit (*p))
        group++;
      else if (*p == '.' || *p == ',')
        {
          if (grouped && group != 3)
            return FALSE;
          in_integer = FALSE;
        }
      g_string_append_unichar (out, c);
    }

  return !grouped || !in_integer || group == 3;
}

/* Reads a number typed with a decimal comma or point, with blanks
 * around it and between groups of digits.  Returns FALSE for anything
 * that is not wholly a number. */
gboolean
stolt_parse_number (const char *text,
                    double     *number)
{
  g_autofree char *copy = NULL;
  g_autoptr(GString) compact = g_string_new (NULL);
  char *end = NULL;
  double value;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0' || !drop_group_spaces (copy, compact))
    return FALSE;
  g_strdelimit (compact->str, ",", '.');

  value = g_ascii_strtod (compact->str, &end);
  if (end == compact->str || *end != '\0' || !isfinite (value))
    return FALSE;

  *number = value;
  return TRUE;
}

static char *
format_refs (StoltProject *project,
             GArray       *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      StoltRecord *target = stolt_project_lookup (project, g_array_index (ids, gint64, i));
      const StoltField *code = target != NULL ? stolt_record_find_field (target, "code") : NULL;
      const char *name;

      if (target == NULL)
        continue;

      /* Activities are known by their code (A1, B7) where they have one */
      name = code != NULL ? stolt_record_get_text (target, code) : "";
      if (*name == '\0')
        name = stolt_record_get_title (target);
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, name);
    }

  return g_string_free (text, FALSE);
}

static char *
first_line (const char *text)
{
  const char *newline = strchr (text, '\n');

  return newline != NULL ? g_strndup (text, newline - text) : g_strdup (text);
}

/* Returns: (transfer full): the value as one line of text; "" for none */
char *
stolt_format_value (StoltProject     *project,
                    StoltRecord      *record,
                    const StoltField *field)
{
  StoltRecord *target;
  const char *label;

  switch (field->kind)
    {
    case STOLT_FIELD_TEXT:
      return first_line (stolt_record_get_text (record, field));
    case STOLT_FIELD_DATE:
      {
        char *date = stolt_date_format (stolt_record_get_date (record, field));
        return date != NULL ? date : g_strdup ("");
      }
    case STOLT_FIELD_INT:
      if (g_str_equal (field->name, "progress"))
        /* Translators: a percentage, e.g. "40 %"; use your language's spacing */
        return g_strdup_printf (_("%d %%"), stolt_record_get_int (record, field));
      return g_strdup_printf ("%d", stolt_record_get_int (record, field));
    case STOLT_FIELD_DOUBLE:
      return stolt_format_number (stolt_record_get_double (record, field), 1);
    case STOLT_FIELD_BOOLEAN:
      return g_strdup (stolt_record_get_int (record, field) ? _("Yes") : "");
    case STOLT_FIELD_ENUM:
      label = stolt_enum_get_label (field->enum_type (), stolt_record_get_int (record, field));
      return g_strdup (label != NULL ? label : "");
    case STOLT_FIELD_REF:
      target = stolt_project_lookup (project, stolt_record_get_ref (record, field));
      return g_strdup (target != NULL ? stolt_record_get_title (target) : "");
    case STOLT_FIELD_REFS:
      return format_refs (project, stolt_record_get_refs (record, field));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}
