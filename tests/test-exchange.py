#!/usr/bin/env python3
# test-exchange.py — --export=ics and --export=csv read back by real readers
#
# Copyright 2026 The Stolt developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The calendar goes through python3-icalendar, the CSV files through
# Python's csv module, as a calendar program or a spreadsheet would read
# them.  The project is the KS network sample with texts planted by SQL
# that test escaping, quoting and folding.  TAP on stdout.
#
# Every file format is also written under Swedish and Norwegian number
# formats and compared with what the C locale writes (numbers in files
# for other programs never take a decimal comma), and from a project
# full of control characters (every export drops them, and none fails).

import csv
import datetime
import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

try:
    from icalendar import Calendar
except ImportError:
    # Debian's python3-icalendar (make deps installs it) is not in the
    # GNOME SDK, where flatpak-builder runs the headless suite: skip the
    # calendar there, and only there
    if not os.path.exists("/.flatpak-info"):
        raise
    Calendar = None

STOLT = os.environ["STOLT"]
VERSION = os.environ.get("STOLT_VERSION", "")

count = 0
failures = 0


def check(condition, what):
    global count, failures
    count += 1
    if condition:
        print(f"ok {count} - {what}")
    else:
        failures += 1
        print(f"not ok {count} - {what}")


def skip(what, why):
    global count
    count += 1
    print(f"ok {count} - {what} # SKIP {why}")


def run(*args, **env):
    full_env = dict(os.environ)
    full_env.pop("DISPLAY", None)
    full_env.update(env)
    return subprocess.run([STOLT, *args], env=full_env, capture_output=True)


def export(fmt, source, target, *extra, **env):
    result = run(f"--export={fmt}", f"--output={target}", *extra, source, **env)
    if result.returncode != 0:
        print("# " + result.stderr.decode(errors="replace").strip())
    return result.returncode


NASTY_TITLE = 'Møte, «åpning»; steg "1" – Örebro/Ångermanland \\ æøå ÆØÅ äö ÄÖ'
NASTY_NOTES = ("Første linje; med semikolon, og komma\n"
               "Andra raden: \"citat\" och en mycket lång rad som måste vikas av "
               "libical eftersom den är längre än sjuttiofem oktetter, med åäö")
MEASURE_TITLE = "Heltid, deltid; och allt däremellan"


def make_project(work):
    path = os.path.join(work, "ks.stolt")
    result = run("--new=ks-nettverk", "--start=2015-10-12", f"--output={path}")
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE milestone SET title = ?, notes = ? "
                   "WHERE id = (SELECT min(id) FROM milestone)", (NASTY_TITLE, NASTY_NOTES))
        # An undated milestone and a measure without a deadline: no events
        db.execute("UPDATE milestone SET date = NULL WHERE id = (SELECT max(id) FROM milestone)")
        db.execute("UPDATE measure SET deadline = NULL WHERE id = (SELECT max(id) FROM measure)")
        db.execute("UPDATE measure SET title = ? WHERE id = (SELECT min(id) FROM measure)",
                   (MEASURE_TITLE,))
        db.execute("UPDATE activity SET hours = 16.5 WHERE code = 'A1'")
        db.execute("UPDATE activity SET notes = ? WHERE code = 'A2'", (NASTY_NOTES,))
    db.close()
    return path


def query(path, sql):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def without_dtstamp(data):
    return b"\r\n".join(line for line in data.split(b"\r\n") if not line.startswith(b"DTSTAMP:"))


