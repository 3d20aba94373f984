//! The fixes Handshake hands out, loaded into real servers: every `.htaccess` snippet in a real
//! Apache, every nginx snippet in a real nginx, every ModSecurity rule in mod_security2 with the
//! OWASP CRS, every PHP snippet through php, and every Cloudflare expression through Cloudflare's
//! wirefilter parser. Beyond "it loads", the key fixes are replayed against the fault they fix.
//!
//! Needs (a missing one FAILS these tests, it never skips them):
//!   apt-get install -y apache2 libapache2-mod-security2 modsecurity-crs nginx php-cli python3 python3-pip
//!   pip install octorules-wirefilter==0.7.0   (Cloudflare's wirefilter engine, see servers/cloudflare.rs)
//! Servers listen on 127.0.0.1 only; "the app's server" is played by the source address 127.0.0.2.

mod servers;

use std::process::Command;

use handshake_engine::internals::firewall::Vendor;
use handshake_engine::internals::fixes::{
    apache as apache_fixes, modsecurity as modsec_fixes, nginx as nginx_fixes, Site,
};
use handshake_engine::FindingId;
use handshake_engine::FixKind;
use handshake_engine::{Details, ServerKind};

use servers::apache::{legacy_wordpress_block, Apache, Setup as ApacheSetup};
use servers::http::{Request, APP};
use servers::nginx::{Nginx, Setup as NginxSetup};
use servers::{
    all_fix_texts, cloudflare, fixes, profile, require_binary, run, store, texts_of, Workdir,
};

const STORES: &[&str] = &["https://shop.example.com/", "https://example.com/shop/"];
const AUTH: &str = "Basic Y2tfYWJjOmNzX2RlZg==";

fn profiles() -> Vec<handshake_engine::Profile> {
    vec![
        profile(&[]),
        profile(&["203.0.113.7", "198.51.100.0/24", "2001:db8::7"]),
    ]
}

// ---------------------------------------------------------------- Apache / .htaccess

#[test]
fn every_htaccess_fix_loads_in_apache() {
    let texts = all_fix_texts(FixKind::Htaccess, STORES, &profiles());
    assert!(
        texts.len() >= 6,
        "expected the catalog's .htaccess fixes, got {}",
        texts.len()
    );
    for text in &texts {
        // In a <Directory> block, `apache2 -t` parses every directive…
        if let Err(e) = Apache::check(&ApacheSetup {
            directory_lines: text.clone(),
            ..ApacheSetup::default()
        }) {
            panic!("apache2 -t rejects this fix:\n{text}\n---\n{e}");
        }
    }
    // …and as a real .htaccess file, Apache reads it on each request (a bad line gives a 500).
    let site = Apache::start(&ApacheSetup::default());
    for text in &texts {
        std::fs::write(site.work.join("www/shop/.htaccess"), text).expect("write .htaccess");
        let response = Request::get("/shop/index.php").send(site.port);
        assert_ne!(
            response.status,
            500,
            "Apache could not read this .htaccess:\n{text}\n---\n{}",
            site.error_log()
        );
    }
}

#[test]
fn htaccess_rest_route_beats_a_rule_that_blocks_wp_json() {
    let store = store("https://example.com/shop/");
    let profile = profile(&[]);
    let details = Details {
        server: ServerKind::Apache,
        query_route_works: true,
        ..Details::default()
    };
    let fix = texts_of(
        &fixes(FindingId::RestBlocked, &details, &store, &profile),
        FixKind::Htaccess,
    )
    .remove(0);
    // What a security plugin writes: scenario `restblock403` of the research testbed, and a variant
    // on THE_REQUEST, which still matches after WordPress's own rewrite to index.php.
    let blocking_rules =
        "RewriteEngine On\nRewriteCond %{REQUEST_URI} wp-json [NC]\nRewriteRule .* - [R=403,L]\n\
                          RewriteCond %{THE_REQUEST} wp-json [NC]\nRewriteRule .* - [F]\n";
    let blocked = format!("{blocking_rules}{}", legacy_wordpress_block("/shop/"));

    let before = Apache::start(&ApacheSetup {
        files: vec![("shop/.htaccess".into(), blocked.clone())],
        ..ApacheSetup::default()
    });
    assert_eq!(
        Request::get("/shop/wp-json/wc/v3/orders")
            .send(before.port)
            .status,
        403,
        "the fault reproduces"
    );
    drop(before);

    let after = Apache::start(&ApacheSetup {
        files: vec![("shop/.htaccess".into(), format!("{fix}\n{blocked}"))],
        ..ApacheSetup::default()
    });
    let response = Request::get("/shop/wp-json/wc/v3/orders")
        .header("Authorization", AUTH)
        .send(after.port);
    assert_eq!(
        response.status,
        200,
        "{}\n{}",
        response.body,
        after.error_log()
    );
    assert!(
        response
            .body
            .contains("REQUEST_URI=/shop/wp-json/wc/v3/orders"),
        "WordPress sees the API path: {}",
        response.body
    );
    assert!(
        response.body.contains(AUTH),
        "and the Authorization header: {}",
        response.body
    );
    // Everything else is still subject to the site's rules.
    assert_eq!(
        Request::get("/shop/other-wp-json-page")
            .send(after.port)
            .status,
        403
    );
}

