#!/usr/bin/env python3
"""Boots the kiosk's Debian image (made by scripts/vm-test.sh) under QEMU and
checks it as an operator and a visitor would, through QEMU's QMP socket (the
screen, touches, USB sticks, power) and the guest agent (commands inside, over
a virtio serial port: the machine has no network device). Prints each step
with its time; exits 1 at the first step that fails.

    scripts/vm-test.py WORKDIR     (WORKDIR holds image.raw, vmlinuz, initrd.img,
                                    the host's passerelle binary and the sticks)
"""
import atexit
import base64
import json
import os
import socket
import subprocess
import sys
import time

WORK = os.path.abspath(sys.argv[1])
BIN = os.path.join(WORK, "passerelle")
WIDTH, HEIGHT = 800, 480
START = time.monotonic()
RESULTS = []


def say(step, ok, detail=""):
    line = f"[{time.monotonic() - START:7.1f} s] {'ok  ' if ok else 'FAIL'} {step}"
    if detail:
        line += f": {detail}"
    print(line, flush=True)
    RESULTS.append((step, ok, detail))
    if not ok:
        raise SystemExit(1)


class Channel:
    """A JSON line protocol over a Unix socket (QMP, or the guest agent)."""

    def __init__(self, path, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX)
                self.sock.connect(path)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.buf = b""

    def send(self, obj):
        self.sock.sendall(json.dumps(obj).encode() + b"\n")

    def read(self, timeout):
        self.sock.settimeout(timeout)
        while b"\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)


class Qmp(Channel):
    def __init__(self, path):
        super().__init__(path)
        self.read(10)  # greeting
        self.cmd("qmp_capabilities")

    def cmd(self, execute, **arguments):
        self.send({"execute": execute, "arguments": arguments})
        while True:
            reply = self.read(60)
            if "event" in reply:
                continue
            if "error" in reply:
                raise RuntimeError(f"{execute}: {reply['error']}")
            return reply.get("return")


