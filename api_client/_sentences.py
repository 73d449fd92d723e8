"""The SDK's own sentences, each with a stable code, so an app can say them in its language.

The SDK speaks English (a script shows ``str(error)`` or ``error.message`` as it
is), but every sentence it makes itself is a :class:`Sentence`: a ``str`` that
also carries ``code`` (stable: ``"network.timeout"``) and ``params`` (the values
put into its template: ``{"base_url": "https://…"}``). An app translates by
code and formats its own template with the params; for a code it does not know
it shows the English, which is always there.

A sentence kept as text (an upload queue row's ``error``, a watched folder's
``Not uploaded/<name>.txt``) has lost its code: :func:`identify` finds it again
by matching the text against every template.

Every template is defined at the end of this module, in one place
(:data:`SENTENCES`, the list an app's table is checked against); the modules
that say them import them from here. A new sentence goes here, with a new code.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import Any, Self


class CodedText(str):
    """A ``str`` that also carries the ``code`` and ``params`` it was said with: the base of
    the SDK's :class:`Sentence` and of the service's ``ServiceSentence`` (two kinds an app
    translates from two tables, so neither is the other)."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, params: dict[str, Any] | None = None) -> Self:
        made = super().__new__(cls, text)
        made.code = code
        made.params = dict(params or {})
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (a process pool) with its code
        return (type(self), (str.__str__(self), self.code, self.params))


class Sentence(CodedText):
    """An English sentence of the SDK, with the ``code`` and ``params`` it was made from."""


class Template:
    """One sentence of the SDK: ``Template("network.timeout", "The service at {base_url} …")``;
    calling it with the params makes the :class:`Sentence`."""

    def __init__(self, code: str, text: str, *, fragment: bool = False) -> None:
        self.code = code
        self.text = text
        #: Part of another sentence (a param of it), not a sentence on its own.
        self.fragment = fragment
        self.fields = tuple(name for _, name, _, _ in string.Formatter().parse(text) if name)
        self._pattern: re.Pattern[str] | None = None

    def __call__(self, **params: Any) -> Sentence:
        return Sentence(self.text.format(**params), self.code, params)

    def __str__(self) -> str:
        return self.text

    def match(self, text: str) -> Sentence | None:
        """``text`` as this template's sentence (with its params as strings), or None."""
        if self._pattern is None:
            parts: list[str] = []
            seen: set[str] = set()
            for literal, name, _, _ in string.Formatter().parse(self.text):
                parts.append(re.escape(literal))
                if name:
                    parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
                    seen.add(name)
            self._pattern = re.compile("".join(parts), re.DOTALL)
        found = self._pattern.fullmatch(text)
        return None if found is None else Sentence(text, self.code, found.groupdict())


#: Every sentence of the SDK, by code.
SENTENCES: dict[str, Template] = {}


def sentence(code: str, text: str, *, fragment: bool = False) -> Template:
    """Registers one of the SDK's sentences."""
    if code in SENTENCES:
        raise ValueError(f"two sentences with the code {code!r}")
    SENTENCES[code] = template = Template(code, text, fragment=fragment)
    return template


#: The params whose value is itself one of the SDK's sentences (or a fragment): an app translates them too.
SENTENCE_PARAMS = frozenset({"why", "lost", "cancelled", "refused", "kind"})
#: The params whose value is a list of fragments joined with ", " (an app translates each).
FRAGMENT_LIST_PARAMS = frozenset({"kinds"})


def identify(text: str | None, *, fragment: bool = False) -> Sentence | None:
    """The SDK's sentence ``text`` is, code and params found again (a kept copy);
    None when it is none of them (a service's own message, say). ``fragment``:
    ``text`` is a param in :data:`SENTENCE_PARAMS`, so fragments are matched too."""
    if not text:
        return None
    if isinstance(text, Sentence):
        return text
    for template in SENTENCES.values():
        if template.fragment and not fragment:
            continue
        found = template.match(text)
        if found is not None:
            return found
    return None


