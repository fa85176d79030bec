"""``rates``: the accountant's exchange rates per day, refused to a clerk, checked, audited."""

from __future__ import annotations

from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401


def test_accountant_enters_and_lists_day_rates(cli, db):  # noqa: F811
    done = cli("--json", "rates", "set", "jpy", "2026-11-20", "0.0478", user="kim")
    assert done.code == 0, done.err
    assert done.json() == {
        "currency": "JPY",
        "day": "2026-11-20",
        "rate": "0.0478",
        "home": "CNY",
    }
    listed = cli("--json", "rates", "list", user="kim")
    assert listed.json()["rates"] == [{"currency": "JPY", "day": "2026-11-20", "rate": "0.0478"}]
    assert "0.0478" in cli("rates", "list", user="boss").out


def test_bad_rates_and_clerks_change_nothing(cli, db):  # noqa: F811
    before = snapshot(db)
    assert cli("rates", "set", "JPY", "2026-11-20", "0.0478", user="amy").code == 3
    for bad in (["JPY", "2026-11-20", "-1"], ["XYZ", "2026-11-20", "1"], ["JPY", "20/11", "1"]):
        result = cli("rates", "set", *bad, user="kim")
        assert result.code == 2
        one_clear_line(result)
    home = cli("rates", "set", "CNY", "2026-11-20", "1", user="kim")
    assert home.code == 2 and "home currency" in home.err
    assert snapshot(db) == before
