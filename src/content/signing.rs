//! Signed content updates. Whoever maintains the content holds a minisign
//! (Ed25519) key: `passerelle content keygen` makes it, `passerelle content
//! sign` seals an update folder (every file's size and SHA-256 in
//! `manifest.toml`, with the update's version and expiry) and signs the
//! manifest (`manifest.toml.minisig`). A kiosk whose `config.toml` names the
//! public key (`content-key`) takes only updates signed by it, newer than the
//! last one it accepted (kept in its state folder) and not past their expiry.

use std::path::{Path, PathBuf};

use crate::clock::Date;

/// The signature of `manifest.toml`, beside it.
pub const SIGNATURE: &str = "manifest.toml.minisig";
pub const PUBLIC_KEY_FILE: &str = "passerelle.pub";
pub const SECRET_KEY_FILE: &str = "passerelle.key";
/// In the kiosk's state folder: the last update it accepted.
pub const ACCEPTED_FILE: &str = "content-accepted.toml";

#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: already exists: a key is not replaced (kiosks trust the one they have)", path.display())]
    Exists { path: PathBuf },
    #[error("{}: not a minisign secret key without a password ({reason})", path.display())]
    Key { path: PathBuf, reason: String },
    #[error("cannot sign: {0}")]
    Sign(String),
    #[error("{0}")]
    Seal(#[from] crate::content::update::SealError),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SignError + '_ {
    move |source| SignError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes a new key pair in `dir`: `passerelle.pub` (give its second line
/// to the kiosks as `content-key`) and `passerelle.key` (keep it off the
/// kiosks). Returns the public key as `content-key` takes it.
pub fn keygen(dir: &Path) -> Result<String, SignError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let (public_path, secret_path) = (dir.join(PUBLIC_KEY_FILE), dir.join(SECRET_KEY_FILE));
    for path in [&public_path, &secret_path] {
        if path.exists() {
            return Err(SignError::Exists { path: path.clone() });
        }
    }
    let pair = minisign::KeyPair::generate_unencrypted_keypair()
        .map_err(|e| SignError::Sign(e.to_string()))?;
    let public = pair
        .pk
        .to_box()
        .map_err(|e| SignError::Sign(e.to_string()))?
        .to_string();
    let secret = pair
        .sk
        .to_box(Some("passerelle content key: keep it off the kiosks"))
        .map_err(|e| SignError::Sign(e.to_string()))?
        .to_string();
    write_private(&secret_path, secret.as_bytes())?;
    crate::ops::atomic::write(&public_path, public.as_bytes()).map_err(io(&public_path))?;
    Ok(pair.pk.to_base64())
}

#[cfg(unix)]
fn write_private(path: &Path, data: &[u8]) -> Result<(), SignError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(io(path))?;
    file.write_all(data).map_err(io(path))?;
    file.sync_all().map_err(io(path))
}

#[cfg(not(unix))]
fn write_private(path: &Path, data: &[u8]) -> Result<(), SignError> {
    crate::ops::atomic::write(path, data).map_err(io(path))
}

/// Seals `folder` as update `version` (until `expires`, when given) and
/// signs its manifest with the secret key in `key`. Returns how many files
/// were sealed.
pub fn sign(
    folder: &Path,
    key: &Path,
    version: u64,
    expires: Option<Date>,
) -> Result<usize, SignError> {
    let text = std::fs::read_to_string(key).map_err(io(key))?;
    let secret = minisign::SecretKeyBox::from_string(&text)
        .and_then(minisign::SecretKeyBox::into_unencrypted_secret_key)
        .map_err(|e| SignError::Key {
            path: key.to_path_buf(),
            reason: e.to_string(),
        })?;
    let count = crate::content::update::seal_checked(folder, Some(version), expires)?;
    let manifest_path = folder.join(crate::content::update::MANIFEST);
    let manifest = std::fs::read(&manifest_path).map_err(io(&manifest_path))?;
    let comment = format!("passerelle content update {version}");
    let signature = minisign::sign(None, &secret, manifest.as_slice(), Some(&comment), None)
        .map_err(|e| SignError::Sign(e.to_string()))?;
    let signature_path = folder.join(SIGNATURE);
    crate::ops::atomic::write(&signature_path, signature.to_string().as_bytes())
        .map_err(io(&signature_path))?;
    Ok(count)
}

/// What a kiosk with `content-key` trusts, and where it remembers the last
/// update it accepted.
#[derive(Clone)]
pub struct Trust {
    pub key: minisign_verify::PublicKey,
    /// The folder of `content-accepted.toml`; `None`: nothing remembered
    /// (the check of a configuration that names no state folder).
    pub state: Option<PathBuf>,
    pub today: Date,
}

impl std::fmt::Debug for Trust {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Trust")
            .field("state", &self.state)
            .field("today", &self.today)
            .finish_non_exhaustive()
    }
}

