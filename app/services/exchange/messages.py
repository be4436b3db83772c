"""Message templates (Chinese and English) for case exchange packages.

Every refusal of a package names the file inside the package (``name``) and
says what is wrong with it, so that the official who receives the refusal can
tell the sending office exactly what to fix.
"""

from __future__ import annotations

from app.domain.case_lifecycle import STATUS_LABELS
from app.domain.errors import register_catalogue, register_value_labels
from app.domain.finding_lifecycle import FINDING_STATUS_LABELS

MESSAGES: dict[str, dict[str, str]] = {
    # --- the zip itself ---------------------------------------------------------------------
    "exchange.not_zip": {
        "zh": "交换包 {file} 无法打开（文件不完整或不是 zip 文件）：{reason}",
        "en": "The exchange package {file} cannot be opened (truncated or not a zip file): "
        "{reason}",
    },
    "exchange.unreadable": {
        "zh": "无法读取交换包 {file}：{reason}",
        "en": "Cannot read the exchange package {file}: {reason}",
    },
    "exchange.corrupt_member": {
        "zh": "交换包中的文件 {name} 已损坏：{reason}",
        "en": "The file {name} in the package is damaged: {reason}",
    },
    "exchange.unsafe_name": {
        "zh": "交换包中的路径“{name}”不安全（绝对路径、“..”、反斜杠或空的路径段），拒绝导入",
        "en": "The path “{name}” in the package is unsafe (absolute, “..”, a backslash or an "
        "empty segment); the package is refused",
    },
    "exchange.link": {
        "zh": "交换包中的“{name}”是符号链接或特殊文件，拒绝导入",
        "en": "“{name}” in the package is a symbolic link or special file; the package is refused",
    },
    "exchange.encrypted": {
        "zh": "交换包中的文件 {name} 已加密或使用了不支持的压缩方式",
        "en": "The file {name} in the package is encrypted or uses an unsupported compression",
    },
    "exchange.unexpected_file": {
        "zh": "交换包中有不属于交换格式的文件“{name}”",
        "en": "The package holds “{name}”, which is not part of the exchange format",
    },
    "exchange.duplicate_name": {
        "zh": "交换包中文件“{name}”出现了不止一次",
        "en": "The file “{name}” appears more than once in the package",
    },
    "exchange.too_many_files": {
        "zh": "交换包含有 {count} 个文件，最多允许 {limit} 个",
        "en": "The package holds {count} files; at most {limit} are allowed",
    },
    "exchange.file_too_large": {
        "zh": "交换包中的文件 {name} 解压后为 {size} 字节，超过上限 {limit} 字节",
        "en": "The file {name} in the package unpacks to {size} bytes, over the limit of "
        "{limit} bytes",
    },
    "exchange.total_too_large": {
        "zh": "交换包解压后共 {size} 字节，超过上限 {limit} 字节",
        "en": "The package unpacks to {size} bytes in all, over the limit of {limit} bytes",
    },
    "exchange.ratio": {
        "zh": "交换包中的文件 {name} 压缩比为 {ratio}:1，超过上限 {limit}:1（疑似压缩炸弹）",
        "en": "The file {name} in the package is compressed {ratio}:1, over the limit of "
        "{limit}:1 (a zip bomb?)",
    },
    # --- the manifest -----------------------------------------------------------------------
    "exchange.manifest_missing": {
        "zh": "交换包中没有清单文件 manifest.json",
        "en": "The package has no manifest.json",
    },
    "exchange.bad_json": {
        "zh": "交换包中的 {name} 不是有效的 JSON：{reason}",
        "en": "{name} in the package is not valid JSON: {reason}",
    },
    "exchange.not_a_package": {
        "zh": "{name} 不是 InspectDesk 案件交换包的清单（{field} 缺失或错误）",
        "en": "{name} is not the manifest of an InspectDesk exchange package "
        "({field} missing or wrong)",
    },
    "exchange.schema_version": {
        "zh": "{name} 的格式版本为 {version}，本程序只支持版本 {supported}",
        "en": "{name} is in format version {version}; this program supports version {supported}",
    },
    "exchange.missing_file": {
        "zh": "清单列出的文件 {name} 不在交换包中",
        "en": "The manifest lists {name}, which is not in the package",
    },
    "exchange.unlisted_file": {
        "zh": "交换包中的文件 {name} 未列在清单中",
        "en": "The file {name} in the package is not listed in the manifest",
    },
    "exchange.size_mismatch": {
        "zh": "文件 {name} 的大小为 {actual} 字节，与清单记载的 {expected} 字节不符",
        "en": "The file {name} is {actual} bytes; the manifest says {expected}",
    },
    "exchange.hash_mismatch": {
        "zh": "文件 {name} 的 SHA-256 为 {actual}，与清单记载的 {expected} 不符",
        "en": "The SHA-256 of {name} is {actual}; the manifest says {expected}",
    },
    "exchange.json_too_deep": {
        "zh": "交换包中的 {name} 嵌套层数过多（最多 {limit} 层），不是交换格式的文件，拒绝导入",
        "en": "{name} in the package nests deeper than {limit} levels; it is not a file of the "
        "exchange format and the package is refused",
    },
    "exchange.json_number_too_long": {
        "zh": "交换包中的 {name} 含有位数过多的数字，拒绝导入",
        "en": "{name} in the package holds a number with too many digits; the package is refused",
    },
    # --- the records ------------------------------------------------------------------------
    "exchange.bad_field": {
        "zh": "{name} 第 {index} 条记录（{record}）的字段“{field}”{problem}",
        "en": "{name}, record {index} ({record}), field “{field}”: {problem}",
    },
    "exchange.duplicate_id": {
        "zh": "{name} 中记录 {record} 出现了不止一次",
        "en": "The record {record} appears more than once in {name}",
    },
    "exchange.record_hash": {
        "zh": "{name} 中记录 {record} 的内容与其哈希不符（记载 {expected}，实际 {actual}）",
        "en": "The record {record} in {name} does not match its hash "
        "(says {expected}, is {actual})",
    },
    "exchange.dangling_ref": {
        "zh": "{name} 中记录 {record} 的“{field}”指向的 {target} 既不在交换包中也不在本数据库中",
        "en": "In {name}, record {record}: “{field}” points to {target}, which is neither "
        "in the package nor in this database",
    },
    "exchange.attachment_file_missing": {
        "zh": "{name} 中附件 {record} 的文件 attachments/{sha256} 不在交换包中",
        "en": "The file attachments/{sha256} of attachment {record} in {name} is not in "
        "the package",
    },
    "exchange.status_history": {
        "zh": "案件状态为“{status}”，但其状态变更记录止于“{recorded}”：每次变更状态都应有一条记录，且记录须前后相接",
        "en": "The case's status is {status}, but its status changes lead to {recorded}: "
        "each move needs its record, one after another",
    },
    "exchange.not_permitted": {
        "zh": "{name} 中记录 {record} 对应的记录不存在或您无权修改，拒绝导入",
        "en": "The record {record} in {name} matches no record you may change here (it does "
        "not exist or is not permitted); the package is refused",
    },
    "exchange.out_of_scope": {
        "zh": "{name} 中记录 {record} 属于省份 {province}，不在您的权限范围内，拒绝导入",
        "en": "The record {record} in {name} belongs to province {province}, outside your "
        "scope; the package is refused",
    },
    "exchange.case_number_taken": {
        "zh": "案件编号 {case_number} 在本数据库中已被另一个案件使用，交换包无法导入",
        "en": "The case number {case_number} is already used by another case in this "
        "database; the package cannot be imported",
    },
    "exchange.finding_number_taken": {
        "zh": "案件 {case_number} 的问题编号 {number} 在本数据库中已被另一个问题使用，交换包无法导入",
        "en": "Finding number {number} of case {case_number} is already used by another "
        "finding in this database; the package cannot be imported",
    },
    # --- the rules of the commands, applied to what an import writes ------------------------
    "exchange.record_refused": {
        "zh": "{name} 中的记录 {record}（{label}）不能导入：{reason}。交换包未导入任何内容",
        "en": "The record {record} ({label}) in {name} cannot be imported: {reason}. "
        "Nothing from the package was imported",
    },
    "exchange.not_canonical": {
        "zh": "“{field}”的值不是本程序保存的形式（首尾空白、空值或大小写不一致）",
        "en": "the value of {field} is not as the application stores it (surrounding blanks, "
        "an empty value or a different spelling)",
    },
    "exchange.field_fixed": {
        "zh": "“{field}”在记录建立后不能再更改（本程序的任何操作都不会更改它）",
        "en": "{field} never changes once the record exists (no command of the application "
        "changes it)",
    },
    "exchange.field_not_allowed": {
        "zh": "状态为“{status}”时“{field}”必须为空",
        "en": "{field} must be empty while the status is “{status}”",
    },
    "exchange.case_number": {
        "zh": "案件编号 {case_number} 与其省份、年份和序号不符（{problem}），应为 {expected}",
        "en": "the case number {case_number} does not match its province, year and sequence "
        "({problem}); it would be {expected}",
    },
    "exchange.extension_chain": {
        "zh": "期限延长记录的原期限为 {old}，而当时有效的期限为 {expected}",
        "en": "the extension starts from the deadline {old}, but the deadline in force then "
        "was {expected}",
    },
    "exchange.current_deadline": {
        "zh": "当前整改期限 {current} 不是原期限经各次延长后的期限 {expected}",
        "en": "the current deadline {current} is not the deadline in force after its "
        "extensions ({expected})",
    },
    "exchange.file_name": {
        "zh": "附件文件名“{value}”不安全（路径、控制字符或设备名），本程序会将其保存为“{safe}”",
        "en": "the attachment's file name “{value}” is unsafe (a path, control characters or a "
        "device name); the application would keep it as “{safe}”",
    },
    "exchange.attachment_size": {
        "zh": "附件记载的大小为 {size} 字节，而其文件为 {actual} 字节",
        "en": "the attachment says it is {size} bytes; its file is {actual} bytes",
    },
    "exchange.write_failed": {
        "zh": "交换包与本数据库中的记录冲突，未写入任何内容：{reason}",
        "en": "The package clashes with records in this database; nothing was written: {reason}",
    },
    # --- export -----------------------------------------------------------------------------
    "exchange.nothing_to_export": {
        "zh": "没有符合条件的案件可以导出",
        "en": "No case matches; nothing to export",
    },
    "exchange.scope_required": {
        "zh": "请指定 --case、--province 或 --since 其中之一",
        "en": "Give exactly one of --case, --province or --since",
    },
    "exchange.province_out_of_scope": {
        "zh": "省份“{value}”不在您的权限范围内",
        "en": "The province “{value}” is outside your scope",
    },
    "exchange.attachment_damaged": {
        "zh": "附件“{name}”的文件缺失或与其 SHA-256（{sha256}）不符，无法导出",
        "en": "The file of the attachment “{name}” is missing or does not match its "
        "SHA-256 ({sha256}); nothing was exported",
    },
    "exchange.write_error": {
        "zh": "无法写入交换包 {file}：{reason}",
        "en": "Cannot write the exchange package {file}: {reason}",
    },
    # --- conflicts --------------------------------------------------------------------------
    "exchange.conflict_not_found": {
        "zh": "找不到待处理的交换冲突“{value}”",
        "en": "No open exchange conflict “{value}”",
    },
    "exchange.conflict_field": {
        "zh": "冲突 {value} 中没有字段“{field}”，可选：{allowed}",
        "en": "Conflict {value} has no field “{field}”; choose one of {allowed}",
    },
    "exchange.conflict_side": {
        "zh": "“{value}”无效：请选择 local（本地）或 incoming（交换包）",
        "en": "“{value}” is not a side: choose local or incoming",
    },
    "exchange.conflict_record_gone": {
        "zh": "冲突 {value} 所涉记录已不在本数据库中",
        "en": "The record of conflict {value} is no longer in this database",
    },
}

