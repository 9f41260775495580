"""Every hostile input (tests/hostile/cases.py) through the real command, measured outside.

For each: a plain one-line message that names the thing, or the input done; never a
traceback or "unexpected error"; the library unchanged when it was refused; and done or
refused within the time and memory bounds (processor time and peak memory, as the
kernel counts them for the child process; bench/hostile.py reports the real figures).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.hostile.cases import Case, all_cases
from tests.hostile.running import MEGABYTES, TEST_SECONDS, build_base_library, run_case

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, links, rlimits: POSIX")


@pytest.fixture(scope="session")
def base_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lib = build_base_library(tmp_path_factory.mktemp("hostile-base"))
    assert list((lib / "backups").glob("*.sqlite3")), "the change was preceded by a backup"
    return lib


@pytest.mark.parametrize("case", all_cases(), ids=lambda case: case.name)
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
