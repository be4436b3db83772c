"""Message templates (Chinese and English) for every error code the domain raises.

Importing this module registers the catalogue with :mod:`app.domain.errors`, so
every domain module that raises imports it. Placeholders are ``str.format``
fields; the Chinese and English template of a code use the same ones.
"""

from __future__ import annotations

from app.domain.errors import register_catalogue

MESSAGES: dict[str, dict[str, str]] = {
    # Common
    "field.required": {
        "zh": "“{field}”为必填项，不能为空",
        "en": "{field} is required and must not be blank",
    },
    "date.invalid": {
        "zh": "“{field}”的日期“{value}”无效，请使用 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日",
        "en": "{field}: “{value}” is not a valid date; use YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日",
    },
    # Unified Social Credit Code
    "credit_code.length": {
        "zh": "统一社会信用代码应为 {expected} 位，实际为 {length} 位",
        "en": "A Unified Social Credit Code has {expected} characters, this one has {length}",
    },
    "credit_code.char": {
        "zh": "统一社会信用代码第 {position} 位的字符“{char}”不允许使用"
        "（只允许数字 0-9 和大写字母 A-H J-N P-R T U W X Y）",
        "en": "Character “{char}” at position {position} is not allowed in a Unified Social "
        "Credit Code (only 0-9 and A-H J-N P-R T U W X Y)",
    },
    "credit_code.check": {
        "zh": "统一社会信用代码校验位错误：第 18 位为“{found}”，应为“{expected}”",
        "en": "Wrong check character in the Unified Social Credit Code: "
        "the 18th character is “{found}”, expected “{expected}”",
    },
    # Deadlines
    "deadline.period": {
        "zh": "期限天数 {n} 无效，应在 1 至 3650 之间",
        "en": "A period of {n} day(s) is not valid; it must be between 1 and 3650",
    },
    "deadline.out_of_range": {
        "zh": "从 {start} 起 {n} 天的期限超出了可计算的日期范围（公元 1 年至 9999 年）",
        "en": "A period of {n} day(s) from {start} falls outside the dates that can be "
        "computed (years 1 to 9999)",
    },
    # Case lifecycle
    "case.transition": {
        "zh": "案件状态不能从“{current}”变更为“{target}”",
        "en": "A case cannot move from “{current}” to “{target}”",
    },
    "case.closed_readonly": {
        "zh": "案件 {case_number} 已结案，不能再修改；如需更正请先重新开启",
        "en": "Case {case_number} is closed and cannot be changed; reopen it first to correct it",
    },
    "case.not_closed": {
        "zh": "案件 {case_number} 尚未结案，只有已结案的案件才能重新开启",
        "en": "Case {case_number} is not closed; only a closed case can be reopened",
    },
    "case.status_unknown": {
        "zh": "未知的案件状态“{value}”，可用的状态：{allowed}",
        "en": "Unknown case status “{value}”; allowed: {allowed}",
    },
    "case.close_unresolved": {
        "zh": "尚有 {count} 项问题未核验或豁免，案件不能结案",
        "en": "The case cannot be closed: {count} finding(s) are neither verified nor waived",
    },
    # Finding lifecycle
    "finding.transition": {
        "zh": "问题状态不能从“{current}”变更为“{target}”",
        "en": "A finding cannot move from “{current}” to “{target}”",
    },
    "extension.not_later": {
        "zh": "延期后的期限 {new} 必须晚于当前期限 {current}",
        "en": "The new deadline {new} must be later than the current deadline {current}",
    },
    # Report due dates
    "report.planned_launch_required": {
        "zh": "触发情形 {trigger} 的报告应在上线前报送，须填写计划上线日期",
        "en": "A report for trigger {trigger} is due before launch: the planned launch date "
        "is required",
    },
    "report.event_date_required": {
        "zh": "触发情形 {trigger} 的报告期限自事件发生之日起计算，须填写事件日期",
        "en": "A report for trigger {trigger} is due within a period from the event: "
        "the event date is required",
    },
    "report.due_invalid": {
        "zh": "无法识别报告期限“{value}”（示例：before launch、within 30 working days、"
        "within 30 days、上线前、30个工作日内、30日内）",
        "en": "Cannot read the reporting period “{value}” (examples: before launch, "
        "within 30 working days, within 30 days, 上线前, 30个工作日内, 30日内)",
    },
    # Dates in order (app.domain.date_order)
    "date.order": {
        "zh": "{field}（{value}）早于{earlier_field}（{earlier}），不能早于该日期",
        "en": "The {field} ({value}) is before the {earlier_field} ({earlier}); it cannot be earlier",
    },
    # Attachments
    "attachment.name_invalid": {
        "zh": "文件名“{name}”无效：去除不允许的字符后为空",
        "en": "The file name “{name}” is not usable: nothing remains once the characters "
        "that are not allowed are removed",
    },
}

register_catalogue(MESSAGES)
