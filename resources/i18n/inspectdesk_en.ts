<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="36" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="37" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="38" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="39" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="40" />
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="41" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="42" />
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/case_table_model.py" line="102" />
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ %n overdue</numerusform><numerusform>⚠ %n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="15" />
        <source>InspectDesk</source>
        <translation>InspectDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="22" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
</TS>