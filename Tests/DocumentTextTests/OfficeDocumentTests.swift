import DocumentText
import Foundation
import Testing
import TestSupport

/// Word and OpenDocument files read directly: paragraphs, list numbers as displayed, table
/// cells, notes apart, tracked changes accepted, headers and footers dropped, page breaks.
@Suite("Word and OpenDocument")
struct OfficeDocumentTests {
    /// The pages of `jardins-partages.fodt` as both LibreOffice conversions must read.
    static let jardinsPages = [
        """
        Convention de partenariat entre la Commune de Valcluse et l'association Les Jardins partagés
        Entre la Commune de Valcluse, représentée par Madame Odile Marchand, en sa qualité de Maire, ci-après dénommée « la Commune »,
        Et l'association Les Jardins partagés, représentée par Monsieur Paul Lenoir, en sa qualité de Président, ci-après dénommée « l'Association »,
        Il est convenu ce qui suit :
        Article 1 – Objet
        La présente convention fixe les conditions du soutien de la Commune aux jardins partagés[1].
        """,
        """
        Article 2 – Engagements de l'Association
        L'Association s'engage à :
        1. entretenir les parcelles chaque semaine ;
        2. remettre à la Commune un bilan annuel indiquant :
        a) le nombre d'adhérents ;
        b) les récoltes de l'année ;
        3. ouvrir le jardin au public deux samedis par mois.
        Article 3 – Engagements de la Commune
        La Commune s'engage à :
        • mettre à disposition un terrain de 800 m² ;
        • verser une subvention annuelle de 1 500 euros.
        Article 4 – Calendrier
        Échéance
        Action
        Avant le 31 mars
        Remise du bilan
        Article 5 – Durée
        La présente convention est conclue pour une durée de deux ans à compter de sa signature.
        Fait à Valcluse, le 14 mars 2024.
        Pour la Commune, la Maire, Odile Marchand\tPour l'Association, le Président, Paul Lenoir

        Notes
        [1] Les jardins du quartier des Tilleuls et du Moulin.
        """,
    ]

    @Test("the same document from Word and from LibreOffice reads as the same pages", arguments: ["docx", "odt"])
    func jardins(_ format: String) throws {
        let document = try DocumentReader.read(path: Fixtures.office("jardins-partages.\(format)"))
        #expect(document.format.rawValue == format)
        #expect(document.pages == Self.jardinsPages)
        #expect(document.metadata.pageCount == 2)
        #expect(document.metadata.title == "Convention jardins partagés de Valcluse")
        // Tracked changes accepted; header and footer dropped.
        #expect(!document.rawText.contains("une fois par an"))
        #expect(!document.rawText.contains("en-tête"))
        #expect(!document.rawText.contains("pied de page"))
    }

    @Test("each paragraph stays a paragraph: the normaliser joins no two of them")
    func paragraphsStayApart() throws {
        let document = try DocumentReader.read(path: Fixtures.office("jardins-partages.docx"))
        let lines = try TextNormalizer().normalize(document).text.split(separator: "\n")
        #expect(lines.contains("Il est convenu ce qui suit :"))
        #expect(lines.contains("- mettre à disposition un terrain de 800 m² ;"))
        #expect(lines.contains("Entre la Commune de Valcluse, représentée par Madame Odile Marchand, en sa qualité de Maire, ci-après dénommée « la Commune »,"))
    }

    @Test("a page break stated by the file gives the pages of the graph")
    func pagesFromBreaks() throws {
        let document = try DocumentReader.read(path: Fixtures.office("jardins-partages.odt"))
        let normalized = try TextNormalizer().normalize(document)
        let text = normalized.text
        let objet = try #require(text.range(of: "Article 1 – Objet"))
        let engagements = try #require(text.range(of: "Article 2 – Engagements"))
        #expect(normalized.page(at: text.unicodeScalars.distance(from: text.startIndex, to: objet.lowerBound)) == 1)
        #expect(normalized.page(at: text.unicodeScalars.distance(from: text.startIndex, to: engagements.lowerBound)) == 2)
    }

    @Test("a corpus text saved by LibreOffice reads back as the same normalised text", arguments: [
        "000-metropole-pole-emploi", "004-departement-13-pole-emploi", "205-concession-riviere-boutonne",
    ])
    func corpusRoundTrip(_ name: String) throws {
        let source = try #require(Fixtures.corpusDocuments().first { $0.name == name })
        let normalizer = try TextNormalizer()
        // The fixtures were saved from the normalised text when a wide gap between two cells was
        // written as one space; it is a tab now.
        let expected = normalizer.normalize(try DocumentReader.read(path: source.text)).text
            .replacingOccurrences(of: "\t", with: " ")
        for format in ["docx", "odt"] {
            let document = try DocumentReader.read(path: Fixtures.office("\(name).\(format)"))
            #expect(normalizer.normalize(document).text == expected, "\(name).\(format)")
        }
    }
}

/// Word and OpenDocument files that must be refused with one clear line.
@Suite("Word and OpenDocument bad input")
struct OfficeBadInputTests {
    @Test("each bad file gets its own error, naming the file", arguments: [
        ("encrypted.docx", DocumentTextError.Kind.encryptedOffice, "protégé par un mot de passe"),
        ("encrypted.odt", .encryptedOffice, "protégé par un mot de passe"),
        ("truncated.docx", .corruptOffice, "endommagé"),
        ("broken-xml.docx", .corruptOffice, "XML invalide dans word/document.xml"),
        ("bomb.docx", .oversizedOffice, "bombe de décompression"),
        ("bomb-lying-sizes.docx", .oversizedOffice, "bombe de décompression"),
        ("external-entity.docx", .entityRefused, "refusé sans les résoudre"),
        ("damaged-directory.docx", .corruptOffice, "archive zip vide ou tronquée"),
        ("bad-checksum.docx", .corruptOffice, "word/document.xml : somme de contrôle fausse"),
    ])
    func refused(_ name: String, _ kind: DocumentTextError.Kind, _ phrase: String) {
        let path = Fixtures.badInput(name)
        do {
            _ = try DocumentReader.read(path: path)
            Issue.record("\(name) was read")
        } catch let error as DocumentTextError {
            #expect(error.kind == kind, "\(error)")
            #expect(error.description.hasPrefix(path + ": "))
            #expect(error.description.contains(phrase), "\(error)")
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("\(name): \(error)")
        }
    }

    @Test("a text file is not taken for a Word document, nor a Word document without its .docx name for text")
    func zipWithoutOfficeName() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.office("jardins-partages.docx")))
        let document = try DocumentReader.read(data: bytes, path: "-")
        #expect(document.format == .docx)
        #expect(throws: DocumentTextError.self) { try DocumentReader.read(data: Data("PK\u{3}\u{4} pas un zip".utf8), path: "x.docx") }
    }
}
