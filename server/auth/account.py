"""Two-step verification of the signed-in person: status, enrolment, turning it off."""

from __future__ import annotations

from typing import Any

from .. import sentences as S
from ..config import Settings
from ..db import Connection, transaction
from ..errors import Conflict, Forbidden, invalid
from . import policy, service, two_step
from .service import ClientInfo, Principal


def two_step_status(conn: Connection, principal: Principal) -> dict[str, Any]:
    held = two_step.status(conn, principal.user_id)
    return {"enabled": held.enabled, "enrolled_at": held.enrolled_at,
            "recovery_codes_left": held.recovery_codes_left,
            "required_by_organisation": policy.of_customer(conn, principal.customer_id).require_two_step}


def start_enrolment(conn: Connection, settings: Settings, principal: Principal) -> two_step.Enrolment:
    with transaction(conn):
        if two_step.enabled(conn, principal.user_id):
            raise Conflict("two_step_on", S.TWO_STEP_ON())
        return two_step.new_enrolment(conn, settings, principal.user_id, principal.email)


def confirm_enrolment(conn: Connection, settings: Settings, principal: Principal, code: str,
                      client: ClientInfo) -> list[str]:
    with transaction(conn):
        held = two_step.status(conn, principal.user_id)
        if held.enabled:
            raise Conflict("two_step_on", S.TWO_STEP_ON())
        if two_step.waiting_enrolment(conn, settings, principal.user_id, principal.email) is None:
            raise Conflict("no_enrolment", S.TWO_STEP_NO_ENROLMENT())
        codes = two_step.confirm_enrolment(conn, settings, principal.user_id, code)
        if codes is not None:
            service.record_security_event(
                conn, kind="two_step_on", at=settings.clock.now(), client=client, success=True,
                user_id=principal.user_id, customer_id=principal.customer_id,
            )
    if codes is None:
        raise invalid(S.TWO_STEP_CODE_WRONG())
    return codes


def turn_off(conn: Connection, settings: Settings, principal: Principal, password: str,
             client: ClientInfo) -> None:
    if policy.of_customer(conn, principal.customer_id).require_two_step:
        raise Forbidden("two_step_required_by_organisation",
                        S.TWO_STEP_REQUIRED_BY_ORGANISATION())
    service.confirm_password(conn, settings, principal, password, client, detail="two_step_off")
    with transaction(conn):
        if two_step.enabled(conn, principal.user_id):
            two_step.turn_off(conn, principal.user_id)
            service.record_security_event(
                conn, kind="two_step_off", at=settings.clock.now(), client=client, success=True,
                user_id=principal.user_id, customer_id=principal.customer_id,
            )
