"""How refusals become replies: one error shape for every reply,
``{"error": {"code": ..., "message": ...}}``, and the one place that maps the
service's domain errors (``server.errors``) to HTTP statuses and headers.

``message`` is a sentence the client may show to a person as it is.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import API_PREFIX, db, errors
from . import sentences as S

#: The status of each kind of refusal (a subclass answers like its nearest listed class).
STATUS: dict[type[errors.ServiceError], int] = {
    errors.Malformed: 400,
    errors.SignInFailed: 401,
    errors.NotSignedIn: 401,
    errors.Forbidden: 403,
    errors.NotFound: 404,
    errors.Stalled: 408,
    errors.Conflict: 409,
    errors.Gone: 410,
    errors.TooLarge: 413,
    errors.UnsupportedType: 415,
    errors.Invalid: 422,
    errors.TooManyAttempts: 429,
    errors.ChecksumMismatch: 460,
    errors.StorageFull: 507,
}


def status_of(error: errors.ServiceError) -> int:
    if isinstance(error, errors.OAuthError):
        return error.status
    for kind in type(error).__mro__:
        if kind in STATUS:
            return STATUS[kind]
    raise TypeError(f"{type(error).__name__} has no HTTP status in server.http_errors.STATUS")


def error_reply(error: errors.ServiceError) -> JSONResponse:
    """The reply to a refusal: its status, ``{"error": {code, message}}`` and the headers it implies."""
    headers: dict[str, str] = {}
    if isinstance(error, errors.OAuthError):
        # RFC 6749 §5.1, §5.2: the token endpoint's replies are never cached. The sentence's code
        # and params go beside error_description (extra members an OAuth client ignores).
        return JSONResponse({"error": error.code, "error_description": str(error.message), **S.coded(error.message)},
                            error.status, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})
    if isinstance(error, errors.NotSignedIn):
        # RFC 6750 §3: a refused token is answered with the challenge, like a missing one.
        headers["WWW-Authenticate"] = 'Bearer error="invalid_token"' if error.token_refused else "Bearer"
    if error.retry_after is not None:
        headers["Retry-After"] = str(error.retry_after)
    if error.upload_offset is not None:
        headers["Upload-Offset"] = str(error.upload_offset)
    return JSONResponse(error_body(error.code, error.message), status_of(error), headers=headers)


class ErrorInfo(BaseModel):
    code: str = Field(description="Stable machine-readable reason, e.g. not_found.")
    message: str = Field(description="A sentence a person can read (English).")
    message_code: str | None = Field(
        default=None, description="The sentence's stable code (server/sentences.py), for a client to say it in "
                                  "its own language; absent when the sentence has none yet.")
    params: dict[str, Any] | None = Field(
        default=None, description="The values put into the sentence, by name (with message_code).")


class ErrorOut(BaseModel):
    """The body of every error reply."""

    error: ErrorInfo


class OAuthErrorOut(BaseModel):
    """The body of a refusal by the OAuth token and device endpoints (RFC 6749 §5.2)."""

    error: str = Field(description="invalid_request, invalid_client, invalid_grant, unsupported_grant_type, "
                                   "authorization_pending, slow_down, access_denied or expired_token.")
    error_description: str = Field(description="A sentence a person can read (English).")
    message_code: str | None = Field(
        default=None, description="The sentence's stable code (server/sentences.py), for a client to say it in "
                                  "its own language (a member OAuth clients ignore).")
    params: dict[str, Any] | None = Field(
        default=None, description="The values put into the sentence, by name (with message_code).")


def oauth_error_responses(*statuses: int, **described: str) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for the OAuth endpoints: their refusals have RFC 6749's shape."""
    return {status: {"model": OAuthErrorOut, "description": described.get(f"_{status}", "Refused (RFC 6749 §5.2).")}
            for status in statuses}


#: Paths whose own refusals, and the framework's (an unreadable body), have the OAuth shape.
OAUTH_PATHS = ("/oauth/token", "/oauth/device-authorization")


def _is_oauth(request: Request) -> bool:
    return request.url.path.removeprefix(API_PREFIX) in OAUTH_PATHS


class ValidationIssue(BaseModel):
    loc: list[str] = Field(description="Where: body, query, path or header, then the field.")
    msg: str


class ValidationErrorInfo(ErrorInfo):
    details: list[ValidationIssue] | None = Field(
        default=None, description="Every problem found, when the request did not match its schema."
    )


class ValidationErrorOut(BaseModel):
    """The body of a 422 reply: the request is well-formed but its values are not valid."""

    error: ValidationErrorInfo


_DESCRIPTIONS = {
    400: "The request is malformed.",
    401: "Not signed in, or the session has ended.",
    403: "Signed in, but not allowed to do this.",
    404: "Not found (items of other organisations answer the same).",
    408: "No data arrived for too long.",
    409: "Conflicts with the current state.",
    410: "No longer available.",
    412: "A precondition failed.",
    413: "Too large.",
    415: "Wrong content type.",
    422: "The values sent are not valid.",
    429: "Too many failed attempts; wait for Retry-After seconds.",
    460: "Checksum mismatch (tus checksum extension).",
}


