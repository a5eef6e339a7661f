#!/usr/bin/python3
# stolt-bench.py — `make bench`: Stolt beside GNOME Planner and an empty window
#
# Copyright 2026 The Stolt developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes GNOME Planner plans of several sizes, then opens each in three
# programs under one Xvfb, the same way and alternating, several rounds:
#
#   - the floor: an empty GTK 4 + libadwaita window (bench-floor-window),
#   - GNOME Planner (the Debian package),
#   - Stolt, on the .planner file and on the same plan converted with
#     `stolt --export=stolt`, each with GTK's default renderer and with
#     GSK_RENDERER=cairo,
#
# and measures each from outside the process: when its first window is
# mapped (an X MapNotify on the root window), when it goes idle (its CPU
# time in /proc/PID/stat unchanged for IDLE seconds: the time reported is
# that of its last tick), its CPU time and its peak memory (VmHWM).  Then
# the headless work at each size: the conversion, a timeline viewport
# drawn (bench-timeline), a save after one edit (bench-storage) and the
# PDF, CSV and ICS exports of the CLI.  It prints medians beside the
# budgets of issue 17, never failing on them, and writes
# docs/benchmarks.md and docs/benchmarks.png.
#
#   stolt-bench.py [--generate=N --output=FILE.planner]
#
# Environment (all optional):
#   STOLT_BENCH_BUILD    the build directory (build)
#   STOLT_BENCH_SIZES    plan sizes in tasks (50,2000,20000)
#   STOLT_BENCH_ROUNDS   rounds of the windowed runs (3)
#   STOLT_BENCH_PLANNER_ROUNDS  rounds for GNOME Planner at 20 000 tasks
#                        and more, where one run takes half a minute (2)
#   STOLT_BENCH_IDLE     seconds without CPU that count as idle (0.6)
#   STOLT_BENCH_TIMEOUT  seconds before a run is given up (240)
#   STOLT_BENCH_DISPLAY  the Xvfb display number (the first free from 90)
#   STOLT_BENCH_PROGRAMS only these of the windowed runs, for profiling:
#                        floor, floor-cairo, planner, stolt, stolt-cairo,
#                        stolt-file, stolt-file-cairo (all); the floor is
#                        always run
#   STOLT_BENCH_HEADLESS 0 to skip the headless work (1)
#   STOLT_BENCH_DOCS     where benchmarks.md and .png go (docs), or "" for
#                        nowhere

import ctypes
import datetime
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import xml.sax.saxutils

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

BUDGET_2000_EXCESS = 0.10      # s over the floor's idle time
BUDGET_20000_EXCESS = 0.25     # s over the floor's idle time
BUDGET_20000_SPEEDUP = 20.0    # times faster than Planner
BUDGET_20000_MEMORY = 40.0     # MiB over the floor's peak
BUDGET_VIEWPORT_MS = 4.0

CLK_TCK = os.sysconf('SC_CLK_TCK')


def env_int_list(name, default):
    text = os.environ.get(name, default)
    return [int(v) for v in text.replace(' ', '').split(',') if v]


# ---------------------------------------------------------------------
# GNOME Planner plans

VERBS = ['Kartlegge', 'Planlegge', 'Gjennomføre', 'Evaluere', 'Forankre', 'Informere om',
         'Utarbeide', 'Kartlägga', 'Genomföra', 'Utvärdera', 'Förankra', 'Ta fram']
OBJECTS = ['kompetansebehov i hjemmetjenesten', 'rekrutteringsplan for sykepleiere',
           'medarbeidersamtaler', 'lederopplæring', 'heltidskultur', 'seniorpolitikk',
           'lærlingordningen', 'turnus i omsorgssektoren',
           'kompetensförsörjning inom äldreomsorgen', 'introduktion för nyanställda',
           'arbetsmiljöenkät', 'chefsutveckling', 'lönekartläggning']
PEOPLE = ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Sigrid Haugen', 'Per Olsen',
          'Anders Johansson', 'Maria Lindqvist', 'Erik Nilsson', 'Lars Pettersson', 'Åsa Ek',
          'Nils Dahl', 'Karin Holm', 'Jonas Strand', 'Liv Bakken', 'Emma Sundberg']
GROUPS = ['HR', 'Ledelse', 'Tillitsvalgte', 'Enhetsledere']

PACKAGES_PER_PHASE = 8
TASKS_PER_PACKAGE = 7       # and one milestone after them
PARALLEL_PHASES = 4         # a phase starts after the one four before it


def attr(text):
    # Planner writes non-ASCII as character references
    out = xml.sax.saxutils.escape(text, {'"': '&quot;'})
    return ''.join(c if ord(c) < 0x80 else '&#x%X;' % ord(c) for c in out)


def planner_time(day, hour):
    return '%sT%02d0000Z' % (day.strftime('%Y%m%d'), hour)


