"""The Requests page: the person's own privacy requests."""
