"""``python -m app``: the command line; with no command, the desktop application."""

import multiprocessing

from app.entry import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen build re-enters here in child processes
    raise SystemExit(main())
