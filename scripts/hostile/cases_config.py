"""The operator's config.toml: `check --config`, and what the kiosk keeps when a
setting is bad (the review's rows 168-247, area `config`).

The kiosk's start path is exercised without a display through `advise --config`,
`services near` and `screenshot --config ... --texts`, whose JSON lines say what a
screen drew (the operator screen lists the settings the kiosk runs with)."""

import json
import random
import re
import struct
import subprocess

from replay import (
    Case,
    all_of,
    exits,
    first_line,
    names_line,
    never_says,
    says,
    says_any,
    under_mib,
)

C = "$IN/cfg"
LYON = "[location]\nlatitude = 45.764\nlongitude = 4.8357\n"


# ---- helpers ------------------------------------------------------------------


def texts(c, name):
    """The texts a screenshot drew (its --texts file), in order."""
    p = c.dir / name
    if not p.exists():
        return None
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line)["text"])
    return out


def texts_say(name, *needles):
    def f(r, c):
        drawn = texts(c, name)
        if drawn is None:
            return f"{name} not written"
        joined = "\n".join(drawn)
        for n in needles:
            if n not in joined:
                return f"the screen does not show {n!r}"
        return None

    return f


def texts_never(name, *needles):
    def f(r, c):
        drawn = texts(c, name)
        if drawn is None:
            return f"{name} not written"
        joined = "\n".join(drawn)
        for n in needles:
            if n in joined:
                return f"the screen shows {n!r}"
        return None

    return f


def countdown_shown(name, low, high):
    """The idle dialog's countdown: the number drawn just before 'secondes'."""

    def f(r, c):
        drawn = texts(c, name)
        if drawn is None:
            return f"{name} not written"
        for i, t in enumerate(drawn):
            if t.strip() == "secondes" and i > 0 and drawn[i - 1].strip().isdigit():
                n = int(drawn[i - 1].strip())
                return None if low <= n <= high else f"the idle dialog counts down from {n} s"
        return "no countdown drawn"

    return f


def png_side(name, most):
    def f(r, c):
        p = c.dir / name
        if not p.exists():
            return f"{name} not written"
        head = p.read_bytes()[:24]
        if head[:8] != b"\x89PNG\r\n\x1a\n":
            return f"{name} is not a PNG"
        w, h = struct.unpack(">II", head[16:24])
        if max(w, h) > most or w * 9 != h * 16:
            return f"{name} is {w}x{h}"
        return None

    return f


def errors_named(name, at_least):
    """`error:` lines naming at least `at_least` distinct lines of `name`."""
    pattern = re.compile(r"^error: [^\n]*?" + re.escape(name) + r":(\d+)", re.M)

    def f(r, c):
        lines = set(pattern.findall(r.out))
        return None if len(lines) >= at_least else (
            f"errors name {len(lines)} lines of {name} ({', '.join(sorted(lines, key=int))}), expected {at_least}")

    return f


def said_once(needle):
    def f(r, c):
        n = r.out.count(needle)
        return None if n == 1 else f"{needle!r} said {n} times"

    return f


def size_refused_or_read(r, c):
    if r.exit == 0:
        return None
    if r.exit == 1:
        return says_any("MB", "large", "size", "bytes")(r, c)
    return f"exit {r.exit}"


def mentions(path_text):
    """The output names this path (an error or a note about it)."""

    def f(r, c):
        return None if path_text in r.out else f"nothing said about {path_text}: {first_line(r)}"

    return f


# ---- inputs -------------------------------------------------------------------


