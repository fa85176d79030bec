"""Which language the window speaks: the choice is kept per computer user, applied live.

Installing or removing a ``QTranslator`` makes Qt send every widget a ``LanguageChange`` event;
our widgets answer it by setting their texts again (``retranslate_ui``), so no restart is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

import merchant_refunds
from merchant_refunds.ui.common.computer_settings import computer_settings

SYSTEM = "system"
CHINESE = "zh_CN"
ENGLISH = "en"
CHOICES = (SYSTEM, CHINESE, ENGLISH)
#: Shown in their own language, so anyone can find theirs whatever language is active.
NATIVE_NAMES = {CHINESE: "简体中文", ENGLISH: "English"}
SETTINGS_KEY = "ui/language"
CATALOG = "merchant_refunds"

_installed: list[QTranslator] = []
_current = {"language": ENGLISH}


def translations_dir() -> Path:
    """``resources/translations`` beside the package (source tree) or inside it (installed)."""
    package = Path(merchant_refunds.__file__).resolve().parent
    for candidate in (package.parent / "resources", package / "resources"):
        if candidate.is_dir():
            return candidate / "translations"
    return package.parent / "resources" / "translations"


def qm_path(language: str) -> Path:
    return translations_dir() / f"{CATALOG}_{language}.qm"


def effective_language(choice: str) -> str:
    """``system`` becomes Chinese for any Chinese system locale, English otherwise."""
    if choice in (CHINESE, ENGLISH):
        return choice
    return CHINESE if QLocale.system().name().startswith("zh") else ENGLISH


def saved_choice() -> str:
    value = computer_settings().value(SETTINGS_KEY, SYSTEM)
    return value if value in CHOICES else SYSTEM


def save_choice(choice: str) -> None:
    computer_settings().setValue(SETTINGS_KEY, choice if choice in CHOICES else SYSTEM)


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def _load(language: str) -> list[QTranslator]:
    loaded: list[QTranslator] = []
    app_qm = qm_path(language)
    if app_qm.exists():
        translator = QTranslator()
        if translator.load(str(app_qm)):
            loaded.append(translator)
    if language == ENGLISH:  # Qt's own texts are English already
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog in ("qtbase", "qt"):
        translator = QTranslator()
        if translator.load(QLocale(language), catalog, "_", qt_dir):
            loaded.append(translator)
            break
    return loaded


def current_language() -> str:
    """The language the last ``apply_language`` put in effect (``zh_CN`` or ``en``)."""
    return _current["language"]


def apply_language(choice: str) -> str:
    """Swap the installed translators for ``choice``; return the language now in effect.

    The application's display name follows: Qt appends it to every window title ("… — 退款管理"),
    so a name set once at start would keep the old language in every title after a switch.
    """
    language = effective_language(choice)
    _current["language"] = language
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    # English too: the source texts are English, but its catalogue holds the plural forms
    # ("1 event", "2 events"), which the source's "%n event(s)" cannot say.
    if app is not None:
        for translator in _load(language):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("Launch", "Merchant Refunds"))
    return language
