"""Message templates (Chinese and English) for the errors the use cases raise."""

from __future__ import annotations

from app.domain import messages as _domain_messages  # noqa: F401  (registers the rules' catalogue)
from app.domain.errors import register_catalogue, register_value_labels

MESSAGES: dict[str, dict[str, str]] = {
    "db.newer_schema": {
        "zh": "该数据库由更新版本的 InspectDesk 写入（架构版本 {revision}，本程序最高支持 {head}），"
        "未做任何改动。请升级程序后再打开。",
        "en": "This database was written by a newer InspectDesk (schema {revision}; this program "
        "knows up to {head}). It was left untouched; upgrade the program to open it.",
    },
    "db.not_sqlite": {
        "zh": "“{command}”只适用于 SQLite 数据库文件；当前数据库为 {url}",
        "en": "“{command}” works on a SQLite database file only; the database in use is {url}",
    },
    "backup.on_server": {
        "zh": "PostgreSQL 服务器上的数据库（{url}）请用服务器自带的工具备份，附件也保存在数据库中，"
        "例如：pg_dump --format=custom --file=inspectdesk.dump {database}；"
        "恢复：pg_restore --dbname={database} inspectdesk.dump",
        "en": "A database on a PostgreSQL server ({url}) is backed up with the server's own "
        "tools, attachments included (they are kept in the database), e.g. "
        "pg_dump --format=custom --file=inspectdesk.dump {database}; restore with "
        "pg_restore --dbname={database} inspectdesk.dump",
    },
    "record.changed": {
        "zh": "该记录已于 {at} 被 {by} 修改，请重新载入后再保存",
        "en": "This record was changed by {by} at {at}; reload it before saving",
    },
    "db.unreachable": {
        "zh": "无法打开数据库 {url}：{reason}",
        "en": "Cannot open the database {url}: {reason}",
    },
    "check.foreign_object": {
        "zh": "数据库中含有本程序从不创建的{kind}“{name}”（可能被人植入），请删除或向管理员报告",
        "en": "The database holds a {kind} “{name}” that InspectDesk never creates "
        "(it may have been planted): remove it or report it",
    },
    "text.too_long": {
        "zh": "“{field}”过长：{length} 个字符，最多 {max} 个",
        "en": "{field} is too long: {length} characters, at most {max}",
    },
    "text.control_chars": {
        "zh": "“{field}”含有不可见的控制字符（位置 {position}）",
        "en": "{field} contains an invisible control character (at position {position})",
    },
    "text.bidi_control": {
        "zh": "“{field}”含有改变文字显示方向的控制字符（位置 {position}），显示的内容会与实际内容不同",
        "en": "{field} contains a character that changes the direction text is shown in "
        "(at position {position}), so it would read otherwise than it is stored",
    },
    "text.invalid_char": {
        "zh": "“{field}”含有无效字符（位置 {position}），可能是文件或终端的编码有误",
        "en": "{field} contains an invalid character (at position {position}); "
        "the file or terminal may use another encoding",
    },
    "field.invalid_choice": {
        "zh": "“{field}”的值“{value}”无效，可选：{allowed}",
        "en": "{field}: “{value}” is not valid; choose one of {allowed}",
    },
    "field.invalid_number": {
        "zh": "“{field}”的值“{value}”不是有效的整数",
        "en": "{field}: “{value}” is not a whole number",
    },
    "field.invalid_email": {
        "zh": "“{field}”的值“{value}”不是有效的电子邮箱地址",
        "en": "{field}: “{value}” is not a valid e-mail address",
    },
    "province.unknown": {
        "zh": "未知省份“{value}”：请填写 GB/T 2260 代码（如 330000）或中文、英文名称",
        "en": "Unknown province “{value}”: give a GB/T 2260 code (e.g. 330000) "
        "or the Chinese or English name",
    },
    "company.duplicate": {
        "zh": "统一社会信用代码 {credit_code} 已登记（{name}）",
        "en": "Credit code {credit_code} is already registered ({name})",
    },
    "company.duplicate_elsewhere": {
        "zh": "统一社会信用代码 {credit_code} 已由您无权查看的省份登记",
        "en": "Credit code {credit_code} is already registered in a province you do not see",
    },
    "company.duplicate_in_file": {
        "zh": "统一社会信用代码 {credit_code} 在文件中重复出现（另见第 {other_row} 行）",
        "en": "Credit code {credit_code} appears twice in the file (see also row {other_row})",
    },
    "company.not_found": {
        "zh": "找不到企业“{value}”（或无权查看）",
        "en": "No company “{value}” (or not permitted)",
    },
    "import.unreadable": {
        "zh": "无法读取文件 {file}：{reason}",
        "en": "Cannot read the file {file}: {reason}",
    },
    "import.encoding": {
        "zh": "文件 {file} 的编码无法识别（支持 UTF-8、带 BOM 的 UTF-8 和 GB18030）",
        "en": "The file {file} is in an encoding that was not recognised "
        "(UTF-8, UTF-8 with BOM and GB18030 are supported)",
    },
    "import.format": {
        "zh": "不支持的文件类型“{suffix}”：请使用 .csv 或 .xlsx",
        "en": "Unsupported file type “{suffix}”: use .csv or .xlsx",
    },
    "import.empty": {
        "zh": "文件 {file} 中没有数据行",
        "en": "The file {file} has no data rows",
    },
    "import.missing_columns": {
        "zh": "文件 {file} 缺少必需的列：{columns}",
        "en": "The file {file} lacks the required columns: {columns}",
    },
    "import.unknown_column": {
        "zh": "文件 {file} 第 1 行有未知的列“{column}”",
        "en": "The file {file} has an unknown column “{column}” in row 1",
    },
    "import.rejected": {
        "zh": "文件 {file} 有 {count} 处错误，未导入任何记录",
        "en": "The file {file} has {count} problems; nothing was imported",
    },
    "import.row_problem": {
        "zh": "第 {row} 行，“{column}”列：{message}",
        "en": "Row {row}, column {column}: {message}",
    },
    "case.not_found": {
        "zh": "找不到案件“{case_number}”（或无权查看）",
        "en": "No case “{case_number}” (or not permitted)",
    },
    "case.number_invalid": {
        "zh": "案件编号“{value}”格式不正确，应如 ZJ-2021-0007",
        "en": "“{value}” is not a case number; case numbers look like ZJ-2021-0007",
    },
    "case.outcome_required": {
        "zh": "结案时必须填写处理结果",
        "en": "An outcome is required to close a case",
    },
    "finding.not_found": {
        "zh": "找不到整改问题“{value}”（或无权查看）",
        "en": "No finding “{value}” (or not permitted)",
    },
    "report.not_found": {
        "zh": "找不到评估报告“{value}”（或无权查看）",
        "en": "No assessment report “{value}” (or not permitted)",
    },
    "service.not_found": {
        "zh": "本案件企业没有服务“{value}”（或无权查看）",
        "en": "The company of this case has no service “{value}” (or not permitted)",
    },
    "report.not_received": {
        "zh": "报告尚未收到，不能审查",
        "en": "The report has not been received yet and cannot be reviewed",
    },
    "inspection.not_found": {
        "zh": "找不到现场检查“{value}”（或无权查看）",
        "en": "No on-site inspection “{value}” (or not permitted)",
    },
    "item.unknown": {
        "zh": "未知的评估项“{value}”，可选：{allowed}",
        "en": "Unknown assessment item “{value}”; choose one of {allowed}",
    },
    "trigger.unknown": {
        "zh": "未知的报告触发情形“{value}”，可选：{allowed}",
        "en": "Unknown report trigger “{value}”; choose one of {allowed}",
    },
    "agency.not_found": {
        "zh": "找不到机构“{value}”",
        "en": "No agency “{value}”",
    },
    # Refusals of app.services.permissions (the role and the action read as labels there)
    "role.forbidden": {
        "zh": "当前用户（{role}）无权执行此操作：{action}",
        "en": "The current user ({role}) may not do this: {action}",
    },
    "role.missing": {
        "zh": "当前用户没有角色，不能执行任何操作：{action}",
        "en": "The current user has no role and may do nothing: {action}",
    },
    "scope.forbidden": {
        "zh": "省份 {province} 不在当前用户的省份范围内，无权执行此操作：{action}",
        "en": "Province {province} is outside the current user's provinces; not permitted: {action}",
    },
    "scope.every_province": {
        "zh": "只有可查看全部省份的用户才能执行此操作：{action}",
        "en": "Only a user who sees every province may do this: {action}",
    },
    "auth.failed": {
        "zh": "登录失败：用户名或密码不正确，或账户已停用或暂时锁定",
        "en": "Login failed: wrong login or password, or the account is disabled or locked for now",
    },
    "auth.login_required": {
        "zh": "此数据库已设有用户账户：请用 --user 指定登录名，密码由 INSPECTDESK_PASSWORD 提供或在提示时输入",
        "en": "This database has user accounts: give your login with --user and the password "
        "in INSPECTDESK_PASSWORD or at the prompt",
    },
    "auth.password_required": {
        "zh": "需要密码：请设置环境变量 {variable} 或在终端中运行以便输入",
        "en": "A password is needed: set {variable} or run in a terminal to be asked for it",
    },
    "auth.password_mismatch": {
        "zh": "两次输入的密码不一致",
        "en": "The two passwords differ",
    },
    "user.password_too_short": {
        "zh": "密码过短：至少需要 {min} 个字符",
        "en": "The password is too short: at least {min} characters",
    },
    "user.duplicate": {
        "zh": "登录名“{login}”已存在",
        "en": "The login “{login}” already exists",
    },
    "user.not_found": {
        "zh": "找不到用户“{login}”",
        "en": "No user “{login}”",
    },
    "user.login_invalid": {
        "zh": "登录名“{value}”无效：只能使用字母、数字、点、下划线和连字符（1–64 个字符）",
        "en": "“{value}” is not a valid login: letters, digits, dot, underscore and hyphen "
        "(1–64 characters)",
    },
    "user.scope_required": {
        "zh": "请至少指定一个省份，或选择全部省份",
        "en": "Give at least one province, or all provinces",
    },
    "user.last_admin": {
        "zh": "不能停用或降级最后一个可用的管理员账户",
        "en": "The last active administrator cannot be disabled or given another role",
    },
    "attachment.too_large": {
        "zh": "文件 {name} 大小为 {size_mb} MB，超过上限 {limit_mb} MB",
        "en": "The file {name} is {size_mb} MB, more than the limit of {limit_mb} MB",
    },
    "attachment.unreadable": {
        "zh": "无法读取文件 {path}：{reason}",
        "en": "Cannot read the file {path}: {reason}",
    },
    "demo.not_empty": {
        "zh": "数据库中已有 {count} 家企业或案件记录；演示数据只能载入空数据库，以免与真实记录混在一起",
        "en": "The database already holds {count} companies or cases; demo data is loaded only "
        "into an empty database so that it never mixes with real records",
    },
    "demo.today_too_early": {
        "zh": "演示数据的载入日期 {value} 过早：2021 年的案件需要在 {earliest} 或之后载入",
        "en": "The demo cannot be loaded as of {value}: its 2021 cases need a day on or after {earliest}",
    },
    "review.not_found": {
        "zh": "本案件中找不到书面审查“{value}”",
        "en": "No written review “{value}” in this case",
    },
    "finding.deadline_before_raised": {
        "zh": "整改期限 {deadline} 早于问题提出日期 {raised_on}",
        "en": "The deadline {deadline} is before the day the finding was raised ({raised_on})",
    },
    "setting.out_of_range": {
        "zh": "设置项 {key} 的值 {value} 超出范围（{minimum}–{maximum}）",
        "en": "Setting {key}: {value} is out of range ({minimum}–{maximum})",
    },
    "backup.target_exists": {
        "zh": "备份文件 {path} 已存在，不会覆盖",
        "en": "The backup file {path} already exists and will not be overwritten",
    },
    "backup.invalid": {
        "zh": "{path} 不是有效的 InspectDesk 备份：{reason}",
        "en": "{path} is not a valid InspectDesk backup: {reason}",
    },
    "restore.target_exists": {
        "zh": "目标数据库 {path} 已存在；请指定一个新文件",
        "en": "The target database {path} already exists; name a new file",
    },
    # Findings of `audit verify` and `check` (problems, exit status 1)
    "audit.broken": {
        "zh": "审计链在第 {seq} 号事件处断开（{reason}），事件 ID：{event_id}",
        "en": "The audit chain breaks at event #{seq} ({reason}), event id {event_id}",
    },
    "check.integrity": {
        "zh": "数据库完整性检查失败：{detail}",
        "en": "Database integrity check failed: {detail}",
    },
    "check.foreign_key": {
        "zh": "表 {table} 的第 {rowid} 行引用了不存在的 {parent} 记录",
        "en": "Row {rowid} of table {table} refers to a missing {parent} record",
    },
    "check.attachment_missing": {
        "zh": "附件文件缺失：{name}（SHA-256 {sha256}，案件 {case_number}）",
        "en": "Attachment file missing: {name} (SHA-256 {sha256}, case {case_number})",
    },
    "check.attachment_changed": {
        "zh": "附件内容已被改动：{name}（应为 SHA-256 {sha256}，实际为 {actual}，案件 {case_number}）",
        "en": "Attachment changed: {name} (expected SHA-256 {sha256}, found {actual}, "
        "case {case_number})",
    },
    # --- reading a spreadsheet: the bounds of app.services.table_files ---
    "import.not_a_file": {
        "zh": "{file} 不是普通文件（而是文件夹、设备或管道），无法导入",
        "en": "{file} is not a regular file (it is a folder, a device or a pipe); "
        "it cannot be imported",
    },
    "import.too_large": {
        "zh": "文件 {file} 有 {size} 字节，超过可导入的上限 {limit} 字节",
        "en": "The file {file} has {size} bytes, more than the {limit} bytes that can be imported",
    },
    "import.too_many_rows": {
        "zh": "文件 {file} 超过可导入的行数：标题行以下最多 {limit} 行，而表格延续到第 {row} 行"
        "（空行也计算在内，请删除多余的行）",
        "en": "The file {file} has too many rows: at most {limit} below the header, and it goes "
        "on to row {row} (empty rows count too: delete the rows not needed)",
    },
    "import.too_many_columns": {
        "zh": "文件 {file} 第 {row} 行的 {column} 列有内容；最多读取前 {limit} 列",
        "en": "The file {file} has a value in row {row}, column {column}; "
        "only the first {limit} columns are read",
    },
    "import.cell_too_long": {
        "zh": "文件 {file} 第 {row} 行 {column} 列有 {length} 个字符，单元格最多 {limit} 个字符",
        "en": "The file {file} has {length} characters in row {row}, column {column}; "
        "a cell holds at most {limit}",
    },
    "import.field_too_long": {
        "zh": "文件 {file} 第 {line} 行有一个字段超过 {limit} 个字符",
        "en": "The file {file} has a field longer than {limit} characters on line {line}",
    },
    "import.xlsx_too_large": {
        "zh": "工作簿 {file} 解压后超过 {limit} 字节（{member}），不予读取",
        "en": "The workbook {file} unpacks to more than {limit} bytes ({member}); it was not read",
    },
    "import.xlsx_directory": {
        "zh": "工作簿 {file} 的目录超过 {limit} 字节（部件过多），不予读取",
        "en": "The workbook {file} has a directory of more than {limit} bytes (too many "
        "parts); it was not read",
    },
    "import.xlsx_ratio": {
        "zh": "工作簿 {file} 中的 {member} 解压后为 {size} 字节，压缩比 {ratio}:1 超过上限 {limit}:1，"
        "不像正常的表格，不予读取",
        "en": "In the workbook {file}, {member} unpacks to {size} bytes, a compression ratio of "
        "{ratio}:1 beyond the {limit}:1 of any real spreadsheet; it was not read",
    },
    # --- the database named by --db or INSPECTDESK_DB ---
    "db.bad_path": {
        "zh": "数据库文件路径“{path}”在第 {position} 个字符处含有控制字符或无效字符，请检查",
        "en": "The database path “{path}” holds a control or invalid character at position "
        "{position}; check it",
    },
    "db.bad_url": {
        "zh": "“{url}”不是有效的数据库地址：请给出数据库文件的路径，"
        "或形如 postgresql+psycopg://用户@主机:5432/数据库 的地址（{reason}）",
        "en": "“{url}” is not a valid database URL: give the path of a database file, or a URL "
        "such as postgresql+psycopg://user@host:5432/database ({reason})",
    },
    "db.unsupported_url": {
        "zh": "无法打开数据库 {url}：不支持“{scheme}”，请使用数据库文件（SQLite）"
        "或 postgresql+psycopg:// 地址",
        "en": "Cannot open the database {url}: “{scheme}” is not supported; use a database "
        "file (SQLite) or a postgresql+psycopg:// URL",
    },
}

AUDIT_REASONS = {
    "hash": {"zh": "事件内容与其哈希不符", "en": "its content does not match its hash"},
    "link": {"zh": "与前一事件的哈希链接不符", "en": "it does not link to the previous event"},
    "gap": {"zh": "事件编号不连续，有事件被删除", "en": "events are missing before it"},
    "head": {
        "zh": "链尾与记录的最新事件不符，末尾事件被删除或改动",
        "en": "the chain's end does not match the newest event recorded",
    },
}

register_catalogue(MESSAGES)
# The schema objects app.db.schema_objects names, as an official reads them.
SCHEMA_OBJECT_KINDS = {
    "trigger": {"zh": "触发器", "en": "trigger"},
    "view": {"zh": "视图", "en": "view"},
}
register_value_labels("check.foreign_object", ("kind",), SCHEMA_OBJECT_KINDS)
