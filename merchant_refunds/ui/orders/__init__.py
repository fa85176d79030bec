"""The Orders screen: the list, an order's details, a new order and importing orders from files."""
