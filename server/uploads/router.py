"""``/uploads`` (under the API prefix): tus 1.0.0 (core, creation, creation-with-upload,
termination, checksum).

Any standard tus client can upload here. Every reply carries
``Tus-Resumable: 1.0.0``; a request without it gets 412. Errors keep the
service's JSON shape ``{"error": {"code", "message"}}``.
"""

from __future__ import annotations

import email.utils
import functools
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from .. import sentences as S
from ..deps import CurrentUser, DbDep, SettingsDep
from ..errors import ChecksumMismatch, Malformed, ServiceError, Stalled, TooLarge, UnsupportedType
from ..http_errors import error_body, error_reply, error_responses
from . import service, space, tus
from .receive import receive
from .runtime import UploadRuntime, get_runtime

RuntimeDep = Annotated[UploadRuntime, Depends(get_runtime)]


class TusRoute(APIRoute):
    """Checks ``Tus-Resumable`` and adds it to every reply, errors included."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def tus_handler(request: Request) -> Response:
            if request.method != "OPTIONS" and request.headers.get("tus-resumable") != tus.TUS_VERSION:
                # Protocol negotiation, answered before any of the service's own checks.
                response: Response = JSONResponse(error_body(
                    "unsupported_tus_version", S.UPLOAD_TUS_VERSION(version=tus.TUS_VERSION),
                ), 412, headers={"Tus-Version": tus.TUS_VERSION})
            else:
                try:
                    response = await handler(request)
                except ServiceError as exc:
                    response = error_reply(exc)
                except RequestValidationError:
                    response = error_reply(Malformed("bad_request", S.UPLOAD_ADDRESS()))
            response.headers["Tus-Resumable"] = tus.TUS_VERSION
            return response

        return tus_handler


# Replies carry headers, never a body (errors excepted).
router = APIRouter(tags=["uploads"], route_class=TusRoute, default_response_class=Response)

_TUS_HEADERS = {
    "Tus-Version": tus.TUS_VERSION,
    "Tus-Extension": tus.TUS_EXTENSIONS,
    "Tus-Checksum-Algorithm": ",".join(tus.CHECKSUM_ALGORITHMS),
}


def _header(name: str, schema: dict, description: str, *, required: bool = False) -> dict:
    return {"name": name, "in": "header", "required": required, "schema": schema, "description": description}


# The tus headers are read and checked by hand (tus.py answers 400/412 with a
# sentence, not FastAPI's 422), so they are documented here rather than declared
# as FastAPI parameters.
TUS_RESUMABLE = _header("Tus-Resumable", {"type": "string", "enum": [tus.TUS_VERSION]},
                        "The tus version; any other value (or none) is answered with 412.", required=True)
_BYTES = {"type": "integer", "minimum": 0, "maximum": 10**18 - 1}


def _tus_docs(*headers: dict, statuses: tuple[int, ...], body: dict | None = None, **described: str) -> dict:
    extra: dict = {"parameters": [TUS_RESUMABLE, *headers]}
    if body is not None:
        extra["requestBody"] = body
    return {
        "openapi_extra": extra,
        "responses": error_responses(
            401, 412, *statuses, _412="Tus-Resumable is missing or not 1.0.0.", **described
        ),
    }


def _http_date(upload: service.Upload) -> str:
    return email.utils.format_datetime(upload.expires_at, usegmt=True)


def _discovery(settings) -> Response:
    return Response(status_code=204, headers={**_TUS_HEADERS, "Tus-Max-Size": str(settings.max_upload_size)})


@router.options("/uploads", status_code=204, summary="tus discovery: version, extensions, size limit")
def discover(settings: SettingsDep) -> Response:
    return _discovery(settings)


@router.options("/uploads/{upload_id}", status_code=204, summary="tus discovery (on an upload's address)")
def discover_upload(upload_id: str, settings: SettingsDep) -> Response:
    return _discovery(settings)


_BODY = {"content": {tus.OFFSET_CONTENT_TYPE: {"schema": {"type": "string", "format": "binary"}}}}


@router.post(
    "/uploads", status_code=201, summary="tus creation: start an upload (optionally with its first bytes)",
    **_tus_docs(
        _header("Upload-Length", {**_BYTES, "minimum": 1}, "Size of the whole file in bytes "
                "(at most Tus-Max-Size; larger is answered with 413).", required=True),
        _header("Upload-Metadata", {"type": "string"}, "tus metadata: comma-separated "
                "``key base64(value)`` pairs; malformed metadata is answered with 400."),
        _header("Idempotency-Key", {"type": "string", "minLength": 1, "maxLength": 200},
                "Sending the same key again returns the same upload."),
        _header("Upload-Checksum", {"type": "string"}, "creation-with-upload: ``sha256|sha1 <base64 digest>`` "
                "of the body."),
        statuses=(400, 408, 410, 413, 415, 422, 460),
        body={"required": False, **_BODY},
        _400="Upload-Length or Upload-Metadata is malformed, or the file is empty.",
        _408="creation-with-upload: the body stopped arriving (the upload exists: see Location).",
        _410="creation-with-upload: the completed file was refused.",
        _413="The file is larger than the service accepts, or the body goes past Upload-Length.",
        _415="creation-with-upload: the body is not application/offset+octet-stream, "
        "or the completed file is of a type the service does not keep.",
        _422="The Idempotency-Key was used for a different file, or the completed file is damaged.",
        _460="creation-with-upload: the body does not match its Upload-Checksum (the upload exists: see Location).",
    ),
    description="Headers: ``Upload-Length`` (bytes), ``Upload-Metadata`` (``filename``, ``filetype``, "
    "``sha256``, ``ticket_key``, ``page``, ``page_count``, ``ticket_number``, ``job``, ``ticket_date``, "
    "``notes``, ``quality_warning``: what the client's photo check found), optional ``Idempotency-Key`` (the same key returns the same upload). Replies 201 with "
    "``Location``, ``Upload-Offset`` and ``Upload-Expires``.\n\n"
    "creation-with-upload: a body (``Content-Type: application/offset+octet-stream``, optional "
    "``Upload-Checksum``) is the file's first bytes, as a PATCH from offset 0 would send them; "
    "``Upload-Offset`` says how many were kept, and the whole file in one request answers with "
    "``Ticket-Id``. A refusal of the body still carries the upload's ``Location``, so the client "
    "goes on with HEAD and PATCH. Sent again with the same ``Idempotency-Key`` once bytes arrived, "
    "the body is not read: the reply says where the upload stands.",
)
async def create_upload(
    request: Request, principal: CurrentUser, conn: DbDep, settings: SettingsDep, runtime: RuntimeDep
) -> Response:
    length = tus.parse_int_header(request.headers.get("upload-length"), "Upload-Length")
    service.check_length(settings, length)
    info = tus.upload_info(tus.parse_metadata(request.headers.get("upload-metadata")))
    key = request.headers.get("idempotency-key")
    if key is not None and not 1 <= len(key) <= 200:
        raise tus.bad_request(S.UPLOAD_IDEMPOTENCY_KEY_LENGTH())
    declared_length = _declared_length(request)
    with_body = declared_length != 0 and (declared_length is not None
                                          or "chunked" in request.headers.get("transfer-encoding", "").lower())
    checksum = None
    if with_body:
        # Checked before anything is created: a malformed request makes no upload.
        _check_body_type(request)
        checksum = tus.parse_checksum(request.headers.get("upload-checksum"))
        if declared_length is not None and declared_length > length:
            raise TooLarge("past_upload_length", S.UPLOAD_PAST_LENGTH())
    upload = await run_in_threadpool(
        functools.partial(service.start, conn, settings, principal, runtime, length=length, info=info,
                          idempotency_key=key)
    )
    location = {"Location": f"{request.url.path.rstrip('/')}/{upload.id}"}
    if with_body and upload.status == "receiving" and upload.offset == 0:
        # creation-with-upload. A refusal still says where the upload is, for HEAD and PATCH.
        try:
            upload, running = await run_in_threadpool(
                service.begin_patch, conn, settings, principal, runtime, upload.id, 0, declared_length
            )
            try:
                if running is not None:
                    upload = await _take_body(request, conn, settings, principal, runtime, upload, running,
                                              checksum)
            finally:
                # Dropped here and now (renewing stops even if this task is cancelled), cleared in a thread.
                await run_in_threadpool(runtime.clear, conn, upload.id, runtime.drop(upload.id))
        except ServiceError as exc:
            response = error_reply(exc)
            response.headers.update(location)
            return response
        except _Disconnected:
            return Response(status_code=400)  # nobody is listening; what arrived is kept
    elif with_body:
        # A repeat of a creation whose bytes (some or all) already arrived: the client goes on from
        # Upload-Offset. The body is read to its end so that the reply reaches a client still sending.
        try:
            async for _ in request.stream():
                pass
        except ClientDisconnect:
            return Response(status_code=400)
    return Response(status_code=201, headers={**location, **_state_headers(upload)})


def _declared_length(request: Request) -> int | None:
    declared = request.headers.get("content-length")
    return int(declared) if declared and declared.isascii() and declared.isdigit() else None


def _check_body_type(request: Request) -> None:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != tus.OFFSET_CONTENT_TYPE:
        raise UnsupportedType("wrong_content_type",
                              S.UPLOAD_CONTENT_TYPE(content_type=tus.OFFSET_CONTENT_TYPE))


class _Disconnected(Exception):
    """The client went away in the middle of the body: nobody hears a reply (what arrived is kept)."""


async def _take_body(request: Request, conn, settings, principal, runtime: UploadRuntime, upload: service.Upload,
                     running, checksum) -> service.Upload:
    """Stream the body into ``upload`` (claimed by the caller) and complete it on its last byte;
    the upload as it stands after, or the refusal raised."""
    received = await receive(request, conn, settings, upload, running, checksum, runtime)
    if received.running is not None:
        runtime.keep_hash(upload.id, received.offset, received.running)
    if received.outcome == "checksum_mismatch":
        raise ChecksumMismatch("checksum_mismatch", S.UPLOAD_PART_DAMAGED(), upload_offset=received.offset)
    if received.outcome == "too_long":
        raise TooLarge("past_upload_length", S.UPLOAD_PAST_LENGTH())
    if received.outcome == "no_space":
        raise space.storage_full(upload_offset=received.offset)
    if received.outcome == "disconnected":
        raise _Disconnected()
    if received.outcome == "stalled":
        raise Stalled("upload_stalled", S.UPLOAD_STALLED(), upload_offset=received.offset)
    if received.offset == upload.length:
        return await run_in_threadpool(service.finish, conn, settings, principal, upload, runtime)
    return replace(upload, offset=received.offset, expires_at=received.expires_at)


def _state_headers(upload: service.Upload) -> dict[str, str]:
    headers = {"Upload-Offset": str(upload.offset), "Upload-Length": str(upload.length),
               "Cache-Control": "no-store"}
    if upload.status == "completed" and upload.ticket_id:
        headers["Ticket-Id"] = upload.ticket_id
    else:
        headers["Upload-Expires"] = _http_date(upload)
    return headers


@router.head(
    "/uploads/{upload_id}", summary="tus: how much of the upload the service has",
    **_tus_docs(statuses=(404, 410, 415, 422, 460), _404="No such upload, or it expired.",
                _410="The service refused this file; the reason stays readable."),
    description="``Upload-Offset`` and ``Upload-Length``; ``Ticket-Id`` once the upload became a ticket. "
    "A file that arrived whole but was not yet turned into a ticket (the service stopped) is completed now.",
)
def upload_state(
    upload_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep, runtime: RuntimeDep
) -> Response:
    upload = service.current(conn, settings, principal, runtime, upload_id)
    return Response(status_code=200, headers=_state_headers(upload))


@router.patch(
    "/uploads/{upload_id}", status_code=204, summary="tus: send bytes from Upload-Offset",
    **_tus_docs(
        _header("Upload-Offset", _BYTES, "Where these bytes start in the file.", required=True),
        _header("Upload-Checksum", {"type": "string"}, "``sha256|sha1 <base64 digest>`` of this part."),
        statuses=(400, 404, 408, 409, 410, 413, 415, 422, 460),
        body={"required": True,
              "content": {tus.OFFSET_CONTENT_TYPE: {"schema": {"type": "string", "format": "binary"}}}},
        _404="No such upload, or it expired.", _409="Upload-Offset is not where the file stands.",
        _410="The service refused this file.", _415="The body is not application/offset+octet-stream, "
        "or the completed file is of a type the service does not keep.",
        _422="The completed file is damaged.",
    ),
    description="``Content-Type: application/offset+octet-stream``, ``Upload-Offset``, optional "
    "``Upload-Checksum: sha256|sha1 <base64>``. The PATCH that completes the file stores it and "
    "answers with ``Ticket-Id``.",
)
async def send_bytes(
    upload_id: str, request: Request, principal: CurrentUser, conn: DbDep, settings: SettingsDep,
    runtime: RuntimeDep,
) -> Response:
    _check_body_type(request)
    offset = tus.parse_int_header(request.headers.get("upload-offset"), "Upload-Offset")
    checksum = tus.parse_checksum(request.headers.get("upload-checksum"))
    # One trip to a worker thread for the checks (the body waits meanwhile).
    upload, running = await run_in_threadpool(
        service.begin_patch, conn, settings, principal, runtime, upload_id, offset, _declared_length(request)
    )
    try:
        if running is not None:  # None: completed, a retry of the completing PATCH whose reply was lost
            upload = await _take_body(request, conn, settings, principal, runtime, upload, running, checksum)
        return Response(status_code=204, headers=_state_headers(upload))
    except _Disconnected:
        return Response(status_code=400)  # nobody is listening; what arrived is kept
    finally:
        # Dropped here and now (renewing stops even if this task is cancelled), cleared in a thread.
        await run_in_threadpool(runtime.clear, conn, upload.id, runtime.drop(upload.id))


@router.delete("/uploads/{upload_id}", status_code=204, summary="tus termination: cancel an upload",
               **_tus_docs(statuses=(404, 409), _404="No such upload, or it expired.",
                           _409="Another request is sending this file right now."))
def terminate(
    upload_id: str, principal: CurrentUser, conn: DbDep, settings: SettingsDep, runtime: RuntimeDep
) -> Response:
    service.cancel(conn, settings, principal, runtime, upload_id)
    return Response(status_code=204)
