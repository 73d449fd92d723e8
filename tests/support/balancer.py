"""A load balancer on 127.0.0.1 in front of several API nodes, as DigitalOcean's is in front of
the hosted service's Droplets: each new connection goes to the next node in turn (round robin),
and a node that refuses connections (killed, or still starting) is skipped. A node killed while
a connection is open resets it, and the client's next connection reaches another node: that is
the failover the SDK sees, with no address of its own to change."""

from __future__ import annotations

import socket
import threading
from collections import Counter

from .uploads import TcpProxy


class Balancer(TcpProxy):
    """Forwards 127.0.0.1:<port> to ``ports`` (each a node on 127.0.0.1), one connection at a time
    to the next that accepts it; ``forwarded[port]`` counts the connections each node took and
    ``refused`` those no node took (the client's connection is then closed at once)."""

    def __init__(self, ports: list[int]) -> None:
        if not ports:
            raise ValueError("a balancer needs at least one node")
        self.ports = list(ports)
        self.forwarded: Counter[int] = Counter()
        self.refused = 0
        self._turn = 0
        self._turn_lock = threading.Lock()
        super().__init__(self.ports[0])  # starts accepting: every attribute above is set

    def _upstream(self) -> socket.socket | None:
        with self._turn_lock:
            first, self._turn = self._turn, (self._turn + 1) % len(self.ports)
        for step in range(len(self.ports)):
            port = self.ports[(first + step) % len(self.ports)]
            try:
                upstream = socket.create_connection(("127.0.0.1", port), timeout=2)
            except OSError:
                continue  # down: the next node
            upstream.settimeout(None)
            with self._turn_lock:
                self.forwarded[port] += 1
            return upstream
        with self._turn_lock:
            self.refused += 1
        return None
