//! WordPress's application-password authorization flow, driven like a browser: the app sends the
//! owner to the `authorize-application.php` address the REST index advertises, the owner logs in
//! and clicks "Yes, I approve of this connection", and WordPress redirects to the app's
//! `success_url` with `site_url`, `user_login` and `password`.

use std::collections::BTreeMap;

use handshake_engine::Trust;
use url::Url;

/// What WordPress handed the app at the end of the flow.
#[derive(Debug, Clone)]
pub struct Approved {
    pub site_url: String,
    pub user_login: String,
    pub password: String,
    /// The final redirect, as WordPress sent it (carries the password: test use only).
    pub location: String,
}

/// A tiny browser: cookies by name, no automatic redirects, forms posted as
/// application/x-www-form-urlencoded.
pub struct Browser {
    client: reqwest::Client,
    cookies: BTreeMap<String, String>,
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Browser {
    pub fn new(ca_pem: &str) -> Browser {
        let trust = Trust::from_pem(ca_pem, "testbed CA").expect("the testbed CA parses");
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(trust.client_config())
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()
            .expect("a browser client");
        let mut cookies = BTreeMap::new();
        // wp-login.php refuses logins from browsers that did not keep its test cookie.
        cookies.insert(
            "wordpress_test_cookie".to_string(),
            "WP%20Cookie%20check".to_string(),
        );
        Browser { client, cookies }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, resp: reqwest::Response) -> Page {
        for value in resp.headers().get_all("set-cookie") {
            let Ok(v) = value.to_str() else { continue };
            let pair = v.split(';').next().unwrap_or("");
            if let Some((name, val)) = pair.split_once('=') {
                if val.is_empty()
                    || val == "deleted"
                    || v.to_ascii_lowercase().contains("expires=thu, 01-jan-1970")
                {
                    self.cookies.remove(name.trim());
                } else {
                    self.cookies
                        .insert(name.trim().to_string(), val.to_string());
                }
            }
        }
        let status = resp.status().as_u16();
        let location = resp
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .map(str::to_string);
        let body = resp.text().await.unwrap_or_default();
        Page {
            status,
            location,
            body,
        }
    }

    pub async fn get(&mut self, url: &str) -> Page {
        let resp = self
            .client
            .get(url)
            .header("cookie", self.cookie_header())
            .header("user-agent", "Mozilla/5.0 (Handshake real-server tests)")
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {url}: {e}"));
        self.finish(resp).await
    }

    pub async fn post_form(&mut self, url: &str, fields: &[(String, String)]) -> Page {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let resp = self
            .client
            .post(url)
            .header("cookie", self.cookie_header())
            .header("user-agent", "Mozilla/5.0 (Handshake real-server tests)")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("POST {url}: {e}"));
        self.finish(resp).await
    }
}

/// The `<input name=… value=…>` fields of the first `<form>` whose action contains `action`.
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let Some(start) = html.find("<form").and_then(|_| {
        let mut from = 0;
        while let Some(i) = html[from..].find("<form") {
            let at = from + i;
            let tag_end = html[at..].find('>').map(|e| at + e).unwrap_or(html.len());
            if html[at..tag_end].contains(action) {
                return Some(at);
            }
            from = tag_end;
        }
        None
    }) else {
        return Vec::new();
    };
    let end = html[start..]
        .find("</form>")
        .map(|e| start + e)
        .unwrap_or(html.len());
    let form = &html[start..end];
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(i) = rest.find("<input") {
        let tag_end = rest[i..].find('>').map(|e| i + e).unwrap_or(rest.len());
        let tag = &rest[i..tag_end];
        let kind = attribute(tag, "type").unwrap_or_default();
        if let Some(name) = attribute(tag, "name") {
            if kind != "submit" && kind != "button" {
                fields.push((name, attribute(tag, "value").unwrap_or_default()));
            }
        }
        rest = &rest[tag_end..];
    }
    fields
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=");
    let i = tag.find(&needle)? + needle.len();
    let rest = &tag[i..];
    let quote = rest.chars().next()?;
    let value = if quote == '"' || quote == '\'' {
        rest[1..].split(quote).next()?
    } else {
        rest.split(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .next()?
    };
    Some(decode_entities(value))
}

