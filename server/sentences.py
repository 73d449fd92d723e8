"""The service's sentences for people, each with a stable code, so a client can say them in its language.

Every reply keeps its English sentence (scripts and older clients show it as it
is) and sends beside it the sentence's ``message_code`` and ``params`` (an error
reply: ``error.message_code``/``error.params``; a review reason: ``message_code``/
``params``; a privacy-request event: ``note_code``/``note_params``). A client
translates by code and puts the params into its own template; for a code it does
not know it shows the English.

This module is the one table (:data:`SENTENCES`): a sentence is made by calling
its template (``NOT_FOUND_TICKET()``, ``LOCKED_SECONDS(seconds=30)``), which gives
a :class:`Said`, a ``str`` that also carries ``code`` and ``params``. A new
sentence goes here with a new code; a code is never reused for another meaning, a
changed wording keeps its code. The app's table (``app/service_sentences.py``) is
checked against this one by ``tests/app/test_service_sentences.py``.

Params are plain values (numbers, ids, machine words such as a request state);
where English words stand for a machine word in the text (``approved`` → "approved",
``pending_owner`` → "waiting for the Account Owner"), :data:`WORDS` gives them, and
a client has its own words for the same values.
"""

from __future__ import annotations

import string
from typing import Any, Self


class Said(str):
    """An English sentence of the service, with the ``code`` and ``params`` it was made from."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, params: dict[str, Any] | None = None) -> Self:
        made = super().__new__(cls, text)
        made.code = code
        made.params = dict(params or {})
        return made


#: The English words for a param's machine value, by param name (a client has its own).
WORDS: dict[str, dict[str, str]] = {
    "state": {
        "pending_owner": "waiting for the Account Owner", "approved": "approved", "denied": "denied",
        "in_progress": "in progress", "completed": "completed", "cancelled": "cancelled",
    },
    "to_state": {
        "approved": "approved", "denied": "denied", "in_progress": "in progress", "completed": "completed",
        "cancelled": "cancelled",
    },
    # What a refused PDF holds (a list param: the words are joined with ", ").
    "kinds": {
        "javascript": "JavaScript", "launch": "an action that starts a program",
        "embedded_files": "embedded files", "form_actions": "form actions that send or load data",
    },
}


def _words(name: str, value: Any) -> Any:
    """``value`` said in English: a machine word by :data:`WORDS`, a list as its words joined."""
    if isinstance(value, list | tuple):
        return ", ".join(str(_words(name, one)) for one in value)
    return WORDS.get(name, {}).get(str(value), value)


class Template:
    """One sentence: ``Template("not_found.ticket", "The ticket was not found.")``; calling it
    with the params makes the :class:`Said`."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text
        self.fields = tuple(sorted({name for _, name, _, _ in string.Formatter().parse(text) if name}))

    def __call__(self, **params: Any) -> Said:
        if set(params) != set(self.fields):
            raise TypeError(f"{self.code} takes {self.fields}, not {tuple(sorted(params))}")
        english = {name: _words(name, value) for name, value in params.items()}
        plain = {name: list(value) if isinstance(value, tuple) else value for name, value in params.items()}
        return Said(self.text.format(**english), self.code, plain)

    def __str__(self) -> str:
        return self.text


#: Every sentence of the service, by code.
SENTENCES: dict[str, Template] = {}


def sentence(code: str, text: str) -> Template:
    if code in SENTENCES:
        raise ValueError(f"two sentences with the code {code!r}")
    SENTENCES[code] = template = Template(code, text)
    return template


def code_of(text: object) -> tuple[str | None, dict[str, Any] | None]:
    """``(code, params)`` of a sentence made here; ``(None, None)`` for any other text."""
    if isinstance(text, Said):
        return text.code, dict(text.params)
    return None, None


def coded(text: object) -> dict[str, Any]:
    """``{"message_code": …, "params": …}`` for a reply beside the sentence (empty when uncoded)."""
    code, params = code_of(text)
    return {} if code is None else {"message_code": code, "params": params}


# -- the sentences ---------------------------------------------------------------------------

