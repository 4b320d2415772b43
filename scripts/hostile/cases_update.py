"""Content updates (the review's area `update`, rows 328-386): a folder named by the
config's `content`, sealed (manifest.toml), that the kiosk loads at start.

Each row comes twice: `check --config` (what the operator is told) and the kiosk's start
path without a display (`advise --config ...` or `screenshot --config ...`), as the review
ran it. The update folders are made in prepare under $IN/seal/<name> from the broken
copies of cases_check.make_upd. `content seal` now refuses content that fails the checks,
so an update whose content is broken is sealed here by `seal_py`, which writes the same
manifest as `passerelle content seal` (as an older binary, or a hand, would have sealed
it): the kiosk must still refuse it at start.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
from pathlib import Path

from replay import Case, all_of, exits, never_says, names_line, under_mib, first_line
from replay import says as says_raw
from cases_check import make_upd, no_signal, says, says_any, FAR_PERIOD, _sub, _append, _mut

ADVISE = "advise --answer status=french --answer works=no --answer months=12 --answer household=30 --answer income=0"
DIRECTORY = "tests/fixtures/directory.json"  # in the checkout: 3 places in Lyon


# ---- making the updates ----------------------------------------------------------


def data_files(folder: Path) -> list[str]:
    """The files an update's seal lists: under locales/ and content/, not *.tmp."""
    names = []
    for top in ("locales", "content"):
        for dirpath, dirnames, filenames in os.walk(folder / top):
            for f in filenames:
                rel = os.path.relpath(os.path.join(dirpath, f), folder).replace(os.sep, "/")
                if not rel.endswith(".tmp"):
                    names.append(rel)
    return sorted(names)


def seal_py(folder: Path) -> None:
    """manifest.toml as `passerelle content seal` writes it (every file, size, SHA-256),
    without the checks `content seal` now makes first."""
    out = []
    for rel in data_files(folder):
        data = (folder / rel).read_bytes()
        out.append(f'[files."{rel}"]\nsize = {len(data)}\nsha256 = "{hashlib.sha256(data).hexdigest()}"\n')
    (folder / "manifest.toml").write_text("\n".join(out), encoding="utf-8")


def _manifest_add(folder: Path, name: str, size: int, sha: str) -> None:
    _append(folder / "manifest.toml", f'\n[files."{name}"]\nsize = {size}\nsha256 = "{sha}"\n')


