//! The directory of support services: importing the real France Services
//! file and small fixtures in the DILA (both forms) and data·inclusion
//! formats, errors located and nothing lost, and the nearest places with
//! their opening state checked against values computed here independently.

use crate::common;

use passerelle::content::i18n::Catalog;

use passerelle::places::directory::{Directory, OpenState, Place, in_france};
use passerelle::places::import::{Format, Options, import_file, import_text};

fn fixture(name: &str) -> std::path::PathBuf {
    common::project_dir("tests/fixtures").join(name)
}

fn shared_france_services() -> std::path::PathBuf {
    common::project_dir("../shared/data/france-services-2024-08-01.csv")
}

#[test]
fn the_real_france_services_file_imports_whole() {
    let path = shared_france_services();
    let (places, report) =
        import_file(Format::FranceServices, &path, &Options::default()).expect("import");
    assert_eq!(report.read, 2845);
    assert_eq!(places.len(), 2845, "{}", report.summary());
    assert!(
        report.rejected.is_empty() && report.warnings.is_empty(),
        "{}",
        report.summary()
    );
    assert!(places.iter().all(|p| in_france(p.lat, p.lon)));

    // Every non-empty day of the file became a rule, counted independently.
    let mut reader = csv::Reader::from_path(&path).expect("csv");
    let headers = reader.headers().expect("headers").clone();
    let day_columns: Vec<usize> = [
        "h_lundi",
        "h_mardi",
        "h_mercredi",
        "h_jeudi",
        "h_vendredi",
        "h_samedi",
    ]
    .iter()
    .map(|d| headers.iter().position(|h| h == *d).expect("day column"))
    .collect();
    let mut non_empty_days = 0;
    for record in reader.records() {
        let record = record.expect("record");
        // "00:00 - 00:00" is the file's blank: a day of blanks only is closed.
        non_empty_days += day_columns
            .iter()
            .filter(|i| {
                record[**i]
                    .split('/')
                    .any(|range| !range.trim().is_empty() && range.trim() != "00:00 - 00:00")
            })
            .count();
    }
    let rules: usize = places
        .iter()
        .filter_map(|p| p.opening_hours.as_ref())
        .map(|h| h.split("; ").count())
        .sum();
    assert_eq!(rules, non_empty_days);

    // A few rows compared by hand with the file.
    let by_id = |id: &str| places.iter().find(|p| p.id == id).expect("place");
    // Wednesday "00:00 - 00:00 / 09:00 - 12:00": the morning only, not a
    // range that would read as open all day.
    assert!(
        by_id("fs-29")
            .opening_hours
            .as_deref()
            .is_some_and(|h| h.contains("We 09:00-12:00;")),
        "{:?}",
        by_id("fs-29").opening_hours
    );
    // Friday "00:00 - 00:00" only: closed on Friday.
    assert!(
        by_id("fs-67")
            .opening_hours
            .as_deref()
            .is_some_and(|h| !h.contains("Fr")),
        "{:?}",
        by_id("fs-67").opening_hours
    );
    let first = by_id("fs-1");
    assert_eq!(first.name, "France services de Valserhône");
    assert_eq!(
        first.opening_hours.as_deref(),
        Some(
            "Mo 13:30-17:00; Tu 09:00-12:00,13:30-17:00; We 09:00-12:00,13:30-17:00; Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00"
        )
    );
    assert_eq!(first.phones, ["04 50 56 87 49"]);
    assert_eq!(first.appointment, Some(false));
    assert_eq!(
        (first.postcode.as_str(), first.town.as_str()),
        ("01200", "Valserhône")
    );
    let second = by_id("fs-2");
    assert_eq!(
        second.opening_hours.as_deref(),
        Some(
            "Tu 09:00-12:00,14:00-16:30; We 09:00-12:00,14:00-16:30; Th 09:00-12:00,14:00-16:30; Fr 09:00-12:00,14:00-16:30; Sa 09:00-12:00"
        )
    );
    let bus = by_id("fs-3");
    assert!(
        bus.comment
            .as_deref()
            .is_some_and(|c| c.contains("point de base")),
        "{:?}",
        bus.comment
    );
}