#[test]
fn htaccess_authorization_fixes_hand_the_header_to_php() {
    let store = store("https://example.com/shop/");
    let profile = profile(&[]);
    let texts = texts_of(
        &fixes(
            FindingId::AuthHeaderStripped,
            &Details::default(),
            &store,
            &profile,
        ),
        FixKind::Htaccess,
    );
    assert_eq!(texts.len(), 3, "rewrite, SetEnvIf and CGIPassAuth");

    let without = Apache::start(&ApacheSetup {
        files: vec![("shop/.htaccess".into(), legacy_wordpress_block("/shop/"))],
        ..ApacheSetup::default()
    });
    let response = Request::get("/shop/wp-json/wc/v3/orders")
        .header("Authorization", AUTH)
        .send(without.port);
    assert_eq!(response.status, 200);
    assert!(
        !response.body.contains(AUTH),
        "mod_cgi hides the header by default: {}",
        response.body
    );
    drop(without);

    for fix in texts {
        let site = Apache::start(&ApacheSetup {
            files: vec![(
                "shop/.htaccess".into(),
                format!("{fix}\n{}", legacy_wordpress_block("/shop/")),
            )],
            ..ApacheSetup::default()
        });
        let response = Request::get("/shop/wp-json/wc/v3/orders")
            .header("Authorization", AUTH)
            .send(site.port);
        assert_eq!(response.status, 200, "{fix}\n{}", site.error_log());
        assert!(
            response.body.contains(AUTH),
            "this fix did not pass the header:\n{fix}\n---\n{}",
            response.body
        );
    }
}

#[test]
fn htaccess_address_allowance_lets_only_the_app_through_an_ip_deny() {
    let store = store("https://example.com/shop/");
    let app_profile = profile(&["127.0.0.2", "2001:db8::7"]);
    let details = Details {
        server: ServerKind::Apache,
        blocks_everything: true,
        ..Details::default()
    };
    let fix = texts_of(
        &fixes(FindingId::RestBlocked, &details, &store, &app_profile),
        FixKind::Htaccess,
    )
    .remove(0);
    assert!(fix.contains("<If"), "{fix}");
    // Scenario `ipblock`: the site denies both loopback clients.
    let deny =
        "<RequireAll>\nRequire all granted\nRequire not ip 127.0.0.1 127.0.0.2\n</RequireAll>\n";
    let site = Apache::start(&ApacheSetup {
        files: vec![(
            "shop/.htaccess".into(),
            format!("{deny}{}{fix}\n", legacy_wordpress_block("/shop/")),
        )],
        ..ApacheSetup::default()
    });
    assert_eq!(
        Request::get("/shop/wp-json/")
            .from(APP)
            .send(site.port)
            .status,
        200,
        "{}",
        site.error_log()
    );
    assert_eq!(
        Request::get("/shop/wp-json/").send(site.port).status,
        403,
        "others stay denied"
    );
}

