"""Every hostile input (tests/hostile/cases.py) through the real command, measured outside.

For each: a plain one-line message that names the thing, or the input done; never a
traceback or "unexpected error"; the library unchanged when it was refused; and done or
refused within the time and memory bounds (processor time and peak memory, as the
kernel counts them for the child process; bench/hostile.py reports the real figures).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.hostile.cases import Case, all_cases
from tests.hostile.running import (
    MEGABYTES,
    TEST_SECONDS,
    Run,
    library_fingerprint,
    run_command,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, links, rlimits: POSIX")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def base_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small library: the seeds, a highlight with a note and a concept, and a backup."""
    work = tmp_path_factory.mktemp("hostile-base")
    lib = work / "lib"
    assert run_command(["--data-dir", str(lib), "import", str(SEEDS)], work).status == 0
    passage = ["--quote", "a", "--occurrence", "1", "--note", "catatan", "--concept", "Détente"]
    made = run_command(["--data-dir", str(lib), "highlight", "1", *passage], work)
    assert made.status == 0, made.stderr
    assert list((lib / "backups").glob("*.sqlite3")), "the change was preceded by a backup"
    return lib


def _params() -> list[object]:
    marks = {"xfail": lambda reason: pytest.mark.xfail(strict=True, reason=reason)}
    return [
        pytest.param(case, id=case.name, marks=[marks["xfail"](case.xfail)] if case.xfail else [])
        for case in all_cases()
    ]


def run_case(case: Case, base: Path, work: Path) -> tuple[Run, str, str]:
    """Build the case beside a copy of ``base``; run it; the library before and after."""
    shutil.copytree(base, work / "lib")
    args = case.build(work)
    before = library_fingerprint(work / "lib")
    run = run_command(args, work, module=case.module)
    return run, before, library_fingerprint(work / "lib")


@pytest.mark.parametrize("case", _params())
def test_a_hostile_input_is_done_or_refused_plainly_and_quickly(
    case: Case, base_library: Path, tmp_path: Path
):
    run, before, after = run_case(case, base_library, tmp_path)
    shown = f"{case.name}: status {run.status}\nstdout: {run.stdout[-500:]}\nstderr: {run.stderr}"
    assert not run.killed, f"{case.name} was stopped at the CPU limit\n{shown}"
    assert run.cpu_seconds <= TEST_SECONDS, f"{run.cpu_seconds:.1f} s of CPU\n{shown}"
    assert run.peak_megabytes <= MEGABYTES, f"{run.peak_megabytes:.0f} MB\n{shown}"
    assert "Traceback" not in run.stderr + run.stdout, shown
    assert "unexpected error" not in run.stderr.lower(), shown
    if run.status == 0:
        assert case.expect in ("done", "either"), shown
    else:
        assert case.expect in ("refused", "either"), shown
        lines = run.stderr.strip().splitlines() or run.stdout.strip().splitlines()
        message = " ".join(lines)
        assert len(run.stderr.strip().splitlines()) <= 1, f"more than one line\n{shown}"
        assert case.names in message, f"the message does not name {case.names!r}\n{shown}"
        assert after == before, f"a refusal changed the library\n{shown}"
