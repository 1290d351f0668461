package org.diplokg.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the DiploKG ontology ({@code ontology/diplokg.ttl}) as Jena nodes, so that code names a term once
 * instead of repeating the namespace string. Written once from the ontology in the style of Jena's schemagen
 * (constants named as the terms); {@code DiploKgVocabularyTest} fails when the two disagree, so a new or renamed
 * term shows up here or the build says so.
 */
public final class DiploKg {

    /** The ontology namespace; {@code dk:} in Turtle and SPARQL. */
    public static final String NS = "https://w3id.org/diplokg/ontology#";

    private DiploKg() {}

    /** A term by local name, for names that come from data (for example an event type read from a rule file). */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    // Classes
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Government = term("Government");
    public static final Node Ministry = term("Ministry");
    public static final Node Department = term("Department");
    public static final Node PoliticalParty = term("PoliticalParty");
    public static final Node PartyBody = term("PartyBody");
    public static final Node Legislature = term("Legislature");
    public static final Node StatePresidency = term("StatePresidency");
    public static final Node DiplomaticMission = term("DiplomaticMission");
    public static final Node Embassy = term("Embassy");
    public static final Node ConsulateGeneral = term("ConsulateGeneral");
    public static final Node PermanentMission = term("PermanentMission");
    public static final Node InternationalOrganization = term("InternationalOrganization");
    public static final Node Country = term("Country");
    public static final Node Post = term("Post");
    public static final Node PostHolding = term("PostHolding");
    public static final Node Accreditation = term("Accreditation");
    public static final Node DiplomaticRelation = term("DiplomaticRelation");
    public static final Node Partnership = term("Partnership");
    public static final Node PartnershipStage = term("PartnershipStage");
    public static final Node Event = term("Event");
    public static final Node OfficialVisit = term("OfficialVisit");
    public static final Node StateVisit = term("StateVisit");
    public static final Node WorkingVisit = term("WorkingVisit");
    public static final Node Talks = term("Talks");
    public static final Node Meeting = term("Meeting");
    public static final Node Reception = term("Reception");
    public static final Node WorkingSession = term("WorkingSession");
    public static final Node PhoneCall = term("PhoneCall");
    public static final Node VideoCall = term("VideoCall");
    public static final Node Conference = term("Conference");
    public static final Node Summit = term("Summit");
    public static final Node Signing = term("Signing");
    public static final Node CredentialsPresentation = term("CredentialsPresentation");
    public static final Node AwardCeremony = term("AwardCeremony");
    public static final Node Participation = term("Participation");
    public static final Node Agreement = term("Agreement");
    public static final Node Treaty = term("Treaty");
    public static final Node MemorandumOfUnderstanding = term("MemorandumOfUnderstanding");
    public static final Node JointStatement = term("JointStatement");
    public static final Node PolicyDocument = term("PolicyDocument");
    public static final Node PartyResolution = term("PartyResolution");
    public static final Node PartyDirective = term("PartyDirective");
    public static final Node PartyConclusion = term("PartyConclusion");
    public static final Node PartyRegulation = term("PartyRegulation");
    public static final Node GovernmentDecision = term("GovernmentDecision");
    public static final Node GovernmentResolution = term("GovernmentResolution");
    public static final Node PrimeMinisterDirective = term("PrimeMinisterDirective");
    public static final Node ReportedFigure = term("ReportedFigure");
    public static final Node AwardConferral = term("AwardConferral");
    public static final Node Article = term("Article");
    public static final Node WebSource = term("WebSource");
    public static final Node SourceGraph = term("SourceGraph");
    public static final Node Evidence = term("Evidence");

