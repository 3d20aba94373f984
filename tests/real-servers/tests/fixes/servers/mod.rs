//! Helpers for the fixes' tests: scratch folders Apache's `www-data` can read, and the fixes the
//! catalog generates. Free ports, finding a server binary (a missing one fails the test, naming the
//! package to install) and running a command are the testbed's own (`process`).

pub mod apache;
pub mod cloudflare;
pub mod http;
pub mod nginx;

use std::path::{Path, PathBuf};

pub use handshake_real_server_tests::process::{free_port, require_binary, run};

use handshake_engine::internals::catalog::{finding, FixTarget};
use handshake_engine::Details;
use handshake_engine::{FindingId, Fix, FixKind, Profile, Severity, StoreUrl};

/// A scratch folder removed on drop, readable by the `www-data` user Apache switches to.
pub struct Workdir {
    pub path: PathBuf,
}

impl Workdir {
    pub fn new(label: &str) -> Workdir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path =
            std::env::temp_dir().join(format!("handshake-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create scratch folder");
        make_world_readable(&path);
        Workdir { path }
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.path.join(rel)
    }

    /// Writes `text` to `rel`, creating folders (all world-readable).
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
            let mut dir = parent.to_path_buf();
            while dir.starts_with(&self.path) {
                make_world_readable(&dir);
                if !dir.pop() {
                    break;
                }
            }
        }
        std::fs::write(&path, text).expect("write file");
        make_world_readable(&path);
        path
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.join(rel)).unwrap_or_default()
    }
}

impl Drop for Workdir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

fn make_world_readable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    // 0755 for files too: index.php is a CGI script Apache must execute.
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755));
}

pub fn store(url: &str) -> StoreUrl {
    StoreUrl::parse(url).expect("store url")
}

pub fn profile(ips: &[&str]) -> Profile {
    Profile {
        name: "Acme Sync".into(),
        allow_ips: ips.iter().map(|s| s.to_string()).collect(),
        allow_hosts: vec!["api.acme.example".into()],
        callback_host: Some("relay.acme.example".into()),
        ..Profile::default()
    }
}

/// The fixes the catalog gives for `id`, exactly as a report would carry them.
pub fn fixes(id: FindingId, details: &Details, store: &StoreUrl, profile: &Profile) -> Vec<Fix> {
    finding(
        id,
        Severity::Error,
        details,
        FixTarget {
            store,
            profile,
            lang: Default::default(),
        },
        Vec::new(),
    )
    .fixes
}

pub fn texts_of(fixes: &[Fix], kind: FixKind) -> Vec<String> {
    fixes
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.text.clone())
        .collect()
}

/// Every fix of `kind` the catalog can produce, over every finding, a few Details shapes and stores
/// (root and subfolder, with and without the app's addresses), without duplicates.
pub fn all_fix_texts(kind: FixKind, stores: &[&str], profiles: &[Profile]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for url in stores {
        let store = store(url);
        for profile in profiles {
            for details in detail_shapes() {
                for &id in FindingId::ALL {
                    for text in texts_of(&fixes(id, &details, &store, profile), kind) {
                        if !out.contains(&text) {
                            out.push(text);
                        }
                    }
                }
            }
        }
    }
    out
}

/// Details that switch on each branch of the catalog.
pub fn detail_shapes() -> Vec<Details> {
    use handshake_engine::internals::firewall::Vendor;
    use handshake_engine::ServerKind;
    vec![
        Details::default(),
        Details {
            server: ServerKind::Nginx,
            vendor: Some(Vendor::Cloudflare),
            permalinks_plain: true,
            blocks_everything: true,
            cache_signals: vec!["cf-cache-status: HIT".into()],
            rest_code: Some("rest_cannot_access".into()),
            ..Details::default()
        },
        Details {
            server: ServerKind::Apache,
            vendor: Some(Vendor::ModSecurity),
            query_route_works: true,
            blocked_methods: vec!["PUT".into(), "PATCH".into(), "DELETE".into()],
            blocked_requests: vec![
                "PUT /wp-json/wc/v3/orders/1".into(),
                "GET /wc-auth/v1/authorize".into(),
            ],
            ..Details::default()
        },
    ]
}
