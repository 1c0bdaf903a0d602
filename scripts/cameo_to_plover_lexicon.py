#!/usr/bin/env python3
"""Derive sitrep's CAMEO verb lexicon from the field's own resources.

Reads PETRARCH2's CAMEO verb dictionary and the CAMEO->PLOVER table of the PLOVER project, keeps every verb
and verb pattern whose CAMEO code maps (through PLOVER's event and mode) to a crisis class of sitrep's codebook
(../shared/contract/CODEBOOK.md, sitrep-pipeline/.../events/codebook.yaml), and writes one TSV that any loader
can read. The upstream files are not part of this repository: fetch them and pass their paths.

  git clone https://github.com/openeventdata/petrarch2      # MIT licence
  git clone https://github.com/openeventdata/PLOVER         # CC BY-SA 4.0
  scripts/cameo_to_plover_lexicon.py \\
      --cameo petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt \\
      --plover PLOVER/CAMEO2PLOVER-2021.txt \\
      --out sitrep-pipeline/src/main/resources/org/sitrep/events/cameo-verbs.tsv
  scripts/cameo_to_plover_lexicon.py --check sitrep-pipeline/src/main/resources/org/sitrep/events/cameo-verbs.tsv

Output: PETRARCH's own layout, a verb block's verbs and the patterns that apply to all of them, joined by `block`:
  kind      `verb` or `pattern`
  block     the CAMEO dictionary's block ("KILL", "DEMAND"): a pattern applies to every verb of its block
  verb      (verb rows) the lemma, lower case; a multiword verb with spaces ("step down"), its verb word in `head`
  head      (verb rows) the inflected word of a multiword verb (the verb itself otherwise)
  forms     (verb rows) irregular forms the dictionary lists ("took taken taking takes"); empty: -s/-ed/-ing
  pattern   (pattern rows) PETRARCH's pattern, lower case: words before `*` are the subject's, after it the
            object's; (prep words) a prepositional phrase; {multi word} a noun phrase; &name a synonym set
            (listed in the `# synset` lines at the end of the file)
  cameo     the CAMEO code (of the bare verb on a verb row; empty when the bare verb codes no crisis class)
  plover_event, plover_mode, plover_context   from CAMEO2PLOVER-2021 (mode/context may be empty)
  sitrep_class   the crisis class (CODEBOOK.md) the code stands for; empty on a verb row whose bare verb has
            none (its block's patterns still may)
Only patterns whose code maps to a crisis class are kept, and the verbs of their blocks.
"""
import argparse
import re
import sys
from collections import OrderedDict

