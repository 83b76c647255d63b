"""The window's header: the account (name elided with a tooltip), the user, the token's lifetime.

It loads the account and the user itself (two calls), and follows the session's tokens for the
lifetime line and the warning that a sign-in will not survive a restart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.i18n import shown, translate
from desktop_app.ui.announce import announce
from desktop_app.ui.context import WindowContext
from desktop_app.ui.renewal import renews_itself
from desktop_app.ui.tabs.base import InspectorTab
from desktop_app.ui.widgets import ElidedLabel, note
from desktop_app.words.access import signed_in_as
from desktop_app.words.errors import error_text
from desktop_app.words.inspector import (
    account_details,
    account_title,
    app_itself,
    lifetime_words,
    renewing,
)


class AccountHeader(InspectorTab):
    """Account name and details, the signed-in user, the lifetime line, the keep warning."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.account_title = ElidedLabel(translate("Header", "Loading your account…"), "account")
        font = self.account_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.account_title.setFont(font)
        self.account_details = ElidedLabel("", "accountDetails")
        self.user_label = ElidedLabel("", "user")
        self.expiry_label = QLabel("")
        self.expiry_label.setObjectName("expiry")
        self.expiry_label.setAccessibleName(translate("Header", "Access token lifetime"))
        self.expiry_label.setTextFormat(Qt.TextFormat.PlainText)
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setMaximumWidth(380)
        self.expiry_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Said up front when this sign-in will not survive a restart (no refresh token, or no
        # working keyring): otherwise the admin learns it only when the token runs out.
        self.keep_warning = note("", "keepWarning")
        self.keep_warning.hide()
        self.expiry_warning = False
        #: The tokens apaleo refused (401 after a renewal), while they are still the session's.
        self._refused_token: object | None = None
        #: The account's code (the export names its file after it).
        self.account_code = ctx.session.account_code or ""  # the profile's last one until loaded
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.account_title)
        left.addWidget(self.account_details)
        left.addWidget(self.user_label)
        left.addWidget(self.keep_warning)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 4)
        row.addLayout(left, 1)
        row.addWidget(self.expiry_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        ctx.events.tokens_changed.connect(self.follow_tokens)
        self.follow_tokens()

    @Slot()
    def reload(self) -> None:
        """Load the account and the signed-in user."""
        self.run(
            "account",
            self.ctx.api.current_account,
            message=translate("Header", "Loading your account…"),
            on_result=self._show_account,
            on_error=self._account_failed,
        )
        self.run(
            "user",
            self.ctx.connection.identity.userinfo,
            message=translate("Header", "Loading your account…"),
            on_result=self._show_user,
            on_error=lambda e: self.user_label.set_full_text(error_text(e)),
        )

    @Slot(object)
    def _show_account(self, account: Any) -> None:
        self.account_code = account.code
        self.account_title.set_full_text(account_title(account.name, account.code))
        self.account_details.set_full_text(
            account_details(account.code, account.type, self.ctx.profile.name)
        )

    @Slot(object)
    def _account_failed(self, exc: object) -> None:
        self.account_title.set_full_text(translate("Header", "Account details could not be loaded"))
        self.account_details.set_full_text(error_text(exc).replace("\n", " "))
        self.error.emit(translate("Header", "load your account"), exc, self.reload)

    @Slot(object)
    def _show_user(self, info: dict[str, Any]) -> None:
        who = signed_in_as(info) if info else app_itself(self.ctx.profile.client_id)
        self.user_label.set_full_text(who)
        announce(self, who)  # "Signed in as …": the screen reader hears who is signed in

    def refused(self) -> None:
        """Apaleo refused this sign-in: say so where the lifetime was, until new tokens come."""
        self._refused_token = self.ctx.session.tokens
        self._lifetime(translate("Header", "apaleo no longer accepts this sign-in"), True)

    @Slot()
    def follow_tokens(self) -> None:
        """The keep warning and the lifetime line, after the tokens changed."""
        state = self.ctx.session.refresh_state
        warn = not state.as_intended and not self.ctx.session.restoring
        self.keep_warning.setText(f"⚠ {shown(state.words)}" if warn else "")
        self.keep_warning.setVisible(warn)
        self.tick()

    @Slot()
    def tick(self) -> None:
        """The lifetime line, once a second."""
        session = self.ctx.session
        if self._refused_token is not None and session.tokens is self._refused_token:
            return  # still the refused sign-in: "valid for 59 min" would contradict the bar
        self._refused_token = None
        if session.restoring:
            problem = session.renewal_problem
            self._lifetime(
                translate(
                    "Header", "Your saved sign-in could not be renewed yet. {problem}"
                ).format(problem=problem)
                if problem
                else renewing(),
                False,
            )
            return
        tokens = session.tokens
        if tokens is None:
            self._lifetime(translate("Header", "Signed out"), False)
            return
        self._lifetime(*lifetime_words(tokens.expires_in(), renews=renews_itself(session)))

    def _lifetime(self, text: str, warning: bool) -> None:
        self.expiry_label.setText(text)
        if warning != self.expiry_warning:
            font = self.expiry_label.font()
            font.setBold(warning)
            self.expiry_label.setFont(font)
        self.expiry_warning = warning