#: What the SDK writes itself for people to read beside their files (``Not uploaded/<name>.txt``):
#: the app installs its translation with :func:`set_localiser`.
_localiser: Callable[[str], str] | None = None


def set_localiser(localiser: Callable[[str], str] | None) -> None:
    """``localiser(sentence) -> text`` in the person's language, for the text the SDK writes to files."""
    global _localiser
    _localiser = localiser


def localised(text: str) -> str:
    return _localiser(text) if _localiser is not None else str(text)


# -- the sentences ---------------------------------------------------------------------------
# A code is never reused for another meaning; a changed wording keeps its code.

# The service's replies (api_client._failures and the resources).
STATUS_NOT_FOUND = sentence("status.not_found", "The item was not found.")
STATUS_TOO_LARGE = sentence("status.too_large", "The file is larger than the service accepts.")
STATUS_BUSY = sentence("status.busy", "The service is busy. Try again in a moment.")
STATUS_STORAGE_FULL = sentence(
    "status.storage_full", "The service has run out of storage, so it cannot take more files now; try again later.")
STATUS_SERVER = sentence("status.server", "The service had a problem. Try again in a moment.")
STATUS_OTHER = sentence("status.other", "The service answered with an error ({status}).")
REPLY_UNREADABLE = sentence("reply.unreadable", "The service sent a reply the app cannot read.")
REPLY_UNREADABLE_FIELD = sentence("reply.unreadable_field",
                                  "The service sent a reply the app cannot read (field '{name}').")
REPLY_UNREADABLE_PART = sentence("reply.unreadable_part", "The service sent a reply the app cannot read ({part}).")
REPLY_NO_UPLOAD_URL = sentence("reply.no_upload_url", "The service did not say where to send the file.")
REPLY_UNSAFE_SIGN_IN = sentence("reply.unsafe_sign_in",
                                "The service's sign-in settings are not ones the app can use safely.")

# No usable reply.
NETWORK_TIMEOUT = sentence("network.timeout", "The service at {base_url} did not answer in time.")
NETWORK_TLS = sentence("network.tls", "The security certificate of {base_url} could not be verified. "
                                      "Check the address, or ask your administrator.")
NETWORK_UNREACHABLE = sentence("network.unreachable",
                               "Can't reach the service at {base_url}. Check the address and your connection.")
NETWORK_LOST = sentence("network.lost", "The connection to {base_url} was lost.")
NETWORK_OTHER = sentence("network.other", "Can't talk to the service at {base_url}: {reason}.")

SERVER_NOT_TICKET_PROS = sentence("server.not_ticket_pros", "{base_url} does not answer like a Ticket Pros service.")
SERVER_API_VERSION = sentence(
    "server.api_version", "The service at {base_url} speaks API version {version}; this app needs version {needed}. "
    "Update the app or ask your administrator.")

# The client's settings.
CONFIG_SERVER_URL = sentence("config.server_url", "“{url}” is not a valid server address.")
CONFIG_PLAIN_HTTP = sentence("config.plain_http",
                             "Plain http:// is only allowed for this computer. Use an https:// address.")
CONFIG_PROXY_MODE = sentence("config.proxy_mode", "Unknown proxy mode “{mode}”.")
CONFIG_PROXY_URL = sentence("config.proxy_url", "“{url}” is not a valid proxy address (e.g. http://proxy:8080).")

# The session and the keyring.
AUTH_NOT_SIGNED_IN = sentence("auth.not_signed_in", "You are not signed in.")
KEYRING_RENEWING = sentence(
    "keyring.renewing", "Another Ticket Pros program on this computer is renewing the session; try again in a moment.")
KEYRING_LOCKED = sentence("keyring.locked", "The system keyring is locked.")
KEYRING_MISSING = sentence("keyring.missing", "No system keyring is available on this computer.")
KEYRING_UNAVAILABLE = sentence("keyring.unavailable", "The system keyring is not available ({kind}).")