#[test]
fn an_area_keeps_only_the_places_around_the_kiosk() {
    let options = Options {
        area: Some(passerelle::places::import::Area {
            lat: 45.7640,
            lon: 4.8357,
            radius_km: 30.0,
        }),
        ..Options::default()
    };
    let (places, report) =
        import_file(Format::FranceServices, &shared_france_services(), &options).expect("import");
    assert!(!places.is_empty());
    assert_eq!(places.len() + report.outside_area, 2845);
    assert!(
        places
            .iter()
            .all(
                |p| passerelle::places::directory::haversine_km(45.7640, 4.8357, p.lat, p.lon)
                    <= 30.0
            )
    );
}

#[test]
fn dila_bulk_file_every_record_imported_or_reported() {
    let (places, report) = import_file(
        Format::Dila,
        &fixture("dila-bulk.json"),
        &Options::default(),
    )
    .expect("import");
    assert_eq!(report.read, 5);
    let ids: Vec<&str> = places.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["dila-aaaa-1", "dila-aaaa-3"]);
    assert_eq!(report.skipped.get("prefecture"), Some(&1));
    let rejected: Vec<String> = report
        .rejected
        .iter()
        .map(|(at, why)| format!("{at}: {why}"))
        .collect();
    assert_eq!(
        rejected,
        [
            "record aaaa-4: no coordinates",
            "record aaaa-5: coordinates 52.52, 13.38 are not in France"
        ]
    );
    assert_eq!(
        report.read,
        places.len() + report.rejected.len() + report.skipped.values().sum::<usize>()
    );
    let warnings: Vec<&str> = report.warnings.iter().map(|(_, w)| w.as_str()).collect();
    assert!(
        warnings.iter().any(|w| w.contains("'Funday' is not a day")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("swapped")),
        "{warnings:?}"
    );

    let ccas = &places[0];
    assert_eq!(ccas.kinds, ["ccas"]);
    assert_eq!(
        ccas.opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-11:30")
    );
    assert_eq!(ccas.comment.as_deref(), Some("Sur rendez-vous le samedi."));
    assert_eq!(ccas.address, "1 place de la Mairie, Bâtiment B");
    assert_eq!(ccas.source_date, "2026-03-15");
    let caf = &places[1];
    assert!(
        (caf.lat - 45.7606).abs() < 1e-9 && (caf.lon - 4.8590).abs() < 1e-9,
        "swapped coordinates corrected"
    );
}

#[test]
fn dila_api_form_gives_the_same_places_as_the_bulk_form() {
    let (api, report) =
        import_file(Format::Dila, &fixture("dila-api.json"), &Options::default()).expect("import");
    assert_eq!(report.read, 2);
    let (bulk, _) = import_file(
        Format::Dila,
        &fixture("dila-bulk.json"),
        &Options::default(),
    )
    .expect("import");
    assert_eq!(api[0], bulk[0]);
}

