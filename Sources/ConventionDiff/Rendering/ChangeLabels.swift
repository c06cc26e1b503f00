/// The French words of the renderings: field and kind names with their agreement, aspect
/// names, article references, and one headline per change.
enum ChangeLabels {
    /// A group of changes as the renderings show them.
    struct Section {
        var title: String
        /// Sub-groups (obligations per party); one untitled group otherwise.
        var groups: [(title: String?, changes: [ConventionChange])]
    }

    /// The sections of a report, in reading order, empty ones left out.
    static func sections(of report: ConventionDiffReport) -> [Section] {
        let changes = report.changes
        func of(_ fields: [ConventionChange.Field]) -> [ConventionChange] { changes.filter { fields.contains($0.field) } }
        var sections: [Section] = []
        func add(_ title: String, _ list: [ConventionChange]) {
            if !list.isEmpty { sections.append(Section(title: title, groups: [(nil, list)])) }
        }
        add("Parties", of([.party]))
        add("Articles", of([.article]))
        let obligations = of([.obligation])
        if !obligations.isEmpty {
            var order: [[String]] = []
            var byDebtors: [[String]: [ConventionChange]] = [:]
            for change in obligations {
                if byDebtors[change.parties] == nil { order.append(change.parties) }
                byDebtors[change.parties, default: []].append(change)
            }
            order.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
            sections.append(Section(title: "Obligations", groups: order.map { (partiesLabel($0, in: report), byDebtors[$0]!) }))
        }
        add("Durée, prise d'effet, échéance et reconduction", of([.termDuration, .termEffective, .termEnd, .termRenewal]))
        add("Préavis", of([.notice]))
        add("Montants", of([.amount]))
        add("Taux et pourcentages", of([.rate]))
        add("Comités", of([.committee]))
        return sections
    }

    /// The changes of meaning grouped by the party they concern: each party's own (its
    /// obligations, its commitments), then those that concern every party (term, notices,
    /// amounts, rates). Empty when nothing changes in meaning.
    static func meaningGroups(of report: ConventionDiffReport) -> [(title: String, changes: [ConventionChange])] {
        let changes = report.meaningChanges
        var groups: [(title: String, changes: [ConventionChange])] = []
        for entry in report.parties {
            let mine = changes.filter { $0.parties.contains(entry.id) }
            if !mine.isEmpty { groups.append(("\(entry.id) \(entry.name)", mine)) }
        }
        let everyone = changes.filter(\.parties.isEmpty)
        if !everyone.isEmpty { groups.append(("Toutes les parties", everyone)) }
        return groups
    }

    /// `montant`, `délai`, `modalité` (obligation, faculté, interdiction).
    static func meaningName(_ meaning: ConventionChange.Meaning) -> String {
        switch meaning {
        case .amount: "montant"
        case .rate: "taux"
        case .duration: "durée"
        case .notice: "préavis"
        case .deadline: "délai"
        case .frequency: "fréquence"
        case .modality: "modalité"
        case .commitment: "engagement"
        }
    }

    /// `[montant, délai] `, empty for a change of wording.
    static func meaningTag(_ change: ConventionChange) -> String {
        change.meaning.isEmpty ? "" : "[" + change.meaning.map(meaningName).joined(separator: ", ") + "] "
    }

    /// Where the change is in each version: `p. 2 → p. 3`, `ancienne version p. 2` (an item
    /// that left), `nouvelle version p. 3` (an item added).
    static func pages(_ change: ConventionChange) -> String {
        switch (change.oldLocation, change.newLocation) {
        case let (a?, b?): "\(a.pages) → \(b.pages)"
        case let (a?, nil): "ancienne version \(a.pages)"
        case let (nil, b?): "nouvelle version \(b.pages)"
        case (nil, nil): ""
        }
    }

    /// What the marks of the text output mean, one entry a mark.
    static let legend: [(mark: String, meaning: String)] = [
        ("+", "ajouté"), ("-", "supprimé"), ("~", "modifié"), ("↻", "renuméroté"), ("↷", "déplacé"), ("⑂", "scindé"),
        ("⑃", "fusionnés"), ("≈", "renommé"), ("[-…-]", "mots supprimés"), ("{+…+}", "mots insérés"), ("…", "texte inchangé omis"),
        ("[montant]", "changement de fond (montant, taux, durée, préavis, délai, fréquence, modalité, engagement)"),
        ("p. 2 → p. 3", "page dans l'ancienne puis dans la nouvelle version"),
    ]

