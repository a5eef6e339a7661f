#!/usr/bin/python3
# test-atspi.py — drive the real app the way a screen reader user would
#
# Copyright 2026 The Stolt developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts build/src/stolt as its own process on a fresh project, under the
# X server and session bus `make test` provides, with a small window
# manager so that the window has the keyboard focus.  Everything is found
# through AT-SPI, as Orca finds it, and every edit is made with key presses
# (xdotool sends plain key events to the focused window: GTK ignores the
# synthetic ones `--window` sends).  It checks that:
#
#  - the four tabs are found by name;
#  - a milestone can be added and titled with keys only, and its title is
#    then in the tree;
#  - a SWOT strength can be added with keys only, and is then in the tree;
#  - F5 opens a window named "Presentation" with the workshop timer (role
#    timer); T opens the timer's menu with the duration entry focused, 7 and
#    Enter start it, and its description then says the minutes left;
#    Escape closes the presentation and the project window's timer runs on;
#  - no push button, toggle button, menu button, check box, entry or combo
#    box anywhere in the tree is without a name, nor named after its GTK
#    type ("GtkMenuButton"), which is what a screen reader then reads;
#  - no control reads a mnemonic aloud: GTK 4.8 named a button labelled
#    "_Add" "_Add Add".  Checked in every page of the project window (the
#    pages not shown are in the tree too), the presentation, the Export
#    dialog (Ctrl+E) and the "Save Changes?" question (Ctrl+W).
#
# STOLT_ATSPI_DUMP=1 prints the presentation's tree.
#
# Exits 77 (skipped) only when pyatspi cannot be imported.

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# The app under test keeps G_DEBUG=fatal-warnings; this process does not:
# libatspi warns when an object goes away while it reads the tree
APP_ENV = dict(os.environ)
os.environ.pop('G_DEBUG', None)

try:
    import pyatspi
except ImportError as error:
    print(f'# SKIP pyatspi is not importable: {error}')
    sys.exit(77)

TIMEOUT = 15.0
failures = []


START = time.monotonic()


def log(message):
    print(f'# {time.monotonic() - START:5.1f} s {message}', flush=True)


def check(ok, what):
    print(f'{"ok" if ok else "not ok"} - {what}', flush=True)
    if not ok:
        failures.append(what)
    return ok


