#!/usr/bin/env python3
# check-icons.py — check Stolt's application icons
#
# Copyright 2026 The Stolt developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-icons.py SVG...
#
# Each SVG must pass `xmllint --noout` ($XMLLINT, else from PATH) and be
# self-contained (no external references: icon themes load icons without a
# base URI). A full-colour icon must be drawn on the HIG's 128x128 canvas.
# A *-symbolic.svg must be 16x16 and use fills of one colour only, because
# GTK recolours symbolic icons by replacing that colour; strokes, other
# colours or opacity tricks would survive as stray, uncoloured shapes.

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG_NS = '{http://www.w3.org/2000/svg}'
XLINK_HREF = '{http://www.w3.org/1999/xlink}href'
SYMBOLIC_COLOUR = '#2e3436'


class IconError(Exception):
    pass


def check_canvas(root, size):
    width, height = root.get('width'), root.get('height')
    if (width, height) != (str(size), str(size)):
        raise IconError(f'size is {width}x{height}, expected {size}x{size}')
    view_box = (root.get('viewBox') or '').replace(',', ' ').split()
    if view_box != ['0', '0', str(size), str(size)]:
        raise IconError(f'viewBox is "{root.get("viewBox")}", expected "0 0 {size} {size}"')


def check_self_contained(root):
    for element in root.iter():
        for attr in ('href', XLINK_HREF):
            ref = element.get(attr)
            if ref is not None and not ref.startswith('#'):
                raise IconError(f'external reference "{ref}"')
        if element.tag == SVG_NS + 'image':
            raise IconError('embedded raster <image>')


def style_properties(element):
    """Presentation attributes and style="" declarations, merged."""
    props = dict(element.attrib)
    for declaration in (element.get('style') or '').split(';'):
        if ':' in declaration:
            name, value = declaration.split(':', 1)
            props[name.strip()] = value.strip()
    return props


def check_symbolic(root):
    check_canvas(root, 16)
    shapes = 0
    for element in root.iter():
        props = style_properties(element)
        stroke = props.get('stroke')
        if stroke not in (None, 'none'):
            raise IconError(f'<{element.tag.removeprefix(SVG_NS)}> has stroke="{stroke}"')
        fill = props.get('fill')
        if fill not in (None, 'none') and fill.lower() != SYMBOLIC_COLOUR:
            raise IconError(f'fill "{fill}" is not {SYMBOLIC_COLOUR}')
        for prop in ('opacity', 'fill-opacity'):
            if props.get(prop) not in (None, '1'):
                raise IconError(f'{prop}="{props[prop]}" is not recoloured by GTK')
        if element.tag in (SVG_NS + t for t in ('path', 'rect', 'circle', 'ellipse', 'polygon')):
            shapes += 1
    if shapes == 0:
        raise IconError('no shapes drawn')


def check_full_colour(root):
    check_canvas(root, 128)
    colours = set()
    for element in root.iter():
        for prop in ('fill', 'stop-color'):
            value = style_properties(element).get(prop, '')
            if re.fullmatch(r'#[0-9a-fA-F]{6}', value):
                colours.add(value.lower())
    # A placeholder is one or two flat colours; a finished icon has shading
    if len(colours) < 6:
        raise IconError(f'only {len(colours)} colours: looks like a placeholder')


def check_icon(path, xmllint):
    result = subprocess.run([xmllint, '--noout', path], capture_output=True, text=True)
    if result.returncode != 0:
        raise IconError('not well-formed XML:\n' + result.stderr.strip())
    root = ET.parse(path).getroot()
    if root.tag != SVG_NS + 'svg':
        raise IconError(f'root element is <{root.tag}>, expected an SVG <svg>')
    check_self_contained(root)
    if os.path.basename(path).endswith('-symbolic.svg'):
        check_symbolic(root)
    else:
        check_full_colour(root)


def main(argv):
    if len(argv) < 2:
        print(f'usage: {argv[0]} SVG...', file=sys.stderr)
        return 2
    xmllint = os.environ.get('XMLLINT', 'xmllint')
    failed = False
    for path in argv[1:]:
        try:
            check_icon(path, xmllint)
            print(f'check-icons: {path}: OK')
        except (IconError, ET.ParseError, OSError) as error:
            print(f'check-icons: FAIL: {path}: {error}', file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
