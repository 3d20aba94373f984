//! Real WooCommerce, both generations (`woocommerce::Generation`): every WooCommerce finding made
//! for real and diagnosed with WooCommerce keys, the printed fix applied where there is one, and
//! the doctor run again. Step names carry the generation (`wc6.6.0`, `wc9.2.5`), so
//! `HANDSHAKE_REAL_SERVERS_ONLY=wc9.2.5` runs one generation. Without the archives every step is
//! NOT RUN (a failure when `CI` is set).

use handshake_engine::{FixKind, ProbeId, Profile, Resource, Scope};
use handshake_real_server_tests::doctor::{
    describe, dump, errors, expect_error, expect_finding, fix_texts, has_finding,
};
use handshake_real_server_tests::faults::NGINX_STRIPS_AUTHORIZATION;
use handshake_real_server_tests::nginx::Site;
use handshake_real_server_tests::woocommerce::{Archives, Generation, Permissions, Store};
use handshake_real_server_tests::wordpress::STOP_EDITING;
use handshake_real_server_tests::{Steps, Testbed};

use super::apply_htaccess_fix;

/// One generation's store, installed at its first selected step (so
/// `HANDSHAKE_REAL_SERVERS_ONLY` installs only what it runs).
struct Slot<'a> {
    generation: Generation,
    archives: &'a Result<Archives, String>,
    store: Option<Result<Store, String>>,
}

impl Slot<'_> {
    /// Runs `step` on the store, or reports it NOT RUN with why there is no store.
    fn step(&mut self, tb: &Testbed, steps: &mut Steps, name: &str, step: impl FnOnce(&mut Store)) {
        if !Steps::selected(name) {
            return;
        }
        if self.store.is_none() {
            let g = self.generation.label();
            self.store = Some(match self.archives {
                Ok(a) => {
                    let mut installed = None;
                    let generation = self.generation;
                    steps.run_always(
                        &format!("{g} install: WordPress {} + WooCommerce, database, keys, three servers", generation.wordpress_version()),
                        || {
                            let s = Store::install(tb, generation, a);
                            eprintln!(
                                "[real-servers] {g}: installed in {:.1?}: mod_php {} (http {}, ModSecurity {}), php-fpm {}, nginx {}",
                                s.install_time, s.apache.url(), s.apache.http_url(), s.apache.modsecurity_url(), s.apache_fpm.url(), s.nginx.url()
                            );
                            installed = Some(s);
                        },
                    );
                    installed.ok_or_else(|| {
                        format!("the {g} store did not install (see its install step)")
                    })
                }
                Err(why) => Err(why.clone()),
            });
        }
        match self.store.as_mut().expect("set above") {
            Ok(s) => steps.run(name, || step(s)),
            Err(why) => steps.not_run(name, why),
        }
    }
}

/// "Healthy" for a WooCommerce store on this offline testbed: no error. The testbed has no
/// internet, so WooCommerce's own outgoing test POST to www.paypal.com fails on every store here
/// (`WP_HTTP_BLOCK_EXTERNAL`) and every report carries the warning `wc.remote_post_failed` (step
/// W13): a warning, because it proves nothing about the app's address (the approve steps deliver
/// keys from these very stores).
fn assert_store_healthy(report: &handshake_engine::Report, what: &str) {
    assert_eq!(
        errors(report),
        Vec::<String>::new(),
        "{what}: not healthy\n{}",
        dump(report)
    );
}

/// A profile whose app also creates customers (WooCommerce checks `promote_users` for that).
fn profile_with_customers() -> Profile {
    let mut p = Profile {
        scope: Scope::ReadWrite,
        ..Profile::default()
    };
    if !p.resources.contains(&Resource::Customers) {
        p.resources.push(Resource::Customers);
    }
    p
}

