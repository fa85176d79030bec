"""Realistic sample data for trying the application, through the real services.

``generate_demo`` replays a year of a small shop's life: orders arrive, customers ask for refunds,
the clerk records signatures and returned goods, the owner approves, rejects and pays. Every step
goes through the same service functions as the GUI and the command line, with the services' clock
set back to the moment it happens, so discounts are allocated, caps are checked and the audit chain
is written exactly as in real use. The same seed and day give the same data.

A fixed set of scenarios comes first (every order status and payment method, every refund state, a
large refund signed and paid in instalments, a bank transfer to another person's account, a USD
refund paid in CNY); random orders fill the rest of the year.

Modules: :mod:`.catalogue` (the shop's world), :mod:`.stories` (what happens to each order),
:mod:`.generator` (``generate_demo``). It sits beside the faces and drives the services like them.
"""
