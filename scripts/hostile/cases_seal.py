"""`content seal`: writing manifest.toml for an update folder (locales/, content/) that is broken,
hostile or in a hostile place. The review's rows 387-408 (area "seal").

Each case copies the project's own locales/ and content/ into its folder ($W/<name>) and breaks it."""

from __future__ import annotations

import os
import shutil
import subprocess

from replay import Case, all_of, exits, keep, never_says, no_leftovers, says, says_any, unchanged, under_mib
from replay import either, faster_than


def update_copy(ctx, name: str):
    folder = ctx.path(name)
    folder.mkdir(parents=True, exist_ok=True)
    for part in ("locales", "content"):
        if not (folder / part).exists():
            shutil.copytree(ctx.root / part, folder / part, symlinks=True)
    return folder


def copy(name: str, then=None):
    """Setup: an update copy in $W/<name>, then `then(ctx, folder)` breaks it."""

    def setup(ctx):
        folder = update_copy(ctx, name)
        if then:
            then(ctx, folder)

    return setup


def sealed(name: str):
    """Setup: an update copy in $W/<name>, sealed, its manifest kept (for `unchanged`)."""

    def setup(ctx):
        update_copy(ctx, name)
        subprocess.run([ctx.P, "content", "seal", str(ctx.path(name))], check=True, capture_output=True)
        keep(ctx, f"{name}/manifest.toml")

    return setup


# ---- checks of our own --------------------------------------------------------


def exists(rel: str, want: bool = True):
    def f(r, c):
        there = os.path.lexists(c.dir / rel)
        if there == want:
            return None
        return f"{rel} {'is missing' if want else 'was written'}"

    return f


def is_dir(rel: str):
    return lambda r, c: None if (c.dir / rel).is_dir() else f"{rel} is no longer a folder"


def manifest_lacks(rel: str, needle: str):
    def f(r, c):
        p = c.dir / rel
        if not p.exists():
            return f"{rel} is missing"
        return f"{rel} lists {needle!r}" if needle in p.read_text(encoding="utf-8", errors="replace") else None

    return f






# ---- the broken folders ---------------------------------------------------------


def flow_cycle(ctx, folder):
    """A flow with a cycle: "works" answered yes leads back to "status"."""
    flow = folder / "content/flow.toml"
    text = flow.read_text(encoding="utf-8")
    broken = text.replace('icon = "yes", next = "months-worker"', 'icon = "yes", next = "status"', 1)
    assert broken != text
    flow.write_text(broken, encoding="utf-8")


def read_only(ctx, folder):
    """Readable by nobody, writable by no one but root: every folder on the way 0755, the update 0555."""
    p = ctx.dir
    while True:
        os.chmod(p, (os.stat(p).st_mode & 0o7777) | 0o755)
        if p == ctx.IN.parent or p == p.parent:
            break
        p = p.parent
    for root, dirs, files in os.walk(folder):
        for f in files:
            os.chmod(os.path.join(root, f), 0o644)
        os.chmod(root, 0o555)


def fifo(ctx, folder):
    os.mkfifo(folder / "content/pipe.toml")


def dev_zero(ctx, folder):
    os.symlink("/dev/zero", folder / "content/zero.bin")


def loop1(ctx, folder):
    os.symlink(".", folder / "content/loop")


def loop2(ctx, folder):
    os.symlink(".", folder / "content/a")
    os.symlink(".", folder / "content/b")


def big(ctx, folder):
    with open(folder / "content/big.bin", "wb") as f:
        f.truncate(1 << 30)  # sparse: takes no disk


def passwd_link(ctx, folder):
    (folder / "content/flow.toml").unlink()
    os.symlink("/etc/passwd", folder / "content/flow.toml")


def latin1_name(ctx, folder):
    (folder / "content").joinpath(os.fsdecode(b"notes-\xe9t\xe9.txt")).write_text("notes\n", encoding="utf-8")


def newline_name(ctx, folder):
    (folder / "content" / 'notes "du"\nlundi.txt').write_text("notes\n", encoding="utf-8")


def editor_tmp(ctx, folder):
    shutil.copy(folder / "content/flow.toml", folder / "content/flow.toml.tmp")