#[test]
fn htaccess_wordpress_block_routes_the_rest_api() {
    let store = store("https://example.com/shop/");
    let fix = apache_fixes::wordpress_rewrite_block(&Site::new(&store, &profile(&[])));
    let site = Apache::start(&ApacheSetup {
        files: vec![("shop/.htaccess".into(), fix.text)],
        ..ApacheSetup::default()
    });
    let response = Request::get("/shop/wp-json/wc/v3/")
        .header("Authorization", AUTH)
        .send(site.port);
    assert_eq!(response.status, 200);
    assert!(
        response.body.contains("REQUEST_URI=/shop/wp-json/wc/v3/") && response.body.contains(AUTH),
        "{}",
        response.body
    );
}

// ---------------------------------------------------------------- ModSecurity + OWASP CRS

fn modsecurity_rules_for(store_url: &str, ips: &[&str]) -> String {
    let store = store(store_url);
    let profile = profile(ips);
    let site = Site::new(&store, &profile);
    let mut rules = vec![
        modsec_fixes::allow_api_methods(&site).text,
        modsec_fixes::allow_auth_page_urls(&site).text,
    ];
    rules.extend(modsec_fixes::detection_only_for_app(&site).map(|f| f.text));
    rules.join("\n\n")
}

#[test]
fn every_modsecurity_fix_loads_with_the_crs() {
    let texts = all_fix_texts(FixKind::Modsecurity, STORES, &profiles());
    assert!(!texts.is_empty());
    for text in &texts {
        if let Err(e) = Apache::check(&ApacheSetup {
            modsecurity_rules: Some(text.clone()),
            ..ApacheSetup::default()
        }) {
            panic!("ModSecurity with the CRS rejects this fix:\n{text}\n---\n{e}");
        }
    }
    // All three together (as the message to the host attaches them): ids must not clash.
    let all = modsecurity_rules_for("https://example.com/shop/", &["127.0.0.2", "2001:db8::7"]);
    Apache::check(&ApacheSetup {
        modsecurity_rules: Some(all),
        ..ApacheSetup::default()
    })
    .expect("rules load together");
}

#[test]
fn modsecurity_method_exclusion_lets_put_patch_delete_through_on_the_api_only() {
    let wordpress = vec![(
        "shop/.htaccess".to_string(),
        legacy_wordpress_block("/shop/"),
    )];
    let crs_only = Apache::start(&ApacheSetup {
        files: wordpress.clone(),
        modsecurity_rules: Some("# no exclusions\n".into()),
        ..ApacheSetup::default()
    });
    assert_eq!(
        Request::get("/shop/wp-json/wc/v3/orders/1")
            .method("PUT")
            .body("{}")
            .send(crs_only.port)
            .status,
        403,
        "CRS 911100 reproduces"
    );
    drop(crs_only);

    let store = store("https://example.com/shop/");
    let details = Details {
        server: ServerKind::Apache,
        vendor: Some(Vendor::ModSecurity),
        blocked_methods: vec!["PUT".into(), "PATCH".into(), "DELETE".into()],
        ..Details::default()
    };
    let rule = texts_of(
        &fixes(FindingId::WafModsecurity, &details, &store, &profile(&[])),
        FixKind::Modsecurity,
    )
    .remove(0);
    let site = Apache::start(&ApacheSetup {
        files: wordpress,
        modsecurity_rules: Some(rule.clone()),
        ..ApacheSetup::default()
    });
    for method in ["PUT", "PATCH", "DELETE"] {
        let response = Request::get("/shop/wp-json/wc/v3/orders/1")
            .method(method)
            .body("{}")
            .send(site.port);
        assert_eq!(
            response.status,
            200,
            "{method} still refused with:\n{rule}\n{}",
            site.error_log()
        );
        assert!(
            response.body.contains(&format!("METHOD={method}")),
            "{}",
            response.body
        );
    }
    assert_eq!(
        Request::get("/shop/wp-json/wc/v3/orders/1")
            .send(site.port)
            .status,
        200
    );
    assert_eq!(
        Request::get("/shop/other/1")
            .method("PUT")
            .body("{}")
            .send(site.port)
            .status,
        403,
        "only the API path is excluded"
    );
}

