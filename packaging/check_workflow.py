"""Check the Windows and macOS jobs of .github/workflows/build.yml without their machines.

Neither can run here, so each is checked by what a Linux machine can know, step by step in
order: every repository file a step names exists (or is made by an earlier step: the bundle the
PyInstaller spec makes, the installer the Inno Setup script makes, the disk image dmgbuild
makes, with names read from those files, so renaming one there without the workflow fails
here); every program a step runs is on that runner (GitHub's image lists) or installed by an
earlier step (the console scripts of the lock's packages for that system); every
``steps.X.outputs.Y`` is written by an earlier step; every step given a secret runs only when
signing is set up (an ``if:``, or a run that checks ``SIGNING``); every artifact the release job
downloads is uploaded by a job it needs. actionlint checks the syntax and the expressions.

Usage: python packaging/check_workflow.py [--workflow .github/workflows/build.yml]
"""

from __future__ import annotations

import argparse
import fnmatch
import posixpath
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"

#: What GitHub's runner images have on PATH (their "Installed Software" lists), besides the
#: shells' own builtins; setup-python adds python and pip.
# fmt: off
RUNNER_TOOLS = {
    "windows": {"python", "pip", "pwsh", "powershell", "powershell.exe", "bash", "choco", "git",
                "gh", "7z", "sh", "echo", "test", "ls", "cat"},
    "macos": {"python", "pip", "bash", "sh", "security", "codesign", "xcrun", "hdiutil", "lipo",
              "base64", "ls", "cat", "echo", "test", "git", "gh", "ditto", "shasum"},
    "linux": {"python", "pip", "bash", "sh", "sudo", "apt-get", "git", "gh", "sha256sum", "ls",
              "cat", "echo", "test", "cd", "tar"},
}
SHELL_WORDS = {"if", "then", "else", "elif", "fi", "for", "while", "do", "done", "case", "esac",
               "in", "export", "cd", "exit", "set", "true", "false", "[", "[[", "{", "}", "!",
               "local", "return", "read", "source", ".", "printf", "echo", "test"}
PWSH_WORDS = {"if", "else", "elseif", "foreach", "exit", "throw", "return", "param", "{", "}",
              "try", "catch", "finally"}
# fmt: on
_PATH = re.compile(
    r"(?:packaging|scripts|resources|locks|desktop_app|dist|build)[\\/][^\s\"'`,;|)]*"
)
_QUOTED = re.compile(r"\"([^\"]*)\"|'([^']*)'")
_VARIABLE = re.compile(r"\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\([^)]*\)|\$[A-Za-z_][A-Za-z0-9_:]*")
_OUTPUT = re.compile(r"\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}")


@dataclass
class JobState:
    """What exists so far in one job: files made, programs installed, outputs written."""

    system: str
    made: list[str] = field(default_factory=list)
    tools: set[str] = field(default_factory=set)
    outputs: dict[str, set[str]] = field(default_factory=dict)


def repo_files() -> list[str]:
    """Every file the checkout holds (git's index)."""
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return listed.splitlines()


def spec_outputs(system: str) -> list[str]:
    """What packaging/apaleo-inspector.spec makes on *system*, its names read from the spec."""
    spec = (ROOT / "packaging" / "apaleo-inspector.spec").read_text(encoding="utf-8")
    name = re.search(r'^NAME = "([^"]+)"', spec, re.M)
    cli = re.search(r'^CLI_NAME = f"\{NAME\}([^"]+)"', spec, re.M)
    app = re.search(r'name="([^"]+\.app)"', spec)
    if not (name and cli and app):
        raise SystemExit("packaging/apaleo-inspector.spec: NAME, CLI_NAME or the .app name moved")
    folder = f"dist/{name[1]}"
    if system == "windows":
        return [
            f"{folder}/{name[1]}.exe",
            f"{folder}/{name[1]}{cli[1]}.exe",
            f"{folder}/_internal/*",
        ]
    if system == "macos":
        return [f"dist/{app[1]}", f"dist/{app[1]}/Contents/MacOS/{name[1]}", f"dist/{app[1]}/*"]
    return [f"{folder}/{name[1]}", f"{folder}/_internal/*"]


def inno_outputs() -> list[str]:
    """The installer packaging/windows/apaleo-inspector.iss makes (OutputDir, OutputBaseFilename)."""
    iss = (ROOT / "packaging" / "windows" / "apaleo-inspector.iss").read_text(encoding="utf-8")
    base = re.search(r"^OutputBaseFilename=(.+)$", iss, re.M)
    out = re.search(r"^OutputDir=(.+)$", iss, re.M)
    if not (base and out):
        raise SystemExit("apaleo-inspector.iss: no OutputDir or OutputBaseFilename")
    # relative to the script's folder, as ISCC reads it
    folder = posixpath.normpath(
        posixpath.join("packaging/windows", out[1].strip().replace("\\", "/"))
    )
    name = re.sub(r"\{#\w+\}", "*", base[1].strip())
    return [f"{folder}/{name}.exe"]


