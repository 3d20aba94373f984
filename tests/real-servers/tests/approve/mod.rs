//! Issue 13 item 3 on each installed WooCommerce store: `handshake connect` through WooCommerce's
//! own approval pages and the real relay into the real keyring, then the real ways the key handover
//! fails (tests/real-servers/src/approve.rs). Step names carry the generation (`wc9.2.5 A1. …`).

use handshake_real_server_tests::approve::{self, Approvals, Site};
use handshake_real_server_tests::wizard;
use handshake_real_server_tests::woocommerce::{Archives, Generation, Store};
use handshake_real_server_tests::wordpress::{ADMIN_PASSWORD, ADMIN_USER};
use handshake_real_server_tests::{Steps, Testbed};

fn site(tb: &Testbed, store: &Store) -> Site {
    Site {
        label: format!(
            "WooCommerce {} on WordPress {}",
            store.generation.woocommerce().version,
            store.generation.wordpress_version()
        ),
        url: store.apache.url(),
        docroot: store.wp.docroot.clone(),
        admin_user: ADMIN_USER.into(),
        admin_password: ADMIN_PASSWORD.into(),
        ca_pem: tb.tls.ca_pem.clone(),
    }
}

/// Runs the approval steps on `stores` (the ones the WooCommerce steps installed). A generation
/// none of those steps selected is installed here, once, through the same `Store::install`.
pub fn run(tb: &Testbed, steps: &mut Steps, stores: &mut Vec<Store>) {
    let mut approvals: Option<Approvals> = None;
    for generation in Generation::ALL {
        let g = generation.label();
        let connect = format!(
            "{g} A1. handshake connect: WooCommerce's login + Approve → the key POSTed to the real relay (TLS) → keyring; doctor --keyring signs in"
        );
        let failures = format!(
            "{g} A2. the handover's real failures (relay unreachable, untrusted certificate, refused port, 413, Deny, a customer) → WooCommerce's page → the finding"
        );
        let wizard = format!(
            "{g} A3. the wizard (WebDriver): check, Authorize in the browser, Deny, then WooCommerce's login + Approve → relay → keyring; Re-check signs in"
        );
        if !Steps::selected(&connect) && !Steps::selected(&failures) && !Steps::selected(&wizard) {
            continue;
        }
        if !stores.iter().any(|s| s.generation == generation) {
            if let Ok(archives) = Archives::find() {
                // Not a step of its own: its name would not match the selection that chose these.
                let started = std::time::Instant::now();
                match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    Store::install(tb, generation, &archives)
                })) {
                    Ok(store) => {
                        eprintln!(
                            "[real-servers] {g}: installed for the approval steps in {:.1?}",
                            started.elapsed()
                        );
                        stores.push(store);
                    }
                    Err(_) => eprintln!("[real-servers] {g}: the install failed (above)"),
                }
            }
        }
        let Some(store) = stores.iter_mut().find(|s| s.generation == generation) else {
            let why = format!(
                "WooCommerce {} is not installed (see the {g} W steps)",
                generation.woocommerce().version
            );
            steps.not_run(&connect, &why);
            steps.not_run(&failures, &why);
            steps.not_run(&wizard, &why);
            continue;
        };
        let a = approvals.get_or_insert_with(|| {
            Approvals::new(&tb.scratch.join("approvals"), tb.registry(), &tb.tls.ca_pem)
        });
        steps.run(&connect, || {
            store.reset();
            approve::cli_connects(a, &site(tb, store), &tb.rt);
        });
        steps.run(&wizard, || {
            store.reset();
            wizard::wizard_connects(a, &site(tb, store), &tb.rt);
        });
        steps.run(&failures, || {
            store.reset();
            for seen in approve::callback_failures(a, &site(tb, store), &tb.rt) {
                eprintln!(
                    "[approve] {g} | {} | {} | {} — {}",
                    seen.case, seen.page, seen.finding, seen.title
                );
            }
        });
    }
}
