"""Opening images with Pillow without trusting them.

Three rules: the file is opened only as the format its bytes claimed (so a
polyglot cannot be routed to another decoder); its pixel count is checked
against a limit *before* any pixel is decoded; and every decoder failure
becomes a :class:`MediaError` with a sentence a person can read. Failures of
our own disk (while saving) are not wrapped: they stay ``OSError``.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageFile, ImageOps

from ._io import open_source
from ._types import BOMB, DAMAGED, MediaError, MediaType

DEFAULT_MAX_PIXELS = 100_000_000

_PIL_FORMAT = {
    MediaType.JPEG: "JPEG",
    MediaType.PNG: "PNG",
    MediaType.HEIF: "HEIF",
    MediaType.TIFF: "TIFF",
    MediaType.WEBP: "WEBP",
}
# What Pillow's decoders raise on bad input (UnidentifiedImageError is an OSError).
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error)


@contextmanager
def decoding() -> Iterator[None]:
    """Turn decoder failures inside the block into :class:`MediaError`."""
    try:
        yield
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # The warning only arrives as an exception where warnings are errors
        # (Pillow's own limit is below ours); either way it is a bomb.
        raise MediaError(BOMB) from exc
    except _DECODE_ERRORS as exc:
        raise MediaError(DAMAGED) from exc


@contextmanager
def open_image(path: Path, media_type: MediaType, max_pixels: int) -> Iterator[ImageFile.ImageFile]:
    """Open ``path`` lazily as ``media_type``, refusing more than ``max_pixels`` up front.

    Pillow's own process-wide limit (``Image.MAX_IMAGE_PIXELS``) still applies
    on top; breaching it is reported the same way.
    """
    if media_type is MediaType.HEIF:
        _enable_heif()
    with open_source(path) as file:
        with decoding():
            image = Image.open(file, formats=[_PIL_FORMAT[media_type]])
        with image:
            check_pixels(image.size[0] * image.size[1], max_pixels)
            yield image


def check_pixels(pixels: int, max_pixels: int) -> None:
    if pixels > max_pixels:
        raise MediaError(BOMB)


def upright(image: Image.Image) -> Image.Image:
    """A decoded copy turned the way EXIF says it is viewed, keeping only its ICC profile.

    The copy is a plain ``Image`` (not the file's ``ImageFile``) and its
    ``info`` is emptied, so savers cannot pick up the source's TIFF tags, EXIF,
    XMP or comments by themselves.
    """
    with decoding():
        image.load()
        turned = ImageOps.exif_transpose(image)
    turned.info = {"icc_profile": image.info["icc_profile"]} if "icc_profile" in image.info else {}
    return turned


def to_rgb(image: Image.Image) -> Image.Image:
    """An ``RGB`` or ``L`` image for JPEG output, with transparency laid over white.

    RGB and L images are returned as they are. Converted ones keep only an
    ICC profile that still describes their pixels (an RGBA profile, not a
    CMYK one) and nothing else from ``info``.
    """
    if image.mode in ("RGB", "L"):
        return image
    icc = image.info.get("icc_profile") if image.mode == "RGBA" else None
    if image.mode in ("RGBA", "LA", "PA", "P"):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
    else:
        flat = image.convert("RGB")
    flat.info = {"icc_profile": icc} if icc else {}
    return flat


@functools.cache
def _enable_heif() -> None:
    """Register pillow-heif with Pillow, once, and only when a HEIF file shows up."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
