"""The review's findings as wrapped, coloured lines: blocks in red, warnings in amber.

Labels rather than a list view: a finding is a sentence that must be read whole, and list views
elide long items instead of wrapping them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from merchant_refunds.domain.policy import Finding
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.messages import finding_text

BLOCK_COLOR = "#c62828"
WARN_COLOR = "#b26a00"


class FindingsList(QScrollArea):
    """Shows findings; each label carries its ``code`` and ``severity`` as properties."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.labels: list[QLabel] = []

    def clear(self) -> None:
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels = []

    def add(self, finding: Finding) -> QLabel:
        text = fmt.labelled(fmt.severity_label(finding.severity), finding_text(finding))
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("code", finding.code)
        label.setProperty("severity", finding.severity.value)
        label.setStyleSheet(f"color: {BLOCK_COLOR if finding.blocks else WARN_COLOR};")
        self._layout.insertWidget(len(self.labels), label)
        self.labels.append(label)
        return label

    def count(self) -> int:
        return len(self.labels)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]
