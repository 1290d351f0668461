package org.diplokg.extract;

import java.util.Locale;
import org.diplokg.ontology.IriPolicy;

/** IRIs and declarations of diplomatic missions, by the convention of docs/vocabulary.md (id/mission/vn-embassy-cn …). */
final class Missions {

    private final String id;
    private final Gazetteer gazetteer;

    Missions(String baseIri, Gazetteer gazetteer) {
        this.id = new IriPolicy(baseIri).entitySpace();
        this.gazetteer = gazetteer;
    }

    OrgRef embassy(String sending, String host) {
        String[] s = gazetteer.countryNames(sending);
        String[] h = gazetteer.countryNames(host);
        return new OrgRef(
                id + "mission/" + sending.toLowerCase(Locale.ROOT) + "-embassy-" + host.toLowerCase(Locale.ROOT),
                "Embassy",
                "Đại sứ quán " + s[0] + " tại " + h[0],
                "Embassy of " + s[1] + " in " + h[1],
                null,
                sending,
                host,
                null,
                null);
    }

    /** @param city {ISO alpha-2, English name, name as written} */
    OrgRef consulateGeneral(String[] city) {
        String cc = city[0];
        String[] name = gazetteer.countryNames(cc);
        return new OrgRef(
                id + "mission/vn-consulate-general-" + cc.toLowerCase(Locale.ROOT) + "-" + VietnameseText.slug(city[1]),
                "ConsulateGeneral",
                "Tổng Lãnh sự quán Việt Nam tại " + city[2],
                "Consulate General of Viet Nam in " + city[1] + ", " + name[1],
                null,
                "VN",
                cc,
                city[1],
                null);
    }
}
