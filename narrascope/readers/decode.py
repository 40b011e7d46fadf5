"""Bytes to text: refuse empty, binary and oversized input; decode UTF-8 or detect the encoding."""
from __future__ import annotations

from ..errors import BinaryInputError, EmptyInputError, InputTooLargeError


def check_size(size: int, limit: int, name: str) -> None:
    """Raise :class:`InputTooLargeError` when ``size`` exceeds ``limit`` bytes."""
    if size > limit:
        raise InputTooLargeError(
            f"{name}: {size:,} bytes is over the {limit:,}-byte limit "
            "(raise it with --max-bytes or NARRASCOPE_MAX_INPUT_BYTES)"
        )


def decode_bytes(data: bytes, name: str, limit: int) -> tuple[str, str | None]:
    """Decode ``data``; return ``(text, note)`` where ``note`` says when it was not UTF-8.

    UTF-8 is decoded exactly, newlines and a byte-order mark untouched (annotation offsets count them). Otherwise the
    encoding is
    detected with charset-normalizer and named in the note, so the user knows the text was converted.
    """
    check_size(len(data), limit, name)
    if not data.strip():
        raise EmptyInputError(f"{name}: the input is empty; give an article with some text")
    if _looks_binary(data):
        raise BinaryInputError(f"{name}: this looks like a binary file, not text; "
                               "give a .txt, .html, .json, .jsonl or .csv file")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text, encoding = _decode_legacy(data)
    if text is None:
        raise BinaryInputError(f"{name}: cannot decode the text in any known encoding; save it as UTF-8")
    if not text.strip():
        raise EmptyInputError(f"{name}: the input is empty; give an article with some text")
    return text, f"{name}: not UTF-8; decoded as {encoding}"


def _decode_legacy(data: bytes) -> tuple[str | None, str]:
    """Decode non-UTF-8 bytes: UTF-16 by its BOM, the Windows code pages news files mostly come in, then detection.

    Generic detectors confuse the Latin code pages on short texts (cp1252 read as cp1250 turns "è" into
    "č"), so cp1252 is tried first; Cyrillic cp1251 text decoded as cp1252 is almost all accented capitals
    and lower-case letters from the upper half, which tells them apart.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        latin = data.decode("cp1252")
    except UnicodeDecodeError:
        latin = None
    if latin is not None:
        letters = [c for c in latin if c.isalpha()]
        upper_half = sum(1 for c in letters if "\u00c0" <= c <= "\u00ff")
        if letters and upper_half / len(letters) > 0.3:
            return data.decode("cp1251", errors="replace"), "cp1251"
        return latin, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return (str(best), best.encoding) if best is not None else (None, "")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too; let it through to detection only when it carries a BOM.
        return not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"))
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05
