//! The organization folder (`heard-org/` by default) on the steward's
//! machine: who the organization is and where its server runs
//! (`org.toml`), the key that signs questionnaires and configs
//! (`signing.key`), the enrollment groups' keys (`groups.toml`), and a copy
//! of every questionnaire bundle it published (`bundles/`), which `heard pull`
//! uses to name export columns. Keys are files readable by the owner only.
//!
//! The age identity that decrypts submissions is not kept here: it is the
//! steward's own file (`heard keygen`), passed to `heard pull --identity`.

use crate::error::{Error, IoContext, Result};
use crate::files::{write_atomic, write_private_new};
use heard_protocol::signing::{Bundle, OrgConfig, PublicKey, SecretKey, Signed};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ORG_FILE: &str = "org.toml";
const SIGNING_FILE: &str = "signing.key";
const GROUPS_FILE: &str = "groups.toml";
const BUNDLES_DIR: &str = "bundles";

/// `org.toml`: what devices are told at enrollment, signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgFile {
    /// The organization's name, shown on the device before enrolling.
    pub name: String,
    /// The server devices upload to.
    pub server: String,
    /// The age recipients submissions are sealed to.
    pub recipients: Vec<String>,
    /// Increases with every change, so devices refuse an older config.
    pub serial: u64,
}

/// One enrollment group's key pair. Every device of the group signs with
/// the same key, so a signature proves "an enrolled device" without
/// telling which one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupKeys {
    /// The public half, which `heard pull` verifies with.
    pub public: String,
    /// The secret half, given to devices in the QR code.
    pub secret: String,
    /// Revoked groups' submissions are set aside by `heard pull`.
    #[serde(default)]
    pub revoked: bool,
    /// The group of `heard rehearse`'s simulated device: its submissions
    /// are samples, kept apart by `heard pull` and never reported.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rehearsal: bool,
    /// The public survey link whose key this is (`heard link create`): its
    /// submissions came from anyone who saw the poster, not from an
    /// enrolled device, and reports count them apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// The enrollment group `heard rehearse` uses.
pub const REHEARSAL_GROUP: &str = "rehearsal";

/// An opened organization folder.
pub struct Org {
    dir: PathBuf,
    /// Its `org.toml`.
    pub file: OrgFile,
    signing: SecretKey,
    groups: BTreeMap<String, GroupKeys>,
}

impl Org {
    /// Creates the folder `dir` with a new signing key. Refuses if it
    /// already holds an organization (its keys are never replaced).
    pub fn init(dir: &Path, name: &str, server: &str, recipients: &[String]) -> Result<Org> {
        if name.trim().is_empty() {
            return Err(Error::Usage(
                "the organization needs a name (--name)".into(),
            ));
        }
        heard_device::check_server_url(server)?;
        if recipients.is_empty() {
            return Err(Error::Usage(
                "give the public key submissions are sealed to (--recipient age1… or --identity steward.key)".into(),
            ));
        }
        for r in recipients {
            heard_engine::seal::parse_recipient(r)?;
        }
        if dir.join(ORG_FILE).exists() {
            return Err(Error::BadFile {
                path: dir.join(ORG_FILE),
                message:
                    "an organization already lives in this folder; its keys are never replaced"
                        .into(),
            });
        }
        std::fs::create_dir_all(dir.join(BUNDLES_DIR)).at(dir)?;
        let signing = SecretKey::generate();
        write_private_new(&dir.join(SIGNING_FILE), signing.to_base64().as_bytes())?;
        let file = OrgFile {
            name: name.trim().to_string(),
            server: server.trim_end_matches('/').to_string(),
            recipients: recipients.to_vec(),
            serial: 1,
        };
        let org = Org {
            dir: dir.to_path_buf(),
            file,
            signing,
            groups: BTreeMap::new(),
        };
        org.save_file()?;
        org.save_groups()?;
        Ok(org)
    }

