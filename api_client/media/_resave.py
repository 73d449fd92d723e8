"""Cleaning by re-encoding, for formats where a lossless rewrite is not worth it.

WebP, TIFF and HEIF keep metadata in containers (RIFF chunks, IFD trees,
ISO-BMFF boxes) whose rewriting would need far more code than the benefit; we
decode, turn the picture upright and save a fresh file that has only pixels,
the ICC profile and (TIFF) the resolution. Quality is kept where the format
allows: lossless WebP stays lossless, TIFF keeps its compression scheme.

Each function returns the removal labels and the output's SHA-256.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image

from . import _metadata as md
from ._decode import check_pixels, decoding, open_image, to_rgb, upright
from ._io import sha256_file
from ._types import MediaType

HEIF_JPEG_QUALITY = 92
LOSSY_WEBP_QUALITY = 95
TIFF_JPEG_QUALITY = 95

_TIFF_LOSSLESS = frozenset({"raw", "tiff_lzw", "tiff_adobe_deflate", "tiff_deflate", "packbits"})
_TIFF_CCITT = frozenset({"group3", "group4", "tiff_ccitt"})
_TIFF_JPEG = frozenset({"jpeg", "tiff_jpeg"})
_TIFF_RESOLUTION = {"x_resolution": 282, "y_resolution": 283, "resolution_unit": 296}

# EXIF orientation -> the transposition that shows the picture as intended
# (the same table ImageOps.exif_transpose uses).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def resave_webp(src: Path, dst: Path, max_pixels: int) -> tuple[list[str], str]:
    """Lossless stays lossless; lossy is re-encoded at high quality.

    Animated WebP keeps its first frame only: an upload is one picture.
    """
    lossless = _webp_is_lossless(src)
    options: dict[str, Any] = {"lossless": True} if lossless else {"quality": LOSSY_WEBP_QUALITY}
    with open_image(src, MediaType.WEBP, max_pixels) as image:
        labels = md.image_labels(image)
        frame = upright(image)
    frame.save(dst, format="WEBP", icc_profile=frame.info.get("icc_profile"), **options)
    return labels, sha256_file(dst)


def resave_tiff(src: Path, dst: Path, max_pixels: int) -> tuple[list[str], str]:
    """Every page is kept, each turned upright; the compression scheme is kept when possible.

    Pages are held decoded until the file is written, so ``max_pixels`` bounds
    the pages' total, not each page.
    """
    labels = md.Labels()
    pages: list[Image.Image] = []
    with open_image(src, MediaType.TIFF, max_pixels) as image:
        compression = image.info.get("compression")
        resolution = _tiff_resolution(image)
        with decoding():
            page_count = getattr(image, "n_frames", 1)
        total = 0
        for index in range(page_count):
            with decoding():
                image.seek(index)
            total += image.size[0] * image.size[1]
            check_pixels(total, max_pixels)
            labels.add(*md.image_labels(image))
            pages.append(upright(image))
    first, *rest = pages
    options = _tiff_compression(compression, {page.mode for page in pages})
    first.save(
        dst,
        format="TIFF",
        save_all=True,
        append_images=rest,
        icc_profile=first.info.get("icc_profile"),
        **resolution,
        **options,
    )
    return labels.as_list(), sha256_file(dst)


def heif_to_jpeg(src: Path, dst: Path, max_pixels: int) -> tuple[list[str], str]:
    """HEIC/HEIF becomes JPEG: the service and most viewers cannot show HEIF.

    libheif already applies the container's rotation and pillow-heif resets
    the EXIF orientation to match, so ``upright`` does not turn it twice.
    """
    with open_image(src, MediaType.HEIF, max_pixels) as image:
        labels = md.image_labels(image)
        frame = to_rgb(upright(image))
    frame.save(dst, format="JPEG", quality=HEIF_JPEG_QUALITY, icc_profile=frame.info.get("icc_profile"))
    return labels, sha256_file(dst)


def reorient_png(path: Path, orientation: int, max_pixels: int) -> str:
    """Apply an EXIF orientation to an already cleaned PNG, in place; return its SHA-256.

    Needed because cleaning removed the eXIf chunk that told viewers to turn
    the picture. PNG is lossless, so re-encoding keeps every pixel value.
    """
    with open_image(path, MediaType.PNG, max_pixels) as image:
        with decoding():
            image.load()
        turned = image.transpose(_UPRIGHT[orientation])
    turned.save(path, format="PNG", dpi=turned.info.get("dpi"))
    return sha256_file(path)


def _tiff_compression(compression: object, modes: set[str]) -> dict[str, Any]:
    """Save options that keep the source's compression if every page can use it.

    CCITT fax coding only exists for 1-bit pages and JPEG for 8-bit grey/colour;
    when pages cannot use the original scheme, or we cannot write it, LZW keeps
    the pixels exact.
    """
    if compression in _TIFF_LOSSLESS:
        return {"compression": compression}
    if compression in _TIFF_CCITT and modes == {"1"}:
        return {"compression": "group4"}
    if compression in _TIFF_JPEG and modes <= {"L", "RGB", "CMYK"}:
        return {"compression": "jpeg", "quality": TIFF_JPEG_QUALITY}
    return {"compression": "tiff_lzw"}


def _tiff_resolution(image: Image.Image) -> dict[str, Any]:
    """The first page's resolution tags, as save options, only if it has them.

    Read from the tags rather than ``info["dpi"]``, which Pillow fills with 1
    when a TIFF states no resolution: writing that back would claim 1 dpi.
    """
    tags = getattr(image, "tag_v2", {})
    return {option: tags[tag] for option, tag in _TIFF_RESOLUTION.items() if tag in tags}


def _webp_is_lossless(path: Path) -> bool:
    """True when the first image chunk is ``VP8L`` (lossless) rather than ``VP8 ``."""
    with path.open("rb") as file:
        file.seek(12)  # RIFF, size, WEBP
        while len(header := file.read(8)) == 8:
            kind, size = header[:4], int.from_bytes(header[4:], "little")
            if kind in (b"VP8L", b"VP8 "):
                return kind == b"VP8L"
            file.seek(size + (size & 1), 1)
    return False
