//! Every finding gets owner-facing words and filled fixes; representative fixes are pinned exactly.

use super::*;
use crate::details::{CredentialKind, ServerKind};
use crate::firewall::Vendor;
use crate::report::{Fix, FixKind};

fn store(url: &str) -> StoreUrl {
    StoreUrl::parse(url).unwrap()
}

fn acme() -> Profile {
    Profile {
        name: "Acme Sync".into(),
        allow_ips: vec!["203.0.113.7".into(), "2001:db8::7".into()],
        allow_hosts: vec!["api.acme.example".into()],
        callback_host: Some("relay.acme.example".into()),
        ..Profile::default()
    }
}

/// Details that exercise every field a finding may read.
fn rich_details(id: FindingId) -> Details {
    let mut d = Details {
        server: ServerKind::Apache,
        credentials: CredentialKind::WooCommerceKeys,
        blocked_requests: vec!["PUT /shop/wp-json/wc/v3/orders/1".into()],
        passed_requests: vec!["GET /shop/wp-json/wc/v3/orders".into()],
        network_error: Some("connection refused".into()),
        tls_problem: Some("expired on 2026-01-01".into()),
        redirect_from: Some("http://shop.example.com/shop/".into()),
        redirect_to: Some("https://www.shop.example.com/shop/wp-json/".into()),
        redirect_status: Some(301),
        post_becomes_get: true,
        retry_after: Some("600".into()),
        rest_code: Some("rest_disabled".into()),
        rest_message: Some("The REST API has been disabled on this site.".into()),
        body_prefix: Some("PHP Warning: Undefined variable $x in /var/www/wp-content/plugins/foo/foo.php on line 3".into()),
        cache_signals: vec!["x-cache: HIT".into()],
        missing_capabilities: vec![("orders".into(), "read_private_shop_orders".into())],
        key_permission: Some("read".into()),
        callback_error: Some("cURL error 28: Operation timed out after 60001 milliseconds".into()),
        callback_status: Some(403),
        ..Details::default()
    };
    let vendor = match id {
        FindingId::WafCloudflare => Some(Vendor::Cloudflare),
        FindingId::WafSucuri => Some(Vendor::Sucuri),
        FindingId::WafWordfence => Some(Vendor::Wordfence),
        FindingId::WafModsecurity => Some(Vendor::ModSecurity),
        FindingId::WafImunify360 => Some(Vendor::Imunify360),
        FindingId::WafSiteground => Some(Vendor::SiteGround),
        FindingId::WafAkamai => Some(Vendor::Akamai),
        FindingId::WafUnknown => Some(Vendor::Unknown),
        _ => None,
    };
    d.vendor = vendor;
    if vendor.is_some() {
        d.marker = Some("cf-mitigated: challenge".into());
        d.incident_id = Some("8a1b2c3d4e5f6789-FRA".into());
    }
    d
}

fn build(id: FindingId, d: &Details, store: &StoreUrl, profile: &Profile) -> Finding {
    let evidence = vec![Evidence {
        probe: "rest.write".into(),
        request: "PUT /shop/wp-json/wc/v3/orders/1".into(),
        status: Some(403),
        detail: "Apache 403 page".into(),
    }];
    finding(
        id,
        Severity::Error,
        d,
        FixTarget {
            store,
            profile,
            lang: Default::default(),
        },
        evidence,
    )
}

/// Findings a host or server admin must act on: each carries a ready-to-send support message.
fn server_side(id: FindingId) -> bool {
    use FindingId::*;
    matches!(
        id,
        NetDns
            | NetConnect
            | TlsCertificate
            | TlsMissing
            | HttpMaintenance
            | HttpRateLimited
            | RestPlainPermalinks
            | RestBlocked
            | RestInvalidJson
            | RestCached
            | WafCloudflare
            | WafSucuri
            | WafModsecurity
            | WafImunify360
            | WafSiteground
            | WafAkamai
            | WafUnknown
            | AuthHeaderStripped
            | AuthHttpsNotDetected
            | CallbackNotReceived
            | HttpBasicAuth
            | HttpRedirectLoop
            | HttpServerError
            | HttpUnresponsive
            | HttpOversized
            | SiteUnexplained
    )
}

