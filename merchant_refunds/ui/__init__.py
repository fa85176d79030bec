"""The Qt GUI. Importing it makes ``None`` safe from a PySide6 6.12 reference-count bug.

PySide6 6.12.0 turns an empty ``QVariant`` into ``None`` without taking a reference to it:
``QComboBox.currentData()`` on an item without data, ``itemData``, ``QModelIndex.data`` for an
unset role, each take one reference from ``None``. On Python 3.11, where ``None`` is an ordinary
object, a few thousand such calls bring its count to zero and the process aborts ("Fatal Python
error: none_dealloc") — after a few hours at the counter, or in the middle of the test suite.
6.11 does not have the bug, but QtPdf (``PySide6-Pdf``) exists only for 6.12. Python 3.12 made
``None`` immortal; here it is given a reference count no program reaches, which is what 3.12
does. ``tests/ui/test_pyside_none.py`` shows the bug and the cure.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than any process takes in its lifetime, and far below the counter's limit.
_NONE_RESERVE = 1 << 40


def _make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or getattr(sys, "_merchant_refunds_none_reserved", False):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _NONE_RESERVE
    sys._merchant_refunds_none_reserved = True  # type: ignore[attr-defined]


_make_none_immortal()
