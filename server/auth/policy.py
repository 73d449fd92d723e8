"""The organisation's sign-in rules, set by its Account Owner."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Settings
from ..db import Connection, transaction
from .service import ClientInfo, Principal, record_security_event


@dataclass(frozen=True)
class SignInPolicy:
    #: Every member signs in with two-step verification; those without it enrol at their next sign-in.
    require_two_step: bool
    #: Password sign-in inside the app (and the command line) is allowed; off: through the browser only.
    allow_app_password: bool


def of_customer(conn: Connection, customer_id: str) -> SignInPolicy:
    row = conn.execute(
        "SELECT require_two_step, allow_app_password FROM customers WHERE id = ?", (customer_id,)
    ).fetchone()
    return SignInPolicy(require_two_step=bool(row["require_two_step"]),
                        allow_app_password=bool(row["allow_app_password"]))


def update(conn: Connection, settings: Settings, owner: Principal, client: ClientInfo,
           new: SignInPolicy) -> SignInPolicy:
    """The caller has checked ``owner`` is the Account Owner."""
    with transaction(conn):
        old = of_customer(conn, owner.customer_id)
        conn.execute(
            "UPDATE customers SET require_two_step = ?, allow_app_password = ? WHERE id = ?",
            (int(new.require_two_step), int(new.allow_app_password), owner.customer_id),
        )
        if new != old:
            changes = [f"{name}={'on' if value else 'off'}" for name, value in
                       (("require_two_step", new.require_two_step),
                        ("allow_app_password", new.allow_app_password))]
            record_security_event(conn, kind="sign_in_policy", at=settings.clock.now(), client=client,
                                  success=True, user_id=owner.user_id, customer_id=owner.customer_id,
                                  detail=", ".join(changes))
    return new
