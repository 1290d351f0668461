#!/usr/bin/env python3
"""Turns data/curated/src/facts.json (sources with their facts, read from stored copies of news pages) into data/curated/*.trig."""
import re, sys, unicodedata, json, collections, types
from rdflib import Graph, Namespace, URIRef
BASE = "https://w3id.org/diplokg/"
ID = BASE + "id/"
out_dir = sys.argv[2]
with open(sys.argv[1], encoding="utf-8") as fh:
    _data = json.load(fh)
facts = types.SimpleNamespace(KNOWN_PERSONS=_data["knownPersons"], SOURCES=_data["sources"])

g = Graph(); g.parse(sys.argv[3], format="turtle")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
names = {}
for s, o in g.subject_objects(RDFS.label):
    cc = str(s).rsplit("/", 1)[-1]
    names.setdefault(cc, {})[o.language] = str(o)

def fold(t):
    t = t.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFD", t)
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    t = re.sub(r"[^a-zA-Z0-9]+", " ", t).strip().lower()
    return t
def slug(t): return fold(t).replace(" ", "-")
def ascii_name(t):
    t = t.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
def q(s): return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
def date_lit(d):
    if len(d) == 4: return f'"{d}"^^xsd:gYear'
    if len(d) == 7: return f'"{d}"^^xsd:gYearMonth'
    return f'"{d}"^^xsd:date'
def cn(cc, lang): return names[cc][lang]

PREFIX = """@prefix dk: <https://w3id.org/diplokg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix country: <https://w3id.org/diplokg/id/country/> .
@prefix source: <https://w3id.org/diplokg/id/source/> .
@prefix person: <https://w3id.org/diplokg/id/person/> .
@prefix post: <https://w3id.org/diplokg/id/post/> .
@prefix mission: <https://w3id.org/diplokg/id/mission/> .
@prefix event: <https://w3id.org/diplokg/id/event/> .
@prefix holding: <https://w3id.org/diplokg/id/holding/> .

"""
# persons already declared in data/reference/officials.trig: reuse their IRIs, do not redeclare
KNOWN = set(getattr(facts, "KNOWN_PERSONS", []))
# heads of state of Vietnam by role key
VN = {"president": "vn-president", "pm": "vn-prime-minister", "na": "vn-chair-of-national-assembly", "gs": "vn-general-secretary", "fm": "vn-minister-of-foreign-affairs"}

class Out:
    def __init__(self): self.lines = []
    def add(self, s): self.lines.append("    " + s)

def ev(src): return f'dk:evidence [ a dk:Evidence ; dk:source source:{src} ; dk:extractionMethod dk:ManualAnnotation ]'

def person(o, name, cc, declared, en=None):
    if "|" in name:  # "Vietnamese transliteration|name in English", e.g. "Tập Cận Bình|Xi Jinping"
        name, en = name.split("|", 1)
    s = slug(name)
    if s in KNOWN: return s
    if (s, o) in declared: return s
    declared.add((s, o))
    en = en or ascii_name(name)
    alts = sorted({a for a in (ascii_name(name), en) if a != name})
    alt = "".join(f' ; skos:altLabel {q(a)}' for a in alts)
    o.add(f'person:{s} a dk:Person ; rdfs:label {q(name)}@vi , {q(en)}@en{alt} ; dk:nationality country:{cc} .')
    return s

def embassy(o, sending, host, declared, seat=None):
    m = f"{sending.lower()}-embassy-{host.lower()}"
    if (m, o) not in declared:
        declared.add((m, o))
        seatp = f' ; dk:seatCity {q(seat)}' if seat else ""
        o.add(f'mission:{m} a dk:Embassy ; rdfs:label {q("Đại sứ quán " + cn(sending,"vi") + " tại " + cn(host,"vi"))}@vi , {q("Embassy of " + cn(sending,"en") + " in " + cn(host,"en"))}@en ; dk:sendingState country:{sending} ; dk:hostCountry country:{host} ; dk:ofState country:{sending}{seatp} .')
    return m