/// A data·inclusion services file tells who a structure receives, whether
/// it is free, and whether it receives in person: its page says so.
#[test]
fn data_inclusion_services_say_who_a_place_receives_and_whether_it_is_free() {
    let options = Options {
        services: Some(
            std::fs::read_to_string(fixture("data-inclusion-services.json")).expect("services"),
        ),
        ..Options::default()
    };
    let (places, report) = import_file(
        Format::DataInclusion,
        &fixture("data-inclusion.json"),
        &options,
    )
    .expect("import");
    let pimms = &places[0];
    assert_eq!(
        pimms.publics,
        ["personnes-exilees", "femmes"],
        "tous-publics left out"
    );
    assert_eq!(pimms.free, Some(true));
    assert_eq!(pimms.modes, ["en-presentiel", "a-distance"]);
    // One free service and one paid: neither "free" nor "paid".
    let association = &places[1];
    assert_eq!(association.free, None);
    assert_eq!(association.modes, ["a-distance"]);
    assert!(
        report
            .warnings
            .iter()
            .any(|(at, w)| at == "service 5" && w.contains("no structure_id")),
        "{}",
        report.summary()
    );
    // What the place page says, in French and in Arabic.
    let catalog = Catalog::embedded();
    let said = passerelle::kiosk::nearby::reception(&catalog, "fr", pimms);
    for id in [
        "place-free",
        "place-for-exiled",
        "place-for-women",
        "place-remote-too",
    ] {
        assert!(said.contains(&catalog.text("fr", id)), "{id}: {said:?}");
    }
    let said = passerelle::kiosk::nearby::reception(&catalog, "fr", association);
    assert_eq!(said, [catalog.text("fr", "place-remote-only")]);
    assert!(
        !passerelle::kiosk::nearby::reception(&catalog, "ar", pimms)
            .iter()
            .any(String::is_empty)
    );
    // Without a services file, nothing is claimed.
    let (plain, _) = import_file(
        Format::DataInclusion,
        &fixture("data-inclusion.json"),
        &Options::default(),
    )
    .expect("import");
    assert!(passerelle::kiosk::nearby::reception(&catalog, "fr", &plain[0]).is_empty());

    // One file holding both, its services after its structures (the file is
    // read as it comes, twice: services first, then structures): the same places.
    let structures: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("data-inclusion.json")).expect("read"),
    )
    .expect("json");
    let services: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("data-inclusion-services.json")).expect("read"),
    )
    .expect("json");
    let services = match services {
        serde_json::Value::Object(mut map) => map.remove("services").expect("services"),
        list => list,
    };
    let dir = common::temp_dir("di-one-file");
    let both = dir.join("both.json");
    std::fs::write(
        &both,
        format!("{{\"structures\": {structures}, \"services\": {services}}}"),
    )
    .expect("write");
    let (together, _) =
        import_file(Format::DataInclusion, &both, &Options::default()).expect("import");
    assert_eq!(together, places);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn data_inclusion_structures_keep_their_osm_hours_and_networks() {
    let (places, report) = import_file(
        Format::DataInclusion,
        &fixture("data-inclusion.json"),
        &Options::default(),
    )
    .expect("import");
    assert_eq!(report.read, 3);
    assert_eq!(places.len(), 2);
    assert_eq!(places[0].kinds, ["pimms", "france-services"]);
    assert_eq!(
        places[0].opening_hours.as_deref(),
        Some("Mo-Fr 09:00-12:30,14:00-17:00")
    );
    assert_eq!(places[0].source, "data·inclusion (dora)");
    assert_eq!(places[1].kinds, ["association"]);
    assert_eq!(places[1].opening_hours, None);
    assert!(
        report
            .warnings
            .iter()
            .any(|(at, w)| at == "record di-2" && w.contains("do not parse")),
        "{}",
        report.summary()
    );
    assert_eq!(
        report.rejected,
        [("record di-3".to_string(), "no coordinates".to_string())]
    );
}

#[test]
fn malformed_france_services_rows_are_located() {
    let (places, report) = import_file(
        Format::FranceServices,
        &fixture("france-services-small.csv"),
        &Options::default(),
    )
    .expect("import");
    assert_eq!(report.read, 2);
    assert_eq!(places.len(), 1);
    // The first row spans two lines (a line break inside a field); the second starts on line 4.
    assert_eq!(
        report.rejected,
        [("line 4".to_string(), "no coordinates".to_string())]
    );
    assert!(
        report
            .warnings
            .iter()
            .any(|(at, w)| at == "line 2" && w.contains("h_samedi")),
        "{}",
        report.summary()
    );
    assert_eq!(
        places[0].opening_hours, None,
        "a day that cannot be read leaves the hours out, not half of them"
    );
    assert_eq!(places[0].address, "1 rue A, Étage 2\nporte gauche");
    assert_eq!(
        passerelle::places::import::france_services_day("9h - 12h").as_deref(),
        Ok("09:00-12:00")
    );
}

#[test]
fn broken_json_is_an_error_naming_the_line() {
    let err = import_text(
        Format::Dila,
        "{\"service\": [\n  {\"id\": \"x\",,}\n]}",
        &Options::default(),
    )
    .expect_err("broken")
    .to_string();
    assert!(err.starts_with("line 2: not valid JSON"), "{err}");
    let err = import_text(Format::DataInclusion, "{\"other\": 1}", &Options::default())
        .expect_err("no list")
        .to_string();
    assert!(err.contains("no list of structures"), "{err}");
    let err = import_text(Format::FranceServices, "a,b\n1,2\n", &Options::default())
        .expect_err("wrong csv")
        .to_string();
    assert!(err.contains("no column 'id_fs'"), "{err}");
}

