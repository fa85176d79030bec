"""``merchant-refunds confirmation``: the PDF for the customer to sign, and checking a paper."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401


def _refund(cli) -> str:  # noqa: F811
    made = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "TEA-01=1",
        "--reason",
        "quality_problem",
        user="amy",
    )
    assert made.code == 0, made.err
    return made.json()["refund_no"]


def test_writes_the_pdf_counts_prints_and_marks_reprints(cli, tmp_path):  # noqa: F811
    refund_no = _refund(cli)
    first = cli("--json", "confirmation", refund_no, "-o", str(tmp_path / "a.pdf"), user="amy")
    assert first.code == 0, first.err
    data = first.json()
    assert (data["print_no"], data["copy"], data["font_embedded"]) == (1, False, True)
    text = PdfReader(io.BytesIO((tmp_path / "a.pdf").read_bytes())).pages[0].extract_text()
    assert refund_no in text and "退款确认单" in text and "副本" not in text

    again = cli(
        "--json",
        "confirmation",
        refund_no,
        "-o",
        str(tmp_path / "b.pdf"),
        "--lang",
        "en",
        "--layout",
        "receipt80",
        user="amy",
    )
    assert again.code == 0, again.err
    assert (again.json()["print_no"], again.json()["copy"]) == (2, True)
    text = PdfReader(str(tmp_path / "b.pdf")).pages[0].extract_text()
    assert "COPY" in text and "Refund Confirmation" in text


def test_verify_accepts_the_printed_code_and_refuses_others(cli, tmp_path, db):  # noqa: F811
    refund_no = _refund(cli)
    code = cli("--json", "confirmation", refund_no, "-o", str(tmp_path / "a.pdf"), user="amy")
    paper = code.json()["code"]
    ok = cli("--json", "confirmation", "--verify", paper.lower())
    assert ok.code == 0 and ok.json()["ok"] is True
    before = snapshot(db)
    number, check, *pin = paper.split("-")  # RF…-CODE-<event>-<hash digits>
    tampered = check[:-1] + ("A" if check[-1] != "A" else "B")
    bad = cli("confirmation", "--verify", "-".join([number, tampered, *pin]))
    assert bad.code == 3
    assert "does not match" in one_clear_line(bad)
    missing = cli("confirmation", "--verify", "RF209901010001-ABCDEFGH")
    assert missing.code == 4
    assert snapshot(db) == before


def test_bad_requests_change_nothing(cli, tmp_path, db):  # noqa: F811
    refund_no = _refund(cli)
    before = snapshot(db)
    no_file = cli("confirmation", refund_no, user="amy")
    assert no_file.code == 2 and "-o FILE.pdf" in one_clear_line(no_file)
    unknown = cli("confirmation", "RF000", "-o", str(tmp_path / "x.pdf"), user="amy")
    assert unknown.code == 4
    no_folder = cli("confirmation", refund_no, "-o", str(tmp_path / "nope" / "x.pdf"), user="amy")
    assert no_folder.code == 2
    assert snapshot(db) == before
    assert not (tmp_path / "x.pdf").exists()