/// Reads a public key as `content-key` holds it: the base64 line of a
/// minisign public key (the second line of `passerelle.pub`).
pub fn parse_key(text: &str) -> Result<minisign_verify::PublicKey, String> {
    let line = text
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .unwrap_or_default();
    minisign_verify::PublicKey::from_base64(line).map_err(|e| {
        format!("not a minisign public key ({e}): give the second line of passerelle.pub")
    })
}

/// The last update a kiosk accepted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Accepted {
    pub version: u64,
    /// The SHA-256 of its manifest: the same version is accepted again only
    /// when it is the very same update.
    pub manifest_sha256: String,
}

/// The last update accepted, as the state folder `state` remembers it. A
/// file that cannot be read (a power cut while it was written, by hand) is
/// said in the log and remembered as nothing.
pub fn accepted(state: &Path) -> Option<Accepted> {
    let path = state.join(ACCEPTED_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            crate::log::error(&format!("{}: {e}: ignored", path.display()));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(accepted) => Some(accepted),
        Err(e) => {
            crate::log::error(&format!(
                "{}: cannot be read ({}): ignored",
                path.display(),
                e.message()
            ));
            None
        }
    }
}

impl Trust {
    /// The last update accepted ([`accepted`] of the state folder).
    pub fn accepted(&self) -> Option<Accepted> {
        accepted(self.state.as_deref()?)
    }

    /// Remembers `accepted` (written whole or not at all).
    pub fn remember(&self, accepted: &Accepted) -> std::io::Result<()> {
        let Some(state) = &self.state else {
            return Ok(());
        };
        std::fs::create_dir_all(state)?;
        let text = toml::to_string(accepted).map_err(std::io::Error::other)?;
        crate::ops::atomic::write(&state.join(ACCEPTED_FILE), text.as_bytes())
    }

    /// Checks the signature of `manifest` (the bytes of `folder`'s
    /// manifest.toml), then its version and expiry. Returns what to remember
    /// once the update is used.
    pub fn check(
        &self,
        folder: &Path,
        manifest: &[u8],
        version: Option<u64>,
        expires: Option<Date>,
    ) -> Result<Accepted, String> {
        let signature_path = folder.join(SIGNATURE);
        let text = std::fs::read_to_string(&signature_path).map_err(|e| {
            format!(
                "{}: {e}: this kiosk takes only signed updates (passerelle content sign)",
                signature_path.display()
            )
        })?;
        let signature = minisign_verify::Signature::decode(&text)
            .map_err(|e| format!("{}: not a signature ({e})", signature_path.display()))?;
        self.key.verify(manifest, &signature, false).map_err(|e| {
            format!(
                "{}: the signature does not match ({e}): not signed by this kiosk's content-key, or changed after signing",
                signature_path.display()
            )
        })?;
        let version = version.ok_or("the signed manifest has no version")?;
        if let Some(expires) = expires
            && self.today > expires
        {
            return Err(format!("update {version} expired on {expires}"));
        }
        let accepted = Accepted {
            version,
            manifest_sha256: crate::content::update::sha256_hex(manifest),
        };
        if let Some(last) = self.accepted() {
            if version < last.version {
                return Err(format!(
                    "update {version} is older than update {} already accepted: refused (an old update cannot come back)",
                    last.version
                ));
            }
            if version == last.version && accepted.manifest_sha256 != last.manifest_sha256 {
                return Err(format!(
                    "update {version} differs from the update {version} already accepted: a new update needs a higher version"
                ));
            }
        }
        Ok(accepted)
    }
}

// ---------------------------------------------------------------- import

/// In the state folder: the last imports, newest last, for the operator.
pub const IMPORTS_FILE: &str = "imports.json";
/// How many imports the log keeps.
const IMPORTS_KEPT: usize = 20;

/// One import, as the operator screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Import {
    /// When (French local time, to the minute).
    pub at: String,
    /// Where from (the stick's folder).
    pub from: String,
    /// "imported" or "refused".
    pub result: String,
    /// The update's folder name once imported, or why it was refused.
    pub detail: String,
}

/// The imports the state folder remembers, oldest first. A log that cannot
/// be read is said in the log and read as empty.
pub fn imports(state: &Path) -> Vec<Import> {
    let path = state.join(IMPORTS_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).unwrap_or_else(|e| {
            crate::log::error(&format!(
                "{}: cannot be read ({e}): ignored",
                path.display()
            ));
            Vec::new()
        }),
        Err(_) => Vec::new(),
    }
}

fn log_import(state: Option<&Path>, import: Import) {
    let Some(state) = state else { return };
    let mut all = imports(state);
    all.push(import);
    let skip = all.len().saturating_sub(IMPORTS_KEPT);
    let all = &all[skip..];
    let written = std::fs::create_dir_all(state).and_then(|()| {
        let text = serde_json::to_string_pretty(all).map_err(std::io::Error::other)?;
        crate::ops::atomic::write(&state.join(IMPORTS_FILE), text.as_bytes())
    });
    if let Err(e) = written {
        crate::log::error(&format!(
            "cannot log the import in {}: {e}",
            state.display()
        ));
    }
}