fn place(id: &str, lat: f64, lon: f64, kind: &str, hours: Option<&str>) -> Place {
    Place {
        id: id.into(),
        name: id.into(),
        kinds: vec![kind.into()],
        address: String::new(),
        postcode: String::new(),
        town: String::new(),
        lat,
        lon,
        phones: Vec::new(),
        email: None,
        website: None,
        opening_hours: hours.map(str::to_string),
        appointment: None,
        comment: None,
        publics: Vec::new(),
        free: None,
        modes: Vec::new(),
        source: "test".into(),
        source_date: String::new(),
    }
}

/// The great-circle distance, written again here from the textbook formula.
fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    let r = 6371.0088_f64;
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let d = (la1.sin() * la2.sin() + la1.cos() * la2.cos() * (b.1 - a.1).to_radians().cos())
        .clamp(-1.0, 1.0)
        .acos();
    r * d
}

#[test]
fn nearest_places_come_in_distance_order_with_their_opening_state() {
    let kiosk = (45.7640, 4.8357);
    let mut places = Vec::new();
    let mut seed = 12345u64;
    for i in 0..500 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let dlat = ((seed >> 33) % 20000) as f64 / 100000.0 - 0.1;
        let dlon = ((seed >> 13) % 20000) as f64 / 100000.0 - 0.1;
        let kind = if i % 3 == 0 {
            "ccas"
        } else {
            "france-services"
        };
        places.push(place(
            &format!("p{i}"),
            kiosk.0 + dlat,
            kiosk.1 + dlon,
            kind,
            Some("Mo-Fr 09:00-17:00"),
        ));
    }
    let directory = Directory::from_places(places.clone());
    let wednesday = jiff::civil::date(2026, 11, 25).at(10, 0, 0, 0);
    let found = directory.near(kiosk.0, kiosk.1, &["ccas".to_string()], wednesday, 20);
    let mut expected: Vec<(f64, &Place)> = places
        .iter()
        .filter(|p| p.kinds[0] == "ccas")
        .map(|p| (distance(kiosk, (p.lat, p.lon)), p))
        .collect();
    expected.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(found.len(), 20);
    for (n, (d, p)) in found.iter().zip(&expected) {
        assert_eq!(n.entry.place.id, p.id);
        assert!(
            (n.distance_km - d).abs() < 0.001,
            "{} vs {d}",
            n.distance_km
        );
        let closes = jiff::civil::date(2026, 11, 25).at(17, 0, 0, 0);
        assert_eq!(n.state, OpenState::Open(Some(closes)));
    }
    // Saturday: closed, opens Monday 09:00.
    let saturday = jiff::civil::date(2026, 11, 28).at(10, 0, 0, 0);
    let monday = jiff::civil::date(2026, 11, 30).at(9, 0, 0, 0);
    let found = directory.near(kiosk.0, kiosk.1, &[], saturday, 3);
    assert!(
        found
            .iter()
            .all(|n| n.state == OpenState::Closed(Some(monday)))
    );
}

