"""Recording the customer's signature: attach the signed paper, or let them sign on screen.

The clerk either attaches a scan or photo of the signed confirmation (PNG, JPEG or PDF) or hands
the customer the signature pad; the drawn signature is put onto the confirmation and both are
stored. The signature service checks the file (type by its first bytes, size, damage) and keeps
its SHA-256; this dialog only shows what the service says, in the user's language.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.services import signatures
from merchant_refunds.ui.common.computer_settings import computer_settings
from merchant_refunds.ui.common.field_errors import error_label
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.refunds.signature_pad import SignaturePad

SETTINGS_FOLDER = "signatures/last_folder"


class SignatureDialog(QDialog):
    """``signed`` fires with the refund number once a signature is on file; then it closes."""

    signed = Signal(str)

    def __init__(
        self,
        session: Session,
        refund_no: str,
        layout: str = "a4",
        lang: str = "zh",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.session = session
        self.refund_no = refund_no
        self.paper_layout = layout
        self.paper_lang = lang
        self.setWindowTitle(self.tr("Record signature for %1").replace("%1", refund_no))

        limit = signatures.MAX_SIGNATURE_BYTES // 1024 // 1024
        file_hint = QLabel(
            self.tr(
                "Scan or photograph the confirmation the customer signed and attach the file "
                "(PNG, JPEG or PDF, at most %1 MB)."
            ).replace("%1", str(limit))
        )
        file_hint.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("chooseSignatureFile")
        self.choose_button.clicked.connect(self.choose_file)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.addWidget(file_hint)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        file_layout.addLayout(choose_row)
        file_layout.addStretch(1)

        pad_hint = QLabel(
            self.tr(
                "Customer: please sign in the box with the mouse, a pen or your finger. "
                "The signature is printed onto the refund confirmation."
            )
        )
        pad_hint.setWordWrap(True)
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.clicked.connect(self.pad.clear)
        self.save_button = QPushButton(self.tr("Save signature"))
        self.save_button.setObjectName("saveSignature")
        self.save_button.clicked.connect(self.save_drawn)
        self.pad.changed.connect(self._update)
        pad_buttons = QHBoxLayout()
        pad_buttons.addWidget(self.clear_button)
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.save_button)
        pad_page = QWidget()
        pad_layout = QVBoxLayout(pad_page)
        pad_layout.addWidget(pad_hint)
        pad_layout.addWidget(self.pad, 1)
        pad_layout.addLayout(pad_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(file_page, self.tr("Attach the signed paper"))
        self.tabs.addTab(pad_page, self.tr("Sign on screen"))
        self.error_label = error_label("signatureError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout_ = QVBoxLayout(self)
        layout_.addWidget(self.tabs, 1)
        layout_.addWidget(self.error_label)
        layout_.addWidget(buttons)
        self.resize(560, 420)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(not self.pad.is_empty())
        self.clear_button.setEnabled(not self.pad.is_empty())

    def error(self) -> str:
        """The message shown (empty when none): the service's reason, translated."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # attaching a file

    def choose_file(self) -> bool:
        folder = str(computer_settings().value(SETTINGS_FOLDER, "") or "")
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed confirmation"),
            folder if folder and os.path.isdir(folder) else os.path.expanduser("~"),
            self.tr("Scans and photos (*.png *.jpg *.jpeg *.pdf);;All files (*)"),
        )
        if not chosen:
            return False
        computer_settings().setValue(SETTINGS_FOLDER, str(Path(chosen).parent))
        return self.attach_file(Path(chosen))

    def attach_file(self, path: Path) -> bool:
        """Store ``path`` as the proof; on refusal the service's message stays in the dialog."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self._show_error(
                self.tr("Could not read %1: %2")
                .replace("%1", path.name)
                .replace("%2", error.strerror or str(error))
            )
            return False
        try:
            signatures.attach_signature_file(self.session.actor, self.refund_no, path.name, data)
        except RefundsError as error:
            self._show_error(error_text(error))
            return False
        self._done()
        return True

    # signing on screen

    def save_drawn(self) -> bool:
        """Put the drawn signature onto the confirmation and store both."""
        if self.pad.is_empty():
            self._show_error(self.tr("The customer has not signed in the box yet."))
            return False
        # Imported here: it brings ReportLab, ~0.15 s the main window's start would wait for.
        from merchant_refunds.documents.signing import sign_on_screen

        try:
            sign_on_screen(
                self.session.actor,
                self.refund_no,
                self.pad.to_png(),
                layout=self.paper_layout,
                lang=self.paper_lang,
            )
        except RefundsError as error:
            self._show_error(error_text(error))
            return False
        self._done()
        return True

    def _done(self) -> None:
        self.error_label.hide()
        self.signed.emit(self.refund_no)
        self.accept()
