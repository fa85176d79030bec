"""Payouts: the gates before money moves, sending (whole, part, instalments), failures and
retries, arrival, and what every sent payout does. Import the module that owns a function."""