def error_responses(*statuses: int, **described: str) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries documenting error replies with the service's error
    shape; ``described`` overrides a description, e.g. ``_404="No such ticket."``."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        description = described.get(f"_{status}", _DESCRIPTIONS.get(status, "Error."))
        model = ValidationErrorOut if status == 422 else ErrorOut
        out[status] = {"model": model, "description": description}
    return out


def error_body(code: str, message: str, **extra: object) -> dict:
    """``message`` made by ``server.sentences`` also gives its ``message_code`` and ``params``."""
    return {"error": {"code": code, "message": str(message), **S.coded(message), **extra}}


#: pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/) said by a
#: coded sentence; the name of the ``ctx`` value that is its ``limit``, if any.
_VALIDATION: dict[str, tuple[S.Template, str | None]] = {
    "missing": (S.VALIDATION_MISSING, None),
    "extra_forbidden": (S.VALIDATION_EXTRA, None),
    "string_too_long": (S.VALIDATION_TEXT_TOO_LONG, "max_length"),
    "string_too_short": (S.VALIDATION_TEXT_TOO_SHORT, "min_length"),
    "too_long": (S.VALIDATION_LIST_TOO_LONG, "max_length"),
    "too_short": (S.VALIDATION_LIST_TOO_SHORT, "min_length"),
    "string_type": (S.VALIDATION_NOT_TEXT, None),
    "string_unicode": (S.VALIDATION_NOT_TEXT, None),
    "int_type": (S.VALIDATION_NOT_WHOLE_NUMBER, None),
    "int_parsing": (S.VALIDATION_NOT_WHOLE_NUMBER, None),
    "int_from_float": (S.VALIDATION_NOT_WHOLE_NUMBER, None),
    "float_type": (S.VALIDATION_NOT_NUMBER, None),
    "float_parsing": (S.VALIDATION_NOT_NUMBER, None),
    "decimal_type": (S.VALIDATION_NOT_NUMBER, None),
    "decimal_parsing": (S.VALIDATION_NOT_NUMBER, None),
    "finite_number": (S.VALIDATION_NOT_NUMBER, None),
    "bool_type": (S.VALIDATION_NOT_YES_NO, None),
    "bool_parsing": (S.VALIDATION_NOT_YES_NO, None),
    "list_type": (S.VALIDATION_NOT_LIST, None),
    "dict_type": (S.VALIDATION_NOT_OBJECT, None),
    "model_type": (S.VALIDATION_NOT_OBJECT, None),
    "model_attributes_type": (S.VALIDATION_NOT_OBJECT, None),
    "greater_than_equal": (S.VALIDATION_AT_LEAST, "ge"),
    "greater_than": (S.VALIDATION_MORE_THAN, "gt"),
    "less_than_equal": (S.VALIDATION_AT_MOST, "le"),
    "less_than": (S.VALIDATION_LESS_THAN, "lt"),
    "literal_error": (S.VALIDATION_NOT_ONE_OF, None),
    "enum": (S.VALIDATION_NOT_ONE_OF, None),
    "date_type": (S.VALIDATION_NOT_DATE, None),
    "date_parsing": (S.VALIDATION_NOT_DATE, None),
    "date_from_datetime_parsing": (S.VALIDATION_NOT_DATE, None),
    "date_from_datetime_inexact": (S.VALIDATION_NOT_DATE, None),
    "datetime_type": (S.VALIDATION_NOT_DATETIME, None),
    "datetime_parsing": (S.VALIDATION_NOT_DATETIME, None),
    "datetime_from_date_parsing": (S.VALIDATION_NOT_DATETIME, None),
    "uuid_type": (S.VALIDATION_NOT_ID, None),
    "uuid_parsing": (S.VALIDATION_NOT_ID, None),
    "string_pattern_mismatch": (S.VALIDATION_PATTERN, None),
}


def _describe_validation(exc: RequestValidationError) -> str:
    """The first problem as one sentence: a coded one for pydantic's common error types, a
    validator's own coded sentence, else pydantic's English (a type with no sentence yet)."""
    errors = exc.errors()
    if not errors:
        return S.REQUEST_NOT_VALID()
    first = errors[0]
    kind = str(first.get("type", ""))
    ctx = first.get("ctx") or {}
    if kind == "json_invalid":
        return S.VALIDATION_JSON()
    own = ctx.get("error")
    if kind == "value_error" and isinstance(own, Exception) and own.args and isinstance(own.args[0], S.Said):
        return own.args[0]  # a validator's own sentence, code and all
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header"))
    said = _VALIDATION.get(kind)
    if said is not None and where:
        template, limit = said
        return template(field=where, limit=ctx.get(limit)) if limit else template(field=where)
    text = str(first.get("msg", "is not valid")).removeprefix("Value error, ")  # pydantic's prefix
    return f"{where}: {text}." if where else f"{text}."


