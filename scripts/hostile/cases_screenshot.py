"""Area `screenshot`: `passerelle screenshot` with bad sizes, screens, languages,
--out targets (folders, devices, a full disk, a read-only folder), --all, and
directories that are empty, corrupt, huge or hostile (the review's rows 459-503).

Each case draws one screen, except the --all rows (120 s limit)."""

import json
import os
import stat
import struct
import subprocess

from replay import (
    Case,
    all_of,
    exits,
    first_line,
    keep,
    names_line,
    never_says,
    no_leftovers,
    says,
    unchanged,
    under_mib,
)
from replay import faster_than

FS = "france-services-2024-08-01.csv"
AT = "--at 2026-11-27T10:00"  # a Friday morning, so "open now" does not depend on the day of the run
NOBODY = "setpriv --reuid=65534 --regid=65534 --clear-groups"


# ---- inputs -----------------------------------------------------------------


def prepare(ctx):
    """$IN/dir/real.json (the real France Services file imported), no-places.json,
    truncated.json (real.json cut in the middle of a record), always-open-{1,30}.json."""
    d = ctx.IN / "dir"
    d.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [ctx.P, "services", "import", "--format", "france-services", str(ctx.shared / "data" / FS),
         "--out", str(d / "real.json"), "--source-date", "2024-08-01"],
        check=True, capture_output=True,
    )
    real = (d / "real.json").read_bytes()
    (d / "truncated.json").write_bytes(real[: len(real) // 2])
    (d / "no-places.json").write_text('{"places":[]}\n', encoding="utf-8")
    for n in (1, 30):
        places = [always_open(i) for i in range(n)]
        (d / f"always-open-{n}.json").write_text(json.dumps({"places": places}, ensure_ascii=False), encoding="utf-8")


def always_open(i):
    """A place in Lyon with the hours the DILA importer writes for Lundi-Dimanche 00:00-24:00."""
    return {
        "id": f"a{i}", "name": f"Accueil 24h n°{i + 1}", "kinds": ["ccas"], "address": "1 place de la Mairie",
        "postcode": "69001", "town": "Lyon", "lat": 45.7641 + i * 0.001, "lon": 4.8358 + i * 0.001,
        "opening_hours": "Mo-Su 00:00-24:00", "source": "test", "source_date": "2026-11-01",
    }


def fs_lines(ctx):
    return (ctx.shared / "data" / FS).read_text(encoding="utf-8").splitlines(True)


def nul_directory(ctx):
    """The review's fs-nul: a France Services CSV whose first name holds NUL, BEL, an ANSI
    colour escape and a right-to-left override, imported as the operator would."""
    lines = fs_lines(ctx)
    hostile = "France\x00services\x07 \x1b[31m\u202eenohreslaV\u202c"
    row = lines[1].replace('"France services de Valserhône"', '"' + hostile + '"', 1)
    assert row != lines[1]
    ctx.write("nul-bytes.csv", lines[0] + row + "".join(lines[2:6]))
    subprocess.run(
        [ctx.P, "services", "import", "--format", "france-services", str(ctx.path("nul-bytes.csv")),
         "--out", str(ctx.path("directory.json"))],
        check=True, capture_output=True,
    )


def giant_name_directory(ctx):
    """The review's fs-giant-field directory: today's import refuses a 10 MB name, so the
    directory is written as the older import wrote it (or as an operator could edit it)."""
    def place(i, name, lat, lon):
        return {"id": f"p{i}", "name": name, "kinds": ["france-services"], "address": "5-9 Rue des Papetiers",
                "postcode": "01200", "town": "Valserhône", "lat": lat, "lon": lon,
                "opening_hours": "Mo-Fr 09:00-12:00", "source": "test", "source_date": "2024-08-01"}
    places = [place(1, "France services " + "A" * 10_000_000, 46.1060711578546, 5.8260084241619),
              place(2, "France services de Bellegarde", 46.11, 5.83)]
    ctx.write("directory.json", json.dumps({"places": places}, ensure_ascii=False))


def huge_directory(ctx, name="huge-288mb.json", count=529_170):
    """The review's 288 MB directory: 529 170 places (the real ones, repeated with their own
    ids), on one line as `services import` writes it (about 300 MB)."""
    real = json.loads((ctx.IN / "dir" / "real.json").read_text(encoding="utf-8"))["places"]
    with open(ctx.path(name), "w", encoding="utf-8") as f:
        f.write('{"places":[')
        for i in range(count):
            p = dict(real[i % len(real)])
            p["id"] = f"h-{i}"
            if i:
                f.write(",")
            f.write(json.dumps(p, ensure_ascii=False))
        f.write("]}")


def national_directory(ctx):
    """79 000 places (46 MB): the size of the national DILA directory (the review's near-dila-79k)."""
    huge_directory(ctx, "dila-79k.json", 79_000)


def shots_folder(ctx):
    ctx.path("shots").mkdir(exist_ok=True)
    ctx.write("shots/notes.txt", "the operator's notes\n")
    keep(ctx, "shots/notes.txt")


def good_png(ctx):
    """A good screenshot already at the path, made by the binary itself."""
    subprocess.run([ctx.P, "screenshot", "--screen", "welcome", "--out", str(ctx.path("good.png"))],
                   check=True, capture_output=True)
    keep(ctx, "good.png")


def dev_full(ctx):
    os.mknod(ctx.path("full"), 0o666 | stat.S_IFCHR, os.makedev(1, 7))


def passwd_copy(ctx):
    ctx.write("passwd", open("/etc/passwd", encoding="utf-8", errors="replace").read())
    keep(ctx, "passwd")


def read_only_for_nobody(ctx):
    """$W/ro-shot: a folder nobody (uid 65534) can enter but not write to; the scratch
    folders above it are opened to it (they are made 0700)."""
    for p in (ctx.dir.parent.parent, ctx.dir.parent):
        os.chmod(p, os.stat(p).st_mode | 0o711)
    os.chmod(ctx.dir, 0o755)
    ro = ctx.path("ro-shot")
    ro.mkdir(exist_ok=True)
    os.chmod(ro, 0o755)


# ---- expectations of this area -----------------------------------------------


def png_problem(path, size=None):
    """Why `path` is not a whole PNG (of `size`), or None."""
    if not path.is_file():
        return f"{path.name}: no PNG written"
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR":
        return f"{path.name}: not a PNG"
    if data[-12:-8] != b"\x00\x00\x00\x00" or data[-8:-4] != b"IEND":
        return f"{path.name}: truncated PNG ({len(data)} bytes, no IEND at its end)"
    if size and struct.unpack(">II", data[16:24]) != size:
        return f"{path.name}: {struct.unpack('>II', data[16:24])}, expected {size}"
    return None


def png(name, size=None):
    return lambda r, c: png_problem(c.path(name), size)


def no_file(name):
    return lambda r, c: f"{name} was written" if os.path.lexists(c.path(name)) else None


def pngs_whole(folder):
    """Every PNG in the folder is whole: a failed --all leaves no truncated picture."""
    def f(r, c):
        d = c.path(folder)
        if not d.is_dir():
            return None
        bad = [why for p in sorted(d.glob("*.png")) if (why := png_problem(p))]
        return f"{len(bad)} broken: {bad[0]}" if bad else None
    return f


def fails():
    return lambda r, c: None if r.exit not in (0, None) else f"exit {r.exit}: the failure is not reported"




def texts_of(c, name="texts.jsonl"):
    p = c.path(name)
    if not p.is_file():
        return None
    return [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def draws(*needles, name="texts.jsonl"):
    """Some text drawn holds each needle (checked with --texts)."""
    def f(r, c):
        texts = texts_of(c, name)
        if texts is None:
            return f"{name} not written"
        for n in needles:
            if not any(n in t for t in texts):
                return f"nothing drawn holds {n!r}"
        return None
    return f


def draws_no(pred, what, name="texts.jsonl"):
    def f(r, c):
        texts = texts_of(c, name)
        if texts is None:
            return f"{name} not written"
        bad = [t for t in texts if any(pred(ch) for ch in t)]
        return f"drawn with {what}: {bad[0][:80]!r}" if bad else None
    return f


def hidden_code(ch):
    """A control character (other than a line break) or a bidi embedding/override
    (U+202A-U+202E), which `check` itself refuses in the content."""
    return (ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) < 0xA0 or 0x202A <= ord(ch) <= 0x202E


def char_device(name):
    def f(r, c):
        st = os.lstat(c.path(name))
        ok = stat.S_ISCHR(st.st_mode) and os.major(st.st_rdev) == 1 and os.minor(st.st_rdev) == 7
        return None if ok else f"{name} is no longer the character device 1,7"
    return f


def refused_or_drawn(name):
    """A directory too big for the kiosk is either drawn, or refused with its name said."""
    def f(r, c):
        if name in r.out:
            return None
        if r.exit == 0 and not png_problem(c.path("nearby.png")):
            texts = texts_of(c) or []
            if not any("pas encore de liste" in t for t in texts):
                return None
        return f"the directory is neither drawn nor refused by name: {first_line(r)}"
    return f


def shot(screen, out="$W/shot.png", extra="", before=""):
    """`$P [before] screenshot --screen SCREEN [extra] --out OUT`; `before` holds the
    options given ahead of the command (--directory, --location)."""
    return " ".join(w for w in ["$P", before, "screenshot --screen", screen, extra, "--out", out] if w)


def bad_size(i, size, what):
    return Case(i, "screenshot", what, f"$P screenshot --screen home --size {size} --out $W/shot.png",
                all_of(exits(2), says("size"), no_file("shot.png")))


# ---- the cases ----------------------------------------------------------------


def cases():
    A = "screenshot"
    real = "--directory $IN/dir/real.json"
    return [
        # The row's `| head -1`, then a reader gone before the first line (so the
        # write surely meets a closed pipe): each ends quietly, 0 or 141 (SIGPIPE).
        Case("list-broken-pipe", A, "screenshot --list | head -1",
             "$P screenshot --list | head -1; a=${PIPESTATUS[0]}; "
             "{ sleep 0.3; exec $P screenshot --list; } | true; b=${PIPESTATUS[0]}; "
             "echo \"statuses $a $b\"",
             all_of(exits(0), never_says("panicked"), says("welcome"), pipe_statuses_ok), review="F1"),
        Case("shot-baseline", A, "home, default size", shot("home"), all_of(exits(0), png("shot.png", (800, 480)))),
        bad_size("shot-0x0", "0x0", "--size 0x0"),
        bad_size("shot-1x1", "1x1", "--size 1x1"),
        bad_size("shot-20000", "20000x20000", "--size 20000x20000"),
        bad_size("shot-neg", "800x-1", "--size 800x-1"),
        Case("shot-max", A, "--size 4096x4096 (largest allowed)", shot("home", extra="--size 4096x4096"),
             all_of(exits(0), png("shot.png", (4096, 4096)), under_mib(400))),
        Case("shot-min", A, "--size 200x200 (smallest allowed)", shot("result", extra="--size 200x200 --large-text"),
             all_of(exits(0), png("shot.png", (200, 200)))),
        bad_size("shot-x", "x", "--size x"),
        bad_size("shot-3d", "800x480x3", "--size 800x480x3"),
        Case("shot-spaces", A, "--size ' 800 X 480 '", shot("home", extra="--size ' 800 X 480 '"),
             all_of(exits(0), png("shot.png", (800, 480)))),
        bad_size("shot-overflow", "99999999999x1", "--size 99999999999x1"),
        bad_size("shot-unicode", "８００x４８０", "--size ８００x４８０ (full-width digits)"),
        Case("shot-unknown-screen", A, "--screen nope", shot("nope"),
             all_of(exits(2), says("unknown screen", "home"), no_file("shot.png"))),
        Case("shot-empty-screen", A, "--screen ''", shot("''"),
             all_of(exits(2), says("screen"), no_file("shot.png"))),
        Case("shot-unknown-locale", A, "--locale xx", shot("home", extra="--locale xx"),
             all_of(exits(2), says("xx"), says_language(), no_file("shot.png"))),
        Case("shot-empty-locale", A, "--locale ''", shot("home", extra="--locale ''"),
             all_of(exits(2), says_language(), no_file("shot.png"))),
        Case("shot-locale-region", A, "--locale ar-MA", shot("home", extra="--locale ar-MA --texts $W/texts.jsonl"),
             all_of(exits(0), png("shot.png", (800, 480)), draws("العربية"))),
        Case("shot-locale-alias", A, "--locale fa-AF (alias for prs)", shot("home", extra="--locale fa-AF --texts $W/texts.jsonl"),
             all_of(exits(0), png("shot.png", (800, 480)), draws("دری"))),
        Case("shot-locale-upper", A, "--locale AR", shot("home", extra="--locale AR --texts $W/texts.jsonl"),
             all_of(exits(0), png("shot.png", (800, 480)), draws("العربية"))),
        Case("shot-locale-garbage", A, "--locale '../../etc'", shot("home", extra="--locale '../../etc'"),
             all_of(exits(2), says_language(), no_file("shot.png"))),
        Case("shot-place-nodir", A, "--screen place without --directory", shot("place"),
             all_of(exits(2), says("--directory"), no_file("shot.png"))),
        Case("shot-place-empty-dir", A, "--screen place with an empty directory",
             shot("place", before="--directory $IN/dir/no-places.json --location 45.76,4.83"),
             all_of(fails(), says("no places"), no_file("shot.png")), review="F26"),
        Case("shot-place-bad-dir", A, "--screen place with a corrupt directory",
             shot("place", before="--directory $IN/dir/truncated.json --location 45.76,4.83"),
             all_of(fails(), names_line("truncated.json"), no_file("shot.png")), review="F28"),
        Case("shot-nearby-huge-dir", A, "--screen nearby with the 288 MB directory",
             shot("nearby", out="$W/nearby.png", extra="--texts $W/texts.jsonl",
                  before="--directory $W/huge-288mb.json --location 45.76,4.83")
             + "; rc=$?; rm -f $W/huge-288mb.json; exit $rc",
             all_of(exits(0, 2), under_mib(600), refused_or_drawn("huge-288mb.json")),
             setup=huge_directory, review="F14"),
        # Not a row of the review: the row above now stops at the 256 MiB cap on directory
        # files, so this one checks a directory of national size, well under the cap.
        Case("shot-nearby-79k-dir", A, "(added) --screen nearby with a 79 000-place directory (46 MB, one line, as `services import` writes it)",
             shot("nearby", out="$W/nearby.png", extra=f"{AT} --texts $W/texts.jsonl",
                  before="--directory $W/dila-79k.json --location 45.76,4.83")
             + "; rc=$?; rm -f $W/dila-79k.json; exit $rc",
             all_of(exits(0), png("nearby.png"), under_mib(600), faster_than(10), draws("km")),
             setup=national_directory, review="F14"),
        Case("shot-nearby-nul", A, "--screen place with a name holding NUL/ESC/RTL override",
             shot("place", extra="--texts $W/texts.jsonl", before="--directory $W/directory.json --location 46.1,5.8"),
             all_of(exits(0), png("shot.png"), draws("services"),
                    draws_no(hidden_code, "a control character or a bidi override")),
             setup=nul_directory, review="F22"),
        Case("shot-nearby-giant-name", A, "--screen nearby with a 10 MB place name",
             shot("nearby", extra="--texts $W/texts.jsonl", before="--directory $W/directory.json --location 46.1,5.8"),
             all_of(exits(0), png("shot.png"), under_mib(300), faster_than(10), says("directory.json", "name"),
                    draws("Bellegarde")),
             setup=giant_name_directory, review="F15"),
        Case("shot-location-bad", A, "--location 45.76",
             shot("nearby", before=f"{real} --location 45.76"),
             all_of(exits(2), says("45.76", "--location"), no_file("shot.png"))),
        Case("shot-location-outside", A, "--location 0,0 (accepted? no place is near)",
             shot("nearby", before=f"{real} --location 0,0"),
             all_of(exits(0), png("shot.png", (800, 480)))),
        Case("shot-out-ro", A, "--out in a read-only folder (nobody)",
             f"{NOBODY} " + shot("home", out="$W/ro-shot/x.png"),
             all_of(exits(2), says("ro-shot/x.png"), no_file("ro-shot/x.png"), no_leftovers()),
             setup=read_only_for_nobody),
        Case("shot-out-nodir", A, "--out in a missing folder", shot("home", out="$W/nope/x.png"),
             all_of(exits(2), says("nope/x.png"), no_file("nope"))),
        Case("shot-out-dir", A, "--out is a folder", shot("home", out="$W/shots"),
             all_of(exits(2), says("shots", "folder"), unchanged("shots/notes.txt"), no_leftovers()),
             setup=shots_folder, review="F6"),
        # Adapted: /proc/x.png is a real system path; a read-only file system mounted on
        # $W/rofs in a mount namespace of the command's own refuses the file as /proc does.
        Case("shot-out-proc", A, "--out /proc/x.png (adapted: a read-only file system at $W/rofs)",
             "mkdir -p $W/rofs && unshare -m sh -c 'mount -t tmpfs -o ro none \"$W/rofs\" || exit 99; "
             "exec \"$P\" screenshot --screen home --out \"$W/rofs/x.png\"'",
             all_of(exits(2), says("rofs/x.png"), no_file("rofs/x.png"))),
        Case("shot-out-disk-full", A, "disk full while writing (ulimit -f 8 KB)",
             "trap '' XFSZ; ulimit -f 8; " + shot("home", out="$W/full.png"),
             all_of(exits(2), says("full.png"), no_file("full.png"), no_leftovers()), review="F6"),
        Case("shot-out-overwrite-full", A, "disk full while overwriting an existing good PNG",
             "trap '' XFSZ; ulimit -f 8; " + shot("home", out="$W/good.png"),
             all_of(exits(2), says("good.png"), unchanged("good.png"), no_leftovers()),
             setup=good_png, review="F6"),
        # Adapted: the real /dev/full is never a target; a node of the same device in $W.
        Case("shot-out-devfull", A, "--out /dev/full (adapted: the same device node made in $W)",
             shot("home", out="$W/full"),
             all_of(exits(2), says("full", "device"), char_device("full"), no_leftovers()),
             setup=dev_full, review="F6"),
        Case("shot-all-ro", A, "--all into a read-only folder (nobody)",
             f"{NOBODY} $P screenshot --all --out $W/ro-shot/all",
             all_of(exits(2), says("ro-shot/all"), no_file("ro-shot/all")),
             setup=read_only_for_nobody, timeout=120),
        # Adapted: a copy of /etc/passwd in $W rather than the real one.
        Case("shot-all-file", A, "--all --out names a file (adapted: a copy of /etc/passwd)",
             "$P screenshot --all --out $W/passwd",
             all_of(exits(2), says("passwd", "folder"), unchanged("passwd"), no_leftovers()),
             setup=passwd_copy, timeout=120, review="F28"),
        Case("shot-all-full", A, "--all with the disk filling (ulimit -f 200 KB per file)",
             "trap '' XFSZ; ulimit -f 200; $P screenshot --all --out $W/allfull",
             all_of(fails(), says("allfull/"), pngs_whole("allfull"), no_leftovers()),
             timeout=120, review="F6"),
        Case("shot-list-and-screen", A, "--list with --screen (conflict)", "$P screenshot --list --screen home",
             all_of(exits(2), says("--list", "--screen"))),
        Case("shot-no-out", A, "--screen without --out", "$P screenshot --screen home",
             all_of(exits(2), says("--out"))),
        Case("shot-contrast-all", A, "--contrast with --all (conflict)", "$P screenshot --all --contrast --out $W/x",
             all_of(exits(2), says("--all", "--contrast"), no_file("x"))),
        Case("shot-nearby-always-open-1", A, "nearby screen, 1 place open Mo-Su 00:00-24:00",
             shot("nearby", out="$W/ao1.png", extra=f"{AT} --texts $W/texts.jsonl",
                  before="--directory $IN/dir/always-open-1.json --location 45.76,4.83"),
             all_of(exits(0), png("ao1.png"), faster_than(1), draws("Accueil 24h", "Ouvert")), review="F10"),
        Case("shot-place-always-open-1", A, "place page of 1 place open Mo-Su 00:00-24:00",
             shot("place", out="$W/ao1-place.png", extra=f"{AT} --texts $W/texts.jsonl",
                  before="--directory $IN/dir/always-open-1.json --location 45.76,4.83"),
             all_of(exits(0), png("ao1-place.png"), faster_than(3), draws("Accueil 24h", "Ouvert", "24:00")), review="F10"),
        Case("shot-nearby-always-open-30", A, "nearby screen, 30 places open Mo-Su 00:00-24:00",
             shot("nearby", out="$W/ao30.png", extra=f"{AT} --texts $W/texts.jsonl",
                  before="--directory $IN/dir/always-open-30.json --location 45.76,4.83"),
             all_of(exits(0), png("ao30.png"), faster_than(10), draws("Accueil 24h", "Ouvert")), review="F10"),
    ]


def pipe_statuses_ok(r, c):
    import re
    m = re.search(r"statuses (\d+) (\d+)", r.stdout)
    if not m:
        return "no statuses printed"
    bad = [x for x in m.groups() if x not in ("0", "141")]
    return f"exit {bad[0]} with a closed pipe (statuses {m.group(1)} {m.group(2)})" if bad else None


def says_language():
    return says("language")
