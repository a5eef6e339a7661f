/* stolt-safe-xml.c — parsing untrusted XML with libxml2, within limits
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files to import come from anywhere, so the parser runs with:
 *
 *   - no network, no DTD loading, no entity substitution, no XInclude,
 *     and never XML_PARSE_HUGE, so libxml2 keeps its own limits (256
 *     levels of nesting, 10 MB in one text or attribute);
 *   - a refusal of any entity declaration, made by the SAX handler as the
 *     declaration is read, before anything could refer to it (billion
 *     laughs, external entities naming local files);
 *   - a cap on the size of the input and on the number of elements;
 *   - a cap on the attributes of one element, checked before libxml2
 *     sees the bytes: libxml2 2.9 looks for duplicate attributes in
 *     quadratic time, and a 2 MB start tag keeps it busy for minutes;
 *   - errors collected per parse through the context's structured error
 *     handler: nothing global is set, nothing printed.
 *
 * libxml2 builds no tree of its own: the SAX callbacks here build a light
 * one (stolt-safe-xml.h) in an arena that is freed in one go.
 */

#define G_LOG_DOMAIN "stolt-io"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "stolt-import.h"
#include "stolt-safe-xml.h"

typedef enum
{
  STOP_NONE,
  STOP_ENTITY,
  STOP_ELEMENTS,
  STOP_CANCELLED,
} StopReason;

/* Everything of a tree, allocated from blocks that are freed together */
#define ARENA_BLOCK_SIZE (256 * 1024)

struct _StoltXmlTree
{
  GPtrArray    *blocks;
  guint8       *free_start;
  gsize         free_size;
  GHashTable   *names;       /* interned element and attribute names */
  StoltXmlNode *root;
  StoltXmlNode *current;     /* the element being read */
};

typedef struct
{
  GCancellable *cancellable;
  guint         n_elements;
  StopReason    stop;
  char         *first_error;  /* "line N: message" */
  StoltXmlTree *tree;
} Guard;

/* The tree */

static gpointer
arena_alloc (StoltXmlTree *tree,
             gsize         size)
{
  gpointer memory;

  size = (size + 7) & ~(gsize) 7;
  if (size > tree->free_size)
    {
      gsize block_size = MAX (size, ARENA_BLOCK_SIZE);

      tree->free_start = g_malloc (block_size);
      tree->free_size = block_size;
      g_ptr_array_add (tree->blocks, tree->free_start);
    }

  memory = tree->free_start;
  tree->free_start += size;
  tree->free_size -= size;
  return memory;
}

static const char *
arena_strndup (StoltXmlTree *tree,
               const char   *text,
               gsize         length)
{
  char *copy = arena_alloc (tree, length + 1);

  memcpy (copy, text, length);
  copy[length] = '\0';
  return copy;
}

static const char *
intern (StoltXmlTree *tree,
        const char   *name)
{
  const char *copy = g_hash_table_lookup (tree->names, name);

  if (copy == NULL)
    {
      copy = arena_strndup (tree, name, strlen (name));
      g_hash_table_add (tree->names, (gpointer) copy);
    }
  return copy;
}

static StoltXmlTree *
tree_new (void)
{
  StoltXmlTree *tree = g_new0 (StoltXmlTree, 1);

  tree->blocks = g_ptr_array_new_with_free_func (g_free);
  tree->names = g_hash_table_new (g_str_hash, g_str_equal);
  return tree;
}

void
stolt_xml_tree_free (StoltXmlTree *tree)
{
  if (tree == NULL)
    return;
  g_ptr_array_unref (tree->blocks);
  g_hash_table_unref (tree->names);
  g_free (tree);
}

StoltXmlNode *
stolt_xml_tree_get_root (StoltXmlTree *tree)
{
  return tree->root;
}

const char *
stolt_xml_node_get_attribute (StoltXmlNode *node,
                              const char   *name)
{
  for (const char **a = node->attributes; *a != NULL; a += 2)
    if (strcmp (a[0], name) == 0)
      return a[1];
  return NULL;
}

static const struct
{
  const char *name;  /* with the ';' */
  char        c;
} predefined_entities[] = {
  { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "quot;", '"' }, { "apos;", '\'' },
};

/* The reference at @p ('&' … ';') as UTF-8 into @out; returns its length
 * in the input, or 0 if it is none (then the '&' is kept as it is) */