# Not found (items of other organisations answer the same).
NOT_FOUND_ITEM = sentence("not_found.item", "The item was not found.")
NOT_FOUND_TICKET = sentence("not_found.ticket", "The ticket was not found.")
NOT_FOUND_FILE = sentence("not_found.file", "The file was not found.")
NOT_FOUND_PREVIEW = sentence("not_found.preview", "The preview was not found.")
NOT_FOUND_UPLOAD = sentence("not_found.upload", "The upload was not found.")
NOT_FOUND_EXPORT = sentence("not_found.export", "The export was not found.")
NOT_FOUND_LINK = sentence("not_found.link", "The download link was not found.")
NOT_FOUND_REQUEST = sentence("not_found.request", "The privacy request was not found.")
NOT_FOUND_POLICY = sentence("not_found.policy", "That version of the privacy policy was not found.")
FILE_MISSING = sentence("tickets.file_missing", "The file is not in the service's storage any more.")
PREVIEW_MISSING = sentence("tickets.preview_missing", "The preview is not in the service's storage any more.")
NOT_FOUND_PAGE = sentence("not_found.page", "The page was not found.")
NOT_A_PDF = sentence("tickets.not_a_pdf", "This file is a picture already; download it to see it.")
PDF_NOT_DRAWN = sentence("tickets.pdf_not_drawn", "This page of the PDF could not be drawn; download the file to see it.")

# The framework's refusals (server.http_errors).
REQUEST_NOT_VALID = sentence("request.not_valid", "The request is not valid.")
REQUEST_FAILED = sentence("request.failed", "The request failed.")
BODY_UNREADABLE = sentence("request.body_unreadable", "The request body could not be read; send JSON encoded as UTF-8.")
# A value the request's schema refuses (pydantic's error type → one of these: server.http_errors);
# {field} is the API's name of the field (note, filters.date_from), the same in every language.
VALIDATION_MISSING = sentence("validation.missing", "{field}: this is required.")
VALIDATION_EXTRA = sentence("validation.extra", "{field}: the service does not take this field.")
VALIDATION_TEXT_TOO_LONG = sentence("validation.text_too_long", "{field}: at most {limit} characters.")
VALIDATION_TEXT_TOO_SHORT = sentence("validation.text_too_short", "{field}: at least {limit} characters.")
VALIDATION_LIST_TOO_LONG = sentence("validation.list_too_long", "{field}: at most {limit} items.")
VALIDATION_LIST_TOO_SHORT = sentence("validation.list_too_short", "{field}: at least {limit} items.")
VALIDATION_NOT_TEXT = sentence("validation.not_text", "{field}: this must be text.")
VALIDATION_NOT_WHOLE_NUMBER = sentence("validation.not_whole_number", "{field}: this must be a whole number.")
VALIDATION_NOT_NUMBER = sentence("validation.not_number", "{field}: this must be a number.")
VALIDATION_NOT_YES_NO = sentence("validation.not_yes_no", "{field}: this must be true or false.")
VALIDATION_NOT_LIST = sentence("validation.not_list", "{field}: this must be a list.")
VALIDATION_NOT_OBJECT = sentence("validation.not_object", "{field}: this must be an object of named values.")
VALIDATION_AT_LEAST = sentence("validation.at_least", "{field}: this must be at least {limit}.")
VALIDATION_MORE_THAN = sentence("validation.more_than", "{field}: this must be more than {limit}.")
VALIDATION_AT_MOST = sentence("validation.at_most", "{field}: this must be at most {limit}.")
VALIDATION_LESS_THAN = sentence("validation.less_than", "{field}: this must be less than {limit}.")
VALIDATION_NOT_ONE_OF = sentence("validation.not_one_of", "{field}: this is not one of the values the service accepts.")
VALIDATION_NOT_DATE = sentence("validation.not_date", "{field}: use a date written as YYYY-MM-DD.")
VALIDATION_NOT_DATETIME = sentence(
    "validation.not_datetime", "{field}: use a date and time written as ISO 8601 (2025-06-30T14:00:00Z).")
VALIDATION_NOT_ID = sentence("validation.not_id", "{field}: this is not a valid id.")
VALIDATION_PATTERN = sentence("validation.pattern", "{field}: this is not written the way the service accepts.")
VALIDATION_JSON = sentence("validation.json", "The request body is not valid JSON.")

# OAuth's token endpoint (server.auth.oauth): said as error_description, the code beside it.
OAUTH_PARAMETER_MISSING = sentence("oauth.parameter_missing", "The {name} parameter is missing.")
OAUTH_GRANT_UNSUPPORTED = sentence("oauth.grant_unsupported", "The grant type is not supported here.")
OAUTH_CODE_INVALID = sentence(
    "oauth.code_invalid", "The sign-in code is not valid, was used already or has expired. Sign in again.")