# CAMEO code -> sitrep crisis class. Only codes whose meaning is one class of CODEBOOK.md are listed; a code
# missing here (statements of intent, consultations, appeals, administrative measures...) yields no class, so
# its patterns are dropped. Each line names the CAMEO meaning (from CAMEO2PLOVER-2021's comments).
CLASS_OF_CAMEO = {
    "045": "MEDIATE",      # engage in mediation
    "046": "MEDIATE",      # engage in negotiation
    "057": "AGREEMENT",    # sign formal agreement
    "0871": "AGREEMENT",   # declare truce, ceasefire
    "070": "AID", "071": "AID", "072": "AID", "073": "AID", "075": "AID",   # provide aid; grant asylum
    "074": "DEPLOY",       # provide military protection or peacekeeping
    "0831": "RESIGN",      # accede to demands for change in leadership
    "0874": "RETREAT_TERRITORY",  # retreat or surrender militarily
    "104": "DEMAND", "1041": "DEMAND", "1042": "DEMAND", "1043": "DEMAND", "1044": "DEMAND",
    "105": "DEMAND", "1051": "DEMAND", "1052": "DEMAND", "1053": "DEMAND", "1054": "DEMAND",
    "1055": "DEMAND", "1056": "DEMAND",  # demand political change, that the target yields, release
    "110": "CONDEMN", "111": "CONDEMN", "112": "CONDEMN", "1121": "CONDEMN", "1122": "CONDEMN",
    "1123": "CONDEMN", "1124": "CONDEMN", "1125": "CONDEMN", "114": "CONDEMN",  # disapprove, accuse
    "130": "THREATEN", "131": "THREATEN", "1311": "THREATEN", "1312": "THREATEN", "1313": "THREATEN",
    "132": "THREATEN", "1321": "THREATEN", "1322": "THREATEN", "1323": "THREATEN", "1324": "THREATEN",
    "133": "THREATEN", "134": "THREATEN", "135": "THREATEN", "136": "THREATEN", "137": "THREATEN",
    "138": "THREATEN", "1381": "THREATEN", "1382": "THREATEN", "1383": "THREATEN", "1384": "THREATEN",
    "1385": "THREATEN", "139": "THREATEN",
    "140": "PROTEST", "141": "PROTEST", "1411": "PROTEST", "1412": "PROTEST", "1413": "PROTEST",
    "1414": "PROTEST", "142": "PROTEST", "1421": "PROTEST", "1422": "PROTEST", "1423": "PROTEST",
    "1424": "PROTEST", "143": "PROTEST", "1431": "PROTEST", "1432": "PROTEST", "1433": "PROTEST",
    "1434": "PROTEST", "144": "PROTEST", "1441": "PROTEST", "1442": "PROTEST", "1443": "PROTEST",
    "1444": "PROTEST", "145": "PROTEST", "1451": "PROTEST", "1452": "PROTEST", "1453": "PROTEST",
    "1454": "PROTEST",
    "150": "DEPLOY", "151": "DEPLOY", "152": "DEPLOY", "153": "DEPLOY", "154": "DEPLOY",
    "162": "AID_SUSPEND", "1621": "AID_SUSPEND", "1622": "AID_SUSPEND", "1623": "AID_SUSPEND",
    "163": "SANCTION",     # impose embargo, boycott or sanctions
    "1712": "LOOT",        # destroy property
    "173": "ARREST",       # arrest, detain, or charge with legal action
    "181": "KIDNAP",       # abduct, hijack
    "1823": "KILL", "185": "KILL", "186": "KILL", "200": "KILL", "202": "KILL",  # killings, massacres
    "180": "ATTACK", "183": "ATTACK", "1831": "ATTACK", "1832": "ATTACK", "1833": "ATTACK",
    "175": "ATTACK", "190": "ATTACK", "193": "ATTACK", "194": "ATTACK", "195": "ATTACK", "196": "ATTACK",
    "204": "ATTACK", "2041": "ATTACK", "2042": "ATTACK",
    "191": "BORDER_CLOSE",  # impose blockade, restrict movement
    "192": "SEIZE_TERRITORY",  # occupy territory
    "201": "DISPLACEMENT", "203": "DISPLACEMENT",  # mass expulsion, ethnic cleansing
}

SOURCES = ("PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2, MIT licence, (c) 2015 Open Event Data Alliance)",
           "CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0, Philip Schrodt / Open Event Data Alliance)")
COLUMNS = ("kind", "block", "verb", "head", "forms", "pattern", "cameo", "plover_event", "plover_mode",
           "plover_context", "sitrep_class")