/// Why an update could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}: no content update there (no manifest.toml, nor in a passerelle/ folder)", .0.display())]
    NoUpdate(PathBuf),
    #[error("refused: {}", .0.join("; "))]
    Refused(Vec<String>),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Copied whole into this folder.
    New(PathBuf),
    /// The same update is already there.
    Already(PathBuf),
}

/// Imports the update in `source` (a stick's folder, or its `passerelle/`
/// subfolder) into `into` (the configured content folder): checked as the
/// kiosk would check it (signature, version, expiry with `trust`; seal;
/// content), copied under a temporary name, every file synced, checked
/// again, then renamed. The kiosk never sees half an update. Logged in the
/// state folder, imported or refused.
pub fn import(
    source: &Path,
    into: &Path,
    trust: Option<&Trust>,
    state: Option<&Path>,
    now: &str,
) -> Result<Imported, ImportError> {
    let result = import_inner(source, into, trust);
    let (outcome, detail) = match &result {
        Ok(Imported::New(folder)) | Ok(Imported::Already(folder)) => (
            "imported",
            folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        Err(e) => ("refused", e.to_string()),
    };
    log_import(
        state,
        Import {
            at: now.to_string(),
            from: source.display().to_string(),
            result: outcome.to_string(),
            detail,
        },
    );
    result
}

fn import_inner(
    source: &Path,
    into: &Path,
    trust: Option<&Trust>,
) -> Result<Imported, ImportError> {
    use crate::content::update::{MANIFEST, verify};
    let folder = [source.to_path_buf(), source.join("passerelle")]
        .into_iter()
        .find(|f| f.join(MANIFEST).is_file())
        .ok_or_else(|| ImportError::NoUpdate(source.to_path_buf()))?;
    let refused = |problems: Vec<crate::content::problem::Problem>| {
        ImportError::Refused(crate::content::problem::summarised(&problems, 3))
    };
    let verified = verify(&folder, trust).map_err(refused)?;
    let manifest = std::fs::read(folder.join(MANIFEST)).map_err(|source| ImportError::Io {
        path: folder.join(MANIFEST),
        source,
    })?;
    let sha = crate::content::update::sha256_hex(&manifest);
    // Signed updates are named by their version ("v" sorts after dates, so
    // a signed update is newer than the dated unsigned ones before it).
    let name = match verified.accepted.as_ref().map(|a| a.version) {
        Some(version) => format!("v{version:010}"),
        None => format!("unsigned-{}", &sha[..16]),
    };
    let target = into.join(&name);
    if target.join(MANIFEST).is_file() {
        let there = std::fs::read(target.join(MANIFEST)).unwrap_or_default();
        if crate::content::update::sha256_hex(&there) == sha {
            return Ok(Imported::Already(target));
        }
        return Err(ImportError::Refused(vec![format!(
            "{} already holds a different update of the same version",
            target.display()
        )]));
    }
    std::fs::create_dir_all(into).map_err(|source| ImportError::Io {
        path: into.to_path_buf(),
        source,
    })?;
    let incoming = into.join(format!(".incoming-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&incoming);
    let copied = copy_update(&folder, &incoming).and_then(|()| {
        // Checked again where it lies, then made visible in one step.
        verify(&incoming, trust).map_err(refused)?;
        std::fs::rename(&incoming, &target).map_err(|source| ImportError::Io {
            path: target.clone(),
            source,
        })?;
        crate::ops::atomic::sync_folder(&target);
        Ok(())
    });
    if copied.is_err() {
        let _ = std::fs::remove_dir_all(&incoming);
    }
    copied.map(|()| Imported::New(target))
}

/// Copies the sealed files of the update in `from` (and its manifest and
/// signature) into `to`, each synced to the disk.
fn copy_update(from: &Path, to: &Path) -> Result<(), ImportError> {
    use std::io::Write;
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ImportError::Io { path, source }
    };
    let mut names = crate::content::update::data_files(from);
    names.push(crate::content::update::MANIFEST.to_string());
    if from.join(SIGNATURE).is_file() {
        names.push(SIGNATURE.to_string());
    }
    for name in names {
        let source = from.join(&name);
        let target = to.join(&name);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let data = crate::content::files::Files::Dir(from.to_path_buf())
            .read(&name)
            .map_err(|e| ImportError::Io {
                path: source.clone(),
                source: std::io::Error::other(e.to_string()),
            })?;
        let mut file = std::fs::File::create(&target).map_err(io(&target))?;
        file.write_all(&data).map_err(io(&target))?;
        file.sync_all().map_err(io(&target))?;
    }
    Ok(())
}
