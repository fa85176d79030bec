"""The Follow-up screen: what needs doing next."""