def test_ics(work, project):
    ics = os.path.join(work, "plan.ics")
    check(export("ics", project, ics) == 0, "--export=ics exits 0")
    with open(ics, "rb") as f:
        data = f.read()

    lines = data.split(b"\r\n")
    check(data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b""),
          "every line ends with CR LF")
    check(all(len(line) <= 75 for line in lines), "no line is longer than 75 octets (folded)")
    check(any(line.startswith(b" ") for line in lines), "long lines are folded")
    try:
        data.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False
    check(valid, "the file is valid UTF-8: folding never splits a character")

    calendar = Calendar.from_ical(data)
    uid = query(project, "SELECT uid FROM project")[0][0]
    title = query(project, "SELECT title FROM project")[0][0]
    check(str(calendar["PRODID"]) == f"-//Stolt//Stolt {VERSION}//EN", "PRODID names Stolt")
    check(str(calendar["VERSION"]) == "2.0", "VERSION is 2.0")
    check(str(calendar["METHOD"]) == "PUBLISH", "METHOD is PUBLISH")
    check(str(calendar["X-WR-CALNAME"]) == title, "X-WR-CALNAME is the project's title")

    milestones = {f"milestone-{i}-{uid}@stolt": (t, d, s)
                  for i, t, d, s in query(project, "SELECT id, title, date, status FROM milestone "
                                                   "WHERE date IS NOT NULL")}
    measures = {f"measure-{i}-{uid}@stolt": (t, d, s)
                for i, t, d, s in query(project, "SELECT id, title, deadline, status FROM measure "
                                                 "WHERE deadline IS NOT NULL")}
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    check(len(events) == len(milestones) + len(measures) and len(milestones) == 4,
          f"one event per dated milestone and measure ({len(events)})")
    check(sorted(uids) == sorted(list(milestones) + list(measures)),
          "UIDs are kind-id-projectuid@stolt")
    check(len(set(uids)) == len(uids), "UIDs are unique")

    all_day = True
    dates_right = True
    texts_right = True
    status_right = True
    for event in events:
        uid_text = str(event["UID"])
        start = event["DTSTART"].dt
        end = event["DTEND"].dt
        all_day &= (type(start) is datetime.date and type(end) is datetime.date
                    and end - start == datetime.timedelta(days=1))
        if uid_text in milestones:
            name, date, status = milestones[uid_text]
            texts_right &= str(event["SUMMARY"]) == name
        else:
            name, date, status = measures[uid_text]
            texts_right &= str(event["SUMMARY"]) == f"Deadline: {name}"
        dates_right &= start.isoformat() == date
        status_right &= str(event["STATUS"]) == ("TENTATIVE" if status == 0 else "CONFIRMED")
    check(all_day, "events are all-day: DATE values, DTEND the next day")
    check(dates_right, "events fall on the records' dates")
    check(texts_right, "SUMMARY is the title, or \"Deadline: \" and the measure's title")
    check(status_right, "STATUS follows the record's status")

    nasty = next(e for e in events if str(e["SUMMARY"]) == NASTY_TITLE)
    check(NASTY_NOTES in str(nasty["DESCRIPTION"]),
          "commas, semicolons, quotes, newlines and åäöæøå round-trip in DESCRIPTION")
    categories = nasty.get("CATEGORIES")
    categories = categories if isinstance(categories, list) else [categories]
    check(any("Milestone" in c.cats for c in categories), "milestones carry CATEGORIES Milestone")

    # Two exports of an unchanged project differ only in DTSTAMP
    again = os.path.join(work, "again.ics")
    export("ics", project, again)
    with open(again, "rb") as f:
        second = f.read()
    check(without_dtstamp(second) == without_dtstamp(data),
          "a second export is the same but for DTSTAMP")

    # A converted copy (what Save As writes) keeps the UIDs
    copy = os.path.join(work, "copy.stolt")
    check(export("stolt", project, copy) == 0, "--export=stolt makes a copy")
    copied = os.path.join(work, "copy.ics")
    export("ics", copy, copied)
    with open(copied, "rb") as f:
        third = f.read()
    check(without_dtstamp(third) == without_dtstamp(data), "the copy exports the same UIDs")

    # Another project never shares them
    other = os.path.join(work, "other.stolt")
    run("--new=ks-nettverk", "--start=2015-10-12", f"--output={other}")
    other_ics = os.path.join(work, "other.ics")
    export("ics", other, other_ics)
    with open(other_ics, "rb") as f:
        other_uids = {str(e["UID"]) for e in Calendar.from_ical(f.read()).walk("VEVENT")}
    check(not other_uids & set(uids), "a new project from the same template has other UIDs")


