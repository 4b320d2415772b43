"""`passerelle check --locales DIR --content DIR` on broken translations and content
(the review's area `check`, rows 248-327).

The review's inputs were folders `$A/upd/<name>`: copies of the embedded locales/ and
content/ with one thing broken, made by its gen_upd.py. `make_upd` below re-makes them
from the checkout's locales/ and content/ (in prepare, under $IN/upd/<name>); the update
area (cases_update.py) seals some of them. Large inputs are sparse files made at run time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from replay import Case, all_of, exits, faster_than, first_line, names_line, never_says, under_mib
from replay import says as says_raw

# ---- the review's gen_upd.py, re-made --------------------------------------------


def _sub(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise ValueError(f"{path}: {old!r} not found")
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _re_sub(path: Path, pattern: str, new: str, count: int = 1, flags: int = re.M | re.S) -> None:
    text = path.read_text(encoding="utf-8")
    out, n = re.subn(pattern, new, text, count=count, flags=flags)
    if n == 0:
        raise ValueError(f"{path}: /{pattern}/ not found")
    path.write_text(out, encoding="utf-8")


def _append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def _question_block(flow_text: str, qid: str) -> tuple[int, int]:
    """Start and end offsets of the [[question]] block whose id is `qid`."""
    start = flow_text.index(f'[[question]]\nid = "{qid}"\n')
    end = flow_text.find("[[question]]", start + 1)
    return start, (len(flow_text) if end < 0 else end)


def _in_question(path: Path, qid: str, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    a, b = _question_block(text, qid)
    block = text[a:b]
    if old not in block:
        raise ValueError(f"{qid}: {old!r} not found")
    path.write_text(text[:a] + block.replace(old, new, 1) + text[b:], encoding="utf-8")


def _extra_questions(u: Path, n: int, choices: int) -> None:
    """n extra questions in a chain between 'urgent' and 'pregnant', each valid
    (key "pregnant", with an "I don't know"): 3 choices each (flow-exp) or only
    "I don't know" (flow-chain)."""
    flow = u / "content/flow.toml"
    text = flow.read_text(encoding="utf-8")
    a, b = _question_block(text, "urgent")
    text = text[:a] + text[a:b].replace('next = "pregnant"', 'next = "x1"') + text[b:]
    parts = []
    for i in range(1, n + 1):
        nxt = f"x{i + 1}" if i < n else "pregnant"
        if choices == 3:
            cs = (
                f'    {{ value = "yes", label = "answer-yes", icon = "yes", next = "{nxt}" }},\n'
                f'    {{ value = "no", label = "answer-no", icon = "no", next = "{nxt}" }},\n'
                f'    {{ value = "unknown", label = "answer-unknown", icon = "unknown", next = "{nxt}" }},\n'
            )
            parts.append(f'\n[[question]]\nid = "x{i}"\nkey = "pregnant"\ntext = "question-pregnant"\nicon = "pregnant"\nchoices = [\n{cs}]\n')
        else:
            parts.append(
                f'\n[[question]]\nid = "x{i}"\nkey = "pregnant"\ntext = "question-pregnant"\nicon = "pregnant"\n'
                f'choices = [{{ value = "unknown", label = "answer-unknown", icon = "unknown", next = "{nxt}" }}]\n'
            )
    flow.write_text(text + "".join(parts), encoding="utf-8")


def _nested_select(depth: int) -> str:
    inner = "Question { $step } of up to { $total }"
    text = inner
    for _ in range(depth):
        text = "{ $step ->\n *[other] " + text + "\n}"
    return "guide-progress = " + text + "\n"


EN = "locales/en/passerelle.ftl"
FR = "locales/fr/passerelle.ftl"
FLOW = "content/flow.toml"
CEIL = "content/ceilings.toml"
GUIDES = "content/guides.toml"
EMERG = "content/emergency.toml"
LANGS = "locales/languages.toml"

FAR_PERIOD = """
[[period]]
from = 2026-04-01
to = 9999-12-31
free = [10421, 15631, 18757, 21884]
free-extra = 4168
participation = [14069, 21103, 25324, 29545]
participation-extra = 5628
source = "Période d'essai jusqu'en 9999"
"""


def _mut(name: str, u: Path) -> None:  # noqa: C901 (one branch per broken folder)
    p = lambda rel: u / rel  # noqa: E731
    if name == "ok":
        return
    # -- translations
    if name == "ftl-syntax":
        return _sub(p(EN), "welcome-greeting = Hello\n", "welcome-greeting = Hello { $name\n")
    if name == "ftl-wrong-var":
        return _sub(p("locales/en/guide.ftl"), "below { $amount } €?", "below { $amout } €?")
    if name == "ftl-missing-msg":
        return _re_sub(p("locales/ar/passerelle.ftl"), r"^home-intro = [^\n]*\n", "")
    if name == "ftl-missing-lang-folder":
        return shutil.rmtree(p("locales/ru"))
    if name == "ftl-missing-fr-file":
        return p("locales/fr/guide.ftl").unlink()
    if name == "lang-dup":
        return _append(p(LANGS), '\n[[language]]\ncode = "en"\ndirection = "ltr"\nreview = { status = "not-reviewed" }\n')
    if name == "lang-bad-code":
        return _sub(p(LANGS), 'code = "ka"', 'code = "../../etc"')
    if name == "lang-new-no-folder":
        return _append(p(LANGS), '\n[[language]]\ncode = "de"\ndirection = "ltr"\nreview = { status = "not-reviewed" }\n')
    if name == "lang-broken-toml":
        return _sub(p(LANGS), 'code = "en"\n', 'code = "en\n')
    if name == "lang-no-fr":
        return _sub(p(LANGS), 'code = "fr"', 'code = "fr-FR"')
    if name == "lang-wrong-direction":
        return _sub(p(LANGS), 'code = "en"\ndirection = "ltr"', 'code = "en"\ndirection = "right-to-left"')
    if name == "ftl-deep":
        return _sub(p(EN), "welcome-greeting = Hello\n", "welcome-greeting = " + "{ " * 10000 + '"Hello"' + " }" * 10000 + "\n")
    if name == "ftl-deep-select":
        return _sub(p("locales/en/guide.ftl"), "guide-progress = Question { $step } of up to { $total }\n", _nested_select(3000))
    if name == "ftl-self-ref":
        return _sub(p(EN), "home-title = How can we help you?", "home-title = How can we help you? { home-title }")
    if name == "ftl-missing-ref":
        return _sub(p(EN), "home-intro = It is free", "home-intro = { no-such-message } It is free")
    if name == "ftl-term-cycle":
        _append(p(EN), "\n-term-a = { -term-b }\n-term-b = { -term-a }\n")
        return _sub(p(EN), "welcome-tagline = Your", "welcome-tagline = { -term-a } Your")
    if name == "ftl-dup-id":
        return _append(p(EN), "\nhome-title = How can we help you, again?\n")
    if name == "ftl-giant":
        return _sub(p(EN), "welcome-tagline = Your health rights, explained in your language", "welcome-tagline = " + "a" * (10 * 1024 * 1024))
    if name == "ftl-empty-value":
        return _sub(p(EN), "welcome-greeting = Hello\n", "welcome-greeting =\n")
    if name == "ftl-empty-file":
        return p("locales/uk/passerelle.ftl").write_bytes(b"")
    if name == "ftl-missing-glyph":
        return _sub(p(EN), "welcome-greeting = Hello\n", "welcome-greeting = Hello \U0001F600 \u9f98\u9f49\n")
    if name == "ftl-id-in-text":
        return _sub(p(EN), "home-title = How can we help you?", "home-title = home-title")
    if name == "ftl-bidi-controls":
        return _sub(p(EN), "home-title = How can we help you?", "home-title = \u202eHow can we help you?\u202c")
    if name == "ftl-latin1":
        text = p(FR).read_text(encoding="utf-8")
        return p(FR).write_bytes(text.encode("latin-1", "replace"))
    if name == "ftl-bom":
        return p(FR).write_bytes(b"\xef\xbb\xbf" + p(FR).read_bytes())
    if name == "ftl-crlf":
        return p(EN).write_bytes(p(EN).read_bytes().replace(b"\n", b"\r\n"))
    # -- the flow
    if name == "flow-cycle":
        return _in_question(p(FLOW), "pregnant", 'icon = "yes", next = "result"', 'icon = "yes", next = "urgent"')
    if name == "flow-dead-end":
        return _sub(p(FLOW), 'next = "rsa" }', 'next = "nowhere" }')
    if name == "flow-unknown-key":
        return _sub(p(FLOW), 'key = "pregnant"', 'key = "shoe_size"')
    if name == "flow-key-zone":
        return _sub(p(FLOW), 'key = "urgent"', 'key = "zone"')
    if name == "flow-bad-value":
        return _in_question(p(FLOW), "pregnant", 'value = "yes"', 'value = "maybe"')
    if name == "flow-no-unknown":
        return _in_question(p(FLOW), "pregnant", '    { value = "unknown", label = "answer-unknown", icon = "unknown", next = "result" },\n', "")
    if name == "flow-no-choices":
        return _append(p(FLOW), '\n[[question]]\nid = "lonely"\nkey = "urgent"\ntext = "question-urgent"\nicon = "care"\nchoices = []\n')
    if name == "flow-bad-start":
        return _sub(p(FLOW), 'start = "has-puma"', 'start = "nowhere"')
    if name in ("flow-dup-id", "flow-id-result"):
        text = p(FLOW).read_text(encoding="utf-8")
        a, b = _question_block(text, "employee")
        block = text[a:b]
        if name == "flow-id-result":
            block = block.replace('id = "employee"', 'id = "result"')
        return _append(p(FLOW), "\n" + block)
    if name == "flow-unknown-icon":
        return _sub(p(FLOW), 'icon = "pregnant"', 'icon = "unicorn"')
    if name == "flow-empty":
        return p(FLOW).write_bytes(b"")
    if name == "flow-no-file":
        return p(FLOW).unlink()
    if name.startswith("flow-exp-"):
        return _extra_questions(u, int(name.rsplit("-", 1)[1]), 3)
    if name.startswith("flow-chain-"):
        return _extra_questions(u, int(name.rsplit("-", 1)[1].replace("k", "")) * 1000, 1)
    if name == "flow-nested":
        text = p(FLOW).read_text(encoding="utf-8")
        return p(FLOW).write_text("deep = " + "[" * 10000 + "]" * 10000 + "\n" + text, encoding="utf-8")
    if name == "flow-outcome-unreachable":
        return _sub(p(FLOW), '    { value = "no-papers", label = "status-no-papers", icon = "no-papers", next = "minor-no-papers" },\n', "")
    # -- the ceilings
    if name == "ceil-overlap":
        return _sub(p(CEIL), "from = 2025-04-01", "from = 2025-03-01")
    if name == "ceil-reversed":
        return _sub(p(CEIL), "to = 2025-03-31", "to = 2023-03-31")
    if name == "ceil-datetime":
        return _sub(p(CEIL), "from = 2024-04-01", "from = 2024-04-01T10:00:00")
    if name == "ceil-overflow":
        # both *-extra huge (free still under participation): only the size is wrong
        _sub(p(CEIL), "free-extra = 4135", "free-extra = 2000000000")
        return _sub(p(CEIL), "participation-extra = 5583", "participation-extra = 2100000000")
    if name == "ceil-amounts-nan":
        return _sub(p(CEIL), "amounts = [8, 14, 21, 25, 30]", "amounts = [nan, -5, inf, 1e308, 0]")
    if name == "ceil-factor-nan":
        return _sub(p(CEIL), "factor = 1.113", "factor = nan")
    if name == "ceil-no-period":
        return _re_sub(p(CEIL), r"^\[\[period\]\]\n.*?(?=^\[overseas\])", "")
    if name == "ceil-wrong-arity":
        return _sub(p(CEIL), "free = [10339, 15508, 18609, 21711]", "free = [10339, 15508, 18609]")
    if name == "ceil-far-future":
        return _sub(p(CEIL), "\n[overseas]", FAR_PERIOD + "\n[overseas]")
    # -- the guides and the emergency lines
    if name == "guides-no-source":
        return _re_sub(p(GUIDES), r"^sources = \[\n.*?^\]\n", "sources = []\n")
    if name == "guides-unknown-field":
        return _sub(p(GUIDES), 'icon = "covered"\n', 'icon = "covered"\ncolour = "red"\n')
    if name == "guides-bad-date":
        return _sub(p(GUIDES), 'date = "2018" }', 'date = "29/11/2023" }')
    if name == "emerg-bad":
        _sub(p(EMERG), 'number = "15"', 'number = "1S"')
        return _sub(p(EMERG), 'icon = "ambulance"', 'icon = "unicorn"')
    if name == "emerg-dup-number":
        return _sub(p(EMERG), 'number = "17"', 'number = "15"')
    if name == "emerg-no-lines":
        return _re_sub(p(EMERG), r"^\[\[line\]\]\n.*", "")
    if name == "emerg-unknown-source":
        return _sub(p(EMERG), 'source = "service-public"', 'source = "nowhere"')
    # -- folders
    if name == "content-empty":
        shutil.rmtree(p("content"))
        return p("content").mkdir()
    if name == "locales-empty":
        shutil.rmtree(p("locales"))
        return p("locales").mkdir()
    # -- files that are not plain files
    if name == "symlink-passwd":
        p(FLOW).unlink()
        return os.symlink("/etc/passwd", p(FLOW))
    if name == "symlink-outside-ok":
        return os.symlink("/etc/passwd", p("content/notes.txt"))
    if name == "symlink-devzero-ftl":
        return os.symlink("/dev/zero", p("locales/fr/zzz.ftl"))
    if name == "symlink-devzero-other":
        return os.symlink("/dev/zero", p("content/zero.bin"))
    if name == "fifo-ftl":
        return os.mkfifo(p("locales/fr/zzz.ftl"))
    if name == "fifo-other":
        return os.mkfifo(p("content/notes.txt"))
    if name == "symlink-loop-1":
        return os.symlink(".", p("content/loop"))
    if name == "symlink-loop-2":
        os.symlink(".", p("content/a"))
        return os.symlink(".", p("content/b"))
    if name == "symlink-loop-ftl":
        os.symlink(".", p("locales/fr/loop"))
        return os.symlink(".", p("locales/fr/loop2"))
    if name == "big-1g-other":
        with open(p("content/big.bin"), "wb") as f:
            f.truncate(1 << 30)  # sparse: no disk
        return None
    if name == "big-1g-ftl":
        with open(p("locales/fr/big.ftl"), "wb") as f:
            f.truncate(1 << 30)  # 1 GB of NUL bytes, sparse
        return None
    if name == "latin1-filename":
        return Path(os.fsdecode(bytes(p("content")) + b"/notes-\xe9t\xe9.txt")).write_text("notes\n", encoding="utf-8")
    raise KeyError(name)


def make_upd(IN: Path, root: Path, name: str, mutate=None) -> Path:
    """$IN/upd/<name>: a copy of the checkout's locales/ and content/ with one
    thing broken (made once; shared by the check and update areas)."""
    u = IN / "upd" / name
    done = IN / "upd" / f".made-{name}"
    if done.exists():
        return u
    if u.exists() or u.is_symlink():
        shutil.rmtree(u)
    u.mkdir(parents=True)
    shutil.copytree(root / "locales", u / "locales")
    shutil.copytree(root / "content", u / "content")
    (mutate or _mut)(name, u)
    done.write_text("")
    return u


UPD = [
    "ok", "ftl-syntax", "ftl-wrong-var", "ftl-missing-msg", "ftl-missing-lang-folder", "ftl-missing-fr-file",
    "lang-dup", "lang-bad-code", "lang-new-no-folder", "lang-broken-toml", "lang-no-fr", "lang-wrong-direction",
    "ftl-deep", "ftl-deep-select", "ftl-self-ref", "ftl-missing-ref", "ftl-term-cycle", "ftl-dup-id", "ftl-giant",
    "ftl-empty-value", "ftl-empty-file", "ftl-missing-glyph", "ftl-id-in-text", "ftl-bidi-controls",
    "flow-cycle", "flow-dead-end", "flow-unknown-key", "flow-key-zone", "flow-bad-value", "flow-no-unknown",
    "flow-no-choices", "flow-bad-start", "flow-dup-id", "flow-id-result", "flow-unknown-icon", "flow-empty",
    "flow-no-file", "flow-exp-4", "flow-exp-6", "flow-exp-12", "flow-exp-30", "flow-chain-10k", "flow-chain-20k",
    "flow-chain-100k", "flow-nested", "flow-outcome-unreachable",
    "ceil-overlap", "ceil-reversed", "ceil-datetime", "ceil-overflow", "ceil-amounts-nan", "ceil-factor-nan",
    "ceil-no-period", "ceil-wrong-arity", "ceil-far-future",
    "guides-no-source", "guides-unknown-field", "guides-bad-date",
    "emerg-bad", "emerg-dup-number", "emerg-no-lines", "emerg-unknown-source",
    "content-empty", "locales-empty",
    "symlink-passwd", "symlink-outside-ok", "symlink-devzero-ftl", "symlink-devzero-other", "fifo-ftl", "fifo-other",
    "symlink-loop-1", "symlink-loop-2", "symlink-loop-ftl", "big-1g-other", "big-1g-ftl", "latin1-filename",
    "ftl-latin1", "ftl-bom", "ftl-crlf",
]


def prepare(ctx) -> None:
    for name in UPD:
        make_upd(ctx.IN, ctx.root, name)


# ---- expectations of this area ---------------------------------------------------


def _messages(out: str) -> str:
    """The output without the folders' own paths (`.../upd/flow-key-zone`), so that a
    key word is not found in the name of the folder under test."""
    return re.sub(r"\S*/(upd|seal)/[^/\s:]+", "", out).lower()


def says(*needles: str):
    """Every needle appears in the messages (case-insensitive), paths of the inputs left out."""

    def f(r, c):
        low = _messages(r.out)
        for n in needles:
            if n.lower() not in low:
                return f"output does not say {n!r}: {first_line(r)}"
        return None

    return f


def says_any(*needles: str):
    def f(r, c):
        low = _messages(r.out)
        return None if any(n.lower() in low for n in needles) else f"output says none of {needles!r}: {first_line(r)}"

    return f


def no_signal(r, c):
    """No death by a signal the harness does not catch (a stack overflow is SIGSEGV)."""
    if r.exit is not None and (r.exit < 0 or r.exit >= 128) and r.exit != 141:
        return f"killed by a signal (exit {r.exit}): {first_line(r)}"
    return None


def errors_at_most(n: int):
    """One broken thing is reported as a few errors, not hundreds."""

    def f(r, c):
        count = sum(1 for line in r.out.splitlines() if line.lower().startswith("error"))
        return None if count <= n else f"{count} errors for one broken thing (at most {n} expected): {first_line(r)}"

    return f


def no_embedded_paths(r, c):
    """Errors about a folder under test name that folder, not the embedded `locales/...` path."""
    bad = [l for l in r.out.splitlines() if re.match(r"^error: (locales|content)/", l)]
    return f"names the embedded path, not the folder under test: {bad[0][:160]}" if bad else None


def refused_or_fine(name: str):
    """Exit 0 (nothing the kiosk uses is wrong), or exit 1 naming `name`."""

    def f(r, c):
        if r.exit == 0:
            return None
        if r.exit == 1 and name.lower() in r.out.lower():
            return None
        return f"exit {r.exit}, expected 0, or 1 naming {name}: {first_line(r)}"

    return f


def if_refused(check):
    """`check` applies only when the command refused (exit != 0)."""
    return lambda r, c: None if r.exit == 0 else check(r, c)


def chk(name: str) -> str:
    return f"$P check --locales $IN/upd/{name}/locales --content $IN/upd/{name}/content"


def C(id_, what, name, expect, timeout=30.0, review="", cmd=None, mem=3000):
    return Case(id_, "check", what, cmd or chk(name), all_of(no_signal, expect), timeout=timeout, review=review, mem_cap_mib=mem)


def bad(*extra):
    """Refused (exit 1), with the extra checks."""
    return all_of(exits(1), *extra)


def cases():
    return [
        C("chk-ok", "unchanged copy of locales/ and content/", "ok", all_of(exits(0), says("ok"))),
        C("chk-ftl-syntax", ".ftl with a syntax error (unterminated placeable)", "ftl-syntax", bad(names_line("en/passerelle.ftl"))),
        C("chk-ftl-wrong-var", "en message with a wrong variable ($amout)", "ftl-wrong-var", bad(names_line("en/guide.ftl"), says("amout"))),
        C("chk-ftl-missing-msg", "ar missing one message", "ftl-missing-msg", bad(says("ar/passerelle.ftl", "home-intro"), names_line("passerelle.ftl"))),
        C("chk-ftl-missing-lang-folder", "locales/ru removed (still in languages.toml)", "ftl-missing-lang-folder", bad(says("'ru'"), errors_at_most(10)), review="F28"),
        C("chk-ftl-missing-fr-file", "locales/fr/guide.ftl removed (source language)", "ftl-missing-fr-file", bad(says_raw("ftl-missing-fr-file/locales/fr/guide.ftl"), no_embedded_paths, errors_at_most(20)), review="F28"),
        C("chk-lang-dup", "languages.toml lists en twice", "lang-dup", bad(names_line("languages.toml"), says("en")), review="F28"),
        C("chk-lang-bad-code", "languages.toml code '../../etc'", "lang-bad-code", bad(names_line("languages.toml"), says("../../etc")), review="F28"),
        C("chk-lang-new-no-folder", "languages.toml adds de without a folder", "lang-new-no-folder", bad(says("'de'"), errors_at_most(10)), review="F28"),
        C("chk-lang-broken-toml", "languages.toml syntax error", "lang-broken-toml", bad(names_line("languages.toml"))),
        C("chk-lang-no-fr", "languages.toml without fr (fr-FR instead)", "lang-no-fr", bad(says("languages.toml"), errors_at_most(10)), review="F28"),
        C("chk-lang-wrong-direction", "direction = right-to-left", "lang-wrong-direction", bad(names_line("languages.toml"), says("right-to-left"))),
        C("chk-ftl-deep", "placeables nested 10 000 deep", "ftl-deep", all_of(exits(0, 1), if_refused(names_line("en/passerelle.ftl")))),
        C("chk-ftl-deep-select", "select expressions nested 3 000 deep", "ftl-deep-select", all_of(exits(0, 1), if_refused(names_line("en/guide.ftl")))),
        C("chk-ftl-self-ref", "message referring to itself", "ftl-self-ref", bad(names_line("en/passerelle.ftl"), says("home-title")), review="F23"),
        C("chk-ftl-missing-ref", "message referring to a missing message", "ftl-missing-ref", bad(names_line("en/passerelle.ftl"), says_any("no-such-message", "home-intro")), review="F23"),
        C("chk-ftl-term-cycle", "two terms referring to each other", "ftl-term-cycle", bad(names_line("en/passerelle.ftl"), says_any("term-a", "term-b", "welcome-tagline")), review="F23"),
        C("chk-ftl-dup-id", "message defined twice in en", "ftl-dup-id", bad(names_line("en/passerelle.ftl"), says("home-title"))),
        C("chk-ftl-giant", "a 10 MB message", "ftl-giant", all_of(exits(0), under_mib(400))),
        C("chk-ftl-empty-value", "message with no value (welcome-greeting =)", "ftl-empty-value", bad(names_line("en/passerelle.ftl"))),
        C("chk-ftl-empty-file", "uk/passerelle.ftl empty", "ftl-empty-file", bad(says("uk/passerelle.ftl"))),
        C("chk-ftl-missing-glyph", "emoji and CJK in a message", "ftl-missing-glyph", bad(names_line("en/passerelle.ftl"), says("glyph"))),
        C("chk-ftl-id-in-text", "message whose text is its own id", "ftl-id-in-text", exits(0)),
        C("chk-ftl-bidi-controls", "RTL override characters in an LTR message", "ftl-bidi-controls", all_of(exits(0, 1), if_refused(names_line("en/passerelle.ftl")))),
        C("chk-flow-cycle", "flow.toml with a cycle", "flow-cycle", bad(names_line("flow.toml"))),
        C("chk-flow-dead-end", "flow.toml next = unknown question", "flow-dead-end", bad(names_line("flow.toml"), says("nowhere"))),
        C("chk-flow-unknown-key", "flow.toml key shoe_size", "flow-unknown-key", bad(names_line("flow.toml"), says("shoe_size"))),
        C("chk-flow-key-zone", "flow.toml key zone (not askable)", "flow-key-zone", bad(names_line("flow.toml"), says("'zone'"))),
        C("chk-flow-bad-value", "flow.toml value maybe", "flow-bad-value", bad(names_line("flow.toml"), says("maybe"))),
        C("chk-flow-no-unknown", "a question without I don't know", "flow-no-unknown", bad(names_line("flow.toml"), says("pregnant"))),
        C("chk-flow-no-choices", "an unreachable question with no choices", "flow-no-choices", bad(names_line("flow.toml"), says("lonely"))),
        C("chk-flow-bad-start", "start = unknown question", "flow-bad-start", bad(names_line("flow.toml"), says("nowhere"))),
        C("chk-flow-dup-id", "two questions with the same id", "flow-dup-id", bad(names_line("flow.toml"), says("employee"))),
        C("chk-flow-id-result", "a question named result", "flow-id-result", bad(names_line("flow.toml"), says("'result'"))),
        C("chk-flow-unknown-icon", "unknown icon", "flow-unknown-icon", bad(names_line("flow.toml"), says("unicorn"))),
        C("chk-flow-empty", "empty flow.toml", "flow-empty", bad(says("flow.toml"))),
        C("chk-flow-no-file", "flow.toml missing", "flow-no-file", bad(says("flow.toml"))),
        C("chk-flow-exp-12", "valid flow with 12 extra 3-choice questions in a chain (3^12 paths)", "flow-exp-12",
          all_of(exits(0), under_mib(500)), review="F2"),
        C("chk-flow-exp-30", "valid flow with 30 extra 3-choice questions in a chain (3^30 paths)", "flow-exp-30",
          all_of(exits(0, 1), under_mib(500), if_refused(says_any("too many", "different ways"))), review="F2"),
        C("chk-flow-chain-100k", "a chain of 100 000 one-choice questions (recursion depth)", "flow-chain-100k",
          all_of(exits(0), under_mib(1500)), review="F16"),
        C("chk-flow-nested", "array nested 10 000 deep in flow.toml", "flow-nested", bad(names_line("flow.toml"))),
        C("chk-ceil-overlap", "ceilings: overlapping periods", "ceil-overlap", bad(names_line("ceilings.toml"))),
        C("chk-ceil-reversed", "ceilings: a period ending before it starts", "ceil-reversed", bad(names_line("ceilings.toml"))),
        C("chk-ceil-datetime", "ceilings: a date-time instead of a date", "ceil-datetime", bad(names_line("ceilings.toml"))),
        C("chk-ceil-overflow", "ceilings: free-extra 2e9 (u32 overflow for big households)", "ceil-overflow", bad(names_line("ceilings.toml"), says_any("1000000", "1 000 000", "million", "overflow", "too large")), review="F18"),
        C("chk-ceil-amounts-nan", "ceilings: participation amounts nan, -5, inf, 1e308", "ceil-amounts-nan", bad(names_line("ceilings.toml")), review="F17"),
        C("chk-ceil-factor-nan", "ceilings: overseas factor nan", "ceil-factor-nan", bad(names_line("ceilings.toml"), says("factor")), review="F28"),
        C("chk-ceil-no-period", "ceilings: no period", "ceil-no-period", bad(names_line("ceilings.toml"))),
        C("chk-ceil-wrong-arity", "ceilings: free with 3 values", "ceil-wrong-arity", bad(names_line("ceilings.toml"))),
        C("chk-ceil-far-future", "ceilings: a period to 9999-12-31", "ceil-far-future", exits(0)),
        C("chk-guides-no-source", "a guide with sources = []", "guides-no-source", bad(names_line("guides.toml"))),
        C("chk-guides-unknown-field", "guides.toml unknown field", "guides-unknown-field", bad(names_line("guides.toml"), says("colour"))),
        C("chk-guides-bad-date", "guides.toml date 29/11/2023", "guides-bad-date", bad(names_line("guides.toml"), says("29/11/2023"))),
        C("chk-emerg-bad", "emergency number with letters, unknown icon", "emerg-bad", bad(names_line("emergency.toml"), says("1S"), says("unicorn"))),
        C("chk-emerg-dup-number", "emergency number listed twice", "emerg-dup-number", bad(names_line("emergency.toml"), says("15", "twice"))),
        C("chk-emerg-no-lines", "emergency.toml with no line", "emerg-no-lines", bad(names_line("emergency.toml"))),
        C("chk-emerg-unknown-source", "emergency line with an unknown source", "emerg-unknown-source", bad(names_line("emergency.toml"), says("nowhere"))),
        C("chk-content-empty", "empty content/ folder", "content-empty", bad(says_raw("content-empty/content"), no_embedded_paths)),
        C("chk-locales-empty", "empty locales/ folder", "locales-empty", bad(says_raw("locales-empty/locales"), no_embedded_paths, errors_at_most(10)), review="F28"),
        C("chk-symlink-passwd", "content/flow.toml is a symlink to /etc/passwd", "symlink-passwd", bad(says("flow.toml"), never_says("root:x:0:0"))),
        C("chk-symlink-outside-ok", "content/notes.txt symlink to /etc/passwd (unused file)", "symlink-outside-ok", all_of(refused_or_fine("notes.txt"), never_says("root:x:0:0"))),
        C("chk-symlink-devzero-ftl", "locales/fr/zzz.ftl symlink to /dev/zero (ulimit -v 3 GB)", "symlink-devzero-ftl", bad(says("zzz.ftl"), under_mib(300)), review="F13"),
        C("chk-symlink-devzero-other", "content/zero.bin symlink to /dev/zero (unused by check)", "symlink-devzero-other", all_of(refused_or_fine("zero.bin"), under_mib(300))),
        C("chk-fifo-ftl", "locales/fr/zzz.ftl is a FIFO", "fifo-ftl", bad(says("zzz.ftl"), says("FIFO")), review="F11"),
        C("chk-fifo-other", "content/notes.txt is a FIFO", "fifo-other", refused_or_fine("notes.txt")),
        C("chk-symlink-loop-1", "content/loop -> . (one symlink loop)", "symlink-loop-1", refused_or_fine("loop")),
        C("chk-symlink-loop-2", "content/a -> . and content/b -> . (two loops)", "symlink-loop-2", refused_or_fine("content/")),
        C("chk-symlink-loop-ftl", "locales/fr/loop -> . and loop2 -> .", "symlink-loop-ftl", refused_or_fine("loop"), review="F12"),
        C("chk-big-1g-other", "a 1 GB file content/big.bin (unused by check)", "big-1g-other", all_of(refused_or_fine("big.bin"), under_mib(300))),
        C("chk-big-1g-ftl", "a 1 GB .ftl of NUL bytes (ulimit -v 3 GB)", "big-1g-ftl", bad(says("big.ftl"), under_mib(300)), review="F3"),
        C("chk-latin1-filename", "a file with a Latin-1 (non-UTF-8) name", "latin1-filename", refused_or_fine("notes-")),
        C("chk-ftl-latin1", "fr/passerelle.ftl in Latin-1", "ftl-latin1", bad(names_line("fr/passerelle.ftl"), says("UTF-8"), errors_at_most(10)), review="F28"),
        C("chk-ftl-bom", "fr/passerelle.ftl with a BOM", "ftl-bom", all_of(exits(0, 1), if_refused(says_any(" BOM", "(BOM", "byte-order", "byte order"))), review="F28"),
        C("chk-ftl-crlf", "en/passerelle.ftl with CRLF", "ftl-crlf", exits(0)),
        C("chk-broken-pipe", "check --locales --content of a broken update | head -1 (closed stdout)", "ftl-missing-lang-folder",
          all_of(exits(1, 141), never_says("panicked"), never_says("Broken pipe")), review="F1",
          cmd=chk("ftl-missing-lang-folder") + " | head -1; exit ${PIPESTATUS[0]}"),
        C("chk-flow-outcome-unreachable", "flow without the no-papers choice (AME unreachable)", "flow-outcome-unreachable", bad(says("flow.toml"), says("outcome 'ame"))),
        C("upd-check-flow-exp-4", "flow + 4 extra 3-choice questions", "flow-exp-4", all_of(exits(0), under_mib(300))),
        C("upd-check-flow-exp-6", "flow + 6 extra 3-choice questions", "flow-exp-6", all_of(exits(0), under_mib(80), faster_than(0.5)), review="F2"),
        C("chk-flow-chain-10k", "chain of 10 000 one-choice questions", "flow-chain-10k", all_of(exits(0), under_mib(500), faster_than(3)), timeout=30, review="F16"),
        C("chk-flow-chain-20k", "chain of 20 000 one-choice questions", "flow-chain-20k", all_of(exits(0), under_mib(800), faster_than(6)), timeout=30, review="F16"),
    ]
