"""The Scopes tab: what the app asked for, what apaleo granted, and what each one means here.

Signals:
    sign_in_again_requested(): the fix for a scope not granted is a new sign-in (consent).
    edit_connection_requested(): the fix is in the profile (a scope to add or remove).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import said, translate
from desktop_app.ui.context import WindowContext
from desktop_app.ui.models import ScopesModel
from desktop_app.ui.tabs.base import InspectorTab
from desktop_app.ui.widgets import make_table, note, sorted_proxy
from desktop_app.words.access import scopes_summary
from desktop_app.words.inspector import renewing

#: Scopes the inspector uses; a scope client whose profile lacks one gets "Edit connection".
USED = ("openid", "profile", "offline_access", "setup.read", "identity:account-users.read")


class ScopesTab(InspectorTab):
    """The scopes table with its summary, and the fix where there is one."""

    TITLE = said("Scopes", "&Scopes")
    table: QTableView
    sign_in_again_requested = Signal()
    edit_connection_requested = Signal()

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ScopesModel(self)
        self.proxy = sorted_proxy(self.model, self)
        # a new name: a column layout saved for the old column order is not applied to this one
        self.table = make_table(self.proxy, "scopesByState")
        self.table.setAccessibleName(translate("Scopes", "Scopes"))
        # Long descriptions wrap (rows grow) and the text columns share the width: nothing is
        # cut off and nothing hides behind a horizontal scroll bar, in either language.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (ScopesModel.COL_GRANTED, ScopesModel.COL_ASKED, ScopesModel.COL_SCOPE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (ScopesModel.COL_MEANING, ScopesModel.COL_IN_APP, ScopesModel.COL_NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Asked-for scopes first, in the profile's order, until the admin sorts by a column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.restore_table(self.table)
        self.summary = note("", "scopesSummary")
        self.advice = note("", "scopesAdvice")
        self.sign_in_again = QPushButton(translate("Scopes", "Sign &in again"))
        self.sign_in_again.setObjectName("signInAgain")
        self.sign_in_again.clicked.connect(self.sign_in_again_requested)
        self.edit_connection = QPushButton(translate("Scopes", "Edit co&nnection…"))
        self.edit_connection.setObjectName("editConnection")
        self.edit_connection.clicked.connect(self.edit_connection_requested)
        fixes = QHBoxLayout()
        fixes.addWidget(self.advice, 1)
        fixes.addWidget(self.sign_in_again)
        fixes.addWidget(self.edit_connection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(fixes)
        ctx.events.tokens_changed.connect(self.reload)

    @Slot()
    def reload(self) -> None:
        """Show the grant of the current tokens (no network: it is in the token answer)."""
        session = self.ctx.session
        if session.restoring:  # the grant is known once the kept sign-in is renewed
            self.model.set_scopes(session.profile.requested_scopes, ())
            self.summary.setText(renewing())
            self._advise("", sign_in=False, edit=False)
            return
        grant = session.grant
        self.model.set_scopes(grant.requested, grant.granted)
        self.summary.setText(
            scopes_summary(grant.requested, grant.granted, grant.missing, grant.extra)
        )
        self.table.resizeRowsToContents()
        if grant.fine_grained:
            self._advise(
                translate(
                    "Scopes",
                    "What this app may see is set in its registration in apaleo and by the hotel "
                    "when it connects the app: ask your apaleo account admin to change it.",
                ),
                sign_in=False,
                edit=False,
            )
            return
        user = self.ctx.profile.mode == "authorization_code"
        unasked = [
            s
            for s in USED
            if s not in grant.requested
            and (user or s not in ("openid", "profile", "offline_access"))
        ]
        parts = []
        if grant.missing:
            parts.append(
                translate(
                    "Scopes",
                    "A scope that was not granted may come with a new sign-in where you agree to "
                    "it; if apaleo still refuses it, the app's registration in apaleo does not "
                    "allow it.",
                )
            )
        if unasked:
            parts.append(
                translate(
                    "Scopes",
                    "The profile does not ask for {scopes}: add it in the connection's settings "
                    "to see what it unlocks.",
                ).format(scopes=", ".join(unasked))
            )
        self._advise(
            " ".join(parts),
            sign_in=bool(grant.missing) and user,
            edit=bool(unasked or grant.missing),
        )

    def _advise(self, text: str, *, sign_in: bool, edit: bool) -> None:
        self.advice.setText(text)
        self.advice.setVisible(bool(text))
        self.sign_in_again.setVisible(sign_in)
        self.edit_connection.setVisible(edit)

    def shutdown(self) -> None:
        self.save_table(self.table)