#[test]
fn every_finding_has_owner_words_and_filled_fixes() {
    let store = store("https://shop.example.com/shop/");
    let profile = acme();
    for &id in FindingId::ALL {
        for details in [rich_details(id), Details::default()] {
            let f = build(id, &details, &store, &profile);
            assert_eq!(f.id, id);
            assert!(
                !f.title.is_empty() && !f.title.contains('\n'),
                "{id}: title {:?}",
                f.title
            );
            assert!(
                !f.title.contains('.') || f.title.contains("example"),
                "{id}: title reads like a sentence: {:?}",
                f.title
            );
            let n = crate::plain_words::sentence_ends(&f.explanation);
            assert!(
                (2..=5).contains(&n),
                "{id}: {n} sentences in {:?}",
                f.explanation
            );
            assert!(
                !f.fixes.is_empty() || id == FindingId::HttpRedirect,
                "{id}: no fixes"
            );
            for fix in &f.fixes {
                assert!(
                    !fix.title.is_empty() && !fix.text.trim().is_empty(),
                    "{id}: empty fix {fix:?}"
                );
                for placeholder in [
                    "<YOUR",
                    "YOUR_",
                    "{host}",
                    "{app}",
                    "{base}",
                    "example.org",
                    "TODO",
                    "{}",
                ] {
                    assert!(
                        !fix.text.contains(placeholder),
                        "{id}: placeholder {placeholder} in {}",
                        fix.text
                    );
                }
            }
            if server_side(id) {
                assert!(
                    f.fixes.iter().any(|x| x.kind == FixKind::HostingSupport),
                    "{id}: no hosting-support message"
                );
            }
        }
    }
}

#[test]
fn support_messages_name_the_store_and_the_failing_request_with_status() {
    let store = store("https://shop.example.com/shop/");
    let profile = acme();
    for &id in FindingId::ALL {
        let f = build(id, &rich_details(id), &store, &profile);
        for fix in f.fixes.iter().filter(|x| x.kind == FixKind::HostingSupport) {
            assert!(
                fix.text.contains("https://shop.example.com/shop/"),
                "{id}: store missing in {}",
                fix.text
            );
            assert!(
                fix.text.starts_with("Subject: ")
                    && fix.text.contains("Hello,")
                    && fix.text.contains("Thank you!")
            );
            if !matches!(
                id,
                FindingId::NetDns
                    | FindingId::NetConnect
                    | FindingId::TlsCertificate
                    | FindingId::TlsMissing
            ) {
                assert!(
                    fix.text.contains(
                        "PUT https://shop.example.com/shop/wp-json/wc/v3/orders/1 → HTTP 403"
                    ),
                    "{id}: failing request missing in {}",
                    fix.text
                );
            }
        }
    }
}

fn kinds(f: &Finding) -> Vec<FixKind> {
    f.fixes.iter().map(|x| x.kind).collect()
}

fn first(f: &Finding, kind: FixKind) -> &Fix {
    f.fixes
        .iter()
        .find(|x| x.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} fix in {:?}", kinds(f)))
}

#[test]
fn fixes_follow_the_server_that_answered() {
    let store = store("https://shop.example.com/");
    let profile = acme();
    let mut d = Details {
        server: ServerKind::Apache,
        ..Details::default()
    };
    let apache = build(FindingId::AuthHeaderStripped, &d, &store, &profile);
    assert_eq!(apache.fixes[0].kind, FixKind::Htaccess);
    d.server = ServerKind::Nginx;
    let nginx = build(FindingId::AuthHeaderStripped, &d, &store, &profile);
    assert_eq!(nginx.fixes[0].kind, FixKind::Nginx);
    assert!(
        kinds(&nginx).contains(&FixKind::Htaccess),
        "nginx may front Apache: keep the .htaccess fixes after"
    );
}

