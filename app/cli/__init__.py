"""The command line: the same use cases as the GUI, for scripts and for officials at a terminal.

Exit status: 0 success, 1 a check found a problem, 2 bad input or usage, 3 an
unexpected error (logged), 130 interrupted, 141 the output was closed early (``| head``).
Messages go to stderr in the language of ``--lang`` (default: the system's).

The desktop application is started by :mod:`app.entry`, not from here: nothing in
``app.cli`` imports ``app.ui``.

Each module here adds its commands through ``register(registry)``; ``main`` lists them.
"""

from app.cli.main import main
from app.lang import default_lang

__all__ = ["default_lang", "main"]
