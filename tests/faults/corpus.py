"""A seeded batch of files of mixed types and sizes for the fault trials.

JPEGs carry GPS EXIF (and the other secrets of :func:`tests.media_samples.gps_exif`),
PNGs carry an EXIF chunk with GPS, PDFs go from the smallest one-page PDF to several MB. Every
file's content is unique (seeded noise), so no file is another's duplicate.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from tests.media_samples import gps_exif
from tests.support.uploads import pdf_tail

KiB, MiB = 1024, 1024 * 1024

#: (share of files, smallest, largest) of PDFs in bytes; photos aim at similar sizes.
SIZE_CLASSES = ((0.15, 15, KiB), (0.35, KiB, 100 * KiB), (0.30, 100 * KiB, MiB), (0.20, MiB, 8 * MiB))


@dataclass(frozen=True)
class SampleFile:
    path: Path
    kind: str  # "jpeg" | "png" | "pdf"
    size: int


def _target_size(rng: random.Random) -> int:
    roll, total = rng.random(), 0.0
    for share, low, high in SIZE_CLASSES:
        total += share
        if roll <= total:
            break
    return int(low * (high / low) ** rng.random())


def _noise(rng: random.Random, width: int, height: int) -> Image.Image:
    return Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))


def _jpeg(path: Path, rng: random.Random, size: int) -> None:
    # Noise at quality 90 costs about 2.2 bytes a pixel.
    pixels = max(64, size // 2)
    width = max(8, int((pixels * 4 / 3) ** 0.5))
    height = max(8, pixels // width)
    _noise(rng, width, height).save(path, format="JPEG", quality=90, exif=gps_exif(rng.choice((1, 6))))


def _png(path: Path, rng: random.Random, size: int) -> None:
    size = min(size, 2 * MiB)  # the client re-saves PNGs: keep them moderate
    pixels = max(16, size // 3)
    width = max(4, int(pixels**0.5))
    height = max(4, pixels // width)
    _noise(rng, width, height).save(path, format="PNG", exif=gps_exif())


def _pdf(path: Path, rng: random.Random, size: int, index: int) -> None:
    """A valid one-page PDF of about ``size`` bytes: seeded noise no object refers
    to, then the page, the xref and the trailer (what readers, and the app's and
    the service's PDF checks, parse)."""
    head = f"%PDF-1.4\n%{index}\n".encode()
    body = max(0, size - len(head) - len(pdf_tail(len(head) + size)))
    with path.open("wb") as out:
        out.write(head)
        left = body
        while left > 0:
            piece = rng.randbytes(min(left, MiB))
            out.write(piece)
            left -= len(piece)
        out.write(pdf_tail(len(head) + body))


def make_corpus(folder: Path, count: int, seed: int) -> list[SampleFile]:
    """``count`` files in ``folder``: about 40 % JPEG, 25 % PNG, 35 % PDF."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for index in range(count):
        kind = ("jpeg", "jpeg", "jpeg", "jpeg", "png", "png", "pdf", "pdf", "pdf")[index % 9] \
            if count >= 9 else ("jpeg", "png", "pdf")[index % 3]
        if index % 9 == 8 and count >= 9:
            kind = rng.choice(("jpeg", "png", "pdf"))
        size = _target_size(rng)
        if kind == "pdf" and index < 9:
            size = 0  # the smallest PDF there is: one empty page, about 300 bytes
        path = folder / f"{index:03d}-{kind}.{ {'jpeg': 'jpg'}.get(kind, kind)}"
        if kind == "jpeg":
            _jpeg(path, rng, size)
        elif kind == "png":
            _png(path, rng, size)
        else:
            _pdf(path, rng, size, index)
        files.append(SampleFile(path, kind, path.stat().st_size))
    return files
