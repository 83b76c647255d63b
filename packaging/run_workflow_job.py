"""Run a Linux job of .github/workflows/build.yml here, as GitHub's runner would run it.

The workflow is only proven by running it. This reads the job from the file and runs its ``run:``
steps in order, in a fresh clone, with the runner's shells and variables (``CI``,
``GITHUB_WORKSPACE``, ``RUNNER_TEMP``, ``GITHUB_OUTPUT``/``GITHUB_ENV``/``GITHUB_PATH``), so a
step that would fail on GitHub fails here. The ``uses:`` steps have stand-ins: checkout is the
fresh clone (of HEAD: uncommitted changes are not in it), setup-python a virtual environment of
the asked Python put first on PATH, upload-artifact a check that its paths match files (and
``if-no-files-found: error`` fails when none do). Anything else it cannot stand in for (another
action, an expression it does not know) fails loudly rather than being skipped.

Run as root without sudo (a CI container), ``sudo`` is a stand-in that runs the command.
Usage: python packaging/run_workflow_job.py [--job linux] [--workflow .github/workflows/build.yml]
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
#: GitHub's shells (docs: "Defaults for run steps"): unspecified means bash -e.
SHELLS = {
    None: ["bash", "-e", "{0}"],
    "bash": ["bash", "--noprofile", "--norc", "-eo", "pipefail", "{0}"],
    "sh": ["sh", "-e", "{0}"],
    "python": [sys.executable, "{0}"],
}
_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


class CannotStandIn(Exception):
    """The job uses something this runner has no faithful stand-in for."""


class Runner:
    """One job's state: its workspace, variables, step outputs and PATH."""

    def __init__(self, job_id: str, job: dict[str, Any], work: Path) -> None:
        self.job_id = job_id
        self.job = job
        self.workspace = work / "workspace"
        self.temp = work / "runner-temp"
        self.tools = work / "tools"
        self.temp.mkdir()
        self.tools.mkdir()
        self.outputs: dict[str, dict[str, str]] = {}
        self.path_prefix: list[str] = [str(self.tools)]
        self.env: dict[str, str] = {
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_JOB": job_id,
            "GITHUB_REF_NAME": "main",
            "GITHUB_REPOSITORY": "apaleo-inspector/apaleo-inspector",
            "RUNNER_OS": "Linux",
            "RUNNER_TEMP": str(self.temp),
            "DEBIAN_FRONTEND": "noninteractive",
        }
        if os.geteuid() == 0 and shutil.which("sudo") is None:
            shim = self.tools / "sudo"
            shim.write_text('#!/bin/sh\n# stand-in: already root\nexec "$@"\n', encoding="utf-8")
            shim.chmod(0o755)

    # ------------------------------------------------------------ expressions
    def expand(self, text: str, step_env: dict[str, str]) -> str:
        """Replace ``${{ … }}`` with what GitHub would, for the forms this runner knows."""

        def value(match: re.Match[str]) -> str:
            return self._evaluate(match.group(1), step_env)

        return _EXPRESSION.sub(value, text)

    def _evaluate(self, expression: str, step_env: dict[str, str]) -> str:
        parts = expression.split(".")
        if parts[0] == "secrets" and len(parts) == 2:
            return ""  # no secrets here: the steps that need them must be skipped by their if:
        if parts[0] == "github" and parts[1:] == ["ref_name"]:
            return self.env["GITHUB_REF_NAME"]
        if parts[0] == "github" and parts[1:] == ["token"]:
            return ""
        if parts[0] == "env" and len(parts) == 2:
            return step_env.get(parts[1], self.env.get(parts[1], ""))
        if parts[0] == "steps" and len(parts) == 4 and parts[2] == "outputs":
            if parts[3] not in self.outputs.get(parts[1], {}):
                raise CannotStandIn(f"no earlier step set steps.{parts[1]}.outputs.{parts[3]}")
            return self.outputs[parts[1]][parts[3]]
        comparison = re.fullmatch(r"(.+?)\s*(==|!=)\s*'([^']*)'", expression)
        if comparison:
            left = self._evaluate(comparison.group(1), step_env)
            equal = left == comparison.group(3)
            return "true" if equal == (comparison.group(2) == "==") else "false"
        raise CannotStandIn(f"the expression ${{{{ {expression} }}}}")

    def condition(self, text: str | bool | None, step_env: dict[str, str]) -> bool:
        """A step's ``if:`` (absent: run)."""
        if text is None:
            return True
        if isinstance(text, bool):
            return text
        inner = _EXPRESSION.fullmatch(text.strip())
        return self._evaluate(inner.group(1) if inner else text.strip(), step_env) == "true"

    # ------------------------------------------------------------ steps
    def run(self) -> int:
        """Every step in order; the exit status of the first that fails, else 0."""
        job_env = {k: str(v) for k, v in (self.job.get("env") or {}).items()}
        job_env = {k: self.expand(v, {}) for k, v in job_env.items()}
        self.env.update(job_env)
        for number, step in enumerate(self.job["steps"], start=1):
            name = step.get("name") or step.get("uses") or step.get("run", "").splitlines()[0]
            step_env = {k: self.expand(str(v), {}) for k, v in (step.get("env") or {}).items()}
            if not self.condition(step.get("if"), step_env):
                print(f"--- step {number}: {name}: skipped (its if: is false here)", flush=True)
                continue
            print(f"--- step {number}: {name}", flush=True)
            started = time.monotonic()
            if "uses" in step:
                self.uses(number, step)
                status = 0
            else:
                status = self.shell(step, step_env)
            print(f"--- step {number}: {time.monotonic() - started:.1f} s", flush=True)
            if status != 0:
                print(f"FAILED at step {number} ({name}): exit {status}", file=sys.stderr)
                return status
        return 0

    def uses(self, number: int, step: dict[str, Any]) -> None:
        """The stand-ins for the actions the Linux job uses."""
        action = str(step["uses"]).split("@", 1)[0]
        options = step.get("with") or {}
        if action == "actions/checkout":
            if number != 1:
                raise CannotStandIn("checkout must be the first step")
            subprocess.run(
                ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(self.workspace)],
                check=True,
            )
        elif action == "actions/setup-python":
            self.setup_python(str(options.get("python-version", "")))
        elif action == "actions/upload-artifact":
            paths = [p for p in str(options["path"]).splitlines() if p.strip()]
            found = [f for p in paths for f in glob.glob(str(self.workspace / p.strip()))]
            if not found and options.get("if-no-files-found", "warn") == "error":
                raise CannotStandIn(f"upload-artifact: no file matches {paths}")
            for file in found:
                print(
                    f"    artifact {options.get('name')}: {Path(file).relative_to(self.workspace)}"
                )
        else:
            raise CannotStandIn(f"the action {action}")

    def setup_python(self, version: str) -> None:
        """A virtual environment of the asked Python, first on PATH (as setup-python's is)."""
        wanted = tuple(int(p) for p in version.split(".")[:2])
        candidates = [sys.executable, f"python{version}", "python3"]
        for candidate in candidates:
            found = shutil.which(candidate)
            if not found:
                continue
            probe = subprocess.run(
                [found, "-c", "import sys; print(*sys.version_info[:2])"],
                capture_output=True,
                text=True,
                check=False,
            )
            if tuple(int(p) for p in probe.stdout.split()) == wanted:
                venv = self.temp.parent / "python"
                subprocess.run([found, "-m", "venv", str(venv)], check=True)
                self.path_prefix.insert(0, str(venv / "bin"))
                return
        raise CannotStandIn(f"Python {version} is not installed here")

    def shell(self, step: dict[str, Any], step_env: dict[str, str]) -> int:
        """One ``run:`` step, as the runner runs it: a script file in the step's shell."""
        shell = step.get("shell")
        if shell not in SHELLS:
            raise CannotStandIn(f"the shell {shell}")
        script = self.expand(step["run"], step_env)
        file = self.temp / f"step-{time.monotonic_ns()}.sh"
        file.write_text(script, encoding="utf-8")
        output = self.temp / "output"
        env_file = self.temp / "env"
        path_file = self.temp / "path"
        for f in (output, env_file, path_file):
            f.write_text("", encoding="utf-8")
        env = {**os.environ, **self.env, **step_env}
        env.update(GITHUB_OUTPUT=str(output), GITHUB_ENV=str(env_file), GITHUB_PATH=str(path_file))
        env["PATH"] = os.pathsep.join([*self.path_prefix, os.environ.get("PATH", "")])
        for name in ("VIRTUAL_ENV", "PYTHONHOME"):
            env.pop(name, None)
        command = [part.replace("{0}", str(file)) for part in SHELLS[shell]]
        cwd = self.workspace / step.get("working-directory", ".")
        status = subprocess.run(command, cwd=cwd, env=env, check=False).returncode
        if step.get("id"):
            self.outputs[step["id"]] = _key_values(output.read_text(encoding="utf-8"))
        self.env.update(_key_values(env_file.read_text(encoding="utf-8")))
        self.path_prefix[:0] = [p for p in path_file.read_text().splitlines() if p.strip()]
        return status