ENGLISH_HEADER = ["Type", "Code", "Title", "Start", "End / Date", "Responsible", "Hours",
                  "Progress %", "Phase", "Status", "Decision point", "Predecessors",
                  "Milestone activities", "Notes"]


def read_csv(path, delimiter, encoding="utf-8"):
    with open(path, newline="", encoding=encoding) as f:
        return list(csv.reader(f, delimiter=delimiter, strict=True))


def test_csv_c(work, project):
    out = os.path.join(work, "plan.csv")
    check(export("csv", project, out) == 0, "--export=csv exits 0")
    with open(out, "rb") as f:
        data = f.read()
    check(not data.startswith(b"\xef\xbb\xbf"), "no BOM unless asked")
    check(data.endswith(b"\r\n"), "rows end with CR LF")
    sample = data.decode("utf-8")
    check(csv.Sniffer().sniff(sample.split("\r\n")[0]).delimiter == ",",
          "Python's sniffer finds ',' in the C locale")

    rows = read_csv(out, ",")
    milestones = query(project, "SELECT count(*) FROM milestone")[0][0]
    activities = query(project, "SELECT count(*) FROM activity")[0][0]
    check(rows[0] == ENGLISH_HEADER, "the header is in English under LANGUAGE=C")
    check(len(rows) == 1 + milestones + activities,
          f"one row per milestone and activity ({len(rows) - 1})")
    check(all(len(row) == len(ENGLISH_HEADER) for row in rows), "every row has every column")
    check([r[0] for r in rows[1:]] == ["Milestone"] * milestones + ["Activity"] * activities,
          "milestones first, then activities, each with its Type")

    by_title = {row[2]: row for row in rows[1:]}
    nasty = by_title.get(NASTY_TITLE)
    check(nasty is not None and nasty[13] == NASTY_NOTES,
          "quotes, delimiters, newlines and åäöæøå round-trip through the csv module")
    a1 = next(row for row in rows[1:] if row[1] == "A1")
    check(a1[6] == "16.5" and a1[3] == "2015-10-13" and a1[4] == "2015-10-14",
          "hours with a decimal point, ISO dates")
    a2 = next(row for row in rows[1:] if row[1] == "A2")
    check(a2[11] == "A1" and a2[13] == NASTY_NOTES, "predecessors by code; notes with newlines")
    decision = query(project, "SELECT title FROM milestone WHERE decision = 1 LIMIT 1")[0][0]
    check(by_title[decision][10] == "Yes", "decision points say Yes")

    bom = os.path.join(work, "plan-bom.csv")
    check(export("csv", project, bom, "--bom") == 0, "--export=csv --bom exits 0")
    with open(bom, "rb") as f:
        check(f.read() == b"\xef\xbb\xbf" + data, "--bom adds exactly the UTF-8 BOM")
    check(read_csv(bom, ",", "utf-8-sig") == rows, "read as utf-8-sig it is the same table")


def locale_works(env):
    probe = "import locale; locale.setlocale(locale.LC_ALL, '')"
    full_env = dict(os.environ)
    full_env.update(env)
    return subprocess.run([sys.executable, "-c", probe], env=full_env,
                          capture_output=True).returncode == 0


def locale_env(work, name):
    """The environment for @name: as installed, or else compiled by
    localedef (Debian's locales package) into a folder of the test's own,
    which needs no root and changes nothing on the machine.  None when
    neither works."""
    env = {"LC_ALL": name, "LANG": name}
    if locale_works(env):
        return env
    if shutil.which("localedef") is None:
        return None
    folder = os.path.join(work, "locales")
    os.makedirs(folder, exist_ok=True)
    subprocess.run(["localedef", "-i", name.split(".")[0], "-c", "-f", "UTF-8",
                    os.path.join(folder, name)], capture_output=True)
    env["LOCPATH"] = folder
    return env if locale_works(env) else None


