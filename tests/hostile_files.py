"""Hostile XLSX files made in a moment: zip bombs that inflate to gigabytes, and zips whose
declared sizes lie. Used by tests/cli/test_hostile_input.py and benchmarks/bench_hostile_import.py.

A bomb's deflate stream is one compressed chunk repeated: after a full flush the compressor
starts afresh, so the same input compresses to the same bytes, and the stream is those bytes
n times between a head and a tail. Its CRC is not computed (that alone would read gigabytes):
a reader only finds out at the very end, which is what a real bomb counts on.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_TAIL = b"</sheetData></worksheet>"
_ROW = b'<row><c t="inlineStr"><is><t>' + b"x" * 2000 + b"</t></is></c></row>"
_STRINGS_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
_STRING = b"<si><t>" + b"x" * 2000 + b"</t></si>"
_CHUNK = 1 << 20
_PART_MAX = (4 << 30) - (2 << 20)  # below 4 GiB: no zip64


def _deflated(data: bytes, mode: int = zlib.Z_FULL_FLUSH) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(mode)


def repeated_stream(
    head: bytes, unit: bytes, tail: bytes, compressed: int, inflated: int = _PART_MAX
) -> tuple[bytes, int]:
    """A raw deflate stream of ``head``, ``unit`` repeated, ``tail``: about ``compressed`` bytes
    long but inflating to no more than about ``inflated``; and the size it inflates to."""
    chunk = unit * (_CHUNK // len(unit))
    block = _deflated(chunk)
    count = max(1, min(compressed // len(block), inflated // len(chunk)))
    stream = _deflated(head) + block * count + _deflated(tail, zlib.Z_FINISH)
    return stream, len(head) + len(chunk) * count + len(tail)


def _entry(name: str, raw: bytes, size: int, crc: int, offset: int) -> tuple[bytes, bytes]:
    encoded = name.encode()
    fields = (20, 0, 8, 0, 0x21, crc, len(raw), size, len(encoded), 0)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + encoded + raw
    central = (
        struct.pack("<IH", 0x02014B50, 20)
        + struct.pack("<HHHHHIIIHH", *fields)
        + struct.pack("<HHHII", 0, 0, 0, 0, offset)
        + encoded
    )
    return local, central


def write_zip(path: Path, entries: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of (name, raw deflate data, declared size, CRC) entries, written by hand so the
    declared sizes and CRCs may be anything."""
    body, directory = bytearray(), bytearray()
    for name, raw, size, crc in entries:
        local, central = _entry(name, raw, size, crc, len(body))
        body += local
        directory += central
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0
    )
    path.write_bytes(bytes(body + directory + end))
    return path


def _workbook_parts() -> dict[str, bytes]:
    """The parts of a real one-sheet workbook, to build the hostile ones around."""
    book = openpyxl.Workbook()
    book.active.append(["order_no"])
    data = io.BytesIO()
    book.save(data)
    import zipfile

    with zipfile.ZipFile(data) as zipped:
        return {name: zipped.read(name) for name in zipped.namelist()}


def _honest(name: str, data: bytes) -> tuple[str, bytes, int, int]:
    return name, _deflated(data, zlib.Z_FINISH), len(data), zlib.crc32(data)


def zip_bomb(path: Path, megabytes: float = 6.0) -> tuple[Path, int]:
    """An XLSX of about ``megabytes`` whose sheet and shared strings inflate ~1,000-fold (up to
    4 GiB each, so no zip64 is needed: a 6 MB file holds about 6 GB); returns the path and the
    inflated size."""
    budget = int(megabytes * (1 << 20))
    parts = _workbook_parts()
    sheet, sheet_size = repeated_stream(_HEAD, _ROW, _TAIL, budget // 2)
    strings, strings_size = repeated_stream(_STRINGS_HEAD, _STRING, b"</sst>", budget - len(sheet))
    entries = [_honest(n, d) for n, d in parts.items() if n not in (SHEET, STRINGS)]
    entries += [(SHEET, sheet, sheet_size, 0), (STRINGS, strings, strings_size, 0)]
    if STRINGS.encode() not in parts["[Content_Types].xml"]:
        types = parts["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        )
        entries = [e for e in entries if e[0] != "[Content_Types].xml"]
        entries.append(_honest("[Content_Types].xml", types))
    return write_zip(path, entries), sheet_size + strings_size


def lying_zip(path: Path, inflated: int = 200 << 20, declared: int = 4096) -> Path:
    """An XLSX whose sheet declares ``declared`` bytes but inflates to ``inflated``."""
    parts = _workbook_parts()
    sheet, _ = repeated_stream(_HEAD, _ROW, _TAIL, inflated, inflated)
    entries = [_honest(n, d) for n, d in parts.items() if n != SHEET]
    entries.append((SHEET, sheet, declared, 0))
    return write_zip(path, entries)
