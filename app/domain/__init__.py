"""Rules and value types of InspectDesk: plain Python, no Qt, no SQLAlchemy."""