#[test]
fn cloudflare_rule_for_a_subfolder_store_with_ipv4_and_ipv6_addresses() {
    let store = store("https://shop.example.com/shop");
    let d = Details {
        vendor: Some(Vendor::Cloudflare),
        marker: Some("Cloudflare error 1020 (access denied)".into()),
        incident_id: Some("8a1b2c3d4e5f6789-FRA".into()),
        ..Details::default()
    };
    let f = build(FindingId::WafCloudflare, &d, &store, &acme());
    // Where to click (the steps) before what to paste (the expression), then the IP rules.
    assert_eq!(
        kinds(&f)[..3],
        [
            FixKind::Instructions,
            FixKind::CloudflareRule,
            FixKind::CloudflareIpRule
        ]
    );
    assert_eq!(
        first(&f, FixKind::CloudflareRule).text,
        "(starts_with(http.request.uri.path, \"/shop/wp-json/\") and ip.src in {203.0.113.7 2001:db8::7}) or starts_with(http.request.uri.path, \"/shop/wc-auth/v1/\")"
    );
    let ip_rule = &first(&f, FixKind::CloudflareIpRule).text;
    assert!(
        ip_rule.contains("Security → WAF → Tools → IP Access Rules"),
        "{ip_rule}"
    );
    assert!(
        ip_rule.contains("203.0.113.7    Allow    This website")
            && ip_rule.contains("2001:db8::7    Allow"),
        "{ip_rule}"
    );
    assert!(
        f.explanation.contains("Ray ID 8a1b2c3d4e5f6789-FRA"),
        "{}",
        f.explanation
    );
    assert!(first(&f, FixKind::Instructions)
        .text
        .contains("Security → Events and search for Ray ID 8a1b2c3d4e5f6789-FRA"));
}

#[test]
fn cloudflare_rule_without_profile_addresses_relies_on_paths_only() {
    let store = store("https://shop.example.com/");
    let d = Details {
        vendor: Some(Vendor::Cloudflare),
        permalinks_plain: true,
        ..Details::default()
    };
    let f = build(FindingId::WafCloudflare, &d, &store, &Profile::default());
    assert!(
        !kinds(&f).contains(&FixKind::CloudflareIpRule),
        "no addresses, no IP rule"
    );
    assert_eq!(
        first(&f, FixKind::CloudflareRule).text,
        "http.request.uri.path eq \"/wp-json/\" or starts_with(http.request.uri.path, \"/wp-json/wc/\") or starts_with(http.request.uri.path, \"/wc-auth/v1/\") or (http.request.uri.query contains \"rest_route=/wc/\" or lower(http.request.uri.query) contains \"rest_route=%2fwc%2f\")"
    );
}

#[test]
fn modsecurity_method_exclusion_is_scoped_to_the_store_folder() {
    let store = store("https://shop.example.com/shop/");
    let d = Details {
        server: ServerKind::Apache,
        vendor: Some(Vendor::ModSecurity),
        blocked_methods: vec!["PUT".into(), "PATCH".into(), "DELETE".into()],
        blocked_requests: vec!["PUT /shop/wp-json/wc/v3/orders/1".into()],
        ..Details::default()
    };
    let f = build(FindingId::WafModsecurity, &d, &store, &acme());
    assert_eq!(
        f.title,
        "The server's ModSecurity firewall blocks PUT, PATCH and DELETE on the WooCommerce API"
    );
    let rule = &first(&f, FixKind::Modsecurity).text;
    assert!(
        rule.ends_with(
            "SecRule REQUEST_URI \"@beginsWith /shop/wp-json/\" \\\n    \"id:77911,phase:1,pass,nolog,t:none,chain\"\n    SecRule REQUEST_METHOD \"@rx ^(?:PUT|PATCH|DELETE)$\" \\\n        \"t:none,ctl:ruleRemoveById=911100\""
        ),
        "{rule}"
    );
    // A 406 page means shared hosting: the message to the host comes first and carries the rule.
    let d406 = Details {
        marker: Some("HTTP 406 page (\"this error was generated by mod_security\")".into()),
        ..d
    };
    let f = build(FindingId::WafModsecurity, &d406, &store, &acme());
    assert_eq!(f.fixes[0].kind, FixKind::HostingSupport);
    assert!(f.fixes[0].text.contains("ctl:ruleRemoveById=911100"));
    assert!(f.fixes[0]
        .text
        .contains("Acme Sync calls the store from these addresses: 203.0.113.7, 2001:db8::7."));
}

