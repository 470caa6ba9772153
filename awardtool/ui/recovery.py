"""The window's way back from a damaged project: say what happened, what the newest good
backup holds and what it lacks, and restore it when the clerk agrees (store.backups does
the work; the damaged file is renamed and kept, never deleted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from awardtool.store.backups import when_text


def describe_offer(offer) -> str:
    """What the backup holds and what restoring it would cost, in plain words."""
    b = offer.backup
    lines = [QCoreApplication.translate(
        "recovery", "最近一份完好的自动备份：{0}，其中有 {1} 条记录、{2} 处修改记录。",
    ).format(when_text(b.taken_at), b.records, b.journal_entries)]
    missing = offer.missing_entries
    if missing == 0:
        lines.append(QCoreApplication.translate("recovery", "这份备份包含损坏文件中的全部修改。"))
    elif missing is not None:
        lines.append(QCoreApplication.translate(
            "recovery", "与损坏的文件相比，这份备份缺少最近的 {0} 处修改，恢复后需要重做。",
        ).format(missing))
    elif offer.project_modified_at is not None:
        lines.append(QCoreApplication.translate(
            "recovery", "无法从损坏的文件得知备份之后又做了多少修改（项目最后保存于 {0}），恢复后需要重做这段时间的修改。",
        ).format(when_text(offer.project_modified_at)))
    return "\n".join(lines)


def offer_restore(parent: QWidget | None, error) -> bool:
    """Ask whether to restore the damaged project of ``error`` (a ProjectError carrying
    ``data["offer"]``) from its newest good backup; True once it has been restored."""
    from awardtool.store import ProjectError, restore_backup

    offer = error.data["offer"]
    title = QCoreApplication.translate("recovery", "项目文件已损坏")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, parent=parent)
    ask = QCoreApplication.translate("recovery", "要用这份备份恢复吗？损坏的文件会改名保留，不会删除。")
    box.setInformativeText(describe_offer(offer) + "\n\n" + ask)
    if error.data.get("detail"):
        box.setDetailedText(str(error.data["detail"]))  # SQLite's words, for support
    restore = box.addButton(QCoreApplication.translate("recovery", "用备份恢复"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        done = restore_backup(offer.project, offer.backup.path)
    except ProjectError as e:
        QMessageBox.critical(parent, QCoreApplication.translate("recovery", "无法恢复"), e.message)
        return False
    text = QCoreApplication.translate("recovery", "已用 {0} 的备份恢复项目“{1}”。").format(
        when_text(done.backup.taken_at), offer.project.name)
    if done.set_aside is not None:
        text += QCoreApplication.translate("recovery", "损坏的文件已改名为“{0}”保留。").format(done.set_aside.name)
    QMessageBox.information(parent, QCoreApplication.translate("recovery", "已恢复"), text)
    return True
