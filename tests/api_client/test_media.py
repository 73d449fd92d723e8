"""api_client.media: files are recognised by content and leave the machine without location.

The checks read the cleaned files back two ways: as raw bytes (segments,
chunks, planted secrets) and through Pillow (EXIF, XMP, pixels), with parsers
written here rather than borrowed from the code under test.
"""

from __future__ import annotations

import hashlib
import os
import struct
import time
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageOps

from api_client.media import (
    MediaError,
    MediaType,
    PreparedFile,
    ThumbnailCache,
    extension_for,
    make_thumbnail,
    prepare,
    safe_display_name,
    sha256_file,
    sniff,
)
from tests import media_samples as samples

# Planted in the samples; long enough not to turn up by chance in compressed pixels.
SECRETS = (
    samples.MAKER_NOTE,
    samples.SERIAL.encode(),
    samples.OWNER.encode(),
    samples.COMMENT.encode(),
    b"GPSLatitude",
    b"SecretCam",
    b"SecretScan",
)
SOS, EOI = 0xDA, 0xD9


# --- Independent readers --------------------------------------------------------------------------


def jpeg_segments(data: bytes) -> tuple[list[tuple[int, bytes]], int]:
    """(marker, payload) of each segment before the first scan, and the offset of its SOS."""
    assert data[:2] == b"\xff\xd8"
    segments, pos = [], 2
    while True:
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        if marker == SOS:
            return segments, pos
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        segments.append((marker, data[pos + 4 : pos + 2 + length]))
        pos += 2 + length


def scan_data(data: bytes) -> bytes:
    """Everything from the first SOS to the end: the entropy-coded picture."""
    return data[jpeg_segments(data)[1] :]


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        length = struct.unpack(">I", data[pos : pos + 4])[0]
        chunks.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return chunks


def pixels(path: Path) -> bytes:
    with Image.open(path) as image:
        return image.tobytes()


def upright_pixels(path: Path) -> tuple[tuple[int, int], bytes]:
    with Image.open(path) as image:
        turned = ImageOps.exif_transpose(image)
        return turned.size, turned.convert("RGB").tobytes()


def assert_one_sentence(reason: str) -> None:
    assert reason[0].isupper() and reason.endswith(".")
    assert "\n" not in reason and ". " not in reason, reason


def assert_no_secrets(path: Path) -> None:
    data = path.read_bytes()
    for secret in SECRETS:
        assert secret not in data, secret


def assert_consistent(prepared: PreparedFile, work_dir: Path) -> None:
    """The record describes the file it points at, and that file is in work_dir."""
    assert prepared.path.parent == work_dir
    assert prepared.size == prepared.path.stat().st_size
    assert prepared.sha256 == hashlib.sha256(prepared.path.read_bytes()).hexdigest()
    assert prepared.mime == prepared.media_type.mime
    assert prepared.path.suffix == prepared.media_type.extension
    assert sniff(prepared.path) is prepared.media_type


@pytest.fixture
def work_dir(tmp_path: Path) -> Path:
    return tmp_path / "work"


# --- Sniffing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (samples.jpeg_with_gps, MediaType.JPEG),
        (samples.png_with_xmp, MediaType.PNG),
        (samples.webp_with_exif_gps, MediaType.WEBP),
        (samples.tiff_with_gps, MediaType.TIFF),
        (samples.heic_with_gps, MediaType.HEIF),
        (samples.small_pdf, MediaType.PDF),
    ],
)
def test_sniff_goes_by_content_not_by_name(tmp_path: Path, make, expected: MediaType) -> None:
    path = make(tmp_path / "misleading.txt")
    assert sniff(path) is expected
    assert sniff(path.read_bytes()[:512]) is expected
    assert sniff(str(path)) is expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00heicmiaf", MediaType.HEIF),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic", MediaType.HEIF),
        (b"\x00\x00\x00\x14ftypheix\x00\x00\x00\x00", MediaType.HEIF),
        (b"MM\x00*\x00\x00\x00\x08", MediaType.TIFF),
        (b"II+\x00\x08\x00\x00\x00", MediaType.TIFF),
        (b"RIFF\x10\x00\x00\x00WEBPVP8L", MediaType.WEBP),
    ],
)
def test_sniff_header_variants(header: bytes, expected: MediaType) -> None:
    assert sniff(header) is expected