    // Object properties
    public static final Node nationality = term("nationality");
    public static final Node ofState = term("ofState");
    public static final Node sendingState = term("sendingState");
    public static final Node hostCountry = term("hostCountry");
    public static final Node accreditedToOrganization = term("accreditedToOrganization");
    public static final Node role = term("role");
    public static final Node holder = term("holder");
    public static final Node post = term("post");
    public static final Node rank = term("rank");
    public static final Node accreditedMission = term("accreditedMission");
    public static final Node accreditedPerson = term("accreditedPerson");
    public static final Node accreditedTo = term("accreditedTo");
    public static final Node party = term("party");
    public static final Node hasStage = term("hasStage");
    public static final Node partnership = term("partnership");
    public static final Node level = term("level");
    public static final Node upgradedFrom = term("upgradedFrom");
    public static final Node status = term("status");
    public static final Node announcedIn = term("announcedIn");
    public static final Node participant = term("participant");
    public static final Node participation = term("participation");
    public static final Node agent = term("agent");
    public static final Node participantRole = term("participantRole");
    public static final Node place = term("place");
    public static final Node signatory = term("signatory");
    public static final Node signedDuring = term("signedDuring");
    public static final Node issuer = term("issuer");
    public static final Node aboutEntity = term("aboutEntity");
    public static final Node recipient = term("recipient");
    public static final Node awardedBy = term("awardedBy");
    public static final Node evidence = term("evidence");
    public static final Node source = term("source");
    public static final Node extractionMethod = term("extractionMethod");
    public static final Node cites = term("cites");
    public static final Node mentions = term("mentions");
    public static final Node unStatus = term("unStatus");

    // Datatype properties
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node attestedOn = term("attestedOn");
    public static final Node designatedOn = term("designatedOn");
    public static final Node credentialsPresentedOn = term("credentialsPresentedOn");
    public static final Node establishedOn = term("establishedOn");
    public static final Node date = term("date");
    public static final Node signedOn = term("signedOn");
    public static final Node issuedOn = term("issuedOn");
    public static final Node refPeriod = term("refPeriod");
    public static final Node refPeriodStart = term("refPeriodStart");
    public static final Node refPeriodEnd = term("refPeriodEnd");
    public static final Node awardedOn = term("awardedOn");
    public static final Node publishedOn = term("publishedOn");
    public static final Node accessedOn = term("accessedOn");
    public static final Node isoAlpha2 = term("isoAlpha2");
    public static final Node isoAlpha3 = term("isoAlpha3");
    public static final Node isoNumeric = term("isoNumeric");
    public static final Node seatCity = term("seatCity");
    public static final Node acting = term("acting");
    public static final Node concurrent = term("concurrent");
    public static final Node ladderRank = term("ladderRank");
    public static final Node placeName = term("placeName");
    public static final Node cameoCode = term("cameoCode");
    public static final Node dateResolved = term("dateResolved");
    public static final Node dateExpression = term("dateExpression");
    public static final Node documentNumber = term("documentNumber");
    public static final Node title = term("title");
    public static final Node verification = term("verification");
    public static final Node measure = term("measure");
    public static final Node value = term("value");
    public static final Node unit = term("unit");
    public static final Node awardName = term("awardName");
    public static final Node fileName = term("fileName");
    public static final Node sha256 = term("sha256");
    public static final Node publisher = term("publisher");
    public static final Node graphKind = term("graphKind");
    public static final Node startOffset = term("startOffset");
    public static final Node endOffset = term("endOffset");
    public static final Node extractionRule = term("extractionRule");
    public static final Node confidence = term("confidence");

    // Annotation properties
    public static final Node explorerCategory = term("explorerCategory");
    public static final Node defaultCameoCode = term("defaultCameoCode");

    // Concept schemes
    public static final Node PartnershipLevelScheme = term("PartnershipLevelScheme");
    public static final Node PartnershipStatusScheme = term("PartnershipStatusScheme");
    public static final Node RoleScheme = term("RoleScheme");
    public static final Node RankScheme = term("RankScheme");
    public static final Node ParticipantRoleScheme = term("ParticipantRoleScheme");
    public static final Node ExtractionMethodScheme = term("ExtractionMethodScheme");
    public static final Node UNStatusScheme = term("UNStatusScheme");

