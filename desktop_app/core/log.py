"""Logging that cannot leak: a redaction filter on every handler, quiet OAuth libraries.

Records go to stderr and to a rotating file in the platform's log folder (Windows and macOS
users never see stderr). oauthlib and urllib3 log token responses and request bodies at DEBUG;
those loggers are held at WARNING whatever the app's level, and every record passes through
:class:`RedactingFilter`, which masks anything shaped like a token, code, secret or verifier
before it is written.
"""

from __future__ import annotations

import collections
import logging
import os
import re
import sys
import threading
from pathlib import Path

#: No record asks for its thread's name (no format shows it). Asking makes ``threading`` keep a
#: ``_DummyThread`` for every thread it did not start that logs (each Qt worker thread), never
#: freed: one per call once every HTTP call is logged.
logging.logThreads = False

#: Names of parameters whose values are secret (the names themselves are not).
_SECRET_NAMES = "|".join(
    (
        "access_token",
        "refresh_token",
        "id_token",
        "token",
        "code",
        "code_verifier",
        "client_secret",
        "password",
        "state",
        "nonce",
        "session_state",
        "assertion",
        "secret",
    )
)
_PATTERNS = (
    # key=value in query strings and form bodies
    re.compile(rf"(?i)\b({_SECRET_NAMES})=([^&\s\"']+)"),
    # "key": "value" in JSON, 'key': 'value' in a Python dict's repr (either quoting)
    re.compile(rf"(?i)[\"']({_SECRET_NAMES})[\"']\s*:\s*[\"']([^\"']*)[\"']"),
    # key='value' in a dataclass or object repr
    re.compile(rf"(?i)\b({_SECRET_NAMES})\s*=\s*[\"']([^\"']*)[\"']"),
    # Authorization headers
    re.compile(r"(?i)\b(Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{8,})"),
    # key: value, unquoted (a header, YAML, a hand-written message); a number is left alone
    re.compile(rf"(?i)\b({_SECRET_NAMES})\s*:\s*(?![\d.]+\b)([^\s,;&\"'}}\]]{{6,}})"),
    # key%3Dvalue: a query or form body URL-encoded once more (inside another URL, say); the
    # value runs to the next encoded or plain separator
    re.compile(rf"(?i)(?:\b|(?<=%3F)|(?<=%26))({_SECRET_NAMES})%3D((?:(?!%26)[^&\s\"'])+)"),
)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
MASK = "***"


#: Secret values this process has handled (tokens, codes, verifiers, client secrets). Opaque
#: tokens have no recognisable shape, so they are masked by value, whatever quotes them.
_KNOWN: collections.deque[str] = collections.deque(maxlen=256)
_KNOWN_LOCK = threading.Lock()
#: Shorter values are not masked by value: they would mask ordinary words.
_MIN_KNOWN_LENGTH = 8


def remember_secret(*values: str | None) -> None:
    """Mask these values in every log line from now on (the newest 256 are kept).

    Their URL-encoded forms too (``%2B``, ``%3D``, ``+`` for a space): a value that went into a
    query or a form body is logged that way.
    """
    from urllib.parse import quote, quote_plus

    with _KNOWN_LOCK:
        for value in values:
            if not value or len(value) < _MIN_KNOWN_LENGTH:
                continue
            for form in dict.fromkeys((value, quote(value, safe=""), quote_plus(value))):
                if form not in _KNOWN:
                    _KNOWN.append(form)