#[test]
fn modsecurity_app_exclusion_applies_to_the_app_addresses_only() {
    let store = store("https://example.com/shop/");
    let app_profile = profile(&["127.0.0.2", "2001:db8::7"]);
    let details = Details {
        server: ServerKind::Apache,
        vendor: Some(Vendor::ModSecurity),
        ..Details::default()
    };
    let rules = texts_of(
        &fixes(FindingId::WafModsecurity, &details, &store, &app_profile),
        FixKind::Modsecurity,
    );
    let rule = rules
        .iter()
        .find(|r| r.contains("ipMatch"))
        .expect("an address rule")
        .clone();
    let site = Apache::start(&ApacheSetup {
        files: vec![("shop/.htaccess".into(), legacy_wordpress_block("/shop/"))],
        modsecurity_rules: Some(rule),
        ..ApacheSetup::default()
    });
    // A customer note that looks like SQL injection (CRS 942100), as in the research testbed.
    let body = r#"{"customer_note":"1 UNION SELECT user_pass FROM wp_users--"}"#;
    let post = |from| {
        Request::get("/shop/wp-json/wc/v3/orders")
            .method("POST")
            .header("Content-Type", "application/json")
            .body(body)
            .from(from)
    };
    assert_eq!(
        post(servers::http::ME).send(site.port).status,
        403,
        "others are still blocked"
    );
    assert_eq!(
        post(APP).send(site.port).status,
        200,
        "{}",
        site.error_log()
    );
}

#[test]
fn modsecurity_auth_page_exclusion_lets_callback_urls_through() {
    let store = store("https://example.com/shop/");
    let rule = modsec_fixes::allow_auth_page_urls(&Site::new(&store, &profile(&[]))).text;
    let authorize = "/shop/wc-auth/v1/authorize?app_name=Acme&scope=read_write&user_id=1&return_url=https%3A%2F%2Fapp.example.net%2Freturn&callback_url=https%3A%2F%2Frelay.example.net%2Fcallback";
    let wordpress = vec![(
        "shop/.htaccess".to_string(),
        legacy_wordpress_block("/shop/"),
    )];
    // Paranoia level 2, where CRS 931130 flags off-domain URLs in the query string.
    let strict = Apache::start(&ApacheSetup {
        files: wordpress.clone(),
        modsecurity_rules: Some("# no exclusions\n".into()),
        paranoia_level: Some(2),
        ..ApacheSetup::default()
    });
    assert_eq!(
        Request::get(authorize).send(strict.port).status,
        403,
        "the fault reproduces at PL2"
    );
    drop(strict);
    let site = Apache::start(&ApacheSetup {
        files: wordpress,
        modsecurity_rules: Some(rule),
        paranoia_level: Some(2),
        ..ApacheSetup::default()
    });
    assert_eq!(
        Request::get(authorize).send(site.port).status,
        200,
        "{}",
        site.error_log()
    );
}

// ---------------------------------------------------------------- nginx

/// Where an nginx fix goes, read from its own comment.
fn nginx_setup_for(text: &str) -> NginxSetup {
    if text.contains("Paste in the http { } block") {
        // The map goes in http { }; the server block's line the comment names goes with it, as
        // the owner would change it.
        let server_lines = text
            .lines()
            .map(|l| l.trim_start_matches('#').trim())
            .filter(|l| l.starts_with("auth_basic $"))
            .collect::<Vec<_>>()
            .join("\n");
        NginxSetup {
            http_lines: text.to_string(),
            server_lines,
            ..NginxSetup::default()
        }
    } else if text.contains("Paste inside the PHP block") {
        NginxSetup {
            php_lines: text.to_string(),
            ..NginxSetup::default()
        }
    } else {
        NginxSetup {
            server_lines: text.to_string(),
            ..NginxSetup::default()
        }
    }
}

#[test]
fn every_nginx_fix_passes_nginx_t_where_its_comment_says() {
    let texts = all_fix_texts(FixKind::Nginx, STORES, &profiles());
    assert!(
        texts.len() >= 5,
        "expected the catalog's nginx fixes, got {}",
        texts.len()
    );
    for text in &texts {
        let mut setup = nginx_setup_for(text);
        if text.contains("allow ") {
            // The allow lines go above an existing deny.
            setup.server_lines.push_str("\ndeny all;");
        }
        if let Err(e) = Nginx::check(&setup) {
            panic!("nginx -t rejects this fix:\n{text}\n---\n{e}");
        }
    }
}

