"""A connection profile's fields, and the one mapping between them and a :class:`Profile`.

Settings shows every field; the setup guide shows the few an admin types (name, client id and
secret, and the hosts under *Advanced*), the rest taken from the profile it was given. Both read
:meth:`ProfileForm.value` and fill with :meth:`ProfileForm.set_value`; :attr:`ProfileForm.dirty`
says whether the admin changed anything since (a typed secret counts), so nothing asks about
edits that were never made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.config import DEFAULT_SCOPES, Profile
from desktop_app.core.i18n import translate
from desktop_app.core.scopes import OIDC_SCOPES, SCOPE_MEANINGS
from desktop_app.ui.widgets import add_value_row

#: The menu path separator apaleo's navigation shows.
SEP = "\u203a"

#: Scope presets a hotel admin can pick without knowing OAuth.
#: Honest names, and nothing that writes: the app only reads. Properties and the account need
#: no scope at all; each preset adds only what a view needs.
PRESETS: dict[str, tuple[str, ...]] = {
    "Read-only inspector (recommended)": DEFAULT_SCOPES,
    "Read-only, one scope per view (units.read, unitgroups.read)": (
        "units.read",
        "unitgroups.read",
        "identity:account-users.read",
    ),
    "Account and properties only (no extra scope)": (),
}
#: The scopes the admin may tick (the OpenID ones follow from the sign-in mode).
CHOOSABLE = tuple(s for s in SCOPE_MEANINGS if s not in OIDC_SCOPES)
#: Every field, in the order Settings shows them.
ALL_FIELDS = (
    "name",
    "client_id",
    "secret",
    "identity_url",
    "api_url",
    "mode",
    "client_auth",
    "redirect_host",
    "port",
    "redirect_uri",
    "timeout",
    "prompt_consent",
    "scopes",
)


class ProfileForm(QWidget):
    """The fields of *sections* (each a group title or None, and field names), laid out in order.

    Signals:
        changed(): the admin edited a field (or a preset changed the scopes).
    """

    changed = Signal()

    def __init__(
        self,
        sections: Sequence[tuple[str | None, Sequence[str]]] = ((None, ALL_FIELDS),),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._base = Profile(name="", client_id="")
        self._saved: tuple[object, ...] = ()
        self.name = QLineEdit()
        self.client_id = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.identity_url = QLineEdit()
        self.api_url = QLineEdit()
        self.mode = QComboBox()
        self.mode.addItem(
            translate("Settings", "Sign in as a user (browser)"), "authorization_code"
        )
        self.mode.addItem(
            translate("Settings", "App only: client credentials (simple client)"),
            "client_credentials",
        )
        self.client_auth = QComboBox()
        self.client_auth.addItem(
            translate("Settings", "Secret in the request body (apaleo's default)"),
            "client_secret_post",
        )
        self.client_auth.addItem(
            translate("Settings", "Secret as HTTP Basic"), "client_secret_basic"
        )
        # apaleo documents no public clients; kept for other OpenID providers and marked so
        self.client_auth.addItem(
            translate("Settings", "No secret (public client: not supported by apaleo)"), "none"
        )
        self.redirect_host = QComboBox()
        self.redirect_host.addItem(translate("Settings", "127.0.0.1 (recommended)"), "127.0.0.1")
        self.redirect_host.addItem(
            translate("Settings", "localhost (if the app is registered with that name)"),
            "localhost",
        )
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(translate("Settings", "any free port"))
        self.prompt_consent = QCheckBox(translate("Settings", "Ask for consent at e&very sign-in"))
        self.prompt_consent.setToolTip(
            translate(
                "Settings",
                "Sends prompt=consent. Some identity servers issue the refresh token that keeps you "
                "signed in across restarts only when you agree explicitly.",
            )
        )
        self.timeout = QSpinBox()
        self.timeout.setRange(30, 3600)
        self.timeout.setSuffix(translate("Settings", " s"))
        self.timeout.setToolTip(
            translate("Settings", "How long the app waits for you to finish signing in")
        )
        #: The redirect URI to register in apaleo, as the host and port fields make it.
        self.redirect_uri = QLineEdit()
        self.redirect_uri.setObjectName("redirectUri")
        self.redirect_uri.setReadOnly(True)
        self.redirect_uri.setAccessibleName(translate("Settings", "Redirect URI to register"))
        self.copy_redirect_uri = QPushButton(translate("Settings", "Cop&y"))
        self.copy_redirect_uri.setAccessibleName(translate("Settings", "Copy the redirect URI"))
        self.copy_redirect_uri.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.redirect_uri.text())
        )
        self.redirect_host.currentIndexChanged.connect(self._show_redirect_uri)
        self.port.valueChanged.connect(self._show_redirect_uri)
        self._explain()
        self.preset = QComboBox()
        self.preset.addItems([*PRESETS, "Custom"])
        self.preset.currentTextChanged.connect(self._apply_preset)
        self.scopes = QListWidget()
        for scope in CHOOSABLE:
            item = QListWidgetItem(f"{scope} — {SCOPE_MEANINGS[scope]}")
            item.setData(Qt.ItemDataRole.UserRole, scope)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.scopes.addItem(item)
        self.scopes.itemChanged.connect(lambda _i: self.preset.setCurrentText(self._preset_name()))
        self.preset.setAccessibleName(translate("Settings", "Scopes"))
        self.scopes.setAccessibleName(translate("Settings", "Scopes to ask for"))
        #: The widgets that mean something only for a sign-in in the browser.
        self._browser_only: tuple[QWidget, ...] = (
            self.redirect_host,
            self.port,
            self.redirect_uri,
            self.copy_redirect_uri,
            self.timeout,
            self.prompt_consent,
        )
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._lay_out(sections)
        for line in (self.name, self.client_id, self.secret, self.identity_url, self.api_url):
            line.textEdited.connect(self.changed)
        for box in (self.mode, self.client_auth, self.redirect_host, self.preset):
            box.activated.connect(self.changed)
        for spin in (self.port, self.timeout):
            spin.valueChanged.connect(self.changed)
        self.prompt_consent.toggled.connect(self.changed)
        self.scopes.itemChanged.connect(self.changed)
        # Empty, and clean: a form nobody has typed in yet holds no edits to ask about.
        self.set_value(self._base)

    def _explain(self) -> None:
        """Each field says what goes there and where in apaleo to find it (its tooltip)."""
        tips: dict[QWidget, str] = {
            self.name: translate(
                "Settings", "Any name you like for this connection, e.g. your hotel's or account's."
            ),
            self.client_id: translate(
                "Settings",
                "The app's client id, shown when it was registered in apaleo: under Apps {sep} My "
                "store apps for a connect client, Apps {sep} Connected apps for a custom app.",
            ).format(sep=SEP),
            self.secret: translate(
                "Settings",
                "The client secret apaleo showed once when the app was registered. Kept in the "
                "system keyring, never in a file.",
            ),
            self.identity_url: translate(
                "Settings", "apaleo's sign-in service. Change it only for a test system."
            ),
            self.api_url: translate("Settings", "apaleo's API. Change it only for a test system."),
            self.mode: translate(
                "Settings",
                "A person signs in in the browser (a connect client), or the app connects on its "
                "own (a custom app with client credentials).",
            ),
            self.client_auth: translate(
                "Settings", "How the app sends its secret. apaleo expects it in the request body."
            ),
            self.redirect_host: translate(
                "Settings",
                "Where the browser returns after signing in. It must match the redirect URI "
                "registered for the app in apaleo.",
            ),
            self.port: translate(
                "Settings",
                "The port of the redirect URI registered in apaleo. apaleo compares it exactly.",
            ),
            self.redirect_uri: translate(
                "Settings",
                "Register exactly this address as a redirect URI of the app in apaleo "
                "(Apps {sep} My store apps).",
            ).format(sep=SEP),
        }
        # set where the fields are made, kept here so a mode change can give them back
        made: tuple[QWidget, ...] = (self.timeout, self.prompt_consent)
        for widget in made:
            tips[widget] = widget.toolTip()
        self._tips = tips
        for widget, tip in tips.items():
            widget.setToolTip(tip)

    @Slot()
    def _show_redirect_uri(self) -> None:
        port = self.port.value()
        self.redirect_uri.setText(
            self._unchecked().redirect_uri_template  # the profile's own rule, not a copy
            if port
            else translate("Settings", "any free port: apaleo needs a fixed port to match")
        )

    def _lay_out(self, sections: Sequence[tuple[str | None, Sequence[str]]]) -> None:
        # One mnemonic per letter wherever the form is shown (tests check Settings and the
        # guide): A I E D P M U H O W V S.
        titles = {
            "name": translate("Settings", "N&ame"),
            "client_id": translate("Settings", "Client &id"),
            "secret": translate("Settings", "Client s&ecret"),
            "identity_url": translate("Settings", "I&dentity server"),
            "api_url": translate("Settings", "A&PI"),
            "mode": translate("Settings", "Sign-in &mode"),
            "client_auth": translate("Settings", "Client a&uthentication"),
            "redirect_host": translate("Settings", "Redirect &host"),
            "port": translate("Settings", "Redirect p&ort"),
            "timeout": translate("Settings", "Bro&wser wait"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for title, names in sections:
            if title is None:
                form = QFormLayout()
                layout.addLayout(form)
            else:
                group = QGroupBox(title)
                form = QFormLayout(group)
                layout.addWidget(group)
            for name in names:
                if name == "prompt_consent":
                    form.addRow("", self.prompt_consent)
                elif name == "redirect_uri":
                    row = QHBoxLayout()
                    row.addWidget(self.redirect_uri, 1)
                    row.addWidget(self.copy_redirect_uri)
                    caption = QLabel(translate("Settings", "Redirect URI to re&gister:"))
                    caption.setBuddy(self.redirect_uri)
                    form.addRow(caption, row)
                elif name == "scopes":
                    caption = QLabel(translate("Settings", "&Scopes:"))
                    caption.setBuddy(self.preset)
                    form.addRow(caption, self.preset)
                    form.addRow("", self.scopes)
                else:
                    add_value_row(form, titles[name], getattr(self, name))

    # ------------------------------------------------------------ the value
    def set_value(self, profile: Profile) -> None:
        """Show *profile* (the fields not shown keep its values); the form is then clean."""
        self._base = profile
        self.name.setText(profile.name)
        self.client_id.setText(profile.client_id)
        self.secret.clear()
        self.identity_url.setText(profile.identity_url)
        self.api_url.setText(profile.api_url)
        self.mode.setCurrentIndex(max(0, self.mode.findData(profile.mode)))
        self.client_auth.setCurrentIndex(max(0, self.client_auth.findData(profile.client_auth)))
        self.redirect_host.setCurrentIndex(
            max(0, self.redirect_host.findData(profile.redirect_host))
        )
        self.port.setValue(profile.redirect_port)
        self.timeout.setValue(profile.sign_in_timeout_s)
        self.prompt_consent.setChecked(profile.prompt_consent)
        self._check(tuple(s for s in profile.scopes if s in CHOOSABLE))
        self.preset.blockSignals(True)
        self.preset.setCurrentText(self._preset_name())
        self.preset.blockSignals(False)
        self.secret.setPlaceholderText(
            translate(
                "Settings", "required: the client secret apaleo showed (kept in the system keyring)"
            )
            if not profile.name
            else translate("Settings", "leave empty to keep the one in the system keyring")
        )
        self._mode_changed(self.mode.currentIndex())
        self._show_redirect_uri()
        self.mark_clean()

    def value(self, **overrides: Any) -> Profile:
        """The profile the fields describe, on the one last set (validated: InspectorError).

        *overrides* are what the host decides, such as the guide's sign-in mode.
        """
        return replace(self._unchecked(), **overrides).validate()

    def _unchecked(self) -> Profile:
        return replace(
            self._base,
            name=self.name.text().strip(),
            client_id=self.client_id.text().strip(),
            identity_url=self.identity_url.text().strip(),
            api_url=self.api_url.text().strip(),
            mode=self.mode.currentData(),
            client_auth=self.client_auth.currentData(),
            redirect_host=self.redirect_host.currentData(),
            redirect_port=self.port.value(),
            sign_in_timeout_s=self.timeout.value(),
            prompt_consent=self.prompt_consent.isChecked(),
            scopes=self._scopes(),
        )

    def _scopes(self) -> tuple[str, ...]:
        """The profile's scopes: the ticked ones, with the OpenID ones it already asked for."""
        ticked = self.checked_scopes()
        return (*(s for s in self._base.scopes if s not in CHOOSABLE), *ticked)

    @property
    def dirty(self) -> bool:
        """Whether the admin changed anything since :meth:`set_value` (a typed secret counts)."""
        return bool(self.secret.text()) or self._snapshot() != self._saved

    def mark_clean(self) -> None:
        """What the fields hold now is what is saved (after a save, or a discard)."""
        self._saved = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        profile = self._unchecked()
        return (
            profile.name,
            profile.client_id,
            profile.identity_url,
            profile.api_url,
            profile.mode,
            profile.client_auth,
            profile.redirect_host,
            profile.redirect_port,
            profile.sign_in_timeout_s,
            profile.prompt_consent,
            profile.scopes,
        )

    # ------------------------------------------------------------- scopes
    def checked_scopes(self) -> tuple[str, ...]:
        """The scopes ticked in the list."""
        return tuple(
            self.scopes.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.scopes.count())
            if self.scopes.item(r).checkState() == Qt.CheckState.Checked
        )

    def _preset_name(self) -> str:
        chosen = set(self.checked_scopes())
        return next(
            (name for name, scopes in PRESETS.items() if set(scopes) == chosen),
            translate("Settings", "Custom"),
        )

    @Slot(str)
    def _apply_preset(self, name: str) -> None:
        if name in PRESETS:
            self._check(PRESETS[name])

    def _check(self, scopes: tuple[str, ...]) -> None:
        self.scopes.blockSignals(True)
        for row in range(self.scopes.count()):
            item = self.scopes.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in scopes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.scopes.blockSignals(False)

    @Slot(int)
    def _mode_changed(self, _index: int) -> None:
        """Fields that do not apply to the chosen sign-in mode are disabled, with why."""
        browser = self.mode.currentData() == "authorization_code"
        for widget in self._browser_only:
            widget.setEnabled(browser)
            widget.setToolTip(
                self._tips.get(widget, "")
                if browser
                else translate(
                    "Settings", "Not used: a custom app connects without a browser sign-in."
                )
            )


__all__ = ["ALL_FIELDS", "CHOOSABLE", "PRESETS", "ProfileForm"]