def test_sniff_refuses_avif_even_though_it_is_heif_shaped() -> None:
    with pytest.raises(MediaError) as caught:
        sniff(b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf")
    assert caught.value.reason == "This file is not a supported photo or PDF (it looks like an AVIF image)."


@pytest.mark.parametrize(
    ("header", "looks_like"),
    [
        (b"MZ\x90\x00" + b"\x00" * 60, "a Windows program"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 9, "a Linux program"),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", "a macOS program"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"\x00\x00\x00\x1cftypisom\x00\x00\x02\x00isomiso2mp41", "a video"),
    ],
)
def test_sniff_names_what_it_refuses(header: bytes, looks_like: str) -> None:
    with pytest.raises(MediaError) as caught:
        sniff(header)
    assert looks_like in caught.value.reason
    assert caught.value.reason.startswith("This file is not a supported photo or PDF")
    assert_one_sentence(caught.value.reason)


def test_sniff_refuses_unknown_and_empty(tmp_path: Path) -> None:
    with pytest.raises(MediaError) as unknown:
        sniff(b"just some text, not a picture")
    assert unknown.value.reason == "This file is not a supported photo or PDF."
    with pytest.raises(MediaError) as empty:
        sniff(samples.zero_byte(tmp_path / "empty.jpg"))
    assert empty.value.reason == "The file is empty."


def test_media_types_know_their_mime_and_extension() -> None:
    assert {(t.value, t.mime, t.extension) for t in MediaType} == {
        ("jpeg", "image/jpeg", ".jpg"),
        ("png", "image/png", ".png"),
        ("heif", "image/heif", ".heic"),
        ("tiff", "image/tiff", ".tiff"),
        ("webp", "image/webp", ".webp"),
        ("pdf", "application/pdf", ".pdf"),
    }
    assert MediaType("jpeg") == "jpeg"


def test_extension_for_the_mime_types_the_service_reports() -> None:
    """The one client-side MIME → extension map (CLI downloads, the Save dialog)."""
    assert {mime: extension_for(mime) for mime in (t.mime for t in MediaType)} == {
        t.mime: t.extension for t in MediaType}
    assert extension_for("IMAGE/JPEG; charset=binary") == ".jpg"
    assert extension_for("image/avif") == "" and extension_for("image/avif", ".bin") == ".bin"


# --- JPEG: lossless and private -------------------------------------------------------------------


@pytest.mark.parametrize("orientation", range(1, 9))
def test_jpeg_loses_gps_and_identity_but_not_a_single_pixel(
    tmp_path: Path, work_dir: Path, orientation: int
) -> None:
    source = samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=orientation)
    prepared = prepare(source, work_dir)

    assert_consistent(prepared, work_dir)
    assert prepared.media_type is MediaType.JPEG
    assert {"GPS location", "maker notes", "serial numbers", "owner name"} <= set(prepared.removed)
    assert_no_secrets(prepared.path)
    with Image.open(prepared.path) as cleaned:
        exif = cleaned.getexif()
        assert exif.get(0x0112) == orientation
        assert 0x8825 not in exif and not exif.get_ifd(0x8825)  # no GPS IFD
        assert 0x8769 not in exif and not exif.get_ifd(0x8769)  # no EXIF IFD: no maker note, no serials
        assert set(exif) <= {0x0112, 0x011A, 0x011B, 0x0128}
        assert exif.get(0x011A) == 300
    assert scan_data(prepared.path.read_bytes()) == scan_data(source.read_bytes())
    assert pixels(prepared.path) == pixels(source)
    assert upright_pixels(prepared.path) == upright_pixels(source)