#[test]
fn nginx_rest_location_beats_a_regex_block() {
    let store = store("https://example.com/shop/");
    let details = Details {
        server: ServerKind::Nginx,
        query_route_works: true,
        ..Details::default()
    };
    let fix = texts_of(
        &fixes(FindingId::RestBlocked, &details, &store, &profile(&[])),
        FixKind::Nginx,
    )
    .remove(0);
    let block = "location ~ wp-json { return 403; }\n";
    let before = Nginx::start(&NginxSetup {
        server_lines: block.into(),
        ..NginxSetup::default()
    });
    assert_eq!(
        Request::get("/shop/wp-json/wc/v3/orders")
            .send(before.port)
            .status,
        403,
        "the fault reproduces"
    );
    drop(before);
    let after = Nginx::start(&NginxSetup {
        server_lines: format!("{block}{fix}"),
        ..NginxSetup::default()
    });
    let response = Request::get("/shop/wp-json/wc/v3/orders?page=2").send(after.port);
    assert_eq!(response.status, 200);
    assert!(
        response
            .body
            .contains("php uri=/shop/index.php request_uri=/shop/wp-json/wc/v3/orders?page=2"),
        "{}",
        response.body
    );
}

#[test]
fn nginx_try_files_routes_the_rest_api_to_wordpress() {
    let store = store("https://example.com/shop/");
    let fix = nginx_fixes::try_files_permalinks(&Site::new(&store, &profile(&[]))).text;
    let site = Nginx::start(&NginxSetup {
        server_lines: fix,
        ..NginxSetup::default()
    });
    let response = Request::get("/shop/wp-json/").send(site.port);
    assert_eq!(response.status, 200);
    assert!(
        response.body.contains("php uri=/shop/index.php"),
        "{}",
        response.body
    );
}

#[test]
fn nginx_allow_lines_let_only_the_app_through_a_deny() {
    let store = store("https://example.com/shop/");
    let details = Details {
        server: ServerKind::Nginx,
        blocks_everything: true,
        ..Details::default()
    };
    let fix = texts_of(
        &fixes(
            FindingId::RestBlocked,
            &details,
            &store,
            &profile(&["127.0.0.2", "2001:db8::7"]),
        ),
        FixKind::Nginx,
    )
    .remove(0);
    let site = Nginx::start(&NginxSetup {
        server_lines: format!("{fix}\ndeny all;\n"),
        ..NginxSetup::default()
    });
    assert_eq!(
        Request::get("/index.html").from(APP).send(site.port).status,
        200
    );
    assert_eq!(Request::get("/index.html").send(site.port).status, 403);
}

// ---------------------------------------------------------------- PHP

fn php(script: &str) -> (bool, String) {
    let php = require_binary("php", "php-cli");
    let work = Workdir::new("php");
    let path = work.write("snippet.php", script);
    run(Command::new(php).arg("-n").arg(path))
}

