"""``refund attach``, ``refund attachments`` and ``refund reject --template/--attach``: evidence
and rejection reasons from the command line."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from tests.cli.test_cli import cli, db, one_clear_line, snapshot, template_db  # noqa: F401
from tests.services.test_attachments import image, pdf


@pytest.fixture
def refund_no(cli) -> str:  # noqa: F811
    made = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "#1=1",
        "--reason",
        "quality_problem",
        user="amy",
    )
    assert made.code == 0, made.err
    return str(made.json()["refund_no"])


def test_attach_list_and_save_files(cli, refund_no, tmp_path) -> None:  # noqa: F811
    photo, receipt = tmp_path / "crack.jpg", tmp_path / "receipt.pdf"
    photo.write_bytes(image("JPEG"))
    receipt.write_bytes(pdf())
    done = cli(
        "refund", "attach", refund_no, str(photo), str(receipt), "--stage", "request", user="amy"
    )
    assert done.code == 0, done.err
    assert "crack.jpg" in done.out and "receipt.pdf" in done.out
    listed = cli("--json", "refund", "attachments", refund_no)
    assert listed.code == 0, listed.err
    found = listed.json()["attachments"]
    assert [a["file_name"] for a in found] == ["crack.jpg", "receipt.pdf"]
    assert found[0]["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert {a["stage"] for a in found} == {"request"}
    out = tmp_path / "saved"
    saved = cli("refund", "attachments", refund_no, "--save", str(out))
    assert saved.code == 0, saved.err
    assert sorted(p.read_bytes() for p in out.iterdir()) == sorted(
        [photo.read_bytes(), receipt.read_bytes()]
    )


def test_a_bad_file_is_refused_by_name_and_nothing_changes(cli, db, refund_no, tmp_path) -> None:  # noqa: F811
    good, bad = tmp_path / "ok.png", tmp_path / "fake.jpg"
    good.write_bytes(image("PNG"))
    bad.write_bytes(b"#!/bin/sh\necho not a photo\n")
    before = snapshot(db)
    refused = cli(
        "refund", "attach", refund_no, str(good), str(bad), "--stage", "request", user="amy"
    )
    assert refused.code == 2
    assert "fake.jpg" in one_clear_line(refused)
    missing = cli(
        "refund", "attach", refund_no, str(tmp_path / "nope.jpg"), "--stage", "request", user="amy"
    )
    assert missing.code == 2 and "nope.jpg" in one_clear_line(missing)
    assert snapshot(db) == before


def test_reject_with_a_template_and_evidence(cli, db, refund_no, tmp_path) -> None:  # noqa: F811
    reasons = cli("--json", "refund", "reject-reasons")
    assert reasons.code == 0, reasons.err
    used = next(r for r in reasons.json() if r["key"] == "used")
    photo = tmp_path / "worn.jpg"
    photo.write_bytes(image("JPEG"))
    rejected = cli(
        "--json",
        "refund",
        "reject",
        refund_no,
        "--template",
        "used",
        "--lang",
        "en",
        "--reason",
        "Washed twice.",
        "--attach",
        str(photo),
        user="boss",
    )
    assert rejected.code == 0, rejected.err
    assert rejected.json()["rejection_reason"] == used["en"] + "\nWashed twice."
    listed = cli("--json", "refund", "attachments", refund_no).json()["attachments"]
    assert [(a["stage"], a["file_name"]) for a in listed] == [("rejection", "worn.jpg")]


def test_reject_refusals_change_nothing(cli, db, refund_no, tmp_path) -> None:  # noqa: F811
    before = snapshot(db)
    bare = cli("refund", "reject", refund_no, user="boss")
    assert bare.code == 2 and "--template" in one_clear_line(bare)
    unknown = cli("refund", "reject", refund_no, "--template", "nosuch", user="boss")
    assert unknown.code == 2 and "used" in one_clear_line(unknown)
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4 cut")
    broken = cli("refund", "reject", refund_no, "--reason", "no", "--attach", str(bad), user="boss")
    assert broken.code == 2 and "x.pdf" in one_clear_line(broken)
    assert snapshot(db) == before
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT status FROM refund").fetchone()[0] == "requested"


def test_check_names_a_photo_swapped_with_sqlite3(cli, db, refund_no, tmp_path) -> None:  # noqa: F811
    photo = tmp_path / "crack.jpg"
    photo.write_bytes(image("JPEG"))
    assert (
        cli("refund", "attach", refund_no, str(photo), "--stage", "request", user="amy").code == 0
    )
    assert cli("check").code == 0
    with sqlite3.connect(db) as con:
        con.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        con.execute("UPDATE attachment SET data = ?", (image("JPEG", colour="blue"),))
    checked = cli("check")
    assert checked.code == 5
    line = one_clear_line(checked)
    assert refund_no in line and "crack.jpg" in line and "SHA-256" in line
    saved = cli("refund", "attachments", refund_no, "--save", str(tmp_path / "out"))
    assert saved.code == 3 and "crack.jpg" in one_clear_line(saved)
    assert not (tmp_path / "out").exists()


def test_request_with_evidence_in_one_step(cli, db, tmp_path) -> None:  # noqa: F811
    photo = tmp_path / "crack.jpg"
    photo.write_bytes(image("JPEG"))
    made = cli(
        "--json",
        "refund",
        "request",
        "T0001",
        "--line",
        "#1=1",
        "--reason",
        "quality_problem",
        "--attach",
        str(photo),
        user="amy",
    )
    assert made.code == 0, made.err
    listed = cli("--json", "refund", "attachments", str(made.json()["refund_no"]))
    assert [a["file_name"] for a in listed.json()["attachments"]] == ["crack.jpg"]
    bad = tmp_path / "fake.jpg"
    bad.write_bytes(b"not a photo")
    before = snapshot(db)
    refused = cli(
        "refund",
        "request",
        "T0001",
        "--line",
        "#1=1",
        "--reason",
        "quality_problem",
        "--attach",
        str(photo),
        "--attach",
        str(bad),
        user="amy",
    )
    assert refused.code == 2 and "fake.jpg" in one_clear_line(refused)
    assert snapshot(db) == before
