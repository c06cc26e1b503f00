#!/usr/bin/env python3
"""Independent check of an iCalendar file written by `clausier checklist --format ics`.

Usage: check_ics.py FILE.ics  →  JSON on stdout:
  {"calendar": {...}, "events": [{"uid", "start", "end", "summary", "description", "rrule",
   "occurrences": [...], "categories", "alarm"}], "problems": [...]}

The file is parsed with the `icalendar` package (pip install icalendar) and recurrences are
expanded with python-dateutil, not with Clausier's code. RFC 5545 points checked on the raw
bytes: CRLF line ends, lines of at most 75 octets, no UTF-8 sequence split by folding.
Exit status: 0 when no problem was found, 1 otherwise, 3 when icalendar is not installed.
"""
import datetime
import json
import sys

try:
    import icalendar
    from dateutil.rrule import rrulestr
except ImportError as error:  # pragma: no cover - reported to the Swift test
    print(f"icalendar is not installed ({error}): pip install icalendar", file=sys.stderr)
    sys.exit(3)


def raw_problems(data):
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    lines = data.split(b"\r\n")
    for number, line in enumerate(lines[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets (more than 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: a UTF-8 sequence is split by folding")
    return problems


def date_text(value):
    if isinstance(value, datetime.datetime):
        return "datetime:" + value.isoformat()
    return value.isoformat()


def main(path):
    with open(path, "rb") as handle:
        data = handle.read()
    problems = raw_problems(data)
    calendar = icalendar.Calendar.from_ical(data)
    for key in ("VERSION", "PRODID"):
        if key not in calendar:
            problems.append(f"VCALENDAR without {key}")
    events = []
    for component in calendar.walk("VEVENT"):
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in component:
                problems.append(f"VEVENT without {key}: {component.get('UID')}")
        start = component.decoded("DTSTART")
        if isinstance(start, datetime.datetime):
            problems.append(f"{component.get('UID')}: DTSTART is a date-time, not a DATE")
        stamp = component.decoded("DTSTAMP")
        if not isinstance(stamp, datetime.datetime) or stamp.tzinfo is None:
            problems.append(f"{component.get('UID')}: DTSTAMP is not a UTC date-time")
        rrule = None
        occurrences = [start.isoformat()]
        if "RRULE" in component:
            rrule = component["RRULE"].to_ical().decode("utf-8")
            begin = datetime.datetime.combine(start, datetime.time())
            occurrences = [moment.date().isoformat() for moment in rrulestr(rrule, dtstart=begin)]
        alarms = [alarm for alarm in component.walk("VALARM")]
        categories = component.get("CATEGORIES")
        category_list = []
        if categories is not None:
            for entry in categories if isinstance(categories, list) else [categories]:
                category_list += [str(c) for c in entry.cats]
        events.append({
            "uid": str(component.get("UID")),
            "start": date_text(start),
            "end": date_text(component.decoded("DTEND")) if "DTEND" in component else None,
            "summary": str(component.get("SUMMARY")),
            "description": str(component.get("DESCRIPTION", "")),
            "rrule": rrule,
            "occurrences": occurrences,
            "categories": category_list,
            "alarm": str(alarms[0].get("TRIGGER").to_ical().decode("utf-8")) if alarms else None,
        })
    uids = [event["uid"] for event in events]
    if len(set(uids)) != len(uids):
        problems.append("duplicate UIDs")
    report = {
        "calendar": {"version": str(calendar.get("VERSION")), "prodid": str(calendar.get("PRODID")),
                     "name": str(calendar.get("X-WR-CALNAME", ""))},
        "events": events,
        "problems": problems,
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
