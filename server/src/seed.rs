//! `jobs-server seed`: realistic synthetic employers and jobs for demos and benchmarks.
//!
//! Deterministic: the same `--seed` gives the same employers, jobs, ids and timestamps (a
//! splitmix64 generator, and times counted back from a fixed instant, not from now). Jobs are
//! written through tenant transactions (row-level security applies), in multi-row inserts.
//! No outbox events are written: this is data, not history.

use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use uuid::Uuid;

use crate::db::{DbError, EmployerContent, ImportedJob, Maintenance};
use crate::domain::job::{self, JobFields, JobStatus, Salary};

#[derive(Debug, Clone, Copy)]
pub struct SeedOptions {
    pub employers: u32,
    pub jobs: u32,
    pub seed: u64,
}

#[derive(Debug, Clone)]
pub struct SeedReport {
    pub employers: u32,
    /// The employers made, in order, with their job counts.
    pub employer_ids: Vec<(Uuid, u64)>,
    pub jobs: usize,
    pub elapsed: Duration,
}

/// splitmix64: tiny, fast, and the same sequence on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`; the modulo bias is negligible for these sizes).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// An item drawn with the given weights.
    pub fn weighted<'a, T>(&mut self, items: &'a [(T, u64)]) -> &'a T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (item, weight) in items {
            if roll < *weight {
                return item;
            }
            roll -= weight;
        }
        &items[items.len() - 1].0
    }

    pub fn uuid(&mut self) -> Uuid {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_le_bytes());
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

/// Department → titles in it. Some departments appear with other spellings below.
const DEPARTMENTS: &[(&str, &[&str])] = &[
    (
        "Front Office",
        &[
            "Front Office Manager",
            "Guest Relations Officer",
            "Receptionist",
            "Night Auditor",
            "Butler",
        ],
    ),
    (
        "Food & Beverage",
        &[
            "Waiter",
            "Bartender",
            "Restaurant Manager",
            "Sommelier",
            "F&B Supervisor",
        ],
    ),
    (
        "Kitchen",
        &[
            "Chef de Partie",
            "Sous Chef",
            "Pastry Chef",
            "Commis Chef",
            "Executive Chef",
        ],
    ),
    (
        "Housekeeping",
        &[
            "Room Attendant",
            "Laundry Supervisor",
            "Executive Housekeeper",
            "Public Area Attendant",
        ],
    ),
    (
        "Engineering",
        &[
            "Maintenance Technician",
            "Electrician",
            "Plumber",
            "Chief Engineer",
            "AC Technician",
        ],
    ),
    (
        "Human Resources",
        &[
            "HR Officer",
            "Training Manager",
            "Recruitment Specialist",
            "HR Director",
        ],
    ),
    (
        "Finance",
        &[
            "Accountant",
            "Cost Controller",
            "Finance Manager",
            "Purchasing Officer",
            "Cashier",
        ],
    ),
    (
        "IT",
        &[
            "IT Manager",
            "Software Developer",
            "Network Administrator",
            "IT Support Technician",
            "Data Analyst",
        ],
    ),
    (
        "Spa & Wellness",
        &[
            "Spa Therapist",
            "Spa Manager",
            "Yoga Instructor",
            "Fitness Trainer",
        ],
    ),
    (
        "Water Sports",
        &[
            "Dive Instructor",
            "Water Sports Attendant",
            "Boat Captain",
            "Marine Biologist",
            "Snorkel Guide",
        ],
    ),
    (
        "Sales & Marketing",
        &[
            "Sales Manager",
            "Reservations Agent",
            "Digital Marketing Executive",
            "Revenue Manager",
        ],
    ),
    (
        "Security",
        &["Security Officer", "Lifeguard", "Security Supervisor"],
    ),
    (
        "Administration",
        &[
            "Administrative Officer",
            "Office Assistant",
            "Executive Secretary",
        ],
    ),
    (
        "Health",
        &[
            "Staff Nurse",
            "Medical Officer",
            "Pharmacist",
            "Lab Technician",
        ],
    ),
    (
        "Education",
        &[
            "Primary Teacher",
            "English Teacher",
            "Mathematics Lecturer",
            "School Counsellor",
        ],
    ),
    (
        "Construction",
        &[
            "Site Engineer",
            "Quantity Surveyor",
            "Mason",
            "Carpenter",
            "Project Manager",
        ],
    ),
    (
        "Transport",
        &[
            "Speedboat Driver",
            "Seaplane Ground Agent",
            "Delivery Driver",
            "Ferry Captain",
        ],
    ),
    (
        "Retail",
        &["Boutique Attendant", "Store Manager", "Sales Assistant"],
    ),
];

