<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="38"/>
        <source>Name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="39"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="40"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="41"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="42"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/attachments_model.py" line="65"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="58"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="60"/>
        <source>Open the selected file with the system viewer (Enter)</source>
        <translation>用系统查看器打开所选文件（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="62"/>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="63"/>
        <source>Add a file to the case (or drop files here)</source>
        <translation>向案件添加文件（也可将文件拖放到此处）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="70"/>
        <source>Drop files here to add them to the case.</source>
        <translation>将文件拖放到此处即可添加到案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="104"/>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="105"/>
        <source>The stored file of “%1” is missing:
%2

Restore it from a backup.</source>
        <translation>“%1”的存储文件缺失：
%2

请从备份中恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="114"/>
        <source>File changed</source>
        <translation>文件已被改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="116"/>
        <source>The stored file of “%1” no longer matches the SHA-256 recorded when it was added; it may have been altered.

Recorded: %2
Now: %3

Open it anyway?</source>
        <translation>“%1”的存储文件与添加时记录的 SHA-256 不一致，可能已被改动。

记录值：%2
当前值：%3

仍要打开吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/attachments_tab.py" line="144"/>
        <source>Add files to the case</source>
        <translation>向案件添加文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/attachments_tab.py" line="158"/>
        <source>%n file(s) added</source>
        <translation>
            <numerusform>已添加 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDaysDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="49"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="56"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="78"/>
        <source>Enter a day</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="83"/>
        <source>Rest day (public holiday)</source>
        <translation>休息日（法定节假日）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="84"/>
        <source>Working day (make-up day)</source>
        <translation>工作日（调休上班）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="86"/>
        <source>e.g. New Year&apos;s Day</source>
        <translation>例如：元旦</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="87"/>
        <source>&amp;Add day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="88"/>
        <source>Save this day (Ctrl+S)</source>
        <translation>保存此日期（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="90"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="91"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="92"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="146"/>
        <source>The official calendar covers %1 to %2.</source>
        <translation>官方日历包含 %1 年至 %2 年。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="156"/>
        <source>%1: official public holidays and make-up working days (%2 holidays, %3 make-up working days). Other days follow the week: Monday to Friday are working days.</source>
        <translation>%1 年：官方法定节假日和调休上班日（节假日 %2 天，调休上班 %3 天）。其余日期按星期计算：周一至周五为工作日。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="166"/>
        <source>Days entered by users take precedence over the official calendar.</source>
        <translation>用户录入的日期优先于官方日历。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="171"/>
        <source>The official calendar does not cover %1 yet. %n day(s) have been entered by users; working-day deadlines in %1 use them.</source>
        <translation>
            <numerusform>官方日历尚未包含 %1 年。用户已录入 %n 天；%1 年按工作日计算的期限将使用这些日期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="178"/>
        <source>The official calendar does not cover %1 yet, and no days have been entered. Working-day deadlines reaching into %1 count Monday to Friday only and are marked provisional. Enter the public holidays and make-up working days of %1 below once they are announced.</source>
        <translation>官方日历尚未包含 %1 年，也尚无用户录入的日期。延伸到 %1 年的工作日期限仅按周一至周五计算，并标记为暂定。%1 年的法定节假日和调休安排公布后，请在下方录入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/calendar_days_dialog.py" line="201"/>
        <source>Calendar day %1 saved.</source>
        <translation>已保存日历日期 %1。</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="46"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="47"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="49"/>
        <source>Holiday / note</source>
        <translation>节日 / 备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="50"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="80"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="80"/>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="82"/>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="83"/>
        <source>Holiday (in lieu)</source>
        <translation>节假日（调休）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="83"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="87"/>
        <source>Entered</source>
        <translation>用户录入</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/calendar_days_model.py" line="87"/>
        <source>Official</source>
        <translation>官方</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="158"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="159"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="160"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="161"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="162"/>
        <source>Open findings</source>
        <translation>未结问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="163"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="164"/>
        <source>Next deadline</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="165"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="195"/>
        <source>Overdue findings: %1, overdue reports: %2</source>
        <translation>逾期问题：%1，逾期报告：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_table_model.py" line="200"/>
        <source>This deadline has passed</source>
        <translation>该期限已过</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="70"/>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="71"/>
        <source>&amp;Chronology</source>
        <translation>大事记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="72"/>
        <source>&amp;Reports &amp;&amp; reviews</source>
        <translation>报告与审查(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="73"/>
        <source>&amp;Findings</source>
        <translation>问题(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="74"/>
        <source>&amp;Inspections</source>
        <translation>现场检查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="75"/>
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="76"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="96"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="100"/>
        <source>&amp;Export dossier…</source>
        <translation>导出卷宗(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="103"/>
        <source>Export the case dossier as PDF (Ctrl+E)</source>
        <translation>将案件卷宗导出为 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="105"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="108"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="114"/>
        <source>Sign with the office certificate</source>
        <translation>使用单位证书签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="128"/>
        <source>The dossier is signed as %1 (Tools → Signing certificate…)</source>
        <translation>卷宗将以 %1 的名义签名（工具 → 签名证书…）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="134"/>
        <source>Signing is not available: %1</source>
        <translation>无法签名：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="162"/>
        <source>%1 — %2 — InspectDesk</source>
        <translation>%1 — %2 — InspectDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="180"/>
        <source>Export dossier</source>
        <translation>导出卷宗</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="182"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="191"/>
        <source>Writing the dossier…</source>
        <translation>正在生成卷宗…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="200"/>
        <source>Exporting the dossier of %1…</source>
        <translation>正在导出 %1 的卷宗…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/window.py" line="213"/>
        <source>The dossier was written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>卷宗已保存到 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="218"/>
        <source>It is signed with the certificate of %1.</source>
        <translation>已用 %1 的证书签名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="220"/>
        <source>Warnings:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="221"/>
        <location filename="../../app/ui/case_view/window.py" line="223"/>
        <source>Dossier exported</source>
        <translation>卷宗已导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/window.py" line="225"/>
        <source>Dossier written to %1</source>
        <translation>卷宗已保存到 %1</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="43"/>
        <source>Filter by case number, company or credit code</source>
        <translation>按案件编号、企业名称或统一社会信用代码筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="48"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="51"/>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="52"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="53"/>
        <source>Open a case for a company (Ctrl+N)</source>
        <translation>为企业立案（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="58"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="60"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/cases.py" line="111"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/cases.py" line="149"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../app/ui/models/checklist_model.py" line="97"/>
        <source>Assessment item</source>
        <translation>评估内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/checklist_model.py" line="97"/>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/checklist_model.py" line="97"/>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="34"/>
        <source>Summons</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="35"/>
        <source>Case status</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="36"/>
        <source>Report due</source>
        <translation>报告截止</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="37"/>
        <source>Report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="38"/>
        <source>Review</source>
        <translation>书面审查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="39"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="40"/>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="41"/>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="42"/>
        <source>Verification</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="43"/>
        <source>Inspection</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="48"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="48"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/chronology_model.py" line="48"/>
        <source>Event</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>CompaniesModel</name>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="31"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="33"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="34"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="35"/>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="36"/>
        <location filename="../../app/ui/models/companies_model.py" line="60"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/companies_model.py" line="65"/>
        <source>Sample record of the demo data set</source>
        <translation>演示数据集中的示例记录</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="36"/>
        <source>Filter by name, short name or credit code</source>
        <translation>按名称、简称或统一社会信用代码筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="38"/>
        <source>&amp;New company</source>
        <translation>新建企业(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="39"/>
        <source>Register a company (Ctrl+N)</source>
        <translation>登记企业（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="40"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="41"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="42"/>
        <source>Import companies from a CSV or XLSX file</source>
        <translation>从 CSV 或 XLSX 文件导入企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="70"/>
        <location filename="../../app/ui/pages/companies.py" line="158"/>
        <source>Select a company to see its cases in every province.</source>
        <translation>选择一家企业，查看其在各省的案件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="110"/>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/companies.py" line="127"/>
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/companies.py" line="168"/>
        <source>Cases of %1 in every province (%2)</source>
        <translation>%1 在各省的案件（%2 件）</translation>
    </message>
</context>
<context>
    <name>CompanyCasesModel</name>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="31"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="32"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="34"/>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="35"/>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/company_cases_model.py" line="36"/>
        <source>Origin summons</source>
        <translation>来源约谈</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="46"/>
        <source>New company</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="46"/>
        <source>Edit company</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="66"/>
        <source>C&amp;redit code *</source>
        <translation>统一社会信用代码(&amp;R) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="67"/>
        <source>Name (&amp;Chinese) *</source>
        <translation>中文名称(&amp;C) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="68"/>
        <source>Name (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="69"/>
        <source>&amp;Short name</source>
        <translation>简称(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="70"/>
        <source>&amp;Province *</source>
        <translation>注册省份(&amp;P) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="71"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="72"/>
        <source>&amp;Legal representative</source>
        <translation>法定代表人(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="73"/>
        <source>Security c&amp;ontact</source>
        <translation>安全负责人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="74"/>
        <source>Contact p&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="75"/>
        <source>Contact e-&amp;mail</source>
        <translation>电子邮箱(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="81"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="82"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="137"/>
        <source>This is a sample record of the demo data set.</source>
        <translation>这是演示数据集中的示例记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/company_dialog.py" line="185"/>
        <source>Company %1 saved.</source>
        <translation>企业 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <location filename="../../app/ui/widgets/company_picker.py" line="42"/>
        <source>Type part of a company name or credit code</source>
        <translation>输入企业名称或统一社会信用代码的一部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/company_picker.py" line="44"/>
        <source>&amp;Add company</source>
        <translation>添加企业(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="88"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="88"/>
        <source>Here</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="88"/>
        <source>In the package</source>
        <translation>交换包中</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="46"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="47"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="48"/>
        <source>Fields that differ</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_conflicts_model.py" line="49"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>CreditCodeEdit</name>
    <message>
        <location filename="../../app/ui/widgets/credit_code_edit.py" line="32"/>
        <source>18 characters, e.g. 91330106MA2B2C3D4W</source>
        <translation>18 位，例如 91330106MA2B2C3D4W</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/credit_code_edit.py" line="80"/>
        <source>Valid credit code</source>
        <translation>统一社会信用代码有效</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="73"/>
        <source>InspectDesk is locked</source>
        <translation>InspectDesk 已锁定</translation>
    </message>
</context>
<context>
    <name>DashboardFindingsModel</name>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="64"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="65"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="66"/>
        <source>Days</source>
        <translation>剩余/逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="67"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="68"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="69"/>
        <source>Item</source>
        <translation>评估项</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="70"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="96"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="98"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="99"/>
        <source>%n days left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_findings_model.py" line="133"/>
        <source>Reminder dismissed until the next step</source>
        <translation>提醒已忽略，到下一提醒节点再提示</translation>
    </message>
</context>
<context>
    <name>DashboardInspectionsModel</name>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="29"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="30"/>
        <source>When</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="32"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="33"/>
        <source>Address</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="34"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="38"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_inspections_model.py" line="38"/>
        <source>In %n days</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="98"/>
        <source>Nothing is overdue.</source>
        <translation>没有逾期事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="99"/>
        <source>Nothing falls due within 7 days.</source>
        <translation>7 天内没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="101"/>
        <source>Nothing falls due in the 8 to 30 days after.</source>
        <translation>8 至 30 天内没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="104"/>
        <source>No report is waiting for review or overdue.</source>
        <translation>没有待审查或逾期未报送的评估报告。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="107"/>
        <source>No on-site inspection is scheduled.</source>
        <translation>没有已安排的现场检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="110"/>
        <source>No open findings.</source>
        <translation>没有未办结的问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="117"/>
        <source>Falling due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="119"/>
        <source>Open and overdue findings by province</source>
        <translation>各省未办结与逾期问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="152"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="178"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="182"/>
        <source>Dismiss reminder</source>
        <translation>忽略提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="220"/>
        <source>Overdue findings: the %1 most overdue of %2</source>
        <translation>逾期问题：共 %2 项，显示逾期最久的 %1 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="225"/>
        <source>Overdue findings (%1)</source>
        <translation>逾期问题（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="228"/>
        <source>Within 7 days (%1)</source>
        <translation>7 天内到期（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="231"/>
        <source>In 8 to 30 days (%1)</source>
        <translation>8 至 30 天内到期（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="234"/>
        <source>Reports awaiting review (%1), overdue (%2)</source>
        <translation>待审查评估报告（%1），逾期未报送（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="239"/>
        <source>Upcoming inspections (%1)</source>
        <translation>即将进行的现场检查（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="250"/>
        <source>all provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="255"/>
        <source>As of %1 · %2</source>
        <translation>截至 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="292"/>
        <source>%1 %2 has no reminder to dismiss yet.</source>
        <translation>%1 %2 尚未到提醒节点，无需忽略。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="298"/>
        <source>Reminder for %1 %2 dismissed until the next step.</source>
        <translation>已忽略 %1 %2 的提醒，到下一提醒节点再提示。</translation>
    </message>
</context>
<context>
    <name>DashboardReportsModel</name>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="34"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="35"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="36"/>
        <source>Received / due</source>
        <translation>收到/应报送日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="37"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="38"/>
        <source>Trigger</source>
        <translation>报送情形</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="39"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="44"/>
        <source>Not filed, %n days overdue</source>
        <translation>
            <numerusform>未报送，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/dashboard_reports_model.py" line="45"/>
        <source>Waiting for review for %n days</source>
        <translation>
            <numerusform>已等待审查 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <location filename="../../app/ui/widgets/deadline_calendar.py" line="117"/>
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/deadline_calendar.py" line="118"/>
        <source>Work</source>
        <translation>班</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="38"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="39"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="40"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="42"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="43"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="44"/>
        <source>Finding / report</source>
        <translation>问题 / 报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="82"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="82"/>
        <source>◆ Report due</source>
        <translation>◆ 报告应交</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="91"/>
        <source>No. %1 · %2 %3</source>
        <translation>第 %1 项 · %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="101"/>
        <source>Awaited</source>
        <translation>待提交</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/deadlines_model.py" line="109"/>
        <source>⚠ %n day(s) overdue</source>
        <translation>
            <numerusform>⚠ 已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/deadlines_model.py" line="111"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/deadlines_model.py" line="112"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="51"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="52"/>
        <source>&amp;Day</source>
        <translation>按日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="53"/>
        <source>&amp;Week</source>
        <translation>按周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="58"/>
        <source>Working-day &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="60"/>
        <source>Official holidays and make-up working days; enter the days of later years</source>
        <translation>法定节假日和调休上班日；可录入以后年份的安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="65"/>
        <source>List:</source>
        <translation>列表：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="76"/>
        <source>Off / Work: public holiday / make-up working day</source>
        <translation>休 / 班：法定节假日 / 调休上班日</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="150"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="155"/>
        <source>findings due</source>
        <translation>问题整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="156"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="157"/>
        <source>report due</source>
        <translation>报告应交</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="197"/>
        <source>This month: %1 (%2 overdue); %3 (%4 overdue).</source>
        <translation>本月：%1（已逾期 %2 项）；%3（已逾期 %4 份）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="199"/>
        <source>%n finding deadline(s)</source>
        <translation>
            <numerusform>问题整改期限 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="201"/>
        <source>%n report(s) due</source>
        <translation>
            <numerusform>应交报告 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="228"/>
        <source>Deadlines on %1</source>
        <translation>%1 到期事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="231"/>
        <source>Deadlines from %1 to %2</source>
        <translation>%1 至 %2 到期事项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="236"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/deadlines.py" line="238"/>
        <source>, ⚠ %n overdue</source>
        <translation>
            <numerusform>，⚠ %n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="241"/>
        <source>Nothing falls due on this day.</source>
        <translation>当天没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/deadlines.py" line="243"/>
        <source>Nothing falls due in this week.</source>
        <translation>本周没有到期事项。</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../app/ui/drafts.py" line="160"/>
        <source>Load the draft</source>
        <translation>载入草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="161"/>
        <source>Discard the draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="171"/>
        <source>Unsaved changes from %1 were restored from a draft. Save to keep them, or discard the draft to go back to what is saved.</source>
        <translation>已从草稿恢复 %1 未保存的修改。请保存以保留这些内容，或丢弃草稿以回到已保存的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/drafts.py" line="180"/>
        <source>A draft from %1 is older than what was saved at %2 and was not loaded.</source>
        <translation>%1 的草稿早于 %2 保存的记录，未载入。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="24"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="30"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31"/>
        <source>Something went wrong: %1

Nothing was half-saved. Details are in the log file:
%2</source>
        <translation>出现意外错误：%1

没有保存任何不完整的内容。详细信息已写入日志文件：
%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="53"/>
        <source>Changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="56"/>
        <source>Reload shows the record as it is stored now and discards what you typed here. Keep editing leaves your text in the form, unsaved.</source>
        <translation>“重新载入”显示该记录当前保存的内容，并放弃您在此输入的内容；“继续编辑”保留您输入的内容（尚未保存）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="63"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="66"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ExchangeConflictsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="48"/>
        <source>Exchange conflicts</source>
        <translation>交换冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="64"/>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="67"/>
        <source>Tick the value to keep for each field that differs, then Apply. The record gets the chosen values; the other office receives them with your next export.</source>
        <translation>请为每个不同的字段勾选要保留的值，然后点击“应用”。记录将采用所选的值；对方单位会在您下次导出时收到这些值。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="73"/>
        <source>Keep all &amp;here</source>
        <translation>全部保留本地值(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="75"/>
        <source>Take all from the &amp;package</source>
        <translation>全部采用交换包的值(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="77"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_conflicts_dialog.py" line="151"/>
        <source>Conflict on %1 resolved.</source>
        <translation>%1 的冲突已解决。</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="47"/>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="143"/>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="172"/>
        <source>Export cases for exchange</source>
        <translation>导出案件交换包</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="49"/>
        <source>One &amp;case:</source>
        <translation>单个案件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="50"/>
        <source>Every case of a &amp;province:</source>
        <translation>某省份的全部案件(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="51"/>
        <source>Every case with activity &amp;since:</source>
        <translation>自某日起有变动的全部案件(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="74"/>
        <source>The package file to write (.zip)</source>
        <translation>要写入的交换包文件（.zip）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="76"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="82"/>
        <source>Named in the package (optional)</source>
        <translation>写入交换包中的单位名称（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="88"/>
        <source>&amp;Office:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="90"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="99"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="108"/>
        <source>The package holds the cases chosen with everything in them (reports, reviews, findings, inspections, attachments) for an office that does not share this database.</source>
        <translation>交换包包含所选案件及其全部内容（评估报告、书面审查、整改问题、现场检查、附件），供不共用本数据库的单位导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="145"/>
        <source>Exchange packages (*.zip)</source>
        <translation>案件交换包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="165"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/exchange_export_dialog.py" line="180"/>
        <source>%n case(s) with %1 records and %2 attachment files written to %3.</source>
        <translation>
            <numerusform>已将 %n 个案件（共 %1 条记录、%2 个附件文件）写入 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFields</name>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="17"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="18"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="19"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="20"/>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="21"/>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="22"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="23"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="24"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="25"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="26"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="27"/>
        <source>Contact e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="28"/>
        <source>Demo record</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="29"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="30"/>
        <source>Launch date</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="31"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="32"/>
        <source>Held on</source>
        <translation>约谈日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="33"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="34"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="35"/>
        <source>Requirements</source>
        <translation>工作要求</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="36"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="37"/>
        <source>Summons</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="38"/>
        <source>Attended</source>
        <translation>是否出席</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="39"/>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="40"/>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="41"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="42"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="43"/>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="45"/>
        <source>Opened on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="46"/>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="47"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="48"/>
        <source>Closing note</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="49"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="50"/>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="51"/>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="52"/>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="53"/>
        <source>Changed at</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="54"/>
        <source>Changed by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="55"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="56"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="57"/>
        <source>Trigger</source>
        <translation>触发情形</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="58"/>
        <source>Event date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="59"/>
        <source>Planned launch</source>
        <translation>计划上线日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="60"/>
        <source>Due date</source>
        <translation>应报日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="61"/>
        <source>Due date provisional</source>
        <translation>应报日期暂定</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="62"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="63"/>
        <source>Receiving agency</source>
        <translation>接收机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="64"/>
        <source>Report version</source>
        <translation>报告版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="65"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="66"/>
        <source>Report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="67"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="68"/>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="69"/>
        <source>Reviewed on</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="70"/>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="71"/>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="72"/>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="73"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="74"/>
        <source>Company staff present</source>
        <translation>企业在场人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="75"/>
        <source>Scope</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="76"/>
        <source>Inspection</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="77"/>
        <source>Assessment item</source>
        <translation>评估项</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="78"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="79"/>
        <source>Remark</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="80"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="81"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="82"/>
        <source>Review</source>
        <translation>书面审查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="83"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="84"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="85"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="86"/>
        <source>Required rectification</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="87"/>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="88"/>
        <source>Original deadline</source>
        <translation>原整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="89"/>
        <source>Current deadline</source>
        <translation>现整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="90"/>
        <source>Deadline provisional</source>
        <translation>期限暂定</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="91"/>
        <source>Rectification evidence</source>
        <translation>整改材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="92"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="93"/>
        <source>Verified by</source>
        <translation>核验人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="94"/>
        <source>Verified on</source>
        <translation>核验日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="95"/>
        <source>Waiver reason</source>
        <translation>免于整改理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="96"/>
        <source>Waived by</source>
        <translation>批准免于整改人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="97"/>
        <source>Waived on</source>
        <translation>免于整改日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="98"/>
        <source>Finding</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="99"/>
        <source>Old deadline</source>
        <translation>原期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="100"/>
        <source>New deadline</source>
        <translation>新期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="101"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="102"/>
        <source>Approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="103"/>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="104"/>
        <source>Belongs to</source>
        <translation>所属记录类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="105"/>
        <source>Belongs to record</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="106"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="107"/>
        <source>Media type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="108"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="109"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="110"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="111"/>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="112"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="47"/>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="99"/>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="122"/>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="196"/>
        <source>Import exchange package</source>
        <translation>导入案件交换包</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="49"/>
        <source>Choose the exchange package (.zip) to import.</source>
        <translation>请选择要导入的案件交换包（.zip）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="51"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="74"/>
        <source>Review &amp;conflicts…</source>
        <translation>审核冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="79"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="101"/>
        <source>Exchange packages (*.zip)</source>
        <translation>案件交换包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="109"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="113"/>
        <source>Checking the package…</source>
        <translation>正在检查交换包…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="116"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="125"/>
        <source>Package exported by %1 on %2.</source>
        <translation>交换包由 %1 于 %2 导出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="128"/>
        <source>Office: %1.</source>
        <translation>单位：%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="131"/>
        <source>No account here for the assigned officials %1: they are not linked.</source>
        <translation>本机没有承办人 %1 的账号，未予关联。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="143"/>
        <source>This package was imported before: importing it again changes nothing.</source>
        <translation>该交换包此前已导入，再次导入不会做任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="148"/>
        <source>Everything in this package is already here.</source>
        <translation>交换包中的全部内容本地均已存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="151"/>
        <source>Nothing has been written yet.</source>
        <translation>尚未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="155"/>
        <source>%n record(s) were changed both here and at the other office: they are left as they are here and kept for review.</source>
        <translation>
            <numerusform>有 %n 条记录在本地和对方单位都被修改过：将保持本地现状，并留待审核。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="177"/>
        <source>The package is refused; nothing was written.</source>
        <translation>交换包被拒绝，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="188"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/exchange_import_dialog.py" line="204"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 kept for review.</source>
        <translation>已导入：新增 %1 条，更新 %2 条，未变 %3 条，%4 条留待审核。</translation>
    </message>
</context>
<context>
    <name>ExchangeRecords</name>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="28"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="29"/>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="30"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="31"/>
        <source>Summons</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="32"/>
        <source>Attendances at summons</source>
        <translation>约谈出席情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="33"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="34"/>
        <source>Case status changes</source>
        <translation>案件状态变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="35"/>
        <source>Assessment reports</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="36"/>
        <source>Reviews</source>
        <translation>书面审查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="37"/>
        <source>Inspections</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="38"/>
        <source>Checklist results</source>
        <translation>检查项结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="39"/>
        <source>Findings</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="40"/>
        <source>Deadline extensions</source>
        <translation>整改期限延长</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="41"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>ExchangeSummaryModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="67"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="72"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="73"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="74"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="75"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/exchange_summary_model.py" line="76"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <location filename="../../app/ui/exports.py" line="58"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %n 行：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="74"/>
        <location filename="../../app/ui/exports.py" line="86"/>
        <source>Export cases</source>
        <translation>导出案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="76"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="97"/>
        <location filename="../../app/ui/exports.py" line="112"/>
        <source>Export overdue findings</source>
        <translation>导出逾期问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="99"/>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF 文档 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="130"/>
        <location filename="../../app/ui/exports.py" line="140"/>
        <location filename="../../app/ui/exports.py" line="148"/>
        <source>Province report</source>
        <translation>省级报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="131"/>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/exports.py" line="142"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="31"/>
        <source>Extend deadline — finding #%1</source>
        <translation>延长整改期限 — 问题 #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="40"/>
        <source>Current deadline:</source>
        <translation>当前期限：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="41"/>
        <source>&amp;New deadline:</source>
        <translation>新期限(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="42"/>
        <source>&amp;Reason:</source>
        <translation>延期理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="43"/>
        <source>&amp;Approved by:</source>
        <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/extension_dialog.py" line="44"/>
        <source>Approved &amp;on:</source>
        <translation>批准日期(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="66"/>
        <source>Add finding — %1</source>
        <translation>添加问题 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="89"/>
        <source>&amp;calendar days</source>
        <translation>自然日(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="90"/>
        <source>&amp;working days</source>
        <translation>工作日(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="91"/>
        <source>on a &amp;fixed date:</source>
        <translation>指定日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="114"/>
        <source>Assessment &amp;item:</source>
        <translation>评估项(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="115"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="116"/>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="117"/>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="118"/>
        <source>Required &amp;rectification:</source>
        <translation>整改要求(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="119"/>
        <source>Raised &amp;on:</source>
        <translation>提出日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="120"/>
        <source>Deadline within:</source>
        <translation>整改期限天数：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="122"/>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="143"/>
        <source>Edit finding #%1 — %2</source>
        <translation>编辑问题 #%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="162"/>
        <source>Last saved by %1 at %2</source>
        <translation>最后由 %1 于 %2 保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="217"/>
        <source>The deadline is before the day the finding is raised.</source>
        <translation>整改期限早于问题提出日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/finding_dialog.py" line="225"/>
        <source>No official holiday calendar for %1 yet: counted with weekends only — provisional</source>
        <translation>%1 年尚无官方节假日安排，仅按周末计算 — 暂定</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="88"/>
        <source>&amp;Add finding…</source>
        <translation>添加问题(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="89"/>
        <source>&amp;Edit finding…</source>
        <translation>编辑问题(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="90"/>
        <source>E&amp;xtend deadline…</source>
        <translation>延长期限(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="91"/>
        <source>Submit &amp;rectification…</source>
        <translation>提交整改(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="92"/>
        <source>&amp;Verify…</source>
        <translation>核验(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="93"/>
        <source>Re&amp;ject rectification…</source>
        <translation>退回整改(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="94"/>
        <source>&amp;Waive…</source>
        <translation>豁免(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="190"/>
        <source>Finding #%1 — %2 (%3, %4)</source>
        <translation>问题 #%1 — %2（%3，%4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="198"/>
        <source>Raised on %1; deadline %2, now %3</source>
        <translation>提出日期 %1；原整改期限 %2，现期限 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="205"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="206"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="207"/>
        <source>Required rectification</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="210"/>
        <source>Submitted on %1</source>
        <translation>提交日期 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="213"/>
        <source>Rectification evidence</source>
        <translation>整改材料</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="215"/>
        <source>%1 → %2: %3 (approved by %4 on %5)</source>
        <translation>%1 → %2：%3（%4 于 %5 批准）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="223"/>
        <source>Deadline extensions</source>
        <translation>期限延长记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="226"/>
        <source>Verified by %1 on %2</source>
        <translation>%1 于 %2 核验</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="231"/>
        <source>Waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="234"/>
        <source>Verification</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="270"/>
        <source>Verify the rectification of finding #%1 and close it?</source>
        <translation>确认问题 #%1 的整改已核验并关闭该问题？</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="285"/>
        <source>Reject the rectification of finding #%1 and open it again?</source>
        <translation>退回问题 #%1 的整改材料并重新置为待整改？</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/findings_tab.py" line="299"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="62"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="63"/>
        <source>Assessment item</source>
        <translation>评估项</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="64"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="65"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="66"/>
        <source>Original deadline</source>
        <translation>原整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="67"/>
        <source>Current deadline</source>
        <translation>现整改期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="69"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/findings_model.py" line="93"/>
        <source>⚠ %n days overdue</source>
        <translation>
            <numerusform>⚠ 逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="96"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/findings_model.py" line="97"/>
        <source>%n days left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="114"/>
        <source>(extended)</source>
        <translation>（已延期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/findings_model.py" line="116"/>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="36"/>
        <source>Create the administrator account</source>
        <translation>创建管理员账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="39"/>
        <source>This database has no user accounts yet. Create the administrator account; from then on everyone logs in at start. A single-user workstation may skip this (no password; the computer&apos;s login acts as administrator).</source>
        <translation>此数据库尚无用户账户。请创建管理员账户；此后每次启动都需要登录。单人使用的工作站也可以跳过（不设密码，以本机登录名作为管理员）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="51"/>
        <source>Do not ask again on this workstation</source>
        <translation>在此工作站上不再询问</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="57"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="58"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="59"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="60"/>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="62"/>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="67"/>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_admin_dialog.py" line="68"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="92"/>
        <source>Case opened</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="93"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="94"/>
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="95"/>
        <source>Finding added</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="96"/>
        <source>Deadline extended</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="97"/>
        <source>Rectification submitted</source>
        <translation>提交整改</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="98"/>
        <source>Rectification rejected</source>
        <translation>整改退回</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="99"/>
        <source>Finding verified</source>
        <translation>问题核验</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="100"/>
        <source>Finding waived</source>
        <translation>问题豁免</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="101"/>
        <source>Inspection scheduled</source>
        <translation>安排现场检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="102"/>
        <source>Inspection recorded</source>
        <translation>记录现场检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="103"/>
        <source>Report added</source>
        <translation>新增评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="104"/>
        <source>Report received</source>
        <translation>收到评估报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="105"/>
        <source>Review recorded</source>
        <translation>记录书面审查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="106"/>
        <source>Summons registered</source>
        <translation>登记约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="107"/>
        <source>Attendance recorded</source>
        <translation>记录出席情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="121"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="121"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="172"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="173"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="174"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="175"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="176"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/history_model.py" line="202"/>
        <source>Event %1, hash %2</source>
        <translation>第 %1 条记录，哈希 %2</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/history_tab.py" line="58"/>
        <source>%n event(s). Newest event hash: %1</source>
        <translation>
            <numerusform>共 %n 条记录。最新记录哈希：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="140"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="147"/>
        <source>Cover every window until your password is entered again</source>
        <translation>遮盖所有窗口，直到再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="152"/>
        <source>Nothing to lock: this workstation has no user accounts</source>
        <translation>无需锁定：此工作站没有用户账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="271"/>
        <source>InspectDesk (locked)</source>
        <translation>InspectDesk（已锁定）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="58"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="125"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="224"/>
        <source>Import companies</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="61"/>
        <source>Choose a CSV or XLSX file, or drop it here.</source>
        <translation>请选择 CSV 或 XLSX 文件，或将文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="63"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="84"/>
        <source>Problems</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="85"/>
        <source>Rows that would be imported</source>
        <translation>将要导入的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="105"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="127"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm)</source>
        <translation>电子表格 (*.csv *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="154"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="162"/>
        <source>The file cannot be imported.</source>
        <translation>该文件无法导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="176"/>
        <source>%n problem(s) found. Nothing has been written: correct the file and choose it again.</source>
        <translation>
            <numerusform>发现 %n 处错误。尚未写入任何记录：请修改文件后重新选择。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="187"/>
        <source>%n row(s) ready to import. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n 行可以导入。尚未写入任何记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="207"/>
        <source>Checking row %1 of %2…</source>
        <translation>正在检查第 %1 行（共 %2 行）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="208"/>
        <source>Writing company %1 of %2…</source>
        <translation>正在写入第 %1 家企业（共 %2 家）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="209"/>
        <source>Recording %2 audit events…</source>
        <translation>正在记录 %2 条审计事件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="210"/>
        <source>Indexing %2 companies for search…</source>
        <translation>正在为 %2 家企业建立检索索引…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="231"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/import_dialog.py" line="236"/>
        <source>%n company(ies) imported.</source>
        <translation>
            <numerusform>已导入 %n 家企业。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../app/ui/models/import_problems_model.py" line="28"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_problems_model.py" line="28"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_problems_model.py" line="28"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../../app/ui/models/import_rows_model.py" line="29"/>
        <location filename="../../app/ui/models/import_rows_model.py" line="35"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="49"/>
        <source>Schedule inspection — %1</source>
        <translation>安排现场检查 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="59"/>
        <source>Add agency</source>
        <translation>添加参与单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="68"/>
        <source>Names and agencies of the inspectors</source>
        <translation>检查人员姓名及所在单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="69"/>
        <source>Who attends for the company, with their role</source>
        <translation>企业到场人员及其职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="70"/>
        <source>What the inspection covers</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="73"/>
        <source>Date:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="74"/>
        <source>Address:</source>
        <translation>检查地点：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="75"/>
        <source>Participating agencies:</source>
        <translation>参与单位：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="76"/>
        <source>Inspectors:</source>
        <translation>检查人员：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="77"/>
        <source>Company staff present:</source>
        <translation>企业到场人员：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="78"/>
        <source>Scope:</source>
        <translation>检查范围：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="84"/>
        <source>Schedule</source>
        <translation>安排检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="85"/>
        <source>Schedule the inspection (Ctrl+S)</source>
        <translation>安排此次现场检查（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/inspection_dialog.py" line="105"/>
        <source>Agency name</source>
        <translation>单位名称</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="105"/>
        <source>Notes taken during the visit…</source>
        <translation>现场检查笔记…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="136"/>
        <source>Conclusion of the inspection</source>
        <translation>检查结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="138"/>
        <source>Inspection &amp;done</source>
        <translation>检查已完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="145"/>
        <source>Raise &amp;finding…</source>
        <translation>登记问题(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="147"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="148"/>
        <source>Save the checklist, notes and conclusion (Ctrl+S)</source>
        <translation>保存检查表、笔记和结论（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="151"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="163"/>
        <source>&amp;Notes</source>
        <translation>检查笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="164"/>
        <source>Check&amp;list</source>
        <translation>检查表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="165"/>
        <source>&amp;Conclusion</source>
        <translation>检查结论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="166"/>
        <source>&amp;Photos and documents</source>
        <translation>照片和文件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="231"/>
        <source>Inspection %1 — %2</source>
        <translation>现场检查 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="235"/>
        <source>Scope:</source>
        <translation>检查范围：</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="277"/>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="358"/>
        <source>⚠ The draft could not be written: %1</source>
        <translation>⚠ 草稿无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="362"/>
        <source>Draft kept at %1 (not saved yet)</source>
        <translation>草稿已于 %1 暂存（尚未保存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="403"/>
        <source>Inspection saved at %1.</source>
        <translation>检查记录已于 %1 保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_editor.py" line="455"/>
        <source>The unsaved inspection notes were kept as a draft.</source>
        <translation>未保存的检查笔记已暂存为草稿。</translation>
    </message>
</context>
<context>
    <name>InspectionFilesPanel</name>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="234"/>
        <source>&amp;Add photos/documents…</source>
        <translation>添加照片/文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="260"/>
        <source>Add photos or documents</source>
        <translation>添加照片或文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="262"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="77"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="78"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="79"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="80"/>
        <source>Address</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="82"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/inspections_model.py" line="98"/>
        <source>%1 (upcoming)</source>
        <translation>%1（即将进行）</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="40"/>
        <source>Filter by case, company or address</source>
        <translation>按案件编号、企业或地址筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="44"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="47"/>
        <source>Open &amp;case</source>
        <translation>打开案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="49"/>
        <source>Open the case of the selected inspection (Enter)</source>
        <translation>打开所选现场检查所属的案件（回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="52"/>
        <source>Open &amp;editor</source>
        <translation>打开检查记录(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="54"/>
        <source>Checklist, notes, photos and documents of the selected inspection</source>
        <translation>所选现场检查的检查表、笔记、照片和文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="94"/>
        <source>Inspections</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="109"/>
        <source>%1 upcoming, %2 earlier</source>
        <translation>待进行 %1 次，已过去 %2 次</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="63"/>
        <source>&amp;Schedule inspection…</source>
        <translation>安排现场检查(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="66"/>
        <source>&amp;Open editor</source>
        <translation>打开检查记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="68"/>
        <source>Checklist, notes, photos and documents of the selected inspection (Enter)</source>
        <translation>所选现场检查的检查表、笔记、照片和文件（回车）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="71"/>
        <source>Raise &amp;finding from this inspection…</source>
        <translation>据此次检查登记问题(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="73"/>
        <source>No inspection has been scheduled for this case.</source>
        <translation>本案件尚未安排现场检查。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/inspections_tab.py" line="64"/>
        <source>Plan an on-site inspection of this case</source>
        <translation>为本案件安排现场检查</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="33"/>
        <source>InspectDesk login</source>
        <translation>InspectDesk 登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="42"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="43"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="47"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="48"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="52"/>
        <source>Enter your login and password.</source>
        <translation>请输入您的登录名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>Companies</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68"/>
        <source>Summons</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>Inspections</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>InspectDesk</source>
        <translation>InspectDesk 网信安全评估案件管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137"/>
        <source>Search and filter</source>
        <translation>搜索与筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Search cases, companies, findings, notes (Ctrl+F)</source>
        <translation>搜索案件、企业、问题、检查笔记（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>All provinces in my scope</source>
        <translation>我权限内的全部省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="170"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;Cases and findings (Excel)…</source>
        <translation>案件与问题（Excel）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Overdue findings (PDF or Excel)…</source>
        <translation>逾期问题（PDF 或 Excel）(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="179"/>
        <source>&amp;Province report (PDF)…</source>
        <translation>省级报告（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Export cases for e&amp;xchange…</source>
        <translation>导出案件交换包(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="184"/>
        <source>&amp;Import exchange package…</source>
        <translation>导入案件交换包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Exchange &amp;conflicts…</source>
        <translation>交换冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <source>&amp;Verify records</source>
        <translation>核验记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208"/>
        <source>Verify a &amp;dossier…</source>
        <translation>核验卷宗(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="211"/>
        <source>Signing &amp;certificate…</source>
        <translation>签名证书(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <location filename="../../app/ui/main_window.py" line="335"/>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>Backups (*.zip)</source>
        <translation>备份文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="332"/>
        <source>The backup was written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="347"/>
        <source>These attachments are damaged or missing (%n):</source>
        <translation>
            <numerusform>以下附件已损坏或缺失（%n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367"/>
        <location filename="../../app/ui/main_window.py" line="377"/>
        <source>Verify records</source>
        <translation>核验记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="369"/>
        <source>All records are intact: %1 audit events in an unbroken chain, %2 attachment files match their hashes.</source>
        <translation>全部记录完好：%1 个审计事件构成完整的哈希链，%2 个附件文件与其哈希值一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="378"/>
        <source>Problems found:</source>
        <translation>发现以下问题：</translation>
    </message>
</context>
<context>
    <name>MarkReceivedDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="229"/>
        <source>Mark report received</source>
        <translation>标记报告已收到</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="235"/>
        <source>Received &amp;on:</source>
        <translation>收到日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="236"/>
        <source>Receiving &amp;agency:</source>
        <translation>接收机关(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="34"/>
        <source>Open a case</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="37"/>
        <source>Unified social credit code or company name</source>
        <translation>统一社会信用代码或企业名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="53"/>
        <source>The company&apos;s registered province</source>
        <translation>企业注册地所在省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="62"/>
        <source>&amp;Company:</source>
        <translation>企业(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="63"/>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="64"/>
        <source>Opened &amp;on:</source>
        <translation>立案日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="65"/>
        <source>A new case number is given for the province and year.</source>
        <translation>将按省份和年度分配新的案件编号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="71"/>
        <source>Open case</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/open_case_dialog.py" line="95"/>
        <source>Case %1 opened</source>
        <translation>已立案：%1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="74"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="78"/>
        <source>This company belongs to the demonstration data set.</source>
        <translation>该企业属于演示数据集。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="80"/>
        <source>Status and next steps</source>
        <translation>状态与后续步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="89"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="90"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="91"/>
        <source>Origin summons</source>
        <translation>来源约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="113"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="123"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="124"/>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="125"/>
        <source>Short name:</source>
        <translation>简称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="126"/>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="128"/>
        <source>Registered in:</source>
        <translation>注册地：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="131"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="132"/>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="136"/>
        <source>Security contact:</source>
        <translation>安全负责人：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="140"/>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="141"/>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="142"/>
        <source>Opened on:</source>
        <translation>立案日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="143"/>
        <source>Closed on:</source>
        <translation>结案日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="145"/>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="146"/>
        <source>Closing note:</source>
        <translation>结案说明：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="147"/>
        <source>Assigned officials:</source>
        <translation>承办人员：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_view/overview_tab.py" line="152"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="154"/>
        <source>%1 open, %2 overdue</source>
        <translation>%1 个未结，%2 个逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="158"/>
        <source>Findings:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="167"/>
        <source>Summons:</source>
        <translation>约谈：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="167"/>
        <source>This case was not opened from a summons.</source>
        <translation>本案件并非由约谈立案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="169"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="170"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="171"/>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="172"/>
        <source>Convened by:</source>
        <translation>约谈单位：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="175"/>
        <source>Attended:</source>
        <translation>是否出席：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="176"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="176"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="178"/>
        <source>Attendees:</source>
        <translation>出席人员：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="179"/>
        <source>Commitments:</source>
        <translation>整改承诺：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="180"/>
        <source>Requirements:</source>
        <translation>约谈要求：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="192"/>
        <source>Reopen for review</source>
        <translation>重新开启审查</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="194"/>
        <source>Close case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="197"/>
        <source>Move to: %1</source>
        <translation>转为：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/overview_tab.py" line="206"/>
        <source>No further step is open to you.</source>
        <translation>您当前没有可执行的后续步骤。</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="135"/>
        <source>%1
This image cannot be shown (damaged or missing file).</source>
        <translation>%1
此图片无法显示（文件损坏或缺失）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/photo_grid.py" line="208"/>
        <source>No photos or documents yet. Drop files here or use “Add photos/documents…”.</source>
        <translation>尚无照片或文件。可将文件拖放到此处，或使用“添加照片/文件…”。</translation>
    </message>
</context>
<context>
    <name>ProvinceChart</name>
    <message>
        <location filename="../../app/ui/pages/dashboard_chart.py" line="41"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_chart.py" line="44"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_chart.py" line="91"/>
        <source>%1: %2 open, %3 overdue</source>
        <translation>%1：未办结 %2 项，已逾期 %3 项</translation>
    </message>
</context>
<context>
    <name>ProvinceChecklist</name>
    <message>
        <location filename="../../app/ui/widgets/province_checklist.py" line="24"/>
        <source>&amp;All provinces</source>
        <translation>全部省份(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rectification_dialog.py" line="26"/>
        <source>Submit rectification — finding #%1</source>
        <translation>提交整改 — 问题 #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rectification_dialog.py" line="32"/>
        <source>&amp;Evidence:</source>
        <translation>整改材料(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rectification_dialog.py" line="33"/>
        <source>&amp;Submitted on:</source>
        <translation>提交日期(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="52"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="56"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="58"/>
        <source>due in %n days</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="237"/>
        <source>%n deadline reminders</source>
        <translation>
            <numerusform>%n 条期限提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="243"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="285"/>
        <source>InspectDesk deadline reminders</source>
        <translation>InspectDesk 期限提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="289"/>
        <source>Show reminders</source>
        <translation>显示提醒</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../app/ui/reminders.py" line="70"/>
        <source>Deadline reminders</source>
        <translation>期限提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="84"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="85"/>
        <source>Dismiss reminder</source>
        <translation>忽略提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="86"/>
        <source>Silence this finding until the next step (Ctrl+D)</source>
        <translation>到下一提醒节点前不再提示此问题（Ctrl+D）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reminders.py" line="112"/>
        <source>%n deadline reminders. Enter opens the case.</source>
        <translation>
            <numerusform>%n 条期限提醒。按 Enter 打开案件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="58"/>
        <source>Add report — %1</source>
        <translation>添加评估报告 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="68"/>
        <source>&amp;Received (unchecked: still awaited)</source>
        <translation>已收到(&amp;R)（不勾选：待报送）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="78"/>
        <source>Cyberspace department</source>
        <translation>网信部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="79"/>
        <source>Public-security organ</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="80"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="89"/>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="98"/>
        <source>Drop files onto this window, or use Add files…</source>
        <translation>将文件拖放到本窗口，或点击“添加文件…”</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="90"/>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="92"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="106"/>
        <source>&amp;Trigger:</source>
        <translation>报送情形(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="108"/>
        <source>Received &amp;on:</source>
        <translation>收到日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="109"/>
        <source>&amp;Event date:</source>
        <translation>事件日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="110"/>
        <source>&amp;Planned launch:</source>
        <translation>计划上线日期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="111"/>
        <source>Receiving &amp;agency:</source>
        <translation>接收机关(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="112"/>
        <source>Agency &amp;kind:</source>
        <translation>机关类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="113"/>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="114"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="115"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialog.py" line="157"/>
        <source>Report files</source>
        <translation>报告文件</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="80"/>
        <source>&amp;Add report…</source>
        <translation>添加报告(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="81"/>
        <source>&amp;Mark received…</source>
        <translation>标记已收到(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="82"/>
        <source>&amp;Record review…</source>
        <translation>记录审查(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="168"/>
        <source>event on %1</source>
        <translation>事件日期 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="172"/>
        <source>planned launch %1</source>
        <translation>计划上线 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="177"/>
        <source>due %1</source>
        <translation>应报送截止日 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="178"/>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="187"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="237"/>
        <source>The review requires rectification. Add its findings now?</source>
        <translation>审查结论为需整改。现在添加发现的问题吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="243"/>
        <source>Add another finding from this review?</source>
        <translation>继续添加该审查发现的问题吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/reports_tab.py" line="246"/>
        <source>Add findings</source>
        <translation>添加问题</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="46"/>
        <source>Report / review</source>
        <translation>报告 / 审查</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="47"/>
        <source>Received / reviewed</source>
        <translation>收到 / 审查日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="48"/>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="49"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="50"/>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="51"/>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="52"/>
        <source>Summary / notes</source>
        <translation>摘要 / 审查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="74"/>
        <source>(filed late)</source>
        <translation>（逾期报送）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="77"/>
        <source>Awaited</source>
        <translation>待报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="78"/>
        <source>Awaited, due %1</source>
        <translation>待报送，截止 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="80"/>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="82"/>
        <source>— overdue</source>
        <translation>— 已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="87"/>
        <source>Cyberspace dept.</source>
        <translation>网信部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="88"/>
        <source>Public security</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="89"/>
        <source>Other agency</source>
        <translation>其他机关</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/reports_model.py" line="104"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n 份审查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/reports_model.py" line="111"/>
        <source>Review: %1</source>
        <translation>审查：%1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="36"/>
        <source>Record review — %1</source>
        <translation>记录书面审查 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="39"/>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="49"/>
        <source>Cyberspace department</source>
        <translation>网信部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="50"/>
        <source>Public-security organ</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="51"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="62"/>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="63"/>
        <source>Reviewing &amp;agency:</source>
        <translation>审查机关(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="64"/>
        <source>Agency &amp;kind:</source>
        <translation>机关类别(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="65"/>
        <source>Re&amp;viewer:</source>
        <translation>审查人(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="66"/>
        <source>Reviewed &amp;on:</source>
        <translation>审查日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="67"/>
        <source>&amp;Conclusion:</source>
        <translation>审查结论(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialog.py" line="68"/>
        <source>&amp;Notes:</source>
        <translation>审查意见(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>SearchResultsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="60"/>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/search_results.py" line="73"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>共 %n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24"/>
        <location filename="../../app/ui/dialogs/search_results.py" line="29"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="24"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="30"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="31"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_results.py" line="32"/>
        <source>Inspection</source>
        <translation>现场检查</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="34"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="40"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="48"/>
        <source>The language is kept for this workstation; the other settings apply to the whole office.</source>
        <translation>界面语言只对本工作站生效；其他设置对整个办公室生效。</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="35"/>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="92"/>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="41"/>
        <source>A PKCS#12 file (.p12 or .pfx)</source>
        <translation>PKCS#12 证书文件（.p12 或 .pfx）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="42"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="49"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>在本机保存密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="53"/>
        <source>Kept in a file only your user account can read. Unticked, signing reads it from the variable INSPECTDESK_SIGN_PASSWORD.</source>
        <translation>保存在仅本用户可读的文件中。不勾选时，签名时从环境变量 INSPECTDESK_SIGN_PASSWORD 读取密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="59"/>
        <source>Certificate &amp;file:</source>
        <translation>证书文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="62"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="66"/>
        <source>The certificate and its password are kept on this computer, never in the database.</source>
        <translation>证书及其密码只保存在本机，从不写入数据库。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="72"/>
        <source>&amp;Use this certificate</source>
        <translation>使用此证书(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="76"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="94"/>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="105"/>
        <source>No certificate is configured: dossiers cannot be signed.</source>
        <translation>尚未设置证书：卷宗无法签名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="107"/>
        <source>Certificate file: %1</source>
        <translation>证书文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="112"/>
        <source>Subject: %1</source>
        <translation>持有人：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="113"/>
        <source>Issuer: %1</source>
        <translation>签发者：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="115"/>
        <source>Valid from %1 to %2</source>
        <translation>有效期：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="122"/>
        <source>Self-signed: a signature will show as intact but not from a trusted authority.</source>
        <translation>自签名证书：核验时签名显示为完整，但不是由受信任的证书机构签发。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="126"/>
        <source>Cannot sign: %1</source>
        <translation>无法签名：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/signing_dialog.py" line="128"/>
        <source>Dossiers can be signed with this certificate.</source>
        <translation>可以用此证书为卷宗签名。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="41"/>
        <source>Change status of %1</source>
        <translation>变更 %1 的状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="44"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="50"/>
        <source>e.g. all findings rectified and verified</source>
        <translation>例如：所有问题均已整改并核验</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="52"/>
        <source>Why the status changes (kept in the chronology)</source>
        <translation>状态变更原因（记入大事记）</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="56"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="58"/>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="61"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="66"/>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_view/status_dialog.py" line="66"/>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
</context>
<context>
    <name>SummonsAttendanceModel</name>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="31"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="32"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="33"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="34"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="35"/>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="36"/>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="37"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="58"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_attendance_model.py" line="58"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SummonsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="54"/>
        <source>Register summons</source>
        <translation>登记约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="63"/>
        <source>The requirements announced at the meeting</source>
        <translation>约谈会上提出的要求</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="66"/>
        <source>&amp;Date *</source>
        <translation>日期(&amp;D) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="67"/>
        <source>&amp;Place *</source>
        <translation>地点(&amp;P) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="68"/>
        <source>&amp;Topic *</source>
        <translation>主题(&amp;T) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="69"/>
        <source>&amp;Requirements</source>
        <translation>要求(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="74"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="74"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="74"/>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="107"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="80"/>
        <source>Add a&amp;gency</source>
        <translation>添加单位(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="82"/>
        <source>Remove agency</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="88"/>
        <source>Convening agencies</source>
        <translation>召集单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="105"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="106"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="108"/>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="255"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="109"/>
        <source>Attendees</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="110"/>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="119"/>
        <source>Remove company</source>
        <translation>移除企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="125"/>
        <source>Companies summoned</source>
        <translation>被约谈企业</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="128"/>
        <source>Attendance and commitments:</source>
        <translation>出席情况与承诺事项：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="154"/>
        <source>Register and open cases</source>
        <translation>登记并立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="157"/>
        <source>Register the summons and open a case per company (Ctrl+S)</source>
        <translation>登记约谈并为每家企业立案（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="200"/>
        <source>Cyberspace administration</source>
        <translation>网信部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="201"/>
        <source>Public security</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="202"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="209"/>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="298"/>
        <source>%n company(ies) summoned</source>
        <translation>
            <numerusform>约谈企业 %n 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="325"/>
        <source>Summons registered; %n case(s) opened:</source>
        <translation>
            <numerusform>约谈已登记，已立案 %n 件：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/summons_dialog.py" line="334"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SummonsModel</name>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="32"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="33"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="34"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="35"/>
        <source>Companies</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/summons_model.py" line="36"/>
        <source>Cases opened</source>
        <translation>已立案数</translation>
    </message>
</context>
<context>
    <name>SummonsPage</name>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="43"/>
        <source>Filter by place or topic</source>
        <translation>按地点或主题筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="45"/>
        <source>&amp;Register summons…</source>
        <translation>登记约谈(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="46"/>
        <source>Register a summons and open its cases (Ctrl+N)</source>
        <translation>登记约谈并为每家企业立案（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="126"/>
        <source>Summons</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="157"/>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="167"/>
        <source>Select a summons to see who attended.</source>
        <translation>选择一次约谈，查看参会情况。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="177"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/summons.py" line="184"/>
        <source>(%n more company(ies) in provinces outside your scope)</source>
        <translation>
            <numerusform>（另有 %n 家企业位于您权限范围以外的省份）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="188"/>
        <source>Convening agencies:</source>
        <translation>召集单位：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/summons.py" line="198"/>
        <source>Requirements:</source>
        <translation>约谈要求：</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="69"/>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="74"/>
        <source>InspectDesk is locked</source>
        <translation>InspectDesk 已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="79"/>
        <source>Logged in: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="82"/>
        <source>The windows were locked after %1 minutes without use. Enter your password to go on; everything you typed is still there.</source>
        <translation>窗口在 %1 分钟无操作后已锁定。请输入密码继续；您输入的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="87"/>
        <source>The windows were locked. Enter your password to go on; everything you typed is still there.</source>
        <translation>窗口已锁定。请输入密码继续；您输入的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="98"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="106"/>
        <source>&amp;Quit InspectDesk</source>
        <translation>退出 InspectDesk(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="109"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="167"/>
        <source>The password was not accepted.</source>
        <translation>密码未被接受。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="171"/>
        <source>Your account has been disabled by an administrator. InspectDesk can only be quit; text not yet saved in open windows is then lost.</source>
        <translation>您的账户已被管理员停用。现在只能退出 InspectDesk；各窗口中尚未保存的内容将会丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="178"/>
        <source>Too many wrong passwords: your account is locked until %1. Until then InspectDesk can only be quit (text not yet saved in open windows is then lost); after that time you can enter your password here again.</source>
        <translation>密码错误次数过多：您的账户锁定至 %1。在此之前只能退出 InspectDesk（各窗口中尚未保存的内容将会丢失）；到时可在此重新输入密码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="189"/>
        <source>Wrong password. After %n more wrong password(s) your account is locked.</source>
        <translation>
            <numerusform>密码错误。再输错 %n 次，您的账户将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="239"/>
        <source>Quit InspectDesk</source>
        <translation>退出 InspectDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/unlock_dialog.py" line="241"/>
        <source>Quit InspectDesk now? Text not yet saved in open windows is lost; inspection notes are kept as drafts.</source>
        <translation>现在退出 InspectDesk？各窗口中尚未保存的内容将会丢失；检查记录会保留为草稿。</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="58"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="59"/>
        <source>Change role — %1</source>
        <translation>更改角色 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="60"/>
        <source>Change provinces — %1</source>
        <translation>更改省份 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="61"/>
        <source>Reset password — %1</source>
        <translation>重置密码 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="71"/>
        <source>Administrators see every province.</source>
        <translation>管理员可查看全部省份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="78"/>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="83"/>
        <source>letters, digits, . _ -</source>
        <translation>字母、数字、. _ -</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="84"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="85"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="90"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="93"/>
        <source>The provinces stay as they are.</source>
        <translation>省份范围保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="97"/>
        <source>&amp;Provinces:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="100"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="101"/>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_edit_dialog.py" line="105"/>
        <source>A lockout of the account ends with the new password.</source>
        <translation>设置新密码后，账户的锁定随即解除。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="42"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="46"/>
        <source>Accounts are never deleted: a disabled account can no longer log in, and its name stays in the audit trail. Enabling an account also ends a lockout.</source>
        <translation>账户从不删除：停用的账户不能再登录，其名称保留在审计记录中。启用账户也会解除锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="71"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="72"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="73"/>
        <source>Change &amp;provinces…</source>
        <translation>更改省份(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="74"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="75"/>
        <source>&amp;Enable / unlock</source>
        <translation>启用 / 解锁(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="76"/>
        <source>Reset pass&amp;word…</source>
        <translation>重置密码(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="106"/>
        <source>No account yet: InspectDesk opens without signing in until the first account is added. Add an administrator first.</source>
        <translation>尚无用户账户：添加第一个账户之前，InspectDesk 启动时无需登录。请先添加一名管理员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="181"/>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/users_dialog.py" line="183"/>
        <source>Disable the account %1 (%2)? It can no longer log in; it can be enabled again.</source>
        <translation>停用账户 %1（%2）？停用后不能再登录；以后可以重新启用。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="55"/>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="63"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="65"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="68"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="72"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="73"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="74"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="75"/>
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/users_model.py" line="76"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>VerifyDossierDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="45"/>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="86"/>
        <source>Verify a dossier</source>
        <translation>核验卷宗</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="47"/>
        <source>The dossier PDF to check</source>
        <translation>要核验的卷宗 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="48"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="53"/>
        <source>&amp;Compare with the records in this database</source>
        <translation>与本数据库中的记录比对(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="57"/>
        <source>Also lists the records of the case changed, added or removed since the export, and checks every attachment file against its hash in the dossier.</source>
        <translation>同时列出导出后被修改、新增或删除的案件记录，并用卷宗中的哈希逐一核对附件文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="70"/>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="88"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="106"/>
        <source>Checking the signature and the records…</source>
        <translation>正在核验签名和记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="116"/>
        <source>Verifying %1…</source>
        <translation>正在核验 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="126"/>
        <source>The dossier is verified.</source>
        <translation>卷宗核验通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/verify_dossier_dialog.py" line="129"/>
        <source>The dossier does NOT verify.</source>
        <translation>卷宗核验不通过。</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/waive_dialog.py" line="25"/>
        <source>Waive finding #%1</source>
        <translation>豁免问题 #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/waive_dialog.py" line="29"/>
        <source>&amp;Reason:</source>
        <translation>豁免理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/waive_dialog.py" line="30"/>
        <source>&amp;Waived on:</source>
        <translation>豁免日期(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="59"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
