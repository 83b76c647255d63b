"""The kernel every layer stands on. No Qt, no network.

Words in two languages, errors, logging, profiles on disk, the app's files and folders, and the
one vocabulary of apaleo's scopes (the sandbox's too).
"""