/// Other spellings people type for the same department (the taxonomy merges them).
const DEPARTMENT_VARIANTS: &[(&str, &str)] = &[
    ("Human Resources", "human resources"),
    ("Human Resources", "HUMAN RESOURCES"),
    ("Food & Beverage", "Food and Beverage"),
    ("Food & Beverage", "food & beverage"),
    ("IT", "it"),
];

const LOCATIONS: &[(&str, u64)] = &[
    ("Malé", 30),
    ("Male'", 3),
    ("Hulhumalé", 14),
    ("Addu City", 7),
    ("Fuvahmulah", 4),
    ("Kulhudhuffushi", 4),
    ("Thinadhoo", 3),
    ("Naifaru", 2),
    ("Eydhafushi", 2),
    ("Villingili", 2),
    ("Resort island, Baa Atoll", 5),
    ("Resort island, North Malé Atoll", 7),
    ("Resort island, South Ari Atoll", 5),
    ("Resort island, Lhaviyani Atoll", 3),
    ("Resort island, Raa Atoll", 3),
    ("Resort island, Dhaalu Atoll", 2),
    ("Resort island, Laamu Atoll", 2),
];

const EXTRA_LANGUAGES: &[(&str, u64)] = &[
    ("Arabic", 3),
    ("Chinese", 4),
    ("Russian", 4),
    ("Italian", 3),
    ("German", 3),
    ("Japanese", 2),
    ("Hindi", 3),
    ("French", 2),
];

const EMPLOYMENT_TYPES: &[(&str, u64)] = &[
    ("full_time", 70),
    ("contract", 12),
    ("part_time", 6),
    ("temporary", 5),
    ("internship", 5),
    ("volunteer", 2),
];

const WORKPLACES: &[(&str, u64)] = &[("on_site", 90), ("hybrid", 7), ("remote", 3)];

const SENIORITY: &[(&str, u64)] = &[
    ("", 70),
    ("Senior ", 12),
    ("Junior ", 8),
    ("Assistant ", 10),
];

const EMPLOYER_PREFIXES: &[&str] = &[
    "Coral",
    "Lagoon",
    "Reef",
    "Sandbank",
    "Atoll",
    "Palm",
    "Blue Horizon",
    "Turtle Bay",
    "Manta",
    "Sunset",
    "Dhoni",
    "Moonlight",
    "Seagrass",
    "Whale Shark",
    "Emerald",
];

const EMPLOYER_SUFFIXES: &[&str] = &[
    "Island Resort",
    "Resort & Spa",
    "Hotels",
    "Holdings",
    "Trading",
    "Construction",
    "Hospital",
    "International School",
    "Travels",
    "Marine Services",
    "Water Villas",
    "Logistics",
];

const DUTIES: &[&str] = &[
    "Deliver warm, personalised service to every guest.",
    "Keep standards of hygiene and safety at all times.",
    "Work closely with the team to meet daily targets.",
    "Train and support new team members.",
    "Prepare reports for the department head.",
    "Handle guest requests and complaints with care.",
    "Maintain stock and order supplies in time.",
    "Follow the company's policies and procedures.",
    "Take part in island activities and events.",
    "Plan shifts and rosters for the section.",
];

const BENEFITS: &[&str] = &[
    "Accommodation, duty meals and uniform are provided.",
    "Medical insurance and annual leave as per the Employment Act.",
    "Service charge is shared with all staff.",
    "Return flight tickets once a year for expatriate staff.",
    "Training and career growth within the group.",
    "Staff transport between Malé and Hulhumalé.",
];

