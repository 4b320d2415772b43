"""`services near`: the directory file as the kiosk reads it (broken, odd, huge, hostile), and
--lat/--lon/--at/--limit/--kind given wrong. The review's rows 110-167 (area "near")."""

from __future__ import annotations

import json
import random
import re
import subprocess

from replay import Case, all_of, exits, first_line, names_line, never_says, says, says_any, under_mib
from replay import either, faster_than

REAL = "$IN/dir/real.json"
NEAR = "services near --lat 45.76 --lon 4.83"


# ---- inputs -------------------------------------------------------------------


def place(pid: str, hours: str | None = None, lat: float = 45.7601, lon: float = 4.8301, kind: str = "ccas", name: str | None = None, **more) -> dict:
    p = {
        "id": pid,
        "name": name or f"Lieu {pid}",
        "kinds": [kind],
        "address": "1 place de la Mairie",
        "postcode": "69001",
        "town": "Lyon",
        "lat": lat,
        "lon": lon,
    }
    if hours is not None:
        p["opening_hours"] = hours
    p.update(more)
    p["source"] = "test"
    p["source_date"] = "2026-11-01"
    return p


def pretty(places) -> str:
    """A directory file of several lines (one key a line), so that a line can be named."""
    return json.dumps({"places": places}, indent=2, ensure_ascii=False) + "\n"


# Places open at odd hours near Lyon: across the night, round the clock, across the DST nights.
ODD_HOURS = [
    ("night", "Mo-Su 02:00-03:00"),
    ("always", "Mo-Su 00:00-24:00"),
    ("round", "24/7"),
    ("overnight", "Mo-Fr 22:00-06:00"),
    ("sunday-night", "Su 01:00-04:00"),
    ("morning", "Mo-Fr 09:00-12:00"),
]

# 42 exotic OpenStreetMap hours (easter, week numbers, PH, sunrise, Feb 29, Apr 31, 48:00...).
EXOTIC = [
    "easter 10:00-12:00",
    "easter -2 days 09:00-12:00",
    "week 01-53/2 Mo 09:00-12:00",
    "week 48 Fr 10:00-11:00",
    "PH 10:00-12:00",
    "PH off",
    "Mo-Fr 09:00-17:00; PH off",
    "sunrise-sunset",
    "(sunrise+01:00)-(sunset-01:00)",
    "dawn-dusk",
    "Feb 29 09:00-12:00",
    "Apr 31 10:00-11:00",
    "Mo-Fr 09:00-48:00",
    "Mo 00:00-48:00",
    "Mo-Su 00:00-24:00",
    "24/7",
    "24/7 closed",
    "off",
    "closed",
    "Mo-Fr 22:00-02:00",
    "Su[1] 10:00-12:00",
    "Su[-1] 10:00-12:00",
    "Mo[2,4] 09:00-12:00",
    "Sa[-1] 09:00-12:00",
    "Jan-Mar Mo-Fr 09:00-12:00",
    "Nov 27 10:00-11:00",
    "Dec 25 off; Mo-Su 08:00-20:00",
    "2026 Nov 27 10:00-11:00",
    "2025-2027 Mo-Fr 09:00-17:00",
    "2026+ Mo-Fr 09:00-17:00",
    "Mo-Fr 09:00+",
    'Mo-Fr 09:00-12:00 "sur rendez-vous"',
    "Mo-Fr 09:00-12:00 unknown",
    "Mo-Fr 10:00-12:00 open; We off",
    "Mo-Fr 12:00-09:00",
    "Mo-Fr 09:00-09:00",
    "Mo-Fr 00:00-00:00",
    "Mo-Fr 09:00-12:00,11:00-14:00",
    "SH off; Mo-Fr 09:00-17:00",
    'Mo-Fr 09:00-12:00 || "on appointment"',
    "Jan 00 09:00-10:00",
    "Feb 30 09:00-10:00",
]
APR31 = "x12"  # the id of the place open "Apr 31 10:00-11:00"

# 171 --at values: 19 days (year 0, 9999, DST days, 29 February, 2100...) x 9 times of day.
FUZZ_DAYS = [
    "0000-01-01", "0001-01-01", "1900-02-28", "1970-01-01", "2000-02-29", "2024-02-29", "2025-02-28",
    "2026-03-28", "2026-03-29", "2026-03-30", "2026-10-24", "2026-10-25", "2026-11-27", "2026-12-31",
    "2027-01-01", "2100-02-28", "2100-03-01", "9999-12-30", "9999-12-31",
]
FUZZ_TIMES = ["T00:00", "T01:59", "T02:00", "T02:30", "T03:00", "T12:00", "T23:59", "T00:30Z", "T23:59:59.999"]