static gsize
decode_reference (const char *p,
                  const char *end,
                  GString    *out)
{
  const char *semicolon = memchr (p, ';', end - p);
  g_autofree char *digits = NULL;
  gboolean hex;
  guint64 code;
  char *digits_end;

  if (semicolon == NULL)
    return 0;

  if (p + 1 < end && p[1] != '#')
    {
      for (guint i = 0; i < G_N_ELEMENTS (predefined_entities); i++)
        {
          gsize n = strlen (predefined_entities[i].name);

          if ((gsize) (end - p - 1) >= n && strncmp (p + 1, predefined_entities[i].name, n) == 0)
            {
              g_string_append_c (out, predefined_entities[i].c);
              return n + 1;
            }
        }
      return 0;
    }

  hex = p + 2 < end && (p[2] == 'x' || p[2] == 'X');
  digits = g_strndup (p + (hex ? 3 : 2), semicolon - p - (hex ? 3 : 2));
  if (*digits == '\0' || !g_ascii_isxdigit (*digits))
    return 0;
  code = g_ascii_strtoull (digits, &digits_end, hex ? 16 : 10);
  if (*digits_end != '\0' || code == 0 || code > 0x10FFFF || !g_unichar_validate ((gunichar) code))
    return 0;

  g_string_append_unichar (out, (gunichar) code);
  return semicolon - p + 1;
}

/* An attribute's value as the file means it.  Without entity substitution
 * (XML_PARSE_NOENT is never set) libxml2 hands attribute values over with
 * every '&' — from "&amp;" or "&#38;" — written back as "&#38;", and may
 * keep other references as written: decode every character reference and
 * predefined entity.  Declared entities never get this far (they are
 * refused where they are declared). */
static const char *
decode_attribute (StoltXmlTree *tree,
                  const char   *value,
                  gsize         length)
{
  const char *end = value + length;
  const char *amp = memchr (value, '&', length);
  g_autoptr(GString) out = NULL;

  if (amp == NULL)
    return arena_strndup (tree, value, length);

  out = g_string_sized_new (length);
  for (const char *p = value; p < end; )
    {
      gsize used;

      if (*p != '&')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      used = decode_reference (p, end, out);
      if (used == 0)
        g_string_append_c (out, *p++);
      else
        p += used;
    }
  return arena_strndup (tree, out->str, out->len);
}

/* Copies the element and its attributes (SAX2 gives them as localname,
 * prefix, URI, value, end) into the tree */
static void
add_element (StoltXmlTree   *tree,
             const xmlChar  *localname,
             const xmlChar  *uri,
             int             n_attributes,
             const xmlChar **attributes)
{
  StoltXmlNode *node = arena_alloc (tree, sizeof (StoltXmlNode));
  const char **pairs = arena_alloc (tree, (2 * (gsize) n_attributes + 1) * sizeof (char *));
  guint n = 0;

  memset (node, 0, sizeof *node);
  node->name = intern (tree, (const char *) localname);
  node->namespaced = uri != NULL;
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **a = &attributes[5 * i];

      if (a[2] != NULL)
        continue;
      pairs[n++] = intern (tree, (const char *) a[0]);
      pairs[n++] = decode_attribute (tree, (const char *) a[3], a[4] - a[3]);
    }
  pairs[n] = NULL;
  node->attributes = pairs;

  node->parent = tree->current;
  if (tree->current == NULL)
    tree->root = node;
  else if (tree->current->last_child == NULL)
    tree->current->children = tree->current->last_child = node;
  else
    tree->current->last_child = tree->current->last_child->next = node;
  tree->current = node;
}

/* Counting attributes */

static const char *
skip_past (const char *p,
           const char *end,
           const char *terminator)
{
  gsize len = strlen (terminator);

  for (; p + len <= end; p++)
    if (memcmp (p, terminator, len) == 0)
      return p + len;
  return end;
}

/* The most attributes any start tag in @data has, counted as quoted
 * values between '<' and '>'.  Comments, CDATA sections and processing
 * instructions are skipped; a count that is a little off on a broken
 * file only matters past the limit. */
static guint
max_attributes (const char *data,
                gsize       length)
{
  const char *p = data;
  const char *end = data + length;
  guint most = 0;

  if (data == NULL || length == 0)
    return 0;

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      guint count = 0;

      p++;
      if (end - p >= 3 && memcmp (p, "!--", 3) == 0)
        {
          p = skip_past (p + 3, end, "-->");
          continue;
        }
      if (end - p >= 8 && memcmp (p, "![CDATA[", 8) == 0)
        {
          p = skip_past (p + 8, end, "]]>");
          continue;
        }
      if (p < end && *p == '?')
        {
          p = skip_past (p + 1, end, "?>");
          continue;
        }

      while (p < end && *p != '>' && *p != '<')
        {
          if (*p == '"' || *p == '\'')
            {
              const char *close = memchr (p + 1, *p, end - p - 1);

              count++;
              p = close != NULL ? close + 1 : end;
            }
          else
            p++;
        }
      most = MAX (most, count);
      if (p >= end)
        break;
    }

  return most;
}