const REQUIREMENTS: &[&str] = &[
    "At least two years of experience in a similar role.",
    "A diploma or degree in a related field.",
    "Good communication skills and a positive attitude.",
    "Able to work in shifts, weekends and public holidays.",
    "Experience in a luxury resort is an advantage.",
    "Computer literacy (Microsoft Office) is required.",
];

/// Seeds `options.employers` employers sharing `options.jobs` jobs.
pub async fn run(db: &Maintenance, options: SeedOptions) -> Result<SeedReport, String> {
    let started = Instant::now();
    let mut rng = Rng::new(options.seed);
    let employers = options.employers.max(1);
    // Uneven sizes, as in life: a few large groups, many small employers.
    let weights: Vec<u64> = (0..employers).map(|_| 1 + rng.below(20).pow(2)).collect();
    let total: u64 = weights.iter().sum();
    let mut remaining = u64::from(options.jobs);
    let mut written = 0;
    let mut employer_ids = Vec::with_capacity(weights.len());
    for (index, weight) in weights.iter().enumerate() {
        let count = if index as u32 + 1 == employers {
            remaining
        } else {
            (u64::from(options.jobs) * weight / total).min(remaining)
        };
        remaining -= count;
        let employer_id = rng.uuid();
        employer_ids.push((employer_id, count));
        let name = format!(
            "{} {}",
            rng.pick(EMPLOYER_PREFIXES),
            rng.pick(EMPLOYER_SUFFIXES)
        );
        let logo_url = rng
            .chance(50)
            .then(|| format!("https://assets.example.com/logos/{employer_id}.png"));
        let jobs: Vec<ImportedJob> = (0..count).map(|_| synthetic_job(&mut rng)).collect();
        let mut tx = db.begin_tenant(employer_id).await.map_err(describe)?;
        tx.employer_ensure().await.map_err(describe)?;
        // A careers page for each (the slug from the name and the id, the colour from the id:
        // no draw from `rng`, so a seed's jobs stay what they were).
        let slug = seed_slug(&name, employer_id);
        tx.employer_claim_slug(&slug).await.map_err(describe)?;
        let hue = employer_id.as_bytes();
        tx.employer_update(&EmployerContent {
            name,
            website: None,
            logo_url,
            brand_color: Some(format!(
                "#{:02x}{:02x}{:02x}",
                hue[0] / 2,
                hue[1] / 2,
                hue[2] / 2
            )),
            about: None,
            settings: serde_json::json!({}),
            slug: Some(slug),
            logo_upload_id: None,
            logo_object_key: None,
            logo_content_type: None,
        })
        .await
        .map_err(describe)?;
        written += tx.jobs_import(&jobs).await.map_err(describe)?;
        tx.commit().await.map_err(describe)?;
    }
    if let Err(error) = db.vacuum_search_tables().await {
        tracing::warn!(%error, "could not vacuum and analyze after seeding");
    }
    Ok(SeedReport {
        employers,
        employer_ids,
        jobs: written,
        elapsed: started.elapsed(),
    })
}

fn describe(error: DbError) -> String {
    match error {
        DbError::Unique(_) => {
            "the database already holds jobs of this seed (use another --seed or database)".into()
        }
        other => other.to_string(),
    }
}

/// The fixed instant seeded times count back from (so a seed always gives the same data).
fn epoch() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

