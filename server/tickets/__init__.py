"""Tickets, their files and extracted values (Customer Data)."""
