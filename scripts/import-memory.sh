#!/usr/bin/env bash
# Measures the memory an import takes: writes a synthetic DILA bulk file of
# about 200 MB (the size of the whole national export; 280 000 records, one
# in five a kind the kiosk shows) and imports it with the built binary,
# printing the time and the peak resident memory.
#
#   scripts/import-memory.sh [BINARY]     (default: target/release/passerelle)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-target/release/passerelle}
source scripts/need-packages.sh
need_packages import-memory -- time
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/dila.json" <<'PY'
import random, sys
random.seed(1)
kinds = ["mairie", "prefecture", "gendarmerie", "tribunal", "sous_pref"]
with open(sys.argv[1], "w") as f:
    f.write('{"service":[')
    for i in range(280_000):
        if i:
            f.write(",")
        f.write('{"id":"id-%d","nom":"Service %d","pivot":[{"type_service_local":"%s","code_insee_commune":["75056"]}],'
                '"adresse":[{"type_adresse":"Adresse","complement1":"","complement2":"","numero_voie":"%d rue de Test",'
                '"service_distribution":"","code_postal":"75001","nom_commune":"Paris","pays":"","longitude":"%.5f",'
                '"latitude":"%.5f"}],"telephone":[{"valeur":"01 00 00 00 00","description":""}],'
                '"adresse_courriel":["a@example.org"],"site_internet":[],"plage_ouverture":[{"nom_jour_debut":"Lundi",'
                '"nom_jour_fin":"Vendredi","valeur_heure_debut_1":"09:00:00","valeur_heure_fin_1":"12:00:00",'
                '"valeur_heure_debut_2":"13:30:00","valeur_heure_fin_2":"17:00:00","commentaire":""}],'
                '"date_modification":"09/08/2023 13:30:19"}'
                % (i, i, kinds[i % 5], i, -4.5 + random.random() * 12, 42.5 + random.random() * 8.5))
    f.write("]}")
PY
ls -l "$work/dila.json" | awk '{ printf "input: %.1f MB\n", $5 / 1e6 }'
/usr/bin/time -f "import: %e s, peak resident memory %M KiB" \
  "$binary" services import --format dila "$work/dila.json" --out "$work/directory.json" >/dev/null

# The worst case for memory: a France Services CSV of about 200 MB where
# every row is kept (the real file's rows repeated with new ids, 483 000
# places): the places kept are held until written, up to the 200 000 an
# import takes; this one is refused past them (exit 2), its peak measured.
python3 - "$work/fs.csv" ../shared/data/france-services-2024-08-01.csv <<'PY'
import sys
out, real = sys.argv[1], sys.argv[2]
lines = open(real, encoding="utf-8").read().splitlines(True)
header, rows = lines[0], [r for r in lines[1:] if "," in r]
written, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    f.write(header)
    while written < 200_000_000:
        for row in rows:
            n += 1
            line = '"%d",' % (10_000_000 + n) + row.split(",", 1)[1]
            f.write(line)
            written += len(line)
PY
ls -l "$work/fs.csv" | awk '{ printf "input: %.1f MB (France Services, every row kept)\n", $5 / 1e6 }'
/usr/bin/time -f "import: %e s, peak resident memory %M KiB" \
  "$binary" services import --format france-services "$work/fs.csv" --out "$work/directory.json" | tail -3 || true

# A data·inclusion file of about 38 MB (60 000 structures): read twice as it
# comes (its services, then its structures).
python3 - "$work/di.json" <<'PY'
import json, random, sys
random.seed(2)
with open(sys.argv[1], "w") as f:
    f.write("[")
    for i in range(60_000):
        if i:
            f.write(",")
        json.dump({"id": f"s{i}", "nom": f"Structure {i}", "commune": "Lyon", "code_postal": "69001",
                   "adresse": f"{i} rue A", "latitude": 45.7 + random.random() * 0.1,
                   "longitude": 4.8 + random.random() * 0.1, "telephone": "04 00 00 00 00",
                   "horaires_accueil": "Mo-Fr 09:00-12:00", "date_maj": "2026-01-01",
                   "reseaux_porteurs": ["france-travail"], "source": "x", "presentation_resume": "x" * 200}, f)
    f.write("]")
PY
ls -l "$work/di.json" | awk '{ printf "input: %.1f MB (data·inclusion)\n", $5 / 1e6 }'
/usr/bin/time -f "import: %e s, peak resident memory %M KiB" \
  "$binary" services import --format data-inclusion "$work/di.json" --out "$work/directory.json" >/dev/null
