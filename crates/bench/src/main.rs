//! `handshake-bench`: numbers behind the speed and load claims in docs/performance.md.
//!
//! - `doctor`: the full in-process diagnosis against the scenario store with an injected round trip,
//!   next to its physical limit (the probe graph's critical path, from the engine's own graph) and
//!   a sequential baseline (the same requests one after another, a new connection each).
//! - `relay`: a bounded load generator against the callback relay (memory store or Redis).
//! - `relay-attacks`: each resource attack on the relay, and a legitimate desktop and store under it.
//! - `remote-check`: the relay's remote check under load (checks per second, p99, memory per check).
//!
//! Every loop here is bounded in count and time and stops by itself; everything runs on loopback.

mod doctor;
mod relay;
mod relay_attacks;
mod remote_check;
mod stats;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "handshake-bench",
    about = "Handshake benchmarks (loopback only, bounded)"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Diagnosis wall time vs. the critical-path lower bound vs. a sequential baseline.
    Doctor(doctor::Args),
    /// The relay under load: sessions, callbacks and pickups per second, latency, memory, limits.
    Relay(relay::Args),
    /// Each resource attack on the relay, with a legitimate desktop and store served under it.
    RelayAttacks(relay_attacks::Args),
    /// The relay's remote check under load: checks per second, p99, memory per check.
    RemoteCheck(remote_check::Args),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // reqwest is built without a default TLS provider in this workspace; the engine's is `ring`.
    let _ = handshake_engine::internals::net::provider()
        .as_ref()
        .clone()
        .install_default();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match cli.cmd {
        Cmd::Doctor(a) => rt.block_on(doctor::run(a)),
        Cmd::Relay(a) => rt.block_on(relay::run(a)),
        Cmd::RelayAttacks(a) => rt.block_on(relay_attacks::run(a)),
        Cmd::RemoteCheck(a) => rt.block_on(remote_check::run(a)),
    }
}
