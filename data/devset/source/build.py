#!/usr/bin/env python3
"""Builds the development set from its annotated sources.

Each source file (source/{dev,test}/*.ann) holds a header of facts and the page in a small markup:
line kinds (M menu, H headline, D date line, S summary, B byline, P paragraph, C photo caption,
R linked-story teaser, X share bar / footer), persons as [[Name]], and evidence spans as
{id|text} (ids starting with "t" are teasers). The script writes the page (.txt or .html) with the
markup removed and a gold JSON whose offsets are code points into the file as written, so no offset
is ever counted by hand. Run from the repository root: python3 data/devset/source/build.py
"""
import hashlib
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent  # data/devset

MENU_TXT = "Trang chủ | Thời sự | Thế giới | Kinh tế | Người Việt bốn phương | Văn hóa | Đa phương tiện"
SHARE_TXT = "Chia sẻ: Facebook | Zalo | Twitter | In bài | Sao chép liên kết"

# The HTML around a line of each kind that stands alone on the page: (before the text, after it).
HTML_BLOCKS = {
    "D": ("<p class=\"time\">", "</p>"),
    "S": ("<p class=\"sapo\"><strong>", "</strong></p>"),
    "B": ("<p class=\"author\">", "</p>"),
    "P": ("<p>", "</p>"),
    "C": ("<figure><img src=\"/img/photo.jpg\" alt=\"\"><figcaption>", "</figcaption></figure>"),
    "X": ("<div class=\"share\"><a href=\"#\">", "</a></div>"),
}


def render(lines, fmt):
    """Page lines (kind, text) -> page text with markup still inside."""
    out = []
    if fmt == "txt":
        related = False
        for kind, text in lines:
            if kind == "R":
                if not related:
                    out.append("")
                    out.append("Tin liên quan")
                    related = True
                out.append("- " + text)
                continue
            related = False
            if kind in ("H", "S"):
                out.append(text)
                out.append("")
            elif kind == "C":
                out.append("(Ảnh: " + text + ")" if not text.startswith("Ảnh") else text)
            else:
                out.append(text)
        return "\n".join(out) + "\n"
    # Page furniture is written the way a CMS template emits it, a run of tags on one line.
    html = ["<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>"]
    title = ""
    in_related = False
    body = []
    for kind, text in lines:
        if kind != "R" and in_related:
            body[-1] += "</ul></div>"
            in_related = False
        if kind == "M":
            links = "".join("<a href=\"/%d\">%s</a> " % (i, w.strip()) for i, w in enumerate(text.split("|")))
            body.append("<nav class=\"menu\">" + links + "</nav>")
        elif kind == "H":
            title = re.sub(r"\{[a-z0-9]+\||\}|\[\[|\]\]", "", text)
            body.append("<article><h1 class=\"title\">" + text + "</h1>")
        elif kind in HTML_BLOCKS:
            before, after = HTML_BLOCKS[kind]
            body.append(before + text + after)
        elif kind == "R":
            item = "<li><a href=\"/tin-lien-quan\">" + text + "</a></li>"
            if in_related:
                body[-1] += item
            else:
                body.append("<div class=\"related\"><h3>Tin liên quan</h3><ul>" + item)
                in_related = True
    if in_related:
        body[-1] += "</ul></div>"
    body.append("</article><footer><p>Bản quyền thuộc về tòa soạn. Không sao chép khi chưa được phép.</p></footer>"
                "</body></html>")
    html[0] = html[0] % title
    return "\n".join(html + body) + "\n"


SPAN_OPEN = re.compile(r"\{([a-z][a-z0-9]*)\|")


def strip(marked):
    """Removes the markup; returns clean text, spans {id: (start, end)}, person mentions [(name, start, end, span_ids)]."""
    out = []
    spans = {}
    stack = []
    persons = []
    i = 0
    pos = 0
    while i < len(marked):
        m = SPAN_OPEN.match(marked, i)
        if m:
            stack.append((m.group(1), pos))
            i = m.end()
            continue
        if marked.startswith("[[", i):
            j = marked.index("]]", i)
            name = marked[i + 2:j]
            persons.append((name, pos, pos + len(name), [s for s, _ in stack]))
            out.append(name)
            pos += len(name)
            i = j + 2
            continue
        c = marked[i]
        if c == "}" and stack:
            sid, start = stack.pop()
            if sid in spans:
                sys.exit("span %s twice" % sid)
            spans[sid] = (start, pos)
            i += 1
            continue
        out.append(c)
        pos += 1
        i += 1
    if stack:
        sys.exit("unclosed span " + str(stack))
    return "".join(out), spans, persons


def header_and_lines(path):
    raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    head, _, page = raw.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            k, _, v = line.partition(":")
            meta.setdefault(k.strip(), []).append(v.strip())
    lines = []
    for line in page.splitlines():
        if not line.strip():
            continue
        kind, _, text = line.partition(": ")
        if kind not in "MHDSBPCRX" or len(kind) != 1:
            sys.exit("%s: bad line kind in %r" % (path, line[:40]))
        lines.append((kind, text))
    return meta, lines


def items(meta, key):
    out = []
    for v in meta.get(key, []):
        out.extend(x.strip() for x in v.split(";") if x.strip())
    return out


def span_of(ref, spans, path):
    sid = ref.lstrip("@")
    if sid not in spans:
        sys.exit("%s: no span %s" % (path, sid))
    return sid, spans[sid]