    /// The warning printed first for two documents that look unrelated.
    static func unrelatedWarning(_ report: ConventionDiffReport) -> String? {
        guard let unrelated = report.unrelated else { return nil }
        return "Attention : « \(fileName(report.old.source)) » et « \(fileName(report.new.source)) » semblent sans rapport — "
            + unrelated.reason + ". Ce ne sont sans doute pas deux versions d'une même convention : aucun changement n'est listé."
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `P2 France Travail`, `P1 la Métropole et P2 France Travail (ensemble)`.
    static func partiesLabel(_ ids: [String], in report: ConventionDiffReport) -> String {
        let names = ids.map { id in "\(id) \(report.party(id)?.name ?? "")".trimmingCharacters(in: .whitespaces) }
        switch names.count {
        case 0: return "Sans débiteur identifié"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " et " + names.last! + " (ensemble)"
        }
    }

    /// `P2 France Travail (anciennement Pôle Emploi)`.
    static func partyName(_ party: ConventionDiffReport.PartySummary, in report: ConventionDiffReport) -> String {
        var name = "\(party.party) \(party.name)"
        if party.status == .renamed, let oldName = report.party(party.party)?.oldName { name += " (anciennement \(oldName))" }
        return name
    }

    /// `inchangée`, `renommée`, `nouvelle`, `ne signe plus`.
    static func statusName(_ status: ConventionDiffReport.PartyEntry.Status) -> String {
        switch status {
        case .kept: "inchangée"
        case .renamed: "renommée"
        case .added: "nouvelle"
        case .removed: "ne signe plus"
        }
    }

    /// `article 2/axis 1/section 1` → `article 2 › axe 1 › section 1`.
    static func ref(_ ref: String) -> String {
        ref.split(separator: "/").map { part -> String in
            let words = part.split(separator: " ", maxSplits: 1)
            guard let kind = words.first else { return String(part) }
            let rest = words.count > 1 ? " " + words[1] : ""
            return (kindNames[String(kind)] ?? String(kind)) + rest
        }.joined(separator: " › ")
    }

    /// `["article 5", "article 6"]` → `article 5, article 6`.
    static func refs(_ refs: [String]) -> String { refs.map(ref).joined(separator: ", ") }

    private static let kindNames = [
        "opening": "en-tête", "preamble": "préambule", "title": "titre", "part": "partie", "chapter": "chapitre",
        "axis": "axe", "article": "article", "section": "section", "annex": "annexe",
    ]

    /// The name of a field, and whether it is feminine.
    static func fieldName(_ field: ConventionChange.Field) -> (name: String, feminine: Bool) {
        switch field {
        case .party: ("partie", true)
        case .article: ("article", false)
        case .obligation: ("obligation", true)
        case .termDuration: ("durée", true)
        case .termEffective: ("prise d'effet", true)
        case .termEnd: ("échéance", true)
        case .termRenewal: ("reconduction", true)
        case .notice: ("préavis", false)
        case .amount: ("montant", false)
        case .rate: ("taux", false)
        case .committee: ("comité", false)
        }
    }

    /// `modifiée`, `renuméroté`, `fusionnés`.
    static func kindName(_ kind: ConventionChange.Kind, feminine: Bool) -> String {
        let stem: String = switch kind {
        case .added: "ajouté"
        case .removed: "supprimé"
        case .modified: "modifié"
        case .renumbered: "renuméroté"
        case .moved: "déplacé"
        case .split: "scindé"
        case .merged: "fusionné"
        case .renamed: "renommé"
        }
        return stem + (feminine ? "e" : "") + (kind == .merged ? "s" : "")
    }

    /// A one-character mark of the kind: `+`, `-`, `~`, `↻`, `↷`, `⑂`, `⑃`, `≈`.
    static func mark(_ kind: ConventionChange.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .modified: "~"
        case .renumbered: "↻"
        case .moved: "↷"
        case .split: "⑂"
        case .merged: "⑃"
        case .renamed: "≈"
        }
    }

