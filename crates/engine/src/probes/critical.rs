//! The physical limit of a diagnosis: the longest chain of *dependent* round trips through the probe
//! graph ([`ProbeId::deps`], restricted to the plan exactly as [`super::graph::run`] restricts it).
//! No scheduler can finish a run sooner than this chain, however parallel it is; the benchmark
//! (`cargo run -p handshake-bench -- doctor`, docs/performance.md) compares the real run against it.
//!
//! Cost model (round trips, one per line):
//! - `dns`: 0 — resolved locally or from `--resolve`; a resolver's RTT is not the store's.
//! - `tcp`: 1 — SYN / SYN-ACK on its own connection.
//! - `tls`: 2 — its own connection: TCP (1) + a TLS 1.3 handshake (1).
//! - an HTTP probe: 1 per response it reads (each redirect hop is one more), plus connection setup
//!   when it cannot reuse a pooled connection: TCP (1) + TLS (1) over https. The home probe always
//!   pays it (it is the first request); the others reuse the warm HTTP/2 connection when the store
//!   negotiated h2, and otherwise (HTTP/1.1, one request per connection at a time) pay it too.
//! - a skipped probe: 0.
//!
//! With the scenario store's `latency` option (a sleep before every response, loopback otherwise)
//! only responses cost time, so [`CostModel::ResponsesOnly`] is the bound for that setup; under a real
//! network delay (`tc netem`) use [`CostModel::Network`].

use std::collections::HashMap;

use super::id::ProbeId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostModel {
    /// Only responses cost a round trip (the store's injected latency; loopback handshakes are free).
    ResponsesOnly,
    /// Every round trip costs: TCP and TLS setup too. `h2` = later probes reuse one connection.
    Network { https: bool, h2: bool },
}

/// Round trips `id` costs on its own, given how many responses it read (`responses`, redirects
/// included; 0 when it was skipped).
pub fn probe_rtts(id: ProbeId, responses: u32, model: CostModel) -> u32 {
    match (model, id) {
        (_, ProbeId::Dns) => 0,
        (CostModel::ResponsesOnly, ProbeId::Tcp | ProbeId::Tls) => 0,
        (CostModel::ResponsesOnly, _) => responses,
        (CostModel::Network { .. }, ProbeId::Tcp) => 1,
        (CostModel::Network { https, .. }, ProbeId::Tls) => {
            if https {
                2
            } else {
                0
            }
        }
        (CostModel::Network { .. }, _) if responses == 0 => 0,
        (CostModel::Network { https, h2 }, id) => {
            let setup = 1 + u32::from(https);
            let reuses = h2 && id != ProbeId::Home;
            responses + if reuses { 0 } else { setup }
        }
    }
}

/// The longest dependent chain through `plan` under `cost` (round trips per probe): its total and the
/// probes on it, first to last. Dependencies outside the plan are ignored, as the scheduler does.
pub fn critical_path(plan: &[ProbeId], cost: impl Fn(ProbeId) -> u32) -> (u32, Vec<ProbeId>) {
    fn longest(
        id: ProbeId,
        plan: &[ProbeId],
        cost: &dyn Fn(ProbeId) -> u32,
        memo: &mut HashMap<ProbeId, (u32, Vec<ProbeId>)>,
    ) -> (u32, Vec<ProbeId>) {
        if let Some(hit) = memo.get(&id) {
            return hit.clone();
        }
        // The graph is a DAG by construction (deps only point "up" the ladder dns → home → auth → access).
        let mut best: (u32, Vec<ProbeId>) = (0, Vec::new());
        for d in id.deps().into_iter().filter(|d| plan.contains(d)) {
            let sub = longest(d, plan, cost, memo);
            if sub.0 > best.0 || best.1.is_empty() {
                best = sub;
            }
        }
        best.0 += cost(id);
        best.1.push(id);
        memo.insert(id, best.clone());
        best
    }
    let mut memo = HashMap::new();
    plan.iter()
        .map(|id| longest(*id, plan, &cost, &mut memo))
        .max_by_key(|(total, _)| *total)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Resource;
    use ProbeId::*;

    fn full_plan() -> Vec<ProbeId> {
        vec![
            Dns,
            Tcp,
            Tls,
            Home,
            RestIndex,
            WcAuth,
            AuthBasic,
            AuthQuery,
            Read(Resource::Orders),
            Write(Resource::Orders),
        ]
    }

    #[test]
    fn healthy_plan_is_home_then_sign_in_then_access() {
        let plan = full_plan();
        let (rtts, path) = critical_path(&plan, |id| {
            probe_rtts(
                id,
                if id == Dns || id == Tcp || id == Tls {
                    0
                } else {
                    1
                },
                CostModel::ResponsesOnly,
            )
        });
        assert_eq!(rtts, 3);
        assert_eq!(path.first(), Some(&Dns));
        assert_eq!(path.get(1), Some(&Home));
        // Network model over https with h2: home pays TCP + TLS (2) + 1, then 1 and 1.
        let (rtts, _) = critical_path(&plan, |id| {
            probe_rtts(
                id,
                1,
                CostModel::Network {
                    https: true,
                    h2: true,
                },
            )
        });
        assert_eq!(rtts, 5);
        // HTTP/1.1: every concurrent probe opens its own connection.
        let (rtts, _) = critical_path(&plan, |id| {
            probe_rtts(
                id,
                1,
                CostModel::Network {
                    https: true,
                    h2: false,
                },
            )
        });
        assert_eq!(rtts, 9);
    }

    #[test]
    fn without_credentials_the_chain_is_home_then_rest() {
        let plan = vec![Dns, Tcp, Tls, Home, RestIndex, WcAuth];
        let (rtts, path) = critical_path(&plan, |id| {
            probe_rtts(
                id,
                if id == WcAuth { 2 } else { 1 },
                CostModel::ResponsesOnly,
            )
        });
        assert_eq!(rtts, 3);
        assert_eq!(path.last(), Some(&WcAuth));
    }
}
