"""`passerelle advise` with bad, repeated or contradictory answers (the review's
rows 409-458, area `advise`). A bad answer is refused (exit 2) with what is wrong
and the value cut short; answers that contradict each other or repeat are refused
rather than one silently winning (F25)."""

import json
import re

from replay import Case, all_of, exits, first_line, never_says, says, says_any

# A complete set of answers up to the income, so that a ceiling is printed.
FULL = "--answer status=french --answer works=no --answer months=12"


def short(most):
    """The whole output is at most `most` characters (a bad value is not echoed whole)."""
    return lambda r, c: None if len(r.out) <= most else f"{len(r.out)} characters of output: {first_line(r)[:80]}"


def ceiling_sane(household):
    """The ceiling line: this household, free < participation, both under 10 M EUR."""
    pattern = re.compile(r"household (\d+), free CSS and AME up to (\d+) EUR, CSS with participation up to (\d+) EUR")

    def f(r, c):
        m = pattern.search(r.out)
        if not m:
            return f"no ceiling printed: {first_line(r)}"
        h, free, part = map(int, m.groups())
        if h != household or not (0 < free < part < 10_000_000):
            return f"ceiling household {h}: free {free}, participation {part}"
        return None

    return f


def json_titles_in(script_re):
    """--json output: valid JSON, each outcome with a title in that script."""

    def f(r, c):
        try:
            value = json.loads(r.stdout)
        except ValueError as e:
            return f"not JSON: {e}"
        outcomes = value.get("outcomes") or []
        if not outcomes:
            return "no outcomes"
        for o in outcomes:
            if not re.search(script_re, o.get("title", "")):
                return f"outcome {o.get('id')} has title {o.get('title')!r}"
        return None

    return f


def refused(*needles):
    checks = [exits(2), short(600)]
    if needles:
        checks.append(says(*needles))
    return all_of(*checks)


