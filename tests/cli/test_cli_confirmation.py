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


def _refunds(cli, count: int) -> list[str]:  # noqa: F811
    """``count`` refunds of T0001 (three teas and two cups), one unit each."""
    numbers = []
    for sku in ["TEA-01", "TEA-01", "CUP-02"][:count]:
        made = cli(
            "--json",
            "refund",
            "request",
            "T0001",
            "--line",
            f"{sku}=1",
            "--reason",
            "quality_problem",
            user="amy",
        )
        assert made.code == 0, made.err
        numbers.append(made.json()["refund_no"])
    return numbers


def test_several_refunds_go_into_one_pdf_in_order_each_counted(cli, tmp_path):  # noqa: F811
    first, second, third = _refunds(cli, 3)
    assert cli("confirmation", second, "-o", str(tmp_path / "one.pdf"), user="amy").code == 0
    made = cli(
        "--json",
        "confirmation",
        third,
        second,
        first,
        second,  # named twice: printed once
        "-o",
        str(tmp_path / "batch.pdf"),
        user="amy",
    )
    assert made.code == 0, made.err
    data = made.json()
    assert [(r["refund_no"], r["print_no"], r["copy"]) for r in data["refunds"]] == [
        (third, 1, False),
        (second, 2, True),
        (first, 1, False),
    ]
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "batch.pdf")).pages]
    # Each paper starts on its own page, counts its own pages and carries its own code.
    assert len(pages) == 3
    for page, paper in zip(pages, data["refunds"], strict=True):
        assert paper["refund_no"] in page and paper["code"] in page
        assert "第 1 页 / 共 1 页" in page
        assert ("副本" in page) is paper["copy"]
    again = cli("--json", "confirmation", first, "-o", str(tmp_path / "again.pdf"), user="amy")
    assert (again.json()["print_no"], again.json()["copy"]) == (2, True)


def test_an_unknown_number_in_a_batch_writes_and_counts_nothing(cli, tmp_path, db):  # noqa: F811
    (refund_no,) = _refunds(cli, 1)
    before = snapshot(db)
    bad = cli("confirmation", refund_no, "RF000", "-o", str(tmp_path / "x.pdf"), user="amy")
    assert bad.code == 4 and "RF000" in one_clear_line(bad)
    assert snapshot(db) == before
    assert not (tmp_path / "x.pdf").exists()
