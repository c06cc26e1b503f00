import Checklist
import ClauseParser
import ConventionModel
import DocumentText
import Foundation
import Lexicons
import TestSupport

/// Graphs of the corpus documents and of small example conventions, parsed the way
/// `clausier checklist` parses them.
enum CorpusGraphs {
    static let parser: ConventionParser = {
        do { return try ConventionParser(lexicons: LexiconSet.bundled()) } catch { fatalError("lexicons: \(error)") }
    }()

    /// The graph of the corpus document whose folder starts with `prefix` (`"101-"`), from its text or its PDF.
    static func graph(_ prefix: String, pdf: Bool = false) throws -> ConventionGraph {
        guard let document = Fixtures.corpusDocuments().first(where: { $0.name.hasPrefix(prefix) }) else {
            throw MissingDocument(prefix: prefix)
        }
        return parser.parse(try DocumentReader.read(path: pdf ? document.pdf : document.text)).graph
    }

    /// The graph of a convention written in the test.
    static func graph(text: String) -> ConventionGraph {
        let document = Normalize.document(pages: [text])
        return parser.parse(document).graph
    }

    /// The graph of a convention written in the test, with the normalised text its spans point into.
    static func parsed(text: String) -> (graph: ConventionGraph, text: String) {
        let (normalised, graph) = parser.parse(Normalize.document(pages: [text]))
        return (graph, normalised.text)
    }

    /// The path of a corpus document's text or PDF.
    static func path(_ prefix: String, pdf: Bool = false) throws -> String {
        guard let document = Fixtures.corpusDocuments().first(where: { $0.name.hasPrefix(prefix) }) else {
            throw MissingDocument(prefix: prefix)
        }
        return pdf ? document.pdf : document.text
    }

    struct MissingDocument: Error, CustomStringConvertible {
        let prefix: String
        var description: String { "no corpus folder starts with \(prefix)" }
    }

    /// A checklist of `graph` from `from` (ISO).
    static func checklist(_ graph: ConventionGraph, from: String, effective: String? = nil, party: String? = nil,
                          new: Set<String> = []) throws -> Checklist {
        try Checklist(graph: graph, options: ChecklistOptions(from: CalendarDate(iso: from)!,
                                                              effective: effective.flatMap(CalendarDate.init(iso:)),
                                                              party: party, newObligations: new))
    }

    /// A convention between a Région and an association, with the phrasing of the corpus.
    static let example = """
    CONVENTION DE PARTENARIAT
    Entre :
    La Région Centre-Val de Loire, représentée par son Président, Monsieur Jean DUPONT,
    ci-après dénommée « la Région »,
    d'une part,
    Et :
    L'association Emploi Solidaire, représentée par sa Présidente, Madame Anne MARTIN,
    ci-après dénommée « l'Association »,
    d'autre part,

    Article 1 – Engagements
    L'Association s'engage à transmettre deux fois par an un bilan des actions à la Région.
    L'Association s'engage à remettre le rapport financier dans le courant du premier trimestre de l'année suivante.
    L'Association devra produire, avant le 31 mars de chaque année, le bilan d'activité.
    La Région s'engage à définir les modalités de suivi dans les trois mois qui suivent la signature de la présente convention.
    La Région s'engage à verser la subvention au plus tard le 30 juin 2025.
    Les parties s'engagent à se réunir tous les mois.

    Article 2 – Durée
    La présente convention est conclue pour une durée de deux ans à compter de sa signature. Elle est reconduite tacitement chaque année dans la limite de quatre ans, sauf dénonciation par l'une des parties au plus tard un mois avant la date anniversaire.

    Article 3 – Résiliation
    Chaque partie peut résilier la présente convention moyennant un préavis de trois mois.
    """
}
