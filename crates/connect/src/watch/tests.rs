use super::*;

/// A report as read from JSON: fields added later keep their defaults.
fn report(verdict: &str, errors: &[&str], access: Option<&str>) -> Report {
    let findings: Vec<serde_json::Value> = errors
        .iter()
        .map(|id| {
            serde_json::json!({
                "id": id, "severity": "error", "title": "t", "explanation": "e",
                "evidence": [], "fixes": [],
            })
        })
        .collect();
    let probes: Vec<serde_json::Value> = access
        .map(|o| serde_json::json!({"id": "access.read.orders", "outcome": o, "duration_ms": 1}))
        .into_iter()
        .collect();
    serde_json::from_value(serde_json::json!({
        "schema": "handshake.report/1", "tool_version": "0", "store_url": "https://s.test/",
        "started_at": "2026-11-30T10:00:00Z", "duration_ms": 1, "verdict": verdict,
        "findings": findings, "probes": probes,
    }))
    .expect("a report")
}

fn at(summary: CheckSummary, when: &str) -> CheckSummary {
    CheckSummary {
        at: when.into(),
        ..summary
    }
}

#[test]
fn summaries_hold_no_store_text() {
    let s = CheckSummary::of(&report(
        "problems",
        &["waf.cloudflare", "auth.key_invalid"],
        Some("skipped"),
    ));
    assert_eq!(s.key, KeyState::Rejected);
    assert_eq!(s.blocking, vec!["auth.key_invalid", "waf.cloudflare"]);
    assert_eq!(s.verdict, "problems");
    let ok = CheckSummary::of(&report("healthy", &[], Some("pass")));
    assert_eq!(ok.key, KeyState::Works);
    let down = CheckSummary::of(&report("unreachable", &["net.connect"], None));
    assert_eq!(down.key, KeyState::Unknown);
    assert!(down.is_failure());
}

#[test]
fn a_revoked_key_and_a_new_block_alert_once() {
    let ok = CheckSummary::of(&report("healthy", &[], Some("pass")));
    let revoked = CheckSummary::of(&report("problems", &["auth.key_invalid"], Some("skipped")));
    let c = Changes::between(Some(&ok), &revoked);
    assert!(c.key_stopped && c.alerts());
    assert_eq!(c.verdict_was.as_deref(), Some("healthy"));
    assert_eq!(
        c.new_besides_key, 0,
        "the refused key is the one piece of news"
    );
    assert_eq!(
        c.describe(),
        "the key stopped working; new: auth.key_invalid"
    );
    // The same state again is no news.
    let again = Changes::between(Some(&revoked), &revoked);
    assert!(!again.alerts() && again.is_empty());
    assert_eq!(again.describe(), "unchanged");
    // Reconnected.
    let back = Changes::between(Some(&revoked), &ok);
    assert!(back.key_works_again && !back.alerts());
    assert_eq!(back.resolved, vec!["auth.key_invalid"]);

    let blocked = CheckSummary::of(&report("problems", &["waf.cloudflare"], Some("pass")));
    let c = Changes::between(Some(&ok), &blocked);
    assert!(!c.key_stopped && c.alerts());
    assert_eq!(c.new_blocking, vec!["waf.cloudflare"]);
    assert_eq!(c.new_besides_key, 1);
    let both = CheckSummary::of(&report(
        "problems",
        &["auth.key_invalid", "waf.cloudflare"],
        Some("skipped"),
    ));
    assert_eq!(Changes::between(Some(&ok), &both).new_besides_key, 1);

    // First check after connecting: the key worked then.
    let first = Changes::between(None, &revoked);
    assert!(first.first && first.key_stopped);
    assert_eq!(
        Changes::between(None, &ok).describe(),
        "first check since connecting"
    );
    // Keys gone from the keyring.
    assert!(Changes::between(Some(&ok), &CheckSummary::no_keys("x".into())).key_stopped);
}

#[test]
fn an_unreachable_store_neither_fixes_nor_breaks_anything() {
    let blocked = CheckSummary::of(&report("problems", &["waf.cloudflare"], Some("pass")));
    let down = CheckSummary::of(&report("unreachable", &["net.connect"], None));
    let c = Changes::between(Some(&blocked), &down);
    assert!(c.resolved.is_empty() && c.new_blocking.is_empty() && !c.key_stopped);
    assert!(
        !c.alerts(),
        "a store that is down is not a new blocking finding"
    );
    assert_eq!(c.describe(), "was problems");
    let up = Changes::between(Some(&down), &blocked);
    assert!(
        !up.alerts(),
        "coming back up with the same problem is no news"
    );
}

