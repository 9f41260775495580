"""Every hostile input of tests/hostile/ through the real command: time and peak memory.

Each input runs as its own ``marginalia`` process; its processor time and peak memory are
the kernel's figures for that process (wait4), its wall-clock time the parent's. The
floor is ``marginalia list`` on the same small library, measured in the same run: the
cost of starting the program at all. The issue's bound is 5 s and 500 MB per input.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.hostile.cases import all_cases
from tests.hostile.running import MEGABYTES, SECONDS, build_base_library, run_case, run_command


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        base = build_base_library(root / "base")
        floors = [run_command(["--data-dir", str(base), "list"], root) for _ in range(3)]
        floor = min(run.wall_seconds for run in floors)
        print(f"{'hostile input':<58}{'wall':>8}{'CPU':>8}{'peak':>9}  ratio  outcome")
        print(f"{'floor: marginalia list (program start)':<58}{floor:>7.2f}s")
        results = []
        for number, case in enumerate(all_cases()):
            work = root / f"case-{number}"
            work.mkdir()
            run, before, after = run_case(case, base, work)
            outcome = "done" if run.status == 0 else "refused"
            if run.status and after != before:
                outcome += ", LIBRARY CHANGED"
            results.append((case, run))
            print(
                f"{case.name[:57]:<58}{run.wall_seconds:>7.2f}s{run.cpu_seconds:>7.2f}s"
                f"{run.peak_megabytes:>7.0f}MB {run.wall_seconds / floor:>6.1f}  {outcome}"
            )
        counted = results
        slowest_case, slowest = max(counted, key=lambda item: item[1].wall_seconds)
        largest_case, largest = max(counted, key=lambda item: item[1].peak_megabytes)
        over = [
            c.name for c, r in counted if r.wall_seconds > SECONDS or r.peak_megabytes > MEGABYTES
        ]
        print(
            f"\nslowest hostile input: {slowest_case.name}: {slowest.wall_seconds:.2f} s wall, "
            f"{slowest.cpu_seconds:.2f} s CPU ({slowest.wall_seconds / floor:.1f}x the floor)"
        )
        print(f"largest: {largest_case.name}: {largest.peak_megabytes:.0f} MB")
        print(f"over {SECONDS:.0f} s or {MEGABYTES:.0f} MB: {', '.join(over) or 'none'}")


if __name__ == "__main__":
    main()