# How a field problem reads after the field name (exchange.bad_field's {problem}).
PROBLEMS: dict[str, dict[str, str]] = {
    "missing": {"zh": "缺失", "en": "is missing"},
    "unknown_field": {"zh": "不属于该类记录", "en": "is not a field of this record"},
    "null": {"zh": "不能为空", "en": "may not be empty (null)"},
    "type": {"zh": "类型不正确", "en": "has the wrong type"},
    "too_long": {"zh": "过长", "en": "is too long"},
    "uuid": {"zh": "不是有效的 UUID", "en": "is not a UUID"},
    "date": {"zh": "不是有效的日期（YYYY-MM-DD）", "en": "is not a date (YYYY-MM-DD)"},
    "datetime": {
        "zh": "不是带时区的有效时间（ISO 8601）",
        "en": "is not a moment with a time zone (ISO 8601)",
    },
    "choice": {"zh": "不是允许的取值", "en": "is not one of the allowed values"},
    "credit_code": {"zh": "不是有效的统一社会信用代码", "en": "is not a valid credit code"},
    "case_number": {"zh": "不是有效的案件编号", "en": "is not a case number"},
    "sha256": {"zh": "不是 SHA-256 值", "en": "is not a SHA-256 value"},
    "unknown_code": {
        "zh": "引用了本数据库中不存在的代码",
        "en": "names a code this database does not know",
    },
    "control_chars": {"zh": "含有不可见的控制字符", "en": "contains invisible control characters"},
    "surrogate": {
        "zh": "含有无法保存的字符（孤立的代理项）",
        "en": "contains a character no database can store (a lone surrogate)",
    },
    "range": {"zh": "超出允许范围", "en": "is out of range"},
}

