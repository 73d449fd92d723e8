"""Lossless PNG cleaning: keep the chunks that define the picture, drop the rest.

PNG metadata lives in separate chunks (eXIf, tEXt/zTXt/iTXt with XMP under
the keyword ``XML:com.adobe.xmp``, tIME, private chunks), so a chunk-level
rewrite removes it without touching the compressed pixels. Kept chunks are
copied with their original CRCs. Anything after IEND is dropped.
"""

from __future__ import annotations

from typing import BinaryIO

from . import _metadata as md
from ._io import HashingWriter, copy_exactly
from ._types import DAMAGED, MediaError

SIGNATURE = b"\x89PNG\r\n\x1a\n"

# The picture and how to display it: geometry, palette, data, transparency,
# colour (gamma, chromaticities, sRGB, ICC, cICP), significant bits,
# background colour, physical pixel size.
_KEEP = frozenset(b"IHDR PLTE IDAT IEND tRNS gAMA cHRM sRGB iCCP cICP sBIT bKGD pHYs".split())
_TEXT = frozenset({b"tEXt", b"zTXt", b"iTXt"})
_XMP_KEYWORD = b"XML:com.adobe.xmp"
_MAX_CHUNK = 2**31 - 1
# Dropped chunks up to this size are read to say what they held; larger ones
# are skipped unread so a hostile file cannot make us buffer gigabytes.
_MAX_INSPECTED = 1024 * 1024


def rewrite_png(src: BinaryIO, dst: HashingWriter) -> tuple[list[str], int]:
    """Copy the PNG in ``src`` to ``dst`` without metadata chunks.

    Returns the removal labels and the EXIF orientation the file declared (1 if
    none): the caller must apply it to the pixels, since the eXIf chunk that
    carried it is gone. ``src`` must be seekable.
    """
    if src.read(len(SIGNATURE)) != SIGNATURE:
        raise MediaError(DAMAGED)
    dst.write(SIGNATURE)
    labels = md.Labels()
    orientation = 1
    while True:
        header = src.read(8)
        if len(header) != 8:
            raise MediaError(DAMAGED)
        length = int.from_bytes(header[:4], "big")
        kind = header[4:]
        if length > _MAX_CHUNK:
            raise MediaError(DAMAGED)
        if kind in _KEEP:
            dst.write(header)
            if not copy_exactly(src, dst, length + 4):  # data and CRC
                raise MediaError(DAMAGED)
            if kind == b"IEND":
                break
        elif length <= _MAX_INSPECTED:
            data = src.read(length)
            src.seek(4, 1)  # CRC
            if kind == b"eXIf":
                exif = md.load_exif(data)
                labels.add(*(md.exif_labels(exif) if exif is not None else [md.OTHER]))
                orientation = md.orientation(exif)
            else:
                labels.add(*_describe(kind, data))
        else:
            src.seek(length + 4, 1)
            labels.add(md.OTHER)
    if src.read(1):
        labels.add(md.TRAILING_DATA)
    return labels.as_list(), orientation


def _describe(kind: bytes, data: bytes) -> list[str]:
    if kind in _TEXT:
        keyword = data.split(b"\x00", 1)[0]
        return md.xmp_labels(data) if keyword == _XMP_KEYWORD else [md.TEXT]
    if kind == b"tIME":
        return [md.DATES]
    return [md.OTHER]