OAUTH_PKCE_MISMATCH = sentence(
    "oauth.pkce_mismatch", "The code verifier does not match the code challenge (PKCE).")
OAUTH_DEVICE_CLIENT = sentence("oauth.device_client", "This client may not use the device sign-in.")
OAUTH_DEVICE_CODE_INVALID = sentence("oauth.device_code_invalid", "This device code is not valid, or was used already.")
OAUTH_DEVICE_EXPIRED = sentence("oauth.device_expired", "The code expired before anyone signed in; start again.")
OAUTH_DEVICE_DECLINED = sentence("oauth.device_declined", "The sign-in was declined on the other device.")
OAUTH_SLOW_DOWN = sentence("oauth.slow_down", "Polling too often; wait {seconds} seconds between tries.")
OAUTH_PENDING = sentence("oauth.pending", "Waiting for the sign-in on the other device.")
OAUTH_ACCOUNT_CLOSED = sentence("oauth.account_closed", "This account can no longer sign in.")
OAUTH_FORM_UNREADABLE = sentence(
    "oauth.form_unreadable", "The request body could not be read; send a form (RFC 6749 §4.1.3).")

# Signing in and the session.
NOT_SIGNED_IN = sentence("auth.not_signed_in", "You are not signed in.")
SESSION_ENDED = sentence("auth.session_ended", "Your session has ended. Please sign in again.")
SESSION_EXPIRED = sentence("auth.session_expired", "Your session has expired. Please sign in again.")
TOKEN_EXPIRED = sentence("auth.token_expired", "The access token has expired.")
LOGIN_INCORRECT = sentence("auth.login_incorrect", "Email or password is incorrect.")
LOCKED_SECONDS = sentence("auth.locked.seconds", "Too many failed sign-in attempts. Try again in {seconds} seconds.")
LOCKED_MINUTES = sentence("auth.locked.minutes", "Too many failed sign-in attempts. Try again in {minutes} minutes.")
WRONG_CODE = sentence(
    "auth.wrong_code", "That code is not right. Enter the current code from your authenticator app, or a recovery code.")
WRONG_PASSWORD = sentence("auth.wrong_password", "The password is not correct. Enter the password you sign in with.")
TWO_STEP_REQUIRED = sentence("auth.two_step_required", "Enter the 6-digit code from your authenticator app.")
BROWSER_ONLY = sentence("auth.browser_only", "Your organisation signs in through the browser only. "
                                             "Choose “Sign in with your browser”.")
ENROL_IN_BROWSER = sentence("auth.enrol_in_browser", "Your organisation requires two-step verification. "
                                                     "Choose “Sign in with your browser” to set it up.")
OWNER_ONLY = sentence("auth.owner_only", "Only the Account Owner can do this.")

# Two-step verification (the account's settings).
TWO_STEP_ON = sentence("two_step.on_already", "Two-step verification is on already.")
TWO_STEP_NO_ENROLMENT = sentence("two_step.no_enrolment", "Start setting up two-step verification first.")
TWO_STEP_CODE_WRONG = sentence(
    "two_step.code_wrong", "That code is not right. Type the code your authenticator app shows now for Ticket Pros.")
TWO_STEP_REQUIRED_BY_ORGANISATION = sentence(
    "two_step.required_by_organisation", "Your organisation requires two-step verification, so it stays on.")

# Tickets.
TICKETS_OWNER_SCOPE = sentence("tickets.owner_scope", "Only the Account Owner can see all of the organisation's tickets.")
TICKET_KEY_TAKEN = sentence("tickets.key_taken",
                            "Another person's ticket already uses this ticket key; start a new ticket.")
PAGE_TAKEN = sentence("tickets.page_taken", "Page {page} of this ticket has already been uploaded with other content.")
MERGE_TOO_FEW = sentence("merge.too_few", "Name at least two tickets to merge.")
MERGE_TWICE = sentence("merge.twice", "A ticket is named twice; name each ticket to merge once.")
MERGE_TOO_MANY = sentence("merge.too_many", "At most {count} tickets can be merged at once.")
MERGE_UPLOADING = sentence("merge.uploading", "A ticket is still being uploaded; merge it once it is stored.")

# Uploads (server.uploads: the tus protocol, its headers and metadata, the file's checks).
UPLOAD_TUS_VERSION = sentence("uploads.tus_version",
                              "This service speaks tus {version}; send the header Tus-Resumable: {version}.")