def test_jpeg_xmp_including_extended_xmp_is_dropped(tmp_path: Path, work_dir: Path) -> None:
    source = samples.jpeg_with_xmp_gps(tmp_path / "xmp.jpg")
    assert b"GPSLatitude" in source.read_bytes()
    prepared = prepare(source, work_dir)

    data = prepared.path.read_bytes()
    assert b"ns.adobe.com/xap" not in data and b"ns.adobe.com/xmp/extension" not in data
    assert b"GPSLatitude" not in data
    assert all(marker != 0xE1 for marker, _ in jpeg_segments(data)[0])
    with Image.open(prepared.path) as cleaned:
        assert "xmp" not in cleaned.info
    assert prepared.removed[:2] == ["XMP", "GPS location"]
    assert pixels(prepared.path) == pixels(source)


def test_jpeg_iptc_is_dropped(tmp_path: Path, work_dir: Path) -> None:
    source = samples.jpeg_with_iptc(tmp_path / "iptc.jpg")
    prepared = prepare(source, work_dir)

    data = prepared.path.read_bytes()
    assert all(marker != 0xED for marker, _ in jpeg_segments(data)[0])
    assert b"Photoshop 3.0" not in data and samples.IPTC_CITY not in data
    assert prepared.removed == ["IPTC"]
    assert scan_data(data) == scan_data(source.read_bytes())


def test_jpeg_comment_is_dropped(tmp_path: Path, work_dir: Path) -> None:
    source = samples.jpeg_with_comment(tmp_path / "comment.jpg")
    prepared = prepare(source, work_dir)

    assert all(marker != 0xFE for marker, _ in jpeg_segments(prepared.path.read_bytes())[0])
    with Image.open(prepared.path) as cleaned:
        assert "comment" not in cleaned.info
    assert prepared.removed == ["comment"]
    assert_no_secrets(prepared.path)


def test_jpeg_keeps_only_display_segments(tmp_path: Path, work_dir: Path) -> None:
    """Whatever the source had, only JFIF, EXIF, ICC, Adobe and coding segments come out."""
    source = samples.jpeg_with_icc(tmp_path / "icc.jpg")
    prepared = prepare(source, work_dir)

    app_segments = [(marker, payload[:5]) for marker, payload in jpeg_segments(prepared.path.read_bytes())[0]]
    assert [entry for entry in app_segments if 0xE0 <= entry[0] <= 0xEF or entry[0] == 0xFE] == [
        (0xE0, b"JFIF\x00"),
        (0xE1, b"Exif\x00"),
        (0xE2, b"ICC_P"),
    ]
    with Image.open(source) as before, Image.open(prepared.path) as after:
        assert after.info["icc_profile"] == before.info["icc_profile"]


@pytest.mark.parametrize("orientation", [1, 6])
def test_exif_thumbnail_with_its_own_exif_is_dropped(
    tmp_path: Path, work_dir: Path, orientation: int
) -> None:
    source = samples.jpeg_with_exif_thumbnail(tmp_path / "thumbed.jpg", orientation=orientation)
    assert samples.SERIAL.encode() in source.read_bytes()
    prepared = prepare(source, work_dir)

    assert_no_secrets(prepared.path)
    assert prepared.path.read_bytes().count(b"\xff\xd8") == 1
    with Image.open(prepared.path) as cleaned:
        exif = cleaned.getexif()
        assert dict(exif) == {0x0112: orientation}
        assert not exif.get_ifd(ExifTags.IFD.IFD1)
    assert prepared.removed == ["thumbnail"]
    assert pixels(prepared.path) == pixels(source)


def test_jfif_thumbnail_is_dropped_but_jfif_kept(tmp_path: Path, work_dir: Path) -> None:
    source = samples.jpeg_with_jfif_thumbnail(tmp_path / "jfif.jpg")
    prepared = prepare(source, work_dir)

    (marker, payload), *_ = jpeg_segments(prepared.path.read_bytes())[0]
    assert marker == 0xE0 and payload == b"JFIF\x00\x01\x02\x00\x00\x01\x00\x01\x00\x00"
    assert prepared.removed == ["thumbnail"]
    assert_no_secrets(prepared.path)
    assert pixels(prepared.path) == pixels(source)


