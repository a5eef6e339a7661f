/* stolt-print.c — printing the whole report, or one values document
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same page flow as --export=pdf (stolt-report.c), built when the
 * print dialog has chosen the paper: A3 paper gets the A3 flow, any
 * other the A4 one, in the chosen orientation; a page the flow turns
 * (a landscape drawing in a portrait report) is printed turned too.
 * Each flow page is scaled to the sheet if the two differ (Letter).
 * A values document is printed as --export=values-pdf draws it.
 */

#define G_LOG_DOMAIN "stolt-print"

#include "config.h"

#include <glib/gi18n.h>

#include "stolt-date.h"
#include "stolt-exporters.h"
#include "stolt-print.h"
#include "stolt-records.h"
#include "stolt-report.h"

typedef struct
{
  StoltProject  *project;
  StoltRecord   *document;   /* a values document; NULL: the report */
  StoltPageFlow *flow;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_pointer (&job->flow, stolt_page_flow_free);
  g_clear_object (&job->document);
  g_clear_object (&job->project);
  g_free (job);
}

static gboolean
is_a3 (GtkPageSetup *setup)
{
  GtkPaperSize *paper = gtk_page_setup_get_paper_size (setup);

  return g_strcmp0 (gtk_paper_size_get_name (paper), GTK_PAPER_NAME_A3) == 0;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  StoltExportOptions options = STOLT_EXPORT_OPTIONS_INIT;

  options.paper = is_a3 (setup) ? STOLT_PAPER_A3 : STOLT_PAPER_A4;
  options.landscape = gtk_page_setup_get_orientation (setup) == GTK_PAGE_ORIENTATION_LANDSCAPE;
  g_clear_pointer (&job->flow, stolt_page_flow_free);
  if (job->document != NULL)
    {
      g_autoptr(GPtrArray) documents = g_ptr_array_new ();

      g_ptr_array_add (documents, job->document);
      job->flow = stolt_values_flow_new (job->project, documents, options.paper);
    }
  else
    job->flow = stolt_report_build (job->project, &options, stolt_date_today ());
  gtk_print_operation_set_n_pages (operation, stolt_page_flow_paginate (job->flow));
}

/* A page the flow turns is printed on a turned sheet */
static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       PrintJob          *job)
{
  double width, height;

  stolt_page_flow_get_page_size (job->flow, page_nr + 1, &width, &height);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double sheet_width = gtk_print_context_get_width (context);
  double sheet_height = gtk_print_context_get_height (context);
  double width, height, scale;

  stolt_page_flow_get_page_size (job->flow, page_nr + 1, &width, &height);
  scale = MIN (sheet_width / width, sheet_height / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  stolt_page_flow_draw_page (job->flow, cr, page_nr + 1);
  cairo_restore (cr);
}

static GtkPrintOperation *
print_new (StoltProject *project,
           StoltRecord  *document,
           const char   *title)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob *job = g_new0 (PrintJob, 1);

  job->project = g_object_ref (project);
  job->document = document != NULL ? g_object_ref (document) : NULL;
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The flow draws its own margins, header and footer */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, title != NULL && *title != '\0'
                                               ? title : _("Untitled Project"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "stolt-print-job", job, print_job_free);
  return operation;
}

/**
 * stolt_print_report_new:
 *
 * Returns: (transfer full): a print operation for the report of
 *   @project, A4 portrait unless the dialog says otherwise.  It draws
 *   @project as it is when printing begins.
 */
GtkPrintOperation *
stolt_print_report_new (StoltProject *project)
{
  return print_new (project, NULL, stolt_project_card_get_title (stolt_project_get_card (project)));
}

/**
 * stolt_print_values_new:
 * @document: a values document of @project
 *
 * Returns: (transfer full): a print operation for @document, drawn as
 *   the values-pdf export draws it, as it is when printing begins
 */
GtkPrintOperation *
stolt_print_values_new (StoltProject        *project,
                        StoltValuesDocument *document)
{
  return print_new (project, STOLT_RECORD (document), stolt_values_document_get_title (document));
}