def amb_post(o, sending, host, declared, seat=None):
    m = embassy(o, sending, host, declared, seat)
    p = f"{sending.lower()}-ambassador-{host.lower()}"
    if (p, o) not in declared:
        declared.add((p, o))
        o.add(f'post:{p} a dk:Post ; rdfs:label {q("Đại sứ " + cn(sending,"vi") + " tại " + cn(host,"vi"))}@vi , {q("Ambassador of " + cn(sending,"en") + " to " + cn(host,"en"))}@en ; org:postIn mission:{m} ; dk:role dk:Ambassador .')
    return p, m

def head_post(o, cc, kind, declared):
    """Posts and their bodies as the extractor mints them (extract/PostTitles.foreignPost), so both name one IRI."""
    lc = cc.lower(); vi_c = cn(cc, "vi"); en_c = cn(cc, "en")
    orgs = {
        "presidency": (f"{lc}-state-presidency", "StatePresidency", f"Nguyên thủ quốc gia {vi_c}", f"Head of state of {en_c}"),
        "government": (f"{lc}-government", "Government", f"Chính phủ {vi_c}", f"Government of {en_c}"),
        "ministry": (f"{lc}-ministry-of-foreign-affairs", "Ministry", f"Bộ Ngoại giao {vi_c}", f"Ministry of Foreign Affairs of {en_c}"),
        "legislature": (f"{lc}-legislature", "Legislature", f"Quốc hội {vi_c}", f"Legislature of {en_c}"),
        "party": (f"{lc}-ruling-party", "PoliticalParty", f"Đảng cầm quyền {vi_c}", f"Ruling party of {en_c}"),
    }
    posts = {
        "president": (f"{lc}-president", "StatePresident", f"Tổng thống / Chủ tịch nước {vi_c}", f"President of {en_c}", "presidency"),
        "monarch": (f"{lc}-monarch", None, f"Quốc vương {vi_c}", f"Monarch of {en_c}", "presidency"),
        "pm": (f"{lc}-prime-minister", "PrimeMinister", f"Thủ tướng {vi_c}", f"Prime Minister of {en_c}", "government"),
        "dpm": (f"{lc}-deputy-prime-minister", "DeputyPrimeMinister", f"Phó Thủ tướng {vi_c}", f"Deputy Prime Minister of {en_c}", "government"),
        "fm": (f"{lc}-minister-of-foreign-affairs", "Minister", f"Bộ trưởng Ngoại giao {vi_c}", f"Minister of Foreign Affairs of {en_c}", "ministry"),
        "speaker": (f"{lc}-chair-of-legislature", "ChairOfNationalAssembly", f"Chủ tịch Quốc hội {vi_c}", f"Speaker of the legislature of {en_c}", "legislature"),
        "gs": (f"{lc}-general-secretary", "GeneralSecretary", f"Tổng Bí thư {vi_c}", f"General Secretary, {en_c}", "party"),
    }
    p, role, vi, en, ok = posts[kind]
    oslug, ocls, ovi, oen = orgs[ok]
    if (oslug, o) not in declared:
        declared.add((oslug, o))
        o.add(f'<{ID}org/{oslug}> a dk:{ocls} ; rdfs:label {q(ovi)}@vi , {q(oen)}@en ; dk:ofState country:{cc} .')
    if (p, o) not in declared:
        declared.add((p, o))
        r = f" ; dk:role dk:{role}" if role else ""
        o.add(f'post:{p} a dk:Post ; rdfs:label {q(vi)}@vi , {q(en)}@en ; org:postIn <{ID}org/{oslug}>{r} .')
    return p

def holding(o, who, p, src, **dates):
    key = next((dates[k] for k in ("credentialsPresentedOn", "startDate", "designatedOn", "attestedOn", "endDate") if dates.get(k)), "undated")
    h = f"{who}/{p}/{key}"
    parts = " ; ".join(f"dk:{k} {date_lit(v)}" for k, v in dates.items() if v)
    o.add(f'<{ID}holding/{h}> a dk:PostHolding ; dk:holder person:{who} ; dk:post post:{p} ; {parts} ;\n        {ev(src)} .')

