"""Every sentence the app makes from data. No Qt.

Failures, access, the account and the token, made from plain values so the wording is tested
without widgets, and shared by the window and the command line; translated through
:mod:`desktop_app.core.i18n`.
"""
