"""Who is working and on which database: the object every view is given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services.users import Actor


class Session(QObject):
    """Holds the signed-in user; ``data_changed`` tells every view to refresh after a write."""

    data_changed = Signal()
    actor_changed = Signal(object)

    def __init__(
        self, actor: Actor, db_path: Path, locale: str = "zh_CN", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._actor = actor
        self.db_path = db_path
        self.locale = locale

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

    def is_owner(self) -> bool:
        return self._actor.role is Role.OWNER

    def can(self, *roles: Role) -> bool:
        return self._actor.role in roles

    def notify_changed(self) -> None:
        self.data_changed.emit()