# Signing in through the browser or another device (api_client._oauth); the browser's page too.
SIGN_IN_TIMED_OUT = sentence("sign_in.timed_out", "The sign-in in the browser was not finished in time; start it again.")
SIGN_IN_CANCELLED = sentence("sign_in.cancelled", "The sign-in was cancelled.")
SIGN_IN_CODE_EXPIRED = sentence("sign_in.code_expired", "The code expired before anyone signed in with it; start again.")
SIGN_IN_FINISHED = sentence("sign_in.finished", "This sign-in has finished already; start a new one.")
SIGN_IN_REFUSED = sentence("sign_in.refused", "The service refused the sign-in.")
SIGN_IN_NO_CODE = sentence("sign_in.no_code", "The browser came back without a sign-in code; try again.")
PAGE_DONE_TITLE = sentence("sign_in.page.done_title", "You can return to Ticket Pros")
PAGE_DONE = sentence("sign_in.page.done", "You are signed in. You can close this tab and go back to Ticket Pros.")
PAGE_FAILED_TITLE = sentence("sign_in.page.failed_title", "Sign-in did not finish")
PAGE_NOT_THIS = sentence("sign_in.page.not_this", "This answer is not for the sign-in Ticket Pros is waiting for. "
                                                  "Go back to the app and choose “Sign in with your browser” again.")
PAGE_FAILED = sentence("sign_in.page.failed", "Ticket Pros could not finish the sign-in; go back to the app.")
PAGE_NOT_FOUND_TITLE = sentence("sign_in.page.not_found_title", "Not found")
PAGE_NOT_FOUND = sentence("sign_in.page.not_found", "There is nothing here.")
PAGE_APP_SILENT = sentence("sign_in.page.app_silent", "Ticket Pros did not answer in time; go back to the app.")
PAGE_NO_CODE = sentence("sign_in.page.no_code", "The answer had no sign-in code; go back to the app.")

# Downloads and exports.
DOWNLOAD_TOO_LARGE = sentence("download.too_large", "The page is too large to show.")
DOWNLOAD_DAMAGED = sentence("download.damaged", "The downloaded file is damaged. Try again.")
DOWNLOAD_CANCELLED = sentence("download.cancelled", "The download was cancelled.")
DOWNLOAD_CUT_OFF = sentence("download.cut_off", "The download was cut off. Try again.")
EXPORT_NO_MANIFEST = sentence("export.no_manifest", "The export has no readable manifest.json.")
EXPORT_BAD_MANIFEST = sentence("export.bad_manifest", "The export's manifest.json cannot be read.")
EXPORT_UNLISTED = sentence("export.unlisted", "The export contains “{name}”, which its manifest does not list.")
EXPORT_MISSING = sentence("export.missing", "“{name}” is missing from the export.")
EXPORT_DAMAGED = sentence("export.damaged", "“{name}” in the export is damaged.")
EXPORT_CHECKSUM = sentence("export.checksum", "“{name}” in the export does not match its checksum.")
EXPORT_NOT_ZIP = sentence("export.not_zip", "The downloaded export is not a valid ZIP file.")

# A file's content (api_client.media).
MEDIA_EMPTY = sentence("media.empty", "The file is empty.")
MEDIA_DAMAGED = sentence("media.damaged", "The image is truncated or damaged.")
MEDIA_BOMB = sentence("media.bomb", "The image is too large to open safely (decompression bomb).")
MEDIA_NOT_A_FILE = sentence("media.not_a_file", "This is not a regular file (it is a pipe, a device or a socket).")
MEDIA_FOLDER = sentence("media.folder", "This is a folder, not a file.")
MEDIA_UNSUPPORTED = sentence("media.unsupported", "This file is not a supported photo or PDF.")
MEDIA_UNSUPPORTED_LIKE = sentence("media.unsupported_like",
                                  "This file is not a supported photo or PDF (it looks like {kind}).")