    // Concepts
    public static final Node SpecialRelationship = term("SpecialRelationship");
    public static final Node ComprehensiveStrategicPartnership = term("ComprehensiveStrategicPartnership");
    public static final Node StrategicPartnership = term("StrategicPartnership");
    public static final Node ExtensiveStrategicPartnership = term("ExtensiveStrategicPartnership");
    public static final Node ComprehensivePartnership = term("ComprehensivePartnership");
    public static final Node Announced = term("Announced");
    public static final Node InForce = term("InForce");
    public static final Node Superseded = term("Superseded");
    public static final Node GeneralSecretary = term("GeneralSecretary");
    public static final Node StatePresident = term("StatePresident");
    public static final Node PrimeMinister = term("PrimeMinister");
    public static final Node DeputyPrimeMinister = term("DeputyPrimeMinister");
    public static final Node PermanentDeputyPrimeMinister = term("PermanentDeputyPrimeMinister");
    public static final Node ChairOfNationalAssembly = term("ChairOfNationalAssembly");
    public static final Node Minister = term("Minister");
    public static final Node DeputyMinister = term("DeputyMinister");
    public static final Node PermanentDeputyMinister = term("PermanentDeputyMinister");
    public static final Node AssistantMinister = term("AssistantMinister");
    public static final Node Ambassador = term("Ambassador");
    public static final Node Monarch = term("Monarch");
    public static final Node CrownPrince = term("CrownPrince");
    public static final Node PermanentRepresentative = term("PermanentRepresentative");
    public static final Node HeadOfMission = term("HeadOfMission");
    public static final Node MinisterCounsellor = term("MinisterCounsellor");
    public static final Node Counsellor = term("Counsellor");
    public static final Node DefenceAttache = term("DefenceAttache");
    public static final Node ConsulGeneral = term("ConsulGeneral");
    public static final Node ChargeDAffaires = term("ChargeDAffaires");
    public static final Node Spokesperson = term("Spokesperson");
    public static final Node DepartmentDirector = term("DepartmentDirector");
    public static final Node DeputyDepartmentDirector = term("DeputyDepartmentDirector");
    public static final Node PolitburoMember = term("PolitburoMember");
    public static final Node CentralCommitteeMember = term("CentralCommitteeMember");
    public static final Node SecretariatMember = term("SecretariatMember");
    public static final Node ProvincialLeader = term("ProvincialLeader");
    public static final Node AmbassadorialRank = term("AmbassadorialRank");
    public static final Node MinisterCounsellorRank = term("MinisterCounsellorRank");
    public static final Node Host = term("Host");
    public static final Node Guest = term("Guest");
    public static final Node Chair = term("Chair");
    public static final Node Attendee = term("Attendee");
    public static final Node ManualAnnotation = term("ManualAnnotation");
    public static final Node RuleBasedExtraction = term("RuleBasedExtraction");
    public static final Node UNMemberState = term("UNMemberState");
    public static final Node UNObserverState = term("UNObserverState");

    // review of extracted facts and the audit trail
    public static final Node ReviewDecision = term("ReviewDecision");
    public static final Node AuditEntry = term("AuditEntry");
    public static final Node reviewedFact = term("reviewedFact");
    public static final Node reviewedGraph = term("reviewedGraph");
    public static final Node reviewItem = term("reviewItem");
    public static final Node decision = term("decision");
    public static final Node reviewStatus = term("reviewStatus");
    public static final Node verified = term("verified");
    public static final Node spouse = term("spouse");
    public static final Node endpoint = term("endpoint");
    public static final Node httpMethod = term("httpMethod");
    public static final Node httpStatus = term("httpStatus");
    public static final Node triplesAdded = term("triplesAdded");
    public static final Node triplesRemoved = term("triplesRemoved");
    public static final Node touchedGraph = term("touchedGraph");
    public static final Node DefaultGraph = term("DefaultGraph");
    public static final Node ReviewOutcomeScheme = term("ReviewOutcomeScheme");
    public static final Node Accepted = term("Accepted");
    public static final Node Rejected = term("Rejected");
    public static final Node Corrected = term("Corrected");
}
