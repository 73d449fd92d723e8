"""Recognise a file by its first bytes.

Names and extensions are chosen by whoever sent the file, so they decide
nothing here: an ``invoice.jpg`` that starts with ``MZ`` is a Windows program.
For things we refuse, a short description makes the message useful
("it looks like a ZIP archive") without pretending to be a virus scanner.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import _sentences as S
from ._io import open_source
from ._types import EMPTY, MediaError, MediaType

HEADER_SIZE = 512
"""Bytes read for sniffing: enough for a HEIF ``ftyp`` box with many brands."""

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_HEIF_GENERIC_BRANDS = {b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}

# Refused content: (prefix, offset, what it looks like). The first match wins.
_LOOKS_LIKE: tuple[tuple[bytes, int, str], ...] = (
    (b"MZ", 0, S.KIND_WINDOWS_PROGRAM()),
    (b"\x7fELF", 0, S.KIND_LINUX_PROGRAM()),
    (b"\xfe\xed\xfa\xce", 0, S.KIND_MACOS_PROGRAM()),
    (b"\xfe\xed\xfa\xcf", 0, S.KIND_MACOS_PROGRAM()),
    (b"\xce\xfa\xed\xfe", 0, S.KIND_MACOS_PROGRAM()),
    (b"\xcf\xfa\xed\xfe", 0, S.KIND_MACOS_PROGRAM()),
    (b"\xca\xfe\xba\xbe", 0, S.KIND_MACOS_JAVA_PROGRAM()),
    (b"#!", 0, S.KIND_SCRIPT()),
    (b"PK\x03\x04", 0, S.KIND_ZIP()),
    (b"PK\x05\x06", 0, S.KIND_ZIP()),
    (b"Rar!\x1a\x07", 0, S.KIND_RAR()),
    (b"7z\xbc\xaf\x27\x1c", 0, S.KIND_7Z()),
    (b"\x1f\x8b", 0, S.KIND_COMPRESSED()),
    (b"GIF87a", 0, S.KIND_GIF()),
    (b"GIF89a", 0, "a GIF image"),
    (b"BM", 0, "a BMP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Office document"),
    (b"ftyp", 4, "a video"),
)


def sniff(source: str | os.PathLike[str] | bytes | bytearray | memoryview) -> MediaType:
    """Return the media type of a file (given by path) or of a file's first bytes.

    Bytes are taken as the start of the file; pass at least :data:`HEADER_SIZE`
    bytes when you have them. Raises :class:`MediaError` for empty files and for
    anything that is not a supported photo or PDF.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        header = bytes(source)
    else:
        header = read_header(Path(source))
    if not header:
        raise MediaError(EMPTY)
    media_type = _recognise(header)
    if media_type is None:
        raise MediaError(_refusal(header))
    return media_type


def read_header(path: Path) -> bytes:
    """The first :data:`HEADER_SIZE` bytes of a regular file.

    Refuses folders, FIFOs and devices before reading (see :func:`open_source`):
    opening or reading those could block forever or never end.
    """
    with open_source(path) as file:
        return file.read(HEADER_SIZE)


def _recognise(header: bytes) -> MediaType | None:
    if header.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if header.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    if header[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return MediaType.TIFF
    if header[:4] == b"RIFF" and header[8:12] == b"WEBP":
        return MediaType.WEBP
    if header.startswith(b"%PDF-"):
        return MediaType.PDF
    brands = _ftyp_brands(header)
    if brands & _HEIF_BRANDS or (brands & _HEIF_GENERIC_BRANDS and not brands & _AVIF_BRANDS):
        return MediaType.HEIF
    return None


def _ftyp_brands(header: bytes) -> set[bytes]:
    """Major and compatible brands of an ISO-BMFF ``ftyp`` box at offset 0."""
    if header[4:8] != b"ftyp":
        return set()
    end = min(int.from_bytes(header[:4], "big"), len(header))
    brands = {header[8:12]}
    brands.update(header[offset : offset + 4] for offset in range(16, end - 3, 4))
    return brands


def _refusal(header: bytes) -> str:
    if _ftyp_brands(header) & _AVIF_BRANDS:
        return S.MEDIA_UNSUPPORTED_LIKE(kind=S.KIND_AVIF())
    for prefix, offset, description in _LOOKS_LIKE:
        if header[offset:].startswith(prefix):
            return S.MEDIA_UNSUPPORTED_LIKE(kind=description)
    return S.MEDIA_UNSUPPORTED()
