"""A QR code drawn straight onto the PDF canvas.

ReportLab's ``QrCodeWidget`` draws one rectangle per dark module through the graphics layer; we
encode with the same ``qrencoder`` and write each row's runs of dark modules as one rectangle of
a single path, which keeps the page small and the drawing fast. The quiet zone is part of the
flowable.

The encoder would try all eight mask patterns and score each (a fifth of a confirmation's time);
the standard allows any mask, scoring only avoids rare patterns that confuse old scanners, so we
use one fixed mask. A test decodes the printed page's code with a real decoder.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable

QUIET_MODULES = 4
#: Mask pattern 0, the checkerboard ``(row + column) % 2``: it spreads dark and light modules.
MASK_PATTERN = 0
_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


# The Reed-Solomon generator polynomial depends only on the number of error correction codewords,
# yet the encoder multiplies it out again for every block of every code (a sixth of the encoding).
# It is a pure function of that number and never modified, so it is computed once per size.
qrencoder.QRUtil.getErrorCorrectPolynomial = staticmethod(
    lru_cache(maxsize=64)(qrencoder.QRUtil.getErrorCorrectPolynomial)
)


class _FixedMaskCode(qrencoder.QRCode):
    def getBestMaskPattern(self) -> int:
        return MASK_PATTERN


@lru_cache(maxsize=256)
def qr_runs(text: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """Module count and the dark runs ``(row, first column, length)`` of ``text``'s QR code.

    Upper-case refund codes fit QR's alphanumeric mode (a smaller symbol than byte mode); error
    correction level M survives a crease or a coffee ring on the paper.
    """
    data: qrencoder.QR = (
        qrencoder.QRAlphaNum(text) if set(text) <= _ALPHANUMERIC else qrencoder.QR8bitByte(text)
    )
    code = _FixedMaskCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    count = code.getModuleCount()
    runs = []
    for row in range(count):
        col = 0
        while col < count:
            if code.isDark(row, col):
                start = col
                while col < count and code.isDark(row, col):
                    col += 1
                runs.append((row, start, col - start))
            else:
                col += 1
    return count, tuple(runs)


class QrFlowable(Flowable):
    """A square QR code of ``size`` points, quiet zone included."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count, runs = qr_runs(self.text)
        module = self.size / (count + 2 * QUIET_MODULES)
        # One path in module units under a scaling transform: integers only, so the operators are
        # a plain join instead of hundreds of float formats, and the page stays small.
        ops = " ".join(f"{col} {count - 1 - row} {length} 1 re" for row, col, length in runs)
        offset = QUIET_MODULES * module
        self.canv.addLiteral(
            f"q 0 g {module:.4f} 0 0 {module:.4f} {offset:.4f} {offset:.4f} cm {ops} f Q"
        )
