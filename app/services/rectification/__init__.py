"""The work on a case: reports and reviews, findings and their deadlines, on-site inspections, the files attached to them."""
