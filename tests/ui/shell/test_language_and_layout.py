"""Every view and dialog speaks the language picked at run time, and fits a 1366×768 screen.

The language is switched the way a person does it, in Settings → General, with the window open;
then every text shown at each place of each view (labels, buttons, filters, tabs, column
headers, first rows of lists, tooltips, menus, the window title) must read differently. Texts
that are the same in both languages are the shop's data (order numbers, names) or brand names:
they are listed here, by rule or by name, and nothing else may stay as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from merchant_refunds.services import clock
from merchant_refunds.ui.common import computer_settings, i18n
from merchant_refunds.ui.common.screen_fit import title_width
from merchant_refunds.ui.shell.main_window import SETTINGS, MainWindow
from tests.ui import gallery
from tests.ui.helpers import OFFSCREEN_NOISE
from tests.ui.visible_texts import unchanged, visible_texts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

#: The largest window a 1366×768 screen shows whole, less a 40-pixel taskbar.
SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 728

#: Texts that legitimately read the same in English and Chinese.
SAME_IN_BOTH = {
    "PayPal",
    "Shopify",
    "WooCommerce",
    "A4",
    "A5",
    "English",
    "PIN",
    "Stripe",
    "Excel (XLSX)",
}
#: The demo's data: order and refund numbers, codes (CNY, SKU, SSL, A5), user names, e-mails,
#: file paths and names (an attached photo), and Chinese text, which the English window shows
#: only as data (a customer's or a product's name) or as a language's own name (简体中文). A text
#: is the same in both languages when nothing but these is left in it: "Customer: 吴海燕"
#: staying as it was is a failure.
DATA = re.compile(
    r"((Ctrl|Shift|Alt)\+)+\w+|MR\d+|RF\d+|\b[A-Z0-9]{2,}\b|\b[A-Z]{2,}-[\w-]+|\b(amy|boss|kim|lee)\b"
    r"|[\w.+-]+@[\w.-]+|/\S*|[\w.-]+\.(png|jpe?g|pdf)\b"
    r"|[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+"
)


def _is_data(text: str) -> bool:
    return not re.search(r"[A-Za-z]", DATA.sub("", text))


@pytest.fixture(autouse=True)
def _computer_settings(tmp_path: Path) -> Iterator[None]:
    computer_settings.use_file(tmp_path / "computer.ini")
    saved = clock.get_clock()
    clock.set_clock(lambda: gallery.NOW)
    yield
    clock.set_clock(saved)
    computer_settings.use_file(None)
    i18n.apply_language(i18n.ENGLISH)


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> MainWindow:
    gallery.fill_demo()
    win = gallery.owner_window(db_path, i18n.apply_language(i18n.ENGLISH))
    qtbot.addWidget(win)
    win.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    win.show()
    gallery.settle()
    return win


def _pick_language(window: MainWindow, language: str) -> None:
    """Settings → General → Language, as a person picks it."""
    window.show_view(SETTINGS)
    page = window.settings_view.general_page
    page.language.setCurrentIndex(page.language.findData(language))
    page.language.activated.emit(page.language.currentIndex())
    gallery.settle()


#: Places that show the shop's own texts in both languages side by side: the rejection reasons
#: (a key for the command line, the Chinese text, the English text).
BILINGUAL_DATA = ("RejectionReasonsPage[0]/QTableWidget[0]/r",)


def _allowed(texts: dict[str, str]) -> set[str]:
    return {
        text
        for key, text in texts.items()
        if text in SAME_IN_BOTH or _is_data(text) or any(p in key for p in BILINGUAL_DATA)
    }


def test_every_view_changes_language_live(window: MainWindow) -> None:
    english = {name: visible_texts(shown) for name, shown in gallery.views(window)}
    _pick_language(window, i18n.CHINESE)
    assert window.session.locale == i18n.CHINESE
    chinese = {name: visible_texts(shown) for name, shown in gallery.views(window)}

    assert english.keys() == chinese.keys()
    left = {
        name: unchanged(english[name], chinese[name], _allowed(english[name])) for name in english
    }
    report = [f"{name}: {text}" for name, texts in left.items() for text in texts]
    assert not report, "\n".join(report)
    assert window.windowTitle() != "Merchant Refunds"

    # And back: nothing of the Chinese stays behind (a date, an amount in words, a filter).
    _pick_language(window, i18n.ENGLISH)
    again = {name: visible_texts(shown) for name, shown in gallery.views(window)}
    stayed = [
        f"{name}: {key}: {text!r} (was {english[name].get(key)!r})"
        for name, texts in again.items()
        for key, text in texts.items()
        if text != english[name].get(key)
    ]
    assert not stayed, "\n".join(stayed)


def test_every_dialog_opens_in_the_language_picked_live(window: MainWindow) -> None:
    english = {}
    for name, dialog in gallery.dialogs(window):
        english[name] = visible_texts(dialog)
        gallery.close(dialog)
    _pick_language(window, i18n.CHINESE)
    left = {}
    for name, dialog in gallery.dialogs(window):
        left[name] = unchanged(english[name], visible_texts(dialog), _allowed(english[name]))
        gallery.close(dialog)
    report = [f"{name}: {text}" for name, texts in left.items() for text in texts]
    assert not report, "\n".join(report)


#: A title bar above each window's own height.
TITLE_BAR = 32


def _too_large(widget: QWidget) -> str | None:
    """What is wrong with the window's size on a 1366×768 screen, if anything: larger than the
    screen less a taskbar (with its title bar), or a dialog narrower than its title."""
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    size = widget.size()
    if hint.width() > SCREEN_WIDTH or hint.height() + TITLE_BAR > SCREEN_HEIGHT:
        return f"needs at least {hint.width()}×{hint.height()}"
    if size.width() > SCREEN_WIDTH or size.height() + TITLE_BAR > SCREEN_HEIGHT:
        return f"opens at {size.width()}×{size.height()}"
    if widget is not widget.window() or isinstance(widget, MainWindow):
        return None
    if size.width() < min(title_width(widget), SCREEN_WIDTH):
        return f"{size.width()} wide cuts its title {widget.windowTitle()!r}"
    return None


def test_a_new_main_window_opens_within_1366_by_768(qtbot: QtBot, db_path: Path) -> None:
    gallery.fill_demo()
    window = gallery.owner_window(db_path, i18n.ENGLISH)
    qtbot.addWidget(window)
    window.show()
    # Room for the title bar above the window's own height.
    assert window.height() + 32 <= SCREEN_HEIGHT and window.width() <= SCREEN_WIDTH


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE])
def test_every_view_and_dialog_fits_1366_by_768(window: MainWindow, language: str) -> None:
    if language != i18n.ENGLISH:
        _pick_language(window, language)
    window.resize(800, 500)  # as small as it will go: what each view needs shows
    problems = {}
    for name, shown in gallery.views(window):
        problem = _too_large(shown)
        if problem:
            problems[name] = problem
    for name, dialog in gallery.dialogs(window):
        problem = _too_large(dialog)
        if problem:
            problems[name] = problem
        gallery.close(dialog)
    assert problems == {}


def test_an_error_box_is_wide_enough_for_its_whole_title(qtbot: QtBot) -> None:
    from merchant_refunds.domain.errors import Refused
    from merchant_refunds.ui.common.errors import expected_error_box
    from merchant_refunds.ui.common.screen_fit import TITLE_BAR_EXTRA

    i18n.apply_language(i18n.CHINESE)
    box = expected_error_box(None, Refused("x", "Nothing to do"))
    qtbot.addWidget(box)
    box.show()
    title = f"{box.windowTitle()} — {QGuiApplication.applicationDisplayName()}"
    assert "Merchant Refunds" not in title  # the app's name is in the window's language
    assert box.width() >= box.fontMetrics().horizontalAdvance(title) + TITLE_BAR_EXTRA


def _broken_words(browser: QTextBrowser) -> list[str]:
    """Words (not Chinese, which may break anywhere) that the panel's layout split over lines."""
    broken = []
    block = browser.document().begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        pieces = [
            text[line.textStart() : line.textStart() + line.textLength()]
            for line in (layout.lineAt(i) for i in range(layout.lineCount()))
        ]
        whole = {word for piece in pieces for word in piece.split()}
        broken += [
            word
            for word in text.split()
            if word not in whole and not re.search(r"[\u4e00-\u9fff]", word)
        ]
        block = block.next()
    return broken


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE])
def test_at_1366_by_768_no_word_or_amount_is_broken_and_no_tab_is_hidden(
    window: MainWindow, language: str
) -> None:
    if language != i18n.ENGLISH:
        _pick_language(window, language)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT - TITLE_BAR)
    problems = {}
    for name, _shown in gallery.views(window):
        view = window.stack.currentWidget()
        for browser in view.findChildren(QTextBrowser):
            if browser.isVisible() and _broken_words(browser):
                problems[f"{name}/{browser.objectName()}"] = _broken_words(browser)
        if name == "refunds":
            tabs = view.tabs
            assert tabs.sizeHint().width() <= tabs.width(), "status tabs behind scroll arrows"
        if name == "audit":
            break
    assert problems == {}


def test_a_language_switch_leaves_no_settings_unsaved(window: MainWindow) -> None:
    _pick_language(window, i18n.CHINESE)
    assert window.settings_view.unsaved_pages() == []
    _pick_language(window, i18n.ENGLISH)
    assert window.settings_view.unsaved_pages() == []
