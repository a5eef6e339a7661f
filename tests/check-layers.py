#!/usr/bin/env python3
# check-layers.py — the build enforces the layers (DESIGN.md): each
# library has only its own folder and the ones below it on its include
# path, so a header included the wrong way does not compile.
#
# For every library, take the compiler command the build really uses for
# one of its files (compile_commands.json), and compile a one-line probe
# with it: a header of the library itself and of each layer below must be
# found, a header of each layer above must not.  A core private header
# (*-private.h in src/core) is core's own: no file outside src/core, the
# tests included, may include it.  TAP output.
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

BUILD = os.environ["STOLT_BUILD_ROOT"]

# One public header per layer, and what each layer may see
HEADERS = {
    "core": "stolt-project.h",
    "storage": "stolt-document.h",
    "render": "stolt-timeline-painter.h",
    "io": "stolt-exporters.h",
    "app": "stolt-window.h",
}
BELOW = {
    "core": [],
    "storage": ["core"],
    "render": ["core"],
    "io": ["core", "storage", "render"],
    "app": ["core", "storage", "render", "io"],
}


def command_for(layer, commands):
    marker = "libstolt-%s.a.p" % layer
    for entry in commands:
        if marker in entry.get("output", "") or marker in entry["command"]:
            return entry
    return None


def probe(entry, header, workdir):
    src = os.path.join(workdir, "probe.c")
    with open(src, "w") as f:
        f.write('#include "config.h"\n#include "%s"\n' % header)
    args = shlex.split(entry["command"])
    out = []
    skip = False
    for i, a in enumerate(args):
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MQ", "-MT"):
            skip = True
            continue
        if a in ("-MD", "-MMD", "-c") or a == entry["file"] or a.endswith(".c"):
            continue
        out.append(a)
    out += ["-fsyntax-only", src]
    res = subprocess.run(out, cwd=entry["directory"], capture_output=True, text=True)
    return res.returncode == 0, res.stderr


SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def core_private_includers():
    """(header, file) for each include of a core private header outside core"""
    core = os.path.join(SOURCE, "src", "core")
    private = {os.path.basename(p) for p in glob.glob(os.path.join(core, "*-private.h"))}
    include = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)
    found = []
    for top in ("src", "tests", "tools"):
        for root, _dirs, files in os.walk(os.path.join(SOURCE, top)):
            if os.path.commonpath([root, core]) == core:
                continue
            for name in files:
                if not name.endswith((".c", ".h")):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    for header in include.findall(f.read()):
                        if os.path.basename(header) in private:
                            found.append((header, os.path.relpath(path, SOURCE)))
    return private, found


def main():
    with open(os.path.join(BUILD, "compile_commands.json")) as f:
        commands = json.load(f)
    n = 0
    failed = False
    with tempfile.TemporaryDirectory() as workdir:
        for layer, header in HEADERS.items():
            entry = command_for(layer, commands)
            n += 1
            if entry is None:
                print("not ok %d - no compile command for %s" % (n, layer))
                failed = True
                continue
            print("ok %d - %s has a compile command" % (n, layer))
            for other, other_header in HEADERS.items():
                allowed = other == layer or other in BELOW[layer]
                ok, err = probe(entry, other_header, workdir)
                n += 1
                verb = "finds" if allowed else "cannot include"
                if allowed:
                    passed = ok
                else:
                    # refused, and for the right reason: the header is not found
                    passed = not ok and (other_header + ": No such file") in err
                if passed:
                    print("ok %d - %s %s %s (%s)" % (n, layer, verb, other, other_header))
                else:
                    failed = True
                    print("not ok %d - %s %s %s (%s)" % (n, layer, verb, other, other_header))
                    for line in err.splitlines()[:5]:
                        print("# " + line)
    private, found = core_private_includers()
    n += 1
    if not private:
        failed = True
        print("not ok %d - no private header found in src/core" % n)
    elif found:
        failed = True
        print("not ok %d - core private headers are included outside core" % n)
        for header, path in found:
            print("# %s includes %s" % (path, header))
    else:
        print("ok %d - no file outside src/core includes %s" % (n, ", ".join(sorted(private))))
    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
