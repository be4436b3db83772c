"""The command line: the same use cases as the GUI, for scripts and for officials at a terminal.

Exit status: 0 success, 1 a check found a problem, 2 bad input or usage.
Messages go to stderr in the language of ``--lang`` (default: the system's).

Each module here adds its commands through ``register(registry)``; ``main`` lists them.
"""

from app.cli.base import default_lang
from app.cli.main import main

__all__ = ["default_lang", "main"]