UPLOAD_ADDRESS = sentence("uploads.address_not_valid", "The upload address is not valid.")
UPLOAD_IDEMPOTENCY_KEY_LENGTH = sentence("uploads.idempotency_key_length",
                                         "The Idempotency-Key header must be 1 to 200 characters.")
UPLOAD_IDEMPOTENCY_KEY_REUSED = sentence("uploads.idempotency_key_reused",
                                         "This Idempotency-Key was already used for a different upload.")
UPLOAD_PAST_LENGTH = sentence("uploads.past_upload_length", "The data goes past the Upload-Length of this file.")
UPLOAD_CONTENT_TYPE = sentence("uploads.wrong_content_type", "Upload data must be sent as {content_type}.")
UPLOAD_PART_DAMAGED = sentence("uploads.checksum_mismatch",
                               "This part of the file did not arrive intact (checksum mismatch); send it again.")
UPLOAD_STALLED = sentence("uploads.stalled",
                          "No data arrived for a while, so the service stopped waiting; send the rest again.")
UPLOAD_BUSY = sentence("uploads.busy", "Another request is sending this file right now; try again in a moment.")
UPLOAD_STORAGE_FULL = sentence("uploads.storage_full", "The service has run out of storage, so it cannot take "
                                                       "this file now; try again later.")
UPLOAD_REFUSED = sentence("uploads.refused", "The service refused this file.")
UPLOAD_EMPTY = sentence("uploads.empty_file", "The file is empty.")
UPLOAD_TOO_LARGE = sentence("uploads.file_too_large", "The file is larger than the {megabytes} MB the service accepts.")
UPLOAD_EXPIRED = sentence("uploads.expired", "The upload has expired; send the file again.")
UPLOAD_OFFSET_MISMATCH = sentence("uploads.offset_mismatch",
                                  "The service has {held} bytes of this file, not {offset}; continue from there.")
UPLOAD_FILE_DAMAGED = sentence("uploads.file_checksum_mismatch",
                               "The file did not arrive intact (its SHA-256 does not match); send it again.")
UPLOAD_UNSUPPORTED_TYPE = sentence("uploads.unsupported_type", "This file is not a photo or PDF the service accepts.")
UPLOAD_UNREADABLE = sentence("uploads.damaged_file",
                             "This file is damaged or incomplete, so the service cannot read it.")
# The content checks the service makes itself (server.media), whatever the client checked.
MEDIA_IMAGE_TOO_LARGE = sentence(
    "uploads.image_too_large", "The picture is too large to open safely (it may be a decompression bomb).")
MEDIA_PDF_TRAILING_DATA = sentence(
    "uploads.pdf_trailing_data", "This PDF has other data after its end (maybe a hidden file); save it again as a PDF.")
MEDIA_PDF_ENCRYPTED = sentence(
    "uploads.pdf_encrypted", "This PDF is password-protected; save a copy without a password and upload that.")
MEDIA_PDF_TOO_COMPLEX = sentence("uploads.pdf_too_complex", "The PDF is too complex to check safely.")
MEDIA_PDF_ACTIVE_CONTENT = sentence(
    "uploads.pdf_active_content",
    "This PDF has active content ({kinds}), which the service does not accept; print it to a new PDF or scan the paper.")
# The tus headers and Upload-Metadata (server.uploads.tus); {name} is a header's name.
TUS_HEADER_MISSING = sentence("tus.header_missing", "The {name} header is missing.")
TUS_HEADER_NOT_BYTES = sentence("tus.header_not_bytes", "The {name} header must be a whole number of bytes.")
TUS_CHECKSUM_ALGORITHM = sentence("tus.checksum_algorithm", "Upload-Checksum must use sha1 or sha256.")
TUS_CHECKSUM_BASE64 = sentence("tus.checksum_base64", "The Upload-Checksum digest is not valid base64.")
TUS_CHECKSUM_LENGTH = sentence("tus.checksum_length",
                               "The Upload-Checksum digest has the wrong length for {algorithm}.")
TUS_METADATA_KEY = sentence("tus.metadata_key", "Upload-Metadata has a key that is empty or not plain ASCII.")
TUS_METADATA_TWICE = sentence("tus.metadata_twice", "Upload-Metadata names {key} twice.")
TUS_METADATA_VALUE = sentence("tus.metadata_value",
                              "The Upload-Metadata value of {key} is not base64-encoded UTF-8 text.")
