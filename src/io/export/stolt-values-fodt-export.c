/* stolt-values-fodt-export.c — values documents as flat ODT (values-fodt)
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One XML file that LibreOffice opens as a text document.  Headings use
 * the standard "Heading 1…3" styles with outline levels (so the
 * Navigator shows the outline), lists the "List Bullet"/"List Number"
 * list styles, emphasis the "Emphasis" and "Strong Emphasis" text styles,
 * a section's sub-headings "Heading 3", links real hyperlinks:
 * whoever edits the file further keeps a clean, styled document.
 */

#define G_LOG_DOMAIN "stolt-values-fodt"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "stolt-export-util.h"
#include "stolt-exporters.h"
#include "stolt-markdown.h"

static const char fodt_head[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document"
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
  " office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n";

static const char fodt_styles[] =
  " <office:font-face-decls>\n"
  "  <style:font-face style:name=\"Cantarell\" svg:font-family=\"Cantarell\""
  " style:font-family-generic=\"swiss\"/>\n"
  "  <style:font-face style:name=\"DejaVu Serif\" svg:font-family=\"'DejaVu Serif'\""
  " style:font-family-generic=\"roman\"/>\n"
  " </office:font-face-decls>\n"
  " <office:styles>\n"
  "  <style:default-style style:family=\"paragraph\">\n"
  "   <style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\"/>\n"
  "   <style:text-properties style:font-name=\"DejaVu Serif\" fo:font-size=\"10.5pt\"/>\n"
  "  </style:default-style>\n"
  "  <style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
  "  <style:style style:name=\"Text_20_body\" style:display-name=\"Text body\""
  " style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">\n"
  "   <style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\""
  " fo:line-height=\"125%\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"List_20_Paragraph\" style:display-name=\"List Paragraph\""
  " style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\" style:class=\"list\">\n"
  "   <style:paragraph-properties fo:margin-bottom=\"0.1cm\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"Heading\" style:family=\"paragraph\""
  " style:parent-style-name=\"Standard\" style:next-style-name=\"Text_20_body\""
  " style:class=\"text\">\n"
  "   <style:paragraph-properties fo:margin-top=\"0.42cm\" fo:margin-bottom=\"0.21cm\""
  " fo:keep-with-next=\"always\"/>\n"
  "   <style:text-properties style:font-name=\"Cantarell\" fo:font-weight=\"bold\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"1\""
  " style:class=\"text\">\n"
  "   <style:text-properties fo:font-size=\"20pt\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"2\""
  " style:class=\"text\">\n"
  "   <style:text-properties fo:font-size=\"15pt\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"Heading_20_3\" style:display-name=\"Heading 3\""
  " style:family=\"paragraph\" style:parent-style-name=\"Heading\""
  " style:next-style-name=\"Text_20_body\" style:default-outline-level=\"3\""
  " style:class=\"text\">\n"
  "   <style:text-properties fo:font-size=\"12.5pt\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"Emphasis\" style:family=\"text\">\n"
  "   <style:text-properties fo:font-style=\"italic\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\""
  " style:family=\"text\">\n"
  "   <style:text-properties fo:font-weight=\"bold\"/>\n"
  "  </style:style>\n"
  "  <style:style style:name=\"Strong_20_Italic\" style:display-name=\"Strong Italic\""
  " style:family=\"text\" style:parent-style-name=\"Strong_20_Emphasis\">\n"
  "   <style:text-properties fo:font-style=\"italic\" fo:font-weight=\"bold\"/>\n"
  "  </style:style>\n"
  ;

static const char fodt_styles_end[] =
  "  <text:outline-style style:name=\"Outline\">\n"
  "   <text:outline-level-style text:level=\"1\" style:num-format=\"\"/>\n"
  "   <text:outline-level-style text:level=\"2\" style:num-format=\"\"/>\n"
  "   <text:outline-level-style text:level=\"3\" style:num-format=\"\"/>\n"
  "  </text:outline-style>\n"
  " </office:styles>\n"
  " <office:automatic-styles>\n"
  "  <style:page-layout style:name=\"pm1\">\n"
  "   <style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
  " style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\""
  " fo:margin-left=\"2.5cm\" fo:margin-right=\"2cm\"/>\n"
  "  </style:page-layout>\n"
  " </office:automatic-styles>\n"
  " <office:master-styles>\n"
  "  <style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/>\n"
  " </office:master-styles>\n";

/* A list style: bullets or numbers, three levels, hanging indent */
static void
append_list_style (GString  *out,
                   gboolean  numbered)
{
  g_string_append_printf (out, "  <text:list-style style:name=\"%s\" style:display-name=\"%s\">\n",
                          numbered ? "List_20_Number" : "List_20_Bullet",
                          numbered ? "List Number" : "List Bullet");
  for (int level = 1; level <= 3; level++)
    {
      double indent = 0.63 * level;
      char length[G_ASCII_DTOSTR_BUF_SIZE];

      if (numbered)
        g_string_append_printf (out, "   <text:list-level-style-number text:level=\"%d\""
                                " style:num-suffix=\".\" style:num-format=\"1\">\n", level);
      else
        g_string_append_printf (out, "   <text:list-level-style-bullet text:level=\"%d\""
                                " text:bullet-char=\"%s\">\n", level, level % 2 == 0 ? "◦" : "•");

      /* ODF lengths take a decimal point whatever the user's locale:
       * LibreOffice drops "1,26cm" */
      g_ascii_formatd (length, sizeof length, "%.2f", indent);
      g_string_append_printf (out, "    <style:list-level-properties"
                              " text:list-level-position-and-space-mode=\"label-alignment\">\n"
                              "     <style:list-level-label-alignment"
                              " text:label-followed-by=\"listtab\""
                              " text:list-tab-stop-position=\"%scm\""
                              " fo:text-indent=\"-0.63cm\" fo:margin-left=\"%scm\"/>\n"
                              "    </style:list-level-properties>\n", length, length);
      g_string_append_printf (out, "   </text:list-level-style-%s>\n",
                              numbered ? "number" : "bullet");
    }
  g_string_append (out, "  </text:list-style>\n");
}

/* Text as ODF character content: XML escaped, characters XML 1.0 forbids
 * dropped, line breaks, tabs and runs of spaces made explicit (ODF
 * collapses white space) */
static void
append_text (GString    *out,
             const char *text)
{
  guint spaces = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (c == ' ')
        {
          g_string_append (out, spaces++ == 0 ? " " : "<text:s/>");
          continue;
        }
      spaces = 0;
      if (c == '\n')
        g_string_append (out, "<text:line-break/>");
      else if (c == '\t')
        g_string_append (out, "<text:tab/>");
      else if (c < 0x20 || c == 0xfffe || c == 0xffff)
        continue;
      else if (c == '&')
        g_string_append (out, "&amp;");
      else if (c == '<')
        g_string_append (out, "&lt;");
      else if (c == '>')
        g_string_append (out, "&gt;");
      else
        g_string_append_unichar (out, c);
    }
}

