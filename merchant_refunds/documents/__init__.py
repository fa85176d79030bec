"""Printed documents (ReportLab). Reads through the services; never touches the database."""

from reportlab import rl_config

# Streams are written as binary rather than ASCII-85: a fifth smaller, and no base-85 encoding in
# pure Python for every embedded font subset. Every PDF reader takes binary streams.
rl_config.useA85 = 0
