"""Generate sample photos, scans and PDFs with known metadata, for media tests.

Every function writes one file at ``path`` (usually under ``tmp_path``) and
returns ``path``. The secrets planted in them are module constants, so a test
can assert that none of them survives cleaning, byte for byte::

    from tests import media_samples as samples

    photo = samples.jpeg_with_gps(tmp_path / "photo.jpg", orientation=6)
    assert samples.SERIAL.encode() not in cleaned.read_bytes()

Pictures are small (64 x 48) unless a size is given, and have four coloured
quadrants so a wrong rotation or mirror is visible in the pixels.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageCms, TiffImagePlugin, TiffTags
from PIL.PngImagePlugin import PngInfo

GPS_LATITUDE = (52.0, 22.0, 31.0)
GPS_LONGITUDE = (4.0, 53.0, 12.0)
MAKER_NOTE = b"SECRET-MAKER-NOTE-7f3a"
SERIAL = "SN-SECRET-4242"
OWNER = "Alice Secret-Owner"
COMMENT = "secret comment: meet at the docks"
IPTC_CITY = b"Secretville"
XMP_PACKET = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="52,22.5N" exif:GPSLongitude="4,53.2E"/>'
    b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
SIZE = (64, 48)
QUADRANT_COLOURS = ((220, 30, 30), (30, 200, 30), (30, 30, 220), (240, 240, 40))  # TL, TR, BL, BR


def picture(size: tuple[int, int] = SIZE, mode: str = "RGB") -> Image.Image:
    """Four coloured quadrants with a little texture, so JPEG has real work to do.

    The texture is pseudo-random but seeded: the same size gives the same picture.
    """
    width, height = size
    image = Image.new("RGB", size)
    for index, colour in enumerate(QUADRANT_COLOURS):
        left, top = (index % 2) * width // 2, (index // 2) * height // 2
        image.paste(colour, (left, top, left + (width + 1) // 2, top + (height + 1) // 2))
    noise = random.Random(width * 100_003 + height).randbytes(width * height)
    texture = Image.frombytes("L", size, noise).convert("RGB")
    return Image.blend(image, texture, 0.15).convert(mode)


def gps_exif(orientation: int = 1) -> Image.Exif:
    """EXIF with the lot: GPS IFD, maker note, serial, owner, comment, camera, dates."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "SecretCam"
    exif[0x0110] = "Model X"
    exif[0x013B] = OWNER
    exif[0x0132] = "2024:05:06 07:08:09"
    exif[0x011A] = 300.0
    exif[0x011B] = 300.0
    exif[0x0128] = 2
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: GPS_LATITUDE, 3: "E", 4: GPS_LONGITUDE, 6: 12.5})
    details = exif.get_ifd(0x8769)
    details.update(
        {
            0x927C: MAKER_NOTE,
            0x9286: b"ASCII\x00\x00\x00" + COMMENT.encode(),
            0xA431: SERIAL,
            0xA430: OWNER,
            0x9003: "2024:05:06 07:08:09",
        }
    )
    return exif


# --- JPEG -----------------------------------------------------------------------------------------


def jpeg_with_gps(path: Path, orientation: int = 1, size: tuple[int, int] = SIZE) -> Path:
    picture(size).save(path, format="JPEG", quality=90, exif=gps_exif(orientation))
    return path


def jpeg_with_xmp_gps(path: Path) -> Path:
    """Standard XMP with GPS, plus an extended-XMP segment carrying more of it."""
    buffer = io.BytesIO()
    picture().save(buffer, format="JPEG", quality=90, xmp=XMP_PACKET)
    guid, sizes = b"0" * 32, struct.pack(">II", 40, 0)
    extended = b"http://ns.adobe.com/xmp/extension/\x00" + guid + sizes + XMP_PACKET[:40]
    path.write_bytes(_insert_segments(buffer.getvalue(), [(0xE1, extended)]))
    return path