static void
append_element (GString    *out,
                const char *element,
                const char *attributes,
                const char *text)
{
  g_string_append_printf (out, "   <%s %s>", element, attributes);
  append_text (out, text);
  g_string_append_printf (out, "</%s>\n", element);
}

static void
append_heading (GString    *out,
                int         level,
                const char *text)
{
  g_autofree char *attributes = g_strdup_printf ("text:style-name=\"Heading_20_%d\""
                                                 " text:outline-level=\"%d\"", level, level);

  append_element (out, "text:h", attributes, text);
}

static void
append_plain (GString    *out,
              const char *text)
{
  g_auto(GStrv) paragraphs = stolt_plain_paragraphs (text);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    append_element (out, "text:p", "text:style-name=\"Text_20_body\"", paragraphs[i]);
}

static void
append_spans (GString              *out,
              const StoltRichBlock *block)
{
  static const char *const styles[] = {
    NULL, "Emphasis", "Strong_20_Emphasis", "Strong_20_Italic",
  };

  for (guint i = 0; i < block->spans->len; i++)
    {
      const StoltRichSpan *span = &g_array_index (block->spans, StoltRichSpan, i);
      const char *style = styles[span->style & 3];
      const char *previous_uri = i > 0 ? g_array_index (block->spans, StoltRichSpan, i - 1).uri
                                       : NULL;
      const char *next_uri = i + 1 < block->spans->len
                             ? g_array_index (block->spans, StoltRichSpan, i + 1).uri : NULL;

      /* A run of spans with one address is one hyperlink */
      if (span->uri != NULL && g_strcmp0 (previous_uri, span->uri) != 0)
        {
          g_autofree char *href = g_markup_escape_text (span->uri, -1);

          g_string_append_printf (out, "<text:a xlink:type=\"simple\" xlink:href=\"%s\">", href);
        }
      if (style != NULL)
        g_string_append_printf (out, "<text:span text:style-name=\"%s\">", style);
      append_text (out, span->text);
      if (style != NULL)
        g_string_append (out, "</text:span>");
      if (span->uri != NULL && g_strcmp0 (next_uri, span->uri) != 0)
        g_string_append (out, "</text:a>");
    }
}