def fullmatch_or_exit(pattern, item, what, path):
    m = re.fullmatch(pattern, item)
    if not m:
        sys.exit("%s: bad %s %r" % (path, what, item))
    return m


def build(path, part):
    meta, lines = header_and_lines(path)
    fmt = meta["format"][0]
    name = path.stem + "." + fmt
    marked = render(lines, fmt)
    text, spans, mentions = strip(marked)
    if "[[" in text or "]]" in text or SPAN_OPEN.search(text):
        sys.exit("%s: markup left in text" % path)
    if fmt == "html" and re.search(r"&[a-z#0-9]+;", text):
        sys.exit("%s: HTML entity in text" % path)

    def ev(sid):
        s, e = spans[sid]
        return {"start": s, "end": e, "text": text[s:e], **({"teaser": True} if sid.startswith("t") else {})}

    honorifics = dict(x.split(" = ") for x in items(meta, "honorifics"))
    spouses = dict(x.split(" = ") for x in items(meta, "spouses"))
    aliases = {}
    for x in items(meta, "aliases"):
        k, v = x.split(" = ")
        aliases.setdefault(k, []).append(v)
    persons = []
    seen = {}
    for pname, s, e, sids in mentions:
        if pname in aliases.get(pname, []):
            continue
        canonical = next((k for k, v in aliases.items() if pname in v), pname)
        teaser = all(x.startswith("t") for x in sids) and sids
        if canonical in seen:
            p = seen[canonical]
            if not teaser:
                p.pop("teaser", None)
            continue
        p = {"name": canonical}
        if canonical in aliases:
            p["aliases"] = aliases[canonical]
        if canonical in honorifics:
            p["honorific"] = honorifics[canonical]
        if canonical in spouses:
            p["spouseOf"] = spouses[canonical]
        p.update({"start": s, "end": e, "text": text[s:e]})
        if teaser:
            p["teaser"] = True
        seen[canonical] = p
        persons.append(p)
    for k in list(honorifics) + list(spouses) + list(spouses.values()):
        if k not in seen:
            sys.exit("%s: %s is not marked as a person" % (path, k))

    def person_known(n):
        if n not in seen:
            sys.exit("%s: %s is not marked as a person" % (path, n))
        return n

    titles = []
    for x in items(meta, "titles"):
        m = fullmatch_or_exit(r"(.+?) = (\S+) (@\S+)", x, "title", path)
        sid, _ = span_of(m.group(3), spans, path)
        titles.append({"person": person_known(m.group(1)), "post": m.group(2), **ev(sid)})
    events = []
    for x in items(meta, "events"):
        t, d, ref = x.split()
        sid, _ = span_of(ref, spans, path)
        events.append({"type": t, "date": d, **ev(sid)})
    partnerships = []
    for x in items(meta, "partnerships"):
        parts = x.split()
        sid, _ = span_of(parts[2], spans, path)
        p = {"country": parts[0], "level": "dk:" + parts[1]}
        for extra in parts[3:]:
            k, _, v = extra.partition("=")
            p[k] = v
        partnerships.append({**p, **ev(sid)})
    relations = []
    for x in items(meta, "relations"):
        parts = x.split()
        sid, _ = span_of(parts[2], spans, path)
        r = {"country": parts[0], "established": parts[1]}
        if "anniversary" in parts[3:]:
            r["fromAnniversary"] = True
        relations.append({**r, **ev(sid)})
    postings = []
    for x in items(meta, "postings"):
        m = fullmatch_or_exit(r"(.+?) ([A-Z]{2})>([A-Z]{2}) (@\S+)((?: \S+)*)", x, "posting", path)
        sid, _ = span_of(m.group(4), spans, path)
        p = {"person": person_known(m.group(1)), "sendingState": m.group(2), "receivingState": m.group(3),
             "concurrent": "concurrent" in m.group(5).split()}
        for extra in m.group(5).split():
            if extra.startswith("date="):
                p["date"] = extra[5:]
        postings.append({**p, **ev(sid)})
    countries = items(meta, "countries")[0].split() if meta.get("countries") else []
    for t in titles:
        cc = t["post"][:2].upper()
        if cc not in countries:
            sys.exit("%s: title %s names a country not in countries" % (path, t["post"]))
    for p in postings:
        for cc in (p["sendingState"], p["receivingState"]):
            if cc not in countries:
                sys.exit("%s: posting country %s not in countries" % (path, cc))
    data = text.encode("utf-8")
    gold = {
        "article": name,
        "sha256": hashlib.sha256(data).hexdigest(),
        "published": meta["published"][0],
        "format": fmt,
        "persons": persons,
        "personTitles": titles,
        "countries": countries,
        "events": events,
        "partnershipLevels": partnerships,
        "relations": relations,
        "postings": postings,
    }
    if meta.get("note"):
        gold["note"] = " ".join(meta["note"])
    (ROOT / part / "articles").mkdir(parents=True, exist_ok=True)
    (ROOT / part / "gold").mkdir(parents=True, exist_ok=True)
    (ROOT / part / "articles" / name).write_bytes(data)
    (ROOT / part / "gold" / (path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def main():
    counts = {}
    for part in ("dev", "test"):
        for path in sorted((ROOT / "source" / part).glob("*.ann")):
            g = build(path, part)
            counts[part] = counts.get(part, 0) + 1
            for k in ("persons", "personTitles", "events", "partnershipLevels", "relations", "postings"):
                counts[part + "." + k] = counts.get(part + "." + k, 0) + len(g[k])
    print(json.dumps(counts, indent=1))


if __name__ == "__main__":
    main()
