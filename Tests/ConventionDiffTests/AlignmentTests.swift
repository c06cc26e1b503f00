import ConventionDiff
import ConventionModel
import Testing

/// Article alignment on small conventions written for the test: renumbering, moves, splits,
/// merges, and what does not count as a change.
@Suite struct AlignmentTests {
    static let objet = "La présente convention définit les modalités de la coopération entre la Région et Pôle emploi pour l'accès à l'emploi des jeunes."
    static let duree = "La présente convention est conclue pour une durée d'un an à compter de sa notification aux parties signataires."
    static let resiliation = "Chaque partie peut résilier la présente convention par lettre recommandée avec accusé de réception moyennant un préavis de trois mois."
    static let donnees = "Les parties traitent les données personnelles échangées dans le respect du règlement général sur la protection des données."
    static let communication = "Les partenaires font état de leur partenariat sur tous les documents relatifs aux actions conduites au titre de la convention."

    private func compare(_ old: DraftConvention, _ new: DraftConvention) -> ConventionDiffReport {
        let (a, oldText) = old.build(), (b, newText) = new.build()
        return ConventionDiff.compare(old: a, oldText: oldText, new: b, newText: newText)
    }

    private func summary(_ report: ConventionDiffReport) -> [String] {
        report.changes.map { "\($0.kind.rawValue) \($0.field.rawValue) \($0.oldArticles.joined(separator: ",")) → \($0.newArticles.joined(separator: ","))" }
    }