/* The items from @index on at @depth, and the lists nested in them, as
 * one <text:list>; returns the index of the first block after it */
static guint
append_list (GString   *out,
             GPtrArray *blocks,
             guint      index,
             guint      depth)
{
  const StoltRichBlock *first = g_ptr_array_index (blocks, index);
  gboolean numbered = first->kind == STOLT_RICH_NUMBERED;

  g_string_append_printf (out, "<text:list text:style-name=\"%s\">",
                          numbered ? "List_20_Number" : "List_20_Bullet");
  while (index < blocks->len)
    {
      const StoltRichBlock *block = g_ptr_array_index (blocks, index);

      if (block->kind != first->kind || block->depth != depth)
        break;
      if (numbered)
        g_string_append_printf (out, "<text:list-item text:start-value=\"%u\">", block->number);
      else
        g_string_append (out, "<text:list-item>");
      g_string_append (out, "<text:p text:style-name=\"List_20_Paragraph\">");
      append_spans (out, block);
      g_string_append (out, "</text:p>");
      index++;
      while (index < blocks->len)
        {
          const StoltRichBlock *next = g_ptr_array_index (blocks, index);

          if (next->kind == STOLT_RICH_PARAGRAPH || next->kind == STOLT_RICH_HEADING ||
              next->depth <= depth)
            break;
          index = append_list (out, blocks, index, next->depth);
        }
      g_string_append (out, "</text:list-item>");
    }
  g_string_append (out, "</text:list>\n");
  return index;
}

static void
append_body (GString    *out,
             const char *body)
{
  g_autoptr(GPtrArray) blocks = stolt_markdown_parse (body);
  guint i = 0;

  while (i < blocks->len)
    {
      const StoltRichBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == STOLT_RICH_HEADING)
        {
          /* Below the section's "Heading 2", in the Navigator's outline */
          g_string_append (out, "   <text:h text:style-name=\"Heading_20_3\" text:outline-level=\"3\">");
          append_spans (out, block);
          g_string_append (out, "</text:h>\n");
          i++;
          continue;
        }
      if (block->kind != STOLT_RICH_PARAGRAPH)
        {
          g_string_append (out, "   ");
          i = append_list (out, blocks, i, block->depth);
          continue;
        }
      g_string_append (out, "   <text:p text:style-name=\"Text_20_body\">");
      append_spans (out, block);
      g_string_append (out, "</text:p>\n");
      i++;
    }
}