def _add_component(components: dict[str, Any], model: type[BaseModel]) -> dict[str, str]:
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, definition in schema.pop("$defs", {}).items():
        components.setdefault(name, definition)
    components.setdefault(model.__name__, schema)
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _is_text(schema: dict[str, Any], *, optional: bool) -> bool:
    """Plain text (or, when ``optional``, plain text or nothing): any value a request can carry."""
    bare = {k: v for k, v in schema.items() if k not in ("title", "description")}
    text = {"type": "string"}
    return bare == text or (optional and bare == {"anyOf": [text, {"type": "null"}]})


def _cannot_fail_validation(operation: dict[str, Any], components: dict[str, Any]) -> bool:
    """FastAPI documents 422 for every route with parameters; a route whose only
    parameters are plain text in the path, or optional plain text anywhere (a
    query, a cookie, a form field: the sign-in page reads them itself), never sends it."""
    body = operation.get("requestBody")
    if body is not None:
        content = body.get("content", {})
        if list(content) != ["application/x-www-form-urlencoded"]:
            return False
        form = content["application/x-www-form-urlencoded"].get("schema", {})
        form = components.get(form.get("$ref", "").rsplit("/", 1)[-1], form)
        if form.get("required") or not all(_is_text(p, optional=True) for p in form.get("properties", {}).values()):
            return False
    return all(
        _is_text(parameter.get("schema", {}), optional=not parameter.get("required", False))
        and (parameter.get("in") != "path" or _is_text(parameter.get("schema", {}), optional=False))
        for parameter in operation.get("parameters", [])
    )


BODY_UNREADABLE = S.BODY_UNREADABLE()


def install_openapi(app: FastAPI) -> None:
    """/openapi.json tells the truth about errors every route shares: FastAPI
    documents its own ``HTTPValidationError`` body for 422, but the handler below
    answers ``{"error": {"code", "message", "details"}}``; and a JSON body that
    cannot be decoded at all is answered with 400 before validation starts."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        validation_ref = _add_component(components, ValidationErrorOut)
        error_ref = _add_component(components, ErrorOut)
        for path, path_item in schema.get("paths", {}).items():
            for operation in path_item.values():
                responses = operation.setdefault("responses", {})
                if path.removeprefix(API_PREFIX) in OAUTH_PATHS:
                    # Their validation errors are OAuth's invalid_request (400), documented by the route.
                    responses.pop("422", None)
                    continue
                reply = responses.get("422")
                if reply is not None:
                    content = reply.get("content", {}).get("application/json", {})
                    if content.get("schema") == {"$ref": "#/components/schemas/HTTPValidationError"}:
                        if _cannot_fail_validation(operation, components):
                            del responses["422"]
                        else:
                            content["schema"] = validation_ref
                            reply["description"] = _DESCRIPTIONS[422]
                if "application/json" in operation.get("requestBody", {}).get("content", {}):
                    responses.setdefault("400", {
                        "description": "The body is not text in UTF-8.",
                        "content": {"application/json": {"schema": error_ref}},
                    })
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def install_error_handlers(app: FastAPI) -> None:
    install_openapi(app)

    @app.exception_handler(errors.ServiceError)
    async def _refused(_: Request, exc: errors.ServiceError) -> JSONResponse:
        return error_reply(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        if _is_oauth(request):
            return error_reply(errors.OAuthError("invalid_request", _describe_validation(exc)))
        details = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        return JSONResponse(
            error_body("validation_error", _describe_validation(exc), details=details), 422
        )

    @app.exception_handler(db.TextWithNulError)
    async def _nul(request: Request, exc: db.TextWithNulError) -> JSONResponse:
        # A NUL character in a value sent (PostgreSQL's text cannot hold one): what it names is not
        # there, as on SQLite; a value to keep is refused as validation refuses one.
        if _is_oauth(request):
            return error_reply(errors.OAuthError("invalid_request", S.REQUEST_NOT_VALID()))
        if exc.lookup:
            return error_reply(errors.not_found())
        return JSONResponse(error_body("validation_error", S.REQUEST_NOT_VALID(), details=[]), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
        code = codes.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else S.REQUEST_FAILED()
        if exc.status_code == 404:
            message = S.NOT_FOUND_ITEM()
        elif exc.status_code == 400 and message == "There was an error parsing the body":
            message = BODY_UNREADABLE  # FastAPI's words for a body it could not decode
            if _is_oauth(request):
                return error_reply(errors.OAuthError("invalid_request", S.OAUTH_FORM_UNREADABLE()))
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the methods of the first route that matched the
            # path; every method registered for the path is allowed.
            headers["Allow"] = _allowed_methods(request)
        return JSONResponse(error_body(code, message), exc.status_code, headers=headers)


def _allowed_methods(request: Request) -> str:
    """The methods /openapi.json documents for the requested path (the path a
    request goes to: /tickets/lookup, not /tickets/{ticket_id})."""
    app = request.app
    table = getattr(app.state, "allowed_methods", None)
    if table is None:
        table = [
            (re.compile(re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(path))),
             sorted(method.upper() for method in item))
            for path, item in app.openapi().get("paths", {}).items()
        ]
        app.state.allowed_methods = table
    # The first path that matches is the one routing chose (paths are in route order).
    for pattern, allowed in table:
        if pattern.fullmatch(request.url.path):
            return ", ".join(allowed)
    return ""
