"""The case view: a window per case with its tabs, one tab per file."""