fn decode_entities(s: &str) -> String {
    s.replace("&#038;", "&")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// Runs the whole flow as the administrator: the authorization page from the REST index, the
/// login it redirects to, the approval form, and the redirect to `success_url`.
pub async fn approve(
    ca_pem: &str,
    site: &str,
    user: &str,
    password: &str,
    app_name: &str,
    success_url: &str,
) -> Approved {
    let mut browser = Browser::new(ca_pem);
    let index = browser.get(&format!("{site}wp-json/")).await;
    let endpoint = handshake_engine::internals::wp::rest_index(index.body.as_bytes())
        .and_then(|i| i.app_password_endpoint)
        .unwrap_or_else(|| {
            panic!(
                "the REST index does not offer application passwords:\n{}",
                index.body
            )
        });
    let mut authorize = Url::parse(&endpoint).expect("the authorization endpoint is a URL");
    authorize
        .query_pairs_mut()
        .append_pair("app_name", app_name)
        .append_pair("app_id", "5f0e3a4c-7d2b-4f6e-9a1c-3b8d2e6f4a10")
        .append_pair("success_url", success_url);

    // Not logged in: WordPress sends the owner to its login page, coming back afterwards.
    let first = browser.get(authorize.as_str()).await;
    assert_eq!(
        first.status, 302,
        "the authorization page asks for a login first:\n{}",
        first.body
    );
    let login_url = first.location.clone().expect("a redirect to wp-login.php");
    assert!(login_url.contains("wp-login.php"), "{login_url}");
    let login_page = browser.get(&login_url).await;
    let mut fields = form_fields(&login_page.body, "wp-login.php");
    assert!(
        fields.iter().any(|(n, _)| n == "log"),
        "the login form:\n{}",
        login_page.body
    );
    for (name, value) in fields.iter_mut() {
        match name.as_str() {
            "log" => *value = user.to_string(),
            "pwd" => *value = password.to_string(),
            _ => {}
        }
    }
    fields.push(("wp-submit".into(), "Log In".into()));
    let login_action = Url::parse(&login_url)
        .expect("login URL")
        .join("wp-login.php")
        .expect("login action");
    let logged_in = browser.post_form(login_action.as_str(), &fields).await;
    assert_eq!(
        logged_in.status, 302,
        "the login succeeds:\n{}",
        logged_in.body
    );
    let back = logged_in
        .location
        .clone()
        .expect("a redirect back to the authorization page");
    assert!(
        back.contains("authorize-application.php"),
        "back to the authorization page: {back}"
    );

    // Logged in: the approval screen.
    let screen = browser.get(&back).await;
    assert_eq!(screen.status, 200, "the approval screen:\n{}", screen.body);
    assert!(screen.body.contains(app_name), "the screen names the app");
    let mut fields = form_fields(&screen.body, "authorize-application.php");
    assert!(
        fields.iter().any(|(n, _)| n == "_wpnonce"),
        "the approval form has a nonce:\n{}",
        screen.body
    );
    fields.push(("approve".into(), "Yes, I approve of this connection".into()));
    let action = Url::parse(&endpoint).expect("endpoint");
    let approved = browser.post_form(action.as_str(), &fields).await;
    assert_eq!(
        approved.status, 302,
        "approving redirects to the app:\n{}",
        approved.body
    );
    let location = approved
        .location
        .clone()
        .expect("the redirect to success_url");
    let to = Url::parse(&location).expect("success_url with the credentials");
    let query: BTreeMap<String, String> = to
        .query_pairs()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Approved {
        site_url: query.get("site_url").cloned().unwrap_or_default(),
        user_login: query.get("user_login").cloned().unwrap_or_default(),
        password: query.get("password").cloned().unwrap_or_default(),
        location,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_reads_the_named_form_and_decodes_values() {
        let html = r#"<form action="other.php"><input name="x" value="no"></form>
            <form action="https://h/wp-admin/authorize-application.php" method="post">
            <input type="hidden" id="_wpnonce" name="_wpnonce" value="abc123" />
            <input type="hidden" name="success_url" value="https://app.example/cb?a=1&#038;b=2" />
            <input type='text' name='app_name' value='Acme' required />
            <input type="submit" name="approve" value="Yes" />
            </form>"#;
        assert_eq!(
            form_fields(html, "authorize-application.php"),
            vec![
                ("_wpnonce".to_string(), "abc123".to_string()),
                (
                    "success_url".to_string(),
                    "https://app.example/cb?a=1&b=2".to_string()
                ),
                ("app_name".to_string(), "Acme".to_string()),
            ]
        );
    }
}