def poll(what, func, timeout=TIMEOUT):
    """Calls func until it returns something true, or gives up."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = func()
        except Exception as error:  # an object that went away meanwhile
            result = None
            last_error = error
        else:
            last_error = None
        if result:
            return result
        if time.monotonic() > deadline:
            log(f'gave up waiting for {what}' + (f' ({last_error})' if last_error else ''))
            return None
        time.sleep(0.1)


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return []


def walk(node, depth=0, max_depth=60):
    """Every accessible below node, showing ones only, with their depth."""
    if node is None or depth > max_depth:
        return
    yield node
    for child in children(node):
        if child is not None:
            yield from walk(child, depth + 1, max_depth)


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ''


def name(node):
    try:
        return node.name or ''
    except Exception:
        return ''


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def showing(node):
    return has_state(node, pyatspi.STATE_VISIBLE)


def find(root, predicate):
    for node in walk(root):
        if predicate(node):
            return node
    return None


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except Exception:
        return ''


def key(*keys):
    subprocess.run(['xdotool', 'key', '--clearmodifiers', *keys], check=True)


def type_text(text):
    subprocess.run(['xdotool', 'type', '--delay', '20', text], check=True)


def focused(root):
    return find(root, lambda n: has_state(n, pyatspi.STATE_FOCUSED))


def tab_to(what, candidates, keys=('Tab',), tries=60):
    """Presses keys until one of candidates has the focus: GTK 4 does not
    take a focus request over AT-SPI, and a user tabs anyway.  Only the
    candidates are asked, not the whole tree: that is fast."""
    for _ in range(tries):
        for node in candidates:
            if has_state(node, pyatspi.STATE_FOCUSED):
                log(f'focus on {role(node)} "{name(node)}"')
                return node
        key(*keys)
        time.sleep(0.05)
    log(f'could not move the focus to {what}')
    return None


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def frames(app):
    return [c for c in children(app) if role(c) in ('frame', 'window', 'dialog')]


def describe_tree(root):
    for node in walk(root):
        log(f'  {role(node)} "{name(node)}" showing={showing(node)} {len(children(node))}')


# Controls a screen reader user reaches and that must say what they are
# (GTK 4.8 gives an entry the role "text")
NAMED_ROLES = {'push button', 'toggle button', 'check box', 'entry', 'text', 'combo box',
               'password text', 'spin button', 'menu button', 'radio button', 'switch'}


def unnamed_controls(app):
    found = []
    for frame in frames(app):
        for node in walk(frame):
            # GTK falls back to the widget's type name: a screen reader
            # then says "GtkImage" for an icon-only button
            if role(node) in NAMED_ROLES and (name(node).strip() == ''
                                              or re.fullmatch(r'(Gtk|Adw|Stolt)[A-Z]\w*',
                                                              name(node))):
                parent = node.parent
                # A drop-down's own button: the combo box around it is
                # what a screen reader reads, and it has its name
                if role(parent) == 'combo box' and name(parent):
                    continue
                path = []
                up = parent
                while up is not None and up != frame and len(path) < 6:
                    path.append(f'{role(up)} "{name(up)}"')
                    up = up.parent
                found.append(f'{role(node)} "{name(node)}" ({node.description}) in '
                             + ' < '.join(path) + f' of "{name(frame)}"')
    return found


# Controls, rows and tabs: what a screen reader reads by name.  Labels may
# show a user's text, which can hold an underscore of its own.
MNEMONIC_ROLES = NAMED_ROLES | {'list item', 'page tab', 'menu item', 'row'}


def reads_mnemonic(text):
    """'_Add Add', 'Show in _Plan Show in Plan', '_First row …', 'Add Add'."""
    half, rest = divmod(len(text), 2)
    if rest == 1 and text[half] == ' ' and text[:half] == text[half + 1:]:
        return True
    return re.search(r'(?:^|\s|\w)_\w', text) is not None


def mnemonics_read(app, frame_filter=lambda frame: True):
    found = []
    for frame in frames(app):
        if not frame_filter(frame):
            continue
        for node in walk(frame):
            if role(node) in MNEMONIC_ROLES and reads_mnemonic(name(node)):
                found.append(f'{role(node)} "{name(node)}" in "{name(frame)}"')
    return found


def check_mnemonics(app, where, frame_filter=lambda frame: True):
    read = mnemonics_read(app, frame_filter)
    for item in read:
        log(f'mnemonic read aloud: {item}')
    check(not read, f'no control reads a mnemonic aloud in {where}')


def main():
    build_root = os.environ.get('STOLT_BUILD_ROOT', 'build')
    stolt = os.path.join(build_root, 'src', 'stolt')
    work = tempfile.mkdtemp(prefix='stolt-atspi-')
    env = dict(APP_ENV)
    # The app must talk to the accessibility bus, as on a desktop
    env.pop('NO_AT_BRIDGE', None)
    env['GTK_A11Y'] = 'atspi'
    env['LANGUAGE'] = 'C'
    for var in ('HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME',
                'XDG_STATE_HOME'):
        env[var] = os.path.join(work, var.lower())
        os.makedirs(env[var], exist_ok=True)

    project = os.path.join(work, 'workshop.stolt')
    subprocess.run([stolt, '--new=values-workshop-sv', f'--output={project}'],
                   env=env, check=True)

    helpers = []
    if shutil.which('openbox'):
        helpers.append(subprocess.Popen(['openbox', '--sm-disable'],
                                        stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
    else:
        log('no openbox: the window may not get the focus')
    if not shutil.which('xdotool'):
        check(False, 'xdotool is installed')
        return
    app_process = None
    try:
        app_process = launch([stolt, project], env)
        if app_process is not None:
            run(app_process)
    finally:
        if app_process is not None and app_process.poll() is None:
            app_process.terminate()
            try:
                app_process.wait(10)
            except subprocess.TimeoutExpired:
                app_process.kill()
        for helper in helpers:
            helper.send_signal(signal.SIGTERM)
            helper.wait()
        shutil.rmtree(work, ignore_errors=True)


def launch(command, env, attempts=3):
    """Starts the app and waits for it on the accessibility bus.

    An app that exits before it shows up (an X server that refused the
    connection while it reset, say) is reported with its exit status and
    started again, at most `attempts` times."""
    for attempt in range(1, attempts + 1):
        process = subprocess.Popen(command, env=env)
        found = poll('the app on the accessibility bus',
                     lambda: find_app(process.pid) or process.poll() is not None, 30)
        if found and process.poll() is None:
            return process
        if process.poll() is None:
            process.kill()
            process.wait()
            log(f'attempt {attempt}: the app did not show up on the bus')
        else:
            log(f'attempt {attempt}: the app exited with status {process.returncode} '
                'before it showed up on the bus')
    check(False, 'the app starts and shows up on the AT-SPI desktop')
    return None


def run(app_process):
    app = poll('the app on the accessibility bus', lambda: find_app(app_process.pid), 30)
    if not check(app is not None, 'the app is found on the AT-SPI desktop'):
        return
    log(f'application "{name(app)}"')
    window = poll('the project window', lambda: next(
        (f for f in frames(app) if showing(f)), None), 30)
    if not check(window is not None, 'the project window is in the tree'):
        return
    log(f'window "{name(window)}"')

    tabs = {}
    for tab in ('Plan', 'Timeline', 'SWOT', 'Values'):
        tabs[tab] = poll(f'the {tab} tab', lambda t=tab: find(
            window, lambda n: name(n) == t and role(n) in ('toggle button', 'push button',
                                                           'page tab', 'radio button')))
        check(tabs[tab] is not None, f'the {tab} tab is found by name')

    # A milestone, with keys only: the Plan tab, its Milestones section
    key('alt+1')
    milestones = poll('the Milestones section', lambda: find(
        window, lambda n: role(n) == 'list item'
        and any(name(c) == 'Milestones' for c in children(n))))
    check(milestones is not None, 'the Milestones section is in the sidebar')
    if milestones is not None:
        row = tab_to('the sidebar', children(milestones.parent))
        if row is not None:
            tab_to('Milestones', [milestones], ('Down',), 10)
        check(poll('Milestones to be chosen',
                   lambda: has_state(milestones, pyatspi.STATE_SELECTED)),
              'the Milestones section is chosen with keys')
    key('ctrl+n')
    type_text('Kickoff with the municipalities')
    key('Return')
    found = poll('the milestone title', lambda: find(
        window, lambda n: 'Kickoff with the municipalities' in (name(n) + text_of(n))))
    check(found is not None, 'the new milestone title is in the tree')

    # A SWOT strength, with keys only
    key('alt+3')
    entry = poll('the "Add a strength" entry', lambda: find(
        window, lambda n: role(n) in ('entry', 'text') and name(n) == 'Add a strength'
        and showing(n)))
    check(entry is not None, 'the "Add a strength" entry is found')
    if entry is not None:
        tab_to('the strength entry', [entry])
        type_text('Committed facilitators')
        key('Return')
        found = poll('the new strength', lambda: find(
            window, lambda n: name(n) == 'Committed facilitators' and role(n) == 'label'))
        check(found is not None, 'the new strength is in the tree')

    # Presentation mode and the workshop timer
    key('F5')
    presentation = poll('the presentation', lambda: next(
        (f for f in frames(app) if name(f) == 'Presentation' and showing(f)), None))
    if check(presentation is not None, 'F5 opens a window named "Presentation"'):
        timer = poll('the timer', lambda: find(
            presentation, lambda n: role(n) == 'timer' and name(n) == 'Workshop timer'))
        check(timer is not None, 'the presentation has the "Workshop timer" timer')
        if timer is not None:
            log(f'timer description before: "{timer.description}"')

        # The slides move with the keys, whatever control has the focus
        def at_slide(n):
            return find(presentation, lambda x: role(x) == 'label' and showing(x)
                        and re.match(rf'^Slide {n} of \d+$', name(x) or '') is not None)
        key('Next')
        check(poll('the second slide', lambda: at_slide(2)) is not None,
              'Page Down shows the second slide')
        key('Right')
        check(poll('the third slide', lambda: at_slide(3)) is not None,
              'Right shows the third slide')
        key('Home')
        check(poll('the first slide', lambda: at_slide(1)) is not None,
              'Home goes back to the first slide')
        key('t')
        duration = poll('the duration entry', lambda: find(
            app, lambda n: role(n) in ('entry', 'text') and name(n) == 'Duration in minutes'
            and has_state(n, pyatspi.STATE_FOCUSED)))
        check(duration is not None, 'T focuses the timer\'s duration entry')
        type_text('7')
        key('Return')
        if timer is not None:
            running = poll('the timer to run', lambda: 'minute' in timer.description)
            log(f'timer description: "{timer.description}"')
            check(running, 'the timer runs and says the minutes left')
        missing = unnamed_controls(app)
        for item in missing:
            log(f'no name: {item}')
        check(not missing, 'every control in the presentation has a name')
        check_mnemonics(app, 'the presentation', lambda f: name(f) == 'Presentation')
        describe_tree(presentation) if os.environ.get('STOLT_ATSPI_DUMP') else None
        key('Escape')
        poll('the presentation to close', lambda: not any(
            name(f) == 'Presentation' and showing(f) for f in frames(app)))
        check(not any(name(f) == 'Presentation' and showing(f) for f in frames(app)),
              'Escape closes the presentation')

    # Read back in the project window what was done
    check(find(window, lambda n: name(n) == 'Kickoff with the municipalities') is not None,
          'the milestone is in the project window')
    check(find(window, lambda n: name(n) == 'Committed facilitators') is not None,
          'the strength is in the project window')
    timer = find(window, lambda n: role(n) == 'timer' and name(n) == 'Workshop timer')
    description = timer.description if timer is not None else ''
    log(f'the window\'s timer: "{description}"')
    check('minute' in description, 'the project window\'s timer says the minutes left')
    missing = unnamed_controls(app)
    for item in missing:
        log(f'no name: {item}')
    check(not missing, 'every control in the tree has a name')
    # Every page, shown or not, is in the window's tree
    for tab in ('Plan', 'Timeline', 'SWOT', 'Values'):
        check(find(window, lambda n, t=tab: name(n) == t) is not None,
              f'the {tab} tab is still in the tree')
    check_mnemonics(app, 'the project window')

    # Dialogs opened now are read the same way
    others = lambda: [f for f in frames(app) if showing(f) and f != window]
    key('ctrl+e')
    export = poll('the Export dialog', lambda: next(iter(others()), None))
    if check(export is not None, 'Ctrl+E opens the Export dialog'):
        log(f'dialog "{name(export)}"')
        poll('the Export dialog\'s controls', lambda: find(
            export, lambda n: role(n) == 'push button' and showing(n)))
        check_mnemonics(app, 'the Export dialog', lambda f: f == export)
        key('Escape')
        check(poll('the Export dialog to close', lambda: not others()),
              'Escape closes the Export dialog')

    # The project has changed: closing it asks first
    key('ctrl+w')
    question = poll('the "Save Changes?" question', lambda: next(iter(others()), None))
    if check(question is not None, 'Ctrl+W on a changed project asks whether to save'):
        log(f'dialog "{name(question)}"')
        buttons = poll('its buttons', lambda: [
            n for n in walk(question) if role(n) == 'push button' and showing(n)])
        log('buttons: ' + ', '.join(f'"{name(b)}"' for b in buttons or []))
        check(any(name(b) == 'Save' for b in buttons or []),
              'the question has a button read as "Save"')
        check_mnemonics(app, 'the "Save Changes?" question', lambda f: f == question)
        key('Escape')
        check(poll('the question to close', lambda: not others()),
              'Escape answers the question with Cancel')


if __name__ == '__main__':
    main()
    sys.exit(1 if failures else 0)
