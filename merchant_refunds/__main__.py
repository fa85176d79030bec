"""``python -m merchant_refunds`` and the entry point of the built application (build.spec)."""

import sys

from merchant_refunds.cli.main import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a large import's reading process starts this program
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
