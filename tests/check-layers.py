#!/usr/bin/env python3
# check-layers.py — the build enforces the layers (DESIGN.md): each
# library has only its own folder and the ones below it on its include
# path, so a header included the wrong way does not compile.
#
# For every library, take the compiler command the build really uses for
# one of its files (compile_commands.json), and compile a one-line probe
# with it: a header of the library itself and of each layer below must be
# found, a header of each layer above must not.  TAP output.
import json
import os
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
    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
