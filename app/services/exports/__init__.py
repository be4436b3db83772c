"""Everything written for reading elsewhere: the dossier (and its verification and signing), the province and overdue reports, Excel workbooks."""