    static func aspectName(_ aspect: String) -> String {
        [
            "debtors": "débiteurs", "modality": "modalité", "frequency": "fréquence", "deadline": "délai",
            "condition": "condition", "representatives": "représentants", "address": "adresse", "legalForm": "forme juridique",
            "name": "nom", "period": "durée", "qualifier": "qualificatif", "anchor": "point de départ", "purpose": "objet",
            "members": "membres", "kind": "mode",
            "representative": "représentant remplacé", "administration": "administration renommée", "role": "fonction changée",
            "representativeAdded": "signataire ajouté", "representativeRemoved": "signataire retiré", "periodMonths": "période (mois)", "maxMonths": "limite (mois)",
        ][aspect] ?? aspect
    }

    /// A detail's value in French (`termination` → `résiliation`, `prohibition` → `interdiction`).
    static func detailValue(_ detail: ConventionChange.Detail, _ value: String?) -> String {
        guard let value else { return "—" }
        switch detail.aspect {
        case "purpose": return FrenchValues.purpose(value)
        case "modality": return FrenchValues.modality(value)
        default: return value
        }
    }

    /// The line that names a change, without its texts: `durée modifiée : 1 an → 3 ans (article 5)`.
    static func headline(_ change: ConventionChange, in report: ConventionDiffReport) -> String {
        let (field, feminine) = fieldName(change.field)
        let verb = kindName(change.kind, feminine: feminine)
        let place = place(change)
        switch change.field {
        case .party:
            let who = change.parties.first.map { "\($0) \(report.party($0)?.name ?? "")" } ?? "partie"
            if change.kind == .modified, let aspect = change.details.first?.aspect {
                return "\(who) — \(aspectName(aspect))\(values(change))"
            }
            return "\(who) \(verb)\(change.kind == .renamed ? values(change) : "")"
        case .article:
            switch change.kind {
            case .added: return "\(refs(change.newArticles))\(quoted(change.after)) ajouté"
            case .removed: return "\(refs(change.oldArticles))\(quoted(change.before)) supprimé"
            case .renumbered, .moved:
                return "\(refs(change.oldArticles)) → \(refs(change.newArticles))\(quoted(change.after)) \(verb)"
            case .split: return "\(refs(change.oldArticles))\(quoted(change.before)) scindé en \(refs(change.newArticles))"
            case .merged: return "\(refs(change.oldArticles)) fusionnés en \(refs(change.newArticles))\(quoted(change.after))"
            default: return "\(place.isEmpty ? "article" : place) \(verb)"
            }
        case .obligation:
            var line = "\(field) \(verb)"
            if change.kind == .moved { return line + " : \(refs(change.oldArticles)) → \(refs(change.newArticles))" }
            if !place.isEmpty { line += " (\(place))" }
            return line
        case .notice:
            let name = change.subject.map { "préavis (\(FrenchValues.purpose($0)))" } ?? "préavis"
            return "\(name) \(verb)\(values(change))\(place.isEmpty ? "" : " (\(place))")"
        case .committee:
            if change.kind == .modified, let name = change.subject, let aspect = change.details.first?.aspect {
                return "\(field) « \(name) » modifié — \(aspectName(aspect))\(values(change))\(place.isEmpty ? "" : " (\(place))")"
            }
            return "\(field) \(verb)\(values(change))\(place.isEmpty ? "" : " (\(place))")"
        default:
            return "\(field) \(verb)\(values(change))\(place.isEmpty ? "" : " (\(place))")"
        }
    }

    /// ` : 1 an → 3 ans`, ` : 3 ans` (added), ` : 1 an` (removed).
    static func values(_ change: ConventionChange) -> String {
        switch (change.before, change.after) {
        case let (b?, a?): " : \(b) → \(a)"
        case let (b?, nil): " : \(b)"
        case let (nil, a?): " : \(a)"
        case (nil, nil): ""
        }
    }

    /// Where the change sits: the new place, else the old one.
    static func place(_ change: ConventionChange) -> String {
        if !change.newArticles.isEmpty, change.newArticles != change.oldArticles, !change.oldArticles.isEmpty {
            return "\(refs(change.oldArticles)) → \(refs(change.newArticles))"
        }
        return refs(change.newArticles.isEmpty ? change.oldArticles : change.newArticles)
    }

    private static func quoted(_ title: String?) -> String { title.map { " « \($0) »" } ?? "" }
}
