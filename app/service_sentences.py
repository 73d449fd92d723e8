"""The service's sentences in the person's language: ONE table, by the sentence's code.

The reference service says its sentences in English and sends beside each one a
stable code and its params (``server/sentences.py``; the SDK gives such a sentence
as an ``api_client.ServiceSentence``: review reasons, error messages, notes on a
privacy request's history). This table gives each code its template marked for the
catalogue (context ``Service``), with the same params by name;
``app.sdk_sentences.localise`` says a ``ServiceSentence`` through it. A code
missing here (a newer service) is said in the service's English;
``tests/app/test_service_sentences.py`` fails until every code of the service has
its line here with the same params.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from typing import Any

from api_client import ServiceSentence

from .translation import QT_TRANSLATE_NOOP

CONTEXT = "Service"

# code → the English template (the same as the service's: a test compares them), for the catalogue.
SENTENCES: dict[str, str] = {
    "not_found.item": QT_TRANSLATE_NOOP("Service", 'The item was not found.'),
    "not_found.ticket": QT_TRANSLATE_NOOP("Service", 'The ticket was not found.'),
    "not_found.file": QT_TRANSLATE_NOOP("Service", 'The file was not found.'),
    "not_found.preview": QT_TRANSLATE_NOOP("Service", 'The preview was not found.'),
    "not_found.upload": QT_TRANSLATE_NOOP("Service", "The upload was not found."),
    "not_found.export": QT_TRANSLATE_NOOP("Service", 'The export was not found.'),
    "not_found.link": QT_TRANSLATE_NOOP("Service", 'The download link was not found.'),
    "not_found.request": QT_TRANSLATE_NOOP("Service", 'The privacy request was not found.'),
    "not_found.policy": QT_TRANSLATE_NOOP("Service", 'That version of the privacy policy was not found.'),
    "tickets.file_missing": QT_TRANSLATE_NOOP("Service", "The file is not in the service's storage any more."),
    "tickets.preview_missing": QT_TRANSLATE_NOOP("Service", "The preview is not in the service's storage any more."),
    "not_found.page": QT_TRANSLATE_NOOP("Service", "The page was not found."),
    "tickets.not_a_pdf": QT_TRANSLATE_NOOP("Service", "This file is a picture already; download it to see it."),
    "tickets.pdf_not_drawn": QT_TRANSLATE_NOOP(
        "Service", "This page of the PDF could not be drawn; download the file to see it."),
    "request.not_valid": QT_TRANSLATE_NOOP("Service", 'The request is not valid.'),
    "request.failed": QT_TRANSLATE_NOOP("Service", 'The request failed.'),
    "request.body_unreadable": QT_TRANSLATE_NOOP(
        "Service", 'The request body could not be read; send JSON encoded as UTF-8.'),
    "oauth.parameter_missing": QT_TRANSLATE_NOOP("Service", "The {name} parameter is missing."),
    "oauth.grant_unsupported": QT_TRANSLATE_NOOP("Service", "The grant type is not supported here."),
    "oauth.code_invalid": QT_TRANSLATE_NOOP(
        "Service", "The sign-in code is not valid, was used already or has expired. Sign in again."),
    "oauth.pkce_mismatch": QT_TRANSLATE_NOOP("Service", "The code verifier does not match the code challenge (PKCE)."),
    "oauth.device_client": QT_TRANSLATE_NOOP("Service", "This client may not use the device sign-in."),
    "oauth.device_code_invalid": QT_TRANSLATE_NOOP("Service", "This device code is not valid, or was used already."),
    "oauth.device_expired": QT_TRANSLATE_NOOP("Service", "The code expired before anyone signed in; start again."),
    "oauth.device_declined": QT_TRANSLATE_NOOP("Service", "The sign-in was declined on the other device."),
    "oauth.slow_down": QT_TRANSLATE_NOOP("Service", "Polling too often; wait {seconds} seconds between tries."),
    "oauth.pending": QT_TRANSLATE_NOOP("Service", "Waiting for the sign-in on the other device."),
    "oauth.account_closed": QT_TRANSLATE_NOOP("Service", "This account can no longer sign in."),
    "oauth.form_unreadable": QT_TRANSLATE_NOOP(
        "Service", "The request body could not be read; send a form (RFC 6749 §4.1.3)."),
    "validation.missing": QT_TRANSLATE_NOOP("Service", "{field}: this is required."),
    "validation.extra": QT_TRANSLATE_NOOP("Service", "{field}: the service does not take this field."),
    "validation.text_too_long": QT_TRANSLATE_NOOP("Service", "{field}: at most {limit} characters."),
    "validation.text_too_short": QT_TRANSLATE_NOOP("Service", "{field}: at least {limit} characters."),
    "validation.list_too_long": QT_TRANSLATE_NOOP("Service", "{field}: at most {limit} items."),
    "validation.list_too_short": QT_TRANSLATE_NOOP("Service", "{field}: at least {limit} items."),
    "validation.not_text": QT_TRANSLATE_NOOP("Service", "{field}: this must be text."),
    "validation.not_whole_number": QT_TRANSLATE_NOOP("Service", "{field}: this must be a whole number."),
    "validation.not_number": QT_TRANSLATE_NOOP("Service", "{field}: this must be a number."),
    "validation.not_yes_no": QT_TRANSLATE_NOOP("Service", "{field}: this must be true or false."),
    "validation.not_list": QT_TRANSLATE_NOOP("Service", "{field}: this must be a list."),
    "validation.not_object": QT_TRANSLATE_NOOP("Service", "{field}: this must be an object of named values."),
    "validation.at_least": QT_TRANSLATE_NOOP("Service", "{field}: this must be at least {limit}."),
    "validation.more_than": QT_TRANSLATE_NOOP("Service", "{field}: this must be more than {limit}."),
    "validation.at_most": QT_TRANSLATE_NOOP("Service", "{field}: this must be at most {limit}."),
    "validation.less_than": QT_TRANSLATE_NOOP("Service", "{field}: this must be less than {limit}."),
    "validation.not_one_of": QT_TRANSLATE_NOOP("Service", "{field}: this is not one of the values the service accepts."),
    "validation.not_date": QT_TRANSLATE_NOOP("Service", "{field}: use a date written as YYYY-MM-DD."),
    "validation.not_datetime": QT_TRANSLATE_NOOP(
        "Service", "{field}: use a date and time written as ISO 8601 (2025-06-30T14:00:00Z)."),
    "validation.not_id": QT_TRANSLATE_NOOP("Service", "{field}: this is not a valid id."),
    "validation.pattern": QT_TRANSLATE_NOOP("Service", "{field}: this is not written the way the service accepts."),
    "validation.json": QT_TRANSLATE_NOOP("Service", "The request body is not valid JSON."),
    "auth.not_signed_in": QT_TRANSLATE_NOOP("Service", 'You are not signed in.'),
    "auth.session_ended": QT_TRANSLATE_NOOP("Service", 'Your session has ended. Please sign in again.'),
    "auth.session_expired": QT_TRANSLATE_NOOP("Service", "Your session has expired. Please sign in again."),
    "auth.token_expired": QT_TRANSLATE_NOOP("Service", 'The access token has expired.'),
    "auth.login_incorrect": QT_TRANSLATE_NOOP("Service", 'Email or password is incorrect.'),
    "auth.locked.seconds": QT_TRANSLATE_NOOP(
        "Service", 'Too many failed sign-in attempts. Try again in {seconds} seconds.'),
    "auth.locked.minutes": QT_TRANSLATE_NOOP(
        "Service", 'Too many failed sign-in attempts. Try again in {minutes} minutes.'),
    "auth.wrong_code": QT_TRANSLATE_NOOP(
        "Service", 'That code is not right. Enter the current code from your authenticator app, or a recovery code.'),
    "auth.wrong_password": QT_TRANSLATE_NOOP(
        "Service", 'The password is not correct. Enter the password you sign in with.'),
    "auth.two_step_required": QT_TRANSLATE_NOOP("Service", 'Enter the 6-digit code from your authenticator app.'),
    "auth.browser_only": QT_TRANSLATE_NOOP(
        "Service", 'Your organisation signs in through the browser only. Choose “Sign in with your browser”.'),
    "auth.enrol_in_browser": QT_TRANSLATE_NOOP(
        "Service", 'Your organisation requires two-step verification. Choose “Sign in with your browser” to set it up.'),
    "auth.owner_only": QT_TRANSLATE_NOOP("Service", 'Only the Account Owner can do this.'),
    "two_step.on_already": QT_TRANSLATE_NOOP("Service", 'Two-step verification is on already.'),
    "two_step.no_enrolment": QT_TRANSLATE_NOOP("Service", 'Start setting up two-step verification first.'),
    "two_step.code_wrong": QT_TRANSLATE_NOOP(
        "Service", 'That code is not right. Type the code your authenticator app shows now for Ticket Pros.'),
    "two_step.required_by_organisation": QT_TRANSLATE_NOOP(
        "Service", 'Your organisation requires two-step verification, so it stays on.'),
    "tickets.owner_scope": QT_TRANSLATE_NOOP(
        "Service", "Only the Account Owner can see all of the organisation's tickets."),
    "tickets.key_taken": QT_TRANSLATE_NOOP(
        "Service", "Another person's ticket already uses this ticket key; start a new ticket."),
    "tickets.page_taken": QT_TRANSLATE_NOOP(
        "Service", 'Page {page} of this ticket has already been uploaded with other content.'),
    "merge.too_few": QT_TRANSLATE_NOOP("Service", 'Name at least two tickets to merge.'),
    "merge.twice": QT_TRANSLATE_NOOP("Service", 'A ticket is named twice; name each ticket to merge once.'),
    "merge.too_many": QT_TRANSLATE_NOOP("Service", 'At most {count} tickets can be merged at once.'),
    "merge.uploading": QT_TRANSLATE_NOOP("Service", 'A ticket is still being uploaded; merge it once it is stored.'),
    "uploads.tus_version": QT_TRANSLATE_NOOP(
        "Service", 'This service speaks tus {version}; send the header Tus-Resumable: {version}.'),
    "uploads.address_not_valid": QT_TRANSLATE_NOOP("Service", 'The upload address is not valid.'),
    "uploads.idempotency_key_length": QT_TRANSLATE_NOOP(
        "Service", 'The Idempotency-Key header must be 1 to 200 characters.'),
    "uploads.idempotency_key_reused": QT_TRANSLATE_NOOP(
        "Service", 'This Idempotency-Key was already used for a different upload.'),
    "uploads.past_upload_length": QT_TRANSLATE_NOOP("Service", 'The data goes past the Upload-Length of this file.'),
    "uploads.wrong_content_type": QT_TRANSLATE_NOOP("Service", 'Upload data must be sent as {content_type}.'),
    "uploads.checksum_mismatch": QT_TRANSLATE_NOOP(
        "Service", 'This part of the file did not arrive intact (checksum mismatch); send it again.'),
    "uploads.stalled": QT_TRANSLATE_NOOP(
        "Service", 'No data arrived for a while, so the service stopped waiting; send the rest again.'),
    "uploads.busy": QT_TRANSLATE_NOOP(
        "Service", 'Another request is sending this file right now; try again in a moment.'),
    "uploads.storage_full": QT_TRANSLATE_NOOP(
        "Service", 'The service has run out of storage, so it cannot take this file now; try again later.'),
    "uploads.refused": QT_TRANSLATE_NOOP("Service", 'The service refused this file.'),
    "uploads.empty_file": QT_TRANSLATE_NOOP("Service", 'The file is empty.'),
    "uploads.file_too_large": QT_TRANSLATE_NOOP(
        "Service", 'The file is larger than the {megabytes} MB the service accepts.'),
    "uploads.expired": QT_TRANSLATE_NOOP("Service", 'The upload has expired; send the file again.'),
    "uploads.offset_mismatch": QT_TRANSLATE_NOOP(
        "Service", 'The service has {held} bytes of this file, not {offset}; continue from there.'),
    "uploads.file_checksum_mismatch": QT_TRANSLATE_NOOP(
        "Service", 'The file did not arrive intact (its SHA-256 does not match); send it again.'),
    "uploads.unsupported_type": QT_TRANSLATE_NOOP("Service", 'This file is not a photo or PDF the service accepts.'),
    "uploads.damaged_file": QT_TRANSLATE_NOOP(
        "Service", 'This file is damaged or incomplete, so the service cannot read it.'),
    "uploads.image_too_large": QT_TRANSLATE_NOOP(
        "Service", "The picture is too large to open safely (it may be a decompression bomb)."),
    "uploads.pdf_trailing_data": QT_TRANSLATE_NOOP(
        "Service", "This PDF has other data after its end (maybe a hidden file); save it again as a PDF."),
    "uploads.pdf_encrypted": QT_TRANSLATE_NOOP(
        "Service", "This PDF is password-protected; save a copy without a password and upload that."),
    "uploads.pdf_too_complex": QT_TRANSLATE_NOOP("Service", "The PDF is too complex to check safely."),
    "uploads.pdf_active_content": QT_TRANSLATE_NOOP(
        "Service",
        "This PDF has active content ({kinds}), which the service does not accept; print it to a new PDF or scan the paper."),
    "tus.header_missing": QT_TRANSLATE_NOOP("Service", 'The {name} header is missing.'),
    "tus.header_not_bytes": QT_TRANSLATE_NOOP("Service", 'The {name} header must be a whole number of bytes.'),
    "tus.checksum_algorithm": QT_TRANSLATE_NOOP("Service", 'Upload-Checksum must use sha1 or sha256.'),
    "tus.checksum_base64": QT_TRANSLATE_NOOP("Service", 'The Upload-Checksum digest is not valid base64.'),
    "tus.checksum_length": QT_TRANSLATE_NOOP(
        "Service", 'The Upload-Checksum digest has the wrong length for {algorithm}.'),
    "tus.metadata_key": QT_TRANSLATE_NOOP("Service", 'Upload-Metadata has a key that is empty or not plain ASCII.'),
    "tus.metadata_twice": QT_TRANSLATE_NOOP("Service", 'Upload-Metadata names {key} twice.'),
    "tus.metadata_value": QT_TRANSLATE_NOOP(
        "Service", 'The Upload-Metadata value of {key} is not base64-encoded UTF-8 text.'),
    "tus.filename_too_long": QT_TRANSLATE_NOOP("Service", 'The file name is longer than {limit} characters.'),
    "tus.filetype_too_long": QT_TRANSLATE_NOOP("Service", 'The file type is longer than {limit} characters.'),
    "tus.ticket_key_too_long": QT_TRANSLATE_NOOP("Service", 'The ticket key is longer than {limit} characters.'),
    "tus.ticket_number_too_long": QT_TRANSLATE_NOOP("Service", 'The ticket number is longer than {limit} characters.'),
    "tus.job_too_long": QT_TRANSLATE_NOOP("Service", 'The job is longer than {limit} characters.'),
    "tus.notes_too_long": QT_TRANSLATE_NOOP("Service", 'The notes is longer than {limit} characters.'),
    "tus.page_number": QT_TRANSLATE_NOOP("Service", 'The page number must be a whole number from 1 to {most}.'),
    "tus.page_count": QT_TRANSLATE_NOOP("Service", 'The page count must be a whole number from 1 to {most}.'),
    "tus.sha256": QT_TRANSLATE_NOOP("Service", 'The sha256 metadata must be 64 hexadecimal characters.'),
    "tus.page_beyond_count": QT_TRANSLATE_NOOP(
        "Service", 'Page {page} cannot belong to a ticket of {page_count} pages.'),
    "tus.ticket_date": QT_TRANSLATE_NOOP("Service", 'The ticket date must be a date written as YYYY-MM-DD.'),
    "tus.quality_warning": QT_TRANSLATE_NOOP(
        "Service", 'The quality_warning metadata must be a short lower-case word, such as blurred.'),
    "values.field_unknown": QT_TRANSLATE_NOOP(
        "Service", "“{name}” is not a field of a ticket; the fields are {fields}."),
    "values.too_long": QT_TRANSLATE_NOOP("Service", "A value is at most {count} characters."),
    "values.date": QT_TRANSLATE_NOOP("Service", "Write the date as YYYY-MM-DD (or 11/29/2026, 29.11.2026)."),
    "values.number": QT_TRANSLATE_NOOP("Service", "Write a number, such as 1234.56 or 1.234,56."),
    "values.weight_unit": QT_TRANSLATE_NOOP("Service", "Write the weight unit as kg, t or lb."),
    "values.volume_unit": QT_TRANSLATE_NOOP("Service", "Write the unit as l, gal, m3 or yd3."),
    "values.currency": QT_TRANSLATE_NOOP("Service", "Write the currency as a three-letter code, such as USD or EUR."),
    "values.uploading": QT_TRANSLATE_NOOP(
        "Service", "The ticket is still being uploaded; correct it once it is stored."),
    "values.not_read_yet": QT_TRANSLATE_NOOP(
        "Service", "The ticket has not been read yet; review it once its values are shown."),
    "review.nothing_read": QT_TRANSLATE_NOOP("Service", 'No values could be read from this ticket.'),
    "review.low_confidence": QT_TRANSLATE_NOOP("Service", 'Some values were hard to read.'),
    "review.net_weight_mismatch": QT_TRANSLATE_NOOP(
        "Service", 'Gross − tare is {difference}, but the net weight says {net}.'),
    "review.future_date": QT_TRANSLATE_NOOP("Service", "The ticket's date is in the future."),
    "review.total_mismatch": QT_TRANSLATE_NOOP(
        "Service", 'The lines add up to {expected}, but the total says {total}.'),
    "review.duplicate_number": QT_TRANSLATE_NOOP(
        "Service", 'Another ticket of the organisation has the number {number}.'),
    "privacy.policy_changed": QT_TRANSLATE_NOOP(
        "Service", 'A newer version of the privacy policy has been published. Read it, then acknowledge it.'),
    "privacy.payment_owner_see": QT_TRANSLATE_NOOP("Service", 'Only the Account Owner can see payment information.'),
    "privacy.payment_owner_change": QT_TRANSLATE_NOOP(
        "Service", 'Only the Account Owner can change payment information.'),
    "privacy.full_card_number": QT_TRANSLATE_NOOP(
        "Service", 'Full card numbers are never stored. Send only the last four digits of the card; the card itself is handled by our payment processor (Stripe).'),
    "privacy.payment_unknown_field": QT_TRANSLATE_NOOP(
        "Service", 'Unknown field: {name}. Send card_last4 and card_brand.'),
    "privacy.card_last4": QT_TRANSLATE_NOOP(
        "Service", 'card_last4 must be exactly the last four digits of the card.'),
    "privacy.card_brand": QT_TRANSLATE_NOOP("Service", 'card_brand must be a card brand such as Visa.'),
    "requests.correction_field": QT_TRANSLATE_NOOP("Service", 'Choose what to correct: name, phone or email.'),
    "requests.correction_name": QT_TRANSLATE_NOOP("Service", 'A name needs 1 to 200 characters.'),
    "requests.correction_phone": QT_TRANSLATE_NOOP(
        "Service", 'That is not a phone number. Use digits, spaces and an optional leading +.'),
    "requests.correction_email": QT_TRANSLATE_NOOP("Service", 'That is not a valid email address.'),
    "requests.email_taken": QT_TRANSLATE_NOOP("Service", 'Another account already uses that email address.'),
    "requests.password_required": QT_TRANSLATE_NOOP("Service", 'Enter your password to confirm this request.'),
    "requests.approvals_owner_only": QT_TRANSLATE_NOOP(
        "Service", 'Only the Account Owner can see requests waiting for approval.'),
    "requests.invalid_transition": QT_TRANSLATE_NOOP(
        "Service", 'This request is already {state}, so it cannot be {to_state} now.'),
    "requests.already_pending": QT_TRANSLATE_NOOP(
        "Service", 'You already have a request of this type waiting for the Account Owner.'),
    "requests.decide_owner_only": QT_TRANSLATE_NOOP(
        "Service", 'Only the Account Owner can decide on privacy requests.'),
    "requests.decide_own": QT_TRANSLATE_NOOP("Service", 'Your own requests are decided by Ticket Pros, not by you.'),
    "requests.delete_tickets_deletion_only": QT_TRANSLATE_NOOP(
        "Service", 'Deleting tickets is only possible for a deletion request.'),
    "requests.deny_reason_required": QT_TRANSLATE_NOOP(
        "Service", 'Say why the request is denied; the requester will see it.'),
    "requests.cancel_requester_only": QT_TRANSLATE_NOOP(
        "Service", 'Only the person who filed a request can cancel it.'),
    "requests.cancel_not_waiting": QT_TRANSLATE_NOOP(
        "Service", 'This request is already {state}; only a request waiting for the Account Owner can be cancelled.'),
    "requests.extend_reason_required": QT_TRANSLATE_NOOP(
        "Service", 'Say why more time is needed; the requester will see it.'),
    "requests.extend_days": QT_TRANSLATE_NOOP("Service", 'An extension is 1 to {days} days.'),
    "requests.already_extended": QT_TRANSLATE_NOOP(
        "Service", 'The deadline of this request was already extended once.'),
    "requests.already_final": QT_TRANSLATE_NOOP("Service", 'This request is already {state}.'),
    "requests.export_gone": QT_TRANSLATE_NOOP(
        "Service", 'This export is no longer kept. File a new request for a copy.'),
    "requests.export_not_ready": QT_TRANSLATE_NOOP(
        "Service", 'The export is not ready yet. Wait until the request is completed.'),
    "requests.link_expired": QT_TRANSLATE_NOOP("Service", 'This download link has expired. Ask for a new one.'),
    "requests.export_file_gone": QT_TRANSLATE_NOOP("Service", 'The export file is no longer available.'),
    "note.sent_owner": QT_TRANSLATE_NOOP("Service", "Sent to the Account Owner."),
    "note.sent_service": QT_TRANSLATE_NOOP("Service", "Sent to Ticket Pros."),
    "note.extended": QT_TRANSLATE_NOOP("Service", "Deadline extended by {days} days: {reason}"),
    "note.owner_to_service": QT_TRANSLATE_NOOP(
        "Service", 'Requests of the Account Owner go to Ticket Pros directly.'),
    "note.cancelled": QT_TRANSLATE_NOOP("Service", 'Cancelled by the requester.'),
    "note.started": QT_TRANSLATE_NOOP("Service", 'Ticket Pros started work on the request.'),
    "note.not_finished": QT_TRANSLATE_NOOP(
        "Service", 'Ticket Pros could not finish the request yet and has been alerted.'),
    "note.export_ready": QT_TRANSLATE_NOOP("Service", 'The export is ready; the requester downloads it in the app.'),
    "note.corrected": QT_TRANSLATE_NOOP("Service", 'Your {field} was corrected.'),
    "note.restricted": QT_TRANSLATE_NOOP(
        "Service", 'Processing restricted: no usage analytics and no value extraction.'),
    "note.objection": QT_TRANSLATE_NOOP("Service", 'Objection recorded: no usage analytics.'),
    "note.erased.tickets_deleted": QT_TRANSLATE_NOOP(
        "Service", 'Personal information erased and every session ended. Their tickets were deleted.'),
    "note.erased.tickets_kept": QT_TRANSLATE_NOOP(
        "Service", 'Personal information erased and every session ended. Their tickets stay with the organisation, uploader anonymised.'),
}

#: A param whose value is a machine word (a request's state, a corrected field): its words, by value.
WORDS: dict[str, dict[str, str]] = {
    "state": {
        "pending_owner": QT_TRANSLATE_NOOP("Service", "waiting for the Account Owner"),
        "approved": QT_TRANSLATE_NOOP("Service", "approved"),
        "denied": QT_TRANSLATE_NOOP("Service", "denied"),
        "in_progress": QT_TRANSLATE_NOOP("Service", "in progress"),
        "completed": QT_TRANSLATE_NOOP("Service", "completed"),
        "cancelled": QT_TRANSLATE_NOOP("Service", "cancelled"),
    },
    # "Your {field} was corrected."
    "field": {
        "name": QT_TRANSLATE_NOOP("Service", "name"),
        "phone": QT_TRANSLATE_NOOP("Service", "phone"),
        "email": QT_TRANSLATE_NOOP("Service", "email"),
    },
    # "This PDF has active content ({kinds}), …": a list, its words joined with ", "
    "kinds": {
        "javascript": QT_TRANSLATE_NOOP("Service", "JavaScript"),
        "launch": QT_TRANSLATE_NOOP("Service", "an action that starts a program"),
        "embedded_files": QT_TRANSLATE_NOOP("Service", "embedded files"),
        "form_actions": QT_TRANSLATE_NOOP("Service", "form actions that send or load data"),
    },
}
# "… so it cannot be {to_state} now." (the same words as the state's)
WORDS["to_state"] = {state: words for state, words in WORDS["state"].items() if state != "pending_owner"}
#: Params whose value is a list of machine words (said joined with ", ").
LISTS = frozenset({"kinds"})


def say(sentence: ServiceSentence, tr: Callable[[str, str], str]) -> str:
    """``sentence`` in the person's language (``tr(context, source)``), or the service's
    English when this app does not know its code or a translation is broken."""
    source = SENTENCES.get(sentence.code)
    if source is None:
        return sentence.text
    params: dict[str, Any] = {}
    for name, value in sentence.params.items():
        if isinstance(value, list):
            params[name] = ", ".join(_in_words(name, one, tr) for one in value)
        else:
            params[name] = _in_words(name, value, tr)
    try:
        return tr(CONTEXT, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a param missing, or a translation with a broken placeholder
        return sentence.text


def _in_words(name: str, value: Any, tr: Callable[[str, str], str]) -> Any:
    words = WORDS.get(name, {}).get(str(value))
    return tr(CONTEXT, words) if words is not None else value


@functools.cache
def _kept_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each template's English as a pattern that gives its params back; a param said in
    words matches only those English words (read back to their machine value by :func:`recognise`)."""
    made = []
    for code, template in SENTENCES.items():
        pattern, seen = "", set()
        for literal, name, _, _ in string.Formatter().parse(template):
            pattern += re.escape(literal)
            if not name:
                continue
            if name in seen:
                pattern += f"(?P={name})"
            elif name in WORDS:
                one = "|".join(re.escape(w) for w in sorted(WORDS[name].values(), key=len, reverse=True))
                pattern += f"(?P<{name}>(?:{one})(?:, (?:{one}))*)" if name in LISTS else f"(?P<{name}>{one})"
            else:
                pattern += f"(?P<{name}>.+?)"
            seen.add(name)
        made.append((code, re.compile(pattern, re.DOTALL)))
    return tuple(made)


def recognise(text: str) -> ServiceSentence | None:
    """A kept copy of one of the service's sentences, which lost its code on the way (the
    upload queue keeps a refusal's English): that sentence again, with its params, or None."""
    for code, pattern in _kept_patterns():
        found = pattern.fullmatch(text)
        if found is not None:
            return ServiceSentence(text, code, {name: _machine(name, said) for name, said in found.groupdict().items()})
    return None


def _machine(name: str, said: str) -> Any:
    """A param read back from the English: words → their machine value (a list for :data:`LISTS`)."""
    if name not in WORDS:
        return said
    back = {words: value for value, words in WORDS[name].items()}
    return [back[one] for one in said.split(", ")] if name in LISTS else back[said]