/* SAX callbacks */

static void
guarded_start_element (void           *ctx,
                       const xmlChar  *localname,
                       const xmlChar  *prefix,
                       const xmlChar  *uri,
                       int             nb_namespaces,
                       const xmlChar **namespaces,
                       int             nb_attributes,
                       int             nb_defaulted,
                       const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  Guard *guard = ctxt->_private;

  if (++guard->n_elements > STOLT_SAFE_XML_MAX_ELEMENTS)
    {
      guard->stop = STOP_ELEMENTS;
      xmlStopParser (ctxt);
      return;
    }
  if ((guard->n_elements & 0x3fff) == 0 && g_cancellable_is_cancelled (guard->cancellable))
    {
      guard->stop = STOP_CANCELLED;
      xmlStopParser (ctxt);
      return;
    }

  add_element (guard->tree, localname, uri, nb_attributes, attributes);
}

static void
guarded_end_element (void          *ctx,
                     const xmlChar *localname,
                     const xmlChar *prefix,
                     const xmlChar *uri)
{
  xmlParserCtxt *ctxt = ctx;
  Guard *guard = ctxt->_private;

  if (guard->tree->current != NULL)
    guard->tree->current = guard->tree->current->parent;
}

static void
refused_entity_decl (void          *ctx,
                     const xmlChar *name,
                     int            type,
                     const xmlChar *public_id,
                     const xmlChar *system_id,
                     xmlChar       *content)
{
  xmlParserCtxt *ctxt = ctx;
  Guard *guard = ctxt->_private;

  guard->stop = STOP_ENTITY;
  xmlStopParser (ctxt);
}

