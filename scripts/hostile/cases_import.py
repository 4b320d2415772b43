"""Area `import`: the review's 109 import cases (France Services CSV `fs-*`, DILA JSON
`dila-*`, data·inclusion JSON `di-*`, and --out/--radius/--source-date handling).

Inputs are made from the real open data in $SHARED/data (read there, never copied into
the repository); the large ones (10 MB, 50 MB, 200 MB) are made by the case that needs
them, in its own folder, and removed by its command.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import stat
from pathlib import Path

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
    says_any,
    under_mib,
    unchanged,
)
from replay import either, faster_than

AREA = "import"
FS_REAL = "$SHARED/data/france-services-2024-08-01.csv"
DILA_REAL = "$SHARED/data/dila-one-record-2023-08-09.json"
OUT = "--out $W/directory.json"
REFUSED = (1, 2)  # a refusal: the README says 1, the code gives 2; both are a clear "no"


def fs(inp: str, extra: str = "") -> str:
    return f"$P services import --format france-services {inp} {OUT} {extra}".rstrip()


def dila(inp: str, extra: str = "") -> str:
    return f"$P services import --format dila {inp} {OUT} {extra}".rstrip()


def di(inp: str, extra: str = "") -> str:
    return f"$P services import --format data-inclusion {inp} {OUT} {extra}".rstrip()


# ---- the real data, read once --------------------------------------------------

_cache: dict = {}


def fs_table(shared: Path) -> tuple[list[str], list[list[str]]]:
    if "fs" not in _cache:
        text = (shared / "data/france-services-2024-08-01.csv").read_text(encoding="utf-8")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        _cache["fs"] = (rows[0], rows[1:])
    header, rows = _cache["fs"]
    return list(header), [list(r) for r in rows]


def fs_text(header, rows, delimiter=",") -> str:
    """Quoted like the real file: text in quotes, empty fields bare."""
    out = io.StringIO()
    for row in [header] + rows:
        cells = []
        for v in row:
            if v == "":
                cells.append("")
            else:
                cells.append('"' + v.replace('"', '""') + '"')
        out.write(delimiter.join(cells) + "\n")
    return out.getvalue()


def small(shared: Path, n: int = 30):
    header, rows = fs_table(shared)
    return header, rows[:n]


def dila_record(shared: Path) -> dict:
    if "dila" not in _cache:
        _cache["dila"] = json.loads((shared / "data/dila-one-record-2023-08-09.json").read_text(encoding="utf-8"))
    return json.loads(json.dumps(_cache["dila"]["service"][0]))


def dila_with(shared: Path, id_: str, **fields) -> dict:
    rec = dila_record(shared)
    rec["id"] = id_
    rec.update(fields)
    return rec


def dila_address(shared: Path, lat, lon) -> list:
    addr = dila_record(shared)["adresse"][0]
    addr["latitude"], addr["longitude"] = lat, lon
    return [addr]


def dila_hours_of(day1, day2, start, end) -> list:
    return [
        {
            "nom_jour_debut": day1,
            "nom_jour_fin": day2,
            "valeur_heure_debut_1": start,
            "valeur_heure_fin_1": end,
            "valeur_heure_debut_2": "",
            "valeur_heure_fin_2": "",
            "commentaire": "",
        }
    ]


def di_record(id_, **fields) -> dict:
    rec = {
        "id": id_,
        "nom": f"Structure {id_}",
        "date_maj": "2026-05-04",
        "adresse": "10 rue de la République",
        "code_postal": "69002",
        "commune": "Lyon",
        "latitude": 45.7597,
        "longitude": 4.8365,
        "horaires_accueil": "Mo-Fr 09:00-12:00",
        "reseaux_porteurs": ["ccas-cias"],
    }
    rec.update(fields)
    return rec


def put(base: Path, name: str, data) -> Path:
    p = base / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


# ---- shared inputs ($IN) ----------------------------------------------------------

HOURS_ABSURD = [
    # (h_lundi, must be named by its line)
    ("25:00 - 26:00", True),
    ("ferme", True),
    ("9h - 12h", False),
    ("24:00 - 24:30", True),
    ("12:00 - 09:00", True),
    ("09:00 - 12:00 /", True),
    ("-", True),
    ("09:99 - 12:00", True),
    ("+9 - 12", False),
    ("09:00 - 12:00 / 10:00 - 13:00", False),
    ("٠٩:٠٠ - ١٢:٠٠", True),
    (" / ".join(["08:00 - 09:00"] * 2000), True),
]


def prepare(ctx):
    IN, S = ctx.IN, ctx.shared
    rnd = random.Random(20261202)
    real_fs = (S / "data/france-services-2024-08-01.csv").read_bytes()
    real_dila = (S / "data/dila-one-record-2023-08-09.json").read_text(encoding="utf-8")
    header, rows = fs_table(S)
    sh, sr = small(S)
    col = {name: i for i, name in enumerate(header)}

    # France Services --------------------------------------------------------------
    F = IN / "fs"
    F.mkdir(parents=True, exist_ok=True)
    put(F, "small.csv", fs_text(sh, sr))
    put(F, "empty.csv", b"")
    put(F, "header-only.csv", fs_text(header, []))
    put(F, "truncated-mid-quote.csv", real_fs[:587290])  # the review's cut: inside "09:00 - 12:00 / ..."
    third = real_fs.find(b'",', len(real_fs) // 3) + 2  # just after a comma, mid-line, outside quotes
    put(F, "truncated-mid-line.csv", real_fs[:third])
    put(F, "latin1.csv", real_fs.decode("utf-8").encode("latin-1", errors="replace"))
    put(F, "utf16.csv", real_fs.decode("utf-8").encode("utf-16"))  # with its BOM
    put(F, "utf8-bom.csv", b"\xef\xbb\xbf" + real_fs)
    put(F, "crlf.csv", fs_text(header, rows).replace("\n", "\r\n"))
    put(F, "cr-only.csv", fs_text(header, rows).replace("\n", "\r"))

    def without(column, h, rs):
        i = h.index(column)
        return [c for j, c in enumerate(h) if j != i], [[c for j, c in enumerate(r) if j != i] for r in rs]

    put(F, "missing-latitude-col.csv", fs_text(*without("latitude", sh, sr)))
    put(F, "missing-hours-col.csv", fs_text(*without("h_lundi", sh, sr)))
    order = list(range(len(header)))
    random.Random(7).shuffle(order)
    put(F, "reordered.csv", fs_text([header[i] for i in order], [[r[i] for i in order] for r in rows]))
    put(F, "dup-column.csv", fs_text(sh + ["latitude"], [r + ["999"] for r in sr]))
    put(F, "header-uppercase.csv", fs_text([h.upper() for h in sh], sr))
    put(F, "semicolon.csv", fs_text(sh, sr, delimiter=";"))
    put(F, "dup-ids.csv", fs_text(sh, sr[:10] + sr[:10]))
    same = [list(r) for r in sr]
    for r in same[:3]:
        r[col["id_fs"]] = "1"
    put(F, "same-id-diff-rows.csv", fs_text(sh, same))

    def variant(name, changes):
        rs = [list(r) for r in sr]
        for i, column, value in changes:
            rs[i][col[column]] = value
        put(F, name, fs_text(sh, rs))

    variant("coord-nan.csv", [(0, "latitude", "NaN"), (1, "latitude", "nan"), (2, "longitude", "NaN")])
    variant("coord-inf.csv", [(0, "latitude", "inf"), (1, "latitude", "1e308"), (2, "longitude", "-inf"), (3, "longitude", "1e308")])
    variant("coord-out-of-range.csv", [(0, "latitude", "95"), (1, "longitude", "200"), (2, "latitude", "-91"), (2, "longitude", "-181")])
    swapped = []
    for i in range(3):
        swapped += [(i, "latitude", sr[i][col["longitude"]]), (i, "longitude", sr[i][col["latitude"]])]
    variant("coord-swapped.csv", swapped)
    variant("coord-empty.csv", [(0, "latitude", ""), (1, "longitude", "   "), (2, "latitude", ""), (2, "longitude", "")])
    variant("coord-comma-decimal.csv", [(0, "latitude", "46,106"), (0, "longitude", "5,826")])
    variant("coord-zero.csv", [(0, "latitude", "0"), (0, "longitude", "0")])
    variant("hours-absurd.csv", [(i, "h_lundi", v) for i, (v, _) in enumerate(HOURS_ABSURD)])
    variant("nul-bytes.csv", [(0, "lib_fs", "France\x00services\x07 \x1b[31mRouge\x1b[0m")])
    variant("empty-name.csv", [(0, "lib_fs", ""), (1, "lib_fs", "   "), (2, "lib_fs", "\u202eFrance services à l'envers")])
    variant("all-rejected.csv", [(i, "latitude", "abc") for i in range(len(sr))])
    ragged = fs_text(sh, sr).split("\n")
    ragged[1] = ",".join(ragged[1].split(",")[:-5])  # too few fields
    ragged[2] = ragged[2] + ',"x","y","z"'  # too many
    put(F, "ragged.csv", "\n".join(ragged))
    put(F, "garbage.bin", rnd.randbytes(1024 * 1024))
    put(F, "garbage-header-ok.csv", fs_text(header, []).encode() + rnd.randbytes(200 * 1024))
    put(F, "is-json.csv", real_dila)
    (F / "a-directory").mkdir(exist_ok=True)
    quote = real_fs.replace(b'"5-9 Rue des Papetiers"', b'5-9 Rue des "Papetiers"', 1)
    assert quote != real_fs
    put(F, "quote-in-unquoted.csv", quote)
    extra = [f"x{i}" for i in range(20000)]
    put(F, "many-columns.csv", fs_text(sh + extra, [r + [""] * len(extra) for r in sr]))

    # DILA ---------------------------------------------------------------------------
    D = IN / "dila"
    D.mkdir(parents=True, exist_ok=True)
    rec = dila_record(S)
    put(D, "empty.json", b"")
    put(D, "null.json", "null")
    put(D, "empty-object.json", "{}")
    put(D, "empty-list.json", "[]")
    put(D, "string.json", '"service"')
    put(D, "service-not-list.json", json.dumps({"service": rec}))
    put(D, "truncated.json", real_dila[: len(real_dila) // 2])
    put(D, "bom.json", "\ufeff" + real_dila)
    put(D, "utf16.json", real_dila.encode("utf-16"))
    put(D, "latin1.json", real_dila.encode("latin-1", errors="replace"))
    put(D, "crlf.json", real_dila.replace("\n", "\r\n"))
    put(D, "nested-10000.json", "[" * 10000 + "]" * 10000)
    put(D, "nested-in-record.json", '{"service":[{"id":"deep","nom":"x","pivot":' + '{"a":' * 10000 + "1" + "}" * 10000 + "}]}")
    api = json.loads((ctx.root / "tests/fixtures/dila-api.json").read_text(encoding="utf-8"))
    ok = api["results"][0]
    deep = dict(ok, id="deep-string", pivot="[" * 100000 + "]" * 100000)
    put(D, "nested-in-string.json", json.dumps({"total_count": 2, "results": [ok, deep]}))
    one = json.dumps(rec)
    put(D, "dup-keys-root.json", '{"service": [' + one + '], "service": []}')
    put(D, "dup-keys-record.json", '{"service": [{"id": "first-id", ' + one[1:] + "]}")
    put(D, "dup-ids.json", json.dumps({"service": [rec, rec, rec]}))
    coords = [
        ("c-ok", "48.4868011475", "2.75745010376"),
        ("c-nan", "NaN", "2.757"),
        ("c-inf", "inf", "2.757"),
        ("c-1e308", "1e308", "2.757"),
        ("c-empty", "", ""),
        ("c-swapped", "2.75745010376", "48.4868011475"),
        ("c-95", "95", "2.757"),
        ("c-numbers", 48.4868, 2.7574),
        ("c-comma", "48,4868", "2,7574"),
    ]
    put(D, "coords.json", json.dumps({"service": [dila_with(S, i, adresse=dila_address(S, la, lo)) for i, la, lo in coords]}))
    put(D, "big-number.json", json.dumps({"service": [dila_with(S, "big", adresse=dila_address(S, "LAT", "2.75"))]}).replace('"LAT"', "1e400"))
    hours = [
        ("h-ok", dila_hours_of("Lundi", "Vendredi", "09:00:00", "12:00:00")),
        ("h-25", dila_hours_of("Lundi", "Lundi", "25:00:00", "26:00:00")),
        ("h-ferme", dila_hours_of("Lundi", "Lundi", "ferme", "ferme")),
        ("h-9h", dila_hours_of("Lundi", "Lundi", "9h", "12h")),
        ("h-funday", dila_hours_of("Funday", "Funday", "09:00:00", "12:00:00")),
        ("h-sunmon", dila_hours_of("Dimanche", "Lundi", "09:00:00", "12:00:00")),
        ("h-reversed", dila_hours_of("Lundi", "Lundi", "12:00:00", "09:00:00")),
        ("h-numbers", dila_hours_of("Lundi", "Lundi", 9, 12)),
    ]
    put(D, "hours.json", json.dumps({"service": [dila_with(S, i, plage_ouverture=h) for i, h in hours]}))
    put(D, "api-bad-nested.json", json.dumps({"total_count": 2, "results": [ok, dict(ok, id="bad-nested", adresse="[{not json")]}))
    put(D, "wrong-types.json", json.dumps({"service": [42, "a string", None, [1, 2], rec]}))
    put(D, "garbage.bin", rnd.randbytes(1024 * 1024))
    put(D, "api-total-lies.json", json.dumps({"total_count": 99999, "results": []}))
    put(D, "always-open.json", json.dumps({"service": [dila_with(S, "always-open", plage_ouverture=dila_hours_of("Lundi", "Dimanche", "00:00:00", "24:00:00"))]}))

    # data·inclusion -----------------------------------------------------------------
    I = IN / "di"
    I.mkdir(parents=True, exist_ok=True)
    fixture = json.loads((ctx.root / "tests/fixtures/data-inclusion.json").read_text(encoding="utf-8"))
    put(I, "fixture-object.json", json.dumps({"structures": fixture}))
    put(
        I,
        "coords.json",
        json.dumps(
            [
                di_record("ok"),
                di_record("nan", latitude="NaN"),
                di_record("big", latitude="BIG"),
                di_record("swapped", latitude=4.8365, longitude=45.7597),
                di_record("null", latitude=None),
                di_record("strings", latitude="45.7597", longitude="4.8365"),
            ]
        ).replace('"BIG"', "1e308"),
    )
    di_hours = [
        ("ok", "Mo-Fr 09:00-12:00"),
        ("h25", "Mo 25:00-26:00"),
        ("ferme", "ferme"),
        ("9h", "Mo 9h-12h"),
        ("ph", "Mo-Fr 09:00-12:00; PH off"),
        ("always", "24/7"),
        ("ranges1200", "Mo " + ",".join(f"{h:02}:{m:02}-{h:02}:{m + 1:02}" for h in range(24) for m in range(0, 50)[:50])),
        ("sunrise", "Mo-Fr sunrise-sunset"),
        ("easter", "easter off; Mo-Fr 09:00-12:00"),
        ("week", "week 01-53 Mo 09:00-12:00"),
        ("year9999", "9999 Mo 09:00-12:00"),
        ("comment", 'Mo-Fr 09:00-12:00 "sur rendez-vous"'),
        ("mosu", "Mo-Su 00:00-24:00"),
    ]
    put(I, "hours.json", json.dumps([di_record(i, horaires_accueil=h) for i, h in di_hours]))
    put(I, "dup-ids.json", json.dumps([di_record("same"), di_record("same", nom="Autre structure")]))
    recs = [di_record("ok"), di_record(""), di_record(42)]
    missing = di_record("gone")
    del missing["id"]
    put(I, "no-id.json", json.dumps(recs[:2] + [missing, recs[2]]))
    put(
        I,
        "wrong-kind-network.json",
        json.dumps(
            [
                di_record("string", reseaux_porteurs="pimms-mediation"),
                di_record("number", reseaux_porteurs=42),
                di_record("object", reseaux_porteurs={"a": 1}),
                di_record("null", reseaux_porteurs=None),
                di_record("list", reseaux_porteurs=["ccas-cias"]),
            ]
        ),
    )
    put(I, "nested-10000.json", "[" * 10000 + "]" * 10000)
    good = json.dumps(di_record("good"))
    put(I, "dup-keys.json", '[{"id": "a", "id": "b", "nom": "Doublon", "latitude": 45.76, "longitude": 4.83, "latitude": 999}, ' + good + "]")


# ---- per-case setups -----------------------------------------------------------------


def good_directory(ctx, name="directory.json", source=None):
    """A good directory from the real file (2 845 places), kept for `unchanged`."""
    import subprocess

    src = source or str(ctx.shared / "data/france-services-2024-08-01.csv")
    target = ctx.path(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [ctx.P, "services", "import", "--format", "france-services", src, "--out", str(target), "--source-date", "2024-08-01"],
        check=True,
        capture_output=True,
    )
    keep(ctx, name)


def giant_fs(field: str, value_of):
    def setup(ctx):
        header, rows = small(ctx.shared)
        rows[0][header.index(field)] = value_of()
        ctx.write("giant.csv", fs_text(header, rows))

    return setup


def one_long_line(ctx):
    header, rows = small(ctx.shared)
    with open(ctx.path("one-long-line.csv"), "w", encoding="utf-8") as f:
        f.write(fs_text(header, []))
        f.write("x" * (50 * 1024 * 1024) + "\n")
        f.write(fs_text(header, rows).split("\n", 1)[1])


def giant_json(kind: str):
    def setup(ctx):
        name = "N" * (10 * 1024 * 1024)
        if kind == "dila":
            recs = {"service": [dila_with(ctx.shared, "giant", nom=name), dila_with(ctx.shared, "normal")]}
        else:
            recs = [di_record("giant", nom=name), di_record("normal")]
        ctx.write("giant.json", json.dumps(recs))

    return setup


def fifo(ctx):
    os.mkfifo(ctx.path("fifo-in"))


def folder_exists(ctx):
    ctx.path("places").mkdir()


def operator_tmp(ctx):
    ctx.write("places.tmp", "the operator's notes\n")
    keep(ctx, "places.tmp")


def disk_full(ctx):
    ctx.write("directory.json", '{"places":[]}\n')
    keep(ctx, "directory.json")


def same_as_input(ctx):
    ctx.write("in.csv", (ctx.IN / "fs/small.csv").read_bytes())
    keep(ctx, "in.csv")


def open_to_nobody(ctx):
    """Lets `nobody` reach the case folder and the inputs (mkdtemp made them 0700)."""
    work = ctx.IN.parent
    for p in [work, work / "o", ctx.IN, ctx.IN / "fs", ctx.dir]:
        p.chmod(p.stat().st_mode | 0o755)
    (ctx.IN / "fs/small.csv").chmod(0o644)


def read_only_folder(ctx):
    open_to_nobody(ctx)
    ro = ctx.path("ro")
    ro.mkdir()
    ro.chmod(0o555)


def read_only_file(ctx):
    open_to_nobody(ctx)
    good_directory(ctx, "directory.json", source=str(ctx.IN / "fs/small.csv"))
    ctx.path("directory.json").chmod(0o444)
    ctx.dir.chmod(0o777)  # a folder nobody may write in


def device_node(ctx):
    os.mknod(ctx.path("full"), 0o666 | stat.S_IFCHR, os.makedev(1, 7))


def symlink_out(ctx):
    good_directory(ctx, "elsewhere/directory.json", source=str(ctx.IN / "fs/small.csv"))
    ctx.path("sym").mkdir()
    os.symlink("../elsewhere/directory.json", ctx.path("sym/directory.json"))


def big_fs(ctx):
    """529 170 rows of the real file, renumbered (about 200 MB)."""
    header, rows = fs_table(ctx.shared)
    idc = header.index("id_fs")
    with open(ctx.path("big-200mb.csv"), "w", encoding="utf-8") as f:
        f.write(fs_text(header, []))
        n = 0
        while n < 529170:
            chunk = []
            for r in rows:
                if n >= 529170:
                    break
                r = list(r)
                r[idc] = str(n + 1)
                chunk.append(r)
                n += 1
            f.write(fs_text(header, chunk).split("\n", 1)[1])


def big_dila(ctx):
    """78 963 copies of the real record (pretty-printed, as the bulk file is), renumbered: about 220 MB."""
    rec = dila_record(ctx.shared)
    with open(ctx.path("big-200mb.json"), "w", encoding="utf-8") as f:
        f.write('{\n "service": [\n')
        for i in range(78963):
            rec["id"] = f"rec-{i}"
            text = json.dumps(rec, ensure_ascii=False, indent=1)
            f.write(("" if i == 0 else ",\n") + text)
        f.write("\n ]\n}\n")


# ---- expectations of this area ---------------------------------------------------------


def directory(c) -> dict | None:
    p = c.dir / "directory.json"
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except Exception:
        return None


def places(n: int, name: str = "directory.json"):
    """`name` is a directory file holding exactly n places."""

    def f(r, c):
        try:
            d = json.loads((c.dir / name).read_text(encoding="utf-8"))
        except Exception as e:
            return f"{name}: not a directory file ({e.__class__.__name__})"
        got = len(d.get("places", []))
        return None if got == n else f"{name}: {got} places, expected {n}"

    return f


def not_written(name: str = "directory.json"):
    return lambda r, c: None if not os.path.lexists(c.dir / name) else f"{name} was written"


def refused(name: str = "directory.json"):
    """A clear refusal: exit 1/2, the file not written, no temporary left."""
    return all_of(exits(*REFUSED), not_written(name), no_leftovers("*.tmp"))


def each_place(pred, what: str, name: str = "directory.json"):
    def f(r, c):
        try:
            d = json.loads((c.dir / name).read_text(encoding="utf-8"))
        except Exception:
            return f"{name}: not written"
        bad = [p.get("id") for p in d.get("places", []) if not pred(p)]
        return f"{what}: {', '.join(map(str, bad[:5]))}" if bad else None

    return f


def unique_ids(r, c):
    d = directory(c)
    if d is None:
        return "directory.json not written"
    ids = [p["id"] for p in d["places"]]
    return None if len(ids) == len(set(ids)) else f"an id is listed twice: {sorted({i for i in ids if ids.count(i) > 1})[:5]}"


def at_lines(*lines: int):
    """Each line is named in a `rejected line N` or `warning line N` report."""

    def f(r, c):
        for n in lines:
            if not re.search(rf"\b(rejected|warning)\b[^\n]*\bline {n}\b", r.out):
                return f"line {n} not named: {first_line(r)}"
        return None

    return f


def at_records(*ids: str):
    """Each record is named by its id or number in a rejected/warning report."""

    def f(r, c):
        for i in ids:
            if not re.search(rf"\b(rejected|warning)\b[^\n]*\brecord {re.escape(i)}\b", r.out):
                return f"record {i} not named: {first_line(r)}"
        return None

    return f


def no_long_number(r, c):
    m = re.search(r"\d{30,}", r.out)
    return f"prints a {len(m.group())}-digit number" if m else None




def every(*checks):
    """Like all_of, but says every reason, not the first one only."""

    def f(r, c):
        whys = [w for w in (check(r, c) for check in checks) if w]
        return "; ".join(whys) or None

    return f




def is_char_device(name: str):
    def f(r, c):
        try:
            return None if stat.S_ISCHR(os.lstat(c.dir / name).st_mode) else f"{name} is no longer a device"
        except FileNotFoundError:
            return f"{name} is gone"

    return f


def still_symlink(name: str):
    return lambda r, c: None if os.path.islink(c.dir / name) else f"{name} is no longer a link"


def no_hours_without_monday(p):
    h = p.get("opening_hours")
    return h is None or "Mo" in h


def no_reversed(p):
    return "12:00-09:00" not in (p.get("opening_hours") or "")


def clean_name(p):
    return not any(ord(ch) < 32 and ch != "\n" or ord(ch) == 127 for ch in p["name"])


def kind_of(id_: str, kind: str):
    def f(r, c):
        d = directory(c)
        if d is None:
            return "directory.json not written"
        for p in d["places"]:
            if p["id"] == id_:
                return None if kind in p["kinds"] else f"{id_}: kinds {p['kinds']}, expected {kind}"
        return f"{id_} not imported"

    return f


def loadable_or_said(r, c):
    """The directory written is one the kiosk loads, or the import says it is too big for it."""
    load = (c.dir / "load.txt").read_text(encoding="utf-8", errors="replace") if (c.dir / "load.txt").exists() else ""
    if re.search(r"more than the \d+ such a file may have", load) and not re.search(r"too (big|large)|more than", r.out):
        return "wrote, without a word, a directory the kiosk refuses by its size: " + load.strip()[:120]
    return None


def no_empty_write(r, c):
    """Never exit 0 with an empty directory written (F7)."""
    d = directory(c)
    if r.exit == 0 and (d is None or not d.get("places")):
        return "exit 0 with no place written"
    if r.exit != 0 and d is not None:
        return "refused, yet a directory was written"
    return None


# ---- the cases ----------------------------------------------------------------------------


def cases():
    C = lambda id_, what, cmd, expect, **kw: Case(id_, AREA, what, cmd, expect, **kw)
    IN_FS = "$IN/fs"
    IN_D = "$IN/dila"
    IN_I = "$IN/di"
    SMALL = f"{IN_FS}/small.csv"
    ok_dir = lambda n: all_of(exits(0), places(n), no_leftovers("*.tmp"))
    return [
        C("fs-real", "France Services real file (2 845 sites), baseline", fs(FS_REAL, "--source-date 2024-08-01"),
          all_of(ok_dir(2845), says("imported 2845"), each_place(lambda p: p["source_date"] == "2024-08-01", "source date not written"))),
        C("fs-empty", "empty file (0 bytes)", fs(f"{IN_FS}/empty.csv"), all_of(refused(), says("empty.csv"))),
        C("fs-header-only", "header line only", fs(f"{IN_FS}/header-only.csv"), all_of(refused(), says("nothing")), review="F7"),
        C("fs-trunc-quote", "truncated inside an open quoted field", fs(f"{IN_FS}/truncated-mid-quote.csv"),
          all_of(refused(), says("truncated-mid-quote.csv"), says_any("cut short", "ends in the middle")), review="F8"),
        C("fs-trunc-line", "truncated in the middle of a line", fs(f"{IN_FS}/truncated-mid-line.csv"),
          all_of(refused(), says("truncated-mid-line.csv"), says_any("cut short", "ends in the middle")), review="F8"),
        C("fs-latin1", "whole file in Latin-1", fs(f"{IN_FS}/latin1.csv"),
          all_of(refused(), names_line("latin1.csv"), says("UTF-8"), never_says("index")), review="F28"),
        C("fs-utf16", "UTF-16 with BOM", fs(f"{IN_FS}/utf16.csv"),
          all_of(refused(), says("utf16.csv"), says_any("UTF-16", "save the file as UTF-8"), never_says("index 0")), review="F28"),
        C("fs-utf8-bom", "UTF-8 with BOM (Excel export)", fs(f"{IN_FS}/utf8-bom.csv"), all_of(ok_dir(2845), says("imported 2845"))),
        C("fs-crlf", "CRLF line endings", fs(f"{IN_FS}/crlf.csv"), all_of(ok_dir(2845), says("imported 2845"))),
        C("fs-cr-only", "CR-only line endings (old Mac)", fs(f"{IN_FS}/cr-only.csv"), all_of(ok_dir(2845), says("imported 2845"))),
        C("fs-missing-lat-col", "header without the latitude column", fs(f"{IN_FS}/missing-latitude-col.csv"),
          all_of(refused(), says("missing-latitude-col.csv"), says("latitude"))),
        C("fs-missing-hours-col", "header without h_lundi", fs(f"{IN_FS}/missing-hours-col.csv"),
          all_of(exits(0), says("h_lundi"), places(30), each_place(no_hours_without_monday, "hours that say closed on Monday")), review="F22"),
        C("fs-reordered", "columns shuffled", fs(f"{IN_FS}/reordered.csv"), all_of(ok_dir(2845), says("imported 2845"))),
        C("fs-dup-column", "two 'latitude' columns (second = 999)", fs(f"{IN_FS}/dup-column.csv"),
          all_of(refused(), says("dup-column.csv"), says("latitude")), review="F22"),
        C("fs-header-upper", "header in upper case", fs(f"{IN_FS}/header-uppercase.csv"), all_of(refused(), says("header-uppercase.csv"))),
        C("fs-semicolon", "semicolon-separated (French Excel)", fs(f"{IN_FS}/semicolon.csv"), all_of(refused(), says("semicolon.csv"))),
        C("fs-dup-ids", "the same 10 rows twice (duplicated id_fs)", fs(f"{IN_FS}/dup-ids.csv"),
          all_of(exits(0), places(10), unique_ids, at_lines(*range(12, 22)), says("already")), review="F22"),
        C("fs-same-id", "three different rows with the same id_fs", fs(f"{IN_FS}/same-id-diff-rows.csv"),
          all_of(exits(0), places(28), unique_ids, at_lines(3, 4), says("already")), review="F22"),
        C("fs-coord-nan", "NaN / nan coordinates", fs(f"{IN_FS}/coord-nan.csv"), all_of(ok_dir(27), at_lines(2, 3, 4))),
        C("fs-coord-inf", "inf / 1e308 coordinates", fs(f"{IN_FS}/coord-inf.csv"), all_of(ok_dir(26), at_lines(2, 3, 4, 5), no_long_number)),
        C("fs-coord-range", "lat 95, lon 200, -91/-181", fs(f"{IN_FS}/coord-out-of-range.csv"), all_of(ok_dir(27), at_lines(2, 3, 4))),
        C("fs-coord-swapped", "latitude and longitude swapped", fs(f"{IN_FS}/coord-swapped.csv"),
          all_of(ok_dir(30), at_lines(2, 3, 4), says("swapped"), each_place(lambda p: p["lat"] > p["lon"], "still swapped"))),
        C("fs-coord-empty", "empty / blank coordinates", fs(f"{IN_FS}/coord-empty.csv"), all_of(ok_dir(27), at_lines(2, 3, 4))),
        C("fs-coord-comma", "decimal comma 46,106", fs(f"{IN_FS}/coord-comma-decimal.csv"),
          all_of(exits(0), at_lines(2), each_place(lambda p: 40 < p["lat"] < 52, "latitude outside France"))),
        C("fs-coord-zero", "0,0 (Null Island)", fs(f"{IN_FS}/coord-zero.csv"), all_of(ok_dir(29), at_lines(2))),
        C("fs-hours-absurd", "hours 25:00-26:00, ferme, 9h-12h, 24:00-24:30, reversed, trailing /, -, 09:99, +9, overlap, Arabic digits, 2000 ranges",
          fs(f"{IN_FS}/hours-absurd.csv"),
          all_of(ok_dir(30), at_lines(*[i + 2 for i, (_, named) in enumerate(HOURS_ABSURD) if named]),
                 each_place(no_reversed, "12:00 - 09:00 kept as open overnight"), never_says("''")), review="F22"),
        C("fs-giant-field", "a 10 MB name field", fs("$W/giant.csv") + "; rc=$?; rm -f $W/giant.csv; exit $rc",
          all_of(exits(0), places(29), at_lines(2), under_mib(300)), setup=giant_fs("lib_fs", lambda: "N" * (10 * 1024 * 1024)), review="F15"),
        C("fs-giant-hours", "a 9.6 MB hours field (600 000 ranges)", fs("$W/giant.csv") + "; rc=$?; rm -f $W/giant.csv; exit $rc",
          all_of(exits(0), places(30), at_lines(2), under_mib(200), faster_than(10),
                 each_place(lambda p: len(p.get("opening_hours") or "") <= 1000, "giant hours kept")),
          setup=giant_fs("h_lundi", lambda: " / ".join(["09:00 - 12:00"] * 600000)), review="F15"),
        C("fs-ragged", "rows with too few / too many fields", fs(f"{IN_FS}/ragged.csv"), all_of(exits(0), places(28), at_lines(2, 3))),
        C("fs-nul", "NUL, BEL and ANSI escape in a name", fs(f"{IN_FS}/nul-bytes.csv"),
          all_of(ok_dir(30), at_lines(2), says("control"), each_place(clean_name, "control characters kept in the name")), review="F22"),
        C("fs-empty-name", "empty name, blank name, RTL override", fs(f"{IN_FS}/empty-name.csv"), all_of(exits(0), places(28), at_lines(2, 3))),
        C("fs-all-rejected", "every row rejected (bad latitude)", fs(f"{IN_FS}/all-rejected.csv"),
          all_of(refused(), at_lines(2, 31), says("nothing")), review="F7"),
        C("fs-garbage", "1 MB of random bytes", fs(f"{IN_FS}/garbage.bin"), all_of(refused(), says("garbage.bin"))),
        C("fs-garbage-body", "valid header + 200 KB random bytes", fs(f"{IN_FS}/garbage-header-ok.csv"),
          all_of(refused(), says("garbage-header-ok.csv"))),
        C("fs-is-json", "a DILA JSON file given as france-services", fs(f"{IN_FS}/is-json.csv"), all_of(refused(), says("is-json.csv"))),
        C("fs-dir-input", "a directory as input", fs(f"{IN_FS}/a-directory"), all_of(refused(), says("a-directory"), says("folder"))),
        C("fs-missing", "a missing input file", fs(f"{IN_FS}/nope.csv"), all_of(refused(), says("nope.csv"), says_any("does not exist", "no such file"))),
        C("fs-quote-inside", "stray quote inside an unquoted field", fs(f"{IN_FS}/quote-in-unquoted.csv"), all_of(ok_dir(2845), says("imported 2845"))),
        C("fs-many-columns", "20 000 extra columns", fs(f"{IN_FS}/many-columns.csv"), ok_dir(30)),
        C("fs-one-long-line", "one 50 MB line after the header", fs("$W/one-long-line.csv") + "; rc=$?; rm -f $W/one-long-line.csv; exit $rc",
          all_of(ok_dir(30), at_lines(2), under_mib(400)), setup=one_long_line),
        C("fs-fifo", "a FIFO (named pipe) as input, nobody writes", fs("$W/fifo-in"),
          all_of(refused(), says("fifo-in"), says("is a FIFO (a pipe)"), faster_than(10)), setup=fifo, review="F11"),
        C("fs-dev-zero", "/dev/zero as input (ulimit -v 3 GB)", fs("/dev/zero"),
          all_of(refused(), says("/dev/zero"), says("device"), under_mib(100)), review="F13"),
        C("fs-near-nan", "--near NaN,NaN --radius 10", fs(SMALL, "--near NaN,NaN --radius 10"), all_of(refused(), says("NaN"))),
        C("fs-radius-nan", "--radius NaN", fs(SMALL, "--near 45.76,4.83 --radius NaN"), all_of(refused(), says("--radius")), review="F21"),
        C("fs-radius-neg", "--radius -5", fs(SMALL, "--near 45.76,4.83 --radius -5"),
          all_of(refused(), says("--radius"), never_says("unexpected argument")), review="F28"),
        C("fs-radius-inf", "--radius inf", fs(SMALL, "--near 45.76,4.83 --radius inf"),
          either(all_of(exits(0), places(30)), all_of(refused(), says("--radius")))),
        C("fs-near-out", "--near 95,4", fs(SMALL, "--near 95,4 --radius 10"), all_of(refused(), says("95"))),
        C("fs-source-date-bad", "--source-date 'not a date'", fs(SMALL, "--source-date 'not a date'"),
          all_of(refused(), says("--source-date")), review="F22"),
        C("fs-source-date-feb30", "--source-date 2024-02-30", fs(SMALL, "--source-date 2024-02-30"),
          all_of(refused(), says("--source-date"), says("2024-02-30")), review="F22"),
        C("fs-out-nodir", "--out in a folder that does not exist",
          f"$P services import --format france-services {SMALL} --out $W/nodir/x/y/directory.json",
          all_of(exits(*REFUSED), says("nodir/x/y/directory.json"), never_says(".tmp"), no_leftovers("*.tmp")), review="F28"),
        C("fs-out-is-dir", "--out names an existing directory",
          f"$P services import --format france-services {SMALL} --out $W/places",
          all_of(exits(*REFUSED), says("places"), says("folder"), no_leftovers("*.tmp*"),
                 lambda r, c: None if c.path("places").is_dir() and not any(c.path("places").iterdir()) else "the folder was changed"),
          setup=folder_exists, review="F6"),
        C("fs-out-clobber-tmp", "--out places.json when an unrelated places.tmp exists (operator's file)",
          f"$P services import --format france-services {SMALL} --out $W/places.json",
          all_of(exits(0), places(30, "places.json"), unchanged("places.tmp"), no_leftovers(".*.tmp")), setup=operator_tmp, review="F6"),
        C("fs-out-disk-full", "disk full while writing (ulimit -f 100 KB, SIGXFSZ ignored)",
          f"trap '' XFSZ; ulimit -f 100; {fs(FS_REAL)}",
          all_of(exits(*REFUSED), says("directory.json"), unchanged("directory.json"), no_leftovers("*.tmp")), setup=disk_full, review="F6"),
        C("fs-out-same-as-input", "--out is the input file itself",
          "$P services import --format france-services $W/in.csv --out $W/in.csv",
          all_of(exits(*REFUSED), unchanged("in.csv"), says("in.csv"), says("input"), no_leftovers("*.tmp")), setup=same_as_input, review="F6"),
        C("fs-out-tmp-ext", "--out x.tmp (temporary name equals the final name)",
          f"$P services import --format france-services {SMALL} --out $W/x.tmp",
          all_of(exits(0), places(30, "x.tmp"), no_leftovers(".*.tmp"))),
        C("fs-replace-good-with-empty", "re-import of a file where every row is rejected over a good directory.json",
          fs(f"{IN_FS}/all-rejected.csv"),
          all_of(exits(*REFUSED), unchanged("directory.json"), no_leftovers("*.tmp"), says("nothing")), setup=good_directory, review="F7"),
        C("fs-replace-good-with-header-only", "re-import of a header-only file over a good directory.json",
          fs(f"{IN_FS}/header-only.csv"),
          all_of(exits(*REFUSED), unchanged("directory.json"), no_leftovers("*.tmp"), says("nothing")), setup=good_directory, review="F7"),
        # DILA ------------------------------------------------------------------------------
        C("dila-real", "DILA real record (a mairie)", dila(DILA_REAL), all_of(ok_dir(1), says("imported 1"))),
        C("dila-fix-bulk", "DILA bulk fixture", dila("$ROOT/tests/fixtures/dila-bulk.json"),
          all_of(exits(0), lambda r, c: None if (directory(c) or {}).get("places") else "no place written")),
        C("dila-fix-api", "DILA API fixture", dila("$ROOT/tests/fixtures/dila-api.json"),
          all_of(exits(0), lambda r, c: None if (directory(c) or {}).get("places") else "no place written")),
        C("dila-empty", "empty file", dila(f"{IN_D}/empty.json"), all_of(refused(), says("empty.json"))),
        C("dila-null", "null", dila(f"{IN_D}/null.json"), all_of(refused(), says("null.json"))),
        C("dila-empty-object", "{}", dila(f"{IN_D}/empty-object.json"), all_of(refused(), says("empty-object.json"))),
        C("dila-empty-list", "[]", dila(f"{IN_D}/empty-list.json"), all_of(refused(), says("nothing")), review="F7"),
        C("dila-string", "a JSON string", dila(f"{IN_D}/string.json"), all_of(refused(), says("string.json"))),
        C("dila-service-object", "service is an object, not a list", dila(f"{IN_D}/service-not-list.json"),
          all_of(refused(), says("service-not-list.json"), says("service"))),
        C("dila-truncated", "truncated JSON", dila(f"{IN_D}/truncated.json"), all_of(refused(), names_line("truncated.json"))),
        C("dila-bom", "UTF-8 BOM", dila(f"{IN_D}/bom.json"),
          either(all_of(ok_dir(1), says("imported 1")), all_of(refused(), says_any("BOM", "byte-order", "byte order"))), review="F28"),
        C("dila-utf16", "UTF-16", dila(f"{IN_D}/utf16.json"),
          all_of(refused(), says("utf16.json"), says_any("UTF-16", "UTF-8"), never_says("index")), review="F28"),
        C("dila-latin1", "Latin-1", dila(f"{IN_D}/latin1.json"),
          all_of(refused(), names_line("latin1.json"), says_any("UTF-8", "Latin-1"), never_says("index")), review="F28"),
        C("dila-crlf", "CRLF", dila(f"{IN_D}/crlf.json"), all_of(ok_dir(1), says("imported 1"))),
        C("dila-nest-10000", "arrays nested 10 000 deep", dila(f"{IN_D}/nested-10000.json"), all_of(refused(), names_line("nested-10000.json"))),
        C("dila-nest-record", "objects nested 10 000 deep inside a record", dila(f"{IN_D}/nested-in-record.json"),
          all_of(refused(), names_line("nested-in-record.json"))),
        C("dila-nest-string", "API field: a JSON string nested 100 000 deep", dila(f"{IN_D}/nested-in-string.json"),
          all_of(ok_dir(1), at_records("deep-string"))),
        C("dila-dupkey-root", "duplicate key 'service' at the root (second empty)", dila(f"{IN_D}/dup-keys-root.json"),
          all_of(no_empty_write, either(all_of(exits(0), places(1)), all_of(refused(), says("service")))), review="F7"),
        C("dila-dupkey-record", "duplicate key 'id' in a record", dila(f"{IN_D}/dup-keys-record.json"), ok_dir(1)),
        C("dila-dup-ids", "the same record three times", dila(f"{IN_D}/dup-ids.json"),
          all_of(ok_dir(1), unique_ids, says("already"), says("rejected 2")), review="F22"),
        C("dila-coords", "NaN, inf, 1e308, empty, swapped, 95, numbers, decimal comma", dila(f"{IN_D}/coords.json"),
          all_of(exits(0), no_long_number, at_records("c-nan", "c-inf", "c-1e308", "c-empty", "c-swapped", "c-95", "c-comma"),
                 each_place(lambda p: 41 < p["lat"] < 52 and -6 < p["lon"] < 10, "coordinates outside France"), unique_ids), review="F28"),
        C("dila-big-number", "number 1e400", dila(f"{IN_D}/big-number.json"),
          either(all_of(refused(), names_line("big-number.json")), all_of(exits(*REFUSED), at_records("big")))),
        C("dila-hours", "25:00, ferme, 9h, Funday, Sunday-Monday, reversed, numbers", dila(f"{IN_D}/hours.json"),
          all_of(ok_dir(8), at_records("h-25", "h-ferme", "h-funday", "h-reversed"), each_place(no_reversed, "12:00-09:00 kept as open overnight"))),
        C("dila-api-bad-nested", "API nested field that is not JSON", dila(f"{IN_D}/api-bad-nested.json"),
          all_of(ok_dir(1), at_records("bad-nested"))),
        C("dila-wrong-types", "records of wrong types (number, string, null, list)", dila(f"{IN_D}/wrong-types.json"),
          all_of(ok_dir(1), says("not a record"), at_records("1", "2", "3", "4"), never_says("type 'none'")), review="F22"),
        C("dila-garbage", "random bytes", dila(f"{IN_D}/garbage.bin"), all_of(refused(), says("garbage.bin"))),
        C("dila-giant-name", "a 10 MB name", dila("$W/giant.json") + "; rc=$?; rm -f $W/giant.json; exit $rc",
          all_of(ok_dir(1), at_records("giant"), under_mib(300)), setup=giant_json("dila"), review="F15"),
        C("dila-total-lies", "API total_count 99999 with no results", dila(f"{IN_D}/api-total-lies.json"), all_of(refused(), says("nothing")), review="F7"),
        C("dila-fs-csv", "the France Services CSV given as dila", dila(FS_REAL), all_of(refused(), says("france-services-2024-08-01.csv"), says_any("not a DILA file", "not valid JSON"))),
        C("dila-dir", "a directory as input", dila(f"{IN_FS}/a-directory"), all_of(refused(), says("a-directory"), says("folder"))),
        # data·inclusion ----------------------------------------------------------------------
        C("di-fixture", "data-inclusion fixture", di("$ROOT/tests/fixtures/data-inclusion.json"), all_of(ok_dir(2), at_records("di-3"))),
        C("di-object", "{structures: [...]}", di(f"{IN_I}/fixture-object.json"), all_of(ok_dir(2), at_records("di-3"))),
        C("di-coords", "NaN string, 1e308, swapped, null, strings", di(f"{IN_I}/coords.json"),
          all_of(exits(0), no_long_number, at_records("nan", "big", "swapped", "null"), places(3),
                 each_place(lambda p: 41 < p["lat"] < 52 and -6 < p["lon"] < 10, "coordinates outside France")), review="F28"),
        C("di-hours", "odd OSM hours (25:00, ferme, 9h-12h, PH, 24/7, 1200 ranges, sunrise, easter, week, year 9999, comment)",
          di(f"{IN_I}/hours.json") + " && $P --directory $W/directory.json services near --lat 45.76 --lon 4.83 --limit 20 --at 2026-12-02T10:00",
          all_of(exits(0), places(13), at_records("ferme", "ranges1200"), faster_than(1.5)), review="F10"),
        C("di-dup-ids", "two records with the same id", di(f"{IN_I}/dup-ids.json"),
          all_of(ok_dir(1), unique_ids, says("already"), at_records("same")), review="F22"),
        C("di-no-id", "empty, missing, numeric id", di(f"{IN_I}/no-id.json"), all_of(ok_dir(2), at_records("2", "3"), says("no id"))),
        C("di-network-types", "reseaux_porteurs of wrong types", di(f"{IN_I}/wrong-kind-network.json"),
          all_of(ok_dir(5), kind_of("di-string", "pimms"), kind_of("di-list", "ccas")), review="F22"),
        C("di-giant", "a 10 MB name", di("$W/giant.json") + "; rc=$?; rm -f $W/giant.json; exit $rc",
          all_of(ok_dir(1), at_records("giant"), under_mib(300)), setup=giant_json("di"), review="F15"),
        C("di-nest-10000", "10 000 deep", di(f"{IN_I}/nested-10000.json"), all_of(refused(), names_line("nested-10000.json"))),
        C("di-dupkeys", "duplicate keys id and latitude (latitude 999 last)", di(f"{IN_I}/dup-keys.json"),
          all_of(ok_dir(1), says("rejected record"), each_place(lambda p: p["lat"] != 999, "latitude 999 kept"))),
        C("di-empty", "empty file", di(f"{IN_D}/empty.json"), all_of(refused(), says("empty.json"))),
        C("di-garbage", "random bytes", di(f"{IN_D}/garbage.bin"), all_of(refused(), says("garbage.bin"))),
        # output and options ------------------------------------------------------------------
        C("fs-radius-neg-eq", "--radius=-5 (accepted by clap)", fs(SMALL, "--near 45.76,4.83 --radius=-5"),
          all_of(refused(), says("--radius")), review="F7"),
        C("fs-out-readonly", "--out in a read-only folder (run as nobody)",
          f"setpriv --reuid=65534 --regid=65534 --clear-groups $P services import --format france-services {SMALL} --out $W/ro/directory.json",
          all_of(exits(*REFUSED), says("ro/directory.json"), never_says(".tmp"), no_leftovers("*.tmp"), not_written("ro/directory.json")),
          setup=read_only_folder, review="F28"),
        C("fs-out-readonly-file", "--out is an existing read-only file in a writable folder (nobody)",
          f"setpriv --reuid=65534 --regid=65534 --clear-groups $P services import --format france-services {SMALL} --out $W/directory.json",
          all_of(no_leftovers("*.tmp"), exits(*REFUSED), unchanged("directory.json"), says_any("read-only", "read only", "permission")),
          setup=read_only_file, review="F6"),
        C("fs-out-device", "--out names a device node (a copy of /dev/full made with mknod under /tmp; with the real /dev/full or /dev/stdout as root the same happens to /dev)",
          f"$P services import --format france-services {SMALL} --out $W/full",
          all_of(exits(*REFUSED), is_char_device("full"), says("device"), no_leftovers("*.tmp")), setup=device_node, review="F6"),
        C("fs-200mb", "France Services CSV of 200 MB (529 170 rows): memory, streaming",
          # After the import, a sparse file of the written directory's size is given to the kiosk's
          # loader: a directory it refuses by its size must not be written without a word.
          fs("$W/big-200mb.csv") + "; rc=$?; size=$(stat -c %s $W/directory.json 2>/dev/null || echo 0); "
          "rm -f $W/big-200mb.csv $W/directory.json; truncate -s $size $W/same-size.json; "
          "$P --directory $W/same-size.json services near --lat 45.76 --lon 4.83 --limit 1 >$W/load.txt 2>&1; "
          "rm -f $W/same-size.json; exit $rc",
          # More places than an import takes (200 000, ten times a kiosk's list): refused
          # with the count, nothing written, the memory bounded by that cap.
          every(exits(2), says("529170 places to keep, more than the 200000"), under_mib(300),
                lambda r, c: "a directory was written" if "written:" in r.out else None),
          setup=big_fs, timeout=300, review="F14"),
        C("dila-200mb", "DILA bulk JSON of 200 MB (78 963 records): memory, streaming",
          dila("$W/big-200mb.json") + "; rc=$?; rm -f $W/big-200mb.json $W/directory.json; exit $rc",
          all_of(exits(0), says("read 78963"), says("imported 78963"), under_mib(400), faster_than(90)), setup=big_dila, timeout=180, review="F14"),
        C("fs-out-symlink", "--out is a symlink to the operator's real file elsewhere",
          f"$P services import --format france-services {SMALL} --out $W/sym/directory.json",
          all_of(exits(*REFUSED), still_symlink("sym/directory.json"), unchanged("elsewhere/directory.json"), says("link"), no_leftovers("*.tmp")),
          setup=symlink_out, review="F6"),
        C("import-broken-pipe", "services import of the real file with warnings | head -1",
          f"$P services import --format france-services {IN_FS}/hours-absurd.csv --out $W/bp.json | head -1; exit ${{PIPESTATUS[0]}}",
          all_of(exits(0, 141), places(30, "bp.json"), no_leftovers("*.tmp")), review="F1"),
        C("dila-always-open", "DILA hours Lundi-Dimanche 00:00:00-24:00:00 (a 24 h service)",
          dila(f"{IN_D}/always-open.json")
          + " && $P --directory $W/directory.json services near --lat 48.48 --lon 2.75 --at 2026-12-02T10:00"
          + " && $P --directory $W/directory.json --location 48.48,2.75 screenshot --screen place --at 2026-12-02T10:00 --out $W/place.png",
          all_of(exits(0), places(1), says("]  open"), faster_than(2),
                 lambda r, c: None if c.path("place.png").stat().st_size > 1000 else "no place screen drawn"), review="F10"),
        C("import-race", "two imports to the same --out at once, 40 times (shared .tmp name)",
          "bad=0; for i in $(seq 1 40); do rm -f $W/d.json; "
          f"$P services import --format france-services {FS_REAL} --out $W/d.json >$W/a.log 2>&1 & a=$!; "
          f"$P services import --format france-services {FS_REAL} --out $W/d.json >$W/b.log 2>&1 & b=$!; "
          "wait $a || { bad=$((bad+1)); cat $W/a.log; }; wait $b || { bad=$((bad+1)); cat $W/b.log; }; "
          "python3 -c 'import json,sys; sys.exit(len(json.load(open(sys.argv[1]))[\"places\"]) != 2845)' $W/d.json || bad=$((bad+1)); "
          'done; echo "bad rounds: $bad"; test $bad = 0',
          all_of(exits(0), says("bad rounds: 0"), no_leftovers("*.tmp")), timeout=300),
    ]
