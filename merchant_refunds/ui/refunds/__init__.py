"""The Refunds screen.

The list, a refund's details and actions, the refund dialog, payouts and aftercare, signatures,
printing and the confirmation code lookup.
"""