# How each kind of record reads on the command line (the GUI has its own, translated by Qt).
RECORD_TYPES: dict[str, dict[str, str]] = {
    "agency": {"zh": "机构", "en": "agencies"},
    "company": {"zh": "企业", "en": "companies"},
    "service": {"zh": "服务", "en": "services"},
    "summons": {"zh": "约谈", "en": "summons"},
    "attendance": {"zh": "约谈出席情况", "en": "attendances"},
    "case": {"zh": "案件", "en": "cases"},
    "status_change": {"zh": "案件状态变更", "en": "status changes"},
    "report": {"zh": "评估报告", "en": "reports"},
    "review": {"zh": "书面审查", "en": "reviews"},
    "inspection": {"zh": "现场检查", "en": "inspections"},
    "checklist": {"zh": "检查项结果", "en": "checklist results"},
    "finding": {"zh": "整改问题", "en": "findings"},
    "extension": {"zh": "期限延长", "en": "extensions"},
    "attachment": {"zh": "附件", "en": "attachments"},
}

# Why a case number is not the one the application would give (exchange.case_number).
CASE_NUMBER_PROBLEMS: dict[str, dict[str, str]] = {
    "year": {"zh": "年份超出范围", "en": "the year is out of range"},
    "seq": {
        "zh": "序号超出本程序能编出的范围",
        "en": "the sequence is beyond any the application gives",
    },
    "number": {
        "zh": "编号与省份简称、年份、序号不一致",
        "en": "the number is not abbreviation-year-sequence",
    },
    "opened_on": {
        "zh": "年份不是立案日期的年份",
        "en": "the year is not the year the case was opened",
    },
}

register_catalogue(MESSAGES)
register_value_labels("exchange.bad_field", ("problem",), PROBLEMS)
register_value_labels("exchange.case_number", ("problem",), CASE_NUMBER_PROBLEMS)
register_value_labels(
    "exchange.field_not_allowed",
    ("status",),
    {
        **{s.value: label for s, label in STATUS_LABELS.items()},
        **{s.value: label for s, label in FINDING_STATUS_LABELS.items()},
    },
)
register_value_labels(
    "exchange.status_history",
    ("status", "recorded"),
    {s.value: label for s, label in STATUS_LABELS.items()},
)
