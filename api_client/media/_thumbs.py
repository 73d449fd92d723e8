"""Small JPEG previews for the ticket list, and a content-addressed cache of them.

Thumbnails are keyed by the file's SHA-256, not by its path, so a renamed or
re-picked file reuses its preview and two different files can never share one.
They never carry metadata: they are fresh JPEGs made from pixels only.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from ._decode import DEFAULT_MAX_PIXELS, decoding, open_image, to_rgb
from ._io import sha256_file
from ._sniff import sniff
from ._types import MediaType

THUMBNAIL_QUALITY = 85
_SHA256 = re.compile(r"[0-9a-f]{64}")


def make_thumbnail(path: Path, dest: Path, size: int = 256) -> Path:
    """Write a JPEG preview of ``path`` fitting in ``size`` x ``size`` to ``dest``; return ``dest``.

    Photos are shown the way EXIF orientation says; PDFs get a generic
    document picture (rendering PDFs would need a PDF engine). ``dest`` is
    replaced atomically, so a reader never sees half a thumbnail. Raises
    :class:`MediaError` if ``path`` is not a supported, readable file.
    """
    if size < 1:
        raise ValueError(f"thumbnail size must be positive, not {size}")
    media_type = sniff(path)
    picture = _pdf_placeholder(size) if media_type is MediaType.PDF else _shrink(Path(path), media_type, size)
    return save_thumbnail(picture, dest)


def save_thumbnail(picture: Image.Image, dest: Path) -> Path:
    """Write ``picture`` (from :func:`preview`) to ``dest`` as a JPEG, atomically."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.{secrets.token_hex(8)}.partial")
    try:
        icc_profile = picture.info.get("icc_profile")
        picture.save(partial, format="JPEG", quality=THUMBNAIL_QUALITY, icc_profile=icc_profile)
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


class ThumbnailCache:
    """Thumbnails stored as ``<sha256>.jpg`` in ``cache_dir`` (created on first use)."""

    def __init__(self, cache_dir: Path, size: int = 256) -> None:
        self.cache_dir = Path(cache_dir)
        self.size = size

    def get(self, path_or_sha256: str | os.PathLike[str], source_path: Path | None = None) -> Path:
        """The cached thumbnail for a file, rendered and stored on a miss.

        ``path_or_sha256`` is either the file itself (a path object: it is
        hashed and rendered; ``source_path`` must then be omitted) or its
        SHA-256 as a hex string, e.g. ``PreparedFile.sha256``, with
        ``source_path`` the file to render if the thumbnail is missing. A source
        whose content does not match that hash is refused (``ValueError``), so
        the cache cannot be poisoned.
        """
        if isinstance(path_or_sha256, str):
            sha256 = path_or_sha256.lower()
            if not _SHA256.fullmatch(sha256):
                raise ValueError("expected a SHA-256 as 64 hex digits")
            source = source_path
        elif source_path is not None:
            raise ValueError("give either a file, or a SHA-256 and its source_path")
        else:
            source = Path(path_or_sha256)
            sha256 = sha256_file(source)
        cached = self.cache_dir / f"{sha256}.jpg"
        if cached.is_file():
            return cached
        if source is None:
            raise ValueError("thumbnail not cached and no source_path given")
        if source_path is not None and sha256_file(source) != sha256:
            raise ValueError("source_path does not have the given SHA-256")
        return make_thumbnail(source, cached, self.size)

    def put(self, sha256: str, picture: Image.Image) -> Path:
        """Store the thumbnail of the file with this SHA-256, made by :func:`preview`
        at this cache's size from a decode already done (``media.prepare`` hands
        over the one that checked the file: no second decode)."""
        sha256 = sha256.lower()
        if not _SHA256.fullmatch(sha256):
            raise ValueError("expected a SHA-256 as 64 hex digits")
        return save_thumbnail(picture, self.cache_dir / f"{sha256}.jpg")

    def size_bytes(self) -> int:
        """Disk space used by cached thumbnails."""
        return sum(entry.stat().st_size for entry in self._entries())

    def clear(self) -> None:
        """Delete the cached thumbnails (and nothing else that may share the directory)."""
        for entry in self._entries():
            entry.unlink(missing_ok=True)

    def _entries(self) -> list[Path]:
        if not self.cache_dir.is_dir():
            return []
        return [p for p in self.cache_dir.glob("*.jpg") if _SHA256.fullmatch(p.stem) and p.is_file()]


def _shrink(path: Path, media_type: MediaType, size: int) -> Image.Image:
    with open_image(path, media_type, DEFAULT_MAX_PIXELS) as image:
        # JPEG can decode at 1/2, 1/4 or 1/8 scale directly: much faster than full size.
        image.draft("RGB", (size, size))
        with decoding():
            image.load()
            return preview(image, size)


def preview(image: Image.Image, size: int) -> Image.Image:
    """A loaded picture as a thumbnail: upright as EXIF says, fitting ``size`` x
    ``size``, RGB, with only its ICC profile (what :func:`make_thumbnail` saves)."""
    with decoding():
        picture = ImageOps.exif_transpose(image)
    picture.thumbnail((size, size))
    flat = to_rgb(picture)  # uses info["transparency"], so before info is cut down
    flat.info = {"icc_profile": flat.info["icc_profile"]} if "icc_profile" in flat.info else {}
    return flat


def _pdf_placeholder(size: int) -> Image.Image:
    """A page with a folded corner and a red "PDF" band, drawn to fit ``size``."""
    picture = Image.new("RGB", (size, size), (242, 244, 247))
    draw = ImageDraw.Draw(picture)
    left, top, right, bottom = size * 0.22, size * 0.1, size * 0.78, size * 0.9
    fold = (right - left) * 0.3
    line = max(1, size // 96)
    draw.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill="white",
        outline=(150, 156, 166),
        width=line,
    )
    draw.polygon(
        [(right - fold, top), (right - fold, top + fold), (right, top + fold)],
        fill=(220, 224, 230),
        outline=(150, 156, 166),
        width=line,
    )
    band_top, band_bottom = size * 0.55, size * 0.72
    draw.rectangle([size * 0.14, band_top, size * 0.7, band_bottom], fill=(200, 38, 38))
    font = ImageFont.load_default(size=max(6, round((band_bottom - band_top) * 0.7)))
    draw.text((size * 0.42, (band_top + band_bottom) / 2), "PDF", fill="white", font=font, anchor="mm")
    return picture