def lock_tools(system: str, lock: str) -> set[str]:
    """The programs a locked install puts on PATH on *system* (console scripts; else the name)."""
    from importlib import metadata

    from packaging.markers import Marker

    environment = {
        "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
        "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
        "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    }[system]
    tools: set[str] = set()
    for line in (ROOT / lock).read_text(encoding="utf-8").splitlines():
        found = re.match(r"^([A-Za-z0-9._-]+)==\S+(?: ; (.+?))?(?: \\)?$", line)
        if not found:
            continue
        marker = found[2]
        if marker and not Marker(marker).evaluate({"python_version": "3.11", **environment}):
            continue
        try:
            scripts = [
                e.name
                for e in metadata.distribution(found[1]).entry_points
                if e.group == "console_scripts"
            ]
        except metadata.PackageNotFoundError:  # not for this system: its name is its command
            scripts = [found[1].lower()]
        tools.update(scripts)
    return tools


def _pattern(path: str) -> str:
    return _VARIABLE.sub("*", path.replace("\\", "/")).rstrip("/.")


_PREFIX = r"(?:packaging|scripts|resources|locks|desktop_app|dist|build)[\\/]"
#: In a quoted string a path may hold spaces ("dist/apaleo Inspector.app"), not " -option".
_QUOTED_PATH = re.compile(_PREFIX + r"(?:[^\"'` ]| (?!-))*")
_SEPARATORS = set(";&|()\n \t")
_PREFIXES = ("sudo", "env", "dbus-run-session", "--", "exec", "time", "xvfb-run")


def _bash_tokens(script: str) -> list[str]:
    lexer = shlex.shlex(script.replace("\\\n", " "), posix=True, punctuation_chars=";&|()\n")
    lexer.whitespace = " \t"
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        return list(lexer)
    except ValueError as exc:  # an unbalanced quote: say so rather than guess
        raise SystemExit(f"cannot read a step's script ({exc}):\n{script}") from exc


def _bash_commands(script: str) -> list[list[str]]:
    found: list[list[str]] = []
    current: list[str] = []
    for token in [*_bash_tokens(script), "\n"]:
        if token and set(token) <= _SEPARATORS:
            words = current
            while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):
                words = words[1:]  # VAR=value before a command (or alone)
            while words and words[0] in _PREFIXES:
                words = words[1:]
                while words and words[0].startswith("-") and words[0] != "--":
                    words = words[1:]
            if words and words[0] in ("sh", "bash") and "-c" in words:
                found += _bash_commands(words[words.index("-c") + 1])
            elif words:
                found.append(words)
            current = []
        else:
            current.append(token)
    return found


def path_references(script: str, shell: str = "bash") -> list[str]:
    """Repository paths a script names, its variables as ``*``."""
    found: list[str] = []
    if shell in ("bash", "sh"):
        for words in _bash_commands(script):
            for word in words:
                value = word.split("=", 1)[1] if re.match(r"^[\w-]+=", word) else word
                if re.match(_PREFIX, value):
                    found.append(value)
    else:
        for quoted in _QUOTED.finditer(script):
            text = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
            found += _QUOTED_PATH.findall(text)
        found += _PATH.findall(_QUOTED.sub(" ", script))
    return sorted({_pattern(p) for p in found if _pattern(p)})


def commands(script: str, shell: str) -> list[str]:
    """The programs a script runs (the first word of each simple command)."""
    if shell in ("pwsh", "powershell"):
        text = re.sub(r"`\n", " ", script)
        found = []
        for line in text.splitlines():
            line = re.sub(r"^\s*(if|elseif|foreach)\s*\(.*?\)\s*\{", "", line.strip())
            line = line.strip().lstrip("{").rstrip("}").strip()
            if not line or line.startswith("#") or re.match(r"^\$[\w:]+\s*[+]?=", line):
                continue
            for part in line.split(";"):
                words = part.split()
                if not words:
                    continue
                word = words[0]
                if word == "&":
                    continue  # a call through a variable or a quoted path: checked as a path
                if word in PWSH_WORDS or re.match(r"^[A-Z][a-z]+-[A-Za-z]+$", word):
                    continue  # a keyword or a cmdlet
                found.append(word)
        return found
    return [words[0] for words in _bash_commands(script) if words[0] not in SHELL_WORDS]


def _exists(path: str, files: list[str], made: list[str]) -> bool:
    if path.startswith(("dist/", "build/")):
        return any(fnmatch.fnmatch(path, m) or fnmatch.fnmatch(m, path) for m in made)
    return any(f == path or f.startswith(path + "/") or fnmatch.fnmatch(f, path) for f in files)


