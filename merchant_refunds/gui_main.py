"""``merchant-refunds-gui``: the entry of the windowed executable (no console window on Windows).

The same command line as ``merchant-refunds`` (without a command it opens the window), started
so that Windows shows no console beside the window. A windowed program on Windows has no
standard streams: they go to the null device, so a message printed by a command (``--self-test``,
``--help``) cannot crash it; the exit code still tells how it went.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from merchant_refunds.cli.main import main as cli_main


def main(argv: Sequence[str] | None = None) -> int:
    """Run like ``merchant-refunds``; returns the exit code."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return cli_main(argv)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a large import's reading process starts this program
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