fn synthetic_job(rng: &mut Rng) -> ImportedJob {
    let (department, titles) = *rng.pick(DEPARTMENTS);
    let title = format!("{}{}", rng.weighted(SENIORITY), rng.pick(titles));
    let variants: Vec<&str> = DEPARTMENT_VARIANTS
        .iter()
        .filter(|(canonical, _)| *canonical == department)
        .map(|(_, variant)| *variant)
        .collect();
    let department_label = if !variants.is_empty() && rng.chance(8) {
        *rng.pick(&variants)
    } else {
        department
    };
    let location = *rng.weighted(LOCATIONS);
    let mut languages = Vec::new();
    if rng.chance(92) {
        languages.push("English".to_string());
    }
    if rng.chance(60) {
        languages.push("Dhivehi".to_string());
    }
    if location.starts_with("Resort") && rng.chance(40) {
        languages.push(rng.weighted(EXTRA_LANGUAGES).to_string());
    }
    let employment_type = *rng.weighted(EMPLOYMENT_TYPES);
    let mut description = format!(
        "We are looking for a {title} to join our {} team in {location}. ",
        department.to_lowercase()
    );
    for _ in 0..2 + rng.below(3) {
        let sentence: &&str = rng.pick(DUTIES);
        description.push_str(sentence);
        description.push(' ');
    }
    let sentence: &&str = rng.pick(REQUIREMENTS);
    description.push_str(sentence);
    description.push(' ');
    if let Some(language) = languages.first() {
        description.push_str(&format!("Fluency in {language} is required. "));
    }
    let sentence: &&str = rng.pick(BENEFITS);
    description.push_str(sentence);
    let salary = rng.chance(60).then(|| {
        let base = 8_000 + 1_000 * rng.below(30) as i64;
        Salary {
            min: Some(base),
            max: Some(base + 1_000 * (2 + rng.below(10) as i64)),
            currency: "MVR".into(),
            period: job::SalaryPeriod::Month,
        }
    });

    let created_at = epoch() - chrono::Duration::seconds(rng.below(180 * 86_400) as i64);
    let status = *rng.weighted(&[
        (JobStatus::Published, 80),
        (JobStatus::Draft, 12),
        (JobStatus::Closed, 8),
    ]);
    let published_at = (status != JobStatus::Draft)
        .then(|| created_at + chrono::Duration::seconds(rng.below(7 * 86_400) as i64));
    let closed_at = (status == JobStatus::Closed).then(|| {
        published_at.unwrap_or(created_at) + chrono::Duration::days(7 + rng.below(50) as i64)
    });
    let closing_date = published_at
        .filter(|_| rng.chance(50))
        .map(|p| (p + chrono::Duration::days(30)).date_naive());

    let mut fields = JobFields::draft(title);
    fields.description = description;
    fields.department = Some(job::normalize_label(department_label.to_string()));
    fields.languages = job::normalize_labels(languages);
    fields.location = Some(location.to_string());
    let workplace: &&str = rng.weighted(WORKPLACES);
    fields.workplace_type = job::WorkplaceType::parse(workplace);
    fields.employment_type = job::EmploymentType::parse(employment_type);
    fields.salary = salary;
    fields.vacancies = 1 + rng.below(4) as i32;
    fields.reference_number = Some(format!("REF-{:06}", rng.below(1_000_000)));
    fields.closing_date = closing_date;
    ImportedJob {
        id: rng.uuid(),
        // Stored as a request would store it (the row records the sanitizer policy).
        fields: fields.sanitized(),
        status,
        created_by: "seed".into(),
        created_at,
        published_at,
        closed_at,
    }
}

/// A seeded employer's careers slug: its name in lower case, hyphenated, and six hex digits
/// of its id (names repeat).
fn seed_slug(name: &str, id: uuid::Uuid) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let hex = id.simple().to_string();
    format!("{}-{}", words.join("-"), &hex[..6])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_is_deterministic() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let ja = synthetic_job(&mut a);
        let jb = synthetic_job(&mut b);
        assert_eq!(ja.id, jb.id);
        assert_eq!(ja.fields, jb.fields);
        assert_eq!(ja.created_at, jb.created_at);
        assert_ne!(Rng::new(8).next_u64(), Rng::new(7).next_u64());
    }

    #[test]
    fn seeded_jobs_are_consistent() {
        let mut rng = Rng::new(1);
        for _ in 0..2_000 {
            let job = synthetic_job(&mut rng);
            assert!(job::validate(&job.fields).is_empty());
            match job.status {
                JobStatus::Draft => assert!(job.published_at.is_none()),
                JobStatus::Published => {
                    assert!(job.published_at.is_some() && job.closed_at.is_none())
                }
                JobStatus::Closed => assert!(job.closed_at > job.published_at),
            }
            assert!(job.published_at.is_none_or(|p| p >= job.created_at));
        }
    }
}
