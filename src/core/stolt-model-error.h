/* stolt-model-error.h — why the model refused a change
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define STOLT_MODEL_ERROR (stolt_model_error_quark ())

typedef enum
{
  STOLT_MODEL_ERROR_REQUIRED,   /* an empty title */
  STOLT_MODEL_ERROR_RANGE,      /* a number or date outside its range */
  STOLT_MODEL_ERROR_ORDER,      /* an end before its start */
  STOLT_MODEL_ERROR_REFERENCE,  /* a link to a record that is not there */
  STOLT_MODEL_ERROR_CYCLE,      /* predecessors that go round in a circle */
  STOLT_MODEL_ERROR_TEXT,       /* text that is not valid UTF-8 or too long */
} StoltModelError;

GQuark stolt_model_error_quark (void);

G_END_DECLS
