"""Every text an official reads outside Qt's ``tr()``, loaded once from plain data.

The texts live in ``app/catalogues/*.json``, one file per owner (the rules, the use
cases, backup, exchange, the dossier, signing, the chronology, the command line).
Each file holds:

``messages``
    key -> {"zh": template, "en": template}: error codes and the texts the command
    line and the chronology print; placeholders are ``str.format`` fields.
``labels``
    kind -> value -> {"zh": label, "en": label}: how a stored code of a kind reads
    (an action, a role, a problem of a field).
``value_labels``
    code -> value name -> kind (or list of kinds): the values of an error that are
    codes, shown by their label (``role.forbidden`` shows its ``role`` as 主管).

Nothing registers itself by being imported: the first lookup reads every file and
checks that no key or kind is defined twice.  ``tests/text/test_catalogues.py`` holds
the files to the rest (both languages, the same placeholders, a template for every
code raised anywhere).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

Entry = Mapping[str, str]  # {"zh": …, "en": …}
Labels = Mapping[str, Entry]  # value -> entry

# Beside app/domain in the source tree and in the frozen build (packaging/bundle.py
# bundles the folder as data).
FOLDER = Path(__file__).resolve().parent.parent / "catalogues"


class CatalogueError(Exception):
    """A catalogue file is not as the program needs it (a defect of the release)."""


@dataclass(frozen=True)
class Catalogue:
    messages: Mapping[str, Entry]
    labels: Mapping[str, Labels]
    value_labels: Mapping[tuple[str, str], tuple[str, ...]]  # (code, name) -> kinds
    sources: Mapping[str, str]  # key or kind -> the file that holds it


def _freeze(table: Mapping[str, Mapping[str, str]]) -> Mapping[str, Entry]:
    return MappingProxyType({key: MappingProxyType(dict(entry)) for key, entry in table.items()})


def read(folder: Path = FOLDER) -> Catalogue:
    """Every catalogue file of ``folder``, merged; a key or kind defined twice is refused."""
    messages: dict[str, Entry] = {}
    labels: dict[str, Labels] = {}
    value_labels: dict[tuple[str, str], tuple[str, ...]] = {}
    sources: dict[str, str] = {}
    files = sorted(folder.glob("*.json"))
    if not files:
        raise CatalogueError(f"{folder}: no catalogue files")
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CatalogueError(f"{path.name}: {exc}") from exc
        for key, entry in data.get("messages", {}).items():
            if key in messages:
                raise CatalogueError(f"{path.name}: {key} is also in {sources[key]}")
            messages[key], sources[key] = MappingProxyType(dict(entry)), path.name
        for kind, table in data.get("labels", {}).items():
            if kind in labels:
                raise CatalogueError(f"{path.name}: labels {kind} also in {sources[kind]}")
            labels[kind], sources[kind] = _freeze(table), path.name
        for code, names in data.get("value_labels", {}).items():
            for name, kinds in names.items():
                value_labels[(code, name)] = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    return Catalogue(
        MappingProxyType(messages),
        MappingProxyType(labels),
        MappingProxyType(value_labels),
        MappingProxyType(sources),
    )


@cache
def catalogue() -> Catalogue:
    """The program's catalogues, read on first use and kept."""
    return read()


def template(key: str, lang: str) -> str | None:
    """The template of ``key`` in ``lang`` (English when the language has none), or None."""
    entry = catalogue().messages.get(key)
    if entry is None:
        return None
    return entry.get(lang) or entry.get("en")


def labels_of(kind: str) -> Labels:
    """The labels of ``kind`` held by the catalogues (value -> {lang: label})."""
    return catalogue().labels[kind]


def value_kinds(code: str, name: str) -> tuple[str, ...]:
    """The label kinds value ``name`` of error ``code`` is shown by (none: as it is)."""
    return catalogue().value_labels.get((code, name), ())
