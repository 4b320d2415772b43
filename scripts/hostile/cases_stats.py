"""`passerelle stats`: the anonymous daily counts, one YYYY-MM-DD.json a day in the configured
stats folder, read back with bad day files among good ones. The review's rows 504-515 (area "stats").

Each case has its own stats folder ($W/stats, two good days 2026-11-01 and 2026-11-03 plus the
hostile one) and a config.toml naming it."""

from __future__ import annotations

import json
import os

from replay import Case, all_of, exits, names_line, never_says, says

GOOD = {
    "2026-11-01": {"language": {"fr": 12, "ar": 3}, "topic": {"cover": 7}, "outcome": {"css": 5}},
    "2026-11-03": {"language": {"fr": 9, "uk": 6}, "topic": {"places": 2}, "outcome": {"ame": 8}},
}


def config(ctx, folder) -> None:
    ctx.write("config.toml", f'stats = "{folder}"\n')


def stats_folder(extra=None):
    """Setup: $W/stats with the two good days, then `extra(ctx, folder)` adds the hostile one."""

    def setup(ctx):
        folder = ctx.path("stats")
        folder.mkdir(parents=True, exist_ok=True)
        for day, counts in GOOD.items():
            (folder / f"{day}.json").write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
        if extra:
            extra(ctx, folder)
        config(ctx, folder)

    return setup


def write_day(name, data):
    def extra(ctx, folder):
        p = folder / name
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")

    return extra


def prepare(ctx):
    # 3000 days of 20 counts each: far more output than a pipe holds.
    big = ctx.IN / "statsbig"
    big.mkdir(parents=True, exist_ok=True)
    import datetime

    day = datetime.date(2018, 1, 1)
    for _ in range(3000):
        counts = {"language": {f"l{i}": 10 + i for i in range(10)}, "topic": {f"t{i}": 20 + i for i in range(10)}}
        (big / f"{day.isoformat()}.json").write_text(json.dumps(counts), encoding="utf-8")
        day += datetime.timedelta(days=1)
    (ctx.IN / "statsbig.toml").write_text(f'stats = "{big}"\n', encoding="utf-8")


# ---- checks of our own --------------------------------------------------------


def day_headings(r) -> list[str]:
    """The days the report lists: its lines that are not indented counts nor problems."""
    return [l.strip() for l in r.stdout.splitlines() if l.strip() and not l.startswith((" ", "\t")) and not l.lower().startswith(("unreadable:", "warning:", "note:", "error:"))]


def shows_good_days(r, c):
    heads = day_headings(r)
    missing = [d for d in GOOD if d not in heads]
    if missing:
        return f"the good days {', '.join(missing)} are not shown: {(r.stdout + r.stderr).strip().splitlines()[:1]}"
    if "fr: 12" not in r.stdout or "ar: <5" not in r.stdout:
        return "the counts of 2026-11-01 are not shown as 'fr: 12' and 'ar: <5'"
    return None


def not_a_day(name):
    def f(r, c):
        return f"'{name}' is listed as a day" if name in day_headings(r) else None

    return f


def stats_case(cid, what, extra, expect, review="F27", **kw):
    return Case(cid, "stats", what, "$P --config $W/config.toml stats", expect, setup=stats_folder(extra), review=review, **kw)


def bad_day_named(*also):
    """The good days shown, the bad day named (its file), not listed as a day."""
    return all_of(exits(0, 1, 2), shows_good_days, says("2026-11-02.json"), not_a_day("2026-11-02"), *also)


def fifo(ctx, folder):
    os.mkfifo(folder / "2026-11-02.json")


def folder_json(ctx, folder):
    (folder / "2026-11-02.json").mkdir()
    (folder / "2026-11-02.json" / "x").write_text("{}", encoding="utf-8")


def cases():
    truncated = json.dumps({"language": {"fr": 7}, "topic": {"cover": 5}}, indent=2)[:-12]
    return [
        Case(
            "stats-broken-pipe",
            "stats",
            "stats | head -1",
            "$P --config $IN/statsbig.toml stats | head -1; exit ${PIPESTATUS[0]}",
            all_of(exits(0, 141), never_says("panicked", "Broken pipe"), says("2018-01-01")),
            review="F1",
        ),
        stats_case("stats-ok", "two valid days", None, all_of(exits(0), shows_good_days, says("ame: 8", "places: <5")), review=""),
        Case("stats-empty", "stats", "empty stats folder", "mkdir -p $W/stats && printf 'stats = \"%s\"\\n' $W/stats > $W/config.toml && $P --config $W/config.toml stats", exits(0)),
        stats_case("stats-corrupt-day", "one truncated day among good ones", write_day("2026-11-02.json", truncated), bad_day_named(names_line("2026-11-02.json"))),
        stats_case(
            "stats-unknown-field",
            "a day with an unknown field (a future version's file)",
            write_day("2026-11-02.json", json.dumps({"language": {"fr": 7}, "screen": {"home": 40}}, indent=2)),
            bad_day_named(says("screen")),
        ),
        stats_case(
            "stats-not-date",
            "a file notes.json that is not a day",
            write_day("notes.json", json.dumps({"language": {"fr": 7}})),
            all_of(exits(0, 1, 2), shows_good_days, not_a_day("notes")),
        ),
        stats_case("stats-negative", "a negative count", write_day("2026-11-02.json", '{"language": {"fr": -3}}'), bad_day_named()),
        stats_case("stats-huge-count", "count 18446744073709551616 (> u64)", write_day("2026-11-02.json", '{"language": {"fr": 18446744073709551616}}'), bad_day_named()),
        stats_case("stats-fifo", "a FIFO named 2026-11-02.json", fifo, bad_day_named(says("is a FIFO (a pipe)")), review="F11"),
        stats_case("stats-dir-json", "a folder named 2026-11-02.json", folder_json, bad_day_named(says("folder"))),
        stats_case(
            "stats-latin1",
            "a day file in Latin-1",
            write_day("2026-11-02.json", '{"topic": {"santé": 7}}'.encode("latin-1")),
            bad_day_named(says("UTF-8")),
        ),
        stats_case(
            "stats-tmp-left",
            "a leftover 2026-11-02.tmp",
            # A leftover of the old writer and one of today's (ops::atomic's hidden temporary).
            lambda ctx, folder: [(folder / n).write_text('{"language": {"fr": 5', encoding="utf-8") for n in ("2026-11-02.tmp", ".2026-11-02.json.4242.17.tmp")],
            all_of(exits(0), shows_good_days, not_a_day("2026-11-02"), never_says("unreadable")),
            review="",
        ),
    ]
