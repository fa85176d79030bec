"""Masking of account numbers and contacts for screens and paper: enough to recognise, no more."""

from __future__ import annotations


def mask_account(account: str) -> str:
    """Keep the first four and last four characters of a long number: ``6222 **** 0123``."""
    compact = "".join(account.split())
    if not compact:
        return ""
    if "@" in compact:
        return mask_email(compact)
    if len(compact) <= 8:
        return "*" * max(0, len(compact) - 4) + compact[-4:] if len(compact) > 4 else compact
    return f"{compact[:4]} **** {compact[-4:]}"


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    if not domain:
        return mask_account(email)
    shown = local[:2] if len(local) > 2 else local[:1]
    return f"{shown}***@{domain}"


def mask_phone(phone: str) -> str:
    digits = phone.strip()
    if len(digits) < 7:
        return digits
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
