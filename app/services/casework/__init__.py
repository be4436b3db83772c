"""Cases and what they hang on: opening and moving a case, its full record, its history, the summons it came from."""
