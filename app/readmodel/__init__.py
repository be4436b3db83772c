"""The typed read model: plain frozen records the services return (see case.py)."""
