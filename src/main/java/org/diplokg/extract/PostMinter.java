package org.diplokg.extract;

import java.util.Locale;
import java.util.Map;

/**
 * Mints the IRIs and labels of posts and their organisations from a title row's templates
 * ({@code {cc}}, {@code {cc_vi}}, {@code {ministry}} …), and the missions the grammar names. The one
 * place where post IRIs are made, so the scheme of docs/vocabulary.md holds everywhere.
 */
final class PostMinter {

    private final String id;
    private final Gazetteer gazetteer;
    private final Missions missions;

    PostMinter(String baseIri, Gazetteer gazetteer) {
        this.id = baseIri + "id/";
        this.gazetteer = gazetteer;
        this.missions = new Missions(baseIri, gazetteer);
    }

    /** The post of {@code rule} for country {@code cc} (ISO code), with the organisation the row's templates name. */
    PostRef post(TitleRules.Rule rule, String cc, Map<String, String> vars) {
        Map<String, String> all = new java.util.HashMap<>(vars);
        all.putAll(countryVars(cc));
        String orgSlug = fill(rule.org(), all);
        // A Vietnamese organisation (vn-…) is always Viet Nam's, whatever country the title was read for.
        OrgRef org = new OrgRef(
                id + "org/" + orgSlug,
                rule.orgClass(),
                fill(rule.orgVi(), all),
                fill(rule.orgEn(), all),
                orgSlug.startsWith("vn-") ? "VN" : cc,
                null,
                null,
                null,
                null);
        return post(rule, all, org);
    }

    /** The post of {@code rule} in an organisation the grammar found or built (a ministry, an embassy). */
    PostRef post(TitleRules.Rule rule, Map<String, String> vars, OrgRef org) {
        return new PostRef(
                id + "post/" + fill(rule.post(), vars), rule.role(), fill(rule.vi(), vars), fill(rule.en(), vars), org);
    }

    Map<String, String> countryVars(String cc) {
        String[] names = gazetteer.countryNames(cc);
        return Map.of("cc", cc.toLowerCase(Locale.ROOT), "cc_vi", names[0], "cc_en", names[1]);
    }

    OrgRef embassy(String sending, String host) {
        return missions.embassy(sending, host);
    }

    OrgRef consulateGeneral(String[] city) {
        return missions.consulateGeneral(city);
    }

    OrgRef permanentMission(Gazetteer.Entry io) {
        String ioSlug = io.iri().substring(io.iri().lastIndexOf('/') + 1);
        return new OrgRef(
                id + "mission/vn-permanent-mission-" + ioSlug,
                "PermanentMission",
                "Phái đoàn Thường trực Việt Nam tại " + io.label(),
                "Permanent Mission of Viet Nam to the " + io.englishLabel(),
                null,
                "VN",
                null,
                null,
                io.iri());
    }

    OrgRef ministry(Gazetteer.Entry ministry) {
        String en = ministry.englishLabel() != null ? ministry.englishLabel() : ministry.label();
        return new OrgRef(ministry.iri(), "Ministry", ministry.label(), en, "VN", null, null, null, null);
    }

    OrgRef mofa() {
        return gazetteer
                .entity(id + "org/vn-ministry-of-foreign-affairs")
                .map(this::ministry)
                .orElseThrow();
    }

    /** Template variables of a Vietnamese ministry: {ministry} (IRI slug), {ministry_vi}, {ministry_en} ("Foreign Affairs"). */
    Map<String, String> ministryVars(OrgRef ministry) {
        String prefix = id + "org/vn-ministry-of-";
        String en = ministry.labelEn().startsWith("Ministry of ")
                ? ministry.labelEn().substring("Ministry of ".length())
                : ministry.labelEn();
        return Map.of(
                "ministry",
                ministry.iri().substring(prefix.length()),
                "ministry_vi",
                ministry.labelVi(),
                "ministry_en",
                en);
    }

    boolean isVietnameseMinistry(Gazetteer.Entry e) {
        return e.iri().startsWith(id + "org/vn-ministry-of-");
    }

    static String fill(String template, Map<String, String> vars) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String key = template.substring(open + 1, close);
            String value = vars.get(key);
            if (value == null) {
                throw new IllegalStateException("no value for {" + key + "} in " + template);
            }
            out.append(template, i, open).append(value);
            i = close + 1;
        }
        return out.toString();
    }
}
