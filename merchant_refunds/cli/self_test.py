"""``merchant-refunds --self-test`` (hidden): proves an installed or frozen build works end to end
— the database opens, a refund is stored, its confirmation renders as a PDF, the GUI imports.

Runs in a temporary folder and leaves nothing behind; exit code 0 means the build is usable. It
says which font the confirmation embedded (the computer's, or the one bundled with the program);
``MERCHANT_REFUNDS_SELF_TEST_PDF=FILE`` keeps a copy of the confirmation there, for a build test
(tests/test_build.py) or a person to look at.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from merchant_refunds.cli.output import Output
from merchant_refunds.documents import fonts
from merchant_refunds.documents.confirmation import render_confirmation
from merchant_refunds.domain.calculation import Selection
from merchant_refunds.domain.errors import RefundsError
from merchant_refunds.domain.policy import ReasonCode
from merchant_refunds.services import backup, orders, refund_requests, users
from merchant_refunds.services.database import close_database, initialise

GUI_MODULE = "merchant_refunds.ui.shell.launch"
#: Where to keep a copy of the confirmation the self-test renders (unset: nowhere).
PDF_COPY_ENV = "MERCHANT_REFUNDS_SELF_TEST_PDF"


def _sample_order(now: datetime) -> str:
    when = (now - timedelta(days=3)).replace(microsecond=0).isoformat()
    delivered = (now - timedelta(days=1)).replace(microsecond=0).isoformat()
    return json.dumps(
        {
            "order_no": "SELFTEST-1",
            "currency": "CNY",
            "status": "delivered",
            "placed_at": when,
            "paid_at": when,
            "delivered_at": delivered,
            "customer": {"name": "自检 Self Test", "phone": "13800138000"},
            "payment": {"method": "alipay", "reference": "ST1", "payer_account": "st@example.com"},
            "lines": [
                {"sku": "ST-1", "name": "龙井茶 250g", "quantity": 2, "unit_price": "128.00"}
            ],
            "shipping_fee": "12.00",
        },
        ensure_ascii=False,
    )


def run(out: Output) -> int:
    with tempfile.TemporaryDirectory(prefix="merchant-refunds-selftest-") as folder:
        db_path = Path(folder) / "selftest.sqlite3"
        initialise(db_path)
        try:
            owner = users.create_user(None, "selftest", "owner", "1234")
            orders.add_order_json(owner, _sample_order(datetime.now()))
            request = refund_requests.RefundRequest(
                "SELFTEST-1", Selection({1: 1}), ReasonCode.QUALITY_PROBLEM
            )
            refund = refund_requests.request_refund(owner, request)
            pdf = render_confirmation(refund.refund_no, "a4", "zh")
            if not pdf.startswith(b"%PDF") or len(pdf) < 1000:
                raise RefundsError("self_test_pdf", "The confirmation PDF is not valid")
            font = fonts.shop_font()
            copy = os.environ.get(PDF_COPY_ENV, "").strip()
            if copy:
                Path(copy).write_bytes(pdf)
            if not backup.health_check(db_path).ok:
                raise RefundsError("self_test_check", "The database check failed")
            gui = importlib.util.find_spec(GUI_MODULE) is not None
            if gui:
                importlib.import_module(GUI_MODULE)
        finally:
            close_database()
    out.emit(
        {
            "ok": True,
            "refund_total_minor": refund.total.minor,
            "pdf_bytes": len(pdf),
            "gui": gui,
            "font": font.path or font.name,
            "font_embedded": font.embedded,
        },
        [
            f"self-test ok: refund {refund.total}, confirmation {len(pdf)} bytes, GUI {gui}",
            f"font: {font.describe()} {font.path}".rstrip(),
        ],
    )
    return 0
