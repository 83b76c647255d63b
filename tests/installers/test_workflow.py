"""The installer workflow, checked without Windows or macOS: the static check finds what would
stop those jobs, and the Linux job's runner stands in for GitHub's faithfully or refuses.

(The Linux job itself runs as written in .ci/run: packaging/run_workflow_job.py.)
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def _load(name: str) -> ModuleType:
    """A script of packaging/ (a folder of scripts, not a package), loaded by path."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check_workflow = _load("check_workflow")
run_workflow_job = _load("run_workflow_job")


def _step(workflow: dict[str, Any], job: str, starts: str) -> dict[str, Any]:
    return next(
        s for s in workflow["jobs"][job]["steps"] if str(s.get("name", "")).startswith(starts)
    )


def _checked(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> list[str]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    change(workflow)
    path = tmp_path / "build.yml"
    path.write_text(yaml.safe_dump(workflow, sort_keys=False), encoding="utf-8")
    return list(check_workflow.check(path))


def test_the_workflow_as_written_passes_the_check() -> None:
    assert check_workflow.check(WORKFLOW) == []


def _twin_used_before_the_build(w: dict[str, Any]) -> None:
    steps = w["jobs"]["windows"]["steps"]
    build = steps.index(_step(w, "windows", "Build the bundle"))
    steps[build], steps[build + 1] = steps[build + 1], steps[build]


def _script_renamed(w: dict[str, Any]) -> None:
    step = _step(w, "windows", "Build the installer")
    step["run"] = step["run"].replace("apaleo-inspector.iss", "inspector.iss")


def _tool_never_installed(w: dict[str, Any]) -> None:
    step = _step(w, "macos", "Disk image")
    step["run"] = step["run"].replace("dmgbuild -s", "appdmg -s")


def _secret_without_if(w: dict[str, Any]) -> None:
    del _step(w, "macos", "Sign the app")["if"]


def _output_never_written(w: dict[str, Any]) -> None:
    del _step(w, "windows", "Version")["id"]


def _upload_of_what_is_not_made(w: dict[str, Any]) -> None:
    upload = w["jobs"]["macos"]["steps"][-1]
    upload["with"]["path"] = "dist/apaleo-inspector-*.pkg"


def _release_before_macos(w: dict[str, Any]) -> None:
    w["jobs"]["release"]["needs"] = ["linux", "windows"]


def _lock_not_installed(w: dict[str, Any]) -> None:
    step = _step(w, "windows", "Install")
    step["run"] = "python -m pip install --no-deps -e .\n"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _twin_used_before_the_build,
            "runs dist/apaleo-inspector/apaleo-inspector-cli.exe, which does not exist yet",
        ),
        (_script_renamed, "packaging/windows/inspector.iss is neither in the repository"),
        (_tool_never_installed, "runs appdmg, which is not on macos's runner"),
        (_secret_without_if, "uses a secret but runs without one"),
        (_output_never_written, "steps.version.outputs.value is not set by an earlier step"),
        (
            _upload_of_what_is_not_made,
            "uploads dist/apaleo-inspector-*.pkg, which no earlier step makes",
        ),
        (_release_before_macos, "release needs ['linux', 'windows'], not every build job"),
        (_lock_not_installed, "runs pyinstaller, which is not on windows's runner nor installed"),
    ],
)
def test_the_check_finds_what_would_stop_a_job(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    problems = _checked(tmp_path, change)
    assert any(expected in p for p in problems), problems


def _job(tmp_path: Path, steps: list[dict[str, Any]], env: dict[str, str] | None = None) -> int:
    workflow = {
        "name": "t",
        "on": {"workflow_dispatch": None},
        "jobs": {"linux": {"runs-on": "ubuntu-22.04", "env": env or {}, "steps": steps}},
    }
    path = tmp_path / "t.yml"
    path.write_text(yaml.safe_dump(workflow), encoding="utf-8")
    return int(run_workflow_job.main(["--workflow", str(path), "--job", "linux"]))


CHECKOUT = {"uses": "actions/checkout@v4"}


def test_the_runner_runs_steps_in_order_in_a_fresh_clone_and_stops_at_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = tmp_path / "ran"
    status = _job(
        tmp_path,
        [
            CHECKOUT,
            {
                "name": "clean",
                "run": 'test -f pyproject.toml && test ! -e .venv && test "$CI" = true',
            },
            {"name": "output", "id": "v", "run": 'echo "value=42" >> "$GITHUB_OUTPUT"'},
            {
                "name": "use it",
                "run": f"test '${{{{ steps.v.outputs.value }}}}' = 42 && touch {marker}",
            },
            {"name": "fails", "run": "exit 7"},
            {"name": "never", "run": f"rm {marker}"},
        ],
    )
    assert status == 7
    assert marker.exists()
    assert "FAILED at step 5 (fails)" in capsys.readouterr().err


def test_the_runner_skips_what_needs_secrets_and_refuses_what_it_cannot_stand_in_for(
    tmp_path: Path,
) -> None:
    signing = {"SIGNING": "${{ secrets.CERT != '' }}"}
    assert (
        _job(tmp_path, [CHECKOUT, {"if": "env.SIGNING == 'true'", "run": "exit 1"}], signing) == 0
    )
    assert _job(tmp_path, [CHECKOUT, {"uses": "someone/action@v1"}]) == 3
    assert _job(tmp_path, [CHECKOUT, {"run": "echo ${{ github.event.number }}"}]) == 3
    assert _job(tmp_path, [CHECKOUT, {"run": "true", "shell": "cmd"}]) == 3
    no_files = {
        "uses": "actions/upload-artifact@v4",
        "with": {"name": "x", "path": "dist/*.deb", "if-no-files-found": "error"},
    }
    assert _job(tmp_path, [CHECKOUT, no_files]) == 3