#[test]
fn the_services_commands_import_then_answer() {
    let dir = common::temp_dir("services-cli");
    let out = dir.join("directory.json");
    let bin = env!("CARGO_BIN_EXE_passerelle");
    let status = std::process::Command::new(bin)
        .args(["services", "import", "--format", "dila"])
        .arg(fixture("dila-bulk.json"))
        .arg("--out")
        .arg(&out)
        .output()
        .expect("import");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let summary = String::from_utf8_lossy(&status.stdout);
    assert!(
        summary.starts_with("read 5, imported 2, rejected 2"),
        "{summary}"
    );
    assert!(
        summary.contains("rejected record aaaa-4: no coordinates"),
        "{summary}"
    );
    let near = std::process::Command::new(bin)
        .args([
            "services",
            "near",
            "--lat",
            "45.764",
            "--lon",
            "4.8357",
            "--at",
            "2026-11-28T10:00",
            "--json",
            "--directory",
        ])
        .arg(&out)
        .output()
        .expect("near");
    assert!(
        near.status.success(),
        "{}",
        String::from_utf8_lossy(&near.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&near.stdout).expect("json");
    assert_eq!(json[0]["id"], "dila-aaaa-1");
    assert_eq!(
        json[0]["open"], true,
        "Saturday 10:00 is within Sa 09:00-11:30"
    );
    assert_eq!(json[0]["next_change"], "2026-11-28T11:30");
    let _ = std::fs::remove_dir_all(dir);
}

/// A place's page, computed without a window: the week from today, in
/// the visitor's words and digits, an evening past midnight, and a closed
/// day.
#[test]
fn a_place_page_shows_the_week_from_today() {
    use passerelle::content::i18n::Catalog;
    use passerelle::kiosk::nearby::card;
    use slint::Model;

    let catalog = Catalog::embedded();
    let entry = passerelle::places::directory::Entry::new(place(
        "a",
        45.9,
        6.1,
        "ccas",
        Some("Mo-Th 09:00-12:00,14:00-17:00; Fr 20:00-02:00"),
    ));
    let wednesday = jiff::civil::date(2026, 11, 25).at(10, 30, 0, 0);
    let page = card(
        &catalog,
        "fr",
        &entry,
        Some(1.2),
        entry.state(wednesday),
        wednesday,
        true,
    );
    assert_eq!(page.state, "Ouvert maintenant, jusqu'à 12:00");
    assert!(page.open);
    let week: Vec<String> = page.hours.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        week,
        [
            "aujourd'hui  09:00 – 12:00, 14:00 – 17:00",
            "demain  09:00 – 12:00, 14:00 – 17:00",
            // Friday's evening runs to Saturday 02:00: shown on Friday, to midnight.
            "vendredi  20:00 – 24:00",
            "samedi  00:00 – 02:00",
            "dimanche  fermé",
            "lundi  09:00 – 12:00, 14:00 – 17:00",
            "mardi  09:00 – 12:00, 14:00 – 17:00",
        ]
    );

    // Sunday noon, in Dari: closed, opens Monday, in Dari digits.
    let sunday = jiff::civil::date(2026, 11, 29).at(12, 0, 0, 0);
    let list = card(
        &catalog,
        "prs",
        &entry,
        None,
        entry.state(sunday),
        sunday,
        false,
    );
    assert!(!list.open);
    assert!(list.state.contains("۰۹:۰۰"), "{}", list.state);
    assert!(
        list.state.contains(&catalog.text("prs", "place-tomorrow")),
        "{}",
        list.state
    );
    assert_eq!(list.hours.row_count(), 0, "the list shows no week");
    assert_eq!(list.distance, "");
}

/// Without the kiosk's position the list is by name; with it, nearest
/// first; the filter keeps the kinds asked for.
#[test]
fn the_list_is_nearest_first_or_by_name() {
    use passerelle::kiosk::nearby::shown;

    let directory = Directory::from_places(vec![
        place("Zèbre", 45.90, 6.10, "ccas", None),
        place("Abeille", 45.99, 6.10, "ccas", None),
        place("Mairie", 45.901, 6.10, "mairie", None),
    ]);
    let at = jiff::civil::date(2026, 11, 25).at(10, 0, 0, 0);
    let names = |list: Vec<(usize, Option<f64>, OpenState)>| -> Vec<String> {
        list.iter()
            .map(|(i, _, _)| directory.entries[*i].place.name.clone())
            .collect()
    };
    assert_eq!(
        names(shown(&directory, None, &[], at)),
        ["Abeille", "Mairie", "Zèbre"]
    );
    assert_eq!(
        names(shown(&directory, Some((45.9, 6.1)), &[], at)),
        ["Zèbre", "Mairie", "Abeille"]
    );
    let near = shown(&directory, Some((45.9, 6.1)), &["ccas".into()], at);
    assert_eq!(near.len(), 2);
    assert!(near[0].1.is_some_and(|km| km < 0.01));
    assert_eq!(near[0].2, OpenState::Unknown);
}