    @Test func anInsertedArticleRenumbersTheArticlesAfterIt() {
        var old = DraftConvention(), new = DraftConvention()
        old.article("1", "Objet", Self.objet); old.article("2", "Durée", Self.duree); old.article("3", "Résiliation", Self.resiliation)
        new.article("1", "Objet", Self.objet); new.article("2", "Données personnelles", Self.donnees)
        new.article("3", "Durée", Self.duree); new.article("4", "Résiliation", Self.resiliation)
        #expect(summary(compare(old, new)) == [
            "added article  → article 2",
            "renumbered article article 2 → article 3",
            "renumbered article article 3 → article 4",
        ])
    }

    @Test func anArticleTakenOutOfOrderIsMovedAndTheOthersRenumbered() {
        var old = DraftConvention(), new = DraftConvention()
        old.article("1", "Objet", Self.objet); old.article("2", "Communication", Self.communication)
        old.article("3", "Durée", Self.duree); old.article("4", "Résiliation", Self.resiliation)
        new.article("1", "Objet", Self.objet); new.article("2", "Durée", Self.duree)
        new.article("3", "Résiliation", Self.resiliation); new.article("4", "Communication", Self.communication)
        let report = compare(old, new)
        #expect(summary(report) == [
            "renumbered article article 3 → article 2",
            "renumbered article article 4 → article 3",
            "moved article article 2 → article 4",
        ])
        #expect(report.changes.last?.before == "Communication" && report.changes.last?.after == "Communication")
    }

    @Test func aSectionMovedUnderAnotherArticleIsMoved() {
        var old = DraftConvention(), new = DraftConvention()
        let o1 = old.article("1", "Engagements de la Région", "")
        old.article("1.1", "Accueil", Self.objet, parent: o1, kind: .section)
        old.article("1.2", "Communication", Self.communication, parent: o1, kind: .section)
        let o2 = old.article("2", "Engagements communs", "")
        old.article("2.1", "Données", Self.donnees, parent: o2, kind: .section)
        let n1 = new.article("1", "Engagements de la Région", "")
        new.article("1.1", "Accueil", Self.objet, parent: n1, kind: .section)
        let n2 = new.article("2", "Engagements communs", "")
        new.article("2.1", "Données", Self.donnees, parent: n2, kind: .section)
        new.article("2.2", "Communication", Self.communication, parent: n2, kind: .section)
        #expect(summary(compare(old, new)) == ["moved article article 1/section 1.2 → article 2/section 2.2"])
    }

    @Test func anArticleCutInTwoIsSplit() {
        var old = DraftConvention(), new = DraftConvention()
        old.article("1", "Objet", Self.objet); old.article("2", "Durée et résiliation", Self.duree + "\n" + Self.resiliation)
        old.article("3", "Communication", Self.communication)
        new.article("1", "Objet", Self.objet); new.article("2", "Durée", Self.duree); new.article("3", "Résiliation", Self.resiliation)
        new.article("4", "Communication", Self.communication)
        let report = compare(old, new)
        #expect(summary(report) == [
            "split article article 2 → article 2,article 3",
            "renumbered article article 3 → article 4",
        ])
        #expect(report.changes.first?.before == "Durée et résiliation" && report.changes.first?.after == "Durée | Résiliation")
    }

    @Test func twoArticlesJoinedAreMerged() {
        var old = DraftConvention(), new = DraftConvention()
        old.article("1", "Objet", Self.objet); old.article("2", "Durée", Self.duree); old.article("3", "Résiliation", Self.resiliation)
        new.article("1", "Objet", Self.objet); new.article("2", "Durée et résiliation", Self.duree + "\n" + Self.resiliation)
        #expect(summary(compare(old, new)) == ["merged article article 2,article 3 → article 2"])
    }

    @Test func anEditOutsideEveryTypedItemIsAnArticleModification() throws {
        var old = DraftConvention(), new = DraftConvention()
        old.article("1", "Objet", Self.objet); old.article("2", "Communication", Self.communication)
        new.article("1", "Objet", Self.objet)
        new.article("2", "Communication", Self.communication.replacingOccurrences(of: "tous les documents", with: "les documents imprimés"))
        let change = try #require(compare(old, new).changes.first)
        #expect(change.kind == .modified && change.field == .article)
        #expect(change.oldArticles == ["article 2"] && change.newArticles == ["article 2"])
        #expect(change.before == "tous" && change.after == "imprimés")
    }

    @Test func theSameTextReorderedInsideNothingElseChangedIsNoChange() {
        var old = DraftConvention()
        old.article("1", "Objet", Self.objet); old.article("2", "Durée", Self.duree)
        #expect(compare(old, old).changes.isEmpty)
    }

    @Test func obligationsPerParty() throws {
        var old = DraftConvention(), new = DraftConvention()
        let a = old.article("1", "Engagements", "La Région s'engage à réunir les partenaires deux fois par an. Pôle emploi peut transmettre les offres d'emploi du territoire.")
        old.commit(["P1"], "réunir les partenaires deux fois par an", in: a, frequency: Frequency(text: "deux fois par an", perYear: 2))
        old.commit(["P2"], "transmettre les offres d'emploi du territoire", in: a, modality: .permission)
        old.article("2", "Durée", Self.duree)
        let b = new.article("1", "Engagements", "La Région s'engage à réunir les partenaires une fois par an. Pôle emploi s'engage à transmettre les offres d'emploi du territoire.")
        new.commit(["P1"], "réunir les partenaires une fois par an", in: b, frequency: Frequency(text: "une fois par an", perYear: 1))
        new.commit(["P2"], "transmettre les offres d'emploi du territoire", in: b, modality: .obligation)
        let c = new.article("2", "Durée", Self.duree + " Pôle emploi s'engage à publier un bilan.")
        new.commit(["P2"], "publier un bilan", in: c)
        let report = compare(old, new)
        #expect(summary(report) == [
            "modified obligation article 1 → article 1",
            "modified obligation article 1 → article 1",
            "added obligation  → article 2",
        ])
        let frequency = try #require(report.changes.first { $0.parties == ["P1"] })
        #expect(frequency.details.map(\.aspect) == ["frequency"])
        #expect(frequency.wordDiff.filter { $0.op != .equal }.map(\.text) == ["deux ", "une "])
        let modality = try #require(report.changes.first { $0.parties == ["P2"] && $0.kind == .modified })
        #expect(modality.details == [.init(aspect: "modality", before: "permission", after: "obligation")])
        #expect(report.summary.parties.first { $0.party == "P2" }?.obligationsAdded == 1)
    }

    @Test func anObligationInAnotherArticleMoved() throws {
        var old = DraftConvention(), new = DraftConvention()
        let a = old.article("1", "Objet", Self.objet + " La Région s'engage à publier un bilan annuel des actions.")
        old.commit(["P1"], "publier un bilan annuel des actions", in: a)
        old.article("2", "Communication", Self.communication)
        new.article("1", "Objet", Self.objet)
        let b = new.article("2", "Communication", Self.communication + " La Région s'engage à publier un bilan annuel des actions.")
        new.commit(["P1"], "publier un bilan annuel des actions", in: b)
        #expect(summary(compare(old, new)) == ["moved obligation article 1 → article 2"])
    }

    @Test func aPartyWithAnotherNameInTheSamePlaceIsRenamedAndItsNameIsNoChangeElsewhere() throws {
        var old = DraftConvention()
        let a = old.article("1", "Engagements", "Pôle emploi s'engage à transmettre les offres d'emploi du territoire au Pôle emploi régional.")
        old.commit(["P2"], "transmettre les offres d'emploi du territoire au Pôle emploi régional", in: a)
        var new = old
        new.parties[1].name = "France Travail"
        new.parties[1].aliases = ["France Travail"]
        new.units[0].body = "France Travail s'engage à transmettre les offres d'emploi du territoire à France Travail régional."
        new.commitments[0].text = "transmettre les offres d'emploi du territoire à France Travail régional"
        let report = compare(old, new)
        #expect(summary(report) == ["renamed party opening → opening"])
        #expect(report.changes.first?.before == "Pôle emploi" && report.changes.first?.after == "France Travail")
        #expect(report.party("P2")?.status == .renamed)
    }

    @Test func aSharedDesignatorStillMakesARename() {
        var old = DraftConvention()
        old.parties[1].aliases = ["l'opérateur"]
        old.article("1", "Objet", Self.objet)
        var new = old
        new.parties[1] = Party(id: "P2", name: "France Travail", aliases: ["l'opérateur"], address: "11 rue de Lyon, Paris")
        let report = compare(old, new)
        #expect(report.party("P2")?.status == .renamed)
        #expect(summary(report) == ["renamed party opening → opening", "modified party opening → opening", "modified party opening → opening"])
        #expect(report.changes.dropFirst().flatMap { $0.details.map(\.aspect) } == ["address", "legalForm"])
    }

    @Test func theSameCommitmentsUnderAnotherNameAreARename() {
        var old = DraftConvention()
        let a = old.article("1", "Engagements", "Pôle emploi s'engage à transmettre les offres d'emploi du territoire.")
        old.commit(["P2"], "transmettre les offres d'emploi du territoire", in: a)
        var new = old
        // Another name, another address, no legal form: only the place and the commitment agree.
        new.parties[1] = Party(id: "P2", name: "France Travail", aliases: ["France Travail"], address: "11 rue de Lyon, Paris")
        new.units[0].body = "France Travail s'engage à transmettre les offres d'emploi du territoire."
        #expect(compare(old, new).party("P2")?.status == .renamed)
        // With the commitment gone too, nothing but the place is left: another party.
        new.units[0].body = "France Travail s'engage à publier un bilan des actions conduites."
        new.commitments[0].text = "publier un bilan des actions conduites"
        #expect(compare(old, new).party("P2")?.status == .added)
    }

    @Test func anotherOrganisationWithNothingInCommonIsRemovedAndAdded() {
        var old = DraftConvention()
        old.parties.append(Party(id: "P3", name: "Mission locale de Caen", address: "5 rue de Bras, Caen"))
        old.article("1", "Objet", Self.objet)
        var new = old
        new.parties[2] = Party(id: "P3", name: "Cap emploi Calvados", address: "12 rue Saint-Jean, Lisieux")
        let report = compare(old, new)
        #expect(summary(report) == ["removed party opening → ", "added party  → opening"])
        #expect(report.parties.map(\.id) == ["P1", "P2", "P3", "old:P3"])
    }

    @Test func graphsThatDoNotFitTheirTextsAreReadWithoutCrashing() {
        var draft = DraftConvention()
        let a = draft.article("1", "Objet", Self.objet + " La Région s'engage à publier un bilan.")
        draft.commit(["P1"], "publier un bilan", in: a)
        draft.article("2", "Durée", Self.duree)
        var (graph, text) = draft.build()
        // Spans past the end or reversed, a parent that comes later, an unknown debtor.
        graph.articles[0].span = Span(start: 10, end: 900_000, page: 1)
        graph.articles[1].span = Span(start: 500, end: 20, page: 1)
        graph.articles[0].parent = graph.articles[1].id
        graph.obligations[0].span = Span(start: 800_000, end: 800_010, page: 1)
        graph.obligations[0].debtors = ["P9"]
        graph.parties[0].span = Span(start: 40, end: 2, page: 1)
        let report = ConventionDiff.compare(old: graph, oldText: text, new: graph, newText: String(text.prefix(50)))
        #expect(report.changes.contains { $0.field == .article })
        let empty = ConventionGraph(document: DocumentInfo(source: "", sha256: nil, format: "text", pages: 1, kind: .unknown, title: nil))
        #expect(ConventionDiff.compare(old: empty, oldText: "", new: empty, newText: "").changes.isEmpty)
        #expect(!ConventionDiff.compare(old: empty, oldText: "", new: graph, newText: text).changes.isEmpty)
    }
}
