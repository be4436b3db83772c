"""Persistence: engine, ORM mappings, migrations runner and read queries. Never imports Qt."""
