import Foundation
import Hummingbird
import HummingbirdCore
import KizunaCore
import KizunaFormats
import STIX

/// `POST /api/v1/import/{misp|csv|text}`: MISP events, CSV and free text, previewed or stored, with a report per item.
struct ImportController {
    let imports: ImportService
    let store: any Store
    /// The largest request body accepted, in bytes.
    let maxBodyBytes: Int

    static let known: [String: Set<Substring>] = [
        "misp": ["audience", "force", "mode"],
        "text": ["audience", "force", "mode", "tlp", "description"],
        "csv": ["audience", "force", "mode", "tlp", "description", "columns", "header"],
    ]

    func addRoutes(to routes: RouteRecorder) {
        routes.on(.post, "/api/v1/import/{format}", self.importContent)
    }

    @Sendable func importContent(_ request: Request, context: KizunaRequestContext) async throws -> Response {
        let requester = try context.requireRequester()
        let format = try context.pathParameter("format")
        guard let known = Self.known[format] else {
            throw KizunaError.invalidInput(path: "format", reason: "'\(format)' is not an import format (misp, csv, text)")
        }
        let parameters = request.uri.queryParameters
        if let unknown = parameters.first(where: { !known.contains($0.key) })?.key {
            throw KizunaError.invalidInput(
                path: String(unknown), reason: "unknown query parameter; known: \(known.sorted().joined(separator: ", "))")
        }
        let options = try ImportParameters(parameters, previewByDefault: format != "misp")
        let body = try await request.bytes(upTo: self.maxBodyBytes)
        let report: ImportReport
        switch format {
        case "misp":
            let conversions: [MISPConversion]
            do {
                conversions = try MISPImporter.convert(body, source: "request body")
            } catch {
                throw KizunaError.invalidInput(path: "body", reason: error.description)
            }
            report = try await self.imports.importMISP(
                conversions, audience: options.audience, requester: requester, force: options.force, preview: options.preview)
        default:
            let drafts: [ImportDraft]
            if format == "csv" {
                do throws(CSVImportError) {
                    let mapping = try CSVColumnMapping(options.columns ?? "auto", hasHeader: options.header)
                    drafts = try ImportDrafts.fromCSV(body, mapping: mapping, warningLists: self.imports.warningLists, force: options.force)
                } catch {
                    throw KizunaError.invalidInput(path: Self.path(of: error), reason: error.description)
                }
            } else {
                let text = try ImportText.decode(body, source: "body")
                drafts = ImportDrafts.fromText(text, warningLists: self.imports.warningLists, force: options.force)
            }
            if options.preview {
                report = self.imports.preview(drafts)
            } else {
                let createdBy = try await self.store.organisation(id: requester.organisationID)?.identityID
                report = try await self.imports.create(
                    drafts, tlp: options.tlp, audience: options.audience, description: options.description, requester: requester,
                    createdBy: createdBy)
            }
        }
        return .json(report.json)
    }
}

extension ImportController {
    /// `columns` for a mapping that does not fit the file, `body` for a fault in the CSV itself.
    static func path(of error: CSVImportError) -> String {
        switch error.reason {
        case .emptyMapping, .malformedMappingItem, .unknownKind, .invalidColumnNumber, .headerNameWithoutHeader, .duplicateColumn,
            .unknownHeader:
            "columns"
        case .noRows, .unterminatedQuote, .quoteInUnquotedField, .textAfterClosingQuote, .missingColumn, .invalidCell:
            "body"
        }
    }
}

/// The query parameters shared by the import endpoints.
struct ImportParameters {
    var audience = AudienceName.organisation
    var force = false
    var preview = true
    var tlp = TLP.amber
    var description: String?
    var columns: String?
    var header = true

    /// MISP events are stored unless `mode=preview`; CSV and text only with `mode=create`.
    init(_ parameters: FlatDictionary<Substring, Substring>, previewByDefault: Bool) throws {
        if let text = parameters["audience"] {
            guard let audience = AudienceName(String(text)) else {
                throw KizunaError.invalidInput(path: "audience", reason: "'\(text)' is not organisation, group:<name>, community or federation")
            }
            self.audience = audience
        }
        self.force = try Self.flag(parameters, "force", default: false)
        self.header = try Self.flag(parameters, "header", default: true)
        switch parameters["mode"].map(String.init) ?? (previewByDefault ? "preview" : "create") {
        case "preview": self.preview = true
        case "create": self.preview = false
        case let other: throw KizunaError.invalidInput(path: "mode", reason: "'\(other)' is not preview or create")
        }
        if let text = parameters["tlp"] {
            guard let tlp = TLP(label: String(text)) else {
                throw KizunaError.invalidInput(path: "tlp", reason: "'\(text)' is not a TLP level (clear, green, amber, amber+strict, red)")
            }
            self.tlp = tlp
        }
        self.description = parameters["description"].map(String.init)
        self.columns = parameters["columns"].map(String.init)
    }

    private static func flag(_ parameters: FlatDictionary<Substring, Substring>, _ key: Substring, default value: Bool) throws -> Bool {
        guard let text = parameters[key] else { return value }
        guard text == "true" || text == "false" else { throw KizunaError.invalidInput(path: String(key), reason: "expected true or false") }
        return text == "true"
    }
}