/// Every WooCommerce step, for each generation; returns the installed stores (for the comparison).
pub fn run(tb: &mut Testbed, steps: &mut Steps) -> Vec<Store> {
    let archives = Archives::find();
    let mut stores = Vec::new();
    for generation in Generation::ALL {
        let g = generation.label();
        let mut slot = Slot {
            generation,
            archives: &archives,
            store: None,
        };
        let tb = &*tb;

        slot.step(tb, steps, &format!("{g} W0. healthy with a read/write key: Apache + mod_php, Apache + php-fpm, nginx + php-fpm"), |s| {
            s.reset();
            for url in [s.apache.url(), s.apache_fpm.url(), s.nginx.url()] {
                let report = s.doctor(tb, &url, &s.admin_key);
                assert_store_healthy(&report, &url);
                for probe in [ProbeId::AuthBasic, ProbeId::AuthQuery, ProbeId::AuthOAuth] {
                    assert_eq!(handshake_real_server_tests::doctor::probe_outcome(&report, probe), Some(handshake_engine::Outcome::Pass), "{url} {probe}\n{}", dump(&report));
                }
            }
        });

        slot.step(tb, steps, &format!("{g} W1. php-fpm without the Authorization line (Apache .htaccess, nginx fastcgi_param) → auth.header_stripped with keys; each printed fix → gone"), |s| {
            s.reset();
            let url = s.apache_fpm.url();
            let legacy = s.wp.legacy_htaccess();
            s.wp.write(".htaccess", &legacy);
            let report = s.doctor(tb, &url, &s.admin_key);
            let finding = expect_error(&report, "auth.header_stripped");
            assert!(finding.explanation.contains("the same key sent in the address works"), "{}", finding.explanation);
            let fixes = fix_texts(finding, FixKind::Htaccess);
            assert_eq!(fixes.len(), 3, "{fixes:#?}");
            for fix in fixes {
                s.wp.write(".htaccess", &apply_htaccess_fix(&legacy, &fix));
                let after = s.doctor(tb, &url, &s.admin_key);
                assert!(!has_finding(&after, "auth.header_stripped"), "still stripped with:\n{fix}\n{}", dump(&after));
                assert_store_healthy(&after, &format!("after\n{fix}"));
            }
            let url = s.nginx.url();
            s.nginx.serve(Site { php_lines: NGINX_STRIPS_AUTHORIZATION.into(), ..Site::default() });
            let report = s.doctor(tb, &url, &s.admin_key);
            let finding = expect_error(&report, "auth.header_stripped");
            let fix = fix_texts(finding, FixKind::Nginx).remove(0);
            s.nginx.serve(Site { php_lines: format!("{NGINX_STRIPS_AUTHORIZATION}\n{fix}"), ..Site::default() });
            let after = s.doctor(tb, &url, &s.admin_key);
            assert!(!has_finding(&after, "auth.header_stripped"), "{}", dump(&after));
            assert_store_healthy(&after, "nginx after the fastcgi_param line");
        });

        slot.step(tb, steps, &format!("{g} W2. key revoked in WooCommerce → auth.key_invalid; a new key as printed → gone"), |s| {
            s.reset();
            let url = s.apache.url();
            let key = s.create_key(s.admin_id, Permissions::ReadWrite);
            s.revoke_key(&key);
            let report = s.doctor(tb, &url, &key);
            let finding = expect_error(&report, "auth.key_invalid");
            let fix = &finding.fixes[0];
            assert!(fix.text.contains("REST API") && fix.text.contains("Add key"), "{}", fix.text);
            let new_key = s.create_key(s.admin_id, Permissions::ReadWrite);
            let after = s.doctor(tb, &url, &new_key);
            assert!(!has_finding(&after, "auth.key_invalid"), "{}", dump(&after));
            assert_store_healthy(&after, "with the new key");
        });

        slot.step(tb, steps, &format!("{g} W3. the key's WordPress user deleted (WooCommerce deletes the user's keys) → auth.key_invalid naming that cause"), |s| {
            s.reset();
            let url = s.apache.url();
            let owner = s.create_user("second-admin", "administrator");
            let key = s.create_key(owner, Permissions::ReadWrite);
            assert!(s.key_rows().contains(&format!("\t{owner}\t")), "{}", s.key_rows());
            s.delete_user("second-admin");
            assert!(!s.key_rows().contains(&format!("\t{owner}\t")), "WooCommerce's delete_user hook removed the key:\n{}", s.key_rows());
            let report = s.doctor(tb, &url, &key);
            let finding = expect_error(&report, "auth.key_invalid");
            assert!(finding.explanation.contains("user was deleted") || finding.title.contains("user was deleted"), "names the deleted user as a cause: {}\n{}", finding.title, finding.explanation);
        });

        slot.step(
            tb,
            steps,
            &format!(
                "{g} W4. wrong consumer secret → auth.secret_invalid; the right secret → gone"
            ),
            |s| {
                s.reset();
                let url = s.apache.url();
                let mut wrong = s.admin_key.clone();
                let last = if wrong.consumer_secret.ends_with('0') {
                    "1"
                } else {
                    "0"
                };
                wrong
                    .consumer_secret
                    .replace_range(wrong.consumer_secret.len() - 1.., last);
                let report = s.doctor(tb, &url, &wrong);
                expect_error(&report, "auth.secret_invalid");
                assert_store_healthy(&s.doctor(tb, &url, &s.admin_key), "with the right secret");
            },
        );

        slot.step(tb, steps, &format!("{g} W5. a Read key where the app writes → auth.read_only; permission set to Read/Write as printed → gone"), |s| {
            s.reset();
            let url = s.apache.url();
            let key = s.create_key(s.admin_id, Permissions::Read);
            let report = s.doctor(tb, &url, &key);
            let finding = expect_error(&report, "auth.read_only");
            assert!(finding.fixes.iter().any(|f| f.text.contains("Read/Write")), "{:#?}", finding.fixes);
            s.set_permissions(&key, Permissions::ReadWrite);
            let after = s.doctor(tb, &url, &key);
            assert!(!has_finding(&after, "auth.read_only"), "{}", dump(&after));
            assert_store_healthy(&after, "after Read/Write");
        });

        slot.step(tb, steps, &format!("{g} W6. the key's user a Shop Manager (customers need promote_users) or demoted to Customer → auth.capability; Administrator again → gone"), |s| {
            s.reset();
            let url = s.apache.url();
            let manager = s.create_user("shop-manager", "shop_manager");
            let key = s.create_key(manager, Permissions::ReadWrite);
            // Creating customers: WooCommerce checks promote_users (wc_rest_check_user_permissions 'create').
            let create = s.request(tb, "POST", &format!("{url}wp-json/wc/v3/customers"), Some(&key), Some(r#"{"email":"new-customer@example.invalid"}"#));
            assert_eq!(create.status, 403, "{}", describe(&create));
            let report = tb.doctor_with(&url, key.credentials(), profile_with_customers());
            let finding = expect_error(&report, "auth.capability");
            assert!(finding.explanation.contains("promote_users (for customers)"), "{}\n{}", finding.explanation, dump(&report));
            assert!(!finding.explanation.contains("Shop Manager or Administrator"), "a Shop Manager lacks promote_users: {}", finding.explanation);
            s.set_role("shop-manager", "administrator");
            let after = tb.doctor_with(&url, key.credentials(), profile_with_customers());
            assert!(!has_finding(&after, "auth.capability"), "{}", dump(&after));
            assert_store_healthy(&after, "as Administrator");
            // Demoted to Customer: nothing may be listed.
            s.set_role("shop-manager", "customer");
            let report = s.doctor(tb, &url, &key);
            let finding = expect_error(&report, "auth.capability");
            assert!(finding.explanation.contains("read_private_shop_orders"), "{}", finding.explanation);
            s.set_role("shop-manager", "shop_manager");
            assert_store_healthy(&s.doctor(tb, &url, &key), "Shop Manager, orders and products only");
        });

        slot.step(tb, steps, &format!("{g} W7. nginx ends TLS in front of Apache without X-Forwarded-Proto → auth.https_not_detected; the printed wp-config lines + the header → gone"), |s| {
            s.reset();
            let proxy_url = s.nginx.url();
            // The owner's site address is the https one (Settings → General); WordPress receives http.
            let config = s.wp.wp_config.replace(
                "if ( isset( $_SERVER['HTTP_HOST'] ) ) {",
                &format!("define( 'WP_HOME', '{u}' );\ndefine( 'WP_SITEURL', '{u}' );\nif ( false ) {{", u = proxy_url.trim_end_matches('/')),
            );
            s.wp.write("wp-config.php", &config);
            s.nginx.serve(Site { proxy: Some((s.apache.http_url(), String::new())), ..Site::default() });
            let report = s.doctor(tb, &proxy_url, &s.admin_key);
            let finding = expect_error(&report, "auth.https_not_detected");
            let fix = fix_texts(finding, FixKind::WpConfig).remove(0);
            s.wp.write("wp-config.php", &config.replace(STOP_EDITING, &format!("{fix}\n\n{STOP_EDITING}")));
            s.nginx.serve(Site { proxy: Some((s.apache.http_url(), "proxy_set_header X-Forwarded-Proto $scheme;".into())), ..Site::default() });
            let after = s.doctor(tb, &proxy_url, &s.admin_key);
            assert!(!has_finding(&after, "auth.https_not_detected"), "{}", dump(&after));
            assert_store_healthy(&after, "after the wp-config lines and X-Forwarded-Proto");
        });

        slot.step(tb, steps, &format!("{g} W8. keys over plain http → auth.https_required; the https address as printed → gone"), |s| {
            s.reset();
            let report = s.doctor(tb, &s.apache.http_url(), &s.admin_key);
            // The doctor signs with OAuth over http, which works: a warning, naming the https address.
            let finding = expect_finding(&report, "auth.https_required");
            assert_eq!(finding.severity, handshake_engine::Severity::Warning, "{}", dump(&report));
            let https = finding.fixes.iter().find(|f| f.kind == FixKind::Instructions).map(|f| f.text.clone()).unwrap_or_default();
            assert!(https.starts_with("https://"), "{https}");
            let url = https.replace(&format!(":{}", s.apache.http_port.unwrap_or(0)), &format!(":{}", s.apache.https_port));
            let after = s.doctor(tb, &url, &s.admin_key);
            assert!(!has_finding(&after, "auth.https_required"), "{}", dump(&after));
            assert_store_healthy(&after, "over https");
        });

        slot.step(tb, steps, &format!("{g} W9. plain permalinks with WooCommerce: keys on ?rest_route= ignored (before 11.1) → rest.plain_permalinks says so; Post name → gone"), |s| {
            s.reset();
            let url = s.apache.url();
            s.wp.set_permalinks("");
            // The real code: consumer-key auth runs only for wp-json/wc/ addresses.
            let fallback = s.request(tb, "GET", &format!("{url}?rest_route=/wc/v3/orders"), Some(&s.admin_key), None);
            assert_eq!(fallback.status, 401, "{}", describe(&fallback));
            let report = s.doctor(tb, &url, &s.admin_key);
            let finding = expect_error(&report, "rest.plain_permalinks");
            assert!(finding.explanation.contains("rest_route"), "says the ?rest_route= fallback does not take keys: {}", finding.explanation);
            let fix = fix_texts(finding, FixKind::WordpressSetting).remove(0);
            assert!(fix.contains("\"Post name\""), "{fix}");
            s.wp.set_permalinks("/%postname%/");
            let after = s.doctor(tb, &url, &s.admin_key);
            assert!(!has_finding(&after, "rest.plain_permalinks"), "{}", dump(&after));
            assert_store_healthy(&after, "after Post name");
        });

        slot.step(tb, steps, &format!("{g} W10. WP_DEBUG with WP_DEBUG_DISPLAY → rest.invalid_json from PHP 8.2 deprecations on 6.6.0 (none on 9.2.5); the printed wp-config lines → gone"), |s| {
            s.reset();
            let url = s.apache.url();
            let config = s.wp.wp_config.replace("define( 'WP_DEBUG', false );", "define( 'WP_DEBUG', true );");
            s.wp.write("wp-config.php", &config);
            let report = s.doctor(tb, &url, &s.admin_key);
            match generation {
                Generation::Wc660 => {
                    let finding = expect_error(&report, "rest.invalid_json");
                    assert!(finding.evidence.iter().any(|e| e.detail.contains("Deprecated")), "{}", dump(&report));
                    let fix = fix_texts(finding, FixKind::WpConfig).remove(0);
                    s.wp.write("wp-config.php", &config.replace(STOP_EDITING, &format!("{fix}\n\n{STOP_EDITING}")));
                    let after = s.doctor(tb, &url, &s.admin_key);
                    assert!(!has_finding(&after, "rest.invalid_json"), "{}", dump(&after));
                    assert_store_healthy(&after, "after the wp-config lines");
                }
                Generation::Wc925 => {
                    assert!(!has_finding(&report, "rest.invalid_json"), "9.2.5 on 6.6.7 prints no deprecation:\n{}", dump(&report));
                    assert_store_healthy(&report, "WP_DEBUG on, 9.2.5");
                }
            }
        });

        slot.step(
            tb,
            steps,
            &format!("{g} W11. WooCommerce deactivated → wc.inactive; activated as printed → gone"),
            |s| {
                s.reset();
                let url = s.apache.url();
                s.deactivate();
                let report = s.doctor(tb, &url, &s.admin_key);
                let finding = expect_error(&report, "wc.inactive");
                assert!(
                    finding.fixes.iter().any(|f| f.text.contains("Activate")),
                    "{:#?}",
                    finding.fixes
                );
                s.activate();
                let after = s.doctor(tb, &url, &s.admin_key);
                assert!(!has_finding(&after, "wc.inactive"), "{}", dump(&after));
                assert_store_healthy(&after, "activated again");
            },
        );

        slot.step(tb, steps, &format!("{g} W12. ModSecurity + CRS refusing PUT/DELETE to wc/v3 → waf.modsecurity; the printed exclusions → a real PUT with the key works"), |s| {
            s.reset();
            let url = s.apache.modsecurity_url();
            let put = format!("{url}wp-json/wc/v3/products/1");
            let body = r#"{"name":"Updated by the Handshake real-server tests"}"#;
            let refused = s.request(tb, "PUT", &put, Some(&s.admin_key), Some(body));
            assert_eq!(refused.status, 403, "{}", describe(&refused));
            let report = s.doctor(tb, &url, &s.admin_key);
            let finding = expect_finding(&report, "waf.modsecurity");
            let rules = fix_texts(finding, FixKind::Modsecurity);
            std::fs::write(&s.apache.exclusions, rules.join("\n\n") + "\n").expect("write the exclusions");
            s.apache.restart();
            let passed = s.request(tb, "PUT", &put, Some(&s.admin_key), Some(body));
            assert_ne!(passed.status, 403, "the PUT passes the CRS: {}", describe(&passed));
            let after = s.doctor(tb, &url, &s.admin_key);
            assert!(!has_finding(&after, "waf.modsecurity"), "{}", dump(&after));
            assert_store_healthy(&after, "after the exclusions");
        });

        slot.step(tb, steps, &format!("{g} W13. outbound HTTP blocked (WP_HTTP_BLOCK_EXTERNAL, no internet) → wc.remote_post_failed from WooCommerce's system_status"), |s| {
            s.reset();
            let url = s.apache.url();
            let status = s.request(tb, "GET", &format!("{url}wp-json/wc/v3/system_status?_fields=environment"), Some(&s.admin_key), None);
            assert!(String::from_utf8_lossy(&status.body).contains("\"remote_post_successful\":false"), "{}", describe(&status));
            let report = s.doctor(tb, &url, &s.admin_key);
            let finding = expect_finding(&report, "wc.remote_post_failed");
            assert_eq!(finding.severity, handshake_engine::Severity::Warning, "{}", dump(&report));
            assert!(finding.evidence.iter().any(|e| e.detail.contains("remote_post_successful: false")), "{}", dump(&report));
        });

        slot.step(tb, steps, &format!("{g} real WooCommerce vs the scenario store (wc/v3 with each key form (header, query, OAuth 1.0a over HTTPS and plain HTTP) and kind, the orders, products, customers and coupons lists, wc-auth, system_status)"), |s| {
            let comparison = handshake_real_server_tests::compare::woocommerce::run(tb, s);
            let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("real-woocommerce-{g}-vs-scenario-store.md"));
            std::fs::write(&path, &comparison.markdown).expect("write the comparison");
            eprintln!("{}\n(written to {})", comparison.markdown, path.display());
            if let Some(failure) = comparison.failure() {
                panic!("{failure}\n(the whole comparison: {})", path.display());
            }
        });

        if let Some(Ok(s)) = slot.store {
            stores.push(s);
        }
    }
    stores
}