PDF_DAMAGED = sentence("pdf.damaged", "The PDF is incomplete or damaged.")
PDF_ENCRYPTED = sentence("pdf.encrypted",
                         "This PDF is password-protected; save a copy without a password and upload that.")
PDF_TRAILING = sentence("pdf.trailing",
                        "This PDF has other data after its end (maybe a hidden file); save it again as a PDF.")
PDF_TOO_COMPLEX = sentence("pdf.too_complex", "The PDF is too complex to check safely.")
PDF_ACTIVE = sentence("pdf.active",
                      "This PDF has active content ({kinds}); print it to a new PDF or scan the paper.")
#: What active content a refused PDF holds (the ``kinds`` of PDF_ACTIVE, joined with ", ").
PDF_KIND_JAVASCRIPT = sentence("pdf.kind.javascript", "JavaScript", fragment=True)
PDF_KIND_LAUNCH = sentence("pdf.kind.launch", "an action that starts a program", fragment=True)
PDF_KIND_EMBEDDED_FILES = sentence("pdf.kind.embedded_files", "embedded files", fragment=True)
PDF_KIND_FORM_ACTIONS = sentence("pdf.kind.form_actions", "form actions that send or load data", fragment=True)
#: What a refused file looks like (the ``kind`` of MEDIA_UNSUPPORTED_LIKE).
KIND_WINDOWS_PROGRAM = sentence("media.kind.windows_program", "a Windows program", fragment=True)
KIND_LINUX_PROGRAM = sentence("media.kind.linux_program", "a Linux program", fragment=True)
KIND_MACOS_PROGRAM = sentence("media.kind.macos_program", "a macOS program", fragment=True)
KIND_MACOS_JAVA_PROGRAM = sentence("media.kind.macos_java_program", "a macOS or Java program", fragment=True)
KIND_SCRIPT = sentence("media.kind.script", "a script", fragment=True)
KIND_ZIP = sentence("media.kind.zip", "a ZIP archive or an Office document", fragment=True)
KIND_RAR = sentence("media.kind.rar", "a RAR archive", fragment=True)
KIND_7Z = sentence("media.kind.7z", "a 7-Zip archive", fragment=True)
KIND_COMPRESSED = sentence("media.kind.compressed", "a compressed archive", fragment=True)
KIND_GIF = sentence("media.kind.gif", "a GIF image", fragment=True)
KIND_AVIF = sentence("media.kind.avif", "an AVIF image", fragment=True)

# Uploading a file (api_client.uploads).
UPLOAD_STORAGE_FULL = sentence("upload.storage_full", "The service is out of storage; the file stays in the queue.")
UPLOAD_SIGNED_OUT = sentence("upload.signed_out", "You are signed out; sign in again to continue this upload.")
UPLOAD_UNEXPECTED = sentence("upload.unexpected", "Something went wrong with this file; it will be tried again.")
UPLOAD_FILE_GONE = sentence("upload.file_gone", "The file no longer exists.")
UPLOAD_NOT_ALLOWED = sentence("upload.not_allowed", "The app is not allowed to read this file.")
UPLOAD_UNREADABLE = sentence("upload.unreadable", "The file could not be read ({reason}).")
UPLOAD_TOO_LARGE = sentence("upload.too_large", "The file is larger than the {megabytes} MB the service accepts.")
UPLOAD_STOPPED = sentence("upload.stopped", "The upload was stopped.")
UPLOAD_SIZE_CHANGED = sentence("upload.size_changed", "The file changed size since it was queued.")
UPLOAD_NOT_FINISHED = sentence("upload.not_finished", "The service could not finish this upload.")
UPLOAD_CHANGED = sentence("upload.changed", "The file changed on disk after it was checked; add it again.")
UPLOAD_STORED_DIFFERENT = sentence("upload.stored_different", "The service stored a different amount than was sent.")
UPLOAD_LOST = sentence("upload.lost", "The service no longer has this upload; it will start again.")
UPLOAD_CHANGED_WHILE_SENT = sentence("upload.changed_while_sent", "The file changed size while it was being sent.")
UPLOAD_SHORTER = sentence("upload.shorter", "The file is shorter than when it was queued.")
UPLOAD_LINK_OUTSIDE = sentence("upload.link_outside", "This is a link to a file outside the folder you chose, so "
                               "it was not sent; add that file itself if you mean to upload it.")
