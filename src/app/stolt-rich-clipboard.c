/* stolt-rich-clipboard.c — formatted text on the clipboard, as rich-text blocks
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibreOffice and browsers put text/html on the clipboard.  It is read
 * whole, without blocking the window, and turned into the blocks of the
 * section bodies' subset by the io layer (stolt_rich_blocks_from_html);
 * the values editor pastes those blocks (stolt-rich-editor.c).
 */

#define G_LOG_DOMAIN "stolt-rich-clipboard"

#include "config.h"

#include "stolt-rich-clipboard.h"
#include "stolt-rich-html.h"

/* Whether @clipboard offers formatted text */
gboolean
stolt_rich_clipboard_has_html (GdkClipboard *clipboard)
{
  g_return_val_if_fail (GDK_IS_CLIPBOARD (clipboard), FALSE);

  return gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html");
}

static void
spliced_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  g_task_return_pointer (task,
                         stolt_rich_blocks_from_html (g_bytes_get_data (bytes, NULL),
                                                      g_bytes_get_size (bytes)),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result,
                                                             NULL, &error);
  g_autoptr(GOutputStream) memory = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (stream == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, cancellable, spliced_cb,
                                g_steal_pointer (&task));
}

/**
 * stolt_rich_clipboard_read_blocks_async:
 *
 * Reads the text/html on @clipboard into rich-text blocks.
 */
void
stolt_rich_clipboard_read_blocks_async (GdkClipboard        *clipboard,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  static const char *const html[] = { "text/html", NULL };
  GTask *task;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));

  task = g_task_new (clipboard, cancellable, callback, user_data);
  g_task_set_source_tag (task, stolt_rich_clipboard_read_blocks_async);
  gdk_clipboard_read_async (clipboard, (const char **) html, G_PRIORITY_DEFAULT, cancellable,
                            read_cb, task);
}

/**
 * stolt_rich_clipboard_read_blocks_finish:
 *
 * Returns: (transfer full): the blocks (none if the HTML held no text),
 *   or %NULL with @error set if the clipboard could not be read
 */
GPtrArray *
stolt_rich_clipboard_read_blocks_finish (GdkClipboard  *clipboard,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, clipboard), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
