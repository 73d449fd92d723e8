"""Lossless JPEG cleaning: rewrite the marker segments, copy the scans byte for byte.

Re-encoding a JPEG would lose quality and change every pixel; metadata lives
in its own segments, so we can drop or rebuild those and leave the image data
exactly as it was. What survives, by segment:

* APP0 JFIF, without its optional thumbnail (JFXX extension thumbnails go);
* APP1 EXIF, rebuilt from scratch with orientation and resolution only
  (GPS, maker notes, serial numbers, owner, dates and the IFD1 thumbnail go);
* APP2 ICC_PROFILE (colour), APP14 Adobe (says how to convert the colours
  back: without it CMYK and some RGB files would decode differently);
* every coding segment (DQT, DHT, SOFn, DRI, SOS, ...) and the scans.

Everything else goes: XMP and extended XMP, APP13 Photoshop/IPTC, COM, MPF
and any other APPn, and whatever follows EOI (phones append extra images and
videos there, each with its own EXIF).
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO

from . import _metadata as md
from ._io import CHUNK_SIZE, HashingWriter
from ._types import DAMAGED, MediaError

_SOS, _EOI, _COM = 0xDA, 0xD9, 0xFE
_APP0, _APP1, _APP2, _APP13, _APP14, _APP15 = 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xEF
# Markers that stand alone, without a length: TEM and RST0..RST7.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})

_JFIF = b"JFIF\x00"
_JFIF_HEADER_SIZE = 14  # identifier, version, units, densities, thumbnail width and height
_EXIF = b"Exif\x00\x00"
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"
_ICC = b"ICC_PROFILE\x00"
_ADOBE = b"Adobe"
_ADOBE_SIZE = 12  # identifier, version, flags0, flags1, colour transform
_MPF = b"MPF\x00"

# Inside entropy-coded data 0xFF is followed by 0x00 (stuffing), RSTn or more 0xFF
# (fill); any other byte after 0xFF starts a real marker.
_MARKER_IN_SCAN = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def rewrite_jpeg(src: BinaryIO, dst: HashingWriter) -> list[str]:
    """Copy the JPEG in ``src`` to ``dst`` without its metadata; return removal labels.

    ``src`` must be seekable. Raises :class:`MediaError` if the structure is
    broken or the file ends before EOI; the pixels themselves are checked by
    decoding the result afterwards.
    """
    if src.read(2) != b"\xff\xd8":
        raise MediaError(DAMAGED)
    dst.write(b"\xff\xd8")
    cleaner = _SegmentFilter()
    marker = _read_marker(src)
    while marker != _EOI:
        if marker in _STANDALONE:
            dst.write(bytes((0xFF, marker)))
            marker = _read_marker(src)
            continue
        payload = _read_payload(src)
        kept = cleaner.keep(marker, payload)
        if kept is not None:
            dst.write(bytes((0xFF, marker)) + (len(kept) + 2).to_bytes(2, "big") + kept)
        marker = _copy_scan(src, dst) if marker == _SOS else _read_marker(src)
    dst.write(b"\xff\xd9")
    if src.read(1):
        cleaner.labels.add(md.TRAILING_DATA)
    return cleaner.labels.as_list()


class _SegmentFilter:
    """Decides, segment by segment, what to keep; remembers what it dropped."""

    def __init__(self) -> None:
        self.labels = md.Labels()
        self._exif_seen = False

    def keep(self, marker: int, payload: bytes) -> bytes | None:
        """The payload to write for this segment (maybe rewritten), or None to drop it."""
        if marker == _APP0:
            return self._app0(payload)
        if marker == _APP1 and payload.startswith(_EXIF):
            return self._exif(payload)
        if marker == _APP1 and payload.startswith((_XMP, _XMP_EXTENSION)):
            self.labels.add(*md.xmp_labels(payload))
            return None
        if marker == _APP2 and payload.startswith(_ICC):
            return payload
        if marker == _APP14 and payload.startswith(_ADOBE):
            return payload[:_ADOBE_SIZE]
        if marker == _APP13:
            self.labels.add(md.IPTC)
            return None
        if marker == _APP2 and payload.startswith(_MPF):
            self.labels.add(md.EMBEDDED_IMAGES)
            return None
        if _APP0 <= marker <= _APP15:
            self.labels.add(md.OTHER)
            return None
        if marker == _COM:
            self.labels.add(md.COMMENT)
            return None
        return payload

    def _app0(self, payload: bytes) -> bytes | None:
        if not payload.startswith(_JFIF) or len(payload) < _JFIF_HEADER_SIZE:
            self.labels.add(md.THUMBNAIL if payload.startswith(b"JFXX\x00") else md.OTHER)
            return None
        if len(payload) > _JFIF_HEADER_SIZE:
            self.labels.add(md.THUMBNAIL)
        return payload[: _JFIF_HEADER_SIZE - 2] + b"\x00\x00"

    def _exif(self, payload: bytes) -> bytes | None:
        if self._exif_seen:  # only the first EXIF block counts for readers
            self.labels.add(md.OTHER)
            return None
        self._exif_seen = True
        exif = md.load_exif(payload)
        if exif is None:
            self.labels.add(md.OTHER)
            return None
        self.labels.add(*md.exif_labels(exif))
        return md.minimal_exif(exif)


def _read_marker(src: BinaryIO) -> int:
    """The next marker code; the file must not end here.

    Stray bytes before a marker are skipped (and so dropped), as decoders do:
    some cameras leave padding between segments.
    """
    while (byte := src.read(1)) != b"\xff":
        if not byte:
            raise MediaError(DAMAGED)
    while (byte := src.read(1)) == b"\xff":
        pass
    if not byte:
        raise MediaError(DAMAGED)
    return byte[0]


def _read_payload(src: BinaryIO) -> bytes:
    """A segment's payload (after its 2-byte length, which counts itself)."""
    size = int.from_bytes(src.read(2), "big") - 2
    payload = src.read(size) if size >= 0 else b""
    if size < 0 or len(payload) != size:
        raise MediaError(DAMAGED)
    return payload


def _copy_scan(src: BinaryIO, dst: HashingWriter) -> int:
    """Copy entropy-coded data verbatim up to the next marker; return that marker.

    Reads in chunks; a 0xFF at a chunk's end is held back until we know whether
    a marker follows it. ``src`` is rewound to just after the marker code.
    """
    held = b""
    while chunk := src.read(CHUNK_SIZE):
        data = held + chunk
        found = _MARKER_IN_SCAN.search(data)
        if found:
            dst.write(data[: found.start()])
            src.seek(found.end() - len(data), io.SEEK_CUR)
            return data[found.end() - 1]
        held = b"\xff" if data.endswith(b"\xff") else b""
        dst.write(data[: len(data) - len(held)])
    raise MediaError(DAMAGED)