def redact(text: str) -> str:
    """Mask every token-, code- or secret-shaped value in *text*, and every known secret."""
    with _KNOWN_LOCK:
        known = sorted(_KNOWN, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    text = _JWT.sub(MASK, text)
    for pattern in _PATTERNS:
        text = pattern.sub(
            lambda m: m.group(0).replace(m.group(2), MASK) if m.group(2) else m.group(0), text
        )
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message through :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact in place; never drops a record."""
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Tracebacks may quote request bodies; keep the type and a redacted text only.
            exc = record.exc_info[1]
            cleaned += f" [{type(exc).__name__}: {redact(str(exc))}]"
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = cleaned, None
        return True


_QUIET = ("oauthlib", "urllib3", "selenium", "keyring", "filelock")


#: The log file rotates at this size, keeping :data:`LOG_BACKUPS` older files beside it.
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class LogFile(logging.Handler):
    """The rotating log file, only its owner may read (it names accounts and servers).

    logging.handlers costs ~10 ms to import (sockets, pickle, queues): it is imported, and the
    file opened, at the first record, not at start, where every millisecond is the window's.
    """

    def __init__(self, path: Path, level: int, *, deferred: bool = False) -> None:
        super().__init__(level)
        self.path = path
        self._file: logging.Handler | None = None
        #: *deferred*: records wait here until :meth:`open` (the window painted) or an error.
        self._waiting: list[logging.LogRecord] | None = [] if deferred else None

    def _open(self) -> logging.Handler:
        import logging.handlers

        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)

        class Private(logging.handlers.RotatingFileHandler):
            def _open(self):  # type: ignore[no-untyped-def]  # an IO whose type typeshed varies
                flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
                fd = os.open(self.baseFilename, flags, 0o600)
                return open(fd, "a", encoding=self.encoding, errors=self.errors)

        handler = Private(
            self.path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(self.formatter)
        return handler

    def emit(self, record: logging.LogRecord) -> None:
        """Write *record* (already redacted by this handler's filter) to the file."""
        waiting = self._waiting
        if waiting is not None and record.levelno < logging.ERROR and len(waiting) < 1000:
            waiting.append(record)
            return
        self._opened().emit(record)

    def _opened(self) -> logging.Handler:
        if self._file is None:
            self._file = self._open()
        waiting, self._waiting = self._waiting, None
        for record in waiting or []:
            self._file.emit(record)
        return self._file

    def open(self) -> None:
        """Open the file now and write what waited (the start is over)."""
        self.acquire()
        try:
            self._opened()
        finally:
            self.release()

    def flush(self) -> None:
        """Flush the file, if it was opened."""
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        """Close the file (logging.shutdown calls this at exit), writing what still waited."""
        if self._waiting:
            self._opened()
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(
    *, debug: bool = False, log_file: Path | None = None, deferred: bool = False
) -> Path | None:
    """Log to stderr (WARNING; DEBUG with ``--debug``) and to the log file (INFO; DEBUG).

    Both through the redaction filter. The file is *log_file* or the platform's log folder's
    (:func:`desktop_app.core.folders.log_file`); returns it, or None when it cannot be written (a
    read-only home: the app runs on with stderr). Opened at the first record, not here; with
    *deferred* (the window's start), records below ERROR wait until :func:`open_log_file`
    (a platform's warnings at start would otherwise open it before the first paint).
    """
    root = logging.getLogger()
    if any(isinstance(f, RedactingFilter) for h in root.handlers for f in h.filters):
        return log_file_in_use()
    handlers: list[logging.Handler] = []
    if sys.stderr is not None:  # None in a windowed program on Windows: the file is all there is
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
        handlers.append(stderr)
    path = log_file
    if path is None:
        from desktop_app.core.folders import log_file as default_log_file

        path = default_log_file()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        level = logging.DEBUG if debug else logging.INFO
        handlers.append(LogFile(path, level, deferred=deferred))
    except OSError:
        path = None
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    quiet_libraries()
    return path


def open_log_file() -> None:
    """The start is over: open the log file and write the records that waited for it."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, LogFile):
            handler.open()


def log_file_in_use() -> Path | None:
    """The file this process logs to (None: stderr only)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, LogFile):
            return handler.path
    return None


def quiet_libraries() -> None:
    """Hold the HTTP and OAuth libraries at WARNING, whoever configures logging.

    oauthlib logs whole token requests and responses at DEBUG, and urllib3 logs request
    lines (a callback's code and state among them). Called when the network layer is imported,
    so a host application or test harness that turns DEBUG on still gets no secrets.
    """
    for name in _QUIET:
        logger = logging.getLogger(name)
        if logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())