def cases():
    A = "advise"
    return [
        Case("adv-baseline", A, "README example", "$P advise --answer status=asylum-seeker --answer months=2 --answer minor=no",
             all_of(exits(0), says("puma-wait"))),
        Case("adv-none", A, "no answers at all", "$P advise ", all_of(exits(0), says("get-help"))),
        Case("adv-months-neg", A, "months=-1", "$P advise --answer months=-1", refused("months", "-1")),
        Case("adv-months-huge", A, "months=99999999999", "$P advise --answer months=99999999999", refused("months")),
        Case("adv-months-1201", A, "months=1201 (just over the limit)", "$P advise --answer months=1201", refused("months", "1200")),
        Case("adv-months-plus", A, "months=+3", "$P advise --answer months=+3", exits(0)),
        Case("adv-months-float", A, "months=2.5", "$P advise --answer months=2.5", refused("months", "2.5")),
        Case("adv-months-hex", A, "months=0x10", "$P advise --answer months=0x10", refused("months", "0x10")),
        Case("adv-months-arabic", A, "months=٣ (Arabic-Indic digit)", "$P advise --answer months=٣", refused("months")),
        Case("adv-months-space", A, "' months = 3 ' (spaces)", "$P advise --answer ' months = 3 '", exits(0)),
        Case("adv-household-0", A, "household=0", "$P advise --answer household=0", refused("household")),
        Case("adv-household-31", A, "household=31", "$P advise --answer household=31", refused("household", "30")),
        Case("adv-household-30", A, "household=30 with income 0",
             f"$P advise {FULL} --answer household=30 --answer income=0 --answer date=2025-06-01",
             all_of(exits(0), says("css-free"), ceiling_sane(30))),
        Case("adv-income-1e9", A, "income=1e9", "$P advise --answer income=1e9", refused("income")),
        Case("adv-income-big", A, "income=1000000000", "$P advise --answer income=1000000000", refused("income")),
        Case("adv-income-max", A, "income=10000000",
             f"$P advise {FULL} --answer household=1 --answer income=10000000",
             all_of(exits(0), never_says("css-free", "css-participation"), ceiling_sane(1))),
        Case("adv-income-neg", A, "income=-1", "$P advise --answer income=-1", refused("income")),
        Case("adv-income-and-band", A, "income=0 and income_band=above (contradiction)",
             f"$P advise {FULL} --answer household=1 --answer income=0 --answer income_band=above --answer date=2025-06-01",
             refused("income", "income_band"), review="F25"),
        Case("adv-unknown-key", A, "unknown key shoe_size=42", "$P advise --answer shoe_size=42", refused("shoe_size")),
        Case("adv-dup-key", A, "months=1 then months=5 (duplicate)",
             "$P advise --answer status=french --answer works=no --answer months=1 --answer months=5 --json",
             all_of(refused("months", "twice"), never_says('"outcomes"')), review="F25"),
        Case("adv-dup-key-status", A, "status=french then status=no-papers",
             "$P advise --answer status=french --answer status=no-papers", refused("status", "twice"), review="F25"),
        Case("adv-empty-value", A, "months= (empty value)", "$P advise --answer months=", refused("months")),
        Case("adv-empty-key", A, "=3 (empty key)", "$P advise --answer =3", refused("unknown answer")),
        Case("adv-no-equals", A, "months (no =)", "$P advise --answer months", refused("KEY=VALUE")),
        Case("adv-double-equals", A, "months==3", "$P advise --answer months==3", refused("months")),
        Case("adv-empty-answer", A, "--answer ''", "$P advise --answer ''", refused("KEY=VALUE")),
        Case("adv-unicode-key", A, "unicode key mois=3", "$P advise --answer mois=3", refused("mois")),
        Case("adv-unicode-value", A, "status=réfugié", "$P advise --answer status=réfugié", refused("status", "réfugié")),
        Case("adv-case", A, "status=FRENCH (upper case)", "$P advise --answer status=FRENCH", refused("status", "FRENCH")),
        Case("adv-hyphen-key", A, "has-puma=yes (hyphen)", "$P advise --answer has-puma=yes",
             all_of(exits(0), says("already-covered"))),
        Case("adv-dont-know", A, "works=don't-know", "$P advise --answer works=\"don't-know\"",
             all_of(exits(0), says("not known"))),
        Case("adv-yes-fr", A, "works=oui", "$P advise --answer works=oui", refused("works", "oui")),
        Case("adv-bool", A, "works=true", "$P advise --answer works=true", refused("works", "true")),
        Case("adv-date-feb30", A, "date=2025-02-30", "$P advise --answer date=2025-02-30", refused("date")),
        Case("adv-date-feb29", A, "date=2025-02-29 (not a leap year)", "$P advise --answer date=2025-02-29", refused("date")),
        # No period covers year 0: no ceiling of another period may be printed.
        Case("adv-date-year0", A, "date=0000-01-01",
             f"$P advise {FULL} --answer household=2 --answer date=0000-01-01",
             all_of(exits(0), never_says("ceiling:"))),
        Case("adv-date-9999", A, "date=9999-12-31",
             f"$P advise {FULL} --answer household=2 --answer date=9999-12-31",
             all_of(exits(0), says("warning", "9999-12-31"))),
        Case("adv-date-time", A, "date=2025-06-30T10:00:00", "$P advise --answer date=2025-06-30T10:00:00", refused("date")),
        Case("adv-date-fr", A, "date=30/06/2025", "$P advise --answer date=30/06/2025", refused("date", "30/06/2025")),
        Case("adv-zone-bad", A, "zone=mars", "$P advise --answer zone=mars", refused("zone", "mars")),
        Case("adv-zone-mayotte", A, "zone=mayotte household=2",
             f"$P advise {FULL} --answer household=2 --answer zone=mayotte",
             all_of(exits(0), says("css-mayotte"))),
        Case("adv-locale-bad", A, "--locale xx", "$P advise --answer status=french --locale xx", refused("xx")),
        Case("adv-locale-empty", A, "--locale ''", "$P advise --answer status=french --locale ''", refused("language")),
        Case("adv-locale-ar", A, "--locale ar --json", "$P advise --answer status=no-papers --answer months=12 --locale ar --json",
             all_of(exits(0), json_titles_in("[\u0600-\u06ff]"))),
        Case("adv-locale-alias", A, "--locale fa-AF", "$P advise --answer status=no-papers --locale fa-AF",
             all_of(exits(0), says("dsuv"), says_any("ش", "د"))),
        Case("adv-locale-weird", A, "--locale 'en-US-x-private-0123456789'",
             "$P advise --answer status=french --locale en-US-x-private-0123456789",
             lambda r, c: None if r.exit == 0 else refused("language")(r, c)),
        # 10 000 answers, all to `months`: refused as a repeated answer, quickly and in a line.
        Case("adv-many-answers", A, "10 000 answers",
             "$P advise $(for i in $(seq 10000); do printf -- '--answer months=%d ' $((i % 100)); done)",
             all_of(refused("months", "twice")), review="F25"),
        Case("adv-nul-like", A, "value with control characters", "$P advise --answer $'status=\\x1b[31mred'",
             refused("status")),
        Case("adv-broken-pipe", A, "advise --json | head -c 1 (closed stdout)",
             "$P advise --answer status=french --locale ar --json | head -c 1; a=${PIPESTATUS[0]}; echo;"
             # `| true` closes the pipe before the first write (EPIPE for sure).
             " $P advise --answer status=french --locale ar --json | true; b=${PIPESTATUS[0]};"
             " echo \"exits $a $b\"; [ $a = 0 -o $a = 141 ] && [ $b = 0 -o $b = 141 ]",
             all_of(exits(0, 141), never_says("panicked", "Broken pipe")), review="F1"),
        Case("adv-long-value", A, "a 100 KB value", "$P advise --answer status=$(python3 -c 'print(\"a\"*100000)')",
             refused("status"), review="F28"),
    ]
