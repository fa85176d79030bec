"""The Reports screen: totals and chart, exports and the daily closing."""