def real_places(ctx) -> list[dict]:
    return json.loads((ctx.IN / "dir/real.json").read_text(encoding="utf-8"))["places"]


def prepare(ctx):
    d = ctx.IN / "dir"
    d.mkdir(parents=True, exist_ok=True)
    real = d / "real.json"
    subprocess.run(
        [ctx.P, "services", "import", "--format", "france-services", str(ctx.shared / "data/france-services-2024-08-01.csv"), "--out", str(real), "--source-date", "2024-08-01"],
        check=True,
        capture_output=True,
    )
    text = real.read_text(encoding="utf-8")
    places = json.loads(text)["places"]
    (d / "truncated.json").write_text(text[: len(text) // 2], encoding="utf-8")
    (d / "empty.json").write_bytes(b"")
    (d / "garbage.bin").write_bytes(random.Random(7).randbytes(4096))
    (d / "unknown-field.json").write_text(pretty([place("a"), place("b", floor=2), place("c")]), encoding="utf-8")
    (d / "bad-kind.json").write_text(pretty([place("a"), place("bad", kind="prison"), place("c")]), encoding="utf-8")
    nan = pretty([place("a"), place("nan", lat=1.5), place("c")]).replace('"lat": 1.5', '"lat": NaN')
    (d / "nan-coords.json").write_text(nan, encoding="utf-8")
    (d / "huge-coord.json").write_text(pretty([place("a"), place("far", lat=1e308), place("c")]), encoding="utf-8")
    five = [place(f"d{i}", "Mo-Fr 09:00-12:00", lat=45.76 + i / 1000, name=f"Doublon {i}") for i in range(5)]
    (d / "dup-ids.json").write_text(pretty(five + five), encoding="utf-8")
    (d / "no-places.json").write_text('{"places": []}\n', encoding="utf-8")
    (d / "places-null.json").write_text('{\n  "places": null\n}\n', encoding="utf-8")
    # 600 000 ranges (9.6 MB) as the hours of the first place, Valserhône (46.106, 5.826).
    days = ["Mo", "Tu", "We", "Th", "Fr", "Sa"]
    giant = "; ".join(f"{days[i % 6]} {(i % 1380) // 60:02}:{i % 60:02}-{(i % 1380) // 60 + 1:02}:{i % 60:02}" for i in range(600_000))
    gp = [dict(p) for p in places]
    gp[0]["opening_hours"] = giant
    (d / "giant-hours.json").write_text(json.dumps({"places": gp}, ensure_ascii=False), encoding="utf-8")
    (d / "odd-hours.json").write_text(
        pretty([place(pid, hours, lat=45.7601 + i / 10000, name=f"Lieu {pid}") for i, (pid, hours) in enumerate(ODD_HOURS)]), encoding="utf-8"
    )
    always = [place(f"ao{i}", "Mo-Su 00:00-24:00", lat=45.76 + i / 2000, name=f"Accueil 24h {i}") for i in range(30)]
    (d / "always-open-30.json").write_text(json.dumps({"places": always}, ensure_ascii=False), encoding="utf-8")
    exotic = [place(f"x{i + 1:02}", hours, lat=45.76 + i / 5000, name=f"Exotique {i + 1:02}") for i, hours in enumerate(EXOTIC)]
    (d / "exotic.json").write_text(pretty(exotic), encoding="utf-8")
    fuzz = [day + t for day in FUZZ_DAYS for t in FUZZ_TIMES]
    assert len(fuzz) == 171
    (d / "at-fuzz.txt").write_text("\n".join(fuzz) + "\n", encoding="utf-8")


def dila_79k(ctx):
    """78 963 places (43 MB, the size of the 200 MB DILA bulk import): the real places, repeated."""
    places = real_places(ctx)
    out = []
    for i in range(78_963):
        p = dict(places[i % len(places)])
        p["id"] = f"dila-{i}"
        p["source"] = "DILA, service-public.gouv.fr"
        out.append(p)
    ctx.write("dila-79k.json", json.dumps({"places": out}, ensure_ascii=False))


def huge_288mb(ctx):
    """A 288 MB directory of 529 170 places (the review's 200 MB France Services CSV, imported),
    written as `services import` writes it: one line."""
    places = real_places(ctx)
    with open(ctx.path("huge-288mb.json"), "w", encoding="utf-8") as f:
        f.write('{"places":[')
        for i in range(529_170):
            p = dict(places[i % len(places)])
            p["id"] = f"fs-{i}"
            f.write(("," if i else "") + json.dumps(p, ensure_ascii=False, separators=(",", ":")))
        f.write("]}")


def fifo(ctx):
    import os

    os.mkfifo(ctx.path("fifo-dir"))


# ---- checks of our own --------------------------------------------------------


def listed(r) -> list:
    """The JSON list `services near --json` printed, or None."""
    try:
        v = json.loads(r.stdout)
    except ValueError:
        return None
    return v if isinstance(v, list) else None


def json_list(pred, what: str):
    def f(r, c):
        v = listed(r)
        if v is None:
            return f"stdout is not a JSON list: {first_line(r)}"
        return None if pred(v) else what

    return f


def text_lines(n: int):
    def f(r, c):
        got = [line for line in r.stdout.splitlines() if line.strip()]
        return None if len(got) == n else f"{len(got)} places listed, expected {n}: {first_line(r)}"

    return f


def no_long_number(digits: int = 100):
    """No number of `digits` digits or more (1e308 written out is 309)."""
    def f(r, c):
        m = re.search(r"\d{%d,}" % digits, r.out)
        return f"a number of {len(m.group())} digits is printed" if m else None

    return f






def no_panic_lines(r, c):
    return "panicked" if "panicked" in r.out else None


def near_case(cid, what, args, expect, directory=REAL, review="", **kw):
    return Case(cid, "near", what, f"$P --directory {directory} {NEAR} {args}".rstrip(), expect, review=review, **kw)


BAD_ARG = exits(2)
AT_REFUSED = all_of(exits(2), says_any("--at", "date and time", "not a date", "does not exist", "out of range", "range"))


def cases():
    odd = "$IN/dir/odd-hours.json"
    # The value may be echoed (cut short), but never a distance computed from it.
    coords_refused = all_of(exits(2), never_says("NaN km", "inf km"), says_any("LAT,LON", "--lat", "--lon", "latitude", "degrees"), no_long_number())
    return [
        near_case("near-baseline", "real directory, Lyon, 10:00 on a Tuesday", "--at 2026-12-01T10:00 --limit 3", all_of(exits(0), text_lines(3), says("km"))),
        near_case("near-corrupt", "truncated directory JSON", "", all_of(exits(2), names_line("truncated.json")), directory="$IN/dir/truncated.json"),
        near_case("near-empty", "empty directory file", "", all_of(exits(2), says("empty.json")), directory="$IN/dir/empty.json"),
        near_case("near-garbage", "random bytes", "", all_of(exits(2), says("garbage.bin")), directory="$IN/dir/garbage.bin"),
        near_case(
            "near-unknown-field",
            "one place with an unknown field",
            "",
            all_of(exits(0, 2), names_line("unknown-field.json"), says("floor")),
            directory="$IN/dir/unknown-field.json",
        ),
        near_case(
            "near-bad-kind",
            "one place with an unknown kind (line of it?)",
            "",
            all_of(exits(0, 2), names_line("bad-kind.json"), says("prison")),
            directory="$IN/dir/bad-kind.json",
            review="F28",
        ),
        near_case("near-nan-in-file", "NaN literal in the file", "", all_of(exits(2), names_line("nan-coords.json")), directory="$IN/dir/nan-coords.json"),
        near_case(
            "near-huge-coord",
            "a place at lat 1e308",
            "",
            all_of(exits(0, 2), names_line("huge-coord.json"), says("far"), no_long_number()),
            directory="$IN/dir/huge-coord.json",
            review="F28",
        ),
        near_case(
            "near-dup-ids",
            "every place twice",
            "--at 2026-12-01T10:00",
            all_of(exits(0), text_lines(5), says_any("already used", "twice", "duplicate")),
            directory="$IN/dir/dup-ids.json",
            review="F22",
        ),
        near_case("near-no-places", "places: []", "", all_of(exits(0), never_says("km")), directory="$IN/dir/no-places.json"),
        near_case("near-places-null", "places: null", "", all_of(exits(2), names_line("places-null.json")), directory="$IN/dir/places-null.json"),
        near_case("near-missing", "a missing directory file", "", all_of(exits(2), says("nope.json"), says_any("does not exist", "no such file")), directory="$IN/dir/nope.json"),
        near_case("near-dir", "a directory as directory file", "", all_of(exits(2), says("folder")), directory="$IN/dir"),
        near_case(
            "near-fifo",
            "a FIFO as directory file",
            "",
            all_of(exits(2), says("fifo-dir"), says("is a FIFO (a pipe)"), faster_than(10)),
            directory="$W/fifo-dir",
            setup=fifo,
            review="F11",
        ),
        near_case(
            "near-huge",
            "288 MB directory (529 170 places)",
            "--limit 3",
            # A whole country is a few tens of MB: a kiosk may refuse this one by its size, at once,
            # naming it; or load it, within seconds and far from the 2.5 GB once taken.
            either(
                all_of(exits(2), says("huge-288mb.json"), says_any("bytes", "too big", "larger"), under_mib(200)),
                all_of(exits(0), text_lines(3), under_mib(1024), faster_than(20)),
            ),
            directory="$W/huge-288mb.json",
            setup=huge_288mb,
            timeout=120,
            review="F14",
        ),
        Case(
            "near-giant-hours",
            "near",
            "a place whose hours are 600 000 ranges (imported without warning)",
            "$P --directory $IN/dir/giant-hours.json services near --lat 46.1 --lon 5.8 --limit 2",
            all_of(exits(0), says("giant-hours.json"), says_any("place 1 ", "fs-1"), says_any("characters", "too long"), under_mib(150), faster_than(3)),
            # The review saw 470 MB and 3.7 s at every load; the real file alone loads in about 1 s.
            review="F15",
        ),
        Case("near-lat-nan", "near", "--lat NaN", f"$P --directory {REAL} services near --lat NaN --lon 4.83 --limit 2", coords_refused, review="F21"),
        Case("near-lat-inf", "near", "--lat inf --lon -inf", f"$P --directory {REAL} services near --lat inf --lon -inf --limit 2", coords_refused, review="F21"),
        Case("near-lat-1e308", "near", "--lat 1e308", f"$P --directory {REAL} services near --lat 1e308 --lon 1e308 --limit 2", coords_refused, review="F21"),
        Case("near-lat-m91", "near", "--lat -91", f"$P --directory {REAL} services near --lat -91 --lon 4.83 --limit 2", coords_refused, review="F21"),
        Case("near-lon-181", "near", "--lon 181", f"$P --directory {REAL} services near --lat 45 --lon 181 --limit 2", coords_refused, review="F21"),
        Case("near-lat-text", "near", "--lat abc", f"$P --directory {REAL} services near --lat abc --lon 4.83 --limit 2", all_of(BAD_ARG, says("abc"))),
        Case("near-lat-only", "near", "--lat without --lon", f"$P --directory {REAL} services near --lat 45 --limit 2", all_of(BAD_ARG, says("--lon"))),
        Case("near-no-point", "near", "no --lat/--lon/--location/config", f"$P --directory {REAL} services near --limit 2", all_of(BAD_ARG, says("--lat"))),
        Case("near-location-nan", "near", "--location NaN,NaN", f"$P --directory {REAL} --location NaN,NaN services near --limit 2", all_of(BAD_ARG, says("--location"), never_says("NaN km"))),
        near_case("near-limit-0", "--limit 0", "--limit 0", all_of(exits(0), never_says("km"))),
        near_case(
            "near-limit-max",
            "--limit 18446744073709551615",
            "--limit 18446744073709551615 --json",
            all_of(exits(0), json_list(lambda v: len(v) == 2845, "not the 2845 places")),
        ),
        near_case("near-limit-neg", "--limit -1", "--limit -1", all_of(BAD_ARG, says("--limit"), never_says("unexpected argument")), review="F28"),
        near_case("near-limit-overflow", "--limit 99999999999999999999999", "--limit 99999999999999999999999", all_of(BAD_ARG, says("--limit"))),
        near_case("near-kind-unknown", "--kind prison", "--kind prison", all_of(BAD_ARG, says("prison"))),
        near_case("near-kind-empty", "--kind ''", "--kind ''", all_of(BAD_ARG, says("kind"))),
        near_case("near-at-garbage", "--at garbage", "--at garbage", AT_REFUSED),
        near_case("near-at-empty", "--at ''", "--at ''", AT_REFUSED),
        near_case("near-at-feb30", "--at 2026-02-30T10:00", "--at 2026-02-30T10:00", AT_REFUSED),
        near_case("near-at-month13", "--at 2026-13-01T10:00", "--at 2026-13-01T10:00", AT_REFUSED),
        near_case("near-at-2500", "--at 2026-11-27T25:00", "--at 2026-11-27T25:00", AT_REFUSED),
        near_case("near-at-date-only", "--at 2026-11-27 (no time)", "--at 2026-11-27 --limit 2", all_of(exits(0), text_lines(2))),
        near_case("near-at-9999", "--at 9999-12-31T23:59 (end of range)", "--at 9999-12-31T23:59 --limit 3", all_of(exits(0), text_lines(3)), directory=odd),
        near_case("near-at-9999z", "--at 9999-12-31T23:59Z", "--at 9999-12-31T23:59Z --limit 3", either(AT_REFUSED, all_of(exits(0), text_lines(3))), directory=odd),
        near_case("near-at-10000", "--at 10000-01-01T00:00", "--at 10000-01-01T00:00", AT_REFUSED),
        near_case("near-at-year0", "--at 0000-01-01T00:00", "--at 0000-01-01T00:00 --limit 3", all_of(exits(0), text_lines(3)), directory=odd),
        near_case(
            "near-at-neg-year",
            "--at -0001-01-01T00:00",
            "--at -0001-01-01T00:00 --limit 3",
            # Refused, as a value of --at (not clap's "unexpected argument '-0' found").
            all_of(exits(2), says("--at"), never_says("unexpected argument")),
            directory=odd,
            review="F28",
        ),
        near_case("near-at-1970", "--at 1970-01-01T00:00", "--at 1970-01-01T00:00 --limit 3", all_of(exits(0), text_lines(3)), directory=odd),
        near_case(
            "near-dst-spring",
            "--at 2026-03-29T02:30 (does not exist in Paris)",
            "--at 2026-03-29T02:30 --limit 6 --json",
            all_of(exits(2), says_any("does not exist", "skipped", "clocks")),
            directory=odd,
            review="F26",
        ),
        near_case("near-dst-autumn", "--at 2026-10-25T02:30 (happens twice in Paris)", "--at 2026-10-25T02:30 --limit 6 --json", all_of(exits(0), json_list(lambda v: len(v) == 6, "not 6 places")), directory=odd),
        near_case(
            "near-dst-spring-z",
            "--at 2026-03-29T01:30Z (03:30 Paris)",
            "--at 2026-03-29T01:30Z --limit 6 --json",
            # 03:30 in Paris: the night place (02:00-03:00) is closed, the Sunday one (01:00-04:00) open.
            all_of(
                exits(0),
                json_list(lambda v: {p["id"]: p["open"] for p in v}.get("night") is False, "'night' (02:00-03:00) not shown closed at 03:30"),
                json_list(lambda v: {p["id"]: p["open"] for p in v}.get("sunday-night") is True, "'sunday-night' (Su 01:00-04:00) not shown open at 03:30"),
            ),
            directory=odd,
        ),
        Case(
            "near-dst-autumn-z",
            "near",
            "--at 2026-10-25T00:30Z and 01:30Z (02:30 twice)",
            f"$P --directory {odd} {NEAR} --at 2026-10-25T00:30Z --limit 6 && $P --directory {odd} {NEAR} --at 2026-10-25T01:30Z --limit 6",
            all_of(exits(0), text_lines(12)),
        ),
        near_case(
            "near-dst-before",
            "--at 2026-03-28T23:00 (closing across the DST night)",
            "--at 2026-03-28T23:00 --limit 6",
            # 02:00-03:00 does not exist that night: the night place does not open on Sunday at 02:00.
            all_of(exits(0), text_lines(6), never_says("opens Sun 02:00"), says("opens Mon 02:00")),
            directory=odd,
            review="F26",
        ),
        near_case("near-at-offset", "--at 2026-11-27T10:00+05:00", "--at 2026-11-27T10:00+05:00 --limit 2", all_of(exits(0), text_lines(2))),
        near_case("near-at-leap", "--at 2026-06-30T23:59:60Z (leap second)", "--at 2026-06-30T23:59:60Z --limit 2", all_of(exits(0), text_lines(2))),
        near_case("near-at-frac", "--at 2026-11-27T10:00:00.999999999", "--at 2026-11-27T10:00:00.999999999 --limit 2", all_of(exits(0), text_lines(2))),
        Case(
            "near-at-tz-name",
            "near",
            "--at '2026-11-27T10:00[America/New_York]'",
            # 10:00 in New York is 16:00 in Paris; the morning place is then closed.
            f"$P --directory {REAL} {NEAR} --at '2026-11-27T10:00[America/New_York]' --limit 2; rc=$?; "
            f"$P --directory {odd} {NEAR} --at '2026-11-27T10:00[America/New_York]' --limit 6 --json > ny.json; "
            f"$P --directory {odd} {NEAR} --at 2026-11-27T16:00 --limit 6 --json > paris16.json; "
            f"$P --directory {odd} {NEAR} --at 2026-11-27T10:00 --limit 6 --json > paris10.json; "
            "cmp -s ny.json paris16.json && echo 'read as 16:00 in Paris'; cmp -s ny.json paris10.json && echo 'read as 10:00 in Paris'; exit $rc",
            all_of(exits(0), says("read as 16:00 in Paris"), never_says("read as 10:00 in Paris")),
            review="F26",
        ),
        Case("near-no-directory", "near", "services near with no --directory", "$P services near --lat 45 --lon 4", all_of(exits(2), says("--directory"))),
        Case(
            "near-broken-pipe",
            "near",
            "services near --limit 2845 | head -1",
            f"$P --directory {REAL} {NEAR} --limit 2845 | head -1; exit ${{PIPESTATUS[0]}}",
            all_of(exits(0, 141), never_says("panicked", "Broken pipe")),
            review="F1",
        ),
        Case(
            "near-dila-79k",
            "near",
            "78 963 places (43 MB, from the 200 MB DILA import)",
            "$P --directory $W/dila-79k.json services near --lat 48.48 --lon 2.75 --limit 3",
            # The review saw 9 s and 308 MB; 0.4 s and 181 MiB on 06/12/2026.
            all_of(exits(0), text_lines(3), faster_than(3), under_mib(220)),
            setup=dila_79k,
            timeout=30,  # the kiosk unit's watchdog
            review="F14",
        ),
        near_case(
            "near-always-open-30",
            "30 places with hours Mo-Su 00:00-24:00 (what the DILA importer writes for Lundi-Dimanche 00:00-24:00)",
            "--limit 30 --at 2026-11-27T10:00",
            all_of(exits(0), text_lines(30), faster_than(5), lambda r, c: None if r.stdout.count("open") == 30 and "closed" not in r.stdout else "not every place shown open"),
            directory="$IN/dir/always-open-30.json",
            review="F10",
        ),
        near_case(
            "near-exotic-hours",
            "42 exotic OSM hours (easter, week, PH, sunrise, Feb 29, Apr 31, 48:00...)",
            "--limit 100 --at 2026-11-27T10:00 --json",
            all_of(
                exits(0),
                says("Apr 31"),
                json_list(lambda v: not any(p["id"] == APR31 and p["open"] for p in v), "'Apr 31 10:00-11:00' reported open on 27 November"),
                json_list(lambda v: any(p["id"] == "x26" and p["open"] for p in v), "'Nov 27 10:00-11:00' not reported open on 27 November at 10:00"),
            ),
            directory="$IN/dir/exotic.json",
            review="F26",
        ),
        Case(
            "near-at-fuzz",
            "near",
            "171 --at values (year 0, 9999, DST days, Feb 29, 2100) x 42 exotic OSM hours",
            "n=0; bad=0; while read -r at; do n=$((n+1)); $P --directory $IN/dir/exotic.json " + NEAR + " --limit 42 --at \"$at\" >out.txt 2>err.txt; rc=$?; "
            "if [ $rc -ne 0 ] && [ $rc -ne 2 ] || grep -q panicked err.txt; then bad=$((bad+1)); echo \"$at: exit $rc: $(head -c 200 err.txt)\"; fi; "
            "done < $IN/dir/at-fuzz.txt; echo \"runs=$n crashes=$bad\"; [ $bad -eq 0 ]",
            all_of(exits(0), says("runs=171 crashes=0")),
            timeout=300,
        ),
    ]
