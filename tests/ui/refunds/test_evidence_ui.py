"""Evidence in the GUI: files attached with a request, with a rejection and from the refund's
detail; photos shown as thumbnails and full size; bad files refused by name, in both languages;
the owner's rejection reasons edited in Settings and picked in the reject dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from merchant_refunds.services import attachments, orders, refund_views
from merchant_refunds.services import rejection_templates as rt
from merchant_refunds.ui.common import i18n
from merchant_refunds.ui.common.tasks import wait_for_tasks
from merchant_refunds.ui.refunds.evidence import RejectDialog
from merchant_refunds.ui.refunds.refund_dialog import RefundDialog
from merchant_refunds.ui.settings.settings_view import SettingsView
from tests.factories import tea_order
from tests.services.test_attachments import image, pdf
from tests.ui.helpers import OFFSCREEN_NOISE
from tests.ui.refunds.test_refunds_view import _request, _shown, _view

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _settle(qtbot, db_path) -> Iterator[None]:
    yield
    wait_for_tasks()


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    made = {
        "crack.jpg": image("JPEG", (320, 240)),
        "box.png": image("PNG"),
        "receipt.pdf": pdf(),
        "fake.jpg": b"this is a text file",
    }
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
    return {name: tmp_path / name for name in made}


def test_the_detail_shows_thumbnails_attaches_more_and_opens_one_full_size(
    qtbot, make_session, clerk, files
):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    attachments.add(clerk, refund_no, "request", files["crack.jpg"])
    view = _view(qtbot, make_session(clerk))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    strip = view.evidence
    qtbot.waitUntil(lambda: strip.list.count() == 1)
    assert strip.pictured == [True]
    assert "crack.jpg" in strip.list.item(0).text()
    assert strip.title.text() == "Evidence (1)"
    strip.stage.setCurrentIndex(strip.stage.findData("inspection"))
    assert strip.attach_paths([files["box.png"], files["receipt.pdf"]])
    qtbot.waitUntil(lambda: strip.list.count() == 3)
    assert strip.pictured == [True, True, False]  # a PDF is shown as a file
    stages = [(a.stage.value, a.file_name) for a in attachments.list_attachments(refund_no)]
    assert stages[1:] == [("inspection", "box.png"), ("inspection", "receipt.pdf")]
    viewer = strip.open_file(0)
    assert viewer is not None and viewer.has_picture()
    assert viewer.picture.pixmap().width() == 320  # full size, not the thumbnail
    out = Path(str(files["crack.jpg"]) + ".saved.jpg")
    assert viewer.save_to(out) and out.read_bytes() == files["crack.jpg"].read_bytes()
    viewer.close()
    pdf_viewer = strip.open_file(2)
    assert pdf_viewer is not None and not pdf_viewer.has_picture()
    assert "receipt.pdf" in pdf_viewer.picture.text()
    pdf_viewer.close()


def test_a_bad_file_is_refused_and_nothing_is_attached(qtbot, make_session, clerk, files):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    view = _view(qtbot, make_session(clerk))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    assert not view.evidence.attach_paths([files["box.png"], files["fake.jpg"]])
    assert attachments.list_attachments(refund_no) == []


def test_the_accountant_sees_the_files_but_cannot_attach(
    qtbot, make_session, clerk, accountant, files
):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    attachments.add(clerk, refund_no, "request", files["box.png"])
    view = _view(qtbot, make_session(accountant))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    qtbot.waitUntil(lambda: view.evidence.list.count() == 1)
    assert view.evidence.add_button.isHidden()


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE])
def test_files_chosen_in_the_refund_dialog_go_with_the_request(
    qtbot, make_session, clerk, files, language
):
    orders.create_order(clerk, tea_order("TB1001"))
    locale = i18n.apply_language(language)
    try:
        session = make_session(clerk)
        session.locale = locale
        dialog = RefundDialog(session, "TB1001")
        qtbot.addWidget(dialog)
        assert not dialog.evidence.add_paths([files["fake.jpg"]])
        refused = dialog.evidence.error()
        assert "fake.jpg" in refused
        if language == i18n.CHINESE:
            assert "JPEG" in refused and "不是" in refused
        assert dialog.evidence.add_paths([files["crack.jpg"], files["receipt.pdf"]])
        assert dialog.evidence.list.count() == 2
        dialog.reason.setCurrentIndex(dialog.reason.findData("quality_problem"))
        dialog.spins[1].setValue(1)
        dialog.requote()
        qtbot.waitUntil(lambda: dialog.submit_button.isEnabled())
        dialog.submit()
        assert dialog.refund is not None
        found = attachments.list_attachments(dialog.refund.refund_no)
        assert [(a.stage.value, a.file_name) for a in found] == [
            ("request", "crack.jpg"),
            ("request", "receipt.pdf"),
        ]
    finally:
        i18n.apply_language(i18n.ENGLISH)


def test_reject_with_a_reason_from_settings_and_a_photo(qtbot, make_session, clerk, owner, files):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    settings = SettingsView(make_session(owner))
    qtbot.addWidget(settings)
    page = settings.rejections_page
    assert settings.tabs.tabText(settings.tabs.indexOf(page)) == "Rejection reasons"
    page.add_reason()
    row = page.table.rowCount() - 1
    page.table.item(row, 0).setText("seal")
    page.table.item(row, 1).setText("封口已拆，无法二次销售")
    page.table.item(row, 2).setText("The seal was broken, so it cannot be sold again")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.status_label.text() == "Saved."
    assert rt.find("seal").en == "The seal was broken, so it cannot be sold again"

    view = _view(qtbot, make_session(owner))
    _shown(qtbot, view, refund_no, "Waiting for approval")
    qtbot.mouseClick(view.buttons["reject"], LEFT)
    dialog = view.action_dialog
    assert isinstance(dialog, RejectDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.template.setCurrentIndex(dialog.template.findData("seal"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("zh"))
    assert dialog.preview.text() == "封口已拆，无法二次销售"
    assert dialog.ok_button.isEnabled()
    assert not dialog.evidence.add_paths([files["fake.jpg"]])
    assert dialog.evidence.add_paths([files["crack.jpg"]])
    dialog.text_edit.insertPlainText("茶罐已开封")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.tabs.tabText(4) == "Rejected (1)")
    assert (
        refund_views.get_refund(refund_no).rejection_reason == "封口已拆，无法二次销售\n茶罐已开封"
    )
    assert [a.stage.value for a in attachments.list_attachments(refund_no)] == ["rejection"]
    _shown(qtbot, view, refund_no, "Rejected")
    assert "封口已拆" in view.detail.text()
    qtbot.waitUntil(lambda: view.evidence.list.count() == 1)


def test_a_bad_reason_in_settings_is_refused_in_the_status_line(qtbot, make_session, owner):
    settings = SettingsView(make_session(owner))
    qtbot.addWidget(settings)
    page = settings.rejections_page
    before = rt.get_templates()
    page.add_reason()
    row = page.table.rowCount() - 1
    page.table.item(row, 0).setText("Has Spaces")
    page.table.item(row, 1).setText("中")
    page.table.item(row, 2).setText("x")
    qtbot.mouseClick(page.save_button, LEFT)
    assert "Has Spaces" in page.status_label.text()
    assert rt.get_templates() == before


def test_the_evidence_row_and_the_reject_window_in_chinese(
    qtbot, make_session, clerk, owner, files
):
    orders.create_order(clerk, tea_order("TB1001"))
    refund_no = _request(clerk)
    attachments.add(clerk, refund_no, "request", files["crack.jpg"])
    locale = i18n.apply_language(i18n.CHINESE)
    try:
        session = make_session(owner)
        session.locale = locale
        view = _view(qtbot, session)
        qtbot.waitUntil(lambda: refund_no in view.detail.title.text())
        qtbot.waitUntil(lambda: view.evidence.list.count() == 1)
        assert view.evidence.title.text() == "凭证（1）"
        assert "客户申请" in view.evidence.list.item(0).text()
        assert view.evidence.add_button.text() == "附加…"
        dialog = view.reject_refund()
        assert dialog.windowTitle() == f"驳回退款 {refund_no}"
        assert dialog.lang.currentData() == "zh"
        dialog.template.setCurrentIndex(dialog.template.findData("used"))
        assert dialog.preview.text() == rt.find("used").zh
        assert not dialog.evidence.add_paths([files["fake.jpg"]])
        assert dialog.evidence.error() == (
            "fake.jpg 不是 JPEG, PNG, WebP, HEIC, PDF 文件；只能附加这些类型的文件"
        )
        dialog.close()
        settings = SettingsView(session)
        qtbot.addWidget(settings)
        assert settings.tabs.tabText(settings.tabs.indexOf(settings.rejections_page)) == "驳回原因"
    finally:
        i18n.apply_language(i18n.ENGLISH)


def test_a_thumbnail_is_small_and_keeps_the_photos_shape(qapp):
    from merchant_refunds.ui.refunds.evidence import THUMB, thumbnail

    for fmt in ("JPEG", "PNG", "WEBP"):
        small = thumbnail(image(fmt, (640, 320)))
        assert small is not None, fmt
        assert (small.width(), small.height()) == (THUMB, THUMB // 2), fmt
    assert thumbnail(b"not a picture at all") is None
