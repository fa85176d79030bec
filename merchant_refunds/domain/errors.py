"""One error family for every layer, so the command line and the GUI can tell failure kinds apart.

Each error carries a stable ``code`` (for scripts and translations), an English ``template`` whose
``{placeholders}`` are filled from ``params``, and the rendered ``message``.
"""

from __future__ import annotations

from typing import Any


def N_(text: str) -> str:
    """Mark an English message template for translation where it is not raised directly
    (scripts/extract_domain_texts.py collects it); returns the text unchanged."""
    return text


class RefundsError(Exception):
    """Base of every expected failure; ``exit_code`` is what the command line returns."""

    exit_code = 1

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.code = code
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole, whatever a subclass's ``__init__`` takes: an error met while a large
        import file is read in a second process is raised again in the program."""
        return (_rebuilt, (type(self), self.code, self.template, self.params), self.__dict__)

    def to_dict(self) -> dict[str, Any]:
        return {
            "error": self.code,
            "kind": type(self).__name__,
            "message": self.message,
            "params": {k: str(v) for k, v in self.params.items()},
        }


def _rebuilt(
    cls: type[RefundsError], code: str, template: str, params: dict[str, Any]
) -> RefundsError:
    error = cls.__new__(cls)
    RefundsError.__init__(error, code, template, **params)
    return error


class InvalidInput(RefundsError):
    """The input itself is malformed or out of range; nothing was changed."""

    exit_code = 2


class Refused(RefundsError):
    """The input is well formed but policy, the lifecycle or the caps forbid it."""

    exit_code = 3


class PermissionDenied(Refused):
    """The acting user's role or identity does not allow this action."""


class NotFound(RefundsError):
    """An order, refund or user named by the caller does not exist."""

    exit_code = 4


class StorageError(RefundsError):
    """The database could not be opened or written (locked, corrupt, disk full)."""

    exit_code = 5
