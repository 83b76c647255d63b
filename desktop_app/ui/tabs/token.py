"""The Token tab: the access token's claims and lifetime, the refresh token's state, the raw token.

The raw token is masked until Show is pressed; Copy works either way, and the clipboard is
emptied after :data:`CLIPBOARD_CLEAR_S` if it still holds the token. Everything follows the
session's ``tokens_changed``; nothing is read back from the widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.auth.tokens import unverified_claims, unverified_header
from desktop_app.core.i18n import said, translate
from desktop_app.ui.context import WindowContext
from desktop_app.ui.tabs.base import InspectorTab
from desktop_app.ui.widgets import add_value_row, note, value_label
from desktop_app.words.errors import error_text
from desktop_app.words.inspector import (
    CLAIM_HINTS,
    claim_rows,
    decoded_json,
    refresh_words,
    renewing,
)

#: Seconds after Copy until the clipboard is emptied (if it still holds the token).
CLIPBOARD_CLEAR_S = 30


class TokenTab(InspectorTab):
    """Claims, lifetime bar, refresh-token state, decoded JWT, masked raw token with Copy."""

    TITLE = said("Token", "&Token")

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.lifetime = QProgressBar()
        self.lifetime.setObjectName("tokenLifetime")
        self.lifetime.setAccessibleName(translate("Token", "Access token lifetime left"))
        self.lifetime.setRange(0, 1000)
        form = QFormLayout()
        self.claim_labels: dict[str, QLabel] = {}
        for claim in claim_rows(None):
            label = value_label(f"claim_{claim.key}")
            self.claim_labels[claim.key] = label
            add_value_row(form, claim.title, label, tip=CLAIM_HINTS[claim.key].shown())
        self.saved_sign_in = value_label("savedSignIn")
        add_value_row(
            form,
            translate("Token", "Refresh token"),
            self.saved_sign_in,
            tip=CLAIM_HINTS["refresh_token"].shown(),
        )
        self.raw_token = QLineEdit()
        self.raw_token.setObjectName("rawToken")
        self.raw_token.setReadOnly(True)
        self.raw_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal_token = QPushButton(translate("Token", "Sho&w"))
        self.reveal_token.setObjectName("revealToken")
        self.reveal_token.setCheckable(True)
        self.reveal_token.setAccessibleName(translate("Token", "Show the access token"))
        self.reveal_token.toggled.connect(self._toggle_token)
        self.copy_token = QPushButton(translate("Token", "Cop&y"))
        self.copy_token.setObjectName("copyToken")
        self.copy_token.setAccessibleName(translate("Token", "Copy the access token"))
        self.copy_token.setToolTip(
            translate(
                "Token",
                "Copies the token even while it is hidden; the clipboard is emptied after {seconds} s.",
            ).format(seconds=CLIPBOARD_CLEAR_S)
        )
        self.copy_token.clicked.connect(self.copy_to_clipboard)
        raw = QWidget()
        raw_row = QHBoxLayout(raw)
        raw_row.setContentsMargins(0, 0, 0, 0)
        raw_row.addWidget(self.raw_token, 1)
        raw_row.addWidget(self.reveal_token)
        raw_row.addWidget(self.copy_token)
        add_value_row(
            form,
            translate("Token", "Access token"),
            self.raw_token,
            raw,
            tip=CLAIM_HINTS["access_token"].shown(),
        )
        self.raw_token.setAccessibleName(translate("Token", "Access token (hidden)"))
        self.refresh_button = QPushButton(translate("Token", "Refresh &now"))
        self.refresh_button.setObjectName("refreshNow")
        self.refresh_button.clicked.connect(self.refresh_now)
        self.token_note = note("", "tokenNote")
        decoded = QGroupBox(
            translate("Token", "Decoded access token (not verified: the API verifies it)")
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.header_json = self._json_view(
            "tokenHeader", translate("Token", "Token header as JSON"), mono
        )
        self.payload_json = self._json_view(
            "tokenPayload", translate("Token", "Token payload as JSON"), mono
        )
        decoded_layout = QHBoxLayout(decoded)
        for title, view in (
            (translate("Token", "Header"), self.header_json),
            (translate("Token", "Payload"), self.payload_json),
        ):
            column = QVBoxLayout()
            caption = QLabel(f"{title}:")
            caption.setBuddy(view)
            column.addWidget(caption)
            column.addWidget(view, 1)
            decoded_layout.addLayout(column, 1 if title == "Header" else 2)
        lifetime_row = QHBoxLayout()
        lifetime_caption = QLabel(translate("Token", "Lifetime left:"))
        lifetime_caption.setBuddy(self.lifetime)
        lifetime_row.addWidget(lifetime_caption)
        lifetime_row.addWidget(self.lifetime, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.token_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(lifetime_row)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(decoded, 1)
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.timeout.connect(self._clear_clipboard)
        self._copied = ""
        ctx.events.tokens_changed.connect(self.reload)

    @staticmethod
    def _json_view(name: str, accessible: str, font: object) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setAccessibleName(accessible)
        view.setFont(font)  # type: ignore[arg-type]
        view.setTabChangesFocus(True)
        return view

    @Slot()
    def reload(self) -> None:
        """Show the current tokens (no network)."""
        session = self.ctx.session
        tokens = None if session.restoring else session.tokens
        for claim in claim_rows(tokens):
            self.claim_labels[claim.key].setText(claim.value)
        stored_at, rotations = session.refresh_history
        self.saved_sign_in.setText(refresh_words(session.refresh_state, stored_at, rotations))
        token = tokens.access_token if tokens else ""
        self.raw_token.setText(token)
        self.copy_token.setEnabled(bool(token))
        self.header_json.setPlainText(decoded_json(unverified_header(token)) if token else "")
        self.payload_json.setPlainText(decoded_json(unverified_claims(token)) if token else "")
        self.tick()

    @Slot()
    def tick(self) -> None:
        """The lifetime bar, once a second."""
        session = self.ctx.session
        tokens = session.tokens
        if session.restoring or tokens is None:
            self.lifetime.setValue(0)
            self.lifetime.setFormat(
                renewing() if session.restoring else translate("Token", "Signed out")
            )
            return
        lifetime = max(tokens.expires_at - tokens.issued_at, 1.0)
        left = max(tokens.expires_in(), 0.0)
        self.lifetime.setValue(round(1000 * min(left / lifetime, 1.0)))
        minutes, seconds = divmod(int(left), 60)
        self.lifetime.setFormat(
            translate("Token", "{time} left of {minutes} min").format(
                time=f"{minutes:02d}:{seconds:02d}", minutes=int(lifetime) // 60
            )
        )

    @Slot(bool)
    def _toggle_token(self, checked: bool) -> None:
        self.raw_token.setEchoMode(
            QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        )
        self.reveal_token.setText(
            translate("Token", "Hi&de") if checked else translate("Token", "Sho&w")
        )
        self.reveal_token.setAccessibleName(
            translate("Token", "Hide the access token")
            if checked
            else translate("Token", "Show the access token")
        )
        self.raw_token.setAccessibleName(
            translate("Token", "Access token")
            if checked
            else translate("Token", "Access token (hidden)")
        )

    @Slot()
    def copy_to_clipboard(self) -> None:
        """Copy the token (masked or not); empty the clipboard later if it still holds it."""
        tokens = self.ctx.session.tokens
        if tokens is None or not tokens.access_token:
            return
        self._copied = tokens.access_token
        QGuiApplication.clipboard().setText(self._copied)
        self._clipboard_timer.start(CLIPBOARD_CLEAR_S * 1000)
        self.token_note.setText(
            translate(
                "Token",
                "Copied. The clipboard is emptied in {seconds} s unless you copy something else.",
            ).format(seconds=CLIPBOARD_CLEAR_S)
        )

    @Slot()
    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._copied and clipboard.text() == self._copied:
            clipboard.clear()
            self.token_note.setText(translate("Token", "The token was removed from the clipboard."))
        self._copied = ""

    @Slot()
    def refresh_now(self) -> None:
        """Get a new access token now."""
        self.refresh_button.setEnabled(False)
        self.token_note.setText(translate("Token", "Refreshing…"))

        def done(_tokens: object) -> None:
            self.refresh_button.setEnabled(True)
            self.token_note.setText(translate("Token", "A new access token was issued."))

        def failed(exc: object) -> None:
            self.refresh_button.setEnabled(True)
            self.token_note.setText(
                translate("Token", "Refresh failed. {error}").format(error=error_text(exc))
            )

        self.run(
            "refresh",
            self.ctx.session.refresh,
            message=translate("Token", "Refreshing the access token…"),
            on_result=done,
            on_error=failed,
        )

    def shutdown(self) -> None:
        """Empty the clipboard now if it still holds the token: the window closes."""
        if self._clipboard_timer.isActive():
            self._clipboard_timer.stop()
            self._clear_clipboard()
