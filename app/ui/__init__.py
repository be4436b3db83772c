"""The desktop client (Qt). The only package that imports PySide6: it presents and delegates."""
