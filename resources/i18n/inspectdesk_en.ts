<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="38" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="39" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="40" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="41" />
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="42" />
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/attachments_model.py" line="65" />
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="58" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="60" />
        <source>Open the selected file with the system viewer (Enter)</source>
        <translation>Open the selected file with the system viewer (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="62" />
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="63" />
        <source>Add a file to the case (or drop files here)</source>
        <translation>Add a file to the case (or drop files here)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="70" />
        <source>Drop files here to add them to the case.</source>
        <translation>Drop files here to add them to the case.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="104" />
        <source>File missing</source>
        <translation>File missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="105" />
        <source>The stored file of “%1” is missing:
%2

Restore it from a backup.</source>
        <translation>The stored file of “%1” is missing:
%2

Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="114" />
        <source>File changed</source>
        <translation>File changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="116" />
        <source>The stored file of “%1” no longer matches the SHA-256 recorded when it was added; it may have been altered.

Recorded: %2
Now: %3

Open it anyway?</source>
        <translation>The stored file of “%1” no longer matches the SHA-256 recorded when it was added; it may have been altered.

Recorded: %2
Now: %3

Open it anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="144" />
        <source>Add files to the case</source>
        <translation>Add files to the case</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/attachments_tab.py" line="158" />
        <source>%n file(s) added</source>
        <translation><numerusform>%n file added</numerusform><numerusform>%n files added</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarDaysDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="49" />
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="56" />
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="78" />
        <source>Enter a day</source>
        <translation>Enter a day</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="83" />
        <source>Rest day (public holiday)</source>
        <translation>Rest day (public holiday)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="84" />
        <source>Working day (make-up day)</source>
        <translation>Working day (make-up day)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="86" />
        <source>e.g. New Year's Day</source>
        <translation>e.g. New Year's Day</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="87" />
        <source>&amp;Add day</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="88" />
        <source>Save this day (Ctrl+S)</source>
        <translation>Save this day (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="90" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="91" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="92" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="146" />
        <source>The official calendar covers %1 to %2.</source>
        <translation>The official calendar covers %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="156" />
        <source>%1: official public holidays and make-up working days (%2 holidays, %3 make-up working days). Other days follow the week: Monday to Friday are working days.</source>
        <translation>%1: official public holidays and make-up working days (%2 holidays, %3 make-up working days). Other days follow the week: Monday to Friday are working days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="166" />
        <source>Days entered by users take precedence over the official calendar.</source>
        <translation>Days entered by users take precedence over the official calendar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="171" />
        <source>The official calendar does not cover %1 yet. %n day(s) have been entered by users; working-day deadlines in %1 use them.</source>
        <translation><numerusform>The official calendar does not cover %1 yet. %n day has been entered by users; working-day deadlines in %1 use them.</numerusform><numerusform>The official calendar does not cover %1 yet. %n days have been entered by users; working-day deadlines in %1 use them.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="178" />
        <source>The official calendar does not cover %1 yet, and no days have been entered. Working-day deadlines reaching into %1 count Monday to Friday only and are marked provisional. Enter the public holidays and make-up working days of %1 below once they are announced.</source>
        <translation>The official calendar does not cover %1 yet, and no days have been entered. Working-day deadlines reaching into %1 count Monday to Friday only and are marked provisional. Enter the public holidays and make-up working days of %1 below once they are announced.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="201" />
        <source>Calendar day %1 saved.</source>
        <translation>Calendar day %1 saved.</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="46" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="47" />
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="48" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="49" />
        <source>Holiday / note</source>
        <translation>Holiday / note</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="50" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="80" />
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="80" />
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="82" />
        <source>Rest day</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="83" />
        <source>Holiday (in lieu)</source>
        <translation>Holiday (in lieu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="83" />
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="87" />
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="87" />
        <source>Official</source>
        <translation>Official</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="158" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="159" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="160" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="161" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="162" />
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="163" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="164" />
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="165" />
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="195" />
        <source>Overdue findings: %1, overdue reports: %2</source>
        <translation>Overdue findings: %1, overdue reports: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="200" />
        <source>This deadline has passed</source>
        <translation>This deadline has passed</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="70" />
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="71" />
        <source>&amp;Chronology</source>
        <translation>&amp;Chronology</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="72" />
        <source>&amp;Reports &amp;&amp; reviews</source>
        <translation>&amp;Reports &amp;&amp; reviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="73" />
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="74" />
        <source>&amp;Inspections</source>
        <translation>&amp;Inspections</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="75" />
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="76" />
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="96" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="100" />
        <source>&amp;Export dossier…</source>
        <translation>&amp;Export dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="103" />
        <source>Export the case dossier as PDF (Ctrl+E)</source>
        <translation>Export the case dossier as PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="105" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="108" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="114" />
        <source>Sign with the office certificate</source>
        <translation>Sign with the office certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="128" />
        <source>The dossier is signed as %1 (Tools → Signing certificate…)</source>
        <translation>The dossier is signed as %1 (Tools → Signing certificate…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="134" />
        <source>Signing is not available: %1</source>
        <translation>Signing is not available: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="162" />
        <source>%1 — %2 — InspectDesk</source>
        <translation>%1 — %2 — InspectDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="180" />
        <source>Export dossier</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="182" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="191" />
        <source>Writing the dossier…</source>
        <translation>Writing the dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="200" />
        <source>Exporting the dossier of %1…</source>
        <translation>Exporting the dossier of %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/window.py" line="213" />
        <source>The dossier was written to %1 (%n page(s)).</source>
        <translation><numerusform>The dossier was written to %1 (%n page).</numerusform><numerusform>The dossier was written to %1 (%n pages).</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="218" />
        <source>It is signed with the certificate of %1.</source>
        <translation>It is signed with the certificate of %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="220" />
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="221" />
        <location filename="../../app/ui/case_view/window.py" line="223" />
        <source>Dossier exported</source>
        <translation>Dossier exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="225" />
        <source>Dossier written to %1</source>
        <translation>Dossier written to %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="43" />
        <source>Filter by case number, company or credit code</source>
        <translation>Filter by case number, company or credit code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="48" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="51" />
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="52" />
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="53" />
        <source>Open a case for a company (Ctrl+N)</source>
        <translation>Open a case for a company (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="58" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="60" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="111" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/cases.py" line="149" />
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../app/ui/models/checklist_model.py" line="97" />
        <source>Assessment item</source>
        <translation>Assessment item</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/checklist_model.py" line="97" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/checklist_model.py" line="97" />
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="34" />
        <source>Summons</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="35" />
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="36" />
        <source>Report due</source>
        <translation>Report due</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="37" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="38" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="39" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="40" />
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="41" />
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="42" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="43" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="48" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="48" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="48" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>CompaniesModel</name>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="31" />
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="32" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="33" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="34" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="35" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="36" />
        <location filename="../../app/ui/models/companies_model.py" line="60" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="65" />
        <source>Sample record of the demo data set</source>
        <translation>Sample record of the demo data set</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="36" />
        <source>Filter by name, short name or credit code</source>
        <translation>Filter by name, short name or credit code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="38" />
        <source>&amp;New company</source>
        <translation>&amp;New company</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="39" />
        <source>Register a company (Ctrl+N)</source>
        <translation>Register a company (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="40" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="41" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="42" />
        <source>Import companies from a CSV or XLSX file</source>
        <translation>Import companies from a CSV or XLSX file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="70" />
        <location filename="../../app/ui/pages/companies.py" line="158" />
        <source>Select a company to see its cases in every province.</source>
        <translation>Select a company to see its cases in every province.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="110" />
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/companies.py" line="127" />
        <source>%n company(ies)</source>
        <translation><numerusform>%n company</numerusform><numerusform>%n companies</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="168" />
        <source>Cases of %1 in every province (%2)</source>
        <translation>Cases of %1 in every province (%2)</translation>
    </message>
</context>
<context>
    <name>CompanyCasesModel</name>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="31" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="32" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="34" />
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="35" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="36" />
        <source>Origin summons</source>
        <translation>Origin summons</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="46" />
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="46" />
        <source>Edit company</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="66" />
        <source>C&amp;redit code *</source>
        <translation>C&amp;redit code *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="67" />
        <source>Name (&amp;Chinese) *</source>
        <translation>Name (&amp;Chinese) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="68" />
        <source>Name (&amp;English)</source>
        <translation>Name (&amp;English)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="69" />
        <source>&amp;Short name</source>
        <translation>&amp;Short name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="70" />
        <source>&amp;Province *</source>
        <translation>&amp;Province *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="71" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="72" />
        <source>&amp;Legal representative</source>
        <translation>&amp;Legal representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="73" />
        <source>Security c&amp;ontact</source>
        <translation>Security c&amp;ontact</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="74" />
        <source>Contact p&amp;hone</source>
        <translation>Contact p&amp;hone</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="75" />
        <source>Contact e-&amp;mail</source>
        <translation>Contact e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="81" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="82" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="137" />
        <source>This is a sample record of the demo data set.</source>
        <translation>This is a sample record of the demo data set.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="185" />
        <source>Company %1 saved.</source>
        <translation>Company %1 saved.</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <location filename="../../app/ui/widgets/company_picker.py" line="42" />
        <source>Type part of a company name or credit code</source>
        <translation>Type part of a company name or credit code</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/company_picker.py" line="44" />
        <source>&amp;Add company</source>
        <translation>&amp;Add company</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="88" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="88" />
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="88" />
        <source>In the package</source>
        <translation>In the package</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="46" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="47" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="48" />
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="49" />
        <source>Found</source>
        <translation>Found</translation>
    </message>
</context>
<context>
    <name>CreditCodeEdit</name>
    <message>
        <location filename="../../app/ui/widgets/credit_code_edit.py" line="32" />
        <source>18 characters, e.g. 91330106MA2B2C3D4W</source>
        <translation>18 characters, e.g. 91330106MA2B2C3D4W</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/credit_code_edit.py" line="80" />
        <source>Valid credit code</source>
        <translation>Valid credit code</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="73" />
        <source>InspectDesk is locked</source>
        <translation>InspectDesk is locked</translation>
    </message>
</context>
<context>
    <name>DashboardFindingsModel</name>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="64" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="65" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="66" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="67" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="68" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="69" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="70" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="96" />
        <source>%n days overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="98" />
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="99" />
        <source>%n days left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="133" />
        <source>Reminder dismissed until the next step</source>
        <translation>Reminder dismissed until the next step</translation>
    </message>
</context>
<context>
    <name>DashboardInspectionsModel</name>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="29" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="30" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="31" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="32" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="33" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="34" />
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="38" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="38" />
        <source>In %n days</source>
        <translation><numerusform>In %n day</numerusform><numerusform>In %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="98" />
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="99" />
        <source>Nothing falls due within 7 days.</source>
        <translation>Nothing falls due within 7 days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="101" />
        <source>Nothing falls due in the 8 to 30 days after.</source>
        <translation>Nothing falls due in the 8 to 30 days after.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="104" />
        <source>No report is waiting for review or overdue.</source>
        <translation>No report is waiting for review or overdue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="107" />
        <source>No on-site inspection is scheduled.</source>
        <translation>No on-site inspection is scheduled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="110" />
        <source>No open findings.</source>
        <translation>No open findings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="117" />
        <source>Falling due</source>
        <translation>Falling due</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="119" />
        <source>Open and overdue findings by province</source>
        <translation>Open and overdue findings by province</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="152" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="178" />
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="182" />
        <source>Dismiss reminder</source>
        <translation>Dismiss reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="220" />
        <source>Overdue findings: the %1 most overdue of %2</source>
        <translation>Overdue findings: the %1 most overdue of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="225" />
        <source>Overdue findings (%1)</source>
        <translation>Overdue findings (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="228" />
        <source>Within 7 days (%1)</source>
        <translation>Within 7 days (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="231" />
        <source>In 8 to 30 days (%1)</source>
        <translation>In 8 to 30 days (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="234" />
        <source>Reports awaiting review (%1), overdue (%2)</source>
        <translation>Reports awaiting review (%1), overdue (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="239" />
        <source>Upcoming inspections (%1)</source>
        <translation>Upcoming inspections (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="250" />
        <source>all provinces</source>
        <translation>all provinces</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="255" />
        <source>As of %1 · %2</source>
        <translation>As of %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="292" />
        <source>%1 %2 has no reminder to dismiss yet.</source>
        <translation>%1 %2 has no reminder to dismiss yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="298" />
        <source>Reminder for %1 %2 dismissed until the next step.</source>
        <translation>Reminder for %1 %2 dismissed until the next step.</translation>
    </message>
</context>
<context>
    <name>DashboardReportsModel</name>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="34" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="35" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="36" />
        <source>Received / due</source>
        <translation>Received / due</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="37" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="38" />
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="39" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="44" />
        <source>Not filed, %n days overdue</source>
        <translation><numerusform>Not filed, %n day overdue</numerusform><numerusform>Not filed, %n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="45" />
        <source>Waiting for review for %n days</source>
        <translation><numerusform>Waiting for review for %n day</numerusform><numerusform>Waiting for review for %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <location filename="../../app/ui/widgets/deadline_calendar.py" line="117" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/deadline_calendar.py" line="118" />
        <source>Work</source>
        <translation>Work</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="38" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="39" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="40" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="42" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="43" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="44" />
        <source>Finding / report</source>
        <translation>Finding / report</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="82" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="82" />
        <source>◆ Report due</source>
        <translation>◆ Report due</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="91" />
        <source>No. %1 · %2 %3</source>
        <translation>No. %1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="101" />
        <source>Awaited</source>
        <translation>Awaited</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/deadlines_model.py" line="109" />
        <source>⚠ %n day(s) overdue</source>
        <translation><numerusform>⚠ %n day overdue</numerusform><numerusform>⚠ %n days overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="111" />
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/deadlines_model.py" line="112" />
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="51" />
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="52" />
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="53" />
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="58" />
        <source>Working-day &amp;calendar…</source>
        <translation>Working-day &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="60" />
        <source>Official holidays and make-up working days; enter the days of later years</source>
        <translation>Official holidays and make-up working days; enter the days of later years</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="65" />
        <source>List:</source>
        <translation>List:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="76" />
        <source>Off / Work: public holiday / make-up working day</source>
        <translation>Off / Work: public holiday / make-up working day</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="150" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="155" />
        <source>findings due</source>
        <translation>findings due</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="156" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="157" />
        <source>report due</source>
        <translation>report due</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="197" />
        <source>This month: %1 (%2 overdue); %3 (%4 overdue).</source>
        <translation>This month: %1 (%2 overdue); %3 (%4 overdue).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="199" />
        <source>%n finding deadline(s)</source>
        <translation><numerusform>%n finding deadline</numerusform><numerusform>%n finding deadlines</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="201" />
        <source>%n report(s) due</source>
        <translation><numerusform>%n report due</numerusform><numerusform>%n reports due</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="228" />
        <source>Deadlines on %1</source>
        <translation>Deadlines on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="231" />
        <source>Deadlines from %1 to %2</source>
        <translation>Deadlines from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="236" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="238" />
        <source>, ⚠ %n overdue</source>
        <translation><numerusform>, ⚠ %n overdue</numerusform><numerusform>, ⚠ %n overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="241" />
        <source>Nothing falls due on this day.</source>
        <translation>Nothing falls due on this day.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="243" />
        <source>Nothing falls due in this week.</source>
        <translation>Nothing falls due in this week.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../app/ui/drafts.py" line="160" />
        <source>Load the draft</source>
        <translation>Load the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="161" />
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="171" />
        <source>Unsaved changes from %1 were restored from a draft. Save to keep them, or discard the draft to go back to what is saved.</source>
        <translation>Unsaved changes from %1 were restored from a draft. Save to keep them, or discard the draft to go back to what is saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="180" />
        <source>A draft from %1 is older than what was saved at %2 and was not loaded.</source>
        <translation>A draft from %1 is older than what was saved at %2 and was not loaded.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="24" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="30" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31" />
        <source>Something went wrong: %1

Nothing was half-saved. Details are in the log file:
%2</source>
        <translation>Something went wrong: %1

Nothing was half-saved. Details are in the log file:
%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="53" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="56" />
        <source>Reload shows the record as it is stored now and discards what you typed here. Keep editing leaves your text in the form, unsaved.</source>
        <translation>Reload shows the record as it is stored now and discards what you typed here. Keep editing leaves your text in the form, unsaved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="63" />
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="66" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>ExchangeConflictsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="48" />
        <source>Exchange conflicts</source>
        <translation>Exchange conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="64" />
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="67" />
        <source>Tick the value to keep for each field that differs, then Apply. The record gets the chosen values; the other office receives them with your next export.</source>
        <translation>Tick the value to keep for each field that differs, then Apply. The record gets the chosen values; the other office receives them with your next export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="73" />
        <source>Keep all &amp;here</source>
        <translation>Keep all &amp;here</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="75" />
        <source>Take all from the &amp;package</source>
        <translation>Take all from the &amp;package</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="77" />
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="151" />
        <source>Conflict on %1 resolved.</source>
        <translation>Conflict on %1 resolved.</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="47" />
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="143" />
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="172" />
        <source>Export cases for exchange</source>
        <translation>Export cases for exchange</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="49" />
        <source>One &amp;case:</source>
        <translation>One &amp;case:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="50" />
        <source>Every case of a &amp;province:</source>
        <translation>Every case of a &amp;province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="51" />
        <source>Every case with activity &amp;since:</source>
        <translation>Every case with activity &amp;since:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="74" />
        <source>The package file to write (.zip)</source>
        <translation>The package file to write (.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="76" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="82" />
        <source>Named in the package (optional)</source>
        <translation>Named in the package (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="88" />
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="90" />
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="99" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="108" />
        <source>The package holds the cases chosen with everything in them (reports, reviews, findings, inspections, attachments) for an office that does not share this database.</source>
        <translation>The package holds the cases chosen with everything in them (reports, reviews, findings, inspections, attachments) for an office that does not share this database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="145" />
        <source>Exchange packages (*.zip)</source>
        <translation>Exchange packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="165" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="180" />
        <source>%n case(s) with %1 records and %2 attachment files written to %3.</source>
        <translation><numerusform>%n case with %1 records and %2 attachment files written to %3.</numerusform><numerusform>%n cases with %1 records and %2 attachment files written to %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExchangeFields</name>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="16" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="17" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="18" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="19" />
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="20" />
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="21" />
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="22" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="23" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="24" />
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="25" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="26" />
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="27" />
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="28" />
        <source>Demo record</source>
        <translation>Demo record</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="29" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="30" />
        <source>Launch date</source>
        <translation>Launch date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="31" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="32" />
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="33" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="34" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="35" />
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="36" />
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="37" />
        <source>Summons</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="38" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="39" />
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="40" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="41" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="42" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="43" />
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="45" />
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="46" />
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="47" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="48" />
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="49" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="50" />
        <source>From status</source>
        <translation>From status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="51" />
        <source>To status</source>
        <translation>To status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="52" />
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="53" />
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="54" />
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="55" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="56" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="57" />
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="58" />
        <source>Event date</source>
        <translation>Event date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="59" />
        <source>Planned launch</source>
        <translation>Planned launch</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="60" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="61" />
        <source>Due date provisional</source>
        <translation>Due date provisional</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="62" />
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="63" />
        <source>Receiving agency</source>
        <translation>Receiving agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="64" />
        <source>Report version</source>
        <translation>Report version</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="65" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="66" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="67" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="68" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="69" />
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="70" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="71" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="72" />
        <source>Inspected on</source>
        <translation>Inspected on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="73" />
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="74" />
        <source>Company staff present</source>
        <translation>Company staff present</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="75" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="76" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="77" />
        <source>Assessment item</source>
        <translation>Assessment item</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="78" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="79" />
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="80" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="81" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="82" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="83" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="84" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="85" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="86" />
        <source>Required rectification</source>
        <translation>Required rectification</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="87" />
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="88" />
        <source>Original deadline</source>
        <translation>Original deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="89" />
        <source>Current deadline</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="90" />
        <source>Deadline provisional</source>
        <translation>Deadline provisional</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="91" />
        <source>Rectification evidence</source>
        <translation>Rectification evidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="92" />
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="93" />
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="94" />
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="95" />
        <source>Waiver reason</source>
        <translation>Waiver reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="96" />
        <source>Waived by</source>
        <translation>Waived by</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="97" />
        <source>Waived on</source>
        <translation>Waived on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="98" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="99" />
        <source>Old deadline</source>
        <translation>Old deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="100" />
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="101" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="102" />
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="103" />
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="104" />
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="105" />
        <source>Belongs to record</source>
        <translation>Belongs to record</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="106" />
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="107" />
        <source>Media type</source>
        <translation>Media type</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="108" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="109" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="110" />
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="111" />
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="112" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="47" />
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="99" />
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="122" />
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="196" />
        <source>Import exchange package</source>
        <translation>Import exchange package</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="49" />
        <source>Choose the exchange package (.zip) to import.</source>
        <translation>Choose the exchange package (.zip) to import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="51" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="74" />
        <source>Review &amp;conflicts…</source>
        <translation>Review &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="79" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="101" />
        <source>Exchange packages (*.zip)</source>
        <translation>Exchange packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="109" />
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="113" />
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="116" />
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="125" />
        <source>Package exported by %1 on %2.</source>
        <translation>Package exported by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="128" />
        <source>Office: %1.</source>
        <translation>Office: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="131" />
        <source>No account here for the assigned officials %1: they are not linked.</source>
        <translation>No account here for the assigned officials %1: they are not linked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="143" />
        <source>This package was imported before: importing it again changes nothing.</source>
        <translation>This package was imported before: importing it again changes nothing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="148" />
        <source>Everything in this package is already here.</source>
        <translation>Everything in this package is already here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="151" />
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="155" />
        <source>%n record(s) were changed both here and at the other office: they are left as they are here and kept for review.</source>
        <translation><numerusform>%n record was changed both here and at the other office: it is left as it is here and kept for review.</numerusform><numerusform>%n records were changed both here and at the other office: they are left as they are here and kept for review.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="177" />
        <source>The package is refused; nothing was written.</source>
        <translation>The package is refused; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="188" />
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="204" />
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept for review.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged, %4 kept for review.</translation>
    </message>
</context>
<context>
    <name>ExchangeRecords</name>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="28" />
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="29" />
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="30" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="31" />
        <source>Summons</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="32" />
        <source>Attendances at summons</source>
        <translation>Attendances at summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="33" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="34" />
        <source>Case status changes</source>
        <translation>Case status changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="35" />
        <source>Assessment reports</source>
        <translation>Assessment reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="36" />
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="37" />
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="38" />
        <source>Checklist results</source>
        <translation>Checklist results</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="39" />
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="40" />
        <source>Deadline extensions</source>
        <translation>Deadline extensions</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="41" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="67" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="72" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="73" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="74" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="75" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="76" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <location filename="../../app/ui/exports.py" line="58" />
        <source>%n row(s) written to %1.</source>
        <translation><numerusform>%n row written to %1.</numerusform><numerusform>%n rows written to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="74" />
        <location filename="../../app/ui/exports.py" line="86" />
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="76" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="97" />
        <location filename="../../app/ui/exports.py" line="112" />
        <source>Export overdue findings</source>
        <translation>Export overdue findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="99" />
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="130" />
        <location filename="../../app/ui/exports.py" line="140" />
        <location filename="../../app/ui/exports.py" line="148" />
        <source>Province report</source>
        <translation>Province report</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="131" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="142" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="31" />
        <source>Extend deadline — finding #%1</source>
        <translation>Extend deadline — finding #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="40" />
        <source>Current deadline:</source>
        <translation>Current deadline:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="41" />
        <source>&amp;New deadline:</source>
        <translation>&amp;New deadline:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="42" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="43" />
        <source>&amp;Approved by:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="44" />
        <source>Approved &amp;on:</source>
        <translation>Approved &amp;on:</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="66" />
        <source>Add finding — %1</source>
        <translation>Add finding — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="89" />
        <source>&amp;calendar days</source>
        <translation>&amp;calendar days</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="90" />
        <source>&amp;working days</source>
        <translation>&amp;working days</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="91" />
        <source>on a &amp;fixed date:</source>
        <translation>on a &amp;fixed date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="114" />
        <source>Assessment &amp;item:</source>
        <translation>Assessment &amp;item:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="115" />
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="116" />
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="117" />
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="118" />
        <source>Required &amp;rectification:</source>
        <translation>Required &amp;rectification:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="119" />
        <source>Raised &amp;on:</source>
        <translation>Raised &amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="120" />
        <source>Deadline within:</source>
        <translation>Deadline within:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="122" />
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="143" />
        <source>Edit finding #%1 — %2</source>
        <translation>Edit finding #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="162" />
        <source>Last saved by %1 at %2</source>
        <translation>Last saved by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="217" />
        <source>The deadline is before the day the finding is raised.</source>
        <translation>The deadline is before the day the finding is raised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="225" />
        <source>No official holiday calendar for %1 yet: counted with weekends only — provisional</source>
        <translation>No official holiday calendar for %1 yet: counted with weekends only — provisional</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="88" />
        <source>&amp;Add finding…</source>
        <translation>&amp;Add finding…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="89" />
        <source>&amp;Edit finding…</source>
        <translation>&amp;Edit finding…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="90" />
        <source>E&amp;xtend deadline…</source>
        <translation>E&amp;xtend deadline…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="91" />
        <source>Submit &amp;rectification…</source>
        <translation>Submit &amp;rectification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="92" />
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="93" />
        <source>Re&amp;ject rectification…</source>
        <translation>Re&amp;ject rectification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="94" />
        <source>&amp;Waive…</source>
        <translation>&amp;Waive…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="190" />
        <source>Finding #%1 — %2 (%3, %4)</source>
        <translation>Finding #%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="198" />
        <source>Raised on %1; deadline %2, now %3</source>
        <translation>Raised on %1; deadline %2, now %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="205" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="206" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="207" />
        <source>Required rectification</source>
        <translation>Required rectification</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="210" />
        <source>Submitted on %1</source>
        <translation>Submitted on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="213" />
        <source>Rectification evidence</source>
        <translation>Rectification evidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="215" />
        <source>%1 → %2: %3 (approved by %4 on %5)</source>
        <translation>%1 → %2: %3 (approved by %4 on %5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="223" />
        <source>Deadline extensions</source>
        <translation>Deadline extensions</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="226" />
        <source>Verified by %1 on %2</source>
        <translation>Verified by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="231" />
        <source>Waived: %1</source>
        <translation>Waived: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="234" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="270" />
        <source>Verify the rectification of finding #%1 and close it?</source>
        <translation>Verify the rectification of finding #%1 and close it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="285" />
        <source>Reject the rectification of finding #%1 and open it again?</source>
        <translation>Reject the rectification of finding #%1 and open it again?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="299" />
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="62" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="63" />
        <source>Assessment item</source>
        <translation>Assessment item</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="64" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="65" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="66" />
        <source>Original deadline</source>
        <translation>Original deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="67" />
        <source>Current deadline</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="68" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="69" />
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/findings_model.py" line="93" />
        <source>⚠ %n days overdue</source>
        <translation><numerusform>⚠ %n day overdue</numerusform><numerusform>⚠ %n days overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="96" />
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/findings_model.py" line="97" />
        <source>%n days left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="114" />
        <source>(extended)</source>
        <translation>(extended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="116" />
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="36" />
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="39" />
        <source>This database has no user accounts yet. Create the administrator account; from then on everyone logs in at start. A single-user workstation may skip this (no password; the computer's login acts as administrator).</source>
        <translation>This database has no user accounts yet. Create the administrator account; from then on everyone logs in at start. A single-user workstation may skip this (no password; the computer's login acts as administrator).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="51" />
        <source>Do not ask again on this workstation</source>
        <translation>Do not ask again on this workstation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="57" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="58" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="59" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="60" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="62" />
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="67" />
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="68" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="92" />
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="93" />
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="94" />
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="95" />
        <source>Finding added</source>
        <translation>Finding added</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="96" />
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="97" />
        <source>Rectification submitted</source>
        <translation>Rectification submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="98" />
        <source>Rectification rejected</source>
        <translation>Rectification rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="99" />
        <source>Finding verified</source>
        <translation>Finding verified</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="100" />
        <source>Finding waived</source>
        <translation>Finding waived</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="101" />
        <source>Inspection scheduled</source>
        <translation>Inspection scheduled</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="102" />
        <source>Inspection recorded</source>
        <translation>Inspection recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="103" />
        <source>Report added</source>
        <translation>Report added</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="104" />
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="105" />
        <source>Review recorded</source>
        <translation>Review recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="106" />
        <source>Summons registered</source>
        <translation>Summons registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="107" />
        <source>Attendance recorded</source>
        <translation>Attendance recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="121" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="121" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="172" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="173" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="174" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="175" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="176" />
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="202" />
        <source>Event %1, hash %2</source>
        <translation>Event %1, hash %2</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/history_tab.py" line="58" />
        <source>%n event(s). Newest event hash: %1</source>
        <translation><numerusform>%n event. Newest event hash: %1</numerusform><numerusform>%n events. Newest event hash: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="140" />
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="147" />
        <source>Cover every window until your password is entered again</source>
        <translation>Cover every window until your password is entered again</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="152" />
        <source>Nothing to lock: this workstation has no user accounts</source>
        <translation>Nothing to lock: this workstation has no user accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="271" />
        <source>InspectDesk (locked)</source>
        <translation>InspectDesk (locked)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="58" />
        <location filename="../../app/ui/dialogs/import_dialog.py" line="125" />
        <location filename="../../app/ui/dialogs/import_dialog.py" line="224" />
        <source>Import companies</source>
        <translation>Import companies</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="61" />
        <source>Choose a CSV or XLSX file, or drop it here.</source>
        <translation>Choose a CSV or XLSX file, or drop it here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="63" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="84" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="85" />
        <source>Rows that would be imported</source>
        <translation>Rows that would be imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="105" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="127" />
        <source>Spreadsheets (*.csv *.xlsx *.xlsm)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="154" />
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="162" />
        <source>The file cannot be imported.</source>
        <translation>The file cannot be imported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="176" />
        <source>%n problem(s) found. Nothing has been written: correct the file and choose it again.</source>
        <translation><numerusform>%n problem found. Nothing has been written: correct the file and choose it again.</numerusform><numerusform>%n problems found. Nothing has been written: correct the file and choose it again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="187" />
        <source>%n row(s) ready to import. Nothing has been written yet.</source>
        <translation><numerusform>%n row ready to import. Nothing has been written yet.</numerusform><numerusform>%n rows ready to import. Nothing has been written yet.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="207" />
        <source>Checking row %1 of %2…</source>
        <translation>Checking row %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="208" />
        <source>Writing company %1 of %2…</source>
        <translation>Writing company %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="209" />
        <source>Recording %2 audit events…</source>
        <translation>Recording %2 audit events…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="210" />
        <source>Indexing %2 companies for search…</source>
        <translation>Indexing %2 companies for search…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="231" />
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="236" />
        <source>%n company(ies) imported.</source>
        <translation><numerusform>%n company imported.</numerusform><numerusform>%n companies imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../app/ui/models/import_problems_model.py" line="28" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_problems_model.py" line="28" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_problems_model.py" line="28" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../../app/ui/models/import_rows_model.py" line="29" />
        <location filename="../../app/ui/models/import_rows_model.py" line="35" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="49" />
        <source>Schedule inspection — %1</source>
        <translation>Schedule inspection — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="59" />
        <source>Add agency</source>
        <translation>Add agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="68" />
        <source>Names and agencies of the inspectors</source>
        <translation>Names and agencies of the inspectors</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="69" />
        <source>Who attends for the company, with their role</source>
        <translation>Who attends for the company, with their role</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="70" />
        <source>What the inspection covers</source>
        <translation>What the inspection covers</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="73" />
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="74" />
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="75" />
        <source>Participating agencies:</source>
        <translation>Participating agencies:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="76" />
        <source>Inspectors:</source>
        <translation>Inspectors:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="77" />
        <source>Company staff present:</source>
        <translation>Company staff present:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="78" />
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="84" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="85" />
        <source>Schedule the inspection (Ctrl+S)</source>
        <translation>Schedule the inspection (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="105" />
        <source>Agency name</source>
        <translation>Agency name</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="105" />
        <source>Notes taken during the visit…</source>
        <translation>Notes taken during the visit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="136" />
        <source>Conclusion of the inspection</source>
        <translation>Conclusion of the inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="138" />
        <source>Inspection &amp;done</source>
        <translation>Inspection &amp;done</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="145" />
        <source>Raise &amp;finding…</source>
        <translation>Raise &amp;finding…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="147" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="148" />
        <source>Save the checklist, notes and conclusion (Ctrl+S)</source>
        <translation>Save the checklist, notes and conclusion (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="151" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="163" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="164" />
        <source>Check&amp;list</source>
        <translation>Check&amp;list</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="165" />
        <source>&amp;Conclusion</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="166" />
        <source>&amp;Photos and documents</source>
        <translation>&amp;Photos and documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="231" />
        <source>Inspection %1 — %2</source>
        <translation>Inspection %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="235" />
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="277" />
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="358" />
        <source>⚠ The draft could not be written: %1</source>
        <translation>⚠ The draft could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="362" />
        <source>Draft kept at %1 (not saved yet)</source>
        <translation>Draft kept at %1 (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="403" />
        <source>Inspection saved at %1.</source>
        <translation>Inspection saved at %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="455" />
        <source>The unsaved inspection notes were kept as a draft.</source>
        <translation>The unsaved inspection notes were kept as a draft.</translation>
    </message>
</context>
<context>
    <name>InspectionFilesPanel</name>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="234" />
        <source>&amp;Add photos/documents…</source>
        <translation>&amp;Add photos/documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="260" />
        <source>Add photos or documents</source>
        <translation>Add photos or documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="262" />
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic);;All files (*)</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="77" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="78" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="79" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="80" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="81" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="82" />
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="98" />
        <source>%1 (upcoming)</source>
        <translation>%1 (upcoming)</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="40" />
        <source>Filter by case, company or address</source>
        <translation>Filter by case, company or address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="44" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="47" />
        <source>Open &amp;case</source>
        <translation>Open &amp;case</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="49" />
        <source>Open the case of the selected inspection (Enter)</source>
        <translation>Open the case of the selected inspection (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="52" />
        <source>Open &amp;editor</source>
        <translation>Open &amp;editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="54" />
        <source>Checklist, notes, photos and documents of the selected inspection</source>
        <translation>Checklist, notes, photos and documents of the selected inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="94" />
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="109" />
        <source>%1 upcoming, %2 earlier</source>
        <translation>%1 upcoming, %2 earlier</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="63" />
        <source>&amp;Schedule inspection…</source>
        <translation>&amp;Schedule inspection…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="66" />
        <source>&amp;Open editor</source>
        <translation>&amp;Open editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="68" />
        <source>Checklist, notes, photos and documents of the selected inspection (Enter)</source>
        <translation>Checklist, notes, photos and documents of the selected inspection (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="71" />
        <source>Raise &amp;finding from this inspection…</source>
        <translation>Raise &amp;finding from this inspection…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="73" />
        <source>No inspection has been scheduled for this case.</source>
        <translation>No inspection has been scheduled for this case.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="64" />
        <source>Plan an on-site inspection of this case</source>
        <translation>Plan an on-site inspection of this case</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="33" />
        <source>InspectDesk login</source>
        <translation>InspectDesk login</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="42" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="43" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="47" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="48" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="52" />
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="56" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63" />
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68" />
        <source>Summons</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72" />
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89" />
        <source>InspectDesk</source>
        <translation>InspectDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Search and filter</source>
        <translation>Search and filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141" />
        <source>Search cases, companies, findings, notes (Ctrl+F)</source>
        <translation>Search cases, companies, findings, notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150" />
        <source>All provinces in my scope</source>
        <translation>All provinces in my scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170" />
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>&amp;Cases and findings (Excel)…</source>
        <translation>&amp;Cases and findings (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178" />
        <source>&amp;Overdue findings (PDF or Excel)…</source>
        <translation>&amp;Overdue findings (PDF or Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179" />
        <source>&amp;Province report (PDF)…</source>
        <translation>&amp;Province report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181" />
        <source>Export cases for e&amp;xchange…</source>
        <translation>Export cases for e&amp;xchange…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184" />
        <source>&amp;Import exchange package…</source>
        <translation>&amp;Import exchange package…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>Exchange &amp;conflicts…</source>
        <translation>Exchange &amp;conflicts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206" />
        <source>&amp;Verify records</source>
        <translation>&amp;Verify records</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208" />
        <source>Verify a &amp;dossier…</source>
        <translation>Verify a &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211" />
        <source>Signing &amp;certificate…</source>
        <translation>Signing &amp;certificate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218" />
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324" />
        <location filename="../../app/ui/main_window.py" line="335" />
        <location filename="../../app/ui/main_window.py" line="344" />
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324" />
        <source>Backups (*.zip)</source>
        <translation>Backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="332" />
        <source>The backup was written to %1.</source>
        <translation>The backup was written to %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="347" />
        <source>These attachments are damaged or missing (%n):</source>
        <translation><numerusform>These attachments are damaged or missing (%n):</numerusform><numerusform>These attachments are damaged or missing (%n):</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354" />
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <location filename="../../app/ui/main_window.py" line="377" />
        <source>Verify records</source>
        <translation>Verify records</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369" />
        <source>All records are intact: %1 audit events in an unbroken chain, %2 attachment files match their hashes.</source>
        <translation>All records are intact: %1 audit events in an unbroken chain, %2 attachment files match their hashes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378" />
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
</context>
<context>
    <name>MarkReceivedDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="229" />
        <source>Mark report received</source>
        <translation>Mark report received</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="235" />
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="236" />
        <source>Receiving &amp;agency:</source>
        <translation>Receiving &amp;agency:</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="34" />
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="37" />
        <source>Unified social credit code or company name</source>
        <translation>Unified social credit code or company name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="53" />
        <source>The company's registered province</source>
        <translation>The company's registered province</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="62" />
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="63" />
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="64" />
        <source>Opened &amp;on:</source>
        <translation>Opened &amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="65" />
        <source>A new case number is given for the province and year.</source>
        <translation>A new case number is given for the province and year.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="71" />
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="95" />
        <source>Case %1 opened</source>
        <translation>Case %1 opened</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="74" />
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="78" />
        <source>This company belongs to the demonstration data set.</source>
        <translation>This company belongs to the demonstration data set.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="80" />
        <source>Status and next steps</source>
        <translation>Status and next steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="89" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="90" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="91" />
        <source>Origin summons</source>
        <translation>Origin summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="113" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="123" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="124" />
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="125" />
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="126" />
        <source>Credit code:</source>
        <translation>Credit code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="128" />
        <source>Registered in:</source>
        <translation>Registered in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="131" />
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="132" />
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="136" />
        <source>Security contact:</source>
        <translation>Security contact:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="140" />
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="141" />
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="142" />
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="143" />
        <source>Closed on:</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="145" />
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="146" />
        <source>Closing note:</source>
        <translation>Closing note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="147" />
        <source>Assigned officials:</source>
        <translation>Assigned officials:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/overview_tab.py" line="152" />
        <source>%n finding(s)</source>
        <translation><numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="154" />
        <source>%1 open, %2 overdue</source>
        <translation>%1 open, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="158" />
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="167" />
        <source>Summons:</source>
        <translation>Summons:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="167" />
        <source>This case was not opened from a summons.</source>
        <translation>This case was not opened from a summons.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="169" />
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="170" />
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="171" />
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="172" />
        <source>Convened by:</source>
        <translation>Convened by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="175" />
        <source>Attended:</source>
        <translation>Attended:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="176" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="176" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="178" />
        <source>Attendees:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="179" />
        <source>Commitments:</source>
        <translation>Commitments:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="180" />
        <source>Requirements:</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="192" />
        <source>Reopen for review</source>
        <translation>Reopen for review</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="194" />
        <source>Close case…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="197" />
        <source>Move to: %1</source>
        <translation>Move to: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="206" />
        <source>No further step is open to you.</source>
        <translation>No further step is open to you.</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="135" />
        <source>%1
This image cannot be shown (damaged or missing file).</source>
        <translation>%1
This image cannot be shown (damaged or missing file).</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="208" />
        <source>No photos or documents yet. Drop files here or use “Add photos/documents…”.</source>
        <translation>No photos or documents yet. Drop files here or use “Add photos/documents…”.</translation>
    </message>
</context>
<context>
    <name>ProvinceChart</name>
    <message>
        <location filename="../../app/ui/pages/dashboard_chart.py" line="41" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_chart.py" line="44" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_chart.py" line="91" />
        <source>%1: %2 open, %3 overdue</source>
        <translation>%1: %2 open, %3 overdue</translation>
    </message>
</context>
<context>
    <name>ProvinceChecklist</name>
    <message>
        <location filename="../../app/ui/widgets/province_checklist.py" line="24" />
        <source>&amp;All provinces</source>
        <translation>&amp;All provinces</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rectification_dialog.py" line="26" />
        <source>Submit rectification — finding #%1</source>
        <translation>Submit rectification — finding #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rectification_dialog.py" line="32" />
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rectification_dialog.py" line="33" />
        <source>&amp;Submitted on:</source>
        <translation>&amp;Submitted on:</translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="52" />
        <source>%n days overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="56" />
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="58" />
        <source>due in %n days</source>
        <translation><numerusform>due in %n day</numerusform><numerusform>due in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="237" />
        <source>%n deadline reminders</source>
        <translation><numerusform>%n deadline reminder</numerusform><numerusform>%n deadline reminders</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="243" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="285" />
        <source>InspectDesk deadline reminders</source>
        <translation>InspectDesk deadline reminders</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="289" />
        <source>Show reminders</source>
        <translation>Show reminders</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../app/ui/reminders.py" line="70" />
        <source>Deadline reminders</source>
        <translation>Deadline reminders</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="84" />
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="85" />
        <source>Dismiss reminder</source>
        <translation>Dismiss reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="86" />
        <source>Silence this finding until the next step (Ctrl+D)</source>
        <translation>Silence this finding until the next step (Ctrl+D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="112" />
        <source>%n deadline reminders. Enter opens the case.</source>
        <translation><numerusform>%n deadline reminder. Enter opens the case.</numerusform><numerusform>%n deadline reminders. Enter opens the case.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="58" />
        <source>Add report — %1</source>
        <translation>Add report — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="68" />
        <source>&amp;Received (unchecked: still awaited)</source>
        <translation>&amp;Received (unchecked: still awaited)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="78" />
        <source>Cyberspace department</source>
        <translation>Cyberspace department</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="79" />
        <source>Public-security organ</source>
        <translation>Public-security organ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="80" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="89" />
        <location filename="../../app/ui/dialogs/report_dialog.py" line="98" />
        <source>Drop files onto this window, or use Add files…</source>
        <translation>Drop files onto this window, or use Add files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="90" />
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="92" />
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="106" />
        <source>&amp;Trigger:</source>
        <translation>&amp;Trigger:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="108" />
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="109" />
        <source>&amp;Event date:</source>
        <translation>&amp;Event date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="110" />
        <source>&amp;Planned launch:</source>
        <translation>&amp;Planned launch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="111" />
        <source>Receiving &amp;agency:</source>
        <translation>Receiving &amp;agency:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="112" />
        <source>Agency &amp;kind:</source>
        <translation>Agency &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="113" />
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="114" />
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="115" />
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="157" />
        <source>Report files</source>
        <translation>Report files</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="80" />
        <source>&amp;Add report…</source>
        <translation>&amp;Add report…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="81" />
        <source>&amp;Mark received…</source>
        <translation>&amp;Mark received…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="82" />
        <source>&amp;Record review…</source>
        <translation>&amp;Record review…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="168" />
        <source>event on %1</source>
        <translation>event on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="172" />
        <source>planned launch %1</source>
        <translation>planned launch %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="177" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="178" />
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="187" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="237" />
        <source>The review requires rectification. Add its findings now?</source>
        <translation>The review requires rectification. Add its findings now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="243" />
        <source>Add another finding from this review?</source>
        <translation>Add another finding from this review?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="246" />
        <source>Add findings</source>
        <translation>Add findings</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="46" />
        <source>Report / review</source>
        <translation>Report / review</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="47" />
        <source>Received / reviewed</source>
        <translation>Received / reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="48" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="49" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="50" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="51" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="52" />
        <source>Summary / notes</source>
        <translation>Summary / notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="74" />
        <source>(filed late)</source>
        <translation>(filed late)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="77" />
        <source>Awaited</source>
        <translation>Awaited</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="78" />
        <source>Awaited, due %1</source>
        <translation>Awaited, due %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="80" />
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="82" />
        <source>— overdue</source>
        <translation>— overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="87" />
        <source>Cyberspace dept.</source>
        <translation>Cyberspace dept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="88" />
        <source>Public security</source>
        <translation>Public security</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="89" />
        <source>Other agency</source>
        <translation>Other agency</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/reports_model.py" line="104" />
        <source>%n review(s)</source>
        <translation><numerusform>%n review</numerusform><numerusform>%n reviews</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="111" />
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="36" />
        <source>Record review — %1</source>
        <translation>Record review — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="39" />
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="49" />
        <source>Cyberspace department</source>
        <translation>Cyberspace department</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="50" />
        <source>Public-security organ</source>
        <translation>Public-security organ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="51" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="62" />
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="63" />
        <source>Reviewing &amp;agency:</source>
        <translation>Reviewing &amp;agency:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="64" />
        <source>Agency &amp;kind:</source>
        <translation>Agency &amp;kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="65" />
        <source>Re&amp;viewer:</source>
        <translation>Re&amp;viewer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="66" />
        <source>Reviewed &amp;on:</source>
        <translation>Reviewed &amp;on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="67" />
        <source>&amp;Conclusion:</source>
        <translation>&amp;Conclusion:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="68" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>SearchResultsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="60" />
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/search_results.py" line="73" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24" />
        <location filename="../../app/ui/dialogs/search_results.py" line="29" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="30" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="31" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="32" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="28" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="34" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="40" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="48" />
        <source>The language is kept for this workstation; the other settings apply to the whole office.</source>
        <translation>The language is kept for this workstation; the other settings apply to the whole office.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="35" />
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="92" />
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="41" />
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation>A PKCS#12 file (.p12 or .pfx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="42" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="49" />
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Remember the password on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="53" />
        <source>Kept in a file only your user account can read. Unticked, signing reads it from the variable INSPECTDESK_SIGN_PASSWORD.</source>
        <translation>Kept in a file only your user account can read. Unticked, signing reads it from the variable INSPECTDESK_SIGN_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="59" />
        <source>Certificate &amp;file:</source>
        <translation>Certificate &amp;file:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="62" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="66" />
        <source>The certificate and its password are kept on this computer, never in the database.</source>
        <translation>The certificate and its password are kept on this computer, never in the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="72" />
        <source>&amp;Use this certificate</source>
        <translation>&amp;Use this certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="76" />
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="94" />
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="105" />
        <source>No certificate is configured: dossiers cannot be signed.</source>
        <translation>No certificate is configured: dossiers cannot be signed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="107" />
        <source>Certificate file: %1</source>
        <translation>Certificate file: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="112" />
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="113" />
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="115" />
        <source>Valid from %1 to %2</source>
        <translation>Valid from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="122" />
        <source>Self-signed: a signature will show as intact but not from a trusted authority.</source>
        <translation>Self-signed: a signature will show as intact but not from a trusted authority.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="126" />
        <source>Cannot sign: %1</source>
        <translation>Cannot sign: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="128" />
        <source>Dossiers can be signed with this certificate.</source>
        <translation>Dossiers can be signed with this certificate.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="41" />
        <source>Change status of %1</source>
        <translation>Change status of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="44" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="50" />
        <source>e.g. all findings rectified and verified</source>
        <translation>e.g. all findings rectified and verified</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="52" />
        <source>Why the status changes (kept in the chronology)</source>
        <translation>Why the status changes (kept in the chronology)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="56" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="58" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="61" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="66" />
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="66" />
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
</context>
<context>
    <name>SummonsAttendanceModel</name>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="31" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="32" />
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="33" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="34" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="35" />
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="36" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="37" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="58" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="58" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SummonsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="54" />
        <source>Register summons</source>
        <translation>Register summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="63" />
        <source>The requirements announced at the meeting</source>
        <translation>The requirements announced at the meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="66" />
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="67" />
        <source>&amp;Place *</source>
        <translation>&amp;Place *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="68" />
        <source>&amp;Topic *</source>
        <translation>&amp;Topic *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="69" />
        <source>&amp;Requirements</source>
        <translation>&amp;Requirements</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="74" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="74" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="74" />
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="107" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="80" />
        <source>Add a&amp;gency</source>
        <translation>Add a&amp;gency</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="82" />
        <source>Remove agency</source>
        <translation>Remove agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="88" />
        <source>Convening agencies</source>
        <translation>Convening agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="105" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="106" />
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="108" />
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="255" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="109" />
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="110" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="119" />
        <source>Remove company</source>
        <translation>Remove company</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="125" />
        <source>Companies summoned</source>
        <translation>Companies summoned</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="128" />
        <source>Attendance and commitments:</source>
        <translation>Attendance and commitments:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="154" />
        <source>Register and open cases</source>
        <translation>Register and open cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="157" />
        <source>Register the summons and open a case per company (Ctrl+S)</source>
        <translation>Register the summons and open a case per company (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="200" />
        <source>Cyberspace administration</source>
        <translation>Cyberspace administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="201" />
        <source>Public security</source>
        <translation>Public security</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="202" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="209" />
        <source>National</source>
        <translation>National</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="298" />
        <source>%n company(ies) summoned</source>
        <translation><numerusform>%n company summoned</numerusform><numerusform>%n companies summoned</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="325" />
        <source>Summons registered; %n case(s) opened:</source>
        <translation><numerusform>Summons registered; %n case opened:</numerusform><numerusform>Summons registered; %n cases opened:</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="334" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SummonsModel</name>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="32" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="33" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="34" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="35" />
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="36" />
        <source>Cases opened</source>
        <translation>Cases opened</translation>
    </message>
</context>
<context>
    <name>SummonsPage</name>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="43" />
        <source>Filter by place or topic</source>
        <translation>Filter by place or topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="45" />
        <source>&amp;Register summons…</source>
        <translation>&amp;Register summons…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="46" />
        <source>Register a summons and open its cases (Ctrl+N)</source>
        <translation>Register a summons and open its cases (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="126" />
        <source>Summons</source>
        <translation>Summons</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="157" />
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="167" />
        <source>Select a summons to see who attended.</source>
        <translation>Select a summons to see who attended.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="177" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/summons.py" line="184" />
        <source>(%n more company(ies) in provinces outside your scope)</source>
        <translation><numerusform>(%n more company in provinces outside your scope)</numerusform><numerusform>(%n more companies in provinces outside your scope)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="188" />
        <source>Convening agencies:</source>
        <translation>Convening agencies:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="198" />
        <source>Requirements:</source>
        <translation>Requirements:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="69" />
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="74" />
        <source>InspectDesk is locked</source>
        <translation>InspectDesk is locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="79" />
        <source>Logged in: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="82" />
        <source>The windows were locked after %1 minutes without use. Enter your password to go on; everything you typed is still there.</source>
        <translation>The windows were locked after %1 minutes without use. Enter your password to go on; everything you typed is still there.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="87" />
        <source>The windows were locked. Enter your password to go on; everything you typed is still there.</source>
        <translation>The windows were locked. Enter your password to go on; everything you typed is still there.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="98" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="106" />
        <source>&amp;Quit InspectDesk</source>
        <translation>&amp;Quit InspectDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="109" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="167" />
        <source>The password was not accepted.</source>
        <translation>The password was not accepted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="171" />
        <source>Your account has been disabled by an administrator. InspectDesk can only be quit; text not yet saved in open windows is then lost.</source>
        <translation>Your account has been disabled by an administrator. InspectDesk can only be quit; text not yet saved in open windows is then lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="178" />
        <source>Too many wrong passwords: your account is locked until %1. Until then InspectDesk can only be quit (text not yet saved in open windows is then lost); after that time you can enter your password here again.</source>
        <translation>Too many wrong passwords: your account is locked until %1. Until then InspectDesk can only be quit (text not yet saved in open windows is then lost); after that time you can enter your password here again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="189" />
        <source>Wrong password. After %n more wrong password(s) your account is locked.</source>
        <translation><numerusform>Wrong password. After %n more wrong password your account is locked.</numerusform><numerusform>Wrong password. After %n more wrong passwords your account is locked.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="239" />
        <source>Quit InspectDesk</source>
        <translation>Quit InspectDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="241" />
        <source>Quit InspectDesk now? Text not yet saved in open windows is lost; inspection notes are kept as drafts.</source>
        <translation>Quit InspectDesk now? Text not yet saved in open windows is lost; inspection notes are kept as drafts.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="58" />
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="59" />
        <source>Change role — %1</source>
        <translation>Change role — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="60" />
        <source>Change provinces — %1</source>
        <translation>Change provinces — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="61" />
        <source>Reset password — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="71" />
        <source>Administrators see every province.</source>
        <translation>Administrators see every province.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="78" />
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="83" />
        <source>letters, digits, . _ -</source>
        <translation>letters, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="84" />
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="85" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="90" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="93" />
        <source>The provinces stay as they are.</source>
        <translation>The provinces stay as they are.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="97" />
        <source>&amp;Provinces:</source>
        <translation>&amp;Provinces:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="100" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="101" />
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="105" />
        <source>A lockout of the account ends with the new password.</source>
        <translation>A lockout of the account ends with the new password.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="42" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="46" />
        <source>Accounts are never deleted: a disabled account can no longer log in, and its name stays in the audit trail. Enabling an account also ends a lockout.</source>
        <translation>Accounts are never deleted: a disabled account can no longer log in, and its name stays in the audit trail. Enabling an account also ends a lockout.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="71" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="72" />
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="73" />
        <source>Change &amp;provinces…</source>
        <translation>Change &amp;provinces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="74" />
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="75" />
        <source>&amp;Enable / unlock</source>
        <translation>&amp;Enable / unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="76" />
        <source>Reset pass&amp;word…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="106" />
        <source>No account yet: InspectDesk opens without signing in until the first account is added. Add an administrator first.</source>
        <translation>No account yet: InspectDesk opens without signing in until the first account is added. Add an administrator first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="181" />
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="183" />
        <source>Disable the account %1 (%2)? It can no longer log in; it can be enabled again.</source>
        <translation>Disable the account %1 (%2)? It can no longer log in; it can be enabled again.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="55" />
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="63" />
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="65" />
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="68" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="72" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="73" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="74" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="75" />
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="76" />
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>VerifyDossierDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="45" />
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="86" />
        <source>Verify a dossier</source>
        <translation>Verify a dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="47" />
        <source>The dossier PDF to check</source>
        <translation>The dossier PDF to check</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="48" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="53" />
        <source>&amp;Compare with the records in this database</source>
        <translation>&amp;Compare with the records in this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="57" />
        <source>Also lists the records of the case changed, added or removed since the export, and checks every attachment file against its hash in the dossier.</source>
        <translation>Also lists the records of the case changed, added or removed since the export, and checks every attachment file against its hash in the dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="70" />
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="88" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="106" />
        <source>Checking the signature and the records…</source>
        <translation>Checking the signature and the records…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="116" />
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="126" />
        <source>The dossier is verified.</source>
        <translation>The dossier is verified.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="129" />
        <source>The dossier does NOT verify.</source>
        <translation>The dossier does NOT verify.</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/waive_dialog.py" line="25" />
        <source>Waive finding #%1</source>
        <translation>Waive finding #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/waive_dialog.py" line="29" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/waive_dialog.py" line="30" />
        <source>&amp;Waived on:</source>
        <translation>&amp;Waived on:</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="59" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>