def test_csv_decimal_comma(work, project, name, language):
    env = locale_env(work, name)
    if env is None:
        skip(f"CSV under {name}", f"the locale {name} is not available")
        return
    out = os.path.join(work, f"plan-{language}.csv")
    check(export("csv", project, out, LANGUAGE=language, **env) == 0,
          f"--export=csv exits 0 under {name}")
    with open(out, encoding="utf-8", newline="") as f:
        first = f.readline()
    check(first.count(";") == len(ENGLISH_HEADER) - 1 and "," not in first,
          f"';' between fields under {name}, as Excel expects there")
    rows = read_csv(out, ";")
    check(all(len(row) == len(ENGLISH_HEADER) for row in rows),
          f"every row has every column under {name}")
    a1 = next(row for row in rows[1:] if row[1] == "A1")
    check(a1[6] == "16,5", f"hours with a decimal comma under {name} ({a1[6]})")
    check(a1[3] == "2015-10-13", f"dates stay ISO 8601 under {name}")
    nasty = next(row for row in rows[1:] if row[13] == NASTY_NOTES)
    check(nasty[2] == NASTY_TITLE, f"texts with ';' round-trip under {name}")


# Files for other programs: everything but CSV, whose separators and
# decimal commas follow the locale on purpose (tested above)
FILE_FORMATS = ["ics", "pdf", "values-fodt", "values-md", "values-pdf", "timeline-pdf",
                "timeline-svg", "timeline-png", "swot-pdf", "swot-png", "stolt"]


def without_stamps(data):
    """The file without what changes from one second to the next: the
    calendar's DTSTAMP, the PDF's creation date"""
    data = without_dtstamp(data)
    return re.sub(rb"/(CreationDate|ModDate) \(D:[0-9Z+\-']*\)", b"", data)


def numeric_env(work, name):
    """LC_NUMERIC=@name and the rest C, so that only number formats differ"""
    env = locale_env(work, name)
    if env is None:
        return None
    numeric = {"LC_ALL": "", "LANG": "C", "LANGUAGE": "", "LC_NUMERIC": name}
    if "LOCPATH" in env:
        numeric["LOCPATH"] = env["LOCPATH"]
    return numeric


def test_numbers_in_files(work, name):
    """The KS network project as the template makes it: whole numbers only,
    so that the text meant for people (a report's "16,5" hours) is the same
    in both, and every difference would be a number written for a program"""
    project = os.path.join(work, "plain.stolt")
    if not os.path.exists(project):
        assert run("--new=ks-nettverk", f"--output={project}").returncode == 0
    env = numeric_env(work, name)
    if env is None:
        skip(f"files under {name} numbers", f"the locale {name} is not available")
        return
    c_env = {"LC_ALL": "C", "LANG": "C", "LANGUAGE": ""}
    for fmt in FILE_FORMATS:
        a = os.path.join(work, f"c.{fmt}")
        b = os.path.join(work, f"{name}.{fmt}")
        if export(fmt, project, a, **c_env) != 0 or export(fmt, project, b, **env) != 0:
            check(False, f"--export={fmt} under C and {name} numbers")
            continue
        with open(a, "rb") as fa, open(b, "rb") as fb:
            same = without_stamps(fa.read()) == without_stamps(fb.read())
        check(same, f"--export={fmt} writes the same file under {name} numbers as under C")

    # And in the whole locale, translations and all: lengths with a point
    full = locale_env(work, name)
    full["LANGUAGE"] = name[:2]
    fodt = os.path.join(work, f"full-{name}.fodt")
    check(export("values-fodt", project, fodt, **full) == 0, f"--export=values-fodt under {name}")
    with open(fodt, encoding="utf-8") as f:
        text = f.read()
    check(re.search(r'="-?[0-9]+,[0-9]+(cm|mm|in|pt)"', text) is None
          and re.search(r'="-?[0-9]+\.[0-9]+cm"', text) is not None,
          f"flat ODT lengths have a decimal point under {name}")
    svg = os.path.join(work, f"full-{name}.svg")
    check(export("timeline-svg", project, svg, **full) == 0, f"--export=timeline-svg under {name}")
    with open(svg, encoding="utf-8") as f:
        text = f.read()
    check(re.search(r'(width|height|x|y|d|transform|font-size|fill-opacity)="[^"]*[0-9],[0-9]',
                    text) is None,
          f"SVG numbers have a decimal point under {name}")