def generate_plan(n_tasks):
    """A Planner file of n_tasks tasks (summaries included): phases of
    work packages of tasks, each package closed by a milestone; tasks in
    a package one after the other, packages in a phase in two streams,
    a phase after the one PARALLEL_PHASES before it; resources in groups
    and one or two allocations a task."""
    start = datetime.date(2026, 1, 5)
    n_resources = max(5, min(120, n_tasks // 150))
    lines = []
    allocations = []
    next_id = [1]
    phase_ends = []

    def new_id():
        i = next_id[0]
        next_id[0] += 1
        return i

    def left():
        return n_tasks - next_id[0] + 1

    def task_open(i, name, work, kind='normal', indent=2, empty=False, preds=(), constraint=None):
        pad = '  ' * indent
        head = ('%s<task id="%d" name="%s" note="" work="%d" duration="%d" start="%s" end="%s" '
                'work-start="%s" percent-complete="%d" priority="0" type="%s" '
                'scheduling="fixed-work"'
                % (pad, i, attr(name), work, work, planner_time(start, 0), planner_time(start, 17),
                   planner_time(start, 8), (i * 37) % 3 * 50 if kind == 'normal' else 0, kind))
        body = []
        if constraint is not None:
            body.append('%s  <constraint type="start-no-earlier-than" time="%s"/>'
                        % (pad, planner_time(constraint, 0)))
        if preds:
            body.append('%s  <predecessors>' % pad)
            for n, (pred, lag) in enumerate(preds):
                body.append('%s    <predecessor id="%d" predecessor-id="%d" type="FS"%s/>'
                            % (pad, n + 1, pred, ' lag="%d"' % lag if lag else ''))
            body.append('%s  </predecessors>' % pad)
        if empty and not body:
            lines.append(head + '/>')
            return
        lines.append(head + '>')
        lines.extend(body)
        if empty:
            lines.append('%s</task>' % pad)

    phase = 0
    while left() > 0:
        phase += 1
        phase_id = new_id()
        task_open(phase_id, 'Fase %d: %s' % (phase, OBJECTS[phase % len(OBJECTS)]), 0, indent=2,
                  constraint=start + datetime.timedelta(weeks=13 * (phase // PARALLEL_PHASES))
                  if phase % PARALLEL_PHASES == 1 else None)
        package_ends = []
        for package in range(PACKAGES_PER_PHASE):
            if left() <= 0:
                break
            package_id = new_id()
            title = '%s %s' % (VERBS[(phase + package) % len(VERBS)],
                               OBJECTS[(phase * 3 + package) % len(OBJECTS)])
            preds = []
            if package >= 2:
                preds.append((package_ends[package - 2], 0))
            elif phase > PARALLEL_PHASES and package == 0:
                preds.append((phase_ends[phase - PARALLEL_PHASES - 1], 2 * 86400))
            task_open(package_id, title, 0, indent=3, preds=preds)
            previous = None
            for t in range(TASKS_PER_PACKAGE + 1):
                if left() <= 0:
                    break
                i = new_id()
                milestone = t == TASKS_PER_PACKAGE or left() == 0
                days = 1 + (i * 7) % 5
                name = ('%s klart' % title if milestone
                        else '%s %s, del %d' % (VERBS[i % len(VERBS)], OBJECTS[i // 7 % len(OBJECTS)],
                                                t + 1))
                task_open(i, name, 0 if milestone else days * 28800,
                          kind='milestone' if milestone else 'normal', indent=4, empty=True,
                          preds=[(previous, 0)] if previous is not None else ())
                if not milestone:
                    allocations.append((i, i % n_resources + 1, 100 if i % 5 else 50))
                    if i % 5 == 0:
                        allocations.append((i, (i * 7 + 3) % n_resources + 1, 50))
                previous = i
            package_ends.append(previous if previous is not None else package_id)
            lines.append('      </task>')
        phase_ends.append(package_ends[-1] if package_ends else phase_id)
        lines.append('    </task>')

    out = ['<?xml version="1.0"?>',
           '<project name="Arbeidsgiverpolitikk &#x2013; %d oppgaver" company="Kommune" '
           'manager="Kari Nordmann" phase="" project-start="%s" mrproject-version="2" '
           'calendar="1">' % (n_tasks, planner_time(start, 0)),
           '  <properties/>',
           '  <phases/>',
           '  <calendars>',
           '    <day-types>',
           '      <day-type id="0" name="Working" description="A default working day"/>',
           '      <day-type id="1" name="Nonworking" description="A default non working day"/>',
           '      <day-type id="2" name="Use base" description="Use day from base calendar"/>',
           '    </day-types>',
           '    <calendar id="1" name="Default">',
           '      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>',
           '      <overridden-day-types>',
           '        <overridden-day-type id="0">',
           '          <interval start="0800" end="1200"/>',
           '          <interval start="1300" end="1700"/>',
           '        </overridden-day-type>',
           '      </overridden-day-types>',
           '      <days/>',
           '    </calendar>',
           '  </calendars>',
           '  <tasks>']
    out.extend(lines)
    out.append('  </tasks>')
    out.append('  <resource-groups>')
    for g, name in enumerate(GROUPS):
        out.append('    <group id="%d" name="%s" admin-name="" admin-phone="" admin-email=""/>'
                   % (g + 1, attr(name)))
    out.append('  </resource-groups>')
    out.append('  <resources>')
    for r in range(n_resources):
        name = PEOPLE[r % len(PEOPLE)] + ('' if r < len(PEOPLE) else ' %d' % (r // len(PEOPLE) + 1))
        out.append('    <resource group="%d" id="%d" name="%s" short-name="%s" type="1" units="0" '
                   'email="" note="" std-rate="0"/>'
                   % (r % len(GROUPS) + 1, r + 1, attr(name),
                      attr(''.join(w[0] for w in name.split() if w[0].isalpha()))))
    out.append('  </resources>')
    out.append('  <allocations>')
    for task, resource_id, units in allocations:
        out.append('    <allocation task-id="%d" resource-id="%d" units="%d"/>'
                   % (task, resource_id, units))
    out.append('  </allocations>')
    out.append('</project>')
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------------
# X: when a program's window is mapped (Xlib through ctypes; no module
# beyond Python's own)

class XEvent(ctypes.Union):
    _fields_ = [('type', ctypes.c_int), ('pad', ctypes.c_long * 24)]


class XMapEvent(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong),
                ('send_event', ctypes.c_int), ('display', ctypes.c_void_p),
                ('event', ctypes.c_ulong), ('window', ctypes.c_ulong),
                ('override_redirect', ctypes.c_int)]


MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class XWatch:
    def __init__(self, display):
        self.x = ctypes.CDLL('libX11.so.6')
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x.XPending.argtypes = [ctypes.c_void_p]
        self.x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError('cannot open display %s' % display)
        root = self.x.XDefaultRootWindow(self.dpy)
        self.x.XSelectInput(self.dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XSync(self.dpy, 0)

    def drain(self):
        """True if a toplevel (not override-redirect) window was mapped
        since the last call"""
        mapped = False
        event = XEvent()
        while self.x.XPending(self.dpy) > 0:
            self.x.XNextEvent(self.dpy, ctypes.byref(event))
            if event.type == MAP_NOTIFY:
                m = ctypes.cast(ctypes.byref(event), ctypes.POINTER(XMapEvent)).contents
                if not m.override_redirect:
                    mapped = True
        return mapped

    def close(self):
        self.x.XCloseDisplay(self.dpy)


def free_display():
    wanted = os.environ.get('STOLT_BENCH_DISPLAY')
    if wanted:
        return int(wanted.lstrip(':'))
    for n in range(90, 200):
        if not os.path.exists('/tmp/.X11-unix/X%d' % n) and not os.path.exists('/tmp/.X%d-lock' % n):
            return n
    raise RuntimeError('no free X display number')


def start_xvfb():
    n = free_display()
    xvfb = subprocess.Popen(['Xvfb', ':%d' % n, '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if os.path.exists('/tmp/.X11-unix/X%d' % n):
            return xvfb, ':%d' % n
        time.sleep(0.05)
    xvfb.kill()
    raise RuntimeError('Xvfb did not start on :%d' % n)


# ---------------------------------------------------------------------
# One windowed run, measured from outside

def cpu_ticks(pid):
    try:
        with open('/proc/%d/stat' % pid) as f:
            fields = f.read().rsplit(')', 1)[1].split()
        return int(fields[11]) + int(fields[12])   # utime, stime
    except (OSError, IndexError):
        return None


def peak_memory_mib(pid):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def run_window(watch, argv, env, idle, timeout, log):
    """Starts argv; returns (mapped s, idle s, CPU s, peak MiB), or None
    if it exited or did not settle within timeout"""
    watch.drain()
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    mapped = None
    last_ticks = 0
    last_change = t0
    result = None
    try:
        while True:
            time.sleep(0.01)
            now = time.monotonic()
            if mapped is None and watch.drain():
                mapped = now - t0
            ticks = cpu_ticks(proc.pid)
            if ticks is None or proc.poll() is not None:
                break
            if ticks != last_ticks:
                last_ticks = ticks
                last_change = now
            if mapped is not None and now - last_change >= idle:
                settled = max(last_change - t0, mapped)
                result = (mapped, settled, ticks / CLK_TCK, peak_memory_mib(proc.pid))
                break
            if now - t0 > timeout:
                break
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(3)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return result


# ---------------------------------------------------------------------
# Headless runs

def run_timed(argv, env):
    """Wall s, CPU s and peak MiB of a command that must succeed"""
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError('%s failed (%d):\n%s' % (' '.join(argv), proc.returncode,
                                                    output.decode(errors='replace')))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, output.decode()


def bench_timeline(build, env, stolt_file):
    _, _, _, out = run_timed([os.path.join(build, 'tests/bench/bench-timeline'), '--runs=7',
                              '--frames=60', '--file=' + stolt_file], env)
    # The slowest of the viewports' medians, and the median frame of
    # scrolling: each a median, as the budget is
    viewports = []
    for line in out.splitlines():
        m = re.match(r'(slowest viewport|scrolling, week zoom)[^0-9]*([0-9.]+) ms', line)
        if m:
            viewports.append((float(m.group(2)), m.group(1)))
    return max(viewports) if viewports else (float('nan'), '?')


def bench_save(build, env, stolt_file):
    _, _, _, out = run_timed([os.path.join(build, 'tests/bench/bench-storage'), '--runs=5',
                              '--file=' + stolt_file], env)
    m = re.search(r'save after one edit[^:]*: ([0-9.]+) ms', out)
    return float(m.group(1)) / 1000.0 if m else float('nan')


# ---------------------------------------------------------------------
# The report

def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt_s(v):
    return '—' if v is None else '%.2f s' % v if v >= 0.995 else '%.0f ms' % (v * 1000)


def fmt_n(n):
    return '{:,}'.format(n).replace(',', ' ')


def fmt_mib(v):
    return '—' if v is None else '%.0f MiB' % v


def machine_description(build):
    def first(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
        except OSError:
            return '?'
    cpu = '?'
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    with open('/proc/meminfo') as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    try:
        with open('/etc/debian_version') as f:
            debian = f.read().strip()
    except OSError:
        debian = '?'
    return [
        ('CPU', '%s, %d cores available' % (cpu, len(os.sched_getaffinity(0)))),
        ('memory', '%.1f GiB' % mem),
        ('system', 'Debian %s, Linux %s' % (debian, platform.release())),
        ('load average at the start', '%.2f %.2f %.2f' % os.getloadavg()),
        ('GTK', first(['pkg-config', '--modversion', 'gtk4'])),
        ('libadwaita', first(['pkg-config', '--modversion', 'libadwaita-1'])),
        ('GNOME Planner', first(['dpkg-query', '-W', '-f=${Version}', 'planner'])),
        ('Stolt', first(['git', '-C', ROOT, 'describe', '--always', '--dirty']) + ', '
         + first(['meson', 'introspect', build, '--buildoptions']).split('"buildtype", "value": "')[-1]
         .split('"')[0] + ' build'),
    ]


def draw_plot(path, sizes, series):
    import cairo

    width, height = 900, 560
    left, right, top, bottom = 90, 200, 40, 70
    surface = cairo.ImageSurface(cairo.FORMAT_ARGB32, width, height)
    cr = cairo.Context(surface)
    cr.set_source_rgb(1, 1, 1)
    cr.paint()
    values = [v for _, _, _, vs in series for v in vs if v is not None and v > 0]
    if not values:
        return
    import math
    y_lo = 10 ** math.floor(math.log10(min(values)))
    y_hi = 10 ** math.ceil(math.log10(max(values)))
    x_lo, x_hi = math.log10(min(sizes)) - 0.1, math.log10(max(sizes)) + 0.1

    def px(size):
        return left + (math.log10(size) - x_lo) / (x_hi - x_lo) * (width - left - right)

    def py(v):
        return top + (1 - (math.log10(v) - math.log10(y_lo))
                      / (math.log10(y_hi) - math.log10(y_lo))) * (height - top - bottom)

    cr.select_font_face('DejaVu Sans')
    cr.set_font_size(13)
    cr.set_line_width(1)
    decade = y_lo
    while decade <= y_hi * 1.001:
        for k in range(1, 10):
            v = decade * k
            if v > y_hi * 1.001:
                break
            cr.set_source_rgb(0.85, 0.85, 0.85) if k > 1 else cr.set_source_rgb(0.6, 0.6, 0.6)
            cr.move_to(left, py(v))
            cr.line_to(width - right, py(v))
            cr.stroke()
            if k in (1, 2, 5):
                label = '%g s' % v if v >= 1 else '%g ms' % round(v * 1000)
                ext = cr.text_extents(label)
                cr.set_source_rgb(0.2, 0.2, 0.2)
                cr.move_to(left - 8 - ext.width, py(v) + 4)
                cr.show_text(label)
        decade *= 10
    for size in sizes:
        cr.set_source_rgb(0.85, 0.85, 0.85)
        cr.move_to(px(size), top)
        cr.line_to(px(size), height - bottom)
        cr.stroke()
        label = fmt_n(size)
        ext = cr.text_extents(label)
        cr.set_source_rgb(0.2, 0.2, 0.2)
        cr.move_to(px(size) - ext.width / 2, height - bottom + 20)
        cr.show_text(label)
    cr.move_to(left, height - 20)
    cr.show_text('tasks in the plan (log scale)')
    cr.save()
    cr.move_to(22, top + (height - top - bottom) / 2 + 90)
    cr.rotate(-math.pi / 2)
    cr.show_text('time until idle (log scale)')
    cr.restore()
    cr.set_font_size(15)
    cr.move_to(left, 24)
    cr.show_text('Opening a plan under Xvfb: median time until the process is idle')
    cr.set_font_size(13)

    for n, (name, rgb, dashed, vs) in enumerate(series):
        cr.set_source_rgb(*rgb)
        cr.set_line_width(2.5)
        cr.set_dash([6, 4] if dashed else [])
        points = [(px(s), py(v)) for s, v in zip(sizes, vs) if v is not None and v > 0]
        for i, (x, y) in enumerate(points):
            (cr.line_to if i else cr.move_to)(x, y)
        cr.stroke()
        cr.set_dash([])
        for x, y in points:
            cr.arc(x, y, 4, 0, 2 * math.pi)
            cr.fill()
        ly = top + 20 + n * 24
        cr.move_to(width - right + 16, ly)
        cr.line_to(width - right + 46, ly)
        cr.set_dash([6, 4] if dashed else [])
        cr.stroke()
        cr.set_dash([])
        cr.set_source_rgb(0.1, 0.1, 0.1)
        cr.move_to(width - right + 52, ly + 4)
        cr.show_text(name)
    surface.write_to_png(path)


def main():
    if len(sys.argv) == 3 and sys.argv[1].startswith('--generate=') \
            and sys.argv[2].startswith('--output='):
        with open(sys.argv[2].split('=', 1)[1], 'w', encoding='ascii') as f:
            f.write(generate_plan(int(sys.argv[1].split('=', 1)[1])))
        return 0
    if len(sys.argv) != 1:
        print('usage: stolt-bench.py [--generate=N --output=FILE.planner]', file=sys.stderr)
        return 2

    build = os.path.join(ROOT, os.environ.get('STOLT_BENCH_BUILD', 'build'))
    sizes = env_int_list('STOLT_BENCH_SIZES', '50,2000,20000')
    rounds = int(os.environ.get('STOLT_BENCH_ROUNDS', '3'))
    planner_rounds = int(os.environ.get('STOLT_BENCH_PLANNER_ROUNDS', '2'))
    idle = float(os.environ.get('STOLT_BENCH_IDLE', '0.6'))
    timeout = float(os.environ.get('STOLT_BENCH_TIMEOUT', '240'))
    docs = os.environ.get('STOLT_BENCH_DOCS', 'docs')
    stolt = os.path.join(build, 'src/stolt')
    floor = os.path.join(build, 'tests/bench/bench-floor-window')
    planner = shutil.which('planner')
    for path in (stolt, floor):
        if not os.access(path, os.X_OK):
            print('stolt-bench: %s is not built' % path, file=sys.stderr)
            return 1
    if planner is None:
        print('stolt-bench: GNOME Planner is not installed (apt-get install planner)',
              file=sys.stderr)
        return 1

    tmp = tempfile.mkdtemp(prefix='stolt-bench-')
    machine = machine_description(build)
    base_env = {
        'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
        'LANG': 'C.UTF-8',
        'LC_ALL': 'C.UTF-8',
        'LANGUAGE': 'C',
        'GSETTINGS_BACKEND': 'memory',
        'GSETTINGS_SCHEMA_DIR': os.path.join(build, 'data'),
        'GIO_USE_VFS': 'local',
        'NO_AT_BRIDGE': '1',
        'GTK_A11Y': 'none',
        'ADW_DISABLE_PORTAL': '1',
    }
    if 'DBUS_SESSION_BUS_ADDRESS' in os.environ:
        base_env['DBUS_SESSION_BUS_ADDRESS'] = os.environ['DBUS_SESSION_BUS_ADDRESS']

    def fresh_env(extra=None):
        """A home of its own for every run: no settings, no working
        copies, nothing to recover, as for a first start"""
        home = tempfile.mkdtemp(dir=tmp, prefix='home-')
        env = dict(base_env)
        env.update({'HOME': home,
                    'XDG_DATA_HOME': os.path.join(home, 'data'),
                    'XDG_CONFIG_HOME': os.path.join(home, 'config'),
                    'XDG_CACHE_HOME': os.path.join(home, 'cache'),
                    'XDG_STATE_HOME': os.path.join(home, 'state'),
                    'XDG_RUNTIME_DIR': os.path.join(home, 'runtime')})
        for key in ('XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME',
                    'XDG_RUNTIME_DIR'):
            os.makedirs(env[key], mode=0o700)
        env.update(extra or {})
        return env

    # The plans
    plans = {}
    print('stolt-bench: plans of %s tasks in %s' % (', '.join(map(str, sizes)), tmp))
    for size in sizes:
        path = os.path.join(tmp, 'plan-%d.planner' % size)
        with open(path, 'w', encoding='ascii') as f:
            f.write(generate_plan(size))
        converted = os.path.join(tmp, 'plan-%d.stolt' % size)
        run_timed([stolt, '--export=stolt', '--output=' + converted, path], fresh_env())
        plans[size] = (path, converted)

    # The windowed runs: alternating programs within a round
    xvfb, display = start_xvfb()
    base_env['DISPLAY'] = display
    programs = [
        ('floor', 'empty GTK 4 + libadwaita window', lambda s: [floor, plans[s][0]], {}),
        ('floor-cairo', 'empty window, GSK_RENDERER=cairo', lambda s: [floor, plans[s][0]],
         {'GSK_RENDERER': 'cairo'}),
        ('planner', 'GNOME Planner', lambda s: [planner, plans[s][0]], {}),
        ('stolt', 'Stolt, .planner', lambda s: [stolt, plans[s][0]], {}),
        ('stolt-cairo', 'Stolt, .planner, GSK_RENDERER=cairo', lambda s: [stolt, plans[s][0]],
         {'GSK_RENDERER': 'cairo'}),
        ('stolt-file', 'Stolt, .stolt', lambda s: [stolt, plans[s][1]], {}),
        ('stolt-file-cairo', 'Stolt, .stolt, GSK_RENDERER=cairo', lambda s: [stolt, plans[s][1]],
         {'GSK_RENDERER': 'cairo'}),
    ]
    wanted = os.environ.get('STOLT_BENCH_PROGRAMS')
    if wanted:
        keep = set(wanted.split(',')) | {'floor', 'floor-cairo', 'planner'}
        programs = [p for p in programs if p[0] in keep]
        skip_planner = 'planner' not in wanted.split(',')
    else:
        skip_planner = False
    results = {(key, size): [] for key, _, _, _ in programs for size in sizes}
    log = open(os.path.join(tmp, 'programs.log'), 'wb')
    try:
        watch = XWatch(display)
        # One run of each, not measured: the page cache and font caches
        # are then warm for all alike
        for size in sizes[:1]:
            for key, _, argv, extra in programs:
                if key == 'planner' and skip_planner:
                    continue
                run_window(watch, argv(size), fresh_env(extra), idle, timeout, log)
        for r in range(rounds):
            for size in sizes:
                order = programs[r % len(programs):] + programs[:r % len(programs)]
                for key, name, argv, extra in order:
                    if key == 'planner' and (skip_planner
                                             or (size >= 20000 and r >= planner_rounds)):
                        continue
                    m = run_window(watch, argv(size), fresh_env(extra), idle, timeout, log)
                    results[(key, size)].append(m)
                    print('round %d/%d, %6d tasks, %-36s %s' % (
                        r + 1, rounds, size, name,
                        'window %s, idle %s, CPU %s, peak %s' % (
                            fmt_s(m[0]), fmt_s(m[1]), fmt_s(m[2]), fmt_mib(m[3]))
                        if m else 'did not settle (see %s)' % log.name), flush=True)
        watch.close()
    finally:
        xvfb.terminate()
        xvfb.wait()
        log.close()

    # Headless work
    headless = {}
    for size in sizes:
        source, converted = plans[size]
        h = {'export-stolt': None, 'pdf': None, 'csv': None, 'ics': None, 'save': None,
             'viewport': (float('nan'), 'not measured')}
        headless[size] = h
        if os.environ.get('STOLT_BENCH_HEADLESS', '1') == '0':
            continue
        h['export-stolt'] = med([run_timed([stolt, '--export=stolt', '--output=' +
                                            os.path.join(tmp, 'again.stolt'), source],
                                           fresh_env())[0] for _ in range(rounds)])
        for fmt in ('pdf', 'csv', 'ics'):
            out = os.path.join(tmp, 'report-%d.%s' % (size, fmt))
            h[fmt] = med([run_timed([stolt, '--export=' + fmt, '--output=' + out, converted],
                                    fresh_env())[0] for _ in range(rounds)])
        h['viewport'] = bench_timeline(build, fresh_env(), converted)
        h['save'] = bench_save(build, fresh_env(), converted)
        headless[size] = h
        print('headless, %6d tasks: --export=stolt %s, PDF %s, CSV %s, ICS %s, '
              'save after one edit %s, slowest viewport %.2f ms (%s)'
              % (size, fmt_s(h['export-stolt']), fmt_s(h['pdf']), fmt_s(h['csv']),
                 fmt_s(h['ics']), fmt_s(h['save']), h['viewport'][0], h['viewport'][1]),
              flush=True)

    # Medians
    summary = {}
    for (key, size), ms in results.items():
        ms = [m for m in ms if m is not None]
        summary[(key, size)] = tuple(med([m[i] for m in ms]) for i in range(4)) + (len(ms),)

    def excess(key, size, i=1):
        # Each against the floor drawn the same way
        base = 'floor-cairo' if key.endswith('cairo') else 'floor'
        a, b = summary[(key, size)][i], summary[(base, size)][i]
        return None if a is None or b is None else a - b

    def signed(v):
        return '' if v is None else ('+' if v >= 0 else '−') + fmt_s(abs(v))

    table = ['| tasks | program | window mapped | idle | CPU | peak memory | idle over the floor '
             '| CPU over the floor | memory over the floor | Planner ÷ this | runs |',
             '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|']
    for size in sizes:
        for key, name, _, _ in programs:
            mapped, settled, cpu, peak, n = summary[(key, size)]
            planner_idle = summary[('planner', size)][1]
            ratio = ('%.1f×' % (planner_idle / settled)
                     if planner_idle and settled and key != 'planner' else '')
            is_floor = key.startswith('floor')
            over = excess(key, size) if not is_floor else None
            over_cpu = excess(key, size, 2) if not is_floor else None
            over_mem = excess(key, size, 3) if not is_floor else None
            table.append('| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |'.format(
                fmt_n(size), name, fmt_s(mapped), fmt_s(settled), fmt_s(cpu), fmt_mib(peak),
                signed(over), signed(over_cpu),
                '' if over_mem is None else '%+.0f MiB' % over_mem, ratio, n)
                )

    headless_table = ['| tasks | `--export=stolt` (from .planner) | timeline viewport, slowest '
                      '| save after one edit | report PDF | CSV | ICS |',
                      '|---:|---:|---:|---:|---:|---:|---:|']
    for size in sizes:
        h = headless[size]
        headless_table.append('| {} | {} | {:.2f} ms ({}) | {} | {} | {} | {} |'.format(
            fmt_n(size), fmt_s(h['export-stolt']), h['viewport'][0], h['viewport'][1], fmt_s(h['save']),
            fmt_s(h['pdf']), fmt_s(h['csv']), fmt_s(h['ics'])))

    budgets = []
    names = dict((k, n) for k, n, _, _ in programs)

    def cpu_note(key, size):
        c = excess(key, size, 2)
        return '' if c is None else ' (CPU: %s)' % signed(c)

    def budget(text, value, limit, within):
        if value is None:
            budgets.append('| %s | not measured | %s | |' % (text, limit))
        else:
            budgets.append('| %s | %s | %s | %s |' % (text, value, limit,
                                                       'within' if within else '**not met**'))

    stolt_keys = [k for k in ('stolt', 'stolt-file', 'stolt-cairo', 'stolt-file-cairo')
                  if k in names]
    if 2000 in sizes:
        for key in stolt_keys:
            e = excess(key, 2000)
            budget('2 000 tasks, %s: idle over the floor' % names[key],
                   None if e is None else signed(e) + cpu_note(key, 2000), '≤ 100 ms',
                   e is not None and e <= BUDGET_2000_EXCESS)
    if 20000 in sizes:
        for key in stolt_keys:
            name = names[key]
            e = excess(key, 20000)
            budget('20 000 tasks, %s: idle over the floor' % name,
                   None if e is None else signed(e) + cpu_note(key, 20000), '≤ 250 ms',
                   e is not None and e <= BUDGET_20000_EXCESS)
            p, s = summary[('planner', 20000)][1], summary[(key, 20000)][1]
            budget('20 000 tasks, %s: Planner ÷ Stolt' % name,
                   None if not p or not s else '%.1f×' % (p / s), '≥ 20×',
                   bool(p and s and p / s >= BUDGET_20000_SPEEDUP))
            m = excess(key, 20000, 3)
            budget('20 000 tasks, %s: peak memory over the floor' % name,
                   None if m is None else '%.0f MiB' % m, '≤ 40 MiB',
                   m is not None and m <= BUDGET_20000_MEMORY)
    if 2000 in sizes and 20000 in sizes:
        for key in stolt_keys:
            a, b = excess(key, 2000), excess(key, 20000)
            grows = None if a is None or b is None or a <= 0 else b / a
            budget('2 000 → 20 000 tasks, %s: growth of the excess' % names[key],
                   None if grows is None else '%.1f×' % grows, '≤ 10× (linear)',
                   grows is not None and grows <= 10.0 or (b is not None and b <= 0))
    for size in sizes:
        v = headless[size]['viewport'][0]
        budget('%s tasks: timeline viewport draw (slowest median)'
               % fmt_n(size),
               '%.2f ms' % v, '< 4 ms', v < BUDGET_VIEWPORT_MS)

    budget_table = ['| budget (issue 17) | measured | limit | |', '|---|---:|---:|---|'] + budgets

    print()
    print('Medians, %d rounds (GNOME Planner at 20 000 tasks and more: %d):' % (rounds,
                                                                               planner_rounds))
    for line in table + [''] + headless_table + [''] + budget_table:
        print(line)

    if docs:
        docs_dir = os.path.join(ROOT, docs)
        os.makedirs(docs_dir, exist_ok=True)
        series = [('empty window', (0.55, 0.55, 0.55), False,
                   [summary[('floor', s)][1] for s in sizes]),
                  ('GNOME Planner', (0.80, 0.25, 0.15), False,
                   [summary[('planner', s)][1] for s in sizes]),
                  ('Stolt, .planner', (0.10, 0.40, 0.75), False,
                   [summary[('stolt', s)][1] for s in sizes]),
                  ('Stolt, .stolt', (0.10, 0.40, 0.75), True,
                   [summary[('stolt-file', s)][1] for s in sizes])]
        draw_plot(os.path.join(docs_dir, 'benchmarks.png'), sizes, series)
        write_markdown(os.path.join(docs_dir, 'benchmarks.md'), machine, sizes, rounds,
                       planner_rounds, idle, table, headless_table, budget_table)
        print('\nwrote %s/benchmarks.md and benchmarks.png' % docs)

    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def write_markdown(path, machine, sizes, rounds, planner_rounds, idle, table, headless_table,
                   budget_table):
    text = ['# Benchmarks: opening a plan, beside GNOME Planner',
            '',
            'Written by `make bench` (tests/bench/stolt-bench.py) on %s UTC; run it again to '
            'measure your machine.' % datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M'),
            '',
            '## Method',
            '',
            '- Plans: GNOME Planner files of %s tasks, summaries included, written by the '
            'script in the shape of a municipal programme: phases of eight work packages of '
            'seven tasks closed by a milestone; tasks in a package one after the other, '
            'packages in two streams, a phase after the one four before it (with a lag), '
            'start-no-earlier-than constraints, resources in groups, one or two allocations '
            'a task.' % ', '.join(fmt_n(s) for s in sizes),
            '- Programs, each started on the same file under one Xvfb (1600×1000, no window '
            'manager), with the same environment (a fresh HOME and XDG directories for every '
            'run, the C.UTF-8 locale, GSettings in memory, no accessibility bus): an empty '
            'GTK 4 + libadwaita window (tests/bench/bench-floor-window.c, the floor), GNOME '
            'Planner, and Stolt on the `.planner` file and on the same plan converted with '
            '`stolt --export=stolt`, with GTK\'s default renderer and with '
            '`GSK_RENDERER=cairo` (against the empty window drawn the same way).',
            '- %d rounds (GNOME Planner at 20 000 tasks: %d, a run takes it half a minute); '
            'within a round the programs take turns, in an order that rotates from round to '
            'round, after one unmeasured run of each. Medians.' % (rounds, planner_rounds),
            '- Measured from outside the process: *window mapped* is the first MapNotify of '
            'a top-level window on the root window; *idle* is the time of the last CPU tick '
            'of the process (utime + stime in /proc/PID/stat, all threads, polled every '
            '10 ms) once there has been none for %.1f s; *CPU* is its CPU time then; '
            '*peak memory* its VmHWM.' % idle,
            '- *Over the floor*: the median minus the empty window\'s at the same size, '
            'which is what the program itself costs on top of GTK and libadwaita.',
            '- Headless: the CLI exports timed as whole processes (start-up included); the '
            'timeline viewport as the slowest median of tests/bench/bench-timeline.c over '
            'the zooms and places it draws, on the converted plan; save after one edit from '
            'tests/bench/bench-storage.c on a copy of the converted plan.',
            '',
            '## Machine',
            '']
    text += ['- %s: %s' % kv for kv in machine]
    text += ['', '## Opening the plan', '', '![Time until idle against plan size]'
             '(benchmarks.png)', '']
    text += table
    text += ['', '## Headless work', '']
    text += headless_table
    text += ['', '## Budgets', '',
             'Printed beside the numbers; `make bench` never fails on them.', '']
    text += budget_table
    text.append('')
    # What people wrote about a run (from "## Notes" on) stays
    try:
        with open(path) as f:
            previous = f.read()
        if '\n## Notes' in previous:
            text.append(previous[previous.index('\n## Notes') + 1:].rstrip('\n'))
            text.append('')
    except OSError:
        pass
    with open(path, 'w') as f:
        f.write('\n'.join(text))


if __name__ == '__main__':
    sys.exit(main())
