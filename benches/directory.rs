//! Directory benchmark (`cargo bench --bench directory`): the nearest 20
//! places with their opening state among 100 000, and the import of a
//! 60 000-record DILA bulk file. Synthetic data, spread over metropolitan
//! France, with real-looking hours.

use std::time::{Duration, Instant};

use passerelle::places::directory::{Directory, Place};
use passerelle::places::import::{Format, Options, import_text};

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let mut rng = Lcg(42);
    let kinds = ["france-services", "ccas", "cpam", "pimms", "pass", "pmi"];
    let places: Vec<Place> = (0..100_000)
        .map(|i| Place {
            id: format!("p{i}"),
            name: format!("Place {i}"),
            kinds: vec![kinds[i % kinds.len()].to_string()],
            address: "1 rue de la Paix".into(),
            postcode: "75001".into(),
            town: "Paris".into(),
            lat: 42.5 + rng.next() * 8.5,
            lon: -4.5 + rng.next() * 12.0,
            phones: vec!["01 00 00 00 00".into()],
            email: None,
            website: None,
            opening_hours: Some(
                if i % 2 == 0 {
                    "Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00"
                } else {
                    "Tu,Th 08:30-12:30"
                }
                .into(),
            ),
            appointment: None,
            comment: None,
            publics: Vec::new(),
            free: None,
            modes: Vec::new(),
            source: "bench".into(),
            source_date: String::new(),
        })
        .collect();
    // The directory file read back, as the kiosk starts: on one line as
    // `services import` writes it, and indented over many lines (where
    // each place's problems name its line).
    let dir = std::env::temp_dir().join(format!("passerelle-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, text) in [
        (
            "one line",
            serde_json::to_string(&serde_json::json!({ "places": &places })),
        ),
        (
            "indented",
            serde_json::to_string_pretty(&serde_json::json!({ "places": &places })),
        ),
    ] {
        let file = dir.join("directory.json");
        std::fs::write(&file, text.expect("json")).expect("write");
        let start = Instant::now();
        let (loaded, problems) = Directory::load(&file).expect("load");
        println!(
            "read a directory file of 100000 places ({name}, {} MB): {:.0} ms",
            std::fs::metadata(&file).map_or(0, |m| m.len()) / 1_000_000,
            start.elapsed().as_secs_f64() * 1000.0
        );
        assert_eq!(loaded.entries.len(), 100_000);
        assert!(problems.is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);

    let start = Instant::now();
    let directory = Directory::from_places(places);
    println!(
        "load 100000 places: {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    // Hours are parsed when a place's state is first asked for: all of them here.
    let at = jiff::civil::date(2026, 11, 25).at(10, 0, 0, 0);
    let start = Instant::now();
    let open = directory
        .entries
        .iter()
        .filter(|e| {
            matches!(
                e.state(at),
                passerelle::places::directory::OpenState::Open(_)
            )
        })
        .count();
    println!(
        "the opening state of every one of the 100000 (their hours parsed then): {:.0} ms ({open} open)",
        start.elapsed().as_secs_f64() * 1000.0
    );

    let mut times = Vec::new();
    let mut all_kinds = Vec::new();
    let filter = vec!["ccas".to_string(), "france-services".to_string()];
    for i in 0..500 {
        let (lat, lon) = (43.0 + rng.next() * 7.0, -1.0 + rng.next() * 8.0);
        let start = Instant::now();
        let found = directory.near(
            lat,
            lon,
            if i % 2 == 0 { &filter } else { &all_kinds },
            at,
            20,
        );
        times.push(start.elapsed());
        assert_eq!(found.len(), 20);
    }
    all_kinds.clear();
    println!(
        "nearest 20 with opening state among 100000: median {:.3} ms, max {:.3} ms (500 queries)",
        median(times.clone()).as_secs_f64() * 1000.0,
        times
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0
    );

    // A thousand places open round the clock, written the way the DILA
    // importer writes a 24-hour service: the list with their states, and one
    // place page (its week of hours).
    let always: Vec<Place> = (0..1000)
        .map(|i| Place {
            id: format!("h{i}"),
            name: format!("Accueil 24h {i}"),
            kinds: vec!["ccas".to_string()],
            address: "1 place de la Mairie".into(),
            postcode: "69001".into(),
            town: "Lyon".into(),
            lat: 45.70 + rng.next() * 0.1,
            lon: 4.80 + rng.next() * 0.1,
            phones: Vec::new(),
            email: None,
            website: None,
            opening_hours: Some("Mo-Su 00:00-24:00".into()),
            appointment: None,
            comment: None,
            publics: Vec::new(),
            free: None,
            modes: Vec::new(),
            source: "bench".into(),
            source_date: String::new(),
        })
        .collect();
    let always = Directory::from_places(always);
    let mut times = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        let found = always.near(45.75, 4.85, &[], at, 1000);
        times.push(start.elapsed());
        assert_eq!(found.len(), 1000);
    }
    println!(
        "1000 places open 'Mo-Su 00:00-24:00', every opening state: median {:.2} ms (20 runs)",
        median(times).as_secs_f64() * 1000.0
    );
    let entry = &always.near(45.75, 4.85, &[], at, 1)[0].entry;
    let start = Instant::now();
    let mut intervals = 0;
    for d in 0..7 {
        intervals += entry
            .day_intervals(at.date() + jiff::Span::new().days(d))
            .len();
    }
    println!(
        "one such place's week of hours (its page): {:.3} ms, {intervals} intervals",
        start.elapsed().as_secs_f64() * 1000.0
    );

    // A DILA bulk file of 60 000 records.
    let mut records = Vec::with_capacity(60_000);
    for i in 0..60_000 {
        let kind = ["mairie", "ccas", "caf", "prefecture", "france_services"][i % 5];
        records.push(format!(
            r#"{{"id":"id-{i}","nom":"Service {i}","pivot":[{{"type_service_local":"{kind}","code_insee_commune":["75056"]}}],"adresse":[{{"type_adresse":"Adresse","complement1":"","complement2":"","numero_voie":"{i} rue de Test","service_distribution":"","code_postal":"75001","nom_commune":"Paris","pays":"","longitude":"{:.5}","latitude":"{:.5}"}}],"telephone":[{{"valeur":"01 00 00 00 00","description":""}}],"adresse_courriel":["a@example.org"],"site_internet":[],"plage_ouverture":[{{"nom_jour_debut":"Lundi","nom_jour_fin":"Vendredi","valeur_heure_debut_1":"09:00:00","valeur_heure_fin_1":"12:00:00","valeur_heure_debut_2":"13:30:00","valeur_heure_fin_2":"17:00:00","commentaire":""}}],"date_modification":"09/08/2023 13:30:19"}}"#,
            -4.5 + rng.next() * 12.0,
            42.5 + rng.next() * 8.5
        ));
    }
    let text = format!("{{\"service\":[{}]}}", records.join(","));
    let start = Instant::now();
    let (places, report) = import_text(Format::Dila, &text, &Options::default()).expect("import");
    println!(
        "import DILA bulk, 60000 records ({:.1} MB): {:.0} ms; imported {}, not support services {}",
        text.len() as f64 / 1e6,
        start.elapsed().as_secs_f64() * 1000.0,
        places.len(),
        report.skipped.values().sum::<usize>()
    );
}
