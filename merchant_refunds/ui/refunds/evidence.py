"""Evidence in the GUI: choosing files to attach (the refund and reject dialogs), the refund's
files as thumbnails under its detail, a file shown full size, and the reject dialog with the
shop's rejection reasons.

The attachments service judges every file (type by content, size, damage); these widgets check a
file as soon as it is chosen, so a bad one is named at once and never reaches the request.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.lifecycle import RefundStatus, Role
from merchant_refunds.services import attachments, refund_decisions, rejection_templates
from merchant_refunds.services.attachments import AttachmentInfo, Stage
from merchant_refunds.services.refund_views import RefundDetail
from merchant_refunds.ui.common.computer_settings import computer_settings
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.field_errors import FieldWithError, error_label
from merchant_refunds.ui.common.guards import DiscardGuard, form_state
from merchant_refunds.ui.common.live_check import LiveCheck, first_problem
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session

SETTINGS_FOLDER = "evidence/last_folder"
THUMB = 96
FILE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.pdf"


def stage_label(stage: Stage | str) -> str:
    """A stage in the user's words."""
    labels = {
        Stage.REQUEST.value: QCoreApplication.translate("Evidence", "customer's request"),
        Stage.INSPECTION.value: QCoreApplication.translate("Evidence", "inspection of the goods"),
        Stage.REJECTION.value: QCoreApplication.translate("Evidence", "rejection"),
    }
    return labels.get(str(stage), str(stage))


def _size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def _ask_files(parent: QWidget, title: str) -> list[Path]:
    folder = str(computer_settings().value(SETTINGS_FOLDER, "") or "")
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent,
        title,
        folder if folder and os.path.isdir(folder) else os.path.expanduser("~"),
        QCoreApplication.translate("Evidence", "Photos and PDF files (%1);;All files (*)").replace(
            "%1", FILE_PATTERNS
        ),
    )
    if chosen:
        computer_settings().setValue(SETTINGS_FOLDER, str(Path(chosen[0]).parent))
    return [Path(p) for p in chosen]


class FileChooser(QWidget):
    """Files picked to attach with a request or a rejection; each is checked when added."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._files: list[tuple[str, bytes]] = []
        self.list = QListWidget()
        self.list.setObjectName("evidenceFiles")
        self.list.setFixedHeight(64)
        self.add_button = QPushButton(self.tr("Add photos or files…"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error_label = error_label("evidenceError")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self._update()

    def files(self) -> list[tuple[str, bytes]]:
        return list(self._files)

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def choose(self) -> None:
        self.add_paths(_ask_files(self, self.tr("Attach photos or files")))

    def add_paths(self, paths: Sequence[Path]) -> bool:
        """Add the files that pass the checks; the first refusal is shown, naming the file."""
        self.error_label.hide()
        ok = True
        for path in paths:
            try:
                ((name, data),) = attachments.read_files([path])
                checked = attachments.check_file(name, data)
            except RefundsError as error:
                self.error_label.setText(error_text(error))
                self.error_label.show()
                ok = False
                continue
            self._files.append((checked.file_name, checked.data))
            self.list.addItem(f"{checked.file_name} · {_size_text(len(checked.data))}")
        self._update()
        self.changed.emit()
        return ok

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self._files[row]
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self._files))


#: A refund's file and its small picture (None: not an image Qt can draw, or damaged).
Thumbnail = tuple[AttachmentInfo, QImage | None]


def thumbnail(data: bytes, side: int = THUMB) -> QImage | None:
    """A small picture of an image file's content; None where Qt cannot read it. Decoded at the
    small size where the format allows (JPEG), not at a phone photo's 48 megapixels."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


def load_thumbnails(refund_no: str) -> list[Thumbnail]:
    """The refund's files with their pictures, made off the GUI thread (``QImage`` may be).
    A damaged file gets no picture; opening it says why."""
    found: list[Thumbnail] = []
    for info in attachments.list_attachments(refund_no):
        picture = None
        if info.is_image:
            try:
                picture = thumbnail(attachments.attachment_bytes(info.id))
            except RefundsError:
                picture = None
        found.append((info, picture))
    return found


