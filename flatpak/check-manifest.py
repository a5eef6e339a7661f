#!/usr/bin/env python3
# check-manifest.py — check the promises Stolt's Flatpak manifest makes
#
# Copyright 2026 The Stolt developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-manifest.py MANIFEST APP_ID
#
# flatpak-builder is not installed where `make test` runs, so this checks the
# parts a careless edit would break: the GNOME runtime, the app ID, the
# command, a sandbox without broad file access (documents come through the
# file chooser portal), and Stolt built last, with meson, with its tests.
# Every problem is printed; the exit status is 1 if there was any.

import json
import sys

RUNTIME = 'org.gnome.Platform'
SDK = 'org.gnome.Sdk'
COMMAND = 'stolt'
# Locations that would let the app read the user's files behind the portal
BROAD_LOCATIONS = ('host', 'host-os', 'host-etc', 'home', '~', '/')


def broad_filesystem_access(arg):
    if not arg.startswith('--filesystem='):
        return False
    location = arg.split('=', 1)[1]
    for mode in (':ro', ':rw', ':create'):
        location = location.removesuffix(mode)
    location = location.rstrip('/') or '/'
    return location in BROAD_LOCATIONS


def check(manifest, app_id):
    errors = []

    def expect(key, wanted):
        got = manifest.get(key)
        if got != wanted:
            errors.append(f'"{key}" is {json.dumps(got)}, expected "{wanted}"')

    # flatpak-builder accepts the older "id" as well
    got_id = manifest.get('app-id', manifest.get('id'))
    if got_id != app_id:
        errors.append(f'"app-id" is {json.dumps(got_id)}, expected "{app_id}"')
    expect('runtime', RUNTIME)
    expect('sdk', SDK)
    expect('command', COMMAND)

    version = manifest.get('runtime-version')
    if not isinstance(version, str) or not version:
        errors.append(f'"runtime-version" is {json.dumps(version)}, expected a string such as "47"')

    finish_args = manifest.get('finish-args', [])
    if not isinstance(finish_args, list) or not all(isinstance(a, str) for a in finish_args):
        errors.append('"finish-args" is not a list of strings')
    else:
        for arg in finish_args:
            if broad_filesystem_access(arg):
                errors.append(f'finish-arg "{arg}" grants broad file access; use the portal')

    modules = manifest.get('modules')
    if not isinstance(modules, list) or not modules:
        errors.append('"modules" is missing or empty')
    elif not isinstance(modules[-1], dict):
        errors.append('the last module must be Stolt itself, written inline')
    else:
        last = modules[-1]
        name = last.get('name', '?')
        if last.get('buildsystem') != 'meson':
            errors.append(f'last module "{name}" has buildsystem {json.dumps(last.get("buildsystem"))}, '
                          'expected "meson"')
        if last.get('run-tests') is not True:
            errors.append(f'last module "{name}" does not set "run-tests": true')

    return errors


def main(argv):
    if len(argv) != 3:
        print(f'usage: {argv[0]} MANIFEST APP_ID', file=sys.stderr)
        return 2
    path, app_id = argv[1], argv[2]
    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as error:
        print(f'check-manifest: FAIL: {path}: {error}', file=sys.stderr)
        return 1
    if not isinstance(manifest, dict):
        print(f'check-manifest: FAIL: {path}: not a JSON object', file=sys.stderr)
        return 1

    errors = check(manifest, app_id)
    for error in errors:
        print(f'check-manifest: FAIL: {path}: {error}', file=sys.stderr)
    if errors:
        return 1
    print(f'check-manifest: {path}: OK')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
