"""What the service stores from an upload that was NOT cleaned by its client:
no location in any form, JPEG pixels identical, orientation right."""

from __future__ import annotations

import hashlib
import io
import re
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from tests import media_samples as samples
from tests.server.tus_raw import TusClient, sign_in
from tests.support import stored as blob

SECRETS = (
    samples.MAKER_NOTE, samples.SERIAL.encode(), samples.OWNER.encode(), samples.COMMENT.encode(),
    samples.IPTC_CITY, b"GPSLatitude", b"GPSLongitude", b"http://ns.adobe.com/xap/1.0/", b"Photoshop 3.0",
    b"SecretCam",
)


@pytest.fixture
def alice(service) -> TusClient:
    return TusClient(service.url, sign_in(service.url, "alice@demo.example"))


def jpeg_with_every_kind_of_location(path: Path) -> bytes:
    """EXIF GPS (orientation 6), an XMP packet with GPS and an IPTC record, in one JPEG."""
    data = samples.jpeg_with_gps(path, orientation=6, size=(96, 64)).read_bytes()
    iptc = bytes((0x1C, 2, 90)) + struct.pack(">H", len(samples.IPTC_CITY)) + samples.IPTC_CITY
    resource = b"8BIM" + struct.pack(">HHI", 0x0404, 0, len(iptc)) + iptc + b"\x00" * (len(iptc) % 2)
    segments = [(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + samples.XMP_PACKET),
                (0xED, b"Photoshop 3.0\x00" + resource)]
    # After SOI, APP0 and the EXIF APP1 that Pillow wrote.
    pos = 2
    while data[pos + 1] in (0xE0, 0xE1):
        pos += 2 + struct.unpack(">H", data[pos + 2:pos + 4])[0]
    extra = b"".join(bytes((0xFF, m)) + struct.pack(">H", len(p) + 2) + p for m, p in segments)
    data = data[:pos] + extra + data[pos:]
    path.write_bytes(data)
    return data


def stored_bytes(service, alice: TusClient, ticket_id: str) -> tuple[dict, bytes]:
    detail = alice.get(f"/tickets/{ticket_id}").json()
    sha = detail["files"][0]["sha256"]
    return detail, blob.read(service.settings, blob.content_key(sha))


def test_jpeg_arrives_without_location_with_identical_pixels_and_right_orientation(service, alice, tmp_path):
    original = jpeg_with_every_kind_of_location(tmp_path / "IMG_0001.jpg")
    assert all(secret in original for secret in SECRETS[:7])  # the sample really carries them
    reply = alice.upload(original, filename="IMG_0001.jpg", filetype="image/jpeg")
    detail, stored = stored_bytes(service, alice, reply.headers["Ticket-Id"])

    for secret in SECRETS:
        assert secret not in stored, secret
    with Image.open(io.BytesIO(stored)) as cleaned, Image.open(io.BytesIO(original)) as sent:
        exif = cleaned.getexif()
        assert 0x8825 not in exif and not exif.get_ifd(0x8825)  # no GPS IFD
        assert not exif.get_ifd(0x8769)  # no EXIF sub-IFD (serials, maker notes, dates)
        assert dict(exif) == {0x0112: 6}  # the orientation only
        assert "xmp" not in cleaned.info and "photoshop" not in cleaned.info and "comment" not in cleaned.info
        assert [m for m, _ in cleaned.applist if m in ("APP1", "APP13")] == [("APP1")]  # the tiny EXIF
        assert cleaned.tobytes() == sent.tobytes()  # same decoded pixels: the scan was not re-encoded
        viewed, expected = ImageOps.exif_transpose(cleaned), ImageOps.exif_transpose(sent)
        assert viewed.size == (64, 96)  # 96 x 64 shot with the camera turned: shown upright
        assert viewed.tobytes() == expected.tobytes()
    # The stored hash is the cleaned file's, as the duplicate lookup expects.
    assert detail["files"][0]["sha256"] == hashlib.sha256(stored).hexdigest()
    assert detail["files"][0]["mime"] == "image/jpeg"

    download = alice.get(f"/tickets/{detail['id']}/files/{detail['files'][0]['id']}")
    assert download.content == stored
    thumb = alice.get(f"/tickets/{detail['id']}/files/{detail['files'][0]['id']}/thumbnail")
    assert thumb.headers["content-type"] == "image/jpeg"
    with Image.open(io.BytesIO(thumb.content)) as preview:
        assert preview.format == "JPEG" and max(preview.size) <= 256
        assert preview.height > preview.width  # upright, like the photo
        assert not preview.getexif()


@pytest.mark.parametrize(
    ("make", "mime"),
    [
        (samples.png_with_exif_gps, "image/png"),
        (samples.png_with_xmp, "image/png"),
        (samples.webp_with_exif_gps, "image/webp"),
        (samples.tiff_with_gps, "image/tiff"),
        (samples.heic_with_gps, "image/heif"),
        (samples.jpeg_with_exif_thumbnail, "image/jpeg"),
        (samples.jpeg_with_trailing_image, "image/jpeg"),
    ],
)
def test_every_supported_kind_is_stored_without_location(service, alice, tmp_path, make, mime):
    original = make(tmp_path / "sample.bin").read_bytes()
    reply = alice.upload(original, filename="sample.bin")
    detail, stored = stored_bytes(service, alice, reply.headers["Ticket-Id"])
    assert detail["files"][0]["mime"] == mime  # sniffed from the bytes, not the name
    for secret in SECRETS:
        assert secret not in stored, secret
    if mime == "image/heif":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    with Image.open(io.BytesIO(stored)) as cleaned:
        exif = cleaned.getexif()
        assert not exif.get_ifd(0x8825) and 0x8825 not in exif
        assert "xmp" not in cleaned.info


def test_nothing_the_client_named_reaches_the_disk(service, alice, tmp_path):
    original = samples.jpeg_with_gps(tmp_path / "p.jpg").read_bytes()
    hostile = "..\\..\\evil\u202egpj.exe"
    alice.upload(original, filename=hostile, notes="n")
    names = {p.name for p in service.settings.data_dir.rglob("*")}
    assert not any("evil" in n or ".." in n or "exe" in n for n in names)
    with service.db() as db:
        row = db.execute("SELECT original_name, storage_key FROM ticket_files ORDER BY created_at DESC"
                         " LIMIT 1").fetchone()
    # Display text only: no folders, no bidi override that would disguise the extension.
    assert row["original_name"] == "evilgpj.exe"
    assert re.fullmatch(r"[0-9a-f]{2}/[0-9a-f]{64}", row["storage_key"])