/* libxml2 passes the context's userData, which is the context itself */
static void
collect_error (void     *user_data,
               xmlError *error)
{
  xmlParserCtxt *ctxt = user_data;
  Guard *guard = ctxt->_private;
  g_autofree char *message = NULL;

  if (guard->first_error != NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;

  /* Some of libxml2's messages go on over lines ("Bytes: 0xCF …"): the
   * first says what is wrong, and a message here is one line */
  message = g_strdup (error->message != NULL ? error->message : "");
  message[strcspn (message, "\r\n")] = '\0';
  g_strstrip (message);
  /* Translators: where in an XML file something is wrong, then what (in English) */
  guard->first_error = g_strdup_printf (_("line %d: %s"), error->line, message);
}

static void
ignore_generic_error (void       *context,
                      const char *format,
                      ...)
{
}

static xmlParserCtxt *
guarded_context (Guard *guard)
{
  xmlParserCtxt *ctxt = xmlNewParserCtxt ();

  if (ctxt == NULL)
    return NULL;

  /* Only elements and attributes are kept: no document, no text */
  ctxt->_private = guard;
  ctxt->sax->startDocument = NULL;
  ctxt->sax->endDocument = NULL;
  ctxt->sax->internalSubset = NULL;
  ctxt->sax->externalSubset = NULL;
  ctxt->sax->characters = NULL;
  ctxt->sax->cdataBlock = NULL;
  ctxt->sax->ignorableWhitespace = NULL;
  ctxt->sax->comment = NULL;
  ctxt->sax->processingInstruction = NULL;
  ctxt->sax->reference = NULL;
  ctxt->sax->startElementNs = guarded_start_element;
  ctxt->sax->endElementNs = guarded_end_element;
  ctxt->sax->entityDecl = refused_entity_decl;
  ctxt->sax->serror = collect_error;
  ctxt->sax->warning = NULL;
  ctxt->sax->error = NULL;
  ctxt->sax->fatalError = NULL;
  return ctxt;
}

static void
set_error (GError     **error,
           int          code,
           const char  *display_name,
           const char  *detail)
{
  if (code == STOLT_IMPORT_ERROR_UNSAFE)
    g_set_error (error, STOLT_IMPORT_ERROR, code,
                 _("“%s” was not imported: it declares XML entities, which GNOME Planner never "
                   "writes and which can make a program read other files or run out of memory"),
                 display_name);
  else if (code == STOLT_IMPORT_ERROR_TOO_LARGE)
    /* Translators: the file, then what limit it is over */
    g_set_error (error, STOLT_IMPORT_ERROR, code, _("“%s” is too large to import: %s"),
                 display_name, detail);
  else
    /* Translators: the file, then what is wrong with it */
    g_set_error (error, STOLT_IMPORT_ERROR, code, _("“%s” is not a valid GNOME Planner file: %s"),
                 display_name, detail);
}

static gboolean
check_size (GBytes      *bytes,
            const char  *display_name,
            GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *detail = NULL;

  if (length > STOLT_SAFE_XML_MAX_BYTES)
    {
      detail = g_strdup_printf (_("it is larger than %d MB"),
                                STOLT_SAFE_XML_MAX_BYTES / (1024 * 1024));
      set_error (error, STOLT_IMPORT_ERROR_TOO_LARGE, display_name, detail);
      return FALSE;
    }
  if (length > G_MAXINT)
    return FALSE;
  if (max_attributes (data, length) > STOLT_SAFE_XML_MAX_ATTRIBUTES)
    {
      detail = g_strdup_printf (_("an element has more than %d attributes"),
                                STOLT_SAFE_XML_MAX_ATTRIBUTES);
      set_error (error, STOLT_IMPORT_ERROR_TOO_LARGE, display_name, detail);
      return FALSE;
    }
  return TRUE;
}

static gboolean
report_stop (Guard         *guard,
             const char    *display_name,
             GError       **error)
{
  g_autofree char *detail = NULL;

  switch (guard->stop)
    {
    case STOP_ENTITY:
      set_error (error, STOLT_IMPORT_ERROR_UNSAFE, display_name, NULL);
      return TRUE;
    case STOP_ELEMENTS:
      detail = g_strdup_printf (_("it has more than %d elements"), STOLT_SAFE_XML_MAX_ELEMENTS);
      set_error (error, STOLT_IMPORT_ERROR_TOO_LARGE, display_name, detail);
      return TRUE;
    case STOP_CANCELLED:
      g_cancellable_set_error_if_cancelled (guard->cancellable, error);
      return TRUE;
    case STOP_NONE:
    default:
      return FALSE;
    }
}

/**
 * stolt_safe_xml_read:
 * @display_name: the file's name, for messages
 *
 * Returns: (transfer full): the elements, or %NULL with a
 *   %STOLT_IMPORT_ERROR (or %G_IO_ERROR_CANCELLED) that names the file
 */
StoltXmlTree *
stolt_safe_xml_read (GBytes        *bytes,
                     const char    *display_name,
                     GCancellable  *cancellable,
                     GError       **error)
{
  static gsize initialised = 0;
  g_autoptr(StoltXmlTree) tree = NULL;
  Guard guard = { cancellable, 0, STOP_NONE, NULL, NULL };
  xmlGenericErrorFunc saved_handler;
  void *saved_context;
  xmlParserCtxt *ctxt;
  gboolean well_formed;
  xmlDoc *doc;
  gsize length;
  const char *data;

  /* Once, from whichever thread comes first: libxml2 2.9 needs it before
   * threads parse at the same time */
  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }

  if (!check_size (bytes, display_name, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  ctxt = guarded_context (&guard);
  if (ctxt == NULL)
    {
      set_error (error, STOLT_IMPORT_ERROR_TOO_LARGE, display_name, g_strerror (ENOMEM));
      return NULL;
    }
  tree = tree_new ();
  guard.tree = tree;

  /* Errors without a context (the encoding converters' "input conversion
   * failed") go to the generic handler, which prints them: silence it for
   * this parse.  libxml2 keeps the handler per thread, and it is put
   * back as it was. */
  saved_handler = xmlGenericError;
  saved_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);

  /* No SAX callback makes a document, so this returns none */
  data = g_bytes_get_data (bytes, &length);
  doc = xmlCtxtReadMemory (ctxt, data != NULL ? data : "", (int) length, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOCDATA);
  well_formed = ctxt->wellFormed;
  g_clear_pointer (&doc, xmlFreeDoc);
  xmlFreeParserCtxt (ctxt);
  xmlSetGenericErrorFunc (saved_context, saved_handler);

  if (report_stop (&guard, display_name, error))
    g_clear_pointer (&tree, stolt_xml_tree_free);
  else if (!well_formed || guard.first_error != NULL || tree->root == NULL)
    {
      g_clear_pointer (&tree, stolt_xml_tree_free);
      set_error (error, STOLT_IMPORT_ERROR_INVALID, display_name,
                 guard.first_error != NULL ? guard.first_error : _("the file is empty"));
    }

  g_free (guard.first_error);
  return g_steal_pointer (&tree);
}
