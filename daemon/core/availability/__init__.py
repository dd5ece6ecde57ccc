"""Free time: busy intervals from the calendar, and the call slots inside the rules."""
