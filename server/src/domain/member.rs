//! The employer's team: members (mirrors of the tokens seen), their status, and the parts they
//! play in hiring for a job.

/// Whether a member's tokens work for the employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberStatus {
    Active,
    Deactivated,
}

impl MemberStatus {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(Self::Active),
            "deactivated" => Some(Self::Deactivated),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Deactivated => "deactivated",
        }
    }
}

/// A member's part in hiring for one job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TeamRole {
    HiringManager,
    Recruiter,
    Interviewer,
}

impl TeamRole {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "hiring_manager" => Some(Self::HiringManager),
            "recruiter" => Some(Self::Recruiter),
            "interviewer" => Some(Self::Interviewer),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::HiringManager => "hiring_manager",
            Self::Recruiter => "recruiter",
            Self::Interviewer => "interviewer",
        }
    }
}

/// The most members a job's team has (the contract's bound).
pub const MAX_TEAM: usize = 50;

/// JSON Pointers of list members, so that a 422 names the exact one (pointers are static).
const MENTION_POINTERS: [&str; 20] = [
    "/mentions/0",
    "/mentions/1",
    "/mentions/2",
    "/mentions/3",
    "/mentions/4",
    "/mentions/5",
    "/mentions/6",
    "/mentions/7",
    "/mentions/8",
    "/mentions/9",
    "/mentions/10",
    "/mentions/11",
    "/mentions/12",
    "/mentions/13",
    "/mentions/14",
    "/mentions/15",
    "/mentions/16",
    "/mentions/17",
    "/mentions/18",
    "/mentions/19",
];
const TEAM_POINTERS: [&str; MAX_TEAM] = [
    "/members/0/member_id",
    "/members/1/member_id",
    "/members/2/member_id",
    "/members/3/member_id",
    "/members/4/member_id",
    "/members/5/member_id",
    "/members/6/member_id",
    "/members/7/member_id",
    "/members/8/member_id",
    "/members/9/member_id",
    "/members/10/member_id",
    "/members/11/member_id",
    "/members/12/member_id",
    "/members/13/member_id",
    "/members/14/member_id",
    "/members/15/member_id",
    "/members/16/member_id",
    "/members/17/member_id",
    "/members/18/member_id",
    "/members/19/member_id",
    "/members/20/member_id",
    "/members/21/member_id",
    "/members/22/member_id",
    "/members/23/member_id",
    "/members/24/member_id",
    "/members/25/member_id",
    "/members/26/member_id",
    "/members/27/member_id",
    "/members/28/member_id",
    "/members/29/member_id",
    "/members/30/member_id",
    "/members/31/member_id",
    "/members/32/member_id",
    "/members/33/member_id",
    "/members/34/member_id",
    "/members/35/member_id",
    "/members/36/member_id",
    "/members/37/member_id",
    "/members/38/member_id",
    "/members/39/member_id",
    "/members/40/member_id",
    "/members/41/member_id",
    "/members/42/member_id",
    "/members/43/member_id",
    "/members/44/member_id",
    "/members/45/member_id",
    "/members/46/member_id",
    "/members/47/member_id",
    "/members/48/member_id",
    "/members/49/member_id",
];
const REASON_ID_POINTERS: [&str; 50] = [
    "/reasons/0/id",
    "/reasons/1/id",
    "/reasons/2/id",
    "/reasons/3/id",
    "/reasons/4/id",
    "/reasons/5/id",
    "/reasons/6/id",
    "/reasons/7/id",
    "/reasons/8/id",
    "/reasons/9/id",
    "/reasons/10/id",
    "/reasons/11/id",
    "/reasons/12/id",
    "/reasons/13/id",
    "/reasons/14/id",
    "/reasons/15/id",
    "/reasons/16/id",
    "/reasons/17/id",
    "/reasons/18/id",
    "/reasons/19/id",
    "/reasons/20/id",
    "/reasons/21/id",
    "/reasons/22/id",
    "/reasons/23/id",
    "/reasons/24/id",
    "/reasons/25/id",
    "/reasons/26/id",
    "/reasons/27/id",
    "/reasons/28/id",
    "/reasons/29/id",
    "/reasons/30/id",
    "/reasons/31/id",
    "/reasons/32/id",
    "/reasons/33/id",
    "/reasons/34/id",
    "/reasons/35/id",
    "/reasons/36/id",
    "/reasons/37/id",
    "/reasons/38/id",
    "/reasons/39/id",
    "/reasons/40/id",
    "/reasons/41/id",
    "/reasons/42/id",
    "/reasons/43/id",
    "/reasons/44/id",
    "/reasons/45/id",
    "/reasons/46/id",
    "/reasons/47/id",
    "/reasons/48/id",
    "/reasons/49/id",
];
const REASON_LABEL_POINTERS: [&str; 50] = [
    "/reasons/0/label",
    "/reasons/1/label",
    "/reasons/2/label",
    "/reasons/3/label",
    "/reasons/4/label",
    "/reasons/5/label",
    "/reasons/6/label",
    "/reasons/7/label",
    "/reasons/8/label",
    "/reasons/9/label",
    "/reasons/10/label",
    "/reasons/11/label",
    "/reasons/12/label",
    "/reasons/13/label",
    "/reasons/14/label",
    "/reasons/15/label",
    "/reasons/16/label",
    "/reasons/17/label",
    "/reasons/18/label",
    "/reasons/19/label",
    "/reasons/20/label",
    "/reasons/21/label",
    "/reasons/22/label",
    "/reasons/23/label",
    "/reasons/24/label",
    "/reasons/25/label",
    "/reasons/26/label",
    "/reasons/27/label",
    "/reasons/28/label",
    "/reasons/29/label",
    "/reasons/30/label",
    "/reasons/31/label",
    "/reasons/32/label",
    "/reasons/33/label",
    "/reasons/34/label",
    "/reasons/35/label",
    "/reasons/36/label",
    "/reasons/37/label",
    "/reasons/38/label",
    "/reasons/39/label",
    "/reasons/40/label",
    "/reasons/41/label",
    "/reasons/42/label",
    "/reasons/43/label",
    "/reasons/44/label",
    "/reasons/45/label",
    "/reasons/46/label",
    "/reasons/47/label",
    "/reasons/48/label",
    "/reasons/49/label",
];

