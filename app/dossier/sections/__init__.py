"""The sections of the case dossier, one module per group of sections."""
