"""Who and what the office keeps on record: companies (and their import), users, office settings, reference data."""