UPLOAD_SKIPPED_DUPLICATE = sentence("upload.skipped_duplicate", "Skipped: this file was already uploaded.")
#: A ticket finished with the pages that arrived (``completion_note``): "{made}; {lost}."
TICKET_MADE_ONE = sentence("upload.ticket_made.one", "Ticket made with the one page that arrived; {lost}.")
TICKET_MADE = sentence("upload.ticket_made", "Ticket made with the {arrived} pages that arrived; {lost}.")
LOST_BOTH = sentence("upload.lost_pages.both", "{cancelled} and {refused}", fragment=True)
LOST_CANCELLED_ONE = sentence("upload.lost_pages.cancelled.one", "1 page was cancelled", fragment=True)
LOST_CANCELLED = sentence("upload.lost_pages.cancelled", "{count} pages were cancelled", fragment=True)
LOST_REFUSED_ONE = sentence("upload.lost_pages.refused.one", "1 page was refused", fragment=True)
LOST_REFUSED = sentence("upload.lost_pages.refused", "{count} pages were refused", fragment=True)
LOST_ALSO_REFUSED_ONE = sentence("upload.lost_pages.also_refused.one", "1 was refused", fragment=True)
LOST_ALSO_REFUSED = sentence("upload.lost_pages.also_refused", "{count} were refused", fragment=True)

# Watched folders (api_client.watch): a folder's state, and the reason in ``Not uploaded/<name>.txt``.
WATCH_ANOTHER_WATCHER = sentence("watch.another_watcher",
                                 "Another Ticket Pros program is watching this folder; it is left to that one.")
WATCH_FOLDER_MISSING = sentence(
    "watch.folder_missing", "The folder is not there (a drive or share not connected?); it is looked for every {every} s.")
WATCH_FOLDER_UNREADABLE = sentence("watch.folder_unreadable",
                                   "The folder cannot be read ({reason}); it is tried again every {every} s.")
WATCH_POLLED = sentence("watch.polled", "Checked every {every} s (no change events here).")
WATCH_ALREADY_UPLOADED = sentence("watch.already_uploaded", "This file was already uploaded, so it was not sent again.")
WATCH_ALREADY_UPLOADED_TICKET = sentence(
    "watch.already_uploaded.ticket", "This file was already uploaded (ticket {ticket}), so it was not sent again.")
WATCH_CANCELLED = sentence("watch.cancelled", "Its upload was cancelled in the app.")
WATCH_UNREADABLE = sentence("watch.unreadable", "The file could not be read.")
WATCH_NOT_ACCEPTED = sentence("watch.not_accepted", "The service did not accept it.")
WATCH_GONE = sentence("watch.gone", "The file was gone before it was queued.")
WATCH_PAGES_PARTLY = sentence("watch.pages_partly", "{done} of {total} pages were uploaded; {name} was not: {why}")

# The photo check (api_client._quality_problems, one per Problem: "quality.<problem>").
QUALITY_BLURRED = sentence("quality.blurred", "This photo looks blurred; the numbers may not be readable.")
QUALITY_DARK = sentence("quality.dark", "This photo is too dark; the numbers may not be readable.")
QUALITY_WASHED_OUT = sentence("quality.washed_out",
                              "This photo is washed out by light; the numbers may not be readable.")
QUALITY_LOW_RESOLUTION = sentence("quality.low_resolution",
                                  "This photo has too few pixels; the numbers may not be readable.")
QUALITY_SMALL_PAGE = sentence("quality.small_page",
                              "The page fills only a small part of this photo; the numbers may not be readable.")
QUALITY_UNKNOWN = sentence("quality.unknown", "The photo check found: {code}.")