#[test]
fn php_snippets_lint_and_behave() {
    let php_bin = require_binary("php", "php-cli");
    let work = Workdir::new("php-lint");
    let mut texts = all_fix_texts(FixKind::PhpSnippet, STORES, &profiles());
    texts.extend(
        all_fix_texts(FixKind::WpConfig, STORES, &profiles())
            .into_iter()
            .map(|t| format!("<?php\n{t}\n")),
    );
    assert!(texts.len() >= 4);
    for (i, text) in texts.iter().enumerate() {
        let path = work.write(&format!("lint{i}.php"), text);
        let (ok, out) = run(Command::new(&php_bin).arg("-n").arg("-l").arg(path));
        assert!(ok, "php -l rejects:\n{text}\n---\n{out}");
    }

    // wp-config lines behind a proxy: HTTPS becomes "on" only when the proxy says https.
    let proxy =
        handshake_engine::internals::fixes::wordpress::https_behind_proxy(Default::default()).text;
    let (_, on) = php(&format!("<?php\n$_SERVER['HTTP_X_FORWARDED_PROTO'] = 'https';\n{proxy}\necho $_SERVER['HTTPS'] ?? 'off';\n"));
    assert_eq!(on.trim(), "on");
    let (_, off) = php(&format!("<?php\n$_SERVER['HTTP_X_FORWARDED_PROTO'] = 'http';\n{proxy}\necho $_SERVER['HTTPS'] ?? 'off';\n"));
    assert_eq!(off.trim(), "off");

    // The mu-plugin lets wc/ routes past only the detected error code, with WordPress stubbed.
    let store = store("https://example.com/shop/");
    let mu = handshake_engine::internals::fixes::wordpress::mu_plugin_allow_wc_routes(
        &Site::new(&store, &profile(&[])),
        "rest_disabled",
    )
    .text;
    let stubs = "class WP_Error { public $c; function __construct($c) { $this->c = $c; } function get_error_code() { return $this->c; } }\n\
                 function is_wp_error($x) { return $x instanceof WP_Error; }\n\
                 $GLOBALS['filters'] = [];\n\
                 function add_filter($name, $cb, $prio = 10) { $GLOBALS['filters'][$name] = $cb; }\n\
                 $GLOBALS['wp'] = new stdClass();\n";
    let checks = "$f = $GLOBALS['filters']['rest_authentication_errors'];\n\
                  $GLOBALS['wp']->query_vars = ['rest_route' => '/wc/v3/orders'];\n\
                  echo var_export($f(new WP_Error('rest_disabled')), true), \"\\n\";\n\
                  echo get_class($f(new WP_Error('woocommerce_rest_authentication_error'))), \"\\n\";\n\
                  $GLOBALS['wp']->query_vars = ['rest_route' => '/wp/v2/users'];\n\
                  echo get_class($f(new WP_Error('rest_disabled'))), \"\\n\";\n";
    let script = mu.replacen("<?php\n", &format!("<?php\n{stubs}"), 1) + checks;
    let (ok, out) = php(&script);
    assert!(ok, "{out}");
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        ["NULL", "WP_Error", "WP_Error"],
        "{out}"
    );
}

// ---------------------------------------------------------------- Cloudflare

fn cloudflare_expressions() -> Vec<String> {
    let mut expressions = all_fix_texts(FixKind::CloudflareRule, STORES, &profiles());
    expressions.extend(all_fix_texts(
        FixKind::CloudflareRule,
        &[
            "https://xn--bcher-kva.example/ma-boutique/",
            "https://example.com/café/",
        ],
        &[profile(&["192.0.2.1"])],
    ));
    expressions
}

#[test]
fn cloudflare_expressions_are_well_formed() {
    let expressions = cloudflare_expressions();
    assert!(expressions.len() >= 4, "{expressions:?}");
    for e in &expressions {
        if let Err(problem) = cloudflare::check_structure(e) {
            panic!("{problem}:\n{e}");
        }
    }
    assert!(cloudflare::check_structure(
        "starts_with(http.request.uri.path, \"/wp-json/\") and ip.src in {300.1.1.1}"
    )
    .is_err());
    assert!(cloudflare::check_structure("http.request.uri.pth eq \"/\"").is_err());
}

#[test]
fn cloudflare_expressions_parse_with_cloudflares_wirefilter() {
    let expressions = cloudflare_expressions();
    let parsed = cloudflare::parse_with_wirefilter(&expressions);
    assert_eq!(parsed.len(), expressions.len());
    for p in &parsed {
        assert!(
            p.error.is_none(),
            "wirefilter rejects:\n{}\n---\n{}",
            p.expression,
            p.error.as_deref().unwrap_or("")
        );
        assert!(
            p.fields
                .iter()
                .all(|f| f.starts_with("http.request.uri.") || f == "ip.src"),
            "{:?}",
            p.fields
        );
        assert!(
            p.functions
                .iter()
                .all(|f| cloudflare::ALLOWED_FUNCTIONS.contains(&f.as_str())),
            "{:?}",
            p.functions
        );
    }
    // The parser is real: it refuses what Cloudflare refuses.
    let broken = cloudflare::parse_with_wirefilter(&[
        "starts_with(http.request.uri.path, /wp-json/)".to_string(),
        "http.request.path eq \"/\"".to_string(),
    ]);
    assert!(broken.iter().all(|p| p.error.is_some()), "{broken:?}");
}
