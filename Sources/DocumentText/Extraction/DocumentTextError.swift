import Foundation

/// Why a document could not be read. Each message names the file, the problem and what to do.
///
/// ```
/// clausier: Convention été.pdf: the PDF is encrypted; pass --password PASSWORD
/// ```
public struct DocumentTextError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A stable identifier of the problem, for scripts and tests.
    public enum Kind: String, Sendable {
        case missing, unreadable, directory, empty, notPDF, corruptPDF, encrypted, wrongPassword
        case noTextLayer, binaryText, unsupportedFormat
        /// A Word or OpenDocument file protected by a password.
        case encryptedOffice
        /// A Word or OpenDocument file whose zip or XML is broken.
        case corruptOffice
        /// A part that inflates beyond the bound (a zip bomb); `detail` names the part.
        case oversizedOffice
        /// A part that declares a document type or entities; `detail` names the part.
        case entityRefused
        /// A scan met without Tesseract's library (`detail` is `library`) or French model (`model`).
        case ocrUnavailable
    }

    public let kind: Kind
    public let path: String
    public let detail: String

    public init(_ kind: Kind, path: String, detail: String = "") {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    /// The file as messages name it (`standard input` for `-`).
    public var displayName: String { path == "-" ? "standard input" : path }

    public var description: String {
        let name = displayName
        switch kind {
        case .missing:
            return "\(name): no such file; check the path"
        case .unreadable:
            return "\(name): cannot be read (\(detail)); check its permissions"
        case .directory:
            return "\(name): is a directory; give a PDF, .docx, .odt, .txt or .md file"
        case .empty:
            return "\(name): the file is empty; there is no text to read"
        case .notPDF:
            return "\(name): is not a PDF (\(detail)); give a PDF, or a .txt/.md file for text"
        case .corruptPDF:
            return "\(name): the PDF is damaged or truncated (\(detail)); export or download it again from its source"
        case .encrypted:
            return "\(name): the PDF is encrypted (password-protected); pass --password PASSWORD, or remove the protection with qpdf --decrypt --password=PASSWORD IN OUT"
        case .wrongPassword:
            return "\(name): the password does not open this encrypted PDF; check --password"
        case .noTextLayer:
            return "\(name): the PDF has no text layer (\(detail)); it looks scanned: read it without --no-ocr, or run OCR on it first (for instance ocrmypdf)"
        case .binaryText:
            return "\(name): is a binary file, not text (\(detail)); give a PDF, .txt or .md file"
        case .unsupportedFormat:
            return "\(name): unsupported format (\(detail)); give a PDF, .docx, .odt, .txt or .md file"
        case .encryptedOffice:
            return "\(name): le document est protégé par un mot de passe ; ouvrez-le dans Word ou LibreOffice et enregistrez-en une copie sans mot de passe"
        case .corruptOffice:
            return "\(name): le document est endommagé (\(detail)) ; ouvrez-le dans Word ou LibreOffice et enregistrez-le de nouveau"
        case .oversizedOffice:
            return "\(name): \(detail) dépasse une fois décompressé la taille permise (\(OfficeArchive.partLimit >> 20) Mo par partie, \(OfficeArchive.totalLimit >> 20) Mo en tout) ; le document n'est pas lu (bombe de décompression ?)"
        case .ocrUnavailable where detail == "library":
            return "\(name): des pages n'ont pas de texte (document scanné) et la bibliothèque Tesseract est introuvable ; installez le paquet tesseract-ocr-fra (apt-get install tesseract-ocr-fra), ou passez --no-ocr"
        case .ocrUnavailable:
            return "\(name): des pages n'ont pas de texte (document scanné) et le modèle français de Tesseract (fra.traineddata) est introuvable ; installez le paquet tesseract-ocr-fra (apt-get install tesseract-ocr-fra), ou passez --no-ocr"
        case .entityRefused:
            return "\(name): \(detail) déclare une DTD ou des entités XML, ce que Word et LibreOffice n'écrivent jamais ; le document est refusé sans les résoudre"
        }
    }
}
