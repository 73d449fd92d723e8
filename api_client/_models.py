"""Typed results of the Ticket Pros API.

Replies are checked while they are read: a reply of the wrong shape raises
:class:`MalformedResponseError` instead of surfacing later as a ``KeyError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from . import _sentences as S
from ._errors import MalformedResponseError

T = TypeVar("T")


def field(data: Any, name: str, kind: type[T] | tuple[type, ...], *, optional: bool = False) -> T:
    """Read ``data[name]`` and check its type; the one place replies are validated."""
    if not isinstance(data, dict):
        raise MalformedResponseError(S.REPLY_UNREADABLE())
    value = data.get(name)
    if value is None and optional:
        return None  # type: ignore[return-value]
    # bool is an int subclass: never accept True for a count.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, float)):
        raise MalformedResponseError(
            S.REPLY_UNREADABLE_FIELD(name=name)
        )
    return value


class Role(StrEnum):
    OWNER = "owner"
    MEMBER = "member"


@dataclass(frozen=True)
class User:
    id: str
    email: str
    name: str
    phone: str | None
    role: Role

    @property
    def is_owner(self) -> bool:
        return self.role is Role.OWNER

    @classmethod
    def from_json(cls, data: Any) -> User:
        role = field(data, "role", str)
        if role not in Role._value2member_map_:
            raise MalformedResponseError(S.REPLY_UNREADABLE_PART(part="role"))
        return cls(
            id=field(data, "id", str),
            email=field(data, "email", str),
            name=field(data, "name", str),
            phone=field(data, "phone", str, optional=True),
            role=Role(role),
        )


@dataclass(frozen=True)
class Customer:
    id: str
    name: str

    @classmethod
    def from_json(cls, data: Any) -> Customer:
        return cls(id=field(data, "id", str), name=field(data, "name", str))


@dataclass(frozen=True)
class Me:
    """The signed-in person and their organisation."""

    user: User
    customer: Customer

    @classmethod
    def from_json(cls, data: Any) -> Me:
        return cls(
            user=User.from_json(field(data, "user", dict)),
            customer=Customer.from_json(field(data, "customer", dict)),
        )


@dataclass(frozen=True)
class ServerInfo:
    service: str
    api_version: int
    max_upload_size: int

    @classmethod
    def from_json(cls, data: Any) -> ServerInfo:
        return cls(
            service=field(data, "service", str),
            api_version=field(data, "api_version", int),
            max_upload_size=field(data, "max_upload_size", int),
        )


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int

    @classmethod
    def from_json(cls, data: Any) -> TokenPair:
        return cls(
            access_token=field(data, "access_token", str),
            refresh_token=field(data, "refresh_token", str),
            expires_in=field(data, "expires_in", int),
        )
