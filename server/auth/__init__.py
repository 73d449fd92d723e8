"""Customers, users, sessions and sign-in."""