EVT = {"credentials": "CredentialsPresentation", "talks": "Talks", "meeting": "Meeting", "call": "PhoneCall", "video": "VideoCall",
       "state-visit": "StateVisit", "official-visit": "OfficialVisit", "visit": "WorkingVisit", "reception": "Reception", "summit": "Summit",
       "signing": "Signing", "conference": "Conference"}
EVT_VI = {"credentials": "Trình Quốc thư", "talks": "Hội đàm", "meeting": "Hội kiến", "call": "Điện đàm", "video": "Hội đàm trực tuyến",
          "state-visit": "Thăm cấp Nhà nước", "official-visit": "Thăm chính thức", "visit": "Thăm làm việc", "reception": "Tiếp",
          "summit": "Hội nghị cấp cao", "signing": "Lễ ký", "conference": "Hội nghị"}
EVT_EN = {"credentials": "Presentation of credentials", "talks": "Talks", "meeting": "Meeting", "call": "Phone call", "video": "Online talks",
          "state-visit": "State visit", "official-visit": "Official visit", "visit": "Working visit", "reception": "Reception",
          "summit": "Summit", "signing": "Signing", "conference": "Conference"}

def event(o, kind, date, who, src, place=None, label_vi=None, label_en=None, place_name=None, end=None):
    e = f"{date}-{kind}-" + "-".join(who[:2])
    lv = label_vi or EVT_VI[kind]; le = label_en or EVT_EN[kind]
    extra = ""
    if place: extra += f" ; dk:place country:{place}"
    if place_name: extra += f" ; dk:placeName {q(place_name)}@vi"
    if end: extra += f" ; dk:endDate {date_lit(end)}"
    parts = " , ".join(f"person:{w}" for w in who)
    o.add(f'event:{e} a dk:{EVT[kind]} ; rdfs:label {q(lv)}@vi , {q(le)}@en ; dk:date {date_lit(date)}{extra} ; dk:participant {parts} ;\n        {ev(src)} .')
    return e