    /// Opens the organization folder `dir`.
    pub fn open(dir: &Path) -> Result<Org> {
        let org_path = dir.join(ORG_FILE);
        if !org_path.exists() {
            return Err(Error::BadFile {
                path: dir.to_path_buf(),
                message: "no organization folder here (no org.toml). If your organization was set up already, pass --org with that folder: it holds the keys your devices were enrolled with, and a new one would recognise none of them. Only for a new organization, run heard org init".into(),
            });
        }
        let file: OrgFile = read_toml(&org_path)?;
        let signing_path = dir.join(SIGNING_FILE);
        let signing_text = std::fs::read_to_string(&signing_path).at(&signing_path)?;
        let signing = SecretKey::from_base64(signing_text.trim()).map_err(|e| Error::BadFile {
            path: signing_path.clone(),
            message: e.to_string(),
        })?;
        let groups_path = dir.join(GROUPS_FILE);
        let groups = if groups_path.exists() {
            read_toml(&groups_path)?
        } else {
            BTreeMap::new()
        };
        Ok(Org {
            dir: dir.to_path_buf(),
            file,
            signing,
            groups,
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The organization's public signing key, which devices pin.
    pub fn public_key(&self) -> PublicKey {
        self.signing.public()
    }

    /// The organization config, signed, as devices receive it.
    pub fn signed_config(&self) -> Signed {
        self.sign_config(&self.file)
    }

    /// `file` signed as the config devices receive. Nothing is written:
    /// `heard org set` keeps it in `org.toml` ([`Org::replace_file`]) only
    /// once the server accepted it.
    pub fn sign_config(&self, file: &OrgFile) -> Signed {
        let config = OrgConfig {
            org_name: file.name.clone(),
            server: file.server.clone(),
            recipients: file.recipients.clone(),
            serial: file.serial,
        };
        Signed::sign(&config, &self.signing)
    }

    /// The `org.toml` that `change` makes: the serial one higher, checked
    /// as [`Org::init`] checks a new one (a name, an `https` server or
    /// `http` on loopback, at least one valid age recipient). Removing a key
    /// that is not there, adding one that is, or changing nothing is
    /// refused. Nothing is written.
    pub fn changed(&self, change: &OrgChange) -> Result<OrgFile> {
        let mut file = self.file.clone();
        if let Some(name) = &change.name {
            if name.trim().is_empty() {
                return Err(Error::Usage(
                    "the organization needs a name: --name cannot be empty".into(),
                ));
            }
            file.name = name.trim().to_string();
        }
        if let Some(server) = &change.server {
            heard_device::check_server_url(server.trim())?;
            file.server = server.trim().trim_end_matches('/').to_string();
        }
        // Keys are compared in age's own spelling, so an upper-case copy of
        // a key is the same key.
        let canonical =
            |r: &str| -> Result<String> { Ok(heard_engine::seal::parse_recipient(r)?.to_string()) };
        let current: Vec<String> = file
            .recipients
            .iter()
            .map(|r| canonical(r).unwrap_or_else(|_| r.trim().to_string()))
            .collect();
        let mut kept: Vec<(String, String)> = file
            .recipients
            .iter()
            .cloned()
            .zip(current.iter().cloned())
            .collect();
        for r in &change.remove_recipients {
            let key = canonical(r)?;
            let before = kept.len();
            kept.retain(|(_, c)| *c != key);
            if kept.len() == before {
                return Err(Error::Usage(format!(
                    "{} is not one of the keys answers are sealed to, so it cannot be removed; they are: {}",
                    r.trim(),
                    file.recipients.join(", ")
                )));
            }
        }
        for r in &change.add_recipients {
            let key = canonical(r)?;
            if kept.iter().any(|(_, c)| *c == key) {
                return Err(Error::Usage(format!(
                    "{key} is already one of the keys answers are sealed to; nothing was changed"
                )));
            }
            kept.push((key.clone(), key));
        }
        if kept.is_empty() {
            return Err(Error::Usage(
                "this would leave no key to seal answers to: add the new key with --add-recipient in the same command".into(),
            ));
        }
        file.recipients = kept.into_iter().map(|(r, _)| r).collect();
        if file == self.file {
            return Err(Error::Usage(
                "nothing to change: give --name, --server, --add-recipient or --remove-recipient with a new value".into(),
            ));
        }
        file.serial =
            self.file.serial.checked_add(1).ok_or_else(|| {
                Error::Usage("the configuration serial cannot go any higher".into())
            })?;
        Ok(file)
    }

    /// Replaces `org.toml` with `file` (atomically: the old one stays whole
    /// if writing fails).
    pub fn replace_file(&mut self, file: OrgFile) -> Result<()> {
        let previous = std::mem::replace(&mut self.file, file);
        let saved = self.save_file();
        if saved.is_err() {
            self.file = previous;
        }
        saved
    }

    /// Signs a questionnaire bundle. Nothing is written: the copy in
    /// `bundles/` is kept only once the server accepted it
    /// ([`Org::keep_bundle`]), so a refused publish changes nothing here.
    pub fn sign_bundle(&self, bundle: &Bundle) -> Signed {
        Signed::sign(bundle, &self.signing)
    }

    /// Refuses a bundle whose id and version this organization already
    /// signed with other content: devices and earlier pulls know that
    /// version by its old text, so answers given to the old labels would be
    /// printed under the new ones.
    pub fn check_unchanged(&self, bundle: &Bundle) -> Result<()> {
        let Some(kept) = self.bundle(&bundle.questionnaire_id, bundle.version)? else {
            return Ok(());
        };
        if kept == *bundle {
            return Ok(());
        }
        let changed: Vec<&str> = kept
            .files
            .keys()
            .chain(bundle.files.keys())
            .filter(|f| kept.files.get(*f) != bundle.files.get(*f))
            .map(String::as_str)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        Err(Error::Usage(format!(
            "questionnaire \"{id}\" version {v} was already signed with other content ({path}); changed: {files}. Answers already given to version {v} would be shown under the new text. Raise `version` in questionnaire.toml (to {next}) and publish again; nothing was signed or sent.",
            id = bundle.questionnaire_id,
            v = bundle.version,
            path = self
                .bundle_path(&bundle.questionnaire_id, bundle.version)
                .display(),
            files = changed.join(", "),
            next = bundle.version.saturating_add(1),
        )))
    }

    /// Keeps the copy of a published bundle in `bundles/`, which `heard
    /// pull` and `heard report` read its labels from.
    pub fn keep_bundle(&self, bundle: &Bundle, signed: &Signed) -> Result<()> {
        let path = self.bundle_path(&bundle.questionnaire_id, bundle.version);
        let json = serde_json::to_vec_pretty(signed).map_err(|e| Error::BadFile {
            path: path.clone(),
            message: format!("cannot encode the signed bundle: {e}"),
        })?;
        std::fs::create_dir_all(self.dir.join(BUNDLES_DIR)).at(self.dir.join(BUNDLES_DIR))?;
        write_atomic(&path, &json, false)
    }

    /// A bundle this organization signed, if it packed `id` version `version`.
    pub fn bundle(&self, id: &str, version: u32) -> Result<Option<Bundle>> {
        let path = self.bundle_path(id, version);
        if !path.exists() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(&path).at(&path)?;
        let signed: Signed = serde_json::from_str(&text).map_err(|e| Error::BadFile {
            path: path.clone(),
            message: format!("not a signed bundle: {e}"),
        })?;
        let bundle = signed
            .verify(&self.public_key(), "questionnaire bundle")
            .map_err(|e| Error::BadFile {
                path: path.clone(),
                message: e.to_string(),
            })?;
        Ok(Some(bundle))
    }

    fn bundle_path(&self, id: &str, version: u32) -> PathBuf {
        // Ids are checked by the core's loader: letters, digits, - and _.
        self.dir
            .join(BUNDLES_DIR)
            .join(format!("{id}-v{version}.json"))
    }

    /// The secret key of enrollment group `name`, and whether it is new
    /// (then [`Org::add_group`] keeps it once the server agreed).
    pub fn group_secret(&self, name: &str) -> Result<(SecretKey, bool)> {
        if !heard_protocol::valid_group_name(name) {
            return Err(Error::Usage(format!(
                "group {name:?}: use 1 to 64 letters, digits, - or _ (e.g. north-district)"
            )));
        }
        if let Some(g) = self.groups.get(name) {
            if g.rehearsal {
                return Err(Error::Usage(format!(
                    "group {name:?} is the rehearsal group: what its devices send is treated as samples and never reported. Enroll real devices into another group"
                )));
            }
            if g.revoked {
                return Err(Error::Usage(format!(
                    "group {name:?} was revoked; enroll devices into a new group"
                )));
            }
            let key = SecretKey::from_base64(&g.secret).map_err(|e| Error::BadFile {
                path: self.dir.join(GROUPS_FILE),
                message: format!("group {name:?}: {e}"),
            })?;
            return Ok((key, false));
        }
        Ok((SecretKey::generate(), true))
    }

    /// Keeps a new group's key.
    pub fn add_group(&mut self, name: &str, key: &SecretKey) -> Result<()> {
        self.keep_group(name, key, false, None)
    }

    /// Keeps a public survey link's group key, with the link's id.
    pub fn add_link_group(&mut self, name: &str, key: &SecretKey, link_id: &str) -> Result<()> {
        self.keep_group(name, key, false, Some(link_id))
    }

    /// Writes group `name` with `key` into `groups.toml`.
    fn keep_group(
        &mut self,
        name: &str,
        key: &SecretKey,
        rehearsal: bool,
        link: Option<&str>,
    ) -> Result<()> {
        self.groups.insert(
            name.to_string(),
            GroupKeys {
                public: key.public().to_base64(),
                secret: key.to_base64(),
                revoked: false,
                rehearsal,
                link: link.map(str::to_string),
            },
        );
        self.save_groups()
    }

    /// The groups of public survey links (`heard link create`), by group:
    /// the link's id. What they send came from anyone holding the poster.
    pub fn link_groups(&self) -> BTreeMap<String, String> {
        self.groups
            .iter()
            .filter_map(|(name, g)| g.link.clone().map(|id| (name.clone(), id)))
            .collect()
    }

    /// The newest bundle of questionnaire `id` this organization signed.
    pub fn latest_bundle(&self, id: &str) -> Result<Option<Bundle>> {
        let dir = self.dir.join(BUNDLES_DIR);
        if !dir.exists() {
            return Ok(None);
        }
        let prefix = format!("{id}-v");
        let newest = std::fs::read_dir(&dir)
            .at(&dir)?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                name.strip_prefix(&prefix)?
                    .strip_suffix(".json")?
                    .parse::<u32>()
                    .ok()
            })
            .max();
        match newest {
            Some(version) => self.bundle(id, version),
            None => Ok(None),
        }
    }

    /// The rehearsal group's secret key (made on first use, kept by
    /// [`Org::add_rehearsal_group`]), and whether it is new. Refused when
    /// a real group already has the name.
    pub fn rehearsal_secret(&self) -> Result<(SecretKey, bool)> {
        match self.groups.get(REHEARSAL_GROUP) {
            None => Ok((SecretKey::generate(), true)),
            Some(g) if !g.rehearsal => Err(Error::Usage(format!(
                "{} already has a real enrollment group called {REHEARSAL_GROUP:?}, so a rehearsal could not be told apart from it; nothing was sent",
                self.dir.join(GROUPS_FILE).display()
            ))),
            Some(g) => SecretKey::from_base64(&g.secret)
                .map(|k| (k, false))
                .map_err(|e| Error::BadFile {
                    path: self.dir.join(GROUPS_FILE),
                    message: format!("group {REHEARSAL_GROUP:?}: {e}"),
                }),
        }
    }

    /// Keeps the rehearsal group's key, marked as such.
    pub fn add_rehearsal_group(&mut self, key: &SecretKey) -> Result<()> {
        self.keep_group(REHEARSAL_GROUP, key, true, None)
    }

    /// The names of rehearsal groups (their submissions are samples).
    pub fn rehearsal_groups(&self) -> std::collections::BTreeSet<String> {
        self.groups
            .iter()
            .filter(|(_, g)| g.rehearsal)
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// Marks group `name` revoked here (the server is told separately).
    pub fn revoke_group(&mut self, name: &str) -> Result<()> {
        match self.groups.get_mut(name) {
            Some(g) => g.revoked = true,
            None => {
                return Err(Error::Usage(format!(
                    "no enrollment group {name:?} in {}",
                    self.dir.display()
                )));
            }
        }
        self.save_groups()
    }

    /// Every group's public key and whether it was revoked.
    pub fn groups(&self) -> BTreeMap<String, (Option<PublicKey>, bool)> {
        self.groups
            .iter()
            .map(|(name, g)| {
                (
                    name.clone(),
                    (PublicKey::from_base64(&g.public).ok(), g.revoked),
                )
            })
            .collect()
    }

    fn save_file(&self) -> Result<()> {
        let text = toml::to_string(&self.file).map_err(|e| Error::Usage(e.to_string()))?;
        write_atomic(&self.dir.join(ORG_FILE), text.as_bytes(), false)
    }

    fn save_groups(&self) -> Result<()> {
        let text = toml::to_string(&self.groups).map_err(|e| Error::Usage(e.to_string()))?;
        let header = "# Enrollment groups' keys. The secrets are given to devices in QR codes;\n# keep this file private.\n";
        write_atomic(
            &self.dir.join(GROUPS_FILE),
            format!("{header}{text}").as_bytes(),
            true,
        )
    }
}

/// What `heard org set` changes in `org.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgChange {
    /// A new name, shown on devices.
    pub name: Option<String>,
    /// The server devices sync with from now on.
    pub server: Option<String>,
    /// Keys to seal answers to as well.
    pub add_recipients: Vec<String>,
    /// Keys to stop sealing new answers to.
    pub remove_recipients: Vec<String>,
}

/// Publishes a signed organization config on `server` with the admin
/// token (`PUT /v1/admin/config`); returns the serial the server now
/// holds. The server refuses a serial not higher than its own, and accepts
/// the same text twice.
pub async fn publish_config(server: &str, admin_token: &str, signed: &Signed) -> Result<u64> {
    #[derive(Deserialize)]
    struct Stored {
        serial: u64,
    }
    let client = ConfigClient::new(server, admin_token)?;
    let request = client.http.put(client.url("/v1/admin/config")).json(signed);
    let stored: Stored = client.call(request).await?;
    Ok(stored.serial)
}

/// Checks that `new`, where a config moves the devices, already holds
/// what they need from `old`: every active device (or it would refuse
/// their uploads, and they would have to be enrolled again, since they
/// only take configs from the server they sync with) and every published
/// questionnaire at its version (or their answers to it would be
/// rejected). Refuses otherwise, naming what is missing.
pub async fn check_moved_server(old: &str, new: &str, admin_token: &str) -> Result<()> {
    let from = ConfigClient::new(old, admin_token)?;
    let to = ConfigClient::new(new, admin_token)?;
    let old_devices: Vec<heard_protocol::DeviceInfo> = from.get("/v1/admin/devices").await?;
    let new_devices: Vec<heard_protocol::DeviceInfo> = to.get("/v1/admin/devices").await?;
    let old_status: heard_protocol::ServerStatus = from.get("/v1/admin/status").await?;
    let new_status: heard_protocol::ServerStatus = to.get("/v1/admin/status").await?;
    let known: std::collections::HashSet<&str> = new_devices
        .iter()
        .filter(|d| !d.revoked)
        .map(|d| d.device_id.as_str())
        .collect();
    let active: Vec<&heard_protocol::DeviceInfo> =
        old_devices.iter().filter(|d| !d.revoked).collect();
    let missing_devices = active
        .iter()
        .filter(|d| !known.contains(d.device_id.as_str()))
        .count();
    // A device revoked here after the data was copied must not come back
    // to life there: its token would upload again.
    let revoked_new: std::collections::HashSet<&str> = new_devices
        .iter()
        .filter(|d| d.revoked)
        .map(|d| d.device_id.as_str())
        .collect();
    let revived: Vec<&str> = old_devices
        .iter()
        .filter(|d| d.revoked && known.contains(d.device_id.as_str()))
        .filter(|d| !revoked_new.contains(d.device_id.as_str()))
        .map(|d| d.device_id.as_str())
        .collect();
    let missing_questionnaires: Vec<String> = old_status
        .published
        .iter()
        .filter(|p| {
            !new_status
                .published
                .iter()
                .any(|n| n.questionnaire_id == p.questionnaire_id && n.version >= p.version)
        })
        .map(|p| format!("{} version {}", p.questionnaire_id, p.version))
        .collect();
    if !revived.is_empty() {
        return Err(Error::Usage(format!(
            "{} still accepts {} device(s) revoked on {} since the data was copied ({}): revoke them there too (heard devices revoke --server {} …), or copy the data again; nothing was changed",
            to.server,
            revived.len(),
            from.server,
            revived.join(", "),
            to.server
        )));
    }
    // A code redeemed on the old server after the copy enrolls a device the
    // new one has never seen (stranded at its first sync), and a one-use
    // code would be good on both.
    if old_status.active_codes > 0 {
        return Err(Error::Usage(format!(
            "{} has {} active enrollment code(s): a device enrolled with one now would be unknown to {} after the move. Cancel them first (heard enroll list, heard enroll cancel HANDLE), copy the data again if devices enrolled since, and make new codes after the move; nothing was changed",
            from.server, old_status.active_codes, to.server
        )));
    }
    if missing_devices == 0 && missing_questionnaires.is_empty() {
        return Ok(());
    }
    let mut lacks = Vec::new();
    if missing_devices > 0 {
        lacks.push(format!(
            "{missing_devices} of the {} active devices enrolled on {} (it would refuse their uploads, and they would have to be enrolled again)",
            active.len(),
            from.server
        ));
    }
    if !missing_questionnaires.is_empty() {
        lacks.push(format!(
            "the questionnaires {} (it would reject answers to them)",
            missing_questionnaires.join(", ")
        ));
    }
    Err(Error::Usage(format!(
        "{} does not hold this server's data: it lacks {}. Copy the data there first (docs/SERVER.md, \"Moving to another server\"), then run this again; nothing was changed",
        to.server,
        lacks.join(", and ")
    )))
}

/// A small admin client for the config routes (the admin module's client
/// covers the others).
struct ConfigClient {
    server: String,
    token: String,
    http: reqwest::Client,
}

impl ConfigClient {
    fn new(server: &str, token: &str) -> Result<ConfigClient> {
        heard_device::check_server_url(server)?;
        if token.is_empty() {
            return Err(Error::Usage(
                "the server's admin token is missing: pass --admin-token or set HEARD_ADMIN_TOKEN"
                    .into(),
            ));
        }
        let http = reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .map_err(|e| Error::Usage(format!("cannot start an HTTP client: {e}")))?;
        Ok(ConfigClient {
            server: server.trim_end_matches('/').to_string(),
            token: token.to_string(),
            http,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server)
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.call(self.http.get(self.url(path))).await
    }

    /// Sends `request` with the admin token; the answer, or the server's
    /// refusal in words.
    async fn call<T: serde::de::DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T> {
        let response =
            request
                .bearer_auth(&self.token)
                .send()
                .await
                .map_err(|e| Error::Unreachable {
                    server: self.server.clone(),
                    reason: request_failure(&e),
                })?;
        let status = response.status();
        if !status.is_success() {
            let message = match response.json::<heard_protocol::ErrorBody>().await {
                Ok(body) if status == reqwest::StatusCode::UNAUTHORIZED => format!(
                    "{}; check the admin token (--admin-token or HEARD_ADMIN_TOKEN)",
                    body.message
                ),
                // The server's answer for a route it does not have.
                Ok(body)
                    if status == reqwest::StatusCode::NOT_FOUND
                        && body.message == "no such endpoint" =>
                {
                    format!(
                        "{}; this server is older than `heard org set`: upgrade heard-server",
                        body.message
                    )
                }
                Ok(body) => body.message,
                Err(_) => status
                    .canonical_reason()
                    .unwrap_or("unknown error")
                    .to_string(),
            };
            return Err(Error::Refused {
                server: self.server.clone(),
                status: status.as_u16(),
                message,
            });
        }
        response.json::<T>().await.map_err(|e| Error::Refused {
            server: self.server.clone(),
            status: status.as_u16(),
            message: format!("an answer Heard cannot read ({e}); is this a Heard server?"),
        })
    }
}

/// A request that got no answer, with the innermost cause (reqwest's own
/// words stop at "error sending request").
fn request_failure(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        return "the server did not answer in time".into();
    }
    let mut source: &dyn std::error::Error = e;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let text = std::fs::read_to_string(path).at(path)?;
    toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
        match line {
            Some(line) => Error::AtLine {
                path: path.to_path_buf(),
                line,
                message: e.message().to_string(),
            },
            None => Error::BadFile {
                path: path.to_path_buf(),
                message: e.message().to_string(),
            },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organization_keeps_its_keys_and_signs_what_devices_verify() {
        let dir = tempfile::tempdir().expect("dir");
        let recipient = age::x25519::Identity::generate().to_public().to_string();
        let mut org = Org::init(
            dir.path(),
            "Aid",
            "https://heard.example.org/",
            &[recipient],
        )
        .expect("init");
        let (group, new) = org.group_secret("north").expect("group");
        assert!(new);
        org.add_group("north", &group).expect("keep");
        assert!(!org.group_secret("north").expect("again").1);
        assert!(Org::init(dir.path(), "Aid", "https://x.example", &[]).is_err());
        let again = Org::open(dir.path()).expect("open");
        assert_eq!(again.file.server, "https://heard.example.org");
        assert_eq!(again.public_key(), org.public_key());
        assert_eq!(again.groups()["north"].0, Some(group.public()));
        let config: OrgConfig = again
            .signed_config()
            .verify(&org.public_key(), "organization config")
            .expect("verifies");
        assert_eq!(config.org_name, "Aid");
        assert!(org.group_secret("no spaces").is_err());
        org.revoke_group("north").expect("revoke");
        assert!(Org::open(dir.path()).expect("open").groups()["north"].1);
    }

    #[test]
    fn plain_http_to_another_machine_and_bad_recipients_are_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let r = age::x25519::Identity::generate().to_public().to_string();
        assert!(Org::init(dir.path(), "Aid", "http://heard.example.org", &[r]).is_err());
        assert!(Org::init(dir.path(), "Aid", "https://h.example", &["age1nope".into()]).is_err());
        assert!(!dir.path().join(ORG_FILE).exists());
    }