def test_images_appended_after_the_jpeg_are_dropped(tmp_path: Path, work_dir: Path) -> None:
    source = samples.jpeg_with_trailing_image(tmp_path / "motion.jpg")
    assert source.read_bytes().count(samples.SERIAL.encode()) == 2  # in both pictures
    prepared = prepare(source, work_dir)

    data = prepared.path.read_bytes()
    assert data.endswith(b"\xff\xd9") and data.count(b"\xff\xd8") == 1
    assert_no_secrets(prepared.path)
    expected = {"embedded extra images", "data after the end of the image", "GPS location"}
    assert expected <= set(prepared.removed)
    assert pixels(prepared.path) == pixels(source)


def test_cmyk_jpeg_keeps_the_adobe_segment_it_needs_to_decode(tmp_path: Path, work_dir: Path) -> None:
    source = samples.cmyk_jpeg(tmp_path / "cmyk.jpg")
    prepared = prepare(source, work_dir)

    assert any(marker == 0xEE for marker, _ in jpeg_segments(prepared.path.read_bytes())[0])
    assert pixels(prepared.path) == pixels(source)
    assert_no_secrets(prepared.path)


def test_padding_between_jpeg_segments_is_tolerated(tmp_path: Path, work_dir: Path) -> None:
    source = samples.jpeg_with_gps(tmp_path / "padded.jpg")
    data = source.read_bytes()
    sos = jpeg_segments(data)[1]
    source.write_bytes(data[:sos] + b"\x00\x00" + data[sos:])  # as some cameras write them
    prepared = prepare(source, work_dir)

    assert scan_data(prepared.path.read_bytes()) == data[sos:]
    assert pixels(prepared.path) == pixels(source)


def test_truncated_jpeg_is_refused_and_leaves_nothing(tmp_path: Path, work_dir: Path) -> None:
    with pytest.raises(MediaError) as caught:
        prepare(samples.truncated_jpeg(tmp_path / "cut.jpg"), work_dir)
    assert caught.value.reason == "The image is truncated or damaged."
    assert list(work_dir.iterdir()) == []


def test_twelve_megapixel_jpeg_cleans_quickly(tmp_path: Path, work_dir: Path) -> None:
    source = samples.jpeg_with_gps(tmp_path / "big.jpg", orientation=6, size=(4000, 3000))
    started = time.perf_counter()
    prepared = prepare(source, work_dir)
    elapsed = time.perf_counter() - started

    assert elapsed < 2.0, f"cleaning a 12 MP JPEG took {elapsed:.2f} s"
    assert scan_data(prepared.path.read_bytes()) == scan_data(source.read_bytes())
    assert_no_secrets(prepared.path)


# --- PNG ------------------------------------------------------------------------------------------


def test_png_exif_is_dropped_losslessly(tmp_path: Path, work_dir: Path) -> None:
    source = samples.png_with_exif_gps(tmp_path / "shot.png")
    prepared = prepare(source, work_dir)

    assert_consistent(prepared, work_dir)
    chunks = png_chunks(prepared.path.read_bytes())
    assert b"eXIf" not in [kind for kind, _ in chunks]
    idat = [data for kind, data in chunks if kind == b"IDAT"]
    assert idat == [data for kind, data in png_chunks(source.read_bytes()) if kind == b"IDAT"]
    assert "GPS location" in prepared.removed
    assert_no_secrets(prepared.path)
    with Image.open(prepared.path) as cleaned:
        assert "exif" not in cleaned.info and not cleaned.getexif()
    assert pixels(prepared.path) == pixels(source)


@pytest.mark.parametrize("orientation", range(2, 9))
def test_png_orientation_is_applied_to_the_pixels(tmp_path: Path, work_dir: Path, orientation: int) -> None:
    source = samples.png_with_exif_gps(tmp_path / "turned.png", orientation=orientation)
    prepared = prepare(source, work_dir)

    assert_consistent(prepared, work_dir)
    assert b"eXIf" not in [kind for kind, _ in png_chunks(prepared.path.read_bytes())]
    with Image.open(prepared.path) as cleaned:
        assert not cleaned.getexif()
        assert (cleaned.size, cleaned.convert("RGB").tobytes()) == upright_pixels(source)
    assert_no_secrets(prepared.path)


