//! Tells systemd that the kiosk is up, and keeps telling it that the screen
//! is alive (the `sd_notify` protocol: one datagram per message to the
//! socket named by `NOTIFY_SOCKET`). The watchdog messages are sent from a
//! timer of the UI event loop, so a frozen screen stops them and systemd
//! restarts the kiosk (see `deploy/passerelle.service`).

use std::io;
use std::os::unix::net::UnixDatagram;
use std::path::PathBuf;
use std::time::Duration;

/// Where systemd listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    Path(PathBuf),
    /// A Linux abstract socket (`NOTIFY_SOCKET` starting with `@`).
    Abstract(Vec<u8>),
}

impl Address {
    /// Reads a `NOTIFY_SOCKET` value; `None` for an empty or unusable one.
    pub fn parse(value: &str) -> Option<Address> {
        if let Some(name) = value.strip_prefix('@') {
            return (!name.is_empty()).then(|| Address::Abstract(name.as_bytes().to_vec()));
        }
        value
            .starts_with('/')
            .then(|| Address::Path(PathBuf::from(value)))
    }
}

/// A connection to systemd's notification socket.
#[derive(Debug)]
pub struct Notifier {
    socket: UnixDatagram,
    address: Address,
}

impl Notifier {
    /// The notifier systemd asked for, if the kiosk runs under a unit with
    /// `Type=notify` (no `NOTIFY_SOCKET`: nothing to tell, `None`).
    pub fn from_env() -> Option<Notifier> {
        let value = std::env::var("NOTIFY_SOCKET").ok()?;
        let address = Address::parse(&value)?;
        match Notifier::new(address) {
            Ok(notifier) => Some(notifier),
            Err(e) => {
                crate::log::error(&format!("cannot reach systemd at {value}: {e}"));
                None
            }
        }
    }

    pub fn new(address: Address) -> io::Result<Notifier> {
        Ok(Notifier {
            socket: UnixDatagram::unbound()?,
            address,
        })
    }

    /// Sends one message (`READY=1`, `WATCHDOG=1`, `STATUS=...`).
    pub fn send(&self, message: &str) -> io::Result<()> {
        match &self.address {
            Address::Path(path) => self.socket.send_to(message.as_bytes(), path)?,
            Address::Abstract(name) => {
                use std::os::linux::net::SocketAddrExt;
                let address = std::os::unix::net::SocketAddr::from_abstract_name(name)?;
                self.socket.send_to_addr(message.as_bytes(), &address)?
            }
        };
        Ok(())
    }

    /// Sends `message`, logging a failure: the kiosk goes on either way.
    pub fn notify(&self, message: &str) {
        if let Err(e) = self.send(message) {
            crate::log::error(&format!("cannot notify systemd ({message}): {e}"));
        }
    }
}

/// How often to feed the watchdog: half of the `WATCHDOG_USEC` systemd set
/// (as its documentation advises), when `WATCHDOG_PID` is unset or ours.
pub fn watchdog_interval(usec: Option<&str>, pid: Option<&str>) -> Option<Duration> {
    if let Some(pid) = pid
        && pid.trim().parse::<u32>().ok() != Some(std::process::id())
    {
        return None;
    }
    let usec: u64 = usec?.trim().parse().ok()?;
    (usec > 0).then(|| Duration::from_micros(usec / 2))
}

/// [`watchdog_interval`] from this process's environment.
pub fn watchdog_interval_from_env() -> Option<Duration> {
    watchdog_interval(
        std::env::var("WATCHDOG_USEC").ok().as_deref(),
        std::env::var("WATCHDOG_PID").ok().as_deref(),
    )
}

/// Feeds systemd's watchdog every `every` from the UI event loop, for as
/// long as the returned timer lives.
pub fn keep_alive(notifier: std::rc::Rc<Notifier>, every: Duration) -> slint::Timer {
    let timer = slint::Timer::default();
    timer.start(slint::TimerMode::Repeated, every, move || {
        notifier.notify("WATCHDOG=1");
    });
    timer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notify_socket_values() {
        assert_eq!(
            Address::parse("/run/systemd/notify"),
            Some(Address::Path("/run/systemd/notify".into()))
        );
        assert_eq!(
            Address::parse("@/org/systemd/x"),
            Some(Address::Abstract(b"/org/systemd/x".to_vec()))
        );
        assert_eq!(Address::parse(""), None);
        assert_eq!(Address::parse("@"), None);
        assert_eq!(Address::parse("relative/path"), None);
    }

    #[test]
    fn watchdog_is_fed_at_half_its_period_and_only_for_this_process() {
        let me = std::process::id().to_string();
        assert_eq!(
            watchdog_interval(Some("30000000"), None),
            Some(Duration::from_secs(15))
        );
        assert_eq!(
            watchdog_interval(Some("30000000"), Some(&me)),
            Some(Duration::from_secs(15))
        );
        assert_eq!(watchdog_interval(Some("30000000"), Some("1")), None);
        assert_eq!(watchdog_interval(Some("0"), None), None);
        assert_eq!(watchdog_interval(Some("soon"), None), None);
        assert_eq!(watchdog_interval(None, None), None);
    }

    #[test]
    fn messages_reach_a_path_and_an_abstract_socket() {
        let dir = std::env::temp_dir().join(format!("passerelle-notify-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("mkdir");
        let path = dir.join("notify");
        let listener = UnixDatagram::bind(&path).expect("bind");
        Notifier::new(Address::Path(path))
            .expect("socket")
            .send("READY=1")
            .expect("send");
        let mut buf = [0u8; 64];
        let n = listener.recv(&mut buf).expect("recv");
        assert_eq!(&buf[..n], b"READY=1");

        use std::os::linux::net::SocketAddrExt;
        let name = format!("passerelle-notify-test-{}", std::process::id());
        let address =
            std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes()).expect("name");
        let listener = UnixDatagram::bind_addr(&address).expect("bind abstract");
        Notifier::new(Address::parse(&format!("@{name}")).expect("address"))
            .expect("socket")
            .send("WATCHDOG=1")
            .expect("send");
        let n = listener.recv(&mut buf).expect("recv");
        assert_eq!(&buf[..n], b"WATCHDOG=1");
        let _ = std::fs::remove_dir_all(dir);
    }
}