    #[test]
    fn a_change_raises_the_serial_and_is_checked_as_a_new_organization_is() {
        let dir = tempfile::tempdir().expect("dir");
        let a = age::x25519::Identity::generate().to_public().to_string();
        let b = age::x25519::Identity::generate().to_public().to_string();
        let mut org = Org::init(
            dir.path(),
            "Aid",
            "https://heard.example.org",
            std::slice::from_ref(&a),
        )
        .expect("init");
        let add = |r: &str| OrgChange {
            add_recipients: vec![r.to_string()],
            ..OrgChange::default()
        };
        let remove = |r: &str| OrgChange {
            remove_recipients: vec![r.to_string()],
            ..OrgChange::default()
        };
        let file = org.changed(&add(&b.to_uppercase())).expect("add");
        assert_eq!(file.recipients, [a.clone(), b.clone()], "age's spelling");
        assert_eq!(file.serial, 2);
        assert_eq!(org.file.serial, 1, "nothing changes before it is kept");
        let config: OrgConfig = org
            .sign_config(&file)
            .verify(&org.public_key(), "organization config")
            .expect("signed");
        assert_eq!((config.serial, config.recipients.len()), (2, 2));

        let usage = |c: &OrgChange| match org.changed(c) {
            Err(Error::Usage(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            usage(&remove(&b)),
            format!(
                "{b} is not one of the keys answers are sealed to, so it cannot be removed; they are: {a}"
            )
        );
        assert!(usage(&remove(&a)).starts_with("this would leave no key"));
        assert!(usage(&add(&a)).contains("is already one of the keys"));
        assert!(usage(&OrgChange::default()).starts_with("nothing to change"));
        let renamed = OrgChange {
            name: Some(" ".into()),
            ..OrgChange::default()
        };
        assert!(usage(&renamed).contains("needs a name"));
        let plain = OrgChange {
            server: Some("http://heard.example.org".into()),
            ..OrgChange::default()
        };
        assert!(matches!(
            org.changed(&plain),
            Err(Error::Core(heard_device::Error::InsecureServer(_)))
        ));
        assert!(org.changed(&add("age1nope")).is_err());

        let swap = OrgChange {
            server: Some("https://new.example.org/".into()),
            add_recipients: vec![b.clone()],
            remove_recipients: vec![a.clone()],
            ..OrgChange::default()
        };
        let file = org.changed(&swap).expect("move and rotate");
        assert_eq!(
            (file.server.as_str(), file.recipients.clone()),
            ("https://new.example.org", vec![b.clone()])
        );
        org.replace_file(file.clone()).expect("keep");
        assert_eq!(Org::open(dir.path()).expect("open").file, file);
    }
}