class EvidenceStrip(QWidget):
    """The refund's files under its detail: thumbnails of photos, an icon for PDF and HEIC;
    double-click opens one full size; "Add…" attaches more at the stage chosen."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.refund: RefundDetail | None = None
        self.found: list[AttachmentInfo] = []
        self.pictured: list[bool] = []
        self.viewer: AttachmentViewer | None = None
        self.title = QLabel(self.tr("Evidence"))
        self.list = QListWidget()
        self.list.setObjectName("evidenceThumbnails")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB + 56)
        self.list.itemActivated.connect(lambda item: self.open_file(self.list.row(item)))
        self.stage = QComboBox()
        self.stage.setObjectName("evidenceStage")
        self.add_button = QPushButton(self.tr("Attach…"))
        self.add_button.setObjectName("attachEvidence")
        self.add_button.clicked.connect(self.choose)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_file(self.list.currentRow()))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.stage)
        top.addWidget(self.add_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.hide()

    def show_files(self, refund: RefundDetail | None, found: list[Thumbnail]) -> None:
        self.refund, self.found = refund, [info for info, _ in found]
        #: Per file, whether it shows its picture (else the plain file icon).
        self.pictured = [picture is not None for _, picture in found]
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for info, picture in found:
            item = QListWidgetItem(
                QIcon(QPixmap.fromImage(picture)) if picture is not None else icon,
                f"{info.file_name}\n{stage_label(info.stage)}",
            )
            item.setToolTip(
                self.tr("%1 · %2 · by %3 · SHA-256 %4")
                .replace("%1", info.file_name)
                .replace("%2", _size_text(info.size))
                .replace("%3", info.created_by)
                .replace("%4", info.sha256[:16])
            )
            self.list.addItem(item)
        self.title.setText(self.tr("Evidence (%1)").replace("%1", str(len(self.found))))
        self._update_stages()
        self.setVisible(refund is not None)

    def stages(self) -> list[Stage]:
        """The stages the signed-in user may attach to on this refund."""
        refund = self.refund
        role = self.session.actor.role
        if refund is None or refund.status is RefundStatus.CANCELLED or role is Role.ACCOUNTANT:
            return []
        if refund.status is RefundStatus.REJECTED:
            return [Stage.REJECTION] if role is Role.OWNER else []
        return [Stage.REQUEST, Stage.INSPECTION]

    def _update_stages(self) -> None:
        self.stage.clear()
        for stage in self.stages():
            self.stage.addItem(stage_label(stage), stage.value)
        can = self.stage.count() > 0
        self.stage.setVisible(can)
        self.add_button.setVisible(can)
        self.open_button.setEnabled(bool(self.found))

    def choose(self) -> None:
        self.attach_paths(_ask_files(self, self.tr("Attach photos or files")))

    def attach_paths(self, paths: Sequence[Path]) -> bool:
        """Attach files at the chosen stage; a refusal is explained and nothing is stored."""
        if not paths or self.refund is None or self.stage.currentData() is None:
            return False
        try:
            files = attachments.read_files(list(paths))
            attachments.add_many(
                self.session.actor, self.refund.refund_no, self.stage.currentData(), files
            )
        except RefundsError as error:
            show_error(self, error)
            return False
        self.session.notify_changed()
        return True

    def open_file(self, row: int) -> AttachmentViewer | None:
        if not 0 <= row < len(self.found):
            return None
        info = self.found[row]
        try:
            data = attachments.attachment_bytes(info.id)
        except RefundsError as error:
            show_error(self, error)
            return None
        self.viewer = AttachmentViewer(info, data, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.open()
        return self.viewer


class AttachmentViewer(QDialog):
    """One file: a photo full size (scrolling), anything else described, with "Save as…"."""

    def __init__(self, info: AttachmentInfo, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info, self.data = info, data
        self.setWindowTitle(info.file_name)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = QImage.fromData(data) if info.is_image else QImage()
        if not image.isNull():
            self.picture.setPixmap(QPixmap.fromImage(image))
        else:
            self.picture.setText(
                self.tr(
                    "%1 cannot be shown here; save it and open it with another program."
                ).replace("%1", info.file_name)
            )
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(image.isNull())
        about = QLabel(
            self.tr("%1 · %2 · attached by %3 · SHA-256 %4")
            .replace("%1", stage_label(info.stage))
            .replace("%2", _size_text(info.size))
            .replace("%3", info.created_by)
            .replace("%4", info.sha256)
        )
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(about)
        layout.addWidget(buttons)
        self.resize(820, 620)

    def has_picture(self) -> bool:
        pixmap = self.picture.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def save_as(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the file"), self.info.file_name
        )
        if not chosen:
            return
        self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        """Write the file there (never over the shop's database or its backups)."""
        from merchant_refunds.services.output_paths import check_output_path

        try:
            check_output_path(path).write_bytes(self.data)
        except RefundsError as error:
            show_error(self, error)
            return False
        except OSError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Save the file"),
                self.tr("Could not save %1").replace("%1", str(path)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setInformativeText(error.strerror or str(error))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        return True


class RejectDialog(DiscardGuard, QDialog):
    """The owner's rejection: one of the shop's reasons and/or his own words, the language the
    customer reads, and the evidence behind it; OK rejects, a refusal stays in the dialog."""

    def __init__(self, session: Session, refund_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.refund_no = refund_no
        self.result_value: RefundDetail | None = None
        self.setWindowTitle(self.tr("Reject refund %1").replace("%1", refund_no))
        prompt = QLabel(self.tr("Why is the refund rejected? The customer will see this reason."))
        prompt.setWordWrap(True)
        self.template = QComboBox()
        self.template.setObjectName("rejectTemplate")
        self.template.addItem(self.tr("(no template: write the reason)"), "")
        self.lang = QComboBox()
        self.lang.setObjectName("rejectLang")
        self.lang.addItem(self.tr("Chinese"), "zh")
        self.lang.addItem(self.tr("English"), "en")
        if not session.locale.startswith("zh"):
            self.lang.setCurrentIndex(1)
        self._templates = rejection_templates.get_templates()
        for t in self._templates:
            self.template.addItem(f"{t.key} · {t.text(self._lang())}", t.key)
        self.preview = QLabel()
        self.preview.setObjectName("rejectPreview")
        self.preview.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("rejectRemark")
        self.text_edit.setFixedHeight(70)
        self.text_field = FieldWithError(self.text_edit)
        self.evidence = FileChooser()
        self.error_label = error_label("rejectError")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.template)
        form.addRow(self.tr("Customer reads"), self.lang)
        form.addRow("", self.preview)
        form.addRow(self.tr("In your words"), self.text_field)
        form.addRow(self.tr("Evidence"), self.evidence)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reject"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.template.currentIndexChanged.connect(self._update)
        self.lang.currentIndexChanged.connect(self._relabel)
        self.live = LiveCheck(self, self.problems, self.ok_button)
        self.live.field("text", self.text_field, self.text_edit, self.template)
        self.text_edit.textChanged.connect(self._update)
        self.resize(620, 420)
        self._update()
        self.remember_input()

    def _lang(self) -> str:
        return str(self.lang.currentData() or "zh")

    def _relabel(self) -> None:
        for index, t in enumerate(self._templates, start=1):
            self.template.setItemText(index, f"{t.key} · {t.text(self._lang())}")
        self._update()

    def reason_text(self) -> str:
        """The reason as the customer will read it."""
        key = str(self.template.currentData() or "")
        return rejection_templates.compose(key, self.text_edit.toPlainText(), self._lang())

    def _update(self) -> None:
        text = self.reason_text()
        self.preview.setText(text)
        self.preview.setVisible(bool(self.template.currentData()))
        self.live.run()

    def input_state(self) -> tuple[object, ...]:
        """The reason, its language and the files picked, to tell whether anything was given."""
        return (*form_state(self), tuple(name for name, _data in self.evidence.files()))

    def problems(self) -> dict[str, RefundsError]:
        """What ``reject`` would refuse in the reason as written (empty, too long…)."""
        error = first_problem(
            lambda: refund_decisions.rejection_text(
                self.text_edit.toPlainText(), str(self.template.currentData() or ""), self._lang()
            )
        )
        return {"text": error} if error is not None else {}

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def submit(self) -> None:
        if not self.live.reveal():
            return
        try:
            self.result_value = refund_decisions.reject(
                self.session.actor,
                self.refund_no,
                self.text_edit.toPlainText(),
                template=str(self.template.currentData() or ""),
                lang=self._lang(),
                files=self.evidence.files(),
            )
        except RefundsError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.accept()