def other_files(ctx):
    d = ctx.path("other")
    d.mkdir()
    (d / "readme.txt").write_text("hello\n", encoding="utf-8")
    (d / "img").mkdir()
    (d / "img/a.png").write_bytes(b"\x89PNG\r\n")


def seal_then_check(name: str) -> str:
    """Seal, then `check --config` on a config whose content is the sealed folder."""
    return f"$P content seal $W/{name} && printf 'content = \"%s\"\\n' $W/{name} > $W/{name}.toml && $P check --config $W/{name}.toml"


REFUSED = exits(1, 2)


def cases():
    return [
        Case("seal-ok", "seal", "seal a complete copy", "$P content seal $W/ok", all_of(exits(0), says("sealed"), exists("ok/manifest.toml"), no_leftovers()), setup=copy("ok")),
        Case(
            "seal-twice",
            "seal",
            "seal the same folder twice",
            "$P content seal $W/ok2 && $P content seal $W/ok2",
            all_of(exits(0), manifest_lacks("ok2/manifest.toml", "manifest.toml"), no_leftovers()),
            setup=copy("ok2"),
        ),
        Case("seal-missing", "seal", "seal a folder that does not exist", "$P content seal $W/nope", all_of(REFUSED, says("nope"), exists("nope", False))),
        # Adapted: the review sealed /etc/passwd; a scratch file here (nothing is written near a system path).
        Case(
            "seal-file",
            "seal",
            "seal a file",
            "$P content seal $W/file.txt",
            all_of(REFUSED, says("file.txt"), unchanged("file.txt")),
            setup=lambda ctx: (ctx.write("file.txt", "root:x:0:0:root:/root:/bin/bash\n"), keep(ctx, "file.txt")),
        ),
        Case("seal-empty", "seal", "seal an empty folder", "$P content seal $W/empty", all_of(REFUSED, says("empty"), exists("empty/manifest.toml", False)), setup=lambda ctx: ctx.path("empty").mkdir()),
        Case(
            "seal-other-files",
            "seal",
            "seal a folder with neither locales/ nor content/",
            "$P content seal $W/other",
            all_of(REFUSED, says("other"), says_any("locales", "content"), exists("other/manifest.toml", False)),
            setup=other_files,
        ),
        Case(
            "seal-broken-content",
            "seal",
            "seal an update that fails check (flow cycle)",
            "$P content seal $W/cyc",
            all_of(REFUSED, says("flow.toml"), says_any("cycle", "loop", "not sealed"), exists("cyc/manifest.toml", False), no_leftovers()),
            setup=copy("cyc", flow_cycle),
            review="F24",
        ),
        Case(
            "seal-readonly",
            "seal",
            "seal a read-only folder (as nobody)",
            "setpriv --reuid=65534 --regid=65534 --clear-groups $P content seal $W/ro",
            all_of(REFUSED, says("manifest"), says_any("permission", "denied", "read-only"), exists("ro/manifest.toml", False), no_leftovers()),
            setup=copy("ro", read_only),
        ),
        Case(
            "seal-disk-full",
            "seal",
            "disk full while writing manifest (ulimit -f 1 KB)",
            "trap '' XFSZ; ulimit -f 1; $P content seal $W/full",
            all_of(REFUSED, says("manifest"), exists("full/manifest.toml", False), no_leftovers()),
            setup=copy("full"),
            review="F6",
        ),
        Case(
            "seal-disk-full-existing",
            "seal",
            "disk full when re-sealing a sealed folder",
            "echo '# a note' >> $W/full2/content/flow.toml; trap '' XFSZ; ulimit -f 1; $P content seal $W/full2",
            all_of(REFUSED, says("manifest"), unchanged("full2/manifest.toml"), no_leftovers()),
            setup=sealed("full2"),
            review="F6",
        ),
        Case(
            "seal-manifest-tmp-dir",
            "seal",
            "a folder named manifest.tmp is in the way",
            "$P content seal $W/mtd",
            # Sealed (the temporary file is not named manifest.tmp any more), or refused saying why; the folder stays.
            all_of(is_dir("mtd/manifest.tmp"), either(all_of(exits(0), exists("mtd/manifest.toml")), all_of(REFUSED, says("manifest.tmp")))),
            setup=copy("mtd", lambda ctx, f: (f / "manifest.tmp").mkdir()),
        ),
        Case(
            "seal-fifo",
            "seal",
            "a FIFO in content/",
            "$P content seal $W/fifo",
            all_of(REFUSED, says("pipe.toml"), says_any("FIFO", "pipe)"), exists("fifo/manifest.toml", False), faster_than(10)),
            setup=copy("fifo", fifo),
            review="F11",
        ),
        Case(
            "seal-devzero",
            "seal",
            "content/zero.bin symlink to /dev/zero (ulimit -v 3 GB)",
            "ulimit -v 3000000; $P content seal $W/zero",
            all_of(REFUSED, says("zero.bin"), exists("zero/manifest.toml", False), under_mib(200), faster_than(10)),
            setup=copy("zero", dev_zero),
            review="F13",
        ),
        Case(
            "seal-loop-1",
            "seal",
            "content/loop -> . (symlink loop)",
            "$P content seal $W/loop1",
            # Sealed without the link, or refused naming it once (not a path 40 `loop/` deep).
            all_of(exits(0, 1, 2), says("loop"), never_says("loop/loop"), lambda r, c: None if r.exit == 0 or not os.path.exists(c.dir / "loop1/manifest.toml") else "refused, yet a manifest was written"),
            setup=copy("loop1", loop1),
            review="F28",
        ),
        Case(
            "seal-loop-2",
            "seal",
            "content/a -> . and content/b -> .",
            "$P content seal $W/loop2",
            all_of(exits(0, 1, 2), never_says("a/b/a", "a/a/", "b/b/"), faster_than(10)),
            setup=copy("loop2", loop2),
            review="F12",
        ),
        Case(
            "seal-1g",
            "seal",
            "a 1 GB file in content/",
            "$P content seal $W/big",
            # Refused by its size, named, without reading it; or sealed reading it a piece at a time.
            all_of(under_mib(200), either(all_of(REFUSED, says("big.bin"), exists("big/manifest.toml", False)), exits(0))),
            setup=copy("big", big),
            timeout=60,
            review="F13",
        ),
        Case(
            "seal-1g-limited",
            "seal",
            "a 1 GB file in content/ with ulimit -v 1 GB",
            "ulimit -v 1000000; $P content seal $W/bigl",
            all_of(REFUSED, says("big.bin"), exists("bigl/manifest.toml", False)),
            setup=copy("bigl", big),
            timeout=60,
        ),
        Case(
            "seal-passwd-link",
            "seal",
            "content/flow.toml symlink to /etc/passwd",
            "$P content seal $W/pw && grep -A2 flow.toml $W/pw/manifest.toml",
            all_of(REFUSED, says("flow.toml"), says_any("out of the folder", "link"), exists("pw/manifest.toml", False)),
            setup=copy("pw", passwd_link),
            review="F24",
        ),
        Case(
            "seal-latin1-name",
            "seal",
            "a file whose name is not UTF-8, then check --config",
            seal_then_check("l1"),
            # Either sealed and then taken, or refused saying the name is not UTF-8 (not "No such file").
            either(
                all_of(exits(0), says("ok:")),
                all_of(REFUSED, says_any("UTF-8", "utf8", "name"), never_says("No such file", "missing")),
            ),
            setup=copy("l1", latin1_name),
            review="F28",
        ),
        Case("seal-then-check-ok", "seal", "seal then check --config on the sealed copy", seal_then_check("sc"), all_of(exits(0), says("ok:")), setup=copy("sc")),
        Case(
            "seal-tmp-file-excluded",
            "seal",
            "a content/flow.toml.tmp left by an editor is not sealed; check --config",
            "$P content seal $W/tmpf && grep -c tmp $W/tmpf/manifest.toml; printf 'content = \"%s\"\\n' $W/tmpf > $W/tmpf.toml && $P check --config $W/tmpf.toml",
            all_of(exits(0), says("ok:"), manifest_lacks("tmpf/manifest.toml", "flow.toml.tmp")),
            setup=copy("tmpf", editor_tmp),
        ),
        Case("seal-newline-name", "seal", "a file whose name contains a newline and quotes", seal_then_check("nl"), all_of(exits(0), says("ok:")), setup=copy("nl", newline_name)),
    ]
