"""How long one PIN check takes with the cost new PIN hashes get (``users.PIN_KDF``).

Prints the median and the fastest of N hashes for the production cost and for the older cost
(``users.LEGACY_KDF``, re-hashed at the next sign-in), with the memory each needs, and how long
trying every PIN of a length would take on one core of this machine with a copied database.

    python benchmarks/bench_pin_hash.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from merchant_refunds.services import users  # noqa: E402


def _times(params: users.KdfParams, repeat: int) -> list[float]:
    stored = users.hash_pin("000000", params)
    result = []
    for _ in range(repeat):
        start = time.perf_counter()
        users.check_pin("123456", stored)
        result.append(time.perf_counter() - start)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    for label, params in (("production", users.PIN_KDF), ("older", users.LEGACY_KDF)):
        times = _times(params, args.repeat)
        median = statistics.median(times)
        memory = 128 * params.r * params.n / 2**20
        print(
            f"{label:>10}: scrypt n=2^{params.n.bit_length() - 1} r={params.r} p={params.p}, "
            f"{memory:.0f} MiB: median {median * 1000:.0f} ms, fastest {min(times) * 1000:.0f} ms "
            f"({args.repeat} checks)"
        )
        for digits in (4, 6, 8):
            hours = 10**digits * median / 3600
            print(f"{'':>12}every {digits}-digit PIN on one core: {hours:,.1f} h")


if __name__ == "__main__":
    main()