def jpeg_with_iptc(path: Path) -> Path:
    """An APP13 Photoshop 3.0 block holding an IPTC record (city, caption)."""
    iptc = _iptc_dataset(90, IPTC_CITY) + _iptc_dataset(120, COMMENT.encode())
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    resource += b"\x00" * (len(iptc) % 2)
    buffer = io.BytesIO()
    picture().save(buffer, format="JPEG", quality=90)
    path.write_bytes(_insert_segments(buffer.getvalue(), [(0xED, b"Photoshop 3.0\x00" + resource)]))
    return path


def jpeg_with_comment(path: Path) -> Path:
    picture().save(path, format="JPEG", quality=90, comment=COMMENT)
    return path


def jpeg_with_exif_thumbnail(path: Path, orientation: int = 1) -> Path:
    """EXIF whose IFD1 holds a thumbnail JPEG that carries its own GPS EXIF and secrets.

    Hand-built, since Pillow does not write IFD1: IFD0 (orientation) -> IFD1
    (JPEGInterchangeFormat, JPEGInterchangeFormatLength) -> the thumbnail bytes.
    """
    thumb = io.BytesIO()
    picture((16, 12)).save(thumb, format="JPEG", exif=gps_exif(), comment=COMMENT)
    thumb_bytes = thumb.getvalue()
    ifd0 = struct.pack(">HHHIHHI", 1, 0x0112, 3, 1, orientation, 0, 26)
    ifd1 = struct.pack(">HHHIIHHIII", 2, 0x0201, 4, 1, 56, 0x0202, 4, 1, len(thumb_bytes), 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + ifd0 + ifd1
    buffer = io.BytesIO()
    picture().save(buffer, format="JPEG", quality=90)
    path.write_bytes(_insert_segments(buffer.getvalue(), [(0xE1, b"Exif\x00\x00" + tiff + thumb_bytes)]))
    return path


def jpeg_with_jfif_thumbnail(path: Path) -> Path:
    """A JFIF APP0 segment carrying its own (2 x 2, uncompressed) thumbnail."""
    buffer = io.BytesIO()
    picture().save(buffer, format="JPEG", quality=90)
    data = buffer.getvalue()
    assert data[2:4] == b"\xff\xe0"
    app0_end = 4 + int.from_bytes(data[4:6], "big")
    jfif = b"JFIF\x00\x01\x02\x00\x00\x01\x00\x01" + b"\x02\x02" + SERIAL.encode()[:12]
    path.write_bytes(data[:2] + b"\xff\xe0" + struct.pack(">H", len(jfif) + 2) + jfif + data[app0_end:])
    return path


def jpeg_with_trailing_image(path: Path) -> Path:
    """A multi-picture (MPO) file: an MPF segment, and a second JPEG with GPS after the first's EOI.

    Phones store depth maps, previews and motion photos this way.
    """
    picture().save(path, format="MPO", save_all=True, append_images=[picture((16, 16))], exif=gps_exif())
    return path


def cmyk_jpeg(path: Path) -> Path:
    """CMYK JPEG: libjpeg adds an APP14 Adobe segment that decoding depends on."""
    picture(mode="CMYK").save(path, format="JPEG", quality=90, exif=gps_exif())
    return path


def jpeg_with_icc(path: Path) -> Path:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    picture().save(path, format="JPEG", quality=90, icc_profile=profile, exif=gps_exif())
    return path


def truncated_jpeg(path: Path) -> Path:
    buffer = io.BytesIO()
    picture((256, 192)).save(buffer, format="JPEG", quality=95)
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) * 6 // 10])
    return path


# --- PNG ------------------------------------------------------------------------------------------


def png_with_exif_gps(path: Path, orientation: int = 1) -> Path:
    picture().save(path, format="PNG", exif=gps_exif(orientation))
    return path


def png_with_xmp(path: Path) -> Path:
    """XMP in iTXt, plus tEXt and zTXt notes and a tIME chunk."""
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP_PACKET.decode())
    info.add_text("Author", OWNER)
    info.add_text("Comment", COMMENT, zip=True)
    buffer = io.BytesIO()
    picture().save(buffer, format="PNG", pnginfo=info)
    time_chunk = _png_chunk(b"tIME", struct.pack(">HBBBBB", 2024, 5, 6, 7, 8, 9))
    data = buffer.getvalue()
    iend = data.rindex(b"IEND") - 4
    path.write_bytes(data[:iend] + time_chunk + data[iend:])
    return path