TUS_FILENAME_TOO_LONG = sentence("tus.filename_too_long", "The file name is longer than {limit} characters.")
TUS_FILETYPE_TOO_LONG = sentence("tus.filetype_too_long", "The file type is longer than {limit} characters.")
TUS_TICKET_KEY_TOO_LONG = sentence("tus.ticket_key_too_long", "The ticket key is longer than {limit} characters.")
TUS_TICKET_NUMBER_TOO_LONG = sentence("tus.ticket_number_too_long",
                                      "The ticket number is longer than {limit} characters.")
TUS_JOB_TOO_LONG = sentence("tus.job_too_long", "The job is longer than {limit} characters.")
TUS_NOTES_TOO_LONG = sentence("tus.notes_too_long", "The notes is longer than {limit} characters.")
TUS_PAGE_NUMBER = sentence("tus.page_number", "The page number must be a whole number from 1 to {most}.")
TUS_PAGE_COUNT = sentence("tus.page_count", "The page count must be a whole number from 1 to {most}.")
TUS_SHA256 = sentence("tus.sha256", "The sha256 metadata must be 64 hexadecimal characters.")
TUS_PAGE_BEYOND = sentence("tus.page_beyond_count", "Page {page} cannot belong to a ticket of {page_count} pages.")
TUS_TICKET_DATE = sentence("tus.ticket_date", "The ticket date must be a date written as YYYY-MM-DD.")
TUS_QUALITY_WARNING = sentence("tus.quality_warning",
                               "The quality_warning metadata must be a short lower-case word, such as blurred.")

# A person's correction of a ticket's values (server.extraction.service).
FIELD_UNKNOWN = sentence("values.field_unknown", "“{name}” is not a field of a ticket; the fields are {fields}.")
VALUE_TOO_LONG = sentence("values.too_long", "A value is at most {count} characters.")
VALUE_DATE = sentence("values.date", "Write the date as YYYY-MM-DD (or 11/29/2026, 29.11.2026).")
VALUE_NUMBER = sentence("values.number", "Write a number, such as 1234.56 or 1.234,56.")
VALUE_WEIGHT_UNIT = sentence("values.weight_unit", "Write the weight unit as kg, t or lb.")
VALUE_VOLUME_UNIT = sentence("values.volume_unit", "Write the unit as l, gal, m3 or yd3.")
VALUE_CURRENCY = sentence("values.currency", "Write the currency as a three-letter code, such as USD or EUR.")
CORRECT_UPLOADING = sentence("values.uploading", "The ticket is still being uploaded; correct it once it is stored.")
REVIEW_NOT_READ_YET = sentence("values.not_read_yet",
                               "The ticket has not been read yet; review it once its values are shown.")

# Why a ticket needs review (server.extraction.checks).
REVIEW_NOTHING_READ = sentence("review.nothing_read", "No values could be read from this ticket.")
REVIEW_LOW_CONFIDENCE = sentence("review.low_confidence", "Some values were hard to read.")
REVIEW_NET_WEIGHT = sentence("review.net_weight_mismatch",
                             "Gross − tare is {difference}, but the net weight says {net}.")
REVIEW_FUTURE_DATE = sentence("review.future_date", "The ticket's date is in the future.")
REVIEW_TOTAL = sentence("review.total_mismatch", "The lines add up to {expected}, but the total says {total}.")
REVIEW_DUPLICATE_NUMBER = sentence("review.duplicate_number",
                                   "Another ticket of the organisation has the number {number}.")

# The privacy dashboard, the policy and payment information.
POLICY_CHANGED = sentence("privacy.policy_changed",
                          "A newer version of the privacy policy has been published. Read it, then acknowledge it.")
PAYMENT_OWNER_SEE = sentence("privacy.payment_owner_see", "Only the Account Owner can see payment information.")
PAYMENT_OWNER_CHANGE = sentence("privacy.payment_owner_change", "Only the Account Owner can change payment information.")
PAYMENT_FULL_CARD = sentence(
    "privacy.full_card_number", "Full card numbers are never stored. Send only the last four digits of the card; "
                                "the card itself is handled by our payment processor (Stripe).")
PAYMENT_UNKNOWN_FIELD = sentence("privacy.payment_unknown_field", "Unknown field: {name}. Send card_last4 and card_brand.")
PAYMENT_LAST4 = sentence("privacy.card_last4", "card_last4 must be exactly the last four digits of the card.")
PAYMENT_BRAND = sentence("privacy.card_brand", "card_brand must be a card brand such as Visa.")

