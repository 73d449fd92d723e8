"""The media types the service accepts, and the one error this package raises."""

from __future__ import annotations

from enum import StrEnum

from .. import _sentences as S


class MediaType(StrEnum):
    """A file type recognised by its content (see :func:`sniff`), never by its name."""

    JPEG = "jpeg"
    PNG = "png"
    HEIF = "heif"
    TIFF = "tiff"
    WEBP = "webp"
    PDF = "pdf"

    @property
    def mime(self) -> str:
        """The MIME type sent as the upload's ``Content-Type``."""
        return _MIME[self]

    @property
    def extension(self) -> str:
        """The canonical file extension, with its dot (``".jpg"``)."""
        return _EXTENSION[self]


_MIME = {
    MediaType.JPEG: "image/jpeg",
    MediaType.PNG: "image/png",
    MediaType.HEIF: "image/heif",
    MediaType.TIFF: "image/tiff",
    MediaType.WEBP: "image/webp",
    MediaType.PDF: "application/pdf",
}

_EXTENSION = {
    MediaType.JPEG: ".jpg",
    MediaType.PNG: ".png",
    MediaType.HEIF: ".heic",
    MediaType.TIFF: ".tiff",
    MediaType.WEBP: ".webp",
    MediaType.PDF: ".pdf",
}

_BY_MIME = {mime: kind for kind, mime in _MIME.items()}


def extension_for(mime: str, default: str = "") -> str:
    """The canonical extension (``".jpg"``) for a stored file's MIME type, as the
    service reports it; ``default`` for a type this SDK does not know (a newer
    service's). The one map from MIME type to extension on the client side."""
    kind = _BY_MIME.get(mime.split(";", 1)[0].strip().lower())
    return default if kind is None else kind.extension


class MediaError(Exception):
    """The file's content cannot be accepted.

    ``reason`` is one plain sentence that can be shown to the person who picked
    the file. Problems with the file system (missing file, full disk) are not
    MediaErrors: they surface as the usual ``OSError``.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


EMPTY = S.MEDIA_EMPTY()
DAMAGED = S.MEDIA_DAMAGED()
BOMB = S.MEDIA_BOMB()
PDF_DAMAGED = S.PDF_DAMAGED()
NOT_A_FILE = S.MEDIA_NOT_A_FILE()
FOLDER = S.MEDIA_FOLDER()