def _key_values(text: str) -> dict[str, str]:
    """GITHUB_OUTPUT/GITHUB_ENV lines: ``key=value`` and ``key<<DELIMITER`` blocks."""
    values: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, delimiter = line.split("<<", 1)
            block = []
            for more in lines:
                if more == delimiter:
                    break
                block.append(more)
            values[key] = "\n".join(block)
        elif "=" in line:
            key, value = line.split("=", 1)
            values[key] = value
    return values


def main(argv: list[str] | None = None) -> int:
    """Run the job; exit with the first failing step's status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workflow", type=Path, default=WORKFLOW)
    parser.add_argument("--job", default="linux")
    args = parser.parse_args(argv)
    workflow = yaml.safe_load(args.workflow.read_text(encoding="utf-8"))
    job = workflow["jobs"][args.job]
    if not str(job.get("runs-on", "")).startswith("ubuntu-"):
        print(f"{args.job} runs on {job.get('runs-on')}: only Linux jobs run here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="workflow-") as work:
        try:
            status = Runner(args.job, job, Path(work)).run()
        except CannotStandIn as exc:
            print(f"cannot run the job as written: {exc}", file=sys.stderr)
            return 3
    print(f"==> job {args.job} of {args.workflow.name}: {'passed' if status == 0 else 'FAILED'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