static void
append_value (GString      *out,
              StoltProject *project,
              StoltValue   *value)
{
  guint n_ids;
  const gint64 *ids = stolt_value_get_measures (value, &n_ids);
  g_autoptr(GPtrArray) measures = stolt_export_ref_titles (project, ids, n_ids);
  const char *practice = stolt_value_get_practice (value);

  append_heading (out, 3, stolt_value_get_name (value));
  append_plain (out, stolt_value_get_statement (value));
  if (practice[0] != '\0')
    {
      g_string_append (out, "   <text:p text:style-name=\"Text_20_body\">"
                            "<text:span text:style-name=\"Strong_20_Emphasis\">");
      append_text (out, _("In everyday practice"));
      g_string_append (out, ":</text:span> ");
      append_text (out, practice);
      g_string_append (out, "</text:p>\n");
    }
  if (measures->len == 0)
    return;

  g_string_append (out, "   <text:p text:style-name=\"Text_20_body\">"
                        "<text:span text:style-name=\"Strong_20_Emphasis\">");
  append_text (out, _("Supporting measures"));
  g_string_append (out, ":</text:span></text:p>\n   <text:list text:style-name=\"List_20_Bullet\">");
  for (guint i = 0; i < measures->len; i++)
    {
      g_string_append (out, "<text:list-item><text:p text:style-name=\"List_20_Paragraph\">");
      append_text (out, g_ptr_array_index (measures, i));
      g_string_append (out, "</text:p></text:list-item>");
    }
  g_string_append (out, "</text:list>\n");
}

static void
append_document (GString      *out,
                 StoltProject *project,
                 StoltValuesDocument *document)
{
  GListModel *values = stolt_record_get_children (STOLT_RECORD (document), 0);
  GListModel *sections = stolt_record_get_children (STOLT_RECORD (document), 1);

  g_autofree char *status = stolt_values_document_dup_status_text (document);

  append_heading (out, 1, stolt_values_document_get_title (document));
  /* Where the document is on its way to the council, under the title */
  g_string_append (out, "   <text:p text:style-name=\"Text_20_body\">"
                        "<text:span text:style-name=\"Strong_20_Emphasis\">");
  append_text (out, _("Status"));
  g_string_append (out, ":</text:span> ");
  append_text (out, status);
  g_string_append (out, "</text:p>\n");
  append_plain (out, stolt_values_document_get_introduction (document));
  if (g_list_model_get_n_items (values) > 0)
    append_heading (out, 2, C_("the values inside one values document", "Values"));
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(StoltValue) value = g_list_model_get_item (values, i);

      append_value (out, project, value);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(StoltValuesSection) section = g_list_model_get_item (sections, i);

      append_heading (out, 2, stolt_values_section_get_heading (section));
      append_body (out, stolt_values_section_get_body (section));
    }
}

gboolean
stolt_values_fodt_export (StoltProject              *project,
                          const StoltExportOptions  *options,
                          GFile                     *output,
                          GError                   **error)
{
  g_autoptr(GPtrArray) documents = stolt_export_records (project, STOLT_LIST_VALUES_DOCUMENTS,
                                                        options->record_id,
                                                        _("the project has no values document to export"),
                                                        error);
  StoltProjectCard *card = stolt_project_get_card (project);
  g_autoptr(GString) lists = g_string_new (NULL);
  GString *out;

  if (documents == NULL)
    return FALSE;

  out = g_string_new (fodt_head);
  g_string_append (out, " <office:meta>\n  <meta:generator>Stolt/" PACKAGE_VERSION
                        "</meta:generator>\n");
  g_string_append (out, "  <dc:title>");
  append_text (out, stolt_project_card_get_title (card));
  g_string_append (out, "</dc:title>\n </office:meta>\n");
  append_list_style (lists, FALSE);
  append_list_style (lists, TRUE);
  g_string_append (out, fodt_styles);
  g_string_append (out, lists->str);
  g_string_append (out, fodt_styles_end);
  g_string_append (out, " <office:body>\n  <office:text>\n");

  for (guint i = 0; i < documents->len; i++)
    {
      StoltValuesDocument *document = documents->pdata[i];

      append_document (out, project, document);
    }
  g_string_append (out, "  </office:text>\n </office:body>\n</office:document>\n");

  return stolt_export_write_text (output, out, error);
}