#[test]
fn htaccess_and_nginx_snippets_for_a_subfolder_store() {
    let store = store("https://shop.example.com/shop/");
    let d = Details {
        server: ServerKind::Apache,
        query_route_works: true,
        ..Details::default()
    };
    let f = build(FindingId::RestBlocked, &d, &store, &acme());
    assert_eq!(
        first(&f, FixKind::Htaccess).text,
        "# Handshake: send the WordPress REST API (/shop/wp-json/) straight to WordPress, before any rule below can block it.\n\
         # Paste at the very top of the .htaccess file in the WordPress folder /shop/ (e.g. public_html/shop/.htaccess).\n\
         <IfModule mod_rewrite.c>\n\
         RewriteEngine On\n\
         RewriteRule ^wp-json(/.*)?$ /shop/index.php [END,E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\n\
         </IfModule>"
    );
    assert!(first(&f, FixKind::Nginx).text.ends_with(
        "location ^~ /shop/wp-json/ {\n    try_files $uri $uri/ /shop/index.php?$args;\n}"
    ));

    let d = Details {
        server: ServerKind::Nginx,
        blocks_everything: true,
        ..Details::default()
    };
    let f = build(FindingId::RestBlocked, &d, &store, &acme());
    assert_eq!(f.fixes[0].kind, FixKind::Nginx);
    assert!(
        f.fixes[0]
            .text
            .ends_with("allow 203.0.113.7;\nallow 2001:db8::7;"),
        "{}",
        f.fixes[0].text
    );
    assert!(first(&f, FixKind::Htaccess)
        .text
        .contains("<If \"-R '203.0.113.7' || -R '2001:db8::7'\">\nRequire all granted\n</If>"));
}

#[test]
fn header_fixes_offer_the_three_verified_apache_forms() {
    let f = build(
        FindingId::AuthHeaderStripped,
        &Details::default(),
        &store("https://shop.example.com/"),
        &acme(),
    );
    let texts: Vec<&str> = f
        .fixes
        .iter()
        .filter(|x| x.kind == FixKind::Htaccess)
        .map(|x| x.text.as_str())
        .collect();
    assert!(texts[0].contains("RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]"));
    assert!(texts[1].contains("SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1"));
    assert!(texts[2].ends_with("CGIPassAuth On"));
    assert!(first(&f, FixKind::Nginx)
        .text
        .ends_with("fastcgi_param HTTP_AUTHORIZATION $http_authorization;"));
}

#[test]
fn callback_fixes_name_the_callback_host() {
    let d = Details {
        callback_url: Some("https://relay.other.example/cb/123".into()),
        ..Details::default()
    };
    let f = build(
        FindingId::CallbackNotReceived,
        &d,
        &store("https://shop.example.com/"),
        &acme(),
    );
    assert!(f.title.contains("relay.other.example"), "{}", f.title);
    assert!(first(&f, FixKind::WpConfig)
        .text
        .contains("define( 'WP_ACCESSIBLE_HOSTS', 'relay.other.example' );"));
    let f = build(
        FindingId::CallbackNotReceived,
        &Details::default(),
        &store("https://shop.example.com/"),
        &acme(),
    );
    assert!(
        first(&f, FixKind::WpConfig)
            .text
            .contains("'relay.acme.example'"),
        "falls back to the profile's callback host"
    );
    let rejected = build(
        FindingId::CallbackRejected,
        &Details {
            callback_status: Some(201),
            ..Details::default()
        },
        &store("https://shop.example.com/"),
        &acme(),
    );
    assert!(
        rejected
            .explanation
            .contains("answered HTTP 201 instead of 200"),
        "{}",
        rejected.explanation
    );
}