def test_png_text_chunks_and_xmp_are_dropped(tmp_path: Path, work_dir: Path) -> None:
    source = samples.png_with_xmp(tmp_path / "notes.png")
    prepared = prepare(source, work_dir)

    kinds = {kind for kind, _ in png_chunks(prepared.path.read_bytes())}
    assert kinds.isdisjoint({b"iTXt", b"tEXt", b"zTXt", b"tIME", b"eXIf"})
    assert {"XMP", "GPS location", "text notes", "date and time"} == set(prepared.removed)
    assert_no_secrets(prepared.path)
    assert pixels(prepared.path) == pixels(source)


def test_png_trailing_data_is_dropped(tmp_path: Path, work_dir: Path) -> None:
    source = samples.png_with_exif_gps(tmp_path / "tail.png")
    source.write_bytes(source.read_bytes() + b"hidden: " + samples.SERIAL.encode())
    prepared = prepare(source, work_dir)

    assert prepared.path.read_bytes().endswith(b"IEND\xaeB`\x82")
    assert "data after the end of the image" in prepared.removed
    assert_no_secrets(prepared.path)


# --- Decompression bombs --------------------------------------------------------------------------


def test_png_bomb_is_refused_before_decoding(tmp_path: Path, work_dir: Path) -> None:
    source = samples.bomb_png(tmp_path / "bomb.png")
    assert source.stat().st_size < 2000
    started = time.perf_counter()
    with pytest.raises(MediaError) as caught:
        prepare(source, work_dir)
    assert time.perf_counter() - started < 1
    assert caught.value.reason == "The image is too large to open safely (decompression bomb)."
    assert list(work_dir.iterdir()) == []


@pytest.mark.parametrize("make", [samples.jpeg_with_gps, samples.webp_with_exif_gps, samples.tiff_with_gps])
def test_max_pixels_is_enforced_for_every_format(tmp_path: Path, work_dir: Path, make) -> None:
    source = make(tmp_path / "image")
    with pytest.raises(MediaError) as caught:
        prepare(source, work_dir, max_pixels=samples.SIZE[0] * samples.SIZE[1] - 1)
    assert "decompression bomb" in caught.value.reason
    assert prepare(source, work_dir, max_pixels=samples.SIZE[0] * samples.SIZE[1]).size > 0


def test_max_pixels_counts_every_tiff_page(tmp_path: Path, work_dir: Path) -> None:
    source = samples.tiff_with_gps(tmp_path / "scan.tiff", pages=3)
    with pytest.raises(MediaError):
        prepare(source, work_dir, max_pixels=samples.SIZE[0] * samples.SIZE[1] * 2)


# --- WebP, TIFF, HEIF -----------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", [1, 6, 7])
def test_lossless_webp_is_resaved_lossless_and_upright(
    tmp_path: Path, work_dir: Path, orientation: int
) -> None:
    source = samples.webp_with_exif_gps(tmp_path / "pic.webp", orientation=orientation)
    prepared = prepare(source, work_dir)

    assert_consistent(prepared, work_dir)
    data = prepared.path.read_bytes()
    assert b"VP8L" in data[:64] and b"EXIF" not in data and b"XMP " not in data
    assert_no_secrets(prepared.path)
    with Image.open(prepared.path) as cleaned:
        assert "exif" not in cleaned.info and "xmp" not in cleaned.info
        assert (cleaned.size, cleaned.convert("RGB").tobytes()) == upright_pixels(source)
    assert {"GPS location", "XMP", "maker notes"} <= set(prepared.removed)


def test_lossy_webp_stays_lossy_and_looks_the_same(tmp_path: Path, work_dir: Path) -> None:
    source = samples.webp_with_exif_gps(tmp_path / "pic.webp", orientation=3, lossless=False)
    prepared = prepare(source, work_dir)

    assert b"VP8 " in prepared.path.read_bytes()[:64]
    assert_no_secrets(prepared.path)
    with Image.open(prepared.path) as cleaned:
        size, expected = upright_pixels(source)
        assert cleaned.size == size
        assert_similar(cleaned.convert("RGB").tobytes(), expected)