def prepare(ctx):
    d = ctx.IN / "cfg"
    d.mkdir(parents=True, exist_ok=True)
    P = ctx.P
    # The places within 100 km of Lyon, from the real France Services file (94 KB).
    subprocess.run(
        [P, "services", "import", "--format", "france-services", str(ctx.shared / "data/france-services-2024-08-01.csv"),
         "--out", str(d / "directory.json"), "--source-date", "2024-08-01", "--near", "45.764,4.8357", "--radius", "100"],
        check=True, capture_output=True,
    )
    subprocess.run([P, "content", "keygen", "--out", str(d / "keys")], check=True, capture_output=True)
    key = (d / "keys/passerelle.pub").read_text().splitlines()[1].strip()
    for sub in ("var/stats", "var/content", "var/state"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    (d / "a-dir.toml").mkdir(exist_ok=True)
    (d / "a-folder").mkdir(exist_ok=True)

    def w(name, text):
        (d / name).write_text(text, encoding="utf-8")

    def wb(name, data):
        (d / name).write_bytes(data)

    # The README's example, its placeholders made real (a key, folders here).
    valid = f'''organisation = "Mairie de Testville"
directory = "directory.json"          # the places near the kiosk (relative to this file)
stats = "var/stats"
content = "var/content"
state = "var/state"
content-key = "{key}"
operator-pin = "2468"

[location]
latitude = 45.764
longitude = 4.8357
town = "Lyon"
zone = "metropole"

[languages]
offered = ["fr", "ar", "prs", "ps", "ti", "ru", "uk", "en"]
default = "fr"

[session]
idle-seconds = 90
countdown-seconds = 30

[screen]
width = 800
height = 480
rotation = 0
awake = "Mo-Fr 08:00-19:00"

[sound]
device = "plughw:CARD=Headset"
speak-key = "F1"
'''
    w("valid.toml", valid)
    wb("bom.toml", b"\xef\xbb\xbf" + valid.encode("utf-8"))
    w("comment-only.toml", "# nothing configured yet\n")
    w("empty.toml", "")
    w("content-is-file.toml", 'content = "/etc/passwd"\n')
    w("content-nowhere.toml", f'content = "{d}/no-such-root/content"\n')
    w("countdown-u32max.toml", "[session]\ncountdown-seconds = 4294967295\n")
    wb("crlf.toml", b'organisation = "Mairie"\r\n[session]\r\nidle-seconds = "ninety"\r\ncountdown-seconds = 30\r\n')

    place = lambda i, kind: {
        "id": f"p{i}", "name": f"Lieu {i}", "kinds": [kind], "address": "1 place de la Mairie",
        "postcode": "69001", "town": "Lyon", "lat": 45.7641, "lon": 4.8358,
        "source": "test", "source_date": "2026-11-01",
    }
    w("dir-bad-place.json", json.dumps({"places": [place(1, "ccas"), place(2, "prison"), place(3, "ccas")]}, indent=2) + "\n")
    w("dir-bad-place.toml", 'directory = "dir-bad-place.json"\n')
    w("dir-empty-string.toml", 'organisation = "Mairie"\ndirectory = ""\n')
    wb("dir-garbage.bin", random.Random(168).randbytes(4096))
    w("dir-garbage.toml", 'directory = "dir-garbage.bin"\n')
    w("dir-is-dir.toml", 'directory = "a-folder"\n')
    pretty = json.dumps({"places": [place(i, "ccas") for i in range(1, 6)]}, indent=2)
    w("dir-malformed.json", pretty[: len(pretty) // 2])
    w("dir-malformed.toml", 'directory = "dir-malformed.json"\n')
    w("dir-nowhere.toml", 'organisation = "Mairie"\ndirectory = "nowhere/directory.json"\n')
    w("dup-key.toml", 'organisation = "Mairie"\noperator-pin = "2468"\norganisation = "Autre mairie"\n')
    w("dup-table.toml", "[session]\nidle-seconds = 90\n\n[session]\ncountdown-seconds = 30\n")
    w("idle-2pow31.toml", "[session]\nidle-seconds = 2147483648\n")
    w("idle-float.toml", "[session]\nidle-seconds = 90.5\n")
    w("idle-huge.toml", "[session]\nidle-seconds = 99999999999\n")
    w("idle-negative.toml", "[session]\nidle-seconds = -1\n")
    w("idle-u32max.toml", "[session]\nidle-seconds = 4294967295\n")
    w("idle-zero.toml", "[session]\nidle-seconds = 0\ncountdown-seconds = 0\n")
    w("indented.toml", 'organisation = "Mairie"\n[session]\n    idle-seconds = 5\n[screen]\n\trotation = 45\n')
    w("lang-case.toml", '[languages]\noffered = ["FR", "Ar"]\n')
    w("lang-default-not-offered.toml", '[languages]\noffered = ["fr", "ar"]\ndefault = "en"\n')
    w("lang-default-unknown.toml", '[languages]\ndefault = "de"\n')
    w("lang-dup.toml", '[languages]\noffered = ["fr", "fr", "ar", "ar"]\n')
    w("lang-inline.toml", 'organisation = "Mairie"\nlanguages = { offered = ["fr", "de"], default = "fr" }\n')
    w("lang-offered-empty.toml", "[languages]\noffered = []\n")
    w("lang-unknown.toml", '[languages]\noffered = ["fr", "de", "not a code!"]\n')
    wb("latin1.toml", 'organisation = "Mairie"\ntown = "x"\n'.replace('town = "x"', '# Réglages de la borne').encode("latin-1")
       + b'\n[location]\nlatitude = 45.764\nlongitude = 4.8357\ntown = "Saint-\xc9tienne"\n')
    w("location-missing-lon.toml", "[location]\nlatitude = 45.764\n")
    w("location-nan.toml", "[location]\nlatitude = nan\nlongitude = inf\n")
    w("location-outside.toml", "[location]\nlatitude = 52.52\nlongitude = 13.405\ntown = \"Berlin\"\n")
    w("location-swapped.toml", "[location]\nlatitude = 4.8357\nlongitude = 45.764\n")
    # Nine wrong settings; the valid ones (an overseas location, its zone) must be kept.
    w("many-errors.toml", '''organisation = "Centre social"
directory = "nowhere.json"
operator-pin = "12ab"
stats = "/etc/passwd"
shoe-size = 42

[location]
latitude = 14.6037
longitude = -61.0742
town = "Fort-de-France"
zone = "overseas"

[languages]
offered = ["fr", "xx"]

[session]
idle-seconds = 5
countdown-seconds = 1000

[screen]
width = 100000
height = 480
rotation = 45
''')
    w("nested-deep-table.toml", "organisation = " + "{ a = " * 5000 + "1" + " }" * 5000 + "\n")
    w("nested-deep.toml", "organisation = " + "[" * 10000 + "]" * 10000 + "\n")
    w("not-toml.toml", "<config>\n  <organisation>Mairie</organisation>\n</config>\n")
    w("org-10mb.toml", 'organisation = "' + "M" * (10 * 1024 * 1024) + '"\n')
    w("pin-arabic-digits.toml", 'operator-pin = "٢٤٦٨"\n')
    w("pin-letters.toml", 'operator-pin = "abcd"\n')
    w("pin-long.toml", 'operator-pin = "1234567890123"\n')
    w("pin-number.toml", "operator-pin = 2468\n")
    w("pin-short.toml", 'operator-pin = "246"\n')
    w("pin-spaces.toml", 'operator-pin = " 2468"\n')
    w("rotation-360.toml", "[screen]\nrotation = 360\n")
    w("rotation-45.toml", "[screen]\nrotation = 45\n")
    w("rotation-neg.toml", "[screen]\nrotation = -90\n")
    w("stats-is-file.toml", 'stats = "/etc/passwd"\n')
    w("stats-nowhere.toml", f'stats = "{d}/no-such-root/stats"\n')
    w("unknown-key-table.toml", "[session]\nidle-second = 90\n")
    w("unknown-key.toml", 'organisation = "Mairie"\nlanguage = "fr"\n')
    wb("utf16.toml", 'organisation = "Mairie"\n[session]\nidle-seconds = 90\n'.encode("utf-16"))
    w("width-7680.toml", "[screen]\nwidth = 7680\nheight = 4320\n")
    w("width-huge.toml", "[screen]\nwidth = 100000\nheight = 480\n")
    w("width-only.toml", "[screen]\nwidth = 800\n")
    w("width-u32-overflow.toml", "[screen]\nwidth = 4294967296\nheight = 480\n")
    w("width-zero.toml", "[screen]\nwidth = 0\nheight = 0\n")
    w("wrong-type-indented.toml", '[session]\n   countdown-seconds = "thirty"\n')
    w("wrong-type.toml", '[session]\nidle-seconds = "ninety"\n')
    w("zone-mayotte-metro.toml", LYON + 'zone = "mayotte"\n')
    w("zone-unknown.toml", LYON + 'zone = "paris"\n')


def typo_config(ctx):
    """Directory, location and PIN, and one bad value: idle-seconds = 5 (line 7)."""
    ctx.write(
        "c2.toml",
        f'directory = "{ctx.IN}/cfg/directory.json"\noperator-pin = "2468"\n[location]\nlatitude = 45.764\n'
        'longitude = 4.8357\n[session]\nidle-seconds = 5\n',
    )


def fifo(ctx):
    import os

    os.mkfifo(ctx.path("fifo-cfg"))


# ---- cases --------------------------------------------------------------------


def says_besides(name, *needles):
    """Every needle is said, outside the file's own name (`rotation-45.toml` is no
    message about the rotation)."""

    def f(r, c):
        low = r.out.replace(name, "").lower()
        for n in needles:
            if n.lower() not in low:
                return f"output does not say {n!r}: {first_line(r)}"
        return None

    return f


def refused(name, *needles):
    """check --config: exit 1, the file named with the line, and what is wrong."""
    checks = [exits(1), names_line(name)]
    if needles:
        checks.append(says_besides(name, *needles))
    return all_of(*checks)


def chk(name):
    return f"$P check --config {C}/{name}"


def cases():
    A = "config"
    return [
        Case("cfg-a-dir", A, "the config path is a folder", chk("a-dir.toml"),
             all_of(exits(1), says("a-dir.toml", "is a folder"))),
        Case("cfg-bom", A, "UTF-8 BOM", chk("bom.toml"), all_of(exits(0), says("ok"))),
        Case("cfg-comment-only", A, "a comment only", chk("comment-only.toml"), all_of(exits(0), says("ok"))),
        Case("cfg-content-is-file", A, "content = /etc/passwd", chk("content-is-file.toml"),
             refused("content-is-file.toml", "/etc/passwd", "folder")),
        Case("cfg-content-nowhere", A, "content = missing folder", chk("content-nowhere.toml"),
             all_of(exits(0, 1), mentions("no-such-root/content"))),
        Case("cfg-countdown-u32max", A, "countdown-seconds = 4294967295", chk("countdown-u32max.toml"),
             refused("countdown-u32max.toml", "countdown-seconds"), review="F4"),
        Case("cfg-crlf", A, "CRLF with an error on line 3", chk("crlf.toml"),
             all_of(exits(1), says("crlf.toml:3"))),
        Case("cfg-dir-bad-place", A, "directory with a place of unknown kind", chk("dir-bad-place.toml"),
             all_of(exits(1), names_line("dir-bad-place.json"), says("prison")), review="F28"),
        Case("cfg-dir-empty-string", A, 'directory = ""', chk("dir-empty-string.toml"),
             all_of(refused("dir-empty-string.toml"), says_any("is empty", "give a file's path"),
                    never_says("does not exist")), review="F28"),
        Case("cfg-dir-garbage", A, "directory = random bytes", chk("dir-garbage.toml"),
             all_of(exits(1), says("dir-garbage.bin"))),
        Case("cfg-dir-is-dir", A, "directory = a folder", chk("dir-is-dir.toml"),
             all_of(refused("dir-is-dir.toml", "is a folder"), never_says("does not exist")), review="F28"),
        Case("cfg-dir-malformed", A, "directory = truncated JSON", chk("dir-malformed.toml"),
             all_of(exits(1), names_line("dir-malformed.json"))),
        Case("cfg-dir-nowhere", A, "directory path to nowhere", chk("dir-nowhere.toml"),
             refused("dir-nowhere.toml", "nowhere/directory.json")),
        Case("cfg-directory.json", A, "directory.json", chk("directory.json"),
             all_of(exits(1), names_line("directory.json"))),
        Case("cfg-dup-key", A, "duplicate key organisation", chk("dup-key.toml"),
             all_of(exits(1), says("dup-key.toml:3"))),
        Case("cfg-dup-table", A, "[session] twice", chk("dup-table.toml"),
             all_of(exits(1), says("dup-table.toml:4"))),
        Case("cfg-empty", A, "empty file", chk("empty.toml"), all_of(exits(0), says("ok"))),
        Case("cfg-idle-2pow31", A, "idle-seconds = 2147483648", chk("idle-2pow31.toml"),
             refused("idle-2pow31.toml", "idle-seconds"), review="F4"),
        Case("cfg-idle-float", A, "idle-seconds = 90.5", chk("idle-float.toml"), refused("idle-float.toml", "idle-seconds")),
        Case("cfg-idle-huge", A, "idle-seconds = 99999999999 (> u32)", chk("idle-huge.toml"), refused("idle-huge.toml", "idle-seconds")),
        Case("cfg-idle-negative", A, "idle-seconds = -1", chk("idle-negative.toml"), refused("idle-negative.toml", "idle-seconds")),
        Case("cfg-idle-u32max", A, "idle-seconds = 4294967295", chk("idle-u32max.toml"),
             refused("idle-u32max.toml", "idle-seconds"), review="F4"),
        Case("cfg-idle-zero", A, "idle 0, countdown 0", chk("idle-zero.toml"),
             all_of(exits(1), says("idle-zero.toml:2", "idle-zero.toml:3"))),
        Case("cfg-indented", A, "errors on indented keys", chk("indented.toml"),
             all_of(exits(1), says("indented.toml:3", "indented.toml:5", "idle-seconds", "rotation must")), review="F28"),
        Case("cfg-lang-case", A, "offered in upper case FR, Ar", chk("lang-case.toml"), refused("lang-case.toml")),
        Case("cfg-lang-default-not-offered", A, "default not among offered", chk("lang-default-not-offered.toml"),
             refused("lang-default-not-offered.toml", "en")),
        Case("cfg-lang-default-unknown", A, "default = de (unknown)", chk("lang-default-unknown.toml"),
             refused("lang-default-unknown.toml", "de")),
        Case("cfg-lang-dup", A, "offered with duplicates", chk("lang-dup.toml"),
             refused("lang-dup.toml", "twice"), review="F19"),
        Case("cfg-lang-inline", A, "languages as an inline table with an unknown language", chk("lang-inline.toml"),
             all_of(refused("lang-inline.toml", "'de'"), said_once("'de'")), review="F28"),
        Case("cfg-lang-offered-empty", A, "offered = []", chk("lang-offered-empty.toml"), refused("lang-offered-empty.toml")),
        Case("cfg-lang-unknown", A, "offered languages the kiosk lacks (de, invalid code)", chk("lang-unknown.toml"),
             refused("lang-unknown.toml", "'de'", "not a code!")),
        Case("cfg-latin1", A, "Latin-1 encoded", chk("latin1.toml"),
             all_of(exits(1), names_line("latin1.toml"), says("UTF-8")), review="F28"),
        Case("cfg-location-missing-lon", A, "location without longitude", chk("location-missing-lon.toml"),
             refused("location-missing-lon.toml", "longitude")),
        Case("cfg-location-nan", A, "latitude nan, longitude inf", chk("location-nan.toml"), refused("location-nan.toml")),
        Case("cfg-location-outside", A, "location in Berlin", chk("location-outside.toml"), refused("location-outside.toml", "France")),
        Case("cfg-location-swapped", A, "latitude/longitude swapped", chk("location-swapped.toml"), refused("location-swapped.toml")),
        Case("cfg-many-errors", A, "nine errors at once", chk("many-errors.toml"),
             all_of(exits(1), errors_named("many-errors.toml", 9))),
        Case("cfg-nested-deep-table", A, "inline tables nested 5 000 deep", chk("nested-deep-table.toml"),
             all_of(exits(1), names_line("nested-deep-table.toml"))),
        Case("cfg-nested-deep", A, "array nested 10 000 deep", chk("nested-deep.toml"),
             all_of(exits(1), names_line("nested-deep.toml"))),
        Case("cfg-not-toml", A, "not TOML", chk("not-toml.toml"), all_of(exits(1), names_line("not-toml.toml"))),
        Case("cfg-org-10mb", A, "a 10 MB organisation name", chk("org-10mb.toml"),
             all_of(size_refused_or_read, under_mib(300))),
        Case("cfg-pin-arabic-digits", A, "PIN in Arabic-Indic digits", chk("pin-arabic-digits.toml"), refused("pin-arabic-digits.toml", "operator-pin")),
        Case("cfg-pin-letters", A, "PIN of letters", chk("pin-letters.toml"), refused("pin-letters.toml", "operator-pin")),
        Case("cfg-pin-long", A, "PIN of 13 digits", chk("pin-long.toml"), refused("pin-long.toml", "operator-pin")),
        Case("cfg-pin-number", A, "PIN as a TOML integer", chk("pin-number.toml"), refused("pin-number.toml", "operator-pin")),
        Case("cfg-pin-short", A, "PIN of 3 digits", chk("pin-short.toml"), refused("pin-short.toml", "operator-pin")),
        Case("cfg-pin-spaces", A, "PIN with a leading space", chk("pin-spaces.toml"), refused("pin-spaces.toml", "operator-pin")),
        Case("cfg-rotation-360", A, "rotation = 360", chk("rotation-360.toml"), refused("rotation-360.toml", "rotation")),
        Case("cfg-rotation-45", A, "rotation = 45", chk("rotation-45.toml"), refused("rotation-45.toml", "rotation")),
        Case("cfg-rotation-neg", A, "rotation = -90", chk("rotation-neg.toml"), refused("rotation-neg.toml", "rotation")),
        Case("cfg-stats-is-file", A, "stats = /etc/passwd (a file)", chk("stats-is-file.toml"),
             refused("stats-is-file.toml", "/etc/passwd", "folder"), review="F20"),
        Case("cfg-stats-nowhere", A, "passerelle stats with a stats folder that does not exist",
             f"$P --config {C}/stats-nowhere.toml stats",
             all_of(exits(0, 2), mentions("no-such-root/stats"))),
        Case("cfg-unknown-key-table", A, "unknown key in [session] (idle-second)", chk("unknown-key-table.toml"),
             refused("unknown-key-table.toml", "idle-second")),
        Case("cfg-unknown-key", A, "unknown top-level key", chk("unknown-key.toml"), refused("unknown-key.toml", "language")),
        Case("cfg-utf16", A, "UTF-16", chk("utf16.toml"),
             all_of(exits(1), says("utf16.toml", "UTF-8"), says_any("UTF-16", "save")), review="F28"),
        Case("cfg-valid", A, "the README's example config", chk("valid.toml"),
             all_of(exits(0), says("ok"), never_says("error"))),
        Case("cfg-width-7680", A, "7680x4320 (allowed maximum)", chk("width-7680.toml"), all_of(exits(0), says("ok"))),
        Case("cfg-width-huge", A, "width 100000", chk("width-huge.toml"), refused("width-huge.toml", "width")),
        Case("cfg-width-only", A, "screen width without height", chk("width-only.toml"), refused("width-only.toml", "height")),
        Case("cfg-width-u32-overflow", A, "width 4294967296", chk("width-u32-overflow.toml"), refused("width-u32-overflow.toml", "width")),
        Case("cfg-width-zero", A, "width 0 height 0", chk("width-zero.toml"),
             all_of(exits(1), says("width-zero.toml:2", "width-zero.toml:3"))),
        Case("cfg-wrong-type-indented", A, "wrong type, key indented", chk("wrong-type-indented.toml"),
             all_of(exits(1), says("wrong-type-indented.toml:2", "countdown-seconds"))),
        Case("cfg-wrong-type", A, 'idle-seconds = "ninety"', chk("wrong-type.toml"), refused("wrong-type.toml", "idle-seconds")),
        Case("cfg-zone-mayotte-metro", A, "zone mayotte with Lyon coordinates", chk("zone-mayotte-metro.toml"),
             all_of(exits(1), says("zone-mayotte-metro.toml:4", "does not match")), review="F20"),
        Case("cfg-zone-unknown", A, "zone = paris", chk("zone-unknown.toml"), refused("zone-unknown.toml", "paris")),
        Case("cfg-missing", A, "--config to a missing file", chk("nope.toml"),
             all_of(exits(1), says("nope.toml"), says_any("does not exist", "no such"))),
        Case("cfg-fifo", A, "--config is a FIFO", "$P check --config $W/fifo-cfg",
             all_of(exits(1), says("fifo-cfg", "is a FIFO (a pipe)")), setup=fifo, review="F11"),
        Case("cfg-dev-zero", A, "--config /dev/zero", "$P check --config /dev/zero",
             all_of(exits(1), says("/dev/zero", "device"), under_mib(200)), review="F13"),
        Case("cfg-dev-urandom", A, "--config /dev/urandom", "$P check --config /dev/urandom",
             all_of(exits(1), says("/dev/urandom", "device"), under_mib(200)), review="F13"),
        # The kiosk's start path: valid settings kept (the overseas zone picks the
        # ceilings), each wrong one in the log with its line.
        Case("cfg-advise-broken", A, "advise with a broken config (defaults used, log says why)",
             f"$P --config {C}/many-errors.toml advise --answer status=french --answer works=no --answer months=12"
             " --answer household=1 --answer income=0 --answer date=2025-06-01",
             all_of(exits(0), says("(overseas"), errors_named_log("many-errors.toml", 9)), review="F5"),
        Case("cfg-advise-missing", A, "advise with --config to a missing file",
             f"$P --config {C}/nope.toml advise --answer status=french",
             all_of(exits(0), says("nope.toml"))),
        Case("cfg-shot-idle-2pow31", A, "screenshot home with idle-seconds = 2147483648 (accepted by check)",
             f"$P --config {C}/idle-2pow31.toml screenshot --screen home --out $W/shot.png --texts $W/texts.jsonl",
             all_of(exits(0), texts_say("texts.jsonl", "Comment pouvons-nous vous aider"),
                    texts_never("texts.jsonl", "Êtes-vous toujours là"), names_line("idle-2pow31.toml")), review="F4"),
        Case("cfg-shot-idle-u32max", A, "screenshot home with idle-seconds = 4294967295",
             f"$P --config {C}/idle-u32max.toml screenshot --screen home --out $W/shot.png --texts $W/texts.jsonl",
             all_of(exits(0), texts_say("texts.jsonl", "Comment pouvons-nous vous aider"),
                    texts_never("texts.jsonl", "Êtes-vous toujours là"), names_line("idle-u32max.toml")), review="F4"),
        Case("cfg-shot-countdown-u32max", A, "screenshot idle with countdown-seconds = 4294967295",
             f"$P --config {C}/countdown-u32max.toml screenshot --screen idle --out $W/shot.png --texts $W/texts.jsonl",
             all_of(exits(0), countdown_shown("texts.jsonl", 1, 600), names_line("countdown-u32max.toml")), review="F4"),
        Case("cfg-shot-7680", A, "screenshot without --size with a 7680x4320 screen (a valid config)",
             f"$P --config {C}/width-7680.toml screenshot --screen home --out $W/shot.png",
             all_of(exits(0), png_side("shot.png", 4096)), review="F20"),
        Case("cfg-near-from-config", A, "services near with directory and location from the config",
             f"$P --config {C}/valid.toml services near --limit 2",
             all_of(exits(0), says("km", "France services"), never_says("error"))),
        Case("cfg-stats-file", A, "passerelle stats with stats = /etc/passwd",
             f"$P --config {C}/stats-is-file.toml stats",
             all_of(exits(2), names_line("stats-is-file.toml"), says("/etc/passwd"))),
        Case("cfg-check-stats-nowhere", A, "stats folder under a missing root (check --config)", chk("stats-nowhere.toml"),
             all_of(exits(0, 1), mentions("no-such-root/stats")), review="F20"),
        Case("cfg-typo-drops-directory", A,
             "config with directory, location, PIN and one bad value (idle-seconds = 5): services near from it",
             "$P --config $W/c2.toml services near",
             all_of(exits(0), says("km", "France services"), names_line("c2.toml")), setup=typo_config, review="F5"),
        Case("cfg-typo-shot-nearby", A, "same config: the kiosk's nearby screen",
             "$P --config $W/c2.toml screenshot --screen nearby --out $W/c2-nearby.png --texts $W/texts.jsonl",
             all_of(exits(0), texts_say("texts.jsonl", "France services", "km"),
                    texts_never("texts.jsonl", "pas encore de liste"), names_line("c2.toml")),
             setup=typo_config, review="F5"),
    ]


def errors_named_log(name, at_least):
    """The kiosk's log (stderr) names at least `at_least` distinct lines of `name`."""
    pattern = re.compile(re.escape(name) + r":(\d+)")

    def f(r, c):
        lines = set(pattern.findall(r.stderr))
        return None if len(lines) >= at_least else (
            f"the log names {len(lines)} lines of {name} ({', '.join(sorted(lines, key=int))}), expected {at_least}")

    return f
