"""The program's one entry point: the desktop application without a command, else the
command line (``python -m app``, the installed ``inspectdesk`` and the frozen build).

The only module that knows both sides: :mod:`app.cli` never imports :mod:`app.ui`, and
the window never imports the command line. The command line parses the arguments and,
when there is no command (or ``gui``), calls :func:`start_gui` given to it here.
"""

from __future__ import annotations

from collections.abc import Sequence


def start_gui(db: str | None, lang: str | None) -> int:
    """The desktop application on the database ``--db`` names, in the ``--lang`` given."""
    from app.ui.app import run_gui

    return run_gui(db, lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run what the arguments ask for; returns the exit status."""
    from app.cli.main import main as run

    return run(argv, gui=start_gui)