def _update(ctx, dst: Path, upd: str, seal: bool = True) -> Path:
    """dst: a copy of $IN/upd/<upd>, sealed."""
    src = make_upd(ctx.IN, ctx.root, upd)
    if dst.exists():
        shutil.rmtree(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(src, dst, symlinks=True)
    if seal:
        seal_py(dst)
    return dst


def _config(ctx, name: str, content: Path, extra: str = "") -> None:
    (ctx.IN / "seal" / f"cfg-{name}.toml").write_text(f'content = "{content}"\n{extra}', encoding="utf-8")


def _mut_more(name: str, u: Path) -> None:
    """Broken copies only the update area uses."""
    if name == "newer-period":  # valid: one more period, 2026-04-01..2027-03-31
        return _sub(u / "content/ceilings.toml", "\n[overseas]", FAR_PERIOD.replace("9999-12-31", "2027-03-31") + "\n[overseas]")
    if name == "lang-de":  # valid: adds German (a copy of English)
        _append(u / "locales/languages.toml", '\n[[language]]\ncode = "de"\ndirection = "ltr"\nreview = { status = "not-reviewed" }\n')
        shutil.copytree(u / "locales/en", u / "locales/de")
        return _sub(u / "locales/de/passerelle.ftl", "language-name = English", "language-name = Deutsch")
    if name == "no-ar":  # valid: without Arabic
        shutil.rmtree(u / "locales/ar")
        return _sub(u / "locales/languages.toml", '[[language]]\ncode = "ar"\ndirection = "rtl"\nreview = { status = "not-reviewed" }\n', "")
    if name == "fr-self-ref":  # the source language: a message refers to itself, another to a missing one
        fr = u / "locales/fr/passerelle.ftl"
        _sub(fr, "home-title = Comment pouvons-nous vous aider ?", "home-title = Comment pouvons-nous vous aider ? { home-title }")
        return _sub(fr, "home-intro = C'est gratuit", "home-intro = { no-such-message } C'est gratuit")
    return _mut(name, u)


def _upd_more(ctx, name: str) -> Path:
    return make_upd(ctx.IN, ctx.root, name, mutate=_mut_more)


def prepare(ctx) -> None:
    IN = ctx.IN
    seal = IN / "seal"
    seal.mkdir(parents=True, exist_ok=True)
    for name in ("newer-period", "lang-de", "no-ar", "fr-self-ref"):
        _upd_more(ctx, name)

    # One update each, sealed then spoiled (or sealed with broken content).
    def one(name, upd="ok", spoil=None, sealed=True, extra=""):
        u = _update(ctx, seal / name, upd, seal=sealed)
        if spoil:
            spoil(u)
        _config(ctx, name, u, extra)

    one("good")

    def lie_size(u):
        m = u / "manifest.toml"
        text = m.read_text()
        size = (u / "content/flow.toml").stat().st_size
        m.write_text(text.replace(f'[files."content/flow.toml"]\nsize = {size}\n', f'[files."content/flow.toml"]\nsize = {size + 1}\n'))

    one("lie-size", spoil=lie_size)

    def lie_sum(u):
        m = u / "manifest.toml"
        sha = hashlib.sha256((u / "content/ceilings.toml").read_bytes()).hexdigest()
        m.write_text(m.read_text().replace(sha, "0" * 64))

    one("lie-sum", spoil=lie_sum)
    one("changed", spoil=lambda u: _append(u / "content/guides.toml", "\n# changed after sealing\n"))
    one("added", spoil=lambda u: (u / "content/extra.toml").write_text("# added after sealing\n"))
    one("removed", spoil=lambda u: (u / "content/national.toml").unlink())
    one("no-manifest", sealed=False)

    def prepend(text):
        return lambda u: (u / "manifest.toml").write_text(text + (u / "manifest.toml").read_text())

    one("manifest-unknown-field", spoil=prepend('colour = "red"\n'))
    one("manifest-garbage", spoil=lambda u: (u / "manifest.toml").write_bytes(random.Random(7).randbytes(4096)))
    passwd = Path("/etc/passwd").read_bytes()
    one("manifest-traversal", spoil=lambda u: _manifest_add(u, "../../../../../../etc/passwd", len(passwd), hashlib.sha256(passwd).hexdigest()))
    one("manifest-devzero", spoil=lambda u: _manifest_add(u, "/dev/zero", 1, "00"))
    fifo = seal / "outside.fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    one("manifest-fifo", spoil=lambda u: _manifest_add(u, str(fifo), 1, "00"))

    def manifest_fifo(u):
        (u / "manifest.toml").unlink()
        os.mkfifo(u / "manifest.toml")

    one("manifest-is-fifo", spoil=manifest_fifo)
    one("manifest-deep", spoil=prepend("deep = " + "[" * 10000 + "]" * 10000 + "\n"))

    def huge_size(u):
        m = u / "manifest.toml"
        size = (u / "content/flow.toml").stat().st_size
        m.write_text(m.read_text().replace(f'[files."content/flow.toml"]\nsize = {size}\n', '[files."content/flow.toml"]\nsize = 18446744073709551615\n'))

    one("manifest-huge-size", spoil=huge_size)
    for upd in ("ceil-overflow", "ceil-amounts-nan", "flow-exp-8", "ftl-self-ref", "ceil-far-future", "fr-self-ref"):
        if upd in ("fr-self-ref",):
            _upd_more(ctx, upd)
        else:
            make_upd(ctx.IN, ctx.root, upd)
        one(upd, upd=upd)

    # Folders of updates.
    def folder(name, parts):
        top = seal / name
        if top.exists():
            shutil.rmtree(top)
        top.mkdir()
        for sub, upd, spoil in parts:
            u = _update(ctx, top / sub, upd)
            if spoil:
                spoil(u)
        _config(ctx, name, top)
        return top

    _upd_more(ctx, "newer-period")
    make_upd(ctx.IN, ctx.root, "flow-cycle")
    folder("multi", [("2026-01-01", "ok", None), ("2026-06-01", "flow-cycle", None)])
    folder("multi-allbad", [
        ("2026-01-01", "ok", lambda u: _append(u / "content/guides.toml", "\n# changed\n")),
        ("2026-06-01", "ok", lambda u: (u / "manifest.toml").unlink()),
    ])
    # Adapted: the review's row does not say whether the folder held a good update; here it
    # holds one, beside a file, a dangling link and a link to /etc (named to sort newest).
    odd = folder("multi-odd", [("2026-01-01", "ok", None)])
    (odd / "README.txt").write_text("not an update\n")
    os.symlink(odd / "nowhere", odd / "2027-01-01")
    os.symlink("/etc", odd / "2099-01-01")
    folder("multi-sort", [("2026-4-1", "ok", None), ("2026-10-01", "newer-period", None)])

    # The config offers what only the update has (de), or what it lacks (ar).
    kept = (
        f'directory = "{ctx.root / DIRECTORY}"\noperator-pin = "2468"\n'
        '[location]\nlatitude = 45.764\nlongitude = 4.8357\ntown = "Lyon"\n'
    )
    one("lang-de", upd="lang-de", extra=kept + '[languages]\noffered = ["fr", "de", "ar"]\ndefault = "fr"\n')
    one("no-ar", upd="no-ar", extra='[languages]\noffered = ["fr", "ar", "en"]\ndefault = "ar"\n')


# ---- expectations ----------------------------------------------------------------


def used(r, c):
    """The kiosk runs on the update: nothing about it refused."""
    low = r.out.lower()
    for bad in ("not used", "embedded content"):
        if bad in low:
            return f"the update is not used: {first_line(r)}"
    return None


def refused(*names):
    """The update is refused with why (naming `names`), and the kiosk runs on."""
    return all_of(says_raw("not used"), says(*names))


def texts_of(c, name: str) -> list[str]:
    p = c.dir / name
    if not p.exists():
        return []
    return [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def texts_say(name: str, *needles: str):
    def f(r, c):
        all_text = "\n".join(texts_of(c, name))
        for n in needles:
            if n not in all_text:
                return f"the screen does not show {n!r}"
        return None

    return f


def texts_never(name: str, *needles: str):
    def f(r, c):
        all_text = "\n".join(texts_of(c, name))
        for n in needles:
            if n in all_text:
                return f"the screen shows {n!r}"
        return None

    return f


def json_ceiling_sane(r, c):
    """advise --json: the ceiling is the household's real one (no u32 wrap)."""
    try:
        start = r.stdout.index("{")
        data = json.loads(r.stdout[start:])
    except ValueError as e:
        return f"no JSON on stdout ({e}): {first_line(r)}"
    ceiling = data.get("ceiling") or {}
    free, part = ceiling.get("free"), ceiling.get("participation")
    if not isinstance(free, int) or not isinstance(part, int):
        return f"no ceiling in the JSON: {first_line(r)}"
    if not (0 < free < part < 1_000_000):
        return f"ceiling free={free} participation={part}: not a household's ceiling"
    return None


def U(id_, what, cmd, expect, review="", timeout=30.0):
    return Case(id_, "update", what, cmd, all_of(no_signal, expect), timeout=timeout, review=review)


def pair(name, what, check_expect, start_expect, review_check="", review_start=""):
    return [
        U(f"upd-check-{name}", f"check --config: {what}", f"$P check --config $IN/seal/cfg-{name}.toml", check_expect, review=review_check),
        U(f"upd-start-{name}", f"kiosk start path (advise --config): {what}", f"$P --config $IN/seal/cfg-{name}.toml {ADVISE}", start_expect, review=review_start),
    ]


def cases():
    ok_start = all_of(exits(0), used)
    c = []
    c += pair("good", "a sealed, valid update", all_of(exits(0), used), ok_start)
    c += pair("lie-size", "manifest size off by one for flow.toml", all_of(exits(1), says("content/flow.toml", "seal")), all_of(exits(0), refused("content/flow.toml")))
    c += pair("lie-sum", "manifest checksum zeroed for one file", all_of(exits(1), says("content/ceilings.toml", "seal")), all_of(exits(0), refused("content/ceilings.toml")))
    c += pair("changed", "a file changed after sealing", all_of(exits(1), says("content/guides.toml", "seal")), all_of(exits(0), refused("content/guides.toml")))
    c += pair("added", "a file added after sealing", all_of(exits(1), says("content/extra.toml", "seal")), all_of(exits(0), refused("content/extra.toml")))
    c += pair("removed", "a sealed file removed", all_of(exits(1), says("content/national.toml", "missing")), all_of(exits(0), refused("content/national.toml")))
    no_manifest = all_of(says_raw("seal/no-manifest/manifest.toml"), never_says("locales/manifest.toml"), never_says("content/manifest.toml"))
    c += pair("no-manifest", "update without manifest.toml", all_of(exits(1), no_manifest), all_of(exits(0), says_raw("not used"), no_manifest), "F28", "F28")
    c += pair("manifest-unknown-field", "manifest with an unknown key", all_of(exits(1), names_line("manifest.toml"), says("colour")), all_of(exits(0), refused("manifest.toml")))
    c += pair("manifest-garbage", "manifest of random bytes", all_of(exits(1), says("manifest.toml")), all_of(exits(0), refused("manifest.toml")))
    c += pair("manifest-traversal", "manifest lists ../../../../../../etc/passwd with its real checksum",
              all_of(exits(1), says("etc/passwd"), says_any("out of the folder", "outside")), all_of(exits(0), refused("etc/passwd")), "F24", "F24")
    c += pair("manifest-devzero", "manifest lists /dev/zero (ulimit -v 3 GB)", all_of(exits(1), says("/dev/zero"), under_mib(300)),
              all_of(exits(0), refused("/dev/zero"), under_mib(300)), "F13", "F13")
    c += pair("manifest-fifo", "manifest lists a FIFO outside the folder", all_of(exits(1), says_raw("outside.fifo")), all_of(exits(0), says_raw("not used", "outside.fifo")), "F11", "F11")
    c += pair("manifest-is-fifo", "manifest.toml is a FIFO", all_of(exits(1), says("manifest.toml", "fifo")), all_of(exits(0), refused("manifest.toml", "fifo")), "F11", "F11")
    c += pair("manifest-deep", "manifest nested 10 000 deep", all_of(exits(1), names_line("manifest.toml")), all_of(exits(0), refused("manifest.toml")))
    c += pair("manifest-huge-size", "manifest size = u64::MAX", all_of(exits(1), says_any("manifest.toml", "content/flow.toml")),
              all_of(exits(0), says_raw("not used"), says_any("manifest.toml", "content/flow.toml")))
    c += pair("ceil-overflow", "sealed valid update with free-extra 2e9", all_of(exits(1), names_line("ceilings.toml")), all_of(exits(0), refused("ceilings.toml")), "F18", "F18")
    c += pair("ceil-amounts-nan", "sealed update with participation amounts nan/-5/inf/1e308", all_of(exits(1), names_line("ceilings.toml")),
              all_of(exits(0), refused("ceilings.toml")), "F17", "F17")
    c += pair("flow-exp-8", "sealed update whose flow has 8 extra 3-choice questions (valid)", all_of(exits(0), used, under_mib(500)),
              all_of(exits(0), used, under_mib(500)), "F2", "F2")
    c += pair("ftl-self-ref", "sealed update, en message refers to itself", all_of(exits(1), names_line("en/passerelle.ftl"), says("home-title")),
              all_of(exits(0), refused("en/passerelle.ftl")), "F23", "F23")
    c += pair("ceil-far-future", "sealed update, ceilings valid to 9999", all_of(exits(0), used),
              all_of(exits(0), used, says("2026-04-01..9999-12-31")))
    c += pair("fr-self-ref", "sealed update, fr (source) messages self-ref / missing ref",
              all_of(exits(1), names_line("fr/passerelle.ftl"), says("cannot be formatted"), never_says("does not exist in locales/fr")),
              all_of(exits(0), refused("fr/passerelle.ftl")), "F23", "F23")
    c += pair("multi", "folder of updates: newest broken, older good", all_of(exits(1), names_line("flow.toml"), says("2026-06-01")),
              all_of(exits(0), says_raw("last good content update"), says_raw("2026-01-01"), never_says("runs on its embedded content")))
    c += pair("multi-allbad", "folder of updates, all broken", all_of(exits(1), says("2026-06-01")),
              all_of(exits(0), says_raw("runs on its embedded content"), says("content/guides.toml"), says("2026-06-01")))
    c += pair("multi-odd", "folder of updates with a file, a dangling symlink and a symlink to /etc",
              all_of(exits(0, 1), lambda r, c: None if r.exit == 0 else says_raw("multi-odd/")(r, c)), all_of(exits(0), never_says("runs on its embedded content")))
    c += pair("multi-sort", "updates named 2026-4-1 and 2026-10-01", all_of(exits(0), used),
              all_of(exits(0), used, says("2026-04-01..2027-03-31")))
    # Adapted: 2026-10-01 carries one more period (2026-04-01..2027-03-31) than 2026-4-1, so
    # the start path says which one it took, at a date within that period.
    c[-1].cmd += " --answer date=2026-06-01"
    shot = lambda cfg, screen, out, extra="": f"$P --config $IN/seal/cfg-{cfg}.toml screenshot --screen {screen} {extra}--out $W/{out}.png --texts $W/{out}.jsonl"  # noqa: E731
    # Adapted: the review drew the default sample result; its amounts appear only on a
    # "CSS with participation" result, which these answers give.
    participation = "--answer status=french --answer works=no --answer months=12 --answer household=1 --answer income_band=below-participation --answer rsa=no --answer has_puma=yes --size 1000x4096 "
    c += [
        U("upd-shot-amounts-nan", "result screen with participation amounts nan/-5/inf/1e308",
          shot("ceil-amounts-nan", "result", "shot-amounts-nan", participation),
          all_of(exits(0), says_raw("not used"), texts_say("shot-amounts-nan.jsonl", "8 € jusqu'à 29 ans"), texts_never("shot-amounts-nan.jsonl", "NaN", "inf €", "-5 €")), review="F17"),
        U("upd-shot-fr-self-ref", "welcome/home screens with fr self-referencing message", shot("fr-self-ref", "home", "shot-fr-self-ref"),
          all_of(exits(0), says_raw("not used"), texts_say("shot-fr-self-ref.jsonl", "Comment pouvons-nous vous aider ?", "C'est gratuit et anonyme."))),
        U("upd-shot-operator-multi-sort", "operator screen: which of 2026-4-1 / 2026-10-01 is used", shot("multi-sort", "operator", "shot-operator-sort", "--size 1280x800 "),
          all_of(exits(0), texts_say("shot-operator-sort.jsonl", "2026-10-01")), review="F24"),
        U("upd-advise-overflow-h30", "advise household=30 with free-extra 2e9 (u32 overflow)",
          "$P --config $IN/seal/cfg-ceil-overflow.toml advise --answer status=french --answer works=no --answer months=12 --answer household=30 --answer has_puma=no --answer date=2025-06-01 --json",
          all_of(exits(0), json_ceiling_sane, never_says("460414159")), review="F18"),
        U("upd-advise-overflow-h5", "advise household=5 with free-extra 2e9",
          "$P --config $IN/seal/cfg-ceil-overflow.toml advise --answer status=french --answer works=no --answer months=12 --answer household=5 --answer has_puma=no --answer date=2025-06-01 --json",
          all_of(exits(0), json_ceiling_sane, never_says("2000021711")), review="F18"),
        U("upd-check-lang-de", "check --config: sealed valid update adding language de, config offers de", "$P check --config $IN/seal/cfg-lang-de.toml",
          all_of(exits(0), used), review="F5"),
        U("upd-start-lang-de", "kiosk start path (screenshot operator): same config; whole config dropped",
          shot("lang-de", "operator", "shot-lang-de-op", "--size 1280x800 "),
          all_of(exits(0), used, texts_say("shot-lang-de-op.jsonl", "Contenu : mise à jour de", "seal/lang-de", "Lieux près d'ici : 3", "Position : 45.764", "fr, de, ar")), review="F5"),
        U("upd-check-no-ar", "check --config: sealed update without ar, config offers ar as default", "$P check --config $IN/seal/cfg-no-ar.toml",
          all_of(exits(0, 1), names_line("cfg-no-ar.toml"), says_any("'ar'", '"ar"')), review="F19"),
        U("upd-start-no-ar", "kiosk start path (screenshot welcome): ar silently dropped, no log line",
          shot("no-ar", "languages", "shot-no-ar"),
          all_of(exits(0), used, says_any("'ar'", '"ar"'), texts_never("shot-no-ar.jsonl", "العربية")), review="F19"),
    ]
    return c
