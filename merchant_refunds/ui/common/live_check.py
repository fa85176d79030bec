"""Checking a form as it is typed: each field's problem under it, the OK button off meanwhile.

A form gives a ``check`` function that returns, by field name, what the services would refuse
(their own messages, through :func:`messages.error_text`: the rules stay in the domain and the
services, never copied into a view). :class:`LiveCheck` runs it on every change of a watched
input. A field's message shows once that field was changed (an empty form does not open in red)
or after :meth:`LiveCheck.reveal`; the button is off whenever anything is wrong, and its tooltip
says the first problem, so a greyed-out OK never leaves the user guessing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.common.messages import error_text

#: Where a message goes that belongs to no one field.
GENERAL = ""


def on_input_changed(widgets: Iterable[QWidget], slot: Callable[..., object]) -> None:
    """Call ``slot`` whenever one of the input ``widgets`` changes what it shows."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(slot)
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            widget.valueChanged.connect(slot)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
            if widget.isEditable():
                widget.editTextChanged.connect(slot)
        elif isinstance(widget, QTableWidget | QListWidget):
            widget.itemChanged.connect(slot)
            widget.model().rowsInserted.connect(slot)
            widget.model().rowsRemoved.connect(slot)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.toggled.connect(slot)


def problem_text(problem: RefundsError | str) -> str:
    """A service's error in the user's language; a text already translated stays as it is."""
    return error_text(problem) if isinstance(problem, RefundsError) else problem


class LiveCheck(QObject):
    """Runs ``check`` on each change of the registered inputs and shows what it found."""

    def __init__(
        self,
        parent: QObject,
        check: Callable[[], Mapping[str, RefundsError | str]],
        button: QAbstractButton | None,
        *,
        general: QLabel | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.button = button
        self.general = general
        self._shown: dict[str, FieldWithError | QLabel] = {}
        self._touched: set[str] = set()
        self._revealed = False
        self.problems: dict[str, str] = {}
        # A live language switch: the messages shown are said again in the new language.
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.run)
        return False

    def field(self, name: str, shown_in: FieldWithError | QLabel, *inputs: QWidget) -> LiveCheck:
        """Show ``name``'s message in ``shown_in``; a change of ``inputs`` marks it touched."""
        self._shown[name] = shown_in
        for widget in inputs:
            on_input_changed([widget], lambda *_a, n=name: self._changed(n))
        return self

    def watch(self, *inputs: QWidget) -> LiveCheck:
        """Inputs that change what the check finds without a message of their own."""
        on_input_changed(inputs, lambda *_a: self._changed(None))
        return self

    def _changed(self, name: str | None) -> None:
        if name is not None:
            self._touched.add(name)
        self.run()

    def reveal(self) -> bool:
        """Show every message, touched or not (after the user pressed OK anyway)."""
        self._revealed = True
        return self.run()

    def run(self) -> bool:
        """Check now; True when nothing is wrong."""
        found = {name: problem_text(p) for name, p in self._check().items() if p}
        self.problems = found
        general: list[str] = []
        for name, text in found.items():
            if name not in self._shown:
                general.append(text)
        for name, shown_in in self._shown.items():
            visible = self._revealed or name in self._touched
            text = found.get(name, "") if visible else ""
            if isinstance(shown_in, FieldWithError):
                shown_in.set_error(text)
            else:
                shown_in.setText(text)
                shown_in.setVisible(bool(text))
        if self.general is not None:
            text = "\n".join(general) if (self._revealed or self._touched) else ""
            self.general.setText(text)
            self.general.setVisible(bool(text))
        if self.button is not None:
            self.button.setEnabled(not found)
            self.button.setToolTip(next(iter(found.values()), ""))
        return not found

    def message(self, name: str) -> str:
        """The problem found for field ``name`` at the last run (shown or not yet)."""
        return self.problems.get(name, "")


def first_problem(check: Callable[[], object]) -> RefundsError | None:
    """Run a service or domain validator; the error it raises, or None when it accepts."""
    try:
        check()
    except RefundsError as error:
        return error
    return None
