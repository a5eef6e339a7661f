/* stolt-model-error.c
 *
 * Copyright 2026 The Stolt developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "stolt-model-error.h"

G_DEFINE_QUARK (stolt-model-error-quark, stolt_model_error)
