"""Photos and PDFs on their way to the service: recognise, clean, preview.

The privacy policy says "We do not collect precise geolocation data (GPS)",
and phone photos carry exactly that. Every file goes through :func:`prepare`
before upload, which writes a copy without location or identifying metadata::

    from api_client.media import MediaError, prepare

    try:
        ready = prepare(picked_path, work_dir)
    except MediaError as exc:
        show(exc.reason)             # one sentence, ready for people
    else:
        upload(ready.path, ready.mime, ready.original_name)
        print("Removed:", ", ".join(ready.removed))

Files are recognised by content (:func:`sniff`), never by name. No Qt here:
the SDK stays usable from scripts. The reference service strips again on
arrival with its own code; it never imports this package.
"""

from ._decode import DEFAULT_MAX_PIXELS
from ._io import sha256_file
from ._names import safe_display_name
from ._prepare import PreparedFile, prepare
from ._quality import Problem, Quality, check_image
from ._sniff import sniff
from ._split import page_count, split_pages
from ._thumbs import ThumbnailCache, make_thumbnail
from ._types import MediaError, MediaType, extension_for

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "MediaError",
    "MediaType",
    "PreparedFile",
    "Problem",
    "Quality",
    "ThumbnailCache",
    "check_image",
    "extension_for",
    "make_thumbnail",
    "page_count",
    "prepare",
    "safe_display_name",
    "sha256_file",
    "sniff",
    "split_pages",
]
