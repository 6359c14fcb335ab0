#!/usr/bin/env python3
"""Conformance check of forankra's .ics invitations with real parsers (PyPI `icalendar` and `vobject`).

Not part of `swift test`. See scripts/conformance/README.md.

    ics_check.py FILE...

Per file: the bytes (CRLF line ends, no physical line over 75 octets, no fold inside a UTF-8
character); icalendar reads it without errors, one VEVENT with UID, SEQUENCE and a UTC DTSTAMP,
DTSTART/DTEND in Europe/Stockholm, every attendee with CN and mailto:; the file's own VTIMEZONE
gives tzdata's offset every half hour 2024-2030; vobject reads the same times, texts and
attendees. Then the values are compared with what they should be:
- `FILE.expected.json` when there is one (written by ICalendarSampleTests, see the README);
- else, for `WORKSPACE/packs/ID/inbjudan.ics`, the workshop record `WORKSPACE/workshops/ID.md`:
  its day and times in Stockholm time, its place, and the names of its participants.
"""
import json
import re
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from checklib import Checks

try:
    import icalendar
    import vobject
except ImportError:
    sys.exit("needs the icalendar and vobject packages: pip install icalendar vobject")

STOCKHOLM = "Europe/Stockholm"
checks = Checks()


def utc(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def check_bytes(path, raw):
    lines = raw.split(b"\r\n")
    bare = [i + 1 for i, l in enumerate(lines[:-1]) if b"\n" in l or b"\r" in l]
    checks.check(path, "CRLF line ends", raw.endswith(b"\r\n") and not bare,
                 "does not end with CRLF" if not raw.endswith(b"\r\n") else f"bare CR or LF on lines {bare[:5]}")
    lines = lines[:-1]
    long = [f"line {i + 1}: {len(l)} octets" for i, l in enumerate(lines) if len(l) > 75]
    checks.check(path, "lines at most 75 octets", not long, "; ".join(long[:5]), f"{len(lines)} physical lines")
    split = []
    for number, line in enumerate(lines, 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            split.append(number)
    checks.check(path, "no fold inside a UTF-8 character", not split, f"lines {split[:5]} are not UTF-8 on their own")


def attendee_list(event):
    attendees = event.get("ATTENDEE", [])
    return attendees if isinstance(attendees, list) else [attendees]


def check_icalendar(path, calendar):
    parse_errors = [(c.name, e) for c in calendar.walk() for e in getattr(c, "errors", [])]
    events = calendar.walk("VEVENT")
    problems = [f"parse errors {parse_errors}"] if parse_errors else []
    method = str(calendar.get("METHOD"))
    if str(calendar.get("VERSION")) != "2.0" or method not in ("PUBLISH", "REQUEST", "CANCEL"):
        problems.append(f"VERSION {calendar.get('VERSION')}, METHOD {method}: want 2.0 and PUBLISH, REQUEST or CANCEL")
    if len(events) != 1:
        problems.append(f"{len(events)} VEVENTs, want 1")
    else:
        event = events[0]
        if not event.get("UID") or event.get("SEQUENCE") is None:
            problems.append("no UID or SEQUENCE")
        # RFC 5546: a request or a cancellation comes from an organizer; only a request asks
        # for replies, and a published event has nobody to reply to.
        if method in ("REQUEST", "CANCEL") and not event.get("ORGANIZER"):
            problems.append(f"METHOD {method} without ORGANIZER")
        rsvp = {str(a.params.get("RSVP", "FALSE")) for a in attendee_list(event)}
        if method != "REQUEST" and "TRUE" in rsvp:
            problems.append(f"RSVP=TRUE in a {method}")
        if method == "CANCEL" and str(event.get("STATUS")) != "CANCELLED":
            problems.append("a CANCEL whose STATUS is not CANCELLED")
        stamp = event.get("DTSTAMP")
        if stamp is None or stamp.dt.utcoffset() != timedelta(0):
            problems.append("DTSTAMP is not UTC")
    checks.check(path, "icalendar reads it", not problems, "; ".join(problems),
                 f"icalendar {icalendar.__version__}, 1 VEVENT, UTC DTSTAMP")
    if len(events) != 1:
        return None
    event = events[0]
    start, end = event.get("DTSTART"), event.get("DTEND")
    zoned = all(t is not None and t.params.get("TZID") == STOCKHOLM
                and str(getattr(t.dt.tzinfo, "key", t.dt.tzinfo)) == STOCKHOLM for t in (start, end))
    checks.check(path, "DTSTART/DTEND in Europe/Stockholm", zoned and end.dt > start.dt,
                 "DTSTART or DTEND lacks TZID=Europe/Stockholm" if not zoned else "DTEND is not after DTSTART",
                 f"{start.dt.isoformat()} to {end.dt.time().isoformat()}" if zoned else "")
    attendees = attendee_list(event)
    bad = [str(a) for a in attendees if not (str(a).startswith("mailto:") and a.params.get("CN"))]
    checks.check(path, "attendees have CN and mailto:", attendees and not bad,
                 f"{len(bad)} without: {bad[:3]}" if attendees else "no attendees", f"{len(attendees)} attendees")
    return event


def event_method(event):
    """The METHOD of the calendar an event was read from (kept on the event by main)."""
    return getattr(event, "forankra_method", None)


def check_own_time_zone(path, calendar, verdicts={}):
    """The VTIMEZONE as written, not the parser's built-in Europe/Stockholm, against tzdata."""
    zones = calendar.walk("VTIMEZONE")
    if len(zones) != 1 or str(zones[0]["TZID"]) != STOCKHOLM:
        checks.check(path, "VTIMEZONE gives tzdata's offsets", False, f"{len(zones)} VTIMEZONEs, want one Europe/Stockholm")
        return
    written = zones[0].to_ical()
    if written not in verdicts:  # the sweep takes seconds; files with the same VTIMEZONE share it
        verdicts[written] = sweep(zones[0])
    problems = verdicts[written]
    checks.check(path, "VTIMEZONE gives tzdata's offsets", not problems, "; ".join(problems),
                 "every half hour 2024-2030")


def sweep(zone):
    ours = zone.to_tz(lookup_tzid=False)
    reference = ZoneInfo(STOCKHOLM)
    moment = datetime(2024, 1, 1, tzinfo=timezone.utc)
    disagreements = []
    while moment < datetime(2031, 1, 1, tzinfo=timezone.utc):
        if moment.astimezone(ours).utcoffset() != moment.astimezone(reference).utcoffset():
            disagreements.append(moment.isoformat())
        moment += timedelta(minutes=30)
    winter = datetime(2026, 2, 3, 13, 0, tzinfo=ours).astimezone(timezone.utc)
    summer = datetime(2026, 7, 1, 13, 0, tzinfo=ours).astimezone(timezone.utc)
    problems = [f"first difference {disagreements[0]}"] if disagreements else []
    if winter.hour != 12 or summer.hour != 11:
        problems.append("13:00 is not 12:00Z in February and 11:00Z in July")
    return problems


def check_vobject(path, text, event):
    try:
        calendar = vobject.readOne(text)
        ours = calendar.vevent
    except Exception as error:  # vobject raises many kinds
        checks.check(path, "vobject reads the same", False, f"{type(error).__name__}: {error}")
        return
    differences = []
    for name in ("dtstart", "dtend"):
        theirs = getattr(ours, name).value.astimezone(timezone.utc)
        mine = event[name.upper()].dt.astimezone(timezone.utc)
        if theirs != mine:
            differences.append(f"{name.upper()} {theirs.isoformat()} vs icalendar {mine.isoformat()}")
    for name in ("uid", "summary", "location", "description"):
        theirs = ours.contents[name][0].value if name in ours.contents else ""
        if theirs != str(event.get(name.upper(), "")):
            differences.append(f"{name.upper()} {theirs[:40]!r}")
    if str(getattr(calendar, "method", None) and calendar.method.value) != str(event_method(event)):
        differences.append(f"METHOD {getattr(calendar, 'method', None) and calendar.method.value}")
    their_organizer = ours.contents["organizer"][0].value if "organizer" in ours.contents else ""
    if their_organizer.lower() != str(event.get("ORGANIZER", "")).lower():
        differences.append(f"ORGANIZER {their_organizer!r}")
    theirs_rsvp = sorted(a.params.get("RSVP", ["FALSE"])[0] for a in ours.contents.get("attendee", []))
    if theirs_rsvp != sorted(str(a.params.get("RSVP", "FALSE")) for a in attendee_list(event)):
        differences.append("RSVP")
    theirs = sorted(a.params.get("CN", [""])[0] for a in ours.contents.get("attendee", []))
    mine = sorted(str(a.params.get("CN", "")) for a in attendee_list(event))
    if theirs != mine:
        differences.append(f"attendees {len(theirs)} vs icalendar {len(mine)}")
    checks.check(path, "vobject reads the same", not differences, "; ".join(differences),
                 f"vobject {getattr(vobject, 'VERSION', '')}: times, UID, texts, {len(theirs)} attendees agree")


def check_expected(path, event, expected):
    """The sample written by ICalendarSampleTests, against its .expected.json."""
    start, end = event["DTSTART"], event["DTEND"]
    differences = []
    if start.dt.replace(tzinfo=None).isoformat() != expected["start_local"]:
        differences.append(f"DTSTART local {start.dt.replace(tzinfo=None).isoformat()}, want {expected['start_local']}")
    if start.dt.astimezone(timezone.utc) != utc(expected["start_utc"]):
        differences.append(f"DTSTART {start.dt.astimezone(timezone.utc).isoformat()}, want {expected['start_utc']}")
    if end.dt.astimezone(timezone.utc) != utc(expected["end_utc"]):
        differences.append(f"DTEND want {expected['end_utc']}")
    if event["DTSTAMP"].dt != utc(expected["stamp_utc"]):
        differences.append(f"DTSTAMP want {expected['stamp_utc']}")
    if str(event["UID"]) != expected["uid"] or str(event.get("SEQUENCE")) != str(expected["sequence"]):
        differences.append("UID or SEQUENCE")
    for name in ("summary", "location", "description"):
        if str(event.get(name.upper(), "")) != expected[name]:
            differences.append(f"{name.upper()} {str(event.get(name.upper(), ''))!r}")
    if len(attendee_list(event)) != expected["attendees"]:
        differences.append(f"{len(attendee_list(event))} attendees, want {expected['attendees']}")
    organizer = event.get("ORGANIZER")
    if expected.get("organizer") and (organizer is None or organizer.params.get("CN") != expected["organizer"]):
        differences.append("ORGANIZER CN")
    checks.check(path, "matches its .expected.json", not differences, "; ".join(differences),
                 "times, UID, SEQUENCE, texts, attendees, organizer round-trip")


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text.strip())


def read_record(path):
    """Front matter and the participants' names of a workshop record."""
    lines = path.read_text(encoding="utf-8").splitlines()
    facts, names, index = {}, [], 1
    while index < len(lines) and lines[index].strip() != "---":
        key, _, value = lines[index].partition(":")
        facts[key.strip()] = value.strip()
        index += 1
    in_participants = False
    for line in lines[index:]:
        if line.startswith("## "):
            in_participants = line.strip() in ("## Deltagare", "## Participants")
        elif in_participants and line.startswith("|") and not re.match(r"^\|\s*(Id|-)", line):
            cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
            names.append(unescape(cells[1]))
    return facts, names


def check_record(path, event, record):
    facts, names = read_record(record)
    zone = ZoneInfo(STOCKHOLM)
    day = date.fromisoformat(facts["date"])
    want_start = datetime.combine(day, time.fromisoformat(facts["start"]), zone)
    want_end = datetime.combine(day, time.fromisoformat(facts["end"]), zone)
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    differences = []
    if start.replace(tzinfo=None) != want_start.replace(tzinfo=None) or start.astimezone(timezone.utc) != want_start.astimezone(timezone.utc):
        differences.append(f"DTSTART {start.isoformat()}, record {want_start.isoformat()}")
    if end.replace(tzinfo=None) != want_end.replace(tzinfo=None) or end.astimezone(timezone.utc) != want_end.astimezone(timezone.utc):
        differences.append(f"DTEND {end.isoformat()}, record {want_end.isoformat()}")
    if str(event.get("LOCATION", "")) != facts.get("place"):
        differences.append(f"LOCATION {str(event.get('LOCATION', ''))!r}, record {facts.get('place')!r}")
    if record.stem not in str(event["UID"]):
        differences.append(f"UID {event['UID']} does not name {record.stem}")
    cns = sorted(str(a.params.get("CN", "")) for a in attendee_list(event))
    if cns != sorted(names):
        missing = sorted(set(names) - set(cns))
        extra = sorted(set(cns) - set(names))
        differences.append(f"attendees {len(cns)}, record {len(names)}; missing {missing[:3]}, not in record {extra[:3]}")
    # What the workspace's settings make of it: a meeting request (or its cancellation) with
    # an organizer, else a published event; its SEQUENCE is the one the record keeps.
    settings, _ = read_record(record.parent.parent / "forankra.md")
    organizer = settings.get("organizer", "")
    want_method = ("CANCEL" if facts.get("status") == "inställd" else "REQUEST") if organizer else "PUBLISH"
    if event_method(event) != want_method:
        differences.append(f"METHOD {event_method(event)}, settings and status say {want_method}")
    if organizer and f"mailto:{organizer.split('<')[-1].rstrip('>').strip()}".lower() != str(event.get("ORGANIZER", "")).lower():
        differences.append(f"ORGANIZER {event.get('ORGANIZER')}, settings {organizer!r}")
    if want_method == "REQUEST" and any(str(a.params.get("RSVP")) != "TRUE" for a in attendee_list(event)):
        differences.append("an attendee of a meeting request is not asked to reply (RSVP)")
    if str(event.get("SEQUENCE")) != facts.get("sequence", "0"):
        differences.append(f"SEQUENCE {event.get('SEQUENCE')}, record {facts.get('sequence', '0')}")
    checks.check(path, "matches the workshop record", not differences, "; ".join(differences),
                 f"{facts['date']} {facts['start']}-{facts['end']} Stockholm = {start.astimezone(timezone.utc):%H:%M}Z, "
                 f"place, {len(names)} participants, METHOD {want_method}, SEQUENCE {facts.get('sequence', '0')}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for argument in sys.argv[1:]:
        path = Path(argument)
        raw = path.read_bytes()
        check_bytes(path, raw)
        try:
            calendar = icalendar.Calendar.from_ical(raw)
        except Exception as error:
            checks.check(path, "icalendar reads it", False, f"{type(error).__name__}: {error}")
            continue
        event = check_icalendar(path, calendar)
        if event is not None:
            event.forankra_method = str(calendar.get("METHOD"))
        check_own_time_zone(path, calendar)
        if event is None:
            continue
        check_vobject(path, raw.decode("utf-8", errors="replace"), event)
        expected = Path(str(path) + ".expected.json")
        folder = path.resolve().parent  # WORKSPACE/packs/ID/
        record = folder.parent.parent / "workshops" / f"{folder.name}.md"
        if expected.exists():
            check_expected(path, event, json.loads(expected.read_text(encoding="utf-8")))
        elif path.name == "inbjudan.ics" and folder.parent.name == "packs" and record.exists():
            check_record(path, event, record)
        else:
            checks.check(path, "matches what it should say", False, "no .expected.json and no workshop record to compare with")
    checks.exit()


if __name__ == "__main__":
    main()
