"""The main window's pages: one view class per file."""
