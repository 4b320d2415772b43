"""Example area (removed once the real areas are written)."""
from replay import Case, all_of, exits, says, names_line, no_leftovers, keep, unchanged

FS = "$SHARED/data/france-services-2024-08-01.csv"


def prepare(ctx):
    lines = (ctx.shared / "data/france-services-2024-08-01.csv").read_text(encoding="utf-8").splitlines(True)
    (ctx.IN / "header-only.csv").write_text(lines[0], encoding="utf-8")


def good_directory(ctx):
    import subprocess
    subprocess.run([ctx.P, "services", "import", "--format", "france-services", str(ctx.shared / "data/france-services-2024-08-01.csv"), "--out", str(ctx.path("directory.json")), "--source-date", "2024-08-01"], check=True, capture_output=True)
    keep(ctx, "directory.json")


def cases():
    return [
        Case("ex-fs-real", "example", "real file", f"$P services import --format france-services {FS} --out $W/directory.json --source-date 2024-08-01", all_of(exits(0), says("2845"))),
        Case("ex-fs-header-only", "example", "header only over a good directory", "$P services import --format france-services $IN/header-only.csv --out $W/directory.json", all_of(exits(2), unchanged("directory.json"), no_leftovers()), setup=good_directory, review="F7"),
        Case("ex-pipe", "example", "closed stdout", "$P --directory $W/directory.json services near --lat 45.76 --lon 4.83 --limit 2845 | head -1; exit ${PIPESTATUS[0]}", exits(0, 141), setup=good_directory, review="F1"),
    ]
