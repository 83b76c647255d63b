"""Entry point of the frozen app (PyInstaller needs a script, not a console_scripts entry).

On Windows the app is a windowed program: started from a console with a command (``check``,
``inspect --json``, ``--help``), it has nowhere to print. It then says so in a message box and
names its console twin, ``apaleo-inspector-cli.exe`` beside it, instead of doing nothing.
"""

import sys

from desktop_app.__main__ import build_parser, main

CLI_TWIN = "apaleo-inspector-cli.exe"


def needs_console(argv: list[str], stdout: object) -> bool:
    """Whether *argv* asks for printed output that a process without a console cannot give."""
    if stdout is not None:
        return False
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return True
    try:
        args, _rest = build_parser().parse_known_args(argv)
    except SystemExit:  # a usage error: its message would be lost too
        return True
    return bool(args.command)


def _tell_to_use_the_twin() -> None:
    import ctypes

    text = (
        "apaleo-inspector.exe is the window app and cannot print to a console.\n\n"
        f"For the command line, use {CLI_TWIN} in the same folder "
        "(on PATH if you chose that when installing), for example:\n\n"
        f"    {CLI_TWIN} check"
    )
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]  # Windows only
    user32.MessageBoxW(None, text, "apaleo Inspector", 0x40)  # MB_ICONINFORMATION


if __name__ == "__main__":
    if sys.platform == "win32" and needs_console(sys.argv[1:], sys.stdout):
        _tell_to_use_the_twin()
        sys.exit(2)
    sys.exit(main())
