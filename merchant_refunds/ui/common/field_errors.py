"""A form field with its own error line underneath, so a message sits next to what caused it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c62828;"


def error_label(object_name: str = "") -> QLabel:
    """A hidden, wrapping line in the error colour: every dialog's refusals look alike."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldWithError(QWidget):
    """Wraps ``field``; ``set_error`` shows a message under it, an empty text hides it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = error_label("fieldError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        self.setFocusProxy(field)

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""