/// A place is never shown open on a public holiday unless its hours say
/// so; Alsace-Moselle has two more (Good Friday and 26 December), and each
/// overseas department its day of the abolition of slavery.
#[test]
fn public_holidays_close_a_place_unless_its_hours_say_otherwise() {
    let at = |y: i16, m: i8, d: i8, h: i8| jiff::civil::date(y, m, d).at(h, 0, 0, 0);
    let entry = |hours: &str, postcode: &str| {
        let mut p = place("p", 48.85, 2.35, "ccas", Some(hours));
        p.postcode = postcode.to_string();
        passerelle::places::directory::Entry::new(p)
    };
    let paris = entry("Mo-Sa 09:00-17:00", "75011");
    let strasbourg = entry("Mo-Sa 09:00-17:00", "67000");
    // 1 May 2026, a Friday: closed everywhere, opens Saturday 2 May.
    assert_eq!(
        paris.state(at(2026, 5, 1, 10)),
        OpenState::Closed(Some(at(2026, 5, 2, 9)))
    );
    // Easter Monday, 6 April 2026.
    assert!(matches!(
        paris.state(at(2026, 4, 6, 10)),
        OpenState::Closed(_)
    ));
    // 26 December 2026, a Saturday: a holiday in Strasbourg only.
    assert!(matches!(
        strasbourg.state(at(2026, 12, 26, 10)),
        OpenState::Closed(_)
    ));
    assert!(matches!(
        paris.state(at(2026, 12, 26, 10)),
        OpenState::Open(_)
    ));
    // Good Friday, 3 April 2026: the same.
    assert!(matches!(
        strasbourg.state(at(2026, 4, 3, 10)),
        OpenState::Closed(_)
    ));
    assert!(matches!(
        paris.state(at(2026, 4, 3, 10)),
        OpenState::Open(_)
    ));
    // An ordinary Thursday: open in both.
    assert!(matches!(
        strasbourg.state(at(2026, 4, 2, 10)),
        OpenState::Open(_)
    ));
    // Hours that say what happens on holidays are followed.
    let ph = entry("Mo-Fr 09:00-17:00; PH 10:00-12:00", "75011");
    assert!(matches!(ph.state(at(2026, 5, 1, 11)), OpenState::Open(_)));
    assert!(matches!(ph.state(at(2026, 5, 1, 15)), OpenState::Closed(_)));
    let always = entry("24/7", "75011");
    assert!(matches!(
        always.state(at(2026, 5, 1, 3)),
        OpenState::Open(_)
    ));
    // The place's week shows the holiday closed.
    assert!(
        paris
            .day_intervals(jiff::civil::date(2026, 5, 1))
            .is_empty()
    );
    // Overseas, the abolition of slavery: a different day in each.
    let open_in = |postcode: &str, (y, m, d): (i16, i8, i8)| {
        matches!(
            entry("Mo-Sa 09:00-17:00", postcode).state(at(y, m, d, 10)),
            OpenState::Open(_)
        )
    };
    for (postcode, day) in [
        ("97110", (2026, 5, 27)),  // Guadeloupe, a Wednesday
        ("97200", (2026, 5, 22)),  // Martinique, a Friday
        ("97300", (2026, 6, 10)),  // Guyane, a Wednesday
        ("97400", (2027, 12, 20)), // La Réunion, a Monday
        ("97600", (2026, 4, 27)),  // Mayotte, a Monday
        ("97133", (2026, 10, 9)),  // Saint-Barthélemy, a Friday
        ("97150", (2026, 5, 27)),  // Saint-Martin
    ] {
        assert!(!open_in(postcode, day), "{postcode} on {day:?}");
        assert!(open_in("75011", day), "Paris on {day:?}");
    }
    assert!(open_in("97200", (2026, 5, 27)), "not Martinique's day");
    assert!(open_in("97110", (2026, 10, 9)), "Saint-Barthélemy's only");
    assert!(!open_in("97400", (2026, 5, 1)), "national days too");
}

/// F10: a whole-day range every day (what the DILA importer writes for a
/// 24-hour service) once took seconds per evaluation and froze the screen.
/// Its state, its next change and its day are right, and a list of a
/// thousand of them is answered (its speed is in `cargo bench --bench
/// directory`).
#[test]
fn a_place_open_all_day_every_day_is_open_until_the_next_holiday() {
    let at = |y: i16, m: i8, d: i8, h: i8| jiff::civil::date(y, m, d).at(h, 0, 0, 0);
    let mut p = place("h", 45.76, 4.83, "ccas", Some("Mo-Su 00:00-24:00"));
    p.postcode = "69001".into();
    let entry = passerelle::places::directory::Entry::new(p.clone());
    // No change within the next eight days: open, with no time to announce.
    assert_eq!(entry.state(at(2026, 11, 25, 10)), OpenState::Open(None));
    // Christmas eve: open until Christmas day (a public holiday, `PH off`).
    assert_eq!(
        entry.state(at(2026, 12, 24, 10)),
        OpenState::Open(Some(at(2026, 12, 25, 0)))
    );
    assert_eq!(
        entry.state(at(2026, 12, 25, 10)),
        OpenState::Closed(Some(at(2026, 12, 26, 0)))
    );
    let day = jiff::civil::date(2026, 11, 25);
    assert_eq!(
        entry.day_intervals(day),
        vec![(at(2026, 11, 25, 0), at(2026, 11, 26, 0))]
    );
    assert!(
        entry
            .day_intervals(jiff::civil::date(2026, 12, 25))
            .is_empty()
    );
    // Far beyond the holidays the calendar knows: still answered.
    assert_eq!(entry.state(at(2090, 6, 6, 10)), OpenState::Open(None));

    let places: Vec<Place> = (0..1000)
        .map(|i| {
            let mut p = p.clone();
            p.id = format!("h{i}");
            p.lat += f64::from(i) * 1e-5;
            p
        })
        .collect();
    let directory = Directory::from_places(places);
    let found = directory.near(45.76, 4.83, &[], at(2026, 11, 25, 10), 1000);
    assert_eq!(found.len(), 1000);
    assert!(found.iter().all(|n| n.state == OpenState::Open(None)));
}

