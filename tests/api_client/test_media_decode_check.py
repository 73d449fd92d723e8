"""The check that a JPEG is whole decodes it at reduced size (libjpeg's DCT
scaling): it must refuse exactly the files a full decode refuses.

The oracle is what ``prepare`` did before: the structural rewrite (unchanged,
tested in test_media.py), then Pillow's full-size decode of the cleaned copy.
The damaged files change the entropy-coded data (bytes, noise, a cut with an
EOI after it, which the structural walk cannot tell from a whole file) and
plant markers inside scans, the damage libjpeg treats as fatal.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image

from api_client.media import MediaError, ThumbnailCache, prepare, sha256_file
from api_client.media._io import HashingWriter
from api_client.media._jpeg import rewrite_jpeg
from api_client.media._types import DAMAGED
from tests import media_samples as samples

SOS = b"\xff\xda"


def _jpeg(mode: str, **options) -> bytes:
    out = io.BytesIO()
    samples.picture((320, 240), mode=mode).save(out, format="JPEG", quality=85, **options)
    return out.getvalue()


KINDS = {
    "baseline 4:2:0": _jpeg("RGB"),
    "progressive": _jpeg("RGB", progressive=True),
    "4:4:4": _jpeg("RGB", subsampling=0),
    "grey": _jpeg("L"),
    "cmyk": _jpeg("CMYK"),
    "restart markers": _jpeg("RGB", restart_marker_blocks=4),
}


def _segment(data: bytes, marker: bytes) -> bytes:
    """The first segment with this marker, marker and length included."""
    at = data.index(marker)
    return data[at:at + 2 + int.from_bytes(data[at + 2:at + 4], "big")]


def _scan_start(data: bytes) -> int:
    return data.index(SOS) + len(_segment(data, SOS))


def _safe_positions(data: bytes, start: int) -> list[int]:
    """Offsets in the entropy-coded data whose byte may change without making or breaking a marker."""
    return [i for i in range(start, len(data) - 2) if data[i] != 0xFF and data[i - 1] != 0xFF]


def damaged_variants(data: bytes, rng: random.Random) -> dict[str, bytes]:
    start = _scan_start(data)
    safe = _safe_positions(data, start)
    variants = {"intact": data}
    for fraction in (0.2, 0.5, 0.9):
        cut = start + int((len(data) - start) * fraction)
        while data[cut - 1] == 0xFF:
            cut -= 1
        variants[f"cut at {fraction:.0%} with an EOI after it"] = data[:cut] + b"\xff\xd9"
    for n in range(12):
        damaged = bytearray(data)
        damaged[rng.choice(safe)] = rng.randrange(0, 0xFF)
        variants[f"one byte changed ({n})"] = bytes(damaged)
    for n in range(12):
        damaged = bytearray(data)
        at = rng.choice(safe[: len(safe) - 80])
        for i in range(at, at + 64):
            if damaged[i] != 0xFF and damaged[i - 1] != 0xFF:
                damaged[i] = rng.randrange(0, 0xFF)
        variants[f"64 bytes of noise ({n})"] = bytes(damaged)
    for n, marker in enumerate((0xC0, 0xC4, 0xDB, 0xDD, 0xDA, 0xE1, 0xFE, 0x01, *rng.sample(range(0xC0, 0xFE), 4))):
        damaged = bytearray(data)
        at = rng.choice(safe[: len(safe) - 8])
        damaged[at:at + 2] = bytes((0xFF, marker))
        variants[f"marker {marker:#04x} inside a scan ({n})"] = bytes(damaged)
    # Whole, well-formed segments inside a scan: the structure stays valid (the walk keeps
    # them), what libjpeg makes of them is a matter for the decoder.
    frame = next(_segment(data, bytes((0xFF, m))) for m in (0xC0, 0xC1, 0xC2) if bytes((0xFF, m)) in data)
    for n in range(4):
        at = rng.choice(safe[: len(safe) - 8])
        variants[f"a second frame header inside a scan ({n})"] = data[:at] + frame + _segment(data, SOS) + data[at:]
        at = rng.choice(safe[: len(safe) - 8])
        variants[f"a second scan header inside a scan ({n})"] = data[:at] + _segment(data, SOS) + data[at:]
    return variants


def refused_before(data: bytes) -> bool:
    """Whether the structural rewrite followed by a full-size decode of its output refuses ``data``."""
    cleaned = io.BytesIO()
    try:
        rewrite_jpeg(io.BytesIO(data), HashingWriter(cleaned))
    except MediaError:
        return True
    try:
        with Image.open(io.BytesIO(cleaned.getvalue()), formats=["JPEG"]) as image:
            image.load()
    except (OSError, SyntaxError, ValueError, EOFError):
        return True
    return False


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("with_preview", [False, True], ids=["check only", "check and preview"])
def test_reduced_decode_refuses_what_a_full_decode_refuses(tmp_path: Path, kind: str, with_preview: bool) -> None:
    thumbnails = ThumbnailCache(tmp_path / "thumbs", size=64) if with_preview else None
    expected, got = {}, {}
    for name, data in damaged_variants(KINDS[kind], random.Random(f"{kind}-7")).items():
        source = tmp_path / "in.jpg"
        source.write_bytes(data)
        expected[name] = "refused" if refused_before(data) else "accepted"
        try:
            prepared = prepare(source, tmp_path / "work", thumbnails=thumbnails)
        except MediaError as exc:
            assert exc.reason == DAMAGED
            got[name] = "refused"
        else:
            got[name] = "accepted"
            prepared.path.unlink()
    assert got == expected
    # The corpus has files of both kinds, or the comparison would say little.
    assert expected["intact"] == "accepted"
    assert "refused" in expected.values()
    assert sum(state == "accepted" for state in expected.values()) > 1
    assert list((tmp_path / "work").iterdir()) == []


def test_the_preview_comes_from_the_checking_decode(tmp_path: Path) -> None:
    """With a thumbnail cache, prepare leaves the queue's preview there, upright
    and small, under the cleaned copy's SHA-256 (what the Uploads page asks for)."""
    thumbnails = ThumbnailCache(tmp_path / "thumbs", size=64)
    source = samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=6, size=(800, 600))
    prepared = prepare(source, tmp_path / "work", thumbnails=thumbnails)
    cached = tmp_path / "thumbs" / f"{prepared.sha256}.jpg"
    assert cached.is_file()
    with Image.open(cached) as preview:
        assert preview.size == (48, 64)  # turned upright: orientation 6 is a quarter turn
        assert not preview.getexif()
        # Top-left quadrant of the upright picture: the source's bottom-left one (blue).
        red, green, blue = preview.convert("RGB").getpixel((6, 6))
        assert blue > 150 and red < 100 and green < 100
    assert thumbnails.get(prepared.sha256, prepared.path) == cached
    assert sha256_file(prepared.path) == prepared.sha256