@pytest.mark.parametrize("orientation", [1, 6])
def test_tiff_loses_gps_xmp_iptc_on_every_page(tmp_path: Path, work_dir: Path, orientation: int) -> None:
    source = samples.tiff_with_gps(tmp_path / "scan.tif", orientation=orientation, pages=2)
    prepared = prepare(source, work_dir)

    assert_consistent(prepared, work_dir)
    assert_no_secrets(prepared.path)
    assert samples.IPTC_CITY not in prepared.path.read_bytes()
    assert {"GPS location", "XMP", "IPTC", "maker notes", "serial numbers"} <= set(prepared.removed)
    assert "thumbnail" not in prepared.removed  # a TIFF's second IFD is a page
    with Image.open(source) as before, Image.open(prepared.path) as after:
        assert after.n_frames == 2
        for page in range(2):
            before.seek(page)
            after.seek(page)
            assert set(after.tag_v2).isdisjoint({0x8825, 0x8769, 700, 33723, 34377, 0x013B, 0x010F})
            expected = ImageOps.exif_transpose(before)
            assert (after.size, after.tobytes()) == (expected.size, expected.tobytes())


@pytest.mark.parametrize("compression", ["tiff_lzw", "tiff_adobe_deflate", "packbits", "group4", "jpeg"])
def test_tiff_keeps_its_compression(tmp_path: Path, work_dir: Path, compression: str) -> None:
    source = samples.tiff_compressed(tmp_path / "scan.tif", compression, orientation=8)
    prepared = prepare(source, work_dir)

    with Image.open(prepared.path) as cleaned:
        assert cleaned.info["compression"] == compression
        assert 0x0112 not in cleaned.tag_v2 and 0x010F not in cleaned.tag_v2
        size, expected = upright_pixels(source)
        assert cleaned.size == size
        if compression == "jpeg":  # lossy in, lossy out
            assert_similar(cleaned.convert("RGB").tobytes(), expected)
        else:
            assert cleaned.convert("RGB").tobytes() == expected


@pytest.mark.parametrize("orientation", [1, 6])
def test_heic_becomes_an_upright_jpeg_without_metadata(
    tmp_path: Path, work_dir: Path, orientation: int
) -> None:
    source = samples.heic_with_gps(tmp_path / "IMG_0001.HEIC", orientation=orientation)
    prepared = prepare(source, work_dir)

    assert_consistent(prepared, work_dir)
    assert prepared.media_type is MediaType.JPEG
    assert (prepared.mime, prepared.path.suffix) == ("image/jpeg", ".jpg")
    assert prepared.original_name == "IMG_0001.HEIC"
    assert {"GPS location", "XMP"} <= set(prepared.removed)
    assert_no_secrets(prepared.path)
    expected = samples.picture()
    if orientation == 6:  # turned 90 degrees clockwise for viewing
        expected = expected.transpose(Image.Transpose.ROTATE_270)
    with Image.open(prepared.path) as cleaned:
        assert not cleaned.getexif() and "xmp" not in cleaned.info
        assert cleaned.size == expected.size
        assert_similar(cleaned.convert("RGB").tobytes(), expected.tobytes())


# --- PDF and refusals -----------------------------------------------------------------------------


def test_pdf_is_copied_as_is(tmp_path: Path, work_dir: Path) -> None:
    source = samples.small_pdf(tmp_path / "ticket.pdf")
    prepared = prepare(source, work_dir)

    assert_consistent(prepared, work_dir)
    assert prepared.path.read_bytes() == source.read_bytes()
    assert prepared.sha256 == sha256_file(source)
    assert prepared.removed == []


def test_incomplete_pdf_is_refused(tmp_path: Path, work_dir: Path) -> None:
    with pytest.raises(MediaError) as caught:
        prepare(samples.small_pdf(tmp_path / "cut.pdf", complete=False), work_dir)
    assert caught.value.reason == "The PDF is incomplete or damaged."
    assert list(work_dir.iterdir()) == []


def test_program_renamed_to_jpg_is_refused(tmp_path: Path, work_dir: Path) -> None:
    with pytest.raises(MediaError) as caught:
        prepare(samples.exe_renamed_jpg(tmp_path / "invoice.jpg"), work_dir)
    expected = "This file is not a supported photo or PDF (it looks like a Windows program)."
    assert caught.value.reason == expected
    assert not work_dir.exists() or list(work_dir.iterdir()) == []


