<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="36" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="37" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="38" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="39" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="40" />
        <source>Open findings</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="41" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="42" />
        <source>Next deadline</source>
        <translation>最近期限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/case_table_model.py" line="102" />
        <source>⚠ %n overdue</source>
        <translation>
            <numerusform>⚠ 逾期 %n 项</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="15" />
        <source>InspectDesk</source>
        <translation>InspectDesk 网信安全评估案件管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="22" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
</TS>