/// `/mentions/<i>` (the last one past the bound).
pub fn mention_pointer(i: usize) -> &'static str {
    MENTION_POINTERS[i.min(MENTION_POINTERS.len() - 1)]
}

/// `/members/<i>/member_id` of a team replacement.
pub fn team_pointer(i: usize) -> &'static str {
    TEAM_POINTERS[i.min(TEAM_POINTERS.len() - 1)]
}

/// `/reasons/<i>/id` of a rejection-reasons replacement.
pub fn reason_id_pointer(i: usize) -> &'static str {
    REASON_ID_POINTERS[i.min(REASON_ID_POINTERS.len() - 1)]
}

/// `/reasons/<i>/label` of a rejection-reasons replacement.
pub fn reason_label_pointer(i: usize) -> &'static str {
    REASON_LABEL_POINTERS[i.min(REASON_LABEL_POINTERS.len() - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_pointers_name_their_index() {
        for s in [MemberStatus::Active, MemberStatus::Deactivated] {
            assert_eq!(MemberStatus::parse(s.as_str()), Some(s));
        }
        for r in [
            TeamRole::HiringManager,
            TeamRole::Recruiter,
            TeamRole::Interviewer,
        ] {
            assert_eq!(TeamRole::parse(r.as_str()), Some(r));
        }
        assert_eq!(TeamRole::parse("admin"), None);
        assert_eq!(mention_pointer(3), "/mentions/3");
        assert_eq!(team_pointer(49), "/members/49/member_id");
        assert_eq!(reason_label_pointer(0), "/reasons/0/label");
    }
}
