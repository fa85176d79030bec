"""``refund show`` counts as paid only the money that left (issue 15, #12): instalments that are
only scheduled are shown apart, not in "Paid so far"."""

from __future__ import annotations

from tests.cli.test_cli import cli, db, template_db  # noqa: F401
from tests.cli.test_cli_payouts import big_refund  # noqa: F401


def _line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.strip().startswith(label))


def test_scheduled_instalments_are_not_paid_so_far(cli, big_refund, monkeypatch):  # noqa: F811
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    planned = cli("refund", "pay", big_refund, "--instalments", "3", "--schedule-only", user="boss")
    assert planned.code == 0, planned.err
    shown = cli("refund", "show", big_refund)
    assert shown.code == 0, shown.err
    assert _line(shown.out, "Paid so far").endswith("0.00")
    assert "3,000.01" in _line(shown.out, "Scheduled")

    sent = cli("refund", "send-payout", big_refund, "--payout", "1", user="boss")
    assert sent.code == 0, sent.err
    shown = cli("refund", "show", big_refund)
    assert _line(shown.out, "Paid so far").endswith("1,000.00")
    assert _line(shown.out, "Scheduled").endswith("2,000.01")