def read_plover(path):
    """CAMEO code -> (event, mode, context) from lines like '0311: AGREE,  ,   economic # comment'."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\s*(\d{2,4}):\s*([^#]*)", line)
            if not m or "," not in m.group(2):
                continue
            parts = [p.strip() for p in m.group(2).split(",")]
            parts += [""] * (3 - len(parts))
            event, mode, context = parts[0], parts[1], ",".join(p for p in parts[2:] if p)
            context = ";".join(c.strip() for c in context.split(";") if c.strip())
            table.setdefault(m.group(1), (event, mode, context))
    return table


def verb_words(token):
    """'+BRING_OUT' or 'ARMED_+CLASH' -> (['bring', 'out'], 'bring'); 'SEIZE' -> (['seize'], 'seize')."""
    token = token.strip()
    if "_" not in token:
        word = token.lstrip("+").lower()
        return [word], word
    if "+" in token:
        front, back = token.split("+", 1)
        front_words = [w for w in front.split("_") if w]
        back_words = [w for w in back.split("_") if w]
        head = back_words[0] if back_words else ""
        words = front_words + back_words
    else:
        words = [w for w in token.split("_") if w]
        head = words[0] if words else ""
    return [w.lower() for w in words], head.lower()


def read_cameo(path):
    """Yields (block, verb words, head, irregular forms, code) per verb and (block, None, None, None, pattern,
    code) per pattern."""
    section = None
    block, block_code = None, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("####### VERB PATTERNS"):
                section = "verbs"
                continue
            if line.startswith("######## TRANSFORMATIONS"):
                section = None
            if section != "verbs" or not line.strip() or line.lstrip().startswith("#") or line.startswith("<"):
                continue
            if line.startswith("---"):
                m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
                block = m.group(1) if m else line.strip("- ")
                block_code = m.group(2) if m else "---"
                continue
            if line.startswith("-"):
                body = line[1:].split("#")[0]
                m = re.search(r"\[([^\]]*)\]\s*$", body.strip())
                if not m or "*" not in body:
                    continue
                code = m.group(1).split(":")[0]
                pattern = " ".join(body.strip()[:m.start()].split()).lower()
                yield block, None, None, None, pattern, code
                continue
            text = line.split("#")[0]
            own = re.search(r"\[([^\]]*)\]", text)
            forms = re.search(r"\{([^}]*)\}", text)
            first = text.replace("{", " {").split()
            if not first:
                continue
            words, head = verb_words(first[0])
            irregular = []
            if forms:
                for form in forms.group(1).split():
                    form_words, form_head = verb_words(form)
                    irregular.append(form_head)
            code = own.group(1) if own else block_code
            yield block, words, head, " ".join(irregular), "", code.split(":")[0]


def derive(cameo_path, plover_path):
    plover = read_plover(plover_path)

    def coding(code):
        if code not in CLASS_OF_CAMEO or code not in plover:
            return None
        return plover[code] + (CLASS_OF_CAMEO[code],)

    verbs, patterns = OrderedDict(), OrderedDict()
    for block, words, head, forms, pattern, code in read_cameo(cameo_path):
        if words is None:
            if coding(code):
                patterns.setdefault((block, pattern, code), ("pattern", block, "", "", "", pattern, code)
                                    + coding(code))
        elif head:
            kept = coding(code)
            verbs.setdefault((block, " ".join(words)), ("verb", block, " ".join(words), head, forms)
                             + (("", code) + kept if kept else ("", "", "", "", "", "")))
    blocks = {row[1] for row in patterns.values()} | {row[1] for row in verbs.values() if row[-1]}
    return [row for row in verbs.values() if row[1] in blocks] + list(patterns.values())


def synsets_used(cameo_path, rows):
    """The synonym sets the kept patterns name, with their members (lower case, '_' joins a multiword)."""
    wanted = set()
    for row in rows:
        wanted.update(re.findall(r"&[a-z_0-9]+", row[5]))
    sets, current = OrderedDict(), None
    with open(cameo_path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#")[0].strip()
            if raw.startswith("####### VERB PATTERNS"):
                break
            if line.startswith("&"):
                current = line.lower()
                continue
            if line.startswith("+") and current in wanted:
                sets.setdefault(current, []).append(line[1:].strip().lower().rstrip("_"))
    return sets


def write(rows, synsets, out):
    with open(out, "w", encoding="utf-8") as f:
        f.write("# sitrep CAMEO verb lexicon: GENERATED by scripts/cameo_to_plover_lexicon.py; do not edit by hand.\n")
        f.write("# Derived from:\n")
        for source in SOURCES:
            f.write(f"#   {source}\n")
        f.write("# Adapted material: the PLOVER table's CC BY-SA 4.0 allows adaptations under GPL-3.0 (Creative Commons'\n")
        f.write("# declared one-way compatibility), so this file is part of sitrep under GPL-3.0-or-later; see NOTICE.\n")
        f.write("# Only verbs and patterns whose CAMEO code maps to a crisis class of CODEBOOK.md are kept, with the\n")
        f.write("# verbs of their blocks. Columns are described in the script's docstring.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
        for name, members in synsets.items():
            f.write(f"# synset\t{name}\t{' '.join(members)}\n")


def check(path):
    """Self-check of a generated file: the header, the columns, codes, classes and synsets all hold together."""
    classes = set(CLASS_OF_CAMEO.values())
    rows, synsets, problems = [], {}, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = [l for l in lines if l.startswith("#") and not l.startswith("# synset")]
    if not any("CAMEO.2.0.txt" in l for l in header) or not any("CAMEO2PLOVER-2021" in l for l in header):
        problems.append("the header does not name both sources")
    body = [l for l in lines if not l.startswith("#")]
    if not body or tuple(body[0].split("\t")) != COLUMNS:
        problems.append(f"the first row is not the columns {COLUMNS}")
        body = [""]
    for line in lines:
        if line.startswith("# synset\t"):
            _, name, members = line.split("\t")
            synsets[name] = members.split()
    for n, line in enumerate(body[1:], 2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            problems.append(f"row {n}: {len(cells)} cells")
            continue
        row = dict(zip(COLUMNS, cells))
        rows.append(row)
        if row["kind"] not in ("verb", "pattern") or not row["block"]:
            problems.append(f"row {n}: kind {row['kind']!r}, block {row['block']!r}")
        if row["sitrep_class"] and (row["sitrep_class"] not in classes
                                    or CLASS_OF_CAMEO.get(row["cameo"]) != row["sitrep_class"]):
            problems.append(f"row {n}: code {row['cameo']} does not map to {row['sitrep_class']}")
        if row["kind"] == "verb" and (not row["verb"] or row["head"] not in row["verb"].split()):
            problems.append(f"row {n}: head {row['head']!r} is not a word of {row['verb']!r}")
        if row["kind"] == "pattern" and ("*" not in row["pattern"] or not row["sitrep_class"]):
            problems.append(f"row {n}: a pattern needs the verb's place '*' and a class")
        for name in re.findall(r"&[a-z_0-9]+", row["pattern"]):
            if name not in synsets:
                problems.append(f"row {n}: synset {name} is not listed")
    blocks_with_verbs = {r["block"] for r in rows if r["kind"] == "verb"}
    for r in rows:
        if r["kind"] == "pattern" and r["block"] not in blocks_with_verbs:
            problems.append(f"pattern {r['pattern']!r}: block {r['block']} has no verb")
            break
    # CAMEO codes "kill" as conventional force (190, ATTACK); assassinations and massacres are its killings.
    for expected in (("assassinate", "KILL"), ("abduct", "KIDNAP"), ("arrest", "ARREST"), ("condemn", "CONDEMN")):
        if not any(r["verb"] == expected[0] and r["sitrep_class"] == expected[1] for r in rows):
            problems.append(f"the bare verb {expected[0]!r} is missing from {expected[1]}")
    return rows, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cameo")
    parser.add_argument("--plover")
    parser.add_argument("--out")
    parser.add_argument("--check", metavar="TSV", help="check a generated file and print its counts")
    args = parser.parse_args()
    if args.check:
        rows, problems = check(args.check)
        for p in problems:
            print("problem:", p, file=sys.stderr)
        by_class = {}
        for r in rows:
            if r["sitrep_class"]:
                by_class[r["sitrep_class"]] = by_class.get(r["sitrep_class"], 0) + 1
        verbs = [r for r in rows if r["kind"] == "verb"]
        print(f"{len(verbs)} verb rows ({sum(1 for r in verbs if r['sitrep_class'])} coding a class alone),"
              f" {len(rows) - len(verbs)} patterns; rows per class: " +
              ", ".join(f"{k} {v}" for k, v in sorted(by_class.items())))
        sys.exit(1 if problems else 0)
    if not (args.cameo and args.plover and args.out):
        parser.error("give --cameo, --plover and --out, or --check")
    rows = derive(args.cameo, args.plover)
    synsets = synsets_used(args.cameo, rows)
    # PETRARCH2 skips a pattern naming a synonym set the dictionary never defines ("Undefined synset"): so do we.
    rows = [r for r in rows if all(n in synsets for n in re.findall(r"&[a-z_0-9]+", r[5]))]
    write(rows, synsets, args.out)
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