/// A France Services day cell with an empty part is quoted whole in the
/// warning: an empty piece was once shown as '' (F22).
#[test]
fn a_day_cell_with_an_empty_part_is_quoted_whole() {
    use passerelle::places::import::france_services_day;
    assert_eq!(
        france_services_day("09:00 - 12:00 /"),
        Err("'09:00 - 12:00 /' has an empty range beside a '/'".to_string())
    );
    assert_eq!(
        france_services_day("-"),
        Err("'-': a time is missing beside the '-'".to_string())
    );
    assert_eq!(
        france_services_day("09:00 - 12:00 / 14:00 - 13:00"),
        Err("'09:00 - 12:00 / 14:00 - 13:00': '14:00 - 13:00' ends before it starts (a service open past midnight is not expected)".to_string())
    );
    assert_eq!(
        france_services_day("09:00 - 12:00 / 14h - 17h").as_deref(),
        Ok("09:00-12:00,14:00-17:00")
    );
}

/// F26: on the night the clocks go forward, a place open only in the hour
/// that is skipped (02:00-03:00) does not open that night: the next opening
/// said is the next night's, not a time that never comes.
#[test]
fn an_opening_in_the_skipped_hour_is_not_announced() {
    use passerelle::places::directory::{Entry, OpenState};
    let entry = Entry::new(place(
        "night",
        45.76,
        4.83,
        "ccas",
        Some("Mo-Su 02:00-03:00"),
    ));
    let saturday_night = jiff::civil::date(2026, 3, 28).at(23, 0, 0, 0);
    assert_eq!(
        entry.state(saturday_night),
        OpenState::Closed(Some(jiff::civil::date(2026, 3, 30).at(2, 0, 0, 0)))
    );
    // Any other night, it opens at 02:00.
    let friday_night = jiff::civil::date(2026, 3, 27).at(23, 0, 0, 0);
    assert_eq!(
        entry.state(friday_night),
        OpenState::Closed(Some(jiff::civil::date(2026, 3, 28).at(2, 0, 0, 0)))
    );
}

/// The place page has a "Horaires" heading only above hours: a place whose
/// hours are not known says so in its state, under no empty heading.
#[test]
fn the_hours_heading_is_shown_only_above_hours() {
    let dir = common::temp_dir("place-hours-heading");
    let directory = common::project_dir("tests/fixtures/directory.json");
    let texts_at = |location: &str| -> String {
        let texts = dir.join(format!("{location}.jsonl"));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .arg("--directory")
            .arg(&directory)
            .args(["--location", location, "screenshot", "--screen", "place"])
            .args(["--at", "2026-11-27T10:00", "--texts"])
            .arg(&texts)
            .arg("--out")
            .arg(dir.join(format!("{location}.png")))
            .output()
            .expect("screenshot");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::read_to_string(&texts).expect("texts")
    };
    // Nearest to the first point: PIMMS Test, no hours; to the second: the CCAS, with hours.
    let pimms = texts_at("45.75,4.85");
    assert!(
        pimms.contains("PIMMS Test") && pimms.contains("Horaires non connus"),
        "{pimms}"
    );
    assert!(!pimms.contains("\"text\":\"Horaires\""), "{pimms}");
    let ccas = texts_at("45.764,4.8357");
    assert!(
        ccas.contains("CCAS de Testville") && ccas.contains("\"text\":\"Horaires\""),
        "{ccas}"
    );
    let _ = std::fs::remove_dir_all(dir);
}
