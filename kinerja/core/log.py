"""Logging filters (kept free of imports that need Django's apps: logging is set up first)."""

import logging


class OneLine403(logging.Filter):
    """Drop the traceback of a refused request: one warning line is enough."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True