# Privacy requests.
CORRECTION_FIELD = sentence("requests.correction_field", "Choose what to correct: name, phone or email.")
CORRECTION_NAME = sentence("requests.correction_name", "A name needs 1 to 200 characters.")
CORRECTION_PHONE = sentence("requests.correction_phone",
                            "That is not a phone number. Use digits, spaces and an optional leading +.")
CORRECTION_EMAIL = sentence("requests.correction_email", "That is not a valid email address.")
EMAIL_TAKEN = sentence("requests.email_taken", "Another account already uses that email address.")
PASSWORD_REQUIRED = sentence("requests.password_required", "Enter your password to confirm this request.")
APPROVALS_OWNER_ONLY = sentence("requests.approvals_owner_only",
                                "Only the Account Owner can see requests waiting for approval.")
INVALID_TRANSITION = sentence("requests.invalid_transition",
                              "This request is already {state}, so it cannot be {to_state} now.")
ALREADY_PENDING = sentence("requests.already_pending",
                           "You already have a request of this type waiting for the Account Owner.")
DECIDE_OWNER_ONLY = sentence("requests.decide_owner_only", "Only the Account Owner can decide on privacy requests.")
DECIDE_OWN = sentence("requests.decide_own", "Your own requests are decided by Ticket Pros, not by you.")
DELETE_TICKETS_DELETION_ONLY = sentence("requests.delete_tickets_deletion_only",
                                        "Deleting tickets is only possible for a deletion request.")
DENY_REASON_REQUIRED = sentence("requests.deny_reason_required",
                                "Say why the request is denied; the requester will see it.")
CANCEL_REQUESTER_ONLY = sentence("requests.cancel_requester_only",
                                 "Only the person who filed a request can cancel it.")
CANCEL_NOT_WAITING = sentence("requests.cancel_not_waiting", "This request is already {state}; only a request "
                                                             "waiting for the Account Owner can be cancelled.")
EXTEND_REASON_REQUIRED = sentence("requests.extend_reason_required",
                                  "Say why more time is needed; the requester will see it.")
EXTEND_DAYS = sentence("requests.extend_days", "An extension is 1 to {days} days.")
ALREADY_EXTENDED = sentence("requests.already_extended", "The deadline of this request was already extended once.")
ALREADY_FINAL = sentence("requests.already_final", "This request is already {state}.")
EXPORT_GONE = sentence("requests.export_gone", "This export is no longer kept. File a new request for a copy.")
EXPORT_NOT_READY = sentence("requests.export_not_ready",
                            "The export is not ready yet. Wait until the request is completed.")
LINK_EXPIRED = sentence("requests.link_expired", "This download link has expired. Ask for a new one.")
EXPORT_FILE_GONE = sentence("requests.export_file_gone", "The export file is no longer available.")

# What the service notes on a privacy request's history (request events).
NOTE_SENT_OWNER = sentence("note.sent_owner", "Sent to the Account Owner.")
NOTE_SENT_SERVICE = sentence("note.sent_service", "Sent to Ticket Pros.")
NOTE_EXTENDED = sentence("note.extended", "Deadline extended by {days} days: {reason}")
NOTE_OWNER_TO_SERVICE = sentence("note.owner_to_service", "Requests of the Account Owner go to Ticket Pros directly.")
NOTE_CANCELLED = sentence("note.cancelled", "Cancelled by the requester.")
NOTE_STARTED = sentence("note.started", "Ticket Pros started work on the request.")
NOTE_NOT_FINISHED = sentence("note.not_finished", "Ticket Pros could not finish the request yet and has been alerted.")
NOTE_EXPORT_READY = sentence("note.export_ready", "The export is ready; the requester downloads it in the app.")
NOTE_CORRECTED = sentence("note.corrected", "Your {field} was corrected.")
NOTE_RESTRICTED = sentence("note.restricted", "Processing restricted: no usage analytics and no value extraction.")
NOTE_OBJECTION = sentence("note.objection", "Objection recorded: no usage analytics.")
NOTE_ERASED_DELETED = sentence("note.erased.tickets_deleted",
                               "Personal information erased and every session ended. Their tickets were deleted.")
NOTE_ERASED_KEPT = sentence("note.erased.tickets_kept", "Personal information erased and every session ended. "
                                                        "Their tickets stay with the organisation, uploader anonymised.")
