"""The Approvals page: the Account Owner's inbox of privacy requests."""