def bomb_png(path: Path, width: int = 100_000, height: int = 100_000) -> Path:
    """Claims width x height 1-bit pixels (10 gigapixels by default) in a few hundred bytes."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    idat = zlib.compress(row * 4, 9)
    chunks = _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunks)
    return path


# --- WebP, TIFF, HEIF -----------------------------------------------------------------------------


def webp_with_exif_gps(path: Path, orientation: int = 1, lossless: bool = True) -> Path:
    options = {"lossless": True} if lossless else {"quality": 80}
    picture().save(path, format="WEBP", exif=gps_exif(orientation), xmp=XMP_PACKET, **options)
    return path


def tiff_with_gps(path: Path, orientation: int = 1, pages: int = 1) -> Path:
    """Uncompressed TIFF with GPS and EXIF sub-IFDs, XMP (700) and IPTC (33723) on every page.

    Written uncompressed because Pillow's libtiff writer cannot store sub-IFDs.
    """
    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[0x0112] = orientation
    tags[0x010F] = "SecretScan"
    tags[0x013B] = OWNER
    tags[0x8825] = {1: "N", 2: GPS_LATITUDE, 3: "E", 4: GPS_LONGITUDE}
    tags[0x8769] = {0x927C: MAKER_NOTE, 0xA431: SERIAL}
    tags[700] = XMP_PACKET
    tags.tagtype[700] = TiffTags.BYTE
    tags[33723] = _iptc_dataset(90, IPTC_CITY)
    tags.tagtype[33723] = TiffTags.UNDEFINED
    images = [picture() for _ in range(pages)]
    images[0].save(path, format="TIFF", tiffinfo=tags, save_all=True, append_images=images[1:])
    return path


def tiff_compressed(path: Path, compression: str = "tiff_lzw", orientation: int = 1) -> Path:
    """A TIFF in a given compression scheme, with an orientation and a camera make.

    Fax schemes (``group3``, ``group4``) get a 1-bit picture, as only those can use them.
    """
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "SecretScan"
    image = picture().convert("1") if compression in ("group3", "group4") else picture()
    image.save(path, format="TIFF", compression=compression, exif=exif)
    return path


def heic_with_gps(path: Path, orientation: int = 1) -> Path:
    """HEIC via pillow-heif; libheif stores the orientation as a container rotation."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    picture().save(path, format="HEIF", quality=90, exif=gps_exif(orientation).tobytes(), xmp=XMP_PACKET)
    return path


# --- Not photos -----------------------------------------------------------------------------------


def exe_renamed_jpg(path: Path) -> Path:
    """The start of a Windows PE program, whatever ``path`` is called (say ``invoice.jpg``)."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
    path.write_bytes(stub + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64 + b"PE\x00\x00")
    return path


def small_pdf(path: Path, complete: bool = True) -> Path:
    """A one-page PDF with a valid xref; ``complete=False`` cuts it before ``%%EOF``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
        b"<< /Author (" + OWNER.encode() + b") >>",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % (len(objects) + 1)
    body += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(body if complete else body[: body.rindex(b"startxref")])
    return path


def zero_byte(path: Path) -> Path:
    path.write_bytes(b"")
    return path


# --- Building blocks ------------------------------------------------------------------------------


def _insert_segments(jpeg: bytes, segments: list[tuple[int, bytes]]) -> bytes:
    """Insert marker segments right after SOI (and after APP0 JFIF, if there)."""
    position = 2
    if jpeg[2:4] == b"\xff\xe0":
        position += 2 + int.from_bytes(jpeg[4:6], "big")
    encoded = b"".join(
        bytes((0xFF, marker)) + struct.pack(">H", len(data) + 2) + data for marker, data in segments
    )
    return jpeg[:position] + encoded + jpeg[position:]


def _iptc_dataset(tag: int, value: bytes) -> bytes:
    return bytes((0x1C, 2, tag)) + struct.pack(">H", len(value)) + value


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
