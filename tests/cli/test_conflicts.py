"""The command line refuses a change made on an outdated version like the window does."""

from __future__ import annotations

import json

from tests.cli.conftest import Cli


def _show(cli: Cli, number: str) -> dict[str, object]:
    result = cli("case", "show", number, "--json")
    assert result.rc == 0, result
    data = json.loads(result.out)
    assert isinstance(data, dict)
    return data


def test_case_status_on_an_outdated_version_is_refused_with_exit_2(demo_cli: Cli) -> None:
    listed = demo_cli("cases", "list", "--json")
    assert listed.rc == 0, listed
    number = next(c["case_number"] for c in json.loads(listed.out) if c["status"] != "closed")
    # Given the case as a script saw it
    seen = _show(demo_cli, number)
    version = seen["version"]
    assert isinstance(version, int) and seen["updated_by"]
    # When someone else moves the case on meanwhile
    first = next(s for s in seen["allowed_next"] if s != "closed")  # type: ignore[attr-defined]
    moved = demo_cli("case", "status", number, first, "--note", "先行")
    assert moved.rc == 0, moved
    now = _show(demo_cli, number)
    assert now["status"] == first and now["version"] != version
    target = next(s for s in now["allowed_next"] if s != "closed")  # type: ignore[attr-defined]
    # Then a move made on the version first seen is refused, in the user's language
    for lang, words in (("en", "This record was changed by"), ("zh", "该记录已于")):
        refused = demo_cli(
            "case", "status", number, target, "--expected-version", str(version), lang=lang
        )
        assert refused.rc == 2, refused
        assert words in refused.err, refused
    assert _show(demo_cli, number)["status"] == first  # nothing was written
    # ... while the current version is accepted
    done = demo_cli("case", "status", number, target, "--expected-version", str(now["version"]))
    assert done.rc == 0, done
    assert _show(demo_cli, number)["status"] == target