files = collections.defaultdict(list)
counts = collections.Counter()
for s in facts.SOURCES:
    key = s["key"]; o = Out(); declared = set()
    gi = f"{BASE}graph/curated/{s['file']}/{key}"
    o.add(f'<{gi}> a dk:SourceGraph ; prov:wasDerivedFrom source:{key} ; prov:generatedAtTime "2026-12-04T00:00:00Z"^^xsd:dateTime ; dk:graphKind "reference" .')
    pub = f' ; dk:publishedOn {date_lit(s["published"])}' if s.get("published") else ""
    o.add(f'source:{key} a dk:WebSource ; dk:title {q(s["title"])} ; dk:publisher {q(s["publisher"])} ; schema:url <{re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), s["url"])}> ; dk:accessedOn "2026-12-04"^^xsd:date{pub} ;\n        rdfs:comment {q("Read from a stored copy of the page. " + s.get("note", ""))}@en .')
    for f in s["facts"]:
        t = f[0]
        if t == "cred-in-vn":  # ("cred-in-vn", date, receiver_slug, [(name, cc), ...]); a tuple here is a JSON array in facts.json
            _, date, receiver, ambs = f
            for a in ambs:
                name, cc = a[0], a[1]
                who = person(o, name, cc, declared)
                p, m = amb_post(o, cc, "VN", declared, a[2] if len(a) > 2 else "Hà Nội")
                holding(o, who, p, key, credentialsPresentedOn=date)
                counts["posting"] += 1
                if not date: continue  # the page gives no certain date: posting only
                event(o, "credentials", date, [who, receiver], key, place="VN",
                      label_vi=f"Đại sứ {cn(cc,'vi')} trình Quốc thư", label_en=f"Ambassador of {cn(cc,'en')} presents credentials")
                counts["event"] += 1
        elif t == "vn-amb":  # ("vn-amb", name, host, {"cred": date, "to": (name, cc, kind) , "concurrent": [cc], "attested": date, "designated": date, "seat": city})
            _, name, host, opt = f
            who = person(o, name, "VN", declared)
            p, m = amb_post(o, "VN", host, declared, opt.get("seat"))
            holding(o, who, p, key, credentialsPresentedOn=opt.get("cred"), designatedOn=opt.get("designated"), attestedOn=opt.get("attested"), endDate=opt.get("end"))
            counts["posting"] += 1
            for c in opt.get("concurrent", []):
                o.add(f'<{ID}accreditation/{who}/{c.lower()}> a dk:Accreditation ; dk:accreditedPerson person:{who} ; dk:accreditedMission mission:{m} ; dk:accreditedTo country:{c} ; dk:concurrent true ;\n        {ev(key)} .')
                counts["accreditation"] += 1
            if opt.get("cred") and opt.get("to"):
                hn, hcc, hkind = opt["to"]
                hs = person(o, hn, hcc, declared)
                if hkind:
                    holding(o, hs, head_post(o, hcc, hkind, declared), key, attestedOn=opt["cred"])
                event(o, "credentials", opt["cred"], [who, hs], key, place=opt.get("place", host),
                      label_vi=f"Đại sứ Việt Nam tại {cn(host,'vi')} trình Quốc thư", label_en=f"Ambassador of Viet Nam to {cn(host,'en')} presents credentials")
                counts["event"] += 1
        elif t == "amb-in-vn":  # ("amb-in-vn", name, cc, {"attested": date, "end": date, "seat": city or None})
            _, name, cc, opt = f
            who = person(o, name, cc, declared)
            p, m = amb_post(o, cc, "VN", declared, opt.get("seat", "Hà Nội"))
            holding(o, who, p, key, attestedOn=opt.get("attested"), endDate=opt.get("end"))
            counts["posting"] += 1
        elif t == "amb":  # ("amb", name, sending cc, host cc, {"cred": date, "attested": date, "end": date, "seat": city}): any other pair of states
            _, name, sc, hc, opt = f
            who = person(o, name, sc, declared)
            p, m = amb_post(o, sc, hc, declared, opt.get("seat"))
            holding(o, who, p, key, credentialsPresentedOn=opt.get("cred"), attestedOn=opt.get("attested"), endDate=opt.get("end"))
            counts["posting"] += 1
        elif t == "head":  # ("head", name, cc, kind, date_attested)
            _, name, cc, kind, date = f
            who = person(o, name, cc, declared)
            holding(o, who, head_post(o, cc, kind, declared), key, attestedOn=date)
        elif t == "event":  # ("event", kind, date, [(name, cc) or slug], place, label_vi, label_en)
            _, kind, date, ppl, place, lv, le = f[:7]
            who = [p if isinstance(p, str) else person(o, p[0], p[1], declared) for p in ppl]
            event(o, kind, date, who, key, place=place, label_vi=lv, label_en=le, end=f[7] if len(f) > 7 else None)
            counts["event"] += 1
        elif t == "vn-post":  # ("vn-post", name, post slug declared in data/reference/officials.trig, date attested)
            _, name, p, date = f
            who = person(o, name, "VN", declared)
            holding(o, who, p, key, attestedOn=date)
            counts["holding"] += 1
        elif t == "person":  # ("person", name, cc)
            person(o, f[1], f[2], declared)
        else:
            raise SystemExit(f"unknown fact {t} in {key}")
    files[s["file"]].append(f"<{gi}> {{\n" + "\n".join(o.lines) + "\n}\n")

for fname, graphs in files.items():
    with open(f"{out_dir}/{fname}.trig", "w") as fh:
        fh.write(PREFIX + "# Generated from the curators' fact list; each named graph is one source, read from a stored copy of the page.\n\n" + "\n".join(graphs))
print(dict(counts), "sources:", len(facts.SOURCES))
