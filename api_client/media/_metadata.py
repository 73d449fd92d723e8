"""What metadata we recognise, what we keep, and how we name what we removed.

The keep-list is deliberately tiny: EXIF Orientation (so the picture is not
shown sideways) and the resolution tags (so a scan keeps its physical size).
Everything else in EXIF goes, including tags we have never heard of, so a new
camera's new identifying tag is removed by default.

Labels are for people ("GPS location", "maker notes"), listed once each in the
order first met. They describe what the file *had*; the cleaned file has none
of it whether or not a label was produced.
"""

from __future__ import annotations

import numbers
import struct

from PIL import Image, ImageFile
from PIL.ExifTags import IFD, Base

GPS = "GPS location"
XMP = "XMP"
IPTC = "IPTC"
MAKER_NOTES = "maker notes"
COMMENT = "comment"
SERIAL_NUMBERS = "serial numbers"
OWNER = "owner name"
CAMERA = "camera make and model"
DATES = "date and time"
THUMBNAIL = "thumbnail"
EMBEDDED_IMAGES = "embedded extra images"
TRAILING_DATA = "data after the end of the image"
TEXT = "text notes"
OTHER = "other metadata"

_RESOLUTION_TAGS = (Base.XResolution, Base.YResolution, Base.ResolutionUnit)

_CATEGORIES: dict[int, str] = {
    Base.MakerNote: MAKER_NOTES,
    Base.UserComment: COMMENT,
    Base.ImageDescription: COMMENT,
    Base.XPComment: COMMENT,
    Base.XPTitle: COMMENT,
    Base.XPSubject: COMMENT,
    Base.XPKeywords: COMMENT,
    Base.BodySerialNumber: SERIAL_NUMBERS,
    Base.LensSerialNumber: SERIAL_NUMBERS,
    Base.ImageUniqueID: SERIAL_NUMBERS,
    Base.CameraOwnerName: OWNER,
    Base.Artist: OWNER,
    Base.XPAuthor: OWNER,
    Base.Copyright: OWNER,
    Base.Make: CAMERA,
    Base.Model: CAMERA,
    Base.LensMake: CAMERA,
    Base.LensModel: CAMERA,
    Base.Software: CAMERA,
    Base.DateTime: DATES,
    Base.DateTimeOriginal: DATES,
    Base.DateTimeDigitized: DATES,
}

_IPTC_TAGS = (33723, 34377)  # TIFF tags: IPTC-NAA, Photoshop image resources

# What Pillow raises on malformed EXIF: it parses lazily, so any access can fail.
_EXIF_ERRORS = (KeyError, ValueError, TypeError, OSError, SyntaxError, struct.error, IndexError)


class Labels:
    """An ordered set of removal labels."""

    def __init__(self) -> None:
        self._items: dict[str, None] = {}

    def add(self, *labels: str) -> None:
        self._items.update(dict.fromkeys(labels))

    def as_list(self) -> list[str]:
        return list(self._items)


def load_exif(raw: bytes) -> Image.Exif | None:
    """Parse EXIF (with or without the ``Exif\\0\\0`` prefix); None if unreadable."""
    exif = Image.Exif()
    try:
        exif.load(raw)
    except _EXIF_ERRORS:
        return None
    return exif


def exif_labels(exif: Image.Exif, *, chained_ifd_is_thumbnail: bool = True) -> list[str]:
    """Labels for the identifying parts of ``exif``.

    In an EXIF block the IFD after the first holds a thumbnail; in a TIFF file
    it is the next page, so TIFF callers pass ``chained_ifd_is_thumbnail=False``.
    """
    labels = Labels()
    try:
        if exif.get_ifd(IFD.GPSInfo):
            labels.add(GPS)
        for tags in (exif, exif.get_ifd(IFD.Exif)):
            labels.add(*(_CATEGORIES[tag] for tag in tags if tag in _CATEGORIES))
        if chained_ifd_is_thumbnail and exif.get_ifd(IFD.IFD1):
            labels.add(THUMBNAIL)
    except _EXIF_ERRORS:
        labels.add(OTHER)
    return labels.as_list()


def orientation(exif: Image.Exif | None) -> int:
    """EXIF Orientation if it is one of the eight valid values, else 1 (as stored)."""
    value = _get(exif, Base.Orientation) if exif is not None else None
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def minimal_exif(exif: Image.Exif) -> bytes | None:
    """A fresh EXIF block (``Exif\\0\\0`` + TIFF) holding only orientation and resolution.

    Built from scratch rather than by deleting from the original, so nothing we
    did not choose (sub-IFDs, thumbnails, odd offsets) can survive. Values of an
    unexpected type are dropped rather than trusted. None when nothing is kept.
    """
    kept = Image.Exif()
    if isinstance(_get(exif, Base.Orientation), int):
        kept[Base.Orientation] = orientation(exif)
    for tag in _RESOLUTION_TAGS:
        value = _get(exif, tag)
        if isinstance(value, numbers.Real):
            kept[tag] = value
    return kept.tobytes() if kept else None


def _get(exif: Image.Exif, tag: int) -> object:
    try:
        return exif.get(tag)
    except _EXIF_ERRORS:
        return None


def xmp_labels(packet: bytes) -> list[str]:
    """XMP, plus GPS when the packet visibly carries coordinates (``exif:GPS...``)."""
    return [XMP, GPS] if b"GPS" in packet else [XMP]


def image_labels(image: ImageFile.ImageFile) -> list[str]:
    """Labels for the metadata Pillow found in an opened image (its current frame)."""
    labels = Labels()
    tiff_tags = getattr(image, "tag_v2", None)
    try:
        labels.add(*exif_labels(image.getexif(), chained_ifd_is_thumbnail=tiff_tags is None))
    except _EXIF_ERRORS:
        labels.add(OTHER)
    xmp = image.info.get("xmp")
    if xmp:
        labels.add(*xmp_labels(xmp if isinstance(xmp, bytes) else str(xmp).encode()))
    if tiff_tags is not None and any(tag in tiff_tags for tag in _IPTC_TAGS):
        labels.add(IPTC)
    if image.info.get("thumbnails"):  # pillow-heif lists embedded HEIF thumbnails here
        labels.add(THUMBNAIL)
    return labels.as_list()
