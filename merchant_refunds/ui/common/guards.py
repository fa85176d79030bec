"""Questions asked before something cannot be undone: money moving, typed input thrown away.

A question that money moves names the amount and who gets it, so one stray click (or Enter) on a
3,000.00 refund does nothing yet. A form remembers what it showed when it was filled
(:func:`widget_state`); closing it with something else in it asks first.

The non-blocking form (:func:`ask`) opens the box with ``open()`` and runs ``on_yes`` from its
answer, so nothing blocks the event loop; :func:`ask_now` waits, for the places Qt needs an answer
at once (a window's close event).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QListWidget)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    # A spin box's or date edit's text is empty until it is first shown: compare values.
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QListWidget):
        return tuple(
            (item.text(), item.checkState().value, item.isSelected())
            for item in (widget.item(row) for row in range(widget.count()))
        )
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def _inputs_in(widget: QWidget) -> list[QWidget]:
    """The input widget itself, or the inputs inside a plain container (a field with its error
    line); never Qt's own parts inside an input (a spin box's line edit)."""
    if isinstance(widget, _INPUTS) or (
        isinstance(widget, QAbstractButton) and widget.isCheckable()
    ):
        return [widget]
    found: list[QWidget] = []
    for child in widget.children():
        if isinstance(child, QWidget):
            found.extend(_inputs_in(child))
    return found


def widget_state(widgets: Iterable[QWidget]) -> tuple[object, ...]:
    """What the inputs among ``widgets`` (and inside them) show now, to compare later."""
    return tuple(_value(w) for widget in widgets for w in _inputs_in(widget))


def form_state(form: QWidget, skip: Iterable[QWidget] = ()) -> tuple[object, ...]:
    """What the form's input fields show: every input widget held in an attribute of ``form``
    (or in a dict or list attribute, like one spin box per line), except those in ``skip``.

    Attributes rather than ``findChildren``: the children include Qt's own parts of each
    widget (a spin box's line edit, a date edit's calendar), and wrapping those for Python while
    the dialog closes crashed PySide.
    """
    skipped = {id(w) for w in skip}
    found: list[QWidget] = []
    for value in vars(form).values():
        items = value.values() if isinstance(value, dict) else value
        for item in (
            items if isinstance(items, (list, tuple)) or isinstance(value, dict) else [value]
        ):
            if isinstance(item, (*_INPUTS, QAbstractButton)) and id(item) not in skipped:
                found.append(item)
    return tuple(_value(w) for w in found if not isinstance(w, QAbstractButton) or w.isCheckable())


def _box(parent: QWidget, title: str, text: str, yes_text: str, no_text: str) -> QMessageBox:
    # The parent in the constructor: Qt owns the box then, and deleting it on close is safe
    # (a box given its parent later stayed Python's too, and was deleted twice).
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.NoButton,
        parent.window() if parent is not None else None,
    )
    box.setObjectName("questionBox")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    yes.setObjectName("yesButton")
    no.setObjectName("noButton")
    # Enter must not move money or throw input away: the safe answer is the default.
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box


def ask(
    parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], object]
) -> QMessageBox:
    """Open the question (non-blocking); ``on_yes`` runs only if the yes button is clicked."""
    no_text = QCoreApplication.translate("Guards", "Go back")
    box = _box(parent, title, text, yes_text, no_text)
    yes = box.findChild(QAbstractButton, "yesButton")

    # Not deleted on close: ``on_yes`` may close the window the box belongs to, and deleting
    # the box then crashed PySide. The hidden box goes with its window.
    def answered() -> None:
        said_yes = box.clickedButton() is yes
        box.hide()
        if said_yes:
            on_yes()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


def ask_now(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """Ask and wait for the answer; True only for the yes button."""
    no_text = QCoreApplication.translate("Guards", "Go back")
    box = _box(parent, title, text, yes_text, no_text)
    parent.setProperty("pendingQuestion", True)
    try:
        box.exec()
        return box.clickedButton() is box.findChild(QAbstractButton, "yesButton")
    finally:
        parent.setProperty("pendingQuestion", False)
        box.deleteLater()


def discard_text() -> tuple[str, str, str]:
    """Title, question and yes-button of "throw away what was typed?"."""
    return (
        QCoreApplication.translate("Guards", "Discard your input?"),
        QCoreApplication.translate(
            "Guards", "What you typed in this window has not been saved. Close it and lose it?"
        ),
        QCoreApplication.translate("Guards", "Discard"),
    )


class DiscardGuard:
    """Mixin for a dialog (listed before ``QDialog``): Cancel, Esc or the close button ask
    before what was typed is thrown away; the main window's close asks through
    ``has_unsaved_input`` and closes through ``discard``.

    The dialog calls :meth:`remember_input` once it is filled with what it opened with; the
    state compared is :meth:`input_state` (every input held in an attribute, by default).
    """

    _guard_clean: tuple[object, ...] | None = None
    _guard_closing = False
    guard_box: QMessageBox | None = None

    def input_state(self) -> tuple[object, ...]:
        return form_state(self)  # type: ignore[arg-type]

    def remember_input(self) -> None:
        """What the form shows now counts as nothing typed yet."""
        self._guard_clean = self.input_state()

    def has_unsaved_input(self) -> bool:
        """True once something was typed or chosen and not saved."""
        return (
            not self._guard_closing
            and self._guard_clean is not None
            and self.input_state() != self._guard_clean
        )

    def reject(self) -> None:
        if not self.has_unsaved_input():
            super().reject()  # type: ignore[misc]
            return
        if self.guard_box is not None and self.guard_box.isVisible():
            return
        title, text, yes_text = discard_text()
        self.guard_box = ask(self, title, text, yes_text, self.discard)  # type: ignore[arg-type]

    def accept(self) -> None:
        self._guard_closing = True
        super().accept()  # type: ignore[misc]

    def discard(self) -> None:
        """Close without asking (the user said so, or the main window is closing)."""
        self._guard_closing = True
        super().reject()  # type: ignore[misc]
