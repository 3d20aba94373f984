//! The connect flow's own outcomes that are not the store's fault: the owner declined, nobody
//! approved in time, the approval page refused the user logged in, or the app's relay could not be
//! reached.

use crate::finding_id::FindingId;
use crate::fixes::fix;
use crate::report::FixKind;

use super::context::{Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app().to_string();
    match ctx.id {
        FindingId::ConnectDenied => Words {
            title: "The connection was declined on the store's approval page".to_string(),
            summary: "The connection was declined on the store's approval page, so no key was created.".to_string(),
            action: format!("Start the connection again and click Approve if you want {app} to have access."),
            explanation: format!(
                "WooCommerce's page asking to approve {app} was answered with Deny (or Cancel), so no key was created. Nothing \
                 is wrong with the store. Start the connection again and click Approve if you want {app} to have access."
            ),
            fixes: vec![fix(
                FixKind::Instructions,
                "Approve the connection",
                format!(
                    "Start the connection again. On the page titled \"{app} would like to connect to your store\", check the \
                     access it asks for and click Approve. You need to be logged in as an administrator or shop manager."
                ),
            )],
        },
        // The approval page answered "You do not have permission to access this page": WooCommerce
        // shows Approve only to users with manage_woocommerce, and refuses access_granted without it
        // (also when the login was lost before the click). No key was created.
        FindingId::AuthCapability => {
            let shown = ctx.d.callback_error.clone().unwrap_or_default();
            Words {
                title: "The store's approval page refused the user who was logged in".to_string(),
                summary: "The approval page refused the WordPress user who was logged in, so no key was created.".to_string(),
                action: format!("Log in to the store as an administrator or shop manager, then connect {app} again."),
                explanation: format!(
                    "WooCommerce showed \"{shown}\" on its approval page. It lets only users who may manage WooCommerce (the \
                     manage_woocommerce capability: Administrators and Shop Managers) see Approve and create a key. Either the \
                     user logged in lacks it (a Customer, Subscriber or Editor), or WordPress no longer saw the login when \
                     Approve was clicked (logged out in another tab, or the session ended). No key was created."
                ),
                fixes: vec![fix(
                    FixKind::Instructions,
                    "Approve as an administrator or shop manager",
                    format!(
                        "1. Open the store's admin (wp-admin) and log out, or use a private browser window.\n2. Start the \
                         connection from {app} again.\n3. When WooCommerce asks you to log in, use an account whose role is \
                         Administrator or Shop Manager, then click Approve."
                    ),
                )],
            }
        }
        FindingId::ConnectTimeout => Words {
            title: "The approval was not finished in time".to_string(),
            summary: "No answer came back from the store's approval page before the time ran out.".to_string(),
            action: "Start again and approve within a few minutes; if WooCommerce shows an error instead, paste its text \
                     into Handshake."
                .to_string(),
            explanation: format!(
                "No answer came back from the store's approval page before the time ran out: the page may still be open, or \
                 WooCommerce showed an error instead of returning to {app}. If you saw an error such as \"An error occurred in \
                 the request and at the time were unable to send the consumer data\", paste its text into Handshake to find its \
                 cause; otherwise start again and approve within a few minutes."
            ),
            fixes: vec![fix(
                FixKind::Instructions,
                "Try again, and note any error",
                "1. Start the connection again.\n2. Log in to the store if asked, then click Approve.\n3. If WooCommerce \
                 shows an error page instead of \"you can close this tab\", copy its text and paste it into Handshake \
                 (handshake connect … --explain \"TEXT\").",
            )],
        },
        // The relay answered, but is at capacity or limiting this address: the network is fine.
        _ if ctx.d.retry_after.is_some() => {
            let relay = ctx.d.callback_url.clone().unwrap_or_else(|| format!("{app}'s relay"));
            let wait = ctx.d.retry_after.clone().unwrap_or_default();
            let why = ctx.d.network_error.clone().map(|e| format!(" ({e})")).unwrap_or_default();
            Words {
                title: format!("{app}'s connection service is busy"),
                summary: format!("{app}'s connection service is busy and turned the request away for now."),
                action: "Wait a little, then connect again; if it keeps refusing, tell whoever runs the service.".to_string(),
                explanation: format!(
                    "Handshake hands the store's new key to this computer through a small relay service at {relay}. The \
                     service answered, but turned the request away for now{why}: it is busy, or limiting requests from this \
                     network. Your store was not changed and nothing is wrong with this computer's connection. Wait about \
                     {wait} seconds and connect again; if it keeps refusing, the service's operator needs to know."
                ),
                fixes: vec![fix(
                    FixKind::Instructions,
                    "Wait, then connect again",
                    format!("Wait about {wait} seconds, then start the connection again. If {relay} keeps answering that it is busy, report it to whoever runs that service."),
                )],
            }
        }
        _ => {
            let relay = ctx.d.callback_url.clone().unwrap_or_else(|| format!("{app}'s relay"));
            let why = ctx.d.network_error.clone().map(|e| format!(" ({e})")).unwrap_or_default();
            Words {
                title: format!("{app}'s connection service could not be reached"),
                summary: format!("{app}'s connection service did not answer this computer."),
                action: "Check this computer's internet connection, proxy and firewall, then try again.".to_string(),
                explanation: format!(
                    "Handshake hands the store's new key to this computer through a small relay service at {relay}, and that \
                     service did not answer{why}. Your store was not changed. Check this computer's internet connection (and \
                     any proxy or firewall on it), then try again; if it keeps failing, the service may be down."
                ),
                fixes: vec![fix(
                    FixKind::Instructions,
                    "Check the connection and retry",
                    format!("Open {relay} in a browser on this computer. If it does not load, check the network or proxy settings, wait a few minutes and connect again."),
                )],
            }
        }
    }
}
