import ArgumentParser
import ClauseParser
import ConventionDiff
import ConventionStore
import DocumentText
import Foundation
import Lexicons

/// `clausier diff OLD NEW`: what changed between two versions of a convention. The exit status
/// is that of `diff(1)`: 0 no change, 1 changes (or documents that look unrelated), 2 trouble.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare deux versions d'une convention (un renouvellement et celle qu'il remplace).",
        discussion: """
            Signale d'abord ce qui change pour chaque partie (montants, taux, durée, préavis, délais, fréquences, \
            modalité d'une obligation, engagements ajoutés ou retirés), puis les parties renommées, ajoutées ou \
            retirées, les articles renumérotés, déplacés, scindés, fusionnés, ajoutés, supprimés ou modifiés, les \
            obligations par partie (avec les mots changés), la durée, les préavis, les montants, les taux et les \
            comités ; chaque changement avec sa place (article, page) dans les deux versions. Le HTML ajoute le texte \
            intégral annoté (suppressions et insertions en place, imprimable en A4). Deux documents sans partie, \
            titre ni texte communs donnent un avertissement au lieu d'une liste de changements. Couleurs sur un \
            terminal (NO_COLOR les retire).

            Code de sortie, comme diff(1) : 0 aucun changement ; 1 des changements (ou des documents qui semblent \
            sans rapport) ; 2 un problème (fichier absent, vide, scanné ou illisible, identifiant inconnu, option \
            invalide), expliqué en une ligne sur la sortie d'erreur.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    @Argument(help: "L'ancienne version : un fichier PDF, .txt ou .md ('-' lit l'entrée standard), ou l'identifiant d'un document enregistré (7 ou #7).")
    var old: String?

    @Argument(help: "La nouvelle version : un fichier (ou '-'), ou l'identifiant d'un document enregistré.")
    var new: String?

    @Option(help: ArgumentHelp("Compare les deux dernières versions de la lignée de ce document enregistré.", valueName: "id"))
    var lineage: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "text (lisible, en couleurs sur un terminal), markdown, json (clés triées) ou html (côte à côte et texte annoté, imprimable en A4).")
    var format: Format = .text

    @Option(help: "Mot de passe d'un PDF chiffré.")
    var password: String?

    @OptionGroup var lexicons: LexiconOptions

    /// The exit status when something went wrong, as for `diff(1)`.
    static let trouble: Int32 = 2

    func validate() throws {
        if lineage != nil {
            guard old == nil && new == nil else { throw ValidationError("donnez soit ANCIENNE NOUVELLE, soit --lineage ID, pas les deux") }
            return
        }
        guard old != nil, new != nil else { throw ValidationError("donnez les deux versions à comparer (ANCIENNE NOUVELLE), ou --lineage ID") }
        if old == "-" && new == "-" { throw ValidationError("une seule des deux versions peut être '-' (l'entrée standard)") }
    }

    func run() throws {
        let report = compare()
        switch format {
        case .text:
            let colour = Console.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            Console.write(report.textDescription(colour: colour))
        case .markdown: Console.write(report.markdownDescription())
        case .json:
            guard let data = try? report.jsonData() else { Console.fail("le rapport n'a pas pu être écrit en JSON", code: Self.trouble) }
            Console.write(String(decoding: data, as: UTF8.self) + "\n")
        case .html: Console.write(report.htmlDescription())
        }
        if report.hasDifferences { throw ExitCode(1) }
    }

    /// The report, or one line on standard error and exit status 2.
    private func compare() -> ConventionDiffReport {
        do {
            if let lineage {
                let (previous, latest) = try ConventionReference.lastTwoVersions(of: lineage, store: storeOptions, failureCode: Self.trouble)
                return ConventionDiff.compare(old: previous.graph, oldText: previous.text, new: latest.graph, newText: latest.text)
            }
            let parser = try ConventionParser(lexicons: lexicons.load())
            let before = try ConventionReference.load(old!, parser: parser, password: password, store: storeOptions)
            let after = try ConventionReference.load(new!, parser: parser, password: password, store: storeOptions)
            return ConventionDiff.compare(old: before.graph, oldText: before.text, oldPageStarts: before.pageStarts,
                                          new: after.graph, newText: after.text, newPageStarts: after.pageStarts)
        } catch let error as DocumentTextError {
            Console.fail(error.description, code: Self.trouble)
        } catch let error as StoreError {
            Console.fail(error.description, code: Self.trouble)
        } catch let error as LexiconError {
            Console.fail(error.description, code: Self.trouble)
        } catch {
            Console.fail("\(error)", code: Self.trouble)
        }
    }
}
