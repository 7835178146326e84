"""Checks a MISP feed directory with the real PyMISP (pip install pymisp).

A MISP feed is `manifest.json`, `hashes.csv` and one `<event uuid>.json` per event. `check_feed(directory)`
loads every event file with `MISPEvent().load_file`, and compares the files with what PyMISP itself writes for
the loaded events: `MISPEvent.to_feed` (with distribution levels when the file has them) for the event file, `MISPEvent.manifest` for the
manifest entry and `attributes_hashes('md5')` (as `pymisp.tools.feed_meta_generator` does) for `hashes.csv`.
It returns a list of problems, empty when the feed is sound. `summarize_feed(directory)` returns what PyMISP
read back (events, their tags and attributes) so a caller can compare it with what it exported.

Command line: `python misp_feed_check.py DIRECTORY` prints the problems (exit status 1 when there are some);
`python misp_feed_check.py --summary DIRECTORY` prints the summary as JSON.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from pymisp import MISPAttribute, MISPEvent, MISPObject


def _load_events(directory: Path, problems: list[str]) -> dict[str, tuple[dict[str, Any], MISPEvent]]:
    """Every event file's raw JSON and the MISPEvent PyMISP loaded from it, by file stem."""
    events: dict[str, tuple[dict[str, Any], MISPEvent]] = {}
    for path in sorted(directory.glob("*.json")):
        if path.name == "manifest.json":
            continue
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{path.name}: not readable JSON: {error}")
            continue
        if not isinstance(raw, dict) or not isinstance(raw.get("Event"), dict):
            problems.append(f"{path.name}: no top-level 'Event' object")
            continue
        event = MISPEvent()
        try:
            event.load_file(str(path))
        except Exception as error:  # PyMISP raises many kinds; each is a problem of the file.
            problems.append(f"{path.name}: PyMISP cannot load it: {type(error).__name__}: {error}")
            continue
        if path.stem != event.uuid:
            problems.append(f"{path.name}: holds event {event.uuid}, not the event its name says")
        events[path.stem] = (raw, event)
    return events


def _compare(where: str, written: Any, rewritten: Any, problems: list[str]) -> None:
    """Reports where `written` differs from PyMISP's `rewritten`, down to the field of a list element."""
    if isinstance(written, dict) and isinstance(rewritten, dict):
        for key in sorted(set(written) | set(rewritten)):
            _compare(f"{where}.{key}", written.get(key), rewritten.get(key), problems)
    elif isinstance(written, list) and isinstance(rewritten, list) and len(written) == len(rewritten):
        for index, (mine, theirs) in enumerate(zip(written, rewritten)):
            _compare(f"{where}[{index}]", mine, theirs, problems)
    elif written != rewritten:
        problems.append(f"{where} is {json.dumps(written)[:200]}, PyMISP writes {json.dumps(rewritten)[:200]}")


def _check_event(name: str, raw: dict[str, Any], event: MISPEvent, seen_uuids: set[str], problems: list[str]) -> None:
    """Compares one event file with PyMISP's own feed output for the loaded event and checks its attributes."""
    written = raw["Event"]
    # A feed may carry distribution levels (to_feed's with_distribution) or leave them out, as PyMISP's default does.
    # to_feed(with_distribution=True) adds 'distribution' to class-wide field sets; they are restored afterwards
    # so that checking one feed does not change how the next one is written back.
    saved = {cls: set(cls._fields_for_feed) for cls in (MISPEvent, MISPAttribute, MISPObject)}
    try:
        rewritten = event.to_feed(with_distribution="distribution" in written)["Event"]
    except Exception as error:  # PyMISP raises PyMISPError and others for fields it needs.
        problems.append(f"{name}.json: PyMISP cannot write it back as a feed event: {type(error).__name__}: {error}")
        return
    finally:
        for cls, fields in saved.items():
            cls._fields_for_feed = fields
    _compare(f"{name}.json: Event", written, rewritten, problems)
    if not event.info:
        problems.append(f"{name}.json: empty info")
    describe = event.describe_types
    for attribute in list(event.attributes) + [a for o in event.objects for a in o.attributes]:
        label = f"{name}.json: attribute {attribute.uuid}"
        if attribute.uuid in seen_uuids:
            problems.append(f"{label}: UUID used twice in the feed")
        seen_uuids.add(attribute.uuid)
        if attribute.type not in describe["types"]:
            problems.append(f"{label}: unknown MISP type {attribute.type!r}")
        elif attribute.type not in describe["category_type_mappings"].get(attribute.category, []):
            problems.append(f"{label}: type {attribute.type!r} is not allowed in category {attribute.category!r}")
        if not isinstance(attribute.to_ids, bool):
            problems.append(f"{label}: to_ids is not a boolean")


