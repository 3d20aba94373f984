//! A minimal HTTP/1.0 client that can pick its source address (127.0.0.1 or 127.0.0.2), so the
//! tests can play "the app's server" and "someone else" against IP rules on loopback.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub const ME: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);
/// Plays the app's server: profiles in these tests list this address.
pub const APP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

pub struct Request<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub headers: Vec<(&'a str, &'a str)>,
    pub body: &'a str,
    pub from: Ipv4Addr,
}

impl<'a> Request<'a> {
    pub fn get(path: &'a str) -> Request<'a> {
        Request {
            method: "GET",
            path,
            headers: Vec::new(),
            body: "",
            from: ME,
        }
    }
    pub fn method(mut self, method: &'a str) -> Self {
        self.method = method;
        self
    }
    pub fn header(mut self, name: &'a str, value: &'a str) -> Self {
        self.headers.push((name, value));
        self
    }
    pub fn body(mut self, body: &'a str) -> Self {
        self.body = body;
        self
    }
    pub fn from(mut self, from: Ipv4Addr) -> Self {
        self.from = from;
        self
    }

    pub fn send(&self, port: u16) -> Response {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime
            .block_on(async {
                tokio::time::timeout(Duration::from_secs(20), self.exchange(port)).await
            })
            .unwrap_or_else(|_| panic!("{} {} timed out", self.method, self.path))
    }

    async fn exchange(&self, port: u16) -> Response {
        let socket = tokio::net::TcpSocket::new_v4().expect("socket");
        socket
            .bind(SocketAddr::new(IpAddr::V4(self.from), 0))
            .expect("bind source address");
        let mut stream = socket
            .connect(SocketAddr::new(IpAddr::V4(ME), port))
            .await
            .unwrap_or_else(|e| panic!("connect :{port}: {e}"));
        let mut head = format!(
            "{} {} HTTP/1.0\r\nHost: shop.example.com\r\nUser-Agent: handshake-tests\r\nAccept: */*\r\nConnection: close\r\n",
            self.method, self.path
        );
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        if !self.body.is_empty() || matches!(self.method, "POST" | "PUT" | "PATCH") {
            head.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        }
        head.push_str("\r\n");
        head.push_str(self.body);
        stream.write_all(head.as_bytes()).await.expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.expect("read");
        let text = String::from_utf8_lossy(&raw).to_string();
        let status = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = text
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        Response { status, body }
    }
}

/// Waits until something accepts connections on the port.
pub fn wait_for_port(port: u16, what: &str, log: impl Fn() -> String) {
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while std::time::Instant::now() < deadline {
        if std::net::TcpStream::connect_timeout(
            &SocketAddr::new(IpAddr::V4(ME), port),
            Duration::from_millis(200),
        )
        .is_ok()
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not start on port {port}:\n{}", log());
}
