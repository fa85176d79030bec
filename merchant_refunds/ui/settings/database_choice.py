"""Which database this computer opens at start: a file path or a ``postgresql://`` URL, kept in
the computer's settings (the database cannot hold its own address). ``--db`` and
``MERCHANT_REFUNDS_DB`` still win; an empty value means the default file."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from merchant_refunds.ui.common.computer_settings import computer_settings

SETTINGS_KEY = "database/target"


def saved_target() -> str:
    value = computer_settings().value(SETTINGS_KEY, "")
    return str(value).strip() if value else ""


def save_target(text: str) -> None:
    store = computer_settings()
    store.setValue(SETTINGS_KEY, text.strip())
    store.sync()


class DatabaseBox(QGroupBox):
    """The settings' "Database on this computer" box; the choice applies at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = QLineEdit(saved_target())
        self.target.setObjectName("databaseTarget")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveDatabaseTarget")
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.target)
        form.addRow(self.note)
        form.addRow(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Database on this computer"))
        self.target.setPlaceholderText(
            self.tr("Default file, or a path, or postgresql://user@server/shop")
        )
        self.note.setText(
            self.tr("Used from the next start. Several counters share one PostgreSQL server.")
        )
        self.save_button.setText(self.tr("Use this database"))

    def save(self) -> None:
        save_target(self.target.text())
        self.note.setText(self.tr("Saved: restart Merchant Refunds to use it."))
