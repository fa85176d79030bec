"""Getting a logged notice to the customer: as an e-mail through the shop's mail server, or as an
``.eml`` file for the shop's own mail program. The database lock is never held while talking to
a mail server.
"""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from merchant_refunds.domain.errors import N_, PermissionDenied, Refused
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services.notices.mail_server import deliver, get_smtp
from merchant_refunds.services.notices.notice_log import (
    Channel,
    NoticeInfo,
    NoticeStatus,
    finish,
    notice_info,
    notice_row,
)
from merchant_refunds.services.output_paths import check_output_path
from merchant_refunds.services.shop_settings import get_shop
from merchant_refunds.services.users import Actor, require_role


def email_message(notice_id: int) -> EmailMessage:
    """The notice as an e-mail, for SMTP or for saving as ``.eml``."""
    row = notice_row(notice_id)
    shop = get_shop()
    smtp = get_smtp()
    msg = EmailMessage()
    sender = smtp.sender or "noreply@localhost"
    msg["From"] = f"{shop.get('name') or 'Merchant Refunds'} <{sender}>"
    msg["To"] = row.recipient
    msg["Subject"] = row.subject
    msg["Date"] = format_datetime(row.created_at.astimezone())
    msg["Message-ID"] = make_msgid(domain=sender.partition("@")[2] or "localhost")
    msg.set_content(row.text)
    return msg


def save_eml(actor: Actor, notice_id: int, path: Path) -> Path:
    """Write the notice as an ``.eml`` file the shop's own mail program can open and send."""
    require_role(actor, Role.OWNER, Role.CLERK, action="send notices")
    path = check_output_path(path)
    data = email_message(notice_id).as_bytes()
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise Refused(
            "cannot_write_file", "Cannot write {path}: {error}", path=path, error=exc.strerror
        ) from None
    finish(actor, notice_id, NoticeStatus.UNSENT, "", channel=Channel.EML)
    return path


_RETRYABLE = N_("Could not reach the mail server: {error}")


_REFUSED = N_("The mail server refused the message: {error}")


def send_email(actor: Actor, notice_id: int) -> NoticeInfo:
    """Send a logged e-mail notice through the shop's SMTP server; record what happened.

    Connection trouble (server down, timeout, login refused) leaves the notice ``unsent`` with
    the error so it can be sent again; a server that refuses the message marks it ``failed``.
    """
    require_role(actor, Role.OWNER, Role.CLERK, action="send notices")
    row = notice_row(notice_id)
    if row.status == NoticeStatus.SENT.value:
        raise Refused("notice_already_sent", "This notice was already sent")
    if row.channel != Channel.EMAIL.value:
        raise Refused("notice_not_email", "This notice is not an e-mail")
    settings = get_smtp()
    if not settings.configured:
        raise PermissionDenied(
            "smtp_not_configured",
            "No mail server is set up: copy the notice or save it as an .eml file",
        )
    msg = email_message(notice_id)
    try:
        deliver(msg, settings)
    except (
        smtplib.SMTPRecipientsRefused,
        smtplib.SMTPSenderRefused,
        smtplib.SMTPDataError,
    ) as exc:
        finish(actor, notice_id, NoticeStatus.FAILED, _REFUSED.format(error=exc))
    except (smtplib.SMTPException, OSError) as exc:  # OSError: refused, timeout, TLS
        finish(actor, notice_id, NoticeStatus.UNSENT, _RETRYABLE.format(error=exc))
    else:
        finish(actor, notice_id, NoticeStatus.SENT, "")
    return notice_info(notice_row(notice_id))
