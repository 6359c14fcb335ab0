#!/usr/bin/env python3
"""Conformance check of forankra's .ics output against a real parser (PyPI `icalendar`).

Not part of `swift test`. See scripts/conformance/README.md:

    FORANKRA_ICS_SAMPLE=/tmp/forankra-sample.ics swift test --filter ICalendarSampleTests
    python3 scripts/conformance/ics_check.py /tmp/forankra-sample.ics

Compares with `<file>.expected.json` (written by the sample test) and exits 1 listing every
failed check.
"""
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

try:
    import icalendar
except ImportError:
    sys.exit("needs the icalendar package: pip install icalendar")

STOCKHOLM = "Europe/Stockholm"
problems = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        problems.append(message)


def utc(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def check_lines(raw):
    lines = raw.split(b"\r\n")
    check(raw.endswith(b"\r\n") and lines[-1] == b"", "file ends with CRLF")
    lines = lines[:-1]
    check(all(b"\n" not in l and b"\r" not in l for l in lines), "every line break is CRLF")
    check(all(len(l) <= 75 for l in lines), f"all {len(lines)} physical lines are at most 75 octets")
    decodes = True
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            decodes = False
    check(decodes, "every physical line is valid UTF-8 on its own (no fold inside a character)")


def check_own_time_zone(calendar):
    """The VTIMEZONE as written, not the parser's built-in Europe/Stockholm, against tzdata."""
    zones = calendar.walk("VTIMEZONE")
    check(len(zones) == 1 and str(zones[0]["TZID"]) == STOCKHOLM, "one VTIMEZONE, TZID Europe/Stockholm")
    if not zones:
        return
    ours = zones[0].to_tz(lookup_tzid=False)
    reference = ZoneInfo(STOCKHOLM)
    moment = datetime(2024, 1, 1, tzinfo=timezone.utc)
    disagreements = []
    while moment < datetime(2031, 1, 1, tzinfo=timezone.utc):
        if moment.astimezone(ours).utcoffset() != moment.astimezone(reference).utcoffset():
            disagreements.append(moment.isoformat())
        moment += timedelta(minutes=30)
    check(not disagreements, "VTIMEZONE rules give tzdata's offset every half hour 2024-2030"
          + (f" (first difference {disagreements[0]})" if disagreements else ""))
    winter = datetime(2026, 2, 3, 13, 0, tzinfo=ours).astimezone(timezone.utc)
    summer = datetime(2026, 7, 1, 13, 0, tzinfo=ours).astimezone(timezone.utc)
    check(winter.hour == 12 and summer.hour == 11, "with the file's own rules 13:00 is 12:00Z in February, 11:00Z in July")


def check_event(calendar, expected):
    events = calendar.walk("VEVENT")
    check(len(events) == 1, f"exactly one VEVENT (found {len(events)})")
    if not events:
        return
    event = events[0]
    start, end = event["DTSTART"], event["DTEND"]
    check(start.params.get("TZID") == STOCKHOLM, "DTSTART has TZID=Europe/Stockholm")
    check(str(getattr(start.dt.tzinfo, "key", start.dt.tzinfo)) == STOCKHOLM,
          f"parser resolves DTSTART to zone {STOCKHOLM} (got {start.dt.tzinfo!r})")
    check(start.dt.replace(tzinfo=None).isoformat() == expected["start_local"],
          f"DTSTART local {start.dt.replace(tzinfo=None).isoformat()} == {expected['start_local']}")
    check(start.dt.astimezone(timezone.utc) == utc(expected["start_utc"]),
          f"DTSTART in UTC {start.dt.astimezone(timezone.utc).isoformat()} == {expected['start_utc']}")
    check(end.dt.astimezone(timezone.utc) == utc(expected["end_utc"]), f"DTEND in UTC == {expected['end_utc']}")
    stamp = event["DTSTAMP"].dt
    check(stamp.utcoffset() == timedelta(0) and stamp == utc(expected["stamp_utc"]),
          f"DTSTAMP is UTC {expected['stamp_utc']}")
    check(str(event["UID"]) == expected["uid"], "UID round-trips")
    check(str(event.get("SEQUENCE")) == str(expected["sequence"]), "SEQUENCE round-trips")
    for name in ("summary", "location", "description"):
        got = str(event.get(name.upper(), ""))
        check(got == expected[name], f"{name.upper()} round-trips" + ("" if got == expected[name] else f": {got!r}"))
    attendees = event.get("ATTENDEE", [])
    attendees = attendees if isinstance(attendees, list) else [attendees]
    check(len(attendees) == expected["attendees"], f"{len(attendees)} attendees == {expected['attendees']}")
    check(all(str(a).startswith("mailto:") and a.params.get("CN") for a in attendees), "every attendee has CN and mailto:")
    organizer = event.get("ORGANIZER")
    check(organizer is not None and organizer.params.get("CN") == expected["organizer"], "ORGANIZER CN round-trips")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = Path(sys.argv[1])
    expected = json.loads(Path(str(path) + ".expected.json").read_text(encoding="utf-8"))
    raw = path.read_bytes()
    print(f"icalendar {icalendar.__version__}, {path}")
    check_lines(raw)
    calendar = icalendar.Calendar.from_ical(raw)
    parse_errors = [(c.name, e) for c in calendar.walk() for e in getattr(c, "errors", [])]
    check(not parse_errors, f"no parse errors reported {parse_errors if parse_errors else ''}")
    check(str(calendar["VERSION"]) == "2.0" and str(calendar["METHOD"]) == "PUBLISH", "VERSION 2.0, METHOD PUBLISH")
    check_own_time_zone(calendar)
    check_event(calendar, expected)
    print(f"{len(problems)} problem(s)" if problems else "all checks passed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
