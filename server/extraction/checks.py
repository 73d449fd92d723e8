"""Whether a ticket's values need a person's look, and why.

Computed from the values as they are now (so a correction clears or raises a
check at once): a value read with low confidence, nothing read at all, gross −
tare ≠ net, a date in the future, a total that is not the sum of its lines, a
ticket number already used by another ticket of the organisation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from .. import sentences as S
from ..db import Connection, Row


@dataclass(frozen=True)
class Issue:
    code: str
    #: A sentence of ``server.sentences`` (its ``code`` and ``params`` are sent as ``message_code``/``params``).
    message: S.Said
    fields: tuple[str, ...]


def _number(values: dict[str, str], name: str) -> Decimal | None:
    try:
        return Decimal(values[name]) if name in values else None
    except InvalidOperation:
        return None


def issues(conn: Connection, ticket: Row, values: dict[str, tuple[str, float, str]],
           *, today: date, threshold: float) -> list[Issue]:
    """``values``: name → (value, confidence, source) of one ticket."""
    found: list[Issue] = []
    plain = {name: v[0] for name, v in values.items()}
    if not values:
        found.append(Issue("nothing_read", S.REVIEW_NOTHING_READ(), ()))
    unsure = tuple(sorted(n for n, (_, conf, source) in values.items() if source != "person" and conf < threshold))
    if unsure:
        found.append(Issue("low_confidence", S.REVIEW_LOW_CONFIDENCE(), unsure))
    gross, tare, net = (_number(plain, n) for n in ("gross_weight", "tare_weight", "net_weight"))
    # Scales print whole units or hundredths; allow the last printed digit.
    if gross is not None and tare is not None and net is not None and \
            abs(gross - tare - net) > Decimal("0.011") * (1 if plain.get("weight_unit") == "t" else 100):
        found.append(Issue("net_weight_mismatch",
                           S.REVIEW_NET_WEIGHT(difference=str(gross - tare), net=str(net)),
                           ("gross_weight", "tare_weight", "net_weight")))
    if "date" in plain:
        try:
            written = date.fromisoformat(plain["date"])
        except ValueError:
            written = None
        if written and written > today + timedelta(days=1):
            found.append(Issue("future_date", S.REVIEW_FUTURE_DATE(), ("date",)))
    total = _number(plain, "total")
    facts = _facts(conn, ticket["id"])
    if total is not None and facts:
        parts = {k: Decimal(v) for k, v in facts.items() if k in ("lines", "subtotal", "tax")}
        if "subtotal" in parts:
            expected = [parts["subtotal"] + parts.get("tax", Decimal(0)), parts["subtotal"]]
        elif "lines" in parts:
            expected = [parts["lines"] + parts.get("tax", Decimal(0)), parts["lines"]]
        else:
            expected = []
        if expected and all(abs(total - e) > Decimal("0.01") for e in expected):
            found.append(Issue("total_mismatch", S.REVIEW_TOTAL(expected=str(expected[0]), total=str(total)),
                               ("total",)))
    number = plain.get("ticket_number")
    if number:
        other = conn.execute(
            "SELECT 1 FROM extracted_values e JOIN tickets t ON t.id = e.ticket_id"
            " WHERE t.customer_id = ? AND e.name = 'ticket_number' AND e.value = ? AND t.id != ? LIMIT 1",
            (ticket["customer_id"], number, ticket["id"]),
        ).fetchone()
        if other:
            found.append(Issue("duplicate_number", S.REVIEW_DUPLICATE_NUMBER(number=number),
                               ("ticket_number",)))
    return found


def _facts(conn: Connection, ticket_id: str) -> dict[str, str]:
    row = conn.execute("SELECT facts FROM extraction_jobs WHERE ticket_id = ?", (ticket_id,)).fetchone()
    if row is None or not row["facts"]:
        return {}
    try:
        data = json.loads(row["facts"])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
