"""What an official sees across cases: the dashboard, reminders, the deadline calendar and working days, global search."""
