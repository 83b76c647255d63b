"""One interactive sign-in as a Qt object: explicit states, told by signals, run in workers.

The sign-in window and the setup guide's *Test connection* render a flow; neither keeps the
sign-in's state in its widgets ("busy" is :attr:`SignInFlow.busy`, the address is
:attr:`SignInFlow.url`), and tests wait on the flow's signals rather than on labels.

States, in order: ``IDLE`` → ``BINDING`` (the listener is bound and the address built, or a
simple client asks for its token) → ``WAITING`` (the browser; :attr:`url` and
:attr:`deadline` set) → ``EXCHANGING`` (the code for tokens) → ``VERIFYING`` (the id_token)
→ ``DONE``; or ``FAILED`` / ``CANCELLED`` from any busy state. A new :meth:`start` begins again
from any state but a busy one.

Signals:
    state_changed(object): the new :class:`FlowState`.
    waiting(str, float): the authorization address and the deadline (``time.monotonic()``):
        the renderer opens the browser and counts down.
    succeeded(object): the :class:`~desktop_app.auth.tokens.TokenSet`, kept by the session.
    failed(object): the exception (its words are the admin's).
    cancelled(): the admin cancelled.
"""

from __future__ import annotations

import enum
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from desktop_app.auth.session import AuthSession
    from desktop_app.auth.signin import SignInAttempt, SignInStage
    from desktop_app.ui.workers import WorkerPool


class FlowState(enum.Enum):
    """Where a sign-in is (see the module)."""

    IDLE = "idle"
    BINDING = "binding"
    WAITING = "waiting"
    EXCHANGING = "exchanging"
    VERIFYING = "verifying"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


#: The states in which a sign-in is under way (Cancel ends it).
BUSY = frozenset({FlowState.BINDING, FlowState.WAITING, FlowState.EXCHANGING, FlowState.VERIFYING})


class _Stages(QObject):
    """Carries the attempt's stages from its worker thread to the flow (a queued signal)."""

    stage = Signal(object)


class SignInFlow(QObject):
    """Runs one profile's interactive sign-in in the pool under *key* (see the module)."""

    state_changed = Signal(object)
    waiting = Signal(str, float)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, pool: WorkerPool, *, key: str = "sign-in", parent: QObject | None = None):
        super().__init__(parent)
        self._pool = pool
        self._key = key
        self._session: AuthSession | None = None
        self._state = FlowState.IDLE
        self._run = 0  # which start a worker's answer belongs to (older ones are dropped)
        #: The authorization address while the browser is waited for (None otherwise).
        self.url: str | None = None
        #: When the wait ends (``time.monotonic()``), while waiting.
        self.deadline = 0.0
        self._stages = _Stages(self)
        self._stages.stage.connect(self._staged)

    # ------------------------------------------------------------- reading
    @property
    def state(self) -> FlowState:
        """Where the sign-in is now."""
        return self._state

    @property
    def busy(self) -> bool:
        """Whether a sign-in is under way (Cancel would end it)."""
        return self._state in BUSY

    def seconds_left(self) -> int:
        """Whole seconds until the browser wait ends (0 when not waiting)."""
        if self._state is not FlowState.WAITING:
            return 0
        return max(0, int(self.deadline - time.monotonic()))

    # ------------------------------------------------------------- acting
    def start(self, session: AuthSession) -> None:
        """Begin signing *session* in: the browser, or a simple client's token. Not while busy."""
        if self.busy:
            return
        self._session = session
        self._run += 1
        run = self._run
        self.url = None
        self._enter(FlowState.BINDING)
        if session.profile.mode == "client_credentials":
            worker = self._pool.start(session.sign_in_client_credentials, key=self._key)
        else:
            worker = self._pool.start(session.begin_sign_in, key=self._key)
            worker.returned.connect(lambda attempt: self._bound(run, attempt))
            worker.errored.connect(lambda exc: self._fail(run, exc))
            return
        worker.returned.connect(lambda tokens: self._succeed(run, tokens))
        worker.errored.connect(lambda exc: self._fail(run, exc))

    @Slot()
    def cancel(self) -> None:
        """Stop the sign-in under way (its listener is closed, its port freed); else nothing."""
        if not self.busy:
            return
        self._run += 1  # what the cancelled run's workers still answer is dropped
        self._pool.abort(self._key)
        self._close_attempts()
        self.url = None
        self._enter(FlowState.CANCELLED)
        self.cancelled.emit()

    def reset(self) -> None:
        """Back to idle without a signal of the end (a profile switch: the old run is moot)."""
        if self.busy:
            self._run += 1
            self._pool.abort(self._key)
            self._close_attempts()
        self.url = None
        self._session = None
        self._enter(FlowState.IDLE)

    # ------------------------------------------------------------ internal
    def _enter(self, state: FlowState) -> None:
        if state is self._state:
            return
        self._state = state
        self.state_changed.emit(state)

    def _bound(self, run: int, attempt: SignInAttempt) -> None:
        if run != self._run:
            return  # cancelled meanwhile: the session closes the attempt (see _close_attempts)
        session = self._session
        assert session is not None
        timeout = float(session.profile.sign_in_timeout_s)
        self.deadline = time.monotonic() + timeout
        self.url = attempt.authorization_url
        # The wait (and so the code exchange) is under way before the browser is asked to open:
        # however long the browser command takes, it never holds the exchange up.
        worker = self._pool.start(
            attempt.wait, timeout=timeout, on_stage=self._stages.stage.emit, key=self._key
        )
        worker.returned.connect(lambda tokens: self._succeed(run, tokens))
        worker.errored.connect(lambda exc: self._fail(run, exc))
        self._enter(FlowState.WAITING)
        self.waiting.emit(self.url, self.deadline)

    @Slot(object)
    def _staged(self, stage: SignInStage) -> None:
        from desktop_app.auth.signin import SignInStage

        if not self.busy:
            return
        if stage is SignInStage.EXCHANGING_CODE:
            self._enter(FlowState.EXCHANGING)
        elif stage is SignInStage.VERIFYING:
            self._enter(FlowState.VERIFYING)

    def _succeed(self, run: int, tokens: object) -> None:
        if run != self._run:
            return
        self.url = None
        self._enter(FlowState.DONE)
        self.succeeded.emit(tokens)

    def _fail(self, run: int, exc: object) -> None:
        if run != self._run:
            return
        self._close_attempts()
        self.url = None
        self._enter(FlowState.FAILED)
        self.failed.emit(exc)

    def _close_attempts(self) -> None:
        """Close the session's cancelled attempts (and one still being set up) in a worker.

        Closing joins the listener thread, so it is not done here; the redirect port is free
        once it ran, so the next sign-in can bind it.
        """
        session = self._session
        if session is not None and session.profile.mode == "authorization_code":
            self._pool.start(session.cancel_sign_in)


__all__ = ["BUSY", "FlowState", "SignInFlow"]
