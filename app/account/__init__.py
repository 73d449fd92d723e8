"""The account menu's dialogs: two-step verification, and the organisation's
sign-in rules for its Account Owner."""
