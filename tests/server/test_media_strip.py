"""server.media: the service strips location again on arrival (defence in depth).

Uploads here are taken as they would arrive from a client that did *not*
clean them. The checks read results back as bytes and through Pillow.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from server.media import sniff_bytes, strip_location, thumbnail
from tests import media_samples as samples

REPO = Path(__file__).resolve().parents[2]
SECRETS = (
    samples.MAKER_NOTE,
    samples.SERIAL.encode(),
    samples.OWNER.encode(),
    samples.COMMENT.encode(),
    b"GPSLatitude",
)


def stripped_copy(source: Path, mime: str) -> Path:
    upload = source.with_name("upload-" + source.name)
    shutil.copyfile(source, upload)
    strip_location(upload, mime)
    return upload


def assert_no_secrets(path: Path) -> None:
    data = path.read_bytes()
    for secret in SECRETS:
        assert secret not in data, secret


def assert_no_location(path: Path) -> None:
    with Image.open(path) as image:
        exif = image.getexif()
        assert not exif.get_ifd(0x8825) and 0x8825 not in exif
        assert not exif.get_ifd(0x8769)
        assert "xmp" not in image.info and "comment" not in image.info


def jpeg_scan(data: bytes) -> bytes:
    """From the first SOS to the end, found by walking the segments."""
    pos = 2
    while data[pos + 1] != 0xDA:
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return data[pos:]


def viewed(path: Path) -> tuple[tuple[int, int], bytes]:
    with Image.open(path) as image:
        turned = ImageOps.exif_transpose(image)
        return turned.size, turned.convert("RGB").tobytes()


@pytest.mark.parametrize(
    ("make", "mime"),
    [
        (samples.jpeg_with_gps, "image/jpeg"),
        (samples.png_with_xmp, "image/png"),
        (samples.webp_with_exif_gps, "image/webp"),
        (samples.tiff_with_gps, "image/tiff"),
        (samples.heic_with_gps, "image/heif"),
        (samples.small_pdf, "application/pdf"),
    ],
)
def test_sniff_bytes_recognises_supported_uploads(tmp_path: Path, make, mime: str) -> None:
    assert sniff_bytes(make(tmp_path / "upload.bin").read_bytes()[:512]) == mime


def test_sniff_bytes_refuses_everything_else(tmp_path: Path) -> None:
    assert sniff_bytes(samples.exe_renamed_jpg(tmp_path / "x.jpg").read_bytes()) is None
    assert sniff_bytes(b"") is None
    assert sniff_bytes(b"PK\x03\x04zip") is None
    assert sniff_bytes(b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1") is None


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_jpeg_is_stripped_losslessly_keeping_orientation(tmp_path: Path, orientation: int) -> None:
    source = samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=orientation)
    upload = stripped_copy(source, "image/jpeg")

    assert_no_secrets(upload)
    assert_no_location(upload)
    with Image.open(upload) as image:
        assert dict(image.getexif()) == {0x0112: orientation}
    assert jpeg_scan(upload.read_bytes()) == jpeg_scan(source.read_bytes())
    assert viewed(upload) == viewed(source)


@pytest.mark.parametrize(
    "make",
    [
        samples.jpeg_with_xmp_gps,
        samples.jpeg_with_iptc,
        samples.jpeg_with_comment,
        samples.jpeg_with_trailing_image,
        samples.jpeg_with_exif_thumbnail,
        samples.jpeg_with_jfif_thumbnail,
    ],
)
def test_jpeg_xmp_iptc_comments_thumbnails_and_trailers_go(tmp_path: Path, make) -> None:
    source = make(tmp_path / "photo.jpg")
    upload = stripped_copy(source, "image/jpeg")

    data = upload.read_bytes()
    assert b"ns.adobe.com" not in data and b"Photoshop 3.0" not in data and samples.IPTC_CITY not in data
    assert data.count(b"\xff\xd8") == 1 and data.endswith(b"\xff\xd9")
    assert_no_secrets(upload)
    assert_no_location(upload)
    with Image.open(upload) as after, Image.open(source) as before:
        assert after.tobytes() == before.tobytes()


def test_padding_between_jpeg_segments_is_tolerated(tmp_path: Path) -> None:
    source = samples.jpeg_with_gps(tmp_path / "padded.jpg", orientation=6)
    data = source.read_bytes()
    scan = jpeg_scan(data)
    source.write_bytes(data[: -len(scan)] + b"\x00\x00" + scan)
    upload = stripped_copy(source, "image/jpeg")

    assert jpeg_scan(upload.read_bytes()) == scan
    assert_no_secrets(upload)


def test_cmyk_jpeg_still_decodes_identically(tmp_path: Path) -> None:
    source = samples.cmyk_jpeg(tmp_path / "cmyk.jpg")
    upload = stripped_copy(source, "image/jpeg")
    with Image.open(upload) as after, Image.open(source) as before:
        assert after.tobytes() == before.tobytes()


def test_truncated_jpeg_raises_value_error_and_keeps_the_file(tmp_path: Path) -> None:
    upload = samples.truncated_jpeg(tmp_path / "cut.jpg")
    before = upload.read_bytes()
    with pytest.raises(ValueError):
        strip_location(upload, "image/jpeg")
    assert upload.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["cut.jpg"]


@pytest.mark.parametrize("orientation", [1, 6])
def test_png_loses_exif_and_text_and_stays_upright(tmp_path: Path, orientation: int) -> None:
    source = samples.png_with_exif_gps(tmp_path / "shot.png", orientation=orientation)
    upload = stripped_copy(source, "image/png")

    assert b"eXIf" not in upload.read_bytes()
    assert_no_secrets(upload)
    with Image.open(upload) as image:
        assert not image.getexif()
        assert (image.size, image.convert("RGB").tobytes()) == viewed(source)


def test_png_xmp_and_text_chunks_go(tmp_path: Path) -> None:
    upload = stripped_copy(samples.png_with_xmp(tmp_path / "notes.png"), "image/png")
    data = upload.read_bytes()
    assert not any(kind in data for kind in (b"iTXt", b"tEXt", b"zTXt", b"tIME"))
    assert_no_secrets(upload)


@pytest.mark.parametrize(
    ("make", "mime"),
    [
        (samples.webp_with_exif_gps, "image/webp"),
        (samples.tiff_with_gps, "image/tiff"),
        (samples.heic_with_gps, "image/heif"),
    ],
)
def test_other_images_are_resaved_upright_without_metadata(tmp_path: Path, make, mime: str) -> None:
    source = make(tmp_path / "image", orientation=6)
    upload = stripped_copy(source, mime)

    assert sniff_bytes(upload.read_bytes()[:512]) == mime
    assert_no_secrets(upload)
    assert_no_location(upload)
    with Image.open(upload) as image:
        assert image.getexif().get(0x0112, 1) == 1
        assert image.size == (samples.SIZE[1], samples.SIZE[0])  # turned for viewing


def test_tiff_keeps_every_page(tmp_path: Path) -> None:
    upload = stripped_copy(samples.tiff_with_gps(tmp_path / "scan.tif", pages=3), "image/tiff")
    with Image.open(upload) as image:
        assert image.n_frames == 3
        for page in range(3):
            image.seek(page)
            assert set(image.tag_v2).isdisjoint({0x8825, 0x8769, 700, 33723})
    assert_no_secrets(upload)


def test_pdf_is_left_untouched(tmp_path: Path) -> None:
    source = samples.small_pdf(tmp_path / "ticket.pdf")
    upload = stripped_copy(source, "application/pdf")
    assert upload.read_bytes() == source.read_bytes()


def test_bombs_are_never_decoded(tmp_path: Path) -> None:
    """A 10-gigapixel PNG: stripping only rewrites chunks, the thumbnail refuses to decode it."""
    bomb = samples.bomb_png(tmp_path / "bomb.png")
    started = time.perf_counter()
    strip_location(bomb, "image/png")
    assert time.perf_counter() - started < 1
    with pytest.raises(ValueError):
        thumbnail(bomb, tmp_path / "t.jpg", "image/png")
    assert not (tmp_path / "t.jpg").exists()


def test_unsupported_mime_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        strip_location(samples.exe_renamed_jpg(tmp_path / "x.jpg"), "application/x-msdownload")


def test_thumbnails(tmp_path: Path) -> None:
    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=6, size=(800, 600))
    thumbnail(photo, tmp_path / "photo-thumb.jpg", "image/jpeg")
    with Image.open(tmp_path / "photo-thumb.jpg") as thumb:
        assert thumb.format == "JPEG" and thumb.size == (192, 256)
        assert not thumb.getexif()

    # A PDF's preview is its first page drawn (a blank 200 × 100 pt page here)...
    thumbnail(samples.small_pdf(tmp_path / "doc.pdf"), tmp_path / "doc-thumb.jpg", "application/pdf")
    with Image.open(tmp_path / "doc-thumb.jpg") as thumb:
        assert thumb.size == (256, 128)
        assert min(sum(colour) for _, colour in thumb.getcolors(256 * 256)) > 700  # white
    # ... and the placeholder when PDFium finds no page to draw.
    pageless = (tmp_path / "doc.pdf").read_bytes().replace(b"/Kids [3 0 R] /Count 1", b"/Kids [] /Count 0")
    (tmp_path / "pageless.pdf").write_bytes(pageless)
    thumbnail(tmp_path / "pageless.pdf", tmp_path / "pageless-thumb.jpg", "application/pdf")
    with Image.open(tmp_path / "pageless-thumb.jpg") as thumb:
        assert thumb.size == (256, 256)
        assert any(r > 150 and g < 90 and b < 90 for _, (r, g, b) in thumb.getcolors(256 * 256))


def test_server_media_does_not_import_the_client() -> None:
    """The service shares only HTTP with the client: importing it must not pull in api_client."""
    probe = "import sys, server.media; print(sorted(m for m in sys.modules if m.startswith('api_client')))"
    command = [sys.executable, "-c", probe]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