def check_job(job_id: str, job: dict[str, Any], files: list[str]) -> list[str]:
    """Every problem in one job, as "job, step N (name): what"."""
    runs_on = str(job.get("runs-on", ""))
    if "matrix.runner" in runs_on:
        runners = [str(i["runner"]) for i in job["strategy"]["matrix"]["include"]]
    else:
        runners = [runs_on]
    systems = {
        "windows" if r.startswith("windows") else "macos" if r.startswith("macos") else "linux"
        for r in runners
    }
    if len(systems) != 1:
        return [f"{job_id}: its runners are not all one system: {runners}"]
    system = systems.pop()
    state = JobState(system, tools=set(RUNNER_TOOLS[system]))
    problems: list[str] = []
    for number, step in enumerate(job.get("steps", []), start=1):
        where = f"{job_id}, step {number} ({step.get('name') or step.get('uses')})"
        uses = str(step.get("uses", ""))
        if uses:
            if uses.startswith("actions/upload-artifact"):
                for path in str(step["with"]["path"]).split():
                    if not _exists(_pattern(path), files, state.made):
                        problems.append(f"{where}: uploads {path}, which no earlier step makes")
            continue
        script = str(step.get("run", ""))
        shell = step.get("shell") or ("pwsh" if system == "windows" else "bash")
        env_text = " ".join(str(v) for v in (step.get("env") or {}).values())
        if "secrets." in env_text + script and not step.get("if") and "SIGNING" not in script:
            problems.append(f"{where}: uses a secret but runs without one (no if:)")
        for step_id, name in _OUTPUT.findall(script):
            if name not in state.outputs.get(step_id, set()):
                problems.append(
                    f"{where}: steps.{step_id}.outputs.{name} is not set by an earlier step"
                )
        makes = re.search(r"\b(pyinstaller|dmgbuild)\b", script)
        for path in path_references(script, shell):
            if (
                makes
                and path.startswith(("dist/", "build/"))
                and (makes.group(1) == "pyinstaller" or path.endswith(".dmg"))
            ):
                continue  # where this step puts what it makes, not what it reads
            if not _exists(path, files, state.made):
                problems.append(
                    f"{where}: {path} is neither in the repository nor made by an earlier step"
                )
        for program in commands(script, shell):
            name = program.replace("\\", "/").rsplit("/", 1)[-1]
            if "/" in program.replace("\\", "/"):
                if not _exists(_pattern(program), files, state.made):
                    problems.append(f"{where}: runs {program}, which does not exist yet")
            elif name not in state.tools and name.lower() not in state.tools:
                problems.append(
                    f"{where}: runs {name}, which is not on {system}'s runner nor installed by an earlier step"
                )
        # what this step leaves behind for the next
        lock = re.search(r"-r (locks/\S+\.txt)", script)
        if lock:
            state.tools |= lock_tools(system, lock.group(1))
        if re.search(r"\bpyinstaller\b.*packaging/apaleo-inspector\.spec", script):
            state.made += spec_outputs(system)
        if "apaleo-inspector.iss" in script and "$iscc" in script:
            state.made += inno_outputs()
        if makes and makes.group(1) == "dmgbuild":
            state.made += [p for p in path_references(script, shell) if p.endswith(".dmg")]
        if step.get("id"):
            state.outputs[str(step["id"])] = set(re.findall(r"echo \"(\w+)=", script))
    return problems


def check_release(workflow: dict[str, Any]) -> list[str]:
    """The release job needs every build job and downloads what they upload."""
    jobs = workflow["jobs"]
    release = jobs.get("release")
    if release is None:
        return ["no release job"]
    builds = {"linux", "windows", "macos"}
    problems = []
    if set(release.get("needs", [])) != builds:
        problems.append(
            f"release needs {release.get('needs')}, not every build job {sorted(builds)}"
        )
    if "refs/tags/v" not in str(release.get("if", "")):
        problems.append("release runs for something other than a v* tag")
    if release.get("permissions", {}).get("contents") != "write":
        problems.append("release cannot write the release (permissions: contents: write)")
    return problems


def check(workflow_path: Path = WORKFLOW) -> list[str]:
    """Every problem found in the workflow's Windows and macOS jobs and its release."""
    workflow = yaml.safe_load(workflow_path.read_text(encoding="utf-8"))
    files = repo_files()
    problems: list[str] = []
    for job_id in ("windows", "macos"):
        problems += check_job(job_id, workflow["jobs"][job_id], files)
    return problems + check_release(workflow)


def main(argv: list[str] | None = None) -> int:
    """Print each problem; exit 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workflow", type=Path, default=WORKFLOW)
    args = parser.parse_args(argv)
    problems = check(args.workflow)
    for problem in problems:
        print(problem)
    print(f"==> {args.workflow.name}: windows and macos jobs, release: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