def test_empty_file_is_refused(tmp_path: Path, work_dir: Path) -> None:
    with pytest.raises(MediaError) as caught:
        prepare(samples.zero_byte(tmp_path / "empty.png"), work_dir)
    assert caught.value.reason == "The file is empty."
    assert_one_sentence(caught.value.reason)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path, work_dir: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)  # no writer: a plain open() for reading would wait for one forever
    with pytest.raises(MediaError) as caught:
        prepare(fifo, work_dir)
    assert caught.value.reason == "This is not a regular file (it is a pipe, a device or a socket)."


# --- Names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("bell\x07ticket.jpg", "bellticket.jpg"),
        ("tab\there\r\n.jpg", "tabhere.jpg"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("  spaced.png  ", "spaced.png"),
        ("....jpg", "....jpg"),
    ],
)
def test_hostile_names_stay_inside_work_dir_and_display_clean(
    tmp_path: Path, work_dir: Path, name: str, shown: str
) -> None:
    source = samples.jpeg_with_gps(tmp_path / "x.jpg")
    hostile = source.rename(tmp_path / name)
    prepared = prepare(hostile, work_dir)

    assert prepared.original_name == shown
    assert prepared.path.parent == work_dir
    assert prepared.path.resolve().is_relative_to(work_dir.resolve())
    assert len(prepared.path.stem) == 32 and all(c in "0123456789abcdef" for c in prepared.path.stem)
    assert [p.name for p in work_dir.iterdir()] == [prepared.path.name]


def test_dot_dot_path_uses_only_the_base_name(tmp_path: Path, work_dir: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "etc").mkdir()
    samples.jpeg_with_gps(tmp_path / "etc" / "passwd.jpg")
    prepared = prepare(tmp_path / "a" / "b" / ".." / ".." / "etc" / "passwd.jpg", work_dir)

    assert prepared.original_name == "passwd.jpg"
    assert prepared.path.parent == work_dir


def test_longest_possible_file_name_is_kept_within_255_bytes(tmp_path: Path, work_dir: Path) -> None:
    name = "\x07" + "é" * 125 + ".jpg"  # 255 bytes on disk, the most a file system allows
    source = samples.jpeg_with_gps(tmp_path / name)
    prepared = prepare(source, work_dir)

    assert prepared.original_name == "é" * 125 + ".jpg"
    assert len(prepared.original_name.encode()) <= 255


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("../../etc/passwd.jpg", "passwd.jpg"),
        ("..\\..\\Windows\\evil.jpg", "evil.jpg"),
        ("C:\\Users\\bob\\scan.pdf", "scan.pdf"),
        ("dir/", "untitled"),
        ("..", "untitled"),
        ("\x00\x1b[31m", "[31m"),
        ("zero\u200bwidth.jpg", "zerowidth.jpg"),
        ("bad\udcffbytes.jpg", "bad\ufffdbytes.jpg"),
    ],
)
def test_safe_display_name(name: str, shown: str) -> None:
    assert safe_display_name(name) == shown


def test_safe_display_name_caps_at_255_bytes_keeping_the_extension() -> None:
    shown = safe_display_name("€" * 100 + ".jpeg")  # 305 bytes
    assert len(shown.encode()) <= 255
    assert shown.endswith(".jpeg") and shown.startswith("€" * 80)
    shown.encode()  # whole characters only: no broken UTF-8
    assert len(safe_display_name("x" * 400).encode()) == 255


# --- Thumbnails -----------------------------------------------------------------------------------


