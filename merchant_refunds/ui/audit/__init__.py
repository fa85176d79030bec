"""The Audit trail screen."""
