<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Texts of Qt's own widgets that Qt's Chinese translation (qtbase_zh_CN.qm, shipped
with PySide6) misses, so the Chinese window's file dialog showed "Look in:",
"Files of type:" and "Folder".  Qt 6 added a mnemonic to two labels of the file
dialog and moved the file-type names from the QFileDialog context to
QAbstractFileIconProvider; the shipped translation still has them under the old
texts.  Written by hand (pyside6-lupdate does not touch this file); built into a
.qm by scripts/i18n.py build and installed after qtbase_zh_CN by app/ui/i18n.py.
-->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;I)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
