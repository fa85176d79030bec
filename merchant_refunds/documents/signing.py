"""Signing on screen: the drawn signature goes onto the confirmation, and both are kept.

The PDF is rendered before anything is stored, so the signature, the signed confirmation and the
refund's signature gate are written in one transaction by the signature service.
"""

from __future__ import annotations

from merchant_refunds.documents.confirmation import Signature, render_confirmation
from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import clock, signatures
from merchant_refunds.services.signatures import SignatureInfo
from merchant_refunds.services.users import Actor, require_role


def sign_on_screen(
    actor: Actor, refund_no: str, png_bytes: bytes, *, layout: str = "a4", lang: str = "zh"
) -> list[SignatureInfo]:
    """Store the customer's drawn signature (PNG) and the confirmation signed with it.

    Returns the two records: the signature ("pad") and the signed PDF ("signed_pdf").
    """
    require_role(actor, Role.OWNER, Role.CLERK, action="record signatures")
    signatures.check_signature_file(png_bytes, ("image/png",))
    signatures.check_can_sign(refund_no)
    signed = Signature(png_bytes, clock.now())
    pdf = render_confirmation(refund_no, layout, lang, signature=signed)
    return signatures.record_pad_signature(actor, refund_no, png_bytes, pdf)
