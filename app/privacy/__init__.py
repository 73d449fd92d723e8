"""The Privacy page (``page``): what Ticket Pros holds, who processes it, and
what this computer keeps (``local_data``, no Qt: the command line uses it too).

Nothing is imported here: importing ``app.privacy.local_data`` must not load Qt.
"""
