"""Message templates (Chinese and English) of the dossier export: its errors and its warnings."""

from __future__ import annotations

from app.domain.errors import register_catalogue

MESSAGES: dict[str, dict[str, str]] = {
    "dossier.bad_lang": {
        "zh": "卷宗语言“{value}”无效，可选：zh、en",
        "en": "Dossier language “{value}” is not valid; choose zh or en",
    },
    "dossier.target_folder": {
        "zh": "无法写入 {path}：文件夹不存在",
        "en": "Cannot write {path}: the folder does not exist",
    },
    "dossier.write_failed": {
        "zh": "无法写入卷宗 {path}：{reason}（原有文件未改动）",
        "en": "Could not write the dossier {path}: {reason} (any existing file was left unchanged)",
    },
    "dossier.build_failed": {
        "zh": "无法生成卷宗：{reason}（原有文件未改动）",
        "en": "Could not build the dossier: {reason} (any existing file was left unchanged)",
    },
    "dossier.image_invalid": {
        "zh": "附件“{name}”不是可读取的图片，未放入卷宗（{reason}）",
        "en": "Attachment “{name}” is not a readable image and was left out ({reason})",
    },
    "dossier.file_missing": {
        "zh": "附件“{name}”的存储文件缺失，未放入卷宗",
        "en": "The stored file of attachment “{name}” is missing and was left out",
    },
    "dossier.hash_mismatch": {
        "zh": "附件“{name}”的存储文件与登记的 SHA-256 不符（登记 {expected}，实际 {actual}）",
        "en": "The stored file of attachment “{name}” does not match its SHA-256 "
        "(recorded {expected}, found {actual})",
    },
    "dossier.chars_replaced": {
        "zh": "{count} 个字符无法用卷宗字体显示，已替换为“{placeholder}”（{sample}）",
        "en": "{count} characters the dossier font cannot show were replaced by "
        "“{placeholder}” ({sample})",
    },
    "dossier.exported": {
        "zh": "卷宗已写入 {path}：共 {pages} 页",
        "en": "Dossier written to {path}: {pages} pages",
    },
    "dossier.bundled": {
        "zh": "卷宗及全部附件原件已打包为 {path}",
        "en": "The dossier and every original attachment were packed into {path}",
    },
    # the reports and workbooks
    "report.bad_format": {
        "zh": "无法导出为 {path}：文件类型须为 {allowed}",
        "en": "Cannot export to {path}: the file must end in {allowed}",
    },
    "report.province_out_of_scope": {
        "zh": "省份“{value}”不在您的管辖范围内",
        "en": "Province “{value}” is not among the provinces you may see",
    },
    "report.write_failed": {
        "zh": "无法写入 {path}：{reason}（原有文件未改动）",
        "en": "Could not write {path}: {reason} (any existing file was left unchanged)",
    },
    "report.build_failed": {
        "zh": "无法生成报告：{reason}（原有文件未改动）",
        "en": "Could not build the report: {reason} (any existing file was left unchanged)",
    },
    "report.exported_pdf": {
        "zh": "已写入 {path}：{rows} 行，共 {pages} 页",
        "en": "Written to {path}: {rows} rows, {pages} pages",
    },
    "report.exported_xlsx": {
        "zh": "已写入 {path}：{rows} 行",
        "en": "Written to {path}: {rows} rows",
    },
}

register_catalogue(MESSAGES)
