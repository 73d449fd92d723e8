"""Approximate region of an IP address, from a small offline range table.

Policy 3.4: only a general region (country and region), never coordinates.
The reference service ships the documentation ranges (RFC 5737 / RFC 3849)
so demos and tests show regions without a network look-up; a production
deployment would load a licensed country/region table in the same shape.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    country: str | None
    region: str | None
    label: str


LOCAL_NETWORK = Region(None, None, "Local network")
UNKNOWN = Region(None, None, "Unknown region")

# (network, country, region). Country and region only: no city, no coordinates.
RANGES: tuple[tuple[str, str, str], ...] = (
    ("192.0.2.0/24", "United States", "Missouri"),
    ("198.51.100.0/24", "Canada", "Ontario"),
    ("203.0.113.0/24", "Germany", "Bavaria"),
    ("2001:db8::/32", "Netherlands", "North Holland"),
)
_TABLE = tuple((ipaddress.ip_network(net), country, region) for net, country, region in RANGES)


def region_for(ip: str | None) -> Region:
    """The general region of ``ip``; "Local network" for loopback and private
    addresses, "Unknown region" when the table has no entry."""
    if not ip:
        return UNKNOWN
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return UNKNOWN
    for network, country, region in _TABLE:
        if address.version == network.version and address in network:
            return Region(country, region, f"{region}, {country}")
    # Checked after the table: the documentation ranges count as "private" too.
    if address.is_loopback or address.is_private or address.is_link_local:
        return LOCAL_NETWORK
    return UNKNOWN
