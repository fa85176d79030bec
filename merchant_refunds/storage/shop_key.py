"""The shop key: the secret the audit chain is keyed with, kept outside the database.

Whoever holds the database file alone cannot recompute a keyed chain, so an edited row or event
no longer verifies. The key lives in the operating system's keyring where there is a usable one,
else in a file in the user's config folder readable by its owner only. Each shop (database) has
its own key, found by the ``shop_id`` stored in the database; a second counter on the same
PostgreSQL server, or a new computer, gets the key from the recovery sheet.

The recovery text is the key in base32 (letters and digits a person can copy), in groups of
four, followed by a four-letter check so that a typing slip is caught before the key is used.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

import platformdirs

from merchant_refunds.domain.errors import InvalidInput, StorageError
from merchant_refunds.storage.paths import APP_NAME

KEY_BYTES = 32
#: "file" keeps keys in files only (tests, or a computer whose keyring must not be used).
STORE_ENV = "MERCHANT_REFUNDS_KEY_STORE"
#: A folder for the key files instead of the user config folder (e.g. an encrypted volume).
DIR_ENV = "MERCHANT_REFUNDS_KEY_DIR"
KEYRING_SERVICE = "merchant-refunds shop key"
_ID_LABEL = b"merchant-refunds key id v1"


def key_dir() -> Path:
    explicit = os.environ.get(DIR_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "keys"


def _key_file(shop_id: str) -> Path:
    if not shop_id or not all(c in "0123456789abcdef" for c in shop_id):
        raise StorageError("shop_id_invalid", "The database names no valid shop")
    return key_dir() / f"{shop_id}.key"


def _keyring():  # type: ignore[no-untyped-def]
    """The system keyring, or None where there is no usable one (or it is switched off)."""
    if os.environ.get(STORE_ENV, "").strip().lower() == "file":
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        ring = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(ring, fail.Keyring) or getattr(ring, "priority", 0) <= 0:
        return None
    return ring


def key_id(key: bytes) -> str:
    """A public name for a key (it reveals nothing of it): tells whether a typed or stored key is
    the one the chain was keyed with."""
    return hmac.new(key, _ID_LABEL, hashlib.sha256).hexdigest()[:16]


def load_key(shop_id: str) -> bytes | None:
    """The shop's key from the keyring or the key file; None when this computer has none."""
    ring = _keyring()
    if ring is not None:
        try:
            text = ring.get_password(KEYRING_SERVICE, shop_id)
        except Exception:
            text = None
        if text:
            with contextlib.suppress(InvalidInput):
                return parse_recovery_text(text)
    path = _key_file(shop_id)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(
            "key_unreadable", "Cannot read the shop key {path}: {error}", path=path, error=exc
        ) from None
    try:
        return parse_recovery_text(data.decode("ascii"))
    except (UnicodeDecodeError, InvalidInput):
        raise StorageError(
            "key_damaged", "The shop key file {path} is damaged", path=path
        ) from None


def save_key(shop_id: str, key: bytes) -> str:
    """Keep ``key`` for ``shop_id``; returns where ("keyring" or the file's path)."""
    text = recovery_text(key)
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, shop_id, text)
        except Exception:
            pass
        else:
            return "keyring"
    path = _key_file(shop_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            path.parent.chmod(stat.S_IRWXU)
        temp = path.with_suffix(".partial")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise StorageError(
            "key_unwritable", "Cannot save the shop key in {path}: {error}", path=path, error=exc
        ) from None
    return str(path)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_shop_id() -> str:
    return secrets.token_hex(16)


def _check_letters(raw: bytes) -> str:
    return base64.b32encode(hashlib.sha256(b"check" + raw).digest())[:4].decode("ascii")


def recovery_text(key: bytes) -> str:
    """The key as a person copies it: 14 groups of four letters and digits, the last a check."""
    body = base64.b32encode(key).decode("ascii").rstrip("=")
    body += _check_letters(key)
    return "-".join(body[i : i + 4] for i in range(0, len(body), 4))


def parse_recovery_text(text: str) -> bytes:
    """The key from its recovery text (any case, spaces or dashes anywhere; 0/1/8 read as the
    letters O/I/B that base32 uses)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(cleaned) != 56:
        raise InvalidInput(
            "recovery_key_length",
            "A recovery key has 56 letters and digits in 14 groups of four; this one has {n}",
            n=len(cleaned),
        )
    body, check = cleaned[:52], cleaned[52:]
    try:
        key = base64.b32decode(body + "====")
    except ValueError:
        raise InvalidInput("recovery_key_invalid", "This is not a recovery key") from None
    if len(key) != KEY_BYTES or _check_letters(key) != check:
        raise InvalidInput(
            "recovery_key_typo", "The recovery key has a typing mistake: please check each group"
        )
    return key
