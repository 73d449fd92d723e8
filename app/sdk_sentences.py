"""The SDK's own sentences in the person's language: ONE table, by the sentence's code.

The SDK (``api_client``, no Qt, no catalogue) says everything in English, and
each sentence it makes carries a stable code and its params
(``api_client._sentences``: a ``Sentence`` is a ``str`` with ``.code`` and
``.params``; a kept copy is recognised again by ``identify``). This table gives
each code its sentence marked for the catalogue (context ``Sdk``);
:func:`localise` translates the template, then puts the params in. The GUI
passes Qt's translator, the command line uses the Qt-free ``.qm`` reader.
A code missing here (a newer SDK) is said in the SDK's English;
``tests/app/test_sdk_sentences.py`` fails until every code has its line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from api_client import ServiceSentence
from api_client._sentences import FRAGMENT_LIST_PARAMS, SENTENCE_PARAMS, Sentence, identify

from . import service_sentences
from .translation import QT_TRANSLATE_NOOP, translate

CONTEXT = "Sdk"

# code → the English template (the same as the SDK's: the test compares them), for the catalogue.
SENTENCES: dict[str, str] = {
    "status.not_found": QT_TRANSLATE_NOOP("Sdk", "The item was not found."),
    "status.too_large": QT_TRANSLATE_NOOP("Sdk", "The file is larger than the service accepts."),
    "status.busy": QT_TRANSLATE_NOOP("Sdk", "The service is busy. Try again in a moment."),
    "status.storage_full": QT_TRANSLATE_NOOP(
        "Sdk", "The service has run out of storage, so it cannot take more files now; try again later."),
    "status.server": QT_TRANSLATE_NOOP("Sdk", "The service had a problem. Try again in a moment."),
    "status.other": QT_TRANSLATE_NOOP("Sdk", "The service answered with an error ({status})."),
    "reply.unreadable": QT_TRANSLATE_NOOP("Sdk", "The service sent a reply the app cannot read."),
    "reply.unreadable_field": QT_TRANSLATE_NOOP(
        "Sdk", "The service sent a reply the app cannot read (field '{name}')."),
    "reply.unreadable_part": QT_TRANSLATE_NOOP(
        "Sdk", "The service sent a reply the app cannot read ({part})."),
    "reply.no_upload_url": QT_TRANSLATE_NOOP("Sdk", "The service did not say where to send the file."),
    "reply.unsafe_sign_in": QT_TRANSLATE_NOOP(
        "Sdk", "The service's sign-in settings are not ones the app can use safely."),
    "network.timeout": QT_TRANSLATE_NOOP("Sdk", "The service at {base_url} did not answer in time."),
    "network.tls": QT_TRANSLATE_NOOP(
        "Sdk", "The security certificate of {base_url} could not be verified. Check the address, or ask your administrator."),
    "network.unreachable": QT_TRANSLATE_NOOP(
        "Sdk", "Can't reach the service at {base_url}. Check the address and your connection."),
    "network.lost": QT_TRANSLATE_NOOP("Sdk", "The connection to {base_url} was lost."),
    "network.other": QT_TRANSLATE_NOOP("Sdk", "Can't talk to the service at {base_url}: {reason}."),
    "server.not_ticket_pros": QT_TRANSLATE_NOOP(
        "Sdk", "{base_url} does not answer like a Ticket Pros service."),
    "server.api_version": QT_TRANSLATE_NOOP(
        "Sdk", "The service at {base_url} speaks API version {version}; this app needs version {needed}. Update the app or ask your administrator."),
    "config.server_url": QT_TRANSLATE_NOOP("Sdk", "“{url}” is not a valid server address."),
    "config.plain_http": QT_TRANSLATE_NOOP(
        "Sdk", "Plain http:// is only allowed for this computer. Use an https:// address."),
    "config.proxy_mode": QT_TRANSLATE_NOOP("Sdk", "Unknown proxy mode “{mode}”."),
    "config.proxy_url": QT_TRANSLATE_NOOP(
        "Sdk", "“{url}” is not a valid proxy address (e.g. http://proxy:8080)."),
    "auth.not_signed_in": QT_TRANSLATE_NOOP("Sdk", "You are not signed in."),
    "keyring.renewing": QT_TRANSLATE_NOOP(
        "Sdk", "Another Ticket Pros program on this computer is renewing the session; try again in a moment."),
    "keyring.locked": QT_TRANSLATE_NOOP("Sdk", "The system keyring is locked."),
    "keyring.missing": QT_TRANSLATE_NOOP("Sdk", "No system keyring is available on this computer."),
    "keyring.unavailable": QT_TRANSLATE_NOOP("Sdk", "The system keyring is not available ({kind})."),
    "sign_in.timed_out": QT_TRANSLATE_NOOP(
        "Sdk", "The sign-in in the browser was not finished in time; start it again."),
    "sign_in.cancelled": QT_TRANSLATE_NOOP("Sdk", "The sign-in was cancelled."),
    "sign_in.code_expired": QT_TRANSLATE_NOOP(
        "Sdk", "The code expired before anyone signed in with it; start again."),
    "sign_in.finished": QT_TRANSLATE_NOOP("Sdk", "This sign-in has finished already; start a new one."),
    "sign_in.refused": QT_TRANSLATE_NOOP("Sdk", "The service refused the sign-in."),
    "sign_in.no_code": QT_TRANSLATE_NOOP("Sdk", "The browser came back without a sign-in code; try again."),
    "sign_in.page.done_title": QT_TRANSLATE_NOOP("Sdk", "You can return to Ticket Pros"),
    "sign_in.page.done": QT_TRANSLATE_NOOP(
        "Sdk", "You are signed in. You can close this tab and go back to Ticket Pros."),
    "sign_in.page.failed_title": QT_TRANSLATE_NOOP("Sdk", "Sign-in did not finish"),
    "sign_in.page.not_this": QT_TRANSLATE_NOOP(
        "Sdk", "This answer is not for the sign-in Ticket Pros is waiting for. Go back to the app and choose “Sign in with your browser” again."),
    "sign_in.page.failed": QT_TRANSLATE_NOOP(
        "Sdk", "Ticket Pros could not finish the sign-in; go back to the app."),
    "sign_in.page.not_found_title": QT_TRANSLATE_NOOP("Sdk", "Not found"),
    "sign_in.page.not_found": QT_TRANSLATE_NOOP("Sdk", "There is nothing here."),
    "sign_in.page.app_silent": QT_TRANSLATE_NOOP(
        "Sdk", "Ticket Pros did not answer in time; go back to the app."),
    "sign_in.page.no_code": QT_TRANSLATE_NOOP("Sdk", "The answer had no sign-in code; go back to the app."),
    "download.too_large": QT_TRANSLATE_NOOP("Sdk", "The page is too large to show."),
    "download.damaged": QT_TRANSLATE_NOOP("Sdk", "The downloaded file is damaged. Try again."),
    "download.cancelled": QT_TRANSLATE_NOOP("Sdk", "The download was cancelled."),
    "download.cut_off": QT_TRANSLATE_NOOP("Sdk", "The download was cut off. Try again."),
    "export.no_manifest": QT_TRANSLATE_NOOP("Sdk", "The export has no readable manifest.json."),
    "export.bad_manifest": QT_TRANSLATE_NOOP("Sdk", "The export's manifest.json cannot be read."),
    "export.unlisted": QT_TRANSLATE_NOOP(
        "Sdk", "The export contains “{name}”, which its manifest does not list."),
    "export.missing": QT_TRANSLATE_NOOP("Sdk", "“{name}” is missing from the export."),
    "export.damaged": QT_TRANSLATE_NOOP("Sdk", "“{name}” in the export is damaged."),
    "export.checksum": QT_TRANSLATE_NOOP("Sdk", "“{name}” in the export does not match its checksum."),
    "export.not_zip": QT_TRANSLATE_NOOP("Sdk", "The downloaded export is not a valid ZIP file."),
    "media.empty": QT_TRANSLATE_NOOP("Sdk", "The file is empty."),
    "media.damaged": QT_TRANSLATE_NOOP("Sdk", "The image is truncated or damaged."),
    "media.bomb": QT_TRANSLATE_NOOP("Sdk", "The image is too large to open safely (decompression bomb)."),
    "media.not_a_file": QT_TRANSLATE_NOOP(
        "Sdk", "This is not a regular file (it is a pipe, a device or a socket)."),
    "media.folder": QT_TRANSLATE_NOOP("Sdk", "This is a folder, not a file."),
    "media.unsupported": QT_TRANSLATE_NOOP("Sdk", "This file is not a supported photo or PDF."),
    "media.unsupported_like": QT_TRANSLATE_NOOP(
        "Sdk", "This file is not a supported photo or PDF (it looks like {kind})."),
    "pdf.damaged": QT_TRANSLATE_NOOP("Sdk", "The PDF is incomplete or damaged."),
    "pdf.encrypted": QT_TRANSLATE_NOOP(
        "Sdk", "This PDF is password-protected; save a copy without a password and upload that."),
    "pdf.trailing": QT_TRANSLATE_NOOP(
        "Sdk", "This PDF has other data after its end (maybe a hidden file); save it again as a PDF."),
    "pdf.too_complex": QT_TRANSLATE_NOOP("Sdk", "The PDF is too complex to check safely."),
    "pdf.active": QT_TRANSLATE_NOOP(
        "Sdk", "This PDF has active content ({kinds}); print it to a new PDF or scan the paper."),
    "pdf.kind.javascript": QT_TRANSLATE_NOOP("Sdk", "JavaScript"),
    "pdf.kind.launch": QT_TRANSLATE_NOOP("Sdk", "an action that starts a program"),
    "pdf.kind.embedded_files": QT_TRANSLATE_NOOP("Sdk", "embedded files"),
    "pdf.kind.form_actions": QT_TRANSLATE_NOOP("Sdk", "form actions that send or load data"),
    "media.kind.windows_program": QT_TRANSLATE_NOOP("Sdk", "a Windows program"),
    "media.kind.linux_program": QT_TRANSLATE_NOOP("Sdk", "a Linux program"),
    "media.kind.macos_program": QT_TRANSLATE_NOOP("Sdk", "a macOS program"),
    "media.kind.macos_java_program": QT_TRANSLATE_NOOP("Sdk", "a macOS or Java program"),
    "media.kind.script": QT_TRANSLATE_NOOP("Sdk", "a script"),
    "media.kind.zip": QT_TRANSLATE_NOOP("Sdk", "a ZIP archive or an Office document"),
    "media.kind.rar": QT_TRANSLATE_NOOP("Sdk", "a RAR archive"),
    "media.kind.7z": QT_TRANSLATE_NOOP("Sdk", "a 7-Zip archive"),
    "media.kind.compressed": QT_TRANSLATE_NOOP("Sdk", "a compressed archive"),
    "media.kind.gif": QT_TRANSLATE_NOOP("Sdk", "a GIF image"),
    "media.kind.avif": QT_TRANSLATE_NOOP("Sdk", "an AVIF image"),
    "upload.storage_full": QT_TRANSLATE_NOOP(
        "Sdk", "The service is out of storage; the file stays in the queue."),
    "upload.signed_out": QT_TRANSLATE_NOOP(
        "Sdk", "You are signed out; sign in again to continue this upload."),
    "upload.unexpected": QT_TRANSLATE_NOOP(
        "Sdk", "Something went wrong with this file; it will be tried again."),
    "upload.file_gone": QT_TRANSLATE_NOOP("Sdk", "The file no longer exists."),
    "upload.not_allowed": QT_TRANSLATE_NOOP("Sdk", "The app is not allowed to read this file."),
    "upload.unreadable": QT_TRANSLATE_NOOP("Sdk", "The file could not be read ({reason})."),
    "upload.too_large": QT_TRANSLATE_NOOP(
        "Sdk", "The file is larger than the {megabytes} MB the service accepts."),
    "upload.stopped": QT_TRANSLATE_NOOP("Sdk", "The upload was stopped."),
    "upload.size_changed": QT_TRANSLATE_NOOP("Sdk", "The file changed size since it was queued."),
    "upload.not_finished": QT_TRANSLATE_NOOP("Sdk", "The service could not finish this upload."),
    "upload.changed": QT_TRANSLATE_NOOP(
        "Sdk", "The file changed on disk after it was checked; add it again."),
    "upload.stored_different": QT_TRANSLATE_NOOP(
        "Sdk", "The service stored a different amount than was sent."),
    "upload.lost": QT_TRANSLATE_NOOP("Sdk", "The service no longer has this upload; it will start again."),
    "upload.changed_while_sent": QT_TRANSLATE_NOOP("Sdk", "The file changed size while it was being sent."),
    "upload.shorter": QT_TRANSLATE_NOOP("Sdk", "The file is shorter than when it was queued."),
    "upload.link_outside": QT_TRANSLATE_NOOP(
        "Sdk", "This is a link to a file outside the folder you chose, so it was not sent; add that file itself if you mean to upload it."),
    "upload.skipped_duplicate": QT_TRANSLATE_NOOP("Sdk", "Skipped: this file was already uploaded."),
    "upload.ticket_made.one": QT_TRANSLATE_NOOP("Sdk", "Ticket made with the one page that arrived; {lost}."),
    "upload.ticket_made": QT_TRANSLATE_NOOP(
        "Sdk", "Ticket made with the {arrived} pages that arrived; {lost}."),
    "upload.lost_pages.both": QT_TRANSLATE_NOOP("Sdk", "{cancelled} and {refused}"),
    "upload.lost_pages.cancelled.one": QT_TRANSLATE_NOOP("Sdk", "1 page was cancelled"),
    "upload.lost_pages.cancelled": QT_TRANSLATE_NOOP("Sdk", "{count} pages were cancelled"),
    "upload.lost_pages.refused.one": QT_TRANSLATE_NOOP("Sdk", "1 page was refused"),
    "upload.lost_pages.refused": QT_TRANSLATE_NOOP("Sdk", "{count} pages were refused"),
    "upload.lost_pages.also_refused.one": QT_TRANSLATE_NOOP("Sdk", "1 was refused"),
    "upload.lost_pages.also_refused": QT_TRANSLATE_NOOP("Sdk", "{count} were refused"),
    "watch.another_watcher": QT_TRANSLATE_NOOP(
        "Sdk", "Another Ticket Pros program is watching this folder; it is left to that one."),
    "watch.folder_missing": QT_TRANSLATE_NOOP(
        "Sdk", "The folder is not there (a drive or share not connected?); it is looked for every {every} s."),
    "watch.folder_unreadable": QT_TRANSLATE_NOOP(
        "Sdk", "The folder cannot be read ({reason}); it is tried again every {every} s."),
    "watch.polled": QT_TRANSLATE_NOOP("Sdk", "Checked every {every} s (no change events here)."),
    "watch.already_uploaded": QT_TRANSLATE_NOOP(
        "Sdk", "This file was already uploaded, so it was not sent again."),
    "watch.already_uploaded.ticket": QT_TRANSLATE_NOOP(
        "Sdk", "This file was already uploaded (ticket {ticket}), so it was not sent again."),
    "watch.cancelled": QT_TRANSLATE_NOOP("Sdk", "Its upload was cancelled in the app."),
    "watch.unreadable": QT_TRANSLATE_NOOP("Sdk", "The file could not be read."),
    "watch.not_accepted": QT_TRANSLATE_NOOP("Sdk", "The service did not accept it."),
    "watch.gone": QT_TRANSLATE_NOOP("Sdk", "The file was gone before it was queued."),
    "watch.pages_partly": QT_TRANSLATE_NOOP(
        "Sdk", "{done} of {total} pages were uploaded; {name} was not: {why}"),
    "quality.blurred": QT_TRANSLATE_NOOP("Sdk", "This photo looks blurred; the numbers may not be readable."),
    "quality.dark": QT_TRANSLATE_NOOP("Sdk", "This photo is too dark; the numbers may not be readable."),
    "quality.washed_out": QT_TRANSLATE_NOOP(
        "Sdk", "This photo is washed out by light; the numbers may not be readable."),
    "quality.low_resolution": QT_TRANSLATE_NOOP(
        "Sdk", "This photo has too few pixels; the numbers may not be readable."),
    "quality.small_page": QT_TRANSLATE_NOOP(
        "Sdk", "The page fills only a small part of this photo; the numbers may not be readable."),
    "quality.unknown": QT_TRANSLATE_NOOP("Sdk", "The photo check found: {code}."),
}


def localise(text: str | None, tr: Callable[[str, str], str] | None = None) -> str | None:
    """``text`` in the person's language when it is one of the SDK's sentences (by its code,
    or recognised from a kept copy) or a coded sentence of the service (``app.service_sentences``);
    else ``text`` as it is (a service's sentence sent without a code, say).
    ``tr(context, source)`` is the translator (the Qt-free reader when None)."""
    if not text:
        return text
    if isinstance(text, ServiceSentence):  # the service's own sentence, by its code
        return service_sentences.say(text, tr or translate)
    found = text if isinstance(text, Sentence) else identify(text)
    return str(text) if found is None else _say(found, tr or translate)


def _said_part(text: str, tr: Callable[[str, str], str]) -> str:
    """One fragment of a list param in the person's language (as it is when it is none)."""
    part = identify(text, fragment=True)
    return text if part is None else _say(part, tr)


def _say(found: Sentence, tr: Callable[[str, str], str]) -> str:
    source = SENTENCES.get(found.code)
    if source is None:
        return str(found)  # a sentence this version has no translation of: the SDK's English
    params: dict[str, Any] = {}
    for name, value in found.params.items():
        if name in FRAGMENT_LIST_PARAMS and isinstance(value, str):
            params[name] = ", ".join(_said_part(one, tr) for one in value.split(", "))
            continue
        part = identify(value, fragment=True) if name in SENTENCE_PARAMS and isinstance(value, str) else None
        params[name] = _say(part, tr) if part is not None else value
    try:
        return tr(CONTEXT, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(found)
