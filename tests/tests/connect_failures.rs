//! `net.connect` says what happened, from real sockets on loopback: a port nobody listens on
//! refuses, a server that answers something other than HTTP did answer (it is not "does not
//! answer"), one that closes the connection at once sent nothing, and one that never says anything
//! does not answer.

use std::time::Duration;

use handshake_engine::{diagnose, no_progress, DiagnoseOptions, FindingId, Report, StoreUrl};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

async fn run(url: &str, timeout: Duration) -> Report {
    let mut opts = DiagnoseOptions::new(StoreUrl::parse(url).unwrap());
    opts.offline_dns = true;
    opts.timeout = timeout;
    diagnose(opts, no_progress()).await.unwrap()
}

fn connect_finding(report: &Report) -> (String, String) {
    let f = report.finding(FindingId::NetConnect).unwrap_or_else(|| {
        panic!(
            "no net.connect: {:?}",
            report.findings.iter().map(|f| f.id).collect::<Vec<_>>()
        )
    });
    (f.title.clone(), f.explanation.clone())
}

/// A server on loopback that treats every connection with `behave`.
async fn server<F, Fut>(behave: F) -> u16
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(behave(socket));
        }
    });
    port
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_answers_garbage_is_not_said_to_be_silent() {
    let port = server(|mut s| async move {
        let mut buf = [0u8; 1024];
        let _ = s.read(&mut buf).await;
        let _ = s
            .write_all(b"SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n")
            .await;
    })
    .await;
    let report = run(&format!("http://127.0.0.1:{port}/"), Duration::from_secs(5)).await;
    let (title, explanation) = connect_finding(&report);
    assert!(!title.contains("does not answer"), "{title}");
    assert!(title.contains("not a web page"), "{title}");
    assert!(title.contains(&format!("port {port}")), "{title}");
    assert!(explanation.contains("is not HTTP"), "{explanation}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_port_refuses() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let report = run(&format!("http://127.0.0.1:{port}/"), Duration::from_secs(5)).await;
    let (title, explanation) = connect_finding(&report);
    assert!(title.contains("refuses connections"), "{title}");
    assert!(
        explanation.contains("refused the connection"),
        "{explanation}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_hangs_up_sent_no_answer() {
    // Hung up before reading the request (the kernel resets the connection), and after reading it
    // (an orderly close with nothing sent).
    let reset = server(|s| async move { drop(s) }).await;
    let closed = server(|mut s| async move {
        let mut buf = [0u8; 4096];
        let _ = s.read(&mut buf).await;
        let _ = s.shutdown().await;
    })
    .await;
    for port in [reset, closed] {
        let report = run(&format!("http://127.0.0.1:{port}/"), Duration::from_secs(5)).await;
        let (title, explanation) = connect_finding(&report);
        assert!(title.contains("without answering"), "{title}");
        assert!(
            explanation.contains("closed it without sending any answer"),
            "{explanation}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_never_answers_does_not_answer() {
    let port = server(|s| async move {
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(s)
    })
    .await;
    let report = run(&format!("http://127.0.0.1:{port}/"), Duration::from_secs(2)).await;
    let (title, explanation) = connect_finding(&report);
    assert!(title.contains("does not answer"), "{title}");
    assert!(explanation.contains("nothing answered"), "{explanation}");
}
