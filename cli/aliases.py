"""Reading a user's alias file (YAML or CSV) into AliasEntry records.

YAML: a list of mappings ``{name, type, aliases: [...], wikidata}``.
CSV: a header row with ``name,type,aliases,wikidata``; aliases separated by ``|``.
``type`` is one of the ontology's entity classes (Person, ArmedGroup, ...).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from frontline.extract.records import ENTITY_KINDS
from frontline.graph.resolve import AliasEntry


class AliasFileError(Exception):
    """The alias file is missing, unreadable or malformed."""


def parse_alias_rows(rows: list[dict], *, source: str) -> list[AliasEntry]:
    entries = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise AliasFileError(f"{source}: entry {number} is not a mapping with a 'name'")
        name = str(row.get("name") or "").strip()
        if not name:
            raise AliasFileError(f"{source}: entry {number} has no 'name'")
        kind = str(row.get("type") or "").strip() or None
        if kind is not None and kind not in ENTITY_KINDS:
            raise AliasFileError(
                f"{source}: entry {number} ({name}) has type {kind!r}; use one of {', '.join(ENTITY_KINDS)}"
            )
        raw = row.get("aliases") or []
        if not isinstance(raw, (str, list)):
            raise AliasFileError(f"{source}: entry {number} ({name}): 'aliases' must be a list or a |-separated string")
        aliases = raw.split("|") if isinstance(raw, str) else [str(a) for a in raw]
        wikidata = str(row.get("wikidata") or "").strip() or None
        entries.append(AliasEntry(name, kind, tuple(a.strip() for a in aliases if a.strip()), wikidata))
    return entries


def read_alias_file(path: Path) -> list[AliasEntry]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AliasFileError(f"alias file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AliasFileError(f"cannot read alias file {path}: {error}") from None
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        if rows and "name" not in rows[0]:
            raise AliasFileError(f"{path}: the CSV header needs a 'name' column")
        return parse_alias_rows(rows, source=str(path))
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise AliasFileError(f"{path}: invalid YAML ({' '.join(str(error).split())})") from None
    if data is None:
        return []
    if isinstance(data, dict) and isinstance(data.get("entities"), list):
        data = data["entities"]
    if not isinstance(data, list):
        raise AliasFileError(f"{path}: expected a list of entities")
    return parse_alias_rows(data, source=str(path))