def test_thumbnail_is_upright_small_and_metadata_free(tmp_path: Path) -> None:
    source = samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=6, size=(800, 600))
    dest = make_thumbnail(source, tmp_path / "thumbs" / "t.jpg", size=200)

    assert dest == tmp_path / "thumbs" / "t.jpg"
    with Image.open(dest) as thumb:
        assert thumb.format == "JPEG"
        assert thumb.size == (150, 200)  # portrait, as the photo is viewed
        assert not thumb.getexif()
        top_left = thumb.convert("RGB").getpixel((10, 10))
    # Rotated 90 degrees clockwise for viewing, the bottom-left (blue) quadrant is now top-left.
    assert top_left[2] > 150 and top_left[0] < 100
    assert_no_secrets(dest)
    assert [p.name for p in dest.parent.iterdir()] == ["t.jpg"]


@pytest.mark.parametrize(
    "make",
    [samples.png_with_exif_gps, samples.webp_with_exif_gps, samples.tiff_with_gps, samples.heic_with_gps],
)
def test_thumbnail_of_every_image_type(tmp_path: Path, make) -> None:
    dest = make_thumbnail(make(tmp_path / "image"), tmp_path / "t.jpg", size=32)
    with Image.open(dest) as thumb:
        assert thumb.format == "JPEG" and max(thumb.size) == 32


def test_pdf_thumbnail_is_a_document_placeholder(tmp_path: Path) -> None:
    dest = make_thumbnail(samples.small_pdf(tmp_path / "doc.pdf"), tmp_path / "t.jpg")
    with Image.open(dest) as thumb:
        assert thumb.format == "JPEG" and thumb.size == (256, 256)
        colours = thumb.convert("RGB").getcolors(256 * 256)
    assert any(r > 150 and g < 90 and b < 90 for _, (r, g, b) in colours)  # the red "PDF" band
    assert any(min(c) > 240 for _, c in colours)  # the white page


def test_thumbnail_of_a_bad_file_raises_media_error(tmp_path: Path) -> None:
    with pytest.raises(MediaError):
        make_thumbnail(samples.exe_renamed_jpg(tmp_path / "x.jpg"), tmp_path / "t.jpg")
    with pytest.raises(MediaError):
        make_thumbnail(samples.truncated_jpeg(tmp_path / "cut.jpg"), tmp_path / "t.jpg")
    assert not (tmp_path / "t.jpg").exists()


def test_thumbnail_cache_is_keyed_by_content(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cache = ThumbnailCache(cache_dir)
    assert cache.size_bytes() == 0 and not cache_dir.exists()  # created lazily

    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg")
    digest = sha256_file(photo)
    first = cache.get(photo)
    assert first == cache_dir / f"{digest}.jpg" and first.is_file()
    stamp = first.stat().st_mtime_ns

    renamed = photo.rename(tmp_path / "renamed.jpg")
    assert cache.get(renamed) == first and first.stat().st_mtime_ns == stamp  # hit, not re-rendered
    assert cache.get(digest.upper()) == first  # by SHA-256 alone, once cached

    pdf = samples.small_pdf(tmp_path / "doc.pdf")
    second = cache.get(sha256_file(pdf), pdf)
    assert second.name == f"{sha256_file(pdf)}.jpg"
    assert cache.size_bytes() == first.stat().st_size + second.stat().st_size

    (cache_dir / "keep-me.jpg").write_bytes(b"not ours")
    cache.clear()
    assert cache.size_bytes() == 0
    assert [p.name for p in cache_dir.iterdir()] == ["keep-me.jpg"]


def test_thumbnail_cache_refuses_bad_keys(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg")
    with pytest.raises(ValueError):
        cache.get("../../etc/passwd", photo)
    with pytest.raises(ValueError):
        cache.get("0" * 64, photo)  # source does not have that hash
    with pytest.raises(ValueError):
        cache.get("0" * 64)  # not cached, nothing to render
    assert cache.size_bytes() == 0


def test_sha256_file_matches_hashlib(tmp_path: Path) -> None:
    path = tmp_path / "blob"
    path.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    assert sha256_file(path) == hashlib.sha256(path.read_bytes()).hexdigest()


def assert_similar(actual: bytes, expected: bytes, tolerance: float = 12.0) -> None:
    """Lossy re-encoding: same length, mean absolute difference per channel under ``tolerance``."""
    assert len(actual) == len(expected)
    mean = sum(abs(a - b) for a, b in zip(actual, expected, strict=True)) / len(actual)
    assert mean < tolerance, mean