#[test]
fn history_is_bounded_and_kept_beside_the_store_list() {
    let dir = tempfile::tempdir().unwrap();
    let watch = Watch::beside(&SavedStores::at(dir.path()));
    assert_eq!(watch.path(), dir.path().join("watch.json"));
    assert_eq!(watch.every_minutes().unwrap(), DEFAULT_EVERY_MINUTES);
    let ok = CheckSummary::of(&report("healthy", &[], Some("pass")));
    for i in 0..(KEPT_CHECKS + 5) {
        watch
            .record(
                "https://s.test/",
                at(ok.clone(), &format!("2026-11-30T10:{i:02}:00Z")),
            )
            .unwrap();
    }
    let h = watch.history("https://s.test/").unwrap();
    assert_eq!(h.len(), KEPT_CHECKS);
    assert_eq!(
        h.last().unwrap().at,
        format!("2026-11-30T10:{:02}:00Z", KEPT_CHECKS + 4)
    );
    let revoked = CheckSummary::of(&report("problems", &["auth.key_invalid"], Some("skipped")));
    assert!(
        watch
            .record("https://s.test/", revoked)
            .unwrap()
            .key_stopped
    );
    let (last, changes) = watch.last_change("https://s.test/").unwrap().unwrap();
    assert_eq!(last.key, KeyState::Rejected);
    assert!(changes.key_stopped);
    watch.forget("https://s.test/").unwrap();
    assert!(watch.history("https://s.test/").unwrap().is_empty());
}

#[test]
fn never_more_often_than_the_owner_set_and_backing_off_on_failures() {
    let dir = tempfile::tempdir().unwrap();
    let watch = Watch::at(dir.path());
    assert_eq!(watch.set_every_minutes(1).unwrap(), MIN_EVERY_MINUTES);
    assert_eq!(watch.set_every_minutes(60).unwrap(), 60);
    let url = "https://s.test/";
    assert_eq!(
        watch.next_due(url).unwrap(),
        Some(OffsetDateTime::UNIX_EPOCH),
        "never checked: due now"
    );
    let ok = at(
        CheckSummary::of(&report("healthy", &[], Some("pass"))),
        "2026-11-30T10:00:00Z",
    );
    watch.record(url, ok).unwrap();
    let t0 = parse_time("2026-11-30T10:00:00Z").unwrap();
    assert_eq!(
        watch.next_due(url).unwrap(),
        Some(t0 + Duration::from_secs(3600))
    );
    let down = CheckSummary::of(&report("unreachable", &["net.connect"], None));
    let mut last = t0;
    for (n, hours) in [(1u32, 2u64), (2, 4), (3, 8), (4, 16), (5, 24), (6, 24)] {
        last = t0 + Duration::from_secs(u64::from(n) * 60);
        let when = last.format(&Rfc3339).unwrap();
        watch.record(url, at(down.clone(), &when)).unwrap();
        assert_eq!(
            watch.next_due(url).unwrap(),
            Some(last + Duration::from_secs(hours * 3600)),
            "after {n} failures"
        );
    }
    // A week's interval is never shortened by the backoff cap.
    watch.set_every_minutes(MAX_EVERY_MINUTES).unwrap();
    assert_eq!(
        watch.next_due(url).unwrap(),
        Some(last + Duration::from_secs(u64::from(MAX_EVERY_MINUTES) * 60))
    );
    watch.set_every_minutes(0).unwrap();
    assert_eq!(watch.next_due(url).unwrap(), None, "off");
}

/// The text form's verdicts: the contract's codes in English, words in German and Spanish.
#[test]
fn verdict_words_and_changes_in_the_owners_language() {
    use handshake_l10n::Lang;
    assert_eq!(verdict_in(Lang::En, "problems"), "problems");
    assert_eq!(verdict_in(Lang::En, "no-keys"), "no-keys");
    assert_eq!(verdict_in(Lang::De, "problems"), "Probleme");
    assert_eq!(verdict_in(Lang::Es, "healthy"), "en orden");
    assert_eq!(verdict_in(Lang::De, "something-new"), "something-new");
    let c = Changes {
        key_stopped: true,
        new_blocking: vec!["auth.key_invalid".into()],
        ..Changes::default()
    };
    assert_eq!(
        c.describe(),
        "the key stopped working; new: auth.key_invalid"
    );
    assert_eq!(
        c.describe_in(Lang::De),
        "der Schlüssel funktioniert nicht mehr; neu: auth.key_invalid"
    );
    let was = Changes {
        verdict_was: Some("healthy".into()),
        ..Changes::default()
    };
    assert_eq!(was.describe(), "was healthy");
    assert_eq!(was.describe_in(Lang::Es), "antes en orden");
}
