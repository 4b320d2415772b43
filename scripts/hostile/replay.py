#!/usr/bin/env python3
"""Replay hostile and broken inputs on the passerelle binary, case by case.

Each cases_<area>.py file lists its cases: how the input is made (setup), the command,
and what a kiosk that can be trusted does with it (expect). Every case also fails on a
panic (exit 101), an abort (134), a kill at the time limit, or memory past the cap.

    python3 scripts/hostile/replay.py                      # every case, release binary
    python3 scripts/hostile/replay.py --area import        # one area
    python3 scripts/hostile/replay.py --case fs-header-only --keep

Writes a table (markdown) of every case with its exit code, peak memory, time and
outcome to WORK/replay.md; exit code 1 when a case fails.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import resource
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


@dataclasses.dataclass
class Result:
    exit: Optional[int]  # None when killed at the time limit
    stdout: str
    stderr: str
    peak_mib: float
    seconds: float
    killed: bool

    @property
    def out(self) -> str:
        return self.stdout + self.stderr


@dataclasses.dataclass
class Ctx:
    """What a case sees: the binary, the shared open data, its own scratch folder,
    and the inputs folder shared by every case (made once by the area's setup)."""

    P: str
    shared: Path
    IN: Path
    dir: Path  # this case's own folder (the review's $W/o/<case>)
    root: Path = ROOT

    def path(self, *parts: str) -> Path:
        return self.dir.joinpath(*parts)

    def write(self, name: str, data, mode: str = "w") -> Path:
        p = self.dir / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
        return p


# expect: returns None when the behaviour is right, otherwise why it is not.
Expect = Callable[[Result, Ctx], Optional[str]]


@dataclasses.dataclass
class Case:
    id: str
    area: str
    what: str
    cmd: str  # run by bash; $P, $IN, $W (this case's folder), $SHARED, $ROOT are set
    expect: Expect
    setup: Optional[Callable[[Ctx], None]] = None
    timeout: float = 30.0
    mem_cap_mib: int = 3000
    review: str = ""  # the F id(s) this case was filed under, if any


# ---- expectations, to combine -------------------------------------------------


def all_of(*checks: Expect) -> Expect:
    def f(r: Result, c: Ctx):
        for check in checks:
            why = check(r, c)
            if why:
                return why
        return None

    return f


def exits(*codes: int) -> Expect:
    return lambda r, c: None if r.exit in codes else f"exit {r.exit}, expected {'/'.join(map(str, codes))}"


def says(*needles: str) -> Expect:
    """Every needle appears in stdout+stderr (case-insensitive)."""

    def f(r: Result, c: Ctx):
        low = r.out.lower()
        for n in needles:
            if n.lower() not in low:
                return f"output does not say {n!r}: {first_line(r)}"
        return None

    return f


def says_any(*needles: str) -> Expect:
    def f(r: Result, c: Ctx):
        low = r.out.lower()
        if any(n.lower() in low for n in needles):
            return None
        return f"output says none of {needles!r}: {first_line(r)}"

    return f


def never_says(*needles: str) -> Expect:
    def f(r: Result, c: Ctx):
        for n in needles:
            if n in r.out:
                return f"output says {n!r}"
        return None

    return f


def names_line(name: str) -> Expect:
    """The output names the file `name` with a line: `name:N` or `name, line N` / `line N`."""
    import re

    pattern = re.compile(re.escape(name) + r"(:\d+|[^\n]{0,80}\bline \d+|[^\n]{0,40}\bligne \d+)", re.I)

    def f(r: Result, c: Ctx):
        return None if pattern.search(r.out) else f"no line named for {name}: {first_line(r)}"

    return f


def file_is(name: str, pred: Callable[[Path], bool], what: str) -> Expect:
    return lambda r, c: None if pred(c.dir / name) else f"{name}: {what}"


def unchanged(name: str) -> Expect:
    """The file holds what setup left in it (its bytes are kept in <name>.before by `keep`)."""

    def f(r: Result, c: Ctx):
        p, b = c.dir / name, c.dir / (name + ".before")
        if not p.exists():
            return f"{name} is gone"
        if p.read_bytes() != b.read_bytes():
            return f"{name} was changed"
        return None

    return f


def no_leftovers(pattern: str = "*.tmp*") -> Expect:
    def f(r: Result, c: Ctx):
        left = [str(p.relative_to(c.dir)) for p in c.dir.rglob(pattern)]
        return f"left behind: {', '.join(left)}" if left else None

    return f


def keep(ctx: Ctx, name: str) -> None:
    """Remember a file's bytes before the command, for `unchanged`."""
    p = ctx.dir / name
    (ctx.dir / (name + ".before")).write_bytes(p.read_bytes())


def under_mib(mib: float) -> Expect:
    return lambda r, c: None if r.peak_mib <= mib else f"peak {r.peak_mib:.0f} MiB, over {mib:.0f}"


def faster_than(seconds: float) -> Expect:
    return lambda r, c: None if r.seconds <= seconds else f"took {r.seconds:.1f} s, more than {seconds:g} s"


def either(*alternatives: Expect) -> Expect:
    """Passes when one of the alternatives passes; otherwise says why each failed."""

    def f(r: Result, c: Ctx):
        whys = [a(r, c) for a in alternatives]
        return None if any(w is None for w in whys) else " / or: ".join(w for w in whys if w)

    return f


def first_line(r: Result) -> str:
    for line in r.out.splitlines():
        if line.strip():
            return line.strip()[:160]
    return "(no output)"


# ---- running ------------------------------------------------------------------


def run_case(case: Case, ctx: Ctx) -> tuple[Result, Optional[str]]:
    ctx.dir.mkdir(parents=True, exist_ok=True)
    if case.setup:
        case.setup(ctx)
    env = dict(os.environ)
    env.update(P=ctx.P, IN=str(ctx.IN), W=str(ctx.dir), SHARED=str(ctx.shared), ROOT=str(ctx.root))
    env.pop("RUST_BACKTRACE", None)
    cap = case.mem_cap_mib * 1024 * 1024

    def limits():
        os.setsid()
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    start = time.monotonic()
    proc = subprocess.Popen(
        ["bash", "-c", case.cmd],
        cwd=ctx.dir,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=limits,
    )
    chunks = {"out": [], "err": []}
    readers = [
        threading.Thread(target=lambda: chunks["out"].append(proc.stdout.read()), daemon=True),
        threading.Thread(target=lambda: chunks["err"].append(proc.stderr.read()), daemon=True),
    ]
    for t in readers:
        t.start()
    killed, status, usage = False, 0, None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > case.timeout:
            killed = True
            os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    proc.returncode = os.waitstatus_to_exitcode(status)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # what the command left running (a pipe's reader)
    except ProcessLookupError:
        pass
    for t in readers:
        t.join(timeout=5)
    out, err = b"".join(chunks["out"]), b"".join(chunks["err"])
    seconds = time.monotonic() - start
    # wait4 reports the largest of bash and everything it waited for.
    peak_kib = usage.ru_maxrss
    result = Result(
        exit=None if killed else proc.returncode,
        stdout=out.decode("utf-8", "replace"),
        stderr=err.decode("utf-8", "replace"),
        peak_mib=peak_kib / 1024,
        seconds=seconds,
        killed=killed,
    )
    if killed:
        return result, f"killed at {case.timeout:.0f} s"
    if result.exit in (101, 134, -6, 137, -9) or "panicked at" in result.stderr:
        return result, f"crash (exit {result.exit}): {first_line(result)}"
    return result, case.expect(result, ctx)


def load_cases(ctx_base: dict, areas: Optional[set[str]]) -> list[tuple[Case, Callable[[Path], None]]]:
    found = []
    for path in sorted(HERE.glob("cases_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        prepare = getattr(module, "prepare", None)  # makes the shared inputs of the area
        for case in module.cases():
            if areas and case.area not in areas:
                continue
            found.append((case, prepare))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(ROOT / "target/release/passerelle"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--work", help="scratch folder (default: a new temporary one)")
    ap.add_argument("--area", action="append", help="only this area (import, near, config, check, update, seal, advise, screenshot, stats)")
    ap.add_argument("--case", action="append", help="only this case id")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = ap.parse_args()

    binary = Path(args.binary).resolve()
    if not binary.is_file():
        print(f"{binary}: no binary; build it with `cargo build --release`", file=sys.stderr)
        return 2
    shared = Path(args.shared).resolve()
    work = Path(args.work or tempfile.mkdtemp(prefix="passerelle-hostile-")).resolve()
    inputs = work / "in"
    inputs.mkdir(parents=True, exist_ok=True)

    cases = load_cases({}, set(args.area) if args.area else None)
    if args.case:
        wanted = set(args.case)
        cases = [(c, p) for c, p in cases if c.id in wanted]
    ids = [c.id for c, _ in cases]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        print(f"case ids used twice: {', '.join(sorted(dupes))}", file=sys.stderr)
        return 2

    prepared = set()
    rows, failed = [], []
    for n, (case, prepare) in enumerate(cases, 1):
        if prepare and prepare not in prepared:
            prepare(Ctx(P=str(binary), shared=shared, IN=inputs, dir=inputs))
            prepared.add(prepare)
        ctx = Ctx(P=str(binary), shared=shared, IN=inputs, dir=work / "o" / case.id)
        try:
            result, why = run_case(case, ctx)
        except Exception as e:  # a broken case, not a broken binary: still a failure to look at
            result, why = Result(None, "", "", 0.0, 0.0, False), f"case error: {e!r}"
        status = "ok" if why is None else f"FAIL: {why}"
        if why:
            failed.append(case.id)
        exit_text = f"killed@{case.timeout:.0f}s" if result.killed else str(result.exit)
        rows.append((n, case, exit_text, result, status))
        print(f"{n:4} {case.area:10} {case.id:32} {exit_text:>9} {result.seconds:6.2f}s  {status}", flush=True)

    table = ["| # | case | area | what | exit | peak MiB | s | outcome | first line of output |", "|---|---|---|---|---|---|---|---|---|"]
    for n, case, exit_text, result, status in rows:
        cell = lambda s: s.replace("|", "\\|").replace("\n", " ")
        table.append(
            f"| {n} | `{case.id}` | {case.area} | {cell(case.what)} | {exit_text} | {result.peak_mib:.0f} | {result.seconds:.2f} | {cell(status)} | {cell(first_line(result))} |"
        )
    (work / "replay.md").write_text("\n".join(table) + "\n", encoding="utf-8")
    print(f"\n{len(rows) - len(failed)} of {len(rows)} cases behave; table in {work / 'replay.md'}")
    if failed:
        print("failing: " + ", ".join(failed))
    if not args.keep and not failed:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
