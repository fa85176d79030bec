"""Notices to customers: the text per event and language, and the mail server that sends them;
and the owner's daily digest of late refunds, sent through the same server.

The SMTP password is handed to the service, which keeps it in the system keyring; the page never
shows or stores it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.errors import InvalidInput
from merchant_refunds.services.notices import mail_server, owner_digest, templates
from merchant_refunds.ui.common.field_errors import FieldWithError
from merchant_refunds.ui.common.messages import error_text
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.settings.settings_page import SettingsPage

EVENTS = {
    "requested": QT_TRANSLATE_NOOP("NoticesPage", "Request received"),
    "approved": QT_TRANSLATE_NOOP("NoticesPage", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("NoticesPage", "Rejected, with the reason"),
    "paid": QT_TRANSLATE_NOOP("NoticesPage", "Paid, with the expected arrival"),
    "overdue": QT_TRANSLATE_NOOP("NoticesPage", "Overdue: apology"),
    "received": QT_TRANSLATE_NOOP("NoticesPage", "Money received"),
}
LANGS = {"zh": "中文", "en": "English"}
#: What each placeholder stands for, shown as the placeholder line's tooltip.
PLACEHOLDER_HELP = {
    "pay_by": QT_TRANSLATE_NOOP("NoticesPage", "the last day the refund will be paid by"),
    "pay_by_note": QT_TRANSLATE_NOOP(
        "NoticesPage", "a sentence stating that day (empty when no limit applies)"
    ),
}
#: The mail-server field a ``set_smtp`` refusal belongs under.
SMTP_FIELD_OF_ERROR = {
    "invalid_sender": "sender",
    "invalid_smtp_port": "port",
    "invalid_smtp_security": "security",
}


class NoticesPage(SettingsPage):
    """Edit one template at a time (event and language chosen above it) and the mail server."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.event = QComboBox()
        self.event.setObjectName("noticeEvent")
        self.lang = QComboBox()
        self.lang.setObjectName("noticeLang")
        for code, name in LANGS.items():
            self.lang.addItem(name, code)
        self.subject = QLineEdit()
        self.subject.setObjectName("noticeSubject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("noticeBody")
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.template_box = QGroupBox()
        template_form = QFormLayout(self.template_box)
        template_form.addRow(QLabel(), self.event)
        template_form.addRow(QLabel(), self.lang)
        self.fields: dict[str, FieldWithError] = {
            "subject": FieldWithError(self.subject),
            "body": FieldWithError(self.body_edit),
        }
        template_form.addRow(QLabel(), self.fields["subject"])
        template_form.addRow(QLabel(), self.fields["body"])
        template_form.addRow("", self.placeholders)
        self.template_form = template_form

        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for value in ("starttls", "ssl", "none"):
            self.security.addItem(value.upper() if value != "none" else "—", value)
        self.user = QLineEdit()
        self.sender = QLineEdit()
        self.sender.setObjectName("smtpSender")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_box = QGroupBox()
        smtp_form = QFormLayout(self.smtp_box)
        for name in ("port", "security", "sender"):
            self.fields[name] = FieldWithError(getattr(self, name))
        for widget in self._smtp_rows():
            smtp_form.addRow(QLabel(), widget)
        self.smtp_form = smtp_form
        self.digest_on = QCheckBox()
        self.digest_on.setObjectName("digestEnabled")
        self.digest_address = QLineEdit()
        self.digest_address.setObjectName("digestAddress")
        self.digest_lang = QComboBox()
        self.digest_lang.setObjectName("digestLang")
        for code, name in LANGS.items():
            self.digest_lang.addItem(name, code)
        self.fields["digest_address"] = FieldWithError(self.digest_address)
        self.digest_box = QGroupBox()
        digest_form = QFormLayout(self.digest_box)
        digest_form.addRow(QLabel(), self.digest_on)
        digest_form.addRow(QLabel(), self.fields["digest_address"])
        digest_form.addRow(QLabel(), self.digest_lang)
        self.digest_form = digest_form
        # In a scroll area: the three boxes together are taller than a 1366×768 screen leaves.
        inner = QWidget()
        boxes = QVBoxLayout(inner)
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.addWidget(self.template_box, 1)
        boxes.addWidget(self.smtp_box)
        boxes.addWidget(self.digest_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)
        self._shown: tuple[str, str] | None = None
        self.retranslate_ui()
        self.event.currentIndexChanged.connect(self._show_template)
        self.lang.currentIndexChanged.connect(self._show_template)
        self.load()
        self.apply_role()
        self.start_live_check()

    def check(self) -> bool:
        """The template, the mail server and the digest through the services' own checks."""
        found: dict[str, InvalidInput] = {}
        subject = self.subject.text()
        try:
            templates.check_template(subject, self.body_edit.toPlainText())
        except InvalidInput as error:
            found[_template_field(error, subject)] = error
        try:
            mail_server.check_smtp(self._smtp())
        except InvalidInput as error:
            found[SMTP_FIELD_OF_ERROR.get(error.code, "sender")] = error
        try:
            owner_digest.check_digest(self._digest())
        except InvalidInput as error:
            found["digest_address"] = error
        for name, wrapped in self.fields.items():
            wrapped.set_error(error_text(found[name]) if name in found else "")
        return not found

    def _smtp(self) -> mail_server.SmtpSettings:
        return mail_server.SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text().strip(),
            sender=self.sender.text().strip(),
        )

    def _digest(self) -> owner_digest.DigestSettings:
        return owner_digest.DigestSettings(
            self.digest_on.isChecked(),
            self.digest_address.text().strip(),
            str(self.digest_lang.currentData()),
        )

    def editors(self) -> list[QWidget]:
        return [
            self.subject,
            self.body_edit,
            self.host,
            self.port,
            self.security,
            self.user,
            self.sender,
            self.password,
            self.digest_on,
            self.digest_address,
            self.digest_lang,
        ]

    def _smtp_rows(self) -> tuple[QWidget, ...]:
        """The mail-server rows as placed in the form (some wrapped with their error line)."""
        return (
            self.host,
            self.fields["port"],
            self.fields["security"],
            self.user,
            self.fields["sender"],
            self.password,
        )

    def field_error(self, name: str) -> str:
        """The message shown under field ``name`` (empty when none)."""
        return self.fields[name].error()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        current = self.event.currentData()
        self.event.blockSignals(True)
        self.event.clear()
        for code, text in EVENTS.items():
            self.event.addItem(QCoreApplication.translate("NoticesPage", text), code)
        self.event.setCurrentIndex(max(0, self.event.findData(current)))
        self.event.blockSignals(False)
        self.template_box.setTitle(self.tr("Notice texts"))
        labels = (self.tr("Event"), self.tr("Language"), self.tr("Subject"), self.tr("Text"))
        for widget, text in zip(
            (self.event, self.lang, self.fields["subject"], self.fields["body"]),
            labels,
            strict=True,
        ):
            self.template_form.labelForField(widget).setText(text)
        self.placeholders.setText(
            self.tr("Placeholders: %1. An empty text restores the default.").replace(
                "%1", ", ".join("{" + name + "}" for name in templates.PLACEHOLDERS)
            )
            + "\n"
            + "; ".join(
                "{" + name + "}: " + QCoreApplication.translate("NoticesPage", text)
                for name, text in PLACEHOLDER_HELP.items()
            )
        )
        self.smtp_box.setTitle(self.tr("Mail server (leave empty to copy notices instead)"))
        smtp_labels = (
            self.tr("Server"),
            self.tr("Port"),
            self.tr("Security"),
            self.tr("User"),
            self.tr("Sender address"),
            self.tr("Password"),
        )
        for widget, text in zip(self._smtp_rows(), smtp_labels, strict=True):
            self.smtp_form.labelForField(widget).setText(text)
        self.password.setPlaceholderText(self.tr("unchanged (kept in the system keyring)"))
        self.digest_box.setTitle(self.tr("Owner's daily digest"))
        self.digest_on.setText(
            self.tr("E-mail me once a day what is late or due soon (while the program runs)")
        )
        self.digest_form.labelForField(self.digest_on).setText("")
        self.digest_form.labelForField(self.fields["digest_address"]).setText(self.tr("Send to"))
        self.digest_form.labelForField(self.digest_lang).setText(self.tr("Language"))

    def _key(self) -> tuple[str, str]:
        return str(self.event.currentData()), str(self.lang.currentData())

    def _show_template(self) -> None:
        event, lang = self._key()
        subject, body = templates.get_templates()[event][lang]
        self.subject.setText(subject)
        self.body_edit.setPlainText(body)
        self._shown = (event, lang)

    def load(self) -> None:
        self._show_template()
        smtp = mail_server.get_smtp()
        self.host.setText(smtp.host)
        self.port.setValue(smtp.port)
        self.security.setCurrentIndex(max(0, self.security.findData(smtp.security)))
        self.user.setText(smtp.user)
        self.sender.setText(smtp.sender)
        self.password.clear()
        digest = owner_digest.get_digest()
        self.digest_on.setChecked(digest.enabled)
        self.digest_address.setText(digest.address)
        self.digest_lang.setCurrentIndex(max(0, self.digest_lang.findData(digest.lang)))

    def save(self) -> bool:
        """Template first, then the mail server; a refusal is shown under its field."""
        for wrapped in self.fields.values():
            wrapped.set_error("")
        event, lang = self._key()
        current_subject, current_body = templates.get_templates()[event][lang]
        subject, body = self.subject.text(), self.body_edit.toPlainText()
        if (subject, body) != (current_subject, current_body):
            try:
                templates.set_template(self.session.actor, event, lang, subject, body)
            except InvalidInput as error:
                self.fields[_template_field(error, subject)].set_error(error_text(error))
                return False
        smtp = self._smtp()
        password = self.password.text() or None
        if smtp != mail_server.get_smtp() or password is not None:
            try:
                mail_server.set_smtp(self.session.actor, smtp, password)
            except InvalidInput as error:
                name = SMTP_FIELD_OF_ERROR.get(error.code)
                if name is None:
                    raise
                self.fields[name].set_error(error_text(error))
                return False
        digest = self._digest()
        if digest != owner_digest.get_digest():
            try:
                owner_digest.set_digest(self.session.actor, digest)
            except InvalidInput as error:
                if error.code != "invalid_digest_address":
                    raise
                self.fields["digest_address"].set_error(error_text(error))
                return False
        return True


def _template_field(error: InvalidInput, subject: str) -> str:
    """The subject when the refused placeholder is in it, otherwise the text."""
    name = error.params.get("name")
    return "subject" if name is not None and "{" + str(name) + "}" in subject else "body"
