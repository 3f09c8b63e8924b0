//! Quotas and policies: how many requests per window, for whom.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub limit: u32,
    pub window: Duration,
}

impl Quota {
    /// Parses `N/W` where W is seconds, optionally with a unit: `600/60`, `600/60s`, `10/1m`.
    pub fn parse(text: &str) -> Option<Quota> {
        let (limit, window) = text.trim().split_once('/')?;
        let limit: u32 = limit.trim().parse().ok().filter(|l| *l > 0)?;
        let window = window.trim();
        let (number, unit) = match window.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
            Some((i, _)) => window.split_at(i),
            None => (window, "s"),
        };
        let seconds: u64 = number.parse().ok().filter(|s| *s > 0)?;
        let seconds = match unit {
            "s" => seconds,
            "m" => seconds.checked_mul(60)?,
            "h" => seconds.checked_mul(3600)?,
            _ => return None,
        };
        Some(Quota {
            limit,
            window: Duration::from_secs(seconds),
        })
    }
}

/// A named quota applied to one kind of identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// The name clients see in `RateLimit-Policy`.
    pub name: &'static str,
    pub quota: Quota,
}

/// The policies of this deployment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policies {
    /// Every request, per client IP.
    pub ip: Policy,
    /// Every request with a valid token, per token subject.
    pub subject: Policy,
    /// Public search, per client IP (on top of `ip`).
    pub search: Policy,
    /// Public apply, per client IP (on top of `ip`).
    pub apply: Policy,
}

impl Default for Policies {
    fn default() -> Self {
        let q = |limit, secs| Quota {
            limit,
            window: Duration::from_secs(secs),
        };
        Self {
            ip: Policy {
                name: "ip",
                quota: q(3000, 60),
            },
            subject: Policy {
                name: "subject",
                quota: q(1200, 60),
            },
            search: Policy {
                name: "search",
                quota: q(300, 60),
            },
            apply: Policy {
                name: "apply",
                quota: q(10, 60),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_quotas_with_units() {
        assert_eq!(
            Quota::parse("600/60"),
            Some(Quota {
                limit: 600,
                window: Duration::from_secs(60)
            })
        );
        assert_eq!(
            Quota::parse("10/1m").map(|q| q.window),
            Some(Duration::from_secs(60))
        );
        assert_eq!(
            Quota::parse(" 5 / 2h ").map(|q| q.window),
            Some(Duration::from_secs(7200))
        );
        for bad in ["", "10", "0/60", "10/0", "x/60", "10/5d", "10/-1"] {
            assert_eq!(Quota::parse(bad), None, "{bad}");
        }
    }
}
