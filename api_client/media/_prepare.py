"""``prepare``: make the copy of a user's file that is allowed to leave the machine.

The privacy policy promises we do not collect precise location; photos carry
it (EXIF GPS, XMP), so nothing is uploaded before it has been through here.
The source file is never modified; the cleaned copy is written under a random
name in ``work_dir`` and the caller deletes it once uploaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ._decode import DEFAULT_MAX_PIXELS, decoding, open_image
from ._io import CHUNK_SIZE, HashingWriter, copy_rest, open_source, reserve_output
from ._jpeg import rewrite_jpeg
from ._names import safe_display_name
from ._pdf import check_pdf
from ._png import rewrite_png
from ._quality import ANALYSIS_MIN, Quality, check_image
from ._resave import heif_to_jpeg, reorient_png, resave_tiff, resave_webp
from ._sniff import sniff
from ._thumbs import preview
from ._types import MediaType

if TYPE_CHECKING:
    from PIL import Image

    from ._thumbs import ThumbnailCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreparedFile:
    """A cleaned file, ready to upload.

    ``path`` is inside the ``work_dir`` given to :func:`prepare`, under a
    random name; ``original_name`` is only for display and the upload's
    ``filename`` field. ``removed`` lists, for people, what the source carried
    that the cleaned file does not (empty for PDFs, which are not cleaned).
    """

    path: Path
    media_type: MediaType
    mime: str
    size: int
    sha256: str
    original_name: str
    removed: list[str]
    #: How readable the photo looks (:mod:`._quality`), measured on the decode that checked it;
    #: None for what is not a photo (PDF, PNG, WebP, TIFF: scans and screenshots).
    quality: Quality | None = None


def prepare(src: Path, work_dir: Path, *, max_pixels: int = DEFAULT_MAX_PIXELS,
            thumbnails: ThumbnailCache | None = None) -> PreparedFile:
    """Check ``src`` by content and write a cleaned copy into ``work_dir``.

    * JPEG: lossless, the scans are copied byte for byte; only orientation and
      resolution survive in EXIF (see ``_jpeg``).
    * PNG: lossless chunk rewrite; an EXIF orientation is applied to the pixels.
    * WebP, TIFF: re-saved without metadata, turned upright.
    * HEIC/HEIF: converted to JPEG (``media_type`` is then JPEG).
    * PDF: copied as is, then the copy is checked: complete, not encrypted,
      no active content (JavaScript, launch actions, embedded files: refused,
      see ``_pdf``). PDF metadata (document info, XMP) is **not** removed.

    ``thumbnails``: where the queue keeps its previews. A JPEG's preview is
    then made from the decode that checks it (no second decode later); other
    types get theirs when it is asked for (:meth:`ThumbnailCache.get`).

    Images larger than ``max_pixels`` are refused before decoding. Raises
    :class:`MediaError` when the content cannot be accepted and ``OSError`` for
    file-system failures; either way no partial output is left behind.
    """
    src = Path(src)
    media_type = sniff(src)
    output_type = MediaType.JPEG if media_type is MediaType.HEIF else media_type
    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    dst = reserve_output(work_dir, output_type.extension)
    preview_size = thumbnails.size if thumbnails is not None else None
    picture: Image.Image | None = None
    quality: Quality | None = None
    try:
        if media_type is MediaType.JPEG:
            removed, sha256, picture, quality = _clean_jpeg(src, dst, max_pixels, preview_size)
        else:
            removed, sha256 = _CLEANERS[media_type](src, dst, max_pixels)
            if media_type is MediaType.HEIF:  # a phone's photo, now a JPEG: checked at 1/8 scale too
                quality = _decode_jpeg(dst, max_pixels, None)[1]
        size = dst.stat().st_size
    except BaseException:
        dst.unlink(missing_ok=True)
        raise
    if thumbnails is not None and picture is not None:
        try:
            thumbnails.put(sha256, picture)
        except OSError as exc:  # only the preview is missing: it is made again when it is shown
            log.info("could not keep the preview of %s: %s", dst.name, exc)
    return PreparedFile(
        path=dst,
        media_type=output_type,
        mime=output_type.mime,
        size=size,
        sha256=sha256,
        original_name=safe_display_name(src.name),
        removed=removed,
        quality=quality,
    )


def _clean_jpeg(src: Path, dst: Path, max_pixels: int, preview_size: int | None = None
                ) -> tuple[list[str], str, Image.Image | None, Quality]:
    with open_source(src) as reader, dst.open("wb") as writer:
        out = HashingWriter(writer)
        removed = rewrite_jpeg(reader, out)
    picture, quality = _decode_jpeg(dst, max_pixels, preview_size)
    return removed, out.hexdigest(), picture, quality


def _decode_jpeg(path: Path, max_pixels: int, preview_size: int | None) -> tuple[Image.Image | None, Quality]:
    """Decode every scan of the cleaned JPEG, to refuse damaged ones before upload,
    at the smallest size libjpeg can give that still leaves the quality check
    ``ANALYSIS_MIN`` pixels on the long side (1/8 for a 12 MP photo) and the preview its size.

    Scaling happens in the inverse DCT: libjpeg still Huffman-decodes every
    coefficient of every scan (it must, to find the next one), so whatever
    a full decode refuses (a truncated scan, a broken data stream, a bad
    marker) is refused here too, while the transforms, upsampling and colour
    conversion shrink to a fraction. Without a preview to make, a colour
    photo is decoded to grey (the colour components are still entropy-decoded:
    they are interleaved with the grey one). Returns the preview (or None) and
    the photo's quality, measured on the same decode.
    """
    with open_image(path, MediaType.JPEG, max_pixels) as image, decoding():
        width, height = image.size
        fit = min(1.0, ANALYSIS_MIN / max(width, height, 1))
        wanted = (max(1, int(width * fit)), max(1, int(height * fit)))
        if preview_size is None:
            image.draft("L" if image.mode == "RGB" else image.mode, wanted)
        else:
            image.draft(image.mode, (max(preview_size, wanted[0]), max(preview_size, wanted[1])))
        # The file (just written: in the page cache) to libjpeg in 1 MiB blocks, not 64 kB ones:
        # 5 decode calls for a 12-MP photo instead of 70, so fewer waits for the GIL while
        # another thread holds it. The decode still reads every entropy-coded byte.
        image.decodermaxblock = max(image.decodermaxblock, CHUNK_SIZE)
        image.load()
        quality = check_image(image, width * height)
        return (None if preview_size is None else preview(image, preview_size)), quality


def _clean_png(src: Path, dst: Path, max_pixels: int) -> tuple[list[str], str]:
    with open_source(src) as reader, dst.open("wb") as writer:
        out = HashingWriter(writer)
        removed, orientation = rewrite_png(reader, out)
    if orientation != 1:
        return removed, reorient_png(dst, orientation, max_pixels)
    _decode_fully(dst, MediaType.PNG, max_pixels)
    return removed, out.hexdigest()


def _copy_pdf(src: Path, dst: Path, max_pixels: int) -> tuple[list[str], str]:
    """Stream the PDF across, hashing as we go, then check the copy (what will be
    sent) for damage, encryption and active content; ``max_pixels`` does not apply."""
    with open_source(src) as reader, dst.open("wb") as writer:
        out = HashingWriter(writer)
        copy_rest(reader, out)
    check_pdf(dst)
    return [], out.hexdigest()


def _decode_fully(path: Path, media_type: MediaType, max_pixels: int) -> None:
    """Decode every pixel, to refuse truncated or corrupt images before upload."""
    with open_image(path, media_type, max_pixels) as image, decoding():
        image.load()


#: How each type but JPEG (which may hand back its preview, see :func:`prepare`) is cleaned.
_CLEANERS: dict[MediaType, Callable[[Path, Path, int], tuple[list[str], str]]] = {
    MediaType.PNG: _clean_png,
    MediaType.WEBP: resave_webp,
    MediaType.TIFF: resave_tiff,
    MediaType.HEIF: heif_to_jpeg,
    MediaType.PDF: _copy_pdf,
}
