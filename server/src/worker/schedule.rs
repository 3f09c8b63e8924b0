//! When to try again (every worker's retries): Svix's schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after the
//! first attempt; eight attempts over about 27 hours), with full jitter and the operator's
//! scale, and `Retry-After` honoured within the schedule's longest step.

use std::time::Duration;

/// The delays before retries 1..=7.
pub const SCHEDULE: [Duration; 7] = [
    Duration::from_secs(5),
    Duration::from_secs(5 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(2 * 3600),
    Duration::from_secs(5 * 3600),
    Duration::from_secs(10 * 3600),
    Duration::from_secs(10 * 3600),
];

/// Retries after the first attempt.
pub const RETRIES: i32 = SCHEDULE.len() as i32;

/// A failing subscription is disabled after this long without a success (scaled).
pub const DISABLE_AFTER: Duration = Duration::from_secs(5 * 24 * 3600);

/// The delay before the next attempt, given how many retries are left after it
/// (`retries_left` as stored before this failure), a uniform draw `jitter` in [0, 1) and the
/// receiver's `Retry-After`. Full jitter spreads retries of many deliveries that failed
/// together (an endpoint's outage) over the whole step instead of sending them at once; the
/// floor keeps a retry from coming back immediately.
pub fn delay(
    retries_left: i32,
    jitter: f64,
    retry_after: Option<Duration>,
    scale: f64,
) -> Duration {
    let index = usize::try_from(RETRIES - retries_left.clamp(1, RETRIES)).unwrap_or(0);
    let step = SCHEDULE[index.min(SCHEDULE.len() - 1)].mul_f64(scale);
    let jittered = step.mul_f64(0.1 + 0.9 * jitter.clamp(0.0, 1.0));
    let longest = SCHEDULE[SCHEDULE.len() - 1].mul_f64(scale);
    match retry_after {
        Some(wanted) => jittered.max(wanted.min(longest)),
        None => jittered,
    }
}

/// `DISABLE_AFTER` under the operator's scale.
pub fn disable_after(scale: f64) -> Duration {
    DISABLE_AFTER.mul_f64(scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_schedule_in_order() {
        // The first failure leaves 7 retries: its delay is drawn from the 5 s step.
        assert_eq!(delay(7, 1.0, None, 1.0), Duration::from_secs(5));
        assert_eq!(delay(6, 1.0, None, 1.0), Duration::from_secs(300));
        assert_eq!(delay(1, 1.0, None, 1.0), Duration::from_secs(36_000));
    }

    #[test]
    fn jitter_spreads_within_the_step_and_never_to_zero() {
        let low = delay(6, 0.0, None, 1.0);
        let high = delay(6, 0.999, None, 1.0);
        assert_eq!(low, Duration::from_secs(30));
        assert!(high > Duration::from_secs(290) && high <= Duration::from_secs(300));
    }

    #[test]
    fn retry_after_is_honoured_but_bounded() {
        let d = delay(7, 0.0, Some(Duration::from_secs(120)), 1.0);
        assert_eq!(d, Duration::from_secs(120));
        let d = delay(7, 0.0, Some(Duration::from_secs(10 * 86_400)), 1.0);
        assert_eq!(d, Duration::from_secs(36_000));
    }

    #[test]
    fn scale_shrinks_everything() {
        assert_eq!(delay(7, 1.0, None, 0.001), Duration::from_millis(5));
        assert_eq!(disable_after(0.001), Duration::from_secs(432));
    }
}