#[test]
fn explanations_use_what_the_analysis_proved() {
    let store = store("https://shop.example.com/");
    let d = Details {
        vendor: Some(Vendor::Sucuri),
        marker: Some("x-sucuri-block: GEO02".into()),
        incident_id: Some("GEO02".into()),
        blocked_requests: vec!["GET /wp-json/wc/v3/orders".into()],
        passed_requests: vec!["GET /".into()],
        ..Details::default()
    };
    let f = build(FindingId::WafSucuri, &d, &store, &acme());
    assert!(
        f.explanation.contains("GET /wp-json/wc/v3/orders"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation.contains("while GET / got through"),
        "{}",
        f.explanation
    );
    assert!(
        f.explanation
            .contains("x-sucuri-block: GEO02, Block ID GEO02"),
        "{}",
        f.explanation
    );
    assert!(first(&f, FixKind::Sucuri)
        .text
        .contains("203.0.113.7\n2001:db8::7"));

    let d = Details {
        anonymous_only: true,
        rest_code: Some("rest_cannot_access".into()),
        ..Details::default()
    };
    let f = build(FindingId::RestDisabled, &d, &store, &acme());
    assert!(f.title.contains("not signed in"));
    assert!(first(&f, FixKind::PhpSnippet)
        .text
        .contains("'rest_cannot_access' !== $result->get_error_code()"));
}

/// Prints every finding's words and fixes for reading: `cargo test -p handshake-engine --lib
/// print_every_finding -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_every_finding() {
    let store = store("https://shop.example.com/shop/");
    for &id in FindingId::ALL {
        let f = build(id, &rich_details(id), &store, &acme());
        println!("=== {id}\nTITLE: {}\nEXPL: {}\n", f.title, f.explanation);
        for x in &f.fixes {
            println!("--- [{}] {}\n{}\n", x.kind.as_str(), x.title, x.text);
        }
    }
}

#[test]
fn ip_block_instructions_name_the_server_that_answered() {
    let store = store("https://shop.example.com/");
    let profile = acme();
    let mut d = Details {
        server: ServerKind::Nginx,
        blocks_everything: true,
        ..Details::default()
    };
    let find_rule = |w: &Finding| {
        w.fixes
            .iter()
            .find(|f| f.title == "Find the IP rule")
            .expect("the instructions")
            .text
            .clone()
    };
    let nginx = find_rule(&build(FindingId::RestBlocked, &d, &store, &profile));
    assert!(
        nginx.contains("nginx configuration") && !nginx.contains(".htaccess"),
        "{nginx}"
    );
    d.server = ServerKind::Apache;
    let apache = find_rule(&build(FindingId::RestBlocked, &d, &store, &profile));
    assert!(
        apache.contains(".htaccess") && apache.contains("Require not ip"),
        "{apache}"
    );
}

#[test]
fn header_stripped_says_what_was_proven_with_the_credentials_used() {
    let store = store("https://shop.example.com/");
    let profile = acme();
    let words = |credentials| {
        let d = Details {
            credentials,
            ..Details::default()
        };
        let f = build(FindingId::AuthHeaderStripped, &d, &store, &profile);
        format!("{} {}", f.title, f.explanation)
    };
    let keys = words(CredentialKind::WooCommerceKeys);
    assert!(
        keys.contains("same key sent in the address works"),
        "{keys}"
    );
    let app_password = words(CredentialKind::ApplicationPassword);
    assert!(
        app_password.contains("application password") && !app_password.contains("in the address"),
        "{app_password}"
    );
    let none = words(CredentialKind::None);
    assert!(
        none.contains("test login") && !none.contains("in the address"),
        "{none}"
    );
}

#[test]
fn a_busy_relay_is_not_called_unreachable() {
    let store = store("https://shop.example.com/");
    let profile = acme();
    let busy = Details {
        network_error: Some("the relay answered but is too busy to take this request now (overloaded); try again in 5 s".into()),
        retry_after: Some("5".into()),
        callback_url: Some("https://relay.example".into()),
        ..Details::default()
    };
    let f = build(FindingId::ConnectRelayUnreachable, &busy, &store, &profile);
    assert!(f.title.contains("busy"), "{}", f.title);
    assert!(
        !f.explanation.contains("internet connection"),
        "{}",
        f.explanation
    );
    assert!(f.explanation.contains("5 seconds"), "{}", f.explanation);
    let down = Details {
        network_error: Some("connection refused".into()),
        callback_url: Some("https://relay.example".into()),
        ..Details::default()
    };
    let f = build(FindingId::ConnectRelayUnreachable, &down, &store, &profile);
    assert!(
        f.explanation.contains("internet connection"),
        "{}",
        f.explanation
    );
}