# BEL, ESC, DEL, a C1 control, U+FFFE, U+FFFF and U+FDD0 around words
DIRTY = "\u0007Be\u001bl\u007fl\u0085a\ufffe\uffff\ufdd0"
UNWRITABLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
                        "\ufdd0-\ufdef\ufffe\uffff]")


def make_dirty_project(work, project):
    path = os.path.join(work, "dirty.stolt")
    shutil.copy(project, path)
    db = sqlite3.connect(path)
    with db:
        for table, column in [("project", "title"), ("milestone", "title"),
                              ("milestone", "notes"), ("activity", "title"),
                              ("activity", "responsible"), ("phase", "title"),
                              ("measure", "title"), ("goal", "title"),
                              ("values_document", "title"), ("values_section", "heading"),
                              ("values_section", "body"), ("value", "name"),
                              ("value", "statement"), ("swot_analysis", "title"),
                              ("swot_item", "text")]:
            db.execute(f"UPDATE {table} SET {column} = ? || {column} || ?", (DIRTY, DIRTY))
    db.close()
    return path


def test_control_characters(work, project):
    dirty = make_dirty_project(work, project)
    for fmt in FILE_FORMATS[:-1] + ["csv"]:
        out = os.path.join(work, f"dirty.{fmt}")
        if export(fmt, dirty, out) != 0:
            check(False, f"--export={fmt} exports a project with control characters")
            continue
        if fmt.endswith("pdf"):
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", out, "-"],
                                  capture_output=True).stdout.decode("utf-8", "replace")
            meta = subprocess.run(["pdfinfo", "-enc", "UTF-8", out],
                                  capture_output=True).stdout.decode("utf-8", "replace")
            text += meta
        elif fmt.endswith("png"):
            check(True, f"--export={fmt} exports a project with control characters")
            continue
        else:
            with open(out, "rb") as f:
                text = f.read().decode("utf-8")
        found = UNWRITABLE.findall(text.replace("\f", ""))  # pdftotext's page breaks
        check(not found and "Bella" in text,
              f"--export={fmt} drops control characters and keeps the words "
              f"({sorted(set(hex(ord(c)) for c in found))})")
    with open(os.path.join(work, "dirty.ics"), "rb") as f:
        names = [line for line in f.read().split(b"\r\n") if line.startswith(b"X-WR-CALNAME:")]
    check(len(names) == 1 and names[0].startswith(b"X-WR-CALNAME:Bella") and b"\x1b" not in names[0],
          f"X-WR-CALNAME is clean ({names[:1]})")


def main():
    work = tempfile.mkdtemp()
    try:
        project = make_project(work)
        if Calendar is not None:
            test_ics(work, project)
        else:
            skip("--export=ics read by python3-icalendar", "not in the Flatpak SDK")
        test_csv_c(work, project)
        test_csv_decimal_comma(work, project, "sv_SE.UTF-8", "sv")
        test_csv_decimal_comma(work, project, "nb_NO.UTF-8", "nb")
        # Not installed on most machines: made by localedef, or skipped
        test_csv_decimal_comma(work, project, "de_DE.UTF-8", "de")
        test_numbers_in_files(work, "sv_SE.UTF-8")
        test_numbers_in_files(work, "nb_NO.UTF-8")
        test_control_characters(work, project)
    finally:
        shutil.rmtree(work)
    print(f"1..{count}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