class Agent(Channel):
    """The QEMU guest agent: commands run inside the machine."""

    def __init__(self, path):
        super().__init__(path)

    def sync(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                token = int(time.monotonic() * 1000) % 100000
                self.buf = b""
                self.sock.sendall(b"\xff")
                self.send({"execute": "guest-sync-delimited", "arguments": {"id": token}})
                self.sock.settimeout(2)
                data = b""
                while not data.endswith(b"\n") or str(token).encode() not in data:
                    chunk = self.sock.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                if str(token).encode() in data:
                    return True
            except (OSError, ValueError):
                time.sleep(1)
        return False

    def call(self, execute, arguments, timeout):
        """One command; a stale answer (a late sync) is skipped, an error
        (the agent still starting) retried for a while."""
        last = None
        for _ in range(20):
            self.send({"execute": execute, "arguments": arguments})
            while True:
                reply = self.read(timeout)
                if "error" in reply:
                    last = reply["error"]
                    time.sleep(1)
                    break
                if isinstance(reply.get("return"), dict):
                    return reply["return"]
        raise RuntimeError(f"{execute}: {last}")

    def run(self, *argv, timeout=60):
        pid = self.call("guest-exec", {
            "path": argv[0], "arg": list(argv[1:]), "capture-output": True}, timeout)["pid"]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.call("guest-exec-status", {"pid": pid}, timeout)
            if status.get("exited"):
                out = base64.b64decode(status.get("out-data", "")).decode(errors="replace")
                err = base64.b64decode(status.get("err-data", "")).decode(errors="replace")
                return status.get("exitcode", -1), out + err
            time.sleep(0.2)
        raise TimeoutError(" ".join(argv))


# KVM when it works here; some nested hosts (an AMD EPYC with nested KVM
# seen here) take KVM but never boot the guest: then plain emulation.
ACCEL = {"kvm": os.access("/dev/kvm", os.R_OK | os.W_OK), "why": ""}


class Machine:
    def __init__(self, name):
        self.qmp_path = os.path.join(WORK, f"{name}.qmp")
        self.qga_path = os.path.join(WORK, f"{name}.qga")
        for p in (self.qmp_path, self.qga_path):
            if os.path.exists(p):
                os.unlink(p)
        kvm = ACCEL["kvm"]
        argv = [
            "qemu-system-x86_64", "-machine", "q35", "-m", "1024", "-smp", "2",
            *(["-enable-kvm", "-cpu", "host,arch-capabilities=off"] if kvm else ["-cpu", "max"]),
            "-kernel", os.path.join(WORK, "vmlinuz"), "-initrd", os.path.join(WORK, "initrd.img"),
            "-append", "root=/dev/vda rw console=ttyS0 quiet systemd.show_status=0",
            "-drive", f"file={os.path.join(WORK, 'image.raw')},format=raw,if=virtio",
            "-device", "virtio-gpu-pci",
            "-device", "virtio-tablet-pci",
            "-device", "qemu-xhci,id=xhci",
            "-nic", "none",
            "-display", "none",
            "-serial", f"file:{os.path.join(WORK, name + '.serial.log')}",
            "-qmp", f"unix:{self.qmp_path},server=on,wait=off",
            "-chardev", f"socket,path={self.qga_path},server=on,wait=off,id=qga0",
            "-device", "virtio-serial",
            "-device", "virtserialport,chardev=qga0,name=org.qemu.guest_agent.0",
        ]
        self.kvm = kvm
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Never leave a machine running (it holds the image).
        atexit.register(lambda p=self.proc: p.poll() is None and p.kill())
        self.qmp = Qmp(self.qmp_path)
        self.agent = Agent(self.qga_path)

    def screen(self, name):
        path = os.path.join(WORK, name + ".ppm")
        self.qmp.cmd("screendump", filename=path)
        return read_ppm(path)

    def touch(self, x, y):
        to_abs = lambda v, size: int(v * 32767 / (size - 1))
        self.qmp.cmd("input-send-event", events=[
            {"type": "abs", "data": {"axis": "x", "value": to_abs(x, WIDTH)}},
            {"type": "abs", "data": {"axis": "y", "value": to_abs(y, HEIGHT)}}])
        self.qmp.cmd("input-send-event", events=[{"type": "btn", "data": {"down": True, "button": "left"}}])
        time.sleep(0.1)
        self.qmp.cmd("input-send-event", events=[{"type": "btn", "data": {"down": False, "button": "left"}}])

    def power_off(self):
        try:
            self.qmp.cmd("quit")
        except (EOFError, OSError, RuntimeError):
            pass
        self.proc.wait(30)


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    parts = data.split(maxsplit=4)
    assert parts[0] == b"P6", path
    w, h = int(parts[1]), int(parts[2])
    return w, h, parts[4][: w * h * 3]


def host_screen(name, *args, config="host-config.toml"):
    """The same screen drawn by the host's binary, as PPM pixels."""
    png = os.path.join(WORK, f"host-{name}.png")
    subprocess.run([BIN, "--config", os.path.join(WORK, config), "screenshot",
                    "--size", f"{WIDTH}x{HEIGHT}", "--out", png, *args], check=True,
                   stdout=subprocess.DEVNULL)
    ppm = png[:-4] + ".ppm"
    with open(ppm, "wb") as out:
        subprocess.run(["pngtopnm", png], check=True, stdout=out)
    return read_ppm(ppm)


def difference(a, b):
    """Mean absolute difference per channel (0-255), and the share of pixels
    that differ by more than 48 in some channel."""
    if a[:2] != b[:2]:
        return 255.0, 1.0
    pa, pb = a[2], b[2]
    total = 0
    differing = 0
    n = len(pa) // 3
    for i in range(0, len(pa), 3):
        d = max(abs(pa[i] - pb[i]), abs(pa[i + 1] - pb[i + 1]), abs(pa[i + 2] - pb[i + 2]))
        total += abs(pa[i] - pb[i]) + abs(pa[i + 1] - pb[i + 1]) + abs(pa[i + 2] - pb[i + 2])
        if d > 48:
            differing += 1
    return total / (3 * n), differing / n


def wait_for_screen(machine, reference, within, name, limit=0.02):
    """Screendumps until one is close to `reference`; returns (seconds, diff)."""
    began = time.monotonic()
    best = (255.0, 1.0)
    while time.monotonic() - began < within:
        shot = machine.screen(name)
        diff = difference(shot, reference)
        best = min(best, diff, key=lambda d: d[1])
        if diff[1] <= limit:
            return time.monotonic() - began, diff
        time.sleep(0.5)
    return None, best


def text_centre(screen_args, text):
    """Where the host's binary draws `text` on a screen (its --texts output)."""
    jsonl = os.path.join(WORK, "texts.jsonl")
    subprocess.run([BIN, "--config", os.path.join(WORK, "host-config.toml"), "screenshot",
                    "--size", f"{WIDTH}x{HEIGHT}", "--out", os.path.join(WORK, "texts.png"),
                    "--texts", jsonl, *screen_args], check=True, stdout=subprocess.DEVNULL)
    for line in open(jsonl, encoding="utf-8"):
        t = json.loads(line)
        if t["text"].strip("\u200e\u200f\u2066\u2067\u2068\u2069") == text:
            return t["x"] + t["width"] / 2, t["y"] + t["height"] / 2
    raise KeyError(text)


def boot(name, wait_kiosk=True):
    began = time.monotonic()
    machine = Machine(name)
    if ACCEL["kvm"] and not machine.agent.sync(60):
        machine.power_off()
        ACCEL["kvm"] = False
        ACCEL["why"] = "KVM took the machine but it did not boot in 60 s: plain emulation"
        print(f"[{time.monotonic() - START:7.1f} s] note {ACCEL['why']}", flush=True)
        began = time.monotonic()
        machine = Machine(name)
    if not machine.agent.sync(240):
        say(f"{name}: the guest agent answers", False, "no answer in 240 s")
    if wait_kiosk:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            code, _ = machine.agent.run("/usr/bin/systemctl", "is-active", "--quiet", "passerelle.service")
            if code == 0:
                break
            time.sleep(0.5)
        else:
            _, status = machine.agent.run("/usr/bin/systemctl", "status", "--no-pager", "passerelle.service")
            say(f"{name}: systemd starts the kiosk at boot", False, status[-800:])
    return machine, time.monotonic() - began


def main():
    global WIDTH, HEIGHT
    machine, took = boot("boot")
    say("systemd starts the kiosk at boot", True,
        f"{'KVM' if machine.kvm else 'plain emulation (TCG)'}, booted and active in {took:.1f} s")
    # The kiosk draws at the display's own mode: the host draws the same size.
    WIDTH, HEIGHT, _ = machine.screen("mode")
    print(f"[{time.monotonic() - START:7.1f} s] note the display's mode is {WIDTH}x{HEIGHT}", flush=True)
    welcome = host_screen("welcome", "--screen", "welcome", "--locale", "fr")
    seconds, diff = wait_for_screen(machine, welcome, 45, "welcome")
    say("the screen shows the welcome screen, as `passerelle screenshot --screen welcome` draws it",
        seconds is not None,
        f"mean difference {diff[0]:.2f}/255, {diff[1] * 100:.2f} % of pixels differ by more than 48")

    machine.touch(WIDTH / 2, HEIGHT * 0.6)
    languages = host_screen("languages", "--screen", "languages", "--locale", "fr")
    seconds, diff = wait_for_screen(machine, languages, 10, "languages")
    say("a touch opens the language screen", seconds is not None,
        f"{diff[1] * 100:.2f} % of pixels differ")
    x, y = text_centre_cache("languages")
    machine.touch(x, y)
    home_ar = host_screen("home-ar", "--screen", "home", "--locale", "ar")
    seconds, diff = wait_for_screen(machine, home_ar, 10, "home-ar")
    say("a second touch picks Arabic (the home screen in Arabic)", seconds is not None,
        f"touched at {x:.0f},{y:.0f}; {diff[1] * 100:.2f} % of pixels differ")

    _, before = machine.agent.run("/usr/bin/systemctl", "show", "-p", "MainPID", "--value", "passerelle.service")
    machine.agent.run("/usr/bin/pkill", "-9", "-x", "passerelle")
    seconds, diff = wait_for_screen(machine, welcome, 10, "after-kill")
    say("kill -9: back on screen within 10 s", seconds is not None,
        f"welcome again after {seconds:.1f} s" if seconds is not None else f"best {diff}")

    _, pid = machine.agent.run("/usr/bin/systemctl", "show", "-p", "MainPID", "--value", "passerelle.service")
    pid = pid.strip()
    machine.agent.run("/usr/bin/kill", "-STOP", pid)
    began = time.monotonic()
    while time.monotonic() - began < 75:
        _, now = machine.agent.run("/usr/bin/systemctl", "show", "-p", "MainPID", "--value", "passerelle.service")
        if now.strip() not in ("", "0", pid):
            break
        time.sleep(1)
    restarted = time.monotonic() - began
    seconds, diff = wait_for_screen(machine, welcome, 20, "after-stop")
    say("kill -STOP: the watchdog restarts it", restarted < 75 and seconds is not None,
        f"new process after {restarted:.1f} s (WatchdogSec=30), welcome screen {seconds if seconds is None else round(seconds, 1)} s later")

    # USB sticks: a signed update, a tampered one, an older one.
    updated = host_screen("welcome-updated", "--screen", "welcome", "--locale", "fr",
                          config="host-config-updated.toml")
    for stick, expect in [("stick-v2", "imported"), ("stick-tampered", "refused"), ("stick-v1", "refused")]:
        machine.qmp.cmd("blockdev-add", **{"driver": "raw", "node-name": stick, "read-only": True,
                                            "file": {"driver": "file", "filename": os.path.join(WORK, stick + ".img")}})
        machine.qmp.cmd("device_add", driver="usb-storage", id=stick, drive=stick, bus="xhci.0",
                        **{"removable": True})
        began = time.monotonic()
        entries = []
        while time.monotonic() - began < 60:
            code, text = machine.agent.run("/usr/bin/cat", "/var/lib/passerelle/state/imports.json")
            try:
                entries = json.loads(text) if code == 0 else []
            except ValueError:
                entries = []
            if len(entries) >= {"stick-v2": 1, "stick-tampered": 2, "stick-v1": 3}[stick]:
                break
            time.sleep(1)
        last = entries[-1] if entries else {}
        _, listing = machine.agent.run("/usr/bin/ls", "/var/lib/passerelle/content")
        if expect == "imported":
            seconds, diff = wait_for_screen(machine, updated, 30, stick)
            say("a USB stick with a signed update: applied, the screen shows the updated text",
                last.get("result") == "imported" and seconds is not None,
                f"{last.get('detail')} in {time.monotonic() - began:.1f} s; {diff[1] * 100:.2f} % of pixels differ from the updated screen")
        else:
            seconds, diff = wait_for_screen(machine, updated, 5, stick)
            say(f"{stick}: refused, nothing changed",
                last.get("result") == "refused" and listing.split() == ["v0000000002"] and seconds is not None,
                (last.get("detail") or "")[:160])
        machine.qmp.cmd("device_del", id=stick)
        time.sleep(2)
        machine.qmp.cmd("blockdev-del", **{"node-name": stick})

    # An upgrade keeps the operator's edits to the configuration.
    config = "/etc/passerelle/config.toml"
    machine.agent.run("/bin/sh", "-c", f"echo '# edited by the operator' >> {config}")
    code, out = machine.agent.run("/usr/bin/dpkg", "-i", "/root/passerelle.deb", timeout=120)
    _, text = machine.agent.run("/usr/bin/cat", config)
    active, _ = machine.agent.run("/usr/bin/systemctl", "is-active", "--quiet", "passerelle.service")
    # The operator's edit reaches the disk before the power-offs below (a
    # hard power-off seconds after an unsynced append can leave it spoilt).
    machine.agent.run("/usr/bin/sync")
    say("upgrading the package keeps the operator's configuration, and the kiosk runs",
        code == 0 and "edited by the operator" in text and active == 0, out.strip().splitlines()[-1] if out.strip() else "")
    machine.power_off()

    # Ten hard power-offs while the kiosk counts.
    failures = []
    for i in range(10):
        machine, took = boot(f"power{i}")
        code, out = machine.agent.run("/usr/bin/passerelle", "--config", "/etc/passerelle/config.toml", "stats")
        if code != 0:
            failures.append(f"boot {i}: stats exit {code}: {out[-200:]}")
        # A visitor picks Arabic, then picks it again and again from the
        # bar: each choice is a count written; the power goes at a
        # different moment each time.
        machine.touch(WIDTH / 2, HEIGHT * 0.6)
        time.sleep(0.5)
        machine.touch(*text_centre_cache("languages"))
        for _ in range(5):
            time.sleep(0.3)
            machine.touch(*text_centre_cache("bar"))
            time.sleep(0.3)
            machine.touch(*text_centre_cache("languages"))
        time.sleep(0.05 * i)
        machine.power_off()
    machine, took = boot("power-final")
    code, out = machine.agent.run("/usr/bin/passerelle", "--config", "/etc/passerelle/config.toml", "stats")
    if code != 0 or "unreadable" in out:
        failures.append(f"after the last power-off: {out[-300:]}")
    say("ten hard power-offs while the kiosk counts: every boot comes back, the counts are readable",
        not failures, "; ".join(failures) or out.strip().replace("\n", " | ")[:200])

    # Purging removes the kiosk, its configuration and its data.
    code, out = machine.agent.run("/usr/bin/dpkg", "--purge", "passerelle", timeout=120)
    left, listing = machine.agent.run("/bin/sh", "-c",
        "ls -d /etc/passerelle /var/lib/passerelle /usr/bin/passerelle 2>/dev/null; systemctl is-active passerelle.service")
    say("purging removes the kiosk, its configuration and its data",
        code == 0 and "/etc/passerelle" not in listing and "/var/lib/passerelle" not in listing
        and "/usr/bin/passerelle" not in listing, listing.strip().replace("\n", " ") or out.strip()[-120:])
    machine.power_off()


_CENTRE = {}


def text_centre_cache(which):
    """Where to touch: Arabic in the language list, or the language button
    of the bar once the kiosk speaks Arabic."""
    if which not in _CENTRE:
        if which == "languages":
            _CENTRE[which] = text_centre(["--screen", "languages", "--locale", "fr"], "العربية")
        else:
            _CENTRE[which] = text_centre(["--screen", "home", "--locale", "ar"], "العربية")
    return _CENTRE[which]


if __name__ == "__main__":
    main()
