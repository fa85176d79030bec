"""``python -m merchant_refunds`` and the entry point of the built application (build.spec)."""

import sys

from merchant_refunds.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