def _check_manifest(directory: Path, events: dict[str, tuple[dict[str, Any], MISPEvent]], problems: list[str]) -> None:
    path = directory / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problems.append(f"manifest.json: missing or not JSON: {error}")
        return
    if not isinstance(manifest, dict):
        problems.append("manifest.json: not an object")
        return
    for uuid in sorted(set(manifest) - set(events)):
        problems.append(f"manifest.json: lists {uuid}, which has no event file")
    for uuid in sorted(set(events) - set(manifest)):
        problems.append(f"manifest.json: does not list event {uuid}")
    for uuid, (_, event) in sorted(events.items()):
        if uuid in manifest:
            expected = json.loads(json.dumps(event.manifest[event.uuid]))
            if manifest[uuid] != expected:
                problems.append(f"manifest.json: entry {uuid} is {manifest[uuid]}, PyMISP computes {expected}")


def _check_hashes(directory: Path, events: dict[str, tuple[dict[str, Any], MISPEvent]], problems: list[str]) -> None:
    path = directory / "hashes.csv"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"hashes.csv: missing or not UTF-8: {error}")
        return
    if text and not text.endswith("\n"):
        problems.append("hashes.csv: last line does not end with a newline")
    written = Counter(line for line in text.split("\n") if line)
    expected = Counter(f"{h},{event.uuid}" for _, event in events.values() for h in event.attributes_hashes("md5"))
    for line in sorted((written - expected).elements()):
        problems.append(f"hashes.csv: line {line!r} matches no attribute")
    for line in sorted((expected - written).elements()):
        problems.append(f"hashes.csv: line {line!r} is missing")


def check_feed(directory: str | Path) -> list[str]:
    """The problems PyMISP finds in the MISP feed at `directory`; an empty list when there are none."""
    directory = Path(directory)
    if not directory.is_dir():
        return [f"{directory}: not a directory"]
    problems: list[str] = []
    events = _load_events(directory, problems)
    if not events:
        problems.append(f"{directory}: no event file")
    seen_uuids: set[str] = set()
    for name, (raw, event) in sorted(events.items()):
        _check_event(name, raw, event, seen_uuids, problems)
    _check_manifest(directory, events, problems)
    _check_hashes(directory, events, problems)
    return problems


def summarize_feed(directory: str | Path) -> dict[str, Any]:
    """What PyMISP read from each event file: info, date, tag names and attributes, by event UUID."""
    summary: dict[str, Any] = {}
    for name, (_, event) in sorted(_load_events(Path(directory), []).items()):
        summary[event.uuid] = {
            "info": event.info,
            "date": event.date.isoformat(),
            "distribution": event.distribution,
            "tags": [tag.name for tag in event.tags],
            "attributes": [
                {
                    "uuid": attribute.uuid,
                    "type": attribute.type,
                    "category": attribute.category,
                    "value": attribute.value,
                    "to_ids": attribute.to_ids,
                    "comment": attribute.comment,
                    "tags": [tag.name for tag in attribute.tags],
                }
                for attribute in event.attributes
            ],
        }
    return summary


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--summary"] and len(arguments) == 2:
        print(json.dumps(summarize_feed(arguments[1]), sort_keys=True))
        sys.exit(0)
    if len(arguments) != 1:
        print("usage: misp_feed_check.py [--summary] DIRECTORY", file=sys.stderr)
        sys.exit(2)
    found = check_feed(arguments[0])
